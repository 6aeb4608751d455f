"""Zoom and themes change the open UI at once, lose nothing, and text is not cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from hype_desktop.ui.appearance import Appearance
from hype_desktop.ui.main_window import MainWindow
from hype_desktop.ui.themes import THEMES


def _clipped(view) -> list[str]:
    out = []
    for button in view.findChildren(QAbstractButton):
        if button.isVisibleTo(view) and button.text() and button.width() < button.sizeHint().width() - 1:
            out.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    for label in view.findChildren(QLabel):
        if not label.isVisibleTo(view) or not label.text():
            continue
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()) - 1:
            out.append(f"label {label.text()[:40]!r}: {label.height()} < {label.heightForWidth(label.width())}")
        elif not label.wordWrap() and label.width() < label.sizeHint().width() - 1:
            out.append(f"label {label.text()[:40]!r}: {label.width()} < {label.sizeHint().width()}")
    return out


def test_zoom_to_200_percent_keeps_answers_and_clips_nothing(qtbot, make_ctx):
    ctx = make_ctx()
    ctx.appearance = Appearance(ctx.settings)
    base = QApplication.font().pointSizeF()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1100, 800)
    win.show()
    win.show_start()
    win.view.start_button.click()
    page = win.view.page
    qtbot.keyClick(page.rows[0].scale, Qt.Key.Key_4)
    try:
        for _ in range(8):
            win.zoom_in_action.trigger()
        assert ctx.appearance.zoom == 200
        assert QApplication.font().pointSizeF() == base * 2
        QApplication.processEvents()
        page = win.view.page
        assert page.rows[0].scale.value() == (4, False)
        assert page.title.font().pointSizeF() > base * 2
        QApplication.processEvents()
        assert not _clipped(win.view.page.body), _clipped(win.view.page.body)
        win.zoom_reset_action.trigger()
        assert QApplication.font().pointSizeF() == base
        assert ctx.settings.load().zoom == 100
    finally:
        ctx.appearance.set_zoom(100)
        ctx.appearance.set_theme("light")


def test_themes_apply_their_palette(qtbot, make_ctx):
    ctx = make_ctx()
    appearance = Appearance(ctx.settings)
    try:
        for theme in ("dark", "high_contrast", "light"):
            appearance.set_theme(theme)
            window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
            assert window_colour == THEMES[theme]["Window"]
        assert ctx.settings.load().theme == "light"
    finally:
        appearance.set_theme("light")
