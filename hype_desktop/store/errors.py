"""Known store problems: each renders as a plain-language message (never a traceback)."""

from __future__ import annotations

import errno
from pathlib import Path

from hype_desktop.messages import message


class StoreProblem(Exception):
    """``reason_key`` names a message that becomes the {reason} in the reader's language
    (SQLite's own words, "*** in database main *** On tree page 36…", are for the log)."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        if "reason_key" in params and "reason" not in params:
            params["reason"] = message(str(params["reason_key"]), "en")
        super().__init__(self.render("en"))

    def render(self, lang: str | None = None) -> str:
        params = dict(self.params)
        reason_key = params.pop("reason_key", None)
        if reason_key is not None:
            params["reason"] = message(str(reason_key), lang)
        return message(self.key, lang, **params)


class NewerDatabase(StoreProblem):
    """The database was written by a newer app version; it is refused untouched."""


class DamagedDatabase(StoreProblem):
    pass


class MigrationFailed(StoreProblem):
    pass


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` (or its nearest existing folder) has (almost) no space left:
    SQLite calls a full disk many things ("disk I/O error" when it cannot make its -shm file)."""
    import shutil
    place = Path(path)
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free < FULL_BELOW_BYTES
    except OSError:
        return False


FULL_BELOW_BYTES = 1024 * 1024


def folder_unusable(folder: Path, reason: str) -> DamagedDatabase:
    """The data folder cannot be used now (locked, unreadable, no space): not damage. A full disk
    is said as such, in the reader's language, whatever the system called it."""
    if disk_full(folder):
        return DamagedDatabase("store.folder_unusable", path=folder, reason_key="store.reason.disk_full")
    return DamagedDatabase("store.folder_unusable", path=folder, reason=reason)


def database_errors() -> tuple[type[BaseException], ...]:
    """The exception classes of an unusable database or folder: sqlite3's, OSError and, once it
    is loaded, SQLAlchemy's (the usual start-up does not import SQLAlchemy just to name them)."""
    import sqlite3
    import sys

    errors: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import SQLAlchemyError

        errors += (SQLAlchemyError,)
    return errors


def io_reason(exc: BaseException) -> str | None:
    """A one-line reason when ``exc`` is an input/output problem of the database or the disk
    (full disk, locked or read-only database), else None (then it is a bug)."""
    import sqlite3
    import sys

    operational: tuple[type[BaseException], ...] = (sqlite3.OperationalError, OSError)
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import OperationalError

        operational += (OperationalError,)
    if not isinstance(exc, operational):
        return None
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError) and orig.strerror:
        return orig.strerror
    return str(orig).split("\n")[0][:120]


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NOT_ALLOWED = {errno.EROFS, errno.EACCES, errno.EPERM}


def disk_problem(exc: BaseException, path: object = None, lang: str | None = None) -> str | None:
    """One plain sentence in ``lang`` naming the file when ``exc`` is a disk problem (full,
    read-only or not allowed, another input/output error), else None (then it is a bug).

    ``path`` names the file when the error does not (SQLite's errors name none: pass the database)."""
    import sqlite3

    from hype_desktop.messages import printable
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        where = orig.filename or path
        key = ("disk.full" if orig.errno in _FULL else "disk.read_only" if orig.errno in _NOT_ALLOWED
               else "background.file_problem")
        reason = orig.strerror or type(orig).__name__
    elif isinstance(orig, sqlite3.OperationalError):
        code = getattr(orig, "sqlite_errorcode", None)
        where, reason = path, str(orig).split("\n")[0][:120]
        if code == sqlite3.SQLITE_FULL or "disk is full" in reason:
            key = "disk.full"
        elif code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
            key = "disk.read_only"
        elif code == sqlite3.SQLITE_IOERR or "disk I/O error" in reason:
            key = "background.file_problem"
        else:
            return None
    else:
        return None
    return message(key, lang, path=printable(str(where if where is not None else "?")), reason=reason)
