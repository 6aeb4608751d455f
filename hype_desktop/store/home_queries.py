"""The reads the home screen needs, with the sqlite3 module alone.

Importing SQLAlchemy's ORM costs more than drawing the whole window, so the start-up
path (profile, settings, home screen) reads through these few queries and the ORM
loads only when the user first writes something; the reads of a reflection and of the
finished ones (also all the workshop report needs: `hype-desktop report` never imports
SQLAlchemy) are here too. ReflectionStore
answers the same questions by calling these functions, so there is one implementation.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hype_desktop.domain.reflection import (
    Answer,
    FactorScore,
    NextStep,
    Owner,
    Phase,
    Reflection,
    ReflectionForm,
    Round,
    StepStatus,
)
from hype_desktop.store.connections import reading


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


_REFLECTION_COLUMNS = ("r.id, r.instrument_id, r.instrument_version, r.modules, r.scope, r.started_at, "
                       "r.finished_at, r.corrected_at, r.position, "
                       "o.id, o.phase, o.label, o.date, o.team_code, o.round_uid, r.form")


def _reflection(con: sqlite3.Connection | None, row: tuple[Any, ...], with_answers: bool,
                scores: dict[str, FactorScore] | None = None) -> Reflection:
    """A Reflection from a _REFLECTION_COLUMNS row; its scores are read unless given."""
    (rid, inst_id, inst_version, modules, scope, started, finished, corrected, position,
     round_id, phase, label, day, team_code, round_uid, form) = row
    reflection = Reflection(
        id=rid, round=Round(phase=Phase(phase), date=date.fromisoformat(day[:10]), label=label, team_code=team_code,
                            round_uid=round_uid, id=round_id),
        instrument_id=inst_id, instrument_version=inst_version, modules=tuple(json.loads(modules)),
        scope=tuple(json.loads(scope)), started_at=datetime.fromisoformat(started), finished_at=_dt(finished),
        position=position, corrected_at=_dt(corrected), form=ReflectionForm(form))
    if scores is not None:
        reflection.scores = scores
    if con is None:  # a brief from the caller's own read: its scores are given
        return reflection
    reflection.scores = scores if scores is not None else {
        fid: FactorScore(fid, mean, answered, total) for fid, mean, answered, total in con.execute(
            "SELECT factor_id, mean, answered, total FROM factor_scores WHERE reflection_id = ?", (rid,))}
    if with_answers:
        reflection.answers = {
            item: Answer(item, value, note, bool(na), _dt(at)) for item, value, note, na, at in con.execute(
                "SELECT item_id, value, note, not_applicable, answered_at FROM answers WHERE reflection_id = ?",
                (rid,))}
        reflection.prompt_answers = dict(con.execute(
            "SELECT prompt_id, text FROM prompt_answers WHERE reflection_id = ?", (rid,)))
        reflection.next_steps = [_step(r) for r in con.execute(
            f"SELECT {_STEP_COLUMNS} FROM next_steps WHERE reflection_id = ? ORDER BY position", (rid,))]
    return reflection


_STEP_COLUMNS = "id, reflection_id, position, text, factor_id, owner, due, status, learned, followed_up_at"


def _step(row: tuple[Any, ...]) -> NextStep:
    sid, rid, position, text, factor_id, owner, due, status, learned, followed_up_at = row
    return NextStep(text=text, factor_id=factor_id, owner=Owner(owner), due=_d(due),
                    status=StepStatus(status), learned=learned, id=sid, reflection_id=rid,
                    position=position, followed_up_at=_dt(followed_up_at))


def person_profile_id(db_path: Path) -> int | None:
    with reading(db_path) as con:
        row = con.execute("SELECT id FROM profiles WHERE kind = 'person' ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def profile_of(db_path: Path, reflection_id: int) -> int | None:
    """Whose reflection it is (a person's or a team's profile id); None when there is none."""
    with reading(db_path) as con:
        row = con.execute("SELECT profile_id FROM reflections WHERE id = ?", (reflection_id,)).fetchone()
    return row[0] if row else None


def _one(db_path: Path, where: str, order: str, profile_id: int, skip: int = 0,
         with_answers: bool = True) -> Reflection | None:
    with reading(db_path) as con:
        row = con.execute(
            f"SELECT {_REFLECTION_COLUMNS} FROM reflections r JOIN rounds o ON o.id = r.round_id "
            f"WHERE r.profile_id = ? AND {where} ORDER BY {order} LIMIT 1 OFFSET ?",
            (profile_id, skip)).fetchone()
        return _reflection(con, row, with_answers=with_answers) if row else None


def reflection(db_path: Path, reflection_id: int) -> Reflection | None:
    """One reflection with its answers, prompt answers, next steps and stored scores."""
    with reading(db_path) as con:
        row = con.execute(
            f"SELECT {_REFLECTION_COLUMNS} FROM reflections r JOIN rounds o ON o.id = r.round_id "
            "WHERE r.id = ?", (reflection_id,)).fetchone()
        return _reflection(con, row, with_answers=True) if row else None


def finished_briefs(db_path: Path, profile_id: int) -> list[Reflection]:
    """Finished reflections with their stored scores (no answers), oldest first."""
    with reading(db_path) as con:
        rows = con.execute(
            f"SELECT {_REFLECTION_COLUMNS} FROM reflections r JOIN rounds o ON o.id = r.round_id "
            "WHERE r.profile_id = ? AND r.finished_at IS NOT NULL ORDER BY r.finished_at, r.id",
            (profile_id,)).fetchall()
        scores: dict[int, dict[str, FactorScore]] = {}
        for rid, fid, mean, answered, total in con.execute(
                "SELECT s.reflection_id, s.factor_id, s.mean, s.answered, s.total FROM factor_scores s "
                "JOIN reflections r ON r.id = s.reflection_id "
                "WHERE r.profile_id = ? AND r.finished_at IS NOT NULL", (profile_id,)):
            scores.setdefault(rid, {})[fid] = FactorScore(fid, mean, answered, total)
    return [_reflection(None, row, with_answers=False, scores=scores.get(row[0], {})) for row in rows]


def unfinished(db_path: Path, profile_id: int) -> Reflection | None:
    """The most recently started reflection that is not finished yet."""
    return _one(db_path, "r.finished_at IS NULL", "r.started_at DESC, r.id DESC", profile_id)


def latest_finished(db_path: Path, profile_id: int, skip: int = 0, answers: bool = True) -> Reflection | None:
    """The most recently finished reflection; with ``skip`` 1 the one finished before it (the one
    a summary compares with), and so on. ``answers`` False: its scores without its answers,
    prompt answers and steps (what Home shows of it)."""
    return _one(db_path, "r.finished_at IS NOT NULL", "r.finished_at DESC, r.id DESC", profile_id, skip,
                with_answers=answers)


def open_next_steps(db_path: Path, profile_id: int) -> list[NextStep]:
    """Open steps of finished reflections, soonest due first (undated last)."""
    with reading(db_path) as con:
        rows = con.execute(
            f"SELECT {', '.join('n.' + c for c in _STEP_COLUMNS.split(', '))} FROM next_steps n "
            "JOIN reflections r ON r.id = n.reflection_id "
            "WHERE r.profile_id = ? AND r.finished_at IS NOT NULL AND n.status = 'open' "
            "ORDER BY n.due IS NULL, n.due, n.id", (profile_id,)).fetchall()
    return [_step(r) for r in rows]
