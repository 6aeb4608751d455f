"""The rule behind "Saved": failed writes are kept and retried, typed text has a maximum wait."""

from __future__ import annotations

import pytest

from hype_desktop.ui.wizard.save_queue import MAX_WAIT_S, PAUSE_S, SaveQueue, SaveState


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


class Disk:
    """A fake database: fails while ``broken``; counts what it stored."""

    def __init__(self) -> None:
        self.broken = False
        self.stored: dict[str, str] = {}

    def writer(self, key: str, value: str):
        def write() -> None:
            if self.broken:
                raise OSError(28, "No space left on device")
            self.stored[key] = value
        return write


def test_a_failed_choice_is_kept_retried_and_only_then_saved() -> None:
    clock, disk, states = Clock(), Disk(), []
    q = SaveQueue(lambda s, r: states.append((s, r)), clock=clock)
    disk.broken = True
    assert not q.now("answer:a", disk.writer("a", "4"))
    assert q.state is SaveState.FAILED and q.failed_keys() == ["answer:a"]
    disk.broken = False
    assert q.now("answer:b", disk.writer("b", "2"))  # another answer succeeds ...
    assert q.state is SaveState.FAILED                # ... but the page is not "saved"
    clock.t += 1.01
    assert q.run_due()
    assert disk.stored == {"a": "4", "b": "2"} and q.state is SaveState.SAVED
    assert [s for s, _ in states] == [SaveState.FAILED, SaveState.SAVED]


def test_retries_back_off_and_a_newer_value_replaces_the_failed_one() -> None:
    clock, disk = Clock(), Disk()
    q = SaveQueue(clock=clock)
    disk.broken = True
    q.now("answer:a", disk.writer("a", "1"))
    q.now("answer:a", disk.writer("a", "5"))  # the user changed their mind while failing
    first_wait = q.next_due()
    clock.t += first_wait
    q.run_due()
    assert q.next_due() > first_wait  # backing off
    disk.broken = False
    assert q.flush()
    assert disk.stored == {"a": "5"} and q.pending_keys() == []


def test_steady_typing_is_written_within_the_maximum_wait() -> None:
    clock, disk = Clock(), Disk()
    q = SaveQueue(clock=clock)
    text = ""
    written_at = []
    for n in range(60):  # a key every 0.1 s for 6 s: never a pause
        text += "x"
        q.later("note:a", disk.writer("a", text))
        clock.t += 0.1
        due = q.next_due()
        if due == 0 and q.run_due():
            written_at.append(n)
    assert len(disk.stored["a"]) >= 60 - (MAX_WAIT_S / 0.1 + 1)
    gaps = [b - a for a, b in zip(written_at, written_at[1:])]
    assert written_at and max(gaps) * 0.1 <= MAX_WAIT_S + 0.11


def test_a_pause_in_typing_writes_after_the_pause() -> None:
    clock, disk = Clock(), Disk()
    q = SaveQueue(clock=clock)
    q.later("note:a", disk.writer("a", "hello"))
    assert q.state is SaveState.PENDING
    assert q.next_due() == pytest.approx(PAUSE_S)
    clock.t += PAUSE_S
    assert q.run_due() and disk.stored == {"a": "hello"} and q.state is SaveState.SAVED


def test_typing_into_a_failing_field_keeps_the_newest_text() -> None:
    clock, disk, states = Clock(), Disk(), []
    q = SaveQueue(lambda s, r: states.append(s), clock=clock)
    disk.broken = True
    q.later("note:a", disk.writer("a", "ab"))
    clock.t += PAUSE_S
    assert not q.run_due()
    q.later("note:a", disk.writer("a", "abc"))
    assert q.state is SaveState.FAILED
    disk.broken = False
    assert q.flush() and disk.stored == {"a": "abc"}
    assert states == [SaveState.PENDING, SaveState.FAILED, SaveState.SAVED]
