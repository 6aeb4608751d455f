"""Consistent, verified copies of a live (WAL) database.

A plain file copy misses what is still in the -wal file, so copies are made with the
SQLite backup API into a temporary file, checked, and only then moved into place.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from hype_desktop.paths import make_private, make_private_dir


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


COUNTED_TABLES = ("profiles", "rounds", "reflections", "answers", "prompt_answers", "next_steps",
                  "factor_scores", "settings")


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the app's tables that exist in ``con``'s database."""
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in COUNTED_TABLES if t in present}


# PRAGMA integrity_check also compares every index with its table (quick_check does not: a
# database whose next_steps index lost entries passes quick_check and silently drops rows from
# views). It costs more, so files above this size get quick_check, and the log says so.
FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024


def check_pragma(path: Path, full_check_max: int = FULL_CHECK_MAX_BYTES) -> str:
    """The check a file of this size can afford: integrity_check, or quick_check when too big."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= full_check_max:
        return "integrity_check"
    from hype_desktop.logs import logger
    logger.info("%s: %d MB, checked with quick_check only (indexes not compared)", path.name, size >> 20)
    return "quick_check"


def check_copy(path: Path, expected: dict[str, int] | None = None,
               cancel: Callable[[], bool] | None = None) -> None:
    con = sqlite3.connect(readonly_uri(path), uri=True)
    if cancel is not None:
        con.set_progress_handler(lambda: 1 if cancel() else 0, 100_000)  # 1 interrupts the check
    try:
        result = con.execute(f"PRAGMA {check_pragma(path)}").fetchone()[0]
        counts = table_counts(con) if expected is not None else None
    finally:
        con.close()
    if result != "ok":
        raise BackupFailed(f"the copy failed its check: {result}")
    if expected is not None and counts != expected:
        raise BackupFailed(f"the copy's row counts differ: {counts} != {expected}")


# A copy is not started when it would leave less than this free on the disk (a backup must never
# be what fills it: the database itself needs room to grow).
MIN_FREE_AFTER_BYTES = 512 * 1024 * 1024
_STEP_PAGES = 4096  # pages copied between two looks at ``cancel`` (16 MB with 4 kB pages)


class BackupCancelled(BackupFailed):
    """The copy was stopped on request (the app is quitting); no partial file is left."""


def _check_room(source: Path, folder: Path) -> None:
    import shutil
    try:
        need = sum(p.stat().st_size for p in (source, source.with_name(source.name + "-wal")) if p.exists())
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell: the copy itself will say if the disk is full
    if free < need + MIN_FREE_AFTER_BYTES:
        raise BackupFailed(f"not enough free disk space for a copy ({need >> 20} MB needed, "
                           f"{free >> 20} MB free, {MIN_FREE_AFTER_BYTES >> 20} MB kept free)")


def backup_database(source: Path, target: Path, cancel: Callable[[], bool] | None = None) -> Path:
    """Copy ``source`` to ``target`` atomically; raises BackupFailed and leaves no partial file.

    ``cancel`` is asked between steps of the copy and during its check; when it says True the
    copy stops with BackupCancelled (quitting does not wait for a big database's copy)."""
    make_private_dir(target.parent)
    _check_room(source, target.parent)
    tmp = target.with_name(target.name + ".part")

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancel is not None and cancel():
            raise BackupCancelled("cancelled")

    try:
        src = sqlite3.connect(readonly_uri(source), uri=True, isolation_level=None)
        try:
            # One read transaction: the counts and the copy see the same snapshot.
            src.execute("BEGIN")
            expected = table_counts(src)
            dst = sqlite3.connect(tmp)
            make_private(tmp)
            try:
                src.backup(dst, pages=_STEP_PAGES if cancel else -1, progress=step if cancel else None)
                # The copy inherits WAL mode; as a rollback-journal file it is self-contained, and
                # the read-only check below leaves no orphaned .part-wal/.part-shm files behind.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        check_copy(tmp, expected, cancel)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        if cancel is not None and cancel():
            raise BackupCancelled("cancelled") from exc
        raise BackupFailed(str(exc)) from exc
    except BackupFailed:
        tmp.unlink(missing_ok=True)
        raise
    return target
