"""What a chart shows, in words: the accessible description a screen reader reads with it.

A chart is a picture; the table beside it holds the same figures, but a screen reader user
meeting the chart should hear at once what it says ("Boundaries and recovery: 3.4 now, 2.8
last time"), not only that it is a chart (WCAG 1.1.1). Every view that draws a chart sets
its description with these sentences, one per row, line or area, so the words follow the
same figures as the picture. Figures come formatted by the caller (its decimal comma).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication


def _fill(text: str, *values: str) -> str:
    """``text`` (translated) with %1, %2, … replaced in one pass (a value's own "%2" stays)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def sentences(parts: Iterable[str]) -> str:
    """One description from its parts: each part a sentence, read in order."""
    return " ".join(p.rstrip(".") + "." for p in parts if p)


def now_and_before(label: str, now: str, before: str | None, *, chosen: bool = False) -> str:
    """A score now and, where there is one, last time's (or a ``chosen`` earlier one's)."""
    if before is None:
        return _fill(QCoreApplication.translate("ChartWords", "%1: %2"), label, now)
    if chosen:
        return _fill(QCoreApplication.translate("ChartWords", "%1: %2 now, %3 earlier"), label, now, before)
    return _fill(QCoreApplication.translate("ChartWords", "%1: %2 now, %3 last time"), label, now, before)


def over_time(label: str, scores: Sequence[str]) -> str:
    """One line of a chart over time: where it starts and ends and over how many reflections."""
    if not scores:
        return _fill(QCoreApplication.translate("ChartWords", "%1: no score yet"), label)
    if len(scores) == 1:
        return _fill(QCoreApplication.translate("ChartWords", "%1: %2, one reflection"), label, scores[0])
    return _fill(QCoreApplication.translate("ChartWords", "%1: from %2 to %3 over %4 reflections"),
                 label, scores[0], scores[-1], str(len(scores)))


def middle_and_spread(label: str, mean: str | None, spread: str | None, hidden: str) -> str:
    """A team's area: its mean and spread, or why they are not shown (too few people)."""
    if mean is None:
        return _fill(QCoreApplication.translate("ChartWords", "%1: %2"), label, hidden)
    if spread is None:
        return _fill(QCoreApplication.translate("ChartWords", "%1: mean %2"), label, mean)
    return _fill(QCoreApplication.translate("ChartWords", "%1: mean %2, spread %3"), label, mean, spread)


def answers(statement: str, counts: Sequence[int], values: Sequence[str]) -> str:
    """How many people gave each answer to a statement (answers nobody gave are left out)."""
    given = [_fill(QCoreApplication.translate("ChartWords", "%1 × %2"), str(n), value)
             for n, value in zip(counts, values, strict=False) if n]
    if not given:
        return _fill(QCoreApplication.translate("ChartWords", "%1: no answers"), statement)
    return _fill(QCoreApplication.translate("ChartWords", "%1: %2"), statement, ", ".join(given))
