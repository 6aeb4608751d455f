"""Which form a reflection used: the full reflection or the quick check-in.

Revision ID: 0006
Revises: 0005

Every existing reflection was a full one, so the column's default says so.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("reflections", sa.Column("form", sa.String(16), nullable=False, server_default="full"))


def downgrade() -> None:
    op.drop_column("reflections", "form")
