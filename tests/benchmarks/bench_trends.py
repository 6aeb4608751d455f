"""Benchmark: open the trend view and draw all factor lines with 5,000 reflections.

    python tests/benchmarks/bench_trends.py [--reflections 5000] [--runs 7] [--check]

Makes a data folder with `python -m hype_desktop sample-data` (once, cached in a temp folder),
then in-process, offscreen: builds TrendsView (queries + series + profile + tables), ticks every
factor and draws the trend canvas. Prints the median; --check exits 1 over 0.3 s. matplotlib is
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
    from hype_desktop.ui.trends_view import TrendsView  # imports matplotlib (not timed)

    times = []
    for _ in range(args.runs + 1):
        t0 = time.perf_counter()
        view = TrendsView(ctx)
        view.resize(1200, 800)
        view.select_factors(None)
        view.trend_canvas.draw()
        elapsed = time.perf_counter() - t0
        lines = len(view.trend_fig.axes[0].get_lines())
        view.deleteLater()
        app.processEvents()
        times.append(elapsed)
    times = times[1:]  # the first run warms matplotlib's caches (fonts, text layout)
    med = statistics.median(times)
    n = len(view.ordered)
    print(f"trend view, {n} reflections, {lines} factor lines: median {med:.3f} s "
          f"(runs: {', '.join(f'{t:.3f}' for t in times)}; target {TARGET_S} s)")
    ctx.store.db.close()
    if args.check and med > TARGET_S:
        print("over target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
