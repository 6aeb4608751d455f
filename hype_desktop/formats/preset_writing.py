"""Writing a trainer's hype-preset.json from the preset editor: always a valid file, never half of one.

The editor hands in plain values; this module turns a picked logo into the small clean image a
preset carries (upright, no metadata, at most LOGO_SIDE pixels a side, PNG), builds the JSON,
checks it exactly as the app will read it (formats.preset_format.check_preset_file) and only then
replaces the target file. Any problem comes back as the same plain, placed messages
validate-preset prints, and the target is left as it was.
"""

from __future__ import annotations

import base64
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.preset import MIN_K_DETAIL, MIN_K_SCORES
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.problem_report import Problem

LOGO_SIDE = 1024  # plenty for a PDF cover; keeps the preset small
MAX_PICKED_LOGO_BYTES = 20 * 1024 * 1024


@dataclass
class PresetRound:
    phase: str
    label: str
    day: date
    modules: tuple[str, ...]


@dataclass
class PresetDraft:
    """What the editor holds; ``to_json`` gives the file's data."""

    organisation: str = ""
    logo_png: bytes | None = None
    default_language: str | None = None
    default_team_code: str = ""
    rounds: list[PresetRound] = field(default_factory=list)
    offered_modules: tuple[str, ...] = ()
    instrument_pack: str | None = None
    k_scores: int = MIN_K_SCORES
    k_detail: int = MIN_K_DETAIL

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": "hype-preset", "format_version": 1,
                                "organisation": self.organisation.strip()}
        if self.logo_png:
            data["logo"] = {"media_type": "image/png",
                            "data_base64": base64.b64encode(self.logo_png).decode("ascii")}
        if self.default_language:
            data["default_language"] = self.default_language
        if self.default_team_code.strip():
            data["default_team_code"] = self.default_team_code.strip()
        data["rounds"] = [{"phase": r.phase, "label": r.label.strip(), "date": r.day.isoformat(),
                           "modules": list(r.modules)} for r in self.rounds]
        if self.offered_modules:
            data["offered_modules"] = list(self.offered_modules)
        if self.instrument_pack:
            data["instrument_pack"] = self.instrument_pack
        data["min_group_sizes"] = {"scores": self.k_scores, "detail": self.k_detail}
        return data


def draft_from_file(path: Path | str, builtin: Instrument) -> PresetDraft:
    """An existing preset, to edit; raises FileProblem (a FieldProblems for a broken one)."""
    from hype_desktop.formats.preset_format import load_preset_file

    preset = load_preset_file(path, builtin)
    logo = preset.logo
    if logo is not None and preset.logo_type != "image/png":
        logo = logo_png_from_bytes(logo, Path(path))
    pack = json.loads(Path(path).read_text(encoding="utf-8-sig")).get("instrument_pack")
    return PresetDraft(
        organisation=preset.organisation, logo_png=logo, default_language=preset.default_language,
        default_team_code=preset.default_team_code or "",
        rounds=[PresetRound(r.phase.value, r.label, r.date, r.modules) for r in preset.rounds],
        offered_modules=preset.offered_modules or (), instrument_pack=pack,
        k_scores=preset.k_scores, k_detail=preset.k_detail)


def logo_png_from_bytes(raw: bytes, source: Path) -> bytes:
    """A picked image as the preset's logo: upright, no metadata, scaled to fit LOGO_SIDE, PNG."""
    from PIL import Image, UnidentifiedImageError

    from hype_desktop.formats.preset_format import reencoded

    if len(raw) > MAX_PICKED_LOGO_BYTES:
        raise FileProblem(source, "preset.logo_too_big", size=len(raw) // 1024, limit=MAX_PICKED_LOGO_BYTES // 1024)
    try:
        with Image.open(io.BytesIO(raw), formats=["PNG", "JPEG"]) as img:
            img.load()
            return reencoded(img, "PNG", max_side=LOGO_SIDE)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise FileProblem(source, "preset.logo_not_image", reason=type(exc).__name__) from None


def logo_png_from_file(path: Path | str) -> bytes:
    """A picked image file as the preset's logo (read capped, special files refused); FileProblem."""
    from hype_desktop.formats.safe_json import read_capped_bytes

    return logo_png_from_bytes(read_capped_bytes(path, MAX_PICKED_LOGO_BYTES), Path(path))


def save_preset(draft: PresetDraft, target: Path | str, builtin: Instrument) -> list[Problem]:
    """Write ``draft`` to ``target`` if it is a valid preset; else return its problems and leave
    ``target`` untouched. The file is checked as the app reads it (pack next to it included)."""
    from hype_desktop.formats.preset_format import check_preset_file

    target = Path(target)
    text = json.dumps(draft.to_json(), ensure_ascii=False, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".hype-preset.", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        problems, preset = check_preset_file(Path(tmp), builtin)
        if preset is None:
            return problems
        os.replace(tmp, target)
        return []
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
