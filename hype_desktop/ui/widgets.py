"""Small building blocks shared by the views."""

from __future__ import annotations

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
