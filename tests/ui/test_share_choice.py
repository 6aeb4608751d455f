"""People, not files, in the Team view: two different shares of one person are the collator's
choice (shown only by date and file, never a silent replacement), and a share repeating the
answers of one saved earlier under another code is flagged and not counted."""

from __future__ import annotations

import json
from pathlib import Path

from team_helpers import sealed_samples

from hype_desktop.cli import main as cli


def _reseal(invitation: Path, source: Path, target: Path, **changes) -> None:
    """A member's share opened with the round's key (the collator's data folder), changed and
    sealed again: what a second export, or a cheating member, produces."""
    from hype_desktop.collation.rounds import RoundKeys
    from hype_desktop.formats.sealing import seal, unseal
    from hype_desktop.formats.team_formats import read_round_file
    from hype_desktop.formats.team_rules import with_checksum
    from hype_desktop.paths import DataPaths, resolve_data_dir
    from hype_desktop.store.migrate import open_database
    round_file = read_round_file(invitation)
    db = open_database(DataPaths(resolve_data_dir(None)))
    try:
        envelope = json.loads(source.read_text())
        inner = json.loads(unseal(envelope["sealed"], RoundKeys(db).opener(round_file.round.id)))
    finally:
        db.close()
    if "answers" in changes:
        value = changes.pop("answers")
        inner["content"]["answers"] = {k: value for k in inner["content"]["answers"]}
    inner.update(changes)
    envelope["sealed"] = seal(json.dumps(with_checksum(inner)).encode(), round_file.keys.seal)
    target.write_text(json.dumps(envelope))


def _lines(view) -> list[str]:
    return [view.report.item(i).text() for i in range(view.report.count())]


def _dialog(view, qtbot):
    qtbot.waitUntil(lambda: view.choice_dialog is not None and view.choice_dialog.isVisible(), timeout=20_000)
    return view.choice_dialog


def test_the_collator_chooses_between_two_shares_of_one_person(core_window, qtbot, tmp_path):
    folder = tmp_path / "in"
    invitation = sealed_samples(cli, 5, folder, seed=3)
    _reseal(invitation, folder / "sample-0002.hype", folder / "later.hype",
            answers=1, completed_at="2025-09-02T08:00:00")
    core_window.show_team()
    view = core_window.view
    view.collate([folder])
    dialog = _dialog(view, qtbot)
    assert view.outcome is None and "two different shares" in view.warning.text()
    assert not view.pdf_button.isEnabled() and not view.save_button.isEnabled()
    texts = [b.text() for b in dialog.options[0]]
    assert len(texts) == 2 and texts[0].endswith("later.hype") and texts[1].endswith("sample-0002.hype")
    assert "02/09/2025 08:00" in texts[0]  # when it was finished, nothing it says
    assert not dialog.use_button.isEnabled()  # nothing chosen for the collator
    dialog.grab().save(str(tmp_path / "choice.png"))
    dialog.options[0][0].click()
    assert dialog.use_button.isEnabled()
    dialog.use_button.click()
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    lines = _lines(view)
    assert view.outcome.aggregate.contributors == 5
    assert any(line.startswith("Used: later.hype: accepted; chosen over another share") for line in lines)
    assert any(line.startswith("Not used: sample-0002.hype: not used: another share") for line in lines)

    # a third share of that person later: the saved one or the new file, chosen again
    again = tmp_path / "again"
    again.mkdir()
    _reseal(invitation, folder / "sample-0002.hype", again / "third.hype", answers=5,
            completed_at="2025-09-03T09:30:00")
    core_window.show_team()
    view = core_window.view
    view.collate([again])
    dialog = _dialog(view, qtbot)
    texts = [b.text() for b in dialog.options[0]]
    assert texts[0].endswith("third.hype") and texts[1].endswith("the share saved earlier")
    dialog.options[0][1].click()
    dialog.use_button.click()
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    assert view.outcome.aggregate.contributors == 5
    assert any(line.startswith("Not used: third.hype: not used: another share") for line in _lines(view))
    from hype_desktop.store.team import TeamStore
    kept = {s.checksum for s in TeamStore(core_window.ctx.store.db).submissions(view.outcome.run.round.id)}
    assert len(kept) == 5 and all(set(s.answers.values()) != {5} for s in
                                  TeamStore(core_window.ctx.store.db).submissions(view.outcome.run.round.id))


def test_a_cancelled_choice_shows_nothing(core_window, qtbot, tmp_path):
    folder = tmp_path / "in"
    invitation = sealed_samples(cli, 5, folder, seed=4)
    _reseal(invitation, folder / "sample-0001.hype", folder / "later.hype", answers=2,
            completed_at="2025-09-02T10:00:00")
    core_window.show_team()
    view = core_window.view
    view.collate([folder])
    _dialog(view, qtbot).cancel_button.click()
    assert view.outcome is None and view.warning.isVisibleTo(view)
    assert "mean" not in view.results.toPlainText() and not view.pdf_button.isEnabled()


def test_identical_answers_to_a_share_saved_earlier_are_flagged_and_not_counted(core_window, qtbot, tmp_path):
    folder = tmp_path / "in"
    invitation = sealed_samples(cli, 5, folder, seed=6)
    core_window.show_team()
    view = core_window.view
    view.collate([folder])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    assert view.outcome.aggregate.contributors == 5
    later = tmp_path / "later"
    later.mkdir()  # a copy of a saved share's answers under a made-up code, sent on its own
    _reseal(invitation, folder / "sample-0003.hype", later / "copy.hype", respondent="e" * 32)
    core_window.show_team()
    view = core_window.view
    view.collate([later])
    qtbot.waitUntil(lambda: view.outcome is not None or view.warning.isVisibleTo(view), timeout=20_000)
    assert view.outcome is not None, view.warning.text()
    assert view.outcome.aggregate.contributors == 5
    assert any(line.startswith("Not used: copy.hype: flagged and not counted") for line in _lines(view))
