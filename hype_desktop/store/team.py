"""Team data in the store: rounds, collated submissions kept apart from one's own reflections,
saved collations, and the member's own pseudonym secret.

Submissions are only ever read back to be aggregated; nothing here hands one person's
answers to a view. Read and written with sqlite3 alone (store/connections.py): collating a
round must not pay for importing the ORM.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hype_desktop.domain.aggregate import Submission
from hype_desktop.domain.anonymity import Thresholds, new_secret
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.store.connections import HasPath, db_path, read_date, read_datetime, reading, stored_datetime, writing
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
    def __init__(self, db: HasPath | Path) -> None:
        self.db = db
        self.path = db_path(db)

    def ensure_round(self, round_: Round, instrument_id: str, instrument_version: int,
                     thresholds: Thresholds) -> None:
        """Keep the round, or raise the group sizes it is kept with to ``thresholds``."""
        with writing(self.path) as con:
            row = con.execute("SELECT k_scores, k_detail FROM team_rounds WHERE round_uid = ?",
                              (round_.round_uid,)).fetchone()
            if row is not None:  # the sizes a round was collated with only ever grow
                con.execute("UPDATE team_rounds SET k_scores = ?, k_detail = ? WHERE round_uid = ?",
                            (max(row[0], thresholds.k_scores), max(row[1], thresholds.k_detail),
                             round_.round_uid))
            else:
                con.execute("INSERT INTO team_rounds (round_uid, team_code, phase, label, date, instrument_id, "
                            "instrument_version, k_scores, k_detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (round_.round_uid, round_.team_code, round_.phase.value, round_.label[:200],
                             round_.date.isoformat(), instrument_id, instrument_version, thresholds.k_scores,
                             thresholds.k_detail, stored_datetime(_now())))

    def rounds(self, team_code: str | None = None) -> list[TeamRound]:
        query = ("SELECT round_uid, team_code, phase, label, date, instrument_id, instrument_version, k_scores, "
                 "k_detail FROM team_rounds")
        params: tuple[str, ...] = ()
        if team_code is not None:
            query, params = query + " WHERE team_code = ?", (team_code,)
        with reading(self.path) as con:
            rows = con.execute(query + " ORDER BY date, created_at", params).fetchall()
            subs = dict(con.execute("SELECT round_uid, count(*) FROM team_submissions GROUP BY round_uid"))
            cols = dict(con.execute("SELECT round_uid, count(*) FROM team_collations GROUP BY round_uid"))
        return [TeamRound(
            Round(phase=Phase(phase), date=read_date(day), label=label, team_code=team, round_uid=uid),
            instrument_id, instrument_version, Thresholds.of(k_scores, k_detail),
            subs.get(uid, 0), cols.get(uid, 0))
            for uid, team, phase, label, day, instrument_id, instrument_version, k_scores, k_detail in rows]

    def round_thresholds(self, round_uid: str) -> Thresholds | None:
        """The group sizes the round was first collated with here (None for an unknown round)."""
        with reading(self.path) as con:
            row = con.execute("SELECT k_scores, k_detail FROM team_rounds WHERE round_uid = ?",
                              (round_uid,)).fetchone()
        return None if row is None else Thresholds.of(row[0], row[1])

    def earlier(self, round_uid: str) -> dict[str, tuple[str, str]]:
        """pseudonym -> (checksum, completed_at) of the submissions stored for the round."""
        with reading(self.path) as con:
            return {p: (c, t) for p, c, t in con.execute(
                "SELECT pseudonym, checksum, completed_at FROM team_submissions WHERE round_uid = ?",
                (round_uid,))}

    def save_submissions(self, round_uid: str, subs: list[Submission]) -> None:
        """Insert, or replace a person's earlier submission (a re-export), in one transaction."""
        now = stored_datetime(_now())
        with writing(self.path) as con:
            for sub in subs:
                con.execute("DELETE FROM team_submissions WHERE round_uid = ? AND pseudonym = ?",
                            (round_uid, sub.pseudonym))
                con.execute("INSERT INTO team_submissions (round_uid, pseudonym, checksum, completed_at, content, "
                            "imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                            (round_uid, sub.pseudonym, sub.checksum,
                             sub.completed_at.isoformat(timespec="seconds"), submission_to_json(sub), now))

    def submissions(self, round_uid: str) -> list[Submission]:
        """For aggregation only."""
        with reading(self.path) as con:
            return [submission_from_json(t) for (t,) in con.execute(
                "SELECT content FROM team_submissions WHERE round_uid = ? ORDER BY id", (round_uid,))]

    def delete_submissions(self, round_uid: str) -> int:
        """Drop a round's submissions (e.g. after the closing workshop); saved collations stay."""
        with writing(self.path) as con:
            return con.execute("DELETE FROM team_submissions WHERE round_uid = ?", (round_uid,)).rowcount

    def save_collation(self, round_uid: str, summary: dict[str, Any], members: dict[str, str]) -> None:
        with writing(self.path) as con:
            con.execute("INSERT INTO team_collations (round_uid, saved_at, contributors, summary, members) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (round_uid, stored_datetime(_now()), int(summary.get("contributors", 0)),
                         json.dumps(summary, ensure_ascii=False), json.dumps(members)))

    def last_collation(self, round_uid: str) -> SavedCollation | None:
        with reading(self.path) as con:
            row = con.execute("SELECT round_uid, saved_at, contributors, summary, members FROM team_collations "
                              "WHERE round_uid = ? ORDER BY id DESC LIMIT 1", (round_uid,)).fetchone()
        if row is None:
            return None
        return SavedCollation(row[0], read_datetime(row[1]), row[2], json.loads(row[3]), json.loads(row[4]))

    def previous_round(self, team_code: str, before: date, exclude: str) -> SavedCollation | None:
        """The latest saved collation of another, earlier round of the same team."""
        rounds = [r for r in self.rounds(team_code) if r.round.round_uid != exclude
                  and r.round.date <= before and r.collations]
        for r in reversed(rounds):
            saved = self.last_collation(r.round.round_uid)
            if saved is not None:
                return saved
        return None
