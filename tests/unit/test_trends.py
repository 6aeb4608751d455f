"""Trend series, marks and item comparisons: hand-computed cases over domain objects."""

from __future__ import annotations

from datetime import date, datetime

from hype_desktop.domain import trends
from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import Answer, NextStep, Phase, Reflection, Round
from hype_desktop.domain.scoring import factor_scores
from hype_desktop.domain.trends import ItemMatch


def refl(rid, day, instrument, answers, *, phase=Phase.CHECK_IN, scope=("alpha.one", "alpha.two"),
         at="14:00", version=None, finished=True):
    ans = {}
    for item_id, v in answers.items():
        ans[item_id] = Answer(item_id, None, not_applicable=True) if v == "na" else Answer(item_id, v)
    hh, mm = map(int, at.split(":"))
    r = Reflection(id=rid, round=Round(phase, day), instrument_id=instrument.id,
                   instrument_version=version or instrument.version, modules=("alpha",),
                   scope=tuple(scope), started_at=datetime(2020, 1, 1, hh, mm),
                   finished_at=datetime(2020, 1, 1, hh, mm) if finished else None, answers=ans)
    r.scores = factor_scores(instrument, r.scope, r.answers)
    return r


def test_series_uses_stored_scores_na_left_out_and_too_few_is_none(mini_instrument):
    # alpha.one: 4 items, min 2 answered. (4+2)/2 = 3.0 with two N/A; one answer only -> None
    r1 = refl(1, date(2025, 1, 10), mini_instrument,
              {"alpha.one.1": 4, "alpha.one.2": 2, "alpha.one.3": "na", "alpha.one.4": "na"})
    r2 = refl(2, date(2025, 2, 10), mini_instrument, {"alpha.one.1": 5, "alpha.one.2": "na"})
    r3 = refl(3, date(2025, 3, 10), mini_instrument,
              {"alpha.one.1": 5, "alpha.one.2": 4, "alpha.one.3": 4, "alpha.one.4": 2})
    s = trends.factor_series(mini_instrument, [r3, r1, r2])["alpha.one"]
    assert [p.reflection_id for p in s.points] == [1, 2, 3]
    assert [p.score for p in s.points] == [3.0, None, 3.75]
    assert s.scored == 2
    assert s.last_change() == 0.75  # 3.75 - 3.0, skipping the gap
    assert s.direction is Direction.HIGHER_BETTER


def test_factor_not_covered_gives_no_point_and_unknown_factor_is_skipped(mini_instrument):
    r1 = refl(1, date(2025, 1, 10), mini_instrument, {"load.tech.1": 4, "load.tech.2": 4,
                                                      "load.tech.3": 3},
              scope=("alpha.one", "load.tech"))
    r2 = refl(2, date(2025, 2, 10), mini_instrument, {"alpha.one.1": 2, "alpha.one.2": 3})
    series = trends.factor_series(mini_instrument, [r1, r2], ["load.tech", "gone.factor", "alpha.two"])
    assert list(series) == ["load.tech", "alpha.two"]
    assert [p.score for p in series["load.tech"].points] == [3.67]  # only r1 covered it
    assert series["load.tech"].direction is Direction.HIGHER_STRAIN
    assert [p.score for p in series["alpha.two"].points] == [None]  # only r2 covered it, unanswered
    assert series["load.tech"].last_change() is None


def test_many_reflections_on_one_day_keep_their_order(mini_instrument):
    day = date(2025, 4, 2)
    rs = [refl(10, day, mini_instrument, {"alpha.one.1": 1, "alpha.one.2": 1}, at="15:30"),
          refl(11, day, mini_instrument, {"alpha.one.1": 3, "alpha.one.2": 3}, at="09:05"),
          refl(12, day, mini_instrument, {"alpha.one.1": 5, "alpha.one.2": 5}, at="09:05")]
    pts = trends.factor_series(mini_instrument, rs)["alpha.one"].points
    assert [(p.reflection_id, p.score) for p in pts] == [(11, 3.0), (12, 5.0), (10, 1.0)]
    assert pts[0].when == datetime(2025, 4, 2, 9, 5)
    assert trends.previous_of(rs, 10).id == 12
    assert trends.previous_of(rs, 11) is None


def test_unfinished_reflections_are_not_in_trends(mini_instrument):
    r1 = refl(1, date(2025, 1, 1), mini_instrument, {"alpha.one.1": 3, "alpha.one.2": 3})
    r2 = refl(2, date(2025, 1, 2), mini_instrument, {"alpha.one.1": 5}, finished=False)
    assert [p.reflection_id for p in trends.factor_series(mini_instrument, [r1, r2])["alpha.one"].points] == [1]


def test_round_marks_one_per_day_and_phase_without_check_ins(mini_instrument):
    d = date(2025, 5, 5)
    rs = [refl(1, d, mini_instrument, {}, phase=Phase.TEAM_WORKSHOP, at="09:00"),
          refl(2, d, mini_instrument, {}, phase=Phase.TEAM_WORKSHOP, at="10:00"),
          refl(3, d, mini_instrument, {}, phase=Phase.CHECK_IN, at="11:00"),
          refl(4, date(2025, 1, 1), mini_instrument, {}, phase=Phase.KICKOFF)]
    marks, _versions = trends.occasion_marks([trends.occasion_of(r) for r in trends.in_time_order(rs)])
    assert [(m.when, m.phase, m.reflections) for m in marks] == [
        (datetime(2025, 1, 1), Phase.KICKOFF, 1), (datetime(2025, 5, 5), Phase.TEAM_WORKSHOP, 2)]


def test_version_change_is_marked_once(mini_instrument):
    rs = [refl(1, date(2025, 1, 1), mini_instrument, {}, version=1),
          refl(2, date(2025, 2, 1), mini_instrument, {}, version=2),
          refl(3, date(2025, 3, 1), mini_instrument, {}, version=2)]
    _rounds, marks = trends.occasion_marks([trends.occasion_of(r) for r in trends.in_time_order(rs)])
    assert [(m.when.date(), m.instrument_version) for m in marks] == [(date(2025, 2, 1), 2)]


def test_item_changes_biggest_moves_first_with_na_and_unanswered(mini_instrument):
    a = refl(1, date(2025, 1, 1), mini_instrument,
             {"alpha.one.1": 2, "alpha.one.2": 4, "alpha.one.3": "na", "alpha.two.1": 3})
    b = refl(2, date(2025, 2, 1), mini_instrument,
             {"alpha.one.1": 5, "alpha.one.2": 3, "alpha.one.3": 4, "alpha.one.4": 2,
              "alpha.two.1": 3})
    rows = trends.item_changes(mini_instrument, a, b)
    assert [(r.item_id, r.delta) for r in rows] == [
        ("alpha.one.1", 3), ("alpha.one.2", -1), ("alpha.two.1", 0),
        ("alpha.one.3", None), ("alpha.one.4", None)]
    na = rows[3]
    assert na.before_na and na.before is None and na.after == 4 and na.match is ItemMatch.SAME
    assert rows[4].before is None and not rows[4].before_na  # not answered earlier
    assert rows[2].direction is Direction.PROFILE


def test_item_changes_across_versions_mapped_new_and_removed(mini_instrument):
    from dataclasses import replace
    # Version 2: "alpha.one.9" (old, changed wording) became alpha.one.1; "alpha.one.8" was removed.
    v2 = replace(mini_instrument, version=2, item_map={"alpha.one.9": "alpha.one.1"})
    old = refl(1, date(2025, 1, 1), mini_instrument,
               {"alpha.one.9": 2, "alpha.one.8": 5, "alpha.one.2": 3}, version=1)
    new = refl(2, date(2025, 2, 1), v2,
               {"alpha.one.1": 4, "alpha.one.2": 3, "alpha.one.3": 1}, version=2)
    rows = {r.item_id: r for r in trends.item_changes(v2, old, new)}
    assert rows["alpha.one.1"].match is ItemMatch.MAPPED
    assert rows["alpha.one.1"].earlier_item_id == "alpha.one.9"
    assert rows["alpha.one.1"].delta == 2
    assert rows["alpha.one.2"].match is ItemMatch.SAME and rows["alpha.one.2"].delta == 0
    assert rows["alpha.one.3"].match is ItemMatch.NEW and rows["alpha.one.3"].delta is None
    assert rows["alpha.one.8"].match is ItemMatch.REMOVED and rows["alpha.one.8"].before == 5
    assert rows["alpha.one.8"].factor_id is None


def test_item_changes_skip_factors_the_earlier_did_not_cover(mini_instrument):
    a = refl(1, date(2025, 1, 1), mini_instrument, {"alpha.one.1": 2}, scope=("alpha.one",))
    b = refl(2, date(2025, 2, 1), mini_instrument, {"alpha.one.1": 3, "alpha.two.1": 4})
    assert [r.item_id for r in trends.item_changes(mini_instrument, a, b)] == ["alpha.one.1"]


def test_profile_values_and_covered_factors(mini_instrument):
    r = refl(1, date(2025, 1, 1), mini_instrument, {"alpha.one.1": 4, "alpha.one.2": 5})
    assert trends.profile_values(["alpha.one", "alpha.two", "load.tech"], r) == [4.5, None, None]
    assert trends.profile_values(["alpha.one"], None) == [None]
    assert trends.covered_factors(mini_instrument, [r]) == ["alpha.one", "alpha.two"]


def test_steps_by_factor():
    s1, s2, s3 = NextStep("a", "f1"), NextStep("b", None), NextStep("c", "f1")
    assert trends.steps_by_factor([s1, s2, s3]) == {"f1": [s1, s3], None: [s2]}


def test_domain_trends_imports_no_qt_or_sqlalchemy():
    import subprocess
    import sys
    code = ("import sys, hype_desktop.domain.trends; "
            "bad=[m for m in ('PySide6','sqlalchemy','pydantic','matplotlib') if m in sys.modules]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_largest_changes_biggest_first_small_moves_and_gaps_left_out():
    from hype_desktop.domain.reflection import FactorScore
    def scored(rid, means):
        r = Reflection(id=rid, round=Round(Phase.CHECK_IN, date(2025, 1, rid)), instrument_id="x",
                       instrument_version="1", modules=("m",), scope=tuple(means),
                       started_at=datetime(2025, 1, rid), finished_at=datetime(2025, 1, rid))
        r.scores = {fid: FactorScore(fid, m, 4, 4) for fid, m in means.items()}
        return r
    ids = ["a", "b", "c", "d", "e", "f", "g"]
    before = scored(1, {"a": 3.0, "b": 3.0, "c": 3.0, "d": 2.0, "e": None, "f": 4.0, "g": 1.0})
    after = scored(2, {"a": 3.2, "b": 2.5, "c": 3.5, "d": 3.0, "e": 4.0, "f": 3.0, "g": 1.25})
    changes = trends.largest_changes(ids, after, before, most=3)
    # d and f moved a whole point (d first: the order of ids breaks the tie), then b or c by a half
    assert [c.factor_id for c in changes] == ["d", "f", "b"]
    assert [c.delta for c in changes] == [1.0, -1.0, -0.5]
    assert [c.factor_id for c in trends.largest_changes(ids, after, before)] == ["d", "f", "b", "c"]
    # 0.2 (a) is not a change; exactly a quarter point (g) is; no score then (e) is no change
    assert "a" not in {c.factor_id for c in trends.largest_changes(ids, after, before, most=9)}
    assert {c.factor_id for c in trends.largest_changes(ids, after, before, most=9)} == {"b", "c", "d", "f", "g"}
    assert trends.largest_changes(ids, after, None) == []
