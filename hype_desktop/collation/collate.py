"""One collation, start to finish: sealed files -> opened submissions -> disclosed aggregate ->
signed team summary, or a refusal.

The Team view (in a worker) and `hype-desktop collate` both call ``collate_round``, so they
share one code path. It runs only in the data folder that holds the round's key (the one where
the round was created) and every collation that shows results is a release: it is logged, and
a release whose people differ from an earlier one by fewer than the score size is refused
(ReleaseRefused, before anything is shown or written).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hype_desktop.collation.intake import CollationRun, Conflict, collate_paths
from hype_desktop.collation.refusals import ReleaseRefused
from hype_desktop.domain.aggregate import FactorChange, Stats, Submission, TeamAggregate, aggregate, round_change
from hype_desktop.domain.anonymity import Thresholds, release_refused, smallest_group, strictest
from hype_desktop.domain.disclosure import disclose
from hype_desktop.domain.instrument import Instrument
from hype_desktop.formats.team_exchange import build_team_file, round_from_info

if TYPE_CHECKING:
    from hype_desktop.store.team import TeamStore


@dataclass
class CollationOutcome:
    run: CollationRun
    aggregate: TeamAggregate | None = None  # disclosed: what every view may show
    summary: dict[str, Any] | None = None
    change: list[FactorChange] = field(default_factory=list)
    saved: bool = False
    fingerprint: str = ""  # the round's, as the invitation's readers see it
    # factors members answered that the collator's content does not have (named, never counted)
    left_out: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.summary is not None

    @property
    def sample(self) -> bool:
        return True in self.run.sample


def left_out(instrument: Instrument, submissions: Iterable[Submission]) -> tuple[str, ...]:
    """The factors (by id) of statements members answered that ``instrument`` does not know:
    content the collator's app does not have, left out of the collation. Only names, so nothing
    says how many people had them."""
    unknown = {item for s in submissions for item in s.answers if instrument.factor_of_item(item) is None}
    return tuple(sorted({item.rsplit(".", 1)[0] for item in unknown}))


def _stats(summary: dict[str, Any]) -> dict[str, Stats]:
    return {a["id"]: Stats(a["id"], a.get("n") or 0, a.get("mean"), a.get("median"), a.get("sd"))
            for a in summary.get("factors", [])}


def _conflict_refusal(conflicts: list[Conflict]) -> ReleaseRefused:
    """Named by the first person's two shares; every conflict travels along for the choice."""
    (p1, d1), (p2, d2) = conflicts[0].entries[0], conflicts[0].entries[1]
    return ReleaseRefused("collate.conflict", first=p1.name if p1 else None, first_date=d1,
                          second=p2.name if p2 else None, second_date=d2, conflicts=list(conflicts))


def collate_round(paths: Iterable[Path | str], instrument: Instrument, thresholds: Thresholds,
                  round_id: str | None = None, team_store: TeamStore | None = None, save: bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  round_thresholds: Mapping[str, Thresholds] | None = None,
                  choices: Collection[Path] = (), now: datetime | None = None,
                  keep_saved: Collection[str] = ()) -> CollationOutcome:
    """Collate ``paths`` with the round keys of ``team_store``'s database. Earlier submissions of
    the round count too; ``save`` stores the submissions and the summary. Raises ReleaseRefused
    (nothing shown, nothing written) when the shares are not this data folder's, the people
    outnumber the team, sample and real shares are mixed, one person has two shares and the
    collator has not chosen (``choices``: files; ``keep_saved``: pseudonyms whose saved share
    stays), or the release differs from an earlier one by too few people.

    The group sizes used are the strictest of ``thresholds`` (app floors, a trainer's preset,
    the command line), the round's invitation, ``round_thresholds[round id]`` and the sizes the
    round was first collated with: the larger always wins."""
    from hype_desktop.collation.rounds import RoundKeys
    if team_store is None:  # a data folder without a database holds no round's key
        run = collate_paths(paths, lambda _rid: None, round_id, progress=progress, now=now)
        if run.no_key_round is not None:
            raise ReleaseRefused("collate.not_this_folder", round=run.no_key_round[:8])
        return CollationOutcome(run)
    keys = RoundKeys(team_store.db)
    run = collate_paths(paths, keys.opener, round_id, earlier=team_store.earlier,
                        progress=progress, choices=choices, now=now, expected=keys.expected,
                        saved=team_store.submissions, keep_saved=keep_saved)
    out = CollationOutcome(run)
    if run.round is None:
        if run.no_key_round is not None:
            raise ReleaseRefused("collate.not_this_folder", round=run.no_key_round[:8])
        return out
    if run.conflicts:
        raise _conflict_refusal(run.conflicts)
    if len(run.sample) > 1:
        raise ReleaseRefused("collate.sample_mixed")
    rid = run.round.id
    invitation = keys.invitation(rid)
    out.fingerprint = invitation.fingerprint
    thresholds = strictest(thresholds, (round_thresholds or {}).get(rid), team_store.round_thresholds(rid),
                           Thresholds.of(invitation.min_group.scores, invitation.min_group.detail))
    subs = list(run.submissions)
    fresh = {s.pseudonym for s in subs}
    subs += [s for s in team_store.submissions(rid) if s.pseudonym not in fresh]
    if not subs:
        return out
    people = frozenset(s.pseudonym for s in subs)
    if invitation.team_size is not None and len(people) > invitation.team_size:
        raise ReleaseRefused("collate.too_many", people=len(people), size=invitation.team_size)
    earlier = keys.store.releases(rid)
    if release_refused(earlier, people, thresholds):
        changed = min(len(people ^ before) for before in earlier if people ^ before)
        if changed >= thresholds.k_scores:  # each earlier release is far enough; together they are not
            raise ReleaseRefused("collate.release_isolates", people=len(people),
                                 group=smallest_group([*earlier, people], thresholds.k_scores),
                                 k=thresholds.k_scores)
        raise ReleaseRefused("collate.release_refused", people=len(people), changed=changed,
                             k=thresholds.k_scores)
    agg = disclose(aggregate(instrument, subs, thresholds))
    out.aggregate = agg
    out.left_out = left_out(instrument, subs)
    prev_round = team_store.previous_round(run.team_code, date.fromisoformat(run.round.date), rid)
    prev_info = None
    if prev_round is not None:
        out.change = round_change(_stats(prev_round.summary), agg.factors)
        prev_info = prev_round.summary.get("round")
    out.summary = build_team_file(run.instrument or {"id": instrument.id, "version": instrument.version},
                                  run.team_code, run.round.as_dict(), agg, keys.secret(rid), out.change,
                                  prev_info if out.change else None, sample=out.sample)
    keys.store.record_release(rid, people)  # before anything is shown or written
    team_store.ensure_round(round_from_info(run.round, run.team_code), instrument.id, instrument.version,
                            thresholds)
    if save:
        team_store.save_submissions(rid, list(run.submissions))
        team_store.save_collation(rid, out.summary, agg.members)
        out.saved = True
    return out
