"""The composition root's automatic backups run through the one background helper: the
quit-time backup is made before the process ends, and a failed one is logged, not lost."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hype_desktop.domain.sample import sample_reflections
from hype_desktop.paths import DataPaths
from hype_desktop.store import backup as b


@pytest.fixture
def filled(make_ctx, data_dir):
    ctx = make_ctx(app_content=True)
    ctx.store.add_complete(ctx.profile_id, sample_reflections(ctx.instrument, 2, seed=1, end=date(2025, 6, 1)),
                           ctx.instrument)
    ctx.services.close()
    return data_dir


def _run_and_quit(data_dir) -> int:
    from hype_desktop.app import run_gui
    hook = sys.excepthook
    QTimer.singleShot(300, QApplication.instance().quit)  # before the start-up backup is due
    try:
        return run_gui(data_dir, lang="en")
    finally:
        sys.excepthook = hook


@pytest.mark.qt_log_ignore(".*")
def test_the_daily_backup_is_made_at_quit(qapp, filled) -> None:
    assert _run_and_quit(filled) == 0
    made = [info for info in b.list_backups(DataPaths(filled)) if info.kind == b.KIND_AUTO]
    assert len(made) == 1
    log = (filled / "logs" / "hype.log").read_text(encoding="utf-8")
    assert f"automatic backup at quit {made[0].path.name}" in log


@pytest.mark.qt_log_ignore(".*")
def test_a_failed_backup_at_quit_is_logged_with_where_it_failed(qapp, filled, monkeypatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk said no")

    monkeypatch.setattr(b, "run_auto_backup", broken)
    assert _run_and_quit(filled) == 0
    log = (filled / "logs" / "hype.log").read_text(encoding="utf-8")
    assert "ERROR background work failed: builtins.RuntimeError" in log and "broken" in log
    assert b.list_backups(DataPaths(filled)) == []
