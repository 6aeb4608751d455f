"""Change over time: factor lines, a profile against an earlier reflection, what moved most.

Importing this module imports matplotlib (QtAgg): the main window imports it only when the
view first opens. Every chart has a table beside it (a tab) with the same numbers.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from hype_desktop.domain import trends
from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import Reflection
from hype_desktop.exchange import charts
from hype_desktop.store.history import HistoryReader
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import phase_name, status_name
from hype_desktop.ui.widgets import heading, plain_label

MAX_DEFAULT_LINES = 6
MAX_COMPARISONS = 100  # the picker lists the latest ones; older ones are in the tables


class TrendTableModel(QAbstractTableModel):
    """The trend chart as numbers: a row per reflection, a column per chosen factor (lazy)."""

    def __init__(self, view: "TrendsView") -> None:
        super().__init__(view)
        self.view = view
        self.rows: list[Reflection] = []
        self.headers: list[str] = []
        self.columns: list[dict[int, float | None]] = []

    def set_data(self, headers: list[str], rows: list[Reflection],
                 columns: list[dict[int, float | None]]) -> None:
        """Rows newest first; per column, reflection id -> score (absent: not covered)."""
        self.beginResetModel()
        self.headers, self.rows, self.columns = headers, rows, columns
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, ANN001
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, ANN001
        return 0 if parent.isValid() else len(self.headers) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        if index.column() == 0:
            return self.view._occasion(r)
        column = self.columns[index.column() - 1]
        if r.id not in column:
            return self.view.tr("not covered")
        return self.view._score(column[r.id])

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("When") if section == 0 else self.headers[section - 1]


class TrendsView(QWidget):
    home_requested = Signal()
    history_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflections: list[Reflection] = []
        self.ordered: list[Reflection] = []
        self.steps = []
        self.latest_full: Reflection | None = None
        self.earlier_full: Reflection | None = None
        self._building = False

        layout = QVBoxLayout(self)
        self.title = heading()
        layout.addWidget(self.title)
        self.state = plain_label()
        layout.addWidget(self.state)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.factors_caption = plain_label(wrap=True)
        lv.addWidget(self.factors_caption)
        self.factor_list = QListWidget()
        self.factor_list.itemChanged.connect(self._factors_changed)
        self.factors_caption.setBuddy(self.factor_list)
        lv.addWidget(self.factor_list, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.select_factors(None))
        self.none_button = QPushButton()
        self.none_button.clicked.connect(lambda: self.select_factors([]))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        lv.addLayout(row)
        self.compare_caption = plain_label()
        lv.addWidget(self.compare_caption)
        self.compare = QComboBox()
        self.compare.currentIndexChanged.connect(self._comparison_changed)
        self.compare_caption.setBuddy(self.compare)
        lv.addWidget(self.compare)
        split.addWidget(left)

        self.tabs = QTabWidget()
        self.trend_fig = Figure(figsize=(7.0, 3.6), layout="constrained")
        self.trend_canvas = FigureCanvasQTAgg(self.trend_fig)
        self.trend_canvas.setMinimumHeight(300)
        self.trend_table_model = TrendTableModel(self)
        self.trend_table = QTableView()
        self.trend_table.setModel(self.trend_table_model)
        self.trend_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.profile_fig = Figure(figsize=(7.0, 4.0), layout="constrained")
        self.profile_canvas = FigureCanvasQTAgg(self.profile_fig)
        self.profile_table = self._table(4)
        self.items_table = self._table(6)
        self.steps_table = self._table(5)
        for w in (self.trend_canvas, self.trend_table, self.profile_canvas, self.profile_table,
                  self.items_table, self.steps_table):
            self.tabs.addTab(w, "")
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 720])
        layout.addWidget(split, 1)

        bar = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save_dialog)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.history_requested)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        bar.addWidget(self.history_button)
        bar.addWidget(self.home_button)
        layout.addLayout(bar)
        self.tabs.currentChanged.connect(lambda _i: (self._update_save(), self._refresh_steps()))
        self.reload()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        t = QTableWidget(0, columns)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setStretchLastSection(True)
        t.setWordWrap(True)
        t.setTabKeyNavigation(False)
        return t

    # --- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        reader = HistoryReader(self.ctx.store.db)
        self.reflections, self.means = reader.trend_data(self.ctx.profile_id)
        self.ordered = trends.in_time_order(self.reflections)
        self.steps = None  # read when the steps tab is first shown
        self.covered = trends.covered_factors(self.ctx.instrument, self.ordered)
        self.latest_full = self.ctx.store.get(self.ordered[-1].id) if self.ordered else None
        self.retranslate()

    def chosen_factors(self) -> list[str]:
        return [self.factor_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.factor_list.count())
                if self.factor_list.item(i).checkState() == Qt.CheckState.Checked]

    def select_factors(self, factor_ids: list[str] | None) -> None:
        """Tick exactly these factors (None: all) and redraw once."""
        self._building = True
        for i in range(self.factor_list.count()):
            item = self.factor_list.item(i)
            on = factor_ids is None or item.data(Qt.ItemDataRole.UserRole) in factor_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._building = False
        self._draw_trend()
        self._refresh_steps()

    def select_comparison(self, reflection_id: int) -> None:
        self.compare.setCurrentIndex(max(0, self.compare.findData(reflection_id)))

    def _factors_changed(self, _item: QListWidgetItem) -> None:
        if not self._building:
            self._draw_trend()
            self._refresh_steps()

    def _comparison_changed(self, _index: int) -> None:
        if self._building:
            return
        rid = self.compare.currentData()
        self.earlier_full = self.ctx.store.get(rid) if rid is not None else None
        self._draw_profile()
        self._fill_items()

    # --- words -------------------------------------------------------------------------------
    def factor_label(self, fid: str) -> str:
        factor = self.ctx.instrument.factor(fid)
        text = factor.title.get(self.ctx.lang)
        if factor.direction is Direction.HIGHER_STRAIN:
            text += " " + self.tr("(higher = more strain)")
        elif factor.direction is Direction.PROFILE:
            text += " " + self.tr("(profile)")
        return text

    def _score(self, value: float | None) -> str:
        return self.tr("no score") if value is None else self.ctx.fmt_score(value)

    def _occasion(self, r: Reflection) -> str:
        return (self.ctx.fmt_date(r.round.date) + " · " + phase_name(r.round.phase)
                + (f" – {r.round.label}" if r.round.label else ""))

    # --- drawing -----------------------------------------------------------------------------
    def _draw_trend(self) -> None:
        chosen = self.chosen_factors()
        series = trends.factor_series(self.ctx.instrument, self.ordered, chosen, self.means)
        lines = [charts.TrendLine(self.factor_label(fid),
                                  tuple((p.when, p.score) for p in s.points), s.direction.value)
                 for fid, s in series.items()]
        marks = [charts.RoundMark(m.when, phase_name(m.phase)) for m in trends.round_marks(self.ordered)]
        marks += [charts.RoundMark(m.when, self.tr("Content version %1").replace(
            "%1", str(m.instrument_version))) for m in trends.version_changes(self.ordered)]
        charts.draw_trend(self.trend_fig, lines, marks, y_label=self.tr("Score 1–5"))
        self.trend_canvas.draw_idle()
        columns = [{p.reflection_id: p.score for p in s.points} for s in series.values()]
        self.trend_table_model.set_data([self.factor_label(f) for f in series],
                                        list(reversed(self.ordered)), columns)

    def _profile_factors(self) -> list[str]:
        if self.latest_full is None:
            return []
        return [f for f in self.latest_full.scope if self.ctx.instrument.has_factor(f)]

    def _draw_profile(self) -> None:
        fids = self._profile_factors()
        labels = [self.factor_label(f) for f in fids]
        now = trends.profile_values(fids, self.latest_full)
        before = trends.profile_values(fids, self.earlier_full) if self.earlier_full else None
        self.profile_fig.set_size_inches(7.0, charts.profile_height(len(fids), before is not None))
        charts.draw_profile(
            self.profile_fig, labels, now, before,
            current_label=self._occasion(self.latest_full) if self.latest_full else "",
            earlier_label=self._occasion(self.earlier_full) if self.earlier_full else "",
            missing_text=self.tr("no score"), value_text=self.ctx.fmt_score)
        self.profile_canvas.setMinimumHeight(int(charts.profile_height(len(fids)) * 80))
        self.profile_canvas.draw_idle()
        t = self.profile_table
        t.setRowCount(len(fids))
        for row, fid in enumerate(fids):
            b = before[row] if before else None
            change = "" if (b is None or now[row] is None) else f"{now[row] - b:+.2f}".replace(
                ".", self.ctx.language.locale().decimalPoint())
            for col, text in enumerate([labels[row], self._score(now[row]),
                                        self._score(b) if before else "", change]):
                t.setItem(row, col, QTableWidgetItem(text))
        t.resizeRowsToContents()

    def _fill_items(self) -> None:
        t = self.items_table
        if self.latest_full is None or self.earlier_full is None:
            t.setRowCount(0)
            return
        inst, lang = self.ctx.instrument, self.ctx.lang
        rows = trends.item_changes(inst, self.earlier_full, self.latest_full)
        t.setRowCount(len(rows))
        for row, ch in enumerate(rows):
            if ch.match is trends.ItemMatch.REMOVED:
                text = self.tr("(a statement no longer in the content: %1)").replace("%1", ch.item_id)
                factor = ""
            else:
                text = inst.item(ch.item_id).text.get(lang)
                factor = inst.factor(ch.factor_id).title.get(lang)
            cells = [text, factor, self._answer(ch.before, ch.before_na),
                     self._answer(ch.after, ch.after_na), self._delta(ch), self._note(ch)]
            for col, value in enumerate(cells):
                t.setItem(row, col, QTableWidgetItem(value))
        t.resizeRowsToContents()

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
        if ch.direction is Direction.HIGHER_STRAIN:
            words = self.tr("more strain") if d > 0 else self.tr("less strain")
        else:
            words = self.tr("up") if d > 0 else self.tr("down")
        return f"{d:+d} ({words})"

    def _note(self, ch: trends.ItemChange) -> str:
        return {
            trends.ItemMatch.SAME: "",
            trends.ItemMatch.MAPPED: self.tr("statement reworded since then"),
            trends.ItemMatch.NEW: self.tr("new statement, not asked then"),
            trends.ItemMatch.REMOVED: self.tr("asked then, no longer asked"),
        }[ch.match]

    def _refresh_steps(self) -> None:
        """The steps table is filled only while its tab is shown (thousands of steps)."""
        if self.tabs.currentWidget() is self.steps_table:
            self._fill_steps()

    def _fill_steps(self) -> None:
        if self.steps is None:
            self.steps = HistoryReader(self.ctx.store.db).steps(self.ctx.profile_id)
        chosen = set(self.chosen_factors())
        inst, lang = self.ctx.instrument, self.ctx.lang
        steps = [s for s in self.steps if s.factor_id in chosen]
        t = self.steps_table
        t.setRowCount(len(steps))
        for row, s in enumerate(steps):
            factor = inst.factor(s.factor_id).title.get(lang) if inst.has_factor(s.factor_id) else ""
            due = self.ctx.fmt_date(s.due) if s.due else ""
            for col, text in enumerate([factor, s.text, due, status_name(s.status), s.learned]):
                t.setItem(row, col, QTableWidgetItem(text))
        if len(steps) <= 300:
            t.resizeRowsToContents()

    # --- saving -----------------------------------------------------------------------------
    def current_figure(self) -> Figure | None:
        w = self.tabs.currentWidget()
        if w is self.trend_canvas:
            return self.trend_fig
        if w is self.profile_canvas:
            return self.profile_fig
        return None

    def save_chart(self, path: str | Path, which: str = "trend") -> None:
        fig = self.trend_fig if which == "trend" else self.profile_fig
        charts.save_figure(fig, path)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.current_figure() is not None and bool(self.ordered))

    def _save_dialog(self) -> None:
        fig = self.current_figure()
        if fig is None:
            return
        name = "hype-trend.png" if fig is self.trend_fig else "hype-profile.png"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), str(Path.home() / name),
            self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in _filter.lower() else ".png"
        try:
            charts.save_figure(fig, path)
        except OSError as exc:
            self.state.setText(self.tr("Could not save the chart: %1").replace("%1", str(exc)))

    # --- texts ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        n = len(self.ordered)
        self.title.setText(self.tr("Change over time"))
        self.title.setAccessibleName(self.title.text())
        if n == 0:
            state = self.tr("No finished reflections yet. After your first one you will see its "
                            "profile here; from the second on, how each factor changes.")
        elif n == 1:
            state = self.tr("One finished reflection so far. A trend needs at least two, so the "
                            "lines show single points; the profile shows where you are now.")
        else:
            state = self.tr("%1 finished reflections. A missing point means too few answers for "
                            "a score; a factor you did not cover that time has no point.").replace("%1", str(n))
        self.state.setText(state)
        self.factors_caption.setText(self.tr("Factors to show:"))
        self.compare_caption.setText(self.tr("Compare the latest with:"))
        self.all_button.setText(self.tr("&All"))
        self.all_button.setAccessibleName(self.tr("Show all factors"))
        self.none_button.setText(self.tr("&None"))
        self.none_button.setAccessibleName(self.tr("Show no factors"))
        self.factor_list.setAccessibleName(self.tr("Factors to show in the chart"))
        self.compare.setAccessibleName(self.tr("Earlier reflection to compare the latest with"))
        for i, label in enumerate([self.tr("Lines over time"), self.tr("Lines as a table"),
                                   self.tr("Profile: latest and earlier"), self.tr("Profile as a table"),
                                   self.tr("What moved most"), self.tr("Next steps by factor")]):
            self.tabs.setTabText(i, label)
        self.tabs.setAccessibleName(self.tr("Charts and tables"))
        self.trend_canvas.setAccessibleName(self.tr("Chart: factor scores over time"))
        self.trend_table.setAccessibleName(self.tr("Table: factor scores over time"))
        self.profile_canvas.setAccessibleName(self.tr("Chart: latest profile against an earlier reflection"))
        self.profile_table.setAccessibleName(self.tr("Table: latest profile against an earlier reflection"))
        self.items_table.setAccessibleName(self.tr("Table: statements that moved most"))
        self.steps_table.setAccessibleName(self.tr("Table: next steps linked to the chosen factors"))
        self.profile_table.setHorizontalHeaderLabels(
            [self.tr("Factor"), self.tr("Latest"), self.tr("Earlier"), self.tr("Change")])
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("Statement"), self.tr("Factor"), self.tr("Earlier"), self.tr("Latest"),
             self.tr("Change"), self.tr("Note")])
        self.steps_table.setHorizontalHeaderLabels(
            [self.tr("Factor"), self.tr("Next step"), self.tr("By"), self.tr("What became of it"),
             self.tr("What I learned")])
        self.save_button.setText(self.tr("&Save chart as PNG or SVG…"))
        self.save_button.setAccessibleName(self.tr("Save the chart shown as a PNG or SVG file"))
        self.history_button.setText(self.tr("My &reflections"))
        self.history_button.setAccessibleName(self.tr("Show the list of my reflections"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self._fill_pickers()

    def _fill_pickers(self) -> None:
        previous_choice = self.chosen_factors() if self.factor_list.count() else None
        previous_compare = self.compare.currentData()
        self._building = True
        self.factor_list.clear()
        for fid in self.covered:
            item = QListWidgetItem(self.factor_label(fid))
            item.setData(Qt.ItemDataRole.UserRole, fid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.factor_list.addItem(item)
        self.compare.clear()
        self.compare.addItem(self.tr("— nothing (latest only) —"), None)
        for r in reversed(self.ordered[-MAX_COMPARISONS - 1:-1]):
            self.compare.addItem(self._occasion(r), r.id)
        self._building = False
        if previous_choice is None:
            inst = self.ctx.instrument
            first_module = inst.module_of_factor(self.covered[0]) if self.covered else None
            previous_choice = [f for f in self.covered
                               if inst.module_of_factor(f) == first_module][:MAX_DEFAULT_LINES]
        self.select_factors(previous_choice)
        default = previous_compare
        if default is None and self.latest_full is not None:
            prev = trends.previous_of(self.ordered, self.latest_full.id)
            default = prev.id if prev else None
        self._building = True
        self.compare.setCurrentIndex(max(0, self.compare.findData(default)))
        self._building = False
        self._comparison_changed(self.compare.currentIndex())
        self._update_save()
