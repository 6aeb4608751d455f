"""Crash safety: writers killed with SIGKILL mid-write lose nothing they reported saved.

A zygote process imports the store once and forks one writer per run; each writer saves
answers (save_answer) and whole reflections (add_complete) through ReflectionStore and
prints a line only after the call returned (the commit is done). The test kills the writer
with SIGKILL after a random delay, KILLS times, then checks the database: every reported
answer and reflection is there, no reflection is half-written, integrity_check is ok.

The default (50 kills) runs in the main suite in a few seconds; the long version is a CI step:
    HYPE_CRASH_KILLS=500 python -m pytest tests/reliability/test_crash_safety.py -q
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("writer_child.py")
KILLS = int(os.environ.get("HYPE_CRASH_KILLS", "50"))
WHOLE_ANSWERS = 6


def _drain(stream, lines: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _next(lines: queue.Queue, prefix: str, sink: list[str], timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        if line is None:
            raise AssertionError("the writer process ended early")
        if line.startswith(prefix):
            return line
        sink.append(line)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the zygote forks (POSIX)")
def test_sigkill_during_writes_loses_no_reported_commit(data_dir: Path) -> None:
    rng = random.Random(int(os.environ.get("HYPE_CRASH_SEED", "8")))
    zygote = subprocess.Popen([sys.executable, str(CHILD), "zygote", str(data_dir)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, bufsize=1)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_drain, args=(zygote.stdout, lines), daemon=True).start()
    errors: list[str] = []
    threading.Thread(target=lambda: errors.extend(zygote.stderr), daemon=True).start()
    reported: list[str] = []
    kills = 0
    try:
        for run in range(KILLS):
            zygote.stdin.write(f"{run + 1}\n")
            zygote.stdin.flush()
            pid = int(_next(lines, "PID ", reported).split()[1])
            reported.append(_next(lines, "START ", reported))  # the writer is in its write loop
            time.sleep(rng.uniform(0.0, 0.1))
            os.kill(pid, signal.SIGKILL)
            status = int(_next(lines, f"REAPED {pid} ", reported).split()[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, \
                f"writer {pid} ended on its own (status {status}): {''.join(errors)[-2000:]}"
            kills += 1
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=20)
        zygote.stdout.close()
        zygote.stderr.close()

    answers = [tuple(l.split()[1:]) for l in reported if l.startswith("ANSWER ")]
    wholes = [int(l.split()[1]) for l in reported if l.startswith("WHOLE ")]
    starts = [l for l in reported if l.startswith("START ")]
    print(f"crash test: {kills} kills, {len(answers)} answers and {len(wholes)} whole reflections "
          f"reported saved, {len(starts)} runs got as far as starting a reflection")
    assert kills == KILLS
    assert len(answers) + len(wholes) >= KILLS // 2, "too few writes happened between the kills to prove anything"

    con = sqlite3.connect(data_dir / "hype.sqlite3")
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {(str(r), i): str(v) for r, i, v in
                  con.execute("SELECT reflection_id, item_id, value FROM answers")}
        missing = [a for a in answers if stored.get((a[0], a[1])) != a[2]]
        assert not missing, f"{len(missing)} reported answers are missing, e.g. {missing[:3]}"
        for rid in wholes:
            assert con.execute("SELECT finished_at FROM reflections WHERE id=?", (rid,)).fetchone()[0]
        # No half-written reflection: every finished one (the whole ones) has all of its parts.
        rows = con.execute(
            "SELECT r.id, (SELECT count(*) FROM answers a WHERE a.reflection_id=r.id),"
            " (SELECT count(*) FROM next_steps n WHERE n.reflection_id=r.id),"
            " (SELECT count(*) FROM factor_scores f WHERE f.reflection_id=r.id)"
            " FROM reflections r WHERE r.finished_at IS NOT NULL").fetchall()
        assert len(rows) >= len(wholes)
        half = [r for r in rows if r[1] != WHOLE_ANSWERS or r[2] != 1 or r[3] == 0]
        assert not half, f"half-written reflections: {half[:3]}"
        orphans = con.execute("SELECT count(*) FROM reflections r LEFT JOIN rounds o"
                              " ON r.round_id=o.id WHERE o.id IS NULL").fetchone()[0]
        assert orphans == 0
    finally:
        con.close()
