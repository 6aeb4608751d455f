"""How answering by key behaves (one setting, read by the factor pages and Settings), and
what a statement row needs of its page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hype_desktop.domain.instrument import Factor
    from hype_desktop.domain.reflection import Reflection
    from hype_desktop.store.settings import AppSettings
    from hype_desktop.ui.context import AppContext


class _Settings(Protocol):
    def load(self) -> AppSettings: ...

    def update(self, **changes: object) -> AppSettings: ...


def auto_advance_on(settings: _Settings) -> bool:
    """True (the default) when answering a statement by key moves focus to the next one."""
    return settings.load().auto_advance


def set_auto_advance(settings: _Settings, on: bool) -> None:
    settings.update(auto_advance=on)


class AnsweringPage(Protocol):
    """What a statement row and the open questions need of their factor page (pages.FactorPage)."""

    ctx: AppContext
    reflection: Reflection
    factor: Factor
    body: QWidget

    def answer(self, item_id: str, value: int | None, not_applicable: bool) -> None: ...

    def key_answered(self, row: Any) -> None: ...

    def save_note_later(self, item_id: str, text: str) -> None: ...

    def save_prompt_later(self, prompt_id: str, text: str) -> None: ...

    def flush(self) -> bool: ...
