"""How long answering takes, told honestly: from the number of statements, not a promise.

The rate is an assumption, not a measurement: reading a short statement and choosing on a
1–5 scale takes most people 5–10 seconds, so 9 errs on the long side. Notes and open
questions are optional and left out; the texts that show the figure say "about".
"""

from __future__ import annotations

import math

SECONDS_PER_STATEMENT = 9


def minutes_for(statements: int) -> int:
    """Whole minutes for answering ``statements`` statements, at least 1 when any are left."""
    if statements <= 0:
        return 0
    return max(1, math.ceil(statements * SECONDS_PER_STATEMENT / 60))
