"""A database's -wal file: whether it provably does not belong to the database, and keeping
such a file aside.

After a kill -9 the -wal holds committed answers, so it is never moved automatically. Only
when the database file alone is intact and the -wal's frames are what makes it fail (a -wal
copied from another folder, or one whose page size differs from the database's), the user is
offered to keep the -wal aside under a new name and open the database without it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from datetime import datetime
from pathlib import Path

_WAL_MAGIC = (0x377F0682, 0x377F0683)


def _wal(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def _page_sizes(db_path: Path) -> tuple[int, int] | None:
    """(database page size, -wal page size), or None when the -wal has no valid header."""
    try:
        with open(_wal(db_path), "rb") as fh:
            header = fh.read(32)
        with open(db_path, "rb") as fh:
            db_header = fh.read(100)
    except OSError:
        return None
    if len(header) < 32 or len(db_header) < 100:
        return None
    magic, _version, wal_page = struct.unpack(">III", header[:12])
    if magic not in _WAL_MAGIC:
        return None  # SQLite ignores a -wal without a valid header: it cannot be the problem
    db_page = struct.unpack(">H", db_header[16:18])[0]
    return (65536 if db_page == 1 else db_page), wal_page


def _alone_is_intact(db_path: Path) -> bool:
    with tempfile.TemporaryDirectory(prefix="hype-wal-check-") as tmp:
        copy = Path(tmp) / "alone.sqlite3"
        shutil.copyfile(db_path, copy)
        try:
            con = sqlite3.connect(copy)
            try:
                return con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                con.close()
        except sqlite3.Error:
            return False


def stray_wal(db_path: Path) -> bool:
    """True when the database's -wal provably does not belong to it: its header's page size
    differs from the database's, or the database alone is intact (the caller found it damaged
    with the -wal)."""
    sizes = _page_sizes(db_path)
    if sizes is None:
        return False
    if sizes[0] != sizes[1]:
        return True
    try:
        return _alone_is_intact(db_path)
    except OSError:
        return False


def set_wal_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename the -wal (and its -shm) aside, never deleting it; the new name of the -wal."""
    stamp = f"{(now or datetime.now()):%Y%m%d-%H%M%S}"
    target = db_path.with_name(f"{db_path.name}-wal.set-aside-{stamp}")
    n = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.name}-wal.set-aside-{stamp}-{n}")
        n += 1
    os.replace(_wal(db_path), target)
    shm = db_path.with_name(db_path.name + "-shm")
    if shm.exists():
        os.replace(shm, target.with_name(target.name + "-shm"))
    return target
