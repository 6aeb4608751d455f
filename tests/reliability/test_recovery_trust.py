"""Recovery never trusts an empty or damaged copy, and tells the user what it could not do."""

from __future__ import annotations

import shutil
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
from hype_desktop.store.sqlite_copy import BackupFailed, backup_database

REFLECTIONS = 5


def _with_backup(data_dir: Path, inst, n: int = REFLECTIONS, *, when: datetime | None = None) -> DataPaths:
    paths = DataPaths(data_dir)
    db = open_database(paths)
    store = ReflectionStore(db)
    for k in range(n):
        r = store.start(store.person_profile(), Round(Phase.CHECK_IN, date.today()), inst,
                        ("alpha",), ("alpha.one",))
        store.save_answer(r.id, "alpha.one.1", 1 + k % 5)
    b.make_backup(paths, b.KIND_AUTO, now=when or datetime.now() - timedelta(hours=1))
    db.close()
    return paths


def _open_with_choice(data_dir: Path, pick: str, monkeypatch):
    """Start as the app does, answering the recovery question with the button named ``pick``."""
    from hype_desktop.app import build_context
    from hype_desktop.ui import recovery
    asked: list[tuple[str, list[str]]] = []

    def ask(text: str, buttons: list[str]) -> int:
        asked.append((text, buttons))
        return next((i for i, label in enumerate(buttons) if pick in label), len(buttons) - 1)

    monkeypatch.setattr(recovery, "_ask", ask)
    ctx, _root = recovery.open_context(lambda root: build_context(root, "en"), data_dir, "en", interactive=True)
    return ctx, asked


def _count(ctx) -> int:
    return b.reflection_count(ctx.paths.database) or 0


@pytest.mark.parametrize("how", ["zero bytes", "deleted"])
def test_an_emptied_database_with_backups_is_damage_and_the_backup_is_offered(
        qapp, data_dir, mini_instrument, monkeypatch, how) -> None:
    paths = _with_backup(data_dir, mini_instrument)
    for side in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + side).unlink(missing_ok=True)
    if how == "deleted":
        paths.database.unlink()
    else:
        paths.database.write_bytes(b"")
    ctx, asked = _open_with_choice(data_dir, "Restore", monkeypatch)
    try:
        assert asked and f"holds {REFLECTIONS}" in asked[0][0]
        assert _count(ctx) == REFLECTIONS
    finally:
        ctx.store.close()


def test_starting_empty_is_remembered_and_an_empty_database_is_never_backed_up(
        qapp, data_dir, mini_instrument, monkeypatch) -> None:
    paths = _with_backup(data_dir, mini_instrument)
    paths.database.unlink()
    ctx, asked = _open_with_choice(data_dir, "Start empty", monkeypatch)
    try:
        assert asked and _count(ctx) == 0
        assert not b.auto_backup_due(paths)  # the empty state never becomes "the newest backup"
    finally:
        ctx.store.close()
    ctx, asked = _open_with_choice(data_dir, "Quit", monkeypatch)
    ctx.store.close()
    assert asked == []  # the user's choice is not asked again
    assert b.newest_good_backup(paths) is not None and b.reflection_count(b.newest_good_backup(paths).path)


def test_deleting_ones_reflections_is_not_damage(qapp, data_dir, mini_instrument, monkeypatch) -> None:
    paths = _with_backup(data_dir, mini_instrument, n=2)
    db = open_database(paths)
    store = ReflectionStore(db)
    for rid in store.ids_in_start_order():
        store.delete(rid)
    db.close()
    ctx, asked = _open_with_choice(data_dir, "Quit", monkeypatch)
    ctx.store.close()
    assert asked == [] and _count(ctx) == 0


def test_only_a_backup_with_data_is_offered(data_dir, mini_instrument) -> None:
    paths = _with_backup(data_dir, mini_instrument, when=datetime.now() - timedelta(days=2))
    with_data = b.list_backups(paths)[0]
    empty = DataPaths(data_dir / "other")
    open_database(empty).close()
    shutil.copyfile(empty.database, paths.backups / f"auto-{datetime.now() - timedelta(hours=1):%Y%m%d-%H%M%S}.sqlite3")
    assert b.newest_good_backup(paths).path == with_data.path


def test_a_failed_restore_is_told_and_the_app_does_not_open_empty(
        qapp, data_dir, mini_instrument, monkeypatch) -> None:
    paths = _with_backup(data_dir, mini_instrument)
    paths.database.write_bytes(b"")

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(b, "restore_backup", no_space)
    ctx, asked = _open_with_choice(data_dir, "Restore", monkeypatch)
    assert ctx is None
    assert len(asked) == 2 and "No space left on device" in asked[1][0] and "failed" in asked[1][0]
    assert b.newest_good_backup(paths) is not None  # nothing deleted


def test_a_backup_dated_in_the_future_neither_stops_backups_nor_pushes_out_real_ones(
        data_dir, mini_instrument) -> None:
    paths = _with_backup(data_dir, mini_instrument, when=datetime.now() - timedelta(days=1))
    source = b.list_backups(paths)[0].path
    now = datetime.now()
    for d in range(2, 8):  # six more real daily backups
        shutil.copyfile(source, paths.backups / f"auto-{now - timedelta(days=d):%Y%m%d-%H%M%S}.sqlite3")
    future = paths.backups / f"auto-{now + timedelta(days=365):%Y%m%d-%H%M%S}.sqlite3"
    shutil.copyfile(source, future)
    db = open_database(paths)
    store = ReflectionStore(db)
    store.save_answer(store.ids_in_start_order()[0], "alpha.one.2", 4)  # something changed today
    db.close()
    assert b.auto_backup_due(paths)
    info = b.run_auto_backup(paths)
    assert info is not None
    autos = [x for x in b.list_backups(paths) if x.kind == b.KIND_AUTO]
    real_days = {x.created.date() for x in autos if x.created <= now + timedelta(minutes=5)}
    assert len(real_days) == 7 and date.today() in real_days and future.exists()


def _corrupt_an_index(db_path: Path) -> None:
    """Make the reflection_id index of next_steps claim to index status: a mismatch only
    integrity_check finds (the views then silently miss rows)."""
    con = sqlite3.connect(db_path, isolation_level=None)
    try:
        con.execute("PRAGMA writable_schema=ON")
        con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_next_steps_reflection_id "
                    "ON next_steps (status)' WHERE name = 'ix_next_steps_reflection_id'")
        con.execute("PRAGMA writable_schema=OFF")
    finally:
        con.close()


def test_index_corruption_is_found_at_start_and_never_copied_into_a_backup(
        data_dir, mini_instrument, tmp_path) -> None:
    from hype_desktop.domain.reflection import NextStep, Owner
    paths = DataPaths(data_dir)
    db = open_database(paths)
    store = ReflectionStore(db)
    for k in range(20):
        r = store.start(store.person_profile(), Round(Phase.CHECK_IN, date.today()), mini_instrument,
                        ("alpha",), ("alpha.one",))
        store.save_next_steps(r.id, [NextStep(text=f"step {k}", owner=Owner.ME, position=0)])
    db.close()
    _corrupt_an_index(paths.database)
    con = sqlite3.connect(paths.database)
    try:
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # quick_check alone does not see this damage
    finally:
        con.close()
    with pytest.raises(DamagedDatabase):
        startup_check(paths.database)
    with pytest.raises(BackupFailed):
        backup_database(paths.database, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_wal_from_another_database_is_offered_aside_and_the_intact_database_opens(
        qapp, data_dir, mini_instrument, monkeypatch, tmp_path) -> None:
    from hype_desktop.store.wal import stray_wal
    paths = _with_backup(data_dir, mini_instrument, n=3)
    for side in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + side).unlink(missing_ok=True)
    b.list_backups(paths)[0].path.unlink()  # no backup to fall back on
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE junk(a, b)")
    con.executemany("INSERT INTO junk VALUES (?, ?)", [(i, "x" * 300) for i in range(400)])
    shutil.copyfile(other.with_name("other.sqlite3-wal"), paths.database.with_name("hype.sqlite3-wal"))
    con.close()
    assert stray_wal(paths.database)
    ctx, asked = _open_with_choice(data_dir, "Open without", monkeypatch)
    try:
        assert asked and "does not belong" in asked[0][0]
        assert _count(ctx) == 3
        assert list(data_dir.glob("hype.sqlite3-wal.set-aside-*"))  # kept, never deleted
    finally:
        ctx.store.close()
