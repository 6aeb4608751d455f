"""Quitting with a big database: at most 1.5x the time of quitting with 500 reflections.

    python tests/benchmarks/bench_quit.py [--big 100000] [--runs 3] [--check]

A data folder of 500 finished reflections is made with `sample-data`; the big one is made from
it by copying rows in SQL (reflections with their answers, prompt answers, next steps and
scores) until it holds ``--big`` reflections. Each run starts the real app (run_gui) on a fresh
copy of the folder, lets it run 3 s (the automatic start-up backup begins at 2 s, as in use),
quits, and measures from the quit to the end of the process (what a user waits for). --check exits
1 when the median ratio big/small is over 1.5.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from processes import bench_env

TARGET_RATIO = 1.5
CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hype_desktop import app as A
marks = {}
show = A.show_main_window
def shown(ctx):
    window = show(ctx)
    def leave():
        marks["quit"] = time.time()
        QApplication.quit()
    QTimer.singleShot(3000, leave)
    return window
A.show_main_window = shown
A.run_gui(Path(sys.argv[1]))
print(f"QUIT {marks['quit']:.6f}", flush=True)
"""
_CHILD_TABLES = {"answers": (), "prompt_answers": (), "next_steps": ("id",), "factor_scores": ()}


def grow(db: Path, target: int) -> int:
    """Copy reflection rows (and their children) until the database holds ``target``."""
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        count = con.execute("SELECT count(*) FROM reflections").fetchone()[0]
        while count < target:
            take = min(count, target - count)
            off = con.execute("SELECT max(id) FROM reflections").fetchone()[0]
            con.execute("BEGIN")
            ids = [r[0] for r in con.execute("SELECT id FROM reflections ORDER BY id LIMIT ?", (take,))]
            last = ids[-1]
            for table, own_ids in {"reflections": ("id",), **_CHILD_TABLES}.items():
                cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
                key = "id" if table == "reflections" else "reflection_id"
                shift = {c: f"{c} + {off}" for c in ("reflection_id",) if c in cols}
                for c in own_ids:
                    own_off = con.execute(f"SELECT max({c}) FROM {table}").fetchone()[0] or 0
                    shift[c] = f"{c} + {own_off if table != 'reflections' else off}"
                select = ", ".join(shift.get(c, f'"{c}"') for c in cols)
                names = ", ".join(f'"{c}"' for c in cols)
                con.execute(f"INSERT INTO {table} ({names}) SELECT {select} FROM {table} WHERE {key} <= ?",
                            (last,))
            con.execute("COMMIT")
            count += take
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count
    finally:
        con.close()


def quit_seconds(folder: Path, env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="hype-quit-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(folder, data)
        done = subprocess.run([sys.executable, "-c", CHILD, str(data)], env=env, capture_output=True,
                              text=True, check=True, timeout=600)
        ended = time.time()  # the process is gone: what the user waits for after quitting
        line = [x for x in done.stdout.splitlines() if x.startswith("QUIT ")][-1]
        return ended - float(line.split()[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="hype-bench-quit-") as tmp:
        env = bench_env(Path(tmp), MPLCONFIGDIR=str(Path(tmp) / "mpl"), HOME=tmp)
        small = Path(tmp) / "small"
        subprocess.run([sys.executable, "-m", "hype_desktop", "sample-data", "--reflections", "500",
                        "--data-dir", str(small)], check=True, env=env, stdout=subprocess.DEVNULL)
        for leftover in ("backups", "logs"):
            shutil.rmtree(small / leftover, ignore_errors=True)
        big = Path(tmp) / "big"
        shutil.copytree(small, big)
        grown = grow(big / "hype.sqlite3", args.big)
        size = (big / "hype.sqlite3").stat().st_size
        times: dict[str, list[float]] = {"small": [], "big": []}
        for _ in range(args.runs):
            times["small"].append(quit_seconds(small, env))
            times["big"].append(quit_seconds(big, env))
    s, b = statistics.median(times["small"]), statistics.median(times["big"])
    ratio = b / s if s else float("inf")
    print(f"quit with 500 reflections: median {s:.2f} s {times['small']}; with {grown:,} reflections "
          f"({size / 1e9:.2f} GB): median {b:.2f} s {times['big']}; ratio {ratio:.2f} (target <= {TARGET_RATIO})")
    if args.check and ratio > TARGET_RATIO:
        print("over target")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
