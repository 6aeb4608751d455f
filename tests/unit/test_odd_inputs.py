"""Odd inputs to collate: every file is read or reported, nothing hangs, nothing reaches the
terminal raw."""

from __future__ import annotations

import os
import shutil

import pytest
from team_helpers import sealed_samples

from hype_desktop.cli import main
from hype_desktop.messages import message, printable


@pytest.fixture
def samples(tmp_path):
    out = tmp_path / "shares"
    sealed_samples(main, 6, out, seed=4, team="T9")
    return out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (POSIX)")
def test_a_named_pipe_a_device_link_and_upper_case_names_are_each_reported(tmp_path, samples, capsys):
    first = sorted(samples.glob("*.hype"))[0]
    os.mkfifo(samples / "pipe.hype")  # a blocking read would hang the collation here
    os.symlink("/dev/zero", samples / "zero.hype")
    os.symlink(samples / "missing-target.hype", samples / "dangling.hype")
    shutil.copy(first, samples / "Member.HYPE")
    assert main(["collate", str(samples), "--json", str(tmp_path / "s.json"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "pipe.hype: " in out and "not an ordinary file" in out
    assert "zero.hype: " in out and "0 kB" not in out
    assert "dangling.hype: " in out
    assert "Member.HYPE: " in out  # read (a duplicate of another member's file), not ignored


def test_files_beyond_the_cap_are_reported_not_dropped(tmp_path, samples, monkeypatch, capsys):
    from hype_desktop.collation import intake
    monkeypatch.setattr(intake, "MAX_FILES", 4)
    assert main(["collate", str(samples), "--json", str(tmp_path / "s.json"), "--lang", "en"]) in (0, 2)
    out = capsys.readouterr().out
    assert out.count("not read: at most 4 files") == 2  # 6 shares, 4 read, 2 reported


def test_invitations_beyond_the_cap_stop_the_collation_with_a_reason(tmp_path, samples, monkeypatch, capsys):
    from hype_desktop.collation import invitations
    monkeypatch.setattr(invitations, "MAX_INVITATIONS", 1)
    invitation = samples.parent / "shares-kickoff.hype-round"
    shutil.copy(invitation, samples / "a.hype-round")
    shutil.copy(invitation, samples / "b.hype-round")
    assert main(["collate", str(samples), "--json", str(tmp_path / "s.json"), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert "more than 1 round invitations" in captured.out + captured.err


def test_file_names_with_control_characters_reach_the_terminal_escaped(tmp_path, samples, capsys):
    evil = "x\n\x1b[2Jaccepted\x1b[0m.hype"
    (samples / evil).write_bytes(b"not json")
    main(["collate", str(samples), "--json", str(tmp_path / "s.json"), "--lang", "en"])
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "x\\n\\x1b[2Jaccepted\\x1b[0m.hype: " in out


def test_printable_keeps_text_and_escapes_controls() -> None:
    assert printable("Kevät 2026 – tiimi") == "Kevät 2026 – tiimi"
    assert printable("a\rb\x9bc\u2028") == "a\\x0db\\x9bc\\x2028"
    assert "\x1b" not in message("file.unreadable", "en", reason="\x1b[31mred")


def test_a_huge_integer_is_a_plain_message(tmp_path) -> None:
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.safe_json import parse_json_bytes
    with pytest.raises(FileProblem) as caught:
        parse_json_bytes(b"[" + b"9" * 5000 + b"]", tmp_path / "n.json")
    assert "set_int_max_str_digits" not in caught.value.render("en")
    assert "too many digits" in caught.value.render("en")


def test_invalid_utf8_in_a_database_from_elsewhere_still_gives_a_report(tmp_path, mini_instrument, capsys) -> None:
    """A database copied from elsewhere may hold bytes that are not UTF-8 in any text column."""
    import sqlite3
    from datetime import date

    from hype_desktop.domain.reflection import Phase, Round
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    data = tmp_path / "data"
    db = open_database(DataPaths(data))
    store = ReflectionStore(db)
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    inst = load_builtin_instrument()
    r = store.start(store.person_profile(), Round(Phase.CHECK_IN, date.today()), inst,
                    (inst.modules[0].id,), (inst.modules[0].factors[0].id,))
    for item in inst.modules[0].factors[0].items:
        store.save_answer(r.id, item.id, 3)
    store.save_note(r.id, inst.modules[0].factors[0].items[0].id, "ok")
    store.finish(r.id, inst)
    db.close()
    con = sqlite3.connect(DataPaths(data).database)
    con.execute("UPDATE answers SET note = CAST(x'6e6f7465ff' AS TEXT)")
    con.execute("UPDATE rounds SET label = CAST(x'c3' AS TEXT)")
    con.commit()
    con.close()
    out = tmp_path / "r.pdf"
    code = main(["--data-dir", str(data), "report", "--out", str(out), "--include-notes", "--lang", "en"])
    assert code == 0 and out.exists(), capsys.readouterr()


def test_a_summary_members_could_not_open_is_not_written(tmp_path, samples, monkeypatch, capsys) -> None:
    from hype_desktop.formats import team_rules
    monkeypatch.setattr(team_rules, "MAX_TEAM_BYTES", 1024)
    out = tmp_path / "s.json"
    assert main(["collate", str(samples), "--json", str(out), "--lang", "en"]) == 2
    assert not out.exists()
    assert "accept at most 1 kB" in capsys.readouterr().err


def test_a_full_disk_under_the_log_prints_no_traceback(tmp_path, capsys) -> None:
    import errno

    from hype_desktop.logs import _PrivateRotatingFileHandler, close_logging, logger, setup_logging
    setup_logging(tmp_path / "logs")
    logger.info("first line opens the file")
    handler = next(h for h in logger.handlers if isinstance(h, _PrivateRotatingFileHandler))

    class Full:
        def write(self, _text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self):
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            raise OSError(errno.ENOSPC, "No space left on device")

    handler.stream.close()
    handler.stream = Full()
    logger.info("this line cannot be written")
    close_logging()
    assert "Traceback" not in capsys.readouterr().err


def test_a_failed_upgrade_names_no_python_internals(tmp_path, monkeypatch) -> None:
    import sqlite3

    from hype_desktop.paths import DataPaths
    from hype_desktop.store import migrate
    from hype_desktop.store.errors import MigrationFailed

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrate, "upgrade", full)
    with pytest.raises(MigrationFailed) as caught:
        migrate.prepare_database(DataPaths(tmp_path / "d"))
    text = caught.value.render("fi")
    assert "database or disk is full" in text and "sqlalche" not in text and "OperationalError" not in text
