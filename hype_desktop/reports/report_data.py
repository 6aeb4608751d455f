"""What goes into a personal report: the data gathered from the store and the user's choices.

No reportlab, no Qt: the export dialog uses this on the GUI thread to list the sections and
the exact free text before anything is written; the PDF writer and the CLI use the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.reflection import NextStep, Reflection, StepStatus

if TYPE_CHECKING:
    from hype_desktop.store.reflections import ReflectionStore
from hype_desktop.reports.report_texts import text

AUTO = "auto"
TREND_POINTS = 6  # the change-over-time table shows at most this many recent reflections


@dataclass(frozen=True)
class FreeText:
    """One piece of text the user typed, which goes into a file only when ticked."""

    kind: Literal["note", "prompt", "learned"]
    key: str  # item id, prompt id, or the next step's id as text
    factor_id: str | None
    label: str  # the statement or prompt it belongs to, in the report's language
    text: str


@dataclass(frozen=True)
class ReportOptions:
    """The user's choices. Nothing free-text is included unless its key is in ``free_text``."""

    lang: str = "en"
    page_size: str = "a4"
    display_name: str = ""
    organisation: str = ""
    logo: bytes | None = None  # a trainer preset's logo: a PNG/JPEG already checked (preset_format.check_logo)
    modules: frozenset[str] | None = None  # None: every module except sensitive ones (load check)
    include_steps: bool = True
    include_questions: bool = True
    free_text: frozenset[tuple[str, str]] = frozenset()  # (kind, key) pairs that were ticked


@dataclass
class ReportData:
    reflection: Reflection
    instrument: Instrument
    earlier: Reflection | None = None  # the reflection compared with (scores only)
    history: list[Reflection] = field(default_factory=list)  # finished up to this one, oldest first
    previous_steps: list[NextStep] = field(default_factory=list)  # steps of the reflection before

    def modules(self) -> list[str]:
        """Modules of the instrument this reflection covered, in the instrument's order."""
        covered = set(self.reflection.scope)
        return [m.id for m in self.instrument.modules if any(f.id in covered for f in m.factors)]

    def default_modules(self) -> frozenset[str]:
        return frozenset(m for m in self.modules() if not self.instrument.module(m).sensitive)

    def chosen_modules(self, options: ReportOptions) -> list[str]:
        chosen = self.default_modules() if options.modules is None else options.modules
        return [m for m in self.modules() if m in chosen]


def load_report_data(store: ReflectionStore, instrument: Instrument,
                     reflection_id: int, compare_with: int | None | str = AUTO) -> ReportData:
    """Gather a finished reflection, the one to compare with (default: the one before) and history.

    The history and the comparison come from the reflection's own profile (a team's workshop
    reflection is compared with the team's earlier ones). Raises KeyError when
    ``reflection_id`` is not a finished reflection.
    """
    reflection = store.get(reflection_id)
    if not reflection.finished:
        raise KeyError(reflection_id)
    profile = store.profile_of(reflection_id)
    if profile is None:
        raise KeyError(reflection_id)
    briefs = store.finished_briefs(profile)
    ids = [b.id for b in briefs]
    upto = briefs[: ids.index(reflection_id) + 1] if reflection_id in ids else [reflection]
    before = upto[:-1]
    if compare_with == AUTO:
        earlier = before[-1] if before else None
    elif compare_with is None:
        earlier = None
    else:
        earlier = next((b for b in briefs if b.id == compare_with and b.id != reflection_id), None)
    previous_steps = store.get(before[-1].id).next_steps if before else []
    return ReportData(reflection=reflection, instrument=instrument, earlier=earlier,
                      history=upto, previous_steps=previous_steps)


def free_texts(data: ReportData, lang: str) -> list[FreeText]:
    """Every note, prompt answer and 'what I learned' of the report, in the report's order."""
    inst, r = data.instrument, data.reflection
    out: list[FreeText] = []
    for factor in inst.known_factors(r.scope):
        fid = factor.id
        for item in factor.items:
            answer = r.answers.get(item.id)
            if answer is not None and answer.note.strip():
                out.append(FreeText("note", item.id, fid, item.text.get(lang), answer.note))
        for prompt in factor.prompts:
            answer_text = r.prompt_answers.get(prompt.id, "")
            if answer_text.strip():
                out.append(FreeText("prompt", prompt.id, fid, prompt.text.get(lang), answer_text))
    for step in data.previous_steps:
        if step.learned.strip() and step.id is not None:
            out.append(FreeText("learned", str(step.id), step.factor_id, step.text, step.learned))
    return out


def included_free_texts(data: ReportData, options: ReportOptions) -> list[FreeText]:
    """The ticked free texts that will be in the file (notes of left-out modules are left out too)."""
    modules = set(data.chosen_modules(options))
    out = []
    for ft in free_texts(data, options.lang):
        if (ft.kind, ft.key) not in options.free_text:
            continue
        if ft.kind == "learned":
            if options.include_steps:
                out.append(ft)
        elif ft.factor_id and data.instrument.module_of_factor(ft.factor_id) in modules:
            out.append(ft)
    return out


def with_all_free_text(data: ReportData, options: ReportOptions) -> ReportOptions:
    """``options`` with every free text ticked (the command line's --include-notes)."""
    keys = frozenset((ft.kind, ft.key) for ft in free_texts(data, options.lang))
    return replace(options, free_text=keys)


def occasion(reflection: Reflection, lang: str) -> str:
    name = text(f"phase.{reflection.round.phase.value}", lang)
    return f"{name} – {reflection.round.label}" if reflection.round.label else name


def section_titles(data: ReportData, options: ReportOptions) -> list[str]:
    """The report's sections in order, as the export dialog lists them."""
    lang = options.lang
    out = [text("report.title", lang)]
    for mid in data.chosen_modules(options):
        out.append(data.instrument.module(mid).title.get(lang))
    if options.include_steps:
        out.append(text("report.steps", lang))
        if any(s.status is not StepStatus.OPEN or s.learned for s in data.previous_steps):
            out.append(text("report.earlier_steps", lang))
    if included_free_texts(data, options):
        out.append(text("report.own_words", lang))
    if options.include_questions:
        out.append(text("report.questions", lang))
    return out
