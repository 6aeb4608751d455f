"""Anonymous vote counts from a workshop: how many cards in the room showed each value of a
statement, entered by the facilitator, no names.

The room saw the cards, so these counts are the team's own shared result: they are kept apart
from collated figures (in the facilitator's settings, per workshop reflection), always marked as
counted in the room, and the minimum group sizes of collated data do not apply to them.
"""

from __future__ import annotations

import json

from hype_desktop.domain import limits
from hype_desktop.store.settings import Settings

KEY = "workshop.votes."  # + the workshop reflection's id
VALUES = 6  # cards 1..5 and "does not apply"
MAX_CARDS = limits.CARDS_MAX


def load_votes(settings: Settings, reflection_id: int) -> dict[str, list[int]]:
    """item id -> cards per value (1..5, then N/A) counted in the workshop; {} if none."""
    raw = settings.get(f"{KEY}{reflection_id}")
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: [int(c) for c in v][:VALUES] for k, v in data.items()
            if isinstance(k, str) and isinstance(v, list) and len(v) == VALUES
            and all(isinstance(c, int) and 0 <= c <= MAX_CARDS for c in v)}


def save_votes(settings: Settings, reflection_id: int, item_id: str, counts: list[int]) -> None:
    """Store one statement's counts at once (all zero removes them)."""
    if len(counts) != VALUES or any(not 0 <= c <= MAX_CARDS for c in counts):
        raise ValueError("counts of six values, each 0..1000")
    votes = load_votes(settings, reflection_id)
    if any(counts):
        votes[item_id] = list(counts)
    else:
        votes.pop(item_id, None)
    settings.set(f"{KEY}{reflection_id}", json.dumps(votes))
