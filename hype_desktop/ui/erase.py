""""Erase all my data": what the app stored about its user, and removing all of it.

The app keeps everything in its data folder (database with its -wal/-shm files, backups,
logs, damaged copies set aside) and nothing in QSettings; should a QSettings file exist
(from an older or future version, or Qt itself), it is removed too. Files the user exported
or shared elsewhere are theirs and are not touched (the confirmation says so).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from hype_desktop.paths import DataPaths


def qsettings_file() -> Path | None:
    """The QSettings file Qt would use for this app, if one exists."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return None
    settings = QSettings()
    path = Path(settings.fileName()) if settings.fileName() else None
    return path if path is not None and path.exists() else None


def stored_items(paths: DataPaths) -> list[Path]:
    """Everything that "Erase all my data" removes, for the confirmation."""
    items: list[Path] = []
    if paths.root.exists():
        items.extend(sorted(p for p in paths.root.iterdir()))
    qs = qsettings_file()
    if qs is not None:
        items.append(qs)
    return items


def erase_all(paths: DataPaths) -> list[Path]:
    """Delete the data folder's content (and the folder) and any QSettings file.

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
        if paths.root.exists() and any(paths.root.iterdir()):
            left.append(paths.root)
    return left
