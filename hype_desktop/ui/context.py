"""What the windows are handed by the composition root (app.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hype_desktop.domain.instrument import Instrument
from hype_desktop.paths import DataPaths
from hype_desktop.store.settings import Settings
from hype_desktop.ui.language import LanguageController

if TYPE_CHECKING:
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.ui.appearance import Appearance


@dataclass
class AppContext:
    paths: DataPaths
    store: ReflectionStore  # or a LazyReflectionStore standing in for it until first use
    settings: Settings
    instrument: Instrument
    profile_id: int
    language: LanguageController
    appearance: Appearance | None = None
    preset: object | None = None  # hype_desktop.domain.preset.Preset from a trainer, if any

    @property
    def lang(self) -> str:
        return self.language.current

    def fmt_score(self, value: float) -> str:
        """A score with the language's decimal separator (3,5 in Finnish and Swedish)."""
        return self.language.locale().toString(value, "f", 1)

    def fmt_date(self, value) -> str:
        from PySide6.QtCore import QDate, QLocale
        return self.language.locale().toString(QDate(value.year, value.month, value.day),
                                               QLocale.FormatType.ShortFormat)
