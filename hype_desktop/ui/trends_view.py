"""Change over time: a small chart per factor, a profile against an earlier reflection, what
moved most, and the next steps by factor; every chart has a table beside it (a tab) with the
same numbers.

The view shows one profile's reflections: one's own, or a team's (workshop mode), chosen with
a picker; ``self.ctx`` is the app context with ``profile_id`` set to the profile shown, so
the team's and one's own reflections never end up in one series. Its parts: trend_picker.py,
trend_tables.py, trend_comparing.py and trend_canvas.py (which imports matplotlib: the main
window opens this view lazily).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from hype_desktop.charts.raster import save_figure
from hype_desktop.charts.style import ChartTheme
from hype_desktop.charts.trend import MarkColumns, TrendLine
from hype_desktop.domain import trends
from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import NextStep, Phase, Reflection
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.history_view import fill_whose_picker, whose_picker
from hype_desktop.ui.labels import phase_name
from hype_desktop.ui.trend_canvas import LinesChart, chart_theme, style_icon
from hype_desktop.ui.trend_comparing import ComparingTabs
from hype_desktop.ui.trend_picker import FactorPicker
from hype_desktop.ui.trend_tables import TrendColumns, TrendTableModel, lines_table
from hype_desktop.ui.widgets import WIDE, centred_page, heading, plain_label

MAX_DEFAULT_LINES = 6
# The tabs, in order. Those after the lines are made when first shown (see ``comparing``).
TREND, TREND_TABLE, PROFILE, PROFILE_TABLE, ITEMS, STEPS = range(6)
COMPARING = (PROFILE, PROFILE_TABLE, ITEMS)  # they read the latest and an earlier reflection
MAX_COMPARISONS = 100  # the picker lists the latest ones; older ones are in the tables


class TrendsView(QWidget):
    home_requested = Signal()
    history_requested = Signal()
    open_requested = Signal(int)  # read one reflection (its summary), from a table row

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, profile_id: int | None = None) -> None:
        super().__init__(parent)
        self.own_ctx = ctx
        self.ctx = ctx if profile_id is None or profile_id == ctx.profile_id else replace(ctx, profile_id=profile_id)
        self.teams = ctx.store.team_profiles()
        self.ordered: list[trends.Occasion] = []
        self.covered: list[str] = []  # factors with any point, instrument order (set by reload)
        self._style: dict[str, int] = {}
        self.steps: list[NextStep] | None = None
        self.latest_full: Reflection | None = None
        self.earlier_full: Reflection | None = None
        self._comparing: ComparingTabs | None = None
        self._shown_lang = ""
        self._marks: MarkColumns | None = None
        # Changes within one event-loop turn (opening, ticking all, a comparison) are drawn once.
        self._trend_dirty = False
        self._profile_dirty = False
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self.flush)

        layout = centred_page(self, WIDE)
        self.title = heading()
        layout.addWidget(self.title)
        self.whose_label, self.whose = whose_picker(self, layout)
        self.state = plain_label()
        layout.addWidget(self.state)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.picker = FactorPicker()
        self.picker.factors_changed.connect(self._factors_changed)
        self.picker.comparison_changed.connect(self._comparison_changed)
        # the pickers by name, as tests and the keyboard tour reach them
        self.factor_list, self.compare = self.picker.factor_list, self.picker.compare
        split.addWidget(self.picker)

        self.tabs = QTabWidget()
        split.addWidget(self.tabs)
        self.trend_chart = LinesChart()
        self.trend_chart.canvas.mpl_connect("resize_event", self._trend_resized)
        self.trend_chart.look_changed.connect(self._look_changed)
        self.trend_table_model = TrendTableModel(self, self)
        self.trend_table = lines_table(self.trend_table_model)
        self.trend_table.activated.connect(self._trend_row_activated)
        # The other tabs' widgets (a profile chart, three tables) are made when one of them is
        # first shown or asked for (see ``comparing``); until then each tab holds an empty page.
        for w in (self.trend_chart, self.trend_table, QWidget(), QWidget(), QWidget(), QWidget()):
            self.tabs.addTab(w, "")
        split.setStretchFactor(1, 1)
        split.setSizes([300, 780])
        layout.addWidget(split, 1)

        bar = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save_dialog)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.history_requested)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        bar.addWidget(self.save_button)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(self.history_button)
        bar.addWidget(self.home_button)
        layout.addLayout(bar)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.trend_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    # --- the comparing tabs, made when one of them is first shown or asked for ----------------
    @property
    def comparing(self) -> ComparingTabs:
        if self._comparing is None:
            self._comparing = made = ComparingTabs(self, self)
            made.steps_table.activated.connect(self._steps_row_activated)
            made.steps_table.itemSelectionChanged.connect(self._update_open)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)  # the tab shown stays the same: no change to react to
            try:
                for i, w in zip((PROFILE, PROFILE_TABLE, ITEMS, STEPS), (
                        made.profile, made.profile_table, made.items_table, made.steps_table)):
                    text, empty = self.tabs.tabText(i), self.tabs.widget(i)
                    self.tabs.removeTab(i)
                    self.tabs.insertTab(i, w, text)
                    if empty is not None:
                        empty.deleteLater()
                self.tabs.setCurrentIndex(current)
            finally:
                self.tabs.blockSignals(False)
            made.profile.look_changed.connect(self._look_changed)
        return self._comparing

    @property
    def profile_table(self) -> QTableWidget:
        return self.comparing.profile_table

    @property
    def items_table(self) -> QTableWidget:
        return self.comparing.items_table

    @property
    def steps_table(self) -> QTableWidget:
        return self.comparing.steps_table

    @property
    def trend_fig(self) -> Figure:
        return self.trend_chart.figure

    # Slots are methods, not lambdas holding ``self``: PySide keeps a lambda connected to a
    # signal after the view is deleted, and the view (its data and figures) with it.
    def _trend_resized(self, _event: object) -> None:
        """A chart of another size is laid out again (its panels and marks are placed in inches)."""
        if self.trend_chart.needs_layout():
            self._schedule(trend=True)

    def _look_changed(self) -> None:
        """Another theme or text size: the charts and the factor keys are drawn again."""
        self._schedule(trend=True, profile=self._comparing is not None)
        self.picker.set_icons({fid: self._factor_icon(fid) for fid in self.covered})

    def _trend_row_activated(self, index: QModelIndex) -> None:
        self._open_row(self.trend_table, index.row())

    def _steps_row_activated(self, index: QModelIndex) -> None:
        self._open_row(self.steps_table, index.row())

    def _selection_changed(self, *_args: object) -> None:
        self._update_open()

    # --- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        """One read of the finished reflections in brief with their factor means (as arrays);
        the lines, table and pickers are built from it."""
        reader = self.ctx.services.history()
        self.lines = TrendColumns(reader.trend_data(self.ctx.profile_id))
        self.ordered, self.series = self.lines.ordered, self.lines.series
        self.steps = None  # read when the steps tab is first shown
        inst = self.ctx.instrument
        self.covered = [f.id for f in inst.factors() if f.id in self.series]
        self._style = {fid: i for i, fid in enumerate(self.covered)}
        # The latest and the compared reflection in full are read when a tab that compares them
        # is first shown (opening the view needs only the lines).
        self.latest_full = self.earlier_full = None
        self._comparison_loaded = False
        self.retranslate()

    @property
    def profile_id(self) -> int:
        """The profile whose reflections are shown (one's own or a team's)."""
        return self.ctx.profile_id

    def team_name(self) -> str | None:
        return dict(self.teams).get(self.profile_id) if self.profile_id != self.own_ctx.profile_id else None

    def show_profile(self, profile_id: int | None) -> None:
        """Switch to one's own or a team's reflections; the pickers start afresh (the other
        profile's factors and reflections differ)."""
        if profile_id is None or profile_id == self.profile_id:
            return
        self.ctx = replace(self.own_ctx, profile_id=profile_id)
        self.teams = self.own_ctx.store.team_profiles()
        self.picker.clear()  # no comparison read for the profile being left
        self.reload()

    def column(self, fid: str) -> tuple[Any, Any]:
        return self.lines.column(fid)

    def flush(self) -> None:
        """Draw now what changed since the last draw (normally the timer does it)."""
        self._draw_timer.stop()
        if self._trend_dirty:
            self._trend_dirty = False
            self._draw_trend_now()
        if self._profile_dirty and self.tabs.currentIndex() == PROFILE:
            self._draw_profile_now()

    def _schedule(self, trend: bool = False, profile: bool = False) -> None:
        self._trend_dirty |= trend
        self._profile_dirty |= profile
        self._draw_timer.start()

    # --- from a table row to that reflection --------------------------------------------------
    def _row_reflection(self, table: QAbstractItemView, row: int) -> int | None:
        if table is self.trend_table and 0 <= row < self.trend_table_model.rowCount():
            return self.trend_table_model.occasion(row).id
        made = self._comparing
        if made is not None and table is made.steps_table and 0 <= row < len(made.step_rows):
            return made.step_rows[row]
        return None

    def _open_row(self, table: QAbstractItemView, row: int) -> None:
        rid = self._row_reflection(table, row)
        if rid is not None:
            self.open_requested.emit(rid)

    def _current_table(self) -> QAbstractItemView | None:
        index = self.tabs.currentIndex()
        if index == TREND_TABLE:
            return self.trend_table
        return self.steps_table if index == STEPS else None

    def _open_selected(self) -> None:
        table = self._current_table()
        if table is not None and table.selectionModel().selectedRows():
            self._open_row(table, table.selectionModel().selectedRows()[0].row())

    def _update_open(self) -> None:
        table = self._current_table()
        self.open_button.setVisible(table is not None)
        self.open_button.setEnabled(table is not None and bool(table.selectionModel().selectedRows()))

    def _tab_changed(self, index: int) -> None:
        if index > TREND_TABLE:
            self.comparing  # noqa: B018 - made on first use
        self._update_open()
        self._update_save()
        self._refresh_steps()
        if self.tabs.currentIndex() in COMPARING:
            self.load_comparison()
        if self._profile_dirty and self.tabs.currentIndex() == PROFILE:
            self._draw_profile_now()

    def chosen_factors(self) -> list[str]:
        return self.picker.chosen_factors()

    def select_factors(self, factor_ids: list[str] | None) -> None:
        """Tick exactly these factors (None: all) and redraw once."""
        self.picker.select_factors(factor_ids)

    def select_comparison(self, reflection_id: int) -> None:
        self.compare.setCurrentIndex(max(0, self.compare.findData(reflection_id)))

    def _factors_changed(self) -> None:
        self._draw_trend()
        self._refresh_steps()

    def _comparison_changed(self) -> None:
        self._comparison_loaded = False
        if self.tabs.currentIndex() in COMPARING:
            self.load_comparison()

    def load_comparison(self) -> None:
        """Read the latest and the chosen earlier reflection in full; fill what compares them."""
        if self._comparison_loaded:
            return
        self._comparison_loaded = True
        if self.ordered and (self.latest_full is None or self.latest_full.id != self.ordered[-1].id):
            self.latest_full = self.ctx.store.get(self.ordered[-1].id)
        rid = self.compare.currentData()
        self.earlier_full = self.ctx.store.get(rid) if rid is not None else None
        self.comparing.fill_profile_table()
        self._schedule(profile=True)
        self.comparing.fill_items()

    def _refresh_steps(self) -> None:
        """The steps table is filled only while its tab is shown (thousands of steps)."""
        if self.tabs.currentIndex() == STEPS:
            if self.steps is None:
                self.steps = self.ctx.services.history().steps(self.ctx.profile_id)
            self.comparing.fill_steps(self.steps, set(self.chosen_factors()))
            self._update_open()

    # --- words -------------------------------------------------------------------------------
    def factor_label(self, fid: str) -> str:
        factor = self.ctx.instrument.factor(fid)
        text = factor.title.get(self.ctx.lang)
        if factor.direction is Direction.HIGHER_STRAIN:
            text += " " + self.tr("(higher = more strain)")
        elif factor.direction is Direction.PROFILE:
            text += " " + self.tr("(profile)")
        return text

    def score_text(self, value: float | None) -> str:
        return self.tr("no score") if value is None else self.ctx.fmt_score(value)

    def occasion_text(self, r: Reflection | trends.Occasion) -> str:
        if isinstance(r, trends.Occasion):
            day, phase, label = r.day, r.phase, r.label
        else:
            day, phase, label = r.round.date, r.round.phase, r.round.label
        return (self.ctx.fmt_date(day) + " · " + self._phase_names[phase]
                + (f" – {label}" if label else ""))

    # --- drawing -----------------------------------------------------------------------------
    def chart_theme(self) -> ChartTheme:
        """The app's theme and text size for a chart (its colour tokens, the View zoom)."""
        look = self.ctx.appearance
        return chart_theme(look.zoom if look is not None else 100)

    def _factor_icon(self, fid: str) -> QIcon:
        return style_icon(self._style[fid], self.ctx.instrument.factor(fid).direction.value,
                          self.chart_theme())

    def _trend_lines(self) -> tuple[list[TrendLine], MarkColumns]:
        inst = self.ctx.instrument
        lines = [self.lines.line(fid, self.factor_label(fid), inst.factor(fid).direction.value, self._style[fid])
                 for fid in self.trend_table_model.factor_ids]
        if self._marks is None:  # the same for every choice of factors
            self._marks = self._mark_columns()
        return lines, self._marks

    def _mark_columns(self) -> MarkColumns:
        """Workshop rounds and content version changes (``trends.occasion_marks``), named."""
        rounds, versions = trends.occasion_marks(self.ordered)
        marks = [(m.when, self._phase_names[m.phase]) for m in rounds if m.phase is not None]
        marks += [(m.when, self.tr("Content version %1").replace("%1", str(m.instrument_version)))
                  for m in versions]
        return MarkColumns.of(marks)

    def _draw_trend(self) -> None:
        """The table follows the choice at once; the chart is drawn on the next turn."""
        chosen = [f for f in self.chosen_factors() if f in self.series]
        self.trend_table_model.set_data(self.tr("When"), [self.factor_label(f) for f in chosen],
                                        list(reversed(self.ordered)), chosen)
        self._schedule(trend=True)

    def _draw_trend_now(self) -> None:
        self.trend_chart.draw_lines(*self._trend_lines(), self.chart_theme())

    def _draw_profile_now(self) -> None:
        self._profile_dirty = False
        self.comparing.draw_profile()

    # --- saving -----------------------------------------------------------------------------
    def save_chart(self, path: str | Path, which: str = "trend") -> None:
        """Save the lines ("trend") or the profile chart as drawn, PNG or SVG by the suffix."""
        self.flush()
        if which != "trend":
            self.load_comparison()
            if self._profile_dirty:
                self._draw_profile_now()
        save_figure(self.trend_fig if which == "trend" else self.comparing.profile.figure, path)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.tabs.currentIndex() in (TREND, PROFILE) and bool(self.ordered))

    def _save_dialog(self) -> None:
        index = self.tabs.currentIndex()
        if index not in (TREND, PROFILE):
            return
        self.flush()
        area = self.trend_chart if index == TREND else self.comparing.profile
        problem = area.save_dialog("trend_chart" if index == TREND else "profile_chart")
        if problem:
            self.state.setText(problem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab switch the charts and tables from anywhere in the view (the
        tab widget itself only sees them while the focus is inside it)."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            step = -1 if event.key() == Qt.Key.Key_Backtab else 1
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            focus = QApplication.focusWidget()
            if focus is None or not focus.isVisible():
                self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    # --- texts ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # Qt also delivers a LanguageChange to a new widget when translators are installed: only
        # a real change of language rebuilds the texts (and redraws the charts).
        if event.type() == QEvent.Type.LanguageChange and self.ctx.lang != self._shown_lang:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        n = len(self.ordered)
        self._shown_lang = self.ctx.lang
        self._phase_names = {p: phase_name(p) for p in Phase}
        self._marks = None
        team = self.team_name()
        fill_whose_picker(self.whose_label, self.whose, self.own_ctx.profile_id, self.teams, self.profile_id)
        self.title.setText(self.tr("Change over time") if team is None else
                           self.tr("Change over time: team %1").replace("%1", team))
        self.title.setAccessibleName(self.title.text())
        if n == 0 and team is not None:
            state = self.tr("The team has no finished reflections yet. After its first one in workshop "
                            "mode you will see its profile here; from the second on, how each factor changes.")
        elif n == 0:
            state = self.tr("No finished reflections yet. After your first one you will see its "
                            "profile here; from the second on, how each factor changes.")
        elif n == 1 and team is not None:
            state = self.tr("The team has one finished reflection so far. A trend needs at least two, "
                            "so the lines show single points; the profile shows where the team is now.")
        elif n == 1:
            state = self.tr("One finished reflection so far. A trend needs at least two, so the "
                            "lines show single points; the profile shows where you are now.")
        elif team is not None:
            state = self.tr("The team has %1 finished reflections. A missing point means too few answers "
                            "for a score; a factor the team did not cover that time has no point."
                            ).replace("%1", str(n))
        else:
            state = self.tr("%1 finished reflections. A missing point means too few answers for "
                            "a score; a factor you did not cover that time has no point.").replace("%1", str(n))
        self.state.setText(state)
        for i, label in enumerate([self.tr("Lines over time"), self.tr("Lines as a table"),
                                   self.tr("Profile: latest and earlier"), self.tr("Profile as a table"),
                                   self.tr("What moved most"), self.tr("Next steps by factor")]):
            self.tabs.setTabText(i, label)
        self.tabs.setAccessibleName(self.tr("Charts and tables"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.trend_chart.canvas.setAccessibleName(self.tr("Chart: factor scores over time"))
        self.trend_chart.setAccessibleName(self.trend_chart.canvas.accessibleName())
        self.trend_table.setAccessibleName(self.tr("Table: factor scores over time"))
        if self._comparing is not None:
            self._comparing.retranslate()
        self.picker.retranslate()
        self.open_button.setText(self.tr("&Open this reflection"))
        self.open_button.setAccessibleName(self.tr("Open the reflection of the selected table row"))
        self.save_button.setText(self.tr("&Save chart as PNG or SVG…"))
        self.save_button.setAccessibleDescription(self.tr("Save the chart shown as a PNG or SVG file"))
        if team is None:
            self.history_button.setText(self.tr("My &reflections"))
            self.history_button.setAccessibleName(self.tr("Show the list of my reflections"))
        else:
            self.history_button.setText(self.tr("The team's &reflections"))
            self.history_button.setAccessibleName(self.tr("Show the list of the team's reflections"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self._fill_pickers()
        self.picker.fit_width()

    def _fill_pickers(self) -> None:
        inst = self.ctx.instrument
        first_module = inst.module_of_factor(self.covered[0]) if self.covered else None
        self.picker.fill(
            [(fid, self.factor_label(fid), self._factor_icon(fid)) for fid in self.covered],
            [f for f in self.covered if inst.module_of_factor(f) == first_module][:MAX_DEFAULT_LINES],
            [(self.occasion_text(r), r.id) for r in reversed(self.ordered[-MAX_COMPARISONS - 1:-1])],
            self.ordered[-2].id if len(self.ordered) >= 2 else None)
        self._comparison_changed()
        self._update_save()
        self._update_open()
