"""Team file formats, defined once as strict pydantic models.

- ``.hype-round``: a collator's round invitation (team code, phase, label, date, modules, lead's
  name, minimum group sizes, team size) with the round's public keys, signed with the round's key.
  The round id is a hash of the keys (sealing.RoundPublicKeys.round_id).
- ``.hype``: one member's share, sealed to the round's key: outside only the format, version and
  round id; inside (ShareFile) the pseudonym, completion time, what the member ticked, a
  checksum over the canonical content, and whether it is sample data.
- ``.hype-team``: a team summary (disclosed aggregates only), signed with the round's key.

The JSON Schemas in resources/schemas/ are generated from these models. Readers cap the size
before parsing (safe_json), refuse newer format versions with a clear message and turn every
problem into a FileProblem. Imported lazily: pydantic is not paid for at start-up.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

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
from hype_desktop.formats.safe_json import parse_json_bytes, read_json_file
from hype_desktop.formats.team_rules import (
    FORMAT_VERSION,
    MAX_ROUND_BYTES,
    MAX_TEAM_BYTES,
    ROUND_FORMAT,
    SHARE_FORMAT,
    TEAM_FORMAT,
    checksum_of,
    threshold_breach,
)
from hype_desktop.formats.validation import StrictModel, check_header, describe_errors

if TYPE_CHECKING:
    from hype_desktop.formats.sealing import RoundPublicKeys

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
KeyHex = Annotated[str, StringConstraints(pattern=rules.KEY_PATTERN)]
Signature = Annotated[str, StringConstraints(pattern=rules.SIGNATURE_PATTERN)]
Sealed = Annotated[str, StringConstraints(pattern=rules.SEALED_PATTERN, max_length=rules.MAX_SHARE_BYTES)]
Version2 = Annotated[int, Field(ge=2, le=FORMAT_VERSION)]


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


class RoundKeys(StrictModel):
    seal: KeyHex
    sign: KeyHex


class MinGroup(StrictModel):
    scores: int = Field(default=3, ge=3, le=1000)
    detail: int = Field(default=5, ge=5, le=1000)


# --- .hype-round -------------------------------------------------------------------------------
class RoundFile(StrictModel):
    """A collator's invitation to a team round, signed with the round's own key."""

    format: Literal["hype-round"]
    format_version: Version2
    app_version: AppVersion
    instrument: InstrumentRef
    team_code: TeamCode
    round: RoundInfo
    modules: list[Id] = Field(min_length=1, max_length=rules.MODULES_MAX)
    lead_name: Name = ""
    min_group: MinGroup = MinGroup()
    team_size: int | None = Field(default=None, ge=1, le=rules.TEAM_SIZE_MAX)
    keys: RoundKeys
    signature: Signature

    @property
    def public_keys(self) -> RoundPublicKeys:
        from hype_desktop.formats.sealing import RoundPublicKeys
        return RoundPublicKeys(self.keys.seal, self.keys.sign)

    @property
    def fingerprint(self) -> str:
        return self.public_keys.fingerprint


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


class ShareEnvelope(StrictModel):
    """A ``.hype`` file as anyone sees it: which round, and the sealed share (ShareFile)."""

    format: Literal["hype-share"]
    format_version: Version2
    round: RoundId
    sealed: Sealed


class ShareFile(StrictModel):
    """One member's share of one round: what the seal holds."""

    format: Literal["hype-share"]
    format_version: Version2
    app_version: AppVersion
    instrument: InstrumentRef
    team_code: TeamCode
    round: RoundInfo
    respondent: Pseudonym
    completed_at: IsoDateTime
    content: ShareContent
    sample: bool = False
    checksum: Checksum


# --- .hype-team ---------------------------------------------------------------------------------
Stat = Annotated[float, Field(ge=-10, le=10)]


class Aggregate(StrictModel):
    """The figures disclosure allows (domain.disclosure), absent otherwise."""

    id: Id
    n: int | None = Field(default=None, ge=0, le=100_000)
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
    """A team summary: disclosed aggregates only, signed with the round's key."""

    format: Literal["hype-team"]
    format_version: Version2
    app_version: AppVersion
    instrument: InstrumentRef
    team_code: TeamCode
    round: RoundInfo
    contributors: int = Field(ge=0, le=100_000)
    min_group: MinGroup
    factors: list[Aggregate] = Field(max_length=rules.FACTORS_MAX)
    items: list[Aggregate] = Field(max_length=rules.ITEMS_MAX)
    most_agreed: list[Id] = Field(default_factory=list, max_length=20)
    most_disputed: list[Id] = Field(default_factory=list, max_length=20)
    change: list[Change] = Field(default_factory=list, max_length=rules.FACTORS_MAX)
    previous_round: RoundInfo | None = None
    free_text: list[TextGroup] = Field(default_factory=list, max_length=rules.FACTORS_MAX + 1)
    next_steps: list[TextGroup] = Field(default_factory=list, max_length=rules.FACTORS_MAX + 1)
    sample: bool = False
    signature: Signature

    @model_validator(mode="after")
    def _thresholds_applied(self) -> TeamFile:
        breach = threshold_breach(self.model_dump(exclude_none=True))
        if breach:
            raise ValueError(breach)
        return self


# --- reading ------------------------------------------------------------------------------------
M = TypeVar("M", bound=StrictModel)
_KIND_NAMES = {ROUND_FORMAT: "HyPe round invitation", SHARE_FORMAT: "HyPe share",
               TEAM_FORMAT: "HyPe team summary"}


def validate_data(data: object, path: Path | str, model: type[M], fmt: str) -> M:
    """Kind and version first (a clear message for newer files and for version-1 plain files),
    then the strict model."""
    check_header(data, path, fmt, FORMAT_VERSION, _KIND_NAMES[fmt])
    assert isinstance(data, dict)
    if data.get("format_version") == 1:
        raise FileProblem(path, f"team.v1_{fmt.removeprefix('hype-')}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise FileProblem(path, "file.invalid", details=describe_errors(exc)) from None
    except (ValueError, TypeError, RecursionError) as exc:  # a validator's own error
        raise FileProblem(path, "file.invalid", details=str(exc)[:200]) from None


def validate_share_data(data: object, path: Path | str) -> ShareFile:
    """The content of an opened seal, validated and checksum-checked."""
    model = validate_data(data, path, ShareFile, SHARE_FORMAT)
    assert isinstance(data, dict)
    if checksum_of(data) != model.checksum:
        raise FileProblem(path, "team.bad_checksum")
    return model


def validate_round_data(data: object, path: Path | str) -> RoundFile:
    """An invitation whose signature and round id match its keys; raises FileProblem."""
    from hype_desktop.formats.sealing import SealProblem, verify
    model = validate_data(data, path, RoundFile, ROUND_FORMAT)
    assert isinstance(data, dict)
    try:
        verify(data, model.keys.sign)
    except SealProblem:
        raise FileProblem(path, "team.bad_signature") from None
    if model.round.id != model.public_keys.round_id:
        raise FileProblem(path, "team.bad_signature")
    return model


def read_round_file(path: Path | str) -> RoundFile:
    """A ``.hype-round`` invitation, validated and its signature checked; raises FileProblem."""
    return validate_round_data(read_json_file(path, MAX_ROUND_BYTES), path)


def read_share_envelope(raw: bytes, path: Path | str) -> ShareEnvelope:
    """The outside of a ``.hype`` file (round id and the sealed bytes); raises FileProblem."""
    return validate_data(parse_json_bytes(raw, path), path, ShareEnvelope, SHARE_FORMAT)


def team_summary_data(data: object, path: Path | str) -> TeamFile:
    """A summary, validated (its signature is checked against the invitation: verify_team_file)."""
    return validate_data(data, path, TeamFile, TEAM_FORMAT)


def read_team_file(path: Path | str, sign_key: str | None = None) -> TeamFile:
    """A ``.hype-team`` summary, validated; with ``sign_key`` (the invitation's) its signature is
    checked too. Raises FileProblem."""
    data = read_json_file(path, MAX_TEAM_BYTES)
    model = team_summary_data(data, path)
    if sign_key is not None:
        from hype_desktop.formats.sealing import SealProblem, verify
        try:
            verify(data, sign_key)
        except SealProblem:
            raise FileProblem(path, "team.bad_summary_signature") from None
    return model


def _schema(model: type[StrictModel], title: str) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema["title"] = title
    return schema


def round_json_schema() -> dict[str, Any]:
    return _schema(RoundFile, "HyPe Desktop round invitation (.hype-round)")


def share_json_schema() -> dict[str, Any]:
    return _schema(ShareEnvelope, "HyPe Desktop member share (.hype), sealed")


def share_content_json_schema() -> dict[str, Any]:
    return _schema(ShareFile, "HyPe Desktop member share: what the seal holds")


def team_json_schema() -> dict[str, Any]:
    return _schema(TeamFile, "HyPe Desktop team summary (.hype-team)")


# --- writing: never a file its reader would refuse ---------------------------------------------
def write_team_file(path: Path | str, data: dict[str, Any]) -> Path:
    """Write a signed summary, unless the members' apps would refuse it (the strict model, the size
    cap): then FieldProblems / FileProblem naming ``path``, and nothing is written."""
    from hype_desktop.formats.errors import would_not_be_read
    from hype_desktop.formats.safe_json import write_json_atomic
    would_not_be_read(path, TeamFile, data)
    return write_json_atomic(path, data, rules.MAX_TEAM_BYTES)


def write_round_file(path: Path | str, data: dict[str, Any]) -> Path:
    """Write a signed invitation, unless the members' apps would refuse it."""
    from hype_desktop.formats.errors import would_not_be_read
    from hype_desktop.formats.safe_json import write_json_atomic
    would_not_be_read(path, RoundFile, data)
    return write_json_atomic(path, data, rules.MAX_ROUND_BYTES)


def write_share_file(path: Path | str, sealed: dict[str, Any]) -> Path:
    """Write a sealed share (team_exchange.seal_share checked its content), within the size the
    collator's app reads."""
    from hype_desktop.formats.errors import would_not_be_read
    from hype_desktop.formats.safe_json import write_json_atomic
    would_not_be_read(path, ShareEnvelope, sealed)
    return write_json_atomic(path, sealed, rules.MAX_SHARE_BYTES)
