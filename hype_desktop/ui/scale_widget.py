"""The answer control for one statement: 1–5 agreement or 'not applicable'.

One focus stop per statement: the widget itself takes focus (a visible frame), the
number keys 1–5 and N answer, Left/Right move along the scale. Its accessible name is
the statement, and its description says the chosen answer in words, not only a number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

NA = 0  # button id of 'not applicable'


class ScaleWidget(QWidget):
    """Emits ``answered(value, not_applicable)`` when the user picks an answer."""

    answered = Signal(object, bool)

    def __init__(self, statement: str, labels: dict[int, str], na_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scale")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#scale { border: 2px solid transparent; border-radius: 4px; }"
                           "#scale:focus { border: 2px solid palette(highlight); }")
        self._statement = statement
        self._labels = labels
        self._na_label = na_label
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for value in (1, 2, 3, 4, 5, NA):
            button = QRadioButton(str(value) if value else na_label, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(labels.get(value, na_label))
            button.setAccessibleName(self._words(value))
            self._group.addButton(button, value)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self._clicked)
        self._refresh_accessibility()

    def _words(self, value: int) -> str:
        return f"{value} – {self._labels[value]}" if value else self._na_label

    def value(self) -> tuple[int | None, bool]:
        """(value, not_applicable); (None, False) when unanswered."""
        checked = self._group.checkedId()
        if checked == -1:
            return None, False
        return (None, True) if checked == NA else (checked, False)

    def set_value(self, value: int | None, not_applicable: bool) -> None:
        """Show a stored answer without emitting ``answered``."""
        target = NA if not_applicable else value
        if target is None:
            self._group.setExclusive(False)
            for b in self._group.buttons():
                b.setChecked(False)
            self._group.setExclusive(True)
        else:
            self._group.button(target).setChecked(True)
        self._refresh_accessibility()

    def _clicked(self, button_id: int) -> None:
        self._choose(button_id)

    def _choose(self, button_id: int) -> None:
        self._group.button(button_id).setChecked(True)
        self._refresh_accessibility()
        if button_id == NA:
            self.answered.emit(None, True)
        else:
            self.answered.emit(button_id, False)

    def _refresh_accessibility(self) -> None:
        self.setAccessibleName(self._statement)
        checked = self._group.checkedId()
        if checked == -1:
            desc = self.tr("Not answered yet. Press 1 to 5, or N for not applicable.")
        else:
            desc = self.tr("Answer: %1").replace("%1", self._words(checked))
        self.setAccessibleDescription(desc)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._choose(key - Qt.Key.Key_0)
            return
        if key == Qt.Key.Key_N and not event.modifiers():
            self._choose(NA)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():
            current = self._group.checkedId()
            order = [1, 2, 3, 4, 5, NA]
            idx = order.index(current) if current in order else (-1 if key == Qt.Key.Key_Right else 0)
            idx = max(0, min(len(order) - 1, idx + (1 if key == Qt.Key.Key_Right else -1)))
            self._choose(order[idx])
            return
        super().keyPressEvent(event)
