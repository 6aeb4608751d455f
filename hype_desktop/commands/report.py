"""`hype-desktop report --out FILE.pdf [--reflection ID|--latest] [--lang fi|sv|en]
[--include-notes] [--page-size a4|letter]`: the workshop PDF, headlessly.

Same code path as the export dialog (report_data + pdf_personal_report); no Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hype_desktop.domain.instrument import LANGUAGES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--reflection", type=int, metavar="ID", help="the finished reflection to report on")
    which.add_argument("--latest", action="store_true", help="the latest finished reflection (the default)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the report (default: the system's)")
    parser.add_argument("--include-notes", action="store_true",
                        help="include every note, prompt answer and 'what I learned' (none by default)")
    parser.add_argument("--page-size", choices=("a4", "letter"), default="a4")
    parser.add_argument("--name", default="", help="the name to show on the cover (none by default)")
    from hype_desktop.commands._common import add_preset_argument

    add_preset_argument(parser)


def run(args: argparse.Namespace) -> int:
    from hype_desktop.commands._common import load_cli_preset, open_services
    from hype_desktop.messages import system_language
    from hype_desktop.reports.pdf_blocks import PdfProblem
    from hype_desktop.reports.pdf_personal_report import write_personal_report
    from hype_desktop.reports.report_data import ReportOptions, load_report_data, with_all_free_text
    from hype_desktop.reports.report_texts import text

    lang = args.lang or system_language()
    preset, failed = load_cli_preset(args.preset, lang)
    if failed is not None:
        return failed
    # lazy: reads go through sqlite3 alone (store.home_queries); the ORM loads only if the data
    # folder has no profile yet
    services, code = open_services(args.data_dir, lang, lazy=True)
    if services is None:
        return code
    store = services.reflections
    try:
        instrument = services.content(preset)
        profile = store.person_profile()
        if args.reflection is None:
            latest = store.latest_finished(profile)
            if latest is None:
                print(text("report.no_reflection", lang, path=services.paths.root), file=sys.stderr)
                return 1
            reflection_id = latest.id
        else:
            reflection_id = args.reflection
        try:
            data = load_report_data(store, instrument, reflection_id)
        except KeyError:
            print(text("report.unknown_reflection", lang, id=reflection_id), file=sys.stderr)
            return 1
    finally:
        services.close()
    options = ReportOptions(lang=lang, page_size=args.page_size, display_name=args.name,
                            organisation=preset.organisation if preset else "",
                            logo=preset.logo if preset else None)
    if args.include_notes:
        options = with_all_free_text(data, options)
    out = Path(args.out).expanduser().absolute()
    try:
        pages = write_personal_report(out, data, options)
    except PdfProblem as problem:
        print(problem.render(lang), file=sys.stderr)
        return 2
    print(text("pdf.written", lang, path=out, pages=pages))
    return 0
