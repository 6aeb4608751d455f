"""The built-in reflection content: valid, complete in fi/sv/en, and as the issue asks."""

from __future__ import annotations

import json
import re

import pytest

from hype_desktop.domain.instrument import LANGUAGES, Direction
from hype_desktop.formats.instrument_build import build_instrument, builtin_instrument_path, load_builtin_instrument
from hype_desktop.formats.instrument_format import validate_instrument_data


@pytest.fixture(scope="module")
def raw():
    return json.loads(builtin_instrument_path().read_text(encoding="utf-8"))


def test_validates_against_the_format_and_its_rules(raw):
    model = validate_instrument_data(raw, builtin_instrument_path())
    assert model.id == "hype-core"
    # The start-up path skips validation; it must build the same thing as the validated path.
    assert build_instrument(model.model_dump(exclude_none=True)) == load_builtin_instrument()


def test_every_text_exists_in_every_language():
    inst = load_builtin_instrument()
    assert inst.languages == LANGUAGES
    texts = [inst.title, inst.description, inst.not_applicable] + [p.label for p in inst.scale]
    for m in inst.modules:
        texts += [m.title, m.intro]
        for f in m.factors:
            texts += [f.title, f.description] + [b.label for b in f.bands]
            texts += [t for i in f.items for t in (i.text, i.explanation)] + [p.text for p in f.prompts]
    for text in texts:
        for lang in LANGUAGES:
            assert text.values.get(lang, "").strip(), f"missing {lang}: {text.values}"


def test_content_shape_follows_the_issue():
    inst = load_builtin_instrument()
    assert [m.id for m in inst.modules] == ["orientation", "key_factors", "community_online", "themes", "load"]
    resources = {"orientation.boundaries", "orientation.meaning_growth", "orientation.competence"}
    for f in inst.module("orientation").factors:
        assert f.direction is (Direction.HIGHER_BETTER if f.id in resources else Direction.PROFILE), f.id
    assert len(inst.module("key_factors").factors) == 4
    assert inst.module("themes").choose_factors and len(inst.module("themes").factors) == 5
    load = inst.module("load")
    assert load.sensitive and not load.default_selected
    assert all(f.direction is Direction.HIGHER_STRAIN and f.strain_threshold for f in load.factors)
    for f in inst.factors():
        assert 4 <= len(f.items) <= 6, f.id
        assert 1 <= len(f.prompts) <= 2, f.id
        assert 1 <= f.min_answered <= len(f.items)
        for item in f.items:
            assert len(item.text.get("en").split()) <= 22, item.id
            assert len(re.findall(r"[.!?](\s|$)", item.explanation.get("en"))) <= 2, item.id


def test_statements_are_plain_text():
    raw_text = builtin_instrument_path().read_text(encoding="utf-8")
    assert "<" not in raw_text and "$" not in raw_text
