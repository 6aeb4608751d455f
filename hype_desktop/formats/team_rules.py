"""The team file formats' names, limits and patterns, and the canonical form that checksums and
signatures cover: one place, no pydantic (the strict models in team_formats are built from these).

Format version 2 is the sealed one: invitations carry the round's public keys and a signature,
a share is sealed to the round's key, a summary is signed. Version 1 (plain) files are refused
with a message that says why (docs/privacy-model.en.md, "Earlier files and versions").
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from hype_desktop.domain import limits

ROUND_FORMAT, SHARE_FORMAT, TEAM_FORMAT = "hype-round", "hype-share", "hype-team"
FORMAT_VERSION = 2
SAMPLE_MARK = "sample"  # inside the seal: sample data, never mixed with real shares unnoticed
ROUND_SUFFIX, SHARE_SUFFIX, TEAM_SUFFIX = ".hype-round", ".hype", ".hype-team"
# The limits are domain.limits' (one set for every writer and reader), under the names used here.
MAX_ROUND_BYTES = limits.ROUND_BYTES
MAX_SHARE_BYTES = limits.SHARE_BYTES
MAX_SHARE_CONTENT_BYTES = limits.SHARE_CONTENT_BYTES
MAX_TEAM_BYTES = limits.TEAM_BYTES

# Patterns as pydantic takes them (anchored). Python's re must use them with fullmatch.
ID_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"
ID_MAX = limits.ID_MAX
TEAM_CODE_PATTERN = rf"^[A-Za-z0-9][A-Za-z0-9_-]{{0,{limits.TEAM_CODE_MAX - 1}}}$"
HEX32_PATTERN = r"^[0-9a-f]{32}$"  # round ids and pseudonyms
CHECKSUM_PATTERN = r"^sha256:[0-9a-f]{64}$"
KEY_PATTERN = r"^[0-9a-f]{64}$"  # a 32-byte public key, hex
SIGNATURE_PATTERN = r"^[A-Za-z0-9+/]{86}==$"  # 64 bytes, base64
SEALED_PATTERN = r"^[A-Za-z0-9+/]+={0,2}$"
TEAM_SIZE_MAX = limits.TEAM_SIZE_MAX
APP_VERSION_PATTERN = r"^[0-9A-Za-z.+-]{1,40}$"
INSTRUMENT_ID_PATTERN = r"^[a-z][a-z0-9_.-]{0,79}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"

LABEL_MAX, NAME_MAX = limits.LABEL_MAX, limits.NAME_MAX
NOTE_MAX, PROMPT_MAX, STEP_MAX = limits.NOTE_MAX, limits.PROMPT_MAX, limits.STEP_MAX
INSTRUMENT_VERSION_MAX = limits.PACK_VERSION_MAX
# a share holds what one reflection can: every statement of the content, a note on each
MODULES_MAX, ANSWERS_MAX, NOTES_MAX = limits.CONTENT_MODULES_MAX, limits.ITEMS_MAX, limits.ITEMS_MAX
PROMPTS_MAX, STEPS_MAX = limits.PROMPTS_MAX, limits.STEPS_MAX
FACTORS_MAX, ITEMS_MAX = limits.FACTORS_MAX, limits.ITEMS_MAX  # what a summary can list
PHASES = ("kickoff", "team_workshop", "closing", "coaching", "check_in")
OWNERS = ("me", "team", "lead")
ANSWER_VALUES = (1, 2, 3, 4, 5, "na")  # whole numbers (not true, not 1.0) or "na"


# --- checksums ----------------------------------------------------------------------------------
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_bytes(data: dict[str, Any], leave_out: str = "checksum") -> bytes:
    """The canonical form a checksum or signature covers: every field but ``leave_out``,
    keys sorted, compact, UTF-8."""
    body = {k: v for k, v in data.items() if k != leave_out}
    return _CANONICAL.encode(body).encode("utf-8")


def checksum_of(data: dict[str, Any]) -> str:
    return "sha256:" + hashlib.sha256(canonical_bytes(data)).hexdigest()


def with_checksum(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out["checksum"] = checksum_of(data)
    return out


# --- what a team summary may hold ---------------------------------------------------------------
def threshold_breach(summary: dict[str, Any]) -> str | None:
    """Why a summary's figures break the disclosure rules for the group sizes it names, or None.
    Checked when a summary is built and again when one is read (the strict model)."""
    from hype_desktop.domain.anonymity import Thresholds
    from hype_desktop.domain.disclosure import summary_breach
    sizes = summary.get("min_group") or {}
    return summary_breach(summary, Thresholds.of(sizes.get("scores"), sizes.get("detail")))
