"""`hype-desktop sample-exports --members N --out DIR [--team CODE] [--rounds kickoff,closing] [--seed S]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from hype_desktop.commands._common import fail, write_problem
from hype_desktop.messages import message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--members", type=int, required=True, metavar="N")
    parser.add_argument("--out", required=True, metavar="DIR")
    parser.add_argument("--team", default="DEMO", metavar="CODE")
    parser.add_argument("--rounds", default="kickoff", metavar="kickoff,closing")
    parser.add_argument("--seed", type=int, default=1, metavar="S")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.collation.sample_exports import sample_exports
    from hype_desktop.formats.instrument_build import load_builtin_instrument

    if not 0 <= args.members <= 100_000:
        return fail("--members must be between 0 and 100000")
    rounds = tuple(r for r in args.rounds.split(",") if r)
    try:
        written = sample_exports(load_builtin_instrument(), args.members, Path(args.out), args.team,
                                 rounds, args.seed)
    except ValueError as exc:
        return fail(str(exc))
    except OSError as exc:
        return write_problem(args.out, exc)
    print(message("cli.samples_written", count=len(written), path=args.out))
    return 0
