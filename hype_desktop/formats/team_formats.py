"""Team file formats, defined once as strict pydantic models.

- ``.hype-round``: a lead's round invitation (team code, round id, phase, label, date, modules,
  lead's name, minimum group sizes).
- ``.hype``: one member's share for one round (pseudonym, completion time, what the member
  ticked, and a checksum over the canonical content so corruption is detected).
- ``.hype-team``: a team summary (aggregates only; the thresholds were applied before writing).

The JSON Schemas in resources/schemas/ are generated from these models. Readers cap the size
before parsing (safe_json), refuse newer format versions with a clear message and turn every
problem into a FileProblem. Imported lazily: pydantic is not paid for at start-up.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import (
    AfterValidator,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from hype_desktop.domain.aggregate import MAX_TEXTS_PER_GROUP
from hype_desktop.formats import team_rules as rules
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.safe_json import parse_json_bytes, read_capped_bytes, read_json_file
from hype_desktop.formats.team_rules import (
    FORMAT_VERSION,
    MAX_ROUND_BYTES,
    MAX_SHARE_BYTES,
    MAX_TEAM_BYTES,
    ROUND_FORMAT,
    SHARE_FORMAT,
    TEAM_FORMAT,
    checksum_of,
)
from hype_desktop.formats.validation import StrictModel, check_header, describe_errors

Id = Annotated[str, StringConstraints(pattern=rules.ID_PATTERN, max_length=rules.ID_MAX)]
TeamCode = Annotated[str, StringConstraints(pattern=rules.TEAM_CODE_PATTERN)]
RoundId = Annotated[str, StringConstraints(pattern=rules.HEX32_PATTERN)]
Pseudonym = Annotated[str, StringConstraints(pattern=rules.HEX32_PATTERN)]
Checksum = Annotated[str, StringConstraints(pattern=rules.CHECKSUM_PATTERN)]
Label = Annotated[str, StringConstraints(max_length=rules.LABEL_MAX)]
Name = Annotated[str, StringConstraints(max_length=rules.NAME_MAX)]
NoteText = Annotated[str, StringConstraints(min_length=1, max_length=rules.NOTE_MAX)]
PromptText = Annotated[str, StringConstraints(min_length=1, max_length=rules.PROMPT_MAX)]
StepText = Annotated[str, StringConstraints(min_length=1, max_length=rules.STEP_MAX)]
AppVersion = Annotated[str, StringConstraints(pattern=rules.APP_VERSION_PATTERN)]


def _is_date(value: str) -> str:
    date.fromisoformat(value)
    return value


def _is_datetime(value: str) -> str:
    datetime.fromisoformat(value)
    return value


IsoDate = Annotated[str, StringConstraints(pattern=rules.DATE_PATTERN), AfterValidator(_is_date)]
IsoDateTime = Annotated[str, StringConstraints(pattern=rules.DATETIME_PATTERN), AfterValidator(_is_datetime)]
PhaseName = Literal["kickoff", "team_workshop", "closing", "coaching", "check_in"]
# A whole number 1..5 (strict: not true, not 1.0, which Literal[1, ...] would let through as 1), or "na".
AnswerValue = Annotated[int, Field(strict=True, ge=1, le=5)] | Literal["na"]


InstrumentId = Annotated[str, StringConstraints(pattern=rules.INSTRUMENT_ID_PATTERN)]


class InstrumentRef(StrictModel):
    id: InstrumentId
    version: int = Field(ge=1, le=rules.INSTRUMENT_VERSION_MAX)


class RoundInfo(StrictModel):
    id: RoundId
    phase: PhaseName
    label: Label = ""
    date: IsoDate


class MinGroup(StrictModel):
    scores: int = Field(default=3, ge=3, le=1000)
    detail: int = Field(default=5, ge=5, le=1000)


# --- .hype-round -------------------------------------------------------------------------------
class RoundFile(StrictModel):
    """A lead's invitation to a team round."""

    format: Literal["hype-round"]
    format_version: int = Field(ge=1, le=FORMAT_VERSION)
    app_version: AppVersion
    instrument: InstrumentRef
    team_code: TeamCode
    round: RoundInfo
    modules: list[Id] = Field(min_length=1, max_length=rules.MODULES_MAX)
    lead_name: Name = ""
    min_group: MinGroup = MinGroup()


# --- .hype --------------------------------------------------------------------------------------
class SharedNote(StrictModel):
    item: Id
    text: NoteText


class SharedPrompt(StrictModel):
    prompt: Id
    text: PromptText


class SharedStep(StrictModel):
    text: StepText
    factor: Id | None = None
    owner: Literal["me", "team", "lead"] = "me"


class ShareContent(StrictModel):
    modules: list[Id] = Field(min_length=1, max_length=rules.MODULES_MAX)
    answers: dict[Id, AnswerValue] = Field(max_length=rules.ANSWERS_MAX)
    notes: list[SharedNote] = Field(default_factory=list, max_length=rules.NOTES_MAX)
    prompt_answers: list[SharedPrompt] = Field(default_factory=list, max_length=rules.PROMPTS_MAX)
    next_steps: list[SharedStep] = Field(default_factory=list, max_length=rules.STEPS_MAX)


class ShareFile(StrictModel):
    """One member's share of one round."""

    format: Literal["hype-share"]
    format_version: int = Field(ge=1, le=FORMAT_VERSION)
    app_version: AppVersion
    instrument: InstrumentRef
    team_code: TeamCode
    round: RoundInfo
    respondent: Pseudonym
    completed_at: IsoDateTime
    content: ShareContent
    checksum: Checksum


# --- .hype-team ---------------------------------------------------------------------------------
Stat = Annotated[float, Field(ge=-10, le=10)]


class Aggregate(StrictModel):
    """n people counted; the rest only where the thresholds allowed (absent otherwise)."""

    id: Id
    n: int = Field(ge=0, le=100_000)
    mean: Stat | None = None
    median: Stat | None = None
    sd: Stat | None = None
    distribution: list[Annotated[int, Field(ge=0, le=100_000)]] | None = Field(
        default=None, min_length=5, max_length=5)


class Change(StrictModel):
    factor: Id
    before: Stat
    after: Stat


class TextGroup(StrictModel):
    factor: Id | None = None
    texts: list[PromptText] = Field(max_length=MAX_TEXTS_PER_GROUP)


class TeamFile(StrictModel):
    """A team summary: aggregates only, thresholds applied."""

    format: Literal["hype-team"]
    format_version: int = Field(ge=1, le=FORMAT_VERSION)
    app_version: AppVersion
    instrument: InstrumentRef
    team_code: TeamCode
    round: RoundInfo
    contributors: int = Field(ge=0, le=100_000)
    min_group: MinGroup
    factors: list[Aggregate] = Field(max_length=200)
    items: list[Aggregate] = Field(max_length=2000)
    most_agreed: list[Id] = Field(default_factory=list, max_length=20)
    most_disputed: list[Id] = Field(default_factory=list, max_length=20)
    change: list[Change] = Field(default_factory=list, max_length=200)
    previous_round: RoundInfo | None = None
    free_text: list[TextGroup] = Field(default_factory=list, max_length=200)
    next_steps: list[TextGroup] = Field(default_factory=list, max_length=200)

    @model_validator(mode="after")
    def _thresholds_applied(self) -> TeamFile:
        breach = rules.threshold_breach([a.model_dump() for a in [*self.factors, *self.items]],
                                        self.min_group.scores, self.min_group.detail)
        if breach:
            raise ValueError(breach)
        return self


# --- reading ------------------------------------------------------------------------------------
M = TypeVar("M", bound=StrictModel)
_KIND_NAMES = {ROUND_FORMAT: "HyPe round invitation", SHARE_FORMAT: "HyPe share",
               TEAM_FORMAT: "HyPe team summary"}


def validate_data(data: object, path: Path | str, model: type[M], fmt: str) -> M:
    """Kind and version first (a clear message for newer files), then the strict model."""
    check_header(data, path, fmt, FORMAT_VERSION, _KIND_NAMES[fmt])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise FileProblem(path, "file.invalid", details=describe_errors(exc)) from None
    except (ValueError, TypeError, RecursionError) as exc:  # a validator's own error
        raise FileProblem(path, "file.invalid", details=str(exc)[:200]) from None


def validate_share_data(data: object, path: Path | str) -> ShareFile:
    model = validate_data(data, path, ShareFile, SHARE_FORMAT)
    assert isinstance(data, dict)
    if checksum_of(data) != model.checksum:
        raise FileProblem(path, "team.bad_checksum")
    return model


def read_round_file(path: Path | str) -> RoundFile:
    """A ``.hype-round`` invitation, validated; raises FileProblem."""
    return validate_data(read_json_file(path, MAX_ROUND_BYTES), path, RoundFile, ROUND_FORMAT)


def read_share_file(path: Path | str) -> ShareFile:
    """A member's ``.hype`` share, validated and checksum-checked; raises FileProblem naming the
    problem. Collation reads shares through share_reading, which tries a quick check first and
    comes here for anything it does not take. The strict model bounds nesting (no field takes
    arbitrary JSON), so the generic depth walk is skipped; json's own RecursionError is still a
    FileProblem."""
    raw = read_capped_bytes(path, MAX_SHARE_BYTES)
    return validate_share_data(parse_json_bytes(raw, path, max_depth=None), path)


def read_team_file(path: Path | str) -> TeamFile:
    """A ``.hype-team`` summary, validated; raises FileProblem."""
    return validate_data(read_json_file(path, MAX_TEAM_BYTES), path, TeamFile, TEAM_FORMAT)


def _schema(model: type[StrictModel], title: str) -> dict:
    schema = model.model_json_schema()
    schema["title"] = title
    return schema


def round_json_schema() -> dict:
    return _schema(RoundFile, "HyPe Desktop round invitation (.hype-round)")


def share_json_schema() -> dict:
    return _schema(ShareFile, "HyPe Desktop member share (.hype)")


def team_json_schema() -> dict:
    return _schema(TeamFile, "HyPe Desktop team summary (.hype-team)")
