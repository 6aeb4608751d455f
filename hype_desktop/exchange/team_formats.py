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

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union

from pydantic import (
    AfterValidator, Field, StringConstraints, ValidationError, model_validator,
)

from hype_desktop.exchange.errors import FileProblem
from hype_desktop.exchange.validation import StrictModel, check_header, describe_errors
from hype_desktop.exchange.safe_json import parse_json_bytes, read_capped_bytes, read_json_file

ROUND_FORMAT, SHARE_FORMAT, TEAM_FORMAT = "hype-round", "hype-share", "hype-team"
FORMAT_VERSION = 1
ROUND_SUFFIX, SHARE_SUFFIX, TEAM_SUFFIX = ".hype-round", ".hype", ".hype-team"
MAX_ROUND_BYTES = 64 * 1024
MAX_SHARE_BYTES = 512 * 1024
MAX_TEAM_BYTES = 2 * 1024 * 1024

_ID = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"
Id = Annotated[str, StringConstraints(pattern=_ID, max_length=80)]
TeamCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]
RoundId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Pseudonym = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Checksum = Annotated[str, StringConstraints(pattern=r"^sha256:[0-9a-f]{64}$")]
Label = Annotated[str, StringConstraints(max_length=200)]
Name = Annotated[str, StringConstraints(max_length=120)]
NoteText = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
PromptText = Annotated[str, StringConstraints(min_length=1, max_length=5000)]
StepText = Annotated[str, StringConstraints(min_length=1, max_length=300)]
AppVersion = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.+-]{1,40}$")]


def _is_date(value: str) -> str:
    date.fromisoformat(value)
    return value


def _is_datetime(value: str) -> str:
    datetime.fromisoformat(value)
    return value


IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_is_date)]
IsoDateTime = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"),
                        AfterValidator(_is_datetime)]
PhaseName = Literal["kickoff", "team_workshop", "closing", "coaching", "check_in"]
# A whole number 1..5 (strict: not true, not 1.0, which Literal[1, ...] would let through as 1), or "na".
AnswerValue = Union[Annotated[int, Field(strict=True, ge=1, le=5)], Literal["na"]]


InstrumentId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.-]{0,79}$")]


class InstrumentRef(StrictModel):
    id: InstrumentId
    version: int = Field(ge=1, le=10_000)


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
    modules: list[Id] = Field(min_length=1, max_length=20)
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
    modules: list[Id] = Field(min_length=1, max_length=20)
    answers: dict[Id, AnswerValue] = Field(max_length=500)
    notes: list[SharedNote] = Field(default_factory=list, max_length=500)
    prompt_answers: list[SharedPrompt] = Field(default_factory=list, max_length=200)
    next_steps: list[SharedStep] = Field(default_factory=list, max_length=3)


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
    texts: list[PromptText] = Field(max_length=2000)


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
    def _thresholds_applied(self) -> "TeamFile":
        for agg in [*self.factors, *self.items]:
            if agg.mean is not None and agg.n < self.min_group.scores:
                raise ValueError(f"{agg.id}: scores of fewer than {self.min_group.scores} people")
            if agg.distribution is not None and agg.n < self.min_group.detail:
                raise ValueError(f"{agg.id}: a distribution of fewer than {self.min_group.detail} people")
        return self


# --- checksums ----------------------------------------------------------------------------------
def canonical_bytes(data: dict[str, Any]) -> bytes:
    """The canonical form the checksum covers: every field but ``checksum``, sorted, compact."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def checksum_of(data: dict[str, Any]) -> str:
    return "sha256:" + hashlib.sha256(canonical_bytes(data)).hexdigest()


def with_checksum(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out["checksum"] = checksum_of(data)
    return out


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


_NESTED = frozenset((dict, list))
_KEY_ORDERS: dict[tuple[str, ...], tuple[str, ...]] = {}  # a dict's keys -> the same keys sorted


def _sorted_keys(value: Any) -> Any:
    """``value`` with every dict's keys sorted. Shares of one instrument list their keys in the
    same order, so each key order is sorted once (cached) and dicts and lists without nested
    containers (the answers, most of a share) are rebuilt in C, with no Python step per entry."""
    if type(value) is dict:
        keys = tuple(value)
        order = _KEY_ORDERS.get(keys)
        if order is None:
            order = tuple(sorted(keys))
            if len(_KEY_ORDERS) < 256:  # bounded: hostile files cannot grow it
                _KEY_ORDERS[keys] = order
        out = dict(zip(order, map(value.__getitem__, order)))
        if not _NESTED.isdisjoint(map(type, out.values())):
            for k, v in out.items():
                if type(v) in _NESTED:
                    out[k] = _sorted_keys(v)
        return out
    if _NESTED.isdisjoint(map(type, value)):
        return value
    return [_sorted_keys(v) if type(v) in _NESTED else v for v in value]


def _canonical_fast(data: dict[str, Any]) -> bytes:
    """``canonical_bytes`` by pydantic's serializer (compact, UTF-8, insertion order) over
    key-sorted dicts: several times faster. For the values a valid share holds (strings, ints,
    None, bools) the bytes are the same (tested); should they ever differ in some escape, the
    checksum fails to match and the careful path (``canonical_bytes``) decides."""
    from pydantic_core import to_json

    return to_json(_sorted_keys({k: v for k, v in data.items() if k != "checksum"}))


def _sorted_flat(value: dict[str, Any]) -> dict[str, Any]:
    keys = tuple(value)
    order = _KEY_ORDERS.get(keys)
    if order is None:
        order = tuple(sorted(keys))
        if len(_KEY_ORDERS) < 256:
            _KEY_ORDERS[keys] = order
    return dict(zip(order, map(value.__getitem__, order)))


def _canonical_share(data: dict[str, Any]) -> bytes:
    """``_canonical_fast`` for data the strict ShareFile model has accepted, whose shape is known:
    flat objects, and in ``content`` the answers (flat) and lists of flat objects. A shape this
    does not expect only makes the checksum differ: then the careful path decides."""
    from pydantic_core import to_json

    content = data["content"]
    sorted_content = {}
    for key in _sorted_flat(content):
        value = content[key]
        if type(value) is dict:
            value = _sorted_flat(value)
        elif key != "modules":
            value = [_sorted_flat(v) for v in value]
        sorted_content[key] = value
    body = {}
    for key, value in _sorted_flat(data).items():
        if key == "checksum":
            continue
        body[key] = sorted_content if key == "content" else _sorted_flat(value) if type(value) is dict else value
    return to_json(body)


def _share_fast(raw: bytes) -> ShareFile | None:
    """The common case (a good file) quickly, or None: then the careful path decides.

    The same checks as the careful path, on the same data: pydantic_core's JSON parser (strict
    JSON like json.loads; NaN/Infinity refused; nesting limited) instead of json.loads with
    Python hooks, then the strict model on the parsed data and the checksum over it. The parser
    keeps the last of duplicate keys, so duplicates are ruled out by counting colons: in valid
    JSON every ':' separates a key from its value or sits inside a string. The canonical form
    (what the checksum covers) holds each remaining key and string once, so the file has
    exactly as many colons as the canonical form plus two (the "checksum" key and "sha256:"),
    counting a ``\\u003a`` escape as one, if and only if no key is repeated. Any difference,
    however innocent, takes the careful path.
    """
    from pydantic_core import from_json

    try:
        data = from_json(raw, allow_inf_nan=False)
        model = ShareFile.model_validate(data)
    except (ValidationError, ValueError, TypeError, RecursionError):
        return None
    canonical = _canonical_share(data)
    if "sha256:" + hashlib.sha256(canonical).hexdigest() != model.checksum:
        return None
    colons = raw.count(b":")
    if b"\\u" in raw:
        colons += raw.count(b"\\u003a") + raw.count(b"\\u003A")
    if colons != canonical.count(b":") + 2:
        return None
    return model


def read_share_file(path: Path | str) -> ShareFile:
    """A member's ``.hype`` share, validated and checksum-checked; raises FileProblem.

    Collation reads thousands of these, so a good file is parsed once (``_share_fast``); a file
    that fails there is read again the careful way, which names the problem. The strict model
    bounds nesting (no field takes arbitrary JSON), so the generic depth walk is skipped; json's
    own RecursionError is still a FileProblem.
    """
    raw = read_capped_bytes(path, MAX_SHARE_BYTES)
    model = _share_fast(raw)
    if model is not None:
        return model
    return validate_share_data(parse_json_bytes(raw, path, max_depth=None), path)


def read_team_file(path: Path | str) -> TeamFile:
    """A ``.hype-team`` summary, validated; raises FileProblem."""
    return validate_data(read_json_file(path, MAX_TEAM_BYTES), path, TeamFile, TEAM_FORMAT)


# --- writing ------------------------------------------------------------------------------------
def write_json_atomic(path: Path | str, data: dict[str, Any]) -> Path:
    """Write JSON to a temporary file in the same folder, fsync, then rename over the target."""
    import os
    import tempfile
    path = Path(path)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


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
