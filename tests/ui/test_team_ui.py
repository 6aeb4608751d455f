"""Team work in the windows: dropping a folder of mixed files onto the Team view, the share
preview's defaults, an invitation starting a reflection of its round, a team summary's position."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from team_helpers import sealed_samples
from team_keys import EXAMPLE_SECRET, read_example_share

from hype_desktop.cli import main as cli
from hype_desktop.ui.a11y import accessible_name

DATA = Path(__file__).resolve().parent.parent / "data" / "team"


@pytest.fixture
def window(core_window):
    return core_window


def _drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_drop_folder_of_mixed_files_reports_and_aggregates(window, qtbot, tmp_path):
    folder = tmp_path / "in"
    sealed_samples(cli, 5, folder, seed=2)
    shutil.copy(DATA / "invalid-truncated.hype", folder / "cut.hype")
    shutil.copy(DATA / "invalid-newer-format.hype", folder / "newer.hype")
    shutil.copy(DATA / "valid.hype", folder / "other-round.hype")
    window.show_team()
    view = window.view
    _drop(view, [folder])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    lines = [view.report.item(i).text() for i in range(view.report.count())]
    assert len(lines) == 9 and lines[0] == "5 files used, 3 not used"
    assert any(l.startswith("Not used: cut.hype: damaged") for l in lines)
    assert any(l.startswith("Not used: newer.hype: made by a newer version") for l in lines)
    assert any(l.startswith("Not used: other-round.hype: not a round of this data folder") for l in lines)
    agg = view.outcome.aggregate
    assert agg.contributors == 5
    assert all(s.mean is not None for s in agg.factors.values() if s.n >= 3)
    text = view.results.toPlainText()
    assert "5 people" in text and "Where views differ most" in text
    assert f"Round fingerprint: {view.outcome.fingerprint}" in text and len(view.outcome.fingerprint) == 14
    # kept in the database apart from one's own reflections; deleting keeps the summary
    from hype_desktop.store.team import TeamStore
    team = TeamStore(window.ctx.store.db)
    rid = view.outcome.run.round.id
    assert len(team.submissions(rid)) == 5 and window.ctx.store.count() == 0
    out = tmp_path / "t.hype-team"
    view.save_summary_to(str(out))
    from hype_desktop.formats.team_formats import read_team_file
    assert read_team_file(out).contributors == 5
    assert view.delete_submissions(confirm=False) == 5
    assert team.submissions(rid) == [] and team.last_collation(rid) is not None
    view.grab().save(str(tmp_path / "team.png"))


def test_small_team_gets_workshop_hint(window, qtbot, tmp_path):
    folder = tmp_path / "few"
    sealed_samples(cli, 2, folder)
    window.show_team()
    window.view.collate([folder])
    qtbot.waitUntil(lambda: window.view.outcome is not None, timeout=20_000)
    assert "workshop mode" in window.view.warning.text()
    assert "mean" not in window.view.results.toPlainText()


def _finish_invited_reflection(window, path):
    window.open_team_file(str(path))
    from hype_desktop.ui.wizard.start_page import StartPage
    assert isinstance(window.view, StartPage)
    page = window.view
    assert page.label_edit.text() == "Syksyn aloitus"
    assert page.module_checks["load"].isChecked() and page.module_checks["orientation"].isChecked()
    page.module_checks["orientation"].setChecked(False)
    page._start()
    ctx = window.ctx
    r = ctx.store.unfinished(ctx.profile_id)
    assert r.round.round_uid == EXAMPLE_SECRET.public.round_id and r.round.team_code == "TEAM-7"
    for fid in r.scope:
        for item in ctx.instrument.factor(fid).items:
            ctx.store.save_answer(r.id, item.id, 3)
    ctx.store.save_note(r.id, ctx.instrument.factor(r.scope[0]).items[0].id, "<b>mine</b>")
    return ctx.store.finish(r.id, ctx.instrument)


def test_invitation_then_share_preview_defaults(window, tmp_path):
    reflection = _finish_invited_reflection(window, DATA / "valid.hype-round")
    from hype_desktop.ui.share_dialog import ShareDialog
    dlg = ShareDialog(window.ctx, reflection, window)
    assert not dlg.module_checks["load"].isChecked() and dlg.module_checks["key_factors"].isChecked()
    assert dlg.note_checks and not any(c.isChecked() for c in dlg.note_checks.values())
    preview = dlg.preview.toPlainText()
    assert "sealed to the round's key" in dlg.who.text()
    assert "<b>mine</b>" not in preview and "Not in the file:" in preview
    next(iter(dlg.note_checks.values())).setChecked(True)
    assert "<b>mine</b>" in dlg.preview.toPlainText()
    dlg.grab().save(str(tmp_path / "share.png"))
    out = tmp_path / "me.hype"
    assert dlg.save_to(str(out))
    assert "mine" not in out.read_text(encoding="utf-8")
    share = read_example_share(out)
    assert share.content.modules == ["key_factors"] and share.content.notes[0].text == "<b>mine</b>"
    assert not any(k.startswith("load.") for k in share.content.answers)


def test_team_summary_shows_own_position_privately(window):
    _finish_invited_reflection(window, DATA / "valid.hype-round")
    from hype_desktop.formats.team_formats import read_team_file
    from hype_desktop.ui.team_files import position_text
    text = position_text(window.ctx, read_team_file(DATA / "valid.hype-team"))
    assert "only on your computer" in text
    assert "· you 3.0" in text


def test_bad_invitation_is_a_message_not_a_crash(window, monkeypatch):
    shown = []
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window.open_team_file(str(DATA / "invalid-newer-format.hype-round"))
    assert shown and "newer version" in shown[0]


def test_save_team_pdf_runs_in_a_worker_with_progress(window, qtbot, tmp_path):
    folder = tmp_path / "in"
    sealed_samples(cli, 6, folder, seed=3)
    window.show_team()
    view = window.view
    assert not view.pdf_button.isEnabled() and accessible_name(view.pdf_button)
    _drop(view, [folder])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    assert view.pdf_button.isEnabled()
    seen = []
    out = tmp_path / "team.pdf"
    view.save_pdf_to(str(out))
    view.progress.valueChanged.connect(seen.append)
    assert not view.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: view.pdf_button.isEnabled(), timeout=60_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert "The team PDF was saved to" in view.pdf_status.text() and view.pdf_status.isVisibleTo(view)
    assert seen and seen[-1] == 100
    view.grab().save(str(tmp_path / "team-pdf.png"))


def test_the_team_view_refuses_a_release_one_person_away_and_says_why(window, qtbot, tmp_path):
    """After "delete submissions", collating five of the six people again would show the sixth."""
    folder = tmp_path / "six"
    sealed_samples(cli, 6, folder, seed=8)
    window.show_team()
    view = window.view
    view.collate([folder])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    assert view.outcome.aggregate.contributors == 6
    assert view.delete_submissions(confirm=False) == 6
    (folder / "sample-0006.hype").unlink()
    window.show_team()
    view = window.view
    view.collate([folder])
    qtbot.waitUntil(lambda: not view.warning.isHidden(), timeout=20_000)
    assert "differ from an earlier release" in view.warning.text() and view.outcome is None
    assert not view.pdf_button.isEnabled() and not view.save_button.isEnabled()
    assert "Syksy" not in view.results.toPlainText() and "mean" not in view.results.toPlainText()
    view.grab().save(str(tmp_path / "refused.png"))
