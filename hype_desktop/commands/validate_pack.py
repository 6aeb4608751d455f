"""`hype-desktop validate-pack FILE`: check a trainer's instrument pack, listing every problem.

Checks the pack as the app would when importing it (size cap, strict JSON, the schema, then
the rules a schema cannot say: unique ids, every language present, bands covering the scale,
directions and thresholds consistent, the item id mapping). Each problem is printed on its
own line with its place counted from 1 (the same reporter as validate-preset). Exit 0 when
the pack is valid, 2 when not.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.messages import message, system_language

if TYPE_CHECKING:
    from hype_desktop.formats.instrument_format import InstrumentModel
    from hype_desktop.formats.problem_report import Problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the instrument pack (JSON) to check")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the report")
    parser.add_argument("--previous", metavar="OLD.json",
                        help="the pack's previous version: warn about statements gone without item_map "
                             "and mappings dropped")


EXIT_PROBLEMS = 2  # the same as validate-preset


def pack_problems(path: Path) -> tuple[list[Problem], InstrumentModel | None]:
    """(every problem, the validated model or None). Unreadable or wrong files give one problem."""
    from pydantic import ValidationError

    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_format import (
        FORMAT_NAME,
        FORMAT_VERSION,
        MAX_FILE_BYTES,
        InstrumentModel,
    )
    from hype_desktop.formats.problem_report import Problem, from_validation
    from hype_desktop.formats.safe_json import read_json_file
    try:
        data = read_json_file(path, MAX_FILE_BYTES)
    except FileProblem as problem:
        return [Problem((), problem.key, problem.params)], None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        return [Problem(("format",), "file.wrong_kind", {"expected": "HyPe instrument"})], None
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return [Problem(("format_version",), "file.newer_format",
                        {"found": version, "supported": FORMAT_VERSION})], None
    try:
        return [], InstrumentModel.model_validate(data)
    except ValidationError as exc:  # field problems and the pack's own rules, each at its place
        return from_validation(exc), None


def run(args: argparse.Namespace) -> int:
    from hype_desktop.formats.problem_report import report_lines

    lang = args.lang or system_language()
    path = Path(args.file)
    problems, model = pack_problems(path)
    if problems or model is None:
        print("\n".join(report_lines(path.name, problems, lang)))
        return EXIT_PROBLEMS
    items = sum(len(f.items) for m in model.modules for f in m.factors)
    print(message("pack.valid", lang, file=path.name, modules=len(model.modules), items=items))
    if model.item_map:
        print(message("pack.mapped", lang, count=len(model.item_map)))
    return _how_it_is_used(path, args, lang)


def _how_it_is_used(path: Path, args: argparse.Namespace, lang: str) -> int:
    """Say whether the pack adds or replaces, and warn where trends would end unnoticed."""
    from hype_desktop.formats.content_library import ADD, pack_mode
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.instrument_format import load_instrument_file
    from hype_desktop.messages import printable

    builtin = load_builtin_instrument()
    pack = load_instrument_file(path)
    mode, said = pack_mode(builtin, pack)
    if mode == ADD:
        added = [f for f in pack.factors()]
        print(message("pack.adds", lang, modules=len(pack.modules), factors=len(added)))
    else:
        print(message("pack.replaces", lang))
        if not said:
            print(message("pack.mode_unsaid", lang))
    against, against_name = builtin, message("pack.builtin_content", lang)
    if args.previous:
        try:
            against, against_name = load_instrument_file(args.previous), message("pack.previous_version", lang)
        except FileProblem as problem:
            print(problem.render(lang))
            return EXIT_PROBLEMS
    elif mode == ADD:
        return 0
    new_items = {i.id for f in pack.factors() for i in f.items}
    for item in sorted(i.id for f in against.factors() for i in f.items):
        if item not in new_items and item not in pack.item_map:
            print(message("pack.unmapped_statement", lang, item=printable(item), against=against_name))
    if args.previous:
        for old, new in sorted(against.item_map.items()):
            if pack.item_map.get(old) != new and old not in new_items:
                print(message("pack.dropped_mapping", lang, old=printable(old), new=printable(new)))
    return 0
