"""`hype-desktop --self-test --preset FILE` walks a reflection with the preset's content."""

from __future__ import annotations

import json

from mini_instrument import adding_pack

from hype_desktop.self_test import run_self_test


def test_the_self_test_walks_the_presets_content(qapp, tmp_path, capsys, monkeypatch):
    (tmp_path / "hype-pack-extra.json").write_text(json.dumps(adding_pack()), encoding="utf-8")
    preset = tmp_path / "hype-preset.json"
    preset.write_text(json.dumps({"format": "hype-preset", "format_version": 1, "organisation": "K",
                                  "instrument_pack": "hype-pack-extra.json", "offered_modules": ["koulutus"]}),
                      encoding="utf-8")
    seen = []
    import hype_desktop.app as app
    real = app.build_context
    monkeypatch.setattr(app, "build_context", lambda *a, **k: seen.append(real(*a, **k)) or seen[-1])
    assert run_self_test("en", str(preset)) == 0, capsys.readouterr().err
    assert seen[0].instrument.id == "koulutus-lisa" and seen[0].preset.organisation == "K"
    assert "The trainer's preset was used: K" in capsys.readouterr().out


def test_the_installed_self_test_finds_the_preset_beside_the_app(qapp, tmp_path, capsys, monkeypatch):
    import sys
    (tmp_path / "hype-desktop").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "hype-desktop"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "nowhere"))
    (tmp_path / "hype-preset.json").write_text(json.dumps(
        {"format": "hype-preset", "format_version": 1, "organisation": "Beside"}), encoding="utf-8")
    assert run_self_test("en") == 0, capsys.readouterr().err
    assert "The trainer's preset was used: Beside" in capsys.readouterr().out


def test_a_broken_preset_fails_the_self_test_with_its_reason(qapp, tmp_path, capsys):
    preset = tmp_path / "hype-preset.json"
    preset.write_text('{"format": "hype-preset", "format_version": 1}', encoding="utf-8")
    assert run_self_test("en", str(preset)) == 1
    assert "hype-preset.json" in capsys.readouterr().err
