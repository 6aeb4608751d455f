"""`hype-desktop validate-preset FILE`: check a trainer's hype-preset.json without starting the app.

Every problem is printed on its own line, with its place counted from 1 and what to write
instead, in `--lang` or else the system's language (never a regular expression). A UTF-8
byte-order mark is accepted. Exit 0 when the preset is valid, 2 when it is not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hype_desktop.messages import message, system_language

EXIT_PROBLEMS = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the hype-preset.json to check")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the report")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.preset_format import check_preset_file
    from hype_desktop.formats.problem_report import report_lines
    from hype_desktop.messages import printable

    lang = args.lang or system_language()
    path = Path(args.file)
    try:
        problems, preset = check_preset_file(path, load_builtin_instrument())
    except FileProblem as problem:
        print(problem.render(lang))
        return EXIT_PROBLEMS
    if preset is None:
        print("\n".join(report_lines(path.name, problems, lang)))
        return EXIT_PROBLEMS
    offered = len(preset.offered_modules) if preset.offered_modules else len(
        (preset.instrument or load_builtin_instrument()).modules)
    print(message("problem.valid_preset", lang, file=path.name, organisation=printable(preset.organisation),
                  rounds=len(preset.rounds), modules=offered))
    return 0
