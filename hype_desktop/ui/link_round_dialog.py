"""Link a finished team reflection (workshop mode) to a collated round afterwards, or unlink it.

For a facilitator who forgot to pick the "Collated round" before starting, or ran the workshop
before the lead collated and saved the members' files. Linked, the workshop can go into that
round's team PDF (Team view, `collate --with-workshop`). Only a team's reflections: a person's
own are never linked (the store refuses them too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.reflection import Reflection
from hype_desktop.ui.a11y import announce
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import occasion_name, phase_name
from hype_desktop.ui.widgets import Retranslating, heading, plain_label

if TYPE_CHECKING:
    from hype_desktop.store.team import TeamRound


def collated_rounds(ctx: AppContext) -> list[TeamRound]:
    """The collated rounds of this database, newest first (the ones a workshop can be linked to)."""
    return list(reversed(ctx.services.team().rounds()))


def round_text(ctx: AppContext, team_round: TeamRound) -> str:
    """Team code · phase · label · date, as the workshop's round picker shows a round."""
    r = team_round.round
    return " · ".join(x for x in (r.team_code, phase_name(r.phase), r.label, ctx.fmt_date(r.date)) if x)


def fill_round_picker(ctx: AppContext, combo: QComboBox, rounds: list[TeamRound], none_text: str) -> None:
    """``none_text`` first, then ``rounds`` as round_text() shows them; the choice kept, no signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for team_round in rounds:
        combo.addItem(round_text(ctx, team_round), team_round.round.round_uid)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class LinkRoundDialog(Retranslating, QDialog):
    """A list: "Not linked" first, then the collated rounds, newest first; the current link chosen.

    Opened window-modal with open(); on OK the link is stored at once and ``linked`` is emitted
    with the reflection as it is now."""

    linked = Signal(object)  # Reflection

    def __init__(self, ctx: AppContext, reflection: Reflection, rounds: list[TeamRound],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection = reflection
        self.rounds = rounds
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.title = heading(size=1.2)  # the dialog's name, where a screen reader's H key finds it
        layout.addWidget(self.title)
        self.intro = plain_label()
        layout.addWidget(self.intro)
        self.list_label = plain_label(wrap=False)
        layout.addWidget(self.list_label)
        self.choices = QListWidget()
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        self.list_label.setBuddy(self.choices)
        layout.addWidget(self.choices, 1)
        self.note = plain_label(role="progress")
        layout.addWidget(self.note)
        self.problem = plain_label(role="warning")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choices.currentRowChanged.connect(self._update_ok)
        self.resize(640, 420)
        self.retranslate()
        current = reflection.round.round_uid
        uids = [""] + [t.round.round_uid for t in rounds]
        # a link to a round this database no longer knows: nothing chosen until the user picks
        self.choices.setCurrentRow(uids.index(current) if current in uids else -1)
        self.choices.setFocus()

    def chosen_uid(self) -> str | None:
        """The chosen round's id, "" for "not linked", None when nothing is chosen."""
        item = self.choices.currentItem()
        uid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return uid if isinstance(uid, str) else None

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen_uid() is not None)

    def accept(self) -> None:
        uid = self.chosen_uid()
        if uid is None:
            return
        try:
            self.reflection = self.ctx.store.link_round(self.reflection.id, uid)
        except (KeyError, ValueError):  # deleted or changed meanwhile (e.g. in a second window)
            self.problem.setText(self.tr("This reflection cannot be linked any more; nothing was changed."))
            self.problem.show()
            announce(self, self.problem.text(), assertive=True)
            return
        super().accept()
        self.linked.emit(self.reflection)

    def retranslate(self) -> None:
        r = self.reflection.round
        self.setWindowTitle(self.tr("Link to a collated round"))
        self.title.setText(self.windowTitle())
        self.intro.setText(self.tr(
            "Link the team's reflection “%1” of %2 to a round the team lead collated and saved in the "
            "Team view. Then it can go into that round's team PDF, next to the collated results.")
            .replace("%1", occasion_name(r.phase, r.label))
            .replace("%2", self.ctx.fmt_date(r.date)))
        self.list_label.setText(self.tr("Collated &round:"))
        self.choices.setAccessibleName(self.tr("Collated round to link the team's reflection to"))
        self.note.setText(self.tr(
            "The reflection keeps its date, name and answers; its occasion becomes the linked "
            "round's. Choose “Not linked” to take the link away."))
        row = self.choices.currentRow()
        self.choices.blockSignals(True)
        self.choices.clear()
        item = QListWidgetItem(self.tr("Not linked"))
        item.setData(Qt.ItemDataRole.UserRole, "")
        self.choices.addItem(item)
        for team_round in self.rounds:
            item = QListWidgetItem(round_text(self.ctx, team_round))
            item.setData(Qt.ItemDataRole.UserRole, team_round.round.round_uid)
            self.choices.addItem(item)
        self.choices.setCurrentRow(row)
        self.choices.blockSignals(False)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save link"))
        ok.setAccessibleName(self.tr("Save the chosen link"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without changing the link"))
        self._update_ok()
