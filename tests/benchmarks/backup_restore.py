"""Backup (incl. its check) and restore of a big database. Target: backup incl. check <= 2 s.

    python -m hype_desktop sample-data --reflections 10000 --data-dir /tmp/hype-10k
    python tests/benchmarks/backup_restore.py --data-dir /tmp/hype-10k [--repeat 3] [--check]

The data folder is copied to a temporary folder first (the given one is not changed).
Prints the median times; --check exits 1 when the median backup is over the target.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from hype_desktop.paths import DataPaths  # noqa: E402
from hype_desktop.store.backup import KIND_MANUAL, make_backup, restore_backup  # noqa: E402

TARGET_BACKUP_SECONDS = 2.0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--data-dir", required=True, type=Path)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--check", action="store_true")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="hype-bench-") as tmp:
        paths = DataPaths(Path(tmp) / "data").ensure()
        shutil.copyfile(args.data_dir / "hype.sqlite3", paths.database)
        size = paths.database.stat().st_size
        backups, restores = [], []
        for _ in range(args.repeat):
            t = time.perf_counter()
            info = make_backup(paths, KIND_MANUAL)
            backups.append(time.perf_counter() - t)
            t = time.perf_counter()
            restore_backup(paths, info.path)
            restores.append(time.perf_counter() - t)
    b, r = statistics.median(backups), statistics.median(restores)
    print(f"database {size / 1e6:.0f} MB: backup incl. quick_check and row counts median {b:.2f} s "
          f"({', '.join(f'{x:.2f}' for x in backups)}); restore incl. checking the backup and backing up "
          f"the current state first median {r:.2f} s ({', '.join(f'{x:.2f}' for x in restores)})")
    if args.check and b > TARGET_BACKUP_SECONDS:
        print(f"over target: backup {b:.2f} s > {TARGET_BACKUP_SECONDS} s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
