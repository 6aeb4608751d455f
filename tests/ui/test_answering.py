"""Answering a statement: two keys at most, moving on by itself unless Settings say not, and
what a screen reader is told (roles, names, positions, the explanation, the page heading)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QScrollArea

from hype_desktop.ui.a11y import last_announcement
from hype_desktop.ui.settings_dialog import SettingsDialog
from hype_desktop.ui.wizard.answering import auto_advance_on
from hype_desktop.ui.wizard.pages import FactorPage
from hype_desktop.ui.wizard.steps_page import StepsPage


def _start(window) -> FactorPage:
    window.show_start()
    window.view.start_button.click()
    page = window.view.page
    assert isinstance(page, FactorPage)
    return page


def test_a_key_answers_and_moves_on_and_the_page_said_so(qtbot, window):
    page = _start(window)
    assert "comes up by itself" in page.keys_hint.text() and "Settings" in page.keys_hint.text()
    first, second = page.rows[0], page.rows[1]
    assert first.scale.has_focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert first.scale.value() == (4, False)
    assert second.scale.has_focus()  # one key per statement
    focused = QApplication.focusWidget()
    assert focused.parent() is second.scale and f"2/{len(page.rows)}" in second.scale.accessibleName()
    assert page.factor.title.get("en") in second.scale.accessibleName()
    qtbot.keyClick(focused, Qt.Key.Key_N)
    assert second.scale.value() == (None, True)
    for _row in page.rows[2:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    wizard = window.view
    assert QApplication.focusWidget() is wizard.next_button  # the second key, Enter, moves on
    assert "Enter" in last_announcement(wizard)
    index = wizard.index
    qtbot.keyClick(wizard.next_button, Qt.Key.Key_Return)
    assert wizard.index == index + 1
    # The next page's heading was announced and names the window.
    heading = wizard.page.heading_text()
    assert heading and last_announcement(wizard).startswith(heading)
    assert window.windowTitle().startswith(f"{heading} – ")


def test_settings_turn_moving_on_off(qtbot, window):
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.auto_advance.isChecked()
    dialog.auto_advance.setChecked(False)
    assert not auto_advance_on(window.ctx.settings)
    page = _start(window)
    assert "comes up by itself" not in page.keys_hint.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    assert page.rows[0].scale.value() == (5, False)
    assert page.rows[0].scale.has_focus() and not page.rows[1].scale.has_focus()  # stays put
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.rows[0].explain_button


def test_the_scale_is_a_radio_group_with_its_value_in_words(qtbot, window):
    page = _start(window)
    row = page.rows[0]
    group = QAccessible.queryAccessibleInterface(row.scale)
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name).startswith(f"Statement 1/{len(page.rows)}, ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    buttons = [QAccessible.queryAccessibleInterface(b) for b in row.scale.buttons()]
    assert {b.role() for b in buttons} == {QAccessible.Role.RadioButton}
    checked = [b.text(QAccessible.Text.Name) for b in buttons if b.state().checked]
    assert checked == [f"2 – {window.ctx.instrument.scale[1].label.get('en')}"]
    assert buttons[-1].text(QAccessible.Text.Name) == window.ctx.instrument.not_applicable.get("en")
    # "Not applicable" sits apart from 1–5, and the words at both ends stay visible.
    one, five, na = row.scale.buttons()[0], row.scale.buttons()[4], row.scale.buttons()[5]
    window.resize(1100, 760)
    QApplication.processEvents()
    gap_between_segments = row.scale.buttons()[1].geometry().left() - one.geometry().right()
    assert na.mapTo(row.scale, na.rect().topLeft()).x() - five.mapTo(row.scale, five.rect().topRight()).x() \
        > gap_between_segments + 10
    assert row.scale.low_words.isVisibleTo(window) and row.scale.high_words.isVisibleTo(window)


def test_explanation_is_a_button_read_when_opened_and_a_note_opens_on_demand(qtbot, window):
    page = _start(window)
    row = page.rows[0]
    explain = QAccessible.queryAccessibleInterface(row.explain_button)
    assert explain.role() == QAccessible.Role.Button and not row.explain_button.isCheckable()
    assert not row.explanation.isVisibleTo(page) and not row.note.isVisibleTo(page)
    row.explain_button.setFocus()
    qtbot.keyClick(row.explain_button, Qt.Key.Key_Space)
    assert row.explanation.isVisibleTo(page)
    assert last_announcement(row) == " ".join(row.explanation.text().split())
    qtbot.keyClick(row.explain_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.note_button
    qtbot.keyClick(row.note_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is row.note and row.note_caption.buddy() is row.note


def test_open_questions_live_with_their_factor_collapsed(qtbot, window):
    page = _start(window)
    wizard = window.view
    assert not any(k.startswith("prompts:") for k in wizard.keys)
    prompts = page.prompts
    assert prompts is not None and not prompts.panel.isVisibleTo(page)
    prompts.toggle.click()
    assert all(e.isVisibleTo(page) for e in prompts.edits)
    labels = [w for w in prompts.findChildren(QLabel) if w.buddy() is not None]
    assert {w.buddy() for w in labels} == set(prompts.edits)


def test_menu_shortcuts_still_work_from_a_statement(qtbot, window):
    _start(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    from hype_desktop.ui.trends_view import TrendsView
    assert isinstance(window.view, TrendsView)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from hype_desktop.ui.wizard.start_page import StartPage
    assert isinstance(window.view, StartPage)


def test_every_field_of_the_steps_and_statement_pages_has_a_visible_label(qtbot, window):
    page = _start(window)
    wizard = window.view
    while not isinstance(wizard.page, StepsPage):
        wizard.next()
    steps = wizard.page
    buddies = {w.buddy() for w in steps.findChildren(QLabel) if w.buddy() is not None}
    for field in steps.findChildren(QComboBox) + [r.text for r in steps.rows]:
        assert field in buddies, field.accessibleName()
    texts = [w.text() for w in steps.findChildren(QLabel) if w.buddy() in steps.findChildren(QComboBox)]
    assert len(texts) == 2 * len(steps.rows)
    for view in (page, steps):  # no scroll area is a Tab stop
        assert all(a.focusPolicy() == Qt.FocusPolicy.NoFocus for a in view.findChildren(QScrollArea))
