"""Command line: `hype-desktop` starts the GUI; subcommands share the GUI's code paths.

Subcommands live in hype_desktop/commands/, one module each, registered in COMMANDS.
Known problems (bad files, a newer database) are printed as plain sentences with a
non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Protocol, cast

from hype_desktop import APP_NAME, __version__

# name -> module under hype_desktop.commands providing add_arguments(parser) and run(args) -> int
COMMANDS: dict[str, str] = {
    "sample-data": "sample_data",
    "report": "report",
    "round": "round_cmd",
    "share": "share",
    "collate": "collate",
    "sample-exports": "sample_exports",
    "my-data": "my_data",
    "validate-pack": "validate_pack",
    "validate-preset": "validate_preset",
}


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hype-desktop", description=f"{APP_NAME}: reflection on pedagogical well-being.",
                                epilog="Subcommands: " + ", ".join(COMMANDS) + " (hype-desktop COMMAND --help)")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="data folder to use (default: the platform's usual place)")
    p.add_argument("--lang", choices=("fi", "sv", "en"), help="language for this run")
    p.add_argument("--self-test", action="store_true",
                   help="walk a reflection through the real window into a temporary folder, then exit")
    p.add_argument("--quit-after-startup", action="store_true",
                   help="quit as soon as the home screen is shown with its data (for benchmarks)")
    p.add_argument("--preset", metavar="FILE",
                   help="a trainer's hype-preset.json (default: the one next to the installed app, if any)")
    p.add_argument("files", nargs="*", metavar="FILE", help="a .hype, .hype-team or .hype-round file to open")
    return p


_VALUE_OPTIONS = ("--data-dir", "--lang", "--preset")


class _Command(Protocol):
    """What every module in ``hype_desktop.commands`` offers (imported by name, so unseen by mypy)."""

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def _command_name(argv: list[str]) -> str | None:
    """The first word that is neither an option nor an option's value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


def _disk_problem(exc: Exception, args: argparse.Namespace) -> int:
    """Every subcommand: a full or read-only disk (a file, or the database in the data folder) is
    one plain line in the user's language and exit 2, never a traceback; anything else is a bug."""
    from hype_desktop.paths import DataPaths, resolve_data_dir
    from hype_desktop.store.errors import disk_problem
    try:
        database: object = DataPaths(resolve_data_dir(args.data_dir)).database
    except Exception:  # noqa: BLE001 - only to name the file in the message
        database = args.data_dir
    text = disk_problem(exc, database, getattr(args, "lang", None))
    if text is None:
        raise exc
    print(text, file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    # Third-party pydantic plugins (found through installed packages' entry points) would see
    # every untrusted file the app validates; the app loads none. Process-wide, so set here,
    # at the one entry point of the GUI and the command line.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _command_name(argv)
    if first in COMMANDS:
        module = cast(_Command, importlib.import_module(f"hype_desktop.commands.{COMMANDS[first]}"))
        parser = argparse.ArgumentParser(prog=f"hype-desktop {first}")
        parser.add_argument("--data-dir", metavar="DIR", help="data folder to use")
        module.add_arguments(parser)
        rest = list(argv)
        rest.remove(first)
        args = parser.parse_args(rest)
        try:
            return int(module.run(args))
        except Exception as exc:  # noqa: BLE001 - a disk problem is said plainly; anything else re-raised
            return _disk_problem(exc, args)

    args = _gui_parser().parse_args(argv)
    if args.self_test:
        from hype_desktop.self_test import run_self_test
        return run_self_test(lang=args.lang, preset=args.preset)
    from hype_desktop.app import run_gui
    from hype_desktop.paths import resolve_data_dir
    return run_gui(resolve_data_dir(args.data_dir), lang=args.lang,
                   quit_after_startup=args.quit_after_startup, preset=args.preset, files=args.files)
