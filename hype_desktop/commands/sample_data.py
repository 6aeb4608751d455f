"""`hype-desktop sample-data --reflections N [--seed S]`: fill a data folder for demos and benchmarks."""

from __future__ import annotations

import argparse
import sys

from hype_desktop.messages import message

BATCH = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reflections", type=int, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.exchange.instrument_build import load_builtin_instrument
    from hype_desktop.paths import DataPaths, resolve_data_dir
    from hype_desktop.store.errors import StoreProblem
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore

    if args.reflections < 0:
        print("--reflections must be 0 or more", file=sys.stderr)
        return 2
    paths = DataPaths(resolve_data_dir(args.data_dir))
    try:
        db = open_database(paths)
    except StoreProblem as problem:
        print(problem.render(), file=sys.stderr)
        return 2
    try:
        store = ReflectionStore(db)
        instrument = load_builtin_instrument()
        plan = sample_reflections(instrument, args.reflections, seed=args.seed)
        profile = store.person_profile()
        for start in range(0, len(plan), BATCH):
            store.add_complete(profile, plan[start:start + BATCH], instrument)
    finally:
        db.close()
    print(message("cli.sample_done", count=args.reflections, path=paths.root))
    return 0
