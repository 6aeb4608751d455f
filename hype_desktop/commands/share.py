"""`hype-desktop share --out FILE.hype [--reflection ID|--latest] [--include-notes]
[--invitation R.hype-round]`: the share sealed to the round's key. The round is the one whose
invitation was opened on this computer for the reflection, or --invitation (which also shares a
stored reflection to a new round, e.g. when a round's key was lost)."""

from __future__ import annotations

import argparse
import sys

from hype_desktop.commands._common import fail, open_services, write_problem
from hype_desktop.messages import message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.hype")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--reflection", type=int, metavar="ID")
    which.add_argument("--latest", action="store_true", help="the latest finished team-round reflection (default)")
    parser.add_argument("--include-notes", action="store_true",
                        help="also share notes, prompt answers and next steps (off by default)")
    parser.add_argument("--include-load", action="store_true", help="also share the load check module")
    parser.add_argument("--invitation", metavar="R.hype-round",
                        help="the round to share to (default: the reflection's own round)")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.team_exchange import ShareChoice, build_share, seal_share, shareable
    from hype_desktop.formats.team_formats import RoundFile, write_share_file

    services, code = open_services(args.data_dir)
    if services is None:
        return code
    try:
        store = services.reflections
        instrument = load_builtin_instrument()
        if args.reflection is not None:
            try:
                reflection = store.get(args.reflection)
            except KeyError:
                return fail(f"there is no reflection {args.reflection}")
        else:
            candidates = [r for r in store.finished_briefs(store.person_profile()) if shareable(r)]
            reflection = store.get(candidates[-1].id) if candidates else None
        if reflection is None or not (reflection.finished if args.invitation else shareable(reflection)):
            print(message("cli.no_shareable"), file=sys.stderr)
            return 2
        invitation: RoundFile | None
        if args.invitation:
            try:
                invitation = services.team_rounds().remember_invitation(args.invitation)
            except FileProblem as problem:
                print(problem.render(), file=sys.stderr)
                return 2
        else:
            invitation = services.team_rounds().member_invitation(reflection.round.round_uid)
        if invitation is None:
            print(message("cli.no_invitation"), file=sys.stderr)
            return 2
        choice = ShareChoice.default(instrument, reflection)
        if args.include_load:
            choice.modules = set(reflection.modules)
        if args.include_notes:
            choice.notes = {i for i, a in reflection.answers.items() if a.note.strip()}
            choice.prompts = set(reflection.prompt_answers)
            choice.steps = set(range(len(reflection.next_steps)))
        try:
            data = seal_share(build_share(instrument, reflection, services.member_secret(), choice,
                                          invitation), invitation, args.out)
            path = write_share_file(args.out, data)
        except FileProblem as problem:  # the collator's app would refuse it: nothing written
            print(problem.render(), file=sys.stderr)
            return 2
        except ValueError as exc:
            return fail(str(exc))
        except OSError as exc:
            return write_problem(args.out, exc)
    finally:
        services.close()
    print(message("cli.share_written", path=path))
    return 0
