"""A finished reflection in brief: per factor its score in words, and the next steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import Reflection
from hype_desktop.domain.scoring import strained_factors
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import occasion_name, owner_name
from hype_desktop.ui.results_table import ResultsTable
from hype_desktop.ui.widgets import Retranslating, card, heading, plain_label


class SummaryView(Retranslating, QWidget):
    home_requested = Signal()
    report_requested = Signal(int)  # reflection id: open the PDF export dialog

    def __init__(self, ctx: AppContext, reflection: Reflection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection = reflection
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        bar = QHBoxLayout()
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.reflection.id))
        bar.addWidget(self.report_button)
        bar.addStretch(1)
        bar.addWidget(self.home_button)
        outer.addLayout(bar)
        self.retranslate()


    def first_focus(self) -> QWidget:
        """The first results table: a screen reader starts reading the results, not the buttons."""
        tables = self.scroll.widget().findChildren(ResultsTable) if self.scroll.widget() else []
        return tables[0] if tables else self.home_button

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.report_button.setText(self.tr("&Export PDF for the workshop…"))
        self.report_button.setAccessibleName(self.tr("Export this reflection as a PDF for the workshop"))
        self.scroll.setWidget(self._body())

    def _body(self) -> QWidget:
        ctx, r, lang = self.ctx, self.reflection, self.ctx.lang
        inst = ctx.instrument
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Your reflection")))
        when = ctx.fmt_date(r.finished_at or r.started_at)
        occasion = occasion_name(r.round.phase, r.round.label)
        layout.addWidget(plain_label(f"{occasion} · {when}"))
        layout.addWidget(plain_label(self.tr(
            "A reflection aid, not an assessment of a person. The words describe how things look "
            "to you right now; they are a starting point for a conversation."), role="hint"))

        strained = strained_factors(inst, r.scores)
        if strained:
            box = card()
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(plain_label(self.tr(
                "Your answers suggest that the load feels heavy right now. That is worth taking "
                "seriously, and you do not have to carry it alone: occupational health care "
                "(työterveyshuolto) and your lead are there to talk to.")))
            box.setAccessibleName(self.tr("A note on load"))
            layout.addWidget(box)

        for module in inst.modules:
            fids = [f.id for f in module.factors if f.id in r.scope]
            if not fids:
                continue
            layout.addWidget(heading(module.title.get(lang), size=1.15, level=2))
            if any(inst.factor(f).direction is Direction.PROFILE for f in fids):
                layout.addWidget(plain_label(self.tr(
                    "A profile of your work orientation: no score here is better or worse than another."),
                    role="hint"))
            rows = []
            for fid in fids:
                factor = inst.factor(fid)
                score = r.scores.get(fid)
                if score is None or score.mean is None:
                    answered = score.answered if score else 0
                    rows.append([factor.title.get(lang), "–", self.tr(
                        "Too few answers for a score (%1 of %2 answered)")
                        .replace("%1", str(answered)).replace("%2", str(len(factor.items)))])
                    continue
                band = factor.band_for(score.mean)
                words = band.label.get(lang) if band else ""
                if factor.direction is Direction.HIGHER_STRAIN:
                    words += " " + self.tr("(higher = more strain)")
                rows.append([factor.title.get(lang), ctx.fmt_score(score.mean), words])
            table = ResultsTable()
            table.set_results([self.tr("Factor"), self.tr("Score"), self.tr("In words")], rows,
                              caption=self.tr("%1: scores by factor").replace("%1", module.title.get(lang)))
            layout.addWidget(table)

        layout.addWidget(heading(self.tr("Next steps"), size=1.15, level=2))
        if not r.next_steps:
            layout.addWidget(plain_label(self.tr("No next steps this time.")))
        else:
            steps = ResultsTable()
            steps.set_results(
                [self.tr("Next step"), self.tr("Whose"), self.tr("Factor"), self.tr("By when")],
                [[step.text, owner_name(step.owner), inst.factor_title(step.factor_id, lang) or "",
                  ctx.fmt_date(step.due) if step.due else ""] for step in r.next_steps],
                caption=self.tr("Next steps"))
            layout.addWidget(steps)
        layout.addStretch(1)
        return body
