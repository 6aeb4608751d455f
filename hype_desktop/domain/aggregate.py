"""Team aggregates from members' shares: pure functions, thresholds applied on the way out.

Nothing returned here can hold one person's answer where the anonymity rules forbid it:
hidden statistics are None, hidden free text is never put in the result.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from hype_desktop.domain import limits
from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.instrument import Factor, Instrument
from hype_desktop.domain.scoring import factor_means

TOP_ITEMS = 3
# A team summary holds at most this many texts per factor (a random choice of them when more
# were shared): a summary the members' apps can still read, a list the workshop can still use.
MAX_TEXTS_PER_GROUP = limits.TEXTS_PER_GROUP_MAX


@dataclass(frozen=True)
class Submission:
    """One member's share of a round, as the app uses it (never shown one by one)."""

    pseudonym: str
    round_id: str
    completed_at: datetime
    checksum: str
    modules: tuple[str, ...]
    answers: Mapping[str, int | None]  # item id -> 1..5, or None for "not applicable"
    notes: tuple[tuple[str, str], ...] = ()  # (item id, text)
    prompt_answers: tuple[tuple[str, str], ...] = ()  # (prompt id, text)
    next_steps: tuple[tuple[str, str | None, str], ...] = ()  # (text, factor id, owner)


@dataclass(frozen=True)
class Stats:
    id: str
    n: int
    mean: float | None = None
    median: float | None = None
    sd: float | None = None
    distribution: tuple[int, ...] | None = None  # counts of 1..5


@dataclass
class TeamAggregate:
    contributors: int
    thresholds: Thresholds
    factors: dict[str, Stats]
    items: dict[str, Stats]
    most_agreed: list[str]
    most_disputed: list[str]
    free_text: dict[str | None, list[str]] = field(default_factory=dict)
    next_steps: dict[str | None, list[str]] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)  # pseudonym -> checksum (for the warning)

    @property
    def anything_shown(self) -> bool:
        return any(s.mean is not None for s in self.factors.values())


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def stats(ident: str, values: Sequence[float], thresholds: Thresholds, points: bool = False) -> Stats:
    n = len(values)
    if not thresholds.scores_shown(n):
        return Stats(ident, n)
    dist = None
    if points and thresholds.detail_shown(n):
        dist = tuple(values.count(p) for p in range(1, 6))
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / n)
    return Stats(ident, n, round(mean, 2), round(_median(values), 2), round(sd, 2), dist)


def _values(instrument: Instrument, subs: list[Submission]) -> tuple[dict[str, list[int]], dict[str, list[float]]]:
    """Per item the answered values (N/A out), per factor each person's factor score (by
    ``scoring.factor_means``; too few answers give none), in the submissions' order.

    Items are keyed in the order the walk first meets an answered value; factors in the order
    they first come up in someone's scope. A person's scope is the modules, and in
    choose-factors modules the factors they answered anything of (N/A counts); it is worked
    out once per kind of share. Each factor is scored for everyone in one call.
    """
    item_factor = {i.id: f.id for f in instrument.factors() for i in f.items}
    scopes: dict[tuple[tuple[str, ...], frozenset[str]], frozenset[str]] = {}
    factors: dict[str, Factor] = {}  # in the order they first come up in a scope
    item_values: dict[str, list[int]] = {}
    sub_scopes: list[frozenset[str]] = []
    for sub in subs:
        present: dict[str, None] = {}
        for iid, value in sub.answers.items():
            fid = item_factor.get(iid)
            if fid is None:
                continue
            present[fid] = None
            if value is not None:
                got = item_values.get(iid)
                if got is None:
                    item_values[iid] = [value]
                else:
                    got.append(value)
        key = (sub.modules, frozenset(present))
        scope = scopes.get(key)
        if scope is None:
            known = instrument.known_factors(instrument.scope_for_modules(sub.modules, tuple(present)))
            scope = scopes[key] = frozenset(f.id for f in known)
            for factor in known:
                factors.setdefault(factor.id, factor)
        sub_scopes.append(scope)
    factor_values: dict[str, list[float]] = {}
    for fid, factor in factors.items():
        ids = [i.id for i in factor.items]
        people = [map(sub.answers.get, ids) for sub, scope in zip(subs, sub_scopes) if fid in scope]
        factor_values[fid] = [mean for mean, _n in factor_means(factor, people) if mean is not None]
    return item_values, factor_values


def aggregate(instrument: Instrument, submissions: Iterable[Submission], thresholds: Thresholds,
              rng: random.Random | None = None) -> TeamAggregate:
    """Per factor and item: n, and mean/median/spread/distribution as the thresholds allow."""
    subs = list(submissions)
    rng = rng or random.SystemRandom()
    item_values, factor_values = _values(instrument, subs)
    factors = {fid: stats(fid, vals, thresholds) for fid, vals in factor_values.items()}
    items = {iid: stats(iid, vals, thresholds, points=True) for iid, vals in item_values.items()}
    ranked = sorted((s for s in items.values() if s.sd is not None), key=lambda s: (s.sd, s.id))
    top = min(TOP_ITEMS, len(ranked) // 2)
    agreed = [s.id for s in ranked[:top]]
    disputed = [s.id for s in reversed(ranked[len(ranked) - top:])] if top else []
    return TeamAggregate(
        contributors=len(subs), thresholds=thresholds, factors=factors, items=items,
        most_agreed=agreed, most_disputed=disputed,
        free_text=_texts(instrument, subs, factors, thresholds, rng),
        next_steps=_steps(instrument, subs, factors, thresholds, rng),
        members={s.pseudonym: s.checksum for s in subs})


def _prompt_factor(instrument: Instrument) -> dict[str, str]:
    return {p.id: f.id for f in instrument.factors() for p in f.prompts}


def _group_shown(fid: str | None, factors: Mapping[str, Stats], contributors: int,
                 thresholds: Thresholds) -> bool:
    if fid is None or fid not in factors:
        return thresholds.detail_shown(contributors)
    return thresholds.detail_shown(factors[fid].n)


def _texts(instrument: Instrument, subs: list[Submission], factors: Mapping[str, Stats],
           thresholds: Thresholds, rng: random.Random) -> dict[str | None, list[str]]:
    prompt_factor = _prompt_factor(instrument)
    groups: dict[str | None, list[str]] = {}
    for sub in subs:
        # one person's identical texts in one area count once: a repeated text then stands for people
        mine = dict.fromkeys([(instrument.factor_of_item(iid), text) for iid, text in sub.notes]
                             + [(prompt_factor.get(pid), text) for pid, text in sub.prompt_answers])
        for fid, text in mine:
            groups.setdefault(fid, []).append(text)
    return _shown_shuffled(groups, factors, len(subs), thresholds, rng)


def _steps(instrument: Instrument, subs: list[Submission], factors: Mapping[str, Stats],
           thresholds: Thresholds, rng: random.Random) -> dict[str | None, list[str]]:
    groups: dict[str | None, list[str]] = {}
    for sub in subs:
        mine = dict.fromkeys((fid if fid is not None and instrument.has_factor(fid) else None, text)
                             for text, fid, _owner in sub.next_steps)
        for key, text in mine:
            groups.setdefault(key, []).append(text)
    return _shown_shuffled(groups, factors, len(subs), thresholds, rng)


def _shown_shuffled(groups: dict[str | None, list[str]], factors: Mapping[str, Stats], contributors: int,
                    thresholds: Thresholds, rng: random.Random) -> dict[str | None, list[str]]:
    out = {}
    for fid, texts in groups.items():
        if texts and _group_shown(fid, factors, contributors, thresholds):
            texts = list(texts)
            rng.shuffle(texts)
            out[fid] = texts[:MAX_TEXTS_PER_GROUP]
    return out


@dataclass(frozen=True)
class FactorChange:
    factor_id: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return round(self.after - self.before, 2)


def round_change(before: Mapping[str, Stats], after: Mapping[str, Stats]) -> list[FactorChange]:
    """Change of factor means between two rounds of a team, where both rounds show a mean."""
    out = []
    for fid, now in after.items():
        then = before.get(fid)
        if then is not None and then.mean is not None and now.mean is not None:
            out.append(FactorChange(fid, then.mean, now.mean))
    return out


@dataclass(frozen=True)
class OwnPosition:
    """Where a member's own factor score sits in the team's (shown only on their machine)."""

    factor_id: str
    own: float
    team_mean: float
    team_sd: float | None

    @property
    def relation(self) -> str:
        """'above', 'near' or 'below' the team mean (near = within half a spread, at least 0.25)."""
        margin = max(0.25, (self.team_sd or 0) / 2)
        if self.own > self.team_mean + margin:
            return "above"
        if self.own < self.team_mean - margin:
            return "below"
        return "near"


def own_positions(own_scores: Mapping[str, float | None], team: Mapping[str, Stats]) -> list[OwnPosition]:
    return [OwnPosition(fid, own, mean, team[fid].sd)
            for fid, own in own_scores.items()
            if own is not None and fid in team and (mean := team[fid].mean) is not None]
