"""The accessibility statement: in docs in three languages, and under Help in the app."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = {"fi": ("## Mikä toimii", "## Mikä ei vielä toimi", "## Palaute"),
            "sv": ("## Det här fungerar", "## Det här fungerar inte ännu", "## Respons"),
            "en": ("## What works", "## What does not work yet", "## Feedback")}


@pytest.mark.parametrize("lang", sorted(SECTIONS))
def test_statement_says_what_meets_what_not_and_how_to_tell(lang):
    text = (ROOT / "docs" / f"accessibility.{lang}.md").read_text(encoding="utf-8")
    assert "WCAG 2.1" in text and "EN 301 549" in text
    for section in SECTIONS[lang]:
        assert section in text
    assert text.count("(1.") + text.count("(2.") + text.count("(4.") >= 5  # criteria are named


def test_the_bundle_ships_the_statement():
    spec = (ROOT / "packaging" / "hype-desktop.spec").read_text(encoding="utf-8")
    assert "accessibility." in spec


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_help_opens_the_statement_in_the_apps_language(window, qtbot, monkeypatch, lang):
    from hype_desktop.ui import accessibility_dialog
    shown = []
    monkeypatch.setattr(accessibility_dialog.AccessibilityDialog, "exec", lambda self: shown.append(self))
    window.ctx.language.apply(lang)
    assert window.accessibility_action in window.help_menu.actions()
    window.accessibility_action.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    first = SECTIONS[lang][0].removeprefix("## ")
    assert first in dialog.text.toPlainText()
    assert dialog.text.isReadOnly() and not dialog.text.openLinks()


def test_a_missing_statement_is_said_in_one_line(qtbot, monkeypatch, tmp_path):
    from hype_desktop.ui import accessibility_dialog
    monkeypatch.setattr(accessibility_dialog, "statement_path", lambda lang: tmp_path / "nothing.md")
    dialog = accessibility_dialog.AccessibilityDialog("en")
    qtbot.addWidget(dialog)
    assert "missing" in dialog.text.toPlainText() and str(tmp_path) in dialog.text.toPlainText()
