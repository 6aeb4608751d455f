"""The team file formats' names, limits and patterns, and the checksum: one place, no pydantic.

The strict pydantic models (team_formats) are built from these, and so is the quick check a
collation gives each share (share_reading). Collating a thousand shares must not pay for
loading pydantic, so nothing here imports it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

ROUND_FORMAT, SHARE_FORMAT, TEAM_FORMAT = "hype-round", "hype-share", "hype-team"
FORMAT_VERSION = 1
ROUND_SUFFIX, SHARE_SUFFIX, TEAM_SUFFIX = ".hype-round", ".hype", ".hype-team"
MAX_ROUND_BYTES = 64 * 1024
MAX_SHARE_BYTES = 512 * 1024
MAX_TEAM_BYTES = 2 * 1024 * 1024

# Patterns as pydantic takes them (anchored). Python's re must use them with fullmatch.
ID_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"
ID_MAX = 80
TEAM_CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"
HEX32_PATTERN = r"^[0-9a-f]{32}$"  # round ids and pseudonyms
CHECKSUM_PATTERN = r"^sha256:[0-9a-f]{64}$"
APP_VERSION_PATTERN = r"^[0-9A-Za-z.+-]{1,40}$"
INSTRUMENT_ID_PATTERN = r"^[a-z][a-z0-9_.-]{0,79}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"

LABEL_MAX, NAME_MAX = 200, 120
NOTE_MAX, PROMPT_MAX, STEP_MAX = 2000, 5000, 300
INSTRUMENT_VERSION_MAX = 10_000
MODULES_MAX, ANSWERS_MAX, NOTES_MAX, PROMPTS_MAX, STEPS_MAX = 20, 500, 500, 200, 3
PHASES = ("kickoff", "team_workshop", "closing", "coaching", "check_in")
OWNERS = ("me", "team", "lead")
ANSWER_VALUES = (1, 2, 3, 4, 5, "na")  # whole numbers (not true, not 1.0) or "na"


# --- checksums ----------------------------------------------------------------------------------
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_bytes(data: dict[str, Any]) -> bytes:
    """The canonical form the checksum covers: every field but ``checksum``, sorted, compact."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return _CANONICAL.encode(body).encode("utf-8")


def checksum_of(data: dict[str, Any]) -> str:
    return "sha256:" + hashlib.sha256(canonical_bytes(data)).hexdigest()


def with_checksum(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out["checksum"] = checksum_of(data)
    return out


# --- what a team summary may hold ---------------------------------------------------------------
def threshold_breach(aggregates: list[dict[str, Any]], k_scores: int, k_detail: int) -> str | None:
    """Why a summary's aggregates break the group sizes it names, or None when they keep them:
    no statistic of fewer than ``k_scores`` people, no distribution of fewer than ``k_detail``.
    Checked when a summary is read (the strict model) and when one is built."""
    for agg in aggregates:
        if agg.get("mean") is not None and agg["n"] < k_scores:
            return f"{agg['id']}: scores of fewer than {k_scores} people"
        if agg.get("distribution") is not None and agg["n"] < k_detail:
            return f"{agg['id']}: a distribution of fewer than {k_detail} people"
    return None
