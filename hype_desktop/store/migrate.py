"""Open the database, upgrading its schema only when it is behind.

The revision is read cheaply with sqlite3; alembic is imported only when an upgrade is
due. Before an upgrade of existing data a verified backup is written; the upgrade runs
in one IMMEDIATE transaction with transactional DDL, so a failure leaves the database
exactly as it was. A database from a newer app version is refused untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.paths import DataPaths, make_private
from hype_desktop.store.errors import DamagedDatabase, MigrationFailed, NewerDatabase, disk_full, folder_unusable
from hype_desktop.store.sqlite_copy import BackupFailed, backup_database, check_pragma, readonly_uri

if TYPE_CHECKING:
    from hype_desktop.store.engine import Database

# Every released schema revision, oldest first. A test checks the last is Alembic's one head.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@contextmanager
def _read_only(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection whose errors say what they mean: locked or unreadable is not
    damage (store.folder_unusable); anything else SQLite cannot read is (store.damaged)."""
    try:
        con = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            yield con
        finally:
            con.close()
    except sqlite3.OperationalError as exc:  # locked, unreadable, no space: not damage
        raise folder_unusable(db_path.parent, str(exc)) from None
    except sqlite3.DatabaseError:
        raise DamagedDatabase("store.damaged", path=db_path, reason_key="store.reason.not_a_database") from None


def read_revision(db_path: Path) -> tuple[str | None, bool]:
    """(schema revision or None, whether the file has any tables), read-only."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, False
    with _read_only(db_path) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True


# Start-up check: PRAGMA quick_check reads every page (about 6 ms per MB here: 0.75 s for a
# 126 MB database of 10,000 reflections). A teacher's database stays far below this limit for
# years, so it is checked at every start; a bigger one is checked daily instead, off the GUI
# thread, by the automatic backup (which quick_checks its copy of every page).
STARTUP_CHECK_MAX_BYTES = 16 * 1024 * 1024


CHECK_MARKER = ".check-database"  # left by a failed backup check: check fully at the next start


def startup_check(db_path: Path, force: bool = False) -> None:
    """Raise DamagedDatabase when a (small enough, or suspect) database fails its check
    (integrity_check, which also finds an index that lost entries; quick_check when big)."""
    try:
        size = db_path.stat().st_size
    except OSError:
        return
    if size > STARTUP_CHECK_MAX_BYTES and not force:
        return
    with _read_only(db_path) as con:
        rows = con.execute(f"PRAGMA {check_pragma(db_path)}").fetchall()
    if rows != [("ok",)]:
        from hype_desktop.logs import logger
        logger.warning("database check: %s", str(rows[0][0])[:200])  # SQLite's words, for the log
        raise DamagedDatabase("store.damaged", path=db_path, reason_key="store.reason.structure")


def upgrade(db_path: Path, script_location: Path = MIGRATIONS_DIR) -> None:
    """Run Alembic up to head on the app's own connection, in one IMMEDIATE transaction."""
    from alembic import command
    from alembic.config import Config

    from hype_desktop.store.engine import make_engine

    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(hype_begin="IMMEDIATE")
            config = Config()
            config.set_main_option("script_location", str(script_location))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def open_database(paths: DataPaths, script_location: Path = MIGRATIONS_DIR) -> Database:
    """The ready-to-use database of a data folder (created on first run)."""
    from hype_desktop.store.engine import Database

    return Database(prepare_database(paths, script_location))


def prepare_database(paths: DataPaths, script_location: Path = MIGRATIONS_DIR) -> Path:
    """Check, create or upgrade the database of a data folder; its path when ready.

    Needs neither SQLAlchemy nor Alembic when the schema is current (the usual start).
    """
    try:
        paths.ensure()
    except OSError as exc:
        raise folder_unusable(paths.root, exc.strerror or str(exc)) from None
    db_path = paths.database
    revision, has_tables = read_revision(db_path)
    if has_tables:
        marker = paths.root / CHECK_MARKER
        startup_check(db_path, force=marker.exists())
        marker.unlink(missing_ok=True)
    if revision == HEAD_REVISION:
        _private(db_path)
        return db_path
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabase("store.newer_database", path=db_path, found=revision)
    if revision is None and has_tables:
        raise DamagedDatabase("store.damaged", path=db_path, reason_key="store.reason.not_hype")
    if revision is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backups / f"pre-migration-{revision}-{stamp}.sqlite3"
        try:
            backup_database(db_path, target)
        except BackupFailed as exc:
            raise MigrationFailed("store.migration_failed", path=db_path, reason=f"backup: {exc}",
                                  backup=paths.backups) from None
    try:
        upgrade(db_path, script_location)
    except Exception as exc:  # any failure: the transaction rolled back, say so plainly
        from hype_desktop.store.errors import io_reason
        # the disk's or SQLite's own words, never SQLAlchemy's statement dump and link
        reason = io_reason(exc) or str(getattr(exc, "orig", None) or exc).split("\n")[0][:200]
        if disk_full(db_path):
            raise MigrationFailed("store.migration_failed", path=db_path, reason_key="store.reason.disk_full",
                                  backup=paths.backups) from exc
        raise MigrationFailed("store.migration_failed", path=db_path, reason=reason,
                              backup=paths.backups) from exc
    _private(db_path)
    return db_path


def _private(db_path: Path) -> None:
    """The database and its -wal/-shm readable by their user only (SQLite gives new -wal and
    -shm files the database's permissions)."""
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        if path.exists():
            make_private(path)
