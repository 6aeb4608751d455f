"""History, trends and team views used with the keyboard alone (key events only; the focus is
checked after each step, so a widget that cannot be reached or shows no focus fails)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def win(qtbot, core_ctx):
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.ui.main_window import MainWindow
    ctx = core_ctx
    ctx.store.add_complete(ctx.profile_id, sample_reflections(ctx.instrument, 5, seed=3, end=date(2025, 6, 1)),
                           ctx.instrument)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.close()


def _focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None and w.isVisible() and w.hasFocus(), "no visible widget has the focus"
    return w


def _key(key, mod=Qt.KeyboardModifier.NoModifier) -> QWidget:
    from pytestqt.qtbot import QtBot
    QtBot.keyClick(_focus(), key, mod)
    return _focus()


def _tab_to(target: QWidget, limit: int = 30) -> list[QWidget]:
    """Tab until ``target`` has the focus; returns the widgets passed on the way."""
    seen = [_focus()]
    while seen[-1] is not target:
        assert len(seen) < limit, f"{type(target).__name__} not reachable by Tab: {[type(w).__name__ for w in seen]}"
        seen.append(_key(Qt.Key.Key_Tab))
    return seen


def test_history_with_the_keyboard_alone(win, qtbot):
    from hype_desktop.ui.history_view import HistoryView
    from hype_desktop.ui.summary_view import SummaryView
    _key(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = win.view
    assert isinstance(view, HistoryView)
    assert _focus() is view.table  # the list is reached at once
    assert view.table.currentIndex().row() == 0  # a current row: the focus frame shows
    _key(Qt.Key.Key_Down)
    assert view.selected() is view.reflections[1]
    # every button is reachable from the list, and back round to the list
    passed = _tab_to(view.home_button)
    assert {view.open_button, view.correct_button, view.delete_button, view.trends_button} <= set(passed)
    _tab_to(view.table)
    assert view.selected() is view.reflections[1]  # tabbing did not lose the choice
    wanted = view.reflections[1].id
    _key(Qt.Key.Key_Return)
    assert isinstance(win.view, SummaryView)
    assert win.view.reflection.id == wanted
    # and the mnemonic way: back to the history, then Alt+O opens the selected (newest) one
    _key(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    newest = win.view.reflections[0].id
    _key(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks after a short animation
    qtbot.waitUntil(lambda: isinstance(win.view, SummaryView), timeout=2000)
    assert win.view.reflection.id == newest


def test_trends_with_the_keyboard_alone(win):
    from hype_desktop.ui.trends_view import TrendsView
    _key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = win.view
    assert isinstance(view, TrendsView)
    assert _focus() is view.factor_list
    lst = view.factor_list
    assert lst.currentRow() >= 0  # a current item carries the focus frame
    # move to a factor that is not ticked and tick it with Space
    unticked = next(i for i in range(lst.count()) if lst.item(i).checkState() != Qt.CheckState.Checked)
    for _ in range(unticked - lst.currentRow()):
        _key(Qt.Key.Key_Down)
    assert lst.currentRow() == unticked
    before = view.chosen_factors()
    _key(Qt.Key.Key_Space)
    assert lst.item(unticked).checkState() == Qt.CheckState.Checked
    assert len(view.chosen_factors()) == len(before) + 1
    # Ctrl+Tab switches the charts/tables tabs from anywhere in the view, Ctrl+Shift+Tab back
    assert view.tabs.currentIndex() == 0
    _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == 1
    _key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.tabs.currentIndex() == 0
    _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    # the table tab's table, the comparison and the buttons are reachable by Tab
    passed = _tab_to(view.trend_table)
    assert view.compare in passed and view.picker.all_button in passed
    _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # inside the tabs too
    assert view.tabs.currentIndex() == 2
    _tab_to(view.home_button)


def test_team_view_with_the_keyboard_alone(win):
    from hype_desktop.ui.home_view import HomeView
    from hype_desktop.ui.team_view import TeamView
    _key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = win.view
    assert isinstance(view, TeamView)
    assert _focus() is view.files_button
    passed = _tab_to(view.home_button)
    assert view.folder_button in passed
    # the result buttons become reachable once there is something to save
    for b in (view.save_button, view.pdf_button, view.delete_button):
        b.setEnabled(True)
    passed = _tab_to(view.files_button)
    assert {view.save_button, view.pdf_button, view.delete_button} <= set(passed)
    _tab_to(view.home_button)
    _key(Qt.Key.Key_Space)
    assert isinstance(win.view, HomeView)


def _mnemonics(win) -> dict[str, list[str]]:
    """Alt+letter keys claimed on the current screen: menu bar titles, visible buttons, group
    boxes and labels with a buddy. Two claims on one letter make it only move the focus."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel
    got: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        m = re.search(r"&([^&\s])", text.replace("&&", ""))
        if m:
            got.setdefault(m.group(1).lower(), []).append(text)

    for a in win.menuBar().actions():
        claim(a.text())
    for w in win.view.findChildren(QWidget):
        if not w.isVisibleTo(win):
            continue
        if isinstance(w, QAbstractButton):
            claim(w.text())
        elif isinstance(w, QGroupBox):
            claim(w.title())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            claim(w.text())
    return got


@pytest.mark.parametrize("lang", ["en", "fi", "sv"])
def test_no_mnemonic_is_claimed_twice_on_a_screen(win, lang):
    from PySide6.QtWidgets import QApplication
    win.ctx.language.apply(lang)
    QApplication.processEvents()  # LanguageChange reaches the menus
    clashes = {}
    for name in ("show_home", "show_start", "show_history", "show_trends", "show_team", "show_workshop"):
        getattr(win, name)()
        clashes.update({f"{name} Alt+{k}": v for k, v in _mnemonics(win).items() if len(v) > 1})
    win.show_history()
    win.view.open_selected()
    clashes.update({f"summary Alt+{k}": v for k, v in _mnemonics(win).items() if len(v) > 1})
    win.show_start()
    win.view.start_button.click()
    wizard = win.view
    for _ in range(len(wizard.keys)):  # every page of a reflection, Finish on the last one
        clashes.update({f"{wizard.current_key} Alt+{k}": v for k, v in _mnemonics(win).items() if len(v) > 1})
        if wizard.index == len(wizard.keys) - 1:
            break
        wizard.next()
    assert not clashes, clashes
