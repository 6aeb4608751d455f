"""The personal workshop report: cover, results per area with charts and numbers, next steps,
the free text the user ticked, and discussion questions for the round's phase.

Same code path for the export dialog (in a worker thread) and `hype-desktop report`.
Every text we did not write goes through pdf_blocks.safe_paragraph(s).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from hype_desktop import APP_NAME, __version__
from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import NextStep, Reflection, StepStatus
from hype_desktop.domain.scoring import strained_factors
from hype_desktop.reports import pdf_blocks as pb
from hype_desktop.reports.report_data import (
    TREND_POINTS,
    ReportData,
    ReportOptions,
    included_free_texts,
    occasion,
    section_titles,
)
from hype_desktop.reports.report_texts import fmt_date, fmt_number, questions, text

Progress = Callable[[int], None]
SAME_BAND = 0.25  # a change smaller than this reads "about the same"


# --- charts (hype_desktop.charts, the app's one chart package) ----------------------------------
CHART_DPI = 200  # sharp on paper; the figures are drawn as wide as they are placed


def _charts() -> ModuleType | None:
    """The chart module (tests of the text alone hand in None: a report without pictures)."""
    from hype_desktop.charts import profile

    return profile


def profile_chart(labels: list[str], current: list[float | None], earlier: list[float | None] | None,
                  *, width: float, lang: str, current_label: str, earlier_label: str,
                  title: str) -> pb.FigureImage | None:
    """The module's bars (this reflection, and the earlier one hatched) as an image ``width`` pt wide."""
    charts = _charts()
    if charts is None:
        return None
    if earlier is not None and all(v is None for v in earlier):
        earlier = None  # nothing to compare with: no empty series in the legend
    fig = charts.profile_figure(
        labels, current, earlier, current_label=current_label,
        earlier_label=earlier_label if earlier is not None else "", title=title,
        size=(width / 72, charts.profile_height(len(labels), earlier is not None)),
        missing_text=text("report.no_score", lang), value_text=lambda v: fmt_number(v, lang))
    return pb.figure_image(fig, width, dpi=CHART_DPI)


# --- words ------------------------------------------------------------------------------------
def change_words(now: float | None, before: float | None, direction: Direction, lang: str) -> str:
    if now is None or before is None:
        return text("change.none", lang)
    delta = round(now - before, 2)
    if abs(delta) < SAME_BAND:
        return text("change.same", lang)
    words = text("change.up" if delta > 0 else "change.down", lang, delta=fmt_number(abs(delta), lang))
    if direction is Direction.HIGHER_STRAIN:
        words += f" ({text('change.more_strain' if delta > 0 else 'change.less_strain', lang)})"
    return words


def _score_words(data: ReportData, fid: str, lang: str) -> tuple[str, str]:
    factor = data.instrument.factor(fid)
    score = data.reflection.scores.get(fid)
    if score is None or score.mean is None:
        answered = score.answered if score else 0
        return "–", text("report.too_few", lang, answered=answered, total=len(factor.items))
    band = factor.band_for(score.mean)
    words = band.label.get(lang) if band else ""
    if factor.direction is Direction.HIGHER_STRAIN:
        words = f"{words} {text('report.strain_suffix', lang)}"
    return fmt_number(score.mean, lang), words


def _mean(r: Reflection | None, fid: str) -> float | None:
    if r is None or fid not in r.scores:
        return None
    return r.scores[fid].mean


# --- sections ---------------------------------------------------------------------------------
class _Builder:
    def __init__(self, data: ReportData, options: ReportOptions, progress: Progress | None) -> None:
        self.data, self.opt, self.lang = data, options, options.lang
        self.st = pb.make_styles()
        self.width = pb.frame_width(options.page_size)
        self.progress = progress or (lambda _p: None)
        self.story: list[Any] = []  # reportlab flowables

    def p(self, value: str, style: str = "body") -> None:
        self.story.append(pb.safe_paragraph(value, self.st[style]))

    def cell(self, value: str, style: str = "cell") -> Paragraph:
        return pb.safe_paragraph(value, self.st[style])

    def logo(self) -> Any:
        """The preset's logo (checked when the preset was loaded), at most 50 × 20 mm, left."""
        if not self.opt.logo:
            return None
        import io

        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image
        width, height = ImageReader(io.BytesIO(self.opt.logo)).getSize()
        scale = min(50 * mm / width, 20 * mm / height)
        image = Image(io.BytesIO(self.opt.logo), width=width * scale, height=height * scale)
        image.hAlign = "LEFT"
        return image

    def cover(self) -> None:
        r, lang = self.data.reflection, self.lang
        logo = self.logo()
        self.story.append(Spacer(1, (30 * mm - logo.drawHeight - 4 * mm) if logo else 30 * mm))
        if logo is not None:
            self.story += [logo, Spacer(1, 4 * mm)]
        self.p(text("report.title", lang), "title")
        self.p(text("report.occasion", lang, occasion=occasion(r, lang)), "meta")
        self.p(text("report.date", lang, date=fmt_date(r.round.date, lang)), "meta")
        if self.opt.display_name.strip():
            self.p(text("report.name", lang, name=self.opt.display_name), "meta")
        if self.opt.organisation.strip():
            self.p(text("report.organisation", lang, organisation=self.opt.organisation), "meta")
        self.story.append(Spacer(1, 8 * mm))
        self.p(text("report.intro", lang))
        self.p(text("report.contents", lang), "h2")
        for title in section_titles(self.data, self.opt)[1:]:
            self.story.append(pb.safe_paragraph(title, self.st["bullet"]))
            self.story[-1].bulletText = "•"
        self.p(text("report.how_to_read", lang), "hint")
        self.story.append(PageBreak())

    def results(self) -> None:
        data, lang, inst = self.data, self.lang, self.data.instrument
        modules = data.chosen_modules(self.opt)
        self.p(text("report.results", lang), "h1")
        if data.earlier is not None:
            self.p(text("report.compared_with", lang, date=fmt_date(data.earlier.round.date, lang),
                        occasion=occasion(data.earlier, lang)), "hint")
        shown = [fid for m in modules for fid in data.reflection.scope if inst.module_of_factor(fid) == m]
        strained = strained_factors(inst, {f: s for f, s in data.reflection.scores.items() if f in shown})
        if strained:
            self.p(text("report.load_support", lang), "quote")
        for n, mid in enumerate(modules):
            self.module(mid)
            self.progress(5 + 55 * (n + 1) // max(1, len(modules)))

    def module(self, mid: str) -> None:
        data, lang, inst = self.data, self.lang, self.data.instrument
        module = inst.module(mid)
        fids = [f.id for f in module.factors if f.id in data.reflection.scope]
        # The heading, the chart and its numbers stay on one page (a nested KeepTogether would
        # leave the heading behind at the foot of a page).
        block: list[Any] = [pb.safe_paragraph(module.title.get(lang), self.st["h2"])]
        if fids and all(inst.factor(f).direction is Direction.PROFILE for f in fids):  # only where true
            block.append(pb.safe_paragraph(text("report.profile_hint", lang), self.st["hint"]))
        labels = [inst.factor(f).title.get(lang) for f in fids]
        earlier = data.earlier
        chart = profile_chart(
            labels, [_mean(data.reflection, f) for f in fids],
            [_mean(earlier, f) for f in fids] if earlier else None, width=self.width, lang=lang,
            current_label=text("report.chart_now", lang),
            earlier_label=fmt_date(earlier.round.date, lang) if earlier else "",
            title=text("report.chart_title", lang, module=module.title.get(lang)))
        if chart is not None:
            block += [chart, pb.safe_paragraph(text("report.chart_numbers", lang), self.st["hint"])]
        header = [self.cell(text("report.col_factor", lang), "cell_bold"),
                  self.cell(text("report.col_score", lang), "cell_bold"),
                  self.cell(text("report.col_words", lang), "cell_bold")]
        if earlier is not None:
            header.append(self.cell(text("report.col_change", lang, date=fmt_date(earlier.round.date, lang)),
                                    "cell_bold"))
        rows = [header]
        for fid in fids:
            factor = inst.factor(fid)
            score, words = _score_words(data, fid, lang)
            row = [self.cell(factor.title.get(lang)), self.cell(score), self.cell(words)]
            if earlier is not None:
                before = _mean(earlier, fid)
                change = change_words(_mean(data.reflection, fid), before, factor.direction, lang)
                if before is not None:
                    change = f"{fmt_number(before, lang)} → {score} · {change}"
                row.append(self.cell(change))
            rows.append(row)
        w = self.width
        widths = [w * 0.32, w * 0.11, w * 0.31, w * 0.26] if earlier else [w * 0.4, w * 0.12, w * 0.48]
        block.append(pb.table(rows, widths))
        self.story.append(KeepTogether(block))  # a chart never parts from its numbers
        self.trend(module.title.get(lang), fids)

    def trend(self, module_title: str, fids: list[str]) -> None:
        """Change over time for the module's factors: the scores of recent reflections as a table.

        A table, not a chart: a second figure per module doubled the report's time (each matplotlib
        figure costs about 0.1–0.2 s) while the app's Change over time view draws these lines anyway.
        """
        lang, inst = self.lang, self.data.instrument
        history = [r for r in self.data.history if any(f in r.scores for f in fids)][-TREND_POINTS:]
        if len(history) < 3:
            return
        # Dates as column heads in a smaller regular face, so 2026-11-28 fits a narrow column.
        header = [self.cell(text("report.col_factor", lang), "cell_bold")] + [
            self.cell(fmt_date(r.round.date, lang), "cell_small") for r in history]
        rows = [header] + [
            [self.cell(inst.factor(f).title.get(lang))]
            + [self.cell("–" if (m := _mean(r, f)) is None else fmt_number(m, lang)) for r in history]
            for f in fids]
        first = self.width * 0.28
        numbers = pb.table(rows, [first] + [(self.width - first) / len(history)] * len(history), tight=True)
        self.story.append(KeepTogether([
            Spacer(1, 3 * mm),
            pb.safe_paragraph(text("report.trend_title", lang, module=module_title), self.st["h3"]),
            numbers]))

    def steps(self) -> None:
        data, lang = self.data, self.lang
        self.p(text("report.steps", lang), "h1")
        steps = data.reflection.next_steps
        if not steps:
            self.p(text("report.no_steps", lang))
        else:
            self.story.append(self._steps_table(steps, with_status=False))
        previous = [s for s in data.previous_steps if s.status is not StepStatus.OPEN or s.learned]
        if not previous:
            return
        self.p(text("report.earlier_steps", lang), "h2")
        self.story.append(self._steps_table(previous, with_status=True))
        learned = {ft.key: ft for ft in included_free_texts(data, self.opt) if ft.kind == "learned"}
        for step in previous:
            ft = learned.get(str(step.id))
            if ft is not None:
                self.story.append(self.cell(step.text, "cell_bold"))
                self.story.extend(pb.safe_paragraphs(text("report.learned", lang, text=ft.text),
                                                     self.st["quote"], lang=lang))

    def _steps_table(self, steps: list[NextStep], *, with_status: bool) -> Any:
        lang, inst = self.lang, self.data.instrument
        head = [text("report.step_what", lang), text("report.step_whose", lang),
                text("report.step_factor", lang), text("report.step_due", lang)]
        if with_status:
            head.append(text("report.step_status", lang))
        rows = [[self.cell(h, "cell_bold") for h in head]]
        for s in steps:
            factor = inst.factor_title(s.factor_id, lang)
            row = [self.cell(s.text), self.cell(text(f"owner.{s.owner.value}", lang)), self.cell(factor),
                   self.cell(fmt_date(s.due, lang) if s.due else "")]
            if with_status:
                row.append(self.cell(text(f"status.{s.status.value}", lang)))
            rows.append(row)
        w = self.width
        widths = ([w * 0.36, w * 0.16, w * 0.22, w * 0.12, w * 0.14] if with_status
                  else [w * 0.44, w * 0.18, w * 0.24, w * 0.14])
        return pb.table(rows, widths)

    def own_words(self) -> None:
        lang, inst = self.lang, self.data.instrument
        chosen = [ft for ft in included_free_texts(self.data, self.opt) if ft.kind != "learned"]
        if not chosen:
            return
        self.p(text("report.own_words", lang), "h1")
        self.p(text("report.own_words_hint", lang), "hint")
        current = None
        for ft in chosen:
            if ft.factor_id != current:
                current = ft.factor_id
                self.p(inst.factor_title(ft.factor_id, lang), "h2")
            label = text("report.note_on", lang, statement=ft.label) if ft.kind == "note" else ft.label
            self.story.append(KeepTogether([self.cell(label, "cell_bold"), Spacer(1, 1 * mm)]))
            self.story.extend(pb.safe_paragraphs(ft.text, self.st["quote"], lang=lang))

    def discussion(self) -> None:
        lang = self.lang
        r = self.data.reflection
        block = [pb.safe_paragraph(text("report.questions", lang), self.st["h1"]),
                 pb.safe_paragraph(text("report.questions_hint", lang, occasion=occasion(r, lang)), self.st["hint"])]
        for q in questions(r.round.phase.value, lang):
            para = pb.safe_paragraph(q, self.st["bullet"])
            para.bulletText = "•"
            block.append(para)
        self.story.append(KeepTogether(block))  # a few questions: never strand the last ones on a page


def build_story(data: ReportData, options: ReportOptions, progress: Progress | None = None) -> list[Any]:
    b = _Builder(data, options, progress)
    b.cover()
    b.results()
    if options.include_steps:
        b.steps()
    b.own_words()
    if options.include_questions:
        b.discussion()
    return b.story


def write_personal_report(target: Path | str, data: ReportData, options: ReportOptions,
                          progress: Progress | None = None) -> int:
    """Write the report to ``target`` atomically; returns the page count. Raises PdfProblem."""
    lang = options.lang
    report = progress or (lambda _p: None)
    report(2)
    story = build_story(data, options, report)
    meta = pb.PdfMeta(title=text("report.title", lang),
                      author=pb.clean_text(options.display_name.strip())[:200] or APP_NAME,
                      subject=text("report.subject", lang), creator=f"{APP_NAME} {__version__}", lang=lang)

    def footer(page: int, pages: int) -> str:
        return text("report.footer", lang, app=APP_NAME, version=__version__, page=page, pages=pages)

    pages = pb.write_pdf(target, story, meta=meta, page_size=options.page_size, footer=footer,
                         on_page=lambda n: report(min(99, 60 + 4 * n)))
    report(100)
    return pages
