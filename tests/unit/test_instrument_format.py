"""Instrument files from outside: a valid file loads; every broken one is a FileProblem.

The message must name the file and say what is wrong; nothing but FileProblem may escape
load_instrument_file (no traceback for a bad file).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mini_instrument import mini_instrument

from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.instrument_build import build_instrument
from hype_desktop.formats.instrument_format import (
    MAX_FILE_BYTES,
    instrument_json_schema,
    load_instrument_file,
    validate_instrument_data,
)


def write(folder: Path, data: object, name: str = "pack.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")  # \uXXXX escapes, as some tools write
    return path


def problem_of(path: Path) -> FileProblem:
    with pytest.raises(FileProblem) as info:
        load_instrument_file(path)
    return info.value


def test_valid_mini_instrument_loads(tmp_path):
    inst = load_instrument_file(write(tmp_path, mini_instrument()))
    assert inst == build_instrument(mini_instrument())
    assert inst.factor("load.tech").strain_threshold == 3.5
    assert inst.factor("alpha.one").strain_threshold is None


def test_only_some_languages_is_valid(tmp_path):
    """A Finnish-only instrument without sv/en texts."""
    data = mini_instrument()
    data["languages"] = ["fi"]

    def strip(node):
        if isinstance(node, dict):
            if set(node) == {"fi", "sv", "en"}:
                return {"fi": node["fi"]}
            return {k: strip(v) for k, v in node.items()}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    inst = load_instrument_file(write(tmp_path, strip(data)))
    assert inst.item("alpha.one.1").text.get("sv") == "Statement 1 of alpha.one (fi)"


def test_whole_numbers_where_decimals_are_expected(tmp_path):
    data = mini_instrument()
    factor = data["modules"][1]["factors"][0]
    factor["bands"][0]["min"] = 1
    factor["bands"][2]["max"] = 5
    factor["strain_threshold"] = 4
    inst = load_instrument_file(write(tmp_path, data))
    assert inst.factor("load.tech").strain_threshold == 4.0


def _f(data: dict, module: int = 0, factor: int = 0) -> dict:
    return data["modules"][module]["factors"][factor]


BROKEN = {
    "missing_sv_text": (lambda d: _f(d)["items"][0]["text"].pop("sv"),
                        ["alpha.one.1.text: the sv text is missing"]),
    "missing_sv_title": (lambda d: d["title"].pop("sv"), ["title: the sv text is missing"]),
    "lone_surrogate": (lambda d: d["title"].update(en="Bad \ud800 text"), ["title → en: this value is not valid here"]),
    "blank_text": (lambda d: d["title"].update(en="   "), ["title → en: the text must have at least 1 character"]),
    "duplicate_item_id": (lambda d: _f(d)["items"][1].update(id="alpha.one.1"),
                          ["the id “alpha.one.1” is used more than once"]),
    "duplicate_across_modules": (lambda d: _f(d, 1)["items"][0].update(id="alpha.two.2"),
                                 ["the id “alpha.two.2” is used more than once"]),
    "duplicate_language": (lambda d: d.update(languages=["fi", "fi"]), ["languages lists a language twice"]),
    "bands_with_gap": (lambda d: _f(d)["bands"][1].update(min=2.7), ["2.7", "leave a gap or overlap"]),
    "bands_overlap": (lambda d: _f(d)["bands"][1].update(min=2.3), ["leave a gap or overlap"]),
    "band_limits_in_hundredths": (lambda d: (_f(d)["bands"][0].update(max=2.35), _f(d)["bands"][1].update(min=2.45)),
                                  ["band 1.0–2.35: write the limits with one decimal"]),
    "bands_short_of_5": (lambda d: _f(d)["bands"][2].update(max=4.5), ["cover the whole scale"]),
    "band_backwards": (lambda d: (_f(d)["bands"][1].update(min=2.5, max=2.4), _f(d)["bands"][2].update(min=2.5)),
                       ["band 2.5–2.4 runs backwards"]),
    "min_answered_over_items": (lambda d: _f(d).update(min_answered=5),
                                ["min_answered (5) is more than the 4 statements"]),
    "strain_threshold_not_strain": (lambda d: _f(d).update(strain_threshold=3.0),
                                    ["strain_threshold is only for factors with direction higher_strain"]),
    "item_map_to_missing": (lambda d: d.update(item_map={"old.one": "alpha.one.9"}),
                            ["“old.one” maps to “alpha.one.9”, which is not a statement of this pack"]),
    "item_map_from_current": (lambda d: d.update(item_map={"alpha.one.1": "alpha.one.2"}),
                              ["“alpha.one.1” is still a statement"]),
    "extra_key_top": (lambda d: d.update(colour="red"), ["colour: this field is not part of the format"]),
    "extra_key_nested": (lambda d: _f(d)["items"][0].update(weight=2), ["items, item 1 → weight: this field is not part of the format"]),
    "extra_language": (lambda d: d["title"].update(de="Titel"), ["title → de: this field is not part of the format"]),
    "unknown_language": (lambda d: d.update(languages=["fi", "de"]), ["languages, item 2: use one of: “fi”, “sv”, “en”"]),
    "unknown_direction": (lambda d: _f(d).update(direction="lower_better"), ["direction"]),
    "string_number": (lambda d: _f(d).update(min_answered="2"), ["min_answered: write a whole number here"]),
    "bool_number": (lambda d: _f(d).update(min_answered=True), ["min_answered"]),
    "bad_id": (lambda d: _f(d).update(id="Alpha One"), ["modules, item 1 → factors, item 1 → id: an id is lower-case letters"]),
    "scale_order": (lambda d: d["scale"]["points"].reverse(), ["1, 2, 3, 4, 5 in order"]),
    "no_modules": (lambda d: d.update(modules=[]), ["modules", "at least 1"]),
    "missing_field": (lambda d: d.pop("scale"), ["scale: this field is missing"]),
    "wrong_format_name": (lambda d: d.update(format="hype-export"), ["This is not a HyPe instrument file."]),
    "newer_format_version": (lambda d: d.update(format_version=2),
                             ["newer version of HyPe Desktop", "format 2", "up to 1"]),
    "format_version_zero": (lambda d: d.update(format_version=0), ["format_version"]),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_instrument_names_file_and_problem(tmp_path, case):
    break_it, fragments = BROKEN[case]
    data = mini_instrument()
    break_it(data)
    path = write(tmp_path, data, f"{case}.json")
    problem = problem_of(path)
    text = str(problem)
    assert text.startswith(f"{case}.json: "), text
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    assert problem.path == path
    for lang in ("fi", "sv"):
        assert problem.render(lang).startswith(f"{case}.json: ")


RAW = {
    "nan": (b'{"format": "hype-instrument", "format_version": NaN}', "a number that is not allowed (NaN)"),
    "infinity": (b'{"format": "hype-instrument", "x": Infinity}', "not allowed (Infinity)"),
    "overflow": (b'{"format": "hype-instrument", "x": 1e999}', "not allowed (1e999)"),
    "duplicate_key": (b'{"format": "hype-instrument", "id": "a", "id": "b"}', "field \u201cid\u201d twice"),
    "not_utf8": ('{"format": "hype-instrument", "id": "\u00e4"}'.encode("latin-1"), "not UTF-8"),
    "utf16": ('{"format": "hype-instrument"}'.encode("utf-16"), "not UTF-8"),
    "deep_nesting": (b"[" * 5000, "nested too deeply"),
    "deep_but_closed": (b'{"format": "hype-instrument", "x": ' + b"[" * 80 + b"]" * 80 + b"}",
                        "nested too deeply"),
    "not_json": (b"format = hype-instrument\n", "not valid JSON"),
    "truncated": (b'{"format": "hype-instrument", ', "not valid JSON"),
    "empty": (b"", "not valid JSON"),
    "huge_integer": (b'{"format": "hype-instrument", "x": ' + b"9" * 5000 + b"}", "too many digits"),
    "top_level_list": (b"[]", "not a HyPe instrument file"),
    "top_level_string": (b'"hype-instrument"', "not a HyPe instrument file"),
}


@pytest.mark.parametrize("case", sorted(RAW))
def test_bad_file_bytes_name_file_and_problem(tmp_path, case):
    raw, fragment = RAW[case]
    path = tmp_path / f"{case}.json"
    path.write_bytes(raw)
    text = str(problem_of(path))
    assert text.startswith(f"{case}.json: "), text
    assert fragment in text, text


def test_too_big_file(tmp_path):
    path = tmp_path / "big.json"
    body = json.dumps(mini_instrument()).encode()
    path.write_bytes(body + b" " * (MAX_FILE_BYTES + 1 - len(body)))
    problem = problem_of(path)
    assert problem.key == "file.too_big"
    assert str(problem).startswith("big.json: The file is too large")
    assert f"at most {MAX_FILE_BYTES // 1024} kB" in str(problem)


def test_file_at_the_size_limit_loads(tmp_path):
    path = tmp_path / "full.json"
    body = json.dumps(mini_instrument()).encode()
    path.write_bytes(body + b" " * (MAX_FILE_BYTES - len(body)))
    assert load_instrument_file(path).id == "mini"


def test_missing_file(tmp_path):
    problem = problem_of(tmp_path / "nowhere.json")
    assert problem.key == "file.unreadable"
    assert str(problem).startswith("nowhere.json: ")


def test_many_problems_are_summarised(tmp_path):
    data = mini_instrument()
    for m in data["modules"]:
        for f in m["factors"]:
            for i in f["items"]:
                i["surprise"] = 1
    text = str(problem_of(write(tmp_path, data)))
    assert "11 problem(s)" in text and text.endswith(" …")  # 11 extra keys: five shown, all counted
    assert text.count("this field is not part of the format") == 5


def test_validate_rejects_non_dict_without_touching_disk():
    with pytest.raises(FileProblem) as info:
        validate_instrument_data(["hype-instrument"], "list.json")
    assert info.value.key == "file.wrong_kind"


def test_schema_describes_the_format():
    schema = instrument_json_schema()
    assert schema["title"] == "HyPe Desktop instrument (reflection content)"
    assert schema["additionalProperties"] is False
    assert {"format", "format_version", "modules", "scale"} <= set(schema["required"])


# Random damage to a valid file: whatever it is, only FileProblem may come out.
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10_000) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=5,
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for n, v in enumerate(node):
            yield from _paths(v, prefix + (n,))


_ALL_PATHS = [p for p in _paths(mini_instrument()) if p]


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.sampled_from(_ALL_PATHS), value=_json_values, delete=st.booleans())
def test_random_damage_gives_only_file_problems(tmp_path, where, value, delete):
    data = mini_instrument()
    parent = data
    for step in where[:-1]:
        parent = parent[step]
    if delete and isinstance(parent, dict):
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    path = write(tmp_path, data, "fuzz.json")
    try:
        load_instrument_file(path)
    except FileProblem as exc:
        assert str(exc).startswith("fuzz.json: ")


def test_builtin_instrument_passes_validation():
    """The shipped instrument is built without validation at start-up; this is its check."""
    from hype_desktop.formats.instrument_build import builtin_instrument_path, load_builtin_instrument
    validated = load_instrument_file(builtin_instrument_path())
    assert validated == load_builtin_instrument()


def test_every_mean_of_the_builtin_instrument_has_a_band():
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    for factor in load_builtin_instrument().factors():
        for hundredths in range(100, 501):
            assert factor.band_for(hundredths / 100) is not None, (factor.id, hundredths / 100)


@pytest.mark.parametrize("ident, ok", [("hype-core", True), ("mini", True), ("a.b-c_d", True),
                                       ("Hype", False), ("-x", False), ("x-", False), ("a b", False)])
def test_instrument_id_pattern(tmp_path, ident, ok):
    data = mini_instrument()
    data["id"] = ident
    path = write(tmp_path, data)
    if ok:
        assert load_instrument_file(path).id == ident
    else:
        assert "id: an id is lower-case letters" in str(problem_of(path))
