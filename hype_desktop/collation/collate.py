"""One collation, start to finish: files -> validated submissions -> aggregate -> team summary.

The Team view (in a worker) and `hype-desktop collate` both call ``collate_round``, so they
share one code path. Nothing is written to the database unless ``save`` is set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hype_desktop.collation.intake import CollationRun, collate_paths
from hype_desktop.domain.aggregate import FactorChange, Stats, TeamAggregate, aggregate, round_change
from hype_desktop.domain.anonymity import Thresholds, comparison_reveals, strictest
from hype_desktop.domain.instrument import Instrument
from hype_desktop.formats.team_exchange import build_team_file, round_from_info


@dataclass
class CollationOutcome:
    run: CollationRun
    aggregate: TeamAggregate | None = None
    summary: dict[str, Any] | None = None
    comparison_warning: bool = False
    change: list[FactorChange] = field(default_factory=list)
    saved: bool = False

    @property
    def ok(self) -> bool:
        return self.summary is not None


def _stats(summary: dict[str, Any]) -> dict[str, Stats]:
    return {a["id"]: Stats(a["id"], a["n"], a.get("mean"), a.get("median"), a.get("sd"))
            for a in summary.get("factors", [])}


def collate_round(paths: Iterable[Path | str], instrument: Instrument, thresholds: Thresholds,
                  round_id: str | None = None, team_store=None, save: bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  round_thresholds: Mapping[str, Thresholds] | None = None) -> CollationOutcome:
    """Collate ``paths``. With a ``team_store`` earlier submissions of the round count too and
    re-exports replace them; ``save`` stores the submissions and the summary.

    The group sizes used are the strictest of ``thresholds`` (app floors, a trainer's preset,
    the command line), ``round_thresholds[round id]`` (the round's invitation) and the sizes the
    round was first collated with in ``team_store``: the larger always wins."""
    earlier = team_store.earlier if team_store is not None else None
    run = collate_paths(paths, instrument.id, round_id, earlier=earlier, progress=progress)
    out = CollationOutcome(run)
    if run.round is None:
        return out
    subs = list(run.submissions)
    rid = run.round.id
    thresholds = strictest(thresholds, (round_thresholds or {}).get(rid),
                           team_store.round_thresholds(rid) if team_store is not None else None)
    previous = prev_round = None
    if team_store is not None:
        fresh = {s.pseudonym for s in subs}
        subs += [s for s in team_store.submissions(rid) if s.pseudonym not in fresh]
    if not subs:
        return out
    if team_store is not None:
        previous = team_store.last_collation(rid)
        prev_round = team_store.previous_round(run.team_code, date.fromisoformat(run.round.date), rid)
    agg = aggregate(instrument, subs, thresholds)
    out.aggregate = agg
    if previous is not None:
        out.comparison_warning = comparison_reveals(previous.members, agg.members, thresholds)
    prev_info = None
    if prev_round is not None:
        out.change = round_change(_stats(prev_round.summary), agg.factors)
        prev_info = prev_round.summary.get("round")
    out.summary = build_team_file(run.instrument or {"id": instrument.id, "version": instrument.version},
                                  run.team_code, run.round.as_dict(), agg, out.change,
                                  prev_info if out.change else None)
    if save and team_store is not None:
        team_store.ensure_round(round_from_info(run.round, run.team_code), instrument.id, instrument.version,
                                thresholds)
        team_store.save_submissions(rid, list(run.submissions))
        team_store.save_collation(rid, out.summary, agg.members)
        out.saved = True
    return out
