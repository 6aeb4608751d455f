"""The Team view collates with a trainer preset's minimum group sizes (k−1 hidden, k shown),
says which sizes hold, and keeps a round's sizes once it was collated with them."""

from __future__ import annotations

from pathlib import Path

import pytest
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli
from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.preset import Preset


@pytest.fixture
def window(core_window):
    return core_window



@pytest.mark.parametrize("people, shown", [(3, False), (4, True)])
def test_team_view_uses_the_presets_group_sizes(window, qtbot, tmp_path, people, shown, collate_in_team_view):
    folder = tmp_path / "in"
    sealed_samples(cli, people, folder, seed=7)
    window.ctx.preset = Preset(Path("hype-preset.json"), "Trainer", k_scores=4, k_detail=6)
    view = collate_in_team_view(window, folder)
    assert "scores from 4 people up, distributions and shared text from 6" in view.intro.text()
    agg = view.outcome.aggregate
    assert agg.thresholds == Thresholds(4, 6)
    assert any(s.mean is not None for s in agg.factors.values()) is shown
    assert "Minimum group sizes: 4 people for scores, 6" in view.results.toPlainText()
    # the round keeps the sizes it was collated with, even without the preset later
    window.ctx.preset = None
    again = collate_in_team_view(window, folder)
    assert again.outcome.aggregate.thresholds == Thresholds(4, 6)


def test_invitation_dropped_with_the_shares_applies(window, qtbot, tmp_path, collate_in_team_view):
    folder = tmp_path / "in"
    invite = sealed_samples(cli, 4, folder, seed=7, extra=("--min-group", "5"))
    window.show_team()
    view = window.view
    view.collate([folder, invite])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    lines = [view.report.item(i).text() for i in range(view.report.count())]
    assert any(line.startswith(f"{invite.name}: invitation of round") for line in lines)
    assert view.outcome.aggregate.thresholds == Thresholds(5, 5)
    assert not view.outcome.aggregate.anything_shown  # 4 people < 5


def test_an_unreadable_invitation_stops_the_team_view_collation(window, qtbot, tmp_path, collate_in_team_view):
    folder = tmp_path / "in"
    sealed_samples(cli, 5, folder, seed=7)
    view = collate_in_team_view(window, folder)  # a good collation first
    assert view.outcome is not None and view.save_button.isEnabled()
    (folder / "round.hype-round").write_text("{", encoding="utf-8")
    view.collate([folder])
    qtbot.waitUntil(lambda: not view.warning.isHidden(), timeout=20_000)
    assert "could not be read" in view.warning.text()
    assert any("round.hype-round" in view.report.item(n).text() for n in range(view.report.count()))
    assert view.outcome is None and not view.save_button.isEnabled() and not view.pdf_button.isEnabled()
