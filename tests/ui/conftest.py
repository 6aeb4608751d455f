"""Fixtures for the Qt tests: an AppContext on a fresh data folder."""

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
def make_ctx(qapp, data_dir, mini_instrument):
    """Build AppContexts on the test's data folder (the mini instrument unless told otherwise)."""
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.store.settings import Settings
    from hype_desktop.ui.context import AppContext
    from hype_desktop.ui.language import LanguageController

    made = []

    def make(lang: str = "en", instrument=None):
        db = open_database(DataPaths(data_dir))
        store = ReflectionStore(db)
        ctx = AppContext(paths=DataPaths(data_dir), store=store, settings=Settings(db),
                         instrument=instrument or mini_instrument, profile_id=store.person_profile(),
                         language=LanguageController(lang))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.language.apply("en")
        ctx.store.db.close()


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
def core_window(qtbot, data_dir):
    """The main window on the built-in content (as the app starts), not shown."""
    from hype_desktop.app import _qt_app, build_context
    from hype_desktop.ui.main_window import MainWindow
    _qt_app()
    ctx = build_context(data_dir, "en")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1100, 760)
    yield win
    win.close()
    ctx.store.db.close()


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
