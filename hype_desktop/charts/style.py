"""How charts look: the theme's colours, the series styles, and text made safe for matplotlib.

One place for the look of the screen's and the PDFs' charts. A ``ChartTheme`` carries the
colours of the app's theme (light, dark or high contrast, read from the Qt palette by the UI)
and its text size; the PDFs use ``LIGHT`` at 100 %.

Promises:
- every text we draw is literal: ``$`` never starts mathtext (labels may come from packs);
- series colours differ in hue (no two blues), and every series also has its own marker and
  line style: colour is never the only cue;
- a point's kind (a full reflection, a quick check-in) has its own marker fill, so a kind
  can be told apart without colour too.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

SCALE_MIN = 1
SCALE_MAX = 5

# Okabe & Ito (2008) hues without sky blue (too near blue) and yellow; green, orange and
# purple darkened so every line reaches 3:1 against a white chart (WCAG 1.4.11, graphics).
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#008060",  # bluish green, darker
    "#9A6200",  # orange, darker (ochre)
    "#A8507F",  # reddish purple, darker
    "#000000",  # black
)
# The same hues lightened for a dark background (black becomes near-white).
ON_DARK: tuple[str, ...] = ("#6CB4EE", "#FF8C4B", "#3FD0A4", "#F5C04A", "#E7A3CB", "#EDEDED")
# High contrast: saturated colours that stay apart on black.
HIGH_CONTRAST: tuple[str, ...] = ("#FFFF00", "#00FFFF", "#FF80FF", "#7CFF4F", "#FFA500", "#FFFFFF")

MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*", "h", "<")
DIRECTION_LINESTYLE = {"higher_better": "-", "higher_strain": "--", "profile": "-."}
DIRECTIONS = frozenset(DIRECTION_LINESTYLE)
# Points by kind: a full reflection is a filled marker, a quick check-in a hollow one.
POINT_KINDS = ("full", "short")


@dataclass(frozen=True)
class ChartTheme:
    """Colours (#rrggbb) and text size of a chart; ``scale`` multiplies every font size."""

    background: str = "#ffffff"
    text: str = "#1a1a1a"
    muted: str = "#444444"  # round marks, secondary text
    grid: str = "#dddddd"
    series: tuple[str, ...] = OKABE_ITO
    scale: float = 1.0

    def font(self, points: float) -> float:
        return points * self.scale


LIGHT = ChartTheme()
DARK = ChartTheme("#2a2b2e", "#ececec", "#c8c8c8", "#4a4b4e", ON_DARK)
CONTRAST = ChartTheme("#000000", "#ffffff", "#ffffff", "#8a8a8a", HIGH_CONTRAST)


def theme_for(background: str, text: str, *, high_contrast: bool = False, scale: float = 1.0) -> ChartTheme:
    """A chart theme for a window of these colours: dark series on light, light on dark."""
    if high_contrast:
        base = CONTRAST
    else:
        base = DARK if _lightness(background) < 0.5 else LIGHT
    muted = base.muted if high_contrast else _mix(text, background, 0.75)
    return ChartTheme(background, text, muted, base.grid if high_contrast else _mix(text, background, 0.2),
                      base.series, scale)


def contrast_ratio_of(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours (1.0 to 21.0)."""
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _lightness(colour: str) -> float:
    value = colour.lstrip("#")
    r, g, b = (int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _mix(a: str, b: str, share_a: float) -> str:
    """``a`` and ``b`` mixed, ``share_a`` of ``a`` (for grid lines and secondary text)."""
    ca = [int(a.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    cb = [int(b.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x * share_a + y * (1 - share_a)):02x}" for x, y in zip(ca, cb))


def series_style(index: int, direction: str = "higher_better",
                 theme: ChartTheme = LIGHT) -> dict[str, str]:
    """Colour, marker and line style of the ``index``-th series."""
    return {
        "color": theme.series[index % len(theme.series)],
        "marker": MARKERS[index % len(MARKERS)],
        "linestyle": DIRECTION_LINESTYLE.get(direction, "-"),
    }


def literal(text: str) -> str:
    """``text`` made safe for matplotlib: every ``$`` is escaped, so mathtext never starts.

    matplotlib turns ``\\$`` back into ``$`` when it draws, so the text shows as written.
    """
    return text.replace("$", r"\$")


def wrap(text: str, width: int) -> str:
    """Wrap long (e.g. Finnish) names onto several lines; literal afterwards."""
    lines = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=True)
    return literal("\n".join(lines) if lines else "")


def short(text: str, width: int) -> str:
    """One line of at most ``width`` characters (an ellipsis marks a cut); literal.

    A closing parenthesis part, e.g. "(higher = more strain)", is what tells how to read the
    line: it is kept whole and the name before it is shortened instead.
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return literal(text)
    if text.endswith(")") and " (" in text:
        head, tail = text.rsplit(" (", 1)
        room = max(10, width - len(tail) - 2)
        if len(head) > room:
            head = head[:room - 1].rstrip() + "…"
        return literal(f"{head} ({tail}")
    return literal(text[:width - 1].rstrip() + "…")
