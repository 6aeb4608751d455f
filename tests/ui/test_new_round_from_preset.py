"""A trainer's preset fills in the lead's "New team round…" form: its round of the chosen phase
(name, date, modules) and its team code; never a retired content module."""

from __future__ import annotations

import json
from datetime import date

from hype_desktop.domain.reflection import Phase
from hype_desktop.formats.preset_loading import load_preset


def test_the_new_round_form_takes_the_programmes_round(qtbot, make_ctx, tmp_path):
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.ui.team.new_round_dialog import NewRoundDialog

    modules = [m.id for m in load_builtin_instrument().current_modules]
    (tmp_path / "hype-preset.json").write_text(json.dumps({
        "format": "hype-preset", "format_version": 1, "organisation": "K", "default_team_code": "KOULU-A",
        "rounds": [{"phase": "kickoff", "label": "Syksyn aloitus", "date": "2026-09-01", "modules": modules[:1]},
                   {"phase": "closing", "label": "Kevään päätös", "date": "2027-05-20", "modules": modules[1:2]}],
    }), encoding="utf-8")
    ctx = make_ctx(app_content=True, preset=load_preset(tmp_path / "hype-preset.json"))
    dialog = NewRoundDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.team_code.text() == "KOULU-A"
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.KICKOFF))
    assert dialog.label_edit.text() == "Syksyn aloitus"
    assert dialog.date_edit.date().toPython() == date(2026, 9, 1)
    assert {m for m, c in dialog.module_checks.items() if c.isChecked()} == {modules[0]}
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.CLOSING))
    assert dialog.label_edit.text() == "Kevään päätös"
    assert {m for m, c in dialog.module_checks.items() if c.isChecked()} == {modules[1]}
