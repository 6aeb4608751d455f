"""ORM tables. Only the store uses them; everything above works with domain objects."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sa_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ProfileRow(Base):
    """A person (this computer's user) or, later, a team reflecting together."""

    __tablename__ = "profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RoundRow(Base):
    __tablename__ = "rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    phase: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[date] = mapped_column(Date)
    team_code: Mapped[str] = mapped_column(String(64), default="")
    round_uid: Mapped[str] = mapped_column(String(64), default="", index=True)


class ReflectionRow(Base):
    __tablename__ = "reflections"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    instrument_id: Mapped[str] = mapped_column(String(80))
    instrument_version: Mapped[int] = mapped_column(Integer)
    modules: Mapped[str] = mapped_column(Text)  # JSON list of module ids
    scope: Mapped[str] = mapped_column(Text)  # JSON list of factor ids, in walking order
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    corrected_at: Mapped[datetime | None] = mapped_column(DateTime)
    position: Mapped[str] = mapped_column(String(120), default="")
    form: Mapped[str] = mapped_column(String(16), default="full", server_default="full")  # ReflectionForm
    # The stored factor means again, packed for reading thousands at once (store/score_pack.py);
    # written together with factor_scores, empty until the reflection is finished.
    score_ids: Mapped[str] = mapped_column(Text, default="", server_default="")
    score_means: Mapped[bytes] = mapped_column(LargeBinary, default=b"", server_default=sa_text("X''"))

    round: Mapped[RoundRow] = relationship(lazy="joined")


class AnswerRow(Base):
    """A statement's answer (1–5, or not applicable) and note; a note may come before the answer."""

    __tablename__ = "answers"
    __table_args__ = (
        CheckConstraint("value IS NULL OR value BETWEEN 1 AND 5", name="ck_answer_value"),
        CheckConstraint("NOT (value IS NOT NULL AND not_applicable)", name="ck_answer_na"),
    )
    reflection_id: Mapped[int] = mapped_column(
        ForeignKey("reflections.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(DateTime)


class PromptAnswerRow(Base):
    __tablename__ = "prompt_answers"
    reflection_id: Mapped[int] = mapped_column(
        ForeignKey("reflections.id", ondelete="CASCADE"), primary_key=True)
    prompt_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class NextStepRow(Base):
    __tablename__ = "next_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int] = mapped_column(
        ForeignKey("reflections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    factor_id: Mapped[str | None] = mapped_column(String(80))
    owner: Mapped[str] = mapped_column(String(16), default="me")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    learned: Mapped[str] = mapped_column(Text, default="")
    followed_up_at: Mapped[datetime | None] = mapped_column(DateTime)


class FactorScoreRow(Base):
    """Scores stored when a reflection is finished, so history and trends read them cheaply."""

    __tablename__ = "factor_scores"
    reflection_id: Mapped[int] = mapped_column(
        ForeignKey("reflections.id", ondelete="CASCADE"), primary_key=True)
    factor_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    mean: Mapped[float | None] = mapped_column(Float)
    answered: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)


class ContentCopyRow(Base):
    """The reflection content (instrument JSON) of one pack id and version, as first used here."""

    __tablename__ = "content_copies"
    instrument_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(DateTime)


class SettingRow(Base):
    """App settings live in the database (no QSettings): one place to back up and erase."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TeamRoundRow(Base):
    """A team round known to this database (a lead's own, or one whose shares were collated)."""

    __tablename__ = "team_rounds"
    round_uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    team_code: Mapped[str] = mapped_column(String(64), index=True)
    phase: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[date] = mapped_column(Date)
    instrument_id: Mapped[str] = mapped_column(String(80))
    instrument_version: Mapped[int] = mapped_column(Integer)
    k_scores: Mapped[int] = mapped_column(Integer, default=3)
    k_detail: Mapped[int] = mapped_column(Integer, default=5)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TeamSubmissionRow(Base):
    """A member's collated share, kept apart from one's own reflections; never shown one by one."""

    __tablename__ = "team_submissions"
    __table_args__ = (UniqueConstraint("round_uid", "pseudonym", name="uq_team_submission_person"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_uid: Mapped[str] = mapped_column(ForeignKey("team_rounds.round_uid", ondelete="CASCADE"))
    pseudonym: Mapped[str] = mapped_column(String(32))
    checksum: Mapped[str] = mapped_column(String(80))
    completed_at: Mapped[str] = mapped_column(String(19))
    content: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class TeamCollationRow(Base):
    """A saved collation: the summary (thresholds applied) and who was in it (pseudonym -> checksum)."""

    __tablename__ = "team_collations"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_uid: Mapped[str] = mapped_column(ForeignKey("team_rounds.round_uid", ondelete="CASCADE"), index=True)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    contributors: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    members: Mapped[str] = mapped_column(Text)


class RoundKeyRow(Base):
    """A round this data folder collates: its secret key and the signed invitation it made."""

    __tablename__ = "round_keys"
    round_uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    team_code: Mapped[str] = mapped_column(String(64))
    secret: Mapped[str] = mapped_column(Text)
    invitation: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RoundReleaseRow(Base):
    """One release of a round's results (summary, PDF, JSON, the Team view): the set of people in
    it (a JSON list of pseudonyms, sorted), so a later release that differs by a few is refused."""

    __tablename__ = "round_releases"
    __table_args__ = (UniqueConstraint("round_uid", "people", name="uq_round_releases_people"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_uid: Mapped[str] = mapped_column(String(32), index=True)
    released_at: Mapped[datetime] = mapped_column(DateTime)
    people: Mapped[str] = mapped_column(Text)


class MemberInvitationRow(Base):
    """An invitation this member opened: shares are sealed to its key, summaries checked with it."""

    __tablename__ = "member_invitations"
    round_uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    invitation: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
