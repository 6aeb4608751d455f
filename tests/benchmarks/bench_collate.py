"""Benchmark: `hype-desktop collate DIR --json F` on 1,000 sealed sample shares against a floor
that reads the same files, opens each seal with the same library (PyNaCl sealed boxes, the
round's key read from the data folder) and `json.loads` what it holds, both whole processes,
alternated in one run, medians (tests/benchmarks/processes.py: both read cached bytecode).

    python tests/benchmarks/bench_collate.py [--members 1000] [--runs 7] [--check]

--check exits 1 when collate takes more than 5 times the floor (wall time; the CPU-time ratio is
printed beside it, steadier on a busy machine). The team PDF made from the same shares has its
own ratio: tests/benchmarks/bench_team_report.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from processes import ROOT, alternate, bench_env, machine_load

TARGET_RATIO = 5.0
FLOOR = ("import base64, json, pathlib, sqlite3, sys\n"
         "from nacl.public import PrivateKey, SealedBox\n"
         "con = sqlite3.connect(sys.argv[2])\n"
         "seed = con.execute('SELECT secret FROM round_keys').fetchone()[0].split(':')[0]\n"
         "box = SealedBox(PrivateKey(bytes.fromhex(seed)))\n"
         "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.hype')):\n"
         "    json.loads(box.decrypt(base64.b64decode(json.loads(p.read_bytes())['sealed'])))\n")


def make_shares(tmp: Path, env: dict[str, str], members: int, phase: str = "kickoff") -> Path:
    """A round made in the data folder of ``env`` and ``members`` sealed sample shares for it."""
    invitation, shares = tmp / "round.hype-round", tmp / "shares"
    app = [sys.executable, "-m", "hype_desktop"]
    subprocess.run([*app, "round", "new", "--team", "BENCH", "--phase", phase, "--out", str(invitation)],
                   check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    subprocess.run([*app, "sample-exports", "--invitation", str(invitation), "--members", str(members),
                    "--out", str(shares)], check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    return shares


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = bench_env(tmp, HYPE_DATA_DIR=str(tmp / "data"), HOME=str(tmp))
        shares = make_shares(tmp, env, args.members)
        files = len(list(shares.glob("*.hype")))
        runs = alternate({
            "floor": [sys.executable, "-c", FLOOR, str(shares), str(tmp / "data" / "hype.sqlite3")],
            "collate": [sys.executable, "-m", "hype_desktop", "collate", str(shares), "--json", str(tmp / "s.json")],
        }, env, args.runs)
    collate, floor = runs["collate"], runs["floor"]
    ratio = collate.median / floor.median
    print(f"collate {files} sealed shares to a summary, medians of {args.runs} alternated runs")
    print(f"  collate --json: wall {collate.median:.3f} s, CPU {collate.cpu_median:.3f} s (runs {collate.listed()})")
    print(f"  floor (read, unseal, json.loads): wall {floor.median:.3f} s, CPU {floor.cpu_median:.3f} s "
          f"(runs {floor.listed()})")
    print(f"  ratio {ratio:.2f} (target <= {TARGET_RATIO}); CPU ratio {collate.cpu_median / floor.cpu_median:.2f}; "
          f"{machine_load()}")
    if args.check and ratio > TARGET_RATIO:
        print("over target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
