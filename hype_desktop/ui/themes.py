"""Colour themes as plain data, and the WCAG contrast ratio used to check them.

Kept free of Qt so the contrast of every theme can be tested as arithmetic: text
against its background must reach 4.5:1 (WCAG AA for normal text).
"""

from __future__ import annotations

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "Window": "#f3f3f3", "WindowText": "#1a1a1a", "Base": "#ffffff", "AlternateBase": "#eef1f5",
        "Text": "#1a1a1a", "Button": "#e6e6e6", "ButtonText": "#1a1a1a", "Highlight": "#0b5cad",
        "HighlightedText": "#ffffff", "ToolTipBase": "#ffffdc", "ToolTipText": "#1a1a1a",
        "PlaceholderText": "#595959", "Link": "#0b4f94", "BrightText": "#ffffff",
        "DisabledText": "#6b6b6b",
    },
    "dark": {
        "Window": "#202124", "WindowText": "#e8e8e8", "Base": "#2a2b2e", "AlternateBase": "#323336",
        "Text": "#ececec", "Button": "#35363a", "ButtonText": "#ececec", "Highlight": "#8ab4f8",
        "HighlightedText": "#101010", "ToolTipBase": "#3c4043", "ToolTipText": "#f1f1f1",
        "PlaceholderText": "#a8a8a8", "Link": "#8ab4f8", "BrightText": "#ffffff",
        "DisabledText": "#9a9a9a",
    },
    "high_contrast": {
        "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000", "AlternateBase": "#1a1a1a",
        "Text": "#ffffff", "Button": "#000000", "ButtonText": "#ffff00", "Highlight": "#ffff00",
        "HighlightedText": "#000000", "ToolTipBase": "#000000", "ToolTipText": "#ffffff",
        "PlaceholderText": "#d0d0d0", "Link": "#00ffff", "BrightText": "#ffffff",
        "DisabledText": "#c0c0c0",
    },
}

# (foreground, background) pairs that carry text.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"), ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"), ("ToolTipText", "ToolTipBase"), ("PlaceholderText", "Base"),
    ("Link", "Base"), ("DisabledText", "Window"),
)

THEME_CHOICES = ("system", "light", "dark", "high_contrast")
ZOOM_STEPS = (100, 110, 125, 150, 175, 200)


def _luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours (1.0 to 21.0)."""
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def next_zoom(current: int, step: int) -> int:
    """The next zoom level up (step +1) or down (step -1), within 100–200 %."""
    levels = list(ZOOM_STEPS)
    if current not in levels:
        current = min(levels, key=lambda z: abs(z - current))
    index = max(0, min(len(levels) - 1, levels.index(current) + step))
    return levels[index]
