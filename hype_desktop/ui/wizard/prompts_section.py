"""A factor's open questions, on its own page: collapsed and optional, opened on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from hype_desktop.domain.instrument import Factor
from hype_desktop.domain.reflection import MAX_PROMPT_CHARS
from hype_desktop.ui.widgets import plain_label

if TYPE_CHECKING:
    from hype_desktop.ui.wizard.answering import AnsweringPage


class PromptsSection(QWidget):
    """A button that opens the questions; open at once when one already has an answer."""

    def __init__(self, page: AnsweringPage, factor: Factor) -> None:
        super().__init__(page.body)
        lang = page.ctx.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.toggle = QPushButton(self)
        self.toggle.setFlat(True)
        layout.addWidget(self.toggle)
        self.panel: QWidget = QWidget(self)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(plain_label(self.tr(
            "What you write here stays on this computer; you decide later whether to share any of it."),
            role="hint"))
        self.edits: list[QPlainTextEdit] = []
        for prompt in factor.prompts:
            label = plain_label(prompt.text.get(lang))
            edit = QPlainTextEdit(self.panel)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.setPlainText(page.reflection.prompt_answers.get(prompt.id, ""))
            edit.setAccessibleName(prompt.text.get(lang))
            label.setBuddy(edit)

            def changed(e: QPlainTextEdit = edit, pid: str = prompt.id) -> None:
                page.save_prompt_later(pid, e.toPlainText()[:MAX_PROMPT_CHARS])

            edit.textChanged.connect(changed)
            panel_layout.addWidget(label)
            panel_layout.addWidget(edit)
            self.edits.append(edit)
        layout.addWidget(self.panel)
        self.is_open: bool = False
        self.toggle.clicked.connect(lambda: self.set_open(not self.is_open))
        self.set_open(any(e.toPlainText() for e in self.edits))

    def set_open(self, on: bool) -> None:
        self.is_open = on
        self.panel.setVisible(on)
        if on:
            text = self.tr("▾ Hide the open questions")
        else:
            text = self.tr("▸ Open questions in your own words (optional)")
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text.lstrip("▾▸ "))
