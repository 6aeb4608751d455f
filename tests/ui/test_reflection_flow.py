"""The reflection walked as a user would: keyboard only, resumed after quitting, language switched."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hype_desktop.ui.a11y import accessible_name
from hype_desktop.ui.home_view import HomeView
from hype_desktop.ui.main_window import MainWindow
from hype_desktop.ui.summary_view import SummaryView
from hype_desktop.ui.wizard.pages import FactorPage
from hype_desktop.ui.wizard.start_page import StartPage
from hype_desktop.ui.wizard.steps_page import StepsPage
from hype_desktop.ui.wizard.wizard_view import WizardView


def _rows(db_path, sql):
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _focus(qtbot):
    return QApplication.focusWidget()


def test_whole_reflection_with_the_keyboard_alone(qtbot, window):
    """One key per statement (two on a page's last: the answer, then Enter for Next); a note,
    the explanation and the open questions are reached by keyboard when wanted."""
    ctx = window.ctx
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File > New reflection
    assert isinstance(window.view, StartPage)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wizard = window.view
    assert isinstance(wizard, WizardView)

    value_for = {"alpha.one.1": 5, "alpha.one.2": None, "alpha.one.3": 2, "alpha.one.4": 4,
                 "alpha.two.1": 1, "alpha.two.2": 3, "alpha.two.3": 3}
    keys_per_statement = []
    for _guard in range(len(wizard.keys)):
        page = wizard.page
        last = wizard.index == len(wizard.keys) - 1
        if isinstance(page, FactorPage):
            for n, row in enumerate(page.rows):
                item_id = page.factor.items[n].id
                assert row.scale.has_focus(), f'focus should be on the scale of {item_id}, not {QApplication.focusWidget().text()} {n} {wizard.index}'
                focused = QApplication.focusWidget()
                assert f"{n + 1}/{len(page.rows)}" in focused.parent().accessibleName()
                value = value_for[item_id]
                qtbot.keyClick(focused, Qt.Key.Key_N if value is None else Qt.Key.Key_0 + value)
                presses = 1
                if n + 1 < len(page.rows):
                    assert page.rows[n + 1].scale.has_focus()  # moved on by itself
                else:
                    assert QApplication.focusWidget() is wizard.next_button
                    presses += 1  # Enter, below
                keys_per_statement.append(presses)
            if page.factor.id == "alpha.one":  # a note and the explanation, by keyboard, afterwards
                row = page.rows[0]
                row.explain_button.setFocus()
                qtbot.keyClick(row.explain_button, Qt.Key.Key_Space)
                assert row.explanation.isVisible()
                qtbot.keyClick(row.explain_button, Qt.Key.Key_Tab)
                assert QApplication.focusWidget() is row.note_button
                qtbot.keyClick(row.note_button, Qt.Key.Key_Space)
                assert QApplication.focusWidget() is row.note
                qtbot.keyClicks(row.note, "Talk about this")
                qtbot.keyClick(row.note, Qt.Key.Key_Tab)
                assert page.rows[1].scale.has_focus()
                page.prompts.toggle.setFocus()
                qtbot.keyClick(page.prompts.toggle, Qt.Key.Key_Space)
                qtbot.keyClick(page.prompts.toggle, Qt.Key.Key_Tab)
                assert QApplication.focusWidget() is page.prompts.edits[0]
                qtbot.keyClicks(page.prompts.edits[0], "We could plan together.")
                wizard.next_button.setFocus()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            continue
        if isinstance(page, StepsPage):
            assert QApplication.focusWidget() is page.rows[0].text
            qtbot.keyClicks(page.rows[0].text, "Ask for shared planning time")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        if last:
            break
    assert isinstance(window.view, SummaryView)
    assert max(keys_per_statement) <= 2 and keys_per_statement.count(1) == len(value_for) - 2

    db = ctx.paths.database
    answers = dict(((i, (v, na)) for i, v, na in _rows(db, "SELECT item_id, value, not_applicable FROM answers")))
    assert answers == {k: ((v, 0) if v is not None else (None, 1)) for k, v in value_for.items()}
    assert _rows(db, "SELECT note FROM answers WHERE item_id='alpha.one.1'") == [("Talk about this",)]
    assert _rows(db, "SELECT text FROM prompt_answers") == [("We could plan together.",)]
    assert _rows(db, "SELECT text, owner FROM next_steps") == [("Ask for shared planning time", "me")]
    scores = dict(_rows(db, "SELECT factor_id, mean FROM factor_scores"))
    assert scores == {"alpha.one": round((5 + 2 + 4) / 3, 2), "alpha.two": round((1 + 3 + 3) / 3, 2)}
    assert _rows(db, "SELECT finished_at IS NOT NULL FROM reflections") == [(1,)]


def test_quitting_midway_resumes_at_the_same_place(qtbot, make_ctx):
    ctx = make_ctx()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_start()
    win.view.start_button.click()
    wizard = win.view
    wizard.next()  # to the second factor page
    page = wizard.page
    assert isinstance(page, FactorPage) and page.factor.id == "alpha.two"
    qtbot.keyClick(page.rows[0].scale, Qt.Key.Key_4)
    page.rows[1].open_note()
    qtbot.keyClicks(page.rows[1].note, "typed just before quitting")
    win.close()  # closing commits text still being typed
    ctx.store.db.close()

    ctx2 = make_ctx()
    win2 = MainWindow(ctx2)
    qtbot.addWidget(win2)
    home = win2.view
    assert isinstance(home, HomeView) and home.continue_button is not None
    home.continue_button.click()
    wizard2 = win2.view
    assert isinstance(wizard2, WizardView)
    assert wizard2.current_key == "factor:alpha.two"
    assert wizard2.page.rows[0].scale.value() == (4, False)
    assert wizard2.page.rows[1].note.text() == "typed just before quitting"


def test_switching_language_midway_keeps_every_answer(qtbot, window):
    ctx = window.ctx
    window.show_start()
    window.view.start_button.click()
    wizard = window.view
    page = wizard.page
    qtbot.keyClick(page.rows[0].scale, Qt.Key.Key_2)
    qtbot.keyClick(page.rows[1].scale, Qt.Key.Key_N)
    page.rows[2].open_note()
    qtbot.keyClicks(page.rows[2].note, "kesken kirjoitettu")
    assert "(sv)" not in page.title.text()

    ctx.language.apply("sv")
    page = wizard.page
    assert page.title.text().endswith("(sv)")
    assert page.rows[0].scale.value() == (2, False)
    assert page.rows[1].scale.value() == (None, True)
    assert page.rows[2].note.text() == "kesken kirjoitettu"
    stored = ctx.store.get(wizard.reflection.id)
    assert stored.answers["alpha.one.3"].note == "kesken kirjoitettu"
    assert stored.answers["alpha.one.1"].value == 2


def test_scale_keys_do_not_steal_typing_in_a_note(qtbot, window):
    window.show_start()
    window.view.start_button.click()
    page = window.view.page
    page.rows[0].open_note()
    qtbot.keyClicks(page.rows[0].note, "3 N")
    assert page.rows[0].note.text() == "3 N"
    assert page.rows[0].scale.value() == (None, False)


def test_every_interactive_widget_has_an_accessible_name(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

    from hype_desktop.ui.scale_widget import ScaleWidget
    window.show_start()
    views = [window.view]
    window.view.start_button.click()
    wizard = window.view
    while True:
        views.append(wizard.page)
        if wizard.index == len(wizard.keys) - 1:
            break
        wizard.next()
    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, ScaleWidget)
    missing = []
    for view in views + [wizard]:
        for kind in kinds:
            for w in view.findChildren(kind):
                if w.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(w, ScaleWidget):
                    continue  # parts of a composite control (the scale's radio buttons)
                if isinstance(w.parent(), (QComboBox, QDateEdit)):
                    continue  # the editor inside a combo or date box: the box carries the name
                if not accessible_name(w).strip() or accessible_name(w) == w.objectName():
                    missing.append(f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''}")
    assert not missing, missing
