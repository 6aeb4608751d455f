"""A finished reflection's factor means packed into two columns of its own row.

The trend view reads every finished reflection at once. From the factor_scores table that is one
row per factor (about 85,000 rows for 5,000 reflections), which SQLite alone needs a tenth of a
second to walk. The same means packed on the reflection row (factor ids as text, means as
little-endian float64, NaN for "too few answers") make it one row per reflection, read into numpy
without a Python loop per score. factor_scores stays the full record (answered/total); the pack is
written in the same transaction wherever factor_scores is, so the two never disagree.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Mapping

from hype_desktop.domain.reflection import FactorScore


def pack_scores(scores: Mapping[str, FactorScore]) -> tuple[str, bytes]:
    """(factor ids joined by ',', their means as '<f8' bytes) in the mapping's order."""
    ids = list(scores)
    means = [math.nan if (m := scores[f].mean) is None else float(m) for f in ids]
    return ",".join(ids), struct.pack(f"<{len(means)}d", *means)


def unpack_scores(ids: str, means: bytes) -> dict[str, float | None]:
    """The inverse of pack_scores (None where the mean is NaN); for checks and small reads."""
    if not ids:
        return {}
    names = ids.split(",")
    values = struct.unpack(f"<{len(names)}d", means)
    return {f: (None if math.isnan(v) else v) for f, v in zip(names, values, strict=True)}
