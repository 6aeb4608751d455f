"""The quick check of a share (share_reading.quick_share, no pydantic) must never accept what the
careful reading (json.loads with the duplicate-key / NaN / Infinity hooks, then the strict model,
then the checksum) refuses, and must return the same record when it accepts. It may give up
(None) on anything unusual: the careful path then decides and names the problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.safe_json import parse_json_bytes
from hype_desktop.formats.share_reading import ShareRecord, quick_share, read_share
from hype_desktop.formats.team_formats import validate_share_data
from hype_desktop.formats.team_rules import with_checksum

DATA = Path(__file__).resolve().parent.parent / "data" / "team"
sys_path_data = Path(__file__).resolve().parent


def _careful(raw: bytes):
    """The careful path's verdict: the record, or the FileProblem key."""
    try:
        return ShareRecord.of(validate_share_data(parse_json_bytes(raw, "x.hype", max_depth=None), "x.hype"))
    except FileProblem as problem:
        return problem.key


def _same_verdict(raw: bytes) -> None:
    fast = quick_share(raw)
    if fast is not None:
        careful = _careful(raw)
        assert not isinstance(careful, str), f"fast path accepted what the careful path refuses: {careful}"
        assert fast == careful


def _valid() -> dict:
    return json.loads((DATA / "valid.hype").read_bytes())


def _mutations():
    import sys
    sys.path.insert(0, str(sys_path_data))
    from test_team_mutations import mutations
    return list(mutations("valid.hype"))


def test_fast_path_reads_every_good_share_and_agrees_with_the_careful_one():
    for text in [(DATA / "valid.hype").read_bytes(),
                 json.dumps(_valid(), ensure_ascii=False).encode(),  # another layout
                 json.dumps(_valid(), ensure_ascii=True).encode(),  # \\u escapes
                 json.dumps(_valid(), ensure_ascii=False, sort_keys=True, indent=3).encode()]:
        fast = quick_share(text)
        assert fast is not None, "a good share should take the quick path"
        assert fast == _careful(text)


def test_fast_path_never_accepts_a_mutation_the_careful_path_refuses():
    accepted = refused = 0
    for _label, raw in _mutations():
        _same_verdict(raw)
        if isinstance(_careful(raw), str):
            refused += 1
        else:
            accepted += 1
    assert refused > 100 and accepted > 10  # both sides of the comparison were exercised


@pytest.mark.parametrize("edit", [
    # the first of two equal keys differs: last-wins parsers (pydantic's, json.loads) keep the valid one
    lambda t: t.replace('"team_code": ', '"team_code": "OTHER", "team_code": ', 1),
    lambda t: t.replace('"format": ', '"format": "hype-team", "format": ', 1),
    lambda t: t.replace('"checksum": ', '"checksum": "sha256:' + "0" * 64 + '", "checksum": ', 1),
    lambda t: t.replace('"answers": {', '"answers": {"key_factors.leadership.1": 5, ', 1),
    lambda t: t.replace('"instrument": {', '"instrument": {"version": 99, ', 1),
    # a hidden NaN / Infinity / huge number / deep nesting in the value a duplicate key discards
    lambda t: t.replace('"team_code": ', '"team_code": NaN, "team_code": ', 1),
    lambda t: t.replace('"team_code": ', '"team_code": -Infinity, "team_code": ', 1),
    lambda t: t.replace('"team_code": ', '"team_code": 1e400, "team_code": ', 1),
    lambda t: t.replace('"team_code": ', '"team_code": ' + "[" * 150 + "]" * 150 + ', "team_code": ', 1),
    # the same key spelt with an escape is still the same key
    lambda t: t.replace('"team_code": ', '"team\\u005fcode": "OTHER", "team_code": ', 1),
])
def test_hidden_duplicates_and_bad_numbers_are_refused_by_name(edit, tmp_path):
    text = json.dumps(_valid(), ensure_ascii=False)
    bad = edit(text)
    assert bad != text
    assert quick_share(bad.encode()) is None
    path = tmp_path / "bad.hype"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(FileProblem) as info:
        read_share(path)
    assert info.value.key in ("file.duplicate_key", "file.bad_number", "file.too_deep")


def test_answers_that_are_not_whole_numbers_are_refused():
    """true and 1.0 equal 1 in Python; a strict share holds 1..5 or "na", nothing else."""
    for value in (True, 1.0, 5.0, "1"):
        data = _valid()
        item = next(iter(data["content"]["answers"]))
        data["content"]["answers"][item] = value
        raw = json.dumps(with_checksum(data), ensure_ascii=False).encode()
        assert quick_share(raw) is None
        assert _careful(raw) == "file.invalid", value


def _signed(edit) -> bytes:
    """valid.hype changed by ``edit(data)`` and signed again: only the model can refuse it."""
    data = _valid()
    edit(data)
    return json.dumps(with_checksum(data), ensure_ascii=False).encode()


@pytest.mark.parametrize("edit", [
    lambda d: d.update(format_version=2),
    lambda d: d.update(format_version=True),
    lambda d: d["instrument"].update(version=0),
    lambda d: d["instrument"].update(version=10_001),
    lambda d: d["instrument"].update(version=True),
    lambda d: d.update(team_code="-starts-with-a-dash"),
    lambda d: d.update(team_code="T" * 41),
    lambda d: d.update(respondent="0" * 31 + "G"),
    lambda d: d.update(respondent="0" * 32 + "\n"),
    lambda d: d.update(app_version=""),
    lambda d: d["round"].update(phase="party"),
    lambda d: d["round"].update(label="x" * 201),
    lambda d: d["round"].update(date="2025-02-30"),
    lambda d: d["round"].update(date="2025-1-01"),
    lambda d: d["round"].update(date="٢٠٢٥-01-01"),
    lambda d: d.update(completed_at="2025-09-01T25:00:00"),
    lambda d: d.update(completed_at="2025-09-01 10:00:00"),
    lambda d: d["content"].update(modules=[]),
    lambda d: d["content"].update(modules=["m"] * 21),
    lambda d: d["content"].update(modules=[["nested"]]),
    lambda d: d["content"].update(modules=["Upper.case"]),
    lambda d: d["content"]["answers"].update({"x" * 81: 3}),
    lambda d: d["content"]["answers"].update({"bad id": 3}),
    lambda d: d["content"]["answers"].update({"a.b": 0}),
    lambda d: d["content"]["answers"].update({"a.b": None}),
    lambda d: d["content"]["answers"].update({"a.b": "NA"}),
    lambda d: d["content"]["answers"].update({"a.b": [3]}),
    lambda d: d["content"]["answers"].update({f"a.b{n}": 3 for n in range(501)}),
    lambda d: d["content"].update(notes=[{"item": "a.b", "text": ""}]),
    lambda d: d["content"].update(notes=[{"item": "a.b", "text": "x" * 2001}]),
    lambda d: d["content"].update(notes=[{"item": "A", "text": "x"}]),
    lambda d: d["content"].update(notes=[{"item": "a.b", "text": 5}]),
    lambda d: d["content"].update(prompt_answers=[{"prompt": "a.b", "text": "x" * 5001}]),
    lambda d: d["content"].update(next_steps=[{"text": "x", "factor": None, "owner": "boss"}]),
    lambda d: d["content"].update(next_steps=[{"text": "x", "factor": "No", "owner": "me"}]),
    lambda d: d["content"].update(next_steps=[{"text": "x" * 301, "factor": None, "owner": "me"}]),
    lambda d: d["content"].update(next_steps=[{"text": "x", "factor": None, "owner": "me"}] * 4),
    lambda d: d["content"].update(extra=1),
    lambda d: d.update(extra=1),
])
def test_what_the_strict_model_refuses_the_quick_check_refuses(edit):
    raw = _signed(edit)
    assert quick_share(raw) is None
    assert isinstance(_careful(raw), str)


@pytest.mark.parametrize("edit", [
    lambda d: d["content"].pop("notes"),  # a default the model fills in
    lambda d: d["round"].pop("label"),
    lambda d: d["content"]["next_steps"].append({"text": "x"}),
])
def test_what_the_app_does_not_write_goes_the_careful_way_and_is_still_accepted(edit):
    raw = _signed(edit)
    assert quick_share(raw) is None
    assert isinstance(_careful(raw), ShareRecord)


def test_edge_values_the_model_accepts_are_quick_and_the_same():
    def edit(d):
        d["round"]["label"] = "x" * 200
        d["content"]["answers"] = {"a.b": 1, "a.c": 5, "a.d": "na"}
        d["content"]["notes"] = [{"item": "a.b", "text": "ä" * 2000}]
        d["content"]["next_steps"] = [{"text": "s: 1", "factor": None, "owner": o} for o in ("me", "team", "lead")]
    raw = _signed(edit)
    quick = quick_share(raw)
    assert quick is not None and quick == _careful(raw)


def test_a_lone_surrogate_is_left_to_the_careful_path():
    data = _valid()
    data["content"]["notes"][0]["text"] = "ok"
    raw = json.dumps(with_checksum(data)).replace('"ok"', '"\\ud800"').encode()
    assert quick_share(raw) is None


def test_utf16_is_not_taken_quickly():
    """json.loads would read UTF-16 bytes; a share must be UTF-8, as the careful path says."""
    raw = json.dumps(_valid(), ensure_ascii=False).encode("utf-16")
    assert quick_share(raw) is None
    assert _careful(raw) == "file.not_utf8"


def test_collation_of_good_shares_does_not_load_pydantic(tmp_path):
    import os
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    for n, name in enumerate(("a", "b", "c")):
        data = _valid()
        data["respondent"] = f"{n:032x}"
        (tmp_path / f"{name}.hype").write_text(json.dumps(with_checksum(data), ensure_ascii=False), encoding="utf-8")
    code = ("import sys\n"
            "from hype_desktop.cli import main\n"
            f"code = main(['collate', {str(tmp_path)!r}, '--json', {str(tmp_path / 's.json')!r}])\n"
            "print(code, 'pydantic' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(root), HYPE_DATA_DIR=str(tmp_path / "data")))
    assert out.stdout.strip().splitlines()[-1] == "0 False", out.stderr
    from hype_desktop.formats.team_formats import read_team_file
    assert read_team_file(tmp_path / "s.json").contributors == 3


def test_the_models_choices_are_the_rules_choices():
    """The strict model spells the phases and owners as Literals; the quick check reads them
    from team_rules. They must not drift apart."""
    from typing import get_args

    from hype_desktop.formats import team_formats, team_rules
    assert get_args(team_formats.PhaseName) == team_rules.PHASES
    assert get_args(team_formats.SharedStep.model_fields["owner"].annotation) == team_rules.OWNERS
    assert set(team_rules.ANSWER_VALUES) == {1, 2, 3, 4, 5, "na"}


_texts = st.text(st.characters(codec="utf-8"), max_size=40)
_ids = st.from_regex(r"[a-z][a-z0-9_]{0,5}(\.[a-z0-9_]{1,5}){0,2}", fullmatch=True) | st.text(max_size=6)


@settings(max_examples=300, deadline=None)
@given(note=_texts, label=_texts, step=_texts, factor=st.none() | _ids,
       answers=st.dictionaries(_ids, st.sampled_from([1, 2, 3, 4, 5, "na", 0, 6, True, 1.0, None]), max_size=8),
       ascii_only=st.booleans())
def test_random_shares_get_the_same_verdict_both_ways(note, label, step, factor, answers, ascii_only):
    data = _valid()
    data["content"]["notes"] = [{"item": "key_factors.leadership.1", "text": note}]
    data["round"]["label"] = label
    data["content"]["next_steps"] = [{"text": step, "factor": factor, "owner": "team"}]
    data["content"]["answers"] = answers
    raw = json.dumps(with_checksum(data), ensure_ascii=ascii_only).encode()
    careful = _careful(raw)
    quick = quick_share(raw)
    if quick is not None:
        assert quick == careful
    elif isinstance(careful, ShareRecord):
        # the quick check gives up only on what the app would not write: here, nothing
        pytest.fail("a share the strict model accepts went the careful way")
