"""The instrument domain model: lookups, texts, scopes."""

from __future__ import annotations

import pytest
from mini_instrument import mini_instrument

from hype_desktop.domain.instrument import Direction, Text
from hype_desktop.formats.instrument_build import build_instrument


@pytest.fixture
def choosing():
    """The mini instrument with 'alpha' as a choose-your-factors module and 'load' selected."""
    data = mini_instrument()
    data["modules"][0]["choose_factors"] = True
    data["modules"][1]["default_selected"] = True
    return build_instrument(data)


def test_lookups(mini_instrument):
    inst = mini_instrument
    assert inst.factor("load.tech").direction is Direction.HIGHER_STRAIN
    assert inst.factor("load.tech").strain_threshold == 3.5
    assert inst.item("alpha.two.3").text.get("sv") == "Statement 3 of alpha.two (sv)"
    assert inst.prompt("alpha.one.p1").id == "alpha.one.p1"
    assert inst.factor_of_item("load.tech.4") == "load.tech"
    assert inst.factor_of_item("nope") is None
    assert inst.module_of_factor("alpha.two") == "alpha"
    assert [f.id for f in inst.factors()] == ["alpha.one", "alpha.two", "load.tech"]


def test_known_factors_and_titles_skip_ids_of_other_content(mini_instrument):
    inst = mini_instrument
    # a scope from another content version: unknown ids left out, the given order kept
    assert [f.id for f in inst.known_factors(["load.tech", "gone.factor", "alpha.one"])] == [
        "load.tech", "alpha.one"]
    assert inst.known_factors([]) == []
    assert inst.factor_title("alpha.one", "fi") == inst.factor("alpha.one").title.get("fi")
    assert inst.factor_title("gone.factor", "fi") == ""
    assert inst.factor_title(None, "en", default="other") == "other"
    assert inst.factor_title("gone.factor", "en", default="gone.factor") == "gone.factor"
    assert (inst.scale_min, inst.scale_max) == (1, 5)
    assert inst.has_factor("alpha.one") and not inst.has_factor("alpha")
    with pytest.raises(KeyError):
        inst.module("missing")


def test_text_falls_back_to_english_then_any():
    assert Text({"fi": "moi", "en": "hi"}).get("fi") == "moi"
    assert Text({"fi": "moi", "en": "hi"}).get("sv") == "hi"
    assert Text({"fi": "", "en": "hi"}).get("fi") == "hi"
    assert Text({"sv": "hej"}).get("fi") == "hej"
    assert Text({}).get("fi") == ""


def test_default_scope_leaves_out_unselected_modules(mini_instrument):
    assert mini_instrument.default_scope() == ("alpha.one", "alpha.two")


def test_default_scope_leaves_out_choose_factor_modules(choosing):
    assert choosing.default_scope() == ("load.tech",)


def test_scope_for_modules_without_choice(mini_instrument):
    assert mini_instrument.scope_for_modules(["load"]) == ("load.tech",)
    # Instrument order, not the order the modules were given in.
    assert mini_instrument.scope_for_modules(["load", "alpha"]) == ("alpha.one", "alpha.two", "load.tech")
    # chosen_factors only matter in choose-factors modules.
    assert mini_instrument.scope_for_modules(["alpha"], ("alpha.two",)) == ("alpha.one", "alpha.two")
    assert mini_instrument.scope_for_modules([]) == ()


def test_scope_for_modules_with_choose_factors(choosing):
    assert choosing.scope_for_modules(["alpha", "load"], ("alpha.two",)) == ("alpha.two", "load.tech")
    assert choosing.scope_for_modules(["alpha"], ("alpha.two", "alpha.one")) == ("alpha.one", "alpha.two")
    assert choosing.scope_for_modules(["alpha"]) == ()
    # A chosen factor of a module that was not chosen is not covered.
    assert choosing.scope_for_modules(["load"], ("alpha.one",)) == ("load.tech",)


def test_domain_imports_neither_qt_nor_sqlalchemy():
    import ast
    from pathlib import Path

    import hype_desktop.domain as domain
    for path in Path(domain.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                top = name.split(".")[0]
                assert top not in {"PySide6", "sqlalchemy", "alembic", "pydantic"}, f"{path.name}: {name}"
                if top == "hype_desktop":
                    assert name.startswith("hype_desktop.domain"), f"{path.name} imports {name}"
