"""The first page of a new reflection: what became of the next steps from earlier ones."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from hype_desktop.domain.reflection import MAX_STEP_CHARS, NextStep, Reflection, StepStatus
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import owner_name, status_name
from hype_desktop.ui.widgets import card, heading, plain_label
from hype_desktop.ui.wizard.pages import Page

FOLLOWUP_KEY = "followup"
CHOICES = (StepStatus.OPEN, StepStatus.DONE, StepStatus.PARTLY, StepStatus.NOT_DONE,
           StepStatus.DROPPED)


class FollowUpRow(QWidget):
    """One earlier step: its text, what became of it, and one line of what was learned."""

    def __init__(self, page: FollowUpPage, number: int, step: NextStep) -> None:
        super().__init__(page.body)
        self.page, self.step = page, step
        ctx = page.ctx
        box = card(self)
        grid = QGridLayout(box)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.addWidget(box)
        parts = [owner_name(step.owner)]
        if title := ctx.instrument.factor_title(step.factor_id, ctx.lang):
            parts.append(title)
        if step.due:
            parts.append(self.tr("by %1").replace("%1", ctx.fmt_date(step.due)))
        grid.addWidget(plain_label(step.text), 0, 0, 1, 2)
        grid.addWidget(plain_label(", ".join(parts), role="hint"), 1, 0, 1, 2)
        self.status = QComboBox()
        for status in CHOICES:
            label = self.tr("Not looked at yet") if status is StepStatus.OPEN else status_name(status)
            self.status.addItem(label, status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(step.status.value)))
        self.status.setAccessibleName(self.tr("Step %1: what became of it").replace("%1", str(number)))
        self.learned = QLineEdit(step.learned)
        self.learned.setMaxLength(MAX_STEP_CHARS)
        self.learned.setPlaceholderText(self.tr("One line, optional"))
        self.learned.setAccessibleName(self.tr("Step %1: what I learned").replace("%1", str(number)))
        # Each field has its own visible label naming the step, as its buddy: six combos that
        # all said "What became of it:" left a screen reader user guessing which step was meant.
        self.status_caption = plain_label(self.tr("What became of step %1:").replace("%1", str(number)))
        self.status_caption.setBuddy(self.status)
        self.learned_caption = plain_label(self.tr("What I learned from step %1:").replace("%1", str(number)))
        self.learned_caption.setBuddy(self.learned)
        grid.addWidget(self.status_caption, 2, 0)
        grid.addWidget(self.status, 2, 1)
        grid.addWidget(self.learned_caption, 3, 0)
        grid.addWidget(self.learned, 3, 1)
        grid.setColumnStretch(1, 1)
        self.status.currentIndexChanged.connect(self._changed)
        self.learned.textEdited.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        step_id = self.step.id
        if step_id is None:  # only stored steps are followed up, and stored steps have an id
            return
        status = StepStatus(self.status.currentData())
        learned = self.learned.text().strip()
        self.page._later(f"step:{step_id}",
                         lambda: self.page.store.follow_up_step(step_id, status, learned))


class FollowUpPage(Page):
    def __init__(self, ctx: AppContext, reflection: Reflection, steps: list[NextStep],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, reflection, parent)
        self.title = heading(self.tr("Your next steps from last time"))
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(plain_label(self.tr(
            "Before you start: what became of the small steps you planned? Any answer is fine; "
            "a dropped step can teach as much as a done one. You can skip this page.")))
        self.rows = [FollowUpRow(self, n + 1, step) for n, step in enumerate(steps)]
        for row in self.rows:
            self.layout_.addWidget(row)
        self.layout_.addStretch(1)

    def heading_text(self) -> str:
        return self.title.text()

    def first_focus(self) -> QWidget | None:
        return self.rows[0].status if self.rows else None
