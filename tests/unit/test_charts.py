"""The chart module: plain data in, a matplotlib Figure out; literal text, gaps, palette, files."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from hype_desktop.charts import figures as charts
from hype_desktop.charts.figures import (
    RoundMark,
    TrendLine,
    figure_png,
    merge_marks,
    profile_figure,
    save_figure,
    trend_figure,
)

T0 = datetime(2025, 1, 10, 9, 0)
LONG_FI = "Pedagogisen johtamisen ja yhteisen suunnan selkeys verkkovälitteisessä työssä"


def _line(label="Yhteisöllisyys", values=(3.0, None, 4.0), direction="higher_better"):
    return TrendLine(label, tuple((T0 + timedelta(days=30 * i), v) for i, v in enumerate(values)),
                     direction)


def test_importing_the_module_does_not_import_matplotlib():
    code = ("import sys, hype_desktop.charts.figures; "
            "sys.exit(1 if 'matplotlib' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_missing_score_is_a_gap_not_zero():
    fig = trend_figure([_line(values=(3.0, None, 4.0, 2.5))])
    (line,) = fig.axes[0].get_lines()
    ys = list(line.get_ydata())
    assert ys[0] == 3.0 and ys[2] == 4.0 and ys[3] == 2.5
    assert math.isnan(ys[1])
    assert fig.axes[0].get_ylim()[0] > 0.5  # the 1-5 scale, no zero baseline
    assert fig.axes[0].get_yticks().tolist() == [1, 2, 3, 4, 5]


def test_every_line_has_its_own_colour_and_marker_pair():
    lines = [_line(label=f"Tekijä {i}") for i in range(22)]
    fig = trend_figure(lines)
    drawn = fig.axes[0].get_lines()
    assert len(drawn) == 22
    pairs = {(ln.get_color(), ln.get_marker()) for ln in drawn}
    assert len(pairs) == 22
    assert all(c in charts.OKABE_ITO for c, _ in pairs)


def test_direction_sets_line_style_so_strain_reads_differently():
    fig = trend_figure([_line(direction="higher_better"), _line(direction="higher_strain"),
                        _line(direction="profile")])
    styles = [ln.get_linestyle() for ln in fig.axes[0].get_lines()]
    assert len(set(styles)) == 3


def test_dollar_signs_are_drawn_literally():
    # With mathtext this label would fail to parse and raise while drawing.
    label = r"Kustannus $\notacommand$ ja 5 $"
    fig = trend_figure([_line(label=label)], [RoundMark(T0, r"$\alsonot$")],
                       title=r"$\nope$", y_label="$$")
    png = figure_png(fig, dpi=50)
    assert png.startswith(b"\x89PNG")
    legend_text = fig.axes[0].get_legend().get_texts()[0].get_text()
    assert legend_text.replace(r"\$", "$").replace("\n", " ") == label
    fig2 = profile_figure([label], [None], [3.0], current_label="$a$", earlier_label=r"$\x$",
                          missing_text="$ ei pistemäärää $")
    assert figure_png(fig2, dpi=50).startswith(b"\x89PNG")


def test_long_finnish_names_are_wrapped():
    fig = trend_figure([_line(label=LONG_FI)])
    text = fig.axes[0].get_legend().get_texts()[0].get_text()
    assert "\n" in text
    assert max(len(part) for part in text.split("\n")) <= charts.WRAP_LEGEND
    fig = profile_figure([LONG_FI, "Lyhyt"], [3.2, 4.0])
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "\n" in labels[0] and labels[1] == "Lyhyt"


def test_profile_shows_missing_as_missing_and_compares_two_reflections():
    fig = profile_figure(["A", "B", "C"], [4.0, None, 1.0], [3.0, 2.0, None],
                         current_label="Nyt", earlier_label="Aiemmin", missing_text="ei tulosta")
    ax = fig.axes[0]
    widths = [round(p.get_width(), 3) for p in ax.patches]
    # current: A 4 -> width 3, B missing -> 0, C 1 -> 0; earlier: 2, 1, 0
    assert widths == [3.0, 0.0, 0.0, 2.0, 1.0, 0.0]
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("ei tulosta") == 2
    assert "4.0" in texts and "1.0" in texts and "2.0" in texts
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Nyt", "Aiemmin"]
    assert ax.get_xlim()[0] == 1


def test_profile_value_text_uses_the_given_formatter():
    fig = profile_figure(["A"], [3.25], value_text=lambda v: f"{v:.2f}".replace(".", ","))
    assert "3,25" in [t.get_text() for t in fig.axes[0].texts]


def test_profile_rejects_mismatched_lengths():
    with pytest.raises(ValueError):
        profile_figure(["A", "B"], [3.0])


def test_close_round_marks_merge_and_count():
    marks = [RoundMark(T0, "Aloitus"), RoundMark(T0 + timedelta(hours=2), "Tiimi"),
             RoundMark(T0 + timedelta(days=300), "Päätös")]
    merged = merge_marks(marks, T0, T0 + timedelta(days=365))
    assert merged == [(T0, "Aloitus", 2), (T0 + timedelta(days=300), "Päätös", 1)]
    fig = trend_figure([_line()], marks)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Aloitus +1" in texts and "Päätös" in texts
    # a long round name is shortened, the count of merged rounds is never cut off
    long = [RoundMark(T0 + timedelta(hours=h), "Valmennustapaaminen ja tiimipaja") for h in range(600)]
    texts = [t.get_text() for t in trend_figure([_line()], long).axes[0].texts]
    assert texts and all(len(t) <= charts.MARK_LABEL_CHARS and t.startswith("Valmennust") for t in texts)
    more = [int(t.rsplit(" +", 1)[1]) for t in texts if " +" in t]
    assert len(more) == len(texts) and sum(more) + len(texts) == 600


def test_mark_columns_draw_as_the_same_marks():
    """Thousands of rounds as columns (the trend view) merge and label like RoundMarks."""
    marks = [RoundMark(T0 + timedelta(days=d), name) for d, name in
             [(200, "Päätös"), (0, "Aloitus"), (1, "Tiimi"), (0, "Tiimi"), (365, "Valmennus")]]
    columns = charts.MarkColumns([charts.date_number(m.when) for m in marks], [m.label for m in marks])
    start, end = charts.date_number(T0), charts.date_number(T0 + timedelta(days=365))
    assert charts._merged_mark_numbers(columns, start, end, 0.12) == [
        (start, "Aloitus", 3), (start + 200, "Päätös", 1), (end, "Valmennus", 1)]
    assert [(charts.date_number(w), label, n) for w, label, n in merge_marks(
        marks, T0, T0 + timedelta(days=365))] == charts._merged_mark_numbers(marks, start, end, 0.12)

    def texts(m):
        return [t.get_text() for t in trend_figure([_line()], m).axes[0].texts]

    assert texts(columns) == texts(marks) and "Aloitus +2" in texts(marks)


def test_many_points_thin_markers_but_keep_isolated_points():
    values = [3.0] * 500 + [None, 4.0, None] + [2.0] * 10
    idx = charts._marker_indices(values)
    assert len(idx) <= charts.MAX_MARKERS_PER_LINE + 5
    assert 501 in idx  # isolated between two gaps: only its marker shows it
    assert charts._marker_indices([1.0, None, 2.0]) == [0, 2]


def test_empty_and_single_moment_figures_draw():
    assert figure_png(trend_figure([]), dpi=40).startswith(b"\x89PNG")
    one = TrendLine("A", ((T0, 3.0),), "profile")
    fig = trend_figure([one])
    lo, hi = fig.axes[0].get_xlim()
    assert hi > lo
    assert figure_png(fig, dpi=40).startswith(b"\x89PNG")


def test_save_png_and_svg_by_suffix(tmp_path):
    fig = trend_figure([_line()], [RoundMark(T0, "Aloitus")], title="Kehitys")
    save_figure(fig, tmp_path / "k.png")
    save_figure(fig, tmp_path / "k.SVG")
    assert (tmp_path / "k.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "k.SVG").read_text(encoding="utf-8")
    assert "<svg" in svg and svg.rstrip().endswith("</svg>")
    with pytest.raises(ValueError):
        save_figure(fig, tmp_path / "k.pdf")


def test_vectorised_binning_keeps_gaps_and_matches_hand_computed_means():
    import numpy as np
    x = np.arange(10, dtype=float)  # ten days, one point a day
    y = np.array([1, 3, np.nan, np.nan, 5, 5, 2, np.nan, 4, 4], dtype=float)
    mx, my = charts.aggregate_xy(x, y, max_points=5)  # bins of two days
    assert mx.tolist() == [0.5, 2.5, 4.5, 6.5, 8.5]
    assert my[0] == 2.0 and math.isnan(my[1]) and my[2] == 5.0 and my[3] == 2.0 and my[4] == 4.0
    same_x, same_y = charts.aggregate_xy(x, y, max_points=10)
    assert same_x is x and same_y is y
    pts = [(T0 + timedelta(days=i), None if math.isnan(v) else float(v)) for i, v in enumerate(y)]
    agg = charts.aggregate_points(pts, max_points=5)
    assert [v for _, v in agg] == [2.0, None, 5.0, 2.0, 4.0]


def test_array_lines_draw_like_point_lines_and_legend_can_be_left_out():
    import numpy as np
    line = _line(values=(3.0, None, 4.0))
    x, y = line.xy()
    fast = TrendLine.from_arrays(line.label, x, y, line.direction)
    a = trend_figure([line]).axes[0].get_lines()[0]
    b = trend_figure([fast]).axes[0].get_lines()[0]
    assert np.allclose(a.get_xdata(), b.get_xdata())
    assert np.array_equal(np.isnan(a.get_ydata()), np.isnan(b.get_ydata()))
    fig = charts.trend_figure([fast])
    charts.draw_trend(fig, [fast], legend=False)
    assert fig.axes[0].get_legend() is None


def test_many_lines_get_a_compact_legend():
    lines = [_line(label=f"{LONG_FI} {i}") for i in range(12)]
    texts = [t.get_text() for t in trend_figure(lines).axes[0].get_legend().get_texts()]
    assert len(texts) == 12
    assert all("\n" not in t and len(t) <= charts.COMPACT_LEGEND_CHARS for t in texts)


def test_compact_legend_keeps_the_direction_words():
    text = charts.short("Yhteistyön ylikuormitus verkkotyössä (higher = more strain)", 22)
    assert text.endswith("(higher = more strain)") and text.startswith("Yhteistyö")
    assert charts.short("Lyhyt", 22) == "Lyhyt"


def test_next_step_rings_are_thinned_per_line_and_for_the_whole_chart():
    import numpy as np
    x = np.arange(400, dtype=float) + 20000.0
    y = np.full(400, 3.0)

    def line(i):
        return TrendLine(f"F{i}", (), "higher_better", x=x, y=y, style_index=i,
                         event_x=x, event_y=y)

    def rings(fig):
        """Per line colour, the x of its rings (all lines' rings are one collection)."""
        (coll,) = [c for c in fig.axes[0].collections if c.get_gid() == charts.RINGS_GID]
        out: dict[tuple, list[float]] = {}
        for (x, _y), colour in zip(coll.get_offsets().tolist(), coll.get_edgecolors().tolist()):
            out.setdefault(tuple(colour), []).append(x)
        return list(out.values())

    one = rings(trend_figure([line(0)]))
    assert [len(r) for r in one] == [charts.MAX_EVENTS_PER_LINE]
    many = rings(trend_figure([line(i) for i in range(8)] + [line(i + 8) for i in range(12)]))
    assert sum(len(r) for r in many) <= charts.MAX_EVENTS_PER_CHART
    assert len(many) == 8  # eight colours (lines 9-20 repeat them with other markers)
    assert all(len(r) >= 16 for r in many)
    # thinned evenly: the first and the last ring stay
    assert one[0][0] == x[0] and one[0][-1] == x[-1]
