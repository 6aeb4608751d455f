"""The composition root's automatic backups run through the one background helper: the
quit-time backup is made before the process ends, and a failed one is logged, not lost.

The app runs in a child process: quitting its event loop would stop the test process's loop."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from hype_desktop.domain.sample import sample_reflections
from hype_desktop.paths import DataPaths
from hype_desktop.store import backup as b

BREAK_BACKUPS = ("import hype_desktop.store.backup as b\n"
                 "def broken(*args, **kwargs):\n    raise RuntimeError('disk said no')\n"
                 "b.run_auto_backup = broken\n")


@pytest.fixture
def filled(make_ctx, data_dir):
    ctx = make_ctx(app_content=True)
    ctx.store.add_complete(ctx.profile_id, sample_reflections(ctx.instrument, 2, seed=1, end=date(2025, 6, 1)),
                           ctx.instrument)
    ctx.services.close()
    return data_dir


def _run_and_quit(data_dir, before: str = "") -> str:
    """Run the app until 0.3 s after start (before the start-up backup is due), then quit."""
    code = (f"{before}from pathlib import Path\nfrom PySide6.QtCore import QTimer\n"
            "from hype_desktop.app import _qt_app, run_gui\n"
            "QTimer.singleShot(300, _qt_app().quit)\n"
            f"print(run_gui(Path({str(data_dir)!r}), lang='en'))\n")
    run = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "0"
    return (data_dir / "logs" / "hype.log").read_text(encoding="utf-8")


def test_the_daily_backup_is_made_at_quit(filled) -> None:
    log = _run_and_quit(filled)
    made = [info for info in b.list_backups(DataPaths(filled)) if info.kind == b.KIND_AUTO]
    assert len(made) == 1
    assert f"automatic backup at quit {made[0].path.name}" in log


def test_a_failed_backup_at_quit_is_logged_with_where_it_failed(filled) -> None:
    log = _run_and_quit(filled, BREAK_BACKUPS)
    assert "ERROR background work failed: builtins.RuntimeError" in log and "broken" in log
    assert b.list_backups(DataPaths(filled)) == []
