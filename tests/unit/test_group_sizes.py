"""Minimum group sizes from a trainer's preset and a round's invitation reach the collation:
the larger always wins, never below 3 and 5; each checked at k−1 (hidden) and k (shown)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli
from hype_desktop.collation.collate import collate_round
from hype_desktop.collation.invitations import split_invitations
from hype_desktop.domain.anonymity import Thresholds, strictest
from hype_desktop.domain.preset import Preset, group_sizes
from hype_desktop.formats.instrument_build import load_builtin_instrument


def _shares(tmp_path: Path, members: int, name: str = "in", extra: tuple[str, ...] = ()) -> Path:
    out = tmp_path / name
    sealed_samples(cli, members, out, seed=7, team="T4", extra=extra)
    return out


def _collate(data_dir: Path, *args, **kwargs):
    """collate_round in the test's data folder (where the round's key is)."""
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.team import TeamStore
    db = open_database(DataPaths(data_dir))
    try:
        return collate_round(*args, team_store=TeamStore(db), **kwargs)
    finally:
        db.close()


def _preset_file(tmp_path: Path, scores: int, detail: int) -> Path:
    path = tmp_path / "hype-preset.json"
    path.write_text(json.dumps({"format": "hype-preset", "format_version": 1, "organisation": "Trainer",
                                "min_group_sizes": {"scores": scores, "detail": detail}}), encoding="utf-8")
    return path


def test_strictest_takes_the_larger_never_below_the_floors():
    assert strictest() == Thresholds(3, 5)
    assert strictest(Thresholds(3, 5), None, Thresholds.of(4, 5), Thresholds.of(3, 7)) == Thresholds(4, 7)
    assert group_sizes(None) == Thresholds(3, 5)
    assert group_sizes(Preset(Path("p"), "T", k_scores=2, k_detail=1)) == Thresholds(3, 5)
    assert group_sizes(Preset(Path("p"), "T", k_scores=4, k_detail=6)) == Thresholds(4, 6)


@pytest.mark.parametrize("people, shown", [(3, False), (4, True)])
def test_preset_group_size_at_k_minus_1_and_k(tmp_path, data_dir, people, shown):
    inst = load_builtin_instrument()
    out = _collate(data_dir, [_shares(tmp_path, people)], inst,
                   group_sizes(Preset(Path("p"), "T", k_scores=4, k_detail=6)))
    agg = out.aggregate
    assert agg.thresholds == Thresholds(4, 6) and out.summary["min_group"] == {"scores": 4, "detail": 6}
    assert any(s.mean is not None for s in agg.factors.values()) is shown
    assert all(s.mean is None for s in agg.factors.values() if s.n < 4)


@pytest.mark.parametrize("people, shown", [(4, False), (5, True)])
def test_invitation_raises_the_preset_for_its_round(tmp_path, data_dir, people, shown):
    inst = load_builtin_instrument()
    folder = _shares(tmp_path, people, extra=("--min-group", "5", "--min-group-detail", "7"))
    out = _collate(data_dir, [folder], inst, Thresholds.of(4, 6))
    assert out.aggregate.thresholds == Thresholds(5, 7)
    assert any(s.mean is not None for s in out.aggregate.factors.values()) is shown
    # the invitation, given with the files, is read and its signature checked
    split = split_invitations([folder, tmp_path / "in-kickoff.hype-round"])
    assert list(split.sizes.values()) == [Thresholds(5, 7)] and not split.problems


def test_broken_invitation_is_named_and_stops_the_collation(tmp_path, capsys):
    """Like a broken preset: the group sizes it promised the team are unknown, so nothing is
    collated with possibly smaller ones."""
    bad = tmp_path / "bad.hype-round"
    bad.write_text("{", encoding="utf-8")
    split = split_invitations([bad, tmp_path / "x.hype"])
    assert split.sizes == {} and len(split.problems) == 1 and split.shares == [tmp_path / "x.hype"]
    folder = _shares(tmp_path, 5)
    (folder / "round.hype-round").write_text("{", encoding="utf-8")
    out = tmp_path / "s.json"
    capsys.readouterr()
    assert cli(["collate", str(folder), "--json", str(out), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert "round.hype-round" in captured.out and "nothing was collated" in captured.err
    assert not out.exists()


@pytest.mark.parametrize("people, shown", [(3, False), (4, True)])
def test_collate_cli_takes_the_presets_group_sizes(tmp_path, capsys, people, shown):
    folder = _shares(tmp_path, people)
    out = tmp_path / "s.json"
    preset = _preset_file(tmp_path, 4, 6)
    assert cli(["collate", str(folder), "--json", str(out), "--lang", "en", "--preset", str(preset)]) == 0
    assert "Minimum group sizes used: 4 people for scores, 6" in capsys.readouterr().out
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["min_group"] == {"scores": 4, "detail": 6}
    assert any("mean" in f for f in summary["factors"]) is shown
    # the command line can raise the preset's sizes, never lower them
    assert cli(["collate", str(folder), "--json", str(out), "--preset", str(preset), "--min-group", "3"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["min_group"]["scores"] == 4


def test_cli_refuses_a_broken_preset_and_round_new_defaults_to_it(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert cli(["collate", str(tmp_path), "--json", str(tmp_path / "s.json"), "--preset", str(broken),
                "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "broken.json" in err and "nothing was done" in err and "starts with its own" not in err
    assert not (tmp_path / "s.json").exists()
    invite = tmp_path / "r.hype-round"
    assert cli(["round", "new", "--team", "T4", "--phase", "closing", "--out", str(invite),
                "--preset", str(_preset_file(tmp_path, 4, 6))]) == 0
    assert json.loads(invite.read_text(encoding="utf-8"))["min_group"] == {"scores": 4, "detail": 6}
    assert cli(["round", "new", "--team", "T4", "--phase", "closing", "--out", str(invite)]) == 0
    assert json.loads(invite.read_text(encoding="utf-8"))["min_group"] == {"scores": 3, "detail": 5}
