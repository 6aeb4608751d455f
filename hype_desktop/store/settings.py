"""App settings kept in the database, as small text values."""

from __future__ import annotations

from hype_desktop.store.engine import Database
from hype_desktop.store.models import SettingRow


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self.db.reading() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def set(self, key: str, value: str) -> None:
        with self.db.writing() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
