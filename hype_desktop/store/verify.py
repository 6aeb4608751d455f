"""Reading a whole database from elsewhere (a restored backup, a copied data folder) safely.

open_database() checks the file's structure; a file that is structurally fine can still hold
values this version cannot turn into domain objects (a phase it does not know, a malformed
date). read_everything() reads every reflection the way the views do and turns any such
failure into DamagedDatabase — a plain message, never a traceback.
"""

from __future__ import annotations

import sqlite3

from hype_desktop.paths import DataPaths
from hype_desktop.store.errors import DamagedDatabase


def read_everything(paths: DataPaths) -> int:
    """Open the data folder's database and read all of it; the number of reflections."""
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.models import ReflectionRow
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.store.settings import KEYS, Settings

    db = open_database(paths)
    try:
        store = ReflectionStore(db)
        with db.reading() as s:
            ids = list(s.scalars(select(ReflectionRow.id)))
        profile = store.person_profile()
        for rid in ids:
            store.get(rid)
        store.finished_briefs(profile)
        store.open_next_steps(profile)
        store.unfinished(profile)
        Settings(db).get(KEYS["language"])
        return len(ids)
    except (SQLAlchemyError, sqlite3.Error, ValueError, TypeError, KeyError, OverflowError):
        raise DamagedDatabase("store.damaged", path=paths.database,
                              reason_key="store.reason.unreadable_values") from None
    finally:
        db.close()
