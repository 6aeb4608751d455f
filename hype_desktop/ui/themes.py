"""Design tokens as plain data: colours per theme, spacing, type scale, radii; and the WCAG
contrast ratio used to check them.

Kept free of Qt so the contrast of every theme can be tested as arithmetic: text against its
background must reach 4.5:1 (WCAG AA for normal text), the outlines of fields, the focus ring
and scroll-bar handles 3:1 against what they sit on (WCAG 1.4.11). ``THEMES`` holds palette
roles (ui/appearance.py applies them); ``STYLE_COLOURS`` the colours Qt's palette has no role
for, used by the one stylesheet (ui/style.py) and by the pictures the views draw.
"""

from __future__ import annotations

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "Window": "#f5f6f8", "WindowText": "#212121", "Base": "#ffffff", "AlternateBase": "#eef1f5",
        "Text": "#212121", "Button": "#e6e6e6", "ButtonText": "#1a1a1a", "Highlight": "#0b5cad",
        "HighlightedText": "#ffffff", "ToolTipBase": "#ffffdc", "ToolTipText": "#1a1a1a",
        "PlaceholderText": "#595959", "Link": "#0b4f94", "BrightText": "#ffffff",
        "DisabledText": "#6b6b6b",
    },
    "dark": {
        "Window": "#1c1d20", "WindowText": "#e8e8e8", "Base": "#26272b", "AlternateBase": "#323336",
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

STYLE_COLOURS: dict[str, dict[str, str]] = {
    "light": {
        "Card": "#ffffff", "CardBorder": "#d4d8dd", "FieldBorder": "#6b7280", "Muted": "#5b6169",
        "Primary": "#0b5cad", "PrimaryText": "#ffffff", "PrimaryHover": "#094b8d",
        "Focus": "#c2410c", "Track": "#e3e6ea", "Handle": "#6b7280", "Hover": "#e8f0fa",
        "BandFill": "#e8f0fa", "BandFillAlt": "#d3e2f4", "Marker": "#0b5cad", "Success": "#0a6e55",
    },
    "dark": {
        "Card": "#26272b", "CardBorder": "#3d3f44", "FieldBorder": "#8b9099", "Muted": "#b4b7bd",
        "Primary": "#8ab4f8", "PrimaryText": "#0d1b2a", "PrimaryHover": "#a8c7fa",
        "Focus": "#ffb35c", "Track": "#33353a", "Handle": "#9aa0a8", "Hover": "#2f3b4d",
        "BandFill": "#2f3b4d", "BandFillAlt": "#3c4f6b", "Marker": "#8ab4f8", "Success": "#5fd3a8",
    },
    "high_contrast": {
        "Card": "#000000", "CardBorder": "#ffffff", "FieldBorder": "#ffffff", "Muted": "#ffffff",
        "Primary": "#ffff00", "PrimaryText": "#000000", "PrimaryHover": "#ffffff",
        "Focus": "#00ffff", "Track": "#000000", "Handle": "#ffffff", "Hover": "#1a1a1a",
        "BandFill": "#000000", "BandFillAlt": "#303030", "Marker": "#ffff00", "Success": "#00ff7f",
    },
}

# Spacing in px on a fixed scale of 4s and 8s; the type scale as factors of the body size
# (which the zoom sets); corner radii in px. Fields and outlines are thicker in high contrast.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}
TYPE_SCALE = {"small": 0.9, "body": 1.0, "lead": 1.2, "h3": 1.15, "h2": 1.35, "h1": 1.7}
RADIUS = {"s": 4, "m": 6, "l": 10}
BORDER_WIDTH = {"light": 1, "dark": 1, "high_contrast": 2}
READABLE_WIDTH = 860  # px of a centred column at 100 % text; grows with the zoom

# (foreground, background) pairs that carry text.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"), ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"), ("ToolTipText", "ToolTipBase"), ("PlaceholderText", "Base"),
    ("Link", "Base"), ("DisabledText", "Window"),
)

# (style colour, background) pairs that carry text (in STYLE_COLOURS, with THEMES as fallback).
STYLE_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("Muted", "Window"), ("Muted", "Card"), ("PrimaryText", "Primary"), ("Text", "Card"),
    ("Text", "BandFill"), ("Text", "Hover"), ("Success", "Card"),
)
# (outline, background) pairs that must reach 3:1 (field borders, focus ring, handles, marker).
OUTLINE_PAIRS: tuple[tuple[str, str], ...] = (
    ("FieldBorder", "Base"), ("Focus", "Window"), ("Focus", "Base"), ("Handle", "Track"),
    ("Handle", "Window"), ("Marker", "BandFill"), ("Marker", "BandFillAlt"), ("Primary", "Window"),
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


def colour(theme: str, name: str) -> str:
    """A token by name: a style colour, else a palette role of the theme."""
    return STYLE_COLOURS[theme].get(name) or THEMES[theme][name]


def next_zoom(current: int, step: int) -> int:
    """The next zoom level up (step +1) or down (step -1), within 100–200 %."""
    levels = list(ZOOM_STEPS)
    if current not in levels:
        current = min(levels, key=lambda z: abs(z - current))
    index = max(0, min(len(levels) - 1, levels.index(current) + step))
    return levels[index]
