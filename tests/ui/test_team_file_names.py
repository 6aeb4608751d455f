"""The Team view offers to save the collated round's summary and PDF under a name that says
the team and the round's date (the date a share file gives is text, never a date object)."""

from __future__ import annotations

import pytest
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli


@pytest.fixture
def window(core_window):
    return core_window


def test_save_dialogs_offer_the_team_code_and_the_rounds_date(window, qtbot, tmp_path,
                                                               collate_in_team_view, monkeypatch):
    folder = tmp_path / "in"
    sealed_samples(cli, 5, folder, seed=4)
    view = collate_in_team_view(window, folder)
    assert view.outcome is not None and view.outcome.ok
    offered: list[str] = []

    def ask(_parent, _title, name, _filters, _suffixes):
        offered.append(name)
        return None  # the user cancels

    monkeypatch.setattr("hype_desktop.ui.team_view.ask_save_path", ask)
    view.save_summary()
    view.save_pdf()
    run = view.outcome.run
    assert run.round is not None and run.team_code
    expected = f"-{run.team_code}-{run.round.date}"
    assert [name.endswith(f"{expected}.hype-team") for name in offered[:1]] == [True]
    assert [name.endswith(f"{expected}.pdf") for name in offered[1:]] == [True]
