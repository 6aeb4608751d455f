"""App settings kept in the database as small text values.

Read at start-up (language, theme, zoom) before anything else, so this uses the sqlite3
module directly rather than the ORM; writes begin IMMEDIATE like every other write.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol

BUSY_TIMEOUT_S = 10.0


class _HasPath(Protocol):
    path: Path


class Settings:
    def __init__(self, db: _HasPath | Path) -> None:
        self.path = Path(db) if isinstance(db, (str, Path)) else db.path

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        con.execute("PRAGMA synchronous=FULL")
        return con

    def get(self, key: str, default: str | None = None) -> str | None:
        con = self._connect()
        try:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
        return row[0] if row else default

    def all(self) -> dict[str, str]:
        con = self._connect()
        try:
            return dict(con.execute("SELECT key, value FROM settings").fetchall())
        finally:
            con.close()

    def set(self, key: str, value: str) -> None:
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
            con.execute("COMMIT")
        finally:
            con.close()
