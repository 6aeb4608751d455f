"""The team subcommands: same code paths as the GUI, plain messages, never a traceback."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from hype_desktop.cli import main

DATA = Path(__file__).resolve().parent.parent / "data" / "team"


@pytest.fixture
def samples(tmp_path):
    out = tmp_path / "shares"
    assert main(["sample-exports", "--members", "6", "--out", str(out), "--rounds", "kickoff,closing",
                 "--seed", "4", "--team", "T9"]) == 0
    return out


def test_sample_exports_are_reproducible(tmp_path, samples):
    again = tmp_path / "again"
    main(["sample-exports", "--members", "6", "--out", str(again), "--rounds", "kickoff,closing",
          "--seed", "4", "--team", "T9"])
    names = sorted(p.name for p in samples.iterdir())
    assert names == sorted(p.name for p in again.iterdir()) and len(names) == 14
    assert all((samples / n).read_bytes() == (again / n).read_bytes() for n in names)


def test_collate_json_reports_each_file(tmp_path, samples, capsys):
    shutil.copy(DATA / "invalid-checksum.hype", samples / "broken.hype")
    shutil.copy(DATA / "invalid-newer-format.hype", samples / "newer.hype")
    out = tmp_path / "summary.json"
    assert main(["collate", str(samples), "--json", str(out), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "broken.hype: damaged — The file's checksum does not match" in text
    assert "newer.hype: made by a newer version" in text
    assert "closing-0001-again.hype: accepted; replaced an earlier export" in text
    assert "closing-0001.hype: not used" in text
    assert text.count("belongs to another round") == 7
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["format"] == "hype-team" and summary["contributors"] == 6
    assert all("distribution" in a for a in summary["items"] if a["n"] >= 5)


def test_collate_is_stateless_without_save(tmp_path, samples, data_dir):
    main(["collate", str(samples), "--json", str(tmp_path / "s.json")])
    assert not (data_dir / "hype.sqlite3").exists() and not any(data_dir.glob("*.sqlite*"))


def test_collate_save_then_round_change(tmp_path, samples, data_dir, capsys):
    kick = json.loads((samples / "kickoff-0002.hype").read_text())["round"]["id"]
    assert main(["collate", str(samples), "--round", kick, "--json", str(tmp_path / "k.json"), "--save"]) == 0
    assert main(["collate", str(samples), "--json", str(tmp_path / "c.json"), "--save"]) == 0
    closing = json.loads((tmp_path / "c.json").read_text())
    assert closing["previous_round"]["id"] == kick and closing["change"]
    capsys.readouterr()
    # the same files again: all duplicates, the stored submissions still give the summary
    assert main(["collate", str(samples), "--json", str(tmp_path / "c2.json"), "--save", "--lang", "en"]) == 0
    assert "duplicate" in capsys.readouterr().out
    assert json.loads((tmp_path / "c2.json").read_text())["contributors"] == 6


def test_collate_without_valid_files_fails_plainly(tmp_path, capsys):
    code = main(["collate", str(DATA / "invalid-truncated.hype"), "--json", str(tmp_path / "s.json"), "--lang", "en"])
    err = capsys.readouterr()
    assert code == 2 and "No valid share file remained" in err.err
    assert "Traceback" not in err.out + err.err
    assert not (tmp_path / "s.json").exists()


def test_collate_needs_an_output(capsys, samples):
    assert main(["collate", str(samples)]) == 2
    assert "--json" in capsys.readouterr().err


def test_small_team_suggests_workshop_mode(tmp_path, capsys):
    out = tmp_path / "few"
    main(["sample-exports", "--members", "2", "--out", str(out)])
    assert main(["collate", str(out), "--json", str(tmp_path / "s.json"), "--lang", "en"]) == 0
    assert "workshop mode" in capsys.readouterr().out
    summary = json.loads((tmp_path / "s.json").read_text())
    assert all("mean" not in a for a in summary["factors"] + summary["items"])


def test_round_new_and_share_through_the_store(tmp_path, data_dir, capsys):
    inv = tmp_path / "r.hype-round"
    assert main(["round", "new", "--team", "T9", "--phase", "kickoff", "--label", "Syksy",
                 "--date", "2025-09-01", "--modules", "key_factors,load", "--out", str(inv)]) == 0
    assert main(["share", "--out", str(tmp_path / "me.hype")]) == 2
    assert "invitation" in capsys.readouterr().err

    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.team_exchange import round_from_info
    from hype_desktop.formats.team_formats import read_round_file, read_share_file
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    invitation = read_round_file(inv)
    inst = load_builtin_instrument()
    db = open_database(DataPaths(data_dir))
    try:
        store = ReflectionStore(db)
        scope = inst.scope_for_modules(tuple(invitation.modules))
        r = store.start(store.person_profile(), round_from_info(invitation.round, "T9"), inst,
                        tuple(invitation.modules), scope)
        for fid in scope:
            for item in inst.factor(fid).items:
                store.save_answer(r.id, item.id, 4)
        store.save_note(r.id, inst.factor(scope[0]).items[0].id, "my private note")
        store.finish(r.id, inst)
    finally:
        db.close()
    assert main(["share", "--out", str(tmp_path / "me.hype")]) == 0
    assert main(["share", "--out", str(tmp_path / "me2.hype"), "--include-notes", "--include-load"]) == 0
    plain, full = read_share_file(tmp_path / "me.hype"), read_share_file(tmp_path / "me2.hype")
    assert plain.content.modules == ["key_factors"] and plain.content.notes == []
    assert "load" in full.content.modules and full.content.notes[0].text == "my private note"
    assert plain.respondent == full.respondent  # stable within the round
    assert plain.round.date == date(2025, 9, 1).isoformat()


@pytest.mark.parametrize("argv", [
    ["round", "new", "--team", "bad code!", "--phase", "kickoff", "--out", "x.hype-round"],
    ["round", "new", "--team", "T", "--phase", "kickoff", "--modules", "nope", "--out", "x.hype-round"],
    ["round", "new", "--team", "T", "--phase", "kickoff", "--date", "tomorrow", "--out", "x.hype-round"],
    ["sample-exports", "--members", "2", "--out", "o", "--rounds", "summer"],
    ["share", "--reflection", "99", "--out", "x.hype"],
])
def test_bad_options_are_plain_messages(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
