"""`hype-desktop validate-pack FILE`: check a trainer's instrument pack, listing every problem.

Checks the pack as the app would when importing it (size cap, strict JSON, the schema, then
the rules a schema cannot say: unique ids, every language present, bands covering the scale,
directions and thresholds consistent, the item id mapping). Each problem is printed on its
own line with its location. Exit 0 when the pack is valid, 1 when not.
"""

from __future__ import annotations

import argparse

from hype_desktop.messages import message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the instrument pack (JSON) to check")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the report")


def pack_problems(path) -> tuple[list[str], object | None]:
    """(every problem as 'location: what', the validated model or None)."""
    from pydantic import ValidationError

    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_format import (
        FORMAT_NAME,
        FORMAT_VERSION,
        MAX_FILE_BYTES,
        InstrumentModel,
    )
    from hype_desktop.formats.safe_json import read_json_file

    try:
        data = read_json_file(path, MAX_FILE_BYTES)
    except FileProblem as problem:
        return [problem.render("en").split(": ", 1)[1]], None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        return [f"format: this is not a HyPe instrument file (\"format\" must be \"{FORMAT_NAME}\")"], None
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return [f"format_version: {version} is newer than this app reads ({FORMAT_VERSION})"], None
    try:
        return [], InstrumentModel.model_validate(data)
    except ValidationError as exc:
        problems = []
        for e in exc.errors():
            loc = ".".join(str(p) for p in e["loc"]) or "(top level)"
            msg = e["msg"].removeprefix("Value error, ")
            if not e["loc"]:  # the pack-wide rules arrive as one message: one line each
                problems.extend(part for part in msg.split("; ") if part)
            else:
                problems.append(f"{loc}: {msg}")
        return problems, None


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    path = Path(args.file)
    problems, model = pack_problems(path)
    if problems:
        print(message("pack.problem_count", args.lang, file=path.name, count=len(problems)))
        for problem in problems:
            print(f"  - {problem}")
        return 1
    items = sum(len(f.items) for m in model.modules for f in m.factors)
    print(message("pack.valid", args.lang, file=path.name, modules=len(model.modules), items=items))
    if model.item_map:
        print(message("pack.mapped", args.lang, count=len(model.item_map)))
    return 0
