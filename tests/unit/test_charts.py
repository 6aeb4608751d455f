"""The chart package: plain data in, a matplotlib Figure out; literal text, gaps, palette, files."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import datetime, timedelta

import numpy as np
import pytest

from hype_desktop.charts import style, trend
from hype_desktop.charts.profile import profile_figure
from hype_desktop.charts.raster import figure_png, save_figure
from hype_desktop.charts.style import CONTRAST, DARK, LIGHT, contrast_ratio_of, theme_for
from hype_desktop.charts.trend import MarkColumns, TrendLine, panels, trend_figure

T0 = datetime(2025, 1, 10, 9, 0)
LONG_FI = "Pedagogisen johtamisen ja yhteisen suunnan selkeys verkkovälitteisessä työssä"


def _line(label="Yhteisöllisyys", values=(3.0, None, 4.0), direction="higher_better", index=0):
    return TrendLine.from_points(label, [(T0 + timedelta(days=30 * i), v) for i, v in enumerate(values)],
                                 direction, index)


def _marks(*days_and_names):
    return MarkColumns.of([(T0 + timedelta(days=d), name) for d, name in days_and_names])


def _mark_texts(fig):
    """The round names in the strip above the first column of panels."""
    return [t.get_text() for t in fig.axes[0].texts]


@pytest.mark.parametrize("module", ["trend", "profile", "style", "raster"])
def test_importing_a_chart_module_does_not_import_matplotlib(module):
    code = (f"import sys, hype_desktop.charts.{module}; "
            "sys.exit(1 if 'matplotlib' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_missing_score_is_a_gap_not_zero():
    (ax,) = panels(trend_figure([_line(values=(3.0, None, 4.0, 2.5))]))
    ys = list(ax.get_lines()[-1].get_ydata())
    assert ys[0] == 3.0 and ys[2] == 4.0 and ys[3] == 2.5
    assert math.isnan(ys[1])
    assert ax.get_ylim()[0] > 0.5  # the 1-5 scale, no zero baseline


def test_one_small_chart_per_factor_on_one_time_axis():
    fig = trend_figure([_line(label=f"Tekijä {i}", index=i) for i in range(7)], width=9.0)
    shown = panels(fig)
    assert [ax.get_title(loc="left") for ax in shown] == [f"Tekijä {i}" for i in range(7)]
    assert len({ax.get_xlim() for ax in shown}) == 1  # a moment reads across every panel
    assert len({round(ax.get_position().x0, 3) for ax in shown}) == 2  # two columns fit in 9 inches
    # neighbours never share a colour; the series colours are six different hues
    colours = [ax.get_lines()[-1].get_color() for ax in shown]
    assert all(a != b for a, b in zip(colours, colours[1:]))
    assert len(set(style.OKABE_ITO)) == 6 and "#56B4E9" not in style.OKABE_ITO  # no second blue


def test_direction_sets_line_style_so_strain_reads_differently():
    fig = trend_figure([_line(direction="higher_better"), _line(direction="higher_strain", index=1),
                        _line(direction="profile", index=2)])
    styles = [ax.get_lines()[-1].get_linestyle() for ax in panels(fig)]
    assert len(set(styles)) == 3


def test_dollar_signs_are_drawn_literally():
    # With mathtext this label would fail to parse and raise while drawing.
    label = r"Kustannus $\notacommand$ ja 5 $"
    fig = trend_figure([_line(label=label)], _marks((0, r"$\alsonot$")), y_label="$$")
    assert figure_png(fig, dpi=50).startswith(b"\x89PNG")
    assert panels(fig)[0].get_title(loc="left").replace(r"\$", "$").replace("\n", " ") == label
    fig2 = profile_figure([label], [None], [3.0], current_label="$a$", earlier_label=r"$\x$",
                          missing_text="$ ei pistemäärää $")
    assert figure_png(fig2, dpi=50).startswith(b"\x89PNG")


def test_long_finnish_names_are_wrapped_not_cut():
    fig = trend_figure([_line(label=LONG_FI)], width=5.0)
    title = panels(fig)[0].get_title(loc="left")
    assert "\n" in title and title.replace("\n", " ") == LONG_FI
    fig = profile_figure([LONG_FI, "Lyhyt"], [3.2, 4.0])
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "\n" in labels[0] and labels[1] == "Lyhyt"


def test_close_round_marks_merge_and_say_how_many_more():
    marks = _marks((0, "Aloitus"), (0.1, "Tiimi"), (300, "Päätös"))
    fig = trend_figure([_line(values=[3.0] * 13)], marks, more_rounds=lambda n: f"+{n} muuta kierrosta")
    texts = _mark_texts(fig)
    assert "Aloitus\n+1 muuta kierrosta" in texts and "Päätös" in texts
    # hundreds of rounds: each label is one short line and its count, never an unexplained "+N"
    many = MarkColumns.of([(T0 + timedelta(hours=h), "Valmennustapaaminen ja tiimipaja") for h in range(600)])
    texts = _mark_texts(trend_figure([_line()], many, more_rounds=lambda n: f"+{n} muuta kierrosta"))
    firsts = [t.split("\n")[0] for t in texts]
    assert texts and all(t.startswith("Valmennus") and len(t) <= 30 for t in firsts)
    counts = [int(t.split("\n")[1].split()[0]) for t in texts if "\n" in t]
    assert sum(counts) + len(texts) == 600


def test_merged_marks_in_time_order_whatever_the_input_order():
    marks = _marks((200, "Päätös"), (0, "Aloitus"), (1, "Tiimi"), (0, "Tiimi"), (365, "Valmennus"))
    start = trend.date_number(T0)
    assert trend.merged_marks(marks, 365, 36.5) == [
        (start, "Aloitus", 3), (start + 200, "Päätös", 1), (start + 365, "Valmennus", 1)]


def test_many_points_thin_markers_but_keep_isolated_points():
    values = np.array([3.0] * 500 + [np.nan, 4.0, np.nan] + [2.0] * 10)
    idx = trend.marker_indices(values)
    assert len(idx) <= trend.MAX_MARKERS_PER_LINE + 5
    assert 501 in idx  # isolated between two gaps: only its marker shows it
    assert trend.marker_indices(np.array([1.0, np.nan, 2.0])) == [0, 2]


def test_empty_and_single_moment_figures_draw():
    assert figure_png(trend_figure([]), dpi=40).startswith(b"\x89PNG")
    fig = trend_figure([TrendLine.from_points("A", [(T0, 3.0)], "profile")])
    lo, hi = panels(fig)[0].get_xlim()
    assert hi > lo
    assert figure_png(fig, dpi=40).startswith(b"\x89PNG")


def test_save_png_and_svg_by_suffix(tmp_path):
    fig = trend_figure([_line()], _marks((0, "Aloitus")))
    save_figure(fig, tmp_path / "k.png")
    save_figure(fig, tmp_path / "k.SVG")
    assert (tmp_path / "k.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "k.SVG").read_text(encoding="utf-8")
    assert "<svg" in svg and svg.rstrip().endswith("</svg>")
    with pytest.raises(ValueError):
        save_figure(fig, tmp_path / "k.pdf")


def test_vectorised_binning_keeps_gaps_and_matches_hand_computed_means():
    x = np.arange(10, dtype=float)  # ten days, one point a day
    y = np.array([1, 3, np.nan, np.nan, 5, 5, 2, np.nan, 4, 4], dtype=float)
    mx, my = trend.aggregate_xy(x, y, max_points=5)  # bins of two days
    assert mx.tolist() == [0.5, 2.5, 4.5, 6.5, 8.5]
    assert my[0] == 2.0 and math.isnan(my[1]) and my[2] == 5.0 and my[3] == 2.0 and my[4] == 4.0
    same_x, same_y = trend.aggregate_xy(x, y, max_points=10)
    assert same_x is x and same_y is y
    pts = [(T0 + timedelta(days=i), None if math.isnan(v) else float(v)) for i, v in enumerate(y)]
    assert [v for _, v in trend.aggregate_points(pts, max_points=5)] == [2.0, None, 5.0, 2.0, 4.0]


def test_next_step_rings_are_thinned_per_panel():
    x = np.arange(400, dtype=float) + 20000.0
    y = np.full(400, 3.0)
    line = TrendLine("F", x, y, event_x=x, event_y=y)
    (coll,) = [c for c in panels(trend_figure([line]))[0].collections if c.get_gid() == trend.RINGS_GID]
    rings = coll.get_offsets()[:, 0].tolist()
    assert len(rings) == trend.MAX_EVENTS_PER_LINE
    assert rings[0] == x[0] and rings[-1] == x[-1]  # thinned evenly: the first and the last stay


def test_quick_check_in_points_are_hollow():
    x = np.arange(4, dtype=float) + 20000.0
    line = TrendLine("F", x, np.array([2.0, 3.0, 4.0, 3.0]), short=np.array([False, True, False, True]))
    (ax,) = panels(trend_figure([line]))
    hollow, full = ax.get_lines()
    assert hollow.get_xdata().tolist() == [x[1], x[3]]
    assert hollow.get_markerfacecolor() != hollow.get_markeredgecolor()
    assert full.get_markevery() == [0, 2]


@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST])
def test_charts_follow_the_theme_and_stay_readable(theme):
    fig = trend_figure([_line(index=i) for i in range(6)], _marks((0, "Aloitus")), theme=theme)
    assert fig.get_facecolor()[:3] == pytest.approx(tuple(int(theme.background[i:i + 2], 16) / 255
                                                           for i in (1, 3, 5)))
    for colour in theme.series:  # every series stands out from the background
        assert contrast_ratio_of(colour, theme.background) >= 3.0
    assert contrast_ratio_of(theme.text, theme.background) >= 4.5


def test_theme_from_window_colours_and_text_size():
    assert theme_for("#ffffff", "#1a1a1a").series == LIGHT.series
    assert theme_for("#202124", "#e8e8e8").series == DARK.series
    assert theme_for("#000000", "#ffffff", high_contrast=True).series == CONTRAST.series
    big = theme_for("#ffffff", "#1a1a1a", scale=2.0)
    small_fig, big_fig = trend_figure([_line()]), trend_figure([_line()], theme=big)
    def size(fig):
        return panels(fig)[0].get_yticklabels()[0].get_fontsize()

    assert size(big_fig) == 2 * size(small_fig)
    assert big_fig.get_size_inches()[1] > small_fig.get_size_inches()[1]  # room for the larger text
