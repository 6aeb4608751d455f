"""Finding a team's workshop reflections (profiles of kind "team") linked to a collated round.

A workshop run in workshop mode can be linked to a collated round: its round then carries the
same team code and round id. Read-only; the reflections themselves are read with ReflectionStore.
"""

from __future__ import annotations

from sqlalchemy import select

from hype_desktop.store.engine import Database
from hype_desktop.store.models import ProfileRow, ReflectionRow, RoundRow


def linked_workshops(db: Database, round_uid: str) -> list[tuple[int, str]]:
    """(reflection id, team name) of the finished team reflections linked to ``round_uid``,
    newest first. Nobody's own reflections are ever listed (kind = "team" only)."""
    if not round_uid:
        return []
    with db.reading() as s:
        rows = s.execute(
            select(ReflectionRow.id, ProfileRow.name)
            .join(RoundRow, ReflectionRow.round_id == RoundRow.id)
            .join(ProfileRow, ReflectionRow.profile_id == ProfileRow.id)
            .where(ProfileRow.kind == "team", RoundRow.round_uid == round_uid,
                   ReflectionRow.finished_at.is_not(None))
            .order_by(ReflectionRow.finished_at.desc(), ReflectionRow.id.desc())).all()
    return [(rid, name) for rid, name in rows]
