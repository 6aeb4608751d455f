"""A finished reflection in brief: per factor its score in words, and the next steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
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
            layout.addWidget(heading(module.title.get(lang), size=1.15))
            if any(inst.factor(f).direction is Direction.PROFILE for f in fids):
                layout.addWidget(plain_label(self.tr(
                    "A profile of your work orientation: no score here is better or worse than another."),
                    role="hint"))
            grid = QGridLayout()
            for row, fid in enumerate(fids):
                factor = inst.factor(fid)
                score = r.scores.get(fid)
                grid.addWidget(plain_label(factor.title.get(lang)), row, 0)
                if score is None or score.mean is None:
                    answered = score.answered if score else 0
                    grid.addWidget(plain_label("–", wrap=False), row, 1)
                    grid.addWidget(plain_label(self.tr(
                        "Too few answers for a score (%1 of %2 answered)")
                        .replace("%1", str(answered)).replace("%2", str(len(factor.items)))), row, 2)
                    continue
                band = factor.band_for(score.mean)
                grid.addWidget(plain_label(ctx.fmt_score(score.mean), wrap=False), row, 1)
                words = band.label.get(lang) if band else ""
                if factor.direction is Direction.HIGHER_STRAIN:
                    words += " " + self.tr("(higher = more strain)")
                grid.addWidget(plain_label(words), row, 2)
            grid.setColumnStretch(0, 2)
            grid.setColumnStretch(2, 3)
            layout.addLayout(grid)

        layout.addWidget(heading(self.tr("Next steps"), size=1.15))
        if not r.next_steps:
            layout.addWidget(plain_label(self.tr("No next steps this time.")))
        for step in r.next_steps:
            parts = [owner_name(step.owner)]
            if title := inst.factor_title(step.factor_id, lang):
                parts.append(title)
            if step.due:
                parts.append(self.tr("by %1").replace("%1", ctx.fmt_date(step.due)))
            layout.addWidget(plain_label(f"• {step.text}  ({', '.join(parts)})"))
        layout.addStretch(1)
        return body
