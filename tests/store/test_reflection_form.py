"""A quick check-in is remembered as such, scored on what it asked, and marked for the trends."""

from __future__ import annotations

from datetime import date

from hype_desktop.domain.reflection import Phase, ReflectionForm, Round
from hype_desktop.formats.instrument_build import load_builtin_instrument
from hype_desktop.formats.personal_export import collect
from hype_desktop.store.history import HistoryReader


def test_quick_check_in_is_stored_scored_and_marked(store):
    inst = load_builtin_instrument()
    profile = store.person_profile()
    scope = ("orientation.boundaries",)
    full = store.start(profile, Round(Phase.CHECK_IN, date(2026, 5, 1)), inst, ("orientation",), scope)
    quick = store.start(profile, Round(Phase.CHECK_IN, date(2026, 5, 2)), inst, ("orientation",), scope,
                        form=ReflectionForm.SHORT)
    asked = [i.id for i in inst.factor(scope[0]).items_for(True)]
    for rid in (full.id, quick.id):
        store.save_answer(rid, asked[0], 4)
        store.save_answer(rid, asked[1], 2)
        store.finish(rid, inst)
    assert store.get(full.id).form is ReflectionForm.FULL
    again = store.get(quick.id)
    assert again.short and again.form is ReflectionForm.SHORT
    assert again.scores[scope[0]].mean == 3.0 and again.scores[scope[0]].total == len(asked)
    assert store.get(full.id).scores[scope[0]].mean is None  # two of five is too few in full
    occasions = HistoryReader(store.db).trend_data(profile).occasions
    assert [o.short for o in occasions] == [False, True]
    exported = collect(store)["reflections"]
    assert [r.get("form", "full") for r in exported] == ["full", "short"]
