"""The pages of a reflection. Each page shows stored state and writes through its SaveQueue.

Pages are rebuilt from the store when the language changes, so they only hold what
is already saved, plus text being typed, which ``flush()`` commits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.instrument import Direction, Factor, Module
from hype_desktop.domain.reflection import (
    MAX_NEXT_STEPS,
    MAX_NOTE_CHARS,
    MAX_PROMPT_CHARS,
    MAX_STEP_CHARS,
    Answer,
    NextStep,
    Owner,
    Reflection,
    StepStatus,
)
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import owner_name
from hype_desktop.ui.scale_widget import ScaleWidget
from hype_desktop.ui.widgets import heading, plain_label
from hype_desktop.ui.wizard.save_queue import SaveQueue, SaveState

if TYPE_CHECKING:
    from hype_desktop.store.reflections import ReflectionStore

def _reason(exc: BaseException) -> str:
    """One plain line for a failed write: the disk's or the database's own words, no SQL."""
    from hype_desktop.logs import log_exception
    from hype_desktop.store.errors import io_reason
    log_exception("saving failed", exc)
    return io_reason(exc) or type(exc).__name__


class Page(QWidget):
    """Base: a scrollable body, a title, and the page's queue of writes (see save_queue).

    ``saved`` is emitted when everything on the page is stored, ``failed(reason)`` when a
    write failed (it stays queued and is retried).
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, reflection: Reflection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection = reflection
        self.queue = SaveQueue(self._save_state, describe=_reason)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_due)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll)

    @property
    def store(self) -> ReflectionStore:
        return self.ctx.store

    def _save_state(self, state: SaveState, reason: str) -> None:
        if state is SaveState.SAVED:
            self.saved.emit()
        elif state is SaveState.FAILED:
            self.failed.emit(reason)

    def _schedule(self) -> None:
        wait = self.queue.next_due()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(int(wait * 1000) + 1)

    def _run_due(self) -> None:
        self.queue.run_due()
        self._schedule()

    def _now(self, key: str, action: Callable[[], None]) -> bool:
        """A choice: written at once, retried until stored if that fails."""
        ok = self.queue.now(key, action)
        self._schedule()
        return ok

    def _later(self, key: str, action: Callable[[], None]) -> None:
        """Typed text: written after a pause in typing, and at least every second or two."""
        self.queue.later(key, action)
        self._schedule()

    def flush(self) -> bool:
        """Write everything still waiting. False if a write failed (it stays queued)."""
        ok = self.queue.flush()
        self._schedule()
        return ok

    def first_focus(self) -> QWidget | None:
        return None


class StatementRow(QWidget):
    """One statement: its text, the scale, a 'what does this mean?' toggle and a note."""

    def __init__(self, page: FactorPage, item_id: str) -> None:
        super().__init__(page.body)
        ctx, lang = page.ctx, page.ctx.lang
        item = ctx.instrument.item(item_id)
        stored = page.reflection.answers.get(item_id)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.text = plain_label(item.text.get(lang))
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        labels = {p.value: p.label.get(lang) for p in ctx.instrument.scale}
        self.scale = ScaleWidget(item.text.get(lang), labels, ctx.instrument.not_applicable.get(lang), self)
        if stored:
            self.scale.set_value(stored.value, stored.not_applicable)
        self.explain_button = QToolButton(self)
        self.explain_button.setText(self.tr("What does this mean?"))
        self.explain_button.setCheckable(True)
        self.explain_button.setAccessibleName(self.tr("What does this mean?") + " " + item.text.get(lang))
        self.explanation = plain_label(item.explanation.get(lang), role="explanation")
        self.explanation.setVisible(False)
        self.explain_button.toggled.connect(self.explanation.setVisible)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setPlaceholderText(self.tr("A short note (optional)"))
        self.note.setAccessibleName(self.tr("Note on: %1").replace("%1", item.text.get(lang)))
        self.note.setText(stored.note if stored else "")
        layout.addWidget(self.text, 0, 0, 1, 2)
        layout.addWidget(self.scale, 1, 0)
        layout.addWidget(self.explain_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.explanation, 2, 0, 1, 2)
        layout.addWidget(self.note, 3, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        rid = page.reflection.id
        self.scale.answered.connect(
            lambda value, na: page.answer(item_id, value, na))
        self.note.textEdited.connect(
            lambda text: page._later(f"note:{item_id}", lambda: page.store.save_note(rid, item_id, text)))
        self.note.editingFinished.connect(page.flush)
        self.setTabOrder(self.scale, self.explain_button)
        self.setTabOrder(self.explain_button, self.note)


class FactorPage(Page):
    """The statements of one factor."""

    def __init__(self, ctx: AppContext, reflection: Reflection, factor: Factor, module: Module,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, reflection, parent)
        lang = ctx.lang
        self.factor = factor
        self.module_title = plain_label(module.title.get(lang), role="module")
        self.title = heading(factor.title.get(lang))
        self.description = plain_label(factor.description.get(lang))
        self.layout_.addWidget(self.module_title)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.description)
        if factor.direction is Direction.PROFILE:
            self.layout_.addWidget(plain_label(self.tr(
                "This part describes your work orientation: there is no better or worse answer."),
                role="hint"))
        self.layout_.addWidget(plain_label(self.tr(
            "1 = strongly disagree … 5 = strongly agree. Keys: 1–5, N = not applicable."), role="hint"))
        self.rows = [StatementRow(self, item.id) for item in factor.items_for(reflection.short)]
        for row in self.rows:
            self.layout_.addWidget(row)
        self.layout_.addStretch(1)
        for a, b in zip(self.rows, self.rows[1:]):
            QWidget.setTabOrder(a.note, b.scale)

    def answer(self, item_id: str, value: int | None, not_applicable: bool) -> None:
        rid = self.reflection.id

        def write() -> None:
            self.store.save_answer(rid, item_id, value, not_applicable)
            old = self.reflection.answers.get(item_id)
            self.reflection.answers[item_id] = Answer(item_id, value, old.note if old else "", not_applicable)

        self._now(f"answer:{item_id}", write)

    def first_focus(self) -> QWidget | None:
        for row in self.rows:
            if row.scale.value() == (None, False):
                return row.scale
        return self.rows[0].scale if self.rows else None


class PromptsPage(Page):
    """The module's open reflection prompts."""

    def __init__(self, ctx: AppContext, reflection: Reflection, module: Module,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, reflection, parent)
        lang = ctx.lang
        self.layout_.addWidget(plain_label(module.title.get(lang), role="module"))
        self.layout_.addWidget(heading(self.tr("Reflect in your own words")))
        self.layout_.addWidget(plain_label(self.tr(
            "Optional. What you write here stays on this computer; you decide later whether to share any of it.")))
        self.edits: list[QPlainTextEdit] = []
        rid = reflection.id
        for factor in module.factors:
            if factor.id not in reflection.scope:
                continue
            for prompt in factor.prompts:
                label = plain_label(prompt.text.get(lang))
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(70)
                edit.setPlainText(reflection.prompt_answers.get(prompt.id, ""))
                edit.setAccessibleName(prompt.text.get(lang))
                label.setBuddy(edit)
                pid = prompt.id

                def changed(e: QPlainTextEdit = edit, pid: str = pid) -> None:
                    text = e.toPlainText()[:MAX_PROMPT_CHARS]
                    self.reflection.prompt_answers[pid] = text
                    self._later(f"prompt:{pid}", lambda: self.store.save_prompt_answer(rid, pid, text))

                edit.textChanged.connect(changed)
                self.layout_.addWidget(label)
                self.layout_.addWidget(edit)
                self.edits.append(edit)
        self.layout_.addStretch(1)

    def first_focus(self) -> QWidget | None:
        return self.edits[0] if self.edits else None


class StepRow(QWidget):
    def __init__(self, page: StepsPage, number: int, step: NextStep | None) -> None:
        super().__init__(page.body)
        self.original = step
        ctx, lang = page.ctx, page.ctx.lang
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        caption = plain_label(self.tr("Step %1").replace("%1", str(number)), wrap=False)
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_STEP_CHARS)
        self.text.setPlaceholderText(self.tr("What will you do? Small and concrete."))
        self.text.setAccessibleName(self.tr("Next step %1: what").replace("%1", str(number)))
        caption.setBuddy(self.text)
        self.factor = QComboBox()
        self.factor.addItem(self.tr("— no particular factor —"), None)
        for fid in page.reflection.scope:
            self.factor.addItem(ctx.instrument.factor(fid).title.get(lang), fid)
        self.factor.setAccessibleName(self.tr("Next step %1: linked factor").replace("%1", str(number)))
        self.owner = QComboBox()
        for owner in Owner:
            self.owner.addItem(owner_name(owner), owner.value)
        self.owner.setAccessibleName(self.tr("Next step %1: whose step").replace("%1", str(number)))
        self.has_due = QCheckBox(self.tr("By:"))
        self.has_due.setAccessibleName(self.tr("Next step %1: set a date").replace("%1", str(number)))
        self.due = QDateEdit(QDate.currentDate().addDays(30))
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Next step %1: by when").replace("%1", str(number)))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        if step:
            self.text.setText(step.text)
            self.factor.setCurrentIndex(max(0, self.factor.findData(step.factor_id)))
            self.owner.setCurrentIndex(max(0, self.owner.findData(step.owner.value)))
            if step.due:
                self.has_due.setChecked(True)
                self.due.setDate(QDate(step.due.year, step.due.month, step.due.day))
        grid.addWidget(caption, 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 4)
        # The factor on a row of its own: a long factor name beside the owner and the date made
        # the page wider than a 1366 px screen at 200 % text.
        grid.addWidget(self.factor, 1, 1, 1, 4)
        grid.addWidget(self.owner, 2, 1)
        grid.addWidget(self.has_due, 2, 2)
        grid.addWidget(self.due, 2, 3)
        grid.setColumnStretch(4, 1)
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
        self.layout_.addWidget(heading(self.tr("Small next steps")))
        self.layout_.addWidget(plain_label(self.tr(
            "What is one small, concrete thing you could try before the next round? Up to three, "
            "all optional. Next time, the app asks what became of them.")))
        existing = list(reflection.next_steps)
        self.rows = [StepRow(self, n + 1, existing[n] if n < len(existing) else None)
                     for n in range(MAX_NEXT_STEPS)]
        for row in self.rows:
            self.layout_.addWidget(row)
        self.layout_.addStretch(1)

    def steps(self) -> list[NextStep]:
        out = []
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



