"""Home: a small dashboard of cards in a centred column of readable width.

One primary action (continue the unfinished reflection, or start one), the latest result at a
glance (the factors that changed most, each as a dot on its bands with the words beside it;
the whole profile is in the summary), the next steps that are due, and a team round waiting
(an invitation opened, or a finished reflection of a round to share). Everything the
pictures show is also in words, for screen readers.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.instrument import Band, Direction
from hype_desktop.domain.reflection import NextStep, Reflection, Round
from hype_desktop.domain.time_estimate import minutes_for, minutes_for_scope
from hype_desktop.domain.trends import largest_changes
from hype_desktop.ui import chart_words
from hype_desktop.ui.band_scale import BandDelegate
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.icons import set_icon
from hype_desktop.ui.labels import change_words, occasion_name, owner_name
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

STEPS_SHOWN = 5


class HomeView(Retranslating, QWidget):
    start_requested = Signal()
    continue_requested = Signal(int)
    summary_requested = Signal(int)
    history_requested = Signal()
    trends_requested = Signal()
    share_requested = Signal(int)  # reflection id of a finished reflection of a team round

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 invitation: Round | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invitation = invitation
        self.unfinished: Reflection | None = None
        self.latest: Reflection | None = None
        self.open_steps: list[NextStep] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        self.reload()

    def reload(self) -> None:
        """Read what the home screen shows from the store, then lay it out."""
        store, pid = self.ctx.store, self.ctx.profile_id
        self.unfinished = store.unfinished(pid)
        self.latest = store.latest_finished(pid, answers=False)  # Home shows its scores, never its answers
        self.open_steps = store.open_next_steps(pid)
        self.retranslate()

    def retranslate(self) -> None:
        centred_column(self.scroll_area, self._body())

    # --- the cards ------------------------------------------------------------------------------
    def _body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE["l"])
        layout.addWidget(heading(self.tr("Welcome to HyPe Desktop"), size=TYPE_SCALE["h1"]))
        layout.addWidget(plain_label(self.tr(
            "Reflect on your work orientation and on what supports pedagogical well-being in your "
            "work community, and bring what you choose to your team's workshop. A reflection aid, "
            "not a test or a diagnosis. Everything stays on this computer unless you export it."), role="hint"))
        layout.addWidget(self._main_card())
        self.summary_button: QPushButton | None = None
        self.share_button: QPushButton | None = None
        if self.latest is not None:
            layout.addWidget(self._latest_card(self.latest))
        if self.invitation is not None or self._round_to_share() is not None:
            layout.addWidget(self._team_card())
        layout.addWidget(self._steps_card())
        layout.addLayout(self._more_row())
        layout.addStretch(1)
        return body

    def _main_card(self) -> QFrame:
        """Continue (with progress and the time it will still take) or start: the primary action."""
        box, b = card_with_layout()
        self.continue_button: QPushButton | None = None
        self.start_button = QPushButton(self.tr("&Start a new reflection"))
        self.start_button.setAccessibleName(self.tr("Start a new reflection"))
        self.start_button.clicked.connect(self.start_requested)
        set_icon(self.start_button, "plus-circle")
        row = QHBoxLayout()
        if self.unfinished is not None:
            r = self.unfinished
            factors = list(self.ctx.instrument.known_factors(r.scope))
            answered = sum(1 for a in r.answers.values() if a.answered)
            total = sum(len(f.items_for(r.short)) for f in factors)
            pages_left = sum(1 for f in factors if any(not (a := r.answers.get(i.id)) or not a.answered
                                                       for i in f.items_for(r.short)))
            minutes = minutes_for(total - answered, pages_left, next_steps=True)
            b.addWidget(heading(self.tr("Unfinished reflection"), size=TYPE_SCALE["h2"], level=2))
            b.addWidget(plain_label(self.tr("%1, started %2: %3 of %4 statements answered.")
                                    .replace("%1", occasion_name(r.round.phase, r.round.label))
                                    .replace("%2", self.ctx.fmt_date(r.started_at))
                                    .replace("%3", str(answered)).replace("%4", str(total))))
            progress = QProgressBar()
            progress.setRange(0, max(1, total))
            progress.setValue(answered)
            progress.setTextVisible(False)
            progress.setAccessibleName(self.tr("Answered %1 of %2").replace("%1", str(answered))
                                       .replace("%2", str(total)))
            b.addWidget(progress)
            b.addWidget(plain_label(self.tr("About %1 minutes still to go. Everything you answered is saved.")
                                    .replace("%1", str(minutes)), role="hint"))
            self.continue_button = primary_button(self.tr("&Continue where I left off"))
            self.continue_button.setAccessibleName(self.tr("Continue the unfinished reflection"))
            self.continue_button.clicked.connect(self._continue)
            set_icon(self.continue_button, "play", "HighlightedText")
            row.addWidget(self.continue_button)
            row.addWidget(self.start_button)
        else:
            b.addWidget(heading(self.tr("A new reflection"), size=TYPE_SCALE["h2"], level=2))
            first = self.latest is None
            b.addWidget(plain_label(self._first_estimate() if first else self.tr(
                "Choose the occasion and what to reflect on; the start page says how long it will take.")))
            self.start_button.setProperty("primary", True)
            set_icon(self.start_button, "plus-circle", "HighlightedText")
            row.addWidget(self.start_button)
        row.addStretch(1)
        b.addLayout(row)
        return box

    def _first_estimate(self) -> str:
        """How long a first reflection of the modules offered first takes, by the start page's rule."""
        inst = self.ctx.instrument
        full, _ = minutes_for_scope(inst, inst.default_scope(), False)
        if not inst.has_short_form:
            return self.tr("With the modules offered first, it takes about %1 minutes; you can stop at any "
                           "time and continue later.").replace("%1", str(full))
        quick, _ = minutes_for_scope(inst, inst.default_scope(), True)
        return self.tr("A quick check-in takes about %1 minutes, a full reflection about %2; you can stop "
                       "at any time and continue later.").replace("%1", str(quick)).replace("%2", str(full))

    def _latest_card(self, r: Reflection) -> QFrame:
        """The latest result at a glance: the few factors that moved most since the reflection
        before it (a dot now, a ring then, the words beside), the rest in its summary.

        A glance, not the whole profile: all factors are one click away in the summary. The
        rows are a results table, so a screen reader walks them as it does the summary's."""
        box, b = card_with_layout()
        ctx, lang, inst = self.ctx, self.ctx.lang, self.ctx.instrument
        b.addWidget(heading(self.tr("Latest reflection"), size=TYPE_SCALE["h2"], level=2))
        b.addWidget(plain_label(self.tr("%1, finished %2.").replace("%1", occasion_name(r.round.phase, r.round.label))
                                .replace("%2", ctx.fmt_date(r.finished_at)), role="hint"))
        scored = [f for f in inst.known_factors(r.scope) if (s := r.scores.get(f.id)) and s.mean is not None]
        earlier = ctx.store.latest_finished(ctx.profile_id, skip=1, answers=False)
        changes = largest_changes([f.id for f in scored], r, earlier)
        self.changes_table: ResultsTable | None = None
        if earlier is None:
            b.addWidget(plain_label(self.tr(
                "Your first reflection here. Its summary shows each of its %1 factors on its bands, "
                "with words that describe this moment.").replace("%1", str(len(scored)))))
        elif not changes:
            b.addWidget(plain_label(self.tr(
                "No factor moved by more than a quarter point since your reflection of %1.")
                .replace("%1", ctx.fmt_date(earlier.finished_at))))
        else:
            b.addWidget(plain_label(self.tr("What changed most since your reflection of %1:")
                                    .replace("%1", ctx.fmt_date(earlier.finished_at))))
            rows: list[list[str]] = []
            pictures: list[tuple[tuple[Band, ...], float, float | None] | None] = []
            for change in changes:
                factor = inst.factor(change.factor_id)
                band = factor.band_for(change.now)
                words = band.label.get(lang) if band else ""
                if factor.direction is Direction.HIGHER_STRAIN:
                    words += " " + self.tr("(higher = more strain)")
                rows.append([factor.title.get(lang), ctx.fmt_score(change.now),
                             f"{ctx.fmt_score(change.before)} → {ctx.fmt_score(change.now)} "
                             f"({change_words(change.delta, factor.direction)})", words])
                pictures.append((factor.bands, change.now, change.before))
            table = ResultsTable()
            table.setItemDelegateForColumn(1, BandDelegate(pictures, table))
            table.set_results([self.tr("Factor"), self.tr("Now"), self.tr("Change"), self.tr("In words")], rows,
                              caption=self.tr("What changed most since last time"))
            table.setAccessibleDescription(chart_words.sentences(  # the dots and rings in words
                chart_words.now_and_before(inst.factor(c.factor_id).title.get(lang), ctx.fmt_score(c.now),
                                           ctx.fmt_score(c.before)) for c in changes))
            b.addWidget(table)
            self.changes_table = table
        buttons = QHBoxLayout()
        self.summary_button = QPushButton(self.tr("Open its s&ummary"))  # Alt+S is Start
        self.summary_button.setAccessibleDescription(self.tr("Open the summary of the latest reflection"))
        self.summary_button.clicked.connect(self._summary)
        set_icon(self.summary_button, "article")
        buttons.addWidget(self.summary_button)
        if len(scored) > len(changes) and earlier is not None:
            buttons.addWidget(plain_label(self.tr("All %1 factors are in the summary.")
                                          .replace("%1", str(len(scored))), role="hint"), 1)
        else:
            buttons.addStretch(1)
        b.addLayout(buttons)
        return box

    def _round_to_share(self) -> Reflection | None:
        latest = self.latest
        if latest is not None and latest.round.round_uid and latest.round.team_code:
            return latest
        return None

    def _team_card(self) -> QFrame:
        box, b = card_with_layout()
        b.addWidget(heading(self.tr("Team round"), size=TYPE_SCALE["h2"], level=2))
        if self.invitation is not None:
            inv = self.invitation
            b.addWidget(plain_label(self.tr(
                "Your lead's invitation is open: %1 for team %2. Start a reflection to take part; "
                "what you answer stays on this computer.")
                .replace("%1", occasion_name(inv.phase, inv.label)).replace("%2", inv.team_code)))
        shared = self._round_to_share()
        if shared is not None:
            b.addWidget(plain_label(self.tr(
                "Your latest reflection belongs to a round of team %1. You choose what goes in the "
                "file for your lead; nothing is sent by itself.").replace("%1", shared.round.team_code)))
            self.share_button = QPushButton(self.tr("Sh&are with my team…"))
            self.share_button.setAccessibleName(self.tr("Share the latest reflection with my team"))
            self.share_button.clicked.connect(lambda: self.share_requested.emit(shared.id))
            set_icon(self.share_button, "share-network")
            row = QHBoxLayout()
            row.addWidget(self.share_button)
            row.addStretch(1)
            b.addLayout(row)
        return box

    def _steps_card(self) -> QFrame:
        box, b = card_with_layout()
        ctx = self.ctx
        b.addWidget(heading(self.tr("Open next steps"), size=TYPE_SCALE["h2"], level=2))
        today = date.today()
        overdue = [s for s in self.open_steps if s.is_overdue(today)]
        upcoming = sorted((s for s in self.open_steps if not s.is_overdue(today)),
                          key=lambda s: (s.due is None, s.due or today))
        if not self.open_steps:
            b.addWidget(plain_label(self.tr("No open next steps.")))
        if overdue:
            self.overdue_label = plain_label(self.tr(
                "%1 of your steps are past their date. When you start your next reflection, you "
                "can say what became of them.").replace("%1", str(len(overdue))), role="overdue")
            b.addWidget(self.overdue_label)
        shown = (overdue + upcoming)[:STEPS_SHOWN]
        for step in shown:
            parts = [owner_name(step.owner)]
            if step.due:
                due = ctx.fmt_date(step.due)
                parts.append(self.tr("overdue since %1").replace("%1", due) if step.is_overdue(today)
                             else self.tr("by %1").replace("%1", due))
            b.addWidget(plain_label(f"• {step.text}  ({', '.join(parts)})"))
        if len(self.open_steps) > len(shown):
            b.addWidget(plain_label(self.tr("%1 more in My reflections.")
                                    .replace("%1", str(len(self.open_steps) - len(shown))), role="hint"))
        return box

    def _more_row(self) -> QHBoxLayout:
        self.history_button = QPushButton(self.tr("My &reflections"))
        self.history_button.setAccessibleName(self.tr("Show the list of my reflections"))
        self.history_button.clicked.connect(self.history_requested)
        set_icon(self.history_button, "list-bullets")
        self.trends_button = QPushButton(self.tr("Change over &time"))
        self.trends_button.setAccessibleName(self.tr("Show change over time"))
        self.trends_button.clicked.connect(self.trends_requested)
        set_icon(self.trends_button, "chart-line")
        row = QHBoxLayout()
        row.addWidget(self.history_button)
        row.addWidget(self.trends_button)
        row.addStretch(1)
        return row

    def _continue(self) -> None:
        if self.unfinished:
            self.continue_requested.emit(self.unfinished.id)

    def _summary(self) -> None:
        if self.latest:
            self.summary_requested.emit(self.latest.id)
