"""The factor means of each finished reflection packed on its own row, for the trend view.

Revision ID: 0003
Revises: 0002

See hype_desktop/store/score_pack.py. Existing databases are filled in from factor_scores, in
the same transaction: a failed upgrade leaves the database as it was (and the backup taken
before it).
"""

import math
import struct

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("reflections", sa.Column("score_ids", sa.Text, nullable=False, server_default=""))
    op.add_column("reflections", sa.Column("score_means", sa.LargeBinary, nullable=False,
                                           server_default=sa.text("X''")))
    conn = op.get_bind()
    packed: dict[int, tuple[list[str], list[float]]] = {}
    # The order of factor ids within a pack carries no meaning; rowid order is the order the
    # scores were written in (instrument order), like new packs.
    for rid, fid, mean in conn.execute(sa.text(
            "SELECT reflection_id, factor_id, mean FROM factor_scores ORDER BY reflection_id, rowid")):
        ids, means = packed.setdefault(rid, ([], []))
        ids.append(fid)
        means.append(math.nan if mean is None else float(mean))
    if not packed:
        return
    update = sa.text("UPDATE reflections SET score_ids = :ids, score_means = :means WHERE id = :rid")
    conn.execute(update, [{"rid": rid, "ids": ",".join(ids), "means": struct.pack(f"<{len(m)}d", *m)}
                          for rid, (ids, m) in packed.items()])


def downgrade() -> None:
    with op.batch_alter_table("reflections") as batch:
        batch.drop_column("score_means")
        batch.drop_column("score_ids")
