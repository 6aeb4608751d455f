"""Short-lived sqlite3 connections with the app's rules, for the stores that need no ORM.

Importing SQLAlchemy's ORM costs more than drawing the whole window, and about a third of
collating a thousand shares; so the home screen's reads, the settings and the team rounds (keys,
release logs, submissions) go through the sqlite3 module alone. The rules are the engine's
(store/engine.py): foreign keys on, a busy timeout, synchronous=FULL, invalid UTF-8 read as
U+FFFD, and transactions we begin ourselves: DEFERRED to read, IMMEDIATE to write (a deferred
transaction that later needs to write cannot wait for the lock; it fails at once).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

BUSY_TIMEOUT_S = 10.0


class HasPath(Protocol):
    path: Path


def db_path(db: HasPath | Path | str) -> Path:
    """The database file of a Database (or anything with ``path``) or of a path."""
    return Path(db) if isinstance(db, (str, Path)) else Path(db.path)


def lenient_text(raw: bytes) -> str:
    """Invalid UTF-8 from a database made elsewhere becomes U+FFFD, as in engine.lenient_text
    (that module imports SQLAlchemy)."""
    return raw.decode("utf-8", "replace")


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    con.text_factory = lenient_text
    return con


@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A consistent read (one DEFERRED transaction) on a short-lived connection."""
    con = _connect(path)
    try:
        con.execute("BEGIN")
        yield con
        con.execute("COMMIT")
    finally:
        con.close()


@contextmanager
def writing(path: Path) -> Iterator[sqlite3.Connection]:
    """A write transaction that holds SQLite's write lock from its first statement; rolled back
    when the block raises."""
    con = _connect(path)
    try:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()


def stored_datetime(value: datetime) -> str:
    """A datetime as the ORM's DateTime columns hold it on SQLite (both read each other's)."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def read_datetime(value: str) -> datetime:
    return datetime.fromisoformat(value)


def read_date(value: str) -> date:
    return date.fromisoformat(value[:10])
