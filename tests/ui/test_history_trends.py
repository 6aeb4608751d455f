"""History, trends and follow-up in the real widgets (offscreen, temporary data folder)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from hype_desktop.domain.reflection import StepStatus
from hype_desktop.ui import labels


@pytest.fixture
def ctx(make_ctx):
    return make_ctx("fi", app_content=True)


def _fill(ctx, n):
    from hype_desktop.domain.sample import sample_reflections
    ctx.store.add_complete(ctx.profile_id, sample_reflections(ctx.instrument, n, seed=3,
                                                              end=date(2025, 6, 1)), ctx.instrument)


@pytest.mark.parametrize("n", [0, 1, 40])
def test_trend_view_opens_with_0_1_and_40(qtbot, ctx, n):
    from hype_desktop.ui.trends_view import TrendsView
    _fill(ctx, n) if n else None
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    assert len(view.ordered) == n
    assert view.trend_table_model.rowCount() == n
    assert view.items_table.rowCount() == 0  # compared only once a comparing tab is shown
    view.tabs.setCurrentWidget(view.items_table)
    if n == 40:
        assert view.compare.currentData() == view.ordered[-2].id  # default: the previous one
        assert view.items_table.rowCount() > 0
    else:
        assert view.items_table.rowCount() == 0


def test_switching_factors_and_comparison_updates_chart_and_tables(qtbot, ctx, tmp_path):
    from hype_desktop.charts.trend import panels
    from hype_desktop.ui.trends_view import TrendsView
    _fill(ctx, 40)
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    view.select_factors(None)
    view.flush()
    assert len(panels(view.trend_fig)) == len(view.covered)  # one small chart per factor
    assert view.trend_table_model.columnCount() == len(view.covered) + 1
    view.select_factors(view.covered[:2])
    assert view.trend_table_model.columnCount() == 3
    view.flush()
    assert [ax.get_title(loc="left").replace("\n", " ") for ax in panels(view.trend_fig)] == [
        view.factor_label(f) for f in view.covered[:2]]
    view.tabs.setCurrentWidget(view.profile_table)
    before = [view.profile_table.item(r, 2).text() for r in range(view.profile_table.rowCount())]
    assert before and all(before)
    view.select_comparison(view.ordered[0].id)
    after = [view.profile_table.item(r, 2).text() for r in range(view.profile_table.rowCount())]
    assert before != after
    view.save_chart(tmp_path / "t.png")
    view.save_chart(tmp_path / "p.svg", "profile")
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "p.svg").read_text(encoding="utf-8")


def test_round_marks_on_columns_match_the_domain_marks(qtbot, ctx):
    from dataclasses import replace

    from hype_desktop.charts.trend import date_number
    from hype_desktop.domain import trends
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.ui.trends_view import TrendsView
    made = sorted(sample_reflections(ctx.instrument, 40, seed=3, end=date(2025, 6, 1)),
                  key=trends.occasion_time)
    newer = ctx.instrument.version + 1  # the latest ten were made with a newer content version
    made = made[:30] + [replace(r, instrument_version=newer) for r in made[30:]]
    ctx.store.add_complete(ctx.profile_id, made, ctx.instrument)
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    rounds, versions = trends.occasion_marks(view.ordered)
    assert rounds and len(versions) == 1
    columns = view._mark_columns()
    expected = [(float((m.when.date() - date(1970, 1, 1)).days), view._phase_names[m.phase]) for m in rounds]
    expected += [(date_number(m.when), view.tr("Content version %1").replace("%1", str(newer)))
                 for m in versions]
    assert list(zip(columns.x, columns.labels)) == expected


def test_a_deleted_trend_view_is_freed_at_once(ctx, qapp):
    """No signal or callback holds the view: deleting it frees its data (thousands of
    reflections in brief) without waiting for a full garbage collection."""
    import gc
    import weakref

    from PySide6.QtCore import QEvent

    from hype_desktop.ui.trends_view import STEPS, TrendsView
    _fill(ctx, 3)
    view = TrendsView(ctx)
    view.flush()
    view.tabs.setCurrentIndex(STEPS)  # its tables made too
    gone = weakref.ref(view)
    gc.disable()
    try:
        view.deleteLater()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del view
        assert gone() is None
    finally:
        gc.enable()


def test_trend_module_not_imported_at_start_up():
    import subprocess
    import sys
    code = ("import sys; from hype_desktop.ui import main_window; "
            "sys.exit(1 if 'matplotlib' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_correcting_a_finished_reflection_updates_its_scores(qtbot, ctx):
    from hype_desktop.ui.main_window import MainWindow
    _fill(ctx, 2)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    latest = ctx.store.latest_finished(ctx.profile_id)
    fid = latest.scope[0]
    items = ctx.instrument.factor(fid).items
    win.correct_reflection(latest.id)
    for item in items:
        ctx.store.save_answer(latest.id, item.id, 5)
    win.view.close_to_home()
    corrected = ctx.store.get(latest.id)
    assert corrected.scores[fid].mean == 5.0
    assert corrected.corrected_at is not None and corrected.finished_at == latest.finished_at


def test_history_deletes_after_confirmation_only(qtbot, ctx):
    from hype_desktop.ui.history_view import HistoryView
    _fill(ctx, 3)
    view = HistoryView(ctx)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 3
    newest = view.selected()
    assert newest.id == max(r.id for r in view.reflections)
    assert view.delete_selected(confirm=False)
    assert view.table.rowCount() == 2 and ctx.store.count(ctx.profile_id) == 2
    with pytest.raises(KeyError):
        ctx.store.get(newest.id)


def test_follow_up_answered_in_new_reflection_is_stored_and_shown(qtbot, ctx):
    from hype_desktop.domain.reflection import NextStep, Phase, Round
    from hype_desktop.ui.wizard.followup_page import FOLLOWUP_KEY
    from hype_desktop.ui.wizard.wizard_view import WizardView
    inst = ctx.instrument
    old = ctx.store.start(ctx.profile_id, Round(Phase.KICKOFF, date(2025, 1, 1)), inst, ("x",),
                          inst.default_scope()[:1])
    ctx.store.save_next_steps(old.id, [NextStep("Kysyn kollegalta", inst.default_scope()[0])])
    ctx.store.finish(old.id, inst)
    new = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, date.today()), inst, ("x",),
                          inst.default_scope()[:1])
    wizard = WizardView(ctx, new)
    qtbot.addWidget(wizard)
    assert wizard.keys[0] == FOLLOWUP_KEY
    row = wizard.page.rows[0]
    row.status.setCurrentIndex(row.status.findData(StepStatus.PARTLY.value))
    row.learned.setText("Pienikin kysymys auttoi")
    row.learned.textEdited.emit(row.learned.text())
    wizard.next()
    step = ctx.store.get(old.id).next_steps[0]
    assert step.status is StepStatus.PARTLY and step.learned == "Pienikin kysymys auttoi"
    assert ctx.store.open_next_steps(ctx.profile_id) == []
    wizard.back()  # the answered step is still shown there
    assert wizard.page.rows[0].status.currentData() == StepStatus.PARTLY.value


def test_opening_and_ticking_all_draws_the_lines_once(qtbot, ctx, monkeypatch):
    from hype_desktop.charts import trend as charts
    from hype_desktop.ui.trends_view import TrendsView
    _fill(ctx, 40)
    calls = []
    real = charts.draw_trend
    monkeypatch.setattr(charts, "draw_trend", lambda *a, **k: (calls.append(len(a[1])), real(*a, **k)))
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    view.select_factors(None)
    qtbot.waitUntil(lambda: bool(calls))  # drawn by the view's zero-delay timer
    qtbot.wait(50)  # (Qt's LanguageChange for a new widget must not redraw it)
    assert calls == [len(view.covered)]


def test_next_steps_show_on_their_factor_line_and_rows_open_their_reflection(qtbot, ctx):
    from hype_desktop.domain.reflection import NextStep, Phase, Round
    from hype_desktop.ui.trends_view import TrendsView
    inst = ctx.instrument
    fid = inst.default_scope()[0]
    ids = []
    for day in (date(2025, 1, 10), date(2025, 3, 10), date(2025, 5, 10)):
        r = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, day), inst, ("x",), (fid,))
        for item in inst.factor(fid).items:
            ctx.store.save_answer(r.id, item.id, 3)
        ids.append(r.id)
    ctx.store.save_next_steps(ids[1], [NextStep("Kysyn kollegalta", fid)])
    for rid in ids:
        ctx.store.finish(rid, inst)
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    view.select_factors([fid])
    view.flush()
    from hype_desktop.charts.trend import RINGS_GID, panels
    (rings,) = [c for c in panels(view.trend_fig)[0].collections if c.get_gid() == RINGS_GID]
    ((x, y),) = rings.get_offsets().tolist()
    assert y == 3.0  # on the line, at the reflection where it was set
    assert abs(x - view.ordered[1].x) < 1e-9
    assert len(rings.get_facecolors()) == 0 or rings.get_facecolors()[0][3] == 0  # hollow
    view.tabs.setCurrentWidget(view.steps_table)
    assert view.steps_table.rowCount() == 1
    assert view.steps_table.item(0, 1).text().startswith(ctx.fmt_date(date(2025, 3, 10)))
    opened = []
    view.open_requested.connect(opened.append)
    view.steps_table.selectRow(0)
    assert view.open_button.isEnabled()
    view.open_button.click()
    view.tabs.setCurrentWidget(view.trend_table)
    view.trend_table.selectRow(0)  # newest first
    view.open_button.click()
    assert opened == [ids[1], ids[2]]


def test_a_real_language_change_still_retranslates_the_trend_view(qtbot, ctx):
    from hype_desktop.ui.trends_view import TrendsView
    _fill(ctx, 3)
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    ctx.language.apply("sv")
    qtbot.waitUntil(lambda: view._shown_lang == "sv")
    assert view.factor_list.item(0).text().startswith(
        ctx.instrument.factor(view.covered[0]).title.get("sv"))


def test_directions_in_words_and_too_few_answers_shown_as_missing(qtbot, ctx):
    from hype_desktop.domain.instrument import Direction
    from hype_desktop.domain.reflection import Phase, Round
    from hype_desktop.ui.trends_view import TrendsView
    inst = ctx.instrument
    strain = next(f for f in inst.factors() if f.direction is Direction.HIGHER_STRAIN)
    profile = next(f for f in inst.factors() if f.direction is Direction.PROFILE)
    ids = []
    for day, value, answered in ((date(2025, 1, 10), 2, None), (date(2025, 2, 10), 4, 1)):
        r = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, day), inst, ("x",),
                            (strain.id, profile.id))
        for item in strain.items:
            ctx.store.save_answer(r.id, item.id, value)
        for item in profile.items[:answered]:  # the second time: too few for a score
            ctx.store.save_answer(r.id, item.id, 3)
        ctx.store.finish(r.id, inst)
        ids.append(r.id)
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    view.select_factors([strain.id, profile.id])
    strain_label = view.factor_label(strain.id)
    assert view.tr("(higher = more strain)") in strain_label
    assert view.tr("(profile)") in view.factor_label(profile.id)
    items = [view.factor_list.item(i).text() for i in range(view.factor_list.count())]
    assert strain_label in items
    model = view.trend_table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
               for c in range(model.columnCount())]
    assert strain_label in headers
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert [" ".join(h.split()) for h in shown] == headers  # whole names, wrapped, never cut
    assert all(len(line) <= 22 for h in shown for line in h.split("\n"))
    col = headers.index(view.factor_label(profile.id))
    newest, oldest = model.index(0, col), model.index(1, col)
    assert model.data(newest) == view.tr("no score")  # missing, not 0
    assert model.data(oldest) == ctx.fmt_score(3.0)
    # the profile: the strain grew from 2 to 4, and the profile factor has no score now
    view.tabs.setCurrentWidget(view.profile_table)
    rows = {view.profile_table.item(r, 0).text(): r for r in range(view.profile_table.rowCount())}
    r = rows[strain_label]
    assert view.profile_table.item(r, 3).text().endswith(f"({labels.change_words(1, Direction.HIGHER_STRAIN)})")
    p = rows[view.factor_label(profile.id)]
    assert view.profile_table.item(p, 1).text() == view.score_text(None)
    assert view.profile_table.item(p, 3).text() == ""
    view.flush()
    from hype_desktop.charts.trend import panels
    titles = {ax.get_title(loc="left").replace("\n", " "): ax for ax in panels(view.trend_fig)}
    line = titles[view.factor_label(profile.id)].get_lines()[-1]
    ys = line.get_ydata()
    assert ys[0] == 3.0 and ys[1] != ys[1]  # NaN: a gap in the line, never 0
    assert strain_label in titles  # each chart is named, with how to read its direction



def test_the_charts_follow_the_theme_and_the_text_size(qtbot, ctx):
    from matplotlib.colors import to_hex

    from hype_desktop.charts.trend import panels
    from hype_desktop.ui.themes import THEMES
    from hype_desktop.ui.trends_view import TrendsView
    _fill(ctx, 5)
    ctx.appearance.set_theme("light")
    view = TrendsView(ctx)
    qtbot.addWidget(view)
    view.flush()
    assert to_hex(view.trend_fig.get_facecolor()) == THEMES["light"]["Base"]
    small = panels(view.trend_fig)[0].get_yticklabels()[0].get_fontsize()
    try:
        ctx.appearance.set_theme("high_contrast")
        ctx.appearance.set_zoom(200)
        view.retranslate()  # what the main window does when the look changes
        view.flush()
        assert to_hex(view.trend_fig.get_facecolor()) == THEMES["high_contrast"]["Base"]
        assert panels(view.trend_fig)[0].get_yticklabels()[0].get_fontsize() == 2 * small
    finally:
        ctx.appearance.set_zoom(100)
        ctx.appearance.set_theme("light")
