"""Linking a finished workshop reflection (a team profile's) to a collated round afterwards:
the store method, what it refuses, round rows never shared by mistake, and the team PDF /
`collate --with-workshop` finding the workshop once linked (and no longer once unlinked)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from team_helpers import sealed_samples

from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.store.team import TeamStore
from hype_desktop.store.workshop import linked_workshops

UID_A, UID_B = "a" * 32, "b" * 32
TITLE = "What the team agreed together in the workshop"


def _rounds(store):
    team = TeamStore(store.db)
    team.ensure_round(Round(Phase.KICKOFF, date(2025, 9, 1), "Autumn", "T-A", UID_A), "mini", 1, Thresholds())
    team.ensure_round(Round(Phase.CLOSING, date(2026, 5, 1), "Spring", "T-B", UID_B), "mini", 1, Thresholds())


def _workshop(store, instrument, name="Blue", phase=Phase.TEAM_WORKSHOP, finish=True):
    pid = store.team_profile(name)
    modules = ("alpha",)
    r = store.start(pid, Round(phase, date(2025, 10, 2), label=name), instrument, modules,
                    instrument.scope_for_modules(modules), started_at=datetime(2025, 10, 2, 9))
    store.save_answer(r.id, "alpha.one.1", 4)
    store.save_note(r.id, "alpha.one.1", "We agreed")
    if finish:
        store.finish(r.id, instrument, finished_at=datetime(2025, 10, 2, 11))
    return store.get(r.id)


def _round_rows(store):
    with closing(sqlite3.connect(store.db.path)) as con:
        return con.execute("SELECT id, phase, label, date, team_code, round_uid FROM rounds ORDER BY id").fetchall()


def test_link_relink_and_unlink_keep_date_label_and_answers(store, mini_instrument):
    _rounds(store)
    before = _workshop(store, mini_instrument)
    assert linked_workshops(store.db, UID_A) == []
    linked = store.link_round(before.id, UID_A)
    r = linked.round
    assert (r.team_code, r.round_uid, r.phase) == ("T-A", UID_A, Phase.KICKOFF)  # the round's phase
    assert (r.date, r.label) == (date(2025, 10, 2), "Blue")  # its own
    assert linked.answers == before.answers and linked.scores == before.scores
    assert linked.finished_at == before.finished_at and linked.corrected_at is None
    assert linked_workshops(store.db, UID_A) == [(before.id, "Blue")]

    relinked = store.link_round(before.id, UID_B)
    assert (relinked.round.team_code, relinked.round.round_uid, relinked.round.phase) == ("T-B", UID_B, Phase.CLOSING)
    assert linked_workshops(store.db, UID_A) == [] and linked_workshops(store.db, UID_B) == [(before.id, "Blue")]

    unlinked = store.link_round(before.id, None)
    assert (unlinked.round.team_code, unlinked.round.round_uid) == ("", "")
    assert unlinked.round.phase == Phase.CLOSING  # unlinking keeps the phase it has
    assert (unlinked.round.date, unlinked.round.label) == (date(2025, 10, 2), "Blue")
    assert linked_workshops(store.db, UID_B) == []
    # each change left one round row, the reflection's own: none orphaned
    assert _round_rows(store) == [(unlinked.round.id, "closing", "Blue", "2025-10-02", "", "")]
    assert store.link_round(before.id, "").round.id == unlinked.round.id  # nothing to change


def test_a_round_row_shared_with_another_reflection_is_not_edited(store, mini_instrument):
    _rounds(store)
    first, second = _workshop(store, mini_instrument), _workshop(store, mini_instrument, name="Green")
    with closing(sqlite3.connect(store.db.path)) as con, con:  # share one row, as an import might
        con.execute("UPDATE reflections SET round_id = ? WHERE id = ?", (first.round.id, second.id))
    shared = store.get(second.id).round
    store.link_round(first.id, UID_A)
    assert store.get(second.id).round == shared  # untouched
    assert store.get(first.id).round.round_uid == UID_A and store.get(first.id).round.id != shared.id
    assert linked_workshops(store.db, UID_A) == [(first.id, "Blue")]


def test_what_cannot_be_linked(store, mini_instrument):
    _rounds(store)
    pid = store.person_profile()
    own = store.start(pid, Round(Phase.CHECK_IN, date(2025, 3, 1)), mini_instrument, ("alpha",),
                      mini_instrument.scope_for_modules(("alpha",)))
    store.finish(own.id, mini_instrument)
    with pytest.raises(ValueError, match="team"):
        store.link_round(own.id, UID_A)  # a person's own reflection: never
    with pytest.raises(ValueError, match="team"):
        store.link_round(own.id, None)
    unfinished = _workshop(store, mini_instrument, finish=False)
    with pytest.raises(ValueError, match="finished"):
        store.link_round(unfinished.id, UID_A)
    done = _workshop(store, mini_instrument, name="Green")
    with pytest.raises(ValueError, match="collated round"):
        store.link_round(done.id, "c" * 32)
    with pytest.raises(KeyError):
        store.link_round(10_000, UID_A)
    assert store.get(own.id).round.round_uid == "" and store.get(done.id).round.round_uid == ""
    assert linked_workshops(store.db, UID_A) == []


def test_linked_afterwards_the_collate_cli_puts_it_into_the_team_pdf(store, data_dir, tmp_path, capsys):
    """End to end: members' files collated and saved, a workshop run before that (not linked),
    linked afterwards -> `collate --with-workshop` finds it; unlinked -> it does not."""
    from hype_desktop.cli import main as cli
    from hype_desktop.collation.workshop_result import linked_workshop_result
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    inst = load_builtin_instrument()
    pid = store.team_profile("Blue team")
    modules = tuple(m.id for m in inst.modules if m.default_selected and not m.sensitive)
    r = store.start(pid, Round(Phase.TEAM_WORKSHOP, date.today(), label="Blue team"), inst, modules,
                    inst.scope_for_modules(modules))
    first = inst.known_factors(r.scope)[0].items[0].id
    store.save_answer(r.id, first, 4)
    store.save_note(r.id, first, "Linked later & <b>kept</b>")
    store.finish(r.id, inst)

    folder = tmp_path / "in"
    sealed_samples(cli, 5, folder, seed=2)
    pdf = tmp_path / "team.pdf"
    args = ["collate", str(folder), "--out", str(pdf), "--lang", "en", "--data-dir", str(data_dir)]
    assert cli(args + ["--save"]) == 0
    (saved,) = TeamStore(store.db).rounds()
    uid = saved.round.round_uid
    assert linked_workshop_result(store.db, inst, uid) is None

    store.link_round(r.id, uid)
    result = linked_workshop_result(store.db, inst, uid)
    assert result is not None and result.reflection_id == r.id and result.team_name == "Blue team"
    assert result.phase == saved.round.phase.value
    capsys.readouterr()
    assert cli(args + ["--with-workshop"]) == 0
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "agreed together in the workshop" in capsys.readouterr().out
    assert TITLE in text and "Linked later & <b>kept</b>" in text

    store.link_round(r.id, None)
    assert linked_workshop_result(store.db, inst, uid) is None
    assert cli(args + ["--with-workshop"]) == 0
    assert "No finished workshop reflection" in capsys.readouterr().out
