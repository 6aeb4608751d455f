"""Sealed rounds in the store: the collator's round keys, each round's release log, and the
invitations a member opened.

A round's secret key opens its members' shares, so it never leaves the database except in its
verified backups and in "export all my data" (with a warning). Its release log travels with it:
whatever brings a key back (a restored backup, an imported export) adds the releases it carries
to those already here and never removes one (``merge_releases``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from hype_desktop.store.engine import Database
from hype_desktop.store.models import MemberInvitationRow, RoundKeyRow, RoundReleaseRow


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _people_text(people: Iterable[str]) -> str:
    return json.dumps(sorted(set(people)))


@dataclass(frozen=True)
class StoredRoundKey:
    round_uid: str
    team_code: str
    secret: str  # sealing.RoundSecret.as_text()
    invitation: str  # the signed invitation, JSON
    created_at: datetime


class RoundKeyStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the collator's keys --------------------------------------------------------------------
    def save_key(self, round_uid: str, team_code: str, secret: str, invitation: str) -> None:
        with self.db.writing() as s:
            s.add(RoundKeyRow(round_uid=round_uid, team_code=team_code, secret=secret,
                              invitation=invitation, created_at=_now()))

    def key(self, round_uid: str) -> StoredRoundKey | None:
        with self.db.reading() as s:
            row = s.get(RoundKeyRow, round_uid)
            return None if row is None else StoredRoundKey(row.round_uid, row.team_code, row.secret,
                                                           row.invitation, row.created_at)

    def keys(self) -> list[StoredRoundKey]:
        with self.db.reading() as s:
            return [StoredRoundKey(r.round_uid, r.team_code, r.secret, r.invitation, r.created_at)
                    for r in s.scalars(select(RoundKeyRow).order_by(RoundKeyRow.created_at))]

    def add_keys(self, keys: Iterable[StoredRoundKey]) -> int:
        """Keys brought back (a restored backup, an imported export) that are not here yet."""
        added = 0
        with self.db.writing() as s:
            for k in keys:
                if s.get(RoundKeyRow, k.round_uid) is None:
                    s.add(RoundKeyRow(round_uid=k.round_uid, team_code=k.team_code, secret=k.secret,
                                      invitation=k.invitation, created_at=k.created_at))
                    added += 1
        return added

    # --- the release log ------------------------------------------------------------------------
    def releases(self, round_uid: str) -> list[frozenset[str]]:
        """Every set of people the round's results were released for."""
        with self.db.reading() as s:
            return [frozenset(json.loads(t)) for t in s.scalars(
                select(RoundReleaseRow.people).where(RoundReleaseRow.round_uid == round_uid))]

    def all_releases(self) -> list[tuple[str, str, list[str]]]:
        """(round id, released at, people) of every release, for backups and exports."""
        with self.db.reading() as s:
            return [(r.round_uid, r.released_at.isoformat(timespec="seconds"), json.loads(r.people))
                    for r in s.scalars(select(RoundReleaseRow).order_by(RoundReleaseRow.id))]

    def record_release(self, round_uid: str, people: Iterable[str]) -> None:
        """Log a release (the same set released again is logged once)."""
        self.merge_releases([(round_uid, _now().isoformat(), list(people))])

    def merge_releases(self, releases: Iterable[tuple[str, str, list[str]]]) -> int:
        """Add releases not logged yet; never removes one. Returns how many were added."""
        added = 0
        with self.db.writing() as s:
            for round_uid, when, people in releases:
                text = _people_text(people)
                exists = s.scalars(select(RoundReleaseRow.id).where(
                    RoundReleaseRow.round_uid == round_uid, RoundReleaseRow.people == text)).first()
                if exists is None:
                    s.add(RoundReleaseRow(round_uid=round_uid, released_at=datetime.fromisoformat(when),
                                          people=text))
                    added += 1
        return added

    # --- a member's invitations -----------------------------------------------------------------
    def remember_invitation(self, round_uid: str, invitation: str) -> str | None:
        """Keep an opened invitation. Returns the one kept earlier for the same key when it says
        something else (the key reused for another round): then nothing is changed."""
        with self.db.writing() as s:
            row = s.get(MemberInvitationRow, round_uid)
            if row is None:
                s.add(MemberInvitationRow(round_uid=round_uid, invitation=invitation, opened_at=_now()))
                return None
            return None if json.loads(row.invitation) == json.loads(invitation) else row.invitation

    def invitation(self, round_uid: str) -> str | None:
        with self.db.reading() as s:
            row = s.get(MemberInvitationRow, round_uid)
            return None if row is None else row.invitation

    def invitations(self) -> list[tuple[str, str, str]]:
        """(round id, opened at, invitation) of every invitation kept, for exports."""
        with self.db.reading() as s:
            return [(r.round_uid, r.opened_at.isoformat(timespec="seconds"), r.invitation)
                    for r in s.scalars(select(MemberInvitationRow).order_by(MemberInvitationRow.opened_at))]


# --- across a restore ---------------------------------------------------------------------------
_SEALED_TABLES = {
    "round_keys": ("round_uid", "team_code", "secret", "invitation", "created_at"),
    "round_releases": ("round_uid", "released_at", "people"),
    "member_invitations": ("round_uid", "invitation", "opened_at"),
}
SealedState = dict[str, list[tuple[object, ...]]]


def read_sealed_state(db_path: Path) -> SealedState:
    """The round keys, release logs and opened invitations of a database file (plain sqlite3:
    a restore reads them before it overwrites the file). Tables an old revision lacks are empty."""
    import sqlite3
    from contextlib import closing
    out: SealedState = {}
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as con:
        for table, columns in _SEALED_TABLES.items():
            try:
                out[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            except sqlite3.OperationalError:
                out[table] = []
    return out


def merge_sealed_state(db_path: Path, state: SealedState) -> None:
    """Add back what a restored database lacks: a restore never loses a round's key, and never
    resets its release log (which would let a release too close to a forgotten one through)."""
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect(db_path, timeout=10)) as con, con:
        for table, columns in _SEALED_TABLES.items():
            marks = ", ".join("?" for _ in columns)
            con.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                            state.get(table, []))
