"""What a team's results may disclose: one rule for the summary file, the Team view, the team PDF
and a member's "me vs team" view (they all show a disclosed aggregate or a summary built from one).

With C people in the release and the round's group sizes (scores k ≥ 3, detail k ≥ 5):
- a factor shows its mean (and how many people it counts) only from the score size; its median
  and spread only from the detail size;
- below the detail size in the whole release no statement-level figure appears at all (no
  statement's mean, median, spread, distribution, count, nor an agree/differ list); from it, a
  statement appears only when at least the detail size of people answered it;
- free text only where the detail size answered that factor (aggregate applies it);
- every published figure is rounded to what the app shows (one decimal), so the file holds no
  more than the screen.
At n = 3–4 a mean, a median and a spread together pin down every answer; the mean alone does not.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hype_desktop.domain.aggregate import Stats, TeamAggregate
from hype_desktop.domain.anonymity import Thresholds

DECIMALS = 1  # as the app shows scores (ctx.fmt_score, the PDFs)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def disclosed_factor(s: Stats, t: Thresholds) -> Stats:
    """A factor's figures as they may be shown: n = 0 and nothing else below the score size."""
    if s.mean is None or not t.scores_shown(s.n):
        return Stats(s.id, 0)
    if not t.detail_shown(s.n):
        return Stats(s.id, s.n, _r(s.mean))
    return Stats(s.id, s.n, _r(s.mean), _r(s.median), _r(s.sd))


def disclosed_item(s: Stats, t: Thresholds) -> Stats | None:
    """A statement's figures, or None when it may not appear at all."""
    if s.mean is None or not t.detail_shown(s.n):
        return None
    return Stats(s.id, s.n, _r(s.mean), _r(s.median), _r(s.sd), s.distribution)


def disclose(agg: TeamAggregate) -> TeamAggregate:
    """The aggregate as every output shows it (see the module's rules)."""
    t = agg.thresholds
    factors = {fid: disclosed_factor(s, t) for fid, s in agg.factors.items()}
    items: dict[str, Stats] = {}
    if t.detail_shown(agg.contributors):
        for iid, s in agg.items.items():
            shown = disclosed_item(s, t)
            if shown is not None:
                items[iid] = shown
    return replace(agg, factors=factors, items=items,
                   most_agreed=[i for i in agg.most_agreed if i in items],
                   most_disputed=[i for i in agg.most_disputed if i in items])


def _rounded(value: Any) -> bool:
    return value is None or round(value, DECIMALS) == value


def summary_breach(summary: dict[str, Any], t: Thresholds) -> str | None:
    """Why a summary (as a plain dict) discloses more than the rules allow, or None."""
    contributors = summary.get("contributors", 0)
    for f in summary.get("factors", []):
        n = f.get("n")
        if n is not None and not t.scores_shown(n):
            return f"{f['id']}: a count of fewer than {t.k_scores} people"
        if f.get("mean") is not None and n is None:
            return f"{f['id']}: a mean without its count"
        if any(f.get(k) is not None for k in ("median", "sd", "distribution")) and not t.detail_shown(n or 0):
            return f"{f['id']}: a spread of fewer than {t.k_detail} people"
        if not all(_rounded(f.get(k)) for k in ("mean", "median", "sd")):
            return f"{f['id']}: figures more precise than shown"
    items = summary.get("items", [])
    if (items or summary.get("most_agreed") or summary.get("most_disputed")) and not t.detail_shown(contributors):
        return f"statement figures from fewer than {t.k_detail} people"
    for i in items:
        if not t.detail_shown(i.get("n") or 0):
            return f"{i['id']}: a statement answered by fewer than {t.k_detail} people"
        if not all(_rounded(i.get(k)) for k in ("mean", "median", "sd")):
            return f"{i['id']}: figures more precise than shown"
    shown = {i["id"] for i in items}
    if not shown.issuperset([*summary.get("most_agreed", []), *summary.get("most_disputed", [])]):
        return "an agree/differ list names a statement not shown"
    return None
