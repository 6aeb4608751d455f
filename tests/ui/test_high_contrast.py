"""High contrast keeps what the user must see: field outlines (focused or not), progress and
scroll bars, the focus ring. Checked on the pixels Qt draws with the app's stylesheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QScrollBar, QVBoxLayout, QWidget

from hype_desktop.ui.appearance import Appearance
from hype_desktop.ui.themes import STYLE_COLOURS, THEMES, contrast_ratio


@pytest.fixture
def high_contrast(make_ctx):
    ctx = make_ctx()
    appearance = Appearance(ctx.settings)
    appearance.set_theme("high_contrast")
    yield appearance
    appearance.set_theme("light")


def _colours(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def _edge(widget: QWidget) -> str:
    image = widget.grab().toImage()
    return QColor(image.pixel(1, image.height() // 2)).name()


def _panel(qtbot, *widgets: QWidget) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    for w in widgets:
        layout.addWidget(w)
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_unfocused_text_fields_keep_a_visible_border(qtbot, high_contrast):
    line, text, other = QLineEdit(), QPlainTextEdit(), QPushButton("x")
    panel = _panel(qtbot, line, text, other)
    other.setFocus()
    base = THEMES["high_contrast"]["Base"]
    for field in (line, text):
        assert not field.hasFocus()
        edge = _edge(field)
        assert contrast_ratio(edge, base) >= 3.0, (type(field).__name__, edge)
    assert panel.isVisible()


def test_the_focused_field_gets_the_focus_colour(qtbot, high_contrast):
    line, other = QLineEdit(), QLineEdit()
    panel = _panel(qtbot, line, other)
    panel.activateWindow()
    line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(line.hasFocus)
    assert _edge(line) == STYLE_COLOURS["high_contrast"]["Focus"]
    assert _edge(other) == STYLE_COLOURS["high_contrast"]["FieldBorder"]


def test_progress_and_scroll_bars_stay_visible(qtbot, high_contrast):
    progress = QProgressBar()
    progress.setRange(0, 10)
    progress.setValue(5)
    scroll = QScrollBar(Qt.Orientation.Horizontal)
    scroll.setRange(0, 100)
    scroll.setPageStep(20)
    panel = _panel(qtbot, progress, scroll)
    hc = STYLE_COLOURS["high_contrast"]
    assert {hc["Primary"], hc["FieldBorder"]} <= _colours(progress)  # the filled part and the outline
    assert hc["Handle"] in _colours(scroll)
    assert panel.isVisible()
    assert contrast_ratio(hc["Handle"], hc["Track"]) >= 3.0


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_the_chosen_answer_shows_without_colour_and_the_focus_ring_in_the_focus_colour(qtbot, make_ctx, theme):
    """The scale's look is the one stylesheet's (no local sheet): the chosen segment has a thicker
    outline than the others (shape, not only a fill colour) and the focused one the focus ring."""
    from hype_desktop.ui.scale_widget import ScaleWidget
    from hype_desktop.ui.style import stylesheet
    from hype_desktop.ui.themes import BORDER_WIDTH
    appearance = Appearance(make_ctx().settings)
    appearance.set_theme(theme)
    try:
        scale = ScaleWidget("A statement", {v: f"w{v}" for v in range(1, 6)}, "n/a")
        other = QPushButton("x")
        panel = _panel(qtbot, scale, other)
        assert scale.styleSheet() == ""
        rule = next(r for r in stylesheet(theme, 10).splitlines() if r.startswith("QRadioButton#segment:checked"))
        assert "font-weight: bold" in rule and "text-decoration: underline" in rule
        scale.set_value(3, False)
        other.setFocus()
        chosen, plain = (scale.buttons()[i] for i in (2, 1))
        bw = BORDER_WIDTH[theme]
        inside = bw + 1  # inside the plain outline, still on the chosen one's thicker outline

        def at(button, x):
            image = button.grab().toImage()
            return QColor(image.pixel(x, image.height() // 2)).name()
        text, base = THEMES[theme]["Text"], THEMES[theme]["Base"]
        assert at(chosen, inside) == text and at(plain, inside) == base
        panel.activateWindow()
        chosen.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(chosen.hasFocus)
        assert at(chosen, 0) == STYLE_COLOURS[theme]["Focus"]
    finally:
        appearance.set_theme("light")
