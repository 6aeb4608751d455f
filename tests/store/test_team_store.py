"""Team store: migration 0002 from an existing 0001 database, submissions apart, delete keeps aggregates."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from hype_desktop.domain.aggregate import Submission
from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.paths import DataPaths
from hype_desktop.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR, open_database
from hype_desktop.store.settings import Settings
from hype_desktop.store.team import TeamStore, member_secret

RID = "b" * 32


def _sub(n: int, checksum: str = "") -> Submission:
    return Submission(f"{n:032x}", RID, datetime(2025, 9, 1, 10, n), checksum or f"sha256:{n:064x}",
                      ("alpha",), {"alpha.one.1": 1 + n % 5, "alpha.one.2": None},
                      notes=(("alpha.one.1", "hei"),), next_steps=(("step", None, "me"),))


def test_upgrade_from_0001_keeps_data_and_adds_team_tables(data_dir):
    from alembic import command
    from alembic.config import Config

    from hype_desktop.store.engine import make_engine
    paths = DataPaths(data_dir)
    paths.ensure()
    engine = make_engine(paths.database)
    with engine.connect() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.commit()
    engine.dispose()
    con = sqlite3.connect(paths.database)
    con.execute("INSERT INTO settings VALUES ('keep', 'me')")
    con.commit()
    con.close()
    assert HEAD_REVISION in KNOWN_REVISIONS and "0002" in KNOWN_REVISIONS
    db = open_database(paths)
    try:
        assert Settings(db).get("keep") == "me"
        assert TeamStore(db).rounds() == []
    finally:
        db.close()
    assert list(paths.backups.glob("pre-migration-0001-*"))


def test_submissions_replace_per_person_and_delete_keeps_collation(store):
    team = TeamStore(store.db)
    team.ensure_round(Round(Phase.KICKOFF, date(2025, 9, 1), "Syksy", "T", RID), "mini", 1, Thresholds())
    team.ensure_round(Round(Phase.KICKOFF, date(2025, 9, 1), "Syksy", "T", RID), "mini", 1, Thresholds())
    team.save_submissions(RID, [_sub(1), _sub(2)])
    team.save_submissions(RID, [_sub(1, "sha256:" + "f" * 64)])
    assert team.earlier(RID)[f"{1:032x}"][0] == "sha256:" + "f" * 64
    assert sorted(s.pseudonym for s in team.submissions(RID)) == [f"{1:032x}", f"{2:032x}"]
    assert team.submissions(RID)[0].answers["alpha.one.2"] is None
    team.save_collation(RID, {"contributors": 2, "factors": []}, {"p": "c"})
    assert team.delete_submissions(RID) == 2
    assert team.submissions(RID) == []
    saved = team.last_collation(RID)
    assert saved is not None and saved.contributors == 2 and saved.members == {"p": "c"}
    [r] = team.rounds("T")
    assert (r.submissions, r.collations) == (0, 1)


def test_team_data_is_apart_from_own_reflections(store):
    team = TeamStore(store.db)
    team.ensure_round(Round(Phase.KICKOFF, date(2025, 9, 1), "", "T", RID), "mini", 1, Thresholds())
    team.save_submissions(RID, [_sub(n) for n in range(4)])
    assert store.count() == 0


def test_member_secret_is_created_once(store):
    settings = Settings(store.db)
    first = member_secret(settings)
    assert len(first) == 64 and member_secret(settings) == first
