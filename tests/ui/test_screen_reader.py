"""The real window read over AT-SPI as a screen reader (Orca) reads it.

An X server (Xvfb), a private session bus and the accessibility bus are started for this module;
the app runs in them on the xcb platform with Qt's AT-SPI bridge on (screen_reader/app_driver.py)
and Debian's pyatspi reads it under the system Python (screen_reader/reader.py). The screens a
blind teacher meets on the way through a reflection are read: home, a statement page, the next
steps and the summary.

Needs xvfb, dbus, at-spi2-core and python3-pyatspi; ``quickstart.sh test`` installs them when
run as root (as on CI). Only a non-root run without them skips.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "screen_reader"
ROOT = HERE.parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
pytestmark = pytest.mark.slow


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30).returncode == 0
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    return missing


class _Child:
    """A process in its own group, its stdout read line by line with a timeout."""

    def __init__(self, args: list[str], env: dict[str, str], *, talk: bool = False) -> None:
        self.proc = subprocess.Popen(
            args, env=env, cwd=ROOT, start_new_session=True, text=True,
            stdin=subprocess.PIPE if talk else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: queue.Queue[str] = queue.Queue()
        self.errors: list[str] = []
        self.pumps = [threading.Thread(target=self._pump, args=(self.proc.stdout, self.lines.put), daemon=True),
                      threading.Thread(target=self._pump, args=(self.proc.stderr, self.errors.append), daemon=True)]
        for pump in self.pumps:
            pump.start()

    @staticmethod
    def _pump(stream, put) -> None:
        for line in stream:
            put(line.rstrip("\n"))

    def line(self, timeout: float) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"{self.proc.args[1]} said nothing in {timeout} s; "
                                 f"its errors: {self.errors[-5:]}") from None

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=5)
        for pump in self.pumps:
            pump.join(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None and not any(pump.is_alive() for pump in self.pumps):
                stream.close()


class _Session:
    """The app and the reader on one accessibility bus; each step returns what the reader saw."""

    def __init__(self, base: Path) -> None:
        self.children: list[_Child] = []
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
        env.pop("NO_AT_BRIDGE", None)
        for var, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"),
                         ("XDG_CACHE_HOME", "home/.cache"), ("XDG_DATA_HOME", "home/.local/share"),
                         ("XDG_RUNTIME_DIR", "runtime"), ("MPLCONFIGDIR", "mpl")):
            (base / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(base / sub)
        os.chmod(base / "runtime", 0o700)
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
                                 "-nolisten", "tcp"], pass_fds=(write_fd,), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        self.xvfb = xvfb
        with os.fdopen(read_fd) as display:
            number = display.readline().strip()
        assert number, "Xvfb did not start"
        env["DISPLAY"] = f":{number}"
        bus = _Child(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env)
        self.children.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.line(15)
        self.children.append(_Child([BUS_LAUNCHER, "--launch-immediately"], env))
        env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        self.app = _Child([sys.executable, str(HERE / "app_driver.py"), str(base / "data")], env, talk=True)
        self.children.append(self.app)
        self.reader = _Child([SYSTEM_PYTHON, str(HERE / "reader.py")], env, talk=True)
        self.children.append(self.reader)
        self.title = self._ready()

    def _ready(self) -> str:
        line = self.app.line(30)
        assert line.startswith("ready "), line
        return line.removeprefix("ready ")

    def do(self, command: str) -> list[dict]:
        self.app.send(command)
        self.title = self._ready()
        return self.tree()

    def tree(self) -> list[dict]:
        self.reader.send(f"tree {self.title}")
        got = json.loads(self.reader.line(30))
        assert not isinstance(got, dict), got.get("error")
        return got

    def stop(self) -> None:
        for child, command in ((self.app, "quit"), (self.reader, "quit")):
            try:
                child.send(command)
                child.proc.wait(timeout=5)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        for child in reversed(self.children):
            child.stop()
        self.xvfb.terminate()
        self.xvfb.wait(timeout=5)


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    """What the screen reader read on each screen (one app run for the whole module)."""
    missing = _missing()
    if missing:
        if os.geteuid() == 0:
            pytest.fail(f"missing {', '.join(missing)}: bash packaging/quickstart.sh test installs them")
        pytest.skip(f"needs {', '.join(missing)} (sudo apt-get install xvfb dbus-x11 at-spi2-core python3-pyatspi)")
    session = _Session(tmp_path_factory.mktemp("screen-reader"))
    try:
        screens = {"home": session.tree()}
        for name in ("statement", "steps", "summary"):
            screens[name] = session.do(name)
        tabbed = []
        for _ in range(8):
            tree = session.do("tab")
            tabbed += [n for n in tree if "focused" in n["states"]]
        screens["summary tabs"] = tabbed
        for name in DIALOGS:
            screens[name] = session.do(f"dialog {name}")
            walk = [_focused(screens[name])]
            for _ in range(TABS_IN_A_DIALOG):
                walk.append(_focused(session.do("tab")))
            screens[f"{name} tabs"] = walk
            session.do("close")
        screens["workshop"] = session.do("workshop")
        session.do("lang sv")
        screens["home in Swedish"] = session.do("home")  # made anew: libatspi keeps a read locale
        yield screens
    finally:
        session.stop()


SCREENS = ("home", "statement", "steps", "summary")
DIALOGS = ("settings", "share", "new-round", "presets", "link-round")
TABS_IN_A_DIALOG = 7
FIELDS = ("combo box", "spin button", "text", "password text", "list", "table")


def _focused(tree: list[dict]) -> dict:
    """The control with the focus (a text box's viewport says it is focused too: not it)."""
    focused = [n for n in tree if "focused" in n["states"]]
    assert focused, "nothing has the focus"
    return ([n for n in focused if "focusable" in n["states"]] or focused)[-1]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_has_headings_and_names_its_window(seen, screen):
    tree = seen[screen]
    assert tree[0]["role"] == "frame" and tree[0]["name"].endswith(" – HyPe Desktop")
    assert tree[0]["name"] != " – HyPe Desktop"
    headings = [n["name"] for n in tree if n["role"] == "heading"]
    assert headings and all(headings), f"{screen}: headings {headings}"


@pytest.mark.parametrize("screen", SCREENS)
def test_headings_say_their_level_and_one_top_heading_names_the_screen(seen, screen):
    levels = [int(n["attributes"].get("level", 0)) for n in seen[screen] if n["role"] == "heading"]
    assert levels and all(1 <= level <= 6 for level in levels), levels
    assert min(levels) == 1, f"{screen}: no top-level heading in {levels}"


@pytest.mark.parametrize("screen", SCREENS)
def test_every_object_says_it_is_in_finnish(seen, screen):
    locales = {n["locale"] for n in seen[screen]}
    assert locales == {"fi_FI"}, locales


def test_switching_the_language_switches_what_objects_say_they_are_in(seen):
    tree = seen["home in Swedish"]
    headings = [n for n in tree if n["role"] == "heading"]
    assert headings and {n["locale"] for n in headings} == {"sv_FI"}, headings
    assert tree[0]["name"] == "Välkommen till HyPe Desktop – HyPe Desktop"


@pytest.mark.parametrize("screen", SCREENS)
def test_no_focusable_object_without_a_name(seen, screen):
    nameless = [(n["role"], n["description"]) for n in seen[screen]
                if "focusable" in n["states"] and "enabled" in n["states"] and not n["name"].strip()]
    assert not nameless, f"{screen}: focusable without a name: {nameless}"


@pytest.mark.parametrize("dialog", DIALOGS)
def test_a_dialog_has_a_heading_names_every_control_and_starts_on_one(seen, dialog):
    tree = seen[dialog]
    assert tree[0]["role"] == "dialog" and tree[0]["name"]
    headings = [n for n in tree if n["role"] == "heading"]
    assert headings and headings[0]["name"] and headings[0]["attributes"].get("level") == "1", headings
    nameless = [(n["role"], n["box"]) for n in tree
                if "focusable" in n["states"] and "enabled" in n["states"] and not n["name"].strip()]
    assert not nameless, f"{dialog}: focusable without a name: {nameless}"
    first = seen[f"{dialog} tabs"][0]
    assert first["name"] and first["role"] not in ("filler", "panel", "scroll pane"), first


@pytest.mark.parametrize("dialog", DIALOGS)
def test_a_dialogs_fields_are_labelled_by_their_visible_labels(seen, dialog):
    fields = [n for n in seen[dialog] if n["role"] in FIELDS and "focusable" in n["states"]]
    unlabelled = [(n["role"], n["name"]) for n in fields if not any(n["labelled_by"])]
    assert fields and not unlabelled, f"{dialog}: fields without a label: {unlabelled}"


def _before(a: list[int], b: list[int]) -> bool:
    """Whether box ``a`` comes before box ``b`` in reading order (rows top-down, then left to right)."""
    ax, ay, _, ah = a
    bx, by, _, bh = b
    if by >= ay + ah - 4:
        return True  # b is on a lower row
    if ay >= by + bh - 4:
        return False  # b is on a higher row
    return bx > ax  # the same row


@pytest.mark.parametrize("dialog", DIALOGS)
def test_tab_in_a_dialog_follows_the_screen(seen, dialog):
    boxes = []
    for node in seen[f"{dialog} tabs"]:
        assert "box" in node, f"{dialog}: Tab reached something that is not a control: {node}"
        if not boxes or node["box"] != boxes[-1]:  # a date field's sections share one box
            boxes.append(node["box"])
    assert len(boxes) >= 3, boxes
    backwards = [(a, b) for a, b in zip(boxes, boxes[1:], strict=False) if not _before(a, b)]
    # Only from the last control round to the first again.
    assert all(to == boxes[0] for _, to in backwards), f"{dialog}: Tab goes back up the screen: {backwards}"


def test_the_statement_page_starts_on_a_statement(seen):
    focused = _focused(seen["statement"])
    assert focused["name"], focused


def test_the_scale_exposes_its_value_in_words_and_the_checked_answer(seen):
    tree = seen["statement"]
    # Key 3 answered statement 1/5; focus moved on to statement 2/5, still unanswered.
    groups = [n for n in tree if n["role"] == "panel" and n["name"].startswith("Väittämä ")]
    first, second = groups[0], groups[1]
    assert first["name"].startswith("Väittämä 1/5, ") and second["name"].startswith("Väittämä 2/5, ")
    assert first["description"] == "Vastaus: 3 – Ei samaa eikä eri mieltä", first
    assert second["description"].startswith("Ei vielä vastausta."), second
    start = tree.index(first)
    radios = [n for n in tree[start + 1:start + 7] if n["role"] == "radio button"]
    assert [n["name"].split(" – ")[0] for n in radios] == ["1", "2", "3", "4", "5", "Ei koske minua"]
    assert [n["name"] for n in radios if "checked" in n["states"]] == ["3 – Ei samaa eikä eri mieltä"]
    focused = _focused(tree)
    assert focused["role"] == "radio button" and focused["name"] == "1 – Täysin eri mieltä"
    assert "checked" not in focused["states"] and tree[tree.index(focused) - 1] == second


def test_the_summary_is_a_table_of_results_reached_by_tab(seen):
    summary = seen["summary"]
    tables = [n for n in summary if n["role"] == "table"]
    assert tables, "no results table on the summary"
    for table in tables:
        assert table["name"] and len(table["columns"]) >= 2 and all(table["columns"]), table
        assert all(table["row_headers"]), table  # every row named by its factor, none empty
    assert _focused(summary)["role"] == "table"  # the results are read first
    reached = {n["name"] for n in seen["summary tabs"] if n["role"] == "table"}
    assert {t["name"] for t in tables} <= reached
    assert any(n["role"] == "push button" for n in seen["summary tabs"])


def test_the_workshop_result_is_a_table_read_first(seen):
    tree = seen["workshop"]
    focused = _focused(tree)
    assert focused["role"] == "table" and focused["name"] == "Tiimin tulos osa-alueittain", focused
    assert focused["columns"] == ["Osa-alue", "Pisteet", "Sanoin"] and all(focused["row_headers"]), focused
    assert [n["attributes"].get("level") for n in tree if n["role"] == "heading"][:1] == ["1"]


def test_finishing_is_announced_as_a_notification(seen):
    notices = [n["name"] for n in seen["summary"] if n["role"] == "notification"]
    assert any(name.startswith("Pohdinta on valmis.") for name in notices), notices
