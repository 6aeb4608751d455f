"""A team's own history and trends (workshop mode): shown through the 'whose reflections' picker
or from the workshop's result, and never mixed with one's own reflections."""

from __future__ import annotations

from datetime import date

import pytest

from hype_desktop.domain.sample import sample_reflections


@pytest.fixture
def window(core_window):
    return core_window


def _fill(ctx, profile_id, n, seed, end):
    ctx.store.add_complete(profile_id, sample_reflections(ctx.instrument, n, seed=seed, end=end), ctx.instrument)


def test_team_history_and_trends_apart_from_ones_own(window, qtbot, tmp_path):
    ctx = window.ctx
    _fill(ctx, ctx.profile_id, 3, 3, date(2025, 6, 1))
    team = ctx.store.team_profile("Blue <team>")
    _fill(ctx, team, 2, 5, date(2024, 1, 1))
    own_ids = {r.id for r in ctx.store.finished_briefs(ctx.profile_id)}
    team_ids = {r.id for r in ctx.store.finished_briefs(team)}
    assert len(own_ids) == 3 and len(team_ids) == 2 and not own_ids & team_ids

    window.show_history()
    view = window.view
    assert {r.id for r in view.reflections} == own_ids and view.title.text() == "My reflections"
    assert not view.whose.isHidden() and view.whose.accessibleName()
    assert [view.whose.itemText(i) for i in range(view.whose.count())] == [
        "My own reflections", "Team: Blue <team>"]
    view.whose.setCurrentIndex(1)
    view.whose.activated.emit(1)
    assert {r.id for r in view.reflections} == team_ids
    assert view.title.text() == "Reflections of the team Blue <team>"
    assert view.correct_button.isHidden()  # agreed together; not corrected alone
    view.grab().save(str(tmp_path / "team-history.png"))

    view.trends_button.click()  # the trends of the team shown, not one's own
    trends = window.view
    assert trends.profile_id == team and {o.id for o in trends.ordered} == team_ids
    assert trends.title.text() == "Change over time: team Blue <team>"
    assert trends.state.text().startswith("The team has 2 finished reflections.")
    assert "the team did not cover" in trends.state.text()
    assert trends.whose.currentData() == team
    trends.flush()
    trends.grab().save(str(tmp_path / "team-trends.png"))
    trends.whose.setCurrentIndex(0)
    trends.whose.activated.emit(0)
    assert {o.id for o in trends.ordered} == own_ids and trends.title.text() == "Change over time"
    assert trends.state.text().startswith("3 finished reflections.")
    assert trends.compare.currentData() in own_ids  # pickers rebuilt for this profile
    trends.whose.setCurrentIndex(1)
    trends.whose.activated.emit(1)
    trends.history_button.click()
    assert window.view.profile_id == team and {r.id for r in window.view.reflections} == team_ids


def test_picker_hidden_without_teams_and_team_empty_state(window, qtbot):
    window.show_history()
    assert window.view.whose.isHidden()  # no team yet: nothing to choose
    team = window.ctx.store.team_profile("Red")
    window.show_history(profile_id=team)
    view = window.view
    assert view.reflections == [] and "workshop mode" in view.empty.text() and view.table.isHidden()
    window.show_trends(profile_id=team)
    assert "The team has no finished reflections yet" in window.view.state.text()


def test_workshop_result_opens_the_teams_history(window, qtbot):
    from PySide6.QtCore import Qt
    window.show_workshop()
    view = window.view
    view.team_name.setText("Green")
    view.start()
    for _ in range(len(view.items)):
        qtbot.keyClick(view.scale, Qt.Key.Key_3)
        qtbot.keyClick(view.scale, Qt.Key.Key_PageDown)
    assert view.pages.currentIndex() == 3  # last the team's next steps
    view.pages.currentWidget().property("main_button").click()
    assert view.pages.currentIndex() == 2 and view.done_history.accessibleName()
    rid = view.reflection.id
    view.done_trends.click()
    assert [o.id for o in window.view.ordered] == [rid]
    window.view.history_button.click()
    assert [r.id for r in window.view.reflections] == [rid]
    # an unfinished team reflection continues in workshop mode, not in the personal wizard
    team = window.ctx.store.team_profile("Green")
    window.show_workshop()
    window.view.team_name.setText("Green")
    window.view.start()
    window.show_history(profile_id=team)
    history = window.view
    history.table.selectRow(0)
    assert not history.selected().finished
    history.open_selected()
    assert type(window.view).__name__ == "WorkshopView" and window.view.pages.currentIndex() == 1
