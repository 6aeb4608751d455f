"""What the windows are handed by the composition root (app.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QLocale

from hype_desktop.domain.instrument import Instrument
from hype_desktop.paths import DataPaths
from hype_desktop.services import Services
from hype_desktop.store.settings import SettingsService
from hype_desktop.ui.language import LanguageController

if TYPE_CHECKING:
    from hype_desktop.domain.preset import Preset
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.ui.appearance import Appearance


@dataclass
class AppContext:
    services: Services
    instrument: Instrument
    profile_id: int
    language: LanguageController
    appearance: Appearance | None = None
    preset: Preset | None = None  # a trainer's preset, if any

    @property
    def paths(self) -> DataPaths:
        return self.services.paths

    @property
    def store(self) -> ReflectionStore:
        """The reflections (a ReflectionStore, or a LazyReflectionStore standing in for it by
        delegating every call it does not answer itself, hence the cast)."""
        return cast("ReflectionStore", self.services.reflections)

    @property
    def settings(self) -> SettingsService:
        return self.services.settings

    @property
    def lang(self) -> str:
        return self.language.current

    def fmt_score(self, value: float) -> str:
        """A score with the language's decimal separator (3,5 in Finnish and Swedish)."""
        return self.language.locale().toString(value, "f", 1)

    def fmt_date(self, value: date | None) -> str:
        """A date (or a datetime's date) in the language's short form; empty when there is none."""
        if value is None:
            return ""
        return self.language.locale().toString(QDate(value.year, value.month, value.day),
                                               QLocale.FormatType.ShortFormat)
