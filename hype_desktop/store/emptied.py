"""A database that is missing, zero bytes or without reflections while a backup holds some.

Nothing the user did explains that (deleting reflections is recorded in the database, and
choosing "Start empty" after such a finding leaves a marker), so it is treated as damage:
the user is told and offered the newest backup with data, instead of the app starting empty
and, two seconds later, backing that emptiness up as the "newest good backup".
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from hype_desktop.paths import DataPaths
from hype_desktop.store.backup import BackupInfo, content_count, newest_good_backup, reflection_count
from hype_desktop.store.errors import DamagedDatabase
from hype_desktop.store.sqlite_copy import readonly_uri

DELETION_KEY = "data.last_deletion"  # settings row: when the user last deleted a reflection
STARTED_EMPTY_MARKER = ".started-empty"  # the user chose "Start empty" over a backup, at this time


def _recorded_deletion(db_path: Path) -> datetime | None:
    try:
        if db_path.stat().st_size == 0:
            return None
        con = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (DELETION_KEY,)).fetchone()
        finally:
            con.close()
        return datetime.fromisoformat(row[0]) if row else None
    except (OSError, sqlite3.Error, ValueError):
        return None


def _started_empty(paths: DataPaths) -> datetime | None:
    try:
        return datetime.fromisoformat((paths.root / STARTED_EMPTY_MARKER).read_text("utf-8").strip())
    except (OSError, ValueError):
        return None


def record_started_empty(paths: DataPaths, now: datetime | None = None) -> None:
    """The user saw the finding and chose to start empty: do not ask again for older backups."""
    paths.ensure()
    (paths.root / STARTED_EMPTY_MARKER).write_text(
        (now or datetime.now()).replace(microsecond=0).isoformat(), "utf-8")


def unexplained_emptiness(paths: DataPaths) -> BackupInfo | None:
    """The newest backup with reflections when the database has none and nothing recorded
    since that backup explains it; None when all is as expected."""
    db = paths.database
    try:
        size = db.stat().st_size
    except OSError:
        size = 0
    count = content_count(db)
    if count or (count is None and size > 0):  # data, or damage that start-up checks will report
        return None
    if not paths.backups.exists():
        return None
    backup = newest_good_backup(paths)
    if backup is None:
        return None
    explained = [t for t in (_recorded_deletion(db), _started_empty(paths)) if t is not None]
    if any(t >= backup.created for t in explained):
        return None
    return backup


def refuse_unexplained_emptiness(paths: DataPaths) -> None:
    """Raise DamagedDatabase("store.emptied") when the database lost its reflections unexplained."""
    backup = unexplained_emptiness(paths)
    if backup is not None:
        raise DamagedDatabase("store.emptied", path=paths.database,
                              date=f"{backup.created:%Y-%m-%d %H:%M}",
                              count=reflection_count(backup.path) or 0)
