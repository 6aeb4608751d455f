"""The trend view's fast reads agree with the pure domain functions (hand-made reflections)."""

from __future__ import annotations

import math
from datetime import date

from hype_desktop.domain import trends
from hype_desktop.domain.reflection import Answer, Phase, Reflection, Round
from hype_desktop.store.history import HistoryReader


def _reflections(inst):
    from datetime import datetime

    def r(day, at, phase, answers, scope=("alpha.one", "alpha.two")):
        ans = {i: (Answer(i, None, not_applicable=True) if v == "na" else Answer(i, v))
               for i, v in answers.items()}
        return Reflection(id=None, round=Round(phase, day), instrument_id=inst.id,
                          instrument_version=inst.version, modules=("alpha",), scope=scope,
                          started_at=datetime.combine(day, at), finished_at=datetime.combine(day, at),
                          answers=ans)
    from datetime import time
    return [
        # alpha.one: 2 of 4 needed. 3.0; then a single answer (too few: no score); then 3.75
        r(date(2025, 1, 10), time(14, 0), Phase.KICKOFF,
          {"alpha.one.1": 4, "alpha.one.2": 2, "alpha.one.3": "na"}),
        r(date(2025, 2, 10), time(9, 30), Phase.CHECK_IN, {"alpha.one.1": 5}),
        r(date(2025, 2, 10), time(8, 0), Phase.TEAM_WORKSHOP,  # same day, earlier: comes first
          {"alpha.one.1": 5, "alpha.one.2": 4, "alpha.one.3": 4, "alpha.one.4": 2,
           "load.tech.1": 5, "load.tech.2": 4, "load.tech.3": 4},
          scope=("alpha.one", "load.tech")),
    ]


def test_occasions_and_arrays_match_the_domain_series(store, mini_instrument):
    profile = store.person_profile()
    made = _reflections(mini_instrument)
    store.add_complete(profile, made, mini_instrument)
    reader = HistoryReader(store.db)
    occ, arrays, _steps = reader.trend_data(profile)
    full = store.finished_briefs(profile)
    ordered = trends.in_time_order(full)
    assert [o.id for o in occ] == [r.id for r in ordered]
    assert [o.when for o in occ] == [trends.occasion_time(r) for r in ordered]
    assert [o.phase for o in occ] == [Phase.KICKOFF, Phase.TEAM_WORKSHOP, Phase.CHECK_IN]

    assert set(arrays) == {"alpha.one", "alpha.two", "load.tech"}  # covered ones only
    expected = trends.factor_series(mini_instrument, full)
    for fid, series in expected.items():
        positions, means = arrays[fid]
        assert positions.tolist() == sorted(positions.tolist())
        got = {occ[p].id: m for p, m in zip(positions.tolist(), means.tolist())}
        assert set(got) == {p.reflection_id for p in series.points}  # not covered: no point
        for p in series.points:
            if p.score is None:  # too few answers: missing (NaN), never zero
                assert math.isnan(got[p.reflection_id])
            else:
                assert got[p.reflection_id] == p.score
    positions, means = arrays["alpha.one"]
    assert math.isnan(means[positions.tolist().index(2)])

    assert occ == [trends.occasion_of(r) for r in ordered]  # the store's briefs and the domain's agree


def test_reads_leave_out_unfinished_and_other_profiles(store, mini_instrument):
    profile = store.person_profile()
    store.add_complete(profile, _reflections(mini_instrument)[:1], mini_instrument)
    open_one = store.start(profile, Round(Phase.CHECK_IN, date(2025, 5, 1)), mini_instrument,
                           ("alpha",), ("alpha.one",))
    reader = HistoryReader(store.db)
    occ, arrays, _steps = reader.trend_data(profile)
    assert [o.id for o in occ] != [open_one.id]
    assert len(occ) == 1 and set(arrays) == {"alpha.one", "alpha.two"}
    assert reader.trend_data(profile + 1000) == ([], {}, {})


def test_trend_data_places_linked_next_steps_on_their_reflections(store, mini_instrument):
    from dataclasses import replace

    from hype_desktop.domain.reflection import NextStep
    profile = store.person_profile()
    made = _reflections(mini_instrument)
    made[0] = replace(made[0], next_steps=[NextStep("talk", factor_id="alpha.two"),
                                           NextStep("rest", factor_id=None)])
    made[1] = replace(made[1], next_steps=[NextStep("ask", factor_id="alpha.one"),
                                           NextStep("ask again", factor_id="alpha.one")])
    store.add_complete(profile, made, mini_instrument)
    # a team's reflection with a step on a factor: the person's read leaves it out
    team = store.team_profile("Tiimi")
    theirs = replace(_reflections(mini_instrument)[0], next_steps=[NextStep("team", factor_id="load.tech")])
    store.add_complete(team, [theirs], mini_instrument)
    occ, _series, steps = HistoryReader(store.db).trend_data(profile)
    where = {fid: [occ[p].day for p in pos] for fid, pos in steps.items()}
    # made[1] (a check-in on 10.2.) comes after the workshop of the same day: position 2
    assert {fid: pos.tolist() for fid, pos in steps.items()} == {"alpha.two": [0], "alpha.one": [2]}
    assert where == {"alpha.two": [date(2025, 1, 10)], "alpha.one": [date(2025, 2, 10)]}
    _occ, _series, team_steps = HistoryReader(store.db).trend_data(team)
    assert {fid: pos.tolist() for fid, pos in team_steps.items()} == {"load.tech": [0]}


def test_a_damaged_pack_falls_back_to_the_score_rows(store, mini_instrument):
    import sqlite3
    from contextlib import closing
    profile = store.person_profile()
    store.add_complete(profile, _reflections(mini_instrument), mini_instrument)
    reader = HistoryReader(store.db)
    occ, good, _ = reader.trend_data(profile)
    with closing(sqlite3.connect(store.db.path)) as con, con:
        con.execute("UPDATE reflections SET score_means = X'0102' WHERE id = ?", (occ[0].id,))
        con.execute("UPDATE reflections SET score_means = 'text' WHERE id = ?", (occ[2].id,))
        # no pack at all (its ids emptied), its score rows still there
        con.execute("UPDATE reflections SET score_ids = '' WHERE id = ?", (occ[1].id,))
    _, got, _ = reader.trend_data(profile)
    assert set(got) == set(good)
    for fid, (pos, means) in good.items():
        assert got[fid][0].tolist() == pos.tolist()
        assert np_equal(got[fid][1], means)


def np_equal(a, b) -> bool:
    return len(a) == len(b) and all((x == y) or (math.isnan(x) and math.isnan(y))
                                    for x, y in zip(a.tolist(), b.tolist()))
