"""Fixtures for the Qt tests: main windows on the application context of tests/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_after_each_test(qapp):
    """A test that switched language must not leave its translators to the next test."""
    yield
    from PySide6.QtCore import QLocale

    from hype_desktop.ui.language import remove_translators
    remove_translators()
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def window(qtbot, make_ctx):
    from hype_desktop.ui.main_window import MainWindow
    ctx = make_ctx()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def core_window(qtbot, core_ctx):
    """The main window on the built-in content (as the app starts), not shown."""
    from hype_desktop.ui.main_window import MainWindow
    win = MainWindow(core_ctx)
    qtbot.addWidget(win)
    win.resize(1100, 760)
    yield win
    win.close()


@pytest.fixture
def collate_in_team_view(qtbot):
    """Open the Team view of a window, collate ``paths`` there and wait for the outcome."""
    def collate(window, *paths):
        window.show_team()
        view = window.view
        view.collate(list(paths))
        qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
        return view
    return collate
