"""Every string a user sees goes through translation.

The UI runs under a pseudo-translation in which every translated string is wrapped in
⟦…⟧, with instrument texts wrapped in «…»; the visible widgets of each screen are walked,
and visible text carrying neither mark fails (numbers, dates and language names aside).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from hype_desktop.ui.a11y import accessible_name

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = re.compile(r"^[\W\d_]*$")  # no letters: numbers, dates, punctuation
LANGUAGE_NAMES = {"Suomi", "Svenska", "English"}


def _pseudo_qm(tmp: Path) -> Path:
    tree = ET.parse(ROOT / "resources" / "translations" / "hype_fi.ts")
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        tr.text = "⟦" + msg.findtext("source") + "⟧"
        tr.attrib.pop("type", None)
    ts = tmp / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp / "pseudo.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def _wrap_texts(data):
    if isinstance(data, dict):
        if set(data) == {"fi", "sv", "en"}:
            return {k: f"«{v}»" for k, v in data.items()}
        return {k: _wrap_texts(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_wrap_texts(v) for v in data]
    return data


@pytest.fixture
def pseudo(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(_pseudo_qm(tmp_path)))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _texts(widget: QWidget) -> list[str]:
    out = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            box = w.parent()
            if isinstance(box, QDialogButtonBox) and box.standardButton(w) != QDialogButtonBox.StandardButton.NoButton:
                continue  # Qt's standard buttons: translated by Qt's own qtbase_fi/sv catalogues
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            out.extend(w.tabText(i) for i in range(w.count()))
    return out


def _names(widget: QWidget) -> list[str]:
    """Accessible names of the visible interactive widgets (they must be translated too)."""
    from PySide6.QtCore import Qt
    out = []
    for w in widget.findChildren(QWidget):
        if not w.isVisibleTo(widget) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(w.parent(), (QComboBox,)) or type(w).__name__ in ("QScrollArea", "QScrollBar"):
            continue
        if isinstance(w.parent(), (QDialogButtonBox, QTabBar)):
            continue  # standard buttons and tab scroll arrows: named by Qt's own qtbase catalogues
        if w.inherits("QAbstractSpinBox") or isinstance(w.parent(), QWidget) and w.parent().inherits("QAbstractSpinBox"):
            name = accessible_name(w) if w.inherits("QAbstractSpinBox") else "⟦inner⟧"
        else:
            name = accessible_name(w)
        out.append(name or f"<no accessible name: {type(w).__name__}>")
    return out


def _unmarked(texts: list[str]) -> list[str]:
    bad = []
    for text in texts:
        text = text.strip()
        if not text or ALLOWED.match(text) or text in LANGUAGE_NAMES:
            continue
        if "⟦" in text or "«" in text:
            continue
        bad.append(text)
    return bad


def test_every_visible_string_is_translated(qtbot, make_ctx, pseudo):
    from mini_instrument import mini_instrument

    from hype_desktop.formats.instrument_build import build_instrument
    from hype_desktop.ui.main_window import MainWindow
    from hype_desktop.ui.settings_dialog import SettingsDialog

    ctx = make_ctx(instrument=build_instrument(_wrap_texts(mini_instrument())))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    seen: dict[str, list[str]] = {}
    seen["menus"] = [a.text() for a in win.menuBar().actions()] + [
        a.text() for m in (win.file_menu, win.help_menu) for a in m.actions() if not a.isSeparator()]
    seen["home (empty)"] = _texts(win.view)
    win.show_start()
    seen["start"] = _texts(win.view) + _names(win.view)
    win.view.start_button.click()
    wizard = win.view
    for _ in range(len(wizard.keys)):
        for row in getattr(wizard.page, "rows", []):
            if hasattr(row, "scale"):
                row.scale._choose(3)
                if not row.explanation.isVisibleTo(row):
                    row.explain_button.click()
                row.open_note()
        if getattr(wizard.page, "prompts", None) is not None:
            wizard.page.prompts.set_open(True)
        seen[f"wizard {wizard.current_key}"] = _texts(wizard) + _names(wizard)
        wizard.next()
    seen["summary"] = _texts(win.view)
    win.show_home()
    seen["home"] = _texts(win.view) + _names(win.view)
    dialog = SettingsDialog(ctx, win)
    seen["settings"] = _texts(dialog) + _names(dialog)
    dialog.deleteLater()
    for name in ("show_history", "show_trends", "show_team", "show_workshop"):
        if hasattr(win, name):
            getattr(win, name)()
            seen[name] = _texts(win.view) + _names(win.view)
    # the workshop's statement and closing pages (the team name is user data: "42" is no text)
    win.view.team_name.setText("42")
    win.view.start()
    win.view.scale._choose(3)
    seen["workshop statement"] = _texts(win.view) + _names(win.view)
    assert any("«" in t for t in seen["workshop statement"])  # the statement page was walked
    win.view.finish()
    seen["workshop done"] = _texts(win.view) + _names(win.view)
    # now that a team exists, History and Trends show the "whose reflections" picker
    for name in ("show_history", "show_trends"):
        getattr(win, name)()
        assert not win.view.whose.isHidden()
        seen[f"{name} with a team"] = _texts(win.view) + _names(win.view)
    problems = {where: _unmarked(texts) for where, texts in seen.items() if _unmarked(texts)}
    assert not problems, problems
