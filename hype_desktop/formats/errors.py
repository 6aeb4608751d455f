"""Errors about files from outside: each renders as a human message naming the file."""

from __future__ import annotations

from pathlib import Path

from hype_desktop.messages import message


class FileProblem(Exception):
    """A file could not be used; ``render(lang)`` gives a sentence fit to show a user."""

    def __init__(self, path: Path | str, key: str, /, **params: object) -> None:
        # positional-only: a message placeholder may itself be called {key} or {path}
        self.path = Path(path)
        self.key = key
        self.params = params
        super().__init__(self.render("en"))

    def render(self, lang: str | None = None) -> str:
        return f"{self.path.name}: {message(self.key, lang, **self.params)}"
