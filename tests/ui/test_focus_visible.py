"""The control the app focuses first on a screen or dialog shows that it has the focus, in
every theme, before any Tab is pressed (WCAG 2.4.7): its picture with the focus differs from
its picture without it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("light", "dark", "high_contrast")


def _shows_focus(widget: QWidget) -> bool:
    QApplication.processEvents()
    focused = widget.grab().toImage()
    widget.clearFocus()
    QApplication.processEvents()
    plain = widget.grab().toImage()
    widget.setFocus()
    return focused != plain


def _screens(window):
    yield "home", lambda: window.show_home()
    yield "statement", lambda: (window.show_start(), window.view.start_button.click())
    yield "history", lambda: window.show_history()
    yield "team", lambda: window.show_team()
    yield "workshop", lambda: window.show_workshop()


@pytest.mark.parametrize("theme", THEMES)
def test_the_first_focused_control_of_each_screen_shows_its_focus(qtbot, window, theme):
    window.ctx.appearance.set_theme(theme)
    unseen = []
    for name, show in _screens(window):
        show()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
        focused = QApplication.focusWidget()
        if not _shows_focus(focused):
            unseen.append((name, type(focused).__name__, focused.objectName()))
    assert not unseen, f"{theme}: no visible focus on {unseen}"


@pytest.mark.parametrize("theme", THEMES)
def test_the_first_focused_control_of_each_dialog_shows_its_focus(qtbot, window, theme):
    from hype_desktop.ui.preset_editor import PresetEditor
    from hype_desktop.ui.settings_dialog import SettingsDialog
    from hype_desktop.ui.team.new_round_dialog import NewRoundDialog
    window.ctx.appearance.set_theme(theme)
    unseen = []
    for make in (SettingsDialog, NewRoundDialog, PresetEditor):
        dialog = make(window.ctx, window)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().window() is d, timeout=3000)
        focused = QApplication.focusWidget()
        if not _shows_focus(focused):
            unseen.append((make.__name__, type(focused).__name__))
        dialog.reject()
    assert not unseen, f"{theme}: no visible focus on {unseen}"
