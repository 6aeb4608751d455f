"""The PDF export dialog: nothing free-text ticked by default, the exact text shown, written off the GUI thread."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from hype_desktop.domain.sample import sample_reflections
from hype_desktop.ui.a11y import accessible_name


@pytest.fixture
def ctx(core_ctx):
    context = core_ctx
    inst = context.instrument
    plan = sample_reflections(inst, 3, seed=4)
    last = plan[-1]
    first, second = (f for f in last.scope[:2])
    answers = dict(last.answers)
    for n, fid in enumerate((first, second)):
        item = inst.factor(fid).items[0].id
        answers[item] = replace(answers.get(item) or answers[next(iter(answers))], item_id=item,
                                note=f"Private <b>note</b> number {n} & more")
    plan[-1] = replace(last, answers=answers, modules=tuple(m.id for m in inst.modules),
                       scope=last.scope + tuple(f.id for f in inst.module("load").factors))
    context.store.add_complete(context.profile_id, plan, inst)
    return context


def _dialog(ctx, qtbot):
    from hype_desktop.ui.report_dialog import ReportDialog
    latest = ctx.store.latest_finished(ctx.profile_id)
    dialog = ReportDialog(ctx, latest.id)
    qtbot.addWidget(dialog)
    return dialog


def test_nothing_free_text_is_ticked_and_the_load_check_is_off(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    assert dialog.free_list.count() >= 2
    assert dialog.ticked() == frozenset()
    assert "None of your own notes or answers will be in the file." in dialog.preview.toPlainText()
    assert not dialog.module_checks["load"].isChecked()
    assert all(box.isChecked() for mid, box in dialog.module_checks.items() if mid != "load")
    assert dialog.compare_combo.currentData() is not None  # the reflection before, by default
    for widget in (dialog.lang_combo, dialog.size_combo, dialog.name_edit, dialog.free_list, dialog.save_button,
                   dialog.steps_check, *dialog.module_checks.values()):
        assert accessible_name(widget)


def test_ticked_text_is_shown_exactly_and_written_in_the_background(ctx, qtbot, tmp_path):
    dialog = _dialog(ctx, qtbot)
    dialog.show()
    item = dialog.free_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    key = tuple(item.data(Qt.ItemDataRole.UserRole))
    preview = dialog.preview.toPlainText()
    assert "Private <b>note</b> number 0 & more" in preview
    assert "number 1" not in preview
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("fi"))
    assert dialog.ticked() == frozenset({key})  # kept across language
    assert "Omin sanoin" in dialog.preview.toPlainText()
    dialog.name_edit.setText("Aino")
    dialog.grab().save(str(tmp_path / "dialog.png"))
    out = tmp_path / "out.pdf"
    with qtbot.waitSignal(dialog.signals.done, timeout=60_000):
        dialog.save_to(out)
    assert dialog.last_written == out
    assert "out.pdf" in dialog.status.text()
    body = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Private <b>note</b> number 0 & more" in body
    assert "number 1" not in body
    assert "Oma pohdintani työpajaan" in body and "Aino" in body
    assert ctx.settings.load().report_display_name == "Aino"


def test_a_failure_is_shown_as_a_sentence(ctx, qtbot, tmp_path):
    dialog = _dialog(ctx, qtbot)
    with qtbot.waitSignal(dialog.signals.failed, timeout=60_000):
        dialog.save_to(tmp_path / "missing" / "x.pdf")
    assert "does not exist" in dialog.status.text()
    assert dialog.save_button.isEnabled()


def test_summary_offers_the_export(ctx, qtbot):
    from hype_desktop.ui.summary_view import SummaryView
    latest = ctx.store.latest_finished(ctx.profile_id)
    view = SummaryView(ctx, latest)
    qtbot.addWidget(view)
    assert accessible_name(view.report_button)
    with qtbot.waitSignal(view.report_requested) as blocker:
        view.report_button.click()
    assert blocker.args == [latest.id]
