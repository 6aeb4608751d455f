"""Names a screen reader says: every field has a visible label as its buddy, every accessible
name contains the visible text (WCAG 2.5.3), and no scroll area is a Tab stop."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)


@pytest.fixture
def win(qtbot, core_ctx):
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.ui.main_window import MainWindow
    ctx = core_ctx
    ctx.store.add_complete(ctx.profile_id, sample_reflections(ctx.instrument, 3, seed=3, end=date(2025, 6, 1)),
                           ctx.instrument)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _visible_text(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip().rstrip(":…").strip().lower()


def problems(root: QWidget) -> list[str]:
    """What a screen reader would get wrong in ``root`` (only what is shown is checked)."""
    found = []
    shown = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    labels = [w for w in shown if isinstance(w, QLabel)]
    for b in shown:
        if isinstance(b, QAbstractButton) and b.text().strip() and b.accessibleName():
            if _visible_text(b.text()) not in b.accessibleName().lower():
                found.append(f"{type(b).__name__} {b.text()!r} is named {b.accessibleName()!r}")
    for label in labels:
        buddy = label.buddy()
        if buddy is not None and buddy.accessibleName() and label.text().strip():
            if _visible_text(label.text()) not in buddy.accessibleName().lower():
                found.append(f"{type(buddy).__name__} labelled {label.text()!r} is named {buddy.accessibleName()!r}")
    for field in shown:
        editable = isinstance(field, (QComboBox, QAbstractSpinBox)) or (
            isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)) and not field.isReadOnly())
        if not editable or isinstance(field.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if not any(label.buddy() is field for label in labels):
            found.append(f"{type(field).__name__} {field.accessibleName()!r} has no visible label as its buddy")
    for area in shown:
        if type(area) is QScrollArea and area.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append("a scroll area is a Tab stop")
    return found


def test_main_screens_name_what_they_show(win):
    rid = win.ctx.store.latest_finished(win.ctx.profile_id).id
    seen = {"home": problems(win)}
    for screen in ("show_history", "show_trends", "show_start"):
        getattr(win, screen)()
        QApplication.processEvents()
        seen[screen] = problems(win.view)
    win.show_summary(rid)
    seen["summary"] = problems(win.view)
    assert {k: v for k, v in seen.items() if v} == {}


def test_dialogs_name_what_they_show(win):
    from hype_desktop.ui.data_dialogs import BackupsDialog
    from hype_desktop.ui.report_dialog import ReportDialog
    from hype_desktop.ui.settings_dialog import SettingsDialog
    rid = win.ctx.store.latest_finished(win.ctx.profile_id).id
    seen = {}
    for name, dialog in (("settings", SettingsDialog(win.ctx, win)), ("report", ReportDialog(win.ctx, rid, win)),
                         ("backups", BackupsDialog(win.ctx, win))):
        seen[name] = problems(dialog)
        dialog.deleteLater()
    assert {k: v for k, v in seen.items() if v} == {}


def test_the_check_finds_what_it_should():
    from PySide6.QtWidgets import QPushButton, QVBoxLayout
    root = QWidget()
    layout = QVBoxLayout(root)
    button = QPushButton("&Omat pohdinnat")
    button.setAccessibleName("Näytä omien pohdintojen luettelo")
    layout.addWidget(button)
    layout.addWidget(QComboBox())
    layout.addWidget(QScrollArea())
    assert len(problems(root)) == 3
    button.setAccessibleName("")
    assert len(problems(root)) == 2


def test_settings_start_at_the_top_and_tab_in_visual_order(win, qtbot):
    from hype_desktop.ui.settings_dialog import SettingsDialog
    dialog = SettingsDialog(win.ctx, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language)
    order = [QApplication.focusWidget()]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    data = dialog.data_actions
    assert order[:7] == [dialog.language, dialog.theme, dialog.zoom, dialog.auto_advance,
                         data.backups_button, data.export_button, data.erase_button]
