"""Sealed rounds: the collator's round keys with their release log, and the invitations a member
opened (the key their shares are sealed to and summaries are checked against).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "round_keys",
        sa.Column("round_uid", sa.String(32), primary_key=True),
        sa.Column("team_code", sa.String(64), nullable=False),
        sa.Column("secret", sa.Text, nullable=False),
        sa.Column("invitation", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "round_releases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_uid", sa.String(32), nullable=False, index=True),
        sa.Column("released_at", sa.DateTime, nullable=False),
        sa.Column("people", sa.Text, nullable=False),
        sa.UniqueConstraint("round_uid", "people", name="uq_round_releases_people"),
    )
    op.create_table(
        "member_invitations",
        sa.Column("round_uid", sa.String(32), primary_key=True),
        sa.Column("invitation", sa.Text, nullable=False),
        sa.Column("opened_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("member_invitations")
    op.drop_table("round_releases")
    op.drop_table("round_keys")
