"""Backup (with its check) and restore of a big database, the backup against a floor.

    python -m hype_desktop sample-data --reflections 10000 --data-dir /tmp/hype-10k
    python tests/benchmarks/backup_restore.py --data-dir /tmp/hype-10k [--repeat 5] [--check]

The data folder is copied to a temporary folder first (the given one is not changed). The floor
does the same kind of work with sqlite3 alone: the backup API copies the database, and the copy
gets the check the app affords a file of its size (integrity_check, or quick_check when big)
and its rows counted. The two alternate in one process; medians. --check exits 1 when the
app's backup takes more than 1.5 times the floor. The restore is printed, not checked.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from processes import machine_load  # noqa: E402

from hype_desktop.paths import DataPaths  # noqa: E402
from hype_desktop.store.backup import KIND_MANUAL, make_backup, restore_backup  # noqa: E402
from hype_desktop.store.sqlite_copy import check_pragma  # noqa: E402

TARGET_RATIO = 1.5


def floor(source: Path, target: Path) -> None:
    """Copy with the backup API, then check the copy and count its rows."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    con = sqlite3.connect(target)
    try:
        assert con.execute(f"PRAGMA {check_pragma(target)}").fetchone()[0] == "ok"
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    finally:
        con.close()
    target.unlink()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--data-dir", required=True, type=Path)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--check", action="store_true")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="hype-bench-") as tmp:
        paths = DataPaths(Path(tmp) / "data").ensure()
        shutil.copyfile(args.data_dir / "hype.sqlite3", paths.database)
        size = paths.database.stat().st_size
        backups, floors, restores = [], [], []
        floor(paths.database, Path(tmp) / "floor.sqlite3")  # warm the file cache
        for _ in range(args.repeat):
            t = time.perf_counter()
            info = make_backup(paths, KIND_MANUAL)
            backups.append(time.perf_counter() - t)
            t = time.perf_counter()
            floor(paths.database, Path(tmp) / "floor.sqlite3")
            floors.append(time.perf_counter() - t)
            t = time.perf_counter()
            restore_backup(paths, info.path)
            restores.append(time.perf_counter() - t)
    b, f, r = statistics.median(backups), statistics.median(floors), statistics.median(restores)
    print(f"database {size / 1e6:.0f} MB, medians of {args.repeat} alternated runs: backup incl. its check and "
          f"row counts {b:.2f} s ({', '.join(f'{x:.2f}' for x in backups)}); floor (sqlite3 backup API, the same "
          f"check, counts) {f:.2f} s; ratio {b / f:.2f} (target <= {TARGET_RATIO}); {machine_load()}")
    print(f"restore incl. checking the backup and backing up the current state first: median {r:.2f} s "
          f"({', '.join(f'{x:.2f}' for x in restores)})")
    if args.check and b / f > TARGET_RATIO:
        print(f"over target: backup {b / f:.2f} x the floor")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
