"""Automatic backups, their rotation, listing and restore, and setting a damaged database aside.

Every copy is made by store.sqlite_copy (the SQLite backup API, checked before it is kept).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hype_desktop.paths import DataPaths
from hype_desktop.store.settings import DEFAULTS
from hype_desktop.store.sqlite_copy import (
    BackupCancelled,
    BackupFailed,
    backup_database,
    check_copy,
    readonly_uri,
)

KIND_AUTO = "auto"
KIND_PRE_RESTORE = "pre-restore"
KIND_PRE_MIGRATION = "pre-migration"
KIND_MANUAL = "manual"
DEFAULT_KEEP_DAILY = DEFAULTS.keep_daily  # the user changes them in Settings › Backups
DEFAULT_KEEP_WEEKLY = DEFAULTS.keep_weekly
KEEP_PRE_RESTORE = 3
_NAME = re.compile(r"^(auto|manual|pre-restore|pre-migration-[0-9A-Za-z_]+)-(\d{8}-\d{6})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # auto, manual, pre-restore, pre-migration
    created: datetime
    size: int


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """The backups in the data folder, newest first (unknown files are left alone)."""
    out = []
    try:
        entries = list(paths.backups.iterdir())
    except OSError:
        return []
    for p in entries:
        m = _NAME.match(p.name)
        if not m or not p.is_file():
            continue
        kind = KIND_PRE_MIGRATION if m.group(1).startswith(KIND_PRE_MIGRATION) else m.group(1)
        try:
            created = datetime.strptime(m.group(2), "%Y%m%d-%H%M%S")
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(p, kind, created, size))
    out.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return out


def _new_name(paths: DataPaths, kind: str, now: datetime) -> Path:
    stamp = now
    while True:
        target = paths.backups / f"{kind}-{stamp:%Y%m%d-%H%M%S}.sqlite3"
        if not target.exists():
            return target
        stamp += timedelta(seconds=1)


def fingerprint(db_path: Path, cancel: Callable[[], bool] | None = None) -> tuple[Any, ...]:
    """A cheap summary of the content: equal fingerprints mean nothing worth a backup changed.
    (Not so cheap at 100,000 reflections: ``cancel`` can interrupt it.)"""
    con = sqlite3.connect(readonly_uri(db_path), uri=True, isolation_level=None)
    if cancel is not None:
        con.set_progress_handler(lambda: 1 if cancel() else 0, 100_000)
    try:
        con.execute("BEGIN")
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        queries = {
            "reflections": "SELECT count(*), max(id), max(finished_at), max(corrected_at), max(started_at),"
                           " total(length(position)) FROM reflections",
            "answers": "SELECT count(*), total(value), total(not_applicable), total(length(note)),"
                       " max(answered_at) FROM answers",
            "prompt_answers": "SELECT count(*), total(length(text)), max(updated_at) FROM prompt_answers",
            "next_steps": "SELECT count(*), max(id), total(length(text)), total(length(learned)),"
                          " max(followed_up_at), group_concat(status) FROM next_steps",
            "settings": "SELECT count(*), group_concat(key || '=' || value, '\n') FROM settings",
            "rounds": "SELECT count(*), max(id) FROM rounds",
            "profiles": "SELECT count(*), max(id) FROM profiles",
        }
        out = tuple((t, con.execute(q).fetchone()) for t, q in queries.items() if t in present)
        con.execute("COMMIT")
        return out
    finally:
        con.close()


def make_backup(paths: DataPaths, kind: str = KIND_MANUAL, now: datetime | None = None,
                cancel: Callable[[], bool] | None = None) -> BackupInfo:
    """A verified backup of the data folder's database now (raises BackupFailed; BackupCancelled
    when ``cancel`` said stop)."""
    now = (now or datetime.now()).replace(microsecond=0)
    target = backup_database(paths.database, _new_name(paths, kind, now), cancel)
    return BackupInfo(target, kind, now, target.stat().st_size)


# What a user would miss: an empty copy of these is never kept as a backup, nor offered.
CONTENT_TABLES = ("reflections", "team_rounds", "round_keys", "member_invitations")


def _count(db_path: Path, tables: tuple[str, ...]) -> int | None:
    try:
        if db_path.stat().st_size == 0:
            return None
        con = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables[0] not in present:
                return None
            return sum(int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                       for t in tables if t in present)
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return None


def reflection_count(db_path: Path) -> int | None:
    """How many reflections a database file holds; None when it has none to count (missing,
    empty, not a HyPe database or unreadable)."""
    return _count(db_path, ("reflections",))


def content_count(db_path: Path) -> int | None:
    """Reflections, team rounds, round keys and opened invitations a database holds (None as
    for reflection_count): zero means a copy of it would keep nothing."""
    return _count(db_path, CONTENT_TABLES)


def _real(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """Backups not dated in the future (a session with the clock ahead must not count)."""
    return [b for b in backups if b.created <= now + timedelta(minutes=5)]


def auto_backup_due(paths: DataPaths, today: date | None = None,
                    cancel: Callable[[], bool] | None = None) -> bool:
    """At most one automatic backup a day, only when the data changed since the last, and never
    of a database without reflections (such a copy would push real ones out)."""
    now = datetime.now() if today is None else datetime.combine(today, datetime.max.time())
    today = now.date()
    if not paths.database.exists():
        return False
    autos = _real([b for b in list_backups(paths) if b.kind == KIND_AUTO], now)
    if autos and autos[0].created.date() >= today:
        return False
    try:
        if not content_count(paths.database):
            return False
        current = fingerprint(paths.database, cancel)
        return not autos or current != fingerprint(autos[0].path, cancel)
    except sqlite3.Error:
        return True  # cannot tell: a backup attempt will show whether the database is readable


def rotate(paths: DataPaths, keep_daily: int = DEFAULT_KEEP_DAILY,
           keep_weekly: int = DEFAULT_KEEP_WEEKLY) -> list[Path]:
    """Keep the newest automatic backup of each of the last ``keep_daily`` days that have one,
    then the newest of each of ``keep_weekly`` older ISO weeks; the newest few pre-restore copies.
    Backups made before a migration and by hand are never removed, nor are backups dated in the
    future (a clock that was ahead): they neither take a day's place nor push real ones out.
    Returns the removed files."""
    backups = _real(list_backups(paths), datetime.now())
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for b in (b for b in backups if b.kind == KIND_AUTO):  # newest first
        day = b.created.date()
        week = (day.isocalendar()[0], day.isocalendar()[1])
        if day in days:
            continue
        if len(days) < keep_daily:
            days.append(day)
            keep.add(b.path)
        elif week not in weeks and len(weeks) < keep_weekly and all(
                tuple(d.isocalendar())[:2] != week for d in days):
            weeks.append(week)
            keep.add(b.path)
    keep.update(b.path for b in [b for b in backups if b.kind == KIND_PRE_RESTORE][:KEEP_PRE_RESTORE])
    removed = []
    for b in backups:
        if b.kind in (KIND_AUTO, KIND_PRE_RESTORE) and b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass
    return removed


def run_auto_backup(paths: DataPaths, keep_daily: int = DEFAULT_KEEP_DAILY,
                    keep_weekly: int = DEFAULT_KEEP_WEEKLY,
                    cancel: Callable[[], bool] | None = None) -> BackupInfo | None:
    """The daily automatic backup when due, then rotation. Runs off the GUI thread."""
    if not auto_backup_due(paths, cancel=cancel):
        return None
    if cancel is not None and cancel():
        raise BackupCancelled("cancelled")
    info = make_backup(paths, KIND_AUTO, cancel=cancel)
    rotate(paths, keep_daily, keep_weekly)
    return info


def check_backup(path: Path) -> str | None:
    """The schema revision of a readable, intact backup file (raises BackupFailed otherwise)."""
    try:
        check_copy(path)
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
    return row[0] if row else None


def restore_backup(paths: DataPaths, backup: Path) -> tuple[BackupInfo | None, float]:
    """Put ``backup``'s content in place of the database, after backing up the current state.

    The copy goes through the SQLite backup API into the live database (one write
    transaction, WAL-safe), so other open connections simply see the restored data.
    Returns (the backup of the state before, seconds taken). Raises BackupFailed.
    """
    from hype_desktop.store.migrate import KNOWN_REVISIONS

    started = time.perf_counter()
    revision = check_backup(backup)
    if revision not in KNOWN_REVISIONS:
        raise BackupFailed(f"the backup has an unknown schema revision ({revision})")
    before = None
    kept = None
    if paths.database.exists():
        from hype_desktop.store.round_keys import read_sealed_state
        try:  # round keys and release logs survive the restore (merged back below)
            kept = read_sealed_state(paths.database)
        except sqlite3.Error:
            kept = None  # a damaged database: it is set aside whole below
    if content_count(paths.database):  # an empty database has nothing a copy would keep
        try:
            before = make_backup(paths, KIND_PRE_RESTORE)
        except BackupFailed:
            if readable(paths.database):
                raise  # a good database must not be overwritten without its copy
            # a damaged database cannot be copied; keep it aside instead of overwriting it
            set_aside(paths)
    elif paths.database.exists() and not readable(paths.database):
        set_aside(paths)
    try:
        src = sqlite3.connect(readonly_uri(backup), uri=True)
        try:
            dst = sqlite3.connect(paths.database, timeout=10)
            try:
                dst.execute("PRAGMA journal_mode=WAL")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
    if revision != KNOWN_REVISIONS[-1]:  # a backup from before an update: bring it up to date now
        from hype_desktop.store.errors import StoreProblem
        from hype_desktop.store.migrate import open_database
        try:
            open_database(paths).close()
        except StoreProblem as exc:
            raise BackupFailed(exc.render("en")) from exc
    if kept:
        from hype_desktop.store.round_keys import merge_sealed_state
        try:
            merge_sealed_state(paths.database, kept)
        except sqlite3.Error as exc:
            raise BackupFailed(str(exc)) from exc
    rotate(paths)
    return before, time.perf_counter() - started


def readable(db_path: Path) -> bool:
    try:
        con = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            return bool(con.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            con.close()
    except sqlite3.Error:
        return False


def set_aside(paths: DataPaths, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) aside; it is never deleted."""
    now = now or datetime.now()
    target = paths.root / f"hype.sqlite3.damaged-{now:%Y%m%d-%H%M%S}"
    n = 1
    while target.exists():
        target = paths.root / f"hype.sqlite3.damaged-{now:%Y%m%d-%H%M%S}-{n}"
        n += 1
    os.replace(paths.database, target)
    for suffix in ("-wal", "-shm"):
        side = paths.database.with_name(paths.database.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def newest_good_backup(paths: DataPaths) -> BackupInfo | None:
    """The newest backup that holds reflections, passes its check and has a schema this
    version can open (a copy of an empty database is never offered)."""
    from hype_desktop.store.migrate import KNOWN_REVISIONS

    for b in list_backups(paths):
        if not content_count(b.path):
            continue
        try:
            if check_backup(b.path) in KNOWN_REVISIONS:
                return b
        except BackupFailed:
            continue
    return None
