"""Automatic backups, rotation, restore and recovery from a damaged database."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.paths import DataPaths
from hype_desktop.store import backup as b
from hype_desktop.store.errors import DamagedDatabase
from hype_desktop.store.migrate import open_database, startup_check
from hype_desktop.store.reflections import ReflectionStore


def _reflect(store: ReflectionStore, inst, value: int = 3) -> int:
    r = store.start(store.person_profile(), Round(Phase.CHECK_IN, date.today()), inst,
                    ("alpha",), ("alpha.one",))
    store.save_answer(r.id, "alpha.one.1", value)
    return r.id


def test_auto_backup_only_when_changed_and_once_a_day(store, data_dir, mini_instrument) -> None:
    paths = DataPaths(data_dir)
    assert not b.auto_backup_due(paths)  # nothing worth keeping yet
    _reflect(store, mini_instrument)
    assert b.auto_backup_due(paths)
    info = b.run_auto_backup(paths)
    assert info is not None and info.kind == "auto" and info.size > 0
    assert b.run_auto_backup(paths) is None  # at most once a day
    # Pretend yesterday's backup: unchanged data -> none; changed data -> one.
    old = info.path.with_name(f"auto-{datetime.now() - timedelta(days=1):%Y%m%d-%H%M%S}.sqlite3")
    os.replace(info.path, old)
    assert not b.auto_backup_due(paths)
    store.save_note(1, "alpha.one.1", "a changed note")
    assert b.auto_backup_due(paths)
    assert b.run_auto_backup(paths) is not None
    listed = b.list_backups(paths)
    assert [x.kind for x in listed] == ["auto", "auto"] and listed[0].created > listed[1].created


def test_backup_copy_has_the_data_still_in_the_wal(store, data_dir, mini_instrument) -> None:
    rid = _reflect(store, mini_instrument, 4)
    info = b.make_backup(DataPaths(data_dir))
    con = sqlite3.connect(info.path)
    try:
        assert con.execute("SELECT value FROM answers WHERE reflection_id=?", (rid,)).fetchone() == (4,)
    finally:
        con.close()


def test_rotation_keeps_7_daily_and_8_weekly(data_dir) -> None:
    paths = DataPaths(data_dir).ensure()
    start = datetime(2026, 1, 1, 12)
    for n in range(120):  # two backups a day for 120 days
        for hour in (9, 17):
            (paths.backups / f"auto-{start + timedelta(days=n, hours=hour - 12):%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    (paths.backups / "pre-migration-0001-20250101-000000.sqlite3").write_bytes(b"x")
    (paths.backups / "notes.txt").write_text("not ours")
    b.rotate(paths, keep_daily=7, keep_weekly=8)
    kept = b.list_backups(paths)
    autos = [x for x in kept if x.kind == "auto"]
    days = [x.created.date() for x in autos]
    assert len(autos) == 15 and len(set(days)) == 15
    assert days[:7] == [date(2026, 4, 30) - timedelta(days=d) for d in range(7)]
    assert all(x.created.hour == 17 for x in autos)  # the newest of each day
    weeks = [tuple(d.isocalendar())[:2] for d in days[7:]]
    assert len(set(weeks)) == 8
    assert any(x.kind == "pre-migration" for x in kept) and (paths.backups / "notes.txt").exists()


def test_restore_backs_up_current_state_first(store, data_dir, mini_instrument) -> None:
    paths = DataPaths(data_dir)
    rid = _reflect(store, mini_instrument, 2)
    first = b.make_backup(paths)
    store.save_answer(rid, "alpha.one.1", 5)
    second_rid = _reflect(store, mini_instrument, 1)
    before, seconds = b.restore_backup(paths, first.path)
    assert before is not None and before.kind == "pre-restore" and seconds >= 0
    # the open store (another connection) sees the restored data at once
    assert store.get(rid).answers["alpha.one.1"].value == 2
    with pytest.raises(KeyError):
        store.get(second_rid)
    # and the state before the restore is kept
    con = sqlite3.connect(before.path)
    try:
        assert con.execute("SELECT count(*) FROM reflections").fetchone() == (2,)
    finally:
        con.close()


def _damage(db_path: Path) -> None:
    size = db_path.stat().st_size
    with open(db_path, "r+b") as fh:  # overwrite pages after the first: tables become garbage
        fh.seek(4096)
        fh.write(os.urandom(max(0, size - 4096)))


def test_damaged_database_is_detected_set_aside_and_restored(data_dir, mini_instrument) -> None:
    paths = DataPaths(data_dir)
    db = open_database(paths)
    store = ReflectionStore(db)
    rid = _reflect(store, mini_instrument, 4)
    good = b.make_backup(paths, b.KIND_AUTO)
    db.close()
    _damage(paths.database)
    with pytest.raises(DamagedDatabase) as caught:
        db = open_database(paths)
        db.close()
    assert caught.value.key == "store.damaged"
    assert "damaged" in caught.value.render("en") or "could not" in caught.value.render("en")
    assert b.newest_good_backup(paths).path == good.path
    aside = b.set_aside(paths)
    assert aside.exists() and not paths.database.exists()
    b.restore_backup(paths, good.path)
    db = open_database(paths)
    try:
        assert ReflectionStore(db).get(rid).answers["alpha.one.1"].value == 4
    finally:
        db.close()
    assert aside.exists()  # never deleted


def test_startup_check_skips_big_files_unless_marked(tmp_path, monkeypatch) -> None:
    from hype_desktop.store import migrate
    db = tmp_path / "x.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t(x)")
    con.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 200)
    con.commit()
    con.close()
    _damage(db)
    monkeypatch.setattr(migrate, "STARTUP_CHECK_MAX_BYTES", 10)
    startup_check(db)  # too big to check at every start: skipped
    with pytest.raises(DamagedDatabase):
        startup_check(db, force=True)


def test_locked_folder_is_not_called_damage(data_dir) -> None:
    paths = DataPaths(data_dir).ensure()
    db = open_database(paths)
    db.close()
    os.chmod(paths.root, 0o500)
    os.chmod(paths.database, 0o400)
    try:
        if os.access(paths.database, os.W_OK):
            pytest.skip("running as a user that ignores permissions (root)")
        with pytest.raises(Exception) as caught:
            db = open_database(paths)
            from hype_desktop.store.reflections import ReflectionStore as RS
            try:
                RS(db).person_profile()
            finally:
                db.close()
        assert getattr(caught.value, "key", "") != "store.damaged"
    finally:
        os.chmod(paths.root, 0o700)
        os.chmod(paths.database, 0o600)


def test_new_data_folders_are_private(data_dir) -> None:
    import stat
    DataPaths(data_dir).ensure()
    if os.name == "posix":
        for folder in (data_dir, data_dir / "backups", data_dir / "logs"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_restoring_a_backup_from_an_older_schema_upgrades_it(store, data_dir) -> None:
    import shutil

    from hype_desktop.store.migrate import HEAD_REVISION, read_revision
    fixtures = Path(__file__).resolve().parents[1] / "migrations" / "fixtures"
    paths = DataPaths(data_dir)
    old = paths.backups / "pre-migration-0001-20260101-000000.sqlite3"
    shutil.copyfile(fixtures / "0001.sqlite3", old)
    b.restore_backup(paths, old)
    assert read_revision(paths.database)[0] == HEAD_REVISION
    assert store.count() == 26  # the open store reads the restored, upgraded data
