"""The one chart module: trend lines and profile bars, for the screen and for PDF reports.

Callers hand in plain series data (labels, datetimes, floats); the module returns a
matplotlib ``Figure`` built directly (no pyplot, so no global state), which a Qt canvas can
show or ``figure_png`` / ``save_figure`` can turn into a file, with the same look.

Promises:
- matplotlib is imported inside the functions only, so importing this module is cheap;
- every text we draw is literal: ``$`` never starts mathtext (labels may come from packs);
- colours come from the Okabe–Ito palette and every series also has its own marker and
  line style (colour is never the only cue);
- scores are on the 1–5 scale; a missing score (None) is a gap, never a zero.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SCALE_MIN = 1
SCALE_MAX = 5

# Okabe & Ito (2008), ordered so neighbours differ strongly; yellow last (weak on white).
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#E69F00",  # orange
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow
)
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*", "h", "<")
DIRECTION_LINESTYLE = {"higher_better": "-", "higher_strain": "--", "profile": "-."}
DIRECTIONS = frozenset(DIRECTION_LINESTYLE)

# More markers than this on one line are thinned out (the line itself keeps every point).
MAX_MARKERS_PER_LINE = 60
# Round marks closer than this fraction of the time span are merged into one mark.
MARK_MIN_GAP = 0.12
WRAP_LEGEND = 34
MARK_LABEL_CHARS = 20
WRAP_AXIS_LABEL = 30


@dataclass(frozen=True)
class TrendLine:
    """One factor's scores over time."""

    label: str  # drawn literally (no mathtext)
    points: tuple[tuple[datetime, float | None], ...]  # None = missing score (a gap, never 0)
    direction: str  # "higher_better" | "higher_strain" | "profile"
    # Optional fast form for thousands of points (the trend view): ``x`` days since 1970-01-01
    # (matplotlib's date numbers) in time order, ``y`` scores with NaN for a missing score.
    # When given, ``points`` may be empty and is not read.
    x: object = field(default=None, compare=False, repr=False)
    y: object = field(default=None, compare=False, repr=False)
    style_index: int | None = None  # keeps a factor's colour/marker when other lines come and go
    # Optional events on the line (e.g. "a next step was set here"): date numbers and scores
    # (NaN: drawn just above the bottom of the scale), drawn as rings in the line's colour.
    event_x: object = field(default=None, compare=False, repr=False)
    event_y: object = field(default=None, compare=False, repr=False)

    @classmethod
    def from_arrays(cls, label: str, x, y, direction: str,
                    style_index: int | None = None) -> TrendLine:
        return cls(label, (), direction, x=x, y=y, style_index=style_index)

    def xy(self):
        """Date numbers and scores (NaN = missing) as float arrays, in time order."""
        import numpy as np

        if self.x is not None:
            return np.asarray(self.x, dtype=float), np.asarray(self.y, dtype=float)
        pts = sorted(self.points, key=lambda p: p[0])
        x = np.fromiter(((t - _EPOCH).total_seconds() / 86400.0 for t, _ in pts), float, len(pts))
        y = np.fromiter((math.nan if v is None else v for _, v in pts), float, len(pts))
        return x, y

    @property
    def empty(self) -> bool:
        return (len(self.x) == 0) if self.x is not None else not self.points


_EPOCH = datetime(1970, 1, 1)


def date_number(when: datetime) -> float:
    """matplotlib's date number (days since 1970-01-01) of a naive datetime."""
    return (when - _EPOCH).total_seconds() / 86400.0


@dataclass(frozen=True)
class RoundMark:
    """A workshop round on the time axis."""

    when: datetime
    label: str


@dataclass(frozen=True)
class MarkColumns:
    """Many round marks as columns (a long history has thousands of rounds): ``x`` their date
    numbers (days since 1970-01-01, any order), ``labels`` one per mark. ``draw_trend`` takes
    this or a sequence of ``RoundMark``; the drawing is the same."""

    x: object = field(repr=False)  # float ndarray
    labels: Sequence[str] = field(repr=False)


def literal(text: str) -> str:
    """``text`` made safe for matplotlib: every ``$`` is escaped, so mathtext never starts.

    matplotlib turns ``\\$`` back into ``$`` when it draws, so the text shows as written.
    """
    return text.replace("$", r"\$")


def wrap(text: str, width: int) -> str:
    """Wrap long (e.g. Finnish) names onto several lines; literal afterwards."""
    lines = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=True)
    return literal("\n".join(lines) if lines else "")


def series_style(index: int, direction: str = "higher_better") -> dict:
    """Colour, marker and line style of the ``index``-th series (40 distinct combinations)."""
    return {
        "color": OKABE_ITO[index % len(OKABE_ITO)],
        "marker": MARKERS[index % len(MARKERS)],
        "linestyle": DIRECTION_LINESTYLE.get(direction, "-"),
    }


def _new_figure(size: tuple[float, float]) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=size, layout="constrained")


MAX_DRAWN_POINTS = 300


def aggregate_xy(x, y, max_points: int = MAX_DRAWN_POINTS):
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
    from datetime import timedelta

    x, y = TrendLine("", tuple(points), "higher_better").xy()
    mx, my = aggregate_xy(x, y, max_points)
    return [(_EPOCH + timedelta(days=float(t)), None if math.isnan(v) else float(v))
            for t, v in zip(mx, my)]


def _marker_indices(values) -> list[int]:
    """Which points get a marker: all when few; else every k-th plus every isolated point."""
    import numpy as np

    y = np.array([np.nan if v is None else v for v in values], dtype=float) \
        if not isinstance(values, np.ndarray) else values
    present = ~np.isnan(y)
    idx = np.flatnonzero(present)
    if len(idx) <= MAX_MARKERS_PER_LINE:
        return idx.tolist()
    step = -(-len(idx) // MAX_MARKERS_PER_LINE)
    # a point with gaps on both sides has no line: it must keep its marker
    before = np.r_[False, present[:-1]]
    after = np.r_[present[1:], False]
    isolated = present & ~before & ~after
    chosen = np.zeros(len(y), dtype=bool)
    chosen[idx[::step]] = True
    chosen |= isolated
    return np.flatnonzero(chosen).tolist()


def _merge_sorted(t, span: float, min_gap: float) -> list[tuple[int, int]]:
    """Groups of sorted times ``t`` (ndarray): (index of the group's first, how many).

    A time joins the group when it is less than ``min_gap`` of ``span`` after the group's
    first; ``span`` <= 0 makes one group. Found by binary search (thousands of marks, few
    groups), with the exact comparison at the group's edge.
    """
    import numpy as np

    n = len(t)
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if span <= 0:
            j = n
        else:
            first = t[i]
            j = max(i + 1, int(np.searchsorted(t, first + min_gap * span, side="left")))
            while j > i + 1 and (t[j - 1] - first) / span >= min_gap:
                j -= 1
            while j < n and (t[j] - first) / span < min_gap:
                j += 1
        out.append((i, j - i))
        i = j
    return out


def merge_marks(marks: Sequence[RoundMark], start: datetime, end: datetime,
                min_gap: float = MARK_MIN_GAP) -> list[tuple[datetime, str, int]]:
    """Round marks thinned for reading: marks closer than ``min_gap`` of the span merge.

    Returns (when, label, count) with the first mark's time and label of each group;
    ``count`` is how many marks the group stands for.
    """
    import numpy as np

    x = np.array([date_number(m.when) for m in marks], dtype=float)
    return [(marks[i].when, marks[i].label, count)
            for i, count in _mark_groups(x, date_number(start), date_number(end), min_gap)]


def _mark_groups(x, start: float, end: float, min_gap: float) -> list[tuple[int, int]]:
    """Marks at date numbers ``x`` (any order) merged as ``merge_marks`` says: (index in ``x``
    of each group's first mark, how many), in time order."""
    import numpy as np

    order = np.argsort(x, kind="stable")
    return [(int(order[i]), count) for i, count in _merge_sorted(x[order], end - start, min_gap)]


def _merged_mark_numbers(marks: Sequence[RoundMark] | MarkColumns, start: float, end: float,
                         min_gap: float) -> list[tuple[float, str, int]]:
    """``merge_marks`` in date numbers, for either form of marks."""
    import numpy as np

    if isinstance(marks, MarkColumns):
        x = np.asarray(marks.x, dtype=float)
        labels = marks.labels
    else:
        x = np.array([date_number(m.when) for m in marks], dtype=float)
        labels = [m.label for m in marks]
    return [(float(x[i]), labels[i], count) for i, count in _mark_groups(x, start, end, min_gap)]


def _date_axis(ax: Axes) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=8)
    # Numbers only: the same in Finnish, Swedish and English (no month names from the C locale).
    formatter = ConciseDateFormatter(
        locator,
        formats=["%Y", "%m/%Y", "%d.%m.", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%m/%Y", "%d.%m.", "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%Y", "%d.%m.%Y", "%d.%m.%Y", "%d.%m.%Y %H:%M"],
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)


def _fix_date_ticks(ax: Axes) -> None:
    """The date ticks and their texts for the limits just set, worked out once.

    Our charts have no zoom or pan, so the limits are final; matplotlib would otherwise run
    the date locator and formatter three times on every draw (a large share of drawing the
    x axis). The ticks, texts and offset are the same as ``_date_axis`` gives.
    """
    from matplotlib.ticker import FixedFormatter, FixedLocator

    ticks = ax.xaxis.get_majorticklocs()
    formatter = ax.xaxis.get_major_formatter()
    labels = formatter.format_ticks(ticks)
    fixed = FixedFormatter(labels)
    fixed.set_offset_string(formatter.get_offset())
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_major_formatter(fixed)


# More lines than this get a compact legend (short names, two columns): the full names are in
# the trend table and the factor list.
FULL_LEGEND_MAX = 8
COMPACT_LEGEND_CHARS = 22


def short(text: str, width: int = COMPACT_LEGEND_CHARS) -> str:
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


MAX_EVENTS_PER_LINE = 80
# All lines together show at most this many next-step rings (more would bury the lines).
MAX_EVENTS_PER_CHART = 320
RINGS_GID = "next-step-rings"  # the collection of next-step rings (one for all lines)
EVENT_STYLE = {"marker": "o", "markersize": 11, "markerfacecolor": "none", "markeredgewidth": 1.6,
               "linestyle": "none"}


def draw_trend(fig: Figure, lines: Sequence[TrendLine], marks: Sequence[RoundMark] | MarkColumns = (), *,
               title: str = "", y_label: str = "", legend: bool = True,
               event_label: str = "") -> None:
    """Draw trend lines into ``fig`` (cleared first); used by ``trend_figure`` and Qt views.

    ``legend=False`` leaves the legend out, for a screen that shows each line's style beside
    the chart (see ``series_style``); files and reports keep it.
    """
    fig.clear()
    ax = fig.add_subplot()
    drawn = [line for line in lines if not line.empty]
    compact = len(drawn) > FULL_LEGEND_MAX
    rings_x: list = []  # next-step rings of every line, drawn as one collection
    rings_y: list = []
    rings_colour: list[str] = []
    start = end = None
    with_events = sum(1 for line in drawn if line.event_x is not None and len(line.event_x))
    max_events = max(8, min(MAX_EVENTS_PER_LINE, MAX_EVENTS_PER_CHART // max(with_events, 1)))
    for index, line in enumerate(lines):
        if line.empty:
            continue
        x, y = line.xy()
        x, y = aggregate_xy(x, y)
        start = x[0] if start is None else min(start, x[0])
        end = x[-1] if end is None else max(end, x[-1])
        style = series_style(index if line.style_index is None else line.style_index,
                             line.direction)
        label = short(line.label) if compact else wrap(line.label, WRAP_LEGEND)
        ax.plot(x, y, label=label, linewidth=1.6, markersize=5.5, markevery=_marker_indices(y),
                markeredgecolor="white", markeredgewidth=0.6, **style)
        if line.event_x is not None and len(line.event_x):
            import numpy as np

            ex = np.asarray(line.event_x, dtype=float)
            ey = np.asarray(line.event_y, dtype=float)
            ey = np.where(np.isnan(ey), SCALE_MIN - 0.12, ey)
            if len(ex) > max_events:  # thousands would hide the line: thin evenly
                keep = np.linspace(0, len(ex) - 1, max_events).round().astype(int)
                ex, ey = ex[keep], ey[keep]
            rings_x.append(ex)
            rings_y.append(ey)
            rings_colour += [style["color"]] * len(ex)
    has_events = bool(rings_colour)
    if has_events:
        import numpy as np

        ax.scatter(np.concatenate(rings_x), np.concatenate(rings_y), s=EVENT_STYLE["markersize"] ** 2,
                   marker=EVENT_STYLE["marker"], facecolors="none", edgecolors=rings_colour,
                   linewidths=EVENT_STYLE["markeredgewidth"], zorder=3, gid=RINGS_GID)
    if start is not None:
        span = end - start
        # Marks closer than a label's width (two rows: half of it) merge, however wide the chart.
        axes_inches = fig.get_size_inches()[0] * (0.85 if compact or not legend else 0.6)
        min_gap = max(MARK_MIN_GAP, 0.75 / max(axes_inches, 1.0))
        from matplotlib.transforms import ScaledTranslation

        merged = _merged_mark_numbers(marks, start, end, min_gap)
        if merged:  # one collection of dotted lines, the height of the axes
            ax.vlines([at for at, _label, _count in merged], 0, 1, transform=ax.get_xaxis_transform(),
                      colors="#777777", linewidths=0.8, linestyles=":", zorder=0)
        for i, (at, label, count) in enumerate(merged):
            # "+N": how many more rounds the mark stands for; the name is shortened, never N
            more = "" if count == 1 else f" +{count - 1}"
            # Above the axes (never over the lines), one short line each, in two alternating
            # rows so neighbours do not overlap; labels near the right end hang to the left.
            # A label hanging left gets a row of its own above the others.
            right = span > 0 and (at - start) / span > 0.85
            row = 2 if right else i % 2
            # A text placed like an annotation at (at, top of the axes) offset in points (an
            # Annotation draws the same, with arrow bookkeeping on every draw).
            shift = ScaledTranslation((-2 if right else 2) / 72, (2 + 9 * row) / 72, fig.dpi_scale_trans)
            ax.text(at, 1.0, short(label, MARK_LABEL_CHARS - len(more)) + more,
                    transform=ax.get_xaxis_transform() + shift, fontsize=7, color="#444444",
                    va="bottom", ha="right" if right else "left", clip_on=False)
        _date_axis(ax)
        if span == 0:  # one moment only: give the axis some width around it
            ax.set_xlim(start - 3, end + 3)
        else:
            ax.set_xlim(start - span * 0.01, end + span * 0.01)
        _fix_date_ticks(ax)
    else:
        ax.set_xticks([])
    ax.set_ylim(SCALE_MIN - 0.25, SCALE_MAX + 0.25)
    ax.set_yticks(range(SCALE_MIN, SCALE_MAX + 1))
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    if y_label:
        ax.set_ylabel(wrap(y_label, 40), fontsize=9)
    if title:
        ax.set_title(wrap(title, 70), fontsize=10, loc="left")
    if drawn and legend:
        handles, labels = ax.get_legend_handles_labels()
        if has_events and event_label:
            from matplotlib.lines import Line2D

            handles.append(Line2D([], [], markeredgecolor="#333333", **EVENT_STYLE))
            labels.append(short(event_label, 40) if compact else wrap(event_label, WRAP_LEGEND))
        ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=6.5 if compact else 8,
                  frameon=False, borderaxespad=0.0, handlelength=2.6 if not compact else 2.2,
                  ncols=2 if len(drawn) > 16 else 1, labelspacing=0.3 if compact else 0.5,
                  columnspacing=0.8)
    ax.tick_params(labelsize=8)


def trend_figure(lines: Sequence[TrendLine], marks: Sequence[RoundMark] = (), *,
                 title: str = "", y_label: str = "",
                 size: tuple[float, float] = (7.0, 3.2)) -> Figure:
    """A new figure with one line per factor over time and the rounds marked on the time axis."""
    fig = _new_figure(size)
    draw_trend(fig, lines, marks, title=title, y_label=y_label)
    return fig


def _default_value_text(value: float) -> str:
    return f"{value:.1f}"


def draw_profile(fig: Figure, labels: Sequence[str], current: Sequence[float | None],
                 earlier: Sequence[float | None] | None = None, *, current_label: str = "",
                 earlier_label: str = "", title: str = "", missing_text: str = "–",
                 value_text: Callable[[float], str] = _default_value_text) -> None:
    """Draw horizontal 1–5 bars into ``fig`` (cleared first); earlier bars are hatched."""
    if len(current) != len(labels) or (earlier is not None and len(earlier) != len(labels)):
        raise ValueError("labels, current and earlier must have the same length")
    fig.clear()
    ax = fig.add_subplot()
    n = len(labels)
    series: list[tuple[Sequence[float | None], str, dict]] = [
        (current, current_label, {"color": OKABE_ITO[0], "hatch": None})]
    if earlier is not None:
        series.append((earlier, earlier_label, {"color": OKABE_ITO[3], "hatch": "///"}))
    height = 0.8 / len(series)
    fontsize = 8 if n <= 12 else 7
    for s_index, (values, label, style) in enumerate(series):
        # The current reflection sits on top of each pair.
        offsets = [i - 0.4 + height * (s_index + 0.5) for i in range(n)]
        widths = [(v - SCALE_MIN) if v is not None else 0.0 for v in values]
        ax.barh(offsets, widths, left=SCALE_MIN, height=height * 0.92, color=style["color"],
                hatch=style["hatch"], edgecolor="white" if style["hatch"] is None else "#7a5200",
                linewidth=0.5, label=wrap(label, WRAP_LEGEND) if label else None)
        for y, v in zip(offsets, values):
            if v is None:
                ax.text(SCALE_MIN + 0.05, y, literal(missing_text), va="center", ha="left",
                        fontsize=fontsize, color="#555555", style="italic")
            else:
                ax.plot([v], [y], marker="|", color="#222222", markersize=height * 14)
                ax.text(v + 0.05, y, literal(value_text(v)), va="center", ha="left",
                        fontsize=fontsize, color="#222222")
    ax.set_yticks(range(n), [wrap(lbl, WRAP_AXIS_LABEL) for lbl in labels], fontsize=fontsize)
    ax.invert_yaxis()  # first label at the top, in reading order
    ax.set_xlim(SCALE_MIN, SCALE_MAX + 0.45)
    ax.set_xticks(range(SCALE_MIN, SCALE_MAX + 1))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    if title:
        ax.set_title(wrap(title, 70), fontsize=10, loc="left")
    if current_label or (earlier is not None and earlier_label):
        fig.legend(loc="outside lower center", ncols=2, fontsize=8, frameon=False)


def profile_figure(labels: list[str], current: list[float | None],
                   earlier: list[float | None] | None = None, *, current_label: str = "",
                   earlier_label: str = "", title: str = "",
                   size: tuple[float, float] = (7.0, 3.6), missing_text: str = "–",
                   value_text: Callable[[float], str] = _default_value_text) -> Figure:
    """A new figure of horizontal bars on the 1–5 scale; a missing score shows ``missing_text``.

    ``value_text`` formats the number at the end of each bar (pass a locale formatter, e.g. for a
    decimal comma); ``missing_text`` is what a missing score shows (e.g. a translated "no score").
    """
    fig = _new_figure(size)
    draw_profile(fig, labels, current, earlier, current_label=current_label,
                 earlier_label=earlier_label, title=title, missing_text=missing_text,
                 value_text=value_text)
    return fig


def profile_height(n_labels: int, comparing: bool = True) -> float:
    """A figure height (inches) that keeps ``n_labels`` wrapped labels readable."""
    per = 0.55 if comparing else 0.38
    return max(2.4, 0.9 + per * n_labels)


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes (e.g. for a PDF report)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()


def save_figure(fig: Figure, path: str | Path) -> None:
    """Save as PNG or SVG, chosen by the file suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        fig.savefig(path, format="png", dpi=150, facecolor="white")
    elif suffix == ".svg":
        fig.savefig(path, format="svg", facecolor="white", metadata={"Date": None})
    else:
        raise ValueError(f"unsupported chart file type: {path.suffix!r} (use .png or .svg)")
