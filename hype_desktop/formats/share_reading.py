"""Reading members' sealed shares for a collation: one strict reader, records to work with.

A ``.hype`` file is read the one way: size capped, the outside parsed strictly (duplicate keys,
NaN and the like refused) and checked by the strict model, the seal opened with the round's key
from the collator's database, the content size capped and parsed and validated the same strict
way, its checksum checked, and its round compared with the round it was sealed for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hype_desktop.domain.aggregate import Submission
from hype_desktop.formats import team_rules as rules
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.safe_json import parse_json_bytes, read_capped_bytes

if TYPE_CHECKING:
    from nacl.public import PrivateKey, SealedBox

    from hype_desktop.formats.team_formats import ShareFile

# round id -> the round's opener, or None when this data folder holds no key for that round
Openers = Callable[[str], "SealedBox[PrivateKey] | None"]


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
    """An opened, validated, checksum-checked share. ``content`` is the share's content with
    every field present (modules, answers, notes, prompt_answers, next_steps)."""

    instrument_id: str
    instrument_version: int
    team_code: str
    round: SharedRound
    respondent: str
    completed_at: str
    checksum: str
    content: dict[str, Any]
    sample: bool = False

    @classmethod
    def of(cls, model: ShareFile) -> ShareRecord:
        r = model.round
        return cls(model.instrument.id, model.instrument.version, model.team_code,
                   SharedRound(r.id, r.phase, r.label, r.date), model.respondent, model.completed_at,
                   model.checksum, model.content.model_dump(), model.sample)


class NoRoundKey(FileProblem):
    """A share of a round whose key is not in this data folder."""

    def __init__(self, path: Path | str, round_id: str) -> None:
        super().__init__(path, "team.no_round_key", round=round_id[:8])
        self.round_id = round_id


def open_share_bytes(raw: bytes, path: Path | str, openers: Openers) -> ShareFile:
    """The sealed share in ``raw``, opened and validated; raises FileProblem (NoRoundKey when
    this data folder holds no key for its round)."""
    from hype_desktop.formats.sealing import SealProblem, unseal
    from hype_desktop.formats.team_formats import read_share_envelope, validate_share_data
    envelope = read_share_envelope(raw, path)
    opener = openers(envelope.round)
    if opener is None:
        raise NoRoundKey(path, envelope.round)
    try:
        inner = unseal(envelope.sealed, opener)
    except SealProblem:
        raise FileProblem(path, "team.bad_seal") from None
    if len(inner) > rules.MAX_SHARE_CONTENT_BYTES:
        raise FileProblem(path, "file.too_big", size=len(inner) // 1024,
                          limit=rules.MAX_SHARE_CONTENT_BYTES // 1024)
    model = validate_share_data(parse_json_bytes(inner, path, max_depth=None), path)
    if model.round.id != envelope.round:
        raise FileProblem(path, "team.seal_round_mismatch")
    return model


def read_share_file(path: Path | str, opener: SealedBox[PrivateKey]) -> ShareFile:
    """A member's ``.hype`` share opened with one round's ``opener`` (RoundSecret.opener()),
    validated and checksum-checked; raises FileProblem naming the problem."""
    return open_share_bytes(read_capped_bytes(path, rules.MAX_SHARE_BYTES), path, lambda _rid: opener)


def read_share(path: Path, openers: Openers) -> ShareRecord:
    """A member's sealed share as a record; raises FileProblem naming the problem."""
    return ShareRecord.of(open_share_bytes(read_capped_bytes(path, rules.MAX_SHARE_BYTES), path, openers))


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
