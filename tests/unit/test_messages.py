"""The fi/sv/en message catalogue: complete, and the same placeholders in every language."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from hype_desktop.domain.instrument import LANGUAGES
from hype_desktop.messages import catalogue, message, system_language

CATALOGUE = catalogue()


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_catalogue_is_not_empty():
    assert len(CATALOGUE) > 5


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_entry_has_every_language_with_same_placeholders(key):
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES), f"{key}: languages {sorted(entry)}"
    for lang, text in entry.items():
        assert text.strip(), f"{key}/{lang} is empty"
    expected = placeholders(entry["en"])
    for lang in LANGUAGES:
        assert placeholders(entry[lang]) == expected, f"{key}/{lang}: {placeholders(entry[lang])} != {expected}"
        # Positional or attribute fields would not be filled by message(**params), and
        # {lang} would collide with message()'s own argument.
        assert "lang" not in placeholders(entry[lang]), f"{key}/{lang}"
        # Positional or attribute fields would not be filled by message(**params).
        assert all(re.fullmatch(r"[a-z_]+", p) for p in placeholders(entry[lang])), f"{key}/{lang}"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_renders_in_every_language(key):
    params = {p: f"<{p}>" for p in placeholders(CATALOGUE[key]["en"])}
    for lang in LANGUAGES:
        text = message(key, lang, **params)
        for value in params.values():
            assert value in text


def test_placeholder_named_key_renders():
    """file.duplicate_key has a {key} placeholder; it once collided with message()'s own 'key'."""
    assert "“id”" in message("file.duplicate_key", "en", key="id")
    assert "“id”" in message("file.duplicate_key", lang="en", key="id")


def test_unknown_language_falls_back_to_english():
    assert message("file.not_utf8", "de") == CATALOGUE["file.not_utf8"]["en"]


def test_system_language_from_environment(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    assert system_language() == "sv"
    monkeypatch.setenv("LC_ALL", "fi_FI.UTF-8")
    assert system_language() == "fi"
    assert message("file.not_utf8") == CATALOGUE["file.not_utf8"]["fi"]


def test_keys_used_by_the_core_exist():
    """Every message key the layers below the UI raise is in the catalogue."""
    import hype_desktop
    root = Path(hype_desktop.__file__).parent
    used: set[str] = set()
    for folder in ("store", "formats", "collation", "reports", "charts"):
        for path in (root / folder).rglob("*.py"):
            used |= set(re.findall(r"""["']((?:file|store|pack|cli)\.[a-z_]+)["']""",
                                   path.read_text(encoding="utf-8")))
    assert used, "the scan found no keys"
    assert used <= set(CATALOGUE), sorted(used - set(CATALOGUE))


def test_no_message_key_is_defined_in_two_catalogues():
    import ast
    from pathlib import Path

    import hype_desktop.messages as messages
    from hype_desktop.catalogue import CATALOGUES

    tree = ast.parse(Path(messages.__file__).read_text(encoding="utf-8"))
    (own,) = [n.value for n in ast.walk(tree) if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "_M"]
    keys = [k.value for k in own.keys] + [k for part in CATALOGUES for k in part]
    assert len(keys) == len(set(keys)) == len(messages.catalogue())
