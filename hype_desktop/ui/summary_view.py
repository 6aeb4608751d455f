"""A finished reflection as a picture, with the words beside it and a table behind it.

Per module a results table (ui/results_table.py: headers, one Tab stop, what a screen reader
walks) whose score cells are drawn as pictures: a dot on the factor's bands, a ring where it
was last time, the figure beside it; then the band's words and last time's score. Then the
user's own notes, open answers, next steps and how the earlier ones went. Nothing here judges
a person: the words describe a moment, and the change is given as figures, not as better or worse.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from hype_desktop.domain.instrument import Band, Direction, Factor
from hype_desktop.domain.reflection import Reflection, StepStatus
from hype_desktop.domain.scoring import strained_factors
from hype_desktop.reports.report_data import ReportData, load_report_data
from hype_desktop.ui import chart_words
from hype_desktop.ui.band_scale import BandDelegate
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.icons import set_icon
from hype_desktop.ui.labels import occasion_name, owner_name, status_name
from hype_desktop.ui.results_table import ResultsTable
from hype_desktop.ui.themes import SPACE, TYPE_SCALE
from hype_desktop.ui.widgets import (
    Retranslating,
    card_with_layout,
    centred_column,
    heading,
    plain_label,
    primary_button,
)


class SummaryView(Retranslating, QWidget):
    home_requested = Signal()
    report_requested = Signal(int)  # reflection id: open the PDF export dialog
    share_requested = Signal(int)  # reflection id: "Share with my team" (a reflection of a team round)
    compare_requested = Signal(int)  # reflection id: compare it with earlier ones (change over time)

    def __init__(self, ctx: AppContext, reflection: Reflection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection = reflection
        self.data: ReportData | None = None
        if reflection.finished:
            self.data = load_report_data(ctx.store, ctx.instrument, reflection.id)
        outer = QVBoxLayout(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        bar = QHBoxLayout()
        self.report_button = primary_button()
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.reflection.id))
        set_icon(self.report_button, "file-pdf", "HighlightedText")
        self.share_button = QPushButton()
        self.share_button.clicked.connect(lambda: self.share_requested.emit(self.reflection.id))
        self.share_button.setVisible(bool(reflection.finished and reflection.round.round_uid
                                          and reflection.round.team_code))
        set_icon(self.share_button, "share-network")
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.reflection.id))
        self.compare_button.setVisible(self.data is not None and self.data.earlier is not None)
        set_icon(self.compare_button, "chart-line")
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        set_icon(self.home_button, "house")
        for button in (self.report_button, self.share_button, self.compare_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.home_button)
        outer.addLayout(bar)
        self.retranslate()

    def first_focus(self) -> QWidget:
        """The first results table: a screen reader starts reading the results, not the buttons."""
        page = self.scroll_area.widget()
        tables = page.findChildren(ResultsTable) if page is not None else []
        return tables[0] if tables else self.home_button

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.report_button.setText(self.tr("&Export PDF for the workshop…"))
        self.report_button.setAccessibleDescription(self.tr("Export this reflection as a PDF for the workshop"))
        self.share_button.setText(self.tr("&Share with my team…"))
        self.share_button.setAccessibleName(self.tr("Share this reflection with my team: see what goes in first"))
        self.compare_button.setText(self.tr("&Compare with earlier"))
        self.compare_button.setAccessibleDescription(self.tr("Compare this reflection with earlier ones"))
        centred_column(self.scroll_area, self._body())

    # --- the page --------------------------------------------------------------------------------
    def _body(self) -> QWidget:
        ctx, r = self.ctx, self.reflection
        inst = ctx.instrument
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE["l"])
        layout.addWidget(heading(self.tr("Your reflection"), size=TYPE_SCALE["h1"], level=1))
        when = ctx.fmt_date(r.finished_at or r.started_at)
        layout.addWidget(plain_label(f"{occasion_name(r.round.phase, r.round.label)} · {when}"))
        layout.addWidget(plain_label(self.tr(
            "A reflection aid, not an assessment of a person. The words describe how things look "
            "to you right now; they are a starting point for a conversation."), role="hint"))
        earlier = self.data.earlier if self.data else None
        if earlier is not None:
            layout.addWidget(plain_label(self.tr(
                "The dot is now; the ring is your reflection of %1.").replace("%1", ctx.fmt_date(
                    earlier.finished_at or earlier.started_at)), role="hint"))

        if strained_factors(inst, r.scores):
            box, b = card_with_layout()
            b.addWidget(plain_label(self.tr(
                "Your answers suggest that the load feels heavy right now. That is worth taking "
                "seriously, and you do not have to carry it alone: occupational health care "
                "(työterveyshuolto) and your lead are there to talk to.")))
            box.setAccessibleName(self.tr("A note on load"))
            layout.addWidget(box)

        for module in inst.modules:
            factors = [inst.factor(f.id) for f in module.factors if f.id in r.scope]
            if factors:
                layout.addWidget(self._module_card(module.title.get(ctx.lang), factors))

        for part in (self._notes_card(), self._answers_card(), self._steps_card(), self._earlier_steps_card()):
            if part is not None:
                layout.addWidget(part)
        layout.addStretch(1)
        return body

    def _before(self, factor_id: str) -> float | None:
        earlier = self.data.earlier if self.data else None
        score = earlier.scores.get(factor_id) if earlier else None
        return score.mean if score else None

    def _words(self, factor: Factor, mean: float) -> str:
        band = factor.band_for(mean)
        words = band.label.get(self.ctx.lang) if band else ""
        if factor.direction is Direction.HIGHER_STRAIN:
            words += " " + self.tr("(higher = more strain)")
        return words

    def _module_card(self, title: str, factors: list[Factor]) -> QFrame:
        ctx, r, lang = self.ctx, self.reflection, self.ctx.lang
        box, b = card_with_layout()
        b.addWidget(heading(title, size=TYPE_SCALE["h2"], level=2))
        # Only where it is true: a module that also holds resources (higher is better) has
        # scores that are better or worse, and their words say so.
        if factors and all(f.direction is Direction.PROFILE for f in factors):
            b.addWidget(plain_label(self.tr(
                "A profile of your work orientation: no score here is better or worse than another."), role="hint"))
        earlier = self.data is not None and self.data.earlier is not None
        # The words last: the last column stretches, and the words are the longest.
        headers = [self.tr("Factor"), self.tr("Score")] + ([self.tr("Last time")] if earlier else [])
        headers.append(self.tr("In words"))
        rows: list[list[str]] = []
        pictures: list[tuple[tuple[Band, ...], float, float | None] | None] = []
        said: list[str] = []  # what the dots and rings show, in words
        for factor in factors:
            score = r.scores.get(factor.id)
            before = self._before(factor.id)
            last = [ctx.fmt_score(before) if before is not None else "–"] if earlier else []
            if score is None or score.mean is None:
                answered = score.answered if score else 0
                rows.append([factor.title.get(lang), "–"] + last + [self.tr(
                    "Too few answers for a score (%1 of %2 answered)")
                    .replace("%1", str(answered)).replace("%2", str(len(factor.items)))])
                pictures.append(None)
                said.append(rows[-1][0] + ": " + rows[-1][-1])
                continue
            rows.append([factor.title.get(lang), ctx.fmt_score(score.mean)] + last + [self._words(factor, score.mean)])
            pictures.append((factor.bands, score.mean, before))
            said.append(chart_words.now_and_before(
                factor.title.get(lang), ctx.fmt_score(score.mean),
                ctx.fmt_score(before) if before is not None else None))
        table = ResultsTable()
        table.setItemDelegateForColumn(1, BandDelegate(pictures, table))
        table.set_results(headers, rows, caption=self.tr("%1: scores by factor").replace("%1", title))
        table.setAccessibleDescription(chart_words.sentences(said))
        b.addWidget(table)
        return box

    def _list_card(self, title: str, entries: list[tuple[str, str]]) -> QFrame | None:
        """A card of (what it belongs to, the user's own text) pairs; None when there are none."""
        if not entries:
            return None
        box, b = card_with_layout()
        b.addWidget(heading(title, size=TYPE_SCALE["h2"], level=2))
        for about, own in entries:
            b.addWidget(plain_label(about, role="hint"))
            if own:
                b.addWidget(plain_label(own))
        return box

    def _notes_card(self) -> QFrame | None:
        inst, r, lang = self.ctx.instrument, self.reflection, self.ctx.lang
        entries = []
        for factor in inst.known_factors(r.scope):
            for item in factor.items:
                answer = r.answers.get(item.id)
                if answer is not None and answer.note.strip():
                    entries.append((item.text.get(lang), answer.note))
        return self._list_card(self.tr("Your notes"), entries)

    def _answers_card(self) -> QFrame | None:
        inst, r, lang = self.ctx.instrument, self.reflection, self.ctx.lang
        entries = [(prompt.text.get(lang), r.prompt_answers[prompt.id])
                   for factor in inst.known_factors(r.scope) for prompt in factor.prompts
                   if r.prompt_answers.get(prompt.id, "").strip()]
        return self._list_card(self.tr("Your answers to the open questions"), entries)

    def _steps_card(self) -> QFrame:
        ctx, r, inst = self.ctx, self.reflection, self.ctx.instrument
        box, b = card_with_layout()
        b.addWidget(heading(self.tr("Next steps"), size=TYPE_SCALE["h2"], level=2))
        if not r.next_steps:
            b.addWidget(plain_label(self.tr("No next steps this time.")))
            return box
        steps = ResultsTable()
        steps.set_results(
            [self.tr("Next step"), self.tr("Whose"), self.tr("Factor"), self.tr("By when")],
            [[step.text, owner_name(step.owner), inst.factor_title(step.factor_id, ctx.lang) or "",
              ctx.fmt_date(step.due) if step.due else ""] for step in r.next_steps],
            caption=self.tr("Next steps"))
        b.addWidget(steps)
        return box

    def _earlier_steps_card(self) -> QFrame | None:
        steps = [s for s in (self.data.previous_steps if self.data else [])
                 if s.status is not StepStatus.OPEN or s.learned]
        entries = [(f"{s.text} – {status_name(s.status)}", s.learned) for s in steps]
        return self._list_card(self.tr("How your earlier steps went"), entries)
