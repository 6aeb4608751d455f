"""Change over time as pure functions over domain objects: series, marks, comparisons.

Rules the views and reports rely on:
- a reflection that did not cover a factor gives that factor no point at all (it was not asked);
  one that covered it with too few answered items gives a point with ``score`` None (a gap in
  the line, never a zero);
- a reflection sits on the time axis at its round's date, at the time of day it was finished, so
  many reflections on one day keep their order (ties: by id);
- across instrument versions, stored factor scores are kept as they were computed; statements are
  matched by id or by the instrument's ``item_map`` (old id -> new id) and a matched-by-map,
  new or removed statement is reported as such, never silently merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple

from hype_desktop.domain.instrument import Direction, Instrument
from hype_desktop.domain.reflection import NextStep, Phase, Reflection


def occasion_time(reflection: Reflection) -> datetime:
    """Where a reflection sits on the time axis: its round's date at the finishing time of day."""
    stamp = reflection.finished_at or reflection.started_at
    return datetime.combine(reflection.round.date, stamp.time() if stamp else time(12, 0))


def in_time_order(reflections: Iterable[Reflection]) -> list[Reflection]:
    """Finished reflections, oldest first (ties broken by id, so the order is stable)."""
    return sorted((r for r in reflections if r.finished), key=lambda r: (occasion_time(r), r.id))


class SeriesPoint(NamedTuple):
    """A point of a factor's line (a named tuple: thousands are made per view)."""

    reflection_id: int
    when: datetime
    score: float | None  # None: the factor was covered but too few statements were answered
    instrument_version: int


@dataclass(frozen=True)
class FactorSeries:
    factor_id: str
    direction: Direction
    points: tuple[SeriesPoint, ...]

    @property
    def scored(self) -> int:
        return sum(1 for p in self.points if p.score is not None)

    def last_change(self) -> float | None:
        """Latest score minus the one before it (both scored), or None when there are not two."""
        scores = [p.score for p in self.points if p.score is not None]
        return round(scores[-1] - scores[-2], 2) if len(scores) >= 2 else None


def factor_series(instrument: Instrument, reflections: Sequence[Reflection],
                  factor_ids: Iterable[str] | None = None,
                  means: Mapping[int, Mapping[str, float | None]] | None = None,
                  ) -> dict[str, FactorSeries]:
    """Per factor (instrument order, or ``factor_ids`` order), its points over time.

    Uses the stored scores of each reflection, or ``means`` (reflection id -> factor id ->
    mean) when given, so thousands of reflections need no FactorScore objects. Factors
    unknown to ``instrument`` are skipped (their direction cannot be read); a factor nobody
    covered gets an empty series.
    """
    ordered = in_time_order(reflections)
    wanted = list(factor_ids) if factor_ids is not None else [f.id for f in instrument.factors()]
    wanted = [fid for fid in wanted if instrument.has_factor(fid)]
    points: dict[str, list[SeriesPoint]] = {fid: [] for fid in wanted}
    for r in ordered:
        when = occasion_time(r)
        if means is not None:
            got = means.get(r.id, {})
        else:
            got = {fid: s.mean for fid, s in r.scores.items()}
        for fid in r.scope:
            bucket = points.get(fid)
            if bucket is not None:
                bucket.append(SeriesPoint(r.id, when, got.get(fid), r.instrument_version))
    return {fid: FactorSeries(fid, instrument.factor(fid).direction, tuple(points[fid]))
            for fid in wanted}


EPOCH = datetime(1970, 1, 1)


class Occasion(NamedTuple):
    """A finished reflection in brief, as the trend view needs it for thousands of them.

    ``x`` is its place on the time axis (see ``occasion_time``) as days since 1970-01-01, the
    number the chart module plots; ``day``/``phase``/``label`` name its round.
    """

    id: int
    x: float
    day: date
    phase: Phase
    label: str
    instrument_id: str
    instrument_version: int
    short: bool = False  # a quick check-in (fewer statements; the trend view may mark it)

    @property
    def when(self) -> datetime:
        return EPOCH + timedelta(seconds=round(self.x * 86400))


def occasion_of(reflection: Reflection) -> Occasion:
    """A finished reflection in brief (as the store reads thousands of them)."""
    when = occasion_time(reflection)
    return Occasion(reflection.id, (when - EPOCH).total_seconds() / 86400.0, reflection.round.date,
                    reflection.round.phase, reflection.round.label, reflection.instrument_id,
                    reflection.instrument_version)


class Mark(NamedTuple):
    """A workshop round (or an instrument version change) on the time axis (a named tuple:
    thousands of rounds are marked in a long history)."""

    when: datetime
    phase: Phase | None  # None for an instrument version change
    label: str = ""
    reflections: int = 1  # reflections of the same round on that day
    instrument_version: int | None = None


def occasion_marks(occasions: Sequence[Occasion]) -> tuple[list[Mark], list[Mark]]:
    """The marks on the time axis of occasions already in time order: workshop rounds (not own
    check-ins), one per day and phase, at midnight of their day; and each change of content
    version, at the first reflection made with it (not the very first)."""
    first: dict[tuple[date, Phase], Occasion] = {}
    counts: dict[tuple[date, Phase], int] = {}
    versions: list[Mark] = []
    last: tuple[str, int] | None = None
    check_in = Phase.CHECK_IN
    for o in occasions:
        if o.phase is not check_in:
            key = (o.day, o.phase)
            if key in counts:
                counts[key] += 1
            else:
                first[key], counts[key] = o, 1
        version = (o.instrument_id, o.instrument_version)
        if last is not None and version != last:
            versions.append(Mark(o.when, None, instrument_version=o.instrument_version))
        last = version
    midnight = time(0, 0)
    rounds = [Mark(datetime.combine(o.day, midnight), o.phase, o.label, counts[key])
              for key, o in first.items()]
    return rounds, versions


def previous_of(reflections: Sequence[Reflection], current_id: int) -> Reflection | None:
    """The finished reflection just before ``current_id`` in time (the default comparison)."""
    ordered = in_time_order(reflections)
    for i, r in enumerate(ordered):
        if r.id == current_id:
            return ordered[i - 1] if i > 0 else None
    return None


def profile_values(factor_ids: Sequence[str], reflection: Reflection | None) -> list[float | None]:
    """Scores of ``factor_ids`` in ``reflection``; None where it has no score or no reflection."""
    if reflection is None:
        return [None] * len(factor_ids)
    return [s.mean if (s := reflection.scores.get(fid)) else None for fid in factor_ids]


class FactorChange(NamedTuple):
    factor_id: str
    now: float
    before: float

    @property
    def delta(self) -> float:
        return self.now - self.before


def largest_changes(factor_ids: Sequence[str], latest: Reflection, earlier: Reflection | None,
                    *, at_least: float = 0.25, most: int = 4) -> list[FactorChange]:
    """The factors whose score moved most between ``earlier`` and ``latest`` (largest first, ties
    in ``factor_ids`` order): at most ``most`` of them, each by at least ``at_least`` points.

    Home shows these as the latest result at a glance; a move smaller than a quarter point is
    within what answering on a different day gives, so it is not called a change.
    """
    if earlier is None:
        return []
    now, before = profile_values(factor_ids, latest), profile_values(factor_ids, earlier)
    moved = [FactorChange(fid, n, b) for fid, n, b in zip(factor_ids, now, before, strict=True)
             if n is not None and b is not None and abs(n - b) >= at_least - 1e-9]
    order = {fid: i for i, fid in enumerate(factor_ids)}
    moved.sort(key=lambda c: (-abs(c.delta), order[c.factor_id]))
    return moved[:most]


class ItemMatch(StrEnum):
    SAME = "same"          # the same statement id in both
    MAPPED = "mapped"      # the earlier statement was changed; matched by the instrument's map
    NEW = "new"            # not asked in the earlier reflection's version
    REMOVED = "removed"    # asked earlier, no longer a statement of this instrument


@dataclass(frozen=True)
class ItemChange:
    item_id: str                 # the current id (the earlier id for REMOVED)
    earlier_item_id: str | None  # the id the earlier answer was given to
    factor_id: str | None        # None for a removed statement
    direction: Direction | None
    before: int | None
    after: int | None
    before_na: bool
    after_na: bool
    match: ItemMatch

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def item_changes(instrument: Instrument, earlier: Reflection, later: Reflection) -> list[ItemChange]:
    """Statement by statement, what moved from ``earlier`` to ``later``; biggest moves first.

    Only factors ``later`` covered are compared. Rows with no number to compare (N/A, new,
    removed, unanswered) follow the moved ones, in instrument order.
    """
    reverse_map: dict[str, str] = {}
    for old, new in instrument.item_map.items():
        reverse_map.setdefault(new, old)
    used_earlier: set[str] = set()
    rows: list[ItemChange] = []
    for factor in instrument.known_factors(later.scope):
        fid = factor.id
        for item in factor.items:
            after = later.answers.get(item.id)
            if item.id in earlier.answers:
                match, old_id = ItemMatch.SAME, item.id
            elif item.id in reverse_map and reverse_map[item.id] in earlier.answers:
                match, old_id = ItemMatch.MAPPED, reverse_map[item.id]
            elif fid in earlier.scope:
                match, old_id = (ItemMatch.NEW if earlier.instrument_version != later.instrument_version
                                 else ItemMatch.SAME), None
            else:
                continue  # the earlier reflection did not cover this factor
            before = earlier.answers.get(old_id) if old_id else None
            if old_id:
                used_earlier.add(old_id)
            if after is None and before is None:
                continue
            rows.append(ItemChange(
                item.id, old_id, fid, factor.direction,
                before.value if before else None, after.value if after else None,
                bool(before and before.not_applicable), bool(after and after.not_applicable), match))
    for old_id, answer in earlier.answers.items():
        if old_id in used_earlier or instrument.factor_of_item(old_id) is not None:
            continue
        mapped_to = instrument.item_map.get(old_id)
        if mapped_to is not None and instrument.factor_of_item(mapped_to) not in later.scope:
            continue  # its successor's factor was not covered this time: nothing to compare
        rows.append(ItemChange(old_id, old_id, None, None, answer.value, None,
                               answer.not_applicable, False, ItemMatch.REMOVED))
    moved = [r for r in rows if r.delta is not None]
    rest = [r for r in rows if r.delta is None]
    moved.sort(key=lambda r: -abs(r.delta or 0))  # stable: instrument order among equal moves
    return moved + rest


def steps_by_factor(steps: Iterable[NextStep]) -> dict[str | None, list[NextStep]]:
    """Next steps grouped by the factor they were linked to (None: not linked)."""
    out: dict[str | None, list[NextStep]] = {}
    for step in steps:
        out.setdefault(step.factor_id, []).append(step)
    return out


def covered_factors(instrument: Instrument, reflections: Sequence[Reflection]) -> list[str]:
    """Factor ids any of the reflections covered, in instrument order."""
    covered = {fid for r in reflections for fid in r.scope}
    return [f.id for f in instrument.factors() if f.id in covered]
