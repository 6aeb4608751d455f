"""The one-page workshop summary: what the team agreed per area, the cards it counted in the
room (marked as the room's own count, not collated data), its earlier steps looked back on and
its next steps. Everything here is the team's own shared result: no minimum group size applies,
and nobody's personal answers are in it. Text the team typed goes through safe_paragraph."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from hype_desktop import APP_NAME, __version__
from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.reflection import NextStep, Reflection
from hype_desktop.reports import pdf_blocks as pb
from hype_desktop.reports.pdf_team_report import round_words
from hype_desktop.reports.report_texts import fmt_date, fmt_number, text


def build_summary(instrument: Instrument, reflection: Reflection, team_name: str,
                  votes: Mapping[str, Sequence[int]], followed_up: Sequence[NextStep], lang: str,
                  page_size: str = "a4") -> list[Flowable]:
    st = pb.make_styles()
    width = pb.frame_width(page_size)
    r = reflection.round

    def t(key: str, **params: object) -> str:
        return text(key, lang, **params)

    def para(value: str, style: str = "body") -> Paragraph:
        return pb.safe_paragraph(value, st[style])

    story: list[Flowable] = [para(t("workshop.title"), "title"), para(team_name, "meta"),
                   para(round_words(r.phase.value, r.label, r.date.isoformat(), lang), "meta"),
                   para(t("workshop.own_result"), "hint"), Spacer(1, 3 * mm), para(t("workshop.agreed"), "h2")]
    # per area the agreed score and, if the room counted cards, the cards of its statements added
    # up: one row per area keeps the summary on one page
    na = instrument.not_applicable.get(lang)
    head = [t("report.col_factor"), t("workshop.col_agreed")] + (["1", "2", "3", "4", "5", na] if votes else [])
    rows = [[para(h, "cell_bold") for h in head]]
    for factor in instrument.known_factors(reflection.scope):
        score = reflection.scores.get(factor.id)
        value = fmt_number(score.mean, lang) if score and score.mean is not None else t("report.no_score")
        row = [para(factor.title.get(lang), "cell"), para(value, "cell")]
        if votes:
            counted = [votes[i.id] for i in factor.items if i.id in votes]
            row += [para(str(sum(c[v] for c in counted)) if counted else "–", "cell") for v in range(6)]
        rows.append(row)
    if votes:
        story.append(pb.table(rows, [width * 0.4, width * 0.14] + [width * 0.06] * 5 + [width * 0.16], tight=True))
        story.append(para(t("workshop.cards_hint"), "hint"))
    else:
        story.append(pb.table(rows, [width * 0.7, width * 0.3]))
    if followed_up:
        story.append(para(t("workshop.earlier"), "h2"))
        for step in followed_up:
            line = f"{step.text} — {t('status.' + step.status.value)}"
            if step.learned:
                line += f": {step.learned}"
            p = para(line, "bullet")
            p.bulletText = "•"
            story.append(p)
    story.append(para(t("workshop.next"), "h2"))
    if not reflection.next_steps:
        story.append(para(t("workshop.no_next")))
    for step in reflection.next_steps:
        line = f"{step.text} ({t('owner.' + step.owner.value)}"
        line += f", {fmt_date(step.due, lang)})" if step.due else ")"
        p = para(line, "bullet")
        p.bulletText = "•"
        story.append(p)
    return story


def write_workshop_summary(target: Path | str, instrument: Instrument, reflection: Reflection, team_name: str,
                           votes: Mapping[str, Sequence[int]], followed_up: Sequence[NextStep],
                           lang: str = "en", page_size: str = "a4") -> int:
    """Write the summary atomically; returns the page count. Raises PdfProblem."""
    story = build_summary(instrument, reflection, team_name, votes, followed_up, lang, page_size)
    meta = pb.PdfMeta(title=text("workshop.title", lang), author=APP_NAME, subject=text("workshop.title", lang),
                      creator=f"{APP_NAME} {__version__}", lang=lang)

    def footer(page: int, pages: int) -> str:
        return text("workshop.footer", lang, app=APP_NAME, version=__version__, page=page, pages=pages)

    return pb.write_pdf(target, story, meta=meta, page_size=page_size, footer=footer)
