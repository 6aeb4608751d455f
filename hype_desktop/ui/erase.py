""""Erase all my data": what the app stored about its user, and removing exactly that.

The app keeps everything in its data folder (database with its -wal/-shm files, backups,
logs, damaged copies set aside: DataPaths.own_files) and nothing in QSettings; should its own
QSettings file exist (from an older or future version), it is removed too; so is the
single-instance lock file in the system's temporary folder (released first). Other files a user
keeps in the data folder are theirs and stay, and so does the folder then. Qt's file dialogs
remember visited folders in a settings file every Qt program shares (QtProject.conf): only the
entries this app added are removed from it, never the file. Files the user exported or shared
elsewhere are theirs and are not touched (the confirmation says so).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

_DIALOG_KEYS = ("FileDialog/history", "FileDialog/lastVisited")
_dialog_state_at_start: dict[str, object] = {}


def qsettings_file() -> Path | None:
    """The app's own QSettings file, if one exists."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return None
    settings = QSettings()
    path = Path(settings.fileName()) if settings.fileName() else None
    return path if path is not None and path.exists() else None


def _shared_dialog_settings() -> QSettings:
    from PySide6.QtCore import QSettings
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def remember_file_dialog_state() -> None:
    """Note the shared file-dialog entries as they were before this app used a file dialog."""
    shared = _shared_dialog_settings()
    for key in _DIALOG_KEYS:
        _dialog_state_at_start[key] = shared.value(key)


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return []


def forget_file_dialog_history() -> None:
    """Remove from Qt's shared file-dialog settings the folders this app added since it started."""
    shared = _shared_dialog_settings()
    before = _as_list(_dialog_state_at_start.get("FileDialog/history"))
    history = _as_list(shared.value("FileDialog/history"))
    if history:
        kept = [h for h in history if h in before]
        if kept:
            shared.setValue("FileDialog/history", kept)
        else:
            shared.remove("FileDialog/history")
    last = _dialog_state_at_start.get("FileDialog/lastVisited")
    if shared.contains("FileDialog/lastVisited") and shared.value("FileDialog/lastVisited") != last:
        if last is None:
            shared.remove("FileDialog/lastVisited")
        else:
            shared.setValue("FileDialog/lastVisited", last)
    shared.sync()


def stored_items(paths: DataPaths) -> list[Path]:
    """Everything that "Erase all my data" removes, for the confirmation."""
    items = paths.own_files()
    qs = qsettings_file()
    if qs is not None:
        items.append(qs)
    return items


def erase_all(paths: DataPaths) -> list[Path]:
    """Delete the app's files in the data folder (the folder too when nothing else is in it),
    its own QSettings file, and its entries in Qt's shared file-dialog settings.

    The caller must have closed the database and the log files first. Returns what failed
    to go (empty when everything was removed).
    """
    from hype_desktop.logs import close_logging

    close_logging()
    left: list[Path] = []
    for item in stored_items(paths):
        try:
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item)
            else:
                item.unlink()
        except OSError:
            left.append(item)
    try:
        paths.root.rmdir()
    except OSError:
        pass  # other files the user keeps there: theirs, and so the folder stays
    try:
        from hype_desktop.ui.single_instance import remove_own_lock
        remove_own_lock(paths.root)
    except Exception:  # noqa: BLE001 - Qt's network module missing: no lock was ever taken
        pass
    try:
        forget_file_dialog_history()
    except Exception:  # noqa: BLE001 - Qt's shared settings unreadable: nothing of ours to remove
        pass
    return left
