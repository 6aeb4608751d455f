"""The trend view's numbers: the lines as columns (thousands of reflections), as a table model,
and the read-only tables of the comparing tabs.

Every chart of the trend view has one of these beside it with the same numbers, so nothing
is only a picture. Column headers are never cut: long (Finnish) factor names wrap onto
several lines and the column is as wide as its longest line.
"""

from __future__ import annotations

import textwrap
import weakref
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

from hype_desktop.charts.trend import TrendLine

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from hype_desktop.domain.trends import Occasion
    from hype_desktop.store.history import TrendData

HEADER_CHARS = 22  # a header line's width in characters; longer names wrap


class TrendColumns:
    """The lines as columns, from one read (store.history.TrendData): reflections in time
    order, per factor its scores where covered, and where next steps were set."""

    def __init__(self, data: TrendData) -> None:
        import numpy as np

        self.ordered, self.series, self.step_positions = data
        self.times = np.fromiter((o.x for o in self.ordered), float, len(self.ordered))
        self._columns: dict[str, tuple[NDArray[Any], NDArray[Any]]] = {}

    def column(self, fid: str) -> tuple[NDArray[Any], NDArray[Any]]:
        """One factor over all reflections in time order: scores (NaN = no score), covered."""
        import numpy as np

        got = self._columns.get(fid)
        if got is None:
            n = len(self.ordered)
            scores, covered = np.full(n, np.nan), np.zeros(n, dtype=bool)
            pos, means = self.series.get(fid, (np.empty(0, np.int64), np.empty(0)))
            scores[pos], covered[pos] = means, True
            got = self._columns[fid] = (scores, covered)
        return got

    def line(self, fid: str, label: str, direction: str, style_index: int) -> TrendLine:
        """A factor's line for the chart, with a ring where a next step was set."""
        import numpy as np

        pos, means = self.series[fid]
        steps = self.step_positions.get(fid, np.empty(0, np.int64))
        return TrendLine(label, self.times[pos], means, direction, style_index=style_index,
                         event_x=self.times[steps], event_y=self.column(fid)[0][steps])


class TrendSource(Protocol):
    """What the lines table reads its cells from (the trend view)."""

    def occasion_text(self, occasion: Occasion) -> str: ...
    def score_text(self, value: float | None) -> str: ...
    def column(self, fid: str) -> tuple[NDArray[Any], NDArray[Any]]: ...


def wrapped_header(text: str, width: int = HEADER_CHARS) -> str:
    """A header on as many lines as it needs (words kept whole where they fit)."""
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=True)) or text


class TrendTableModel(QAbstractTableModel):
    """The trend chart as numbers: a row per reflection (newest first), a column per chosen
    factor. Cells are looked up when shown (thousands of rows)."""

    def __init__(self, source: TrendSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = weakref.ref(source)  # not a strong one: the model would keep the view alive
        self.rows: list[Occasion] = []
        self.headers: list[str] = []
        self.factor_ids: list[str] = []
        self.when_header = ""

    def set_data(self, when_header: str, headers: list[str], rows: list[Occasion], factor_ids: list[str]) -> None:
        """Rows newest first; the source's columns of ``factor_ids`` give the cells."""
        self.beginResetModel()
        self.when_header, self.headers, self.rows, self.factor_ids = when_header, headers, rows, factor_ids
        self.endResetModel()

    def occasion(self, row: int) -> Occasion:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self._source()
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or source is None:
            return None
        row = index.row()
        if index.column() == 0:
            return source.occasion_text(self.rows[row])
        scores, covered = source.column(self.factor_ids[index.column() - 1])
        i = len(self.rows) - 1 - row  # rows are newest first; columns in time order
        if not covered[i]:
            return self.tr("not covered")
        value = scores[i]
        return source.score_text(None if value != value else float(value))  # NaN: no score

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        full = self.when_header if section == 0 else self.headers[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrapped_header(full)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return full
        return None


def lines_table(model: TrendTableModel) -> QTableView:
    """The lines as a table: whole rows selected, headers wrapped and never elided."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; Ctrl+Tab switches tabs
    header = table.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSize(QSize(0, 0))
    return table


def comparing_table(columns: int, stretch: tuple[int, ...] = (), wide: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only table of a comparing tab: text columns stretch (and wrap), short ones fit."""
    t = QTableWidget(0, columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    header = t.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
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
