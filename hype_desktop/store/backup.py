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


def readonly_uri(path: Path) -> str:
    """A read-only sqlite3 URI for ``path``, safe for '%', '?' and '#' in folder names.

    SQLite reads ``file:`` URIs with %-escapes, a query after '?' and a fragment after '#';
    unescaped, such a character silently opened (or created) another file.
    """
    text = str(path)
    for char, code in (("%", "%25"), ("?", "%3f"), ("#", "%23")):
        text = text.replace(char, code)
    if text.startswith("//"):
        text = "//" + text  # an empty authority keeps the path's leading slashes
    return f"file:{text}?mode=ro"


def _check_copy(path: Path) -> None:
    con = sqlite3.connect(readonly_uri(path), uri=True)
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
        src = sqlite3.connect(readonly_uri(source), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # The copy inherits WAL mode; as a rollback-journal file it is self-contained, and
                # the read-only check below leaves no orphaned .part-wal/.part-shm files behind.
                dst.execute("PRAGMA journal_mode=DELETE")
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
