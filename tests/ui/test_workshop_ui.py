"""Workshop mode: a team reflects together by keyboard; answers and notes are saved as given,
the result is a team profile's reflection apart from the person's, and it resumes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def window(core_window):
    core_window.resize(1280, 800)
    return core_window


def test_team_reflects_together_and_gets_its_own_history(window, qtbot, tmp_path):
    window.workshop_action.trigger()
    view = window.view
    assert view.team_name.accessibleName() and view.start_button.accessibleName()
    view.start()  # no name yet: a message, nothing started
    assert "name" in view.setup_problem.text() and view.reflection is None
    view.team_name.setText("  Team <b>Blue</b>  ")
    view.start()
    assert view.pages.currentIndex() == 1
    view.grab().save(str(tmp_path / "workshop-statement.png"))
    total = len(view.items)
    assert total > 10 and view.progress_label.text() == f"Statement 1 of {total}"
    assert view.statement.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(view.scale, Qt.Key.Key_4)
    view.note.setPlainText("We agreed: <i>mostly</i>")
    qtbot.keyClick(view.scale, Qt.Key.Key_PageDown)
    assert view.index == 1
    qtbot.keyClick(view.scale, Qt.Key.Key_N)
    store = window.ctx.store
    rid = view.reflection.id
    stored = store.get(rid)
    first, second = view.items[0].id, view.items[1].id
    assert stored.answers[first].value == 4 and stored.answers[first].note == "We agreed: <i>mostly</i>"
    assert stored.answers[second].not_applicable  # saved at once, before moving on
    # resume: a new view for the same team continues after the last answered statement
    window.show_workshop()
    again = window.view
    again.team_name.setText("Team <b>Blue</b>")
    again.start()
    assert again.reflection.id == rid and again.index == 2
    for _ in range(again.index, total):
        qtbot.keyClick(again.scale, Qt.Key.Key_3)
        qtbot.keyClick(again.scale, Qt.Key.Key_PageDown)
    assert again.pages.currentIndex() == 3  # last the team's next steps
    again.pages.currentWidget().property("main_button").click()
    assert again.pages.currentIndex() == 2
    again.grab().save(str(tmp_path / "workshop-done.png"))
    done = store.get(rid)
    assert done.finished and done.scores
    team_pid = store.team_profile("Team <b>Blue</b>")
    assert [t for t in store.team_profiles()] == [(team_pid, "Team <b>Blue</b>")]
    assert team_pid != store.person_profile()
    assert [r.id for r in store.finished_briefs(team_pid)] == [rid]
    assert store.finished_briefs(store.person_profile()) == []
