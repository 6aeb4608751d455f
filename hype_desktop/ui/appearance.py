"""Theme and zoom, applied to the whole application at once.

The zoom scales the application font (100–200 %) on top of the system font size; the
theme sets a palette on the Fusion style so colours are ours and checked for contrast
(ui/themes.py). "system" follows the platform's dark or light setting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from hype_desktop.store.settings import Settings
from hype_desktop.ui.themes import THEME_CHOICES, THEMES, next_zoom

_ROLE = QPalette.ColorRole


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


def indicator_style(point_size: float) -> str:
    """Radio and check indicators drawn from the palette's text colour, sized with the text.

    Fusion outlines indicators in a shade of the window colour, which nearly vanishes on the
    dark and high-contrast themes, and keeps them small at 200 %; these rules fix both.
    """
    px = max(12, round(point_size * 1.45))
    half = px // 2 + 1
    return (
        f"QRadioButton::indicator, QCheckBox::indicator {{ width: {px}px; height: {px}px; "
        "border: 2px solid palette(window-text); background: palette(base); }"
        f"QRadioButton::indicator {{ border-radius: {half}px; }}"
        "QCheckBox::indicator { border-radius: 3px; }"
        "QRadioButton::indicator:checked { background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, "
        "fx:0.5, fy:0.5, stop:0 palette(highlight), stop:0.55 palette(highlight), "
        "stop:0.6 palette(base), stop:1 palette(base)); }"
        "QCheckBox::indicator:checked { background: palette(highlight); "
        "border: 2px solid palette(window-text); }"
        "QRadioButton::indicator:disabled, QCheckBox::indicator:disabled { border-color: palette(mid); }"
    )


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


class Appearance(QObject):
    """Holds the zoom and theme; ``changed`` tells views to lay themselves out again."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        app = QApplication.instance()
        self._base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        self.zoom = self._read_int("zoom", 100)
        theme = settings.get("theme", "system") or "system"
        self.theme = theme if theme in THEME_CHOICES else "system"
        QApplication.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self._apply()

    def _read_int(self, key: str, default: int) -> int:
        try:
            return int(self.settings.get(key, str(default)) or default)
        except ValueError:
            return default

    def effective_theme(self) -> str:
        if self.theme == "system":
            return "dark" if system_prefers_dark() else "light"
        return self.theme

    def _apply(self) -> None:
        app = QApplication.instance()
        font = QFont(app.font())
        font.setPointSizeF(self._base_point_size * self.zoom / 100)
        app.setFont(font)
        app.setPalette(make_palette(self.effective_theme()))
        app.setStyleSheet(indicator_style(font.pointSizeF()))
        self.changed.emit()

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(100, min(200, percent))
        self.settings.set("zoom", str(self.zoom))
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
        self.settings.set("theme", theme)
        self._apply()

    def _system_scheme_changed(self) -> None:
        if self.theme == "system":
            self._apply()
