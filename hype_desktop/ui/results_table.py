"""Results as a table a screen reader can walk: a Tab stop, column headers, one row per result.

A picture of scores (bars, dots, a chart) says nothing to a blind user, and a grid of loose
labels is read as unrelated text that Tab never reaches. Every view that shows results puts
this table beside its picture: arrow keys move from cell to cell and the screen reader reads
each cell with its column header and the row's first cell (the factor) as its row header.
It is sized to show every row, so the page scrolls and the table itself never does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QTableView, QWidget

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    """Plain text cells under column headers; the first cell of a row names the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []

    def set_results(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._headers = [str(h) for h in headers]
        width = len(self._headers)
        self._rows = [[str(c) for c in row][:width] + [""] * (width - len(row)) for row in rows]
        self.endResetModel()

    def headers(self) -> list[str]:
        return list(self._headers)

    def rows(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        # The row's header is its first cell (the factor), never an empty number column.
        return self._rows[section][0] if 0 <= section < len(self._rows) and self._rows[section] else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ResultsTable(QTableView):
    """A read-only results table, one Tab stop, named by its caption (e.g. "Scores by factor")."""

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsTable")
        self.results = ResultsModel(self)
        self.setModel(self.results)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.set_caption(caption)

    def set_caption(self, caption: str) -> None:
        """The table's accessible name: what a screen reader says on entering it."""
        self.setAccessibleName(caption)

    def set_results(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
                    *, caption: str | None = None) -> None:
        if caption is not None:
            self.set_caption(caption)
        self.results.set_results(headers, rows)
        self._fit()
        if rows and headers:
            # Focus arriving reads the first cell; nothing looks selected until the user moves.
            self.selectionModel().setCurrentIndex(self.results.index(0, 0),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)

    def _fit(self) -> None:
        header = self.horizontalHeader()
        columns = self.results.columnCount()
        if columns:
            self.resizeColumnsToContents()
            # Short columns (scores) keep their width; long text shares what is left.
            share = max(80, self.viewport().width() // max(1, columns))
            for c in range(columns - 1):
                header.resizeSection(c, min(header.sectionSize(c), max(share, 120)))
        self.resizeRowsToContents()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        header = self.horizontalHeader()
        height = header.sizeHint().height() if not header.isHidden() else 0
        height += sum(self.rowHeight(r) for r in range(self.results.rowCount()))
        return QSize(hint.width(), height + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

