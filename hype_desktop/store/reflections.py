"""Reflections in the store: every call is one unit of work returning domain objects.

Each write is its own IMMEDIATE transaction and is committed before the call returns,
so an answer the user saw saved is on disk (synchronous=FULL) before the UI says so.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.reflection import (
    MAX_NEXT_STEPS,
    MAX_NOTE_CHARS,
    MAX_PROMPT_CHARS,
    MAX_STEP_CHARS,
    Answer,
    FactorScore,
    NextStep,
    Reflection,
    ReflectionForm,
    Round,
    StepStatus,
)
from hype_desktop.domain.scoring import factor_scores
from hype_desktop.store import home_queries
from hype_desktop.store.content_copies import keep_content_copy
from hype_desktop.store.engine import Database
from hype_desktop.store.models import (
    AnswerRow,
    FactorScoreRow,
    NextStepRow,
    ProfileRow,
    PromptAnswerRow,
    ReflectionRow,
    RoundRow,
    SettingRow,
    TeamRoundRow,
)
from hype_desktop.store.score_pack import pack_scores


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _check_len(text: str, limit: int, what: str) -> str:
    if len(text) > limit:
        raise ValueError(f"{what} is longer than {limit} characters")
    return text


class ReflectionStore:
    """Reads and writes reflections of the profiles in one database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def close(self) -> None:
        self.db.close()

    # --- profiles -------------------------------------------------------------------
    def person_profile(self) -> int:
        """The id of this computer's user profile, created on first use."""
        with self.db.reading() as s:
            pid = s.scalar(select(ProfileRow.id).where(ProfileRow.kind == "person").order_by(ProfileRow.id))
        if pid is not None:
            return pid
        with self.db.writing() as s:
            pid = s.scalar(select(ProfileRow.id).where(ProfileRow.kind == "person").order_by(ProfileRow.id))
            if pid is None:
                row = ProfileRow(kind="person", name="", created_at=_now())
                s.add(row)
                s.flush()
                pid = row.id
            return pid

    def team_profile(self, name: str) -> int:
        """The id of the team profile called ``name`` (workshop mode), created on first use.

        A team reflecting together has its own history and trends, apart from the person's."""
        name = _check_len(name.strip(), 200, "a team name")
        if not name:
            raise ValueError("a team needs a name")
        query = select(ProfileRow.id).where(ProfileRow.kind == "team", ProfileRow.name == name)
        with self.db.writing() as s:
            pid = s.scalar(query.order_by(ProfileRow.id))
            if pid is None:
                row = ProfileRow(kind="team", name=name, created_at=_now())
                s.add(row)
                s.flush()
                pid = row.id
            return pid

    def team_profiles(self) -> list[tuple[int, str]]:
        """(id, name) of the team profiles, by name."""
        with self.db.reading() as s:
            return [(r.id, r.name) for r in s.execute(
                select(ProfileRow.id, ProfileRow.name).where(ProfileRow.kind == "team").order_by(ProfileRow.name))]

    # --- starting and reading -------------------------------------------------------
    def start(self, profile_id: int, round_: Round, instrument: Instrument,
              modules: tuple[str, ...], scope: tuple[str, ...],
              started_at: datetime | None = None, form: ReflectionForm = ReflectionForm.FULL) -> Reflection:
        with self.db.writing() as s:
            rrow = RoundRow(phase=round_.phase.value, label=round_.label, date=round_.date,
                            team_code=round_.team_code, round_uid=round_.round_uid)
            s.add(rrow)
            s.flush()
            row = ReflectionRow(profile_id=profile_id, round_id=rrow.id, instrument_id=instrument.id,
                                instrument_version=instrument.version, modules=json.dumps(list(modules)),
                                scope=json.dumps(list(scope)), started_at=started_at or _now(),
                                position="", form=form.value)
            s.add(row)
            s.flush()
            rid = row.id
            keep_content_copy(s, instrument)
        return self.get(rid)

    def get(self, reflection_id: int) -> Reflection:
        reflection = home_queries.reflection(self.db.path, reflection_id)
        if reflection is None:
            raise KeyError(reflection_id)
        return reflection

    def profile_of(self, reflection_id: int) -> int | None:
        return home_queries.profile_of(self.db.path, reflection_id)

    # The home screen's questions have one implementation, without the ORM (see home_queries).
    def unfinished(self, profile_id: int) -> Reflection | None:
        """The most recently started reflection that is not finished yet."""
        return home_queries.unfinished(self.db.path, profile_id)

    def latest_finished(self, profile_id: int, skip: int = 0, answers: bool = True) -> Reflection | None:
        """The latest finished reflection (``skip`` 1: the one finished before it; ``answers``
        False: scores only)."""
        return home_queries.latest_finished(self.db.path, profile_id, skip, answers)

    def finished_briefs(self, profile_id: int) -> list[Reflection]:
        """Finished reflections with their stored scores (no answers), oldest first."""
        return home_queries.finished_briefs(self.db.path, profile_id)

    def count(self, profile_id: int | None = None) -> int:
        with self.db.reading() as s:
            q = select(func.count()).select_from(ReflectionRow)
            if profile_id is not None:
                q = q.where(ReflectionRow.profile_id == profile_id)
            return s.scalar(q) or 0

    def ids_in_start_order(self) -> list[int]:
        """Every reflection's id, oldest start first (what "export all my data" walks)."""
        with self.db.reading() as s:
            return list(s.scalars(select(ReflectionRow.id).order_by(ReflectionRow.started_at, ReflectionRow.id)))

    def start_keys(self) -> set[tuple[str, datetime]]:
        """(instrument id, start time) of every reflection: how an import recognises one it has."""
        with self.db.reading() as s:
            return {(row.instrument_id, row.started_at) for row in s.scalars(select(ReflectionRow))}

    def open_next_steps(self, profile_id: int) -> list[NextStep]:
        """Open steps of finished reflections, soonest due first (undated last)."""
        return home_queries.open_next_steps(self.db.path, profile_id)

    # --- writing answers --------------------------------------------------------------
    def save_answer(self, reflection_id: int, item_id: str, value: int | None,
                    not_applicable: bool = False) -> None:
        """Record a value (1–5) or 'not applicable' for a statement, keeping its note."""
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5):
            raise ValueError(f"answer {value!r} is not a whole number 1–5")
        if value is not None and not_applicable:
            raise ValueError("an answer cannot be both a value and not applicable")
        with self.db.writing() as s:
            self._touch_if_finished(s, reflection_id)  # first: KeyError for a missing reflection
            row = s.get(AnswerRow, (reflection_id, item_id))
            if row is None:
                row = AnswerRow(reflection_id=reflection_id, item_id=item_id, note="")
                s.add(row)
            row.value = value
            row.not_applicable = not_applicable
            row.answered_at = _now()

    def save_note(self, reflection_id: int, item_id: str, note: str) -> None:
        _check_len(note, MAX_NOTE_CHARS, "a note")
        with self.db.writing() as s:
            self._touch_if_finished(s, reflection_id)
            row = s.get(AnswerRow, (reflection_id, item_id))
            if row is None:
                row = AnswerRow(reflection_id=reflection_id, item_id=item_id, value=None,
                                not_applicable=False, answered_at=_now())
                s.add(row)
            row.note = note

    def save_prompt_answer(self, reflection_id: int, prompt_id: str, text: str) -> None:
        _check_len(text, MAX_PROMPT_CHARS, "an answer to a prompt")
        with self.db.writing() as s:
            self._touch_if_finished(s, reflection_id)
            row = s.get(PromptAnswerRow, (reflection_id, prompt_id))
            if row is None:
                row = PromptAnswerRow(reflection_id=reflection_id, prompt_id=prompt_id)
                s.add(row)
            row.text = text
            row.updated_at = _now()

    def set_position(self, reflection_id: int, position: str) -> None:
        with self.db.writing() as s:
            row = s.get(ReflectionRow, reflection_id)
            if row is not None:
                row.position = position[:120]

    def save_next_steps(self, reflection_id: int, steps: list[NextStep]) -> None:
        """Replace the reflection's next steps (at most three) with ``steps``."""
        if len(steps) > MAX_NEXT_STEPS:
            raise ValueError(f"at most {MAX_NEXT_STEPS} next steps")
        with self.db.writing() as s:
            s.execute(delete(NextStepRow).where(NextStepRow.reflection_id == reflection_id))
            for pos, step in enumerate(steps):
                s.add(NextStepRow(
                    reflection_id=reflection_id, position=pos,
                    text=_check_len(step.text, MAX_STEP_CHARS, "a next step"),
                    factor_id=step.factor_id, owner=step.owner.value, due=step.due,
                    status=step.status.value, learned=step.learned))

    def follow_up_step(self, step_id: int, status: StepStatus, learned: str = "") -> None:
        """Record what became of a next step (asked when a later reflection starts)."""
        _check_len(learned, MAX_STEP_CHARS, "what I learned")
        with self.db.writing() as s:
            row = s.get(NextStepRow, step_id)
            if row is None:
                raise KeyError(step_id)
            row.status = status.value
            row.learned = learned
            row.followed_up_at = _now()

    def add_complete(self, profile_id: int, reflections: list[Reflection],
                     instrument: Instrument) -> list[int]:
        """Store whole reflections (sample data, a re-import) in one transaction, scores included."""
        ids = []
        with self.db.writing() as s:
            for r in reflections:
                rr = r.round
                rrow = RoundRow(phase=rr.phase.value, label=rr.label, date=rr.date,
                                team_code=rr.team_code, round_uid=rr.round_uid)
                s.add(rrow)
                s.flush()
                row = ReflectionRow(
                    profile_id=profile_id, round_id=rrow.id, instrument_id=r.instrument_id,
                    instrument_version=r.instrument_version, modules=json.dumps(list(r.modules)),
                    scope=json.dumps(list(r.scope)), started_at=r.started_at, finished_at=r.finished_at,
                    corrected_at=r.corrected_at, position=r.position, form=r.form.value)
                s.add(row)
                s.flush()
                stamp = r.finished_at or r.started_at
                s.add_all(AnswerRow(reflection_id=row.id, item_id=a.item_id, value=a.value,
                                    not_applicable=a.not_applicable,
                                    note=_check_len(a.note, MAX_NOTE_CHARS, "a note"),
                                    answered_at=a.answered_at or stamp)
                          for a in r.answers.values())
                s.add_all(PromptAnswerRow(reflection_id=row.id, prompt_id=pid,
                                          text=_check_len(text, MAX_PROMPT_CHARS, "a prompt answer"),
                                          updated_at=stamp)
                          for pid, text in r.prompt_answers.items())
                s.add_all(NextStepRow(reflection_id=row.id, position=pos,
                                      text=_check_len(st.text, MAX_STEP_CHARS, "a next step"),
                                      factor_id=st.factor_id, owner=st.owner.value, due=st.due,
                                      status=st.status.value, learned=st.learned,
                                      followed_up_at=st.followed_up_at)
                          for pos, st in enumerate(r.next_steps[:MAX_NEXT_STEPS]))
                if r.finished_at is not None:
                    self._write_scores(s, row, factor_scores(instrument, r.scope, r.answers, r.short))
                ids.append(row.id)
            if any((r.instrument_id, r.instrument_version) == (instrument.id, instrument.version)
                   for r in reflections):
                keep_content_copy(s, instrument)
        return ids

    # --- finishing --------------------------------------------------------------------
    def finish(self, reflection_id: int, instrument: Instrument,
               finished_at: datetime | None = None) -> Reflection:
        """Mark finished and store the factor scores, computed by the domain's pure function."""
        with self.db.writing() as s:
            row = s.get(ReflectionRow, reflection_id)
            if row is None:
                raise KeyError(reflection_id)
            if row.finished_at is None:
                row.finished_at = finished_at or _now()
            self._store_scores(s, row, instrument)
        return self.get(reflection_id)

    def _store_scores(self, s: Session, row: ReflectionRow, instrument: Instrument) -> None:
        answers = {
            a.item_id: Answer(a.item_id, a.value, a.note, a.not_applicable)
            for a in s.scalars(select(AnswerRow).where(AnswerRow.reflection_id == row.id))
        }
        s.execute(delete(FactorScoreRow).where(FactorScoreRow.reflection_id == row.id))
        short = row.form == ReflectionForm.SHORT.value
        self._write_scores(s, row, factor_scores(instrument, json.loads(row.scope), answers, short))

    @staticmethod
    def _write_scores(s: Session, row: ReflectionRow, scores: dict[str, FactorScore]) -> None:
        """The factor_scores rows and the same means packed on the reflection row, together."""
        s.add_all(FactorScoreRow(reflection_id=row.id, factor_id=fid, mean=score.mean,
                                 answered=score.answered, total=score.total)
                  for fid, score in scores.items())
        row.score_ids, row.score_means = pack_scores(scores)

    def _touch_if_finished(self, s: Session, reflection_id: int) -> None:
        """A correction to a finished reflection keeps its time; scores are redone on finish()."""
        row = s.get(ReflectionRow, reflection_id)
        if row is None:
            raise KeyError(reflection_id)
        if row.finished_at is not None:
            row.corrected_at = _now()

    # --- a team's workshop and a collated round ------------------------------------------
    def link_round(self, reflection_id: int, round_uid: str | None) -> Reflection:
        """Link a finished TEAM reflection (workshop mode) to a collated round of this database
        afterwards, relink it to another, or unlink it (``round_uid`` None or "").

        Linked, its round carries the collated round's team code and round id, so
        store.workshop.linked_workshops (the team PDF, ``collate --with-workshop``) finds it.
        The reflection keeps its own date and label. Its occasion (phase) follows the linked
        round's phase, exactly as when the round is picked before the workshop starts; unlinking
        keeps the phase it has (there is no earlier one to go back to). Answers, scores and the
        finished/corrected times are untouched: the team's answers are not changed.

        The reflection gets a round row of its own: a row other reflections share is never
        edited, and the old row goes when nothing uses it any more (as in delete()).
        A person's own reflections are never linked (ValueError), nor unfinished ones, nor a
        round this database does not know (ValueError); an unknown reflection is a KeyError."""
        uid = round_uid or ""
        with self.db.writing() as s:
            row = s.get(ReflectionRow, reflection_id)
            if row is None:
                raise KeyError(reflection_id)
            kind = s.scalar(select(ProfileRow.kind).where(ProfileRow.id == row.profile_id))
            if kind != "team":
                raise ValueError("only a team's workshop reflection can be linked to a collated round")
            if row.finished_at is None:
                raise ValueError("only a finished workshop reflection can be linked to a collated round")
            old = s.get(RoundRow, row.round_id)
            assert old is not None  # a foreign key
            if uid:
                team_round = s.get(TeamRoundRow, uid)
                if team_round is None:
                    raise ValueError("no collated round with that id in this database")
                team_code, phase = team_round.team_code, team_round.phase
            else:
                team_code, phase = "", old.phase
            if (old.round_uid, old.team_code, old.phase) != (uid, team_code, phase):
                new = RoundRow(phase=phase, label=old.label, date=old.date, team_code=team_code,
                               round_uid=uid)
                s.add(new)
                s.flush()
                old_id = row.round_id
                row.round_id = new.id
                s.flush()
                _drop_round_if_unused(s, old_id)
        return self.get(reflection_id)

    def join_round(self, reflection_id: int, round_: Round) -> Reflection:
        """One's own finished reflection now belongs to a team round a member was invited to:
        its occasion becomes the round's (team code, round id, phase, label, date), so it can be
        shared with that team. Answers, scores and times are untouched. Only a person's own
        finished reflection (ValueError otherwise; an unknown one is a KeyError)."""
        if not round_.round_uid or not round_.team_code:
            raise ValueError("a team round needs its team code and round id")
        with self.db.writing() as s:
            row = s.get(ReflectionRow, reflection_id)
            if row is None:
                raise KeyError(reflection_id)
            kind = s.scalar(select(ProfileRow.kind).where(ProfileRow.id == row.profile_id))
            if kind == "team" or row.finished_at is None:
                raise ValueError("only one's own finished reflection can be used for a team round")
            new = RoundRow(phase=round_.phase.value, label=round_.label[:200], date=round_.date,
                           team_code=round_.team_code, round_uid=round_.round_uid)
            s.add(new)
            s.flush()
            old_id = row.round_id
            row.round_id = new.id
            s.flush()
            _drop_round_if_unused(s, old_id)
        return self.get(reflection_id)

    def delete(self, reflection_id: int) -> None:
        """Delete a reflection, and record when (recovery then knows an emptied database is
        the user's doing, not damage: store.emptied)."""
        from hype_desktop.store.emptied import DELETION_KEY
        with self.db.writing() as s:
            row = s.get(ReflectionRow, reflection_id)
            if row is not None:
                round_id = row.round_id
                s.delete(row)
                s.flush()
                _drop_round_if_unused(s, round_id)
                s.merge(SettingRow(key=DELETION_KEY, value=_now().replace(microsecond=0).isoformat()))


def _drop_round_if_unused(s: Session, round_id: int) -> None:
    """A round row goes with the last reflection that used it."""
    if not s.scalar(select(func.count()).select_from(ReflectionRow).where(ReflectionRow.round_id == round_id)):
        s.execute(delete(RoundRow).where(RoundRow.id == round_id))


def today() -> date:
    return date.today()
