"""The diverging bars: the middle value straddles zero, the shares add up to the bar, and a
hidden distribution is drawn as text, never as a zero-length bar."""

from __future__ import annotations

import pytest

from hype_desktop.charts.likert import LikertRow, MeanRow, likert_figure, means_figure, segments


def test_segments_centre_the_middle_value():
    parts = segments((1, 1, 2, 0, 4))
    assert parts[0][0] == pytest.approx(-(1 + 1 + 1) / 8)
    assert sum(w for _, w in parts) == pytest.approx(1.0)
    left3, width3 = parts[2]
    assert left3 + width3 / 2 == pytest.approx(0.0)
    assert segments((0, 0, 0, 0, 0)) == [(0.0, 0.0)] * 5


def test_figures_draw_counts_and_hidden_rows_as_text():
    labels = ("Täysin eri mieltä", "2", "3", "4", "$5 agree")
    fig = likert_figure([LikertRow("A statement with $dollars$", (2, 0, 1, 3, 2)),
                         LikertRow("Hidden", None)], labels, hidden_text="shown from 5 people")
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "shown from 5 people" in texts and "3" in texts and "0" not in texts
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert len(legend) == 5 and legend[0] == "1 Täysin eri mieltä"
    fig = means_figure([MeanRow("Energy", 3.4, 0.8), MeanRow("Hidden", None, None)], hidden_text="too few",
                       value_text=lambda v: f"{v:.1f}".replace(".", ","))
    assert {"3,4", "too few"} <= {t.get_text() for t in fig.axes[0].texts}
