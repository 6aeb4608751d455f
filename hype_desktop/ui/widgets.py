"""Small building blocks shared by the views."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.ui.a11y import make_heading
from hype_desktop.ui.themes import READABLE_WIDTH, SPACE


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                role: str = "") -> QLabel:
    """A label that never interprets its text as markup (user and pack text is plain)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if role:
        label.setObjectName(role)
    return label


def heading(text: str = "", parent: QWidget | None = None, size: float = 1.35,
            level: int = 1) -> QLabel:
    """A bold label that screen readers list and navigate as a heading (read by its text)."""
    label = make_heading(plain_label(text, parent), level)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    return label


def card(parent: QWidget | None = None) -> QFrame:
    """A framed group (the stylesheet draws it: background, outline, rounded corners)."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setObjectName("card")
    return frame


def card_with_layout(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A card and its vertical layout with the token padding."""
    frame = card(parent)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(SPACE["l"], SPACE["l"], SPACE["l"], SPACE["l"])
    layout.setSpacing(SPACE["s"])
    return frame, layout


def primary_button(text: str = "", parent: QWidget | None = None) -> QPushButton:
    """The one main action of a screen (the stylesheet fills it with the primary colour)."""
    button = QPushButton(text, parent)
    button.setProperty("primary", True)
    return button


def readable_width(widget: QWidget) -> int:
    """The width of a column of comfortable reading at the widget's text size (grows with zoom)."""
    return round(READABLE_WIDTH * widget.fontInfo().pixelSize() / 13)


def centred_column(scroll: QScrollArea, body: QWidget) -> None:
    """Put ``body`` into ``scroll`` as a column of readable width, centred on wide windows.

    The column never needs a horizontal scroll bar: it shrinks with the window and its
    texts wrap.
    """
    page = QWidget()
    row = QHBoxLayout(page)
    row.setContentsMargins(SPACE["l"], SPACE["l"], SPACE["l"], SPACE["l"])
    row.addStretch(1)
    body.setMaximumWidth(readable_width(body))
    row.addWidget(body, 100)
    row.addStretch(1)
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)


class _Column(QWidget):
    """A column whose widest is ``scale`` readable widths at the current text size (zoom follows)."""

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        self._fit()

    def _fit(self) -> None:
        self.setMaximumWidth(round(readable_width(self) * self.scale))

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange, QEvent.Type.Polish):
            self._fit()
        return super().event(event)


def centred_page(view: QWidget, scale: float = 1.0) -> QVBoxLayout:
    """Lay ``view`` out as one column, centred on wide windows, and return the column's layout.

    For views that fill the window with a table or charts rather than scroll (history, change
    over time, team results): ``scale`` widens the column beyond a readable line for charts and
    tables, yet on a 1920-pixel screen the content is never a full-width strip.
    """
    outer = QHBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    column = _Column(scale)
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    return QVBoxLayout(column)


WIDE = 1.7  # charts and wide tables: about 1,460 px at 100 % text, full width on a 1366 screen


@runtime_checkable
class Retranslatable(Protocol):
    """Anything that can set its texts again in the current language."""

    def retranslate(self) -> None: ...


class Retranslating:
    """Mixed in before the Qt class: on a language change, ``retranslate()`` re-sets the texts.

    Installing a translator sends LanguageChange to every widget; this is the one place
    that turns it into a call, so each view only says what its texts are.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError
