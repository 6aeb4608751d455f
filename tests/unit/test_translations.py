"""The UI translations are complete, current and consistent.

Regenerate with `python packaging/translations.py update`, translate the new entries in
resources/translations/hype_fi.ts and hype_sv.ts, then `python packaging/translations.py compile`.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)

LANGS = translations.LANGS
HOWTO = "run `python packaging/translations.py update`, translate, then `... compile`"


def _entries(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source"))] = (tr.text or "", tr.get("type"))
    return out


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The .ts files as lupdate would write them from the code now."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in LANGS:
        shutil.copy(translations.TS_DIR / f"hype_{lang}.ts", folder / f"hype_{lang}.ts")
    translations.update(folder)
    return folder


@pytest.mark.parametrize("lang", LANGS)
def test_ts_has_every_string_of_the_code(lang, fresh_ts):
    committed = _entries(translations.TS_DIR / f"hype_{lang}.ts")
    current = _entries(fresh_ts / f"hype_{lang}.ts")
    missing = sorted(set(current) - set(committed))
    stale = sorted(set(committed) - set(current))
    assert not missing and not stale, f"{lang}: missing {missing[:5]}, stale {stale[:5]}; {HOWTO}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_unfinished_translation(lang):
    unfinished = [src for (ctx, src), (text, kind) in _entries(translations.TS_DIR / f"hype_{lang}.ts").items()
                  if kind == "unfinished" or not text.strip()]
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}, e.g. {unfinished[:5]}; {HOWTO}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_mnemonics_match(lang):
    wrong = []
    for (ctx, src), (text, _kind) in _entries(translations.TS_DIR / f"hype_{lang}.ts").items():
        if not text:
            continue
        if sorted(re.findall(r"%\d", src)) != sorted(re.findall(r"%\d", text)):
            wrong.append((ctx, src, text))
        if ("&" in src.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append((ctx, src, text))
    assert not wrong, wrong[:5]


def test_compiled_qm_files_are_current(tmp_path):
    translations.compile_qm(out_dir=tmp_path)
    for lang in LANGS:
        committed = translations.TS_DIR / f"hype_{lang}.qm"
        assert committed.exists(), f"{committed.name} missing; {HOWTO}"
        assert committed.read_bytes() == (tmp_path / f"hype_{lang}.qm").read_bytes(), \
            f"{committed.name} is older than its .ts; run `python packaging/translations.py compile`"


def test_every_translated_text_is_a_literal_lupdate_can_see():
    """lupdate reads only literal texts in tr() and translate(): a wrapper that passes a variable
    (as the team-summary dialog once did) leaves its strings out of the .ts files, untranslated,
    and the tests above cannot notice. So no call may pass anything but literals."""
    import ast

    found = []
    for path in sorted((ROOT / "hype_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            texts = node.args[:2] if name == "translate" else node.args[:1] if name == "tr" else []
            if texts and not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found
