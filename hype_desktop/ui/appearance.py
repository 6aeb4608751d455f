"""Theme and zoom, applied to the whole application at once.

The zoom scales the application font (100–200 %) on top of the system font size; the
theme sets a palette on the Fusion style and the one stylesheet made from the design tokens
(ui/themes.py, ui/style.py), so colours are ours and checked for contrast. "system" follows
the platform's dark or light setting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from hype_desktop.store.settings import SettingsService
from hype_desktop.ui.style import stylesheet
from hype_desktop.ui.themes import THEME_CHOICES, THEMES, next_zoom

_ROLE = QPalette.ColorRole
_THEME_PROPERTY = "hypeTheme"


def make_palette(name: str) -> QPalette:
    colours = THEMES[name]
    palette = QPalette()
    for role_name, hex_colour in colours.items():
        if role_name == "DisabledText":
            for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(hex_colour))
            continue
        palette.setColor(getattr(_ROLE, role_name), QColor(hex_colour))
    return palette


def current_theme() -> str:
    """The theme in effect now ("light", "dark", "high_contrast"), for widgets that paint."""
    app = QApplication.instance()
    name = app.property(_THEME_PROPERTY) if app is not None else None
    return name if name in THEMES else "light"


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _gui_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the appearance needs a running QApplication")
    return app


class Appearance(QObject):
    """Holds the zoom and theme; ``changed`` tells views to lay themselves out again."""

    changed = Signal()

    def __init__(self, settings: SettingsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        app = _gui_app()
        self._base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        saved = settings.load()
        self.zoom = max(100, min(200, saved.zoom))
        self.theme = saved.theme if saved.theme in THEME_CHOICES else "system"
        QApplication.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self._apply()

    def effective_theme(self) -> str:
        if self.theme == "system":
            return "dark" if system_prefers_dark() else "light"
        return self.theme

    def _apply(self) -> None:
        app = _gui_app()
        font = QFont(app.font())
        font.setPointSizeF(self._base_point_size * self.zoom / 100)
        app.setFont(font)
        app.setProperty(_THEME_PROPERTY, self.effective_theme())
        app.setPalette(make_palette(self.effective_theme()))
        app.setStyleSheet(stylesheet(self.effective_theme(), font.pointSizeF()))
        self.changed.emit()

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(100, min(200, percent))
        self.settings.update(zoom=self.zoom)
        self._apply()

    def zoom_in(self) -> None:
        self.set_zoom(next_zoom(self.zoom, +1))

    def zoom_out(self) -> None:
        self.set_zoom(next_zoom(self.zoom, -1))

    def zoom_reset(self) -> None:
        self.set_zoom(100)

    def set_theme(self, theme: str) -> None:
        if theme not in THEME_CHOICES:
            return
        self.theme = theme
        self.settings.update(theme=theme)
        self._apply()

    def _system_scheme_changed(self) -> None:
        if self.theme == "system":
            self._apply()
