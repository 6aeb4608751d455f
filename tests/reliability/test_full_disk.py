"""A full disk: every subcommand that writes says so in one plain line, naming the file, in the
user's language, exits 2 and harms nothing (the database intact, no half-written file left).

The disk is real: a small tmpfs filled to the last byte (root can mount one; elsewhere these
tests are skipped and the fault-injected ones below still run)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from full_disk import fill
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli


def _reflections(db: Path) -> tuple[int, str]:
    with sqlite3.connect(db) as con:
        return (con.execute("SELECT COUNT(*) FROM reflections").fetchone()[0],
                con.execute("PRAGMA integrity_check").fetchone()[0])


def _said_plainly(err: str, where: str, lang: str = "en") -> None:
    words = {"en": "full", "fi": "täynnä", "sv": "full"}[lang]
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert words in err and where in err, err


# Each case: (name, set-up before the disk fills -> the command to run, the file it names)
def _out_on_disk(tmp_path, disk, capsys):
    """A data folder elsewhere with a finished reflection and a round with six shares."""
    assert cli(["sample-data", "--reflections", "3"]) == 0
    sealed_samples(cli, 6, tmp_path / "shares")
    capsys.readouterr()


CASES = {
    "my-data export": lambda t, d: (["my-data", "export", "--out", str(d / "me.json"), "--lang", "fi"], "me.json"),
    "report": lambda t, d: (["report", "--out", str(d / "me.pdf"), "--lang", "fi"], str(d)),  # names the folder
    "collate --json": lambda t, d: (["collate", str(t / "shares"), "--json", str(d / "s.hype-team"), "--lang", "fi"],
                                    "s.hype-team"),
    "collate --out": lambda t, d: (["collate", str(t / "shares"), "--out", str(d / "team.pdf"), "--lang", "fi"],
                                   str(d)),
    "round new": lambda t, d: (["round", "new", "--team", "DEMO", "--phase", "kickoff", "--out",
                                str(d / "r.hype-round")], "r.hype-round"),
    "share": lambda t, d: (["share", "--reflection", "1", "--invitation", str(t / "shares-kickoff.hype-round"), "--out",
                            str(d / "mine.hype")], "mine.hype"),
    "sample-exports": lambda t, d: (["sample-exports", "--invitation", str(t / "shares-kickoff.hype-round"),
                                     "--members", "6", "--out", str(d / "more")], "more"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_file_written_to_a_full_disk_is_said_plainly_and_nothing_is_harmed(tmp_path, disk, data_dir, capsys, case):
    _out_on_disk(tmp_path, disk, capsys)
    if case == "sample-exports":
        (disk / "more").mkdir()
    before = _reflections(data_dir / "hype.sqlite3")
    argv, where = CASES[case](tmp_path, disk)
    fill(disk)
    assert cli(argv) != 0
    err = capsys.readouterr().err
    _said_plainly(err, where, "fi" if "--lang" in argv else _lang())
    assert _reflections(data_dir / "hype.sqlite3") == before
    left = sorted(p.name for p in disk.rglob("*") if p.name != "filler" and p.is_file())
    assert left == [], left  # no half-written file


def _lang() -> str:
    from hype_desktop.messages import system_language
    return system_language()


@pytest.mark.parametrize("case", ["sample-data", "my-data import"])
def test_the_database_on_a_full_disk_is_said_plainly_and_stays_intact(tmp_path, disk, capsys, case):
    root = disk / "data"
    assert cli(["--data-dir", str(root), "sample-data", "--reflections", "2"]) == 0
    if case == "my-data import":
        assert cli(["--data-dir", str(tmp_path / "other"), "sample-data", "--reflections", "300"]) == 0
        assert cli(["--data-dir", str(tmp_path / "other"), "my-data", "export", "--out", str(tmp_path / "x.json")]) == 0
        argv = ["--data-dir", str(root), "my-data", "import", str(tmp_path / "x.json"), "--lang", "sv"]
    else:
        argv = ["--data-dir", str(root), "sample-data", "--reflections", "2000"]
    before = _reflections(root / "hype.sqlite3")
    capsys.readouterr()
    fill(disk)
    assert cli(argv) == 2
    err = capsys.readouterr().err
    _said_plainly(err, "hype.sqlite3", "sv" if "--lang" in argv else _lang())
    (disk / "filler").unlink()
    count, check = _reflections(root / "hype.sqlite3")
    assert check == "ok" and count >= before[0]
    if case == "my-data import":
        assert count == before[0]  # one transaction: all or nothing


def test_the_checks_that_write_nothing_do_not_mind_a_full_disk(tmp_path, disk, capsys):
    root = disk / "data"
    assert cli(["--data-dir", str(root), "sample-data", "--reflections", "1"]) == 0
    fill(disk)
    example = Path(__file__).resolve().parents[2] / "docs" / "examples" / "hype-preset.json"
    assert cli(["--data-dir", str(root), "validate-preset", str(example)]) == 0


# --- fault injection: runs everywhere -----------------------------------------------------------
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_any_subcommand_that_hits_a_full_disk_says_so_in_the_users_language(monkeypatch, capsys, lang):
    from hype_desktop.commands import my_data

    def full(_args):
        raise OSError(errno.ENOSPC, "No space left on device", "/media/stick/me.json")
    monkeypatch.setattr(my_data, "run", full)
    assert cli(["my-data", "export", "--out", "x.json", "--lang", lang]) == 2
    _said_plainly(capsys.readouterr().err, "/media/stick/me.json", lang)


def test_a_full_database_names_it_and_a_bug_is_still_a_bug(monkeypatch, capsys, data_dir):
    from hype_desktop.commands import sample_data

    def full(_args):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(sample_data, "run", full)
    assert cli(["sample-data", "--reflections", "1"]) == 2
    _said_plainly(capsys.readouterr().err, "hype.sqlite3", _lang())

    def bug(_args):
        raise KeyError("a bug")
    monkeypatch.setattr(sample_data, "run", bug)
    with pytest.raises(KeyError):
        cli(["sample-data", "--reflections", "1"])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_app_started_on_a_full_disk_says_so_plainly(tmp_path, disk, lang):
    import sys
    root = disk / "data"
    assert cli(["--data-dir", str(root), "sample-data", "--reflections", "2"]) == 0
    fill(disk)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "hype_desktop", "--data-dir", str(root), "--lang", lang,
                          "--quit-after-startup"], capture_output=True, text=True, timeout=120, env=env)
    said = run.stdout + run.stderr
    assert "Traceback" not in said
    if run.returncode != 0:  # it could not open the data folder: it says the disk is full, by name
        assert run.returncode == 2
        assert {"fi": "levy on täynnä", "en": "the disk is full"}[lang] in said and str(root) in said, said
    (disk / "filler").unlink()
    assert _reflections(root / "hype.sqlite3") == (2, "ok")
