"""Factor scores: a pure function of an instrument and the answers given."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hype_desktop.domain.instrument import Direction, Factor, Instrument
from hype_desktop.domain.reflection import Answer, FactorScore


def factor_score(factor: Factor, answers: Mapping[str, Answer], short: bool = False) -> FactorScore:
    """The factor's score from a person's answers (see ``score_of_values`` for the rule)."""
    asked = factor.items_for(short)
    return score_of_values(factor, [answers[item.id].value for item in asked if item.id in answers], short)


def score_of_values(factor: Factor, values: Iterable[int | None], short: bool = False) -> FactorScore:
    """A person's factor score from the values given to the statements the form asked (None:
    not applicable or not answered); see ``factor_means`` for the rule."""
    ((mean, answered),) = factor_means(factor, [values], short)
    return FactorScore(factor.id, mean, answered, len(factor.items_for(short)))


def factor_means(factor: Factor, people: Iterable[Iterable[int | None]],
                 short: bool = False) -> list[tuple[float | None, int]]:
    """The scoring rule, for each person's values (None: not applicable or not answered):
    (the mean of the answered ones rounded to two decimals, how many were answered).

    Fewer answered items than the form's minimum (``factor.min_answered_for``) gives no score
    (mean None), never a zero: a missing answer says nothing about the person. A quick
    check-in counts only the statements it asked. Many people at once (a team of a thousand
    in one call per factor), so the form's minimum is looked up once.
    """
    needed = factor.min_answered_for(short)
    out: list[tuple[float | None, int]] = []
    for values in people:
        answered = [v for v in values if v is not None]
        n = len(answered)
        out.append((round(sum(answered) / n, 2) if n and n >= needed else None, n))
    return out


def factor_scores(instrument: Instrument, scope: Iterable[str],
                  answers: Mapping[str, Answer], short: bool = False) -> dict[str, FactorScore]:
    """Scores of every factor in ``scope`` (factor ids unknown to the instrument are skipped)."""
    return {factor.id: factor_score(factor, answers, short) for factor in instrument.known_factors(scope)}


def strained_factors(instrument: Instrument, scores: Mapping[str, FactorScore]) -> list[str]:
    """Strain factors at or over their threshold: the summary then points to support."""
    out = []
    for fid, score in scores.items():
        if not instrument.has_factor(fid) or score.mean is None:
            continue
        factor = instrument.factor(fid)
        if (factor.direction is Direction.HIGHER_STRAIN and factor.strain_threshold is not None
                and score.mean >= factor.strain_threshold):
            out.append(fid)
    return out
