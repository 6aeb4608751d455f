"""Diverging stacked bars (a Likert chart) of a team's answers per statement, for the Team
view and the team PDF.

Each bar is one statement: the share of people who answered 1 and 2 to the left of the middle,
3 split across it, 4 and 5 to the right, so agreement and disagreement read at a glance and the
spread is the bar's extent. Each segment says how many people it holds where it is wide enough
(people, not percentages: the team is small). A statement whose distribution the group sizes
hide shows the given text instead of a bar, never a zero.

Colours are a brown–teal diverging set that stays apart for the common colour-vision
deficiencies, and the middle is grey; the legend names every value, so colour is not the only
cue (the callers also give a table of the same numbers). matplotlib is imported lazily; every
text is literal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hype_desktop.charts.style import literal, wrap

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

# 1 (strongly disagree) .. 5 (strongly agree): brown, light brown, grey, light teal, teal
LIKERT_COLOURS: tuple[str, ...] = ("#8c510a", "#d8b365", "#c8c8c8", "#5ab4ac", "#01665e")
TEXT_ON: tuple[str, ...] = ("#ffffff", "#000000", "#000000", "#000000", "#ffffff")
WRAP_STATEMENT = 44
MIN_LABELLED_SHARE = 0.07  # segments narrower than this share of the bar carry no number


@dataclass(frozen=True)
class LikertRow:
    """One statement: its text and the count of people per value 1..5 (None: hidden)."""

    label: str
    counts: tuple[int, ...] | None


def segments(counts: Sequence[int]) -> list[tuple[float, float]]:
    """(left, width) of the five segments as shares of the people counted, the middle value
    centred on 0: values 1–2 and half of 3 to the left, the rest to the right."""
    total = sum(counts)
    if total <= 0:
        return [(0.0, 0.0)] * 5
    shares = [c / total for c in counts]
    left = -(shares[0] + shares[1] + shares[2] / 2)
    out = []
    for share in shares:
        out.append((left, share))
        left += share
    return out


def likert_height(n_rows: int) -> float:
    """A figure height (inches) for ``n_rows`` wrapped statements and the legend."""
    return 1.0 + 0.46 * max(1, n_rows)


def draw_likert(fig: Figure, rows: Sequence[LikertRow], value_labels: Sequence[str], *,
                hidden_text: str, title: str = "") -> None:
    """Draw the rows into ``fig`` (cleared first); ``value_labels`` name the values 1..5."""
    if len(value_labels) != 5:
        raise ValueError("value_labels must name the five values")
    fig.clear()
    ax = fig.add_subplot()
    fontsize = 8 if len(rows) <= 12 else 7
    for y, row in enumerate(rows):
        if row.counts is None:
            ax.text(0, y, literal(hidden_text), ha="center", va="center", fontsize=fontsize,
                    style="italic", color="#444444")
            continue
        for value, ((left, width), count) in enumerate(zip(segments(row.counts), row.counts)):
            if width <= 0:
                continue
            ax.barh(y, width, left=left, height=0.7, color=LIKERT_COLOURS[value], edgecolor="white",
                    linewidth=0.6)
            if width >= MIN_LABELLED_SHARE:
                ax.text(left + width / 2, y, str(count), ha="center", va="center", fontsize=fontsize,
                        color=TEXT_ON[value], zorder=4)
    ax.axvline(0, color="#333333", linewidth=0.8, zorder=3)
    ax.set_yticks(range(len(rows)), [wrap(r.label, WRAP_STATEMENT) for r in rows], fontsize=fontsize)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # first statement at the top, in reading order
    ax.set_xlim(-1.02, 1.02)
    ax.set_xticks([])
    ax.spines[["top", "right", "bottom"]].set_visible(False)
    if title:
        ax.set_title(wrap(title, 70), fontsize=10, loc="left")
    if _first_shown(rows) is not None:  # every value named, whether or not anyone chose it
        from matplotlib.patches import Patch
        handles = [Patch(facecolor=c, edgecolor="white", label=f"{n} {literal(w)}")
                   for n, (c, w) in enumerate(zip(LIKERT_COLOURS, value_labels), 1)]
        ncols = 5 if max(len(w) for w in value_labels) <= 12 else 3  # long names take two rows, never clipped
        fig.legend(handles=handles, loc="outside lower center", ncols=ncols, fontsize=7, frameon=False)


def _first_shown(rows: Sequence[LikertRow]) -> int | None:
    return next((n for n, r in enumerate(rows) if r.counts is not None and any(r.counts)), None)


def likert_figure(rows: Sequence[LikertRow], value_labels: Sequence[str], *, hidden_text: str,
                  title: str = "", width: float = 7.0) -> Figure:
    """A new figure of the rows, ``width`` inches wide and as tall as the rows need."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, likert_height(len(rows))), layout="constrained")
    draw_likert(fig, rows, value_labels, hidden_text=hidden_text, title=title)
    return fig


@dataclass(frozen=True)
class MeanRow:
    """One area: the team's mean and spread (standard deviation), None where hidden."""

    label: str
    mean: float | None
    spread: float | None


def means_figure(rows: Sequence[MeanRow], *, hidden_text: str,
                 value_text: Callable[[float], str] = lambda v: f"{v:.1f}",
                 width: float = 7.0) -> Figure:
    """The team's area means as dots on the 1–5 scale, each with a line one spread either side
    (clipped to the scale): the middle of the team and how far its views lie apart."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, 0.8 + 0.4 * max(1, len(rows))), layout="constrained")
    ax = fig.add_subplot()
    fontsize = 8 if len(rows) <= 14 else 7
    for y, row in enumerate(rows):
        if row.mean is None:
            ax.text(1.05, y, literal(hidden_text), va="center", ha="left", fontsize=fontsize,
                    style="italic", color="#444444")
            continue
        if row.spread:
            ax.plot([max(1.0, row.mean - row.spread), min(5.0, row.mean + row.spread)], [y, y],
                    color=LIKERT_COLOURS[4], linewidth=3, solid_capstyle="butt", alpha=0.45)
        ax.plot([row.mean], [y], marker="o", markersize=7, color=LIKERT_COLOURS[4])
        ax.text(5.12, y, literal(value_text(row.mean)), va="center", ha="left", fontsize=fontsize)
    ax.set_yticks(range(len(rows)), [wrap(r.label, WRAP_STATEMENT) for r in rows], fontsize=fontsize)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0.9, 5.5)
    ax.set_xticks(range(1, 6))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
