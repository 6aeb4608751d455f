"""What a team agreed together in workshop mode, as plain data for the team PDF.

The workshop result is the team's own consensus (one answer per statement agreed on one
screen), not any member's answers: the minimum group sizes of collated views do not apply to
it, and the report says so. Pure Python; no Qt, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.reflection import Reflection

if TYPE_CHECKING:
    from hype_desktop.store.engine import Database


@dataclass(frozen=True)
class AgreedNote:
    factor_id: str
    item_id: str
    value: int | None
    not_applicable: bool
    note: str


@dataclass(frozen=True)
class WorkshopResult:
    reflection_id: int
    team_name: str
    phase: str
    label: str
    date: str  # ISO date of the workshop
    scores: dict[str, float | None]  # factor id -> the agreed answers' score, in walking order
    notes: tuple[AgreedNote, ...]


def workshop_result(instrument: Instrument, reflection: Reflection, team_name: str) -> WorkshopResult:
    """The agreed scores of the factors covered and the notes the team wrote, in walking order."""
    if not reflection.finished:
        raise ValueError("only a finished workshop reflection goes into the team PDF")
    scores: dict[str, float | None] = {}
    notes: list[AgreedNote] = []
    for factor in instrument.known_factors(reflection.scope):
        fid = factor.id
        s = reflection.scores.get(fid)
        scores[fid] = s.mean if s is not None else None
        for item in factor.items:
            a = reflection.answers.get(item.id)
            if a is not None and a.note.strip():
                notes.append(AgreedNote(fid, item.id, a.value, a.not_applicable, a.note.strip()))
    r = reflection.round
    return WorkshopResult(reflection.id, team_name, r.phase.value, r.label, r.date.isoformat(),
                          scores, tuple(notes))


def linked_workshop_result(db: Database, instrument: Instrument, round_uid: str) -> WorkshopResult | None:
    """The newest finished workshop reflection linked to the collated round, or None."""
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.store.workshop import linked_workshops
    found = linked_workshops(db, round_uid)
    if not found:
        return None
    rid, name = found[0]
    return workshop_result(instrument, ReflectionStore(db).get(rid), name)
