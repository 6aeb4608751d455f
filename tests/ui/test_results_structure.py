"""Results as structure: tables a screen reader walks, window titles, no silent Tab stops."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea

from hype_desktop.ui.results_table import ResultsTable


def _finished(ctx, *, answer_all: bool = True, steps=()):
    from hype_desktop.domain.reflection import Phase, Round
    inst = ctx.instrument
    scope = inst.default_scope()
    r = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, date(2026, 3, 2)), inst,
                        tuple(m.id for m in inst.modules), scope)
    for n, fid in enumerate(scope):
        items = inst.factor(fid).items
        for item in items if (answer_all or n) else items[:1]:
            ctx.store.save_answer(r.id, item.id, 4)
    if steps:
        ctx.store.save_next_steps(r.id, list(steps))
    return ctx.store.finish(r.id, inst)


def test_results_table_exposes_headers_cells_and_row_names(qtbot):
    table = ResultsTable("Scores by factor")
    qtbot.addWidget(table)
    table.set_results(["Factor", "Score", "In words"],
                      [["Load", "3.2", "moderate"], ["Meaning", "4.5"]])
    iface = QAccessible.queryAccessibleInterface(table)
    assert iface.role() == QAccessible.Role.Table
    assert iface.text(QAccessible.Text.Name) == "Scores by factor"
    model = table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Factor", "Score", "In words"]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["Load", "Meaning"]
    assert model.index(1, 2).data() == ""  # a short row is padded, never shifted
    assert table.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not table.tabKeyNavigation() and table.verticalHeader().isHidden()
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert table.currentIndex().row() == 0 and not table.selectionModel().hasSelection()


def test_results_table_shows_every_row_without_scrolling(qtbot):
    table = ResultsTable("Many")
    qtbot.addWidget(table)
    table.set_results(["Factor", "Score"], [[f"Factor {n}", str(n)] for n in range(12)])
    table.resize(400, table.sizeHint().height())
    table.show()
    qtbot.waitExposed(table)
    last = table.visualRect(table.model().index(11, 0))
    assert last.bottom() <= table.viewport().height()


def test_summary_lists_scores_and_steps_as_tables_reached_by_tab(qtbot, window):
    from hype_desktop.domain.reflection import NextStep
    ctx = window.ctx
    fid = ctx.instrument.default_scope()[0]
    r = _finished(ctx, answer_all=False, steps=[NextStep("Ask for shared planning time", fid)])
    window.show_summary(r.id)
    tables = window.view.findChildren(ResultsTable)
    assert len(tables) >= 2
    scores = tables[0].results
    assert scores.headers() == ["Factor", "Score", "In words"]
    first = ctx.instrument.factor(fid)
    assert scores.rows()[0][0] == first.title.get("en")
    assert scores.rows()[0][1] == "–" and "answered" in scores.rows()[0][2]
    steps = tables[-1].results
    assert steps.rows()[0][0] == "Ask for shared planning time"
    assert steps.rows()[0][2] == first.title.get("en")
    # What the dots show, in words, as the table's description ("Area: 4.0" per row).
    said = tables[0].accessibleDescription()
    second = scores.rows()[1]
    assert f"{second[0]}: {second[1]}." in said and f"{first.title.get('en')}: Too few answers" in said
    assert window.windowTitle() == "Your reflection – HyPe Desktop"
    # Tab from the first control reaches every table; no scroll area is a Tab stop.
    window.view.report_button.setFocus()
    seen = set()
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert set(tables) <= seen
    assert not any(isinstance(w, QScrollArea) for w in seen)
    assert all(not (a.focusPolicy() & Qt.FocusPolicy.TabFocus) for a in window.view.findChildren(QScrollArea))


def test_window_title_names_each_screen(qtbot, window):
    assert window.windowTitle().endswith(" – HyPe Desktop")
    home_title = window.windowTitle()
    window.show_history()
    assert window.windowTitle() != home_title and window.windowTitle().endswith(" – HyPe Desktop")


def test_finishing_with_too_few_answers_is_announced_and_focus_starts_on_the_results(qtbot, window, monkeypatch):
    import sys

    from hype_desktop.domain.reflection import Phase, Round
    from hype_desktop.ui import a11y
    monkeypatch.setattr(sys, "platform", "linux")
    ctx = window.ctx
    inst = ctx.instrument
    scope = inst.default_scope()
    r = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, date(2026, 3, 2)), inst,
                        tuple(m.id for m in inst.modules), scope)
    ctx.store.save_answer(r.id, inst.factor(scope[0]).items[0].id, 3)
    window.continue_reflection(r.id)
    ctx.store.finish(r.id, inst)
    window.view.finished.emit(r.id)
    said = a11y.last_announcement(window)
    assert said.startswith("Reflection finished.")
    assert f"Too few answers for a score in {len(scope)} of {len(scope)} factors." in said
    assert isinstance(QApplication.focusWidget(), ResultsTable)


def test_the_dots_of_a_second_reflection_are_described_as_now_and_last_time(qtbot, window):
    ctx = window.ctx
    _finished(ctx)
    r = _finished(ctx)
    window.show_summary(r.id)
    table = window.view.findChildren(ResultsTable)[0]
    row = table.results.rows()[0]
    assert f"{row[0]}: {row[1]} now, {row[2]} last time." in table.accessibleDescription()


def test_chart_words_say_each_figure():
    from hype_desktop.ui import chart_words as w
    assert w.now_and_before("Rajat", "3.4", "2.8") == "Rajat: 3.4 now, 2.8 last time"
    assert w.now_and_before("Rajat", "3.4", "2.8", chosen=True) == "Rajat: 3.4 now, 2.8 earlier"
    assert w.now_and_before("Rajat", "3.4", None) == "Rajat: 3.4"
    assert w.over_time("Energia", ["2.0", "3.0", "3.5"]) == "Energia: from 2.0 to 3.5 over 3 reflections"
    assert w.over_time("Energia", ["2.0"]) == "Energia: 2.0, one reflection"
    assert w.over_time("Energia", []) == "Energia: no score yet"
    assert w.middle_and_spread("A", "3.1", "0.8", "hidden") == "A: mean 3.1, spread 0.8"
    assert w.middle_and_spread("A", None, None, "shown from 3 people") == "A: shown from 3 people"
    assert w.answers("S", (0, 2, 0, 1, 0), ["1", "2", "3", "4", "5"]) == "S: 2 × 2, 1 × 4"
    assert w.sentences(["A: 1", "", "B: 2."]) == "A: 1. B: 2."
