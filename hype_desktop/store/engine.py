"""The SQLite engine and its transaction rules.

Every connection gets WAL, foreign keys, a busy timeout and synchronous=FULL (an
answer the user saw saved must survive a power cut, not only a crash). pysqlite's own
transaction handling is switched off so that we issue BEGIN ourselves: DEFERRED for
reads, IMMEDIATE for writes, which is what keeps two running copies from losing updates
or failing with "database is locked": with pysqlite's own transactions two copies doing
read-modify-write lost half their updates, and a deferred BEGIN that later needs to write
cannot wait for the lock, it fails at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def lenient_text(raw: bytes) -> str:
    """Text columns as str even when a database from elsewhere holds invalid UTF-8 in them: the
    bad bytes become U+FFFD instead of an error in the middle of a view or a report."""
    return raw.decode("utf-8", "replace")
_BEGIN_OPTION = "hype_begin"


def make_engine(db_path: Path) -> Engine:
    # URL.create, not an f-string: a folder name with '#', '?' or '%' must not be parsed as URL syntax.
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        dbapi_connection.text_factory = lenient_text
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """An open database: hands out one session per unit of work."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self.engine = make_engine(db_path)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"}), expire_on_commit=False
        )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session:
            with session.begin():
                yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction that holds SQLite's write lock from its first statement."""
        with self._write() as session:
            with session.begin():
                yield session

    def close(self) -> None:
        self.engine.dispose()
