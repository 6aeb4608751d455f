"""Reading members' shares for a collation: a quick check for the common case, records to work with.

A collation reads a thousand shares at a time, and loading pydantic and building the strict
model would cost more than reading them all. So a good share, in the shape the app writes, is
checked here with the standard library against the same rules (team_rules), narrowed to that
one shape: every key present, nothing else, exact types. Anything the quick check does not
take (a missing default, an unknown key, a duplicate key, an odd number, a bad checksum) goes
to the careful path, team_formats.read_share_file, which decides and names the problem. The
tests hold the quick check to never accepting what the careful path refuses, and to giving
the same record when both accept.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hype_desktop.domain.aggregate import Submission
from hype_desktop.formats import team_rules as rules
from hype_desktop.formats.safe_json import read_capped_bytes

if TYPE_CHECKING:
    from hype_desktop.formats.team_formats import ShareFile


class SharedRound(NamedTuple):
    """The round a share belongs to, as its file says."""

    id: str
    phase: str
    label: str
    date: str

    def as_dict(self) -> dict[str, str]:
        return self._asdict()


@dataclass(frozen=True, slots=True)
class ShareRecord:
    """A validated, checksum-checked share. ``content`` is the share's content with every
    field present (modules, answers, notes, prompt_answers, next_steps)."""

    instrument_id: str
    instrument_version: int
    team_code: str
    round: SharedRound
    respondent: str
    completed_at: str
    checksum: str
    content: dict[str, Any]

    @classmethod
    def of(cls, model: ShareFile) -> ShareRecord:
        """The record of a share the strict model accepted."""
        r = model.round
        return cls(model.instrument.id, model.instrument.version, model.team_code,
                   SharedRound(r.id, r.phase, r.label, r.date), model.respondent, model.completed_at,
                   model.checksum, model.content.model_dump())


def read_share(path: Path) -> ShareRecord:
    """A member's share, validated and checksum-checked; raises FileProblem naming the problem."""
    raw = read_capped_bytes(path, rules.MAX_SHARE_BYTES)
    record = quick_share(raw)
    if record is not None:
        return record
    from hype_desktop.formats.safe_json import parse_json_bytes
    from hype_desktop.formats.team_formats import validate_share_data
    return ShareRecord.of(validate_share_data(parse_json_bytes(raw, path, max_depth=None), path))


_NA_AS_NONE = {"na": None}  # "na" -> None, every other value as it is (in C, per answer)


def submission_of(record: ShareRecord) -> Submission:
    c = record.content
    answers = c["answers"]
    return Submission(
        pseudonym=record.respondent, round_id=record.round.id,
        completed_at=datetime.fromisoformat(record.completed_at), checksum=record.checksum,
        modules=tuple(c["modules"]),
        answers=dict(zip(answers, map(_NA_AS_NONE.get, answers.values(), answers.values()))),
        notes=tuple((n["item"], n["text"]) for n in c["notes"]),
        prompt_answers=tuple((p["prompt"], p["text"]) for p in c["prompt_answers"]),
        next_steps=tuple((s["text"], s["factor"], s["owner"]) for s in c["next_steps"]))


# --- the quick check ----------------------------------------------------------------------------
def _matcher(pattern: str):
    # ASCII: \d means 0-9 only, stricter than the model may be; stricter only sends a file the
    # careful way. fullmatch: a "$" must not let a trailing newline through.
    return re.compile(pattern, re.ASCII).fullmatch


_is_id = _matcher(rules.ID_PATTERN)
_is_team_code = _matcher(rules.TEAM_CODE_PATTERN)
_is_hex32 = _matcher(rules.HEX32_PATTERN)
_is_checksum = _matcher(rules.CHECKSUM_PATTERN)
_is_app_version = _matcher(rules.APP_VERSION_PATTERN)
_is_instrument_id = _matcher(rules.INSTRUMENT_ID_PATTERN)
_is_date = _matcher(rules.DATE_PATTERN)
_is_datetime = _matcher(rules.DATETIME_PATTERN)

_TOP = frozenset(("format", "format_version", "app_version", "instrument", "team_code", "round",
                  "respondent", "completed_at", "content", "checksum"))
_INSTRUMENT = frozenset(("id", "version"))
_ROUND = frozenset(("id", "phase", "label", "date"))
_CONTENT = frozenset(("modules", "answers", "notes", "prompt_answers", "next_steps"))
_NOTE = frozenset(("item", "text"))
_PROMPT = frozenset(("prompt", "text"))
_STEP = frozenset(("text", "factor", "owner"))
_ANSWER_TYPES = frozenset((int, str))
_ANSWER_VALUES = frozenset(rules.ANSWER_VALUES)
_PHASES, _OWNERS = frozenset(rules.PHASES), frozenset(rules.OWNERS)
_KNOWN_IDS: set[str] = set()  # ids that passed the pattern (item ids repeat in every share)


class _NotQuick(Exception):
    """Not the common case: the careful path decides."""


def _no_constant(_name: str) -> Any:
    raise _NotQuick  # NaN, Infinity


def _ids(values: Any) -> bool:
    """Every value a known-good id (cached: the same hundred item ids in every share)."""
    if _KNOWN_IDS.issuperset(values):
        return True
    for v in values:
        if v not in _KNOWN_IDS:
            if type(v) is not str or len(v) > rules.ID_MAX or not _is_id(v):
                return False
            if len(_KNOWN_IDS) < 10_000:  # bounded: hostile files cannot grow it
                _KNOWN_IDS.add(v)
    return True


def _text(value: Any, limit: int) -> bool:
    return type(value) is str and 0 < len(value) <= limit


def _objects(value: Any, keys: frozenset[str], limit: int) -> bool:
    return type(value) is list and len(value) <= limit and all(
        type(v) is dict and v.keys() == keys for v in value)


def _content_ok(c: Any) -> bool:
    if type(c) is not dict or c.keys() != _CONTENT:
        return False
    modules, answers = c["modules"], c["answers"]
    if type(modules) is not list or not 0 < len(modules) <= rules.MODULES_MAX or not _ids(modules):
        return False
    if type(answers) is not dict or len(answers) > rules.ANSWERS_MAX or not _ids(answers):
        return False
    values = answers.values()
    # types first: True == 1 and 1.0 == 1 would pass a bare value check
    if not _ANSWER_TYPES.issuperset(map(type, values)) or not _ANSWER_VALUES.issuperset(values):
        return False
    notes, prompts, steps = c["notes"], c["prompt_answers"], c["next_steps"]
    if not (_objects(notes, _NOTE, rules.NOTES_MAX) and _objects(prompts, _PROMPT, rules.PROMPTS_MAX)
            and _objects(steps, _STEP, rules.STEPS_MAX)):
        return False
    return (all(_ids((n["item"],)) and _text(n["text"], rules.NOTE_MAX) for n in notes)
            and all(_ids((p["prompt"],)) and _text(p["text"], rules.PROMPT_MAX) for p in prompts)
            and all(_text(s["text"], rules.STEP_MAX) and (s["factor"] is None or _ids((s["factor"],)))
                    and type(s["owner"]) is str and s["owner"] in _OWNERS for s in steps))


def _header_ok(d: dict[str, Any]) -> bool:
    inst, rnd = d["instrument"], d["round"]
    if type(inst) is not dict or inst.keys() != _INSTRUMENT or type(rnd) is not dict or rnd.keys() != _ROUND:
        return False
    strings = (d["format"], d["app_version"], d["team_code"], d["respondent"], d["completed_at"], d["checksum"],
               inst["id"], rnd["id"], rnd["phase"], rnd["label"], rnd["date"])
    if not all(type(s) is str for s in strings):
        return False
    version = inst["version"]
    if not (d["format"] == rules.SHARE_FORMAT and type(d["format_version"]) is int
            and d["format_version"] == rules.FORMAT_VERSION and _is_app_version(d["app_version"])
            and _is_instrument_id(inst["id"]) and type(version) is int
            and 1 <= version <= rules.INSTRUMENT_VERSION_MAX and _is_team_code(d["team_code"])
            and _is_hex32(rnd["id"]) and rnd["phase"] in _PHASES and len(rnd["label"]) <= rules.LABEL_MAX
            and _is_date(rnd["date"]) and _is_hex32(d["respondent"]) and _is_datetime(d["completed_at"])
            and _is_checksum(d["checksum"])):
        return False
    date.fromisoformat(rnd["date"])  # a ValueError (say, 2025-02-30) goes the careful way
    datetime.fromisoformat(d["completed_at"])
    return True


def quick_share(raw: bytes) -> ShareRecord | None:
    """The record of a good share in the app's own shape, or None: then the careful path decides.

    Duplicate keys are ruled out by counting colons: in valid JSON every ':' separates a key from
    its value or sits inside a string. The canonical form (what the checksum covers) holds each
    remaining key and string once, so the file has exactly as many colons as the canonical form
    plus two (the "checksum" key and "sha256:"), counting a ``\\u003a`` escape as one, if and only
    if no key is repeated (a repeated key brings at least its own colon).
    """
    try:
        d = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        if type(d) is not dict or d.keys() != _TOP or not _header_ok(d) or not _content_ok(d["content"]):
            return None
        canonical = rules.canonical_bytes(d)  # UnicodeEncodeError for a lone surrogate
    except (ValueError, TypeError, RecursionError, _NotQuick):  # JSONDecodeError, UnicodeErrors are ValueErrors;
        # TypeError: an unhashable value where an id belongs
        return None
    if "sha256:" + hashlib.sha256(canonical).hexdigest() != d["checksum"]:
        return None
    colons = raw.count(b":")
    if b"\\u" in raw:
        colons += raw.count(b"\\u003a") + raw.count(b"\\u003A")
    if colons != canonical.count(b":") + 2:
        return None
    inst, rnd = d["instrument"], d["round"]
    return ShareRecord(inst["id"], inst["version"], d["team_code"],
                       SharedRound(rnd["id"], rnd["phase"], rnd["label"], rnd["date"]),
                       d["respondent"], d["completed_at"], d["checksum"], d["content"])
