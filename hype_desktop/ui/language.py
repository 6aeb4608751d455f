"""Switching the UI language at run time, without restart.

Installing a new QTranslator makes Qt send LanguageChange to every widget; each view
re-sets its strings in ``retranslate()``. Instrument texts follow ``current``, and so does
the locale every widget reports to assistive technology (WCAG 3.1.1, language of page).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from hype_desktop.domain.instrument import LANGUAGES
from hype_desktop.paths import resources_dir

_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
_INSTALLED: list[QTranslator] = []  # app-wide: one language at a time, whoever installed it


def _running_app() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translators need a running Qt application")
    return app


def remove_translators() -> None:
    """Back to the source language (English) for the whole application."""
    if not _INSTALLED:
        return
    app = _running_app()
    for t in _INSTALLED:
        app.removeTranslator(t)
    _INSTALLED.clear()


def system_ui_language() -> str:
    for name in QLocale.system().uiLanguages():
        lang = name[:2].lower()
        if lang in LANGUAGES:
            return lang
    return "en"


def language_name(lang: str) -> str:
    """Each language in its own name (how a user recognises it in a list)."""
    return {"fi": "Suomi", "sv": "Svenska", "en": "English"}[lang]


class LanguageController(QObject):
    """Holds the current language and the installed translators."""

    changed = Signal(str)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = "en"
        self._translators: list[QTranslator] = []
        self.apply(lang)

    def locale(self) -> QLocale:
        return QLocale(_LOCALES[self.current])

    def apply(self, lang: str) -> None:
        lang = lang if lang in LANGUAGES else "en"
        app = _running_app()
        remove_translators()
        self._translators = []
        own = QTranslator(self)
        if own.load(str(resources_dir() / "translations" / f"hype_{lang}.qm")):
            self._translators.append(own)
        qt = QTranslator(self)
        if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt)
        self.current = lang
        QLocale.setDefault(self.locale())
        # A widget keeps the locale it was made with; screen readers read each object's
        # locale (AT-SPI GetLocale) to pick the voice, so the open windows follow too.
        for window in QApplication.topLevelWidgets():
            window.setLocale(self.locale())
        for t in self._translators:
            app.installTranslator(t)
            _INSTALLED.append(t)
        self.changed.emit(lang)
