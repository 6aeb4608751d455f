"""The team path through the windows only: a lead creates a round, members open the invitation,
reflect and share from their summary, the lead drops the folder of shares and sees the pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hype_desktop.ui.main_window import MainWindow
from hype_desktop.ui.summary_view import SummaryView
from hype_desktop.ui.wizard.pages import FactorPage
from hype_desktop.ui.wizard.start_page import StartPage
from hype_desktop.ui.wizard.wizard_view import WizardView


@pytest.fixture
def open_window(qtbot, tmp_path, make_ctx):
    """A main window on a data folder of its own (a lead's or a member's computer)."""
    def make(name: str) -> MainWindow:
        ctx = make_ctx(root=tmp_path / name)
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        return win
    return make


def _reflect_with_keys(qtbot, window, value: int = 3) -> None:
    """Walk the started reflection: each statement's value by its key, then "Next"."""
    wizard = window.view
    assert isinstance(wizard, WizardView)
    for _ in range(len(wizard.keys)):
        page = wizard.page
        if isinstance(page, FactorPage):
            for row in page.rows:
                qtbot.keyClick(row.scale, Qt.Key.Key_0 + value)
        last = wizard.index == len(wizard.keys) - 1
        wizard.next_button.click()
        if last:
            break
    assert isinstance(window.view, SummaryView)


def _create_round(qtbot, lead, folder: Path):
    lead.new_round_action.trigger()
    from hype_desktop.ui.team.new_round_dialog import NewRoundDialog
    dialog = lead.findChild(NewRoundDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.team_name, "Koulu A")
    assert dialog.team_code.text() == "KOULU-A"
    dialog.phase.setCurrentIndex(1)  # team workshop
    qtbot.keyClicks(dialog.label_edit, "Syksy")
    dialog.members.setValue(5)
    assert dialog.k_scores.minimum() == 3 and dialog.k_detail.minimum() == 5
    assert dialog.create_invitation(folder)
    assert "KOULU-A" in dialog.created.path.name and dialog.created.path.suffix == ".hype-round"
    message = dialog.message.toPlainText()
    assert "Share with my team" in message and dialog.created.path.name in message
    assert dialog.created.fingerprint and dialog.created.fingerprint in dialog.fingerprint_text.text()
    assert "supervisor" in dialog.collator_hint.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == message
    dialog.close_button.click()
    return dialog.created


def _member_shares(qtbot, member, invitation: Path, value: int) -> Path:
    member.open_team_file(str(invitation))
    assert isinstance(member.view, StartPage)
    member.view.start_button.click()
    _reflect_with_keys(qtbot, member, value)
    summary = member.view
    assert summary.share_button.isVisible()
    summary.share_button.click()
    from hype_desktop.ui.share_dialog import ShareDialog
    dialog = member.findChild(ShareDialog)
    assert dialog is not None and "A code instead of your name" in dialog.preview.toPlainText()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    written = dialog.written
    from hype_desktop.ui.saved_files import documents_dir
    assert written is not None and written.parent == documents_dir() and written.name.startswith("share-KOULU-A")
    from PySide6.QtWidgets import QMessageBox
    box = next((b for b in member.findChildren(QMessageBox) if written.name in b.text()), None)
    assert box is not None and any(b.text().replace("&", "") == "Show in folder" for b in box.buttons())
    box.accept()
    return written


def _extra_shares(instrument, invitation: Path, folder: Path, n: int, seed: int = 3) -> None:
    """Shares of other members of the same round, made by what `hype-desktop sample-exports
    --invitation` runs (the command fixes the built-in content; these tests use a small one)."""
    from hype_desktop.collation.sample_exports import sample_exports
    from hype_desktop.formats.team_formats import read_round_file
    assert len(sample_exports(instrument, read_round_file(invitation), n, folder, seed)) == n


def test_lead_creates_round_members_share_lead_sees_results(qtbot, open_window, tmp_path, mini_instrument):
    lead = open_window("lead")
    shares = tmp_path / "shares"
    shares.mkdir()
    created = _create_round(qtbot, lead, shares)
    assert lead.view.__class__.__name__ == "RoundsView"
    assert lead.view.table.rowCount() == 1 and lead.view.table.item(0, 3).text().startswith("0 of 5")

    for name, value in (("anna", 4), ("ben", 2), ("cai", 5), ("dora", 3), ("eli", 1)):
        member = open_window(name)
        path = _member_shares(qtbot, member, created.path, value)
        path.rename(shares / f"from-{name}.hype")  # attachments of the same name, saved apart
        member.close()

    samples = tmp_path / "samples"
    _extra_shares(mini_instrument, created.path, samples, 3)
    lead.show_team()
    view = lead.view
    view.collate([shares, samples])  # sample data mixed with real shares: refused, said why
    qtbot.waitUntil(lambda: view.warning.isVisible(), timeout=20_000)
    assert "sample shares" in view.warning.text() and view.outcome is None

    lead.show_team()
    view = lead.view
    view.collate([shares])
    qtbot.waitUntil(lambda: view.outcome is not None or view.warning.isVisible(), timeout=20_000)
    assert view.outcome is not None, view.warning.text()
    assert view.outcome.aggregate.contributors == 5, [r.render() for r in view.outcome.run.reports]
    assert view.report.item(0).text().endswith("its minimum group sizes apply (3 for scores, 5 for distributions and text)")
    assert view.report.item(1).text() == "5 files used, 0 not used"
    # the pictures: the areas' means and a diverging bar chart of the module, each drawn
    panel = view.panel
    assert set(panel.chart_labels) == {"means", "alpha"}
    assert all(not label.pixmap().isNull() for label in panel.chart_labels.values())
    from hype_desktop.ui.results_table import ResultsTable
    tables = panel.tables_scroll.widget().findChildren(ResultsTable)
    assert len(tables) == 2 and len(tables[1].results.headers()) == 6  # a table beside every chart
    counts = [sum(int(c) for c in row[1:]) for row in tables[1].results.rows()]
    assert counts and all(c == 5 for c in counts)  # people, not files or texts
    view.grab().save(str(tmp_path / "team-results.png"))
    lead.show_rounds()
    assert lead.view.table.item(0, 3).text().startswith("5 of 5")
    assert lead.view.table.item(0, 4).text().startswith("reached")


def test_invitation_offers_a_fitting_finished_reflection(qtbot, open_window, tmp_path):
    lead = open_window("lead")
    created = _create_round(qtbot, lead, tmp_path)
    member = open_window("member")
    member.show_start()  # an own check-in, finished before the invitation came
    member.view.start_button.click()
    _reflect_with_keys(qtbot, member)
    own = member.view.reflection
    assert not member.view.share_button.isVisible()  # not of a team round: nothing to share yet
    member.open_team_file(str(created.path))
    from hype_desktop.ui.team.invitation_dialog import InvitationDialog
    dialog = member.findChild(InvitationDialog)
    assert dialog is not None and dialog.choices.count() == 1
    dialog.use_button.click()
    assert isinstance(member.view, SummaryView) and member.view.reflection.id == own.id
    assert member.view.reflection.round.round_uid == created.round.round_uid
    assert member.view.share_button.isVisible()


def test_new_round_dialog_and_rounds_view_look(qtbot, open_window, tmp_path):
    """Screenshots to look at (fi, the longest texts), and the form's checks."""
    lead = open_window("lead")
    lead.ctx.language.apply("fi")
    lead.new_round_action.trigger()
    from hype_desktop.ui.team.new_round_dialog import NewRoundDialog
    dialog = lead.findChild(NewRoundDialog)
    assert not dialog.create_button.isEnabled()  # no team code yet
    dialog.team_name.setText("Yläkoulun tiimi")  # keyClicks types ASCII only
    assert dialog.team_code.text() == "YLAKOULUN-TIIMI" and dialog.create_button.isEnabled()
    dialog.grab().save(str(tmp_path / "new-round.png"))
    assert dialog.create_invitation(tmp_path)
    dialog.grab().save(str(tmp_path / "new-round-done.png"))
    assert "Hei kaikki" in dialog.message.toPlainText()
    dialog.close_button.click()
    lead.view.grab().save(str(tmp_path / "rounds.png"))
    assert lead.view.table.item(0, 0).text() == "YLAKOULUN-TIIMI"
    print(tmp_path)


def _walk_workshop(qtbot, view, value: int, votes: list[int] | None = None) -> None:
    """Answer from the current statement to the last, counting cards on each when ``votes``."""
    for _ in range(view.index, len(view.items)):
        qtbot.keyClick(view.scale, Qt.Key.Key_0 + value)
        if votes is not None:
            assert view.votes.isVisible()
            for spin, count in zip(view.votes.spins, votes):
                spin.setValue(count)
        qtbot.keyClick(view.scale, Qt.Key.Key_PageDown)


def test_workshop_in_a_room_with_votes_then_next_round_asks_about_steps(qtbot, open_window, tmp_path,
                                                                       mini_instrument):
    lead = open_window("lead")
    shares = tmp_path / "shares"
    shares.mkdir()
    created = _create_round(qtbot, lead, shares)
    _extra_shares(mini_instrument, created.path, shares, 5)
    lead.show_team()
    lead.view.collate([shares])
    qtbot.waitUntil(lambda: lead.view.outcome is not None, timeout=20_000)
    # workshop mode on a 1024x768 projector, linked to the round, counting cards
    lead.show_workshop()
    view = lead.view
    lead.resize(1024, 768)
    assert lead.minimumSizeHint().width() <= 1024 and lead.minimumSizeHint().height() <= 768
    view.round_pick.setCurrentIndex(view.round_pick.findData(created.round.round_uid))
    view.team_name.setText("Koulu A")
    view.votes_check.setChecked(True)
    view.start()
    assert view.pages.currentIndex() == 1 and lead.minimumSizeHint().width() <= 1024
    # the team may look at the members' released spread before agreeing
    assert view.spread_counts  # the round's released summary holds distributions
    while not view.spread.isVisible():  # a statement without a released spread shows none
        qtbot.keyClick(view.scale, Qt.Key.Key_4)
        qtbot.keyClick(view.scale, Qt.Key.Key_PageDown)
    assert not view.spread.text.isVisible()
    view.spread.toggle.click()
    assert "collated, 5 people" in view.spread.text.text()
    lead.grab().save(str(tmp_path / "workshop-1024.png"))
    first = view.items[view.index].id
    _walk_workshop(qtbot, view, 4, votes=[0, 1, 2, 1, 0, 0])
    assert view.pages.currentIndex() == 3  # the team's next steps
    steps = view.step_pages.steps
    qtbot.keyClicks(steps.rows[0].text, "Weekly coffee together")
    assert steps.rows[0].owner.currentData() == "team"
    lead.grab().save(str(tmp_path / "workshop-steps-1024.png"))
    view.pages.currentWidget().property("main_button").click()
    assert view.pages.currentIndex() == 2 and lead.minimumSizeHint().width() <= 1024
    from hype_desktop.collation.workshop_votes import load_votes
    votes = load_votes(lead.ctx.settings, view.reflection.id)
    assert votes[first] == [0, 1, 2, 1, 0, 0]  # apart from the collated figures
    assert lead.ctx.store.get(view.reflection.id).next_steps[0].text == "Weekly coffee together"
    view.save_summary_pdf(tmp_path)
    qtbot.waitUntil(lambda: getattr(view, "summary_pdf", None) is not None, timeout=20_000)
    from pypdf import PdfReader
    pdf = PdfReader(view.summary_pdf)
    text = " ".join(pdf.pages[0].extract_text().split())
    assert len(pdf.pages) == 1 and "cards counted in the room" in text and "Weekly coffee together" in text
    # the next round's workshop asks first what became of the team's steps
    lead.show_workshop()
    again = lead.view
    again.team_name.setText("Koulu A")
    again.start()
    assert again.pages.currentIndex() == 3
    row = again.step_pages.followup.rows[0]
    assert row.step.text == "Weekly coffee together"
    row.status.setCurrentIndex(row.status.findData("partly"))
    qtbot.keyClicks(row.learned, "Mondays work best")
    lead.grab().save(str(tmp_path / "workshop-followup-1024.png"))
    again.pages.currentWidget().property("main_button").click()
    assert again.pages.currentIndex() == 1
    step = lead.ctx.store.get(view.reflection.id).next_steps[0]
    assert step.status.value == "partly" and step.learned == "Mondays work best"
    # leave at any point: back home, the workshop resumes where it stopped
    again.leave_button.click()
    assert lead.view is not again
    print(tmp_path)
