"""Workshop mode: a facilitator runs a reflection for a TEAM on a projector.

Large type, high contrast, one statement at a time; the team agrees on an answer and a note.
It fits a 1024×768 projector: nothing asks for more width than the screen has, long lists scroll.
The team chooses its modules (or its theme), may look at the spread of the members' released
shares before agreeing, may count anonymous cards (a small team's own result), looks back on
its earlier steps first and records its next steps last.
The result is a reflection of a team profile (profiles.kind = "team"), so it has its own
history and trends, apart from anyone's own. Every answer and note is saved as it is given
(the same ReflectionStore as the personal wizard), so a crash loses nothing and an
unfinished workshop resumes where it stopped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain import limits
from hype_desktop.domain.reflection import Phase, Reflection, Round
from hype_desktop.ui.a11y import announce
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import phase_name
from hype_desktop.ui.link_round_dialog import LinkRoundDialog, collated_rounds, fill_round_picker
from hype_desktop.ui.scale_widget import ScaleWidget
from hype_desktop.ui.team.workshop_extras import SpreadPanel, VotePanel, released_spread
from hype_desktop.ui.team.workshop_pages import (
    PROJECTOR_STYLE,
    ModulePicker,
    WorkshopStepPages,
    _narrow,
    _scrolling,
    earlier_team_steps,
    start_summary_pdf,
)
from hype_desktop.ui.team.workshop_result import WorkshopScores
from hype_desktop.ui.widgets import Retranslating, heading, plain_label

if TYPE_CHECKING:
    from hype_desktop.domain.instrument import Item
    from hype_desktop.store.team import TeamRound

MAX_NOTE = 2000


class WorkshopView(Retranslating, QWidget):
    """Setup (team name, phase) -> one statement per screen -> the team's result in words."""

    home_requested = Signal()
    finished = Signal(int)  # reflection id
    history_requested = Signal(int)  # the team profile's id: its own history
    trends_requested = Signal(int)  # the team profile's id: its own change over time

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection: Reflection | None = None
        self.team_pid: int | None = None
        self.items: list[Item] = []
        self.index = 0
        self.setObjectName("workshop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PROJECTOR_STYLE)
        self.pages = QStackedWidget(self)
        self.step_pages = WorkshopStepPages(ctx)
        self.vote_counts: dict[str, list[int]] = {}
        self.counting = False
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._build_setup()
        self._build_statement()
        self._build_done()
        self.retranslate()

    # --- pages -----------------------------------------------------------------------------
    def _build_setup(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.setup_title = heading(size=2.0)
        self.setup_title.setObjectName("title")  # the 22pt label rule would make it smaller than the text
        self.setup_intro = plain_label()
        form = QFormLayout()
        self.team_name = QLineEdit()
        self.team_name.setMaxLength(limits.TEAM_NAME_MAX)
        self.phase = QComboBox()
        _narrow(self.phase)
        for phase in (Phase.KICKOFF, Phase.TEAM_WORKSHOP, Phase.CLOSING, Phase.COACHING):
            self.phase.addItem("", phase)
        # Short form labels on one line: a wrapped one was cut to the line edit's height (200 %, sv).
        self.team_label, self.phase_label = plain_label(wrap=False), plain_label(wrap=False)
        self.team_label.setBuddy(self.team_name)
        self.phase_label.setBuddy(self.phase)
        form.addRow(self.team_label, self.team_name)
        form.addRow(self.phase_label, self.phase)
        # A collated round of this team (saved in the Team view): the workshop's result is linked to
        # it (same team code and round id), so it can go into that round's team PDF.
        self.round_pick = QComboBox()
        _narrow(self.round_pick)
        self.round_pick.currentIndexChanged.connect(self._round_picked)
        self.round_label = plain_label(wrap=False)
        self.round_label.setBuddy(self.round_pick)
        form.addRow(self.round_label, self.round_pick)
        self.team_rounds = collated_rounds(self.ctx)
        form.setRowVisible(self.round_pick, bool(self.team_rounds))  # only a lead who collated has rounds
        self.modules_label = plain_label(wrap=False)
        self.modules = ModulePicker(self.ctx)
        form.addRow(self.modules_label, self.modules)
        self.votes_check = QCheckBox()
        form.addRow(self.votes_check)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        self.setup_problem = plain_label(role="warning")
        bar = QHBoxLayout()
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        bar.addWidget(self.start_button)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.setup_title)
        inner.addWidget(self.setup_intro)
        inner.addLayout(form)
        inner.addStretch(1)
        layout.addWidget(_scrolling(body), 1)
        layout.addWidget(self.setup_problem)
        layout.addLayout(bar)
        self.pages.addWidget(page)

    def _build_statement(self) -> None:
        page = QWidget()
        self.statement_layout = QVBoxLayout(page)
        self.progress_label = plain_label(role="progress")
        self.factor_label = plain_label()
        self.statement = plain_label(role="statement")
        self.scale_slot = QVBoxLayout()
        self.scale: ScaleWidget | None = None
        self.note_label = plain_label()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(160)
        self.note_label.setBuddy(self.note)
        self.prev_button, self.next_button, self.leave_button = QPushButton(), QPushButton(), QPushButton()
        self.prev_button.clicked.connect(self.previous_item)
        self.next_button.clicked.connect(self.next_item)
        self.leave_button.clicked.connect(self.leave)
        self.spread = SpreadPanel()
        self.votes = VotePanel(self.ctx.instrument.not_applicable.get(self.ctx.lang))
        self.votes.changed.connect(self._votes_changed)
        self.spread_counts: dict[str, tuple[int, ...]] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.leave_button)
        bar.addWidget(self.prev_button)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        for w in (self.progress_label, self.factor_label, self.statement):
            self.statement_layout.addWidget(w)
        self.statement_layout.addLayout(self.scale_slot)
        self.scale_words = plain_label(role="progress")
        self.statement_layout.addWidget(self.scale_words)
        self.statement_layout.addWidget(self.spread)
        self.statement_layout.addWidget(self.votes)
        self.statement_layout.addWidget(self.note_label)
        self.statement_layout.addWidget(self.note)
        self.statement_layout.addStretch(1)
        self.statement_layout.addLayout(bar)
        self.pages.addWidget(page)

    def _build_done(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_title = heading(size=2.0)
        self.done_title.setObjectName("title")
        self.done_text = plain_label()
        self.done_home = QPushButton()
        self.done_home.clicked.connect(self.home_requested)
        self.done_history, self.done_trends = QPushButton(), QPushButton()
        # shown on the result page only, after start() chose the team
        self.done_history.clicked.connect(lambda: self.history_requested.emit(self.team_pid or 0))
        self.done_trends.clicked.connect(lambda: self.trends_requested.emit(self.team_pid or 0))
        # Forgot the round, or the lead collated only after the workshop: link it here afterwards.
        self.done_link = QPushButton()
        self.done_link.clicked.connect(self.link_round_dialog)
        self.link_dialog: LinkRoundDialog | None = None
        layout.addWidget(self.done_title)
        # The factor list is taller than the screen in large type: it scrolls, never overlaps.
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.done_scroll = QScrollArea()
        self.done_scroll.setWidgetResizable(True)
        self.done_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        result = QWidget()
        column = QVBoxLayout(result)
        self.done_scores = WorkshopScores()  # the areas as a table: a Tab stop, read cell by cell
        column.addWidget(self.done_text)
        column.addWidget(self.done_scores)
        column.addStretch(1)
        self.done_scroll.setWidget(result)
        layout.addWidget(self.done_scroll, 1)
        self.done_pdf = QPushButton()
        self.done_pdf.clicked.connect(lambda: self.save_summary_pdf())
        self.pdf_status = plain_label()
        layout.addWidget(self.pdf_status)
        # at most two big buttons a row, rows not aligned in columns: wider is wider than a projector
        for row in ((self.done_history, self.done_trends), (self.done_link,), (self.done_pdf, self.done_home)):
            done_bar = QHBoxLayout()
            for button in row:
                done_bar.addWidget(button)
            done_bar.addStretch(1)
            layout.addLayout(done_bar)
        self.pages.addWidget(page)

    def _round_picked(self, _index: int) -> None:
        """A linked round sets the occasion to the round's own phase."""
        uid = self.round_pick.currentData()
        for team_round in self.team_rounds:
            if team_round.round.round_uid == uid:
                self.phase.setCurrentIndex(max(0, self.phase.findData(team_round.round.phase)))

    def linked_round(self) -> TeamRound | None:
        uid = self.round_pick.currentData()
        return next((r for r in self.team_rounds if r.round.round_uid == uid), None) if uid else None

    # --- flow ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start (or resume) the workshop reflection of the named team."""
        name = self.team_name.text().strip()
        if not name:
            self.setup_problem.setText(self.tr("Give the team a name first."))
            announce(self.team_name, self.setup_problem.text(), assertive=True)
            self.team_name.setFocus()
            return
        store, inst = self.ctx.store, self.ctx.instrument
        pid = store.team_profile(name)
        self.team_pid = pid
        reflection = store.unfinished(pid)
        if reflection is None:
            modules, factors = self.modules.chosen()
            scope = inst.scope_for_modules(modules, factors)
            if not scope:
                self.setup_problem.setText(self.tr("Choose at least one module, or the team's theme."))
                return
            phase = Phase(self.phase.currentData())
            linked = self.linked_round()
            round_ = Round(phase=phase, date=date.today(), label=name)
            if linked is not None:
                round_ = Round(phase=linked.round.phase, date=date.today(), label=name,
                               team_code=linked.round.team_code, round_uid=linked.round.round_uid)
            reflection = store.start(pid, round_, inst, modules, scope)
        self.reflection = reflection
        self.items = [i for factor in inst.known_factors(reflection.scope) for i in factor.items]
        answered = [n for n, i in enumerate(self.items) if i.id in reflection.answers
                    and reflection.answers[i.id].answered]
        self.index = min(len(self.items) - 1, answered[-1] + 1) if answered else 0
        from hype_desktop.collation.workshop_votes import load_votes
        self.vote_counts = load_votes(self.ctx.settings, reflection.id)
        self.counting = self.votes_check.isChecked() or bool(self.vote_counts)
        self.spread_counts = released_spread(self.ctx, reflection.round.round_uid)
        earlier = earlier_team_steps(self.ctx, pid, reflection)
        if earlier and not answered:  # the team looks back on its steps first
            self._set_extra(self.step_pages.followup_page(reflection, earlier, self._to_statements))
            return
        self._to_statements()

    def _set_extra(self, page: QWidget) -> None:
        """Show ``page`` (follow-up or next steps) in the stack's fourth place."""
        if self.pages.count() > 3 and (old := self.pages.widget(3)) is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.addWidget(page)
        self.pages.setCurrentIndex(3)
        page.property("main_button").setFocus()

    def _to_statements(self) -> None:
        if not self.step_pages.flush():
            return
        self.pages.setCurrentIndex(1)
        self.show_item()

    def leave(self) -> None:
        """Leave at any point: what was agreed is saved; the workshop resumes where it stopped."""
        self._save_note()
        self.step_pages.flush()
        self.home_requested.emit()

    def _votes_changed(self, counts: list[int]) -> None:
        from hype_desktop.collation.workshop_votes import save_votes
        assert self.reflection is not None
        item = self.items[self.index]
        save_votes(self.ctx.settings, self.reflection.id, item.id, counts)
        self.vote_counts[item.id] = counts

    def show_item(self) -> None:
        assert self.reflection is not None
        lang, inst = self.ctx.lang, self.ctx.instrument
        item = self.items[self.index]
        factor = inst.factor(inst.factor_of_item(item.id) or "")
        self.progress_label.setText(self.tr("Statement %1 of %2").replace("%1", str(self.index + 1))
                                    .replace("%2", str(len(self.items))))
        self.factor_label.setText(factor.title.get(lang))
        self.statement.setText(item.text.get(lang))
        if self.scale is not None:
            self.scale.setParent(None)
            self.scale.deleteLater()
        labels = {p.value: p.label.get(lang) for p in inst.scale}
        self.scale_words.setText("   ".join(f"{v} = {w}" for v, w in sorted(labels.items())))
        self.scale = ScaleWidget(item.text.get(lang), labels, inst.not_applicable.get(lang), self)
        self.scale.setStyleSheet("")  # the projector style sheet draws the focus frame
        self.scale_slot.addWidget(self.scale)
        stored = self.reflection.answers.get(item.id)
        if stored is not None:
            self.scale.set_value(stored.value, stored.not_applicable)
        self.note.setPlainText(stored.note if stored is not None else "")
        self.scale.answered.connect(self._answered)
        self.spread.show_counts(self.spread_counts.get(item.id))
        self.votes.setVisible(self.counting)
        self.votes.set_counts(self.vote_counts.get(item.id))
        self.prev_button.setEnabled(self.index > 0)
        last = self.index == len(self.items) - 1
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("To the team's next steps") if last
                                           else self.tr("Next statement"))
        self.scale.setFocus()

    def _answered(self, value: int | None, not_applicable: bool) -> None:
        """Saved at once: what the team agreed on is never lost."""
        assert self.reflection is not None
        item = self.items[self.index]
        self.ctx.store.save_answer(self.reflection.id, item.id, value, not_applicable)

    def _save_note(self) -> None:
        if self.reflection is None or not self.items:
            return
        item = self.items[self.index]
        text = self.note.toPlainText()[:MAX_NOTE]
        stored = self.reflection.answers.get(item.id)
        if text != (stored.note if stored is not None else ""):
            self.ctx.store.save_note(self.reflection.id, item.id, text)
        self.reflection = self.ctx.store.get(self.reflection.id)

    def next_item(self) -> None:
        if self.pages.currentIndex() != 1:
            return
        self._save_note()
        if self.index < len(self.items) - 1:
            self.index += 1
            self.show_item()
        else:  # last the team's next steps
            assert self.reflection is not None
            self._set_extra(self.step_pages.steps_page(self.reflection, self._steps_back, self.finish))

    def _steps_back(self) -> None:
        if self.step_pages.flush():
            self.pages.setCurrentIndex(1)
            self.show_item()

    def previous_item(self) -> None:
        if self.pages.currentIndex() != 1 or self.index == 0:
            return
        self._save_note()
        self.index -= 1
        self.show_item()

    def finish(self) -> None:
        assert self.reflection is not None
        if not self.step_pages.flush():
            return
        self.reflection = self.ctx.store.finish(self.reflection.id, self.ctx.instrument)
        # a round may have been collated while the team reflected: offer linking to it afterwards
        self.team_rounds = collated_rounds(self.ctx)
        self.done_link.setVisible(bool(self.team_rounds))
        self._show_result()
        self.pages.setCurrentIndex(2)
        self.done_scores.setFocus()  # a screen reader starts on the result, as on a summary
        self.finished.emit(self.reflection.id)

    def _show_result(self) -> None:
        assert self.reflection is not None
        self.done_scores.show_scores(self.ctx, self.reflection)
        linked = ""
        if self.reflection.round.round_uid:
            linked = "\n" + self.tr("Linked to the collated round of team %1: it can go into that round's "
                                    "team PDF (Team results › Save team PDF).").replace(
                "%1", self.reflection.round.team_code or "")
        self.done_text.setText(self.tr(
            "Saved as the team's own reflection, apart from anyone's personal ones. Use the same team "
            "name next time to add to the team's history.") + linked)

    def save_summary_pdf(self, folder: Path | None = None) -> None:
        """The one-page workshop summary into Documents (or ``folder``), written in a worker."""
        if self.reflection is None or not self.reflection.finished or self.team_pid is None:
            return
        self.done_pdf.setEnabled(False)
        self.pdf_status.setText(self.tr("Writing the workshop summary…"))
        self._pdf_task = start_summary_pdf(self, self.ctx, self.reflection, self.team_pid,
                                           self.team_name.text().strip(), self.tr("HyPe workshop"), folder,
                                           self._pdf_done, self._pdf_failed)

    def _pdf_done(self, path: Path) -> None:
        from hype_desktop.ui.saved_files import confirm_saved
        self.done_pdf.setEnabled(True)
        self.pdf_status.setText(self.tr("The workshop summary was saved as %1.").replace("%1", path.name))
        self.summary_pdf = path
        confirm_saved(self.window(), path)

    def _pdf_failed(self, reason: str) -> None:
        self.done_pdf.setEnabled(True)
        self.pdf_status.setText(self.tr("The workshop summary could not be saved: %1").replace("%1", reason))

    def link_round_dialog(self) -> None:
        """Link the finished team reflection to a collated round, relink or unlink it."""
        if self.reflection is None or not self.reflection.finished or not self.team_rounds:
            return
        # the main window as parent: the projector style sheet's big type does not fit a dialog
        self.link_dialog = dialog = LinkRoundDialog(self.ctx, self.reflection, self.team_rounds, self.window())
        dialog.linked.connect(self._linked)
        dialog.open()

    def _linked(self, reflection: Reflection) -> None:
        self.reflection = reflection
        self._show_result()
        self.done_link.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Down / Page Up move between statements (keys the scale leaves unused reach here)."""
        if event.key() == Qt.Key.Key_PageDown:
            self.next_item()
        elif event.key() == Qt.Key.Key_PageUp:
            self.previous_item()
        else:
            super().keyPressEvent(event)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setup_title.setText(self.tr("Workshop mode"))
        self.setup_intro.setText(self.tr(
            "Reflect together as a team on one screen: one statement at a time, the team agrees on an "
            "answer and, if it wants, a note. The result is the team's own reflection, kept apart from "
            "anyone's personal ones. Keys: 1–5 or N answer, Page Down next, Page Up back."))
        self.team_label.setText(self.tr("&Team name:"))
        self.team_name.setAccessibleName(self.tr("Team name"))
        self.phase_label.setText(self.tr("&Occasion:"))
        self.phase.setAccessibleName(self.tr("Occasion"))
        for n in range(self.phase.count()):
            self.phase.setItemText(n, phase_name(Phase(self.phase.itemData(n))))
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start or resume the team reflection"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.note_label.setText(self.tr("The team's n&ote (optional):"))
        self.note.setAccessibleDescription(self.tr("The team's note on this statement"))
        self.prev_button.setText(self.tr("&Back"))
        self.leave_button.setText(self.tr("L&eave"))
        self.leave_button.setAccessibleName(self.tr("Leave the workshop; it resumes where it stopped"))
        self.modules_label.setText(self.tr("Modules:"))
        self.votes_check.setText(self.tr("&Count cards in the room (for a small team: how many cards showed "
                                         "each value, no names)"))
        self.votes_check.setAccessibleName(self.tr("Count cards in the room"))
        self.done_pdf.setText(self.tr("Workshop &summary PDF…"))
        self.done_pdf.setAccessibleName(self.tr("Save a one-page summary of the workshop as a PDF"))
        self.prev_button.setAccessibleName(self.tr("Previous statement"))
        self.done_title.setText(self.tr("The team's reflection is saved"))
        self.done_scroll.setAccessibleName(self.done_title.text())
        self.done_home.setText(self.tr("&Home"))
        self.done_home.setAccessibleName(self.tr("Back to the home screen"))
        self.done_history.setText(self.tr("The team's &reflections"))
        self.done_history.setAccessibleName(self.tr("Show the list of the team's reflections"))
        self.done_trends.setText(self.tr("The team's change over &time"))
        self.done_trends.setAccessibleName(self.tr("Show how the team's reflections change over time"))
        self.done_link.setText(self.tr("&Link to a collated round…"))
        self.done_link.setAccessibleName(self.tr(
            "Link the team's reflection to a collated round, or change or remove the link"))
        if self.pages.currentIndex() == 2 and self.reflection is not None and self.reflection.finished:
            self._show_result()
        self.round_label.setText(self.tr("Collated &round:"))
        self.round_pick.setAccessibleName(self.tr(
            "Collated round to link the team's result to, for that round's team PDF (optional)"))
        fill_round_picker(self.ctx, self.round_pick, self.team_rounds,
                          self.tr("None (not linked to a collated round)"))
        if self.pages.currentIndex() == 1 and self.items:
            self.show_item()
