"""The team subcommands: same code paths as the GUI, plain messages, never a traceback."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from team_helpers import sealed_samples

from hype_desktop.cli import main

DATA = Path(__file__).resolve().parent.parent / "data" / "team"


@pytest.fixture
def samples(tmp_path):
    out = tmp_path / "shares"
    sealed_samples(main, 6, out, seed=4, team="T9")
    return out


def test_sample_exports_are_exactly_n_sealed_sample_shares(tmp_path, samples):
    invitation = tmp_path / "shares-kickoff.hype-round"
    again = tmp_path / "again"
    assert main(["sample-exports", "--invitation", str(invitation), "--members", "6", "--out", str(again),
                 "--seed", "4"]) == 0
    names = sorted(p.name for p in samples.iterdir())
    assert names == sorted(p.name for p in again.iterdir()) and len(names) == 6
    for name in names:
        text = (samples / name).read_text(encoding="utf-8")
        assert set(json.loads(text)) == {"format", "format_version", "round", "sealed"}
        assert "answers" not in text and "key_factors" not in text


def test_collate_json_reports_each_file(tmp_path, samples, capsys):
    shutil.copy(DATA / "invalid-newer-format.hype", samples / "newer.hype")
    shutil.copy(DATA / "valid.hype", samples / "elsewhere.hype")
    out = tmp_path / "summary.json"
    assert main(["collate", str(samples), "--json", str(out), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "newer.hype: made by a newer version" in text
    assert "elsewhere.hype: not a round of this data folder" in text
    assert "sample shares" in text
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["format"] == "hype-team" and summary["contributors"] == 6 and summary["sample"] is True
    assert summary["items"] and all(a["n"] >= 5 and "distribution" in a for a in summary["items"])


def test_collate_in_another_data_folder_refuses_in_one_line(tmp_path, samples, capsys):
    capsys.readouterr()
    for other in (tmp_path / "fresh", tmp_path / "other"):
        if other.name == "other":
            assert main(["--data-dir", str(other), "round", "new", "--team", "X", "--phase", "kickoff",
                         "--out", str(tmp_path / "x.hype-round")]) == 0
            capsys.readouterr()
        code = main(["--data-dir", str(other), "collate", str(samples), "--json", str(tmp_path / "s.json"),
                     "--out", str(tmp_path / "s.pdf")])
        err = capsys.readouterr()
        assert code == 3 and len(err.err.strip().splitlines()) == 1 and "another" in err.err
        assert not err.out and not (tmp_path / "s.json").exists() and not (tmp_path / "s.pdf").exists()
    assert not (tmp_path / "fresh").exists()  # nothing written, not even a database


def test_collate_save_then_same_files_again(tmp_path, samples, data_dir, capsys):
    assert main(["collate", str(samples), "--json", str(tmp_path / "k.json"), "--save"]) == 0
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
    sealed_samples(main, 2, out)
    assert main(["collate", str(out), "--json", str(tmp_path / "s.json"), "--lang", "en"]) == 0
    assert "workshop mode" in capsys.readouterr().out
    summary = json.loads((tmp_path / "s.json").read_text())
    assert all("mean" not in a and "n" not in a for a in summary["factors"]) and summary["items"] == []


def test_round_new_and_share_through_the_store(tmp_path, data_dir, capsys):
    inv = tmp_path / "r.hype-round"
    assert main(["round", "new", "--team", "T9", "--phase", "kickoff", "--label", "Syksy",
                 "--date", "2025-09-01", "--modules", "key_factors,load", "--out", str(inv)]) == 0
    out = capsys.readouterr().out
    assert main(["share", "--out", str(tmp_path / "me.hype")]) == 2
    assert "invitation" in capsys.readouterr().err

    from hype_desktop.collation.rounds import RoundKeys
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.share_reading import read_share_file
    from hype_desktop.formats.team_exchange import round_from_info
    from hype_desktop.formats.team_formats import read_round_file
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    invitation = read_round_file(inv)
    assert invitation.fingerprint in out
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
    assert main(["share", "--out", str(tmp_path / "me.hype"), "--invitation", str(inv)]) == 0
    assert main(["share", "--out", str(tmp_path / "me2.hype"), "--include-notes", "--include-load"]) == 0
    assert "my private note" not in (tmp_path / "me2.hype").read_text(encoding="utf-8")
    db = open_database(DataPaths(data_dir))
    try:
        opener = RoundKeys(db).opener(invitation.round.id)
        plain, full = read_share_file(tmp_path / "me.hype", opener), read_share_file(tmp_path / "me2.hype", opener)
    finally:
        db.close()
    assert plain.content.modules == ["key_factors"] and plain.content.notes == []
    assert "load" in full.content.modules and full.content.notes[0].text == "my private note"
    assert plain.respondent == full.respondent  # stable within the round
    assert plain.round.date == date(2025, 9, 1).isoformat()


@pytest.mark.parametrize("argv", [
    ["round", "new", "--team", "bad code!", "--phase", "kickoff", "--out", "x.hype-round"],
    ["round", "new", "--team", "T", "--phase", "kickoff", "--modules", "nope", "--out", "x.hype-round"],
    ["round", "new", "--team", "T", "--phase", "kickoff", "--date", "tomorrow", "--out", "x.hype-round"],
    ["sample-exports", "--members", "2", "--out", "o", "--invitation", "missing.hype-round"],
    ["share", "--reflection", "99", "--out", "x.hype"],
])
def test_bad_options_are_plain_messages(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
