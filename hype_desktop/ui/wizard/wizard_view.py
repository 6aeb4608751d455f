"""Walks a reflection page by page; remembers where the user is so it can resume there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hype_desktop.domain.reflection import Reflection
from hype_desktop.ui.a11y import announce, untab_scroll_areas
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.widgets import Retranslating, plain_label
from hype_desktop.ui.wizard.pages import FactorPage, Page, PromptsPage, StepsPage

STEPS_KEY = "steps"


def steps_to_follow_up(ctx: AppContext, reflection: Reflection) -> list:
    """Earlier next steps to look back on first; none when correcting a finished reflection."""
    if reflection.finished:
        return []
    return ctx.services.history().steps_to_follow_up(ctx.profile_id, reflection)


def wizard_steps(ctx: AppContext, reflection: Reflection, follow_up: bool = False) -> list[str]:
    """Page keys in walking order: earlier steps' follow-up (if any), each factor, then the
    module's prompts; last the next steps."""
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
        if any(inst.factor(fid).prompts for fid in factors):
            keys.append(f"prompts:{module.id}")
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
        self.index = self.keys.index(reflection.position) if reflection.position in self.keys else 0
        self.page: Page | None = None

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
        # Alt+arrows work everywhere, text fields included (they use Ctrl+arrows for words).
        for keys, slot in (("Alt+Right", self.next), ("Alt+Left", self.back), ("Ctrl+Return", self.next),
                           ("Ctrl+Right", self.next), ("Ctrl+Left", self.back)):
            QShortcut(QKeySequence(keys), self, slot)
        self._show()

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
        self.page_holder.addWidget(self.page)
        self.page.show()  # now, not on the next event-loop pass: focus and keys go to it at once
        self.retranslate()
        target = self.page.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _make_page(self, key: str) -> Page:
        inst = self.ctx.instrument
        kind, _, ident = key.partition(":")
        if kind == "factor":
            return FactorPage(self.ctx, self.reflection, inst.factor(ident),
                              inst.module(inst.module_of_factor(ident)), self)
        if kind == "prompts":
            return PromptsPage(self.ctx, self.reflection, inst.module(ident), self)
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
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(
            self.tr("Finish the reflection and see the summary") if last else self.tr("Next page"))
