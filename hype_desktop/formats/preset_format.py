"""The trainer preset file (hype-preset.json), defined once as pydantic models.

A preset sets up the app for a trainer's programme: organisation name and logo, default
language and team code, the programme's rounds (as round invitations), which modules are
offered, an instrument pack, and minimum group sizes (only raising, never below the app's
own). Everything in it is untrusted: size cap, strict JSON, strict models, then the rules a
schema cannot say (the logo really is a small PNG/JPEG, modules exist, sizes only raise),
each failure a FileProblem with its own message.

Imported lazily (pydantic, Pillow): only when a preset is present.
"""

from __future__ import annotations

import base64
import binascii
import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, StringConstraints

from hype_desktop.domain import limits
from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.preset import MIN_K_DETAIL, MIN_K_SCORES, Preset, RoundInvitation
from hype_desktop.domain.reflection import Phase
from hype_desktop.formats.errors import FieldProblems, FileProblem
from hype_desktop.formats.problem_report import Problem
from hype_desktop.formats.safe_json import read_json_file
from hype_desktop.formats.validation import StrictModel, validate_file_data

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

FORMAT_NAME = "hype-preset"
FORMAT_VERSION = 1
MAX_FILE_BYTES = limits.PRESET_BYTES
MAX_LOGO_BYTES = limits.PRESET_LOGO_BYTES
MAX_LOGO_SIDE = 2048
MAX_LOGO_PIXELS = 4_000_000

_ID = r"^[a-z][a-z0-9_-]*(\.[a-z0-9_]+)*$"
Id = Annotated[str, StringConstraints(pattern=_ID, max_length=limits.ID_MAX)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=limits.NAME_MAX, strip_whitespace=True)]
Label = Annotated[str, StringConstraints(min_length=1, max_length=limits.LABEL_MAX, strip_whitespace=True)]
TeamCode = Annotated[str, StringConstraints(pattern=rf"^[A-Za-z0-9][A-Za-z0-9_-]{{1,{limits.TEAM_CODE_MAX - 1}}}$")]
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
# a file name in the preset's own folder: no folders, no way out of it
PackFile = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,100}\.json$")]


class LogoModel(StrictModel):
    """The organisation's logo for PDFs, embedded in the preset (base64 of a PNG or JPEG)."""

    media_type: Literal["image/png", "image/jpeg"]
    # a loose ceiling here; the exact byte cap is checked after decoding, with its own message
    data_base64: str = Field(min_length=8, max_length=MAX_LOGO_BYTES * 2)


class RoundModel(StrictModel):
    """One round of the programme, offered like a team lead's round invitation."""

    phase: Literal["kickoff", "team_workshop", "closing", "coaching", "check_in"]
    label: Label
    date: IsoDate
    modules: list[Id] = Field(min_length=1, max_length=limits.CONTENT_MODULES_MAX)


class GroupSizesModel(StrictModel):
    """Minimum number of people before a team view shows anything (k-anonymity)."""

    scores: int = Field(default=MIN_K_SCORES, ge=1, le=100,
                        description=f"means, medians, spread; never below {MIN_K_SCORES}")
    detail: int = Field(default=MIN_K_DETAIL, ge=1, le=100,
                        description=f"distributions and shared free text; never below {MIN_K_DETAIL}")


class PresetModel(StrictModel):
    """hype-preset.json: a trainer's set-up of HyPe Desktop for a programme."""

    format: Literal["hype-preset"]
    format_version: int = Field(ge=1)
    organisation: Name
    logo: LogoModel | None = None
    default_language: Literal["fi", "sv", "en"] | None = None
    default_team_code: TeamCode | None = None
    rounds: list[RoundModel] = Field(default_factory=list, max_length=limits.PRESET_ROUNDS_MAX)
    offered_modules: list[Id] | None = Field(default=None, min_length=1, max_length=limits.CONTENT_MODULES_MAX)
    instrument_pack: PackFile | None = None
    min_group_sizes: GroupSizesModel = Field(default_factory=GroupSizesModel)


def validate_preset_data(data: object, path: Path | str) -> PresetModel:
    return validate_file_data(data, path, PresetModel, FORMAT_NAME, FORMAT_VERSION, "HyPe preset")


def clean_logo(logo: LogoModel, path: Path | str) -> bytes:
    """The logo as it goes into PDFs: checked to be one small PNG or JPEG that decodes, turned
    upright by its EXIF orientation, and written anew without any metadata (a phone photo's
    EXIF carries the camera model and the GPS position). Raises FileProblem."""
    try:
        raw = base64.b64decode(logo.data_base64, validate=True)
    except (binascii.Error, ValueError):
        raise FileProblem(path, "preset.logo_not_image", reason="base64") from None
    if len(raw) > MAX_LOGO_BYTES:
        raise FileProblem(path, "preset.logo_too_big", size=len(raw) // 1024, limit=MAX_LOGO_BYTES // 1024)
    expected = "PNG" if logo.media_type == "image/png" else "JPEG"
    magic_ok = raw.startswith(b"\x89PNG\r\n\x1a\n") if expected == "PNG" else raw.startswith(b"\xff\xd8\xff")
    if not magic_ok:
        raise FileProblem(path, "preset.logo_not_image", reason=expected)
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(io.BytesIO(raw), formats=[expected]) as img:
            width, height = img.size
            if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
                raise FileProblem(path, "preset.logo_too_many_pixels", width=width, height=height,
                                  limit=MAX_LOGO_SIDE)
            img.load()  # decode it whole: a truncated or damaged image fails here, not in a PDF
            return reencoded(img, expected)
    except FileProblem:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise FileProblem(path, "preset.logo_not_image", reason=type(exc).__name__) from None


def reencoded(img: PILImage, fmt: str, *, max_side: int | None = None) -> bytes:
    """``img`` turned upright by its EXIF orientation and written anew as ``fmt`` with nothing but
    its pixels (no EXIF, no ICC: a phone photo's camera model and GPS position stay out), scaled to
    fit ``max_side`` when given. The one rule for every logo that enters a preset."""
    from PIL import ImageOps

    upright = ImageOps.exif_transpose(img)
    if max_side is not None:
        upright.thumbnail((max_side, max_side))
    allowed = ("RGB", "L") if fmt == "JPEG" else ("RGB", "RGBA", "L", "LA")
    if upright.mode not in allowed:
        upright = upright.convert("RGB" if fmt == "JPEG" else "RGBA")
    out = io.BytesIO()
    upright.save(out, format=fmt)
    return out.getvalue()


def _rule_problems(model: PresetModel, path: Path, content: Instrument) -> list[Problem]:
    """The rules a schema cannot say, every one of them (a trainer fixes them all at once)."""
    problems: list[Problem] = []
    sizes = model.min_group_sizes
    if sizes.scores < MIN_K_SCORES:
        problems.append(Problem(("min_group_sizes", "scores"), "preset.group_size_too_small",
                                {"which": "scores", "value": sizes.scores, "minimum": MIN_K_SCORES}))
    if sizes.detail < MIN_K_DETAIL:
        problems.append(Problem(("min_group_sizes", "detail"), "preset.group_size_too_small",
                                {"which": "detail", "value": sizes.detail, "minimum": MIN_K_DETAIL}))
    known = {m.id for m in content.modules}
    offered = set(model.offered_modules) if model.offered_modules else None
    for n, module in enumerate(model.offered_modules or []):
        if module not in known:
            problems.append(Problem(("offered_modules", n), "preset.unknown_module", {"module": module}))
    for n, r in enumerate(model.rounds):
        for j, module in enumerate(r.modules):
            if module not in known:
                problems.append(Problem(("rounds", n, "modules", j), "preset.unknown_module", {"module": module}))
            elif offered is not None and module not in offered:
                problems.append(Problem(("rounds", n, "modules", j), "preset.round_not_offered", {"module": module}))
        try:
            date.fromisoformat(r.date)
        except ValueError:
            problems.append(Problem(("rounds", n, "date"), "preset.bad_date", {"value": r.date[:20]}))
    return problems


def check_preset_file(path: Path | str, builtin: Instrument) -> tuple[list[Problem], Preset | None]:
    """(every problem, the preset when there are none). A file that cannot be read as a preset
    at all (unreadable, not JSON, another kind of file, a broken pack it names) raises FileProblem."""
    path = Path(path)
    try:
        model = validate_preset_data(read_json_file(path, MAX_FILE_BYTES), path)
    except FieldProblems as problem:
        return problem.problems, None
    instrument = None
    problems: list[Problem] = []
    if model.instrument_pack:
        from hype_desktop.formats.instrument_format import load_instrument_file
        pack_path = path.parent / model.instrument_pack
        if pack_path.is_file():
            from hype_desktop.formats.content_library import ADD, clashing_ids, pack_mode, with_pack

            pack = load_instrument_file(pack_path)  # its own FileProblem names the pack file
            clashes = clashing_ids(builtin, pack) if pack_mode(builtin, pack) == (ADD, True) else []
            if clashes:
                problems.append(Problem(("instrument_pack",), "preset.pack_clashes",
                                        {"pack": model.instrument_pack, "ids": ", ".join(clashes[:5])}))
            else:
                instrument = with_pack(builtin, pack)
        else:
            problems.append(Problem(("instrument_pack",), "preset.pack_missing", {"pack": model.instrument_pack}))
    problems += _rule_problems(model, path, instrument or builtin)
    logo = None
    if model.logo:
        try:
            logo = clean_logo(model.logo, path)
        except FileProblem as problem:
            problems.append(Problem(("logo",), problem.key, problem.params))
    if problems:
        return problems, None
    rounds = tuple(RoundInvitation(phase=Phase(r.phase), label=r.label, date=date.fromisoformat(r.date),
                                   modules=tuple(r.modules), team_code=model.default_team_code or "")
                   for r in model.rounds)
    return [], Preset(
        source=path,
        organisation=model.organisation,
        logo=logo,
        logo_type=model.logo.media_type if model.logo else None,
        default_language=model.default_language,
        default_team_code=model.default_team_code,
        rounds=rounds,
        offered_modules=tuple(model.offered_modules) if model.offered_modules else None,
        instrument=instrument,
        k_scores=model.min_group_sizes.scores,
        k_detail=model.min_group_sizes.detail,
    )


def load_preset_file(path: Path | str, builtin: Instrument) -> Preset:
    """Read, validate and check a preset; any problem is a FileProblem naming the file (a
    FieldProblems listing them, whose key is the first problem's)."""
    problems, preset = check_preset_file(path, builtin)
    if preset is None:
        first = problems[0].key if problems else ""
        raise FieldProblems(path, problems, key=first if first.startswith("preset.") else "file.invalid")
    return preset


def preset_json_schema() -> dict[str, Any]:
    schema = PresetModel.model_json_schema()
    schema["title"] = "HyPe Desktop trainer preset (hype-preset.json)"
    return schema
