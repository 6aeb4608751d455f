"""The workshop's result as a table: one row per area with the team's score and its words.

A line of text per area ("Boundaries and recovery: 3.4") is read as one block by a screen
reader; a table is a Tab stop whose cells are read with their column header and the area
as the row's name, like the summary of a personal reflection (ui/results_table.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import Reflection
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.results_table import ResultsTable


class WorkshopScores(ResultsTable):
    """The team's scores by area, with the band's words; "–" where there are too few answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("workshopScores")

    def show_scores(self, ctx: AppContext, reflection: Reflection) -> None:
        lang = ctx.lang
        rows = []
        for factor in ctx.instrument.known_factors(reflection.scope):
            score = reflection.scores.get(factor.id)
            if score is None or score.mean is None:
                rows.append([factor.title.get(lang), "–", self.tr("Too few answers for a score")])
                continue
            band = factor.band_for(score.mean)
            words = band.label.get(lang) if band else ""
            if factor.direction is Direction.HIGHER_STRAIN:
                words = (words + " " + self.tr("(higher = more strain)")).strip()
            rows.append([factor.title.get(lang), ctx.fmt_score(score.mean), words])
        self.set_results([self.tr("Area"), self.tr("Score"), self.tr("In words")], rows,
                         caption=self.tr("The team's result by area"))
