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

from hype_desktop.store.connections import HasPath, db_path, read_datetime, reading, stored_datetime, writing


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _people_text(people: Iterable[str]) -> str:
    return json.dumps(sorted(set(people)))


def _seconds(stored: str) -> str:
    return read_datetime(stored).isoformat(timespec="seconds")


@dataclass(frozen=True)
class StoredRoundKey:
    round_uid: str
    team_code: str
    secret: str  # sealing.RoundSecret.as_text()
    invitation: str  # the signed invitation, JSON
    created_at: datetime


_KEY_COLUMNS = "round_uid, team_code, secret, invitation, created_at"


def _key(row: tuple[str, str, str, str, str]) -> StoredRoundKey:
    return StoredRoundKey(row[0], row[1], row[2], row[3], read_datetime(row[4]))


class RoundKeyStore:
    """Read and written with sqlite3 alone (store/connections.py): collating must not pay for
    importing the ORM."""

    def __init__(self, db: HasPath | Path) -> None:
        self.db = db
        self.path = db_path(db)

    # --- the collator's keys --------------------------------------------------------------------
    def save_key(self, round_uid: str, team_code: str, secret: str, invitation: str) -> None:
        with writing(self.path) as con:
            con.execute(f"INSERT INTO round_keys ({_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                        (round_uid, team_code, secret, invitation, stored_datetime(_now())))

    def key(self, round_uid: str) -> StoredRoundKey | None:
        with reading(self.path) as con:
            row = con.execute(f"SELECT {_KEY_COLUMNS} FROM round_keys WHERE round_uid = ?", (round_uid,)).fetchone()
        return None if row is None else _key(row)

    def keys(self) -> list[StoredRoundKey]:
        with reading(self.path) as con:
            return [_key(r) for r in con.execute(f"SELECT {_KEY_COLUMNS} FROM round_keys ORDER BY created_at")]

    def add_keys(self, keys: Iterable[StoredRoundKey]) -> int:
        """Keys brought back (a restored backup, an imported export) that are not here yet."""
        added = 0
        with writing(self.path) as con:
            for k in keys:
                added += con.execute(f"INSERT OR IGNORE INTO round_keys ({_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                                     (k.round_uid, k.team_code, k.secret, k.invitation,
                                      stored_datetime(k.created_at))).rowcount
        return added

    # --- the release log ------------------------------------------------------------------------
    def releases(self, round_uid: str) -> list[frozenset[str]]:
        """Every set of people the round's results were released for."""
        with reading(self.path) as con:
            return [frozenset(json.loads(t)) for (t,) in con.execute(
                "SELECT people FROM round_releases WHERE round_uid = ? ORDER BY id", (round_uid,))]

    def all_releases(self) -> list[tuple[str, str, list[str]]]:
        """(round id, released at, people) of every release, for backups and exports."""
        with reading(self.path) as con:
            rows = con.execute("SELECT round_uid, released_at, people FROM round_releases ORDER BY id").fetchall()
        return [(rid, _seconds(when), json.loads(people)) for rid, when, people in rows]

    def record_release(self, round_uid: str, people: Iterable[str]) -> None:
        """Log a release (the same set released again is logged once)."""
        self.merge_releases([(round_uid, _now().isoformat(), list(people))])

    def merge_releases(self, releases: Iterable[tuple[str, str, list[str]]]) -> int:
        """Add releases not logged yet; never removes one. Returns how many were added."""
        added = 0
        with writing(self.path) as con:
            for round_uid, when, people in releases:
                text = _people_text(people)
                exists = con.execute("SELECT id FROM round_releases WHERE round_uid = ? AND people = ?",
                                     (round_uid, text)).fetchone()
                if exists is None:
                    con.execute("INSERT INTO round_releases (round_uid, released_at, people) VALUES (?, ?, ?)",
                                (round_uid, stored_datetime(datetime.fromisoformat(when)), text))
                    added += 1
        return added

    # --- a member's invitations -----------------------------------------------------------------
    def remember_invitation(self, round_uid: str, invitation: str) -> str | None:
        """Keep an opened invitation. Returns the one kept earlier for the same key when it says
        something else (the key reused for another round): then nothing is changed."""
        with writing(self.path) as con:
            row = con.execute("SELECT invitation FROM member_invitations WHERE round_uid = ?",
                              (round_uid,)).fetchone()
            if row is None:
                con.execute("INSERT INTO member_invitations (round_uid, invitation, opened_at) VALUES (?, ?, ?)",
                            (round_uid, invitation, stored_datetime(_now())))
                return None
        return None if json.loads(row[0]) == json.loads(invitation) else str(row[0])

    def invitation(self, round_uid: str) -> str | None:
        with reading(self.path) as con:
            row = con.execute("SELECT invitation FROM member_invitations WHERE round_uid = ?",
                              (round_uid,)).fetchone()
        return None if row is None else str(row[0])

    def invitations(self) -> list[tuple[str, str, str]]:
        """(round id, opened at, invitation) of every invitation kept, for exports."""
        with reading(self.path) as con:
            rows = con.execute("SELECT round_uid, opened_at, invitation FROM member_invitations "
                               "ORDER BY opened_at").fetchall()
        return [(rid, _seconds(when), text) for rid, when, text in rows]


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
