"""`hype-desktop validate-preset FILE`: plain lines, places counted from 1, no regular expressions,
every problem at once, in the language asked for; exit 0 valid, 2 not."""

from __future__ import annotations

import json
import re

from test_preset import _broken, logo, valid_preset, write

from hype_desktop.cli import main


def _run(capsys, path, lang="en") -> tuple[int, list[str]]:
    code = main(["validate-preset", str(path), "--lang", lang])
    return code, capsys.readouterr().out.strip().splitlines()


def test_a_valid_preset_passes(tmp_path, capsys):
    code, lines = _run(capsys, write(tmp_path, valid_preset()), "fi")
    assert code == 0 and "on kelvollinen asetustiedosto" in lines[0]


def test_every_problem_is_one_plain_line_with_its_place_counted_from_one(tmp_path, capsys):
    data = _broken(default_team_code="my team", default_language="de", colour="red")
    data["rounds"][1]["date"] = "20.5.2027"
    code, lines = _run(capsys, write(tmp_path, data), "fi")
    assert code == 2
    assert lines[0].startswith("hype-preset.json: löytyi 4 ongelma")
    body = "\n".join(lines[1:])
    assert "rounds, kohta 2 → date: kirjoita päivämäärä muodossa VVVV-KK-PP" in body
    assert "default_team_code: tiimikoodi on 2–32 kirjainta" in body
    assert "default_language: käytä jotakin näistä" in body
    assert "colour: tämä kenttä ei kuulu muotoon" in body
    assert not re.search(r"\^|\\d|\{\d|\[0-9", body)  # no regular expression reaches a trainer
    assert "String should" not in body and "Input should" not in body  # no pydantic wording


def test_rule_problems_are_all_reported_too(tmp_path, capsys):
    data = _broken(min_group_sizes={"scores": 2, "detail": 4},
                   logo=logo(b"hello, this is not an image at all"))
    data["rounds"][0]["modules"] = ["no_such_module"]
    code, lines = _run(capsys, write(tmp_path, data), "sv")
    assert code == 2 and len(lines) == 1 + 4
    body = "\n".join(lines)
    assert "min_group_sizes → scores" in body and "min_group_sizes → detail" in body
    assert "rounds, punkt 1 → modules, punkt 1: Modulen ”no_such_module” finns inte" in body
    assert "logo: Logotypen är inte en användbar PNG- eller JPEG-bild" in body


def test_a_sensitive_module_may_not_be_in_a_round_that_does_not_offer_it(tmp_path, capsys):
    data = valid_preset()
    offered = data["offered_modules"]
    data["rounds"][0]["modules"] = [offered[0], "load"]
    data["offered_modules"] = [m for m in offered if m != "load"]
    code, lines = _run(capsys, write(tmp_path, data))
    assert code == 2
    assert any("modules, item 2: the round includes the module “load”, which the preset does not offer" in line
               for line in lines)


def test_a_byte_order_mark_and_a_broken_file_each_get_one_line(tmp_path, capsys):
    path = tmp_path / "hype-preset.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_preset()).encode())
    assert _run(capsys, path)[0] == 0
    path.write_text("{not json", encoding="utf-8")
    code, lines = _run(capsys, path)
    assert code == 2 and len(lines) == 1 and lines[0].startswith("hype-preset.json: The file is not valid JSON")


def test_hostile_field_names_reach_the_terminal_without_control_characters(tmp_path, capsys):
    data = valid_preset()
    data["\x1b[2Jcleared"] = 1
    code, lines = _run(capsys, write(tmp_path, data))
    assert code == 2 and "\x1b" not in "".join(lines) and "\\x1b[2Jcleared" in "".join(lines)


def test_validate_pack_uses_the_same_reporter_and_exit_code(tmp_path, capsys):
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"format": "hype-instrument", "format_version": 1}), encoding="utf-8")
    code, lines = _run_pack(capsys, path)
    assert code == 2 and lines[0].startswith("pack.json:") and "problem" in lines[0]
    assert all(line.startswith("  - ") for line in lines[1:]) and len(lines) > 1


def _run_pack(capsys, path):
    code = main(["validate-pack", str(path), "--lang", "en"])
    return code, capsys.readouterr().out.strip().splitlines()
