"""App settings kept in the database: one typed model, its defaults, and the table they live in.

``AppSettings`` names every setting a user can change, with its type and default, in this
one place; ``SettingsService`` reads them all at once and writes the ones that changed. A value
that cannot be read back as its type (an older app's, or a hand-edited database) falls back to
the default rather than stopping the app.

Read at start-up (language, theme, zoom) before anything else, so this uses the sqlite3
module directly rather than the ORM; writes begin IMMEDIATE like every other write.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Protocol

BUSY_TIMEOUT_S = 10.0


class _HasPath(Protocol):
    path: Path


@dataclass(frozen=True)
class AppSettings:
    """Every setting a user can change, with its default."""

    language: str | None = None  # None: the preset's language, else the system's
    theme: str = "system"
    zoom: int = 100  # percent of the system's font size
    keep_daily: int = 7  # automatic backups kept: one per day for this many days …
    keep_weekly: int = 8  # … and one per week for this many weeks
    auto_advance: bool = True  # answering by key moves on to the next statement
    report_display_name: str = ""  # the name on a PDF's cover; empty: no name


# The database key of each setting; a key once used must keep its meaning (exports carry them).
KEYS: dict[str, str] = {
    "language": "language",
    "theme": "theme",
    "zoom": "zoom",
    "keep_daily": "backup.keep_daily",
    "keep_weekly": "backup.keep_weekly",
    "auto_advance": "answer.auto_advance",
    "report_display_name": "report.display_name",
}
DEFAULTS = AppSettings()


def _parse(name: str, text: str) -> Any:
    """``text`` from the database as the type of setting ``name``'s default; ValueError if not."""
    default = getattr(DEFAULTS, name)
    if isinstance(default, bool):
        if text not in ("0", "1"):
            raise ValueError(text)
        return text == "1"
    if isinstance(default, int):
        return int(text)
    return text


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def settings_from(rows: dict[str, str]) -> AppSettings:
    """The typed settings from the table's key/value rows (defaults for missing or unreadable ones)."""
    values: dict[str, Any] = {}
    for f in fields(AppSettings):
        text = rows.get(KEYS[f.name])
        if text is None:
            continue
        try:
            values[f.name] = _parse(f.name, text)
        except ValueError:
            continue
    return replace(DEFAULTS, **values)


class Settings:
    """The settings table as text keys and values (the typed view is ``SettingsService``)."""

    def __init__(self, db: _HasPath | Path) -> None:
        self.path = Path(db) if isinstance(db, (str, Path)) else db.path

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        con.execute("PRAGMA synchronous=FULL")
        return con

    def get(self, key: str, default: str | None = None) -> str | None:
        con = self._connect()
        try:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
        return row[0] if row else default

    def all(self) -> dict[str, str]:
        con = self._connect()
        try:
            return dict(con.execute("SELECT key, value FROM settings").fetchall())
        finally:
            con.close()

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, str]) -> None:
        """Write ``values`` in one transaction."""
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            con.executemany("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", list(values.items()))
            con.execute("COMMIT")
        finally:
            con.close()


class SettingsService(Settings):
    """The typed settings: ``load()`` reads them all, ``update(zoom=150)`` writes what changed.

    ``get``/``set`` by key stay for the few values that are not user settings (the member's
    pseudonym secret, kept with ``store.team``)."""

    def load(self) -> AppSettings:
        return settings_from(self.all())

    def update(self, **changes: object) -> AppSettings:
        """Write the named settings; None puts one back to its default. An unknown name is a
        programming error (KeyError), a value of the wrong type too (ValueError)."""
        for name, value in changes.items():
            if name not in KEYS:
                raise KeyError(name)
            if value is not None:
                _parse(name, _text(value))  # a value of the wrong type never reaches the database
        self.set_many({KEYS[n]: _text(v) for n, v in changes.items() if v is not None})
        cleared = [KEYS[n] for n, v in changes.items() if v is None]
        if cleared:
            con = self._connect()
            try:
                con.executemany("DELETE FROM settings WHERE key = ?", [(k,) for k in cleared])
            finally:
                con.close()
        return self.load()
