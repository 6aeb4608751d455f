"""Benchmark: `hype-desktop report` whole process (python start to PDF written) against a floor.

The reflection has every module answered, a note on every statement, an answer to every
prompt, three next steps and 11 earlier reflections (12 in all), with --include-notes. The
floor is a whole process doing the same kind of work with the libraries alone: it imports
matplotlib and reportlab, draws as many charts as the report has (horizontal bars, one per
factor) at the report's size and dpi, and builds a PDF of as many pages with them and text.
Both are run alternately; medians (tests/benchmarks/processes.py: both read cached bytecode).
--check fails when the report takes more than 1.25 times
the floor (wall time; the CPU-time ratio is printed too, steadier on a busy machine).

A second figure (not checked) is the same report with a 1 MB note written straight into the
database (the app caps notes at 2,000 characters; imports might not).

Each timed run is a user's second run: the first (untimed) runs build matplotlib's font cache
in MPLCONFIGDIR, as the app's first report on a computer does once.

Run: python tests/benchmarks/bench_report.py [--runs N] [--check]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from processes import bench_env  # noqa: E402

TARGET_RATIO = 1.25
# The floor: the same libraries doing the same kind of work, nothing of the app.
FLOOR = """
import sys
from matplotlib.figure import Figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
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


charts = [tuple(map(int, c.split("x"))) for c in sys.argv[2].split(",") if c]
pages, dpi = int(sys.argv[3]), int(sys.argv[4])
styles = getSampleStyleSheet()
story = []
for n, (w, h) in enumerate(charts):
    # the report's kind of chart: per factor this and an earlier score as bars (the earlier
    # hatched), the number at the end of each, two-line names, a legend under it
    fig = Figure(figsize=(w / dpi, h / dpi), dpi=dpi, layout="constrained")
    ax = fig.add_subplot()
    bars = max(3, int((h / dpi - 0.9) / 0.55))
    for k, (colour, hatch) in enumerate((("#0072B2", None), ("#9A6200", "///"))):
        at = [i - 0.4 + 0.4 * (k + 0.5) for i in range(bars)]
        values = [1.5 + ((i + k) % 7) / 2 for i in range(bars)]
        ax.barh(at, [v - 1 for v in values], left=1, height=0.37, color=colour, hatch=hatch,
                label=["Tämä pohdinta", "Aiempi pohdinta"][k])
        for y, v in zip(at, values):
            ax.plot([v], [y], marker="|", color="#222222")
            ax.text(v + 0.05, y, f"{v:.2f}".replace(".", ","), va="center", fontsize=8)
    ax.set_yticks(range(bars), [f"Osa-alueen {i} pitkä\\nnimi kahdella rivillä" for i in range(bars)], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(1, 5.45)
    ax.grid(axis="x")
    fig.legend(loc="outside lower center", ncols=2, fontsize=8)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    story.append(Picture(image.convert("RGB"), w * 72 / dpi, h * 72 / dpi))
    story.append(Paragraph("Tulokset taulukkona " * 20, styles["BodyText"]))
# one chart and its text a page, then pages of notes: as many pages as the report
while len(story) < 2 * pages:
    story += [Paragraph("Muistiinpanot ja vastaukset " * 60, styles["BodyText"]), Paragraph("", styles["BodyText"])]
flowables = []
for page in range(pages):
    flowables += story[2 * page:2 * page + 2] + ([PageBreak()] if page < pages - 1 else [])
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(flowables)
"""
CHART_DPI = 200  # as reports.pdf_personal_report draws them


def make_data(folder: Path) -> None:
    from hype_desktop.domain.reflection import Answer, NextStep, Owner
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore

    inst = load_builtin_instrument()
    plan = sample_reflections(inst, 12, seed=7)
    last = plan[-1]
    scope = tuple(f.id for m in inst.modules for f in m.factors)
    answers = {}
    for fid in scope:
        for n, item in enumerate(inst.factor(fid).items):
            answers[item.id] = Answer(item.id, 1 + (n + len(fid)) % 5,
                                      f"Muistiinpano {item.id}: tästä haluan puhua tiimissä, åäö & <ok>.")
    prompts = {p.id: f"Vastaus {p.id}: yhteinen suunnitteluaika auttoi eniten." for fid in scope
               for p in inst.factor(fid).prompts}
    steps = [NextStep(f"Step {n}: ehdotan tiimille viikoittaista aamukahvia.", scope[n], Owner.TEAM) for n in range(3)]
    plan[-1] = replace(last, modules=tuple(m.id for m in inst.modules), scope=scope, answers=answers,
                       prompt_answers=prompts, next_steps=steps)
    db = open_database(DataPaths(folder))
    try:
        store = ReflectionStore(db)
        store.add_complete(store.person_profile(), plan, inst)
    finally:
        db.close()


def put_huge_note(folder: Path) -> None:
    con = sqlite3.connect(folder / "hype.sqlite3") if (folder / "hype.sqlite3").exists() else None
    if con is None:
        from hype_desktop.paths import DataPaths
        con = sqlite3.connect(DataPaths(folder).database)
    try:
        rid = con.execute("SELECT max(id) FROM reflections").fetchone()[0]
        huge = ("Pitkä muistiinpano ilman loppua. " * 40_000)[:1_000_000]
        con.execute("UPDATE answers SET note = ? WHERE reflection_id = ? AND item_id = "
                    "(SELECT min(item_id) FROM answers WHERE reflection_id = ?)", (huge, rid, rid))
        con.commit()
    finally:
        con.close()


CPU: dict[str, list[float]] = {"report": [], "floor": []}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


ENV: dict[str, str] = {}  # both sides' environment (processes.bench_env), set in main()


def _timed(cmd: list[str], kind: str) -> float:
    """Wall-clock seconds of one whole process; its CPU seconds go to CPU[kind]."""
    env = ENV
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    CPU[kind].append(_children_cpu() - cpu)
    return wall


def report_cmd(folder: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "hype_desktop", "report", "--data-dir", str(folder), "--out", str(out),
            "--latest", "--include-notes", "--lang", "fi"]


def shape_of(pdf: Path) -> tuple[list[tuple[int, int]], int]:
    """The pixel sizes of the report's charts and its number of pages."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    sizes = []
    for page in reader.pages:
        for xobject in page.images:
            image = xobject.image
            if image is not None and image.size[0] > 200:  # a chart, not a logo
                sizes.append(image.size)
    return sizes, len(reader.pages)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit non-zero when over target")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        os.environ["HYPE_DATA_DIR"] = str(folder)
        os.environ.setdefault("MPLCONFIGDIR", str(Path(tmp) / "mpl"))
        ENV.update(bench_env(Path(tmp), QT_QPA_PLATFORM="offscreen"))
        make_data(folder)
        out, floor_out = Path(tmp) / "report.pdf", Path(tmp) / "floor.pdf"
        report = report_cmd(folder, out)
        _timed(report, "report")  # warm the OS file cache and matplotlib's font cache once
        charts, pages = shape_of(out)
        floor = [sys.executable, "-c", FLOOR, str(floor_out), ",".join(f"{w}x{h}" for w, h in charts),
                 str(pages), str(CHART_DPI)]
        _timed(floor, "floor")
        for values in CPU.values():
            values.clear()
        times: dict[str, list[float]] = {"report": [], "floor": []}
        for _ in range(args.runs):
            times["report"].append(_timed(report, "report"))
            times["floor"].append(_timed(floor, "floor"))
        floor_charts, floor_pages = shape_of(floor_out)
        put_huge_note(folder)
        huge = [_timed(report, "report") for _ in range(max(1, args.runs // 3))]

    def runs(values: list[float]) -> str:
        return ", ".join(f"{t:.2f}" for t in values)

    med = {k: statistics.median(v) for k, v in times.items()}
    cpu = {k: statistics.median(v[:args.runs]) for k, v in CPU.items()}
    ratio = med["report"] / med["floor"]
    print(f"personal PDF, 12 reflections with notes: {pages} pages, {len(charts)} charts at {CHART_DPI} dpi "
          f"(floor: {floor_pages} pages, {len(floor_charts)} charts)")
    print(f"  report: wall median {med['report']:.2f} s (runs {runs(times['report'])}), CPU {cpu['report']:.2f} s")
    print(f"  floor:  wall median {med['floor']:.2f} s (runs {runs(times['floor'])}), CPU {cpu['floor']:.2f} s")
    print(f"  ratio {ratio:.2f} (target <= {TARGET_RATIO}); CPU ratio {cpu['report'] / cpu['floor']:.2f}")
    print(f"  with a 1 MB note (not checked): wall median {statistics.median(huge):.2f} s")
    print(f"  load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    if args.check and ratio > TARGET_RATIO:
        print("OVER TARGET")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
