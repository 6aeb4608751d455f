"""Reads for history and trends: many reflections at once, cheaply.

Trends over thousands of reflections read plain column tuples and build domain objects
directly (no ORM object per row); one reflection in full is read by ReflectionStore.get
(store/home_queries.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from hype_desktop.domain.reflection import (
    FactorScore,
    NextStep,
    Owner,
    Phase,
    Reflection,
    ReflectionForm,
    Round,
    StepStatus,
)
from hype_desktop.domain.trends import Occasion
from hype_desktop.store.engine import Database
from hype_desktop.store.models import FactorScoreRow, NextStepRow, ReflectionRow, RoundRow

_COLUMNS = (ReflectionRow.id, ReflectionRow.instrument_id, ReflectionRow.instrument_version,
            ReflectionRow.modules, ReflectionRow.scope, ReflectionRow.started_at,
            ReflectionRow.finished_at, ReflectionRow.corrected_at, ReflectionRow.position,
            RoundRow.id, RoundRow.phase, RoundRow.date, RoundRow.label, RoundRow.team_code,
            RoundRow.round_uid, ReflectionRow.form)


def _reflection(row: Sequence[Any]) -> Reflection:
    (rid, inst_id, inst_version, modules, scope, started, finished, corrected, position,
     round_id, phase, day, label, team_code, round_uid, form) = row
    return Reflection(
        id=rid, round=Round(Phase(phase), day, label, team_code, round_uid, round_id),
        instrument_id=inst_id, instrument_version=inst_version, modules=tuple(json.loads(modules)),
        scope=tuple(json.loads(scope)), started_at=started, finished_at=finished,
        position=position, corrected_at=corrected, form=ReflectionForm(form))


def _sqlite(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session (the trend reads skip the ORM's row objects)."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


class TrendData(NamedTuple):
    """What the trend view draws from; positions index ``occasions``."""

    occasions: list[Occasion]  # finished reflections, oldest first (ties by id)
    # factor id (any covered) -> (positions, int64 ascending; means, float, NaN = too few answers)
    series: dict[str, tuple[Any, Any]]
    # factor id -> positions of the reflections that set a next step linked to it (int64, unique)
    steps: dict[str, Any]


class HistoryReader:
    """History and trend reads of one database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def history(self, profile_id: int) -> list[Reflection]:
        """Every reflection (finished or not) in brief, newest first, with stored scores."""
        with self.db.reading() as s:
            rows = s.execute(
                select(*_COLUMNS).join(RoundRow, ReflectionRow.round_id == RoundRow.id)
                .where(ReflectionRow.profile_id == profile_id)
                .order_by(RoundRow.date.desc(), ReflectionRow.started_at.desc(),
                          ReflectionRow.id.desc())).all()
            out = [_reflection(r) for r in rows]
            self._attach_scores(s, out)
            return out

    # --- the trend view's reads: plain sqlite3 tuples, no ORM objects, no per-row JSON -------
    _FINISHED = ("FROM reflections r JOIN rounds ro ON ro.id = r.round_id "
                 "WHERE r.profile_id = ? AND r.finished_at IS NOT NULL")

    def _raw(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self.db.reading() as s:
            rows: list[tuple[Any, ...]] = _sqlite(s).execute(sql, params).fetchall()
            return rows

    @staticmethod
    def _seconds(days: Sequence[str], finished: Sequence[str]) -> Any:
        """A reflection's place on the time axis (domain.trends.occasion_time) in whole seconds
        since 1970-01-01: its round's date at the time of day it was finished.

        Parsed by numpy from the stored ISO texts (SQLite's strftime for every row, and its
        sorting of whole rows, were most of the read); a value numpy cannot parse is read
        by Python's datetime instead.
        """
        import numpy as np

        try:
            day = np.array(days, dtype="datetime64[D]").astype(np.int64)
            stamp = np.array([f[:19] for f in finished], dtype="datetime64[s]").astype(np.int64)
        except ValueError:
            day = np.array([date.fromisoformat(d).toordinal() - _EPOCH_ORDINAL for d in days],
                           dtype=np.int64)
            stamp = np.array([_stamp_seconds(f) for f in finished], dtype=np.int64)
        return day * 86400 + stamp % 86400

    def trend_data(self, profile_id: int) -> TrendData:
        """Finished reflections in brief, oldest first (ties by id), every stored factor mean
        and the factors next steps were linked to (see TrendData).

        The means come packed on each reflection row (store/score_pack.py), so 5,000
        reflections are 5,000 rows and a few numpy calls, not one Python object per score
        (numpy is only loaded by the trend view, which has matplotlib anyway). The rows are
        put in time order here (numpy), not by SQLite.
        """
        import numpy as np

        with self.db.reading() as s:  # both reads see the same state
            con = _sqlite(s)
            got = con.execute(
                "SELECT r.id, ro.date, r.finished_at, ro.phase, ro.label, r.instrument_id, "
                f"r.instrument_version, r.score_ids, r.score_means, r.form {self._FINISHED}",
                (profile_id,)).fetchall()
            # The factors next steps were linked to: every linked step of the database as two
            # texts (one row, not a tuple per step; a join to this profile's reflections cost
            # more than reading them all), kept below when its reflection is one of these.
            linked = con.execute(
                "SELECT group_concat(reflection_id), group_concat(factor_id) FROM next_steps "
                "WHERE factor_id IS NOT NULL").fetchone() if got else None
        if not got:
            return TrendData([], {}, {})
        rids, days, finished, phase_values = list(zip(*got))[:4]
        seconds = self._seconds(days, finished)
        order = np.lexsort((np.asarray(rids, dtype=np.int64), seconds))
        rows = [got[i] for i in order.tolist()]
        xs = (seconds[order] / 86400.0).tolist()
        day_of = {d: date.fromisoformat(d) for d in set(days)}
        phase_of = {p: Phase(p) for p in set(phase_values)}
        short = ReflectionForm.SHORT.value
        occasions = [Occasion(row[0], x, day_of[row[1]], phase_of[row[3]], row[4], row[5], row[6],
                              row[9] == short)
                     for row, x in zip(rows, xs)]
        steps = self._step_positions(linked, np.asarray(rids, dtype=np.int64)[order])
        # Reflections of one content version pack the same factors: usually one group.
        groups: dict[str, list[int]] = {}
        unpacked: list[int] = []  # a pack that does not fit its ids: read factor_scores instead
        size: dict[str, int] = {}  # a pack's length in bytes, per list of ids
        for pos, row in enumerate(rows):
            ids, means = row[7], row[8]
            if not ids:  # no pack (a damaged or hand-edited row): factor_scores decides
                unpacked.append(pos)
                continue
            want = size.get(ids)
            if want is None:
                want = size[ids] = 8 * (ids.count(",") + 1)
            if isinstance(means, bytes) and len(means) == want:
                groups.setdefault(ids, []).append(pos)
            else:
                unpacked.append(pos)
        parts: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
        if unpacked:
            for fid, (where, values) in self._score_rows([rows[p][0] for p in unpacked], unpacked).items():
                by_pos = np.argsort(np.asarray(where, dtype=np.int64), kind="stable")
                parts[fid] = [(np.asarray(where, dtype=np.int64)[by_pos], np.asarray(values, dtype=float)[by_pos])]
        for ids, positions in groups.items():
            names = ids.split(",")
            blob = b"".join(rows[p][8] for p in positions)
            means = np.frombuffer(blob, dtype="<f8").reshape(len(positions), len(names))
            at = np.asarray(positions, dtype=np.int64)
            for col, fid in enumerate(names):
                parts.setdefault(fid, []).append((at, means[:, col]))
        series = {}
        for fid, chunks in parts.items():
            if len(chunks) == 1:
                series[fid] = (chunks[0][0], np.ascontiguousarray(chunks[0][1], dtype=float))
            else:
                at = np.concatenate([c[0] for c in chunks])
                order = np.argsort(at, kind="stable")
                series[fid] = (at[order], np.concatenate([c[1] for c in chunks]).astype(float)[order])
        return TrendData(occasions, series, steps)

    @staticmethod
    def _step_positions(linked: tuple[str, str] | None, ids: Any) -> dict[str, Any]:
        """factor id -> positions (in ``ids``, unique, ascending) of the reflections that set
        a step linked to it; ``linked`` is (reflection ids, factor ids) as comma-separated
        texts. Steps of reflections not in ``ids`` are left out."""
        import numpy as np

        if not linked or not linked[0] or not len(ids):
            return {}
        step_ids = np.array(linked[0].split(","), dtype=np.int64)
        code: dict[str, int] = {}
        codes = np.array([code.setdefault(f, len(code)) for f in linked[1].split(",")], dtype=np.int64)
        n = len(ids)
        by_id = np.argsort(ids, kind="stable")
        at = np.minimum(np.searchsorted(ids, step_ids, sorter=by_id), n - 1)
        mine = ids[by_id[at]] == step_ids
        # (factor, position) pairs once each, by factor then position; cut at each factor
        pairs = np.unique(codes[mine] * n + by_id[at[mine]])
        factor, pos = np.divmod(pairs, n)
        cuts = np.flatnonzero(np.diff(factor)) + 1
        fids = list(code)
        return {fids[int(chunk_factor[0])]: chunk
                for chunk_factor, chunk in zip(np.split(factor, cuts), np.split(pos, cuts)) if len(chunk)}

    def _score_rows(self, ids: list[int], positions: list[int]) -> dict[str, tuple[list[int], list[float]]]:
        """factor id -> (positions, means; NaN for None) from factor_scores, for these ids."""
        at = dict(zip(ids, positions))
        out: dict[str, tuple[list[int], list[float]]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for rid, fid, mean in self._raw(
                    "SELECT reflection_id, factor_id, mean FROM factor_scores WHERE reflection_id IN "
                    f"({','.join('?' * len(chunk))})", tuple(chunk)):
                p, m = out.setdefault(fid, ([], []))
                p.append(at[rid])
                m.append(float("nan") if mean is None else float(mean))
        return out

    @staticmethod
    def _attach_scores(s: Session, reflections: list[Reflection]) -> None:
        by_id = {r.id: r for r in reflections}
        if not by_id:
            return
        q = select(FactorScoreRow.reflection_id, FactorScoreRow.factor_id, FactorScoreRow.mean,
                   FactorScoreRow.answered, FactorScoreRow.total)
        if len(by_id) < 500:
            q = q.where(FactorScoreRow.reflection_id.in_(list(by_id)))
        for rid, fid, mean, answered, total in s.execute(q):
            r = by_id.get(rid)
            if r is not None:
                r.scores[fid] = FactorScore(fid, mean, answered, total)

    def steps(self, profile_id: int) -> list[NextStep]:
        """Next steps of finished reflections, oldest reflection first."""
        with self.db.reading() as s:
            rows = s.scalars(
                select(NextStepRow).join(ReflectionRow, NextStepRow.reflection_id == ReflectionRow.id)
                .where(ReflectionRow.profile_id == profile_id, ReflectionRow.finished_at.is_not(None))
                .order_by(ReflectionRow.finished_at, NextStepRow.position))
            return [_step(r) for r in rows]

    def steps_to_follow_up(self, profile_id: int, reflection: Reflection) -> list[NextStep]:
        """Earlier steps to look back on when ``reflection`` starts.

        Those still open, and those followed up since this reflection started (so the page
        keeps showing what the user already answered there, on Back and after a restart).
        Only steps of reflections finished before this one started.
        """
        since = reflection.started_at
        with self.db.reading() as s:
            rows = s.scalars(
                select(NextStepRow).join(ReflectionRow, NextStepRow.reflection_id == ReflectionRow.id)
                .where(ReflectionRow.profile_id == profile_id,
                       ReflectionRow.id != reflection.id,
                       ReflectionRow.finished_at.is_not(None),
                       ReflectionRow.finished_at <= since,
                       or_(NextStepRow.status == StepStatus.OPEN.value,
                           and_(NextStepRow.followed_up_at.is_not(None),
                                NextStepRow.followed_up_at >= since)))
                .order_by(NextStepRow.due.is_(None), NextStepRow.due, NextStepRow.id))
            return [_step(r) for r in rows]


def _step(row: NextStepRow) -> NextStep:
    return NextStep(text=row.text, factor_id=row.factor_id, owner=Owner(row.owner), due=row.due,
                    status=StepStatus(row.status), learned=row.learned, id=row.id,
                    reflection_id=row.reflection_id, position=row.position)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _stamp_seconds(value: str) -> int:
    stamp = datetime.fromisoformat(value)
    return stamp.hour * 3600 + stamp.minute * 60 + stamp.second


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
