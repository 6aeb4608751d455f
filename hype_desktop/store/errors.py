"""Known store problems: each renders as a plain-language message (never a traceback)."""

from __future__ import annotations

from hype_desktop.messages import message


class StoreProblem(Exception):
    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.render("en"))

    def render(self, lang: str | None = None) -> str:
        return message(self.key, lang, **self.params)


class NewerDatabase(StoreProblem):
    """The database was written by a newer app version; it is refused untouched."""


class DamagedDatabase(StoreProblem):
    pass


class MigrationFailed(StoreProblem):
    pass
