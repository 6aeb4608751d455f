"""Initial schema: profiles, rounds, reflections, answers, prompts, next steps, scores, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("phase", sa.String(32), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("team_code", sa.String(64), nullable=False),
        sa.Column("round_uid", sa.String(64), nullable=False),
    )
    op.create_index("ix_rounds_round_uid", "rounds", ["round_uid"])
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("rounds.id"), nullable=False),
        sa.Column("instrument_id", sa.String(80), nullable=False),
        sa.Column("instrument_version", sa.Integer, nullable=False),
        sa.Column("modules", sa.Text, nullable=False),
        sa.Column("scope", sa.Text, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("corrected_at", sa.DateTime),
        sa.Column("position", sa.String(120), nullable=False),
    )
    op.create_index("ix_reflections_profile_id", "reflections", ["profile_id"])
    op.create_index("ix_reflections_round_id", "reflections", ["round_id"])
    op.create_index("ix_reflections_finished_at", "reflections", ["finished_at"])
    op.create_table(
        "answers",
        sa.Column("reflection_id", sa.Integer, sa.ForeignKey("reflections.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("item_id", sa.String(80), primary_key=True),
        sa.Column("value", sa.Integer),
        sa.Column("not_applicable", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("answered_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("value IS NULL OR value BETWEEN 1 AND 5", name="ck_answer_value"),
        sa.CheckConstraint("NOT (value IS NOT NULL AND not_applicable)", name="ck_answer_na"),
    )
    op.create_table(
        "prompt_answers",
        sa.Column("reflection_id", sa.Integer, sa.ForeignKey("reflections.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("prompt_id", sa.String(80), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "next_steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reflection_id", sa.Integer, sa.ForeignKey("reflections.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("factor_id", sa.String(80)),
        sa.Column("owner", sa.String(16), nullable=False),
        sa.Column("due", sa.Date),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("learned", sa.Text, nullable=False),
        sa.Column("followed_up_at", sa.DateTime),
    )
    op.create_index("ix_next_steps_reflection_id", "next_steps", ["reflection_id"])
    op.create_index("ix_next_steps_status", "next_steps", ["status"])
    op.create_table(
        "factor_scores",
        sa.Column("reflection_id", sa.Integer, sa.ForeignKey("reflections.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("factor_id", sa.String(80), primary_key=True),
        sa.Column("mean", sa.Float),
        sa.Column("answered", sa.Integer, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("settings", "factor_scores", "next_steps", "prompt_answers", "answers",
                  "reflections", "rounds", "profiles"):
        op.drop_table(table)
