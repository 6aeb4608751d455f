"""A ReflectionStore that loads the ORM on first real use.

The home screen's reads (and the workshop report's) go through home_queries (sqlite3
alone), so the window can be up before SQLAlchemy is imported; the first other call builds the real store, and the
app also warms it up on the idle loop right after the window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hype_desktop.domain.reflection import NextStep, Reflection
from hype_desktop.store import home_queries


class LazyReflectionStore:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path)
        self._real: Any = None
        self._db: Any = None

    @property
    def loaded(self) -> bool:
        return self._real is not None

    @property
    def db(self) -> Any:
        """The open Database (SQLAlchemy), without the reflection store: the team rounds need
        the one, not the other. The real store, once built, works on this same Database."""
        if self._db is None:
            from hype_desktop.store.engine import Database
            self._db = Database(self.path)
        return self._db

    def load(self) -> Any:
        """The real ReflectionStore (built on first call)."""
        if self._real is None:
            from hype_desktop.store.reflections import ReflectionStore
            self._real = ReflectionStore(self.db)
        return self._real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.load(), name)

    def person_profile(self) -> int:
        pid = home_queries.person_profile_id(self.path)
        return pid if pid is not None else self.load().person_profile()

    def unfinished(self, profile_id: int) -> Reflection | None:
        return home_queries.unfinished(self.path, profile_id)

    def get(self, reflection_id: int) -> Reflection:
        reflection = home_queries.reflection(self.path, reflection_id)
        if reflection is None:
            raise KeyError(reflection_id)
        return reflection

    def profile_of(self, reflection_id: int) -> int | None:
        return home_queries.profile_of(self.path, reflection_id)

    def finished_briefs(self, profile_id: int) -> list[Reflection]:
        return home_queries.finished_briefs(self.path, profile_id)

    def latest_finished(self, profile_id: int, skip: int = 0, answers: bool = True) -> Reflection | None:
        return home_queries.latest_finished(self.path, profile_id, skip, answers)

    def open_next_steps(self, profile_id: int) -> list[NextStep]:
        return home_queries.open_next_steps(self.path, profile_id)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
