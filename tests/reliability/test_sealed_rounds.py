"""Attacks on team privacy, tried as a curious collator or a cheating member would, with nothing
but the app and its outputs: each must fail (docs/privacy-model.en.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli


def _collate(folder: Path, out: Path, *extra: str) -> int:
    return cli(["collate", str(folder), "--json", str(out), "--lang", "en", *extra])


@pytest.fixture
def six(tmp_path) -> Path:
    folder = tmp_path / "six"
    sealed_samples(cli, 6, folder, seed=5, extra=("--members", "8"))
    return folder


def _subset(src: Path, dst: Path, names: list[str]) -> Path:
    dst.mkdir()
    for name in names:
        shutil.copy(src / name, dst / name)
    return dst


def test_the_difference_of_two_releases_is_refused_both_ways(tmp_path, six, capsys):
    names = sorted(p.name for p in six.iterdir())
    five = _subset(six, tmp_path / "five", names[:5])
    assert _collate(six, tmp_path / "a.json") == 0
    capsys.readouterr()
    assert _collate(five, tmp_path / "b.json", "--out", str(tmp_path / "b.pdf")) == 3
    err = capsys.readouterr().err
    assert "differ from an earlier release" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.json").exists() and not (tmp_path / "b.pdf").exists()
    assert _collate(six, tmp_path / "a2.json") == 0  # the same people again is fine


def test_five_then_six_and_a_swap_are_refused_even_with_save(tmp_path, six):
    names = sorted(p.name for p in six.iterdir())
    five = _subset(six, tmp_path / "five", names[:5])
    swapped = _subset(six, tmp_path / "swap", names[1:6])  # one out, one in: a difference of two
    assert _collate(five, tmp_path / "a.json", "--save") == 0
    assert _collate(swapped, tmp_path / "s.json") == 3
    assert _collate(six, tmp_path / "b.json", "--save") == 3
    assert not (tmp_path / "s.json").exists() and not (tmp_path / "b.json").exists()


@pytest.mark.parametrize("people", [3, 4])
def test_below_five_no_statement_appears_in_any_output(tmp_path, people):
    from pypdf import PdfReader

    from hype_desktop.formats.instrument_build import load_builtin_instrument
    folder = tmp_path / "few"
    sealed_samples(cli, people, folder, seed=9)
    pdf = tmp_path / "t.pdf"
    assert _collate(folder, tmp_path / "s.json", "--out", str(pdf)) == 0
    text = (tmp_path / "s.json").read_text(encoding="utf-8")
    summary = json.loads(text)
    assert summary["items"] == [] and summary["most_agreed"] == [] and summary["most_disputed"] == []
    item_ids = [i.id for f in load_builtin_instrument().factors() for i in f.items]
    assert not any(f'"{iid}"' in text for iid in item_ids)
    assert all(set(f) <= {"id", "n", "mean"} for f in summary["factors"])  # a mean, no spread below 5
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Sample data" in " ".join(pdf_text.split())
    inst = load_builtin_instrument()
    assert not any(i.text.get("en") in pdf_text for f in inst.factors() for i in f.items)


def test_more_people_than_the_team_is_refused(tmp_path, six, capsys):
    inv = tmp_path / "six-kickoff.hype-round"
    more = tmp_path / "more"
    assert cli(["sample-exports", "--invitation", str(inv), "--members", "9", "--out", str(more), "--seed", "77"]) == 0
    capsys.readouterr()
    assert _collate(more, tmp_path / "s.json") == 3
    assert "team has 8 members" in capsys.readouterr().err and not (tmp_path / "s.json").exists()


def test_identical_copies_are_flagged_and_not_counted(tmp_path, capsys):
    from hype_desktop.formats.sealing import seal, unseal
    folder = tmp_path / "in"
    inv = sealed_samples(cli, 5, folder, seed=3)
    from hype_desktop.collation.rounds import RoundKeys
    from hype_desktop.formats.team_formats import read_round_file
    from hype_desktop.formats.team_rules import with_checksum
    from hype_desktop.paths import DataPaths, resolve_data_dir
    from hype_desktop.store.migrate import open_database
    invitation = read_round_file(inv)
    db = open_database(DataPaths(resolve_data_dir(None)))
    try:  # a cheating member re-seals one share's answers under a made-up pseudonym
        envelope = json.loads((folder / "sample-0001.hype").read_text())
        inner = json.loads(unseal(envelope["sealed"], RoundKeys(db).opener(invitation.round.id)))
    finally:
        db.close()
    inner["respondent"] = "f" * 32
    envelope["sealed"] = seal(json.dumps(with_checksum(inner)).encode(), invitation.keys.seal)
    (folder / "copy.hype").write_text(json.dumps(envelope))
    assert _collate(folder, tmp_path / "s.json") == 0
    out = capsys.readouterr().out
    assert out.count(": flagged and not counted") == 1 and ("copy.hype: flagged" in out or "sample-0001.hype: flagged" in out)
    assert json.loads((tmp_path / "s.json").read_text())["contributors"] == 5


def test_a_future_dated_forgery_is_refused_and_two_shares_of_one_person_are_the_collators_choice(tmp_path, capsys):
    from hype_desktop.collation.rounds import RoundKeys
    from hype_desktop.formats.sealing import seal, unseal
    from hype_desktop.formats.team_formats import read_round_file
    from hype_desktop.formats.team_rules import with_checksum
    from hype_desktop.paths import DataPaths, resolve_data_dir
    from hype_desktop.store.migrate import open_database
    folder = tmp_path / "in"
    inv = sealed_samples(cli, 5, folder, seed=3)
    invitation = read_round_file(inv)
    db = open_database(DataPaths(resolve_data_dir(None)))
    try:
        envelope = json.loads((folder / "sample-0002.hype").read_text())
        inner = json.loads(unseal(envelope["sealed"], RoundKeys(db).opener(invitation.round.id)))
    finally:
        db.close()
    inner["content"]["answers"] = {k: 1 for k in inner["content"]["answers"]}
    for name, when in (("forged.hype", "2099-01-01T00:00:00"), ("later.hype", "2025-09-02T08:00:00")):
        inner["completed_at"] = when
        envelope["sealed"] = seal(json.dumps(with_checksum(inner)).encode(), invitation.keys.seal)
        (folder / name).write_text(json.dumps(envelope))
    capsys.readouterr()
    assert _collate(folder, tmp_path / "s.json") == 3  # later.hype and sample-0002.hype disagree
    err = capsys.readouterr().err
    assert "later.hype (2025-09-02T08:00:00)" in err and "sample-0002.hype (2025-09-01" in err
    assert not (tmp_path / "s.json").exists()
    assert _collate(folder, tmp_path / "s.json", "--use", str(folder / "sample-0002.hype")) == 0
    out = capsys.readouterr().out
    assert "forged.hype: refused: dated in the future" in out and "later.hype: not used" in out


def test_swapped_invitations_show_other_fingerprints_and_a_made_up_summary_is_refused(tmp_path, data_dir):
    from hype_desktop.collation.rounds import read_verified_summary, remember_invitation
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.team_formats import read_round_file
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    a, b = tmp_path / "a.hype-round", tmp_path / "b.hype-round"
    for path in (a, b):  # the same fields twice: two rounds, two keys
        assert cli(["--data-dir", str(tmp_path / "lead"), "round", "new", "--team", "T", "--phase", "kickoff",
                    "--date", "2025-09-01", "--out", str(path)]) == 0
    ra, rb = read_round_file(a), read_round_file(b)
    assert ra.fingerprint != rb.fingerprint and ra.round.id != rb.round.id
    folder = tmp_path / "six"
    sealed_samples(cli, 6, folder, seed=1)
    summary = tmp_path / "s.hype-team"
    assert _collate(folder, summary) == 0
    made_up = json.loads(summary.read_text())
    made_up["contributors"] = 100_000
    (tmp_path / "fake.hype-team").write_text(json.dumps(made_up))
    member = tmp_path / "member"
    db = open_database(DataPaths(member))
    try:
        with pytest.raises(FileProblem) as info:
            read_verified_summary(db, summary)  # invitation never opened: cannot be checked
        assert info.value.key == "team.summary_unverifiable"
        remember_invitation(db, tmp_path / "six-kickoff.hype-round")
        assert read_verified_summary(db, summary).contributors == 6
        with pytest.raises(FileProblem) as info:
            read_verified_summary(db, tmp_path / "fake.hype-team")
        assert info.value.key == "team.bad_summary_signature"
    finally:
        db.close()


def test_restoring_an_older_backup_keeps_the_release_log_and_the_key(tmp_path, six, data_dir):
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.backup import make_backup, restore_backup
    names = sorted(p.name for p in six.iterdir())
    five = _subset(six, tmp_path / "five", names[:5])
    paths = DataPaths(data_dir)
    empty_log = make_backup(paths)  # the round's key, no release yet
    assert _collate(five, tmp_path / "a.json") == 0
    restore_backup(paths, empty_log.path)
    assert _collate(six, tmp_path / "b.json") == 3 and not (tmp_path / "b.json").exists()
    assert _collate(five, tmp_path / "c.json") == 0  # the key still opens the shares


def test_an_export_carries_the_key_with_its_release_log_to_a_fresh_data_folder(tmp_path, six, data_dir, capsys):
    names = sorted(p.name for p in six.iterdir())
    five = _subset(six, tmp_path / "five", names[:5])
    assert _collate(five, tmp_path / "a.json") == 0
    capsys.readouterr()
    assert cli(["my-data", "export", "--out", str(tmp_path / "me.json"), "--lang", "en"]) == 0
    assert "whoever has the file can open every share" in capsys.readouterr().out
    fresh = tmp_path / "fresh"
    assert cli(["--data-dir", str(fresh), "my-data", "import", str(tmp_path / "me.json")]) == 0
    assert cli(["--data-dir", str(fresh), "collate", str(six), "--json", str(tmp_path / "b.json")]) == 3
    assert not (tmp_path / "b.json").exists()
    assert cli(["--data-dir", str(fresh), "collate", str(five), "--json", str(tmp_path / "c.json")]) == 0
    # importing the same export again, or into the first folder, never resets a log
    assert cli(["my-data", "import", str(tmp_path / "me.json")]) == 0
    assert _collate(six, tmp_path / "d.json") == 3


def test_importing_an_export_older_than_a_release_never_forgets_the_release(tmp_path, six, data_dir, capsys):
    names = sorted(p.name for p in six.iterdir())
    five = _subset(six, tmp_path / "five", names[:5])
    assert cli(["my-data", "export", "--out", str(tmp_path / "before.json")]) == 0  # the key, no release
    assert _collate(five, tmp_path / "a.json") == 0  # released to five people
    assert cli(["my-data", "import", str(tmp_path / "before.json")]) == 0
    capsys.readouterr()
    assert _collate(six, tmp_path / "b.json") == 3 and not (tmp_path / "b.json").exists()
    assert "differ from an earlier release" in capsys.readouterr().err
    assert _collate(five, tmp_path / "c.json") == 0  # the key still opens the shares


def test_a_reused_round_id_or_key_is_refused(tmp_path, data_dir):
    """The round id is the keys' hash: a collator cannot give two rounds one id (members would
    get the same pseudonym in both), and a second invitation with a known key is refused."""
    from datetime import date

    from team_keys import EXAMPLE_SECRET

    from hype_desktop.collation.rounds import remember_invitation
    from hype_desktop.domain.reflection import Phase
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.safe_json import write_json_atomic
    from hype_desktop.formats.sealing import RoundSecret
    from hype_desktop.formats.team_exchange import build_round_file
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    inst = load_builtin_instrument()
    first = build_round_file(inst, "T", Phase.KICKOFF, "", date(2025, 9, 1), ["key_factors"], EXAMPLE_SECRET)
    again = build_round_file(inst, "T", Phase.CLOSING, "", date(2026, 5, 1), ["key_factors"], EXAMPLE_SECRET)
    other = RoundSecret.generate()
    chosen_id = other.sign({**{k: v for k, v in build_round_file(
        inst, "T", Phase.CLOSING, "", date(2026, 5, 1), ["key_factors"], other).items() if k != "signature"},
        "round": {**first["round"], "date": "2026-05-01", "phase": "closing"}})  # signed, but the id is not its keys'
    for name, data in (("first", first), ("again", again), ("chosen", chosen_id)):
        write_json_atomic(tmp_path / f"{name}.hype-round", data)
    db = open_database(DataPaths(tmp_path / "member"))
    try:
        assert remember_invitation(db, tmp_path / "first.hype-round").round.id == EXAMPLE_SECRET.public.round_id
        with pytest.raises(FileProblem) as info:
            remember_invitation(db, tmp_path / "again.hype-round")
        assert info.value.key == "team.key_reused" and "2025-09-01" in info.value.render("en")
        with pytest.raises(FileProblem) as info:
            remember_invitation(db, tmp_path / "chosen.hype-round")
        assert info.value.key == "team.bad_signature"
    finally:
        db.close()
