"""The quick check-in: which statements it asks, what a score needs, and the format's rules."""

from __future__ import annotations

import copy
import json

import pytest

from hype_desktop.domain.reflection import Answer
from hype_desktop.domain.scoring import factor_score
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.instrument_build import builtin_instrument_path, load_builtin_instrument
from hype_desktop.formats.instrument_format import validate_instrument_data


def test_builtin_short_form_asks_enough_for_a_score_in_every_factor():
    inst = load_builtin_instrument()
    assert inst.has_short_form
    for f in inst.factors():
        short = f.items_for(True)
        assert len(short) < len(f.items), f.id
        assert len(short) >= f.min_answered_for(True), f.id
        assert f.items_for(False) == f.items


def test_default_short_form_is_about_ten_minutes_of_statements():
    inst = load_builtin_instrument()
    scope = inst.default_scope()
    full = sum(len(inst.factor(f).items_for(False)) for f in scope)
    short = sum(len(inst.factor(f).items_for(True)) for f in scope)
    assert short <= 0.65 * full and short >= 2 * len(scope)


def test_short_form_score_needs_its_own_minimum():
    factor = load_builtin_instrument().factor("orientation.boundaries")
    asked = [i.id for i in factor.items_for(True)]
    one_na = {asked[0]: Answer(asked[0], 4), asked[1]: Answer(asked[1], 2),
              asked[2]: Answer(asked[2], None, not_applicable=True)}
    short = factor_score(factor, one_na, short=True)
    assert short.mean == 3.0 and short.total == len(asked)
    assert factor_score(factor, one_na).mean is None  # the full form needs three answers


def _raw():
    return json.loads(builtin_instrument_path().read_text(encoding="utf-8"))


def test_format_refuses_a_short_form_too_small_to_score(tmp_path):
    raw = copy.deepcopy(_raw())
    factor = raw["modules"][0]["factors"][0]
    del factor["short_min_answered"]  # then min_answered (3) applies
    for item in factor["items"]:
        item["short_form"] = False
    factor["items"][0]["short_form"] = True
    factor["items"][1]["short_form"] = True
    with pytest.raises(FileProblem) as err:
        validate_instrument_data(raw, tmp_path / "pack.json")
    assert "fewer than the 3" in str(err.value)


def test_format_refuses_a_short_minimum_without_marks(tmp_path):
    raw = copy.deepcopy(_raw())
    for item in raw["modules"][0]["factors"][0]["items"]:
        item["short_form"] = False
    with pytest.raises(FileProblem) as err:
        validate_instrument_data(raw, tmp_path / "pack.json")
    assert "short_min_answered" in str(err.value)
