"""A new pack version maps old item ids to new ones so a trend continues across versions."""

from __future__ import annotations

from datetime import date

from mini_instrument import mini_instrument

from hype_desktop.domain.item_map import current_item_id, item_series
from hype_desktop.formats.instrument_build import build_instrument


def test_a_mapped_pack_keeps_the_trend_continuous():
    v1 = build_instrument(mini_instrument())
    v2_data = mini_instrument()
    v2_data["version"] = 2
    # statement 1 is reworded without changing its meaning: new id, mapped from the old one;
    # statement 2 changed its meaning: new id, deliberately NOT mapped, so its trend starts afresh
    items = v2_data["modules"][0]["factors"][0]["items"]
    items[0]["id"], items[1]["id"] = "alpha.one.focus", "alpha.one.new_meaning"
    v2_data["item_map"] = {"alpha.one.1": "alpha.one.focus"}
    v2 = build_instrument(v2_data)
    assert v1.item_map == {} and v2.item_map == {"alpha.one.1": "alpha.one.focus"}

    history = [
        (date(2026, 1, 10), {"alpha.one.1": 2, "alpha.one.2": 4}),       # made with v1
        (date(2026, 3, 10), {"alpha.one.1": 3, "alpha.one.2": None}),    # v1, N/A left out
        (date(2026, 6, 10), {"alpha.one.focus": 4, "alpha.one.new_meaning": 1}),  # v2
    ]
    mapped = item_series(history, v2.item_map)
    assert mapped["alpha.one.focus"] == [(date(2026, 1, 10), 2), (date(2026, 3, 10), 3), (date(2026, 6, 10), 4)]
    assert mapped["alpha.one.new_meaning"] == [(date(2026, 6, 10), 1)]
    assert mapped["alpha.one.2"] == [(date(2026, 1, 10), 4)]  # the old meaning keeps its own history

    unmapped = item_series(history, {})
    assert len(unmapped["alpha.one.focus"]) == 1 and len(unmapped["alpha.one.1"]) == 2  # the break a map avoids


def test_chains_of_versions_and_cycles():
    chain = {"a.v1": "a.v2", "a.v2": "a.v3"}
    assert current_item_id("a.v1", chain) == "a.v3"
    assert current_item_id("b", chain) == "b"
    assert current_item_id("x", {"x": "y", "y": "x"}) in {"x", "y"}  # a cycle ends, never loops
