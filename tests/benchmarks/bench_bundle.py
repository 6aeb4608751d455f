"""Figures of the built one-folder app (run `python packaging/build.py` first).

    python tests/benchmarks/bench_bundle.py [--runs 5] [--check]

Prints the one-folder size, the archive size, and the start-up of the bundled
`hype-desktop --self-test` (offscreen; median wall time and CPU time over the runs, with the
machine's load average, because wall time on a shared machine says little alone).
--check exits 1 when a figure is over its target: folder 230 MB, archive 90 MB, self-test
2.5 s (median wall time).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
APP_DIR = DIST / "hype-desktop"
TARGET_FOLDER_MB = 230
TARGET_ARCHIVE_MB = 90
TARGET_SELF_TEST_S = 2.5


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run_once(exe: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"the bundled self-test failed:\n{result.stdout}{result.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    exe = APP_DIR / ("hype-desktop.exe" if sys.platform == "win32" else "hype-desktop")
    if not exe.exists():
        sys.exit(f"{exe} is missing: run `python packaging/build.py` first")
    over = []
    size = folder_mb(APP_DIR)
    print(f"one-folder app: {size:.1f} MB (target {TARGET_FOLDER_MB})")
    over += [f"folder {size:.1f} MB"] if size > TARGET_FOLDER_MB else []
    archives = sorted(p for p in DIST.glob("hype-desktop-*") if p.is_file())
    for archive in archives:
        mib = archive.stat().st_size / 1e6
        print(f"archive {archive.name}: {mib:.1f} MB (target {TARGET_ARCHIVE_MB})")
        over += [f"archive {mib:.1f} MB"] if mib > TARGET_ARCHIVE_MB else []
    run_once(exe)  # warm the file cache once; not counted
    walls, cpus = zip(*(run_once(exe) for _ in range(args.runs)))
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"bundled --self-test: median {wall:.2f} s wall, {cpu:.2f} s CPU over {args.runs} runs "
          f"(target {TARGET_SELF_TEST_S} s; load average {load:.1f} on {os.cpu_count()} CPUs)")
    over += [f"self-test {wall:.2f} s"] if wall > TARGET_SELF_TEST_S else []
    if args.check and over:
        print("over target: " + ", ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
