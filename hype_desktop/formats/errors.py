"""Errors about files from outside: each renders as a human message naming the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

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

    def __init__(self, path: Path | str, problems: list[Problem], key: str = "file.invalid",
                 heading: str | None = None) -> None:
        self.problems = problems
        self.heading = heading  # a sentence (message key) said before the problems
        super().__init__(path, key)

    def render(self, lang: str | None = None) -> str:
        shown = "; ".join(p.render(lang) for p in self.problems[: self.SHOWN])
        if len(self.problems) > self.SHOWN:
            shown += " …"
        listed = message("file.field_problems", lang, count=len(self.problems), problems=shown)
        if self.heading is not None:
            listed = message(self.heading, lang, problems=listed)
        return f"{printable(self.path.name)}: {listed}"


def would_not_be_read(path: Path | str, model: type[Any], data: object) -> None:
    """For a writer: FieldProblems (nothing is written) when ``model``, the strict model the
    file's reader uses, would refuse ``data``; each problem at its place, in the reader's language."""
    from pydantic import ValidationError

    from hype_desktop.formats.problem_report import from_validation
    try:
        model.model_validate(data)
    except ValidationError as exc:
        raise FieldProblems(path, from_validation(exc), heading="file.would_not_be_read") from None
