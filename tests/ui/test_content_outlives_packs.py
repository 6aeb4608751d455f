"""A reflection made with a trainer's pack keeps its words when the pack is removed or replaced
by a version that drops a factor: summary, trends, the PDF, the command line's report and
continuing an unfinished reflection all work, and the factor says its content is no longer installed."""

from __future__ import annotations

import copy
import json
from datetime import date

from mini_instrument import mini_instrument
from pypdf import PdfReader

from hype_desktop.cli import main
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.formats.preset_loading import load_preset


def _preset(folder, pack: dict, name: str = "hype-pack-mini.json"):
    (folder / name).write_text(json.dumps(pack), encoding="utf-8")
    preset = {"format": "hype-preset", "format_version": 1, "organisation": "Koulutus Oy",
              "instrument_pack": name}
    (folder / "hype-preset.json").write_text(json.dumps(preset), encoding="utf-8")
    return load_preset(folder / "hype-preset.json")


def _without_alpha_two(pack: dict) -> dict:
    newer = copy.deepcopy(pack)
    newer["version"] = 2
    newer["modules"][0]["factors"] = [f for f in newer["modules"][0]["factors"] if f["id"] != "alpha.two"]
    return newer


def _reflect(ctx, *, finish: bool):
    inst = ctx.instrument
    scope = ("alpha.one", "alpha.two")
    r = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, date.today()), inst, ("alpha",), scope)
    for factor in scope:
        for item in inst.factor(factor).items:
            ctx.store.save_answer(r.id, item.id, 4)
    if finish:
        ctx.store.finish(r.id, inst)
    return r.id


def test_a_dropped_factor_keeps_its_words_everywhere(qtbot, data_dir, tmp_path, capsys, make_ctx):
    old_folder, new_folder = tmp_path / "v1", tmp_path / "v2"
    old_folder.mkdir()
    new_folder.mkdir()
    ctx = make_ctx("en", app_content=True, preset=_preset(old_folder, mini_instrument()))
    finished = _reflect(ctx, finish=True)
    unfinished = _reflect(ctx, finish=False)
    ctx.services.close()

    # the trainer's next pack version drops alpha.two
    ctx = make_ctx("en", app_content=True, preset=_preset(new_folder, _without_alpha_two(mini_instrument())))
    try:
        inst = ctx.instrument
        assert inst.version == 2
        two = inst.factor("alpha.two")
        assert two.title.get("en").endswith("(content no longer installed)")
        assert two.title.get("fi").endswith("(sisältö ei ole enää asennettuna)")
        assert inst.factor("alpha.one").title.get("en") == "Factor alpha.one"  # installed words where known
        assert all(not m.retired for m in inst.current_modules)
        assert "alpha.two" not in inst.default_scope()

        from hype_desktop.ui.main_window import MainWindow
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show_start()  # a new reflection is never offered the retired content
        assert not any(".retired" in m for m in window.view.module_checks)
        window.show_summary(finished)
        from PySide6.QtWidgets import QLabel

        from hype_desktop.ui.results_table import ResultsTable
        shown = " ".join(label.text() for label in window.view.findChildren(QLabel))
        shown += " ".join(" ".join(row) for t in window.view.findChildren(ResultsTable) for row in t.results.rows())
        assert "Factor alpha.two (content no longer installed)" in shown
        window.continue_reflection(unfinished)  # an unfinished one continues, its dropped factor too
        from hype_desktop.ui.wizard.wizard_view import WizardView
        assert isinstance(window.view, WizardView)
    finally:
        ctx.services.close()

    # the command line's report, with the new preset: no KeyError, the dropped factor named
    out = tmp_path / "report.pdf"
    code = main(["report", "--data-dir", str(data_dir), "--out", str(out), "--lang", "en",
                 "--preset", str(new_folder / "hype-preset.json"), "--reflection", str(finished)])
    assert code == 0, capsys.readouterr().err
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "content no longer installed" in text and "Koulutus Oy" in text


def test_without_any_preset_the_pack_reflection_still_opens(data_dir, tmp_path, make_ctx):
    folder = tmp_path / "pack"
    folder.mkdir()
    ctx = make_ctx("en", app_content=True, preset=_preset(folder, mini_instrument()))
    _reflect(ctx, finish=True)
    ctx.services.close()
    ctx = make_ctx("en", app_content=True, preset=None)  # the stock content, another instrument id
    try:
        assert ctx.instrument.id != "mini"
        title = ctx.instrument.factor("alpha.one").title.get("en")
        assert title == "Factor alpha.one (content no longer installed)"
        assert not any(m.id.startswith("alpha") for m in ctx.instrument.current_modules)
    finally:
        ctx.services.close()
