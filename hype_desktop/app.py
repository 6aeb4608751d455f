"""Composition root: opens the data folder's services, builds the window, runs Qt.

The command line opens the same services (``hype_desktop.services.Services``) through
``commands._common.open_services``; this module adds what only the window needs (language,
appearance, the start-up and quit-time backups)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop import APP_NAME, __version__
from hype_desktop.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from hype_desktop.domain.preset import Preset
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.store.backup import BackupInfo
    from hype_desktop.ui.background import Background
    from hype_desktop.ui.context import AppContext
    from hype_desktop.ui.main_window import MainWindow


def _qt_app() -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from hype_desktop.paths import resources_dir
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("HyPe")
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = resources_dir() / "icons" / f"hype-desktop-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def build_context(data_root: Path, lang: str | None = None, preset: Preset | None = None) -> AppContext:
    """Open the data folder's services and make the AppContext (QApplication must exist).

    Raises StoreProblem when the database cannot be used (the recovery dialog offers a way out)."""
    from hype_desktop.services import Services
    from hype_desktop.store.emptied import refuse_unexplained_emptiness
    from hype_desktop.ui.appearance import Appearance
    from hype_desktop.ui.context import AppContext
    from hype_desktop.ui.language import LanguageController, system_ui_language

    refuse_unexplained_emptiness(DataPaths(data_root))  # reflections lost unexplained: damage, not a new start
    services = Services.open(data_root)  # lazy: the ORM loads after the window is up
    settings = services.settings.load()
    preset_lang = preset.default_language if preset else None
    chosen = lang or settings.language or preset_lang or system_ui_language()
    return AppContext(services=services, instrument=services.content(preset),
                      profile_id=services.reflections.person_profile(), language=LanguageController(chosen),
                      appearance=Appearance(services.settings), preset=preset)


def _file_open_filter(window: MainWindow) -> QObject:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QFileOpenEvent

    class FileOpenEvents(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if isinstance(event, QFileOpenEvent) and event.file():
                window.open_files([Path(event.file())])
                return True
            return False

    return FileOpenEvents(window)


def _preset_problem(problem: FileProblem, lang: str | None, quiet: bool) -> None:
    """A broken preset: say which file and why, in the user's language; the app goes on."""
    from hype_desktop.messages import message
    text = message("preset.broken", lang, problem=problem.render(lang))
    print(text, file=sys.stderr)
    if not quiet:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text).exec()


def show_main_window(ctx: AppContext) -> MainWindow:
    """The shown main window, also taking documents macOS hands over as events."""
    from PySide6.QtCore import QCoreApplication

    from hype_desktop.ui.erase import remember_file_dialog_state
    from hype_desktop.ui.main_window import MainWindow

    remember_file_dialog_state()
    window = MainWindow(ctx)
    window.show()
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(_file_open_filter(window))
    return window


def _show_unexpected(exc: BaseException, paths: DataPaths, lang: str | None) -> None:
    """An error nobody caught (e.g. the disk went full under a button): plain words, no traceback."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hype_desktop.messages import message
    from hype_desktop.store.errors import io_reason
    if QApplication.instance() is None:
        raise exc
    reason = io_reason(exc)
    if reason is not None:
        text = message("app.io_problem", lang, reason=reason)
    else:
        text = message("app.unexpected", lang, kind=type(exc).__name__, path=paths.logs)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def _hand_over(window: MainWindow, args: list[str]) -> None:
    """A second launch handed us its arguments: come to the front; open its files if we can."""
    from hype_desktop.logs import logger
    window.showNormal()
    window.raise_()
    window.activateWindow()
    files = [a for a in args if not a.startswith("-")]
    logger.info("second launch handed over %d argument(s)", len(files))
    if files:
        window.open_files([Path(f) for f in files])


# Quitting sets this: a start-up backup still copying stops (a 1 GB copy takes many seconds) and
# the next start makes it; the backup at quit is made only for a database this small.
_QUITTING = threading.Event()
QUIT_BACKUP_MAX_BYTES = 64 * 1024 * 1024


def backup_at_quit_affordable(paths: DataPaths) -> bool:
    """A backup at quit only of a database copied in a moment; a bigger one is backed up at the
    next start, in the background, so quitting never waits for it."""
    try:
        return paths.database.stat().st_size <= QUIT_BACKUP_MAX_BYTES
    except OSError:
        return False


def _backed_up(info: BackupInfo | None, when: str) -> None:
    from hype_desktop.logs import logger
    if info is not None:
        logger.info("automatic backup %s%s (%d bytes)", when, info.path.name, info.size)


def _backup_failed(ctx: AppContext, exc: BaseException, window: MainWindow | None = None) -> None:
    """A failed automatic backup: logged (Background did); when the database itself fails its
    check, it is checked in full at the next start and the user is told now."""
    from hype_desktop.store.sqlite_copy import BackupCancelled
    if isinstance(exc, BackupCancelled):
        return  # stopped because the app quits: the next start makes it
    if not ctx.services.backups.database_damaged() or window is None:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from hype_desktop.messages import message
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message("backup.source_damaged", ctx.lang))
    box.exec()


def _start_backup(background: Background, ctx: AppContext, window: MainWindow | None, when: str) -> None:
    """The daily automatic backup, off the GUI thread; it stops when the app quits."""
    background.run(lambda _progress: ctx.services.backups.automatic(_QUITTING.is_set),
                   lambda info: _backed_up(info, when),
                   failure=lambda exc: _backup_failed(ctx, exc, window))


def run_gui(data_root: Path, *, lang: str | None = None, quit_after_startup: bool = False,
            preset: str | None = None, files: list[str] | tuple[str, ...] = ()) -> int:
    from hype_desktop.logs import close_logging, install_excepthook, logger, setup_logging
    from hype_desktop.messages import message
    from hype_desktop.ui.single_instance import SingleInstance

    app = _qt_app()
    files = [str(Path(f).absolute()) for f in files]  # a running copy may be handed them: not relative
    instance = SingleInstance(data_root)
    if not instance.acquire():
        if instance.forward(list(files)):
            print(message("app.handed_over", lang))
            return 0
        if not instance.acquire():
            text = message("app.not_answering", lang, path=data_root)
            print(text, file=sys.stderr)
            if not quit_after_startup:
                from PySide6.QtWidgets import QMessageBox
                QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text).exec()
            return 1
    try:
        setup_logging(DataPaths(data_root).logs)
        logger.info("start: %s %s", APP_NAME, __version__)
        from hype_desktop.formats.preset_loading import load_preset_or_defaults
        loaded, preset_problem = load_preset_or_defaults(preset)
        if preset_problem is not None:
            _preset_problem(preset_problem, lang, quiet=quit_after_startup)
        from hype_desktop.ui.recovery import open_context
        ctx, data_root = open_context(lambda root: build_context(root, lang, loaded), data_root, lang,
                                      interactive=not quit_after_startup)
        if ctx is None:
            return 2
        setup_logging(ctx.paths.logs)
        install_excepthook(lambda exc: _show_unexpected(exc, ctx.paths, ctx.lang))
        from PySide6.QtCore import QTimer

        from hype_desktop.ui.background import Background

        window = show_main_window(ctx)
        background = Background(app)  # the start-up and quit-time backups
        instance.arguments_received.connect(lambda args: _hand_over(window, args))
        if files:
            QTimer.singleShot(0, lambda: _hand_over(window, list(files)))
        if quit_after_startup:
            QTimer.singleShot(0, app.quit)
        else:
            warm_up = getattr(ctx.store, "load", None)
            if warm_up is not None:
                QTimer.singleShot(150, warm_up)  # the ORM, while the user reads the home screen
            QTimer.singleShot(2000, lambda: _start_backup(background, ctx, window, ""))
        code = app.exec()
        if not quit_after_startup:
            # A start-up backup still copying stops; the daily one is made now only if it is
            # still due and small (a big database's waits for the next start).
            _QUITTING.set()
            background.wait()
            _QUITTING.clear()
            if backup_at_quit_affordable(ctx.paths):
                _start_backup(background, ctx, None, "at quit ")
                background.wait()
        ctx.store.close()
        logger.info("quit")
        return code
    finally:
        instance.release()
        close_logging()
