"""The pages of a reflection. Each page shows stored state and writes through its SaveQueue.

Pages are rebuilt from the store when the language changes, so they only hold what
is already saved, plus text being typed, which ``flush()`` commits. A factor page holds its
statements (statement_row.py) and its open questions (prompts_section.py); the next steps
are on steps_page.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from hype_desktop.domain.instrument import Direction, Factor, Module
from hype_desktop.domain.reflection import Answer, Reflection
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.widgets import card, centred_column, heading, plain_label
from hype_desktop.ui.wizard.answering import auto_advance_on
from hype_desktop.ui.wizard.prompts_section import PromptsSection
from hype_desktop.ui.wizard.save_queue import SaveQueue, SaveState
from hype_desktop.ui.wizard.statement_row import StatementRow

if TYPE_CHECKING:
    from hype_desktop.store.reflections import ReflectionStore




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
        self.queue = SaveQueue(self._save_state, describe=self._reason)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_due)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside are the Tab stops
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        centred_column(self.scroll_area, self.body)
        outer.addWidget(self.scroll_area)

    def _reason(self, exc: BaseException) -> str:
        """One plain line for a failed write: a full disk in the user's language, else the disk's or
        the database's own words, never SQL."""
        from hype_desktop.logs import log_exception
        from hype_desktop.messages import message
        from hype_desktop.store.errors import disk_full, io_reason
        log_exception("saving failed", exc)
        reason = io_reason(exc)
        if reason is not None and disk_full(self.ctx.paths.database):
            return message("save.reason.disk_full", self.ctx.lang)
        return reason or type(exc).__name__

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

    def heading_text(self) -> str:
        """The page's heading: named in the window title and announced when the page opens."""
        return ""

    def first_focus(self) -> QWidget | None:
        return None


class FactorPage(Page):
    """The statements of one factor, then its open questions (collapsed, optional).

    ``statements_done`` is emitted when the last statement was answered by key and moving on
    by key is on: the wizard then puts focus on its Next button.
    """

    statements_done = Signal()

    def __init__(self, ctx: AppContext, reflection: Reflection, factor: Factor, module: Module,
                 parent: QWidget | None = None, *, first_of_module: bool = False) -> None:
        super().__init__(ctx, reflection, parent)
        lang = ctx.lang
        self.factor = factor
        self.auto_advance = auto_advance_on(ctx.settings)
        self.module_title = plain_label(module.title.get(lang), role="module")
        self.title = heading(factor.title.get(lang))
        self.description = plain_label(factor.description.get(lang))
        self.layout_.addWidget(self.module_title)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.description)
        self.intro: QWidget | None = None
        if first_of_module or module.sensitive:  # what the module is, and what agreeing means in it
            self.intro = card(self.body)
            intro_layout = QVBoxLayout(self.intro)
            intro_layout.addWidget(plain_label(module.intro.get(lang)))
            self.layout_.addWidget(self.intro)
        if factor.direction is Direction.PROFILE:
            self.layout_.addWidget(plain_label(self.tr(
                "This part describes your work orientation: there is no better or worse answer."),
                role="hint"))
        elif factor.direction is Direction.HIGHER_STRAIN:
            self.layout_.addWidget(plain_label(self.tr(
                "Here, agreeing means more strain."), role="hint"))
        self.keys_hint = plain_label(self.tr(
            "Answer with the keys 1–5, or N for not applicable: the next statement then comes up "
            "by itself. Tab reaches the explanation and 'Add a note'. You can turn moving on by "
            "itself off in Settings.") if self.auto_advance else self.tr(
            "Answer with the keys 1–5, or N for not applicable; Tab moves on to the explanation, "
            "'Add a note' and the next statement."), role="hint")
        self.layout_.addWidget(self.keys_hint)
        items = factor.items_for(reflection.short)
        self.rows = [StatementRow(self, item.id, n + 1, len(items)) for n, item in enumerate(items)]
        for row in self.rows:
            self.layout_.addWidget(row)
        for a, b in zip(self.rows, self.rows[1:]):
            QWidget.setTabOrder(a.last_stop(), b.scale.buttons()[0])
        self.prompts: PromptsSection | None = None
        if factor.prompts:
            self.prompts = PromptsSection(self, factor)
            self.layout_.addWidget(self.prompts)
            if self.rows:
                QWidget.setTabOrder(self.rows[-1].last_stop(), self.prompts.toggle)
        self.layout_.addStretch(1)

    def heading_text(self) -> str:
        return self.factor.title.get(self.ctx.lang)

    def answer(self, item_id: str, value: int | None, not_applicable: bool) -> None:
        rid = self.reflection.id

        def write() -> None:
            self.store.save_answer(rid, item_id, value, not_applicable)
            old = self.reflection.answers.get(item_id)
            self.reflection.answers[item_id] = Answer(item_id, value, old.note if old else "", not_applicable)

        self._now(f"answer:{item_id}", write)

    def save_note_later(self, item_id: str, text: str) -> None:
        rid = self.reflection.id
        self._later(f"note:{item_id}", lambda: self.store.save_note(rid, item_id, text))

    def save_prompt_later(self, prompt_id: str, text: str) -> None:
        rid = self.reflection.id
        self.reflection.prompt_answers[prompt_id] = text
        self._later(f"prompt:{prompt_id}", lambda: self.store.save_prompt_answer(rid, prompt_id, text))

    def key_answered(self, row: StatementRow) -> None:
        """After an answer by key, move on to the next statement (its group name says its
        position, so a screen reader says where focus went), or say the page is done."""
        if not self.auto_advance:
            return
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            following = self.rows[index + 1]
            following.scale.take_focus()
            self.scroll_area.ensureWidgetVisible(following)
        else:
            self.statements_done.emit()

    def first_focus(self) -> QWidget | None:
        for row in self.rows:
            if row.scale.value() == (None, False):
                return row.scale.focus_target()
        return self.rows[0].scale.focus_target() if self.rows else None
