"""Composition root: opens the data folder and store, builds the window, runs Qt."""

from __future__ import annotations

import sys
from pathlib import Path

from hype_desktop import APP_NAME, __version__
from hype_desktop.paths import DataPaths
from hype_desktop.store.errors import StoreProblem


def _qt_app():
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("HyPe")
    return app


def build_context(data_root: Path, lang: str | None = None):
    """Open the store and make the AppContext (QApplication must exist)."""
    from hype_desktop.exchange.instrument_build import load_builtin_instrument
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.store.settings import Settings
    from hype_desktop.ui.context import AppContext
    from hype_desktop.ui.language import LanguageController, system_ui_language

    paths = DataPaths(data_root)
    db = open_database(paths)
    store = ReflectionStore(db)
    settings = Settings(db)
    from hype_desktop.ui.appearance import Appearance

    chosen = lang or settings.get("language") or system_ui_language()
    return AppContext(paths=paths, store=store, settings=settings, instrument=load_builtin_instrument(),
                      profile_id=store.person_profile(), language=LanguageController(chosen),
                      appearance=Appearance(settings))


def _show_problem(problem: StoreProblem, lang: str | None) -> None:
    from PySide6.QtWidgets import QMessageBox
    text = problem.render(lang)
    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.exec()


def run_gui(data_root: Path, *, lang: str | None = None, quit_after_startup: bool = False) -> int:
    app = _qt_app()
    try:
        ctx = build_context(data_root, lang)
    except StoreProblem as problem:
        if quit_after_startup:
            print(problem.render(lang), file=sys.stderr)
        else:
            _show_problem(problem, lang)
        return 2
    from PySide6.QtCore import QTimer
    from hype_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    if quit_after_startup:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    ctx.store.db.close()
    return code
