"""The trend view's comparing tabs: the latest profile against an earlier reflection (a chart
and its table), the statements that moved most, and the next steps by factor.

They are made when one of them is first shown: opening the view needs only the lines. They
read the latest and the compared reflection in full, which the view loads (``TrendsView.
load_comparison``); the words for a change follow the factor's direction.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from hype_desktop.charts import profile as profile_chart
from hype_desktop.domain import trends
from hype_desktop.domain.instrument import Direction
from hype_desktop.ui import chart_words, labels
from hype_desktop.ui.labels import status_name
from hype_desktop.ui.trend_canvas import ChartArea
from hype_desktop.ui.trend_tables import comparing_table

if TYPE_CHECKING:
    from hype_desktop.charts.style import ChartTheme
    from hype_desktop.domain.reflection import NextStep, Reflection
    from hype_desktop.ui.context import AppContext


class ComparedView(Protocol):
    """What the comparing tabs read from the trend view (a protocol: no import of the view)."""

    ctx: AppContext
    ordered: list[trends.Occasion]
    latest_full: Reflection | None
    earlier_full: Reflection | None

    def factor_label(self, fid: str) -> str: ...
    def score_text(self, value: float | None) -> str: ...
    def occasion_text(self, r: Reflection | trends.Occasion) -> str: ...
    def chart_theme(self) -> ChartTheme: ...



def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(text))


class ComparingTabs(QObject):
    """The profile chart and the profile, statements and steps tables of one trend view."""

    def __init__(self, view: ComparedView, parent: QObject) -> None:
        super().__init__(parent)
        self._view = weakref.ref(view)  # the view owns this; no cycle that needs a collection
        self.profile = ChartArea()
        self.profile_table = comparing_table(4, stretch=(0,))
        self.items_table = comparing_table(6, stretch=(0,), wide=(1,))
        self.steps_table = comparing_table(6, stretch=(2, 5), wide=(0, 1))
        self.step_rows: list[int] = []  # reflection id of each steps-table row
        self.retranslate()

    @property
    def view(self) -> ComparedView:
        view = self._view()
        assert view is not None
        return view

    def change_words(self, d: float, direction: Direction | None) -> str:
        return labels.change_words(d, direction)

    def _answer(self, value: int | None, na: bool) -> str:
        if na:
            return self.tr("not applicable")
        return "–" if value is None else str(value)

    def _delta(self, ch: trends.ItemChange) -> str:
        d = ch.delta
        if d is None:
            return ""
        if d == 0:
            return self.tr("no change")
        return f"{d:+d} ({self.change_words(d, ch.direction)})"

    def _note(self, ch: trends.ItemChange) -> str:
        return {
            trends.ItemMatch.SAME: "",
            trends.ItemMatch.MAPPED: self.tr("statement reworded since then"),
            trends.ItemMatch.NEW: self.tr("new statement, not asked then"),
            trends.ItemMatch.REMOVED: self.tr("asked then, no longer asked"),
        }[ch.match]

    def retranslate(self) -> None:
        self.profile.canvas.setAccessibleName(self.tr("Chart: latest profile against an earlier reflection"))
        self.profile.setAccessibleName(self.profile.canvas.accessibleName())
        self.profile_table.setAccessibleName(self.tr("Table: latest profile against an earlier reflection"))
        self.items_table.setAccessibleName(self.tr("Table: statements that moved most"))
        self.steps_table.setAccessibleName(self.tr("Table: next steps linked to the chosen factors"))
        self.profile_table.setHorizontalHeaderLabels([
            self.tr("Factor"), self.tr("Latest"), self.tr("Earlier"),
            self.tr("Change")])
        self.items_table.setHorizontalHeaderLabels([
            self.tr("Statement"), self.tr("Factor"), self.tr("Earlier"),
            self.tr("Latest"), self.tr("Change"), self.tr("Note")])
        self.steps_table.setHorizontalHeaderLabels([
            self.tr("Factor"), self.tr("Set in"), self.tr("Next step"),
            self.tr("By"), self.tr("What became of it"), self.tr("What I learned")])

    def _profile_factors(self) -> list[str]:
        view = self.view
        if view.latest_full is None:
            return []
        return [f.id for f in view.ctx.instrument.known_factors(view.latest_full.scope)]

    def fill_profile_table(self) -> None:
        view = self.view
        fids = self._profile_factors()
        now = trends.profile_values(fids, view.latest_full)
        before = trends.profile_values(fids, view.earlier_full) if view.earlier_full else None
        rows = []
        for i, fid in enumerate(fids):
            b = before[i] if before else None
            change = ""
            if b is not None and (n := now[i]) is not None:
                d = round(n - b, 2)
                number = (f"{d:+.2f}" if d else "0.00").replace(".", view.ctx.language.locale().decimalPoint())
                change = f"{number} ({self.change_words(d, view.ctx.instrument.factor(fid).direction)})"
            rows.append([view.factor_label(fid), view.score_text(now[i]),
                         view.score_text(b) if before else "", change])
        _fill(self.profile_table, rows)
        self.profile_table.resizeRowsToContents()

    def fill_items(self) -> None:
        view = self.view
        if view.latest_full is None or view.earlier_full is None:
            self.items_table.setRowCount(0)
            return
        inst, lang = view.ctx.instrument, view.ctx.lang
        rows = []
        for ch in trends.item_changes(inst, view.earlier_full, view.latest_full):
            if ch.match is trends.ItemMatch.REMOVED or ch.factor_id is None:
                text = self.tr("(a statement no longer in the content: %1)").replace("%1", ch.item_id)
                factor = ""
            else:
                text = inst.item(ch.item_id).text.get(lang)
                factor = inst.factor(ch.factor_id).title.get(lang)
            rows.append([text, factor, self._answer(ch.before, ch.before_na), self._answer(ch.after, ch.after_na),
                         self._delta(ch), self._note(ch)])
        _fill(self.items_table, rows)
        self.items_table.resizeRowsToContents()

    def fill_steps(self, steps: list[NextStep], chosen: set[str]) -> None:
        view = self.view
        inst, lang = view.ctx.instrument, view.ctx.lang
        by_id = {o.id: o for o in view.ordered}
        shown = [s for s in steps if s.factor_id in chosen and s.reflection_id in by_id]
        self.step_rows = [s.reflection_id for s in shown if s.reflection_id is not None]
        _fill(self.steps_table, [
            [inst.factor_title(s.factor_id, lang), view.occasion_text(by_id[s.reflection_id]), s.text,
             view.ctx.fmt_date(s.due) if s.due else "", status_name(s.status), s.learned]
            for s in shown if s.reflection_id is not None])
        if len(shown) <= 300:
            self.steps_table.resizeRowsToContents()

    def draw_profile(self) -> None:
        view = self.view
        fids = self._profile_factors()
        labels = [view.factor_label(f) for f in fids]
        now = trends.profile_values(fids, view.latest_full)
        before = trends.profile_values(fids, view.earlier_full) if view.earlier_full else None
        theme = view.chart_theme()
        fig = self.profile.figure
        height = profile_chart.profile_height(len(fids), before is not None) * theme.scale
        self.profile.set_height_inches(height)
        fig.set_size_inches(self.profile.width_inches(), height)
        fig.set_layout_engine("constrained")
        profile_chart.draw_profile(
            fig, labels, now, before,
            current_label=view.occasion_text(view.latest_full) if view.latest_full else "",
            earlier_label=view.occasion_text(view.earlier_full) if view.earlier_full else "",
            missing_text=self.tr("no score"), value_text=view.ctx.fmt_score, theme=theme)
        self.profile.redraw()
        self.profile.canvas.setAccessibleDescription(chart_words.sentences(
            chart_words.now_and_before(label, view.score_text(value),
                                       view.score_text(before[n]) if before is not None else None,
                                       chosen=True)
            for n, (label, value) in enumerate(zip(labels, now, strict=True))))
