"""Shared bits of the subcommands: opening the data folder and saying problems plainly."""

from __future__ import annotations

import sys

from hype_desktop.messages import message


def fail(reason: str, lang: str | None = None) -> int:
    print(message("cli.bad_option", lang, reason=reason), file=sys.stderr)
    return 2


def open_db(data_dir: str | None, lang: str | None = None):
    """(Database, None) or (None, exit code) after printing the store's problem.

    The data folder is ``db.path.parent``. Every subcommand that needs the store opens it here.
    """
    from hype_desktop.paths import DataPaths, resolve_data_dir
    from hype_desktop.store.errors import StoreProblem
    from hype_desktop.store.migrate import open_database
    paths = DataPaths(resolve_data_dir(data_dir))
    try:
        return open_database(paths), None
    except StoreProblem as problem:
        print(problem.render(lang), file=sys.stderr)
        return None, 2


def prepare_db(data_dir: str | None, lang: str | None = None):
    """(database path, None) or (None, exit code): open_db's checks (refuse a newer database,
    upgrade an older one after a backup) without building a SQLAlchemy engine, for commands
    that only read through store.home_queries / LazyReflectionStore."""
    from hype_desktop.paths import DataPaths, resolve_data_dir
    from hype_desktop.store.errors import StoreProblem
    from hype_desktop.store.migrate import prepare_database
    try:
        return prepare_database(DataPaths(resolve_data_dir(data_dir))), None
    except StoreProblem as problem:
        print(problem.render(lang), file=sys.stderr)
        return None, 2


def write_problem(path: object, exc: OSError) -> int:
    print(f"{path}: {exc.strerror or exc}", file=sys.stderr)
    return 2


def add_preset_argument(parser) -> None:
    parser.add_argument("--preset", metavar="FILE",
                        help="a trainer's hype-preset.json (default: the one in your settings folder, "
                             "beside the installed app or machine-wide, if any)")


def cli_group_sizes(args, preset):
    """The strictest of --min-group / --min-group-detail (never below 3 and 5) and the preset's."""
    from hype_desktop.domain.anonymity import Thresholds, strictest
    from hype_desktop.domain.preset import group_sizes
    return strictest(Thresholds.of(args.min_group, args.min_group_detail), group_sizes(preset))


def load_cli_preset(explicit: str | None, lang: str | None = None):
    """(preset or None, None) or (None, exit code) after saying which preset file is broken and why.

    A subcommand refuses to go on with a broken preset: its group sizes might be larger than
    the defaults, and quietly using smaller ones could reveal individuals."""
    from hype_desktop.formats.preset_loading import load_preset_or_defaults
    preset, problem = load_preset_or_defaults(explicit)
    if problem is not None:
        print(message("cli.preset_broken", lang, problem=problem.render(lang)), file=sys.stderr)
        return None, 2
    return preset, None
