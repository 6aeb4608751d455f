"""`hype-desktop validate-pack FILE`: every rule is caught and printed with its place counted from 1;
exit 2 for problems, like validate-preset."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from mini_instrument import mini_instrument

from hype_desktop.cli import main


def write(folder: Path, data: object, name: str = "pack.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def validate(capsys, path: Path) -> tuple[int, str]:
    code = main(["validate-pack", str(path), "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_a_valid_pack_passes(tmp_path, capsys):
    code, out = validate(capsys, write(tmp_path, mini_instrument()))
    assert code == 0
    assert "pack.json: the pack is valid (2 modules, 11 statements)" in out


def test_a_valid_pack_with_a_mapping_says_so(tmp_path, capsys):
    data = mini_instrument()
    data["version"] = 2
    data["item_map"] = {"alpha.one.old": "alpha.one.1"}
    code, out = validate(capsys, write(tmp_path, data))
    assert code == 0 and "1 old statement id(s) are mapped" in out


def _break(mutate) -> dict:
    data = copy.deepcopy(mini_instrument())
    mutate(data)
    return data


def _item(data, m=0, f=0, i=0):
    return data["modules"][m]["factors"][f]["items"][i]


RULES = {
    "duplicate id": (lambda d: _item(d, 0, 0, 1).__setitem__("id", "alpha.one.1"),
                     ["the id “alpha.one.1” is used more than once"]),
    "missing language": (lambda d: _item(d)["text"].pop("sv"), ["alpha.one.1.text: the sv text is missing"]),
    "explicit languages allow a missing one": None,
    "scale not 1-5": (lambda d: d["scale"]["points"][4].__setitem__("value", 4),
                      ["scale: the scale points must be 1, 2, 3, 4, 5 in order"]),
    "threshold on a non-strain factor": (
        lambda d: d["modules"][0]["factors"][0].__setitem__("strain_threshold", 3.0),
        ["modules, item 1 → factors, item 1: strain_threshold is only for factors with direction higher_strain"]),
    "unknown direction": (lambda d: d["modules"][0]["factors"][0].__setitem__("direction", "up"),
                          ["modules, item 1 → factors, item 1 → direction: use one of"]),
    "bands leave a gap": (lambda d: d["modules"][0]["factors"][0]["bands"][1].__setitem__("min", 2.8),
                          ["leave a gap or overlap"]),
    "min_answered over items": (lambda d: d["modules"][0]["factors"][1].__setitem__("min_answered", 9),
                                ["modules, item 1 → factors, item 2: min_answered (9) is more than the 3 statements"]),
    "mapping to nowhere": (lambda d: d.__setitem__("item_map", {"old.x": "no.such"}),
                           ["item_map: “old.x” maps to “no.such”, which is not a statement of this pack"]),
    "mapping keeps an old id": (lambda d: d.__setitem__("item_map", {"alpha.one.1": "alpha.one.2"}),
                                ["item_map: “alpha.one.1” is still a statement of this version"]),
    "extra field": (lambda d: _item(d).__setitem__("colour", "red"), ["modules, item 1 → factors, item 1 → items, item 1 → colour: this field is not part of the format"]),
    "bad id": (lambda d: _item(d).__setitem__("id", "Bad Id!"), ["modules, item 1 → factors, item 1 → items, item 1 → id: an id is lower-case letters"]),
}
RULES.pop("explicit languages allow a missing one")


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_is_caught_with_its_location(tmp_path, capsys, rule):
    mutate, expected = RULES[rule]
    code, out = validate(capsys, write(tmp_path, _break(mutate)))
    assert code == 2
    assert "pack.json:" in out and "problem(s) found" in out
    for text in expected:
        assert text in out, out


def test_an_explicit_language_list_allows_leaving_a_language_out(tmp_path, capsys):
    def only_fi_en(d):
        d["languages"] = ["fi", "en"]
        _item(d)["text"].pop("sv")
    code, out = validate(capsys, write(tmp_path, _break(only_fi_en)))
    assert code == 0, out


def test_every_problem_is_listed_not_only_the_first(tmp_path, capsys):
    def many(d):
        for n in range(3):
            _item(d, 0, 0, n)["text"].pop("fi")
        d["item_map"] = {"gone": "nowhere.x"}
    code, out = validate(capsys, write(tmp_path, _break(many)))
    assert code == 2
    assert "4 problem(s) found" in out
    assert out.count("\n  - ") == 4


def test_files_that_are_not_packs(tmp_path, capsys):
    path = tmp_path / "pack.json"
    path.write_text('{"a": 1, "a": 2}', encoding="utf-8")
    code, out = validate(capsys, path)
    assert code == 2 and "twice" in out
    code, out = validate(capsys, write(tmp_path, {"format": "hype-preset"}))
    assert code == 2 and "format: This is not a HyPe instrument file" in out
    code, out = validate(capsys, tmp_path / "missing.json")
    assert code == 2 and "could not be read" in out


def test_the_report_is_in_finnish_when_asked(tmp_path, capsys):
    assert main(["validate-pack", str(write(tmp_path, mini_instrument())), "--lang", "fi"]) == 0
    assert "paketti on kelvollinen" in capsys.readouterr().out


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", ["tunnusta ”alpha.one.1” käytetään useammin kuin kerran",
            "modules, kohta 1 → factors, kohta 1: bands-välien 1.0–2.4 ja 2.8–3.4 väliin jää aukko",
            "item_map: ”old.x” kohdistetaan väittämään ”no.such”"]),
    ("sv", ["id:t ”alpha.one.1” används mer än en gång",
            "modules, punkt 1 → factors, punkt 1: bands 1.0–2.4 och 2.8–3.4 lämnar en lucka",
            "item_map: ”old.x” kopplas till ”no.such”"]),
])
def test_the_pack_wide_rules_are_in_the_readers_language_at_their_places(tmp_path, capsys, lang, expected):
    def pack_wide(d):
        _item(d, 0, 0, 1)["id"] = "alpha.one.1"
        d["item_map"] = {"old.x": "no.such"}

    def bands(d):  # a factor's own rule (the pack-wide ones are checked once every factor reads)
        d["modules"][0]["factors"][0]["bands"][1]["min"] = 2.8
    out = ""
    for n, broken in enumerate((pack_wide, bands)):
        assert main(["validate-pack", str(write(tmp_path, _break(broken), f"p{n}.json")), "--lang", lang]) == 2
        out += capsys.readouterr().out
    for text in expected:
        assert text in out, out
    assert "used more than once" not in out and "leave a gap" not in out  # no English left
