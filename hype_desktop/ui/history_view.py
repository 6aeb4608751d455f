"""History: one's reflections, newest first; open, correct, continue or delete one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QAbstractItemView, QHBoxLayout, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from hype_desktop.domain.reflection import Reflection
from hype_desktop.store.history import HistoryReader
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import phase_name
from hype_desktop.ui.widgets import Retranslating, heading, plain_label


class HistoryView(Retranslating, QWidget):
    """Emits what the user wants done; the main window switches views."""

    open_requested = Signal(int)      # read a finished reflection (its summary)
    correct_requested = Signal(int)   # reopen a finished reflection to correct answers
    continue_requested = Signal(int)  # continue an unfinished one
    trends_requested = Signal()
    home_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflections: list[Reflection] = []
        layout = QVBoxLayout(self)
        self.title = heading()
        layout.addWidget(self.title)
        self.intro = plain_label()
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = plain_label()
        layout.addWidget(self.empty)
        bar = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.trends_button = QPushButton()
        self.trends_button.clicked.connect(self.trends_requested)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        for b in (self.open_button, self.correct_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.trends_button)
        bar.addWidget(self.home_button)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        self.reflections = HistoryReader(self.ctx.store.db).history(self.ctx.profile_id)
        self.retranslate()
        if self.reflections:
            self.table.selectRow(0)

    def selected(self) -> Reflection | None:
        rows = self.table.selectionModel().selectedRows()
        return self.reflections[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        (self.open_requested if r.finished else self.continue_requested).emit(r.id)

    def correct_selected(self) -> None:
        r = self.selected()
        if r is not None and r.finished:
            self.correct_requested.emit(r.id)

    def delete_selected(self, *, confirm: bool = True) -> bool:
        """Delete the selected reflection for real, after the user confirms."""
        r = self.selected()
        if r is None:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete reflection"), "",
                              QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(self.tr(
                "Delete the reflection “%1” of %2? Its answers, notes and next steps are removed "
                "from this computer for good. This cannot be undone.")
                .replace("%1", self._occasion(r)).replace("%2", self.ctx.fmt_date(self._when(r))))
            delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not delete:
                return False
        row = self.reflections.index(r)
        self.ctx.store.delete(r.id)
        self.reload()
        if self.reflections:
            self.table.selectRow(min(row, len(self.reflections) - 1))
        return True

    def _update_buttons(self) -> None:
        r = self.selected()
        self.open_button.setEnabled(r is not None)
        self.correct_button.setEnabled(r is not None and r.finished)
        self.delete_button.setEnabled(r is not None)
        if r is not None and not r.finished:
            self.open_button.setText(self.tr("&Continue"))
        else:
            self.open_button.setText(self.tr("&Open"))

    @staticmethod
    def _when(r: Reflection):  # noqa: ANN205
        return r.round.date

    @staticmethod
    def _occasion(r: Reflection) -> str:
        return phase_name(r.round.phase) + (f" – {r.round.label}" if r.round.label else "")


    def retranslate(self) -> None:
        ctx, inst, lang = self.ctx, self.ctx.instrument, self.ctx.lang
        self.title.setText(self.tr("My reflections"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(self.tr(
            "Newest first. Open one to read it; correct a finished one if an answer was not what "
            "you meant (the correction time is kept)."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Occasion"), self.tr("Modules"), self.tr("State")])
        self.table.setAccessibleName(self.tr("My reflections, newest first"))
        self.table.setRowCount(len(self.reflections))
        titles = {m.id: m.title.get(lang) for m in inst.modules}
        for row, r in enumerate(self.reflections):
            if not r.finished:
                state = self.tr("Unfinished")
            elif r.corrected_at:
                state = self.tr("Finished %1, corrected %2").replace(
                    "%1", ctx.fmt_date(r.finished_at)).replace("%2", ctx.fmt_date(r.corrected_at))
            else:
                state = self.tr("Finished %1").replace("%1", ctx.fmt_date(r.finished_at))
            cells = [ctx.fmt_date(self._when(r)), self._occasion(r),
                     ", ".join(titles.get(m, m) for m in r.modules), state]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the modules may be elided
                self.table.setItem(row, col, item)
        # Date, occasion and state fit their text; the module list takes the rest (elided, with
        # a tooltip) so the state column is never pushed off the screen.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col, mode in enumerate([QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents]):
            header.setSectionResizeMode(col, mode)
        self.table.setVisible(bool(self.reflections))
        self.empty.setVisible(not self.reflections)
        self.empty.setText(self.tr(
            "No reflections yet. When you have made one, it is listed here, and you can come back "
            "to read or correct it."))
        self.open_button.setAccessibleName(self.tr("Open the selected reflection"))
        self.correct_button.setText(self.tr("Co&rrect answers"))  # Alt+O is Open
        self.correct_button.setAccessibleName(self.tr("Reopen the selected finished reflection to correct answers"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected reflection"))
        self.trends_button.setText(self.tr("Change over &time"))
        self.trends_button.setAccessibleName(self.tr("Show change over time"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self._update_buttons()
