"""Walks a reflection page by page; remembers where the user is so it can resume there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hype_desktop.domain.reflection import NextStep, Reflection
from hype_desktop.ui.a11y import announce, set_window_title, untab_scroll_areas
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.widgets import Retranslating, plain_label
from hype_desktop.ui.wizard.pages import FactorPage, Page
from hype_desktop.ui.wizard.steps_page import StepsPage

STEPS_KEY = "steps"


def steps_to_follow_up(ctx: AppContext, reflection: Reflection) -> list[NextStep]:
    """Earlier next steps to look back on first; none when correcting a finished reflection."""
    if reflection.finished:
        return []
    return ctx.services.history().steps_to_follow_up(ctx.profile_id, reflection)


def wizard_steps(ctx: AppContext, reflection: Reflection, follow_up: bool = False) -> list[str]:
    """Page keys in walking order: earlier steps' follow-up (if any), each factor (its open
    questions are on its own page); last the next steps."""
    from hype_desktop.ui.wizard.followup_page import FOLLOWUP_KEY
    keys: list[str] = [FOLLOWUP_KEY] if follow_up else []
    inst = ctx.instrument
    by_module: dict[str, list[str]] = {}
    for fid in reflection.scope:
        if inst.has_factor(fid):
            by_module.setdefault(inst.module_of_factor(fid), []).append(fid)
    for module in inst.modules:
        factors = by_module.get(module.id)
        if not factors:
            continue
        keys.extend(f"factor:{fid}" for fid in factors)
    keys.append(STEPS_KEY)
    return keys


class WizardView(Retranslating, QWidget):
    """Emits ``finished(reflection_id)`` and ``closed()`` (back home, all saved)."""

    finished = Signal(int)
    closed = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, reflection: Reflection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection = reflection
        self.follow_up = steps_to_follow_up(ctx, reflection)
        self.keys = wizard_steps(ctx, reflection, bool(self.follow_up))
        self.index = self._resume_index(reflection.position)
        self.page: Page | None = None
        self._said_saved = False  # "Saved" is spoken once: every answer is stored as it is given

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.where = plain_label(wrap=False)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.keys))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(260)
        top.addWidget(self.where, 1)
        top.addWidget(self.progress)
        layout.addLayout(top)
        self.page_holder = QVBoxLayout()
        layout.addLayout(self.page_holder, 1)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        nav = QHBoxLayout()
        self.close_button = QPushButton()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        nav.addWidget(self.close_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.close_button.clicked.connect(self.close_to_home)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        for button in (self.close_button, self.back_button, self.next_button):
            button.installEventFilter(self)  # Enter presses them, as Space does
        # Alt+arrows work everywhere, text fields included (they use Ctrl+arrows for words).
        for keys, slot in (("Alt+Right", self.next), ("Alt+Left", self.back), ("Ctrl+Return", self.next),
                           ("Ctrl+Right", self.next), ("Ctrl+Left", self.back)):
            QShortcut(QKeySequence(keys), self, slot)
        self._show()

    def _resume_index(self, position: str) -> int:
        """Where to continue: the stored page, or for a page of an earlier layout (a module's
        own page of open questions) the last factor page of that module."""
        if position in self.keys:
            return self.keys.index(position)
        kind, _, module_id = position.partition(":")
        if kind == "prompts":
            inst = self.ctx.instrument
            for n in range(len(self.keys) - 1, -1, -1):
                fid = self.keys[n].partition(":")[2]
                if self.keys[n].startswith("factor:") and inst.has_factor(fid) \
                        and inst.module_of_factor(fid) == module_id:
                    return n
        return 0

    # --- navigation ---------------------------------------------------------------------
    @property
    def current_key(self) -> str:
        return self.keys[self.index]

    def _leave_page(self) -> bool:
        return self.page.flush() if self.page else True

    def next(self) -> None:
        if not self._leave_page():
            return
        if self.index == len(self.keys) - 1:
            try:
                self.ctx.store.finish(self.reflection.id, self.ctx.instrument)
            except Exception as exc:  # noqa: BLE001 - shown, nothing lost, user can retry
                self._failed(str(exc))
                return
            self.finished.emit(self.reflection.id)
            return
        self.index += 1
        self._show()

    def back(self) -> None:
        if self.index == 0 or not self._leave_page():
            return
        self.index -= 1
        self._show()

    def close_to_home(self) -> None:
        if self._leave_page():
            self.closed.emit()

    def _show(self) -> None:
        """Build the page for the current key from stored state and remember the position."""
        key = self.current_key
        try:
            self.ctx.store.set_position(self.reflection.id, key)
        except Exception as exc:  # noqa: BLE001
            self._failed(str(exc))
        self.reflection.position = key
        if self.page is not None:
            self.page_holder.removeWidget(self.page)
            self.page.deleteLater()
        self.page = self._make_page(key)
        self.page.saved.connect(self._saved)
        self.page.failed.connect(self._failed)
        untab_scroll_areas(self.page)
        if isinstance(self.page, FactorPage):
            self.page.statements_done.connect(self._statements_done)
        self.page_holder.addWidget(self.page)
        self.page.show()  # now, not on the next event-loop pass: focus and keys go to it at once
        self.retranslate()
        target = self.page.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        # The page's heading first: a screen reader then reads where focus went. (While the
        # wizard is being built it is not in its window yet; the window names the screen then.)
        if self.isVisible():
            announce(self, f"{self.page.heading_text()}. {self.where.text()}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() \
                and isinstance(watched, QPushButton):
            watched.click()
            return True
        return super().eventFilter(watched, event)

    def screen_title(self) -> str:
        """The window title names the reflection and the page ("Boundaries and recovery – Reflection")."""
        heading = self.page.heading_text() if self.page is not None else ""
        reflection = self.tr("Reflection")
        return f"{heading} – {reflection}" if heading else reflection

    def _statements_done(self) -> None:
        """The last statement was answered by key: focus goes to Next (Enter moves on)."""
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, self.tr("All statements on this page answered. Press Enter for the next page."))

    def _make_page(self, key: str) -> Page:
        inst = self.ctx.instrument
        kind, _, ident = key.partition(":")
        if kind == "factor":
            module_id = inst.module_of_factor(ident)
            first = next(k for k in self.keys if k.startswith("factor:")
                         and inst.module_of_factor(k.partition(":")[2]) == module_id)
            return FactorPage(self.ctx, self.reflection, inst.factor(ident), inst.module(module_id), self,
                              first_of_module=first == key)
        if kind == "followup":
            from hype_desktop.ui.wizard.followup_page import FollowUpPage
            self.follow_up = steps_to_follow_up(self.ctx, self.reflection)  # as stored now
            return FollowUpPage(self.ctx, self.reflection, self.follow_up, self)
        return StepsPage(self.ctx, self.reflection, self)

    def rebuild(self) -> None:
        """Re-create the current page (after a language switch): state comes from the store."""
        if self._leave_page():
            self.reflection = self.ctx.store.get(self.reflection.id)
            self._show()

    def _saved(self) -> None:
        """Everything on the page is stored: after a failure, say so (spoken too)."""
        if self.error.isVisible():
            self.error.setVisible(False)
            announce(self, self.tr("Saved again: everything on this page is stored."))
        elif not self._said_saved:
            self._said_saved = True
            announce(self, self.tr("Saved. Each answer is stored as soon as you give it."))
        self.saved.emit()

    def _failed(self, reason: str) -> None:
        first = not self.error.isVisible()
        self.error.setText(self.tr(
            "Not saved: %1. What you entered is still here; the app keeps trying to save it, "
            "and you cannot leave this page until it is saved.").replace("%1", reason))
        self.error.setVisible(True)
        if first:
            announce(self, self.error.text(), assertive=True)
        self.failed.emit(reason)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        last = self.index == len(self.keys) - 1
        self.where.setText(self.tr("Step %1 of %2").replace("%1", str(self.index + 1))
                           .replace("%2", str(len(self.keys))))
        self.progress.setValue(self.index + 1)
        self.progress.setAccessibleName(self.where.text())
        self.close_button.setText(self.tr("Save and &close"))
        self.close_button.setAccessibleName(self.tr("Save and close; continue later from here"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous page"))
        self.back_button.setEnabled(self.index > 0)
        # Not Alt+F: that opens the File menu.
        self.next_button.setText(self.tr("F&inish") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(
            self.tr("Finish the reflection and see the summary") if last else self.tr("Next page"))
        set_window_title(self, self.screen_title())
