"""What a screen reader needs beyond Qt's defaults: headings, spoken status, window titles.

Qt exposes a QLabel as static text, so a blind user cannot jump between the parts of a
screen; ``make_heading`` gives a label the Heading role through an accessibility factory.
A message drawn in a label or the status bar is never read aloud; ``announce`` speaks it.
The window title is what a screen reader says first when the user switches windows, so
``set_window_title`` names the screen in it.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QWidget,
)

APP_NAME = "HyPe Desktop"

_LEVEL = "a11yHeadingLevel"
_NOTICE = "a11yNotice"
_NOTICE_SHOWN_MS = 8000


class _RoleLabel(QAccessibleWidget, QAccessibleAttributesInterface):
    """A label read by its text under a role of our choosing (heading or notification).

    A heading also reports its level (AT-SPI attribute "level", Orca's "heading level 2") and
    every such label its language, through Qt's attributes interface. Qt asks for that
    interface with ``interface_cast``, which must answer with the address of the C++ object
    that implements it: the second C++ base of this Python object, as a ``VoidPtr`` (a plain
    int is not converted back to a pointer and crashes the bridge).
    """

    def __init__(self, label: QLabel, role: QAccessible.Role) -> None:
        QAccessibleWidget.__init__(self, label, role)
        QAccessibleAttributesInterface.__init__(self)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or _plain(self._label)
        return QAccessibleWidget.text(self, kind)

    # The binding's stub says int; what it passes both ways is a shiboken VoidPtr.
    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        # None (no such interface) must go back as a null pointer, not as None.
        found: shiboken6.VoidPtr | None = QAccessibleWidget.interface_cast(self, kind)  # type: ignore[assignment]
        return shiboken6.VoidPtr(0) if found is None else found

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        keys = [QAccessible.Attribute.Locale]
        if heading_level(self._label):
            keys.append(QAccessible.Attribute.Level)
        return keys

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        if key == QAccessible.Attribute.Level and heading_level(self._label):
            return heading_level(self._label)
        if key == QAccessible.Attribute.Locale:
            return self._label.locale()
        return None


def _plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QLabel):
        return None
    if obj.property(_LEVEL):
        return _RoleLabel(obj, QAccessible.Role.Heading)
    if obj.property(_NOTICE):
        return _RoleLabel(obj, QAccessible.Role.Notification)
    return None


_installed = False


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _refresh(widget: QWidget) -> None:
    """Drop an interface Qt made before the role was set, so the next query uses the factory."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None and not isinstance(iface, _RoleLabel):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))


def make_heading(label: QLabel, level: int = 1) -> QLabel:
    """Expose ``label`` as a heading of ``level``, so a screen reader lists it, says its level
    and jumps to it (H key, or 1–6 for a level)."""
    _install()
    label.setProperty(_LEVEL, max(1, int(level)))
    _refresh(label)
    return label


def heading_level(label: QLabel) -> int:
    """The level ``make_heading`` gave, 0 for a label that is not a heading."""
    return int(label.property(_LEVEL) or 0)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have assistive technology speak ``text`` (saved, failed, finished) without moving focus.

    On Windows and macOS Qt passes an announcement event to the screen reader. Orca before
    version 46 drops AT-SPI announcements, so on Linux the text goes into a notification
    label of the window that appears for a few seconds; Orca reads every notification as
    it appears. Sighted users see the same message where the caller draws it.
    """
    text = " ".join(text.split())
    if not text or widget is None:
        return
    if sys.platform.startswith("linux"):
        _notice_label(widget.window()).show_text(text)
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class _NoticeLabel(QLabel):
    """A one-pixel notification label: read by screen readers, invisible on screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        _install()
        self.setObjectName("a11yNotice")
        self.setProperty(_NOTICE, True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setGeometry(0, 0, 1, 1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("background: transparent; color: transparent;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_text(self, text: str) -> None:
        # Hiding first makes a repeated message appear again, so it is read again.
        self.hide()
        self.setText(text)
        self.setAccessibleName(text)
        self.show()
        self.raise_()
        self._timer.start(_NOTICE_SHOWN_MS)


def _notice_label(window: QWidget) -> _NoticeLabel:
    found = window.findChild(_NoticeLabel, "a11yNotice", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, _NoticeLabel) else _NoticeLabel(window)


def last_announcement(widget: QWidget) -> str:
    """The text last announced in ``widget``'s window on Linux (for tests and diagnostics)."""
    found = widget.window().findChild(_NoticeLabel, "a11yNotice",
                                      Qt.FindChildOption.FindDirectChildrenOnly)
    return found.text() if isinstance(found, _NoticeLabel) else ""


def show_status(window: QMainWindow, text: str, timeout_ms: int = 0) -> None:
    """A message on the window's status bar that a screen reader speaks too (the status bar
    itself is never read out). Not for the frequent "Saved" after each answer."""
    window.statusBar().showMessage(text, timeout_ms)
    announce(window, text)


def set_window_title(widget: QWidget, screen: str) -> None:
    """Name the screen in the window title ("<screen> – HyPe Desktop"), read on every switch."""
    screen = " ".join(screen.split())
    widget.window().setWindowTitle(f"{screen} – {APP_NAME}" if screen else APP_NAME)


def screen_title(view: QWidget) -> str:
    """What a view calls itself: its ``screen_title()`` if it has one, else its first top heading."""
    own = getattr(view, "screen_title", None)
    if callable(own):
        return str(own())
    headings = [label for label in view.findChildren(QLabel)
                if heading_level(label) and not label.isHidden() and label.text().strip()]
    if not headings:
        return ""
    top = min(heading_level(label) for label in headings)
    return next(_plain(label) for label in headings if heading_level(label) == top)


def untab_scroll_areas(root: QWidget) -> None:
    """Scroll areas and a tab strip's scroll arrows are not Tab stops: a screen reader finds
    nothing to read on them, the page still scrolls to each control that takes focus inside
    it, and the arrow keys move along a focused tab strip."""
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for bar in root.findChildren(QTabBar):
        for arrow in bar.findChildren(QAbstractButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: its own, else its text or its label's."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""
