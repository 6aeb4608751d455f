"""ReflectionStore: what is entered is what is stored, finishing stores the pure scores,
corrections, lookups, and deletion that really removes rows."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from hype_desktop.domain.reflection import (
    MAX_NEXT_STEPS,
    MAX_NOTE_CHARS,
    MAX_PROMPT_CHARS,
    MAX_STEP_CHARS,
    Answer,
    FactorScore,
    NextStep,
    Owner,
    Phase,
    Round,
    StepStatus,
)
from hype_desktop.domain.scoring import factor_scores

ROUND = Round(Phase.CHECK_IN, date(2025, 3, 14), label="spring")
TABLES = ("reflections", "answers", "prompt_answers", "next_steps", "factor_scores")


def rows(db_path: Path, sql: str, *args) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as con:
        return con.execute(sql, args).fetchall()


def count(db_path: Path, table: str, reflection_id: int | None = None) -> int:
    column = "id" if table == "reflections" else "reflection_id"
    if reflection_id is None:
        return rows(db_path, f"SELECT count(*) FROM {table}")[0][0]
    return rows(db_path, f"SELECT count(*) FROM {table} WHERE {column} = ?", reflection_id)[0][0]


def start(store, instrument, modules=("alpha", "load"), started_at=None, round_=ROUND):
    pid = store.person_profile()
    return store.start(pid, round_, instrument, tuple(modules),
                       instrument.scope_for_modules(modules), started_at=started_at)


def fill(store, rid):
    """A typical walk through the mini instrument."""
    store.save_answer(rid, "alpha.one.1", 4)
    store.save_answer(rid, "alpha.one.2", 5)
    store.save_answer(rid, "alpha.one.3", None, not_applicable=True)
    store.save_note(rid, "alpha.one.4", "a note before any answer")
    store.save_answer(rid, "alpha.two.1", 2)
    store.save_answer(rid, "alpha.two.2", 3)
    store.save_answer(rid, "load.tech.1", 4)
    store.save_answer(rid, "load.tech.2", 4)
    store.save_answer(rid, "load.tech.3", 3)
    store.save_prompt_answer(rid, "alpha.one.p1", "Thinking about it ✓")


def test_person_profile_is_created_once(store):
    first = store.person_profile()
    assert store.person_profile() == first
    assert count(store.db.path, "profiles") == 1


def test_start_stores_round_and_scope(store, mini_instrument):
    r = start(store, mini_instrument, started_at=datetime(2025, 3, 14, 9, 30))
    assert r.round.phase is Phase.CHECK_IN and r.round.date == date(2025, 3, 14) and r.round.label == "spring"
    assert r.modules == ("alpha", "load")
    assert r.scope == ("alpha.one", "alpha.two", "load.tech")
    assert (r.instrument_id, r.instrument_version) == ("mini", 1)
    assert r.started_at == datetime(2025, 3, 14, 9, 30)
    assert not r.finished and r.answers == {} and r.scores == {}
    assert rows(store.db.path, "SELECT phase, label, date FROM rounds") == [("check_in", "spring", "2025-03-14")]


def test_rows_match_what_was_entered(store, mini_instrument):
    rid = start(store, mini_instrument).id
    fill(store, rid)
    store.save_answer(rid, "alpha.one.4", 2)  # the answer comes after its note
    store.save_note(rid, "alpha.one.1", "changed my mind")
    store.save_answer(rid, "alpha.one.1", 3)  # changing the value keeps the note

    r = store.get(rid)
    assert r.answers["alpha.one.1"] == Answer("alpha.one.1", 3, "changed my mind", False)
    assert r.answers["alpha.one.3"] == Answer("alpha.one.3", None, "", True)
    assert r.answers["alpha.one.4"] == Answer("alpha.one.4", 2, "a note before any answer", False)
    assert r.prompt_answers == {"alpha.one.p1": "Thinking about it ✓"}

    stored = rows(store.db.path, "SELECT item_id, value, not_applicable, note FROM answers "
                                 "WHERE reflection_id = ? ORDER BY item_id", rid)
    assert stored == [
        ("alpha.one.1", 3, 0, "changed my mind"),
        ("alpha.one.2", 5, 0, ""),
        ("alpha.one.3", None, 1, ""),
        ("alpha.one.4", 2, 0, "a note before any answer"),
        ("alpha.two.1", 2, 0, ""),
        ("alpha.two.2", 3, 0, ""),
        ("load.tech.1", 4, 0, ""),
        ("load.tech.2", 4, 0, ""),
        ("load.tech.3", 3, 0, ""),
    ]
    assert rows(store.db.path, "SELECT prompt_id, text FROM prompt_answers") == [
        ("alpha.one.p1", "Thinking about it ✓")]


def test_note_before_answer_is_not_an_answer(store, mini_instrument):
    rid = start(store, mini_instrument).id
    store.save_note(rid, "alpha.one.1", "first thoughts")
    a = store.get(rid).answers["alpha.one.1"]
    assert a == Answer("alpha.one.1", None, "first thoughts", False)
    assert not a.answered


def test_answer_can_switch_between_value_and_not_applicable(store, mini_instrument):
    rid = start(store, mini_instrument).id
    store.save_answer(rid, "alpha.one.1", None, not_applicable=True)
    store.save_answer(rid, "alpha.one.1", 2)
    assert rows(store.db.path, "SELECT value, not_applicable FROM answers") == [(2, 0)]
    store.save_answer(rid, "alpha.one.1", None, not_applicable=True)
    assert rows(store.db.path, "SELECT value, not_applicable FROM answers") == [(None, 1)]


def test_next_steps_replace_and_keep_order(store, mini_instrument):
    rid = start(store, mini_instrument).id
    steps = [NextStep("Ask a colleague", "alpha.one", Owner.ME, date(2025, 4, 1)),
             NextStep("Raise it in the team", None, Owner.TEAM),
             NextStep("Talk to my lead", "load.tech", Owner.LEAD, date(2025, 3, 20))]
    store.save_next_steps(rid, steps)
    got = store.get(rid).next_steps
    assert [(s.text, s.factor_id, s.owner, s.due, s.status, s.position) for s in got] == [
        ("Ask a colleague", "alpha.one", Owner.ME, date(2025, 4, 1), StepStatus.OPEN, 0),
        ("Raise it in the team", None, Owner.TEAM, None, StepStatus.OPEN, 1),
        ("Talk to my lead", "load.tech", Owner.LEAD, date(2025, 3, 20), StepStatus.OPEN, 2),
    ]
    store.save_next_steps(rid, [NextStep("Only this one")])
    assert [s.text for s in store.get(rid).next_steps] == ["Only this one"]
    assert count(store.db.path, "next_steps") == 1


def test_at_most_three_next_steps(store, mini_instrument):
    rid = start(store, mini_instrument).id
    store.save_next_steps(rid, [NextStep("keep")])
    with pytest.raises(ValueError):
        store.save_next_steps(rid, [NextStep(f"step {n}") for n in range(MAX_NEXT_STEPS + 1)])
    assert [s.text for s in store.get(rid).next_steps] == ["keep"]


def test_follow_up_step(store, mini_instrument):
    rid = start(store, mini_instrument).id
    store.save_next_steps(rid, [NextStep("Try pair teaching", due=date(2025, 4, 1))])
    store.finish(rid, mini_instrument)
    step = store.get(rid).next_steps[0]
    assert step.is_open
    assert [s.id for s in store.open_next_steps(store.person_profile())] == [step.id]

    store.follow_up_step(step.id, StepStatus.PARTLY, "Worked on Mondays")
    after = store.get(rid).next_steps[0]
    assert (after.status, after.learned) == (StepStatus.PARTLY, "Worked on Mondays")
    assert rows(store.db.path, "SELECT followed_up_at IS NOT NULL FROM next_steps") == [(1,)]
    assert store.open_next_steps(store.person_profile()) == []
    with pytest.raises(KeyError):
        store.follow_up_step(step.id + 100, StepStatus.DONE)


def test_finish_stores_the_pure_scores(store, mini_instrument):
    rid = start(store, mini_instrument).id
    fill(store, rid)
    r = store.finish(rid, mini_instrument, finished_at=datetime(2025, 3, 14, 10, 0))
    assert r.finished and r.finished_at == datetime(2025, 3, 14, 10, 0)
    assert r.scores == factor_scores(mini_instrument, r.scope, r.answers)
    # ...and by hand: alpha.one 4, 5, N/A, note only -> 4.5 of 2; load.tech 4, 4, 3 -> 3.67.
    assert r.scores["alpha.one"] == FactorScore("alpha.one", 4.5, 2, 4)
    assert r.scores["alpha.two"] == FactorScore("alpha.two", 2.5, 2, 3)
    assert r.scores["load.tech"] == FactorScore("load.tech", 3.67, 3, 4)
    assert sorted(rows(store.db.path, "SELECT factor_id, mean, answered, total FROM factor_scores")) == [
        ("alpha.one", 4.5, 2, 4), ("alpha.two", 2.5, 2, 3), ("load.tech", 3.67, 3, 4)]


def test_too_few_answers_store_no_score_not_zero(store, mini_instrument):
    rid = start(store, mini_instrument, modules=("load",)).id
    store.save_answer(rid, "load.tech.1", 5)
    r = store.finish(rid, mini_instrument)
    assert r.scores == {"load.tech": FactorScore("load.tech", None, 1, 4)}
    assert rows(store.db.path, "SELECT mean FROM factor_scores") == [(None,)]


def test_correcting_a_finished_reflection(store, mini_instrument):
    rid = start(store, mini_instrument).id
    fill(store, rid)
    finished_at = datetime(2025, 3, 14, 10, 0)
    store.finish(rid, mini_instrument, finished_at=finished_at)
    assert store.get(rid).corrected_at is None

    store.save_answer(rid, "alpha.one.2", 1)
    r = store.get(rid)
    assert r.corrected_at is not None
    assert r.finished_at == finished_at
    assert r.scores["alpha.one"].mean == 4.5  # stored scores wait for finish()

    r = store.finish(rid, mini_instrument, finished_at=datetime(2030, 1, 1))
    assert r.finished_at == finished_at  # finishing again keeps the first time
    assert r.scores["alpha.one"] == FactorScore("alpha.one", 2.5, 2, 4)
    assert r.scores == factor_scores(mini_instrument, r.scope, r.answers)


@pytest.mark.parametrize("correct", [
    lambda s, rid: s.save_note(rid, "alpha.one.1", "later thought"),
    lambda s, rid: s.save_prompt_answer(rid, "alpha.one.p1", "more"),
])
def test_other_corrections_set_corrected_at(store, mini_instrument, correct):
    rid = start(store, mini_instrument).id
    store.finish(rid, mini_instrument)
    correct(store, rid)
    assert store.get(rid).corrected_at is not None


def test_unfinished_edits_do_not_set_corrected_at(store, mini_instrument):
    rid = start(store, mini_instrument).id
    fill(store, rid)
    assert store.get(rid).corrected_at is None


def test_unfinished_and_latest_finished(store, mini_instrument):
    pid = store.person_profile()
    assert store.unfinished(pid) is None and store.latest_finished(pid) is None
    older = start(store, mini_instrument, started_at=datetime(2025, 1, 1, 8)).id
    newer = start(store, mini_instrument, started_at=datetime(2025, 2, 1, 8)).id
    assert store.unfinished(pid).id == newer
    assert store.latest_finished(pid) is None

    store.finish(newer, mini_instrument, finished_at=datetime(2025, 2, 1, 9))
    assert store.unfinished(pid).id == older
    assert store.latest_finished(pid).id == newer

    # Finished later (even though started earlier): now the latest finished one.
    store.finish(older, mini_instrument, finished_at=datetime(2025, 2, 2, 9))
    assert store.unfinished(pid) is None
    latest = store.latest_finished(pid)
    assert latest.id == older
    assert [b.id for b in store.finished_briefs(pid)] == [newer, older]
    assert store.count(pid) == 2 and store.count() == 2


def test_latest_finished_is_per_profile(store, mini_instrument):
    rid = start(store, mini_instrument).id
    store.finish(rid, mini_instrument)
    assert store.latest_finished(store.person_profile() + 1) is None


def test_lazy_store_reads_a_reflection_and_the_finished_ones_without_the_orm(store, mini_instrument):
    from hype_desktop.store.lazy_store import LazyReflectionStore

    rid = start(store, mini_instrument).id
    fill(store, rid)
    store.save_next_steps(rid, [NextStep("Try pair teaching", due=date(2025, 4, 1))])
    store.finish(rid, mini_instrument, finished_at=datetime(2025, 3, 14, 10, 0))
    team = store.team_profile("Team A")
    other = store.start(team, ROUND, mini_instrument, ("alpha",), mini_instrument.scope_for_modules(("alpha",))).id
    store.save_answer(other, "alpha.one.1", 1)
    store.save_answer(other, "alpha.one.2", 1)
    store.finish(other, mini_instrument)
    lazy = LazyReflectionStore(store.db.path)
    pid = lazy.person_profile()
    got = lazy.get(rid)
    assert got.answers["alpha.one.3"].not_applicable and got.answers["alpha.one.4"].note == "a note before any answer"
    assert got.prompt_answers == {"alpha.one.p1": "Thinking about it ✓"}
    assert [(s.text, s.due) for s in got.next_steps] == [("Try pair teaching", date(2025, 4, 1))]
    assert got.scores["alpha.one"] == FactorScore("alpha.one", 4.5, 2, 4)
    assert got.finished_at == datetime(2025, 3, 14, 10, 0) and got.round.label == "spring"
    briefs = lazy.finished_briefs(pid)
    assert [b.id for b in briefs] == [rid] and briefs[0].scores == got.scores and briefs[0].answers == {}
    assert [b.id for b in lazy.finished_briefs(team)] == [other]
    assert lazy.finished_briefs(team)[0].scores["alpha.one"].mean == 1.0
    with pytest.raises(KeyError):
        lazy.get(other + 100)
    assert not lazy.loaded  # every read above went through sqlite3 alone


def test_delete_removes_rows_for_real(store, mini_instrument):
    keep = start(store, mini_instrument).id
    fill(store, keep)
    gone = start(store, mini_instrument).id
    fill(store, gone)
    store.save_next_steps(gone, [NextStep("a"), NextStep("b")])
    store.finish(gone, mini_instrument)
    db = store.db.path
    for table in TABLES:
        if table != "next_steps":
            assert count(db, table, gone) > 0, table
    rounds_before = count(db, "rounds")
    gone_round = store.get(gone).round.id

    store.delete(gone)

    for table in TABLES:
        assert count(db, table, gone) == 0, table
    assert rows(db, "SELECT count(*) FROM rounds WHERE id = ?", gone_round) == [(0,)]
    assert count(db, "rounds") == rounds_before - 1
    with pytest.raises(KeyError):
        store.get(gone)
    # The other reflection is untouched.
    assert count(db, "answers", keep) == 9
    assert store.get(keep).prompt_answers == {"alpha.one.p1": "Thinking about it ✓"}
    assert count(db, "profiles") == 1
    store.delete(gone)  # deleting twice is harmless


def test_delete_keeps_a_round_still_used(store, mini_instrument):
    a = start(store, mini_instrument).id
    b = start(store, mini_instrument).id
    db = store.db.path
    shared = store.get(a).round.id
    with closing(sqlite3.connect(db)) as con:
        con.execute("UPDATE reflections SET round_id = ? WHERE id = ?", (shared, b))
        con.commit()
    store.delete(a)
    assert rows(db, "SELECT count(*) FROM rounds WHERE id = ?", shared) == [(1,)]
    store.delete(b)
    assert rows(db, "SELECT count(*) FROM rounds WHERE id = ?", shared) == [(0,)]


@pytest.mark.parametrize("value", [0, 6, -1, 10, 3.5, 4.0, True, "3"])
def test_value_outside_scale_is_refused(store, mini_instrument, value):
    rid = start(store, mini_instrument).id
    with pytest.raises(ValueError):
        store.save_answer(rid, "alpha.one.1", value)
    assert count(store.db.path, "answers") == 0


def test_value_and_not_applicable_together_is_refused(store, mini_instrument):
    rid = start(store, mini_instrument).id
    with pytest.raises(ValueError):
        store.save_answer(rid, "alpha.one.1", 3, not_applicable=True)
    assert count(store.db.path, "answers") == 0


@pytest.mark.parametrize("write", [
    lambda s: s.save_answer(999, "alpha.one.1", 3),
    lambda s: s.save_note(999, "alpha.one.1", "note"),
    lambda s: s.save_prompt_answer(999, "alpha.one.p1", "text"),
])
def test_writing_to_a_missing_reflection_is_a_key_error(store, write):
    with pytest.raises(KeyError):
        write(store)
    assert count(store.db.path, "answers") == 0 and count(store.db.path, "prompt_answers") == 0


def test_scale_ends_are_accepted(store, mini_instrument):
    rid = start(store, mini_instrument).id
    store.save_answer(rid, "alpha.one.1", 1)
    store.save_answer(rid, "alpha.one.2", 5)
    assert rows(store.db.path, "SELECT value FROM answers ORDER BY value") == [(1,), (5,)]


def test_too_long_texts_are_refused(store, mini_instrument):
    rid = start(store, mini_instrument).id
    store.save_note(rid, "alpha.one.1", "n" * MAX_NOTE_CHARS)  # at the limit: fine
    with pytest.raises(ValueError):
        store.save_note(rid, "alpha.one.1", "n" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(ValueError):
        store.save_prompt_answer(rid, "alpha.one.p1", "p" * (MAX_PROMPT_CHARS + 1))
    with pytest.raises(ValueError):
        store.save_next_steps(rid, [NextStep("s" * (MAX_STEP_CHARS + 1))])
    store.save_next_steps(rid, [NextStep("ok")])
    step_id = store.get(rid).next_steps[0].id
    with pytest.raises(ValueError):
        store.follow_up_step(step_id, StepStatus.DONE, "l" * (MAX_STEP_CHARS + 1))
    r = store.get(rid)
    assert r.answers["alpha.one.1"].note == "n" * MAX_NOTE_CHARS
    assert r.prompt_answers == {}
    assert r.next_steps[0].status is StepStatus.OPEN


def test_database_refuses_out_of_range_values_too(store, mini_instrument):
    """The CHECK constraints hold even for a write that bypasses the store's checks."""
    rid = start(store, mini_instrument).id
    with closing(sqlite3.connect(store.db.path)) as con:
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO answers (reflection_id, item_id, value, not_applicable, note, "
                        "answered_at) VALUES (?, 'x', 7, 0, '', '2025-01-01')", (rid,))
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO answers (reflection_id, item_id, value, not_applicable, note, "
                        "answered_at) VALUES (?, 'x', 3, 1, '', '2025-01-01')", (rid,))
