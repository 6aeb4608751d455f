"""A factor's score as a picture: the 1–5 scale in its bands, a dot for now, a ring for before.

The picture never carries meaning alone: the words of the band sit beside it in the views
and the widget's accessible name says score, words and change. Bands are shaded in one calm
hue, alternating, never red or green: a score describes a moment, not a person.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hype_desktop.domain.instrument import Band
from hype_desktop.ui.appearance import current_theme
from hype_desktop.ui.themes import STYLE_COLOURS, THEMES

SCALE_LOW, SCALE_HIGH = 1.0, 5.0


def paint_band(painter: QPainter, area: QRectF, bands: tuple[Band, ...], score: float | None,
               before: float | None) -> None:
    """Draw the 1–5 track in its bands, a ring at ``before`` and a dot at ``score`` into ``area``."""
    theme = current_theme()
    colours = STYLE_COLOURS[theme]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    h = area.height()
    radius = h * 0.32
    track = QRectF(area.left() + radius + 1, area.top() + h * 0.3, area.width() - 2 * radius - 2, h * 0.4)

    def x(value: float) -> float:
        share = (min(SCALE_HIGH, max(SCALE_LOW, value)) - SCALE_LOW) / (SCALE_HIGH - SCALE_LOW)
        return track.left() + share * track.width()

    ranges = sorted((b.low, b.high) for b in bands) or [(SCALE_LOW, SCALE_HIGH)]
    for n, (low, high) in enumerate(ranges):
        right = x(high) if high < SCALE_HIGH else track.right()
        fill = colours["BandFill"] if n % 2 == 0 else colours["BandFillAlt"]
        painter.fillRect(QRectF(x(low), track.top(), max(1.0, right - x(low)), track.height()), QColor(fill))
    outline = QPen(QColor(colours["FieldBorder"] if theme == "high_contrast" else colours["CardBorder"]))
    outline.setWidthF(1.0)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(track)
    centre_y = area.top() + h / 2
    if before is not None:
        ring = QPen(QColor(colours["Muted"]))
        ring.setWidthF(max(1.5, h * 0.08))
        painter.setPen(ring)
        painter.drawEllipse(QPointF(x(before), centre_y), radius * 0.8, radius * 0.8)
    if score is not None:
        painter.setPen(QPen(QColor(THEMES[theme]["Base"]), max(1.5, h * 0.06)))
        painter.setBrush(QColor(colours["Marker"]))
        painter.drawEllipse(QPointF(x(score), centre_y), radius, radius)
    painter.restore()


class BandScale(QWidget):
    """A factor's bands on 1–5 with a marker at ``score`` and a ring at ``before``."""

    def __init__(self, bands: tuple[Band, ...], score: float | None, before: float | None = None,
                 *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bands = bands
        self.score = score
        self.before = before
        self.compact = compact
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text beside it carries the same, readable

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * (8 if self.compact else 14), round(em * (0.9 if self.compact else 1.4)))

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 4, round(em * (0.9 if self.compact else 1.4)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_band(painter, QRectF(self.rect()), self.bands, self.score, self.before)
        painter.end()


class BandDelegate(QStyledItemDelegate):
    """Draws a results table's score cell as the band picture with the score's text beside it.

    The cell's text stays the model's (what a screen reader reads); ``rows`` gives, per row,
    the bands, the score and the score before (None where there is no picture to draw).
    """

    def __init__(self, rows: list[tuple[tuple[Band, ...], float, float | None] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def _picture(self, row: int) -> tuple[tuple[Band, ...], float, float | None] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        picture = self._picture(index.row())
        if picture is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection and focus as for any cell
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(option.rect).adjusted(4, 2, -4, -2)
        text = str(index.data() or "")
        metrics = option.fontMetrics
        text_width = metrics.horizontalAdvance(text) + 8
        em = metrics.height()
        band = QRectF(rect.left(), rect.center().y() - em * 0.6, max(em * 2.0, rect.width() - text_width), em * 1.2)
        bands, score, before = picture
        paint_band(painter, band, bands, score, before)
        painter.save()
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        painter.drawText(QRectF(band.right() + 8, rect.top(), text_width, rect.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if self._picture(index.row()) is None:
            return hint
        em = option.fontMetrics.height()
        return QSize(max(hint.width() + em * 9, em * 11), max(hint.height(), round(em * 1.6)))
