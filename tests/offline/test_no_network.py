"""Provably offline: commands run under strace open no AF_INET/AF_INET6 socket (AF_UNIX is fine).

To prove another command offline, add ONE line to OFFLINE_COMMANDS: a name and the steps,
each a list of hype-desktop arguments, run in order and each traced ({data} is an empty data
folder, {out} an empty folder for output files). The self-test is traced in tests/test_offline.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

OFFLINE_COMMANDS: dict[str, list[list[str]]] = {
    "self-test (window, a whole reflection, the store)": [["--self-test"]],
    "gui start-up": [["--data-dir", "{data}", "--quit-after-startup"]],
    "pdf export": [["sample-data", "--reflections", "3", "--data-dir", "{data}"],
                   ["report", "--latest", "--include-notes", "--data-dir", "{data}", "--out", "{out}/report.pdf"]],
    "collation": [["round", "--data-dir", "{data}", "new", "--team", "T", "--phase", "kickoff",
                   "--out", "{out}/r.hype-round"],
                  ["sample-exports", "--invitation", "{out}/r.hype-round", "--members", "6", "--out", "{out}/exports"],
                  ["collate", "--data-dir", "{data}", "--json", "{out}/team.hype-team", "--out", "{out}/team.pdf",
                   "{out}/exports"]],
    "export and import all my data": [["sample-data", "--reflections", "3", "--data-dir", "{data}"],
                                      ["my-data", "export", "--data-dir", "{data}", "--out", "{out}/me.json"]],
}

_NET = re.compile(r"\b(?:socket|connect)\((?:AF_INET6?|PF_INET6?)\b|sa_family=AF_INET6?\b")


def syscall_trace(args: list[str], workdir: Path, python_args: tuple[str, ...] = ("-m", "hype_desktop")
                  ) -> tuple[int, str]:
    """Run `python -m hype_desktop ARGS` under strace -f; (exit code, the socket/connect trace)."""
    log = workdir / "strace.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
                           sys.executable, *python_args, *args],
                          env=env, capture_output=True, text=True, timeout=300)
    return proc.returncode, log.read_text(errors="replace")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
@pytest.mark.parametrize("name", list(OFFLINE_COMMANDS))
def test_command_opens_no_network_socket(name: str, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for step in OFFLINE_COMMANDS[name]:
        args = [a.replace("{data}", str(data_dir)).replace("{out}", str(out)) for a in step]
        code, trace = syscall_trace(args, tmp_path)
        assert code == 0, f"{name}: {step[0]} failed under strace"
        hits = [line for line in trace.splitlines() if _NET.search(line)]
        assert not hits, f"{name}: {step[0]} opened a network socket:\n" + "\n".join(hits[:10])


def test_the_pattern_would_catch_a_network_socket() -> None:
    assert _NET.search("1234 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3")
    assert _NET.search("1234 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 5")
    assert _NET.search('1234 connect(3, {sa_family=AF_INET, sin_port=htons(53)}, 16) = 0')
    assert not _NET.search("1234 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3")


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_trace_sees_a_socket_a_child_opens(tmp_path: Path) -> None:
    """The harness can fail: a grandchild opening an AF_INET socket (never connected) is seen."""
    code = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'import socket; socket.socket().close()'])"
    rc, trace = syscall_trace([], tmp_path, ("-c", code))
    assert rc == 0
    assert any(_NET.search(line) for line in trace.splitlines()), trace[-2000:]
