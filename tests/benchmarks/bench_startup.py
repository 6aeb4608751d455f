"""Start-up benchmark: `hype-desktop --quit-after-startup` against a bare PySide6 window.

    python tests/benchmarks/bench_startup.py [--runs 9] [--reflections 500] [--check]

Both are started alternately as whole processes; the medians and their ratio are printed
(tests/benchmarks/processes.py: both read cached bytecode).
The app runs on a data folder holding finished reflections made with `sample-data`.
--check exits 1 when the ratio is over the target (3; 2 is the aim) or when a heavy library is imported.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from processes import alternate, bench_env, machine_load

TARGET_RATIO = 3.0  # the budget; 2.0 is the aim
BARE = ("from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication([])\nw = QMainWindow()\nw.show()\n"
        "QTimer.singleShot(0, app.quit)\napp.exec()\n")
HEAVY = ("matplotlib", "reportlab", "alembic", "pydantic", "sqlalchemy", "qtawesome", "nacl")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--reflections", type=int, default=500)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        data = tmp / "data"
        env = bench_env(tmp, MPLCONFIGDIR=str(tmp / "mpl"), HOME=str(tmp))
        subprocess.run([sys.executable, "-m", "hype_desktop", "sample-data", "--reflections",
                        str(args.reflections), "--data-dir", str(data)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        runs = alternate({
            "app": [sys.executable, "-m", "hype_desktop", "--quit-after-startup", "--data-dir", str(data)],
            "bare": [sys.executable, "-c", BARE],
        }, env, args.runs)
        probe = subprocess.run(
            [sys.executable, "-c",
             "import sys\nfrom pathlib import Path\nfrom hype_desktop.app import run_gui\n"
             f"run_gui(Path({str(data)!r}), quit_after_startup=True)\n"
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"],
            check=True, env=env, capture_output=True, text=True)
    app, bare = runs["app"], runs["bare"]
    ratio = app.median / bare.median
    heavy = probe.stdout.strip().splitlines()[-1] if probe.stdout.strip() else ""
    print(f"start-up with {args.reflections} reflections, medians of {args.runs} alternated runs")
    print(f"  hype-desktop --quit-after-startup: wall {app.median:.3f} s, CPU {app.cpu_median:.3f} s "
          f"(runs {app.listed()})")
    print(f"  bare PySide6 QMainWindow:          wall {bare.median:.3f} s, CPU {bare.cpu_median:.3f} s "
          f"(runs {bare.listed()})")
    print(f"  ratio {ratio:.2f} (target <= {TARGET_RATIO}, aim 2); CPU ratio {app.cpu_median / bare.cpu_median:.2f}; "
          f"{machine_load()}")
    print(f"  heavy modules imported on the start-up path: {heavy or 'none'}")
    if args.check and (ratio > TARGET_RATIO or heavy):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
