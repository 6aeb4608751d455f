"""A preset reaches the app (language, pack, About box); files given on the command line
reach MainWindow.open_files; a broken preset leaves the app on its defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mini_instrument import mini_instrument
from PySide6.QtWidgets import QApplication, QMessageBox

from hype_desktop.formats.preset_loading import load_preset


def write(folder: Path, data: object, name: str) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def window_for(qtbot, make_ctx):
    def make(preset=None, lang=None):
        from hype_desktop.ui.main_window import MainWindow
        window = MainWindow(make_ctx(lang, app_content=True, preset=preset))
        qtbot.addWidget(window)
        return window

    return make


def test_the_preset_sets_language_pack_and_about_box(tmp_path, window_for, monkeypatch):
    write(tmp_path, mini_instrument(), "hype-pack-mini.json")
    preset = load_preset(write(tmp_path, {
        "format": "hype-preset", "format_version": 1, "organisation": "Trainer & Co <i>x</i>",
        "default_language": "fi", "instrument_pack": "hype-pack-mini.json"}, "hype-preset.json"))
    window = window_for(preset)
    assert window.ctx.lang == "fi"
    assert window.ctx.instrument.id == "mini"
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.show_about()
    assert "Trainer & Co <i>x</i>" in shown[0]  # plain text, shown as written


def test_an_explicit_language_beats_the_presets(tmp_path, window_for):
    preset = load_preset(write(tmp_path, {"format": "hype-preset", "format_version": 1, "organisation": "X",
                                          "default_language": "fi"}, "hype-preset.json"))
    assert window_for(preset, lang="sv").ctx.lang == "sv"


def test_without_a_preset_the_about_box_names_no_one(window_for, monkeypatch):
    window = window_for(None, lang="en")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.show_about()
    assert "Set up for you by" not in shown[0]
    assert window.ctx.instrument.id == "hype-core"


def test_open_files_dispatches_by_suffix(tmp_path, window_for, monkeypatch):
    from hype_desktop.ui.main_window import MainWindow
    window = window_for(None, lang="en")
    team_files, collated = [], []
    monkeypatch.setattr(MainWindow, "open_team_file", lambda self, path=None: team_files.append(path))
    monkeypatch.setattr("hype_desktop.ui.team_view.TeamView.collate", lambda self, paths: collated.extend(paths))
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    files = [tmp_path / "a.hype-round", tmp_path / "m1.hype", tmp_path / "t.hype-team", tmp_path / "m2.HYPE",
             tmp_path / "notes.txt"]
    assert window.open_files(files) == 4
    assert team_files == [str(tmp_path / "a.hype-round"), str(tmp_path / "t.hype-team")]
    assert collated == [tmp_path / "m1.hype", tmp_path / "m2.HYPE"]  # together, in the Team view
    assert type(window.view).__name__ == "TeamView"
    assert len(shown) == 1 and "notes.txt" in shown[0]  # (in whichever language an earlier test left)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: _hand_over raises the window
def test_files_from_the_command_line_reach_open_files(qtbot, core_ctx, tmp_path, monkeypatch):
    from hype_desktop.app import _hand_over, show_main_window
    from hype_desktop.ui.main_window import MainWindow
    opened = []
    monkeypatch.setattr(MainWindow, "open_files", lambda self, paths: opened.extend(map(Path, paths)) or 0)
    window = show_main_window(core_ctx)
    qtbot.addWidget(window)
    _hand_over(window, [str(tmp_path / "x.hype-team")])  # what run_gui does with its files
    assert opened == [tmp_path / "x.hype-team"]


def test_a_broken_preset_is_reported_and_the_app_starts_on_defaults(tmp_path, data_dir):
    # a separate process: QApplication.exec() marks the test process's application as closing
    import os
    import subprocess
    import sys
    broken = write(tmp_path, {"format": "hype-preset", "format_version": 1, "organisation": "X",
                              "min_group_sizes": {"scores": 1}}, "hype-preset.json")
    result = subprocess.run([sys.executable, "-m", "hype_desktop", "--data-dir", str(data_dir), "--lang", "en",
                             "--preset", str(broken), "--quit-after-startup"],
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert "could not be used, so HyPe Desktop starts with its own settings" in result.stderr
    assert "hype-preset.json" in result.stderr and "never set below 3" in result.stderr


def test_the_start_page_offers_the_presets_modules_and_the_round_that_has_come(tmp_path, window_for):
    from datetime import date, timedelta

    from hype_desktop.formats.instrument_build import load_builtin_instrument
    modules = [m.id for m in load_builtin_instrument().modules]
    soon = date.today() + timedelta(days=10)
    lately = date.today() - timedelta(days=3)
    preset = load_preset(write(tmp_path, {
        "format": "hype-preset", "format_version": 1, "organisation": "X",
        "offered_modules": modules[:2],
        "rounds": [{"phase": "kickoff", "label": "Long ago", "date": "2020-01-01", "modules": modules[:1]},
                   {"phase": "team_workshop", "label": "This one", "date": lately.isoformat(),
                    "modules": modules[1:2]},
                   {"phase": "closing", "label": "Not yet", "date": soon.isoformat(), "modules": modules[:1]}],
    }, "hype-preset.json"))
    window = window_for(preset, lang="en")
    window.show_start()
    page = window.view
    assert page.label_edit.text() == "This one"  # never dated ahead to the next round
    assert page.date_edit.date().toPython() == lately
    assert {m for m, c in page.module_checks.items() if not c.isHidden()} == set(modules[:2])
    assert {m for m, c in page.module_checks.items() if c.isChecked()} == {modules[1]}


def test_a_file_open_event_reaches_open_files(window_for, tmp_path, monkeypatch, qapp):
    from PySide6.QtGui import QFileOpenEvent

    from hype_desktop.app import _file_open_filter
    window = window_for(None, lang="en")
    opened = []
    monkeypatch.setattr(window, "open_files", lambda paths: opened.extend(paths) or 1)
    opener = _file_open_filter(window)
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "r.hype-round")))
    finally:
        qapp.removeEventFilter(opener)
    assert opened == [tmp_path / "r.hype-round"]
