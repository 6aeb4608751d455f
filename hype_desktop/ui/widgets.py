"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from hype_desktop.ui.a11y import make_heading


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
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setObjectName("card")
    return frame


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
