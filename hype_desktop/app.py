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
    from PySide6.QtGui import QIcon
    from hype_desktop.paths import resources_dir
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = resources_dir() / "icons" / f"hype-desktop-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def build_context(data_root: Path, lang: str | None = None, preset=None):  # noqa: ANN001 - Preset | None
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

    preset_lang = preset.default_language if preset else None
    chosen = lang or settings.get("language") or preset_lang or system_ui_language()
    instrument = (preset.instrument if preset and preset.instrument else None) or load_builtin_instrument()
    return AppContext(paths=paths, store=store, settings=settings, instrument=instrument,
                      profile_id=store.person_profile(), language=LanguageController(chosen),
                      appearance=Appearance(settings), preset=preset)


def _show_problem(problem: StoreProblem, lang: str | None) -> None:
    from PySide6.QtWidgets import QMessageBox
    text = problem.render(lang)
    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.exec()


def _file_open_filter(window):  # noqa: ANN001, ANN202 - Qt is imported late, so the class is made here
    from PySide6.QtCore import QEvent, QObject

    class FileOpenEvents(QObject):
        def eventFilter(self, obj, event):  # noqa: N802, ANN001, ANN201 - Qt API
            if event.type() == QEvent.Type.FileOpen and event.file():
                window.open_files([Path(event.file())])
                return True
            return False

    return FileOpenEvents(window)


def _preset_problem(problem, lang: str | None, quiet: bool) -> None:  # noqa: ANN001 - FileProblem
    """A broken preset: say which file and why, in the user's language; the app goes on."""
    from hype_desktop.messages import message
    text = message("preset.broken", lang, problem=problem.render(lang))
    print(text, file=sys.stderr)
    if not quiet:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text).exec()


def show_main_window(ctx, files=()):  # noqa: ANN001, ANN201 - AppContext, paths -> MainWindow
    """The shown main window; files from the command line (or macOS) open once the loop runs."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from hype_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    QCoreApplication.instance().installEventFilter(_file_open_filter(window))
    if files:
        QTimer.singleShot(0, lambda: window.open_files([Path(f) for f in files]))
    return window


def run_gui(data_root: Path, *, lang: str | None = None, quit_after_startup: bool = False,
            preset: str | None = None, files: list[str] | tuple[str, ...] = ()) -> int:
    app = _qt_app()
    from hype_desktop.preset import load_preset_or_defaults
    loaded, preset_problem = load_preset_or_defaults(preset)
    if preset_problem is not None:
        _preset_problem(preset_problem, lang, quiet=quit_after_startup)
    try:
        ctx = build_context(data_root, lang, loaded)
    except StoreProblem as problem:
        if quit_after_startup:
            print(problem.render(lang), file=sys.stderr)
        else:
            _show_problem(problem, lang)
        return 2
    from PySide6.QtCore import QTimer

    window = show_main_window(ctx, files)  # noqa: F841 - kept alive while the loop runs
    if quit_after_startup:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    ctx.store.db.close()
    return code
