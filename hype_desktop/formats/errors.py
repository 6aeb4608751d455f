"""Errors about files from outside: each renders as a human message naming the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.messages import message, printable

if TYPE_CHECKING:
    from hype_desktop.formats.problem_report import Problem


class FileProblem(Exception):
    """A file could not be used; ``render(lang)`` gives a sentence fit to show a user."""

    def __init__(self, path: Path | str, key: str, /, **params: object) -> None:
        # positional-only: a message placeholder may itself be called {key} or {path}
        self.path = Path(path)
        self.key = key
        self.params = params
        super().__init__(self.render("en"))

    def render(self, lang: str | None = None) -> str:
        return f"{printable(self.path.name)}: {message(self.key, lang, **self.params)}"


class FieldProblems(FileProblem):
    """A file whose fields are wrong: the first few problems, each at its place counted from 1,
    in the reader's language (``problems`` holds them all, for a command that lists every one)."""

    SHOWN = 5

    def __init__(self, path: Path | str, problems: list[Problem], key: str = "file.invalid") -> None:
        self.problems = problems
        super().__init__(path, key)

    def render(self, lang: str | None = None) -> str:
        shown = "; ".join(p.render(lang) for p in self.problems[: self.SHOWN])
        if len(self.problems) > self.SHOWN:
            shown += " …"
        return (f"{printable(self.path.name)}: "
                f"{message('file.field_problems', lang, count=len(self.problems), problems=shown)}")
