"""Icons wait for qtawesome (slow to import) and then appear; a deleted widget is skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from hype_desktop.ui import icons


def test_icons_are_set_once_loaded_and_deleted_buttons_are_skipped(qtbot, qapp):
    kept, gone = QPushButton("Home"), QPushButton("Gone")
    qtbot.addWidget(kept)
    icons.set_icon(kept, "house")
    icons.set_icon(gone, "house")
    gone.deleteLater()
    del gone
    qtbot.wait(1)
    icons.load_now()
    assert not kept.icon().isNull()
    assert kept.text() == "Home"  # the icon never replaces the words
    later = QPushButton("Later")
    qtbot.addWidget(later)
    icons.set_icon(later, "chart-line")  # loaded by now: set at once
    assert icons.loaded() and not later.icon().isNull()


def test_home_view_buttons_get_icons(window, qtbot):
    icons.load_now()
    qtbot.waitUntil(lambda: not window.view.start_button.icon().isNull(), timeout=3000)
    assert not window.view.history_button.icon().isNull()
