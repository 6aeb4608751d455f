"""Rotating log files in the data folder — events only, never answers or free text.

What may be logged: that something happened (start, backup made, restore, export), sizes,
counts, durations, file names the app chose itself, and the TYPE of an error with where it
happened. What must never be logged: answers, notes, prompt texts, next steps, round labels,
or an exception's message (SQLAlchemy puts a statement's parameters — a user's text — into
its messages). ``log_exception`` keeps to that rule; a test scans the log after a full
reflection for the typed text.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from hype_desktop.paths import make_private_dir

LOG_NAME = "hype.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
logger = logging.getLogger("hype")


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their user only (0600), as the rest of the data folder."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        """A log line that cannot be written (a full disk) is dropped: never a traceback on the
        terminal, never a reason for the app not to start."""

    def close(self) -> None:
        try:
            super().close()
        except OSError:
            pass  # the last lines could not be flushed (a full disk): nothing more to do


def setup_logging(log_dir: Path) -> Path | None:
    """Log to ``log_dir``/hype.log (rotating: 4 files of at most 256 kB); None when unwritable."""
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    try:
        make_private_dir(log_dir)
        handler = _PrivateRotatingFileHandler(
            log_dir / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return log_dir / LOG_NAME


def log_file() -> Path | None:
    """The file the log is written to now (named in "details are in the log" messages)."""
    for handler in logger.handlers:
        if isinstance(handler, _PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def close_logging() -> None:
    """Close the log files (before erasing the data folder, and at exit)."""
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def describe_exception(exc: BaseException, tb: TracebackType | None = None) -> str:
    """The exception's type and the code locations it passed — without its message."""
    frames = traceback.extract_tb(tb or exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames[-8:]))
    return f"{type(exc).__module__}.{type(exc).__qualname__} at {where or '?'}"


def log_exception(what: str, exc: BaseException) -> None:
    logger.error("%s: %s", what, describe_exception(exc))


def install_excepthook(show: Callable[[BaseException], None] | None = None) -> None:
    """Unexpected errors: logged without their message; ``show`` tells the user in plain words."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logger.error("unexpected error: %s", describe_exception(exc, tb))
        if show is not None:
            try:
                show(exc)
                return
            except Exception:  # noqa: BLE001 - fall back to the default report
                pass
        sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
