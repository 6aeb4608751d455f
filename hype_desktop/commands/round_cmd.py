"""`hype-desktop round new --team CODE --phase P [--label L] [--date D] [--modules M1,M2] [--members N]
--out F.hype-round`, run in the collator's data folder: it makes the round's key pair there (only
that data folder can open the round's shares) and writes the signed invitation.

--members N states the team size: a collation of more people than that is refused (no cap
without it).

With a trainer's preset (--preset FILE, or the one the app finds), the programme's round of that
phase fills in the label, date and modules the lead leaves out. The invitation's minimum group
sizes default to the preset's, never below 3 and 5; --min-group and
--min-group-detail can raise them, never lower them below the preset's.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from hype_desktop.commands._common import (
    add_preset_argument,
    cli_group_sizes,
    fail,
    load_cli_preset,
    open_services,
    write_problem,
)
from hype_desktop.messages import message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    new = sub.add_parser("new", help="write a round invitation for the team")
    new.add_argument("--team", required=True, metavar="CODE")
    new.add_argument("--phase", required=True, choices=("kickoff", "team_workshop", "closing", "coaching"))
    new.add_argument("--label", default="", metavar="L")
    new.add_argument("--date", default=None, metavar="YYYY-MM-DD")
    new.add_argument("--modules", default=None, metavar="M1,M2",
                     help="module ids (default: the instrument's default modules)")
    new.add_argument("--lead", default="", metavar="NAME", help="the lead's display name")
    new.add_argument("--members", type=int, default=None, metavar="N",
                     help="the team's size: more people's shares than this are refused")
    new.add_argument("--min-group", type=int, default=3, metavar="K",
                     help="scores from K people (at least 3 and the preset's)")
    new.add_argument("--min-group-detail", type=int, default=5, metavar="K",
                     help="distributions and free text from K people (at least 5 and the preset's)")
    add_preset_argument(new)
    new.add_argument("--out", required=True, metavar="FILE.hype-round")


def run(args: argparse.Namespace) -> int:
    from hype_desktop.domain.reflection import Phase
    from hype_desktop.formats.preset_loading import preset_instrument
    preset, code = load_cli_preset(getattr(args, "preset", None))
    if code:
        return code
    instrument = preset_instrument(preset)
    # A trainer's programme round of this phase fills in what the lead did not say; each team
    # that runs `round new` still gets a round (and key) of its own.
    from hype_desktop.domain.preset import round_for_phase
    programme = round_for_phase(preset.rounds, Phase(args.phase), date.today()) if preset else None
    try:
        day = date.fromisoformat(args.date) if args.date else programme.date if programme else date.today()
    except ValueError:
        return fail(f"--date {args.date!r} is not a date like 2025-09-01")
    label = args.label or (programme.label if programme else "")
    modules = [m for m in (args.modules or "").split(",") if m] or (
        list(programme.modules) if programme else [m.id for m in instrument.current_modules if m.default_selected])
    if args.members is not None and not 1 <= args.members <= 1000:
        return fail("--members must be between 1 and 1000")
    services, failed = open_services(args.data_dir)
    if services is None:
        return failed
    try:
        created = services.team_rounds().create(instrument, args.team, Phase(args.phase), label, day, modules,
                                                args.members, cli_group_sizes(args, preset), args.lead)
    except ValueError as exc:
        return fail(str(exc).splitlines()[0][:300])
    finally:
        services.close()
    from hype_desktop.formats.errors import FileProblem
    try:
        path = created.write(args.out)
    except FileProblem as problem:  # the members' apps would refuse it: nothing written
        print(problem.render(), file=sys.stderr)
        return 2
    except OSError as exc:
        return write_problem(args.out, exc)
    print(message("cli.round_written", path=path, round=created.round_id))
    print(message("round.fingerprint", fingerprint=created.fingerprint))
    print(message("round.neutral_collator"))
    return 0
