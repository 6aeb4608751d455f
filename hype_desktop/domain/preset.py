"""What a trainer's preset sets up, as plain data, and the group-size rule it takes part in.

Reading a preset file is formats' job (formats.preset_format, formats.preset_loading); what the
app takes from it lives here so every layer can use it without loading pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.instrument import Instrument

if TYPE_CHECKING:  # the command line's team commands read presets and need no reflections
    from hype_desktop.domain.reflection import Phase

# The app's own minimum group sizes for team views; a preset may only raise them.
MIN_K_SCORES = 3
MIN_K_DETAIL = 5


@dataclass(frozen=True)
class RoundInvitation:
    """A round of the trainer's programme, offered like a lead's round invitation."""

    phase: Phase
    label: str
    date: date
    modules: tuple[str, ...]
    team_code: str = ""


@dataclass(frozen=True)
class Preset:
    source: Path
    organisation: str
    logo: bytes | None = None
    logo_type: str | None = None  # "image/png" or "image/jpeg"
    default_language: str | None = None
    default_team_code: str | None = None
    rounds: tuple[RoundInvitation, ...] = ()
    offered_modules: tuple[str, ...] | None = None
    instrument: Instrument | None = None  # the trainer's instrument pack, validated
    k_scores: int = MIN_K_SCORES
    k_detail: int = MIN_K_DETAIL
    # where it was found: "explicit" (--preset, HYPE_PRESET), "user", "beside_app" or "machine"
    origin: str = "explicit"


def group_sizes(preset: Preset | None) -> Thresholds:
    """The minimum group sizes for team views: the preset's (which can only raise them), never
    below the app's own 3 and 5."""
    return Thresholds.of(preset.k_scores, preset.k_detail) if preset is not None else Thresholds.of()


def current_round(rounds: tuple[RoundInvitation, ...], today: date) -> RoundInvitation | None:
    """The programme's round a new reflection belongs to: the most recent one whose date has
    come. Never a future one (a reflection is not dated months ahead); before the first round,
    none."""
    due = [r for r in rounds if r.date <= today]
    return max(due, key=lambda r: r.date) if due else None


def round_for_phase(rounds: tuple[RoundInvitation, ...], phase: Phase, today: date) -> RoundInvitation | None:
    """The programme's round of ``phase`` a lead's new team round stands for: the most recent one
    whose date has come, else the next one to come."""
    same = [r for r in rounds if r.phase == phase]
    due = [r for r in same if r.date <= today]
    if due:
        return max(due, key=lambda r: r.date)
    return min(same, key=lambda r: r.date) if same else None
