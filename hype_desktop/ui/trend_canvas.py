"""The charts of the trend view on screen: a matplotlib canvas that follows the app's look.

Importing this module imports matplotlib (QtAgg): the main window imports the trend view only
when it first opens. A chart takes its colours from the widget's palette (light, dark or high
contrast) and its text size from the app's zoom (View menu), and draws again when either
changes. Tall charts (many small panels) scroll instead of being squeezed.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygon
from PySide6.QtWidgets import QScrollArea, QWidget

from hype_desktop.charts import trend as trend_chart
from hype_desktop.charts.raster import save_figure
from hype_desktop.charts.style import ChartTheme, series_style, theme_for
from hype_desktop.charts.trend import MarkColumns, TrendLine
from hype_desktop.ui import chart_words
from hype_desktop.ui.appearance import current_theme
from hype_desktop.ui.saved_files import ask_save_path, confirm_saved, default_name
from hype_desktop.ui.themes import THEMES


def chart_theme(zoom: int = 100) -> ChartTheme:
    """The chart colours of the theme in effect (its design tokens, as the stylesheet uses
    them) and the text size of the app's zoom."""
    name = current_theme()
    colours = THEMES[name]
    return theme_for(colours["Base"], colours["Text"], high_contrast=name == "high_contrast",
                     scale=max(1.0, zoom / 100))


class ChartArea(QScrollArea):
    """A figure on a canvas in a scroll area: the canvas is as wide as the area and as tall as
    the figure needs (``set_height_inches``). ``look_changed`` says the palette or the font
    changed: the owner draws again with a new ``chart_theme``."""

    look_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(7.0, 3.6))
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.canvas)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by keyboard, named below

    def set_height_inches(self, inches: float) -> None:
        self.canvas.setMinimumHeight(int(inches * self.figure.dpi))

    def width_inches(self) -> float:
        """The width the figure gets: the area's, less a vertical scroll bar (tall charts)."""
        room = self.maximumViewportSize().width() - self.verticalScrollBar().sizeHint().width()
        return max(room, 200) / self.figure.dpi

    def redraw(self) -> None:
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.look_changed.emit()
        super().changeEvent(event)

    def save_dialog(self, kind: str) -> str | None:
        """Ask where to save the chart (PNG or SVG, from Documents with a name of ``kind`` in the
        UI language), save it and say where; the problem's text when it fails."""
        path = ask_save_path(self, self.tr("Save chart"), default_name(kind, ".png"),
                             self.tr("PNG image (*.png);;SVG image (*.svg)"), (".png", ".svg"))
        if path is None:
            return None
        try:
            save_figure(self.figure, path)
        except OSError as exc:
            return self.tr("Could not save the chart: %1").replace("%1", str(exc))
        confirm_saved(self, path)
        return None


class LinesChart(ChartArea):
    """The lines over time: one small chart per factor (charts/trend.py), as wide as the area
    and as tall as its panels need; drawn again when its size changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawn_size = (0.0, 0.0)

    def needs_layout(self) -> bool:
        """Whether the canvas changed size since the last draw (panels are placed in inches)."""
        w, h = self.figure.get_size_inches()
        return bool(abs(w - self.drawn_size[0]) > 0.1 or abs(h - self.drawn_size[1]) > 0.1)

    def draw_lines(self, lines: list[TrendLine], marks: MarkColumns, theme: ChartTheme) -> None:
        """Panels as tall as they need; the figure fills the area when they need less."""
        dpi = self.figure.dpi
        room = self.maximumViewportSize()
        narrow = self.width_inches()  # with room for a vertical scroll bar
        columns = trend_chart.columns_for(narrow, len(lines)) if lines else 1
        needed = trend_chart.trend_height(len(lines), columns, theme.scale)
        scrolls = needed * dpi > room.height()
        width = narrow if scrolls else max(room.width(), 200) / dpi
        height = max(needed, room.height() / dpi)
        self.set_height_inches(needed)
        self.figure.set_size_inches(width, height)
        self.drawn_size = (width, height)
        trend_chart.draw_trend(self.figure, lines, marks, theme=theme, y_label=self.tr("Score 1–5"),
                               event_label=self.tr("Next step set here"), more_rounds=self.more_rounds)
        self.redraw()
        self.canvas.setAccessibleDescription(lines_in_words(lines))

    def more_rounds(self, n: int) -> str:
        """A merged round mark: how many more rounds it stands for (each is in the table)."""
        return self.tr("+1 more round") if n == 1 else self.tr("+%1 more rounds").replace("%1", str(n))


def lines_in_words(lines: list[TrendLine]) -> str:
    """Each small chart in words: where its line starts and ends, over how many reflections
    (the scores in the UI language's number format, as the table beside it shows them)."""
    locale = QLocale()
    return chart_words.sentences(chart_words.over_time(
        line.label, [locale.toString(float(v), "f", 1) for v in line.y if v == v])  # NaN: no score
        for line in lines)


def style_icon(index: int, direction: str, theme: ChartTheme) -> QIcon:
    """A factor's line as drawn (colour, dash, marker): the factor list shows it as its key."""
    style = series_style(index, direction, theme)
    pix = QPixmap(34, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(style["color"])
    dash = {"-": Qt.PenStyle.SolidLine, "--": Qt.PenStyle.DashLine,
            "-.": Qt.PenStyle.DashDotLine}.get(style["linestyle"], Qt.PenStyle.SolidLine)
    p.setPen(QPen(colour, 2, dash))
    p.drawLine(1, 7, 33, 7)
    p.setPen(QPen(QColor(theme.background), 1))
    p.setBrush(colour)
    marker = style["marker"]
    if marker == "s":
        p.drawRect(12, 2, 10, 10)
    elif marker in ("^", "v", "<"):
        pts = {"^": [(17, 1), (23, 12), (11, 12)], "v": [(11, 2), (23, 2), (17, 13)],
               "<": [(11, 7), (22, 1), (22, 13)]}[marker]
        p.drawPolygon(QPolygon([QPoint(x, y) for x, y in pts]))
    elif marker == "D":
        p.drawPolygon(QPolygon([QPoint(17, 1), QPoint(23, 7), QPoint(17, 13), QPoint(11, 7)]))
    else:
        p.drawEllipse(12, 2, 10, 10)
    p.end()
    return QIcon(pix)
