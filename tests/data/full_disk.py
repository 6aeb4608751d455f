"""A real full disk for tests: a small tmpfs of the test's own (root only; skipped elsewhere),
filled to the last byte by ``fill`` once the test's set-up is done."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest


def fill(mount: Path) -> None:
    """Write until the disk refuses a single byte more."""
    block = b"\0" * 65536
    with open(mount / "filler", "wb", buffering=0) as fh:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    fh.write(block[:size])
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break


def mounted_tmpfs(tmp_path: Path):
    """A 4 MB tmpfs mounted for the test (unmounted after it); the ``disk`` fixture (conftest)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
