"""Rounds: the team rounds of this data folder across the year's process, with their status:
shares received, whether the minimum group sizes are reached, summary released, workshop linked.
A table (read by screen readers cell by cell), not a picture."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import occasion_name
from hype_desktop.ui.team import round_actions as actions
from hype_desktop.ui.widgets import WIDE, Retranslating, centred_page, heading, plain_label


class RoundsView(Retranslating, QWidget):
    home_requested = Signal()
    new_round_requested = Signal()
    collate_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statuses: list[actions.RoundStatus] = []
        layout = centred_page(self, WIDE)
        self.title = heading()
        self.intro = plain_label()
        self.empty = plain_label(role="hint")
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        for w in (self.title, self.intro, self.empty):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.home_button, self.new_button, self.collate_button = QPushButton(), QPushButton(), QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        self.new_button.clicked.connect(self.new_round_requested)
        self.collate_button.clicked.connect(self.collate_requested)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        bar.addWidget(self.collate_button)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.retranslate()

    def refresh(self) -> None:
        self.statuses = actions.round_statuses(self.ctx)
        self.empty.setVisible(not self.statuses)
        self.table.setVisible(bool(self.statuses))
        self.table.setRowCount(len(self.statuses))
        for row, st in enumerate(self.statuses):
            for col, value in enumerate(self.row_texts(st)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def row_texts(self, st: actions.RoundStatus) -> list[str]:
        r = st.round
        shares = (self.tr("%1 of %2").replace("%1", str(st.shares)).replace("%2", str(st.members))
                  if st.members else str(st.shares))
        if st.deadline is not None:
            late = st.deadline < date.today()
            shares += " · " + (self.tr("was due %1") if late else self.tr("due %1")).replace(
                "%1", self.ctx.fmt_date(st.deadline))
        if st.detail_reached:
            sizes = self.tr("reached (scores, distributions and text)")
        elif st.scores_reached:
            sizes = self.tr("scores only (distributions and text from %1)").replace("%1", str(st.sizes.k_detail))
        else:
            sizes = self.tr("not yet (scores from %1)").replace("%1", str(st.sizes.k_scores))
        released = (self.tr("released %1").replace("%1", self.ctx.fmt_date(date.fromisoformat(st.released)))
                    if st.released else self.tr("not yet"))
        workshop = self.tr("linked") if st.workshop else self.tr("not linked")
        return [r.team_code, occasion_name(r.phase, r.label), self.ctx.fmt_date(r.date), shares, sizes,
                released, workshop]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Team rounds"))
        self.intro.setText(self.tr(
            "The rounds you created or collated on this computer. Shares count the people whose file "
            "was collated; the group results appear once enough people have shared."))
        self.empty.setText(self.tr("No rounds yet. Create one with “New team round…”."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Team"), self.tr("Occasion"), self.tr("Date"), self.tr("Shares"),
            self.tr("Group sizes"), self.tr("Summary"), self.tr("Workshop")])
        self.table.setAccessibleName(self.tr("Team rounds and their status"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.new_button.setText(self.tr("&New team round…"))
        self.new_button.setAccessibleName(self.tr("Create a new team round and its invitation"))
        self.collate_button.setText(self.tr("&Collate shares…"))
        self.collate_button.setAccessibleName(self.tr("Open the team results to collate members' share files"))
        self.refresh()
