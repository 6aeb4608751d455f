"""Factor scores, strain and bands, checked against hand-computed cases."""

from __future__ import annotations

import pytest
from mini_instrument import mini_instrument

from hype_desktop.domain.reflection import Answer, FactorScore
from hype_desktop.domain.scoring import factor_score, factor_scores, strained_factors
from hype_desktop.formats.instrument_build import build_instrument


def ans(item_id: str, value: int | None = None, *, na: bool = False, note: str = "") -> Answer:
    return Answer(item_id, value, note, na)


def answers(*given: Answer) -> dict[str, Answer]:
    return {a.item_id: a for a in given}


# alpha.one: 4 statements, min_answered 2, higher_better.
# load.tech: 4 statements, min_answered 3, higher_strain with threshold 3.5.

def test_mean_of_answered_values(mini_instrument):
    f = mini_instrument.factor("alpha.one")
    score = factor_score(f, answers(ans("alpha.one.1", 1), ans("alpha.one.2", 2),
                                    ans("alpha.one.3", 3), ans("alpha.one.4", 5)))
    assert score == FactorScore("alpha.one", 2.75, 4, 4)


def test_mean_is_rounded_to_two_decimals(mini_instrument):
    f = mini_instrument.factor("alpha.one")
    score = factor_score(f, answers(ans("alpha.one.1", 4), ans("alpha.one.2", 4), ans("alpha.one.3", 5)))
    assert score.mean == 4.33  # 13 / 3
    assert score.answered == 3


def test_not_applicable_and_unanswered_are_left_out(mini_instrument):
    f = mini_instrument.factor("alpha.one")
    # .3 is N/A, .4 has only a note (no value yet): neither counts, neither pulls towards 0.
    score = factor_score(f, answers(ans("alpha.one.1", 4), ans("alpha.one.2", 5),
                                    ans("alpha.one.3", na=True), ans("alpha.one.4", note="later")))
    assert score == FactorScore("alpha.one", 4.5, 2, 4)


def test_answers_of_other_factors_do_not_count(mini_instrument):
    f = mini_instrument.factor("alpha.one")
    score = factor_score(f, answers(ans("alpha.one.1", 2), ans("alpha.one.2", 2),
                                    ans("alpha.two.1", 5), ans("load.tech.1", 5)))
    assert score == FactorScore("alpha.one", 2.0, 2, 4)


def test_too_few_answered_gives_no_score_never_zero(mini_instrument):
    f = mini_instrument.factor("alpha.one")  # needs 2
    one = factor_score(f, answers(ans("alpha.one.1", 5), ans("alpha.one.2", na=True),
                                  ans("alpha.one.3", na=True)))
    assert one.mean is None
    assert one.answered == 1 and one.total == 4
    none = factor_score(f, {})
    assert none.mean is None and none.mean != 0
    assert none.answered == 0


def test_min_answered_is_inclusive(mini_instrument):
    f = mini_instrument.factor("load.tech")  # needs 3 of 4
    two = factor_score(f, answers(ans("load.tech.1", 4), ans("load.tech.2", 4)))
    three = factor_score(f, answers(ans("load.tech.1", 4), ans("load.tech.2", 4), ans("load.tech.3", 1)))
    assert two.mean is None
    assert three.mean == 3.0


def test_factor_scores_covers_scope_only_and_skips_unknown(mini_instrument):
    given = answers(ans("alpha.one.1", 3), ans("alpha.one.2", 4), ans("load.tech.1", 5))
    scores = factor_scores(mini_instrument, ["alpha.one", "load.tech", "gone.factor"], given)
    assert list(scores) == ["alpha.one", "load.tech"]
    assert scores["alpha.one"].mean == 3.5
    assert scores["load.tech"] == FactorScore("load.tech", None, 1, 4)


def _tech(mean: float | None) -> dict[str, FactorScore]:
    return {"load.tech": FactorScore("load.tech", mean, 4, 4)}


@pytest.mark.parametrize("mean, strained", [(3.5, True), (3.49, False), (5.0, True), (1.0, False),
                                            (None, False)])
def test_strain_threshold_is_at_or_over(mini_instrument, mean, strained):
    assert strained_factors(mini_instrument, _tech(mean)) == (["load.tech"] if strained else [])


def test_strained_from_real_answers(mini_instrument):
    given = answers(ans("load.tech.1", 4), ans("load.tech.2", 3), ans("load.tech.3", 4),
                    ans("load.tech.4", 3))
    scores = factor_scores(mini_instrument, ["load.tech"], given)
    assert scores["load.tech"].mean == 3.5
    assert strained_factors(mini_instrument, scores) == ["load.tech"]


def test_strain_respects_direction():
    data = mini_instrument()
    # Not a valid file (the format refuses it), but the rule must not depend on that check.
    data["modules"][0]["factors"][0]["strain_threshold"] = 3.5  # alpha.one: higher_better
    data["modules"][0]["factors"][1]["strain_threshold"] = 3.5  # alpha.two: profile
    inst = build_instrument(data)
    scores = {fid: FactorScore(fid, 5.0, 4, 4) for fid in ("alpha.one", "alpha.two", "load.tech")}
    assert strained_factors(inst, scores) == ["load.tech"]


def test_strain_ignores_unknown_factors(mini_instrument):
    assert strained_factors(mini_instrument, {"gone": FactorScore("gone", 5.0, 3, 3)}) == []


@pytest.mark.parametrize("score, band", [
    (1.0, "low"), (2.4, "low"), (2.44, "low"),
    (2.45, "middle"), (2.5, "middle"), (3.4, "middle"), (3.44, "middle"),
    (3.45, "high"), (3.5, "high"), (5.0, "high"),
])
def test_band_boundaries(mini_instrument, score, band):
    found = mini_instrument.factor("alpha.one").band_for(score)
    assert found is not None
    assert found.label.get("en") == band


def test_every_reachable_mean_has_a_band(mini_instrument):
    factor = mini_instrument.factor("alpha.one")
    for hundredths in range(100, 501):
        assert factor.band_for(hundredths / 100) is not None, hundredths / 100
