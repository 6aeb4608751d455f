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


def build_context(data_root: Path, lang: str | None = None, preset=None):
    """Open the store and make the AppContext (QApplication must exist)."""
    from hype_desktop.formats.content_library import content_library
    from hype_desktop.formats.preset_loading import preset_instrument
    from hype_desktop.store.emptied import refuse_unexplained_emptiness
    from hype_desktop.store.lazy_store import LazyReflectionStore
    from hype_desktop.store.migrate import prepare_database
    from hype_desktop.store.settings import Settings
    from hype_desktop.ui.context import AppContext
    from hype_desktop.ui.language import LanguageController, system_ui_language

    paths = DataPaths(data_root)
    refuse_unexplained_emptiness(paths)
    db_path = prepare_database(paths)
    store = LazyReflectionStore(db_path)  # the ORM loads after the window is up
    settings = Settings(db_path)
    from hype_desktop.ui.appearance import Appearance

    preset_lang = preset.default_language if preset else None
    chosen = lang or settings.get("language") or preset_lang or system_ui_language()
    instrument = content_library(db_path, preset_instrument(preset))
    return AppContext(paths=paths, store=store, settings=settings, instrument=instrument,
                      profile_id=store.person_profile(), language=LanguageController(chosen),
                      appearance=Appearance(settings), preset=preset)


def _show_problem(problem: StoreProblem, lang: str | None) -> None:
    from PySide6.QtWidgets import QMessageBox
    text = problem.render(lang)
    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.exec()


def _file_open_filter(window):
    from PySide6.QtCore import QEvent, QObject

    class FileOpenEvents(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.FileOpen and event.file():
                window.open_files([Path(event.file())])
                return True
            return False

    return FileOpenEvents(window)


def _preset_problem(problem, lang: str | None, quiet: bool) -> None:
    """A broken preset: say which file and why, in the user's language; the app goes on."""
    from hype_desktop.messages import message
    text = message("preset.broken", lang, problem=problem.render(lang))
    print(text, file=sys.stderr)
    if not quiet:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text).exec()


def show_main_window(ctx):
    """The shown main window, also taking documents macOS hands over as events."""
    from PySide6.QtCore import QCoreApplication

    from hype_desktop.ui.erase import remember_file_dialog_state
    from hype_desktop.ui.main_window import MainWindow

    remember_file_dialog_state()
    window = MainWindow(ctx)
    window.show()
    QCoreApplication.instance().installEventFilter(_file_open_filter(window))
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


def _hand_over(window, args: list[str]) -> None:
    """A second launch handed us its arguments: come to the front; open its files if we can."""
    from hype_desktop.logs import logger
    window.showNormal()
    window.raise_()
    window.activateWindow()
    files = [a for a in args if not a.startswith("-")]
    logger.info("second launch handed over %d argument(s)", len(files))
    opener = getattr(window, "open_files", None)  # a file type's owner adds MainWindow.open_files
    if files and opener is not None:
        opener(files)


def _auto_backup(ctx):
    """The daily automatic backup (call off the GUI thread). Returns the BackupInfo or None."""
    from hype_desktop.store import backup as b
    try:
        daily = int(ctx.settings.get(b.SETTING_KEEP_DAILY) or b.DEFAULT_KEEP_DAILY)
        weekly = int(ctx.settings.get(b.SETTING_KEEP_WEEKLY) or b.DEFAULT_KEEP_WEEKLY)
    except ValueError:
        daily, weekly = b.DEFAULT_KEEP_DAILY, b.DEFAULT_KEEP_WEEKLY
    return b.run_auto_backup(ctx.paths, daily, weekly)


def _backup_failed(ctx, exc: BaseException, window=None) -> None:
    """A failed backup: logged; when the database itself fails its check, tell the user."""
    from hype_desktop.logs import log_exception
    from hype_desktop.store.backup import readable
    from hype_desktop.store.migrate import CHECK_MARKER
    log_exception("automatic backup failed", exc)
    if ctx.paths.database.exists() and not readable(ctx.paths.database):
        try:
            (ctx.paths.root / CHECK_MARKER).touch()
        except OSError:
            pass
        if window is not None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            from hype_desktop.messages import message
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", parent=window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(message("backup.source_damaged", ctx.lang))
            box.exec()


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

        window = show_main_window(ctx)
        instance.arguments_received.connect(lambda args: _hand_over(window, args))
        if files:
            QTimer.singleShot(0, lambda: _hand_over(window, list(files)))
        if quit_after_startup:
            QTimer.singleShot(0, app.quit)
        else:
            warm_up = getattr(ctx.store, "load", None)
            if warm_up is not None:
                QTimer.singleShot(150, warm_up)  # the ORM, while the user reads the home screen
            from hype_desktop.ui.workers import run_in_background
            QTimer.singleShot(2000, lambda: run_in_background(
                lambda: _auto_backup(ctx),
                on_done=lambda info: info and logger.info("automatic backup %s", info.path.name),
                on_failed=lambda exc: _backup_failed(ctx, exc, window)))
        code = app.exec()
        if not quit_after_startup:
            from PySide6.QtCore import QThreadPool
            QThreadPool.globalInstance().waitForDone()  # a start-up backup still running finishes first
            _backup_at_quit(ctx)
        ctx.store.close()
        logger.info("quit")
        return code
    finally:
        instance.release()
        close_logging()


def _backup_at_quit(ctx) -> None:
    """At quit, the daily backup if it is still due — in a worker thread the exit waits for."""
    import threading
    failures: list[BaseException] = []

    def work() -> None:
        from hype_desktop.logs import logger
        try:
            info = _auto_backup(ctx)
            if info is not None:
                logger.info("automatic backup at quit %s (%d bytes)", info.path.name, info.size)
        except Exception as exc:  # noqa: BLE001 - logged below; quitting goes on
            failures.append(exc)

    worker = threading.Thread(target=work, name="hype-backup-at-quit")
    worker.start()
    worker.join()
    for exc in failures:
        _backup_failed(ctx, exc)
