"""Two optional panels of a workshop statement: the team's released spread (from the linked
round's collated summary, shown only where it was released) and the anonymous card count the
facilitator enters (the room's own result, kept apart from collated figures)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from hype_desktop.collation.workshop_votes import MAX_CARDS, VALUES
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.widgets import Retranslating, plain_label


def released_spread(ctx: AppContext, round_uid: str) -> dict[str, tuple[int, ...]]:
    """item id -> people per answer 1..5 in the round's last saved summary, where it was shown."""
    if not round_uid:
        return {}
    saved = ctx.services.team().last_collation(round_uid)
    if saved is None:
        return {}
    return {a["id"]: tuple(a["distribution"]) for a in saved.summary.get("items", [])
            if isinstance(a, dict) and a.get("distribution")}


class SpreadPanel(Retranslating, QWidget):
    """A button that shows or hides how the team's shared answers spread on this statement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.text = plain_label()
        self.text.setVisible(False)
        self.toggle.toggled.connect(self.text.setVisible)
        layout.addWidget(self.toggle)
        layout.addWidget(self.text)
        self.counts: tuple[int, ...] | None = None
        self.retranslate()

    def show_counts(self, counts: tuple[int, ...] | None) -> None:
        self.counts = counts
        self.setVisible(counts is not None)
        self._text()

    def _text(self) -> None:
        if self.counts is None:
            return
        parts = "   ".join(f"{v}: {c}" for v, c in enumerate(self.counts, 1))
        self.text.setText(self.tr("In the members' shared answers (collated, %1 people): %2")
                          .replace("%1", str(sum(self.counts))).replace("%2", parts))

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Show the team's spread"))
        self.toggle.setAccessibleName(self.tr("Show or hide how the members' shared answers spread on this "
                                              "statement"))
        self._text()


class VotePanel(Retranslating, QWidget):
    """How many cards showed each value: 1..5 and "does not apply"; saved as it changes."""

    changed = Signal(list)

    def __init__(self, na_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.caption = plain_label()
        grid.addWidget(self.caption, 0, 0, 1, VALUES)
        self.spins: list[QSpinBox] = []
        self.labels = []
        for n in range(VALUES):
            spin = QSpinBox()
            spin.setRange(0, MAX_CARDS)
            label = plain_label(str(n + 1) if n < 5 else na_label, wrap=False)
            label.setBuddy(spin)
            grid.addWidget(label, 1, n)
            grid.addWidget(spin, 2, n)
            spin.valueChanged.connect(self._changed)
            self.spins.append(spin)
            self.labels.append(label)
        self._loading = False
        self.retranslate()

    def set_counts(self, counts: list[int] | None) -> None:
        self._loading = True
        for spin, c in zip(self.spins, counts or [0] * VALUES):
            spin.setValue(c)
        self._loading = False

    def counts(self) -> list[int]:
        return [s.value() for s in self.spins]

    def _changed(self, _value: int) -> None:
        if not self._loading:
            self.changed.emit(self.counts())

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Cards shown in the room (an anonymous count, kept apart from the "
                                     "collated results):"))
        for n, spin in enumerate(self.spins):
            value = str(n + 1) if n < 5 else self.labels[n].text()
            spin.setAccessibleName(self.tr("Cards showing %1").replace("%1", value))
