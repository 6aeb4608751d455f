"""The engine's promises: pragmas on every connection, IMMEDIATE write transactions,
no lost updates between two running copies, and data folders with awkward names."""

from __future__ import annotations

import sqlite3
import sys
import threading
from contextlib import closing

import pytest
from sqlalchemy import text

from hype_desktop.paths import DataPaths
from hype_desktop.store.engine import BUSY_TIMEOUT_MS, Database
from hype_desktop.store.migrate import HEAD_REVISION, open_database, read_revision
from hype_desktop.store.settings import Settings
from hype_desktop.store.sqlite_copy import backup_database

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": BUSY_TIMEOUT_MS}


@pytest.fixture
def db(data_dir):
    database = open_database(DataPaths(data_dir))
    yield database
    database.close()


def pragmas(conn) -> dict:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


def test_pragmas_on_every_connection(db):
    assert BUSY_TIMEOUT_MS >= 5000
    conns = [db.engine.connect() for _ in range(3)]  # three distinct pooled connections
    try:
        assert len({id(c.connection.dbapi_connection) for c in conns}) == 3
        for conn in conns:
            assert pragmas(conn) == PRAGMAS
    finally:
        for conn in conns:
            conn.close()


def test_pragmas_in_sessions(db):
    with db.reading() as s:
        assert pragmas(s.connection()) == PRAGMAS
    with db.writing() as s:
        assert pragmas(s.connection()) == PRAGMAS


def _begin_immediate_elsewhere(db_path) -> str | None:
    """Try to take the write lock from another connection; the error text, or None."""
    with closing(sqlite3.connect(db_path, timeout=0.1, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            return str(exc)
        other.execute("ROLLBACK")
        return None


def test_write_transaction_begins_immediate(db):
    with db.writing() as s:
        s.execute(text("SELECT 1"))  # only a read so far: a DEFERRED begin would hold no lock yet
        assert _begin_immediate_elsewhere(db.path) == "database is locked"
    assert _begin_immediate_elsewhere(db.path) is None  # released at commit


def test_write_lock_held_by_a_second_database_object(data_dir):
    first = open_database(DataPaths(data_dir))
    second = Database(first.path)
    try:
        with first.writing() as s:
            s.execute(text("SELECT 1"))
            with closing(second.engine.raw_connection()) as raw:
                raw.driver_connection.execute("PRAGMA busy_timeout=100")
                with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                    raw.driver_connection.execute("BEGIN IMMEDIATE")
    finally:
        second.close()
        first.close()


def test_read_transaction_takes_no_write_lock(db):
    with db.reading() as s:
        s.execute(text("SELECT count(*) FROM settings"))
        assert _begin_immediate_elsewhere(db.path) is None


def test_failed_write_rolls_back(db):
    settings = Settings(db)
    with pytest.raises(RuntimeError):
        with db.writing() as s:
            s.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
            raise RuntimeError("boom")
    assert settings.get("k") is None


def test_settings_round_trip(db):
    settings = Settings(db)
    assert settings.get("language") is None
    assert settings.get("language", "fi") == "fi"
    settings.set("language", "sv")
    settings.set("language", "en")
    assert settings.get("language") == "en"
    with closing(sqlite3.connect(db.path)) as con:
        assert con.execute("SELECT key, value FROM settings").fetchall() == [("language", "en")]


def test_two_running_copies_lose_no_updates(data_dir):
    """Read-modify-write from two Database objects at once: every increment survives."""
    paths = DataPaths(data_dir)
    open_database(paths).close()
    copies = [Database(paths.database), Database(paths.database)]
    Settings(copies[0]).set("counter", "0")
    rounds, errors = 20, []

    def work(db):
        try:
            for _ in range(rounds):
                with db.writing() as s:
                    value = int(s.execute(text("SELECT value FROM settings WHERE key='counter'")).scalar())
                    s.execute(text("UPDATE settings SET value=:v WHERE key='counter'"), {"v": str(value + 1)})
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(db,)) for db in copies]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert errors == []
        assert Settings(copies[0]).get("counter") == str(2 * rounds)
    finally:
        for db in copies:
            db.close()


def _awkward_name() -> str:
    # Characters that mean something in URLs and SQLite URIs ('?' is not allowed on Windows).
    return "data #1 %41 ä" + ("" if sys.platform == "win32" else " ?x=1")


def test_data_folder_with_url_characters(tmp_path):
    root = tmp_path / _awkward_name()
    paths = DataPaths(root)
    db = open_database(paths)
    try:
        Settings(db).set("k", "stored here")
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [root.name]  # nothing created beside it
    assert paths.database.exists()
    with closing(sqlite3.connect(paths.database)) as con:
        assert con.execute("SELECT value FROM settings").fetchall() == [("stored here",)]
    assert read_revision(paths.database) == (HEAD_REVISION, True)
    copy = backup_database(paths.database, paths.backups / "copy.sqlite3")
    with closing(sqlite3.connect(copy)) as con:
        assert con.execute("SELECT value FROM settings").fetchall() == [("stored here",)]
    db = open_database(paths)  # reopening finds its schema: no upgrade, no pre-migration backup
    db.close()
    assert sorted(p.name for p in paths.backups.iterdir()) == ["copy.sqlite3"]
