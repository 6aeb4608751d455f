"""Opening a lead's invitation when one already has a finished reflection that fits the round:
start the round's reflection, or use that one (finished within the round's dates and covering
its modules; a quick check-in counts when it does)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.reflection import Reflection, Round
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import occasion_name
from hype_desktop.ui.widgets import Retranslating, heading, plain_label


class InvitationDialog(Retranslating, QDialog):
    start_new = Signal()
    use_requested = Signal(int)  # reflection id

    def __init__(self, ctx: AppContext, invited: Round, reusable: list[Reflection],
                 parent: QWidget | None = None, *, fingerprint: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.invited, self.reusable = ctx, invited, reusable
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.title = heading()
        self.fingerprint = plain_label(fingerprint, role="hint")  # said in the caller's words
        self.fingerprint.setVisible(bool(fingerprint))
        self.intro = plain_label()
        self.list_caption = plain_label(wrap=False)
        self.choices = QListWidget()
        self.list_caption.setBuddy(self.choices)
        self.note = plain_label(role="hint")
        for w in (self.title, self.fingerprint, self.intro, self.list_caption, self.choices, self.note):
            layout.addWidget(w)
        bar = QHBoxLayout()
        self.cancel_button, self.new_button, self.use_button = QPushButton(), QPushButton(), QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.new_button.clicked.connect(self._new)
        self.use_button.clicked.connect(self._use)
        self.choices.itemActivated.connect(lambda _i: self._use())
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.use_button)
        layout.addLayout(bar)
        self.resize(620, 420)
        self.retranslate()
        self.choices.setCurrentRow(0)
        self.new_button.setDefault(True)

    def _new(self) -> None:
        self.accept()
        self.start_new.emit()

    def _use(self) -> None:
        item = self.choices.currentItem()
        if item is None:
            return
        self.accept()
        self.use_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        r = self.invited
        self.setWindowTitle(self.tr("Team round invitation"))
        self.title.setText(self.tr("Invitation: team %1, %2").replace("%1", r.team_code)
                           .replace("%2", occasion_name(r.phase, r.label)))
        self.intro.setText(self.tr(
            "You can start the round's reflection now, or use a reflection you have already finished: "
            "these fit the round's dates and cover all its modules."))
        self.list_caption.setText(self.tr("&Finished reflections that fit:"))
        self.choices.setAccessibleName(self.tr("Finished reflections that fit the round"))
        self.note.setText(self.tr(
            "A reflection you use becomes this round's reflection. Nothing is sent: you choose what to "
            "share on its summary."))
        row = self.choices.currentRow()
        self.choices.clear()
        for ref in self.reusable:
            when = self.ctx.fmt_date(ref.finished_at or ref.started_at)
            item = QListWidgetItem(f"{occasion_name(ref.round.phase, ref.round.label)} · {when}")
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            self.choices.addItem(item)
        self.choices.setCurrentRow(row)
        self.cancel_button.setText(self.tr("Cancel"))
        self.new_button.setText(self.tr("&Start the round's reflection"))
        self.use_button.setText(self.tr("&Use the chosen reflection"))
