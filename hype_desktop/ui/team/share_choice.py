"""Two different shares of one person: the collator chooses which one counts.

The collation refuses such a person until someone chooses (never the newer one silently). The
dialog shows each share only by when it was finished and which file it came from (or that it
is the share saved earlier): nothing of what it says, so choosing reveals no answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.messages import printable
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.widgets import Retranslating, heading, plain_label

if TYPE_CHECKING:
    from hype_desktop.collation.intake import Conflict


class ShareChoiceDialog(Retranslating, QDialog):
    """One group of radio buttons per person with two shares; "Use the chosen shares" is
    enabled once every person has one chosen."""

    def __init__(self, ctx: AppContext, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.conflicts = ctx, list(conflicts)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.title = heading()
        self.intro = plain_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.boxes: list[QGroupBox] = []
        self.groups: list[QButtonGroup] = []
        self.options: list[list[QRadioButton]] = []
        for conflict in self.conflicts:
            box = QGroupBox()
            box_layout = QVBoxLayout(box)
            group = QButtonGroup(box)
            buttons = []
            for n, _entry in enumerate(conflict.entries):
                button = QRadioButton()
                group.addButton(button, n)
                box_layout.addWidget(button)
                buttons.append(button)
            group.idToggled.connect(lambda _id, _on: self._update())
            body_layout.addWidget(box)
            self.boxes.append(box)
            self.groups.append(group)
            self.options.append(buttons)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.note = plain_label(role="hint")
        layout.addWidget(self.note)
        bar = QHBoxLayout()
        self.cancel_button, self.use_button = QPushButton(), QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.use_button.clicked.connect(self.accept)
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        bar.addWidget(self.use_button)
        layout.addLayout(bar)
        self.resize(560, min(560, 260 + 90 * len(self.conflicts)))
        self.retranslate()
        self._update()

    def _update(self) -> None:
        self.use_button.setEnabled(all(g.checkedId() >= 0 for g in self.groups))

    def chosen(self) -> tuple[list[Path], list[str]]:
        """The files chosen, and the people whose share saved earlier was chosen (their codes
        go back to the collation only, never on screen)."""
        files: list[Path] = []
        keep: list[str] = []
        for conflict, group in zip(self.conflicts, self.groups):
            if group.checkedId() < 0:
                continue
            path, _when = conflict.entries[group.checkedId()]
            if path is None:
                keep.append(conflict.pseudonym)
            else:
                files.append(path)
        return files, keep

    def _when(self, iso: str) -> str:
        try:
            t = datetime.fromisoformat(iso)
        except ValueError:
            return iso
        qt = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))
        return self.ctx.language.locale().toString(qt, self.ctx.language.locale().FormatType.ShortFormat)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Two shares of one person"))
        self.title.setText(self.tr("Choose which share counts"))
        self.intro.setText(self.tr(
            "One person sent two different shares for this round. Choose the one that counts; the other "
            "is not used. Only when each was finished is shown, nothing of what it says; usually the later "
            "one is a corrected share."))
        many = len(self.conflicts) > 1
        for n, (conflict, box, buttons) in enumerate(zip(self.conflicts, self.boxes, self.options), 1):
            box.setTitle(self.tr("Person %1").replace("%1", str(n)) if many else self.tr("The two shares"))
            for (path, when), button in zip(conflict.entries, buttons):
                where = self.tr("the share saved earlier") if path is None else printable(path.name).replace("&", "&&")
                button.setText(self.tr("Finished %1 — %2").replace("%1", self._when(when)).replace("%2", where))
        self.note.setText(self.tr("The collation runs again with your choice."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.use_button.setText(self.tr("&Use the chosen shares"))
        self.use_button.setAccessibleDescription(self.tr("Collate again with the chosen shares"))
