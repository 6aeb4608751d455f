"""Team work: rounds a lead opened, collated submissions (apart from one's own reflections),
and saved collations (aggregates kept when submissions are deleted).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_rounds",
        sa.Column("round_uid", sa.String(32), primary_key=True),
        sa.Column("team_code", sa.String(64), nullable=False),
        sa.Column("phase", sa.String(32), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("instrument_id", sa.String(80), nullable=False),
        sa.Column("instrument_version", sa.Integer, nullable=False),
        sa.Column("k_scores", sa.Integer, nullable=False),
        sa.Column("k_detail", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_team_rounds_team_code", "team_rounds", ["team_code"])
    op.create_table(
        "team_submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_uid", sa.String(32), sa.ForeignKey("team_rounds.round_uid", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("pseudonym", sa.String(32), nullable=False),
        sa.Column("checksum", sa.String(80), nullable=False),
        sa.Column("completed_at", sa.String(19), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("round_uid", "pseudonym", name="uq_team_submission_person"),
    )
    op.create_table(
        "team_collations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_uid", sa.String(32), sa.ForeignKey("team_rounds.round_uid", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("contributors", sa.Integer, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("members", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("team_collations", "team_submissions", "team_rounds"):
        op.drop_table(table)
