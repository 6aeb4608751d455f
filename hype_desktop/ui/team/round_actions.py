"""The one place the team views call round creation, sharing and collation.

Views build a RoundSpec or pick a reflection; this module turns that into files and database
rows through the collation and formats services, so the views never depend on how a round,
a share or a summary is written (sealed or not).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.reflection import Phase, Reflection, Round
from hype_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from hype_desktop.formats.team_exchange import ShareChoice
    from hype_desktop.formats.team_formats import RoundFile

# A finished reflection may stand in for a round's when it was finished this close to the round's
# date: two weeks before (a check-in done before the invitation came) to four weeks after.
REUSE_BEFORE, REUSE_AFTER = timedelta(days=14), timedelta(days=28)
_META_KEY = "team.round_meta."  # + round id: what the lead planned (deadline, team size)


@dataclass(frozen=True)
class RoundSpec:
    """What a lead fills in for a new round."""

    team_name: str
    team_code: str
    phase: Phase
    label: str
    day: date
    modules: tuple[str, ...]
    sizes: Thresholds
    theme: str | None = None  # a factor of the theme module the team chose, if any
    deadline: date | None = None
    members: int | None = None


@dataclass(frozen=True)
class CreatedRound:
    path: Path
    round: Round
    spec: RoundSpec
    fingerprint: str | None = None  # read out at the kick-off when rounds are sealed


def safe_name(text: str) -> str:
    """A file name part without path separators or characters Windows refuses."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return cleaned[:80] or "HyPe"


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem (2)`` and so on when that name is taken."""
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem} ({n}){suffix}"
        n += 1
    return path


def create_round(ctx: AppContext, spec: RoundSpec, target: Path) -> CreatedRound:
    """Make the round (its key pair stays in this data folder: whoever creates a round collates
    it), write its signed invitation to ``target`` and note what the lead planned. Raises
    ValueError for input the format refuses and OSError when the file cannot be written."""
    inst = ctx.instrument
    floor = app_group_sizes(ctx)
    sizes = Thresholds.of(max(spec.sizes.k_scores, floor.k_scores), max(spec.sizes.k_detail, floor.k_detail))
    made = ctx.services.team_rounds().create(inst, spec.team_code, spec.phase, spec.label, spec.day, spec.modules,
                                             members=spec.members, group_sizes=sizes, lead_name=spec.team_name)
    path = made.write(target)
    round_ = Round(phase=spec.phase, date=spec.day, label=spec.label, team_code=spec.team_code,
                   round_uid=made.round_id)
    meta = {"team_name": spec.team_name, "members": spec.members, "theme": spec.theme,
            "deadline": spec.deadline.isoformat() if spec.deadline else None,
            "modules": list(spec.modules)}
    ctx.settings.set(_META_KEY + round_.round_uid, json.dumps(meta))
    return CreatedRound(Path(path), round_, replace(spec, sizes=sizes), made.fingerprint)


def app_group_sizes(ctx: AppContext) -> Thresholds:
    """The app's minimum group sizes here: 3 and 5, or a trainer's preset's larger ones."""
    from hype_desktop.domain.preset import Preset, group_sizes
    return group_sizes(ctx.preset if isinstance(ctx.preset, Preset) else None)


def round_meta(ctx: AppContext, round_uid: str) -> dict[str, Any]:
    """What the lead planned for a round made here (team name, team size, deadline), or {}."""
    raw = ctx.settings.get(_META_KEY + round_uid)
    try:
        meta = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return meta if isinstance(meta, dict) else {}


# --- members -----------------------------------------------------------------------------------
def reusable_reflections(ctx: AppContext, invited: Round, modules: tuple[str, ...]) -> list[Reflection]:
    """One's finished reflections that may be used for the invited round: finished within the
    round's dates and covering every module it asks (a quick check-in counts when it does);
    newest first. Reflections of another team round are left out: they belong to that round."""
    start, end = invited.date - REUSE_BEFORE, invited.date + REUSE_AFTER
    out = []
    for r in ctx.store.finished_briefs(ctx.profile_id):
        when = (r.finished_at or r.started_at).date()
        if not start <= when <= end:
            continue
        if r.round.round_uid and r.round.round_uid != invited.round_uid:
            continue
        if not set(modules) <= set(r.modules):
            continue
        out.append(r)
    return sorted(out, key=lambda r: r.finished_at or r.started_at, reverse=True)


def use_for_round(ctx: AppContext, reflection_id: int, invited: Round) -> Reflection:
    """The finished reflection now belongs to the invited round (its team, id and occasion)."""
    joined: Reflection = ctx.store.join_round(reflection_id, invited)
    return joined


def share_file_name(reflection: Reflection, stem: str) -> str:
    """The default share file name: ``stem`` (translated "HyPe share") team code and date."""
    r = reflection.round
    return safe_name(f"{stem} {r.team_code} {r.date.isoformat()}")


def sealed_share(ctx: AppContext, reflection: Reflection, choice: ShareChoice,
                 invitation: RoundFile, path: Path | str = "share.hype") -> dict[str, Any]:
    """The share file's content as it is written to ``path``: only what ``choice`` ticks, sealed
    to the round of ``invitation`` (FileProblem when the collator's app would refuse it)."""
    from hype_desktop.formats.team_exchange import build_share, seal_share
    from hype_desktop.store.team import member_secret
    return seal_share(build_share(ctx.instrument, reflection, member_secret(ctx.settings), choice, invitation),
                      invitation, path)


# --- the lead's rounds -------------------------------------------------------------------------
@dataclass(frozen=True)
class RoundStatus:
    """Where a round made or collated here stands."""

    round: Round
    sizes: Thresholds
    shares: int  # people whose share is kept for the round
    members: int | None  # the team size the lead gave, if any
    deadline: date | None
    released: str | None  # ISO date the summary or team PDF last left this computer
    workshop: bool  # a team workshop is linked to the round

    @property
    def scores_reached(self) -> bool:
        return self.sizes.scores_shown(self.shares)

    @property
    def detail_reached(self) -> bool:
        return self.sizes.detail_shown(self.shares)


def round_statuses(ctx: AppContext) -> list[RoundStatus]:
    """Every round of this data folder, by team and date."""
    team_rounds = ctx.services.team_rounds()
    out = []
    for tr in ctx.services.team().rounds():
        meta = round_meta(ctx, tr.round.round_uid)
        try:
            deadline = date.fromisoformat(meta["deadline"]) if meta.get("deadline") else None
        except (TypeError, ValueError):
            deadline = None
        members = meta.get("members")
        out.append(RoundStatus(tr.round, tr.thresholds, tr.submissions,
                               members if isinstance(members, int) else None, deadline,
                               meta.get("released") if isinstance(meta.get("released"), str) else None,
                               team_rounds.has_linked_workshop(tr.round.round_uid)))
    return sorted(out, key=lambda s: (s.round.team_code.lower(), s.round.date))


def mark_released(ctx: AppContext, round_uid: str) -> None:
    """Note that the round's summary or team PDF was saved for the team today."""
    meta = round_meta(ctx, round_uid)
    meta["released"] = date.today().isoformat()
    ctx.settings.set(_META_KEY + round_uid, json.dumps(meta))
