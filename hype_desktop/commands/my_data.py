"""`hype-desktop my-data export --out FILE.json` / `hype-desktop my-data import FILE.json`:
"Export all my data" (JSON + CSV beside it) and its re-import on a new machine."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hype_desktop.messages import message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("export", "import"))
    parser.add_argument("file", nargs="?", help="the export file to import")
    parser.add_argument("--out", metavar="FILE.json", help="where to write the export (a .csv is written beside it)")
    parser.add_argument("--lang", choices=("fi", "sv", "en"))


def run(args: argparse.Namespace) -> int:
    from hype_desktop.commands._common import fail, open_services, write_problem
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.personal_export import export_all, import_all

    if (args.action == "export") != bool(args.out) or (args.action == "import") != bool(args.file):
        return fail("my-data export --out FILE.json | my-data import FILE.json", args.lang)
    services, code = open_services(args.data_dir, args.lang)
    if services is None:
        return code
    try:
        store = services.reflections
        if args.action == "export":
            out = Path(args.out)
            count = export_all(store, out, out.with_suffix(".csv"))
            print(message("cli.mydata_exported", args.lang, count=count, path=out, csv=out.with_suffix(".csv")))
            if services.round_keys().keys():
                print(message("export.keys_warning", args.lang))
        else:
            count = import_all(store, Path(args.file), load_builtin_instrument())
            print(message("cli.mydata_imported", args.lang, count=count, path=services.paths.root))
        return 0
    except FileProblem as problem:
        print(problem.render(args.lang), file=sys.stderr)
        return 2
    except OSError as exc:
        return write_problem(args.out or args.file, exc, args.lang)
    finally:
        services.close()
