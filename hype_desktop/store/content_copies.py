"""A copy of each reflection content (instrument id and version) that a reflection here was made with.

Reflections store only ids. The copy is kept in the same transaction as the reflection that
first uses a content version, so whatever preset or pack is installed later, the reflection's
factors still have their words (formats.content_library builds them back). A copy is written
once and never changed: the first one stored for an id and version is the one reflections saw.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.domain.instrument import Instrument
from hype_desktop.store.sqlite_copy import readonly_uri

if TYPE_CHECKING:  # the start-up path reads copies with sqlite3 and never loads the ORM
    from sqlalchemy.orm import Session

    from hype_desktop.store.engine import Database

BUSY_TIMEOUT_S = 10.0


def keep_content_copy(session: Session, instrument: Instrument) -> None:
    """Store ``instrument``'s JSON if no copy of its id and version is kept yet (inside the caller's
    write transaction). Instruments built without their data (tests' hand-made ones) keep none."""
    from hype_desktop.store.models import ContentCopyRow

    if instrument.source is None:
        return
    if session.get(ContentCopyRow, (instrument.id, instrument.version)) is not None:
        return
    session.add(ContentCopyRow(instrument_id=instrument.id, version=instrument.version,
                               data=json.dumps(instrument.source, ensure_ascii=False, sort_keys=True),
                               stored_at=datetime.now().replace(microsecond=0)))


def used_content_copies(db_path: Path, installed: Instrument) -> list[str]:
    """The JSON of every kept copy other than the installed content's id and version that some
    reflection still uses, newest version first. Read with sqlite3 at start-up (no ORM)."""
    con = sqlite3.connect(readonly_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        rows = con.execute(
            "SELECT c.data FROM content_copies c WHERE NOT (c.instrument_id = ? AND c.version = ?) "
            "AND EXISTS (SELECT 1 FROM reflections r WHERE r.instrument_id = c.instrument_id "
            "AND r.instrument_version = c.version) ORDER BY c.version DESC",
            (installed.id, installed.version)).fetchall()
    finally:
        con.close()
    return [row[0] for row in rows]


def keep_installed_copy(db_path: Path, installed: Instrument) -> None:
    """At start-up: reflections made before copies were kept get one of the installed content
    they were made with (a read first; a write only the one time it is missing)."""
    if installed.source is None:
        return
    con = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        key = (installed.id, installed.version)
        missing = con.execute(
            "SELECT EXISTS (SELECT 1 FROM reflections WHERE instrument_id = ? AND instrument_version = ?) "
            "AND NOT EXISTS (SELECT 1 FROM content_copies WHERE instrument_id = ? AND version = ?)",
            key + key).fetchone()[0]
        if not missing:
            return
        con.execute("PRAGMA synchronous=FULL")
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT OR IGNORE INTO content_copies (instrument_id, version, data, stored_at) "
                    "VALUES (?, ?, ?, ?)",
                    key + (json.dumps(installed.source, ensure_ascii=False, sort_keys=True),
                           datetime.now().replace(microsecond=0).isoformat(sep=" ")))
        con.execute("COMMIT")
    finally:
        con.close()


# --- "Export all my data" ------------------------------------------------------------------------
def all_content_copies(db: Database) -> list[tuple[str, int, str, datetime]]:
    """Every kept copy as (instrument id, version, JSON text, stored at), for the export."""
    from sqlalchemy import select

    from hype_desktop.store.models import ContentCopyRow

    with db.reading() as s:
        rows = s.scalars(select(ContentCopyRow).order_by(ContentCopyRow.instrument_id, ContentCopyRow.version))
        return [(r.instrument_id, r.version, r.data, r.stored_at) for r in rows]


def add_content_copies(db: Database, copies: list[tuple[str, int, str, datetime]]) -> int:
    """Keep the copies an import brings that are not here yet (one written here is never replaced:
    it is what this computer's reflections saw). Returns how many were added."""
    from hype_desktop.store.models import ContentCopyRow

    added = 0
    with db.writing() as s:
        for instrument_id, version, data, stored_at in copies:
            if s.get(ContentCopyRow, (instrument_id, version)) is None:
                s.add(ContentCopyRow(instrument_id=instrument_id, version=version, data=data, stored_at=stored_at))
                s.flush()
                added += 1
    return added
