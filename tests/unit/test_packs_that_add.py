"""A trainer's pack may add modules and factors beside the built-in content, or replace it
explicitly; validate-pack says which, and warns where a trend would end unnoticed."""

from __future__ import annotations

import copy
import json

from mini_instrument import adding_pack, mini_instrument

from hype_desktop.cli import main
from hype_desktop.formats.content_library import with_pack
from hype_desktop.formats.instrument_build import load_builtin_instrument
from hype_desktop.formats.instrument_format import load_instrument_file
from hype_desktop.formats.preset_loading import load_preset


def write(folder, data, name):
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_pack_with_only_a_new_module_adds_it_beside_the_builtin_content(tmp_path):
    builtin = load_builtin_instrument()
    pack = load_instrument_file(write(tmp_path, adding_pack(), "pack.json"))
    content = with_pack(builtin, pack)
    assert [m.id for m in content.modules] == [m.id for m in builtin.modules] + ["koulutus"]
    assert (content.id, content.version) == ("koulutus-lisa", 1)  # reflections keep a copy of exactly this
    assert content.factor("koulutus.one") and content.factor(builtin.factors()[0].id) == builtin.factors()[0]
    assert content.source is not None and len(content.source["modules"]) == len(builtin.modules) + 1


def test_a_preset_with_an_adding_pack_offers_everything(tmp_path):
    write(tmp_path, adding_pack(), "hype-pack-extra.json")
    preset = write(tmp_path, {"format": "hype-preset", "format_version": 1, "organisation": "K",
                              "instrument_pack": "hype-pack-extra.json"}, "hype-preset.json")
    content = load_preset(preset).instrument
    assert "koulutus" in [m.id for m in content.modules] and len(content.modules) > 1


def test_an_adding_pack_that_reuses_builtin_ids_is_refused_with_the_ids(tmp_path):
    pack = adding_pack()
    pack["mode"] = "add"
    builtin_factor = load_builtin_instrument().factors()[0].id
    pack["modules"][0]["factors"][0]["id"] = builtin_factor
    write(tmp_path, pack, "hype-pack-extra.json")
    path = write(tmp_path, {"format": "hype-preset", "format_version": 1, "organisation": "K",
                            "instrument_pack": "hype-pack-extra.json"}, "hype-preset.json")
    code = main(["validate-preset", str(path), "--lang", "en"])
    assert code == 2


def test_validate_pack_says_add_or_replace(tmp_path, capsys):
    assert main(["validate-pack", str(write(tmp_path, adding_pack(), "a.json")), "--lang", "en"]) == 0
    assert "It adds 1 module(s) and 1 factor(s) beside the built-in content." in capsys.readouterr().out
    copy_of_core = json.loads(_core_path().read_text(encoding="utf-8"))
    copy_of_core["id"] = "koulutus-core"
    assert main(["validate-pack", str(write(tmp_path, copy_of_core, "c.json")), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "It replaces the built-in content" in out and 'does not say "mode"' in out
    copy_of_core["mode"] = "replace"
    assert main(["validate-pack", str(write(tmp_path, copy_of_core, "c.json")), "--lang", "en"]) == 0
    assert 'does not say "mode"' not in capsys.readouterr().out


def test_validate_pack_warns_about_renamed_statements_and_dropped_mappings(tmp_path, capsys):
    old = mini_instrument()
    old["item_map"] = {"alpha.one.0": "alpha.one.1"}
    new = copy.deepcopy(old)
    new["version"] = 2
    new["mode"] = "replace"
    new["modules"][0]["factors"][0]["items"][1]["id"] = "alpha.one.2b"  # renamed, not mapped
    new["item_map"] = {}
    args = ["validate-pack", str(write(tmp_path, new, "new.json")), "--previous",
            str(write(tmp_path, old, "old.json")), "--lang", "en"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "the statement “alpha.one.2” of the previous version is gone and not in item_map" in out
    assert "the mapping “alpha.one.0” → “alpha.one.1” of the previous version is gone" in out
    new["item_map"] = {"alpha.one.2": "alpha.one.2b", "alpha.one.0": "alpha.one.1"}
    write(tmp_path, new, "new.json")
    assert main(args) == 0
    assert "Warning" not in capsys.readouterr().out


def _core_path():
    from hype_desktop.formats.instrument_build import builtin_instrument_path
    return builtin_instrument_path()
