"""The answer control for one statement: a segmented 1–5 scale and, apart, 'not applicable'.

It is a radio group, as a screen reader expects: the group is named by the statement with its
position and factor ("Statement 2/5, Boundaries and recovery: …"), each segment is a radio
button named by its value in words ("4 – Somewhat agree") with its checked state, and Tab
enters the group once, at the chosen answer. The words at both ends of the scale stay
visible under it. The keys 1–5 and N answer from anywhere in the group and emit
``key_answered`` too, so the page can move on to the next statement; arrows move along the
scale as in any radio group.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QRadioButton, QWidget

from hype_desktop.ui.widgets import plain_label

NA = 0  # button id of 'not applicable'
VALUES = (1, 2, 3, 4, 5)
_ARROWS: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}



class ScaleWidget(QGroupBox):
    """Emits ``answered(value, not_applicable)`` on every choice, ``key_answered()`` after a key."""

    answered = Signal(object, bool)
    key_answered = Signal()

    def __init__(self, statement: str, labels: dict[int, str], na_label: str,
                 parent: QWidget | None = None, *, position: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("scale")
        self.setFlat(True)
        self._statement = statement
        self._position = position
        self._labels = labels
        self._na_label = na_label
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        segments = QHBoxLayout()
        segments.setSpacing(0)
        for value in (*VALUES, NA):
            button = QRadioButton(str(value) if value else na_label, self)
            button.setObjectName("segment" if value else "notApplicable")
            button.setAccessibleName(self._words(value))
            button.setToolTip(self._words(value))
            button.installEventFilter(self)
            self._group.addButton(button, value)
            if value:
                segments.addWidget(button)
        ends = QHBoxLayout()
        self.low_words = plain_label(labels[VALUES[0]], role="hint", wrap=True)
        self.high_words = plain_label(labels[VALUES[-1]], role="hint", wrap=True)
        self.high_words.setAlignment(Qt.AlignmentFlag.AlignRight)
        for words in (self.low_words, self.high_words):
            words.setAccessibleName("")  # the radio buttons say the same, with their values
            ends.addWidget(words, 1)
        grid.addLayout(segments, 0, 0)
        grid.setColumnMinimumWidth(1, 2 * self.fontMetrics().averageCharWidth() + 12)  # NA stands apart
        grid.addWidget(self._group.button(NA), 0, 2, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(ends, 1, 0)
        grid.setColumnStretch(3, 1)
        self._group.idClicked.connect(self._clicked)
        # ``scale.setFocus()`` (as in the workshop view) reaches the buttons; see eventFilter.
        self.setFocusProxy(self._group.button(VALUES[0]))
        self._refresh_accessibility()

    def _words(self, value: int) -> str:
        return f"{value} – {self._labels[value]}" if value else self._na_label

    def buttons(self) -> list[QRadioButton]:
        return [b for b in self._group.buttons() if isinstance(b, QRadioButton)]

    def focus_target(self) -> QRadioButton:
        """The button focus belongs on: the chosen answer, else 1."""
        checked = self._group.checkedButton()
        return checked if isinstance(checked, QRadioButton) else self._group.button(VALUES[0])  # type: ignore[return-value]

    def take_focus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        self.focus_target().setFocus(reason)

    def has_focus(self) -> bool:
        return any(b.hasFocus() for b in self.buttons())

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
        button = self._group.button(button_id)
        button.setChecked(True)
        if self.has_focus():
            button.setFocus(Qt.FocusReason.OtherFocusReason)  # focus follows the chosen answer
        self._refresh_accessibility()
        if button_id == NA:
            self.answered.emit(None, True)
        else:
            self.answered.emit(button_id, False)

    def _refresh_accessibility(self) -> None:
        self.setAccessibleName(f"{self._position} {self._statement}".strip())
        checked = self._group.checkedId()
        if checked == -1:
            desc = self.tr("Not answered yet. Press 1 to 5, or N for not applicable.")
        else:
            desc = self.tr("Answer: %1").replace("%1", self._words(checked))
        self.setAccessibleDescription(desc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tab (or the focus proxy) lands on the first radio button of the group; the chosen
        # answer is where focus belongs. A click or an arrow key goes where it was aimed.
        if event.type() == QEvent.Type.FocusIn and watched is not self.focus_target():
            reason = event.reason()  # type: ignore[attr-defined]
            if reason not in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason):
                self.focus_target().setFocus(reason)
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.modifiers():
            step = _ARROWS.get(int(event.key()), 0)
            if step:  # arrows move along the scale and choose, as in any radio group
                order = [*VALUES, NA]
                current = self._group.checkedId()
                index = order.index(current) + step if current in order else (0 if step > 0 else len(order) - 1)
                self._choose(order[max(0, min(len(order) - 1, index))])
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and plain:
            self._choose(key - Qt.Key.Key_0)
            self.key_answered.emit()
            return
        if key == Qt.Key.Key_N and not event.modifiers():
            self._choose(NA)
            self.key_answered.emit()
            return
        super().keyPressEvent(event)
