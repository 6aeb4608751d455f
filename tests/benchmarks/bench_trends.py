"""Benchmark: the trend view with 5,000 reflections against drawing the same charts with bare
matplotlib (Agg), timed alternately in one process; medians and their ratio.

    python tests/benchmarks/bench_trends.py [--reflections 5000] [--runs 7] [--check]

Makes a data folder with `python -m hype_desktop sample-data` (once, cached in a temp folder),
then, offscreen: builds TrendsView (the one query, the columns, the pickers, the lines table),
ticks every factor, lets the view draw (one build: opening and ticking happen in one event-loop
turn) and renders the chart. The floor draws the same picture with matplotlib alone: a figure
of the same size, one axes per factor panel placed where the view placed it, the same points
with the same markers, the panel names and the round lines, rendered on an Agg canvas.
--check exits 1 when the view takes more than 3 times the floor (wall time; the CPU-time ratio
is printed too). matplotlib is imported and its fonts cached before timing.
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
from typing import Any

TARGET_RATIO = 3.0
ROOT = Path(__file__).resolve().parents[2]


def the_picture(fig: Any) -> dict[str, Any]:
    """What the view drew, as plain data: figure size, and per panel its box, name, lines
    (points, style, markers) and round lines."""
    from hype_desktop.charts.trend import panels

    out = []
    for ax in panels(fig):
        lines = [(ln.get_xdata(), ln.get_ydata(), ln.get_color(), ln.get_linestyle(), ln.get_marker(),
                  ln.get_markevery()) for ln in ax.get_lines()]
        rounds = [seg[0][0] for c in ax.collections if c.get_gid() is None for seg in c.get_segments()]
        out.append({"box": ax.get_position().bounds, "title": ax.get_title(loc="left"), "lines": lines,
                    "rounds": rounds, "xlim": ax.get_xlim()})
    return {"size": tuple(fig.get_size_inches()), "dpi": fig.dpi, "panels": out}


def floor(picture: dict[str, Any]) -> None:
    """The same charts drawn with bare matplotlib on an Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=picture["size"], dpi=picture["dpi"])
    first = None
    for panel in picture["panels"]:
        ax = fig.add_axes(panel["box"], sharex=first)
        first = first or ax
        ax.set_title(panel["title"], loc="left", fontsize=8)
        for x, y, colour, style, marker, every in panel["lines"]:
            ax.plot(x, y, color=colour, linestyle=style, marker=marker, markevery=every)
        ax.vlines(panel["rounds"], 0, 1, transform=ax.get_xaxis_transform(), linestyles=":")
        ax.set_xlim(panel["xlim"])
        ax.set_ylim(0.7, 5.3)
    FigureCanvasAgg(fig).draw()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reflections", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = Path(tempfile.gettempdir()) / f"hype-bench-trends-{args.reflections}"
    data = base / "data"
    os.environ.setdefault("MPLCONFIGDIR", str(base / "mpl"))
    if not (data / "hype.sqlite3").exists() and not any(data.glob("*.sqlite*")):
        base.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "hype_desktop", "sample-data", "--reflections",
                        str(args.reflections), "--data-dir", str(data)], check=True, cwd=ROOT)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from hype_desktop.app import build_context
    ctx = build_context(data, "fi")
    from hype_desktop.charts.trend import panels
    from hype_desktop.ui.trends_view import TrendsView  # imports matplotlib (not timed)

    def the_view() -> Any:
        view = TrendsView(ctx)
        view.resize(1200, 800)
        view.select_factors(None)
        view.flush()  # what the view's zero-delay timer does on the next event-loop turn
        view.trend_chart.canvas.draw()
        return view

    view = the_view()  # warms matplotlib's caches (fonts, text layout) for both
    picture = the_picture(view.trend_fig)
    n, count = len(view.ordered), len(panels(view.trend_fig))
    view.deleteLater()
    app.processEvents()
    floor(picture)
    times: dict[str, list[float]] = {"view": [], "floor": []}
    cpu: dict[str, list[float]] = {"view": [], "floor": []}
    for _ in range(args.runs):
        for kind in ("view", "floor"):
            t0, c0 = time.perf_counter(), time.process_time()
            if kind == "view":
                made = the_view()
            else:
                floor(picture)
            times[kind].append(time.perf_counter() - t0)
            cpu[kind].append(time.process_time() - c0)
            if kind == "view":
                made.deleteLater()
                app.processEvents()
    med = {k: statistics.median(v) for k, v in times.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpu.items()}
    ratio = med["view"] / med["floor"]
    print(f"trend view, {n} reflections, {count} factor panels (medians of {args.runs} alternated runs)")
    print(f"  view:  wall {med['view']:.3f} s, CPU {cpu_med['view']:.3f} s "
          f"(runs {', '.join(f'{t:.3f}' for t in times['view'])})")
    print(f"  floor: wall {med['floor']:.3f} s, CPU {cpu_med['floor']:.3f} s "
          f"(runs {', '.join(f'{t:.3f}' for t in times['floor'])})")
    print(f"  ratio {ratio:.2f} (target <= {TARGET_RATIO}); CPU ratio {cpu_med['view'] / cpu_med['floor']:.2f}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    ctx.store.db.close()
    if args.check and ratio > TARGET_RATIO:
        print("over target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
