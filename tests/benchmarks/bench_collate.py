"""Benchmark: `hype-desktop collate --json` on 1,000 sealed sample shares against a bare loop that
reads the same files, opens each seal with the same library (PyNaCl, the round's key from the
data folder) and json.loads what it holds, both as whole processes, alternated in one run.

    python tests/benchmarks/bench_collate.py [--members 1000] [--runs 5] [--check]

Targets (--check): median collate ≤ 5 × median bare loop (wall time); `collate --out team.pdf`
≤ 3 s whole process (median wall time). The CPU-time ratio is
printed too: on a machine loaded by other work it is the steadier figure.
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

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 5.0
TARGET_PDF_SECONDS = 3.0
BARE = ("import base64, json, pathlib, sqlite3, sys\n"
        "from nacl.public import PrivateKey, SealedBox\n"
        "con = sqlite3.connect(sys.argv[2])\n"
        "seed = con.execute('SELECT secret FROM round_keys').fetchone()[0].split(':')[0]\n"
        "box = SealedBox(PrivateKey(bytes.fromhex(seed)))\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.hype')):\n"
        "    json.loads(box.decrypt(base64.b64decode(json.loads(p.read_bytes())['sealed'])))\n")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Wall time of the whole process; its CPU time (user + system) is appended to ``cpu``."""
    cpu_start, start = _children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if cpu is not None:
        cpu.append(_children_cpu() - cpu_start)
    return wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--no-bytecode", action="store_true", help="keep the caller's PYTHONDONTWRITEBYTECODE")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HYPE_DATA_DIR=str(Path(tmp) / "data"), PYTHONPATH=str(ROOT))
        if not args.no_bytecode:
            # As installed (pip, PyInstaller), the app's modules are byte-compiled; a session with
            # PYTHONDONTWRITEBYTECODE would compile every module on every run instead.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        shares = Path(tmp) / "shares"
        invitation = Path(tmp) / "r.hype-round"
        subprocess.run([sys.executable, "-m", "hype_desktop", "round", "new", "--team", "BENCH", "--phase",
                        "kickoff", "--out", str(invitation)], check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        subprocess.run([sys.executable, "-m", "hype_desktop", "sample-exports", "--invitation", str(invitation),
                        "--members", str(args.members), "--out", str(shares)], check=True,
                       stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        files = len(list(shares.glob("*.hype")))
        collate = [sys.executable, "-m", "hype_desktop", "collate", str(shares), "--json", str(Path(tmp) / "s.json")]
        bare = [sys.executable, "-c", BARE, str(shares), str(Path(tmp) / "data" / "hype.sqlite3")]
        pdf = [sys.executable, "-m", "hype_desktop", "collate", str(shares), "--out", str(Path(tmp) / "team.pdf")]
        timed(bare, env), timed(collate, env), timed(pdf, env)  # warm-up: file cache, byte-code cache
        t_collate, t_bare, c_collate, c_bare, t_pdf, c_pdf = [], [], [], [], [], []
        for _ in range(args.runs):
            t_bare.append(timed(bare, env, c_bare))
            t_collate.append(timed(collate, env, c_collate))
            t_pdf.append(timed(pdf, env, c_pdf))
    mc, mb = statistics.median(t_collate), statistics.median(t_bare)
    ratio = mc / mb
    cpu_ratio = statistics.median(c_collate) / statistics.median(c_bare)
    print(f"{files} files: collate --json median {mc:.3f} s, bare json.loads loop median {mb:.3f} s, "
          f"ratio {ratio:.2f} (target ≤ {TARGET_RATIO}); CPU time ratio {cpu_ratio:.2f} "
          f"({statistics.median(c_collate):.3f} s / {statistics.median(c_bare):.3f} s), "
          f"load average {os.getloadavg()[0]:.1f}")
    mp = statistics.median(t_pdf)
    print(f"collate --out team.pdf: median {mp:.3f} s whole process (target ≤ {TARGET_PDF_SECONDS} s), "
          f"CPU {statistics.median(c_pdf):.3f} s")
    if args.check and (ratio > TARGET_RATIO or mp > TARGET_PDF_SECONDS):
        print("over target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
