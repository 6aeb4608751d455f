"""Icons from the Phosphor icon font (MIT) through qtawesome (MIT), loaded after the window shows.

Importing qtawesome costs about 0.4 s here (it imports qtpy, which imports most of Qt's
Python modules), more than the whole window takes to appear. So views ask for icons with
``set_icon``: once qtawesome is loaded the icon is set at once; before that the request waits
and all waiting icons are set together shortly after the first window has been painted.
An icon is decoration: every button keeps its text, and its accessible name never depends on it.
"""

from __future__ import annotations

import sys
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

AFTER_FIRST_PAINT_MS = 150
_waiting: list[tuple[weakref.ref[QAbstractButton | QLabel], str, str]] = []
_timer: list[QTimer] = []


def loaded() -> bool:
    return "qtawesome" in sys.modules


def icon(name: str, role: str = "ButtonText") -> QIcon:
    """The Phosphor icon ``name`` (e.g. "house") in the palette colour ``role`` of the theme."""
    import qtawesome

    palette = QApplication.palette()
    colour = palette.color(getattr(palette.ColorRole, role)).name()
    made: QIcon = qtawesome.icon(f"ph.{name}", color=colour, color_disabled=palette.color(
        palette.ColorGroup.Disabled, palette.ColorRole.ButtonText).name())
    return made


def _apply(widget: QAbstractButton | QLabel, name: str, role: str) -> None:
    made = icon(name, role)
    if isinstance(widget, QAbstractButton):
        widget.setIcon(made)
    else:
        size = widget.fontMetrics().height() * 2
        widget.setPixmap(made.pixmap(size, size))
        widget.setFixedSize(size, size)


def set_icon(widget: QAbstractButton | QLabel, name: str, role: str = "ButtonText") -> None:
    """Give a button (or an icon label) an icon now, or as soon as icons are loaded."""
    if loaded():
        _apply(widget, name, role)
        return
    _waiting.append((weakref.ref(widget), name, role))
    if not _timer:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(_load_waiting)
        timer.start(AFTER_FIRST_PAINT_MS)
        _timer.append(timer)


def _load_waiting() -> None:
    _timer.clear()
    waiting = list(_waiting)
    _waiting.clear()
    for ref, name, role in waiting:
        widget = ref()
        if widget is None:
            continue
        try:
            _apply(widget, name, role)
        except RuntimeError:  # the widget was deleted on the C++ side meanwhile
            continue


def load_now() -> None:
    """Set every waiting icon at once (tests and screenshots do not wait for the timer)."""
    _load_waiting()


