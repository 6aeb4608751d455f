"""Trainer presets: a valid one applies; each kind of broken one gives its own message, and
the app falls back to its defaults instead of failing."""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from mini_instrument import mini_instrument

from hype_desktop.domain.preset import MIN_K_DETAIL, MIN_K_SCORES
from hype_desktop.domain.reflection import Phase
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.instrument_build import load_builtin_instrument
from hype_desktop.formats.preset_format import MAX_LOGO_BYTES, preset_json_schema
from hype_desktop.formats.preset_loading import find_preset, load_preset, load_preset_or_defaults
from hype_desktop.messages import message


def png_bytes(width: int = 40, height: int = 20, fmt: str = "PNG") -> bytes:
    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 110, 120)).save(out, format=fmt)
    return out.getvalue()


def logo(raw: bytes, media_type: str = "image/png") -> dict:
    return {"media_type": media_type, "data_base64": base64.b64encode(raw).decode("ascii")}


def builtin_module_ids() -> list[str]:
    return [m.id for m in load_builtin_instrument().modules]


def valid_preset() -> dict:
    modules = builtin_module_ids()
    return {
        "format": "hype-preset", "format_version": 1,
        "organisation": "Koulutus Oy <b>&</b>",
        "logo": logo(png_bytes()),
        "default_language": "sv",
        "default_team_code": "TEAM-7",
        "rounds": [
            {"phase": "kickoff", "label": "Aloitus", "date": "2026-09-01", "modules": modules[:2]},
            {"phase": "closing", "label": "Päätös", "date": "2027-05-20", "modules": modules[:1]},
        ],
        "offered_modules": modules[:3],
        "min_group_sizes": {"scores": 4, "detail": 6},
    }


def write(folder: Path, data: object, name: str = "hype-preset.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def problem_of(path: Path) -> FileProblem:
    with pytest.raises(FileProblem) as info:
        load_preset(path)
    return info.value


def test_a_valid_preset_applies(tmp_path):
    preset = load_preset(write(tmp_path, valid_preset()))
    assert preset.organisation == "Koulutus Oy <b>&</b>"  # kept as text, never interpreted
    assert preset.logo == png_bytes() and preset.logo_type == "image/png"
    assert preset.default_language == "sv"
    assert preset.default_team_code == "TEAM-7"
    assert [r.phase for r in preset.rounds] == [Phase.KICKOFF, Phase.CLOSING]
    assert preset.rounds[0].date == date(2026, 9, 1) and preset.rounds[0].team_code == "TEAM-7"
    assert preset.offered_modules == tuple(builtin_module_ids()[:3])
    assert (preset.k_scores, preset.k_detail) == (4, 6)
    assert preset.instrument is None


def test_a_minimal_preset_keeps_the_apps_defaults(tmp_path):
    preset = load_preset(write(tmp_path, {"format": "hype-preset", "format_version": 1, "organisation": "X"}))
    assert (preset.k_scores, preset.k_detail) == (MIN_K_SCORES, MIN_K_DETAIL)
    assert preset.logo is None and preset.rounds == () and preset.offered_modules is None


def test_a_jpeg_logo_is_accepted(tmp_path):
    data = valid_preset()
    data["logo"] = logo(png_bytes(fmt="JPEG"), "image/jpeg")
    assert load_preset(write(tmp_path, data)).logo_type == "image/jpeg"


def test_a_preset_with_an_instrument_pack_uses_it(tmp_path):
    write(tmp_path, mini_instrument(), "hype-pack-mini.json")
    data = valid_preset()
    data.update(instrument_pack="hype-pack-mini.json", offered_modules=["alpha", "load"],
                rounds=[{"phase": "coaching", "label": "Coaching", "date": "2026-10-10", "modules": ["alpha", "load"]}])
    preset = load_preset(write(tmp_path, data))
    assert preset.instrument is not None and preset.instrument.id == "mini"


def _broken(**changes) -> dict:
    data = valid_preset()
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return data


BROKEN = {
    "group size for scores lowered": (_broken(min_group_sizes={"scores": 2, "detail": 5}), "preset.group_size_too_small"),
    "group size for detail lowered": (_broken(min_group_sizes={"scores": 3, "detail": 4}), "preset.group_size_too_small"),
    "logo not base64": (_broken(logo={"media_type": "image/png", "data_base64": "not*base64*at*all"}), "preset.logo_not_image"),
    "logo is a text file": (_broken(logo=logo(b"hello, this is not an image at all")), "preset.logo_not_image"),
    "logo says png but is jpeg": (_broken(logo=logo(png_bytes(fmt="JPEG"), "image/png")), "preset.logo_not_image"),
    "logo truncated": (_broken(logo=logo(png_bytes(400, 400)[:200])), "preset.logo_not_image"),
    "logo too many pixels": (_broken(logo=logo(png_bytes(3000, 10))), "preset.logo_too_many_pixels"),
    "logo gif": (_broken(logo={"media_type": "image/gif", "data_base64": "R0lGODlhAQABAAAAACw="}), "file.invalid"),
    "unknown module offered": (_broken(offered_modules=["no_such_module"]), "preset.unknown_module"),
    "unknown module in a round": (_broken(rounds=[{"phase": "kickoff", "label": "A", "date": "2026-01-01",
                                                  "modules": ["nope"]}]), "preset.unknown_module"),
    "impossible date": (_broken(rounds=[{"phase": "kickoff", "label": "A", "date": "2026-02-30",
                                         "modules": builtin_module_ids()[:1]}]), "preset.bad_date"),
    "unknown phase": (_broken(rounds=[{"phase": "party", "label": "A", "date": "2026-02-01",
                                       "modules": builtin_module_ids()[:1]}]), "file.invalid"),
    "missing pack": (_broken(instrument_pack="hype-pack-missing.json"), "preset.pack_missing"),
    "pack path escaping the folder": (_broken(instrument_pack="../../etc/passwd.json"), "file.invalid"),
    "unknown language": (_broken(default_language="de"), "file.invalid"),
    "team code with spaces": (_broken(default_team_code="my team"), "file.invalid"),
    "extra field": (_broken(colour="red"), "file.invalid"),
    "no organisation": (_broken(organisation=None), "file.invalid"),
    "organisation too long": (_broken(organisation="x" * 500), "file.invalid"),
    "not a preset": ({"format": "hype-instrument", "format_version": 1}, "file.wrong_kind"),
    "newer format": (_broken(format_version=99), "file.newer_format"),
    "number where text belongs": (_broken(organisation=12), "file.invalid"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_broken_preset_gives_its_message(tmp_path, case):
    data, key = BROKEN[case]
    problem = problem_of(write(tmp_path, data))
    assert problem.key == key, problem.render("en")
    for lang in ("fi", "sv", "en"):
        text = problem.render(lang)
        assert text.startswith("hype-preset.json: ") and not re.search(r"\{[a-z_]+\}", text)


def test_a_logo_over_the_byte_cap_is_refused(tmp_path):
    import os

    from PIL import Image
    noise = Image.frombytes("RGB", (430, 430), os.urandom(430 * 430 * 3))
    out = io.BytesIO()
    noise.save(out, format="PNG")
    assert len(out.getvalue()) > MAX_LOGO_BYTES
    problem = problem_of(write(tmp_path, _broken(logo=logo(out.getvalue()))))
    assert problem.key == "preset.logo_too_big"


def test_broken_json_duplicate_keys_and_size(tmp_path):
    path = tmp_path / "hype-preset.json"
    path.write_text('{"format": "hype-preset", "format": "hype-preset"}', encoding="utf-8")
    assert problem_of(path).key == "file.duplicate_key"
    path.write_text("{not json", encoding="utf-8")
    assert problem_of(path).key == "file.not_json"
    path.write_bytes(b" " * (2 * 1024 * 1024))
    assert problem_of(path).key == "file.too_big"


def test_a_broken_pack_named_by_a_preset_is_reported_with_the_pack_name(tmp_path):
    bad = copy.deepcopy(mini_instrument())
    bad["modules"][0]["factors"][0]["items"][0]["text"].pop("sv")
    write(tmp_path, bad, "hype-pack-bad.json")
    problem = problem_of(write(tmp_path, _broken(instrument_pack="hype-pack-bad.json")))
    assert problem.path.name == "hype-pack-bad.json" and "sv text is missing" in problem.render("en")


def test_load_or_defaults_returns_the_problem_instead_of_raising(tmp_path):
    path = write(tmp_path, _broken(default_language="de"))
    preset, problem = load_preset_or_defaults(path)
    assert preset is None and problem.key == "file.invalid"
    text = message("preset.broken", "fi", problem=problem.render("fi"))
    assert "hype-preset.json" in text and "omilla asetuksillaan" in text
    assert load_preset_or_defaults(None) == (None, None)  # not frozen: no preset next to python


def test_the_installed_preset_is_found_next_to_the_executable(tmp_path, monkeypatch):
    import sys
    exe = tmp_path / "hype-desktop"
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "nowhere"))
    assert find_preset() is None
    write(tmp_path, valid_preset())
    assert find_preset() == ("beside_app", tmp_path / "hype-preset.json")
    assert find_preset(tmp_path / "other.json") == ("explicit", tmp_path / "other.json")  # --preset wins


def test_a_preset_is_found_in_each_location_and_the_user_one_wins(tmp_path, monkeypatch):
    import sys
    app = tmp_path / "app"
    app.mkdir()
    (app / "hype-desktop").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "hype-desktop"))
    machine = tmp_path / "etc-xdg"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(machine))
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "hype-desktop"
    (machine / "hype-desktop").mkdir(parents=True)
    write(machine / "hype-desktop", valid_preset())
    assert find_preset() == ("machine", machine / "hype-desktop" / "hype-preset.json")
    write(app, valid_preset())
    assert find_preset() == ("beside_app", app / "hype-preset.json")
    user.mkdir(parents=True)
    write(user, valid_preset())
    assert find_preset() == ("user", user / "hype-preset.json")
    monkeypatch.setenv("HYPE_PRESET", str(machine / "hype-desktop" / "hype-preset.json"))
    assert find_preset()[0] == "explicit"
    preset, problem = load_preset_or_defaults()
    assert problem is None and preset.origin == "explicit"


def test_on_macos_the_preset_is_read_beside_the_bundle_not_inside_it(tmp_path, monkeypatch):
    import sys
    exe = tmp_path / "HyPe Desktop.app" / "Contents" / "MacOS" / "hype-desktop"
    exe.parent.mkdir(parents=True)
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "nowhere"))
    write(exe.parent, valid_preset())  # inside the signed bundle: never read
    assert find_preset() is None
    write(tmp_path, valid_preset())
    assert find_preset() == ("beside_app", tmp_path / "hype-preset.json")


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "hype-preset.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_preset()).encode("utf-8"))
    assert load_preset(path).organisation.startswith("Koulutus Oy")


def test_a_jpeg_logo_loses_its_exif_and_stands_upright(tmp_path):
    from PIL import Image
    img = Image.new("RGB", (60, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees to stand upright
    exif[0x0110] = "PhoneModel X"  # camera model
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif.tobytes())
    assert b"PhoneModel X" in out.getvalue()
    preset = load_preset(write(tmp_path, _broken(logo=logo(out.getvalue(), "image/jpeg"))))
    assert b"PhoneModel X" not in preset.logo
    with Image.open(io.BytesIO(preset.logo)) as cleaned:
        assert cleaned.size == (20, 60) and not cleaned.getexif()


def test_the_preset_round_that_has_come_is_prefilled_never_a_future_one():
    from hype_desktop.domain.preset import RoundInvitation, current_round

    def r(day: date) -> RoundInvitation:
        return RoundInvitation(phase=Phase.KICKOFF, label=str(day), date=day, modules=("a",))

    rounds = (r(date(2026, 9, 1)), r(date(2026, 11, 15)), r(date(2027, 5, 20)))
    assert current_round(rounds, date(2026, 12, 2)).date == date(2026, 11, 15)
    assert current_round(rounds, date(2026, 11, 15)).date == date(2026, 11, 15)
    assert current_round(rounds, date(2026, 8, 1)) is None
    assert current_round(rounds, date(2028, 1, 1)).date == date(2027, 5, 20)


def test_the_schema_describes_the_format():
    schema = preset_json_schema()
    assert schema["additionalProperties"] is False
    assert {"organisation", "format", "format_version"} <= set(schema["required"])
    assert "min_group_sizes" in schema["properties"]


def test_the_example_preset_in_the_trainer_guide_is_valid():
    example = Path(__file__).resolve().parents[2] / "docs" / "examples" / "hype-preset.json"
    preset = load_preset(example)
    assert preset.organisation and len(preset.rounds) == 3


def test_round_new_takes_the_programme_round_of_its_phase_from_the_preset(tmp_path, data_dir, capsys):
    from hype_desktop.cli import main
    from hype_desktop.formats.team_formats import read_round_file

    data = valid_preset()
    path = write(tmp_path, data)
    invite = tmp_path / "r.hype-round"
    args = ["--data-dir", str(data_dir), "round", "new", "--phase", "closing", "--preset", str(path),
            "--out", str(invite)]
    assert main(args[:4] + ["--team", "TEAM-A"] + args[4:]) == 0, capsys.readouterr().err
    first = read_round_file(invite)
    assert (first.round.label, first.round.date) == ("Päätös", "2027-05-20")  # the programme's closing round
    assert list(first.modules) == data["rounds"][1]["modules"]
    assert main(args[:4] + ["--team", "TEAM-B", "--label", "Oma"] + args[4:]) == 0
    second = read_round_file(invite)
    assert second.round.label == "Oma" and second.round.id != first.round.id  # each team its own round
