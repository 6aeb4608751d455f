"""Shared bits of the subcommands: opening the data folder and saying problems plainly."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from hype_desktop.messages import message

if TYPE_CHECKING:
    from hype_desktop.domain.anonymity import Thresholds
    from hype_desktop.domain.preset import Preset
    from hype_desktop.services import Services


def fail(reason: str, lang: str | None = None) -> int:
    print(message("cli.bad_option", lang, reason=reason), file=sys.stderr)
    return 2


def open_services(data_dir: str | None, lang: str | None = None, *,
                  lazy: bool = False) -> tuple[Services | None, int]:
    """(the data folder's services, 0) or (None, exit code) after printing the store's problem.

    The same services the window gets (``Services.open``): every subcommand that needs the data
    folder opens it here. ``lazy``: reads go through sqlite3 alone until something needs the
    ORM (SQLAlchemy's import is a fifth of a short command's time). Close them when done."""
    from hype_desktop.paths import resolve_data_dir
    from hype_desktop.services import Services
    from hype_desktop.store.errors import StoreProblem
    try:
        return Services.open(resolve_data_dir(data_dir), lazy=lazy), 0
    except StoreProblem as problem:
        print(problem.render(lang), file=sys.stderr)
        return None, 2


def write_problem(path: object, exc: BaseException, lang: str | None = None) -> int:
    """Say that ``path`` could not be written (a full or read-only disk) in one plain line; exit 2."""
    from hype_desktop.store.errors import disk_problem
    text = disk_problem(exc, path, lang)
    print(text or message("background.file_problem", lang, path=path, reason=type(exc).__name__), file=sys.stderr)
    return 2


def add_preset_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--preset", metavar="FILE",
                        help="a trainer's hype-preset.json (default: the one in your settings folder, "
                             "beside the installed app or machine-wide, if any)")


def cli_group_sizes(args: argparse.Namespace, preset: Preset | None) -> Thresholds:
    """The strictest of --min-group / --min-group-detail (never below 3 and 5) and the preset's."""
    from hype_desktop.domain.anonymity import Thresholds, strictest
    from hype_desktop.domain.preset import group_sizes
    return strictest(Thresholds.of(args.min_group, args.min_group_detail), group_sizes(preset))


def load_cli_preset(explicit: str | None, lang: str | None = None) -> tuple[Preset | None, int | None]:
    """(preset or None, None) or (None, exit code) after saying which preset file is broken and why.

    A subcommand refuses to go on with a broken preset: its group sizes might be larger than
    the defaults, and quietly using smaller ones could reveal individuals."""
    from hype_desktop.formats.preset_loading import load_preset_or_defaults
    preset, problem = load_preset_or_defaults(explicit)
    if problem is not None:
        print(message("cli.preset_broken", lang, problem=problem.render(lang)), file=sys.stderr)
        return None, 2
    return preset, None
