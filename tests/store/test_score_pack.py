"""Packed factor means (store/score_pack.py) agree with factor_scores on every write path."""

from __future__ import annotations

import math
import sqlite3
from contextlib import closing
from datetime import date

from hype_desktop.domain.reflection import FactorScore, Phase, Round
from hype_desktop.domain.sample import sample_reflections
from hype_desktop.store.score_pack import pack_scores, unpack_scores


def test_pack_round_trip_keeps_order_and_missing_scores():
    scores = {"b": FactorScore("b", 3.25, 4, 4), "a": FactorScore("a", None, 1, 4),
              "c": FactorScore("c", 1.0, 2, 2)}
    ids, means = pack_scores(scores)
    assert ids == "b,a,c"
    assert len(means) == 24
    assert unpack_scores(ids, means) == {"b": 3.25, "a": None, "c": 1.0}
    assert math.isnan(__import__("struct").unpack("<3d", means)[1])
    assert unpack_scores(*pack_scores({})) == {}


def _packs_and_rows(path):
    with closing(sqlite3.connect(path)) as con:
        rows = {}
        for rid, fid, mean in con.execute("SELECT reflection_id, factor_id, mean FROM factor_scores"):
            rows.setdefault(rid, {})[fid] = mean
        packs = {rid: unpack_scores(i, m) for rid, i, m in
                 con.execute("SELECT id, score_ids, score_means FROM reflections")}
    return packs, rows


def test_bulk_add_finish_and_correction_keep_the_pack_in_step(store, mini_instrument):
    inst = mini_instrument
    profile = store.person_profile()
    store.add_complete(profile, sample_reflections(inst, 4, seed=3, end=date(2026, 5, 1)), inst)
    factors = [f for m in inst.modules for f in m.factors]
    r = store.start(profile, Round(Phase.CHECK_IN, date(2026, 5, 2)), inst,
                    tuple(m.id for m in inst.modules), tuple(f.id for f in factors))
    packs, rows = _packs_and_rows(store.db.path)
    assert packs[r.id] == {}  # unfinished: nothing packed yet
    for item in factors[0].items:
        store.save_answer(r.id, item.id, 2)
    store.finish(r.id, inst)
    packs, rows = _packs_and_rows(store.db.path)
    assert packs[r.id][factors[0].id] == 2.0
    assert {k: v for k, v in packs.items() if v} == rows and len(rows) == 5
    store.save_answer(r.id, factors[0].items[0].id, 5)  # a correction, then scores redone
    store.finish(r.id, inst)
    packs, rows = _packs_and_rows(store.db.path)
    assert packs[r.id][factors[0].id] > 2.0
    assert {k: v for k, v in packs.items() if v} == rows
