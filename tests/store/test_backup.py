"""backup_database: a consistent, checked copy of a live WAL database."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest

from hype_desktop.paths import DataPaths
from hype_desktop.store.migrate import open_database
from hype_desktop.store.settings import Settings
from hype_desktop.store.sqlite_copy import BackupFailed, backup_database


def settings_rows(path) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute("SELECT key, value FROM settings ORDER BY key").fetchall()


def test_backup_of_live_wal_database_has_uncheckpointed_writes(data_dir, tmp_path):
    paths = DataPaths(data_dir)
    db = open_database(paths)
    keeper = sqlite3.connect(paths.database)  # an open reader: the last close would checkpoint
    keeper.execute("SELECT 1 FROM settings").fetchall()
    try:
        Settings(db).set("only-in-wal", "yes")
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the write is not checkpointed yet
        # Control: a plain file copy misses it (that is why backups use the backup API).
        plain = tmp_path / "plain.sqlite3"
        shutil.copyfile(paths.database, plain)
        assert ("only-in-wal", "yes") not in settings_rows(plain)

        target = backup_database(paths.database, paths.backups / "b.sqlite3")
        assert target == paths.backups / "b.sqlite3"
        assert settings_rows(target) == [("only-in-wal", "yes")]
    finally:
        keeper.close()
        db.close()
    # The copy stands alone: no -wal/-shm beside it, no temporary leftovers.
    assert sorted(p.name for p in paths.backups.iterdir()) == ["b.sqlite3"]
    with closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in paths.backups.iterdir()) == ["b.sqlite3"]


def test_backup_replaces_an_older_copy(data_dir):
    paths = DataPaths(data_dir)
    db = open_database(paths)
    try:
        target = paths.backups / "b.sqlite3"
        Settings(db).set("n", "1")
        backup_database(paths.database, target)
        Settings(db).set("n", "2")
        backup_database(paths.database, target)
    finally:
        db.close()
    assert settings_rows(target) == [("n", "2")]


def test_missing_source_fails_without_leftovers(tmp_path):
    with pytest.raises(BackupFailed):
        backup_database(tmp_path / "absent.sqlite3", tmp_path / "out" / "b.sqlite3")
    assert list((tmp_path / "out").iterdir()) == []
    assert not (tmp_path / "absent.sqlite3").exists()


def test_garbage_source_fails_without_leftovers(tmp_path):
    source = tmp_path / "garbage.sqlite3"
    source.write_bytes(b"not a database at all " * 200)
    with pytest.raises(BackupFailed):
        backup_database(source, tmp_path / "out" / "b.sqlite3")
    assert list((tmp_path / "out").iterdir()) == []
