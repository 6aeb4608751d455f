"""Building team files from domain objects, and domain objects from validated team files.

Collation comes through here on its way from shares to a summary, so pydantic (team_formats)
is loaded only where a model is needed: checking an invitation as it is built, and reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hype_desktop import __version__
from hype_desktop.domain.aggregate import FactorChange, Stats, TeamAggregate
from hype_desktop.domain.anonymity import Thresholds, pseudonym
from hype_desktop.domain.instrument import Instrument
from hype_desktop.formats.team_rules import (
    FORMAT_VERSION,
    MAX_SHARE_CONTENT_BYTES,
    ROUND_FORMAT,
    SHARE_FORMAT,
    TEAM_FORMAT,
    threshold_breach,
    with_checksum,
)

if TYPE_CHECKING:  # the collation path (shares in, summary out) needs no reflections, no pydantic
    from pydantic import BaseModel

    from hype_desktop.domain.reflection import Phase, Reflection, Round
    from hype_desktop.formats.sealing import RoundSecret
    from hype_desktop.formats.share_reading import SharedRound
    from hype_desktop.formats.team_formats import RoundFile, RoundInfo, TeamFile


def round_info(round_: Round) -> dict[str, Any]:
    return {"id": round_.round_uid, "phase": round_.phase.value, "label": round_.label,
            "date": round_.date.isoformat()}


def round_from_info(info: RoundInfo | SharedRound, team_code: str) -> Round:
    from hype_desktop.domain.reflection import Phase, Round

    return Round(phase=Phase(info.phase), date=date.fromisoformat(info.date), label=info.label,
                 team_code=team_code, round_uid=info.id)


# --- invitations -------------------------------------------------------------------------------
def build_round_file(instrument: Instrument, team_code: str, phase: Phase, label: str, day: date,
                     modules: Iterable[str], secret: RoundSecret, lead_name: str = "",
                     thresholds: Thresholds | None = None, team_size: int | None = None) -> dict[str, Any]:
    """A validated ``.hype-round`` invitation as a dict, carrying the round's public keys and
    signed with its secret key; the round id is the keys' hash (raises ValueError on bad input)."""
    t = thresholds or Thresholds()
    known = {m.id for m in instrument.modules}
    modules = list(dict.fromkeys(modules))
    unknown = [m for m in modules if m not in known]
    if unknown:
        raise ValueError(f"unknown modules: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    keys = secret.public
    data = {
        "format": ROUND_FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "instrument": {"id": instrument.id, "version": instrument.version}, "team_code": team_code,
        "round": {"id": keys.round_id, "phase": phase.value, "label": label, "date": day.isoformat()},
        "modules": modules, "lead_name": lead_name,
        "min_group": {"scores": t.k_scores, "detail": t.k_detail},
        "team_size": team_size, "keys": keys.as_dict(),
    }
    data = secret.sign(data)
    from hype_desktop.formats.team_formats import RoundFile
    _validated(RoundFile, data)
    return data


def _validated(model: type[BaseModel], data: dict[str, Any]) -> None:
    from pydantic import ValidationError

    from hype_desktop.formats.validation import describe_errors
    try:
        model.model_validate(data)
    except ValidationError as exc:
        raise ValueError(describe_errors(exc)) from None


# --- shares ------------------------------------------------------------------------------------
@dataclass
class ShareChoice:
    """What a member ticked in the preview. Free text only when ticked; none by default."""

    modules: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)  # item ids
    prompts: set[str] = field(default_factory=set)  # prompt ids
    steps: set[int] = field(default_factory=set)  # positions in reflection.next_steps

    @classmethod
    def default(cls, instrument: Instrument, reflection: Reflection) -> ShareChoice:
        """Every module of the reflection except sensitive ones (the load check); no free text."""
        mods = {m for m in reflection.modules if not _sensitive(instrument, m)}
        return cls(modules=mods)


def _sensitive(instrument: Instrument, module_id: str) -> bool:
    try:
        return instrument.module(module_id).sensitive
    except KeyError:
        return False


def shareable(reflection: Reflection) -> bool:
    return reflection.finished and bool(reflection.round.round_uid) and bool(reflection.round.team_code)


def share_content(instrument: Instrument, reflection: Reflection, choice: ShareChoice) -> dict[str, Any]:
    """The answers and texts a share holds: only what ``choice`` ticks (the preview shows this)."""
    if not reflection.finished:
        raise ValueError("only a finished reflection can be shared")
    modules = [m for m in reflection.modules if m in choice.modules]
    if not modules:
        raise ValueError("choose at least one module to share")
    in_scope = {f for f in reflection.scope if instrument.has_factor(f)
                and instrument.module_of_factor(f) in modules}
    answers: dict[str, Any] = {}
    notes, prompts, steps = [], [], []
    for iid, a in reflection.answers.items():
        if instrument.factor_of_item(iid) not in in_scope or not a.answered:
            continue
        answers[iid] = "na" if a.not_applicable else a.value
        if iid in choice.notes and a.note.strip():
            notes.append({"item": iid, "text": a.note.strip()})
    prompt_factor = {p.id: f.id for f in instrument.factors() for p in f.prompts}
    for pid, text in reflection.prompt_answers.items():
        if pid in choice.prompts and text.strip() and prompt_factor.get(pid) in in_scope:
            prompts.append({"prompt": pid, "text": text.strip()})
    for pos, step in enumerate(reflection.next_steps):
        if pos in choice.steps and step.text.strip():
            steps.append({"text": step.text.strip(), "factor": step.factor_id, "owner": step.owner.value})
    return {"modules": modules, "answers": answers, "notes": notes, "prompt_answers": prompts,
            "next_steps": steps}


def build_share(instrument: Instrument, reflection: Reflection, secret: str, choice: ShareChoice,
                invitation: RoundFile, completed_at: datetime | None = None,
                sample: bool = False) -> dict[str, Any]:
    """What the seal of a ``.hype`` file holds for ``reflection``: only what ``choice`` ticks,
    for the round of ``invitation`` (its key, team and occasion; a reflection kept from a round
    whose key was lost can be shared to a new round). Seal it with ``seal_share``."""
    when = completed_at or reflection.corrected_at or reflection.finished_at
    if when is None:
        raise ValueError("only a finished reflection can be shared")
    data = {
        "format": SHARE_FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "instrument": {"id": reflection.instrument_id, "version": reflection.instrument_version},
        "team_code": invitation.team_code, "round": invitation.round.model_dump(),
        "respondent": pseudonym(secret, invitation.keys.seal),
        "completed_at": when.replace(microsecond=0).isoformat(timespec="seconds"),
        "content": share_content(instrument, reflection, choice),
        "sample": sample,
    }
    return with_checksum(data)


def seal_share(content: dict[str, Any], invitation: RoundFile, path: Path | str = "share.hype") -> dict[str, Any]:
    """The ``.hype`` file: the round id outside, everything of ``content`` sealed to the round's key.

    A share the collator's app would refuse is not made: FieldProblems (a text too long, too many
    answers, each at its place) or FileProblem (too big), naming ``path``, the file to be written."""
    import json

    from hype_desktop.formats.errors import FileProblem, would_not_be_read
    from hype_desktop.formats.sealing import seal
    from hype_desktop.formats.team_formats import ShareFile
    would_not_be_read(path, ShareFile, content)
    payload = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(payload) > MAX_SHARE_CONTENT_BYTES:
        raise FileProblem(path, "file.would_be_too_big", size=len(payload) // 1024,
                          limit=MAX_SHARE_CONTENT_BYTES // 1024)
    return {"format": SHARE_FORMAT, "format_version": FORMAT_VERSION, "round": invitation.round.id,
            "sealed": seal(payload, invitation.keys.seal)}


# --- team summaries ----------------------------------------------------------------------------
def _stats_json(s: Stats) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id}
    if s.mean is not None:
        out.update(n=s.n, mean=s.mean)
    for name in ("median", "sd"):
        if getattr(s, name) is not None:
            out[name] = getattr(s, name)
    if s.distribution is not None:
        out["distribution"] = list(s.distribution)
    return out


def build_team_file(instrument_ref: dict[str, Any], team_code: str, round_: dict[str, Any],
                    agg: TeamAggregate, secret: RoundSecret, change: list[FactorChange] | None = None,
                    previous_round: dict[str, Any] | None = None, sample: bool = False) -> dict[str, Any]:
    """The ``.hype-team`` summary of a disclosed aggregate (domain.disclosure), signed with the
    round's key so members' apps can tell it from a made-up one."""
    def groups(g: dict[str | None, list[str]]) -> list[dict[str, Any]]:
        return [{"factor": fid, "texts": texts} for fid, texts in g.items()]
    data = {
        "format": TEAM_FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "instrument": dict(instrument_ref), "team_code": team_code, "round": dict(round_),
        "contributors": agg.contributors,
        "min_group": {"scores": agg.thresholds.k_scores, "detail": agg.thresholds.k_detail},
        "factors": [_stats_json(s) for s in agg.factors.values()],
        "items": [_stats_json(s) for s in agg.items.values()],
        "most_agreed": agg.most_agreed, "most_disputed": agg.most_disputed,
        "change": [{"factor": c.factor_id, "before": c.before, "after": c.after} for c in change or []],
        "previous_round": previous_round,
        "free_text": groups(agg.free_text), "next_steps": groups(agg.next_steps),
        "sample": sample,
    }
    # What disclosure allows is the one rule a bug here must never get past (the strict model
    # checks it again when the summary is read; the tests read back every summary they build).
    breach = threshold_breach(data)
    if breach:
        raise ValueError(breach)
    return secret.sign(data)


def stats_from_team(model: TeamFile) -> dict[str, Stats]:
    return {a.id: Stats(a.id, a.n or 0, a.mean, a.median, a.sd,
                        tuple(a.distribution) if a.distribution else None) for a in model.factors}
