"""`hype-desktop sample-data --reflections N [--seed S]`: fill a data folder for demos and benchmarks."""

from __future__ import annotations

import argparse

from hype_desktop.messages import message

BATCH = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reflections", type=int, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.commands._common import fail, open_services
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.formats.instrument_build import load_builtin_instrument

    if args.reflections < 0:
        return fail("--reflections < 0")
    services, code = open_services(args.data_dir)
    if services is None:
        return code
    try:
        store = services.reflections
        instrument = load_builtin_instrument()
        plan = sample_reflections(instrument, args.reflections, seed=args.seed)
        profile = store.person_profile()
        for start in range(0, len(plan), BATCH):
            store.add_complete(profile, plan[start:start + BATCH], instrument)
    finally:
        services.close()
    print(message("cli.sample_done", count=args.reflections, path=services.paths.root))
    return 0
