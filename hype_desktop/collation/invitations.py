"""Round invitations given to a collation with the share files: their minimum group sizes apply.

A lead may drop the round's `.hype-round` invitation together with the members' `.hype` files
(or keep it in the same folder): the group sizes the invitation promised the team then hold for
that round, even when the lead's app or command line would allow smaller groups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hype_desktop.collation.intake import files_in
from hype_desktop.domain.anonymity import Thresholds, strictest
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.team_rules import ROUND_SUFFIX

MAX_INVITATIONS = 100


@dataclass
class SplitPaths:
    shares: list[Path] = field(default_factory=list)  # files and folders for collate_round
    sizes: dict[str, Thresholds] = field(default_factory=dict)  # round id -> the invitation's sizes
    invitations: list[tuple[Path, str, Thresholds]] = field(default_factory=list)  # path, round id, sizes
    problems: list[FileProblem] = field(default_factory=list)


def split_invitations(paths: Iterable[Path | str]) -> SplitPaths:
    """Invitation files (given, or in a given folder, not recursive) apart from everything else.

    A broken invitation is reported in ``problems`` (the callers then collate nothing: the sizes
    it promised are unknown); two invitations of one round: the larger sizes win."""
    out = SplitPaths()
    found: list[Path] = []
    for p in map(Path, paths):
        if p.name.lower().endswith(ROUND_SUFFIX) and not p.is_dir():
            found.append(p)
            continue
        out.shares.append(p)
        if p.is_dir():
            try:
                found.extend(files_in(p, ROUND_SUFFIX))
            except OSError:
                pass  # the collation reports an unreadable folder
    if not found:
        return out  # no invitation, no need for the strict models (pydantic)
    from hype_desktop.formats.team_formats import read_round_file
    found = list(dict.fromkeys(found))
    if len(found) > MAX_INVITATIONS:  # never silently: the real one may be among the rest
        out.problems.append(FileProblem(found[MAX_INVITATIONS], "collate.too_many_invitations",
                                        limit=MAX_INVITATIONS))
    for path in found[:MAX_INVITATIONS]:
        try:
            model = read_round_file(path)
        except FileProblem as problem:
            out.problems.append(problem)
            continue
        sizes = Thresholds.of(model.min_group.scores, model.min_group.detail)
        rid = model.round.id
        out.sizes[rid] = strictest(out.sizes.get(rid), sizes)
        out.invitations.append((path, rid, sizes))
    return out
