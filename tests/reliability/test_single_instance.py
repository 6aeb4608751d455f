"""A second launch on the same data folder hands its arguments to the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys

from hype_desktop.ui.single_instance import SingleInstance, decode_arguments


def test_second_launch_hands_over_its_file_and_exits(qtbot, data_dir, tmp_path) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    try:
        assert not SingleInstance(data_dir).acquire()  # the lock is held
        dropped = tmp_path / "team round.hype"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        with qtbot.waitSignal(first.arguments_received, timeout=15000) as got:
            proc = subprocess.run([sys.executable, "-m", "hype_desktop", "--data-dir", str(data_dir),
                                   str(dropped)], env=env, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert "already running" in proc.stdout
        assert got.args[0] == [str(dropped)]
    finally:
        first.release()
    assert not (data_dir / "hype.sqlite3").exists()  # the second copy never opened the database


def test_after_the_first_quits_a_new_launch_is_first(data_dir) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.release()
    again = SingleInstance(data_dir)
    assert again.acquire()
    again.release()


def test_malformed_handover_messages_are_ignored() -> None:
    assert decode_arguments(b'["a", "b"]') == ["a", "b"]
    for bad in (b"", b"\xff", b'{"a": 1}', b"[1]", b"[" * 5000, b'["' + b"x" * 70000 + b'"]'):
        assert decode_arguments(bad) is None
