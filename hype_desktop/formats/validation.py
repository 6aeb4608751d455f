"""What every strict file format shares: the model base, the header check, the error text.

Imported only by the format modules (pydantic loads with them, never at start-up).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from hype_desktop.formats.errors import FieldProblems, FileProblem

M = TypeVar("M", bound=BaseModel)
SHOWN_ERRORS = 10


class StrictModel(BaseModel):
    """No unknown keys, no type coercion, no NaN/Infinity; immutable once read.

    defer_build: a model's validator is built on first use, so reading one kind of file does
    not pay for the others.
    """

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False, frozen=True,
                              defer_build=True)


def describe_errors(error: ValidationError, limit: int = SHOWN_ERRORS) -> str:
    """Where and what, for the first ``limit`` problems; never echoes the (hostile) input."""
    lines = []
    for e in error.errors(include_url=False, include_input=False)[:limit]:
        loc = ".".join(str(p) for p in e["loc"]) or "(top level)"
        lines.append(f"{loc[:120]}: {e['msg'].removeprefix('Value error, ')[:160]}")
    more = error.error_count() - limit
    if more > 0:
        lines.append(f"… and {more} more")
    return "; ".join(lines)


def check_header(data: object, path: Path | str, fmt: str, supported: int, kind: str) -> None:
    """The file says what it is and which format version: wrong kind or newer version first,
    so an older app names the real problem rather than listing fields it does not know."""
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise FileProblem(path, "file.wrong_kind", expected=kind)
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > supported:
        raise FileProblem(path, "file.newer_format", found=version, supported=supported)


def validate_file_data(data: object, path: Path | str, model: type[M], fmt: str, supported: int,
                       kind: str) -> M:
    """Header, then the strict model; every problem is a FileProblem naming the file."""
    check_header(data, path, fmt, supported, kind)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        from hype_desktop.formats.problem_report import from_validation

        raise FieldProblems(path, from_validation(exc)) from None
