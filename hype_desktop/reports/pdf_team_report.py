"""The team PDF for the workshop, from one collated round: a first page at a glance (where
the team agrees, where views differ, the questions for the phase), per-area charts with their
numbers under them and a diverging bar per statement, the statements to discuss, change since
the previous round, and the next steps and words members shared. When too few shared, one
page says why nothing is shown.

Only what the thresholds allow ever reaches the page: the aggregate holds None for hidden
statistics and leaves hidden text out, and this module shows "fewer than k answers" for those.
Same code path for the Team view (in a worker) and `hype-desktop collate --out team.pdf`.
Every text we did not write goes through pdf_blocks.safe_paragraph(s).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from hype_desktop import APP_NAME, __version__
from hype_desktop.collation.workshop_result import WorkshopResult
from hype_desktop.domain.aggregate import FactorChange, Stats, TeamAggregate
from hype_desktop.domain.instrument import Instrument, Module
from hype_desktop.reports import pdf_blocks as pb
from hype_desktop.reports.report_texts import fmt_date, fmt_number, team_questions, text

if TYPE_CHECKING:
    from hype_desktop.collation.collate import CollationOutcome

Progress = Callable[[int], None]


def round_words(phase: str, label: str, day: str, lang: str) -> str:
    """'Kick-off workshop – spring 2025, 1.9.2025' in the report's language."""
    from datetime import date

    name = text(f"phase.{phase}", lang)
    if label:
        name = f"{name} – {label}"
    try:
        return f"{name}, {fmt_date(date.fromisoformat(day), lang)}"
    except ValueError:
        return name


CHART_DPI = 150
LIKERT_ROWS_PER_IMAGE = 7  # two parts and their caption fit on a page
_HEADINGS = ("h1", "h2", "h3")


def keep_headings_with_next(story: list[Flowable]) -> list[Flowable]:
    """A heading (with the hint under it) travels with what follows it: never alone at a page's
    foot, however the flowable after it is built."""
    out: list[Flowable] = []
    held: list[Flowable] = []
    for flowable in story:
        name = getattr(getattr(flowable, "style", None), "name", "")
        if name in _HEADINGS or (held and name == "hint"):
            held.append(flowable)
            continue
        if held and not isinstance(flowable, PageBreak):
            # a KeepTogether inside another wraps as endless height: join its content instead
            inner = list(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]
            out.append(KeepTogether([*held, *inner]))
        else:
            out.extend(held)
            out.append(flowable)
        held = []
    return out + held


def shown_change(before: float, after: float) -> float:
    """The change between two means as the report prints them (one decimal), so the change
    agrees with the two numbers beside it."""
    return round(round(after, 1) - round(before, 1), 1)


def _profile_image(labels: list[str], means: list[float | None], *, missing: str, lang: str,
                   width: float) -> pb.FigureImage | None:
    """The team means of a module's areas as bars, an image ``width`` points wide (None without charts)."""
    try:
        from hype_desktop.charts import profile as charts
    except ImportError:
        return None
    fig = charts.profile_figure(labels, means, None, title="", missing_text=missing,
                                size=(width / 72, charts.profile_height(len(labels), comparing=False)),
                                value_text=lambda v: fmt_number(v, lang))
    return pb.figure_image(fig, width, dpi=CHART_DPI)


class _Builder:
    def __init__(self, instrument: Instrument, agg: TeamAggregate, round_: Mapping[str, str], team_code: str,
                 change: list[FactorChange], previous_round: Mapping[str, str] | None, sample: bool,
                 lang: str, page_size: str, progress: Progress, workshop: WorkshopResult | None = None) -> None:
        self.workshop_result = workshop
        self.inst, self.agg, self.round, self.code = instrument, agg, round_, team_code
        self.change, self.previous, self.sample = change, previous_round, sample
        self.lang, self.progress = lang, progress
        self.k, self.kd = agg.thresholds.k_scores, agg.thresholds.k_detail
        self.st = pb.make_styles()
        self.width = pb.frame_width(page_size)
        self.story: list[Flowable] = []

    # --- small helpers -------------------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def p(self, value: str, style: str = "body") -> None:
        self.story.append(pb.safe_paragraph(value, self.st[style]))

    def cell(self, value: str, style: str = "cell") -> Paragraph:
        return pb.safe_paragraph(value, self.st[style])

    def num(self, value: float | None, digits: int = 1) -> str:
        return "–" if value is None else fmt_number(value, self.lang, digits)

    def bullets(self, lines: list[str]) -> list[Paragraph]:
        out = []
        for line in lines:
            para = pb.safe_paragraph(line, self.st["bullet"])
            para.bulletText = "•"
            out.append(para)
        return out

    def occasion(self) -> str:
        r = self.round
        return round_words(r["phase"], r.get("label", ""), r["date"], self.lang)

    # --- sections --------------------------------------------------------------------------
    def cover(self) -> None:
        """The first page: who and when, then the team at a glance."""
        self.p(self.t("team.title"), "title")
        self.p(self.t("team.team_code", code=self.code), "meta")
        self.p(self.t("team.round", round=self.occasion()), "meta")
        self.p(self.t("team.people_shared", count=self.agg.contributors), "meta")
        if self.sample:
            self.p(self.t("team.sample"), "quote")
        self.story.append(Spacer(1, 4 * mm))
        self.p(self.t("team.intro", k=self.k, k_detail=self.kd), "hint")
        w = self.workshop_result
        if w is not None:
            self.p(self.t("team.workshop.cover", team=w.team_name, date=self._date(w.date)), "hint")
        self.p(self.t("team.glance"), "h1")
        agg = self.agg
        for key, ids in (("team.glance_agree", agg.most_agreed), ("team.glance_differ", agg.most_disputed)):
            if ids:
                self.story.append(KeepTogether([self.cell(self.t(key), "h2"), *self.bullets(
                    [self.inst.item(i).text.get(self.lang) for i in ids])]))
        if not agg.most_agreed and not agg.most_disputed:
            self.p(self.t("team.glance_hidden", k_detail=self.kd))
        self.story.append(KeepTogether([
            self.cell(self.t("team.glance_questions"), "h2"),
            pb.safe_paragraph(self.t("team.questions_hint", occasion=self.occasion()), self.st["hint"]),
            *self.bullets(team_questions(self.round["phase"], self.lang))]))
        self.story.append(PageBreak())

    def too_few_page(self) -> None:
        """The one page of a round too few shared: why nothing is shown, and what to do."""
        self.p(self.t("team.title"), "title")
        self.p(self.t("team.team_code", code=self.code), "meta")
        self.p(self.t("team.round", round=self.occasion()), "meta")
        if self.sample:
            self.p(self.t("team.sample"), "quote")
        self.story.append(Spacer(1, 6 * mm))
        self.p(self.t("team.too_few.title"), "h1")
        self.p(self.t("team.too_few.body", count=self.agg.contributors, k=self.k))
        self.p(self.t("team.too_few.next"))

    def _date(self, iso: str) -> str:
        from datetime import date
        try:
            return fmt_date(date.fromisoformat(iso), self.lang)
        except ValueError:
            return iso

    def widths(self, headers: list[str], first: float | None = None) -> list[float]:
        """Column widths: each column after the first at least as wide as its header's longest
        word (a header wraps between words, never inside one); the first takes what is left,
        or ``first`` of the width with the rest shared out."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        style = self.st["cell_bold"]
        need = [max(stringWidth(word, style.fontName, style.fontSize) for word in h.split()) + 14
                for h in headers[1:]]
        rest = self.width * (1 - first) if first is not None else sum(need)
        extra = max(0.0, rest - sum(need)) / max(1, len(need))
        cols = [n + extra for n in need]
        return [self.width - sum(cols)] + cols

    def stats_row(self, s: Stats | None, first: Paragraph) -> list[Flowable]:
        if s is None or s.mean is None:  # not even the count is disclosed
            return [first, self.cell("–"), self.cell(self.t("team.too_few", k=self.k)), self.cell(""),
                    self.cell("")]
        return [first, self.cell(str(s.n)), self.cell(self.num(s.mean)), self.cell(self.num(s.median)),
                self.cell(self.num(s.sd))]

    def results(self) -> None:
        self.p(self.t("team.results"), "h1")
        self.p(self.t("team.numbers_hint"), "hint")
        modules = [m for m in self.inst.modules if any(f.id in self.agg.factors for f in m.factors)]
        for n, module in enumerate(modules):
            self.module(module)
            self.progress(5 + 45 * (n + 1) // max(1, len(modules)))

    def module(self, module: Module) -> None:
        lang, agg = self.lang, self.agg
        factors = [f for f in module.factors if f.id in agg.factors]
        labels = [f.title.get(lang) for f in factors]
        # The chart above its numbers, the table the page's full width: beside a half-width
        # chart the columns were so narrow that Finnish headers and names broke mid-word.
        chart_w = self.width * 0.72
        image = _profile_image(labels, [agg.factors[f.id].mean for f in factors],
                               missing=self.t("team.too_few", k=self.k), lang=lang, width=chart_w)
        headers = [self.t("report.col_factor"), self.t("team.col_people"), self.t("team.col_mean"),
                   self.t("team.col_median"), self.t("team.col_spread")]
        rows = [[self.cell(h, "cell_bold") for h in headers]] + [
            self.stats_row(agg.factors[f.id], self.cell(label)) for f, label in zip(factors, labels)]
        numbers = pb.table(rows, self.widths(headers, 0.68))
        # a hidden score spans the three statistic columns with its "fewer than k answers"
        numbers.setStyle(TableStyle([("SPAN", (2, i), (4, i)) for i, f in enumerate(factors, 1)
                                     if agg.factors[f.id].mean is None]))
        # the heading kept with its chart and table: never alone at a page's foot
        heading = self.cell(module.title.get(lang), "h2")
        self.story.append(KeepTogether([heading, image, numbers] if image is not None else [heading, numbers]))
        shown = [i.id for f in factors for i in f.items
                 if i.id in agg.items and agg.items[i.id].distribution is not None]
        likert = self.likert(shown)
        if likert:
            self.story.append(Spacer(1, 3 * mm))
            self.story.extend(likert[:-1])
            self.story.append(KeepTogether([likert[-1], self.cell(self.t("team.likert_caption"), "hint")]))

    def likert(self, item_ids: list[str]) -> list[Flowable]:
        """Diverging bars, one per statement (people per answer), in page-sized images; none
        without a distribution."""
        if not item_ids:
            return []
        try:
            from hype_desktop.charts.likert import LikertRow, likert_figure
        except ImportError:
            return []
        inst, lang = self.inst, self.lang
        values = [p.label.get(lang) for p in sorted(inst.scale, key=lambda p: p.value)]
        width = self.width - 12  # the frame's own padding
        images = []
        for start in range(0, len(item_ids), LIKERT_ROWS_PER_IMAGE):  # each part fits on a page
            rows = [LikertRow(inst.item(i).text.get(lang), self.agg.items[i].distribution)
                    for i in item_ids[start:start + LIKERT_ROWS_PER_IMAGE]]
            fig = likert_figure(rows, values, hidden_text=self.t("team.likert_hidden", k_detail=self.kd),
                                width=width / 72)
            images.append(pb.figure_image(fig, width, dpi=CHART_DPI))
        return images

    def workshop(self) -> None:
        """What the team agreed together in workshop mode, beside the members' collated means.

        The team's own consensus, not individual data: no threshold hides it (the page says so);
        the collated column keeps its thresholds."""
        w = self.workshop_result
        if w is None:
            return
        lang, inst = self.lang, self.inst
        self.story.append(PageBreak())
        self.p(self.t("team.workshop.title"), "h1")
        self.p(self.t("team.workshop.intro", team=w.team_name, k=self.k,
                      occasion=round_words(w.phase, "", w.date, lang)), "hint")
        headers = [self.t("report.col_factor"), self.t("team.workshop.col_agreed"),
                   self.t("team.workshop.col_members")]
        head = [self.cell(h, "cell_bold") for h in headers]
        for module in inst.modules:
            fids = [f.id for f in module.factors if f.id in w.scores]
            if not fids:
                continue
            rows = [head]
            for fid in fids:
                s = self.agg.factors.get(fid)
                members = (self.t("team.workshop.not_collated") if s is None else
                           self.t("team.too_few", k=self.k) if s.mean is None else self.num(s.mean))
                rows.append([self.cell(inst.factor(fid).title.get(lang)),
                             self.cell(self.num(w.scores[fid]) if w.scores[fid] is not None
                                       else self.t("report.no_score")),
                             self.cell(members)])
            self.story.append(KeepTogether([pb.safe_paragraph(module.title.get(lang), self.st["h2"]),
                                            pb.table(rows, self.widths(headers, 0.5))]))
        self.p(self.t("team.workshop.notes"), "h2")
        if not w.notes:
            self.p(self.t("team.workshop.no_notes"))
        current = None
        for note in w.notes:
            block: list[Flowable] = []
            if note.factor_id != current:  # the area's name stays with its first note
                current = note.factor_id
                block.append(pb.safe_paragraph(inst.factor(note.factor_id).title.get(lang), self.st["h3"]))
            answer = (inst.not_applicable.get(lang) if note.not_applicable else
                      "–" if note.value is None else str(note.value))
            statement = inst.item(note.item_id).text.get(lang)
            block.append(pb.safe_paragraph(self.t("team.workshop.answer", statement=statement, answer=answer),
                                           self.st["cell_bold"]))
            first = len(block) + 1
            block += pb.safe_paragraphs(note.note, self.st["quote"], lang=lang)
            self.story.append(KeepTogether(block[:first]))
            self.story.extend(block[first:])
            self.story.append(Spacer(1, 2 * mm))

    def item_table(self, ids: list[str]) -> Table:
        lang = self.lang
        headers = [self.t("team.col_statement"), self.t("team.col_people"), self.t("team.col_mean"),
                   self.t("team.col_spread")]
        rows = [[self.cell(h, "cell_bold") for h in headers]]
        for iid in ids:
            s = self.agg.items[iid]
            item = self.inst.item(iid)
            factor = self.inst.factor(self.inst.factor_of_item(iid) or "")
            label = f"{item.text.get(lang)} ({factor.title.get(lang)})"
            rows.append([self.cell(label), self.cell(str(s.n)), self.cell(self.num(s.mean)),
                         self.cell(self.num(s.sd))])
        return pb.table(rows, self.widths(headers))

    def agreement(self) -> None:
        agg = self.agg
        if not agg.most_agreed and not agg.most_disputed:
            return  # the first page says from how many people this is shown
        self.p(self.t("team.agreement"), "h1")
        for key, ids, hint in (("team.most_disputed", agg.most_disputed, "team.disputed_hint"),
                               ("team.most_agreed", agg.most_agreed, None)):
            if not ids:
                continue
            block = [self.cell(self.t(key), "h2")]
            if hint:
                block.append(self.cell(self.t(hint), "hint"))
            block.append(self.item_table(ids))
            likert = self.likert([i for i in ids if agg.items[i].distribution is not None])
            if likert:
                block += [Spacer(1, 2 * mm), *likert]
            self.story.append(KeepTogether(block))

    def round_change(self) -> None:
        if not self.change:
            return
        lang = self.lang
        self.p(self.t("team.change"), "h1")
        prev = self.previous
        if prev:
            self.p(self.t("team.change_since", round=round_words(prev["phase"], prev.get("label", ""),
                                                                 prev["date"], lang)), "hint")
        headers = [self.t("report.col_factor"), self.t("team.col_before"), self.t("team.col_now"),
                   self.t("team.col_change")]
        rows = [[self.cell(h, "cell_bold") for h in headers]]
        for c in self.change:
            delta = shown_change(c.before, c.after)  # from the rounded values printed beside it
            words = (self.t("change.same") if abs(delta) < 0.25 else
                     self.t("change.up" if delta > 0 else "change.down", delta=fmt_number(abs(delta), lang, 1)))
            rows.append([self.cell(self.inst.factor(c.factor_id).title.get(lang)), self.cell(self.num(c.before)),
                         self.cell(self.num(c.after)), self.cell(words)])
        self.story.append(pb.table(rows, self.widths(headers, 0.46)))

    def _grouped(self, groups: Mapping[str | None, list[str]], style: str) -> None:
        order = [f.id for f in self.inst.factors()]
        keys = sorted(groups, key=lambda k: order.index(k) if k in order else len(order))
        if not keys:
            self.p(self.t("team.nothing_shared"))
        for fid in keys:
            title = self.inst.factor_title(fid, self.lang, default=self.t("team.other_area"))
            block: list[Flowable] = [self.cell(title, "cell_bold"), Spacer(1, 1 * mm)]
            # identical texts (e.g. the same step chosen by several people) are printed once
            counts: dict[str, int] = {}
            for value in groups[fid]:
                counts[value] = counts.get(value, 0) + 1
            for value, count in counts.items():
                if count > 1:
                    value = f"{value} {self.t('team.same_text', count=count)}"
                paras = pb.safe_paragraphs(value, self.st[style], lang=self.lang)
                if style == "bullet" and paras:
                    paras[0].bulletText = "•"
                block.extend(paras)
            # the area's name stays with its first text
            self.story.append(KeepTogether(block[:3]))
            self.story.extend(block[3:])
            self.story.append(Spacer(1, 2 * mm))

    def shared(self) -> None:
        self.p(self.t("team.steps"), "h1")
        self.p(self.t("team.words_hint", k_detail=self.kd), "hint")
        self._grouped(self.agg.next_steps, "bullet")
        self.p(self.t("team.words"), "h1")
        self.p(self.t("team.words_hint", k_detail=self.kd), "hint")
        self._grouped(self.agg.free_text, "quote")


def build_story(instrument: Instrument, outcome: CollationOutcome, lang: str, page_size: str = "a4",
                progress: Progress | None = None, workshop: WorkshopResult | None = None) -> list[Flowable]:
    """The team report's flowables for a CollationOutcome with an aggregate; with ``workshop``
    also what the team agreed together in workshop mode, right after the collated results."""
    if outcome.aggregate is None or outcome.run.round is None:
        raise ValueError("nothing was collated")
    summary = outcome.summary or {}
    b = _Builder(instrument, outcome.aggregate, outcome.run.round.as_dict(), outcome.run.team_code,
                 list(outcome.change), summary.get("previous_round"), bool(summary.get("sample")),
                 lang, page_size, progress or (lambda _p: None), workshop)
    if not outcome.aggregate.anything_shown:  # one page saying why, not pages of empty charts
        b.too_few_page()
        b.workshop()  # the team's own agreed view needs no group size
        return keep_headings_with_next(b.story)
    b.cover()
    b.results()
    b.workshop()
    b.agreement()
    b.round_change()
    b.shared()
    return keep_headings_with_next(b.story)


def write_team_pdf(target: Path | str, instrument: Instrument, outcome: CollationOutcome, lang: str = "en",
                   page_size: str = "a4", progress: Progress | None = None,
                   workshop: WorkshopResult | None = None) -> int:
    """Write the team report for ``outcome`` (a CollationOutcome) atomically; returns the page count.
    ``workshop``: the team's workshop result for the round, in its own section (or None).

    Raises PdfProblem when the file cannot be written."""
    report = progress or (lambda _p: None)
    report(2)
    story = build_story(instrument, outcome, lang, page_size, report, workshop)
    code = outcome.run.team_code
    meta = pb.PdfMeta(title=text("team.title", lang), author=APP_NAME, subject=text("team.subject", lang),
                      creator=f"{APP_NAME} {__version__}", lang=lang)

    def footer(page: int, pages: int) -> str:
        return text("team.footer", lang, app=APP_NAME, version=__version__, code=code, page=page, pages=pages)

    pages = pb.write_pdf(target, story, meta=meta, page_size=page_size, footer=footer,
                         on_page=lambda n: report(min(99, 50 + 5 * n)))
    report(100)
    return pages
