"""Home: continue an unfinished reflection, the latest one in brief, open next steps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from hype_desktop.domain.reflection import NextStep, Reflection
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import occasion_name, owner_name
from hype_desktop.ui.widgets import Retranslating, card, heading, plain_label


class HomeView(Retranslating, QWidget):
    start_requested = Signal()
    continue_requested = Signal(int)
    summary_requested = Signal(int)
    history_requested = Signal()
    trends_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unfinished: Reflection | None = None
        self.latest: Reflection | None = None
        self.open_steps: list[NextStep] = []
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        self.reload()

    def reload(self) -> None:
        """Read what the home screen shows from the store, then lay it out."""
        store, pid = self.ctx.store, self.ctx.profile_id
        self.unfinished = store.unfinished(pid)
        self.latest = store.latest_finished(pid)
        self.open_steps = store.open_next_steps(pid)
        self.retranslate()


    def retranslate(self) -> None:
        self.scroll.setWidget(self._body())

    def _body(self) -> QWidget:
        ctx = self.ctx
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Welcome to HyPe Desktop"), size=1.5))
        layout.addWidget(plain_label(self.tr(
            "Reflect on your work orientation and on what supports pedagogical well-being in your "
            "work community, and bring what you choose to your team's workshop. A reflection aid, "
            "not a test or a diagnosis. Everything stays on this computer unless you export it.")))

        self.continue_button = None
        if self.unfinished:
            r = self.unfinished
            box = card()
            b = QVBoxLayout(box)
            b.addWidget(heading(self.tr("Unfinished reflection"), size=1.15))
            answered = sum(1 for a in r.answers.values() if a.answered)
            total = sum(len(f.items) for f in ctx.instrument.known_factors(r.scope))
            b.addWidget(plain_label(self.tr("%1, started %2: %3 of %4 statements answered.")
                                    .replace("%1", self._occasion(r)).replace("%2", ctx.fmt_date(r.started_at))
                                    .replace("%3", str(answered)).replace("%4", str(total))))
            self.continue_button = QPushButton(self.tr("&Continue where I left off"))
            self.continue_button.setAccessibleName(self.tr("Continue the unfinished reflection"))
            self.continue_button.clicked.connect(self._continue)
            row = QHBoxLayout()
            row.addWidget(self.continue_button)
            row.addStretch(1)
            b.addLayout(row)
            layout.addWidget(box)

        self.start_button = QPushButton(self.tr("&Start a new reflection"))
        self.start_button.setAccessibleName(self.tr("Start a new reflection"))
        self.start_button.clicked.connect(self.start_requested)
        self.history_button = QPushButton(self.tr("My &reflections"))
        self.history_button.setAccessibleName(self.tr("Show the list of my reflections"))
        self.history_button.clicked.connect(self.history_requested)
        self.trends_button = QPushButton(self.tr("Change over &time"))
        self.trends_button.setAccessibleName(self.tr("Show change over time"))
        self.trends_button.clicked.connect(self.trends_requested)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.history_button)
        row.addWidget(self.trends_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(heading(self.tr("Latest reflection"), size=1.15))
        self.summary_button = None
        if self.latest:
            r = self.latest
            scored = [s for s in r.scores.values() if s.mean is not None]
            layout.addWidget(plain_label(self.tr("%1, finished %2. %3 factors with a score.")
                                         .replace("%1", self._occasion(r))
                                         .replace("%2", ctx.fmt_date(r.finished_at))
                                         .replace("%3", str(len(scored)))))
            self.summary_button = QPushButton(self.tr("Open its s&ummary"))  # Alt+S is Start
            self.summary_button.setAccessibleName(self.tr("Open the summary of the latest reflection"))
            self.summary_button.clicked.connect(self._summary)
            row = QHBoxLayout()
            row.addWidget(self.summary_button)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            layout.addWidget(plain_label(self.tr(
                "No finished reflections yet. Your first one takes about 15–30 minutes; you can stop "
                "at any time and continue later.")))

        layout.addWidget(heading(self.tr("Open next steps"), size=1.15))
        if not self.open_steps:
            layout.addWidget(plain_label(self.tr("No open next steps.")))
        today = date.today()
        overdue = [s for s in self.open_steps if s.is_overdue(today)]
        if overdue:
            self.overdue_label = plain_label(self.tr(
                "%1 of your steps are past their date. When you start your next reflection, you "
                "can say what became of them.").replace("%1", str(len(overdue))), role="overdue")
            layout.addWidget(self.overdue_label)
        for step in (overdue + [s for s in self.open_steps if not s.is_overdue(today)])[:10]:
            parts = [owner_name(step.owner)]
            if step.due:
                due = ctx.fmt_date(step.due)
                parts.append(self.tr("overdue since %1").replace("%1", due) if step.is_overdue(today)
                             else self.tr("by %1").replace("%1", due))
            layout.addWidget(plain_label(f"• {step.text}  ({', '.join(parts)})"))
        layout.addStretch(1)
        return body

    def _continue(self) -> None:
        if self.unfinished:
            self.continue_requested.emit(self.unfinished.id)

    def _summary(self) -> None:
        if self.latest:
            self.summary_requested.emit(self.latest.id)

    @staticmethod
    def _occasion(r: Reflection) -> str:
        return occasion_name(r.round.phase, r.round.label)
