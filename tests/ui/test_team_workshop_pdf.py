"""The team's workshop result linked to a collated round and put into the team PDF: from the
Team view (a checkbox) and from `collate --out --with-workshop`; absent when not chosen."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli

TITLE = "What the team agreed together in the workshop"


def _text(path) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.fixture
def window(core_window):
    return core_window



def _workshop_linked_to(window, qtbot, round_uid, note="We agreed: <b>more time</b> & less rush"):
    window.show_workshop()
    view = window.view
    assert view.round_pick.accessibleName() and not view.round_pick.isHidden()
    view.round_pick.setCurrentIndex(view.round_pick.findData(round_uid))
    view.team_name.setText("Blue")
    view.start()
    assert view.reflection.round.round_uid == round_uid
    view.note.setPlainText(note)
    for _ in range(len(view.items)):
        qtbot.keyClick(view.scale, Qt.Key.Key_4)
        qtbot.keyClick(view.scale, Qt.Key.Key_PageDown)
    assert view.pages.currentIndex() == 3  # last the team's next steps
    view.pages.currentWidget().property("main_button").click()
    assert view.pages.currentIndex() == 2 and "Linked to the collated round" in view.done_text.text()
    return view.reflection


def _pdf(view, qtbot, path):
    view.save_pdf_to(str(path))
    qtbot.waitUntil(lambda: view.pdf_status.isVisible() or path.exists(), timeout=30_000)
    qtbot.waitUntil(lambda: view.pdf_button.isEnabled(), timeout=30_000)
    return _text(path)


def test_team_pdf_with_and_without_the_workshop_result(window, qtbot, tmp_path, collate_in_team_view):
    folder = tmp_path / "in"
    sealed_samples(cli, 5, folder, seed=2)
    view = collate_in_team_view(window, folder)
    assert view.workshop is None and view.workshop_check.isHidden()
    assert not view.workshop_hint.isHidden() and "Collated round" in view.workshop_hint.text()
    rid = view.outcome.run.round.id
    done = _workshop_linked_to(window, qtbot, rid)
    # the team's result is not one's own: it is in neither one's history nor a member's share
    assert done.id not in {r.id for r in window.ctx.store.finished_briefs(window.ctx.profile_id)}

    view = collate_in_team_view(window, folder)
    assert view.workshop is not None and view.workshop.reflection_id == done.id
    assert view.workshop_check.isChecked() and not view.workshop_check.isHidden()
    assert view.workshop_check.accessibleName() and "Blue" in view.workshop_check.text()
    view.grab().save(str(tmp_path / "team-with-workshop.png"))
    text = _pdf(view, qtbot, tmp_path / "with.pdf")
    assert TITLE in text and "We agreed: <b>more time</b> & less rush" in text
    assert "minimum group sizes of the collated results do not apply" in text
    view.workshop_check.setChecked(False)
    text = _pdf(view, qtbot, tmp_path / "without.pdf")
    assert TITLE not in text and "more time" not in text


def test_collate_cli_with_workshop(window, qtbot, tmp_path, data_dir, capsys, collate_in_team_view):
    folder = tmp_path / "in"
    sealed_samples(cli, 5, folder, seed=2)
    view = collate_in_team_view(window, folder)  # saved in the data folder, as a lead does
    rid = view.outcome.run.round.id
    pdf = tmp_path / "cli.pdf"
    args = ["collate", str(folder), "--out", str(pdf), "--lang", "en", "--data-dir", str(data_dir)]
    assert cli(args + ["--with-workshop"]) == 0
    assert "No finished workshop reflection" in capsys.readouterr().out and TITLE not in _text(pdf)
    _workshop_linked_to(window, qtbot, rid, note="Plain note")
    assert cli(args + ["--with-workshop"]) == 0
    assert "agreed together in the workshop" in capsys.readouterr().out
    assert TITLE in _text(pdf) and "Plain note" in _text(pdf)
    assert cli(args) == 0  # asked for explicitly, never automatic
    assert TITLE not in _text(pdf)
