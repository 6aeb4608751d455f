"""Home as a dashboard and the summary as a picture with a table behind it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QProgressBar

from hype_desktop.domain.reflection import Round
from hype_desktop.domain.sample import sample_reflections
from hype_desktop.domain.time_estimate import minutes_for
from hype_desktop.domain.trends import largest_changes
from hype_desktop.ui.home_view import HomeView
from hype_desktop.ui.summary_view import SummaryView


def _with_history(ctx, count=2, team=False):
    plan = sample_reflections(ctx.instrument, count, seed=7)
    if team:
        last = plan[-1]
        plan[-1] = replace(last, round=replace(last.round, team_code="7B", round_uid="r-1"))
    ctx.store.add_complete(ctx.profile_id, plan, ctx.instrument)
    return ctx.store.latest_finished(ctx.profile_id)


def test_time_estimate():
    assert minutes_for(0) == 0
    assert minutes_for(1) == 1
    assert minutes_for(75) == 10
    assert minutes_for(75, 19, next_steps=True) == 15


def test_home_without_reflections_has_start_as_its_one_primary_action(make_ctx, qtbot):
    home = HomeView(make_ctx())
    qtbot.addWidget(home)
    assert home.start_button.property("primary") is True
    assert home.continue_button is None and home.summary_button is None and home.share_button is None


def test_home_shows_progress_time_left_and_a_mini_profile(make_ctx, qtbot):
    ctx = make_ctx()
    latest = _with_history(ctx, team=True)
    reflection = ctx.store.start(ctx.profile_id, Round(phase=latest.round.phase, date=latest.round.date),
                                 ctx.instrument, latest.modules, latest.scope)
    first = ctx.instrument.factor(reflection.scope[0]).items[0].id
    ctx.store.save_answer(reflection.id, first, 4)
    home = HomeView(ctx)
    qtbot.addWidget(home)
    assert home.continue_button.property("primary") is True
    assert not home.start_button.property("primary")
    bar = home.findChild(QProgressBar)
    total = sum(len(f.items) for f in ctx.instrument.known_factors(reflection.scope))
    assert (bar.value(), bar.maximum()) == (1, total)
    words = " ".join(label.text() for label in home.findChildren(QLabel))
    pages = len(list(ctx.instrument.known_factors(reflection.scope)))
    assert f"About {minutes_for(total - 1, pages, next_steps=True)} minutes still to go" in words
    # the latest result at a glance: the factors that moved most since the one before, as a table
    earlier = ctx.store.latest_finished(ctx.profile_id, skip=1)
    scored = [fid for fid, s in latest.scores.items() if s.mean is not None]
    changes = largest_changes([f.id for f in ctx.instrument.known_factors(latest.scope) if f.id in scored],
                              latest, earlier)
    assert changes, "the generated history moves at least one factor"
    table = home.changes_table
    assert table is not None and table.accessibleName() == "What changed most since last time"
    rows = table.results.rows()
    assert [r[0] for r in rows] == [ctx.instrument.factor(c.factor_id).title.get("en") for c in changes]
    assert all("→" in r[2] for r in rows) and len(rows) <= min(4, len(scored))
    assert f"{rows[0][0]}: {rows[0][1]} now, " in table.accessibleDescription()  # the dots in words
    assert (f"All {len(scored)} factors are in the summary." in words) == (len(scored) > len(rows))
    assert home.share_button is not None
    with qtbot.waitSignal(home.share_requested) as signal:
        home.share_button.click()
    assert signal.args == [latest.id]


def test_summary_is_a_picture_with_words_in_a_table(make_ctx, qtbot):
    from hype_desktop.ui.band_scale import BandDelegate
    from hype_desktop.ui.results_table import ResultsTable
    ctx = make_ctx()
    latest = _with_history(ctx, count=3)
    view = SummaryView(ctx, latest)
    qtbot.addWidget(view)
    tables = view.findChildren(ResultsTable)
    scores = tables[0]
    assert scores.results.headers() == ["Factor", "Score", "Last time", "In words"]
    delegate = scores.itemDelegateForColumn(1)
    assert isinstance(delegate, BandDelegate)
    pictured = [p for p in delegate.rows if p is not None]
    assert pictured and all(before is not None for _bands, _score, before in pictured)
    view.resize(900, 700)
    view.show()
    image = scores.grab().toImage()  # the picture is drawn: the marker colour is in the score column
    from PySide6.QtGui import QColor

    from hype_desktop.ui.themes import STYLE_COLOURS
    column = scores.columnViewportPosition(1)
    colours = {QColor(image.pixel(x, y)).name() for x in range(column, column + scores.columnWidth(1))
               for y in range(0, image.height(), 2)}
    assert STYLE_COLOURS["light"]["Marker"] in colours
    assert view.compare_button.isVisibleTo(view) and not view.share_button.isVisibleTo(view)
    with qtbot.waitSignal(view.compare_requested):
        view.compare_button.click()


def test_home_and_the_start_page_give_one_time_estimate(make_ctx, qtbot):
    """A first reflection: Home says what the start page will say, by the one rule."""
    from hype_desktop.domain.time_estimate import minutes_for_scope
    from hype_desktop.ui.wizard.start_page import StartPage
    ctx = make_ctx(app_content=True)
    inst = ctx.instrument
    quick, _ = minutes_for_scope(inst, inst.default_scope(), True)
    full, statements = minutes_for_scope(inst, inst.default_scope(), False)
    assert quick < full and full == minutes_for(statements, len(inst.known_factors(inst.default_scope())),
                                                next_steps=True)
    home = HomeView(ctx)
    qtbot.addWidget(home)
    words = " ".join(label.text() for label in home.findChildren(QLabel))
    assert f"A quick check-in takes about {quick} minutes, a full reflection about {full};" in words
    start = StartPage(ctx)
    qtbot.addWidget(start)
    assert f"about {quick} min" in start.quick_radio.text() and f"about {full} min" in start.full_radio.text()


def test_home_counts_what_is_left_of_a_quick_check_in_in_its_own_statements(make_ctx, qtbot):
    from hype_desktop.domain.reflection import ReflectionForm
    ctx = make_ctx(app_content=True)
    inst = ctx.instrument
    scope = inst.default_scope()
    r = ctx.store.start(ctx.profile_id, Round(phase=sample_reflections(inst, 1)[0].round.phase,
                                              date=sample_reflections(inst, 1)[0].round.date),
                        inst, ("orientation",), inst.scope_for_modules(("orientation",)), form=ReflectionForm.SHORT)
    home = HomeView(ctx)
    qtbot.addWidget(home)
    short_total = sum(len(f.items_for(True)) for f in inst.known_factors(r.scope))
    assert short_total < sum(len(f.items) for f in inst.known_factors(r.scope)) and scope
    assert home.findChild(QProgressBar).maximum() == short_total
