"""Reflections and what belongs to them: rounds, answers, prompt answers, next steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from hype_desktop.domain import limits


class Phase(StrEnum):
    """The occasion of a reflection, following the HyPe workshop process."""

    KICKOFF = "kickoff"
    TEAM_WORKSHOP = "team_workshop"
    CLOSING = "closing"
    COACHING = "coaching"
    CHECK_IN = "check_in"  # the person's own check-in, outside any workshop


class Owner(StrEnum):
    """Whose next step it is."""

    ME = "me"
    TEAM = "team"
    LEAD = "lead"  # something to raise with my lead


class ReflectionForm(StrEnum):
    """Which statements a reflection asks: all, or the instrument's quick check-in."""

    FULL = "full"
    SHORT = "short"


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"
    DROPPED = "dropped"


# what a person may write: the one set of limits (domain.limits), under the names used here
MAX_NEXT_STEPS = limits.STEPS_MAX
MAX_NOTE_CHARS = limits.NOTE_MAX
MAX_PROMPT_CHARS = limits.PROMPT_MAX
MAX_STEP_CHARS = limits.STEP_MAX


@dataclass(frozen=True)
class Round:
    phase: Phase
    date: date
    label: str = ""
    team_code: str = ""
    round_uid: str = ""  # set when the round came from a team lead's invitation
    id: int | None = None


@dataclass(frozen=True)
class Answer:
    """A statement's answer: a value 1–5, or not applicable, or (yet) neither; and a note."""

    item_id: str
    value: int | None
    note: str = ""
    not_applicable: bool = False
    answered_at: datetime | None = field(default=None, compare=False)  # when last saved

    @property
    def answered(self) -> bool:
        return self.value is not None or self.not_applicable


@dataclass(frozen=True)
class NextStep:
    text: str
    factor_id: str | None = None
    owner: Owner = Owner.ME
    due: date | None = None
    status: StepStatus = StepStatus.OPEN
    learned: str = ""
    id: int | None = None
    reflection_id: int | None = None
    position: int = 0
    followed_up_at: datetime | None = field(default=None, compare=False)  # when its outcome was told

    @property
    def is_open(self) -> bool:
        return self.status is StepStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due is not None and self.due < today


@dataclass(frozen=True)
class FactorScore:
    """A factor's mean over answered items; ``mean`` None when too few were answered."""

    factor_id: str
    mean: float | None
    answered: int
    total: int


@dataclass
class Reflection:
    """A reflection as the app sees it (one unit loaded from the store)."""

    id: int
    round: Round
    instrument_id: str
    instrument_version: int
    modules: tuple[str, ...]
    scope: tuple[str, ...]  # factor ids covered, in walking order
    started_at: datetime
    finished_at: datetime | None = None
    position: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)
    prompt_answers: dict[str, str] = field(default_factory=dict)
    next_steps: list[NextStep] = field(default_factory=list)
    scores: dict[str, FactorScore] = field(default_factory=dict)
    corrected_at: datetime | None = None
    form: ReflectionForm = ReflectionForm.FULL

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def short(self) -> bool:
        """A quick check-in: only the statements the instrument marks for it were asked."""
        return self.form is ReflectionForm.SHORT
