"""One statement on a factor page: its text, the scale, its explanation and a note on demand.

Tab order inside a row: the scale (one stop), "What does this mean?", then "Add a note" (or
the note itself once there is one). The explanation is a button: opening it shows the text
under the statement and has a screen reader speak it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from hype_desktop.domain.reflection import MAX_NOTE_CHARS
from hype_desktop.ui.a11y import announce
from hype_desktop.ui.scale_widget import ScaleWidget
from hype_desktop.ui.widgets import card, plain_label

if TYPE_CHECKING:
    from hype_desktop.ui.wizard.answering import AnsweringPage


class StatementRow(QWidget):
    """A statement in a card; ``number``/``count`` give its position on the page."""

    def __init__(self, page: AnsweringPage, item_id: str, number: int, count: int) -> None:
        super().__init__(page.body)
        ctx, lang = page.ctx, page.ctx.lang
        self.item_id = item_id
        item = ctx.instrument.item(item_id)
        statement = item.text.get(lang)
        stored = page.reflection.answers.get(item_id)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        box = card(self)
        outer.addWidget(box)
        layout = QGridLayout(box)
        self.position = plain_label(f"{number}/{count}", role="hint", wrap=False)
        self.position.setAccessibleName(self.tr("Statement %1 of %2").replace("%1", str(number))
                                        .replace("%2", str(count)))
        self.text = plain_label(statement)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        labels = {p.value: p.label.get(lang) for p in ctx.instrument.scale}
        where = self.tr("Statement %1/%2, %3:").replace("%1", str(number)).replace("%2", str(count)) \
            .replace("%3", page.factor.title.get(lang))
        self.scale = ScaleWidget(statement, labels, ctx.instrument.not_applicable.get(lang), self,
                                 position=where)
        if stored:
            self.scale.set_value(stored.value, stored.not_applicable)

        self.explain_button = QPushButton(self.tr("What does this mean?"), self)
        self.explain_button.setObjectName("linkButton")
        self.explain_button.setFlat(True)
        self._explanation_text = item.explanation.get(lang)
        self.explain_button.setAccessibleName(self.tr("What does this mean?"))
        self.explain_button.setAccessibleDescription(self._explanation_text)
        self.explanation = plain_label(self._explanation_text, role="explanation")
        self.explanation.setVisible(False)
        self.explain_button.clicked.connect(self._toggle_explanation)

        self.note_button = QPushButton(self.tr("Add a note"), self)
        self.note_button.setObjectName("linkButton")
        self.note_button.setFlat(True)
        self.note_button.setAccessibleName(self.tr("Add a note"))
        self.note_button.setAccessibleDescription(statement)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setPlaceholderText(self.tr("A short note (optional)"))
        self.note.setAccessibleName(self.tr("Note on: %1").replace("%1", statement))
        self.note.setText(stored.note if stored else "")
        self.note_caption = plain_label(self.tr("Note:"), wrap=False)
        self.note_caption.setBuddy(self.note)
        has_note = bool(self.note.text())
        self.note_button.setVisible(not has_note)
        self.note.setVisible(has_note)
        self.note_caption.setVisible(has_note)
        self.note_button.clicked.connect(self.open_note)

        actions = QHBoxLayout()
        actions.addWidget(self.explain_button)
        actions.addWidget(self.note_button)
        actions.addStretch(1)
        layout.addWidget(self.position, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 0, 1)
        layout.addWidget(self.scale, 1, 1)
        layout.addLayout(actions, 2, 1)
        layout.addWidget(self.explanation, 3, 1)
        note_line = QHBoxLayout()
        note_line.addWidget(self.note_caption)
        note_line.addWidget(self.note, 1)
        layout.addLayout(note_line, 4, 1)
        layout.setColumnStretch(1, 1)

        self.scale.answered.connect(lambda value, na: page.answer(item_id, value, na))
        self.scale.key_answered.connect(lambda: page.key_answered(self))
        self.note.textEdited.connect(lambda text: page.save_note_later(item_id, text))
        self.note.editingFinished.connect(page.flush)
        QWidget.setTabOrder(self.scale.buttons()[-1], self.explain_button)
        QWidget.setTabOrder(self.explain_button, self.note_button)
        QWidget.setTabOrder(self.note_button, self.note)

    def last_stop(self) -> QWidget:
        """The row's last Tab stop, for chaining rows."""
        return self.note

    def _toggle_explanation(self) -> None:
        opening = not self.explanation.isVisible()
        self.explanation.setVisible(opening)
        self.explain_button.setText(self.tr("Hide the explanation") if opening else self.tr("What does this mean?"))
        self.explain_button.setAccessibleName(self.explain_button.text())
        if opening:
            announce(self.explain_button, self._explanation_text)

    def open_note(self) -> None:
        self.note_button.setVisible(False)
        self.note_caption.setVisible(True)
        self.note.setVisible(True)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
