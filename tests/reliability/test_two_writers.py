"""Two copies writing at once (the GUI beside a CLI command): no "database is locked", no lost update."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("writer_child.py")
COUNT = 80


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(data_dir: Path) -> None:
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    open_database(DataPaths(data_dir)).close()  # both start on an existing database

    procs = [subprocess.Popen([sys.executable, str(CHILD), "concurrent", str(data_dir), tag, str(COUNT)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("gui", "cli")]
    outputs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err[-2000:]
        assert "locked" not in err and "locked" not in out
        assert out.splitlines()[-1] == f"DONE {COUNT}"

    con = sqlite3.connect(data_dir / "hype.sqlite3")
    try:
        answers = {tag: con.execute("SELECT count(*) FROM answers WHERE item_id LIKE ?",
                                    (f"{tag}-%",)).fetchone()[0] for tag in ("gui", "cli")}
        counter = int(con.execute("SELECT value FROM settings WHERE key='counter'").fetchone()[0])
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
    print(f"two writers: answers {answers}, read-modify-write counter {counter} of {2 * COUNT}")
    assert answers == {"gui": COUNT, "cli": COUNT}
    assert counter == 2 * COUNT
