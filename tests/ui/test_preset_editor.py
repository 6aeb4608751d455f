"""The trainer's preset editor writes a valid hype-preset.json, refuses to write an invalid one
(listing why, in plain words), keeps a picked photo's metadata out, and opens its own output."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from hype_desktop.domain.reflection import Phase
from hype_desktop.formats.preset_loading import load_preset


@pytest.fixture
def editor(qtbot, core_ctx):
    from hype_desktop.ui.preset_editor import PresetEditor
    dialog = PresetEditor(core_ctx)
    qtbot.addWidget(dialog)
    return dialog


def _photo(path):
    from PIL import Image
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x0110] = "PhoneModel X"
    Image.new("RGB", (3000, 1000), (20, 90, 160)).save(path, format="JPEG", exif=exif.tobytes())


def test_a_filled_form_saves_a_preset_the_app_reads(editor, tmp_path):
    editor.organisation.setText("Koulutus Oy")
    editor.team_code.setText("KOULU-A")
    editor.language.setCurrentIndex(editor.language.findData("fi"))
    editor.add_round(Phase.KICKOFF, "Aloituspaja", date(2026, 9, 1))
    editor.add_round(Phase.CLOSING, "Päätöspaja", date(2027, 5, 20))
    editor.k_scores.setValue(2)  # the spin box cannot go below the app's own 3
    photo = tmp_path / "logo.jpg"
    _photo(photo)
    from hype_desktop.formats.preset_writing import logo_png_from_file
    editor._set_logo(logo_png_from_file(photo))
    target = tmp_path / "hype-preset.json"
    assert editor.save_to(target), editor.problems.text()
    preset = load_preset(target)
    assert preset.organisation == "Koulutus Oy" and preset.default_team_code == "KOULU-A"
    assert [r.label for r in preset.rounds] == ["Aloituspaja", "Päätöspaja"] and preset.k_scores == 3
    assert b"PhoneModel X" not in target.read_bytes() and b"PhoneModel X" not in preset.logo
    from PIL import Image
    with Image.open(io.BytesIO(preset.logo)) as logo:
        assert max(logo.size) <= 1024 and logo.size[1] > logo.size[0]  # scaled, upright
    assert "load" not in {m for r in preset.rounds for m in r.modules}  # the load check is never in a round


def test_an_invalid_preset_is_not_written_and_the_problems_are_listed(editor, tmp_path):
    target = tmp_path / "hype-preset.json"
    target.write_text("keep me", encoding="utf-8")
    editor.team_code.setText("my team")  # organisation left empty too
    assert not editor.save_to(target)
    assert target.read_text(encoding="utf-8") == "keep me"
    shown = editor.problems.text()
    assert "Nothing was saved" in shown and "organisation" in shown and "default_team_code" in shown
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_an_existing_preset_opens_for_editing(editor, tmp_path):
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.preset_writing import draft_from_file

    source = tmp_path / "in.json"
    modules = [m.id for m in load_builtin_instrument().current_modules][:2]
    source.write_text(json.dumps({"format": "hype-preset", "format_version": 1, "organisation": "Org",
                                  "offered_modules": modules,
                                  "rounds": [{"phase": "coaching", "label": "C1", "date": "2026-10-10",
                                              "modules": modules[:1]}]}), encoding="utf-8")
    editor.load(draft_from_file(source, load_builtin_instrument()))
    assert editor.organisation.text() == "Org" and editor.rounds.rowCount() == 1
    assert {m for m, c in editor.module_checks.items() if c.isChecked()} == set(modules)
