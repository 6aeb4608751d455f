"""Export all my data (JSON + CSV, re-import round trip with the secrets hook), erase all my data, logs."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime

import pytest

from hype_desktop.domain.reflection import NextStep, Owner, Phase, Round
from hype_desktop.formats import personal_export as pe
from hype_desktop.formats.errors import FileProblem
from hype_desktop.paths import DataPaths
from hype_desktop.store.migrate import open_database
from hype_desktop.store.reflections import ReflectionStore

TYPED = "Rehtori=@HYPERLINK <b>ei</b> 😊 ääkköset"


def _fill(store: ReflectionStore, inst) -> int:
    r = store.start(store.person_profile(), Round(Phase.TEAM_WORKSHOP, date(2026, 3, 4), label="kevät"),
                    inst, ("alpha", "load"), ("alpha.one", "alpha.two", "load.tech"))
    store.save_answer(r.id, "alpha.one.1", 4)
    store.save_answer(r.id, "alpha.one.2", None, not_applicable=True)
    store.save_note(r.id, "alpha.one.1", TYPED)
    store.save_prompt_answer(r.id, "alpha.one.p1", "=1+1 " + TYPED)
    store.save_next_steps(r.id, [NextStep(text="-Ask " + TYPED, factor_id="alpha.one", owner=Owner.LEAD,
                                          due=date(2026, 5, 1))])
    store.finish(r.id, inst, finished_at=datetime(2026, 3, 4, 15, 0, 0))
    store.start(store.person_profile(), Round(Phase.CHECK_IN, date(2026, 4, 1)), inst, ("alpha",), ("alpha.one",))
    return r.id


def test_export_reimports_into_a_new_installation(store, mini_instrument, tmp_path) -> None:
    rid = _fill(store, mini_instrument)
    # the secrets hook: a value the team feature would register
    pe.register_secret("test_secret", lambda s: "s3cr3t", lambda s, v: got.append(v))
    got: list[str] = []
    try:
        n = pe.export_all(store, tmp_path / "me.json", tmp_path / "me.csv")
        assert n == 2
        data = json.loads((tmp_path / "me.json").read_text(encoding="utf-8"))
        assert data["secrets"] == {"test_secret": "s3cr3t"}
        new_db = open_database(DataPaths(tmp_path / "new-machine"))
        try:
            new = ReflectionStore(new_db)
            assert pe.import_all(new, tmp_path / "me.json", mini_instrument) == 2
            assert pe.import_all(new, tmp_path / "me.json", mini_instrument) == 0  # no duplicates
            assert got == ["s3cr3t", "s3cr3t"]
            old_r = store.get(rid)
            (new_r,) = [r for r in (new.get(i) for i in range(1, 3)) if r.finished]
            assert new_r.answers == old_r.answers and new_r.prompt_answers == old_r.prompt_answers
            assert [(s.text, s.owner, s.due, s.factor_id) for s in new_r.next_steps] == \
                   [(s.text, s.owner, s.due, s.factor_id) for s in old_r.next_steps]
            assert new_r.round.label == "kevät" and new_r.finished_at == old_r.finished_at
            assert new_r.scores == old_r.scores
            assert pe.export_all(new, tmp_path / "again.json") == 2
            again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
            assert again["reflections"] == data["reflections"]
        finally:
            new_db.close()
    finally:
        pe._SECRETS.pop("test_secret", None)
    with (tmp_path / "me.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    kinds = {r["kind"] for r in rows}
    assert kinds == {"answer", "prompt", "next_step"}
    cells = [v for r in rows for v in r.values()]
    assert not any(c[:1] in "=+-@" for c in cells if c), "a cell a spreadsheet would run as a formula"
    assert any(TYPED in c for c in cells)


@pytest.fixture(scope="module")
def valid_export(tmp_path_factory) -> dict:
    from mini_instrument import mini_instrument

    from hype_desktop.formats.instrument_build import build_instrument
    folder = tmp_path_factory.mktemp("export")
    db = open_database(DataPaths(folder / "data"))
    try:
        store = ReflectionStore(db)
        _fill(store, build_instrument(mini_instrument()))
        pe.export_all(store, folder / "me.json")
    finally:
        db.close()
    return json.loads((folder / "me.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(format="hype-instrument"),
    lambda d: d.update(format_version=2),
    lambda d: d.update(format_version=True),  # a JSON true is not version 1
    lambda d: d.update(format_version=1.0),
    lambda d: d.update(extra=1),
    lambda d: d["reflections"][0]["answers"][0].update(value=6),
    lambda d: d["reflections"][0]["answers"][0].update(value=3, not_applicable=True),
    lambda d: d["reflections"][0].update(started_at="yesterday"),
    lambda d: d["reflections"][0]["next_steps"].extend([d["reflections"][0]["next_steps"][0]] * 3),
    lambda d: d["reflections"][0]["answers"][0].update(note="x" * 5000),
])
def test_broken_exports_are_rejected_cleanly(store, mini_instrument, tmp_path, mutate, valid_export) -> None:
    data = json.loads(json.dumps(valid_export))
    mutate(data)
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    before = store.count()
    with pytest.raises(FileProblem) as caught:
        pe.import_all(store, tmp_path / "bad.json", mini_instrument)
    assert "bad.json" in str(caught.value)
    assert store.count() == before


def test_erase_removes_everything_the_app_stored(data_dir, mini_instrument) -> None:
    from hype_desktop.logs import logger, setup_logging
    from hype_desktop.store.backup import make_backup
    from hype_desktop.ui.erase import erase_all, stored_items

    paths = DataPaths(data_dir)
    db = open_database(paths)
    _fill(ReflectionStore(db), mini_instrument)
    make_backup(paths)
    setup_logging(paths.logs)
    logger.info("something")
    db.close()
    names = {p.name for p in stored_items(paths)}
    assert {"hype.sqlite3", "backups", "logs"} <= names
    assert erase_all(paths) == []
    assert not data_dir.exists()


def test_round_pseudonym_secret_moves_with_the_export(store, tmp_path) -> None:
    from hype_desktop.store.settings import Settings
    from hype_desktop.store.team import member_secret
    secret = member_secret(Settings(store.db))
    pe.export_all(store, tmp_path / "me.json")
    assert json.loads((tmp_path / "me.json").read_text(encoding="utf-8"))["secrets"]["round_pseudonym"] == secret
    new_db = open_database(DataPaths(tmp_path / "new"))
    try:
        from hype_desktop.formats.instrument_build import load_builtin_instrument
        pe.import_all(ReflectionStore(new_db), tmp_path / "me.json", load_builtin_instrument())
        assert member_secret(Settings(new_db)) == secret
    finally:
        new_db.close()


def test_a_teams_reflection_stays_the_teams_through_export_and_import(store, mini_instrument, tmp_path) -> None:
    team = store.team_profile("Tiimi Kuu")
    own = _fill(store, mini_instrument)
    inst = mini_instrument
    r = store.start(team, Round(Phase.TEAM_WORKSHOP, date(2026, 5, 2), "työpaja"), inst, ("alpha",), ("alpha.one",))
    store.save_answer(r.id, "alpha.one.1", 2)
    store.finish(r.id, inst, finished_at=datetime(2026, 5, 2, 12, 0, 0))
    pe.export_all(store, tmp_path / "all.json")
    new_db = open_database(DataPaths(tmp_path / "new-machine"))
    try:
        new = ReflectionStore(new_db)
        assert pe.import_all(new, tmp_path / "all.json", mini_instrument) == 3
        teams = dict((name, pid) for pid, name in new.team_profiles())
        assert list(teams) == ["Tiimi Kuu"]
        team_briefs = new.finished_briefs(teams["Tiimi Kuu"])
        assert [b.round.label for b in team_briefs] == ["työpaja"]
        assert all(b.round.label != "työpaja" for b in new.finished_briefs(new.person_profile()))
        assert len(new.finished_briefs(new.person_profile())) == len(store.finished_briefs(store.person_profile()))
    finally:
        new_db.close()
    assert own


def test_an_export_too_big_for_the_free_memory_is_refused_plainly(store, mini_instrument, tmp_path, monkeypatch) -> None:
    _fill(store, mini_instrument)
    pe.export_all(store, tmp_path / "me.json")
    monkeypatch.setattr(pe, "_available_memory", lambda: 1024)
    with pytest.raises(FileProblem) as caught:
        pe.import_all(store, tmp_path / "me.json", mini_instrument)
    assert "memory" in caught.value.render("en") and "me.json" in caught.value.render("en")


def test_ones_own_big_export_is_within_the_caps() -> None:
    """10,000 reflections export to about 120 MB: far inside what an import accepts."""
    assert pe.MAX_FILE_BYTES >= 1024 * 1024 * 1024 and pe.MAX_REFLECTIONS >= 100_000


def test_when_each_answer_was_given_and_a_step_followed_up_survive_export_and_import(
        store, mini_instrument, tmp_path) -> None:
    from hype_desktop.domain.reflection import StepStatus
    rid = _fill(store, mini_instrument)
    step = store.get(rid).next_steps[0]
    store.follow_up_step(step.id, StepStatus.DONE, "learned a lot")
    old = store.get(rid)
    assert old.next_steps[0].followed_up_at is not None and old.answers["alpha.one.1"].answered_at is not None
    pe.export_all(store, tmp_path / "me.json")
    new_db = open_database(DataPaths(tmp_path / "new-machine"))
    try:
        new = ReflectionStore(new_db)
        pe.import_all(new, tmp_path / "me.json", mini_instrument)
        (new_r,) = [r for r in (new.get(i) for i in range(1, 3)) if r.finished]
        assert {k: a.answered_at for k, a in new_r.answers.items()} == \
               {k: a.answered_at for k, a in old.answers.items()}
        assert new_r.next_steps[0].followed_up_at == old.next_steps[0].followed_up_at
        assert new_r.next_steps[0].status is StepStatus.DONE
    finally:
        new_db.close()
