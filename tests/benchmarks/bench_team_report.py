"""Benchmark: the team PDF (`hype-desktop collate DIR --out team.pdf`, whole process) against a
floor: a bare process that imports matplotlib and reportlab, draws as many charts of the same
pixel sizes as the team PDF holds, and lays them out in a PDF with reportlab. Both alternate in
one run, so a busy machine slows both alike.

    python tests/benchmarks/bench_team_report.py [--members 40] [--runs 5] [--check]

Target (--check): median team PDF ≤ 1.5 × median floor (wall time); the CPU-time ratio is
printed too.
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
TARGET_RATIO = 1.5
FLOOR = """
import sys
from matplotlib.figure import Figure
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate
from reportlab.lib.styles import getSampleStyleSheet
import io
sizes = [tuple(map(int, s.split("x"))) for s in sys.argv[2].split(",")]
story, style = [], getSampleStyleSheet()["Normal"]
for n, (w, h) in enumerate(sizes):
    fig = Figure(figsize=(w / 150, h / 150), layout="constrained")
    ax = fig.add_subplot()
    rows = max(2, h // 90)
    ax.barh(range(rows), [1 + (r % 4) for r in range(rows)], color="#01665e")
    ax.set_yticks(range(rows), [f"Statement {r} of a chart with a label of some length" for r in range(rows)])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150)
    buf.seek(0)
    story += [Paragraph(f"Chart {n}", style), Image(buf, width=w * 0.48, height=h * 0.48)]
    if n % 2:
        story.append(PageBreak())
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(story)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str], cpu: list[float]) -> float:
    cpu_start, start = _children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    cpu.append(_children_cpu() - cpu_start)
    return time.perf_counter() - start


def image_sizes(pdf: Path) -> list[str]:
    """The pixel sizes of the images in the PDF, as WxH."""
    from pypdf import PdfReader
    out = []
    for page in PdfReader(pdf).pages:
        for image in page.images:
            w, h = image.image.size
            out.append(f"{w}x{h}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", HOME=str(t),
                   HYPE_DATA_DIR=str(t / "data"), MPLCONFIGDIR=str(t / "mpl"))
        round_file = t / "round.hype-round"  # the round is made in the data folder that collates it
        subprocess.run([sys.executable, "-m", "hype_desktop", "round", "new", "--team", "BENCH", "--phase",
                        "team_workshop", "--out", str(round_file)], check=True, stdout=subprocess.DEVNULL, env=env,
                       cwd=ROOT)
        subprocess.run([sys.executable, "-m", "hype_desktop", "sample-exports", "--invitation", str(round_file),
                        "--members", str(args.members), "--out", str(t / "in")], check=True,
                       stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        pdf = t / "team.pdf"
        team = [sys.executable, "-m", "hype_desktop", "collate", str(t / "in"), "--out", str(pdf), "--lang", "fi"]
        subprocess.run(team, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)  # font cache, warm files
        sizes = image_sizes(pdf)
        floor = [sys.executable, "-c", FLOOR, str(t / "floor.pdf"), ",".join(sizes)]
        subprocess.run(floor, check=True, env=env, cwd=ROOT)
        team_wall, floor_wall, team_cpu, floor_cpu = [], [], [], []
        for _ in range(args.runs):
            team_wall.append(timed(team, env, team_cpu))
            floor_wall.append(timed(floor, env, floor_cpu))
    ratio = statistics.median(team_wall) / statistics.median(floor_wall)
    cpu_ratio = statistics.median(team_cpu) / statistics.median(floor_cpu)
    print(f"team PDF ({args.members} members, {len(sizes)} charts): wall median {statistics.median(team_wall):.2f} s,"
          f" CPU {statistics.median(team_cpu):.2f} s")
    print(f"floor (same charts, bare matplotlib + reportlab): wall median {statistics.median(floor_wall):.2f} s,"
          f" CPU {statistics.median(floor_cpu):.2f} s")
    print(f"ratio: wall {ratio:.2f}, CPU {cpu_ratio:.2f}; target <= {TARGET_RATIO}")
    if args.check and ratio > TARGET_RATIO:
        print("OVER TARGET")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
