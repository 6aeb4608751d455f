"""Linking a finished workshop to a collated round afterwards, from the workshop's result page
and from the team's list of reflections: link, relink, unlink; never for one's own
reflections, and not offered while this database has no collated round."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.store.team import TeamStore
from hype_desktop.store.workshop import linked_workshops

OLD, NEW = "a" * 32, "b" * 32


def _collated_rounds(ctx) -> None:
    team = TeamStore(ctx.store.db)
    team.ensure_round(Round(Phase.KICKOFF, date(2025, 9, 1), "Autumn", "TEAM-A", OLD), "mini", 1, Thresholds())
    team.ensure_round(Round(Phase.CLOSING, date(2026, 5, 4), "Spring", "TEAM-B", NEW), "mini", 1, Thresholds())


def _finished_workshop(ctx, name="Blue"):
    inst = ctx.instrument
    modules = ("alpha",)
    r = ctx.store.start(ctx.store.team_profile(name), Round(Phase.TEAM_WORKSHOP, date(2025, 10, 2), name),
                        inst, modules, inst.scope_for_modules(modules))
    ctx.store.save_answer(r.id, "alpha.one.1", 4)
    return ctx.store.finish(r.id, inst)


def _choose(qtbot, dialog, uid: str) -> None:
    assert dialog.isVisible() and dialog.choices.accessibleName()
    rows = [dialog.choices.item(n).data(Qt.ItemDataRole.UserRole) for n in range(dialog.choices.count())]
    dialog.choices.setCurrentRow(rows.index(uid))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.accessibleName()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_link_relink_unlink_from_the_team_history(window, qtbot, tmp_path):
    ctx = window.ctx
    _collated_rounds(ctx)
    done = _finished_workshop(ctx)
    window.show_history(profile_id=ctx.store.team_profile("Blue"))
    view = window.view
    assert view.team_name() == "Blue"
    assert not view.link_button.isHidden() and view.link_button.isEnabled()
    assert view.link_button.accessibleName()
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    dialog = view.link_dialog
    # "Not linked" first and chosen, then the rounds newest first
    texts = [dialog.choices.item(n).text() for n in range(dialog.choices.count())]
    assert texts[0] == "Not linked" and dialog.chosen_uid() == ""
    assert texts[1].startswith("TEAM-B") and "Spring" in texts[1] and texts[2].startswith("TEAM-A")
    dialog.grab().save(str(tmp_path / "link-dialog.png"))
    _choose(qtbot, dialog, OLD)
    assert linked_workshops(ctx.store.db, OLD) == [(done.id, "Blue")]
    assert ctx.store.get(done.id).round.phase == Phase.KICKOFF  # follows the round's phase
    assert "linked to the collated round of team TEAM-A" in view.table.item(0, 3).text()

    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    assert view.link_dialog.chosen_uid() == OLD  # the current link is shown chosen
    _choose(qtbot, view.link_dialog, NEW)
    assert linked_workshops(ctx.store.db, OLD) == [] and linked_workshops(ctx.store.db, NEW) == [(done.id, "Blue")]
    assert "TEAM-B" in view.table.item(0, 3).text()

    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    view.link_dialog.reject()  # cancel changes nothing
    assert linked_workshops(ctx.store.db, NEW) == [(done.id, "Blue")]
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    _choose(qtbot, view.link_dialog, "")
    assert linked_workshops(ctx.store.db, NEW) == [] and ctx.store.get(done.id).round.round_uid == ""
    assert "linked" not in view.table.item(0, 3).text()

    # one's own reflections: no such action
    own = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, date(2025, 3, 1)), ctx.instrument,
                          ("alpha",), ctx.instrument.scope_for_modules(("alpha",)))
    ctx.store.finish(own.id, ctx.instrument)
    view.show_profile(ctx.profile_id)
    assert view.team_name() is None and view.selected().id == own.id
    assert view.link_button.isHidden()
    view.link_selected()
    assert view.link_dialog is None or not view.link_dialog.isVisible()
    assert ctx.store.get(own.id).round.round_uid == ""


def test_not_offered_without_collated_rounds_nor_for_an_unfinished_one(window, qtbot):
    ctx = window.ctx
    _finished_workshop(ctx)
    window.show_history(profile_id=ctx.store.team_profile("Blue"))
    assert window.view.team_name() == "Blue" and window.view.link_button.isHidden()
    window.view.link_selected()
    assert window.view.link_dialog is None
    _collated_rounds(ctx)
    inst = ctx.instrument
    ctx.store.start(ctx.store.team_profile("Blue"), Round(Phase.CLOSING, date(2026, 1, 2), "Blue"), inst,
                    ("alpha",), inst.scope_for_modules(("alpha",)))
    window.show_history(profile_id=ctx.store.team_profile("Blue"))
    view = window.view
    unfinished = next(n for n, r in enumerate(view.reflections) if not r.finished)
    view.table.selectRow(unfinished)
    assert not view.link_button.isHidden() and not view.link_button.isEnabled()


def _run_workshop(window, qtbot, name="Green"):
    window.show_workshop()
    view = window.view
    view.team_name.setText(name)
    view.start()
    for _ in range(len(view.items)):
        qtbot.keyClick(view.scale, Qt.Key.Key_4)
        qtbot.keyClick(view.scale, Qt.Key.Key_PageDown)
    assert view.pages.currentIndex() == 3  # last the team's next steps
    view.pages.currentWidget().property("main_button").click()
    assert view.pages.currentIndex() == 2
    return view


def test_link_from_the_workshop_result_page(window, qtbot, tmp_path):
    ctx = window.ctx
    view = _run_workshop(window, qtbot, "Before collating")
    assert view.done_link.isHidden()  # no collated round in this database yet
    _collated_rounds(ctx)  # the lead collates while the team is still there
    view = _run_workshop(window, qtbot)
    assert not view.done_link.isHidden() and view.done_link.accessibleName()
    assert "Linked to the collated round" not in view.done_text.text()
    qtbot.mouseClick(view.done_link, Qt.MouseButton.LeftButton)
    view.link_dialog.grab().save(str(tmp_path / "workshop-link-dialog.png"))
    _choose(qtbot, view.link_dialog, NEW)
    rid = view.reflection.id
    assert linked_workshops(ctx.store.db, NEW) == [(rid, "Green")]
    assert "Linked to the collated round of team TEAM-B" in view.done_text.text()
    view.grab().save(str(tmp_path / "workshop-linked.png"))
    qtbot.mouseClick(view.done_link, Qt.MouseButton.LeftButton)
    _choose(qtbot, view.link_dialog, OLD)
    assert "TEAM-A" in view.done_text.text() and linked_workshops(ctx.store.db, NEW) == []
    qtbot.mouseClick(view.done_link, Qt.MouseButton.LeftButton)
    _choose(qtbot, view.link_dialog, "")
    assert "Linked to the collated round" not in view.done_text.text()
    assert linked_workshops(ctx.store.db, OLD) == []
