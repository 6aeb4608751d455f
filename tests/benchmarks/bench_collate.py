"""Benchmark: `hype-desktop collate --json` on 1,000 sample exports against a bare loop that only
json.loads the same files, both as whole processes, alternated in one run.

    python tests/benchmarks/bench_collate.py [--members 1000] [--runs 5] [--check]

Target (--check): median collate ≤ 5 × median bare loop.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 5.0
BARE = ("import json, pathlib, sys\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.hype')):\n"
        "    json.loads(p.read_bytes())\n")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HYPE_DATA_DIR=str(Path(tmp) / "data"), PYTHONPATH=str(ROOT))
        shares = Path(tmp) / "shares"
        subprocess.run([sys.executable, "-m", "hype_desktop", "sample-exports", "--members", str(args.members),
                        "--out", str(shares)], check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        files = len(list(shares.glob("*.hype")))
        collate = [sys.executable, "-m", "hype_desktop", "collate", str(shares), "--json", str(Path(tmp) / "s.json")]
        bare = [sys.executable, "-c", BARE, str(shares)]
        t_collate, t_bare = [], []
        for _ in range(args.runs):
            t_bare.append(timed(bare, env))
            t_collate.append(timed(collate, env))
    mc, mb = statistics.median(t_collate), statistics.median(t_bare)
    ratio = mc / mb
    print(f"{files} files: collate --json median {mc:.3f} s, bare json.loads loop median {mb:.3f} s, "
          f"ratio {ratio:.2f} (target ≤ {TARGET_RATIO})")
    if args.check and ratio > TARGET_RATIO:
        print("over target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
