"""Change over time: factor lines, a profile against an earlier reflection, what moved most.

Importing this module imports matplotlib (QtAgg): the main window imports it only when the
view first opens. Every chart has a table beside it (a tab) with the same numbers.

The view shows one profile's reflections: one's own, or a team's (workshop mode), chosen with
a picker; ``self.ctx`` is the app context with ``profile_id`` set to the profile shown, so
the team's and one's own reflections never end up in one series.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from operator import itemgetter
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.charts import figures as charts
from hype_desktop.domain import trends
from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import Phase, Reflection
from hype_desktop.store.history import HistoryReader
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.history_view import fill_whose_picker, whose_picker
from hype_desktop.ui.labels import phase_name, status_name
from hype_desktop.ui.saved_files import ask_save_path, confirm_saved, default_name
from hype_desktop.ui.widgets import heading, plain_label

MAX_DEFAULT_LINES = 6
# The tabs, in order. Those after the lines are made when first shown (_make_comparing).
TREND, TREND_TABLE, PROFILE, PROFILE_TABLE, ITEMS, STEPS = range(6)
COMPARING = (PROFILE, PROFILE_TABLE, ITEMS)  # they read the latest and an earlier reflection
MAX_COMPARISONS = 100  # the picker lists the latest ones; older ones are in the tables


class _Comparing:
    """A comparing tab's widget (``view._<name>``), made with the others on first use
    (TrendsView._make_comparing): opening the view needs only the lines."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = "_" + name

    def __get__(self, view: TrendsView | None, owner: type | None = None):
        if view is None:
            return self
        view._make_comparing()
        return getattr(view, self.attr)


class TrendTableModel(QAbstractTableModel):
    """The trend chart as numbers: a row per reflection (newest first), a column per chosen
    factor. Cells are looked up when shown (thousands of rows)."""

    def __init__(self, view: TrendsView) -> None:
        super().__init__(view)
        self._view = weakref.ref(view)  # not a strong one: the model would keep the view alive
        self.rows: list[trends.Occasion] = []
        self.headers: list[str] = []
        self.factor_ids: list[str] = []

    def set_data(self, headers: list[str], rows: list[trends.Occasion], factor_ids: list[str]) -> None:
        """Rows newest first; the view's columns of ``factor_ids`` give the cells."""
        self.beginResetModel()
        self.headers, self.rows, self.factor_ids = headers, rows, factor_ids
        self.endResetModel()

    @property
    def view(self) -> TrendsView:
        return self._view()

    def occasion(self, row: int) -> trends.Occasion:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = index.row()
        if index.column() == 0:
            return self.view._occasion(self.rows[row])
        scores, covered = self.view.column(self.factor_ids[index.column() - 1])
        i = len(self.rows) - 1 - row  # rows are newest first; columns in time order
        if not covered[i]:
            return self.view.tr("not covered")
        value = scores[i]
        return self.view._score(None if value != value else float(value))  # NaN: no score

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("When") if section == 0 else self.headers[section - 1]


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
        self.steps = []
        self.latest_full: Reflection | None = None
        self.earlier_full: Reflection | None = None
        self._building = False
        # Changes within one event-loop turn (opening, ticking all, a comparison) are drawn once.
        self._trend_dirty = False
        self._profile_dirty = False
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self.flush)

        layout = QVBoxLayout(self)
        self.title = heading()
        layout.addWidget(self.title)
        self.whose_label, self.whose = whose_picker(self, layout)
        self.state = plain_label()
        layout.addWidget(self.state)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.factors_caption = plain_label(wrap=True)
        lv.addWidget(self.factors_caption)
        self.factor_list = QListWidget()
        # Long (Finnish) factor names wrap instead of being cut off behind a scroll bar.
        self.factor_list.setWordWrap(True)
        self.factor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.factor_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.factor_list.itemChanged.connect(self._factors_changed)
        self.factors_caption.setBuddy(self.factor_list)
        lv.addWidget(self.factor_list, 1)
        self.steps_hint = plain_label(wrap=True)
        lv.addWidget(self.steps_hint)
        row = QHBoxLayout()
        self.all_button = QPushButton()
        self.all_button.clicked.connect(self._select_all)
        self.none_button = QPushButton()
        self.none_button.clicked.connect(self._select_none)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        lv.addLayout(row)
        self.compare_caption = plain_label()
        lv.addWidget(self.compare_caption)
        self.compare = QComboBox()
        self.compare.currentIndexChanged.connect(self._comparison_changed)
        self.compare_caption.setBuddy(self.compare)
        lv.addWidget(self.compare)
        # At large zoom the pane is taller than the window: it scrolls instead of squeezing the
        # factor list to one row and clipping the wrapped key text.
        self.left_scroll = QScrollArea()
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setWidget(left)
        split.addWidget(self.left_scroll)

        self.tabs = QTabWidget()
        split.addWidget(self.tabs)
        # Fixed margins (in inches, kept on resize) instead of constrained layout: the screen chart
        # has no legend to fit (see _draw_trend_now), and measuring every text each draw was
        # a large share of drawing thousands of points.
        self.trend_fig = Figure(figsize=(7.0, 3.6))
        self.trend_canvas = FigureCanvasQTAgg(self.trend_fig)
        self.trend_canvas.mpl_connect("resize_event", self._trend_resized)
        self.trend_canvas.setMinimumHeight(300)
        self.trend_table_model = TrendTableModel(self)
        self.trend_table = QTableView()
        self.trend_table.setModel(self.trend_table_model)
        self.trend_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trend_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trend_table.setTabKeyNavigation(False)  # Tab leaves the table; Ctrl+Tab switches tabs
        self.trend_table.horizontalHeader().setDefaultSectionSize(150)
        self.trend_table.activated.connect(self._trend_row_activated)
        self.step_rows: list[int] = []  # reflection id of each steps-table row
        # The other tabs' widgets (a profile chart, three tables) are made when one of them is
        # first shown or asked for (see _make_comparing); until then each tab holds an empty page.
        self._made = False
        for w in (self.trend_canvas, self.trend_table, QWidget(), QWidget(), QWidget(), QWidget()):
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

    def _make_comparing(self) -> None:
        """Make the profile chart and the profile, statements and steps tables in place of
        their tabs' empty pages (once)."""
        if self._made:
            return
        self._made = True
        self._profile_fig = Figure(figsize=(7.0, 4.0), layout="constrained")
        self._profile_canvas = FigureCanvasQTAgg(self._profile_fig)
        # A long profile (many factors) scrolls instead of being squeezed.
        self._profile_scroll = QScrollArea()
        self._profile_scroll.setWidgetResizable(True)
        self._profile_scroll.setWidget(self._profile_canvas)
        # Text columns stretch (and wrap); short ones fit their contents.
        self._profile_table = self._table(4, stretch=(0,))
        self._items_table = self._table(6, stretch=(0,), wide=(1,))
        self._steps_table = steps = self._table(6, stretch=(2, 5), wide=(0, 1))
        steps.activated.connect(self._steps_row_activated)
        steps.itemSelectionChanged.connect(self._update_open)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the tab shown stays the same: no change to react to
        try:
            for i, w in zip((PROFILE, PROFILE_TABLE, ITEMS, STEPS), (
                    self._profile_scroll, self._profile_table, self._items_table, steps)):
                text, empty = self.tabs.tabText(i), self.tabs.widget(i)
                self.tabs.removeTab(i)
                self.tabs.insertTab(i, w, text)
                empty.deleteLater()
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        self._retranslate_comparing()

    # Slots are methods, not lambdas holding ``self``: PySide keeps a lambda connected to a
    # signal after the view is deleted, and the view (its data and figures) with it.
    def _select_all(self) -> None:
        self.select_factors(None)

    def _select_none(self) -> None:
        self.select_factors([])

    def _trend_resized(self, _event) -> None:
        self._trend_margins()

    def _trend_row_activated(self, index: QModelIndex) -> None:
        self._open_row(self.trend_table, index.row())

    def _steps_row_activated(self, index: QModelIndex) -> None:
        self._open_row(self._steps_table, index.row())

    def _selection_changed(self, *_args) -> None:
        self._update_open()

    # the comparing tabs' widgets, made (all together) when one of them is first asked for
    profile_fig = _Comparing()
    profile_canvas = _Comparing()
    profile_scroll = _Comparing()
    profile_table = _Comparing()
    items_table = _Comparing()
    steps_table = _Comparing()

    @staticmethod
    def _table(columns: int, stretch: tuple[int, ...] = (), wide: tuple[int, ...] = ()) -> QTableWidget:
        t = QTableWidget(0, columns)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.verticalHeader().setVisible(False)
        header = t.horizontalHeader()
        for col in range(columns):
            mode = (QHeaderView.ResizeMode.Stretch if col in stretch else
                    QHeaderView.ResizeMode.Interactive if col in wide else
                    QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(col, mode)
            if col in wide:
                t.setColumnWidth(col, 170)
        t.setWordWrap(True)
        t.setTabKeyNavigation(False)
        return t

    # --- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        """One read of the finished reflections in brief with their factor means (as arrays);
        the lines, table and pickers are built from it."""
        reader = HistoryReader(self.ctx.store.db)
        self.ordered, self.series, self.step_positions = reader.trend_data(self.ctx.profile_id)
        self.steps = None  # read when the steps tab is first shown
        self.x = np.fromiter((o.x for o in self.ordered), float, len(self.ordered))
        self._columns: dict[str, tuple[np.ndarray, np.ndarray]] = {}
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

    def show_profile(self, profile_id: int) -> None:
        """Switch to one's own or a team's reflections; the pickers start afresh (the other
        profile's factors and reflections differ)."""
        if profile_id is None or profile_id == self.profile_id:
            return
        self.ctx = replace(self.own_ctx, profile_id=profile_id)
        self.teams = self.own_ctx.store.team_profiles()
        self.factor_list.clear()
        self.compare.blockSignals(True)  # no comparison read for the profile being left
        self.compare.clear()
        self.compare.blockSignals(False)
        self.reload()

    def column(self, fid: str) -> tuple[np.ndarray, np.ndarray]:
        """One factor over all reflections in time order: scores (NaN = no score), covered."""
        got = self._columns.get(fid)
        if got is None:
            n = len(self.ordered)
            scores, covered = np.full(n, np.nan), np.zeros(n, dtype=bool)
            pos, means = self.series.get(fid, (np.empty(0, np.int64), np.empty(0)))
            scores[pos], covered[pos] = means, True
            got = self._columns[fid] = (scores, covered)
        return got

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
        if self._made and table is self._steps_table and 0 <= row < len(self.step_rows):
            return self.step_rows[row]
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
            self._make_comparing()
        self._update_open()
        self._update_save()
        self._refresh_steps()
        if self.tabs.currentIndex() in COMPARING:
            self._load_comparison()
        if self._profile_dirty and self.tabs.currentIndex() == PROFILE:
            self._draw_profile_now()

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
        self._comparison_loaded = False
        if self.tabs.currentIndex() in COMPARING:
            self._load_comparison()

    def _load_comparison(self) -> None:
        """Read the latest and the chosen earlier reflection in full; fill what compares them."""
        if self._comparison_loaded:
            return
        self._comparison_loaded = True
        if self.ordered and (self.latest_full is None or self.latest_full.id != self.ordered[-1].id):
            self.latest_full = self.ctx.store.get(self.ordered[-1].id)
        rid = self.compare.currentData()
        self.earlier_full = self.ctx.store.get(rid) if rid is not None else None
        self._fill_profile_table()
        self._schedule(profile=True)
        self._fill_items()

    def _style_icon(self, fid: str) -> QIcon:
        """The factor's line as drawn (colour, dash, marker): the list is the chart's legend."""
        style = charts.series_style(self._style[fid], self.ctx.instrument.factor(fid).direction.value)
        pix = QPixmap(34, 14)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(style["color"])
        dash = {"-": Qt.PenStyle.SolidLine, "--": Qt.PenStyle.DashLine,
                "-.": Qt.PenStyle.DashDotLine}.get(style["linestyle"], Qt.PenStyle.SolidLine)
        p.setPen(QPen(colour, 2, dash))
        p.drawLine(1, 7, 33, 7)
        p.setPen(QPen(QColor("white"), 1))
        p.setBrush(colour)
        marker = style["marker"]
        if marker == "s":
            p.drawRect(12, 2, 10, 10)
        elif marker in ("^", "v", "<"):
            pts = {"^": [(17, 1), (23, 12), (11, 12)], "v": [(11, 2), (23, 2), (17, 13)],
                   "<": [(11, 7), (22, 1), (22, 13)]}[marker]
            p.drawPolygon(QPolygon([QPoint(x, y) for x, y in pts]))
        elif marker == "D":
            p.drawPolygon(QPolygon([QPoint(17, 1), QPoint(23, 7), QPoint(17, 13), QPoint(11, 7)]))
        else:
            p.drawEllipse(12, 2, 10, 10)
        p.end()
        return QIcon(pix)

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

    def _occasion(self, r: Reflection | trends.Occasion) -> str:
        if isinstance(r, trends.Occasion):
            day, phase, label = r.day, r.phase, r.label
        else:
            day, phase, label = r.round.date, r.round.phase, r.round.label
        return (self.ctx.fmt_date(day) + " · " + self._phase_names[phase]
                + (f" – {label}" if label else ""))

    def _trend_lines(self) -> tuple[list, list]:
        inst = self.ctx.instrument
        lines = []
        for fid in self.trend_table_model.factor_ids:
            pos, means = self.series[fid]
            steps = self.step_positions.get(fid, np.empty(0, np.int64))
            lines.append(charts.TrendLine(
                self.factor_label(fid), (), inst.factor(fid).direction.value, x=self.x[pos], y=means,
                style_index=self._style[fid], event_x=self.x[steps], event_y=self.column(fid)[0][steps]))
        if self._marks is None:  # the same for every choice of factors
            self._marks = self._mark_columns()
        return lines, self._marks

    def _mark_columns(self) -> charts.MarkColumns:
        """Workshop rounds (one per day and phase, not own check-ins) at midnight of their day,
        and content version changes, as ``trends.occasion_marks`` gives them, computed on
        columns: a long history has thousands of rounds and the chart shows a few merged
        marks of them."""
        ordered = self.ordered
        n = len(ordered)
        phases = list(Phase)
        code = {p: i for i, p in enumerate(phases)}
        phase = np.fromiter(map(code.__getitem__, map(itemgetter(3), ordered)), np.int64, n)  # .phase
        day = np.floor(self.x)  # x: the day's number plus the time of day
        rounds = np.flatnonzero(phase != code[Phase.CHECK_IN])
        key = day[rounds].astype(np.int64) * len(phases) + phase[rounds]
        _keys, first = np.unique(key, return_index=True)
        first = rounds[np.sort(first)]  # each (day, phase) where first seen, in time order
        names = [self._phase_names[p] for p in phases]
        x = [day[first]]
        labels = [names[c] for c in phase[first].tolist()]
        content: dict[str, int] = {}
        content_code = np.fromiter((content.setdefault(i, len(content)) for i in map(itemgetter(5), ordered)),
                                   np.int64, n)  # .instrument_id
        version = np.fromiter(map(itemgetter(6), ordered), np.int64, n)  # .instrument_version
        changed = np.flatnonzero((content_code[1:] != content_code[:-1]) | (version[1:] != version[:-1])) + 1
        if len(changed):
            x.append(self.x[changed])
            labels += [self.tr("Content version %1").replace("%1", str(v)) for v in version[changed].tolist()]
        return charts.MarkColumns(np.concatenate(x), labels)

    # --- drawing -----------------------------------------------------------------------------
    def _draw_trend(self) -> None:
        """The table follows the choice at once; the chart is drawn on the next turn."""
        chosen = [f for f in self.chosen_factors() if f in self.series]
        self.trend_table_model.set_data([self.factor_label(f) for f in chosen],
                                        list(reversed(self.ordered)), chosen)
        self._schedule(trend=True)

    def _draw_trend_now(self) -> None:
        """With many lines the chart has no legend of its own: the factor list beside it shows
        each line's colour, marker and dash (a full legend there would squeeze the chart)."""
        lines, marks = self._trend_lines()
        self._fixed_margins = len(lines) > charts.FULL_LEGEND_MAX
        self.trend_fig.set_layout_engine("none" if self._fixed_margins else "constrained")
        charts.draw_trend(self.trend_fig, lines, marks, y_label=self.tr("Score 1–5"),
                          legend=not self._fixed_margins, event_label=self.tr("Next step set here"))
        self._trend_margins()
        self.trend_canvas.draw_idle()

    def _trend_margins(self) -> None:
        """Axes placed by fixed margins in inches (room for the y label, dates and round marks)."""
        if not getattr(self, "_fixed_margins", False) or not self.trend_fig.axes:
            return
        w, h = self.trend_fig.get_size_inches()
        left, right = min(0.3, 0.75 / w), min(0.2, 0.3 / w)
        bottom, top = min(0.4, 0.55 / h), min(0.4, 0.6 / h)
        self.trend_fig.axes[0].set_position([left, bottom, 1 - left - right, 1 - bottom - top])

    def _trend_file_figure(self) -> Figure:
        """The trend chart for a file: always with its legend (compact when many lines)."""
        lines, marks = self._trend_lines()
        if len(lines) <= charts.FULL_LEGEND_MAX:
            return self.trend_fig
        fig = Figure(figsize=(10.0, 4.8), layout="constrained")
        charts.draw_trend(fig, lines, marks, y_label=self.tr("Score 1–5"),
                          event_label=self.tr("Next step set here"))
        return fig

    def _profile_factors(self) -> list[str]:
        if self.latest_full is None:
            return []
        return [f.id for f in self.ctx.instrument.known_factors(self.latest_full.scope)]

    def _draw_profile_now(self) -> None:
        self._profile_dirty = False
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

    def _fill_profile_table(self) -> None:
        fids = self._profile_factors()
        labels = [self.factor_label(f) for f in fids]
        now = trends.profile_values(fids, self.latest_full)
        before = trends.profile_values(fids, self.earlier_full) if self.earlier_full else None
        t = self.profile_table
        t.setRowCount(len(fids))
        for row, fid in enumerate(fids):
            b = before[row] if before else None
            change = ""
            if b is not None and now[row] is not None:
                d = round(now[row] - b, 2)
                number = (f"{d:+.2f}" if d else "0.00").replace(
                    ".", self.ctx.language.locale().decimalPoint())
                change = f"{number} ({self._change_words(d, self.ctx.instrument.factor(fid).direction)})"
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
        return f"{d:+d} ({self._change_words(d, ch.direction)})"

    def _change_words(self, d: float, direction: Direction | None) -> str:
        """A change read in the factor's direction: strain grows or eases; a profile factor
        (work orientation) just moves, with no better or worse."""
        if d == 0:
            return self.tr("no change")
        if direction is Direction.HIGHER_STRAIN:
            return self.tr("more strain") if d > 0 else self.tr("less strain")
        if direction is Direction.PROFILE:
            return self.tr("higher") if d > 0 else self.tr("lower")
        return self.tr("up") if d > 0 else self.tr("down")

    def _note(self, ch: trends.ItemChange) -> str:
        return {
            trends.ItemMatch.SAME: "",
            trends.ItemMatch.MAPPED: self.tr("statement reworded since then"),
            trends.ItemMatch.NEW: self.tr("new statement, not asked then"),
            trends.ItemMatch.REMOVED: self.tr("asked then, no longer asked"),
        }[ch.match]

    def _refresh_steps(self) -> None:
        """The steps table is filled only while its tab is shown (thousands of steps)."""
        if self.tabs.currentIndex() == STEPS:
            self._fill_steps()

    def _fill_steps(self) -> None:
        if self.steps is None:
            self.steps = HistoryReader(self.ctx.store.db).steps(self.ctx.profile_id)
        chosen = set(self.chosen_factors())
        inst, lang = self.ctx.instrument, self.ctx.lang
        by_id = {o.id: o for o in self.ordered}
        steps = [s for s in self.steps if s.factor_id in chosen and s.reflection_id in by_id]
        t = self.steps_table
        t.setRowCount(len(steps))
        self.step_rows = [s.reflection_id for s in steps]
        for row, s in enumerate(steps):
            factor = inst.factor_title(s.factor_id, lang)
            due = self.ctx.fmt_date(s.due) if s.due else ""
            cells = [factor, self._occasion(by_id[s.reflection_id]), s.text, due,
                     status_name(s.status), s.learned]
            for col, text in enumerate(cells):
                t.setItem(row, col, QTableWidgetItem(text))
        self._update_open()
        if len(steps) <= 300:
            t.resizeRowsToContents()

    # --- saving -----------------------------------------------------------------------------
    def current_figure(self) -> Figure | None:
        index = self.tabs.currentIndex()
        if index == TREND:
            return self.trend_fig
        if index == PROFILE:
            return self.profile_fig
        return None

    def save_chart(self, path: str | Path, which: str = "trend") -> None:
        self.flush()
        if which != "trend":
            self._load_comparison()
        if which != "trend" and self._profile_dirty:
            self._draw_profile_now()
        fig = self._trend_file_figure() if which == "trend" else self.profile_fig
        charts.save_figure(fig, path)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.current_figure() is not None and bool(self.ordered))

    def _save_dialog(self) -> None:
        fig = self.current_figure()
        if fig is None:
            return
        self.flush()
        name = default_name("trend_chart" if fig is self.trend_fig else "profile_chart", ".png")
        if fig is self.trend_fig:
            fig = self._trend_file_figure()
        path = ask_save_path(self, self.tr("Save chart"), name,
                             self.tr("PNG image (*.png);;SVG image (*.svg)"), (".png", ".svg"))
        if path is None:
            return
        try:
            charts.save_figure(fig, str(path))
        except OSError as exc:
            self.state.setText(self.tr("Could not save the chart: %1").replace("%1", str(exc)))
            return
        confirm_saved(self, path)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab switch the charts and tables from anywhere in the view (the
        tab widget itself only sees them while the focus is inside it)."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            step = -1 if event.key() == Qt.Key.Key_Backtab else 1
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
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
        self.factors_caption.setText(self.tr("Factors to show:"))
        self.compare_caption.setText(self.tr("Compare the latest with:"))
        self.all_button.setText(self.tr("&All"))
        self.all_button.setAccessibleName(self.tr("Show all factors"))
        self.none_button.setText(self.tr("&None"))
        self.none_button.setAccessibleName(self.tr("Show no factors"))
        self.factor_list.setAccessibleName(self.tr("Factors to show in the chart"))
        self.factor_list.setMinimumHeight(self.fontMetrics().height() * 8)  # several rows at any zoom
        self.compare.setAccessibleName(self.tr("Earlier reflection to compare the latest with"))
        for i, label in enumerate([self.tr("Lines over time"), self.tr("Lines as a table"),
                                   self.tr("Profile: latest and earlier"), self.tr("Profile as a table"),
                                   self.tr("What moved most"), self.tr("Next steps by factor")]):
            self.tabs.setTabText(i, label)
        self.tabs.setAccessibleName(self.tr("Charts and tables"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.trend_canvas.setAccessibleName(self.tr("Chart: factor scores over time"))
        self.trend_table.setAccessibleName(self.tr("Table: factor scores over time"))
        if self._made:
            self._retranslate_comparing()
        self.steps_hint.setText(self.tr(
            "Solid line: higher is better. Dashed: higher = more strain. Dash-dot: a profile, "
            "neither better nor worse. ○ on a line: a next step for that factor was set in "
            "that reflection. Open a table row (Enter or double-click) to read that reflection."))
        self.open_button.setText(self.tr("&Open this reflection"))
        self.open_button.setAccessibleName(self.tr("Open the reflection of the selected table row"))
        self.save_button.setText(self.tr("&Save chart as PNG or SVG…"))
        self.save_button.setAccessibleName(self.tr("Save the chart shown as a PNG or SVG file"))
        if team is None:
            self.history_button.setText(self.tr("My &reflections"))
            self.history_button.setAccessibleName(self.tr("Show the list of my reflections"))
        else:
            self.history_button.setText(self.tr("The team's &reflections"))
            self.history_button.setAccessibleName(self.tr("Show the list of the team's reflections"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self._fill_pickers()
        # the scrolling pane is never narrower than its buttons and combo box need
        self.left_scroll.setMinimumWidth(self.left_scroll.widget().minimumSizeHint().width()
                                         + self.left_scroll.verticalScrollBar().sizeHint().width())

    def _retranslate_comparing(self) -> None:
        self._profile_canvas.setAccessibleName(self.tr("Chart: latest profile against an earlier reflection"))
        self._profile_table.setAccessibleName(self.tr("Table: latest profile against an earlier reflection"))
        self._items_table.setAccessibleName(self.tr("Table: statements that moved most"))
        self._steps_table.setAccessibleName(self.tr("Table: next steps linked to the chosen factors"))
        self._profile_table.setHorizontalHeaderLabels(
            [self.tr("Factor"), self.tr("Latest"), self.tr("Earlier"), self.tr("Change")])
        self._items_table.setHorizontalHeaderLabels(
            [self.tr("Statement"), self.tr("Factor"), self.tr("Earlier"), self.tr("Latest"),
             self.tr("Change"), self.tr("Note")])
        self._steps_table.setHorizontalHeaderLabels(
            [self.tr("Factor"), self.tr("Set in"), self.tr("Next step"), self.tr("By"),
             self.tr("What became of it"), self.tr("What I learned")])

    def _fill_pickers(self) -> None:
        previous_choice = self.chosen_factors() if self.factor_list.count() else None
        previous_compare = self.compare.currentData()
        self._building = True
        self.factor_list.clear()
        for fid in self.covered:
            item = QListWidgetItem(self._style_icon(fid), self.factor_label(fid))
            item.setToolTip(self.factor_label(fid))
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
        if default is None and len(self.ordered) >= 2:
            default = self.ordered[-2].id
        self._building = True
        self.compare.setCurrentIndex(max(0, self.compare.findData(default)))
        self._building = False
        self._comparison_changed(self.compare.currentIndex())
        self._update_save()
        self._update_open()
