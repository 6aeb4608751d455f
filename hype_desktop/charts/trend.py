"""Change over time as small multiples: one small chart per factor on a shared time axis.

A long history (40 reflections, or 5,000) stays readable: each factor has its own panel with
its name above it, so no line hides another and no legend is needed; every panel shares the
time axis, so a moment reads across all of them. Workshop rounds are dotted lines through
every panel, named once in a strip above: marks closer than a label's width merge into one
that says how many more rounds it stands for (the table lists every one).

Callers hand in plain series data; the module draws into a matplotlib ``Figure`` placed by
fixed margins in inches (no layout engine measuring every text on every draw). matplotlib and
numpy are imported inside the functions only, so importing this module is cheap. Scores are on
the 1–5 scale; a missing score (NaN or None) is a gap, never a zero.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from hype_desktop.charts.style import LIGHT, SCALE_MAX, SCALE_MIN, ChartTheme, literal, series_style, short, wrap

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from numpy.typing import NDArray

_EPOCH = datetime(1970, 1, 1)
MAX_DRAWN_POINTS = 300  # more points than this on one panel become time bins
MAX_MARKERS_PER_LINE = 60  # more markers are thinned (the line keeps every point)
MAX_EVENTS_PER_LINE = 80  # next-step rings per panel
RINGS_GID = "next-step-rings"  # each panel's collection of next-step rings
PANEL_GID = "factor-panel"  # a factor's panel (the strips above them name the rounds)
EVENT_STYLE: dict[str, Any] = {"marker": "o", "markersize": 11, "markerfacecolor": "none",
                               "markeredgewidth": 1.6, "linestyle": "none"}
PANEL_INCHES = 1.55  # a panel's height with its title
COLUMN_MIN_INCHES = 4.2  # a panel is at least this wide: more columns only when they fit


def date_number(when: datetime) -> float:
    """matplotlib's date number (days since 1970-01-01) of a naive datetime."""
    return (when - _EPOCH).total_seconds() / 86400.0


@dataclass(frozen=True)
class TrendLine:
    """One factor's scores over time: ``x`` date numbers in time order, ``y`` scores (NaN:
    missing). ``short`` marks points of quick check-ins (drawn hollow); ``event_x``/``event_y``
    are next steps set on the line (NaN score: drawn just under the scale)."""

    label: str  # drawn literally (no mathtext)
    x: Any = field(repr=False)
    y: Any = field(repr=False)
    direction: str = "higher_better"  # "higher_better" | "higher_strain" | "profile"
    style_index: int = 0  # keeps a factor's colour and marker when others come and go
    event_x: Any = field(default=None, repr=False)
    event_y: Any = field(default=None, repr=False)
    short: Any = field(default=None, repr=False)  # bool per point: a quick check-in

    @classmethod
    def from_points(cls, label: str, points: Sequence[tuple[datetime, float | None]],
                    direction: str = "higher_better", style_index: int = 0) -> TrendLine:
        """A line from (datetime, score or None) points in any order."""
        import numpy as np

        pts = sorted(points, key=lambda p: p[0])
        x = np.fromiter((date_number(t) for t, _ in pts), float, len(pts))
        y = np.fromiter((math.nan if v is None else v for _, v in pts), float, len(pts))
        return cls(label, x, y, direction, style_index)

    @property
    def empty(self) -> bool:
        return len(self.x) == 0


@dataclass(frozen=True)
class MarkColumns:
    """Round marks as columns (a long history has thousands of rounds): ``x`` their date
    numbers (any order), ``labels`` one per mark."""

    x: Any = field(repr=False)
    labels: Sequence[str] = field(repr=False)

    @classmethod
    def of(cls, marks: Sequence[tuple[datetime, str]]) -> MarkColumns:
        return cls([date_number(when) for when, _label in marks], [label for _when, label in marks])


def aggregate_xy(x: NDArray[Any], y: NDArray[Any],
                 max_points: int = MAX_DRAWN_POINTS) -> tuple[NDArray[Any], NDArray[Any]]:
    """Vectorised time binning of sorted date numbers ``x`` and scores ``y`` (NaN = missing).

    More points than ``max_points`` become equal-width time bins: each bin's mean score
    (NaN when none in it has a score: a gap stays a gap) at the middle of its first and last
    time. Returned unchanged when short.
    """
    import numpy as np

    n = len(x)
    if n <= max_points:
        return x, y
    width = max((x[-1] - x[0]) / max_points, 1.0 / 86400)
    k = np.minimum(((x - x[0]) // width).astype(np.int64), max_points - 1)
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    ends = np.r_[starts[1:], n] - 1
    mid = x[starts] + (x[ends] - x[starts]) / 2
    valid = ~np.isnan(y)
    sums = np.add.reduceat(np.where(valid, y, 0.0), starts)
    counts = np.add.reduceat(valid.astype(np.int64), starts)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(counts > 0, sums / counts, np.nan)
    return mid, means


def aggregate_points(points: Sequence[tuple[datetime, float | None]],
                     max_points: int = MAX_DRAWN_POINTS) -> list[tuple[datetime, float | None]]:
    """``aggregate_xy`` for (datetime, score or None) points: sorted input, same rules."""
    if len(points) <= max_points:
        return list(points)
    line = TrendLine.from_points("", points)
    mx, my = aggregate_xy(line.x, line.y, max_points)
    return [(_EPOCH + timedelta(days=float(t)), None if math.isnan(v) else float(v))
            for t, v in zip(mx, my)]


def marker_indices(y: NDArray[Any]) -> list[int]:
    """Which points get a marker: all when few; else every k-th plus every isolated point."""
    import numpy as np

    present = ~np.isnan(y)
    idx = np.flatnonzero(present)
    if len(idx) <= MAX_MARKERS_PER_LINE:
        return [int(i) for i in idx]
    step = -(-len(idx) // MAX_MARKERS_PER_LINE)
    # a point with gaps on both sides has no line: it must keep its marker
    isolated = present & ~np.r_[False, present[:-1]] & ~np.r_[present[1:], False]
    chosen = np.zeros(len(y), dtype=bool)
    chosen[idx[::step]] = True
    chosen |= isolated
    return [int(i) for i in np.flatnonzero(chosen)]


def merged_marks(marks: MarkColumns, span: float, min_gap: float) -> list[tuple[float, str, int]]:
    """Marks as they are labelled: (date number, label, how many marks) in time order.

    A mark joins the group of the one before when it is less than ``min_gap`` days after the
    group's first; the group shows its first mark's label. Found by binary search (thousands of
    marks, few groups).
    """
    import numpy as np

    x = np.asarray(marks.x, dtype=float)
    order = np.argsort(x, kind="stable")
    t = x[order]
    out: list[tuple[float, str, int]] = []
    i, n = 0, len(t)
    while i < n:
        j = n if span <= 0 else max(i + 1, int(np.searchsorted(t, t[i] + min_gap, side="left")))
        out.append((float(t[i]), marks.labels[int(order[i])], j - i))
        i = j
    return out


def panels(fig: Figure) -> list[Axes]:
    """The factor panels of a figure ``draw_trend`` drew, in the order of its lines."""
    return [ax for ax in fig.axes if ax.get_gid() == PANEL_GID]


def _placed(merged: list[tuple[float, str, int]], end: float,
            label_days: float) -> list[tuple[float, str, int, bool]]:
    """Where the round names go: (date number, label, marks it stands for, hangs left). A name
    that would run past the end of its column hangs to the left of its mark; if it would then
    cover the name before it, the two marks share that name (its count grows)."""
    out: list[tuple[float, str, int, bool]] = []
    for at, label, count in merged:
        hang_left = at + label_days > end
        if out and hang_left and at - label_days < out[-1][0] + (0 if out[-1][3] else label_days):
            first, name, before, hung = out[-1]
            out[-1] = (first, name, before + count, hung)
            continue
        out.append((at, label, count, hang_left))
    return out


def trend_height(panels: int, columns: int, scale: float = 1.0) -> float:
    """The figure height (inches) that gives each of ``panels`` panels room to read."""
    rows = max(1, -(-panels // max(columns, 1)))
    return _strip(scale) + _bottom(scale) + rows * PANEL_INCHES * max(1.0, scale)


def columns_for(width_inches: float, panels: int) -> int:
    """As many columns as fit at ``COLUMN_MIN_INCHES`` each (at most three, at most one per panel)."""
    return max(1, min(3, panels, int(width_inches // COLUMN_MIN_INCHES)))


def _strip(scale: float) -> float:
    return 0.42 * scale  # the round names above the panels: two lines of small text


def _bottom(scale: float) -> float:
    return 0.38 * scale  # the dates under the last row


def draw_trend(fig: Figure, lines: Sequence[TrendLine], marks: MarkColumns | None = None, *,
               theme: ChartTheme = LIGHT, y_label: str = "", event_label: str = "",
               more_rounds: Callable[[int], str] = lambda n: f"+{n}") -> list[Axes]:
    """Draw one panel per line into ``fig`` (cleared first), as many columns as fit its width.

    Returns the panels in the order of ``lines`` (an empty line gets a panel without points).
    ``more_rounds(n)`` words a merged round mark ("+4 more rounds"); ``event_label`` names the
    rings of next steps (drawn where a step was set). The strip above the panels is the
    figure's first axes.
    """
    fig.clear()
    fig.set_facecolor(theme.background)
    width, height = fig.get_size_inches()
    n = len(lines)
    columns = columns_for(width, n) if n else 1
    rows = max(1, -(-n // columns))
    left, right, gap_x = 0.55 * theme.scale, 0.2, 0.45 * theme.scale
    strip, bottom = _strip(theme.scale), _bottom(theme.scale)
    title_h = 0.36 * theme.scale  # two lines of a panel's name
    row_h = max((height - strip - bottom) / rows, title_h + 0.3)
    col_w = max((width - left - right - gap_x * (columns - 1)) / columns, 0.5)

    def box(x0: float, y0: float, w: float, h: float) -> tuple[float, float, float, float]:
        return (x0 / width, y0 / height, w / width, h / height)

    # A strip above each column names the rounds; the first is the axes every panel shares x with.
    strips = [fig.add_axes(box(left + c * (col_w + gap_x), height - strip, col_w, strip)) for c in range(columns)]
    for ax in strips[1:]:
        ax.sharex(strips[0])
    for ax in strips:
        ax.set_axis_off()
    panels: list[Axes] = []
    title_chars = max(12, int(col_w * 72 / (theme.font(8) * 0.55)))
    start = end = None
    for line in lines:
        if not line.empty:
            start = line.x[0] if start is None else min(start, line.x[0])
            end = line.x[-1] if end is None else max(end, line.x[-1])
    for i, line in enumerate(lines):
        row, col = divmod(i, columns)
        y0 = height - strip - (row + 1) * row_h
        ax = fig.add_axes(box(left + col * (col_w + gap_x), y0 + 0.05, col_w, row_h - title_h - 0.05),
                          sharex=strips[0])
        ax.set_gid(PANEL_GID)
        panels.append(ax)
        _panel(ax, line, theme, title_chars, last_row=row == rows - 1 or i + columns >= n,
               y_label=y_label if col == 0 else "")
    if start is None or end is None:
        strips[0].set_xlim(0, 1)
        for ax in panels:
            ax.set_xticks([])
        return panels
    span = end - start
    if span == 0:  # one moment only: give the axis some width around it
        strips[0].set_xlim(start - 3, end + 3)
    else:
        strips[0].set_xlim(start - span * 0.01, end + span * 0.01)
    lo, hi = strips[0].get_xlim()
    if marks is not None and len(marks.labels):
        label_in = 1.3 * theme.scale  # a round's name needs about this much room
        merged = merged_marks(marks, span, label_in * (hi - lo) / col_w)
        xs = [at for at, _label, _count in merged]
        for ax in panels:
            ax.vlines(xs, 0, 1, transform=ax.get_xaxis_transform(), colors=theme.muted,
                      linewidths=0.8, linestyles=":", zorder=0)
        chars = max(8, int(label_in * 72 / (theme.font(7) * 0.55)))
        for at, label, count, hang_left in _placed(merged, hi, label_in * (hi - lo) / col_w):
            text = short(label, chars)
            if count > 1:
                text += "\n" + literal(more_rounds(count - 1))
            for ax in strips:
                ax.text(at, 0.02, text, fontsize=theme.font(7), color=theme.muted, va="bottom",
                        ha="right" if hang_left else "left", clip_on=False, linespacing=1.1)
    _date_axis(panels, theme)
    if event_label and any(c.get_gid() == RINGS_GID for ax in panels for c in ax.collections):
        fig.text(1 - right / width, 0.01, literal("○ " + event_label),
                 ha="right", va="bottom", fontsize=theme.font(7), color=theme.muted)
    return panels


def _panel(ax: Axes, line: TrendLine, theme: ChartTheme, title_chars: int, *, last_row: bool,
           y_label: str) -> None:
    """One factor's panel: its name, its line with markers, next-step rings, the 1–5 scale."""
    import numpy as np

    ax.set_facecolor(theme.background)
    style = series_style(line.style_index, line.direction, theme)
    ax.set_title(wrap(line.label, title_chars), loc="left", fontsize=theme.font(8), color=theme.text,
                 pad=3)
    if not line.empty:
        x, y = aggregate_xy(np.asarray(line.x, dtype=float), np.asarray(line.y, dtype=float))
        short_points = None
        if line.short is not None and len(x) == len(line.x):
            short_points = np.asarray(line.short, dtype=bool)
        keep = marker_indices(y)
        if short_points is not None and short_points.any():
            keep = [i for i in keep if not short_points[i]]
            hollow = np.flatnonzero(short_points & ~np.isnan(y))
            ax.plot(x[hollow], y[hollow], linestyle="none", marker=style["marker"], markersize=5.5,
                    markerfacecolor=theme.background, markeredgecolor=style["color"], markeredgewidth=1.2,
                    zorder=3)
        ax.plot(x, y, linewidth=1.6, markersize=5.5, markevery=keep, markeredgecolor=theme.background,
                markeredgewidth=0.6, color=style["color"], marker=style["marker"], linestyle=style["linestyle"])
        if line.event_x is not None and len(line.event_x):
            ex = np.asarray(line.event_x, dtype=float)
            ey = np.where(np.isnan(np.asarray(line.event_y, dtype=float)), SCALE_MIN - 0.12,
                          np.asarray(line.event_y, dtype=float))
            if len(ex) > MAX_EVENTS_PER_LINE:  # thousands would hide the line: thin evenly
                at = np.linspace(0, len(ex) - 1, MAX_EVENTS_PER_LINE).round().astype(int)
                ex, ey = ex[at], ey[at]
            ax.scatter(ex, ey, s=EVENT_STYLE["markersize"] ** 2, marker="o", facecolors="none",
                       edgecolors=style["color"], linewidths=EVENT_STYLE["markeredgewidth"], zorder=3,
                       gid=RINGS_GID)
    ax.set_ylim(SCALE_MIN - 0.3, SCALE_MAX + 0.3)
    ax.set_yticks([1, 3, 5])
    ax.grid(axis="y", color=theme.grid, linewidth=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.spines[["left", "bottom"]].set_color(theme.muted)
    ax.tick_params(labelsize=theme.font(7.5), colors=theme.muted, labelcolor=theme.text)
    ax.tick_params(axis="x", labelbottom=last_row)
    if y_label:
        ax.set_ylabel(literal(y_label), fontsize=theme.font(7), color=theme.muted)


def _date_axis(panels: Sequence[Axes], theme: ChartTheme) -> None:
    """Dates as numbers (the same in fi, sv and en), worked out once for the final limits: the
    charts have no zoom or pan, and matplotlib would otherwise run the date locator and
    formatter on every panel at every draw."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.ticker import FixedFormatter, FixedLocator

    if not panels:
        return
    ax = panels[0]
    locator = AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    formatter = ConciseDateFormatter(  # type: ignore[no-untyped-call]
        locator,
        formats=["%Y", "%m/%Y", "%d.%m.%Y", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%m/%Y", "%d.%m.%Y", "%d.%m. %H:%M", "%H:%M"],
        show_offset=False,
    )
    locator.axis = ax.xaxis
    ticks = locator()
    labels = formatter.format_ticks(ticks)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_major_formatter(FixedFormatter(labels))  # shared: every panel uses them


def trend_figure(lines: Sequence[TrendLine], marks: MarkColumns | None = None, *,
                 theme: ChartTheme = LIGHT, y_label: str = "", width: float = 7.0,
                 event_label: str = "", more_rounds: Callable[[int], str] = lambda n: f"+{n}") -> Figure:
    """A new figure of small multiples, tall enough for its panels."""
    from matplotlib.figure import Figure

    columns = columns_for(width, len(lines)) if lines else 1
    fig = Figure(figsize=(width, trend_height(len(lines), columns, theme.scale)), facecolor=theme.background)
    draw_trend(fig, lines, marks, theme=theme, y_label=y_label, event_label=event_label,
               more_rounds=more_rounds)
    return fig
