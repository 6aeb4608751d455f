"""A release the app refuses: said in the user's language, and nothing is shown or written."""

from __future__ import annotations

from typing import Any

from hype_desktop.messages import message


class ReleaseRefused(Exception):
    """Why a collation may not release results (messages.py key and its placeholders).

    ``conflicts`` holds the intake's Conflicts when one person has two shares, so a view can
    offer the choice."""

    def __init__(self, key: str, conflicts: list[Any] | None = None, **params: Any) -> None:
        self.key = key
        self.params = params
        self.conflicts = conflicts or []
        super().__init__(self.render("en"))

    def render(self, lang: str | None = None) -> str:
        saved = message("collate.saved_share", lang)
        return message(self.key, lang, **{k: saved if v is None else v for k, v in self.params.items()})
