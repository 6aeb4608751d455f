"""Benchmark: the team PDF made from 1,000 sealed shares (`hype-desktop collate DIR --out
team.pdf`, whole process) against a floor doing the same kind of work with the libraries alone:
it reads the same files, opens each seal with PyNaCl and `json.loads` it (the collate floor,
bench_collate.py), then imports matplotlib and reportlab, draws as many charts of the team
report's kind (per statement a stacked bar of the five answers with their counts, two-line
names, a title and a legend; as many statements as fit the chart's height) at the team PDF's
pixel sizes on an Agg canvas, and builds a PDF of as many pages with them.
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
from matplotlib.patches import Patch
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
    # the team report's kind of chart: per statement a stacked bar of the five answers with
    # their counts, two-line statement names, a zero line, a title and a legend naming the values
    fig = Figure(figsize=(w / dpi, h / dpi), dpi=dpi, layout="constrained")
    ax = fig.add_subplot()
    rows = max(2, int((h / dpi - 1.0) / 0.46))
    colours = ("#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571")
    for y in range(rows):
        counts = [1 + (y + k) % 4 for k in range(5)]
        left = -sum(counts[:2]) / sum(counts) - counts[2] / sum(counts) / 2
        for k, c in enumerate(counts):
            width = c / sum(counts)
            ax.barh(y, width, left=left, height=0.7, color=colours[k], edgecolor="white", linewidth=0.6)
            ax.text(left + width / 2, y, str(c), ha="center", va="center", fontsize=8)
            left += width
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_yticks(range(rows), [f"Väittämä {r}: opettajana koen,\\nettä työni on merkityksellistä" for r in range(rows)],
                  fontsize=8)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_xlim(-1.02, 1.02)
    ax.set_xticks([])
    ax.set_title(f"Osa-alue {n}", fontsize=10, loc="left")
    handles = [Patch(facecolor=c, edgecolor="white", label=f"{k} täysin samaa mieltä") for k, c in enumerate(colours, 1)]
    fig.legend(handles=handles, loc="outside lower center", ncols=3, fontsize=7, frameon=False)
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
