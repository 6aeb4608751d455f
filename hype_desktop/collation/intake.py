"""Collating members' shares: every file validated on its own, a report line per file.

A bad file never stops the good ones and never reaches the database: only validated,
checksum-checked shares of the chosen round become Submissions. Pure of Qt; the Team view
runs this in a worker, the command line calls it directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from hype_desktop.domain.aggregate import Submission
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.share_reading import SharedRound, ShareRecord, read_share, submission_of
from hype_desktop.formats.team_rules import SHARE_SUFFIX
from hype_desktop.messages import message

MAX_FILES = 20_000


class FileStatus(StrEnum):
    ACCEPTED = "accepted"
    REPLACED = "replaced"  # accepted, and replaced an earlier export of the same person
    SUPERSEDED = "superseded"  # an earlier export of someone whose later export is used
    DUPLICATE = "duplicate"
    OTHER_ROUND = "other_round"
    OTHER_INSTRUMENT = "other_instrument"
    NEWER_FORMAT = "newer_format"
    DAMAGED = "damaged"


USED = (FileStatus.ACCEPTED, FileStatus.REPLACED)


@dataclass
class FileReport:
    path: Path
    status: FileStatus
    problem: FileProblem | None = None
    round_label: str = ""

    def render(self, lang: str | None = None) -> str:
        head = message(f"collate.status.{self.status.value}", lang, round=self.round_label)
        if self.problem is not None:
            return f"{self.path.name}: {head} — {message(self.problem.key, lang, **self.problem.params)}"
        return f"{self.path.name}: {head}"


@dataclass
class CollationRun:
    reports: list[FileReport] = field(default_factory=list)
    round: SharedRound | None = None
    team_code: str = ""
    instrument: dict | None = None
    submissions: list[Submission] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return sum(1 for r in self.reports if r.status in USED)


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def files_in(folder: Path, suffix: str) -> list[Path]:
    """The files of ``folder`` (not recursive) whose names end in ``suffix``, sorted by name
    (the order sorting their paths would give). scandir's entries know their type without a
    stat per file; an entry that cannot tell is left out. Raises OSError for the folder."""
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries if e.name.endswith(suffix) and e.name != suffix and _is_file(e))
    return [folder / name for name in names]


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and the .hype files in given folders (not recursive), in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            try:
                out.extend(files_in(p, SHARE_SUFFIX))
            except OSError:
                out.append(p)
        else:
            out.append(p)
    return list(dict.fromkeys(out))[:MAX_FILES]


def _read(path: Path) -> ShareRecord | FileReport:
    try:
        return read_share(path)
    except FileProblem as problem:
        status = FileStatus.NEWER_FORMAT if problem.key == "file.newer_format" else FileStatus.DAMAGED
        return FileReport(path, status, problem)
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the good ones
        return FileReport(path, FileStatus.DAMAGED,
                          FileProblem(path, "file.invalid", details=type(exc).__name__))


def collate_paths(paths: Iterable[Path | str], instrument_id: str, round_id: str | None = None,
                  earlier: Callable[[str], Mapping[str, tuple[str, str]]] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> CollationRun:
    """Validate every file; pick the round (``round_id`` or the one most files belong to).

    ``earlier(round_id)`` maps pseudonym -> (checksum, completed_at) of submissions already
    stored for the round, so a re-export replaces the earlier one and an identical file is a duplicate.
    """
    files = expand_paths(paths)
    run = CollationRun()
    valid: list[tuple[Path, ShareRecord]] = []
    for n, path in enumerate(files, 1):
        got = _read(path)
        if isinstance(got, FileReport):
            run.reports.append(got)
        elif got.instrument_id != instrument_id:
            run.reports.append(FileReport(path, FileStatus.OTHER_INSTRUMENT, round_label=got.instrument_id))
        else:
            valid.append((path, got))
        if progress is not None:
            progress(n, len(files))
    counts: dict[str, int] = {}
    for _, model in valid:
        counts[model.round.id] = counts.get(model.round.id, 0) + 1
    chosen = round_id if round_id is not None else (
        max(counts, key=lambda rid: (counts[rid], next(m.round.date for _, m in valid if m.round.id == rid)))
        if counts else None)
    mine = [(p, m) for p, m in valid if m.round.id == chosen]
    for path, model in valid:
        if model.round.id != chosen:
            label = f"{model.round.label or model.round.phase} {model.round.date} ({model.round.id[:8]})"
            run.reports.append(FileReport(path, FileStatus.OTHER_ROUND, round_label=label))
    if mine:
        first = mine[0][1]
        run.round, run.team_code = first.round, first.team_code
        run.instrument = {"id": first.instrument_id, "version": first.instrument_version}
    _pick_latest(mine, dict(earlier(chosen)) if earlier and chosen else {}, run)
    order = {p: i for i, p in enumerate(files)}
    run.reports.sort(key=lambda r: order.get(r.path, 0))
    return run


def _pick_latest(mine: list[tuple[Path, ShareRecord]], earlier: dict[str, tuple[str, str]],
                 run: CollationRun) -> None:
    by_person: dict[str, list[tuple[Path, ShareRecord]]] = {}
    for path, model in mine:
        by_person.setdefault(model.respondent, []).append((path, model))
    for person, entries in by_person.items():
        entries.sort(key=lambda e: (e[1].completed_at, e[1].checksum), reverse=True)
        seen: set[str] = set()
        stored = earlier.get(person)
        winner = None
        superseded = False
        for path, model in entries:
            if model.checksum in seen or (stored is not None and stored[0] == model.checksum):
                run.reports.append(FileReport(path, FileStatus.DUPLICATE))
            elif winner is None and (stored is None or model.completed_at >= stored[1]):
                winner = (path, model)
            else:
                run.reports.append(FileReport(path, FileStatus.SUPERSEDED))
                superseded = True
            seen.add(model.checksum)
        if winner is not None:
            replaced = stored is not None or superseded
            run.reports.append(FileReport(winner[0], FileStatus.REPLACED if replaced else FileStatus.ACCEPTED))
            run.submissions.append(submission_of(winner[1]))
