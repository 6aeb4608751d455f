"""Start-up stays light: the heavy libraries (the ORM included) load only when first used."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("matplotlib", "reportlab", "alembic", "pydantic", "sqlalchemy", "qtawesome")


def test_start_up_path_imports_no_heavy_library(data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # First run creates and migrates the database (alembic is allowed then).
    subprocess.run([sys.executable, "-m", "hype_desktop", "--quit-after-startup", "--data-dir", str(data_dir)],
                   check=True, env=env, capture_output=True, timeout=120)
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys\nfrom pathlib import Path\nfrom hype_desktop.app import run_gui\n"
         f"code = run_gui(Path({str(data_dir)!r}), quit_after_startup=True)\n"
         f"print(code, [m for m in {HEAVY!r} if m in sys.modules])"],
        check=True, env=env, capture_output=True, text=True, timeout=120)
    assert probe.stdout.strip().splitlines()[-1] == "0 []"
