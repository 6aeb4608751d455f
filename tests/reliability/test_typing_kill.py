"""kill -9 while a user types steadily: all but the last moment of typing is in the database.

Each run types into a note (a key every 100 ms, never pausing) and is killed at a random
moment; the characters lost are those typed but not stored. With a maximum wait of 1.5 s
between writes of typed text, at most about 2 s of typing (20 characters) may be lost.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("typing_child.py")
RUNS = int(os.environ.get("HYPE_TYPING_KILLS", "2"))
MAX_LOST = 20  # characters: 2 s at 10 keys a second


def _typing_then_kill(data_dir: Path, seconds: float) -> tuple[int, int]:
    child = subprocess.Popen([sys.executable, str(CHILD), str(data_dir)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, bufsize=1)
    typed = 0
    try:
        assert child.stdout.readline().strip() == "READY"
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith("TYPED "):
                typed = int(line.split()[1])
        os.kill(child.pid, signal.SIGKILL)
        for line in child.stdout:  # keys reported before the kill landed
            if line.startswith("TYPED "):
                typed = int(line.split()[1])
    finally:
        child.kill()
        child.wait(timeout=20)
        child.stdout.close()
    con = sqlite3.connect(data_dir / "hype.sqlite3")
    try:
        rows = con.execute("SELECT note FROM answers ORDER BY reflection_id DESC LIMIT 1").fetchall()
    finally:
        con.close()
    return typed, len(rows[0][0]) if rows else 0


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill -9")
def test_kill_during_steady_typing_loses_at_most_the_last_two_seconds(tmp_path: Path) -> None:
    rng = random.Random(18)
    lost = []
    for run in range(RUNS):
        typed, stored = _typing_then_kill(tmp_path / f"run{run}", rng.uniform(3.0, 5.0))
        assert typed >= 15, "the child did not type"
        lost.append(typed - stored)
    print(f"characters lost per kill: {lost}")
    assert max(lost) <= MAX_LOST, lost
