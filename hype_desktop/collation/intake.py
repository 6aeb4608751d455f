"""Collating members' sealed shares: every file opened and validated on its own, a line per file.

A bad file never stops the good ones and never reaches the database: only opened, validated,
checksum-checked shares of the chosen round become Submissions. People, not files, are counted:
a share dated in the future is refused, a share with the same answers as another under another
code (in these files or among the round's shares saved earlier) is flagged and not counted, and
two different shares of one person are never resolved by date: the collator chooses (``choices``
or ``keep_saved``), otherwise the intake reports the conflict. Pure of Qt;
the Team view runs this in a worker, the command line calls it directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from hype_desktop.domain.aggregate import Submission
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.share_reading import (
    NoRoundKey,
    Openers,
    SharedRound,
    ShareRecord,
    read_share,
    submission_of,
)
from hype_desktop.formats.team_rules import SHARE_SUFFIX
from hype_desktop.messages import message, printable

MAX_FILES = 20_000
FUTURE_SLACK = timedelta(days=1)  # clocks differ; a share dated beyond this is refused


class FileStatus(StrEnum):
    ACCEPTED = "accepted"
    CHOSEN = "chosen"  # accepted: the collator chose it over another share of the same person
    NOT_CHOSEN = "not_chosen"  # another share of the same person was chosen
    DUPLICATE = "duplicate"  # the very same share again (or the one already saved)
    IDENTICAL = "identical"  # the same answers as another share under another code: not counted
    FUTURE = "future"
    NO_KEY = "no_key"
    OTHER_ROUND = "other_round"
    NEWER_FORMAT = "newer_format"
    DAMAGED = "damaged"
    NOT_READ = "not_read"  # beyond the number of files one collation reads


USED = (FileStatus.ACCEPTED, FileStatus.CHOSEN)


@dataclass(frozen=True)
class Conflict:
    """Two different shares of one person (a file, or the share saved earlier: path None)."""

    pseudonym: str
    entries: tuple[tuple[Path | None, str], ...]  # (path, completed_at), newest first


@dataclass
class FileReport:
    path: Path
    status: FileStatus
    problem: FileProblem | None = None
    round_label: str = ""

    def render(self, lang: str | None = None) -> str:
        head = message(f"collate.status.{self.status.value}", lang, round=self.round_label, limit=MAX_FILES)
        name = printable(self.path.name)
        if self.problem is not None:
            return f"{name}: {head} — {message(self.problem.key, lang, **self.problem.params)}"
        return f"{name}: {head}"


@dataclass
class CollationRun:
    reports: list[FileReport] = field(default_factory=list)
    round: SharedRound | None = None
    team_code: str = ""
    instrument: dict[str, Any] | None = None
    submissions: list[Submission] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    replaces: set[str] = field(default_factory=set)  # pseudonyms whose saved share a chosen file replaces
    sample: set[bool] = field(default_factory=set)  # the sample marks of the shares used
    no_key_round: str | None = None  # a round whose key this data folder lacks (the first met)

    @property
    def accepted(self) -> int:
        return sum(1 for r in self.reports if r.status in USED)


def files_in(folder: Path, suffix: str) -> list[Path]:
    """The entries of ``folder`` (not recursive) whose names end in ``suffix`` in any case
    (Member.HYPE too), sorted by name. Whatever they are (a symlink, a pipe, a folder named so),
    they are returned, so the reader reports each one instead of it being left out silently.
    Raises OSError for the folder."""
    suffix = suffix.lower()
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries if e.name.lower().endswith(suffix) and e.name.lower() != suffix)
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
    return list(dict.fromkeys(out))


def _read(path: Path, openers: Openers) -> ShareRecord | FileReport:
    try:
        return read_share(path, openers)
    except NoRoundKey as problem:
        return FileReport(path, FileStatus.NO_KEY, problem)
    except FileProblem as problem:
        status = FileStatus.NEWER_FORMAT if problem.key == "file.newer_format" else FileStatus.DAMAGED
        return FileReport(path, status, problem)
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the good ones
        return FileReport(path, FileStatus.DAMAGED,
                          FileProblem(path, "file.invalid", details=type(exc).__name__))


def _label(r: SharedRound) -> str:
    return f"{r.label or r.phase} {r.date} ({r.id[:8]})"


def collate_paths(paths: Iterable[Path | str], openers: Openers,
                  round_id: str | None = None,
                  earlier: Callable[[str], Mapping[str, tuple[str, str]]] | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  choices: Collection[Path] = (), now: datetime | None = None,
                  expected: Callable[[str], tuple[str, SharedRound] | None] | None = None,
                  saved: Callable[[str], Iterable[Submission]] | None = None,
                  keep_saved: Collection[str] = ()) -> CollationRun:
    """Open and validate every file; pick the round (``round_id`` or the one most files belong to).

    ``earlier(round_id)`` maps pseudonym -> (checksum, completed_at) of submissions already
    stored for the round. ``expected(round_id)`` gives the (team code, round) the round's own
    invitation says: a share saying otherwise is reported as another round's and never sets
    the round's label. ``choices``: files the collator chose where one person has two shares;
    ``keep_saved``: pseudonyms whose share saved earlier the collator chose over the files.
    ``saved(round_id)`` gives the submissions stored for the round, so a file repeating one of
    their answers under another code is flagged too.
    """
    everything = expand_paths(paths)
    files = everything[:MAX_FILES]
    run = CollationRun()
    limit = (now or datetime.now()) + FUTURE_SLACK
    run.reports.extend(FileReport(path, FileStatus.NOT_READ) for path in everything[MAX_FILES:])
    valid: list[tuple[Path, ShareRecord]] = []
    for n, path in enumerate(files, 1):
        got = _read(path, openers)
        if isinstance(got, FileReport):
            run.reports.append(got)
            if got.status is FileStatus.NO_KEY and run.no_key_round is None:
                assert isinstance(got.problem, NoRoundKey)
                run.no_key_round = got.problem.round_id
        elif datetime.fromisoformat(got.completed_at) > limit:
            run.reports.append(FileReport(path, FileStatus.FUTURE, round_label=got.completed_at))
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
    want = expected(chosen) if expected is not None and chosen is not None else None
    mine = []
    for path, model in valid:
        if model.round.id == chosen and (want is None or (model.team_code, model.round) == want):
            mine.append((path, model))
        else:
            run.reports.append(FileReport(path, FileStatus.OTHER_ROUND, round_label=_label(model.round)))
    if want is not None:
        run.team_code, run.round = want
    elif mine:
        run.team_code, run.round = mine[0][1].team_code, mine[0][1].round
    # Shares made with other content (a stock and a preset install) collate on the factors the
    # collator's content has; collate.left_out names the others.
    _pick(mine, dict(earlier(chosen)) if earlier and chosen else {}, set(map(Path, choices)), set(keep_saved),
          run, list(saved(chosen)) if saved and chosen else [])
    order = {p: i for i, p in enumerate(files)}
    run.reports.sort(key=lambda r: order.get(r.path, 0))
    return run


def _answers_key(sub: Submission) -> tuple[object, ...]:
    """What a share says, without who said it or when (identical copies under two codes)."""
    return (sub.modules, frozenset(sub.answers.items()), tuple(sorted(sub.notes)),
            tuple(sorted(sub.prompt_answers)),
            tuple(sorted((text, factor or "", owner) for text, factor, owner in sub.next_steps)))


def _pick(mine: list[tuple[Path, ShareRecord]], earlier: dict[str, tuple[str, str]],
          choices: set[Path], keep_saved: set[str], run: CollationRun, saved: list[Submission]) -> None:
    """One share per person; a person with two different shares is the collator's choice."""
    by_person: dict[str, list[tuple[Path, ShareRecord]]] = {}
    for path, model in mine:
        by_person.setdefault(model.respondent, []).append((path, model))
    picked: list[tuple[Path, ShareRecord, FileStatus]] = []
    for person, entries in by_person.items():
        entries.sort(key=lambda e: (e[1].completed_at, e[1].checksum), reverse=True)
        distinct: dict[str, tuple[Path, ShareRecord]] = {}
        for path, model in entries:
            if model.checksum in distinct:
                run.reports.append(FileReport(path, FileStatus.DUPLICATE))
            else:
                distinct[model.checksum] = (path, model)
        stored = earlier.get(person)
        if stored is not None and stored[0] in distinct:  # the saved share, given again
            run.reports.append(FileReport(distinct.pop(stored[0])[0], FileStatus.DUPLICATE))
            if not distinct:
                continue
        options = list(distinct.values())
        if stored is not None and person in keep_saved:  # the collator chose the saved share
            run.reports.extend(FileReport(path, FileStatus.NOT_CHOSEN) for path, _ in options)
            continue
        if len(options) == 1 and stored is None:
            picked.append((options[0][0], options[0][1], FileStatus.ACCEPTED))
            continue
        wanted = [o for o in options if o[0] in choices]
        if len(wanted) != 1:
            entries_: list[tuple[Path | None, str]] = [(p, m.completed_at) for p, m in options]
            if stored is not None:
                entries_.append((None, stored[1]))
            run.conflicts.append(Conflict(person, tuple(sorted(entries_, key=lambda e: e[1], reverse=True))))
            continue
        if stored is not None:
            run.replaces.add(person)
        picked.append((wanted[0][0], wanted[0][1], FileStatus.CHOSEN))
        for path, _ in options:
            if path != wanted[0][0]:
                run.reports.append(FileReport(path, FileStatus.NOT_CHOSEN))
    # the saved shares that still count, then the files in order: a repeat is not counted
    seen: set[tuple[object, ...]] = {_answers_key(s) for s in saved if s.pseudonym not in run.replaces}
    for path, model, status in picked:
        sub = submission_of(model)
        key = _answers_key(sub)
        if key in seen:
            run.reports.append(FileReport(path, FileStatus.IDENTICAL))
            continue
        seen.add(key)
        run.reports.append(FileReport(path, status))
        run.submissions.append(sub)
        run.sample.add(model.sample)
