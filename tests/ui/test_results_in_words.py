"""Every chart says in words what it shows, and every result is a table reached by Tab:
the team's charts, the lines over time, the profile and the workshop's result (WCAG 1.1.1, 1.3.1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli
from hype_desktop.ui.results_table import ResultsTable


def _drop(widget, paths):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))


def test_team_charts_are_described_and_the_words_can_be_read_line_by_line(core_window, qtbot, tmp_path):
    folder = tmp_path / "in"
    sealed_samples(cli, 5, folder, seed=2)
    core_window.show_team()
    view = core_window.view
    _drop(view, [folder])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    panel = view.panel
    agg, inst = view.outcome.aggregate, core_window.ctx.instrument
    means = panel.chart_labels["means"].accessibleDescription()
    shown = [f for f in inst.factors() if f.id in agg.factors]
    assert means.count(".") >= len(shown) and all(f.title.get("en") in means for f in shown)
    scored = next(f for f in shown if agg.factors[f.id].mean is not None)
    assert f"{scored.title.get('en')}: mean {core_window.ctx.fmt_score(agg.factors[scored.id].mean)}" in means
    statements = [k for k in panel.chart_labels if k != "means"]
    for key in statements:
        said = panel.chart_labels[key].accessibleDescription()
        assert " × " in said and said.endswith("."), said
    assert panel.words.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert panel.words.isReadOnly()


def test_workshop_result_is_a_table_focused_first(core_window, qtbot):
    core_window.resize(1280, 800)
    core_window.show()
    qtbot.waitExposed(core_window)
    core_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is core_window)
    core_window.workshop_action.trigger()
    view = core_window.view
    view.team_name.setText("Sininen tiimi")
    view.start()
    for _ in range(6):
        qtbot.keyClick(view.scale, Qt.Key.Key_4)
        qtbot.keyClick(view.scale, Qt.Key.Key_PageDown)
    view.finish()
    assert view.pages.currentIndex() == 2
    table = view.done_scores
    assert isinstance(table, ResultsTable) and QApplication.focusWidget() is table
    assert table.results.headers() == ["Area", "Score", "In words"] and table.accessibleName()
    rows = table.results.rows()
    inst = core_window.ctx.instrument
    assert [r[0] for r in rows] == [f.title.get("en") for f in inst.known_factors(view.reflection.scope)]
    assert any(r[1] == "4.0" for r in rows) and any(r[1] == "–" for r in rows)
    assert not any(r[0] + ":" in view.done_text.text() for r in rows)  # no second list as text


@pytest.fixture
def fi_ctx(make_ctx):
    return make_ctx("fi", app_content=True)


def test_the_lines_and_the_profile_say_their_figures(qtbot, fi_ctx):
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.ui.trends_view import TrendsView
    fi_ctx.store.add_complete(fi_ctx.profile_id, sample_reflections(fi_ctx.instrument, 6, seed=3,
                                                                    end=date(2025, 6, 1)), fi_ctx.instrument)
    view = TrendsView(fi_ctx)
    qtbot.addWidget(view)
    view.select_factors(view.covered[:2])
    view.flush()
    said = view.trend_chart.canvas.accessibleDescription()
    for fid in view.covered[:2]:
        assert view.factor_label(fid) + ": " in said
    assert " pohdintaa)" in said and "," in said.split(": ", 1)[1], said  # Finnish, decimal comma
    view.load_comparison()
    view.comparing.draw_profile()
    profile = view.comparing.profile.canvas.accessibleDescription()
    assert " nyt, " in profile and "aiemmin" in profile, profile
