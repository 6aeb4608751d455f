"""Figures of the built one-folder app (run `python packaging/build.py` first).

    python tests/benchmarks/bench_bundle.py [--runs 5] [--check]

Prints the one-folder size, the archive size, and the bundled `hype-desktop --self-test` as a
ratio to the same self-test run from the virtual environment (`python -m hype_desktop
--self-test`), the two alternated in one run, medians of wall time (CPU time and the load
average printed beside: wall time on a shared machine says little alone).
--check exits 1 when a figure is over its target: folder 230 MB, archive 90 MB, self-test
1.5 × the venv's.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from processes import bench_env

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
APP_DIR = DIST / "hype-desktop"
TARGET_FOLDER_MB = 230
TARGET_ARCHIVE_MB = 90
TARGET_SELF_TEST_RATIO = 1.5
# processes.bench_env: the venv's run reads cached bytecode, as the bundle's does
ENV = bench_env(Path(tempfile.gettempdir()) / "hype-bench-bundle", QT_QPA_PLATFORM="offscreen")


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run_once(command: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([*command, "--self-test"], capture_output=True, text=True, cwd=ROOT,
                            env=ENV)
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
    bundled, venv = [str(exe)], [sys.executable, "-m", "hype_desktop"]
    run_once(bundled)  # warm the file caches once; not counted
    run_once(venv)
    runs: dict[str, list[tuple[float, float]]] = {"bundle": [], "venv": []}
    for _ in range(args.runs):  # alternated, so both meet the same load
        runs["bundle"].append(run_once(bundled))
        runs["venv"].append(run_once(venv))
    wall = {k: statistics.median(w for w, _ in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in runs.items()}
    ratio = wall["bundle"] / wall["venv"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"--self-test, medians over {args.runs} alternated runs: bundle {wall['bundle']:.2f} s wall "
          f"({cpu['bundle']:.2f} s CPU), venv {wall['venv']:.2f} s wall ({cpu['venv']:.2f} s CPU): "
          f"ratio {ratio:.2f} (target {TARGET_SELF_TEST_RATIO}; load average {load:.1f} on {os.cpu_count()} CPUs)")
    over += [f"self-test ratio {ratio:.2f}"] if ratio > TARGET_SELF_TEST_RATIO else []
    if args.check and over:
        print("over target: " + ", ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
