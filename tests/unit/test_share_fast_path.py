"""The quick reading of a share (``_share_fast``) must never accept what the careful reading
(json.loads with the duplicate-key / NaN / Infinity hooks, then the strict model, then the
checksum) refuses, and must return the same model when it accepts. It may give up (None) on
anything unusual: the careful path then decides and names the problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from hype_desktop.exchange.errors import FileProblem
from hype_desktop.exchange.safe_json import parse_json_bytes
from hype_desktop.exchange.team_formats import (
    _canonical_fast, _canonical_share, _share_fast, canonical_bytes, read_share_file, validate_share_data, with_checksum,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "team"
sys_path_data = Path(__file__).resolve().parent


def _careful(raw: bytes):
    """The careful path's verdict: the model, or the FileProblem key."""
    try:
        return validate_share_data(parse_json_bytes(raw, "x.hype", max_depth=None), "x.hype")
    except FileProblem as problem:
        return problem.key


def _same_verdict(raw: bytes) -> None:
    fast = _share_fast(raw)
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
        fast = _share_fast(text)
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
    assert _share_fast(bad.encode()) is None
    path = tmp_path / "bad.hype"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(FileProblem) as info:
        read_share_file(path)
    assert info.value.key in ("file.duplicate_key", "file.bad_number", "file.too_deep")


def test_answers_that_are_not_whole_numbers_are_refused():
    """true and 1.0 equal 1 in Python; a strict share holds 1..5 or "na", nothing else."""
    for value in (True, 1.0, 5.0, "1"):
        data = _valid()
        item = next(iter(data["content"]["answers"]))
        data["content"]["answers"][item] = value
        raw = json.dumps(with_checksum(data), ensure_ascii=False).encode()
        assert _share_fast(raw) is None
        assert _careful(raw) == "file.invalid", value


text_values = st.text(st.characters(codec="utf-8"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(text_values, st.one_of(text_values, st.integers(-10**6, 10**6), st.none(), st.booleans(),
                                              st.lists(text_values, max_size=3)), max_size=6),
       text_values)
def test_quick_canonical_form_is_byte_for_byte_the_defined_one(extra, note):
    data = _valid()
    data["content"]["notes"][0]["text"] = note
    data["content"]["answers"] = dict(reversed(list(data["content"]["answers"].items())))
    data["content"]["prompt_answers"] = [{"text": note, "prompt": "x.y"}]
    assert _canonical_share(data) == canonical_bytes(data)  # the share's own shape
    data["z"] = {"nested": [extra, {"b": note, "a": [extra]}], **extra}
    assert _canonical_fast(data) == canonical_bytes(data)  # any shape


def test_canonical_key_order_cache_stays_bounded():
    from hype_desktop.exchange import team_formats
    for n in range(600):
        _canonical_fast({f"k{n}": 1, "a": {f"x{n}": 2, "b": 3}})
    assert len(team_formats._KEY_ORDERS) <= 256
    assert _canonical_fast({"b": 1, "a": 2}) == b'{"a":2,"b":1}'
