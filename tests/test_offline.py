"""The app opens no network connection: system calls are watched, so Qt's own C++ sockets count too.

Runs the real `--self-test` (main window, a whole reflection, the store) under strace and
fails on any AF_INET/AF_INET6 socket. Local AF_UNIX sockets (e.g. fontconfig, D-Bus,
a single-instance socket) are fine. Other commands can be added to COMMANDS in one line;
``{tmp}`` in their arguments is the test's temporary folder, and SETUP may name commands
run first (not watched) to prepare data.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

COMMANDS = {
    "self-test": ["--self-test"],
    "report": ["report", "--latest", "--include-notes", "--out", "{tmp}/report.pdf", "--data-dir", "{tmp}/data"],
    "collate": ["collate", "{tmp}/shares", "--json", "{tmp}/out.json"],
}
SETUP = {
    "report": [["sample-data", "--reflections", "3", "--data-dir", "{tmp}/data"]],
    "collate": [["sample-exports", "--members", "12", "--out", "{tmp}/shares"]],
}

pytestmark = pytest.mark.skipif(shutil.which("strace") is None,
                                reason="strace is not installed (the quick-start installs it for tests)")


def run_under_strace(args: list[str], tmp_path) -> tuple[subprocess.CompletedProcess, str]:
    log = tmp_path / "strace.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
         sys.executable, "-m", "hype_desktop", *args],
        capture_output=True, text=True, env=env, timeout=180)
    return proc, log.read_text(errors="replace") if log.exists() else ""


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_internet_socket_is_opened(name, tmp_path):
    def fill(args: list[str]) -> list[str]:
        return [a.replace("{tmp}", str(tmp_path)) for a in args]

    for setup in SETUP.get(name, []):
        subprocess.run([sys.executable, "-m", "hype_desktop", *fill(setup)], check=True, capture_output=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=180)
    proc, trace = run_under_strace(fill(COMMANDS[name]), tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    inet = [line for line in trace.splitlines() if re.search(r"\bAF_INET6?\b", line)]
    assert not inet, "\n".join(inet[:10])


def test_strace_sees_sockets_at_all(tmp_path):
    """The watcher must be able to fail: a Python socket is seen."""
    log = tmp_path / "strace.log"
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(log), sys.executable, "-c",
                    "import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()"],
                   check=True, timeout=60)
    assert re.search(r"\bAF_INET6\b", log.read_text())
