"""The workshop's projector look, and its first and last pages around the statements: what became of the team's
earlier steps (the action register: done, partly, not, dropped, what we learned) and the
team's next steps. Both reuse the reflection's own pages, so the steps are stored, followed
up and drawn in the team's change over time exactly as a person's are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.reflection import NextStep, Owner, Reflection
from hype_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from hype_desktop.ui.wizard.pages import Page


# Projector style: big type and thick outlines that read from the back of the room. The colours
# are the theme's (light is black on near-white; dark and high contrast stay what the user chose),
# so the one stylesheet's focus ring and field outlines hold here too.
PROJECTOR_STYLE = """
#workshop QLabel, #workshop QRadioButton, #workshop QPushButton,
#workshop QPlainTextEdit, #workshop QLineEdit, #workshop QComboBox, #workshop QSpinBox { font-size: 22pt; }
#workshop #statement, #workshop #title { font-size: 34pt; font-weight: bold; }
#workshop #progress { font-size: 18pt; }
#workshop QRadioButton::indicator { width: 30px; height: 30px; }
#workshop QPushButton { padding: 10px 22px; border-width: 3px; }
#workshop QPushButton:focus, #workshop QPlainTextEdit:focus, #workshop QLineEdit:focus,
#workshop QComboBox:focus { border-width: 4px; }
"""


def _narrow(combo: QComboBox) -> None:
    """A combo box as wide as a dozen characters asks, not as its longest item (large type)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


def _scrolling(body: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def earlier_team_steps(ctx: AppContext, team_pid: int, reflection: Reflection) -> list[NextStep]:
    """The team's steps from earlier workshops still to look back on (none once finished)."""
    if reflection.finished:
        return []
    return ctx.services.history().steps_to_follow_up(team_pid, reflection)


class WorkshopStepPages:
    """Builds the follow-up page and the next-steps page, each with its own buttons."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.followup: Page | None = None  # the wizard's FollowUpPage, while shown
        self.steps: Page | None = None  # the wizard's StepsPage, while shown

    def followup_page(self, reflection: Reflection, earlier: list[NextStep],
                      on_continue: Callable[[], None]) -> QWidget:
        from hype_desktop.ui.wizard.followup_page import FollowUpPage
        self.followup = page = FollowUpPage(self.ctx, reflection, earlier)
        return self._with_bar(page, [], (QCoreApplication.translate("WorkshopView", "&Continue"), on_continue))

    def steps_page(self, reflection: Reflection, on_back: Callable[[], None],
                   on_finish: Callable[[], None]) -> QWidget:
        from hype_desktop.ui.wizard.steps_page import StepsPage
        page = StepsPage(self.ctx, reflection)
        self.steps = page
        for row in page.rows:  # the team's own steps, unless one was saved otherwise
            if not row.text.text():
                row.owner.setCurrentIndex(max(0, row.owner.findData(Owner.TEAM.value)))
        for combo in page.findChildren(QComboBox):
            _narrow(combo)
        return self._with_bar(page, [(QCoreApplication.translate("WorkshopView", "&Back"), on_back)],
                              (QCoreApplication.translate("WorkshopView", "&Finish"), on_finish))

    def flush(self) -> bool:
        return all(p.flush() for p in (self.followup, self.steps) if p is not None)

    @staticmethod
    def _with_bar(page: QWidget, left: list[tuple[str, Callable[[], None]]],
                  right: tuple[str, Callable[[], None]]) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addWidget(page, 1)
        bar = QHBoxLayout()
        for text, slot in left:
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        button = QPushButton(right[0])
        button.clicked.connect(right[1])
        bar.addWidget(button)
        layout.addLayout(bar)
        holder.setProperty("main_button", button)
        return holder


class ModulePicker(QWidget):
    """The modules the team reflects on, or the team's theme (a factor of the theme module)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for module in ctx.instrument.modules:
            check = QCheckBox()
            check.setChecked(module.default_selected and not module.sensitive)
            self.checks[module.id] = check
            layout.addWidget(check)
        self.theme = QComboBox()
        _narrow(self.theme)
        self.theme_label = QLabel()
        self.theme_label.setTextFormat(Qt.TextFormat.PlainText)
        self.theme_label.setBuddy(self.theme)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.theme)
        self.retranslate()

    def chosen(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(module ids, chosen factor ids): the theme counts only with its module."""
        modules = tuple(m for m, c in self.checks.items() if c.isChecked())
        theme = self.theme.currentData()
        if theme:
            module = self.ctx.instrument.module_of_factor(theme)
            modules = modules if module in modules else (*modules, module)
        return modules, ((theme,) if theme else ())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = self.ctx.lang
        for module in self.ctx.instrument.modules:
            self.checks[module.id].setText(module.title.get(lang))
            self.checks[module.id].setAccessibleName(module.title.get(lang))
            if module.choose_factors:
                chosen = self.theme.currentData()
                self.theme.clear()
                self.theme.addItem(QCoreApplication.translate("WorkshopView", "No theme"), None)
                for f in module.factors:
                    self.theme.addItem(f.title.get(lang), f.id)
                self.theme.setCurrentIndex(max(0, self.theme.findData(chosen)))
        self.theme_label.setText(QCoreApplication.translate("WorkshopView", "The team's th&eme:"))
        self.theme.setAccessibleName(QCoreApplication.translate("WorkshopView", "The team's theme (optional)"))


def start_summary_pdf(parent: QWidget, ctx: AppContext, reflection: Reflection, team_pid: int, team_name: str,
                      stem_word: str, folder: Path | None, on_done: Callable[[Path], None],
                      on_failed: Callable[[str], None]) -> object:
    """Write the one-page workshop summary into ``folder`` (Documents unless given) in a worker;
    what it needs is gathered here, on the GUI thread. ``on_failed`` gets the problem in words."""
    from hype_desktop.collation.workshop_votes import load_votes
    from hype_desktop.ui.background import Background
    from hype_desktop.ui.saved_files import documents_dir
    from hype_desktop.ui.team.round_actions import free_path, safe_name
    target = free_path(folder or documents_dir(),
                       safe_name(f"{stem_word} {team_name} {reflection.round.date.isoformat()}"), ".pdf")
    votes = load_votes(ctx.settings, reflection.id)
    looked_back = [s for s in ctx.services.history().steps_to_follow_up(team_pid, reflection)
                   if not s.is_open]
    inst, lang = ctx.instrument, ctx.lang

    def work(_progress: object) -> Path:
        from hype_desktop.reports.pdf_workshop_summary import write_workshop_summary
        write_workshop_summary(target, inst, reflection, team_name, votes, looked_back, lang)
        return target
    background = Background(parent, lang=lang)
    background.run(work, on_done, lambda exc: on_failed(background.describe(exc)))
    return background
