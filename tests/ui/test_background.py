"""The one helper for background work: off the GUI thread, back on it, and no silent bug."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from hype_desktop.formats.errors import FileProblem
from hype_desktop.logs import close_logging, setup_logging
from hype_desktop.messages import message
from hype_desktop.store.errors import StoreProblem
from hype_desktop.ui.background import Background, describe

GUI = threading.get_ident()


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def log_dir(tmp_path):
    setup_logging(tmp_path / "logs")
    yield tmp_path / "logs"
    close_logging()


def shown(widget: QWidget) -> list[str]:
    return [box.text() for box in widget.findChildren(QMessageBox)]


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot, parent):
    seen: dict[str, object] = {}
    progress: list[tuple[int, int]] = []

    def work(report):
        seen["work"] = threading.get_ident()
        report(40)
        report.report(100)
        return 42

    def success(value):
        seen["success"] = threading.get_ident()
        seen["value"] = value

    bg = Background(parent)
    bg.run(work, success, progress=lambda p: progress.append((p, threading.get_ident())))
    assert bg.busy
    qtbot.waitUntil(lambda: "value" in seen, timeout=10_000)
    assert seen["work"] != GUI
    assert seen["success"] == GUI
    assert seen["value"] == 42
    assert progress == [(40, GUI), (100, GUI)]
    assert not bg.busy


def test_a_failure_comes_back_on_the_gui_thread_to_the_failure_callback(qtbot, parent):
    got: list[tuple[BaseException, int]] = []
    problem = StoreProblem("store.damaged", path="x.sqlite", reason="broken")

    def work(_progress):
        raise problem

    Background(parent).run(work, lambda _v: None, failure=lambda exc: got.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [(problem, GUI)]
    assert shown(parent) == []  # the callback decides where to say it


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_known_problem_is_shown_in_the_users_language(qtbot, parent, log_dir, lang):
    problem = FileProblem("team-42.json", "file.not_utf8")

    def work(_progress):
        raise problem

    Background(parent, lang=lang).run(work, lambda _v: None)
    qtbot.waitUntil(lambda: bool(shown(parent)), timeout=10_000)
    assert shown(parent) == [problem.render(lang)]
    assert "team-42.json" in shown(parent)[0]
    assert "ERROR" not in (log_dir / "hype.log").read_text(encoding="utf-8")  # not a bug


def test_an_os_error_names_the_file(sync_background, parent):
    def work(_progress):
        raise PermissionError(13, "Permission denied", "/media/stick/backup.zip")

    Background(parent, lang="fi").run(work, lambda _v: None)
    [text] = shown(parent)
    assert text.startswith("/media/stick/backup.zip: tähän paikkaan ei voi kirjoittaa")
    assert "Permission denied" not in text  # the system's English words stay out of a Finnish sentence


def broken_work(_progress):
    secret = "Olli's private note"
    return {"a": 1}[secret]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_bug_is_logged_with_its_traceback_and_shown_as_such(qtbot, parent, log_dir, lang):
    Background(parent, lang=lang).run(broken_work, lambda _v: None)
    qtbot.waitUntil(lambda: bool(shown(parent)), timeout=10_000)
    log = (log_dir / "hype.log").read_text(encoding="utf-8")
    assert "ERROR background work failed: builtins.KeyError" in log
    assert "test_background.py" in log and "broken_work" in log  # where it happened
    assert "private note" not in log  # never the exception's message
    assert shown(parent) == [message("background.bug", lang, path=log_dir / "hype.log")]
    assert str(log_dir / "hype.log") in shown(parent)[0]


def test_a_bug_in_the_success_callback_is_logged_and_shown(sync_background, parent, log_dir):
    def success(value):
        raise ValueError(value)

    Background(parent, lang="en").run(lambda _p: "x", success)
    assert "ERROR background work failed: builtins.ValueError" in (log_dir / "hype.log").read_text("utf-8")
    assert shown(parent) == [message("background.bug", "en", path=log_dir / "hype.log")]


def test_synchronous_mode_has_called_back_when_run_returns(sync_background, parent):
    calls: list[object] = []
    bg = Background(parent)
    bg.run(lambda report: report(50) or threading.get_ident(), calls.append, progress=calls.append)
    assert calls == [50, GUI]
    assert not bg.busy


def test_wait_delivers_the_outcome_without_an_event_loop(parent):
    calls: list[object] = []
    release = threading.Event()

    def work(_progress):
        release.wait(10)
        return "done"

    bg = Background(parent)
    bg.run(work, calls.append)
    assert calls == []
    release.set()
    assert bg.wait(10)
    assert calls == ["done"]


def test_nothing_is_called_back_on_a_closed_window(qtbot):
    calls: list[object] = []
    release = threading.Event()
    widget = QWidget()
    bg = Background(widget)

    def work(_progress):
        release.wait(10)
        raise RuntimeError("late")

    bg.run(work, calls.append, failure=calls.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not bg.alive(), timeout=5_000)
    release.set()
    assert bg.wait(10)
    assert calls == []


def test_describe_says_the_same_as_the_problems_own_message():
    problem = StoreProblem("store.damaged", path="db.sqlite", reason="r")
    assert describe(problem, "sv") == problem.render("sv")
    assert describe(RuntimeError("x"), "fi").startswith("Jokin meni vikaan")
