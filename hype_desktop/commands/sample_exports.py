"""`hype-desktop sample-exports --invitation R.hype-round --members N --out DIR [--seed S]`: exactly N
realistic sealed sample shares for that round, marked as sample data inside the seal. Needs no
particular data folder (sealing takes only the invitation's public key)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hype_desktop.commands._common import fail, write_problem
from hype_desktop.messages import message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--invitation", required=True, metavar="R.hype-round")
    parser.add_argument("--members", type=int, required=True, metavar="N")
    parser.add_argument("--out", required=True, metavar="DIR")
    parser.add_argument("--seed", type=int, default=1, metavar="S")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.collation.sample_exports import sample_exports
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.team_formats import read_round_file

    if not 0 <= args.members <= 100_000:
        return fail("--members must be between 0 and 100000")
    try:
        invitation = read_round_file(args.invitation)
    except FileProblem as problem:
        print(problem.render(), file=sys.stderr)
        return 2
    try:
        written = sample_exports(load_builtin_instrument(), invitation, args.members, Path(args.out), args.seed)
    except ValueError as exc:
        return fail(str(exc))
    except OSError as exc:
        return write_problem(args.out, exc)
    print(message("cli.samples_written", count=len(written), path=args.out))
    return 0
