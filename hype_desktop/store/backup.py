"""Consistent, verified copies of a live (WAL) database.

A plain file copy misses what is still in the -wal file, so copies are made with the
SQLite backup API into a temporary file, checked, and only then moved into place.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class BackupFailed(Exception):
    pass


def _check_copy(path: Path) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        con.close()
    if result != "ok":
        raise BackupFailed(f"the copy failed its check: {result}")


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` atomically; raises BackupFailed and leaves no partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        _check_copy(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupFailed(str(exc)) from exc
    except BackupFailed:
        tmp.unlink(missing_ok=True)
        raise
    return target
