"""The last page of a reflection: at most three small next steps, each field with its label."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLineEdit, QWidget

from hype_desktop.domain.reflection import MAX_NEXT_STEPS, MAX_STEP_CHARS, NextStep, Owner, Reflection, StepStatus
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import owner_name
from hype_desktop.ui.widgets import card, heading, plain_label
from hype_desktop.ui.wizard.pages import Page


class StepRow(QWidget):
    """One step in a card. Qt on Linux names a combo box by its current value, so each combo
    has a visible label of its own as its buddy (read first by a screen reader)."""

    def __init__(self, page: StepsPage, number: int, step: NextStep | None) -> None:
        super().__init__(page.body)
        self.original = step
        ctx, lang = page.ctx, page.ctx.lang
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        box = card(self)
        outer.addWidget(box)
        grid = QGridLayout(box)
        n = str(number)
        self.caption = plain_label(self.tr("Step %1:").replace("%1", n))
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_STEP_CHARS)
        self.text.setPlaceholderText(self.tr("What will you do? Small and concrete."))
        self.text.setAccessibleName(self.tr("Next step %1: what").replace("%1", n))
        self.caption.setBuddy(self.text)
        self.factor_caption = plain_label(self.tr("Linked to:"))
        self.factor = QComboBox()
        self.factor.addItem(self.tr("— no particular factor —"), None)
        for fid in page.reflection.scope:
            if ctx.instrument.has_factor(fid):
                self.factor.addItem(ctx.instrument.factor(fid).title.get(lang), fid)
        self.factor.setAccessibleName(self.tr("Next step %1: linked factor").replace("%1", n))
        self.factor_caption.setBuddy(self.factor)
        self.owner_caption = plain_label(self.tr("Whose step:"))
        self.owner = QComboBox()
        for owner in Owner:
            self.owner.addItem(owner_name(owner), owner.value)
        self.owner.setAccessibleName(self.tr("Next step %1: whose step").replace("%1", n))
        self.owner_caption.setBuddy(self.owner)
        self.has_due = QCheckBox(self.tr("By:"))
        self.has_due.setAccessibleName(self.tr("Next step %1: set a date").replace("%1", n))
        self.due = QDateEdit(QDate.currentDate().addDays(30))
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Next step %1: by when").replace("%1", n))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        if step:
            self.text.setText(step.text)
            self.factor.setCurrentIndex(max(0, self.factor.findData(step.factor_id)))
            self.owner.setCurrentIndex(max(0, self.owner.findData(step.owner.value)))
            if step.due:
                self.has_due.setChecked(True)
                self.due.setDate(QDate(step.due.year, step.due.month, step.due.day))
        # One field per line, its label before it: nothing gets wider than a 1366 px screen at
        # 200 % text, and the reading order is the Tab order.
        for row, (label, field) in enumerate(((self.caption, self.text), (self.factor_caption, self.factor),
                                              (self.owner_caption, self.owner), (self.has_due, self.due))):
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        for signal in (self.text.textEdited, self.factor.currentIndexChanged, self.owner.currentIndexChanged,
                       self.has_due.toggled, self.due.dateChanged):
            signal.connect(page.changed)

    def step(self, position: int) -> NextStep | None:
        text = self.text.text().strip()
        if not text:
            return None
        d = self.due.date()
        kept = self.original  # a correction keeps what the step's follow-up recorded
        return NextStep(text=text, factor_id=self.factor.currentData(), owner=Owner(self.owner.currentData()),
                        due=date(d.year(), d.month(), d.day()) if self.has_due.isChecked() else None,
                        position=position, status=kept.status if kept else StepStatus.OPEN,
                        learned=kept.learned if kept else "")


class StepsPage(Page):
    """At most three small next steps."""

    def __init__(self, ctx: AppContext, reflection: Reflection, parent: QWidget | None = None) -> None:
        super().__init__(ctx, reflection, parent)
        self.title = heading(self.tr("Small next steps"))
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(plain_label(self.tr(
            "What is one small, concrete thing you could try before the next round? Up to three, "
            "all optional. Next time, the app asks what became of them.")))
        existing = list(reflection.next_steps)
        self.rows = [StepRow(self, n + 1, existing[n] if n < len(existing) else None)
                     for n in range(MAX_NEXT_STEPS)]
        for row in self.rows:
            self.layout_.addWidget(row)
        self.layout_.addStretch(1)

    def heading_text(self) -> str:
        return self.title.text()

    def steps(self) -> list[NextStep]:
        out: list[NextStep] = []
        for row in self.rows:
            step = row.step(len(out))
            if step:
                out.append(step)
        return out

    def changed(self, *_args: object) -> None:
        rid = self.reflection.id
        steps = self.steps()
        self.reflection.next_steps = steps
        self._later("steps", lambda: self.store.save_next_steps(rid, steps))

    def first_focus(self) -> QWidget | None:
        return self.rows[0].text
