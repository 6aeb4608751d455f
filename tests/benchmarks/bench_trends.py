"""Benchmark: open the trend view and draw all factor lines with 5,000 reflections.

    python tests/benchmarks/bench_trends.py [--reflections 5000] [--runs 7] [--check]

Makes a data folder with `python -m hype_desktop sample-data` (once, cached in a temp folder),
then in-process, offscreen: builds TrendsView (the one query, series, pickers, the lines table),
ticks every factor, lets the view draw (one build of the lines: opening and ticking happen in one
event-loop turn) and renders the trend canvas. The comparing tabs (profile, what moved most) read
the two reflections in full, and make their chart and tables, when first shown, as they do in the
app, so they are not timed here. Prints the median wall time and the median CPU time of the
process (time.process_time: on a loaded machine wall time includes waiting for a core); --check
exits 1 when the median wall time is over 0.3 s. matplotlib is
imported and its fonts cached before timing (the first open pays that once; it is not the
app's own work measured here).
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

TARGET_S = 0.3
ROOT = Path(__file__).resolve().parents[2]


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

    times, cpu = [], []
    for _ in range(args.runs + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        view = TrendsView(ctx)
        view.resize(1200, 800)
        view.select_factors(None)
        view.flush()  # what the view's zero-delay timer does on the next event-loop turn
        view.trend_canvas.draw()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        lines = len(panels(view.trend_fig))
        view.deleteLater()
        app.processEvents()
    times, cpu = times[1:], cpu[1:]  # the first run warms matplotlib's caches (fonts, text layout)
    med = statistics.median(times)
    n = len(view.ordered)
    print(f"trend view, {n} reflections, {lines} factor lines: median wall {med:.3f} s, "
          f"median CPU {statistics.median(cpu):.3f} s; target {TARGET_S} s wall "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)\n"
          f"  wall runs: {', '.join(f'{t:.3f}' for t in times)}\n"
          f"  CPU runs:  {', '.join(f'{t:.3f}' for t in cpu)}")
    ctx.store.db.close()
    if args.check and med > TARGET_S:
        print("over target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
