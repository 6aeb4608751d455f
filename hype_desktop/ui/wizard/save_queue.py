"""Pending writes of a page until the database has them: the rule behind "Saved".

A page hands every write (an answer, a note, typed text) to a ``SaveQueue`` under a key; a
newer write for the same key replaces the older one. A failed write (disk full, a lock held
past the busy timeout) stays in the queue and is retried, so the screen never shows "Saved"
while anything on it is not stored. Typed text waits for a short pause, but never longer than
``max_wait`` since it was first left unsaved: steady typing still reaches the disk every second
or two, so a crash loses only the last moment of typing.

No Qt here: the page drives the queue with a timer (``next_due`` says when), and tests drive
it with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

PAUSE_S = 0.7        # typed text is written after this pause in typing ...
MAX_WAIT_S = 1.5     # ... or at the latest this long after it was first left unsaved
RETRY_FIRST_S = 1.0  # a failed write is retried after this, doubling up to RETRY_MAX_S
RETRY_MAX_S = 8.0


class SaveState(Enum):
    SAVED = "saved"      # everything the page shows is in the database
    PENDING = "pending"  # writes are waiting (typing); none has failed
    FAILED = "failed"    # at least one write failed and is waiting to be retried


@dataclass
class _Write:
    action: Callable[[], None]
    first: float      # when this key was first left unsaved
    due: float        # when to try it next
    failures: int = 0


class SaveQueue:
    """Writes by key, in the order they were first queued; failed ones stay until they succeed.

    ``on_state(state, reason)`` is called when the state changes (and with each new failure's
    reason while failed); ``reason`` is the failure's text, empty otherwise.
    """

    def __init__(self, on_state: Callable[[SaveState, str], None] | None = None, *,
                 describe: Callable[[BaseException], str] | None = None,
                 clock: Callable[[], float] = time.monotonic, pause: float = PAUSE_S,
                 max_wait: float = MAX_WAIT_S) -> None:
        self._writes: dict[str, _Write] = {}
        self._describe = describe or (lambda exc: str(exc).split("\n")[0][:200] or type(exc).__name__)
        self._on_state = on_state
        self._clock = clock
        self._pause = pause
        self._max_wait = max_wait
        self.state = SaveState.SAVED
        self.reason = ""

    # --- putting writes in ---------------------------------------------------------------
    def later(self, key: str, action: Callable[[], None]) -> None:
        """Typed text: write after a pause, or after ``max_wait`` at the latest."""
        now = self._clock()
        old = self._writes.get(key)
        first = old.first if old else now
        if old and old.failures:  # already failing: keep its retry time, only the content changes
            old.action = action
            return
        self._writes[key] = _Write(action, first, min(now + self._pause, first + self._max_wait))
        self._set(SaveState.FAILED if self.failed_keys() else SaveState.PENDING, self.reason)

    def now(self, key: str, action: Callable[[], None]) -> bool:
        """A choice (a scale answer, a combo box): write at once; kept for retry if it fails."""
        old = self._writes.get(key)
        self._writes[key] = _Write(action, old.first if old else self._clock(), self._clock(),
                                   old.failures if old else 0)
        return self._try(key)

    # --- running them ----------------------------------------------------------------------
    def next_due(self) -> float | None:
        """Seconds until the next write is due (0 when overdue); None when nothing waits."""
        if not self._writes:
            return None
        return max(0.0, min(w.due for w in self._writes.values()) - self._clock())

    def run_due(self) -> bool:
        """Try the writes that are due. False when one of them failed."""
        now = self._clock()
        ok = True
        for key in [k for k, w in self._writes.items() if w.due <= now]:
            ok = self._try(key) and ok
        return ok

    def flush(self) -> bool:
        """Try every waiting write now (leaving the page, quitting). True when all are stored."""
        ok = True
        for key in list(self._writes):
            ok = self._try(key) and ok
        return ok

    def failed_keys(self) -> list[str]:
        return [k for k, w in self._writes.items() if w.failures]

    def pending_keys(self) -> list[str]:
        return list(self._writes)

    def _try(self, key: str) -> bool:
        write = self._writes.get(key)
        if write is None:
            return True
        try:
            write.action()
        except Exception as exc:  # noqa: BLE001 - any failed write is kept and retried, never dropped
            write.failures += 1
            write.due = self._clock() + min(RETRY_MAX_S, RETRY_FIRST_S * 2 ** (write.failures - 1))
            self._set(SaveState.FAILED, self._describe(exc))
            return False
        if self._writes.get(key) is write:
            del self._writes[key]
        if not self._writes:
            self._set(SaveState.SAVED, "")
        elif not self.failed_keys():
            self._set(SaveState.PENDING, "")
        return True

    def _set(self, state: SaveState, reason: str) -> None:
        changed = state is not self.state or (state is SaveState.FAILED and reason != self.reason)
        self.state, self.reason = state, reason
        if changed and self._on_state is not None:
            self._on_state(state, reason)
