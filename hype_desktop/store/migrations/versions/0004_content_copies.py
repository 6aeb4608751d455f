"""A copy of each reflection content (instrument pack id and version) a reflection was made with.

Revision ID: 0004
Revises: 0003

Reflections refer to their content only by ids. When a trainer's preset or pack changes later
(a factor dropped, another pack installed), the stored copy still gives the reflection's
factors their words, so summary, trends, PDFs and continuing an unfinished reflection work
whatever is installed (store/content_copies.py, formats/content_library.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "content_copies",
        sa.Column("instrument_id", sa.String(80), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("stored_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("content_copies")
