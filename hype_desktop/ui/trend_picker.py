"""The trend view's side pane: which factors to show (the list is the charts' key: each factor
with its line's colour, marker and dash) and which earlier reflection to compare the latest with.

A choice is told once (``factors_changed``, ``comparison_changed``), also when all factors
are ticked at once. At large zoom the pane scrolls instead of squeezing the list to one row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.ui.widgets import plain_label


class FactorPicker(QScrollArea):
    factors_changed = Signal()
    comparison_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._building = False
        pane = QWidget()
        lv = QVBoxLayout(pane)
        lv.setContentsMargins(0, 0, 0, 0)
        self.factors_caption = plain_label(wrap=True)
        lv.addWidget(self.factors_caption)
        self.factor_list = QListWidget()
        # Long (Finnish) factor names wrap instead of being cut off behind a scroll bar.
        self.factor_list.setWordWrap(True)
        self.factor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.factor_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.factor_list.itemChanged.connect(self._item_changed)
        self.factors_caption.setBuddy(self.factor_list)
        lv.addWidget(self.factor_list, 1)
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
        self.compare.currentIndexChanged.connect(self._compare_changed)
        self.compare_caption.setBuddy(self.compare)
        lv.addWidget(self.compare)
        self.hint = plain_label(wrap=True)  # how to read the charts, after the choices
        lv.addWidget(self.hint)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(pane)

    # Slots are methods, not lambdas holding ``self`` (PySide keeps a connected lambda alive).
    def _select_all(self) -> None:
        self.select_factors(None)

    def _select_none(self) -> None:
        self.select_factors([])

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._building:
            self.factors_changed.emit()

    def _compare_changed(self, _index: int) -> None:
        if not self._building:
            self.comparison_changed.emit()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Choose what the charts show"))
        self.factors_caption.setText(self.tr("Factors to show:"))
        self.compare_caption.setText(self.tr("Compare the latest with:"))
        self.all_button.setText(self.tr("&All"))
        self.all_button.setAccessibleName(self.tr("Show all factors"))
        self.none_button.setText(self.tr("&None"))
        self.none_button.setAccessibleDescription(self.tr("Show no factors"))
        self.factor_list.setAccessibleName(self.tr("Factors to show in the chart"))
        self.factor_list.setMinimumHeight(self.fontMetrics().height() * 8)  # several rows at any zoom
        self.compare.setAccessibleName(self.tr("Earlier reflection to compare the latest with"))
        self.hint.setText(self.tr(
            "One small chart per factor, all on the same time line. Solid line: higher is better. "
            "Dashed: higher = more strain. Dash-dot: a profile, neither better nor worse. ○ on a "
            "line: a next step for that factor was set in that reflection. Dotted lines: workshop "
            "rounds (every one is in the table). Open a table row (Enter or double-click) to read "
            "that reflection."))

    def fit_width(self) -> None:
        """Never narrower than the buttons and the combo box need."""
        pane = self.widget()
        if pane is not None:
            self.setMinimumWidth(pane.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width())

    def chosen_factors(self) -> list[str]:
        return [self.factor_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.factor_list.count())
                if self.factor_list.item(i).checkState() == Qt.CheckState.Checked]

    def select_factors(self, factor_ids: list[str] | None) -> None:
        """Tick exactly these factors (None: all); told once."""
        self._building = True
        for i in range(self.factor_list.count()):
            item = self.factor_list.item(i)
            on = factor_ids is None or item.data(Qt.ItemDataRole.UserRole) in factor_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._building = False
        self.factors_changed.emit()

    def set_icons(self, icon: dict[str, QIcon]) -> None:
        for i in range(self.factor_list.count()):
            item = self.factor_list.item(i)
            item.setIcon(icon[item.data(Qt.ItemDataRole.UserRole)])

    def fill(self, factors: list[tuple[str, str, QIcon]], default_choice: list[str],
             earlier: list[tuple[str, int]], default_compare: int | None) -> None:
        """Factors as (id, label, key icon) and earlier reflections as (text, id), newest first.
        The choices made before stay where they still can; otherwise the defaults."""
        previous_choice = self.chosen_factors() if self.factor_list.count() else None
        previous_compare = self.compare.currentData()
        self._building = True
        self.factor_list.clear()
        for fid, label, icon in factors:
            item = QListWidgetItem(icon, label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, fid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.factor_list.addItem(item)
        self.compare.clear()
        self.compare.addItem(self.tr("— nothing (latest only) —"), None)
        for text, rid in earlier:
            self.compare.addItem(text, rid)
        self.compare.setCurrentIndex(max(0, self.compare.findData(
            previous_compare if previous_compare is not None else default_compare)))
        self._building = False
        self.select_factors(previous_choice if previous_choice is not None else default_choice)

    def clear(self) -> None:
        """Empty both pickers without telling anyone (another profile's reflections follow)."""
        self._building = True
        self.factor_list.clear()
        self.compare.clear()
        self._building = False
