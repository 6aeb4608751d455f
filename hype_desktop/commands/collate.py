"""`hype-desktop collate PATH... [--out team.pdf] [--json summary.json] [--round ID] [--save]
[--use FILE] [--min-group K] [--min-group-detail K]`: the Team view's code path, from the command line.

Run in the data folder where the round was created (its key opens the sealed shares). Prints one
report line per file; exit 0 when a report was written, 2 with the reason when no valid file
remained, 3 with a one-line reason when the release is refused (shares of another data folder's
round, more people than the team, two shares of one person not chosen between with --use, sample
and real shares mixed, or a set of people too close to an earlier release): then nothing is
written. Every release is logged in the data folder; without --save the submissions are not kept.

--preset FILE (default: the hype-preset.json next to the installed app, as for the GUI): the
trainer's minimum group sizes apply. The sizes used are the largest of the app's own (3 and 5),
the preset's, --min-group/--min-group-detail, a round invitation (.hype-round) given among the
PATHs or lying in a given folder, and, with --save, the sizes the round was first collated with.
A broken preset stops the command (its sizes might be larger than the defaults).

--with-workshop: the team PDF (--out) gets its own section with what the team agreed together
in workshop mode, when a finished workshop reflection in the data folder is linked to the
collated round (workshop mode, "Collated round"). Asked for explicitly, never automatic, so the
same files always give the same PDF; the data folder is only read for it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from hype_desktop.commands._common import (
    add_preset_argument,
    cli_group_sizes,
    load_cli_preset,
    open_services,
    write_problem,
)
from hype_desktop.messages import message

if TYPE_CHECKING:
    from hype_desktop.collation.workshop_result import WorkshopResult
    from hype_desktop.domain.instrument import Instrument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".hype files or folders holding them")
    parser.add_argument("--out", metavar="team.pdf", help="write the team PDF")
    parser.add_argument("--json", metavar="summary.json", help="write the team summary (.hype-team format)")
    parser.add_argument("--round", metavar="ID", help="the round to collate (default: the one most files belong to)")
    parser.add_argument("--save", action="store_true", help="keep the submissions and summary in the database")
    parser.add_argument("--use", action="append", default=[], metavar="FILE",
                        help="where one person has two different shares, the one to use (repeatable)")
    parser.add_argument("--min-group", type=int, default=3, metavar="K",
                        help="scores from K people (at least 3, and at least the preset's or invitation's)")
    parser.add_argument("--min-group-detail", type=int, default=5, metavar="K",
                        help="distributions and free text from K people (at least 5, and at least the "
                             "preset's or invitation's)")
    add_preset_argument(parser)
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the report")
    parser.add_argument("--with-workshop", action="store_true",
                        help="add to the PDF what the team agreed in workshop mode for this round "
                             "(read from the data folder)")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.collation.collate import collate_round
    from hype_desktop.messages import system_language

    lang = args.lang or system_language()  # once, not per report line
    if not args.out and not args.json:
        print(message("collate.need_output", lang), file=sys.stderr)
        return 2
    from hype_desktop.collation.invitations import split_invitations
    from hype_desktop.formats.preset_loading import preset_instrument
    preset, code = load_cli_preset(getattr(args, "preset", None), lang)
    if code:
        return code
    thresholds = cli_group_sizes(args, preset)
    instrument = preset_instrument(preset)
    split = split_invitations(args.paths)
    for problem in split.problems:
        print(problem.render(lang))
    if split.problems:  # like a broken preset: the sizes it promised the team are unknown
        print(message("collate.invitation_unreadable", lang), file=sys.stderr)
        return 2
    for path, rid, sizes in split.invitations:
        print(message("collate.invitation", lang, name=path.name, round=rid[:8], k=sizes.k_scores,
                      k_detail=sizes.k_detail))
    from pathlib import Path

    from hype_desktop.collation.refusals import ReleaseRefused
    from hype_desktop.paths import DataPaths, resolve_data_dir
    services = team_store = None
    if DataPaths(resolve_data_dir(args.data_dir)).database.is_file():  # never create one just to look
        services, failed = open_services(args.data_dir, lang, lazy=True)  # the team rounds only
        if services is None:
            return failed
        team_store = services.team()
    try:
        outcome = collate_round(split.shares, instrument, thresholds, args.round, team_store, args.save,
                                round_thresholds=split.sizes, choices=[Path(p) for p in args.use])
    except ReleaseRefused as refusal:
        print(refusal.render(lang), file=sys.stderr)
        return 3
    finally:
        if services is not None:
            services.close()
    if outcome.run.reports:  # one write, not one per file
        print("\n".join(report.render(lang) for report in outcome.run.reports))
    if not outcome.ok:
        print(message("collate.nothing_valid", lang), file=sys.stderr)
        return 2
    assert outcome.summary is not None and outcome.aggregate is not None and outcome.run.round is not None
    r = outcome.run.round
    print(message("collate.summary", lang, accepted=outcome.run.accepted, total=len(outcome.run.reports),
                  round=f"{r.label or r.phase} {r.date}", people=outcome.aggregate.contributors))
    if outcome.left_out:
        print(message("collate.left_out", lang, factors=", ".join(outcome.left_out)))
    used = outcome.aggregate.thresholds  # the strictest of all the sizes above
    print(message("collate.group_sizes", lang, k=used.k_scores, k_detail=used.k_detail))
    if outcome.sample:
        print(message("collate.sample_note", lang))
    if not outcome.aggregate.anything_shown:
        print(message("collate.small_team", lang, k=used.k_scores))
    if args.json:
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.formats.team_formats import write_team_file
        try:
            write_team_file(args.json, outcome.summary)
        except FileProblem as problem:
            print(problem.render(lang), file=sys.stderr)
            return 2
        except OSError as exc:
            return write_problem(args.json, exc, lang)
        print(message("collate.wrote", lang, path=args.json))
    if args.out:
        from hype_desktop.reports.pdf_blocks import PdfProblem
        from hype_desktop.reports.pdf_team_report import write_team_pdf
        workshop = None
        if getattr(args, "with_workshop", False):
            workshop, code = _workshop(args, instrument, r.id, lang)
            if code:
                return code
        try:
            write_team_pdf(args.out, instrument, outcome, lang, workshop=workshop)
        except PdfProblem as problem:
            print(problem.render(lang), file=sys.stderr)
            return 1
        print(message("collate.wrote", lang, path=args.out))
    if outcome.saved:
        print(message("collate.saved", lang, path=args.data_dir or "data folder"))
    return 0


def _workshop(args: argparse.Namespace, instrument: Instrument, round_uid: str,
              lang: str) -> tuple[WorkshopResult | None, int]:
    """(the workshop result linked to the round or None, 0) or (None, exit code); says which."""
    from hype_desktop.paths import DataPaths, resolve_data_dir
    paths = DataPaths(resolve_data_dir(args.data_dir))
    result = None
    if paths.database.is_file():  # never create a database just to look
        services, code = open_services(args.data_dir, lang)
        if services is None:
            return None, code
        try:
            result = services.linked_workshop(instrument, round_uid)
        finally:
            services.close()
    if result is None:
        print(message("collate.no_workshop", lang, round=round_uid[:8]))
    else:
        from datetime import date

        from hype_desktop.reports.report_texts import fmt_date
        print(message("collate.with_workshop", lang, team=result.team_name,
                      date=fmt_date(date.fromisoformat(result.date), lang)))
    return result, 0
