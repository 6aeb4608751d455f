"""Team data in the store: rounds, collated submissions kept apart from one's own reflections,
saved collations, and the member's own pseudonym secret.

Submissions are only ever read back to be aggregated; nothing here hands one person's
answers to a view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select

from hype_desktop.domain.aggregate import Submission
from hype_desktop.domain.anonymity import Thresholds, new_secret
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.store.engine import Database
from hype_desktop.store.models import TeamCollationRow, TeamRoundRow, TeamSubmissionRow
from hype_desktop.store.settings import Settings

SECRET_KEY = "team.pseudonym_secret"


def member_secret(settings: Settings) -> str:
    """This member's secret for pseudonyms, created once and kept only in their own database."""
    secret = settings.get(SECRET_KEY)
    if not secret:
        secret = new_secret()
        settings.set(SECRET_KEY, secret)
    return secret


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def submission_to_json(sub: Submission) -> str:
    return json.dumps({
        "pseudonym": sub.pseudonym, "round_id": sub.round_id,
        "completed_at": sub.completed_at.isoformat(timespec="seconds"), "checksum": sub.checksum,
        "modules": list(sub.modules), "answers": dict(sub.answers),
        "notes": [list(n) for n in sub.notes], "prompt_answers": [list(p) for p in sub.prompt_answers],
        "next_steps": [list(s) for s in sub.next_steps]}, ensure_ascii=False)


def submission_from_json(text: str) -> Submission:
    d = json.loads(text)
    return Submission(
        pseudonym=d["pseudonym"], round_id=d["round_id"],
        completed_at=datetime.fromisoformat(d["completed_at"]), checksum=d["checksum"],
        modules=tuple(d["modules"]), answers=dict(d["answers"]),
        notes=tuple((a, b) for a, b in d["notes"]),
        prompt_answers=tuple((a, b) for a, b in d["prompt_answers"]),
        next_steps=tuple((a, b, c) for a, b, c in d["next_steps"]))


@dataclass(frozen=True)
class TeamRound:
    round: Round
    instrument_id: str
    instrument_version: int
    thresholds: Thresholds
    submissions: int
    collations: int


@dataclass(frozen=True)
class SavedCollation:
    round_uid: str
    saved_at: datetime
    contributors: int
    summary: dict[str, Any]
    members: dict[str, str]


class TeamStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_round(self, round_: Round, instrument_id: str, instrument_version: int,
                     thresholds: Thresholds) -> None:
        """Keep the round, or raise the group sizes it is kept with to ``thresholds``."""
        with self.db.writing() as s:
            row = s.get(TeamRoundRow, round_.round_uid)
            if row is not None:  # the sizes a round was collated with only ever grow
                row.k_scores = max(row.k_scores, thresholds.k_scores)
                row.k_detail = max(row.k_detail, thresholds.k_detail)
            else:
                s.add(TeamRoundRow(round_uid=round_.round_uid, team_code=round_.team_code,
                                   phase=round_.phase.value, label=round_.label[:200], date=round_.date,
                                   instrument_id=instrument_id, instrument_version=instrument_version,
                                   k_scores=thresholds.k_scores, k_detail=thresholds.k_detail,
                                   created_at=_now()))

    def rounds(self, team_code: str | None = None) -> list[TeamRound]:
        with self.db.reading() as s:
            q = select(TeamRoundRow).order_by(TeamRoundRow.date, TeamRoundRow.created_at)
            if team_code is not None:
                q = q.where(TeamRoundRow.team_code == team_code)
            rows = list(s.scalars(q))
            subs = dict(s.execute(select(TeamSubmissionRow.round_uid, func.count())
                                  .group_by(TeamSubmissionRow.round_uid)).all())
            cols = dict(s.execute(select(TeamCollationRow.round_uid, func.count())
                                  .group_by(TeamCollationRow.round_uid)).all())
            return [TeamRound(
                Round(phase=Phase(r.phase), date=r.date, label=r.label, team_code=r.team_code,
                      round_uid=r.round_uid),
                r.instrument_id, r.instrument_version, Thresholds.of(r.k_scores, r.k_detail),
                subs.get(r.round_uid, 0), cols.get(r.round_uid, 0)) for r in rows]

    def round_thresholds(self, round_uid: str) -> Thresholds | None:
        """The group sizes the round was first collated with here (None for an unknown round)."""
        with self.db.reading() as s:
            row = s.get(TeamRoundRow, round_uid)
            return None if row is None else Thresholds.of(row.k_scores, row.k_detail)

    def earlier(self, round_uid: str) -> dict[str, tuple[str, str]]:
        """pseudonym -> (checksum, completed_at) of the submissions stored for the round."""
        with self.db.reading() as s:
            return {p: (c, t) for p, c, t in s.execute(
                select(TeamSubmissionRow.pseudonym, TeamSubmissionRow.checksum, TeamSubmissionRow.completed_at)
                .where(TeamSubmissionRow.round_uid == round_uid))}

    def save_submissions(self, round_uid: str, subs: list[Submission]) -> None:
        """Insert, or replace a person's earlier submission (a re-export), in one transaction."""
        with self.db.writing() as s:
            for sub in subs:
                s.execute(delete(TeamSubmissionRow).where(TeamSubmissionRow.round_uid == round_uid,
                                                          TeamSubmissionRow.pseudonym == sub.pseudonym))
                s.add(TeamSubmissionRow(round_uid=round_uid, pseudonym=sub.pseudonym, checksum=sub.checksum,
                                        completed_at=sub.completed_at.isoformat(timespec="seconds"),
                                        content=submission_to_json(sub), imported_at=_now()))

    def submissions(self, round_uid: str) -> list[Submission]:
        """For aggregation only."""
        with self.db.reading() as s:
            return [submission_from_json(t) for t in s.scalars(
                select(TeamSubmissionRow.content).where(TeamSubmissionRow.round_uid == round_uid))]

    def delete_submissions(self, round_uid: str) -> int:
        """Drop a round's submissions (e.g. after the closing workshop); saved collations stay."""
        with self.db.writing() as s:
            result = s.execute(delete(TeamSubmissionRow).where(TeamSubmissionRow.round_uid == round_uid))
            return cast(CursorResult[Any], result).rowcount or 0

    def save_collation(self, round_uid: str, summary: dict[str, Any], members: dict[str, str]) -> None:
        with self.db.writing() as s:
            s.add(TeamCollationRow(round_uid=round_uid, saved_at=_now(),
                                   contributors=int(summary.get("contributors", 0)),
                                   summary=json.dumps(summary, ensure_ascii=False),
                                   members=json.dumps(members)))

    def last_collation(self, round_uid: str) -> SavedCollation | None:
        with self.db.reading() as s:
            row = s.scalars(select(TeamCollationRow).where(TeamCollationRow.round_uid == round_uid)
                            .order_by(TeamCollationRow.id.desc()).limit(1)).first()
            if row is None:
                return None
            return SavedCollation(row.round_uid, row.saved_at, row.contributors,
                                  json.loads(row.summary), json.loads(row.members))

    def previous_round(self, team_code: str, before: date, exclude: str) -> SavedCollation | None:
        """The latest saved collation of another, earlier round of the same team."""
        rounds = [r for r in self.rounds(team_code) if r.round.round_uid != exclude
                  and r.round.date <= before and r.collations]
        for r in reversed(rounds):
            saved = self.last_collation(r.round.round_uid)
            if saved is not None:
                return saved
        return None
