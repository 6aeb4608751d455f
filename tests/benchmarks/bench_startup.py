"""Start-up benchmark: `hype-desktop --quit-after-startup` against a bare PySide6 window.

    python tests/benchmarks/bench_startup.py [--runs 9] [--reflections 500] [--check]

Both are started alternately as whole processes; the medians and their ratio are printed.
The app runs on a data folder holding finished reflections made with `sample-data`.
--check exits 1 when the ratio is over the target (3; 2 is the aim) or when a heavy library is imported.
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

TARGET_RATIO = 3.0  # the budget; 2.0 is the aim
BARE = ("from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication([])\nw = QMainWindow()\nw.show()\n"
        "QTimer.singleShot(0, app.quit)\napp.exec()\n")
HEAVY = ("matplotlib", "reportlab", "alembic", "pydantic", "sqlalchemy", "qtawesome")


CPU: dict[str, list[float]] = {"app": [], "bare": []}


def timed(cmd: list[str], env: dict[str, str], kind: str = "") -> float:
    """Wall time of a whole process; its CPU time (user+sys) is kept in CPU[kind]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if kind:
        CPU[kind].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--reflections", type=int, default=500)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   MPLCONFIGDIR=str(Path(tmp) / "mpl"), HOME=tmp)
        # An installed app has its bytecode cached (pip compiles it); both runs may cache theirs.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "hype_desktop", "sample-data", "--reflections",
                        str(args.reflections), "--data-dir", str(data)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        app_cmd = [sys.executable, "-m", "hype_desktop", "--quit-after-startup", "--data-dir", str(data)]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(app_cmd, env), timed(bare_cmd, env)  # warm the OS file cache
        app_t, bare_t = [], []
        for _ in range(args.runs):
            app_t.append(timed(app_cmd, env, "app"))
            bare_t.append(timed(bare_cmd, env, "bare"))
        probe = subprocess.run(
            [sys.executable, "-c",
             "import sys\nfrom pathlib import Path\nfrom hype_desktop.app import run_gui\n"
             f"run_gui(Path({str(data)!r}), quit_after_startup=True)\n"
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"],
            check=True, env=env, capture_output=True, text=True)
    app_m, bare_m = statistics.median(app_t), statistics.median(bare_t)
    ratio = app_m / bare_m
    heavy = probe.stdout.strip().splitlines()[-1] if probe.stdout.strip() else ""
    print(f"start-up with {args.reflections} reflections, {args.runs} runs each (medians)")
    print(f"  hype-desktop --quit-after-startup: {app_m:.3f} s")
    print(f"  bare PySide6 QMainWindow:          {bare_m:.3f} s")
    print(f"  ratio: {ratio:.2f} (target <= {TARGET_RATIO})")
    cpu_app, cpu_bare = statistics.median(CPU["app"]), statistics.median(CPU["bare"])
    print(f"  CPU time (user+sys) medians: app {cpu_app:.3f} s, bare {cpu_bare:.3f} s, "
          f"ratio {cpu_app / cpu_bare:.2f} (for reference on a busy machine)")
    print(f"  heavy modules imported on the start-up path: {heavy or 'none'}")
    if args.check and (ratio > TARGET_RATIO or heavy):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
