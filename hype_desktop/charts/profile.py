"""Profile bars: a reflection's factor scores on the 1–5 scale, optionally beside an earlier one.

Callers hand in plain labels and scores; the module draws into a matplotlib ``Figure``
(no pyplot, no global state). matplotlib is imported inside the functions only, so importing
this module is cheap. A missing score (None) shows a text, never a zero-length bar read as 1.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from hype_desktop.charts.style import LIGHT, SCALE_MAX, SCALE_MIN, ChartTheme, literal, wrap

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

WRAP_LEGEND = 34
WRAP_AXIS_LABEL = 30


def _default_value_text(value: float) -> str:
    return f"{value:.1f}"


def new_figure(size: tuple[float, float], theme: ChartTheme = LIGHT) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=size, layout="constrained", facecolor=theme.background)


def draw_profile(fig: Figure, labels: Sequence[str], current: Sequence[float | None],
                 earlier: Sequence[float | None] | None = None, *, current_label: str = "",
                 earlier_label: str = "", title: str = "", missing_text: str = "–",
                 value_text: Callable[[float], str] = _default_value_text,
                 theme: ChartTheme = LIGHT) -> None:
    """Draw horizontal 1–5 bars into ``fig`` (cleared first); earlier bars are hatched."""
    if len(current) != len(labels) or (earlier is not None and len(earlier) != len(labels)):
        raise ValueError("labels, current and earlier must have the same length")
    fig.clear()
    fig.set_facecolor(theme.background)
    ax = fig.add_subplot()
    ax.set_facecolor(theme.background)
    n = len(labels)
    series: list[tuple[Sequence[float | None], str, dict[str, Any]]] = [
        (current, current_label, {"color": theme.series[0], "hatch": None})]
    if earlier is not None:
        series.append((earlier, earlier_label, {"color": theme.series[3], "hatch": "///"}))
    height = 0.8 / len(series)
    fontsize = theme.font(8 if n <= 12 else 7)
    for s_index, (values, label, style) in enumerate(series):
        # The current reflection sits on top of each pair.
        offsets = [i - 0.4 + height * (s_index + 0.5) for i in range(n)]
        widths = [(v - SCALE_MIN) if v is not None else 0.0 for v in values]
        ax.barh(offsets, widths, left=SCALE_MIN, height=height * 0.92, color=style["color"],
                hatch=style["hatch"], edgecolor=theme.background if style["hatch"] is None else theme.muted,
                linewidth=0.5, label=wrap(label, WRAP_LEGEND) if label else None)
        for y, v in zip(offsets, values):
            if v is None:
                ax.text(SCALE_MIN + 0.05, y, literal(missing_text), va="center", ha="left",
                        fontsize=fontsize, color=theme.muted, style="italic")
            else:
                ax.plot([v], [y], marker="|", color=theme.text, markersize=height * 14)
                ax.text(v + 0.05, y, literal(value_text(v)), va="center", ha="left",
                        fontsize=fontsize, color=theme.text)
    ax.set_yticks(range(n), [wrap(lbl, WRAP_AXIS_LABEL) for lbl in labels], fontsize=fontsize)
    ax.invert_yaxis()  # first label at the top, in reading order
    ax.set_xlim(SCALE_MIN, SCALE_MAX + 0.45)
    ax.set_xticks(range(SCALE_MIN, SCALE_MAX + 1))
    ax.tick_params(axis="x", labelsize=theme.font(8))
    ax.tick_params(colors=theme.text, labelcolor=theme.text)
    ax.grid(axis="x", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.spines[["left", "bottom"]].set_color(theme.muted)
    if title:
        ax.set_title(wrap(title, 70), fontsize=theme.font(10), loc="left", color=theme.text)
    if current_label or (earlier is not None and earlier_label):
        fig.legend(loc="outside lower center", ncols=2, fontsize=theme.font(8), frameon=False,
                   labelcolor=theme.text)


def profile_figure(labels: Sequence[str], current: Sequence[float | None],
                   earlier: Sequence[float | None] | None = None, *, current_label: str = "",
                   earlier_label: str = "", title: str = "",
                   size: tuple[float, float] = (7.0, 3.6), missing_text: str = "–",
                   value_text: Callable[[float], str] = _default_value_text,
                   theme: ChartTheme = LIGHT) -> Figure:
    """A new figure of horizontal bars on the 1–5 scale; a missing score shows ``missing_text``.

    ``value_text`` formats the number at the end of each bar (pass a locale formatter, e.g. for a
    decimal comma); ``missing_text`` is what a missing score shows (e.g. a translated "no score").
    """
    fig = new_figure(size, theme)
    draw_profile(fig, labels, current, earlier, current_label=current_label,
                 earlier_label=earlier_label, title=title, missing_text=missing_text,
                 value_text=value_text, theme=theme)
    return fig


def profile_height(n_labels: int, comparing: bool = True) -> float:
    """A figure height (inches) that keeps ``n_labels`` wrapped labels readable."""
    per = 0.55 if comparing else 0.38
    return max(2.4, 0.9 + per * n_labels)
