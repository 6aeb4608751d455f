"""The start page offers a quick check-in with an honest time estimate; the wizard asks its statements."""

from __future__ import annotations

from hype_desktop.domain.reflection import ReflectionForm
from hype_desktop.domain.time_estimate import minutes_for_scope as estimated_minutes
from hype_desktop.ui.wizard.pages import FactorPage
from hype_desktop.ui.wizard.start_page import StartPage
from hype_desktop.ui.wizard.wizard_view import WizardView


def test_quick_check_in_is_offered_estimated_and_asked(core_window):
    win = core_window
    win.show_start()
    page = win.view
    assert isinstance(page, StartPage)
    inst = win.ctx.instrument
    assert page.form_box.isVisibleTo(page) and page.quick_radio.isChecked()
    scope = inst.default_scope()
    quick, quick_statements = estimated_minutes(inst, scope, True)
    full, full_statements = estimated_minutes(inst, scope, False)
    assert 8 <= quick <= 11 < full and quick_statements < full_statements
    assert f"about {quick} min" in page.quick_radio.text() and f"about {full} min" in page.full_radio.text()
    assert f"{quick_statements} statements" in page.estimate.text()

    page.full_radio.setChecked(True)  # the estimate follows the choice...
    assert f"{full_statements} statements" in page.estimate.text()
    page.module_checks["community_online"].setChecked(False)  # ...and the modules
    assert estimated_minutes(inst, inst.scope_for_modules(("orientation", "key_factors")), False)[0] \
        < full
    page.module_checks["community_online"].setChecked(True)
    page.quick_radio.setChecked(True)
    page.start_button.click()
    wizard = win.view
    assert isinstance(wizard, WizardView) and wizard.reflection.form is ReflectionForm.SHORT
    assert win.ctx.store.get(wizard.reflection.id).short
    factor_page = wizard.page
    assert isinstance(factor_page, FactorPage)
    assert len(factor_page.rows) == len(factor_page.factor.items_for(True)) < len(factor_page.factor.items)


def test_without_a_short_form_the_choice_is_not_offered(window):
    window.show_start()
    page = window.view
    assert not page.form_box.isVisibleTo(page) and page.form() is ReflectionForm.FULL


def test_no_better_or_worse_hint_where_a_module_holds_resources(core_window):
    from PySide6.QtWidgets import QLabel

    from hype_desktop.ui.summary_view import SummaryView
    win = core_window
    win.show_start()
    page = win.view
    for mid, check in page.module_checks.items():
        check.setChecked(mid == "orientation")
    page.start_button.click()
    wizard = win.view
    while wizard.index < len(wizard.keys) - 1:
        for row in getattr(wizard.page, "rows", []):
            if hasattr(row, "scale"):
                row.scale._choose(2)
        wizard.next()
    wizard.next()
    assert isinstance(win.view, SummaryView)
    texts = [label.text() for label in win.view.findChildren(QLabel)]
    assert not any("better or worse" in t for t in texts)
