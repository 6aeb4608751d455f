"""The team's results as pictures, with a table beside every chart and the same in words.

Pictures: the areas' means with their spread, per module a diverging bar per statement
where a distribution may be shown, "differ most" and "agree most" as discussion cards, and
what members shared as cards by area (already shuffled by the aggregate). Only what the
aggregate holds is shown: it holds None for everything the group sizes hide.
The charts are drawn off the GUI thread, in the collation's worker (``chart_jobs`` and
``render_png`` use no widgets); the panel places them by key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.ui import chart_words
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.results_table import ResultsTable
from hype_desktop.ui.widgets import Retranslating, card, heading, plain_label

if TYPE_CHECKING:
    from hype_desktop.collation.collate import CollationOutcome
    from hype_desktop.domain.aggregate import Stats, TeamAggregate
    from hype_desktop.domain.instrument import Instrument

CHART_WIDTH_IN = 7.5
CHART_DPI = 110


@dataclass(frozen=True)
class ChartJob:
    """What one chart needs, in plain data, to be drawn in a worker."""

    kind: str  # "means" or "likert"
    rows: tuple[Any, ...]  # LikertRow or MeanRow
    hidden_text: str
    value_labels: tuple[str, ...] = ()
    decimal: str = "."


@dataclass(frozen=True)
class ChartTexts:
    """The words the charts need, translated on the GUI thread before the worker starts."""

    shown_from: str  # "shown from %1 people"
    decimal: str = "."


def chart_jobs(inst: Instrument, lang: str, agg: TeamAggregate, texts: ChartTexts) -> dict[str, ChartJob]:
    """The charts of an aggregate by key: "means" for the areas, then a module id for each
    module with a statement whose distribution may be shown."""
    from hype_desktop.charts.likert import LikertRow, MeanRow
    k, kd = agg.thresholds.k_scores, agg.thresholds.k_detail
    jobs = {"means": ChartJob(
        "means", tuple(MeanRow(inst.factor(f.id).title.get(lang), agg.factors[f.id].mean, agg.factors[f.id].sd)
                       for f in inst.factors() if f.id in agg.factors),
        texts.shown_from.replace("%1", str(k)), decimal=texts.decimal)}
    labels = tuple(p.label.get(lang) for p in sorted(inst.scale, key=lambda p: p.value))
    for module in inst.modules:
        shown = [i for f in module.factors for i in f.items
                 if i.id in agg.items and agg.items[i.id].distribution is not None]
        if shown:
            jobs[module.id] = ChartJob("likert", tuple(LikertRow(i.text.get(lang), agg.items[i.id].distribution)
                                                       for i in shown),
                                       texts.shown_from.replace("%1", str(kd)), labels)
    return jobs


def render_all(inst: Instrument, lang: str, agg: TeamAggregate, texts: ChartTexts) -> dict[str, bytes]:
    """Every chart of the aggregate as PNG bytes, by key (runs in a worker)."""
    return {key: render_png(job) for key, job in chart_jobs(inst, lang, agg, texts).items()}


def render_png(job: ChartJob) -> bytes:
    """Draw one chart to PNG bytes (runs in a worker: no widgets here)."""
    from hype_desktop.charts import likert
    from hype_desktop.charts.raster import figure_png
    if job.kind == "means":
        fig = likert.means_figure(job.rows, hidden_text=job.hidden_text, width=CHART_WIDTH_IN,
                                  value_text=lambda v: f"{v:.1f}".replace(".", job.decimal))
    else:
        fig = likert.likert_figure(job.rows, job.value_labels, hidden_text=job.hidden_text, width=CHART_WIDTH_IN)
    return figure_png(fig, dpi=CHART_DPI)


def _table(headers: list[str], rows: list[list[str]], name: str) -> ResultsTable:
    """The same numbers as a chart, as a table a screen reader walks cell by cell."""
    table = ResultsTable(name)
    table.set_results(headers, rows)
    return table


class ResultsPanel(Retranslating, QTabWidget):
    """Tabs: Pictures, Tables, In words (``words``, a plain text of the same results)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: CollationOutcome | None = None
        self.chart_labels: dict[str, QLabel] = {}
        self.pictures_scroll, self.tables_scroll = QScrollArea(), QScrollArea()
        for scroll in (self.pictures_scroll, self.tables_scroll):
            scroll.setWidgetResizable(True)
        self.words = QPlainTextEdit()
        self.words.setReadOnly(True)
        # The caret moves with the arrow keys, so a screen reader reads line by line.
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addTab(self.pictures_scroll, "")
        self.addTab(self.tables_scroll, "")
        self.addTab(self.words, "")
        self.retranslate()

    def clear_results(self) -> None:
        self.outcome = None
        self.chart_labels = {}
        self.pictures_scroll.setWidget(QWidget())
        self.tables_scroll.setWidget(QWidget())
        self.words.clear()

    # --- building --------------------------------------------------------------------------------
    def chart_texts(self) -> ChartTexts:
        return ChartTexts(self.tr("shown from %1 people"), self.ctx.language.locale().decimalPoint() or ".")

    def show_outcome(self, outcome: CollationOutcome, words: str, charts: dict[str, bytes]) -> None:
        """Show ``outcome``'s aggregate with its charts drawn by ``render_all``."""
        self.outcome = outcome
        self.words.setPlainText(words)
        self._build()
        for key, png in charts.items():
            label = self.chart_labels.get(key)
            if label is None:
                continue
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            label.setPixmap(pixmap)
            label.setMinimumHeight(pixmap.height())

    def _build(self) -> None:
        assert self.outcome is not None and self.outcome.aggregate is not None
        agg, inst, lang = self.outcome.aggregate, self.ctx.instrument, self.ctx.lang
        self.chart_labels = {}
        pictures, tables = QWidget(), QWidget()
        pic, tab = QVBoxLayout(pictures), QVBoxLayout(tables)
        k, kd = agg.thresholds.k_scores, agg.thresholds.k_detail
        too_few = self.tr("shown from %1 people").replace("%1", str(k))
        # discussion cards
        cards = QGridLayout()
        for col, (title, ids, hint) in enumerate((
                (self.tr("Where views differ most"), agg.most_disputed,
                 self.tr("Good starting points for the discussion.")),
                (self.tr("Where the team agrees most"), agg.most_agreed,
                 self.tr("Worth naming, and keeping.")))):
            box = card()
            lay = QVBoxLayout(box)
            lay.addWidget(heading(title, size=1.1, level=3))
            lay.addWidget(plain_label(hint, role="hint"))
            for iid in ids:
                lay.addWidget(plain_label("• " + inst.item(iid).text.get(lang)))
            if not ids:
                lay.addWidget(plain_label(self.tr("Shown from %1 people.").replace("%1", str(kd)), role="hint"))
            lay.addStretch(1)
            box.setAccessibleName(title)
            cards.addWidget(box, 0, col)
        pic.addWidget(heading(self.tr("Talking points"), size=1.2, level=2))
        pic.addLayout(cards)
        # factor means with spread
        factor_ids = [f.id for f in inst.factors() if f.id in agg.factors]
        pic.addWidget(heading(self.tr("The areas: the team's middle and spread"), size=1.2, level=2))
        pic.addWidget(plain_label(self.tr(
            "The dot is the team's mean on the 1–5 scale; the band reaches one spread to either side: "
            "the wider it is, the further apart the team's views lie."), role="hint"))
        self._chart(pic, "means", self.tr(
            "Chart of the areas' means and spread; the same numbers are in the Tables tab."),
            chart_words.sentences(chart_words.middle_and_spread(
                inst.factor(f).title.get(lang), self._score(agg.factors[f].mean), self._score(agg.factors[f].sd),
                too_few) for f in factor_ids))
        tab.addWidget(heading(self.tr("The areas"), size=1.2, level=2))
        tab.addWidget(_table(
            [self.tr("Area"), self.tr("People"), self.tr("Mean"), self.tr("Median"), self.tr("Spread")],
            [[inst.factor(f).title.get(lang), str(agg.factors[f].n)] + self._stats(agg.factors[f], too_few)
             for f in factor_ids], self.tr("The areas' means and spread")))
        # statements per module
        labels = tuple(p.label.get(lang) for p in sorted(inst.scale, key=lambda p: p.value))
        for module in inst.modules:
            items = [i for f in module.factors for i in f.items if i.id in agg.items]
            if not items:
                continue
            title = module.title.get(lang)
            pic.addWidget(heading(title, size=1.2, level=2))
            shown = [i for i in items if agg.items[i.id].distribution is not None]
            if shown:
                self._chart(pic, module.id, self.tr(
                    "How the team answered each statement of %1; the same numbers are in the Tables tab.")
                    .replace("%1", title), chart_words.sentences(chart_words.answers(
                        i.text.get(lang), agg.items[i.id].distribution or (),
                        [f"{n} – {w}" for n, w in enumerate(labels, 1)]) for i in shown))
                tab.addWidget(heading(title, size=1.2, level=2))
                tab.addWidget(_table([self.tr("Statement")] + [f"{n} {w}" for n, w in enumerate(labels, 1)],
                                     [[i.text.get(lang)] + [str(c) for c in agg.items[i.id].distribution or ()]
                                      for i in shown],
                                     self.tr("People per answer, %1").replace("%1", title)))
            else:
                pic.addWidget(plain_label(self.tr(
                    "How the answers spread over the scale is shown from %1 people.").replace("%1", str(kd)),
                    role="hint"))
        # shared words as cards by area
        for caption, groups in ((self.tr("Next steps members shared"), agg.next_steps),
                                (self.tr("Notes and answers members shared"), agg.free_text)):
            if not groups:
                continue
            pic.addWidget(heading(caption, size=1.2, level=2))
            for fid, texts in groups.items():
                box = card()
                lay = QVBoxLayout(box)
                head = inst.factor_title(fid, lang, default=self.tr("Other")) if fid else self.tr("Other")
                lay.addWidget(heading(head, size=1.05, level=3))
                for text in texts:
                    lay.addWidget(plain_label("– " + text))
                box.setAccessibleName(head)
                pic.addWidget(box)
        if not (agg.next_steps or agg.free_text):
            pic.addWidget(plain_label(self.tr("Shared text is shown from %1 people up.").replace("%1", str(kd)),
                                      role="hint"))
        pic.addStretch(1)
        tab.addStretch(1)
        self.pictures_scroll.setWidget(pictures)
        self.tables_scroll.setWidget(tables)

    def _chart(self, layout: QVBoxLayout, key: str, name: str, description: str) -> None:
        """A place for a chart, named by what it is and described by what it shows."""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        label.setAccessibleDescription(description)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label)
        self.chart_labels[key] = label

    def _score(self, value: float | None) -> str | None:
        return None if value is None else self.ctx.fmt_score(value)

    def _stats(self, s: Stats, too_few: str) -> list[str]:
        if s.mean is None:
            return [too_few, "", ""]
        return ["" if v is None else self.ctx.fmt_score(v) for v in (s.mean, s.median, s.sd)]

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Pi&ctures"))
        self.setTabText(1, self.tr("T&ables"))
        self.setTabText(2, self.tr("In &words"))
        self.setAccessibleName(self.tr("Group results"))
        self.tabBar().setAccessibleName(self.tr("Group results as pictures, tables or words"))
        self.words.setAccessibleName(self.tr("Group results in words"))
