"""Benchmark: the team PDF made from 1,000 sealed shares (`hype-desktop collate DIR --out
team.pdf`, whole process) against a floor doing the same kind of work with the libraries alone:
it reads the same files, opens each seal with PyNaCl and `json.loads` it (the collate floor,
bench_collate.py), then imports matplotlib and reportlab, draws as many bar charts as the team
PDF holds at their pixel sizes on an Agg canvas, and builds a PDF of as many pages with them.
Alternated in one run, medians (tests/benchmarks/processes.py: both read cached bytecode).

    python tests/benchmarks/bench_team_report.py [--members 1000] [--runs 5] [--check]

--check exits 1 when the team PDF takes more than 1.5 times the floor (wall time; the CPU-time
ratio is printed beside it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench_collate import FLOOR as COLLATE_FLOOR
from bench_collate import make_shares
from processes import alternate, bench_env, machine_load, run_once

TARGET_RATIO = 1.5
CHART_DPI = 150  # as reports.pdf_team_report draws them
FLOOR = COLLATE_FLOOR + """
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate


class Picture(Flowable):
    def __init__(self, image, width, height):
        super().__init__()
        self.image, self.width, self.height = image, width, height

    def wrap(self, *_):
        return self.width, self.height

    def draw(self):
        self.canv.drawImage(ImageReader(self.image), 0, 0, self.width, self.height)


sizes = [tuple(map(int, s.split("x"))) for s in sys.argv[4].split(",") if s]
pages, dpi = int(sys.argv[5]), int(sys.argv[6])
style = getSampleStyleSheet()["BodyText"]
charts = []
for n, (w, h) in enumerate(sizes):
    fig = Figure(figsize=(w / dpi, h / dpi), dpi=dpi, layout="constrained")
    ax = fig.add_subplot()
    rows = max(2, h // 90)
    ax.barh(range(rows), [1 + (r % 4) for r in range(rows)], color="#01665e")
    ax.set_yticks(range(rows), [f"Statement {r} of a chart with a label of some length" for r in range(rows)])
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    charts.append([Paragraph(f"Chart {n}", style), Picture(image.convert("RGB"), w * 72 / dpi * 0.9, h * 72 / dpi * 0.9)])
on_page = [[] for _ in range(pages)]  # the charts spread over as many pages as the report's
for n, chart in enumerate(charts):
    on_page[n * pages // len(charts)] += chart
story = []
for page, content in enumerate(on_page):
    story += content or [Paragraph("Jaetut tekstit ja seuraavat askeleet " * 60, style)]
    story += [PageBreak()] if page < pages - 1 else []
SimpleDocTemplate(sys.argv[3], pagesize=A4).build(story)
"""


def shape_of(pdf: Path) -> tuple[list[str], int]:
    """The pixel sizes (WxH) of the images in the PDF and its number of pages."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    sizes = [f"{image.image.size[0]}x{image.image.size[1]}" for page in reader.pages for image in page.images]
    return sizes, len(reader.pages)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = bench_env(tmp, HOME=str(tmp), HYPE_DATA_DIR=str(tmp / "data"), MPLCONFIGDIR=str(tmp / "mpl"))
        shares = make_shares(tmp, env, args.members, phase="team_workshop")
        pdf = tmp / "team.pdf"
        team = [sys.executable, "-m", "hype_desktop", "collate", str(shares), "--out", str(pdf), "--lang", "fi"]
        run_once(team, env)  # matplotlib's font cache, the file cache, bytecode
        sizes, pages = shape_of(pdf)
        floor_pdf = tmp / "floor.pdf"
        floor = [sys.executable, "-c", FLOOR, str(shares), str(tmp / "data" / "hype.sqlite3"), str(floor_pdf),
                 ",".join(sizes), str(pages), str(CHART_DPI)]
        runs = alternate({"team": team, "floor": floor}, env, args.runs)
        floor_sizes, floor_pages = shape_of(floor_pdf)
    team_runs, floor_runs = runs["team"], runs["floor"]
    ratio = team_runs.median / floor_runs.median
    print(f"team PDF of {args.members} sealed shares: {pages} pages, {len(sizes)} charts "
          f"(floor: {floor_pages} pages, {len(floor_sizes)} charts); medians of {args.runs} alternated runs")
    print(f"  team PDF: wall {team_runs.median:.2f} s, CPU {team_runs.cpu_median:.2f} s (runs {team_runs.listed()})")
    print(f"  floor:    wall {floor_runs.median:.2f} s, CPU {floor_runs.cpu_median:.2f} s (runs {floor_runs.listed()})")
    print(f"  ratio {ratio:.2f} (target <= {TARGET_RATIO}); CPU ratio "
          f"{team_runs.cpu_median / floor_runs.cpu_median:.2f}; {machine_load()}")
    if args.check and ratio > TARGET_RATIO:
        print("OVER TARGET")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
