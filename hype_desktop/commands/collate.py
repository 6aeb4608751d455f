"""`hype-desktop collate PATH... [--out team.pdf] [--json summary.json] [--round ID] [--save]
[--min-group K] [--min-group-detail K]`: the Team view's code path, from the command line.

Prints one report line per file; exit 0 when a report was written, 2 with the reason when no
valid file remained. Without --save nothing is written to the database.
"""

from __future__ import annotations

import argparse
import sys

from hype_desktop.commands._common import open_db, write_problem
from hype_desktop.messages import message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".hype files or folders holding them")
    parser.add_argument("--out", metavar="team.pdf", help="write the team PDF")
    parser.add_argument("--json", metavar="summary.json", help="write the team summary (.hype-team format)")
    parser.add_argument("--round", metavar="ID", help="the round to collate (default: the one most files belong to)")
    parser.add_argument("--save", action="store_true", help="keep the submissions and summary in the database")
    parser.add_argument("--min-group", type=int, default=3, metavar="K", help="scores from K people (at least 3)")
    parser.add_argument("--min-group-detail", type=int, default=5, metavar="K",
                        help="distributions and free text from K people (at least 5)")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the report")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.domain.anonymity import Thresholds
    from hype_desktop.exchange.instrument_build import load_builtin_instrument
    from hype_desktop.exchange.team_collation import collate_round
    from hype_desktop.exchange.team_formats import write_json_atomic

    from hype_desktop.messages import system_language

    lang = args.lang or system_language()  # once, not per report line
    if not args.out and not args.json:
        print(message("collate.need_output", lang), file=sys.stderr)
        return 2
    thresholds = Thresholds.of(args.min_group, args.min_group_detail)
    instrument = load_builtin_instrument()
    db = team_store = None
    if args.save:
        from hype_desktop.store.team import TeamStore
        db, code = open_db(args.data_dir)
        if db is None:
            return code
        team_store = TeamStore(db)
    try:
        outcome = collate_round(args.paths, instrument, thresholds, args.round, team_store, args.save)
    finally:
        if db is not None:
            db.close()
    if outcome.run.reports:  # one write, not one per file
        print("\n".join(report.render(lang) for report in outcome.run.reports))
    if not outcome.ok:
        print(message("collate.nothing_valid", lang), file=sys.stderr)
        return 2
    assert outcome.summary is not None and outcome.aggregate is not None and outcome.run.round is not None
    r = outcome.run.round
    print(message("collate.summary", lang, accepted=outcome.run.accepted, total=len(outcome.run.reports),
                  round=f"{r.label or r.phase} {r.date}", people=outcome.aggregate.contributors))
    if outcome.comparison_warning:
        print(message("collate.comparison_warning", lang, k=thresholds.k_scores))
    if not outcome.aggregate.anything_shown:
        print(message("collate.small_team", lang, k=thresholds.k_scores))
    if args.json:
        try:
            write_json_atomic(args.json, outcome.summary)
        except OSError as exc:
            return write_problem(args.json, exc)
        print(message("collate.wrote", lang, path=args.json))
    if args.out:
        from hype_desktop.exchange.pdf_blocks import PdfProblem
        from hype_desktop.exchange.pdf_team_report import write_team_pdf
        try:
            write_team_pdf(args.out, instrument, outcome, lang)
        except PdfProblem as problem:
            print(problem.render(lang), file=sys.stderr)
            return 1
        print(message("collate.wrote", lang, path=args.out))
    if outcome.saved:
        print(message("collate.saved", lang, path=args.data_dir or "data folder"))
    return 0
