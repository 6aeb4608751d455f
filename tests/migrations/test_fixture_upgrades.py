"""Every released schema revision has a fixture database that upgrades to head with its data intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from hype_desktop.paths import DataPaths
from hype_desktop.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, open_database, read_revision
from hype_desktop.store.reflections import ReflectionStore

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def test_every_released_revision_has_a_fixture() -> None:
    missing = [r for r in KNOWN_REVISIONS if not (FIXTURES / f"{r}.sqlite3").exists()
               or not (FIXTURES / f"{r}.expected.json").exists()]
    assert not missing, f"run tests/migrations/make_fixtures.py for revision(s) {missing}"


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_fixture_upgrades_with_data_intact(revision: str, data_dir: Path) -> None:
    from make_fixtures import snapshot

    paths = DataPaths(data_dir).ensure()
    shutil.copyfile(FIXTURES / f"{revision}.sqlite3", paths.database)
    assert read_revision(paths.database) == (revision, True)
    db = open_database(paths)
    try:
        assert read_revision(paths.database)[0] == HEAD_REVISION
        after = snapshot(ReflectionStore(db))
    finally:
        db.close()
    expected = json.loads((FIXTURES / f"{revision}.expected.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(after)) == expected
    con = sqlite3.connect(paths.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert_packs_match_scores(con)
    finally:
        con.close()
    if revision != HEAD_REVISION:  # an upgrade made its verified backup first
        assert any(p.name.startswith(f"pre-migration-{revision}-") for p in paths.backups.iterdir())


def assert_packs_match_scores(con: sqlite3.Connection) -> None:
    """Every reflection's packed means (0003) say what its factor_scores rows say."""
    from hype_desktop.store.score_pack import unpack_scores

    rows = {}
    for rid, fid, mean in con.execute("SELECT reflection_id, factor_id, mean FROM factor_scores"):
        rows.setdefault(rid, {})[fid] = mean
    packs = {rid: unpack_scores(ids, means)
             for rid, ids, means in con.execute("SELECT id, score_ids, score_means FROM reflections")}
    assert rows, "the fixture has stored scores to compare"
    assert {rid: p for rid, p in packs.items() if p} == rows
