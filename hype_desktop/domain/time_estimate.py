"""How long answering takes, told honestly: from what is left to answer, not a promise.

The rates are assumptions, not measurements: reading a short statement and choosing on a 1–5
scale takes most people 5–10 seconds, a page to take in about 12 more, and the next steps
about a minute. Notes and open questions are optional and left out; the texts that show the
figure say "about". The start page and Home use the same rule, so their figures agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hype_desktop.domain.instrument import Instrument

SECONDS_PER_STATEMENT = 8
SECONDS_PER_PAGE = 12
SECONDS_FOR_NEXT_STEPS = 60


def minutes_for(statements: int, pages: int = 0, next_steps: bool = False) -> int:
    """Whole minutes for ``statements`` statements on ``pages`` pages (and the next steps),
    at least 1 when anything is left, 0 when nothing is."""
    seconds = (max(0, statements) * SECONDS_PER_STATEMENT + max(0, pages) * SECONDS_PER_PAGE
               + (SECONDS_FOR_NEXT_STEPS if next_steps else 0))
    return max(1, round(seconds / 60)) if seconds else 0


def minutes_for_scope(instrument: Instrument, scope: tuple[str, ...], short: bool) -> tuple[int, int]:
    """(minutes, statements) for answering ``scope`` from the start, in the short form (a quick
    check-in) or in full: a page per factor and the next steps at the end, writing not counted."""
    factors = instrument.known_factors(scope)
    statements = sum(len(f.items_for(short)) for f in factors)
    return minutes_for(statements, len(factors), next_steps=True), statements
