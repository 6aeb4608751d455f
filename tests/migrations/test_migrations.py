"""Schema migrations: empty to head, one head, newer and foreign databases refused untouched,
and a failing migration that leaves the database exactly as it was (with a backup)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import textwrap
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.paths import DataPaths
from hype_desktop.store import migrate
from hype_desktop.store.errors import DamagedDatabase, MigrationFailed, NewerDatabase
from hype_desktop.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR, open_database
from hype_desktop.store.models import Base
from hype_desktop.store.reflections import ReflectionStore

APP_TABLES = {"profiles", "rounds", "reflections", "answers", "prompt_answers", "next_steps",
              "factor_scores", "settings", "team_rounds", "team_submissions", "team_collations",
              "content_copies", "round_keys", "round_releases", "member_invitations"}


def query(path: Path, sql: str, *args) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute(sql, args).fetchall()


def tables(path: Path) -> set[str]:
    return {r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type='table'")}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_files(paths: DataPaths) -> list[str]:
    return sorted(str(p.relative_to(paths.root)) for p in paths.root.rglob("*") if p.is_file())


@pytest.fixture
def paths(data_dir) -> DataPaths:
    return DataPaths(data_dir)


def test_empty_database_upgrades_to_head(paths):
    db = open_database(paths)
    db.close()
    assert APP_TABLES | {"alembic_version"} == tables(paths.database)
    assert query(paths.database, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert migrate.read_revision(paths.database) == (HEAD_REVISION, True)
    assert list(paths.backups.iterdir()) == []  # nothing to back up on a first run


def test_zero_byte_file_counts_as_new(paths):
    paths.ensure()
    paths.database.touch()
    open_database(paths).close()
    assert query(paths.database, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_database_at_head_is_opened_without_backup_or_alembic(paths, monkeypatch):
    open_database(paths).close()
    monkeypatch.setattr(migrate, "upgrade", lambda *a, **k: pytest.fail("upgrade ran at head"))
    open_database(paths).close()
    assert list(paths.backups.iterdir()) == []


def test_exactly_one_head_and_it_is_known():
    from alembic.script import ScriptDirectory
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    heads = script.get_heads()
    assert heads == [HEAD_REVISION]
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION
    # KNOWN_REVISIONS lists the whole chain, oldest first.
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS


def test_migrated_schema_matches_the_models(paths):
    """What the migrations build is what the ORM models describe (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(paths)
    try:
        with db.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.close()
    assert diffs == []


def test_newer_database_is_refused_untouched(paths):
    open_database(paths).close()
    with closing(sqlite3.connect(paths.database)) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
    before = digest(paths.database)

    with pytest.raises(NewerDatabase) as info:
        open_database(paths)

    assert "9999" in str(info.value) and str(paths.database) in str(info.value)
    assert digest(paths.database) == before
    assert list(paths.backups.iterdir()) == []
    # Reading the revision may leave SQLite's shared-memory index and an EMPTY -wal behind
    # (a read-only connection cannot remove them); it must never leave content in a -wal.
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert query(paths.database, "SELECT version_num FROM alembic_version") == [("9999",)]
    for lang in ("fi", "sv", "en"):
        assert "9999" in info.value.render(lang)


def test_foreign_tables_without_version_are_damaged(paths):
    paths.ensure()
    with closing(sqlite3.connect(paths.database)) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO photos (name) VALUES ('cat.jpg')")
        con.commit()
    before = digest(paths.database)
    with pytest.raises(DamagedDatabase) as info:
        open_database(paths)
    assert "not a HyPe Desktop database" in str(info.value)
    assert digest(paths.database) == before
    assert tables(paths.database) == {"photos"}


def test_garbage_file_is_damaged_and_untouched(paths):
    paths.ensure()
    garbage = os.urandom(8192)
    paths.database.write_bytes(garbage)
    before = folder_files(paths)
    with pytest.raises(DamagedDatabase) as info:
        open_database(paths)
    assert str(paths.database) in str(info.value)
    assert paths.database.read_bytes() == garbage
    assert folder_files(paths) == before  # no -wal, -shm or backup beside it


FAILING_REVISION = '''
    """A migration that does real work and then fails.

    Revision ID: 0099
    Revises: {head}
    """
    import sqlalchemy as sa
    from alembic import op

    revision = "0099"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade():
        op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True), sa.Column("t", sa.Text))
        op.execute("INSERT INTO extra (id, t) VALUES (1, 'half done')")
        op.execute("UPDATE reflections SET position = 'changed by 0099'")
        op.execute("DELETE FROM answers")
        raise RuntimeError("migration 0099 failed on purpose")


    def downgrade():
        op.drop_table("extra")
'''


@pytest.fixture
def failing_migrations(tmp_path, monkeypatch) -> Path:
    """A copy of the migrations with a broken 0099, and an app that believes 0099 is head."""
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / "0099_fails.py").write_text(textwrap.dedent(FAILING_REVISION).replace("{head}", HEAD_REVISION), encoding="utf-8")
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", KNOWN_REVISIONS + ("0099",))
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0099")
    return target


def test_failing_migration_leaves_database_as_it_was(paths, mini_instrument, failing_migrations):
    db = open_database(paths)
    try:
        store = ReflectionStore(db)
        rid = store.start(store.person_profile(), Round(Phase.KICKOFF, date(2025, 1, 9)), mini_instrument,
                          ("alpha",), ("alpha.one", "alpha.two")).id
        store.save_answer(rid, "alpha.one.1", 4)
        store.save_note(rid, "alpha.one.2", "keep me")
        store.finish(rid, mini_instrument)
    finally:
        db.close()
    snapshot = {t: query(paths.database, f"SELECT * FROM {t}") for t in sorted(APP_TABLES)}

    with pytest.raises(MigrationFailed) as info:
        open_database(paths, script_location=failing_migrations)

    assert "migration 0099 failed on purpose" in str(info.value)
    assert "extra" not in tables(paths.database)
    assert query(paths.database, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert {t: query(paths.database, f"SELECT * FROM {t}") for t in sorted(APP_TABLES)} == snapshot
    assert query(paths.database, "PRAGMA integrity_check") == [("ok",)]

    backups = list(paths.backups.iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(f"pre-migration-{HEAD_REVISION}-")
    assert query(backups[0], "PRAGMA integrity_check") == [("ok",)]
    assert query(backups[0], "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert query(backups[0], "SELECT item_id, value, note FROM answers ORDER BY item_id") == [
        ("alpha.one.1", 4, ""), ("alpha.one.2", None, "keep me")]

    # The app still opens the data with the shipped migrations, and nothing was lost.
    db = open_database(paths)
    try:
        r = ReflectionStore(db).get(rid)
    finally:
        db.close()
    assert r.answers["alpha.one.2"].note == "keep me" and r.finished


ADDING_REVISION = '''
    import sqlalchemy as sa
    from alembic import op
    revision = "0099"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None
    def upgrade():
        op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))
    def downgrade():
        op.drop_table("extra")
'''


@pytest.fixture
def adding_migrations(tmp_path, monkeypatch) -> Path:
    """A copy of the migrations with a working 0099, and an app that believes 0099 is head."""
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / "0099_adds.py").write_text(textwrap.dedent(ADDING_REVISION).replace("{head}", HEAD_REVISION), encoding="utf-8")
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", KNOWN_REVISIONS + ("0099",))
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0099")
    return target


def test_successful_migration_backs_up_first(paths, adding_migrations):
    """An upgrade of existing data writes a verified pre-migration backup, then migrates."""
    open_database(paths).close()

    open_database(paths, script_location=adding_migrations).close()

    assert "extra" in tables(paths.database)
    assert query(paths.database, "SELECT version_num FROM alembic_version") == [("0099",)]
    backups = list(paths.backups.iterdir())
    assert len(backups) == 1
    assert "extra" not in tables(backups[0])
    assert query(backups[0], "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_migration_waits_for_another_writer(paths, adding_migrations):
    """Two copies starting at once: the upgrade takes the write lock before reading the
    version (IMMEDIATE), so it waits for the other writer instead of failing on a stale read."""
    open_database(paths).close()
    holding, release = threading.Event(), threading.Event()

    def other_copy():
        with closing(sqlite3.connect(paths.database, isolation_level=None)) as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO settings (key, value) VALUES ('other', 'copy')")
            holding.set()
            release.wait(5)
            con.execute("COMMIT")

    thread = threading.Thread(target=other_copy)
    thread.start()
    try:
        assert holding.wait(5)
        threading.Timer(0.3, release.set).start()
        open_database(paths, script_location=adding_migrations).close()
    finally:
        release.set()
        thread.join(5)
    assert query(paths.database, "SELECT version_num FROM alembic_version") == [("0099",)]
    assert query(paths.database, "SELECT value FROM settings WHERE key = 'other'") == [("copy",)]
