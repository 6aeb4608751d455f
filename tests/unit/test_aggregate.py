"""Anonymity thresholds at k-1 and k, N/A left out, free text, warning, pseudonyms, own position."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from team_keys import EXAMPLE_SECRET

from hype_desktop.domain.aggregate import Stats, Submission, aggregate, own_positions, round_change
from hype_desktop.domain.anonymity import Thresholds, people_changed, pseudonym, release_refused
from hype_desktop.domain.disclosure import disclose

ROUND = "a" * 32


def sub(n: int, values: dict[str, int | None], notes=(), steps=(), prompts=()) -> Submission:
    return Submission(f"{n:032x}", ROUND, datetime(2025, 9, 1), f"sha256:{n:064x}", ("alpha",), values,
                      notes=tuple(notes), prompt_answers=tuple(prompts), next_steps=tuple(steps))


def full(n: int, value: int, **kw) -> Submission:
    items = {f"alpha.one.{i}": value for i in range(1, 5)} | {f"alpha.two.{i}": value for i in range(1, 4)}
    return sub(n, items, **kw)


def test_thresholds_never_below_floors():
    t = Thresholds.of(1, 2)
    assert (t.k_scores, t.k_detail) == (3, 5)
    assert Thresholds.of(6, 4) == Thresholds(6, 6)
    assert not Thresholds(1, 1).scores_shown(2)  # even a hand-made lower value is floored


@pytest.mark.parametrize("k", [3, 4])
def test_scores_shown_at_k_not_below(mini_instrument, k):
    t = Thresholds.of(k, 5)
    below = aggregate(mini_instrument, [full(n, 3) for n in range(k - 1)], t)
    at = aggregate(mini_instrument, [full(n, 3 + n % 2) for n in range(k)], t)
    assert below.factors["alpha.one"].n == k - 1
    assert below.factors["alpha.one"].mean is None and below.factors["alpha.one"].sd is None
    assert below.items["alpha.one.1"].mean is None
    assert not below.anything_shown
    assert at.factors["alpha.one"].mean is not None and at.factors["alpha.one"].median is not None
    assert at.items["alpha.one.1"].distribution is None  # detail needs 5


@pytest.mark.parametrize("k", [5, 6])
def test_distribution_and_free_text_at_k_detail_not_below(mini_instrument, k):
    t = Thresholds.of(3, k)
    mk = lambda m: [full(n, 1 + n % 5, notes=[("alpha.one.1", f"note {n}")], prompts=[("alpha.one.p1", f"p {n}")],
                         steps=[(f"step {n}", "alpha.one", "me")]) for n in range(m)]
    below = aggregate(mini_instrument, mk(k - 1), t)
    at = aggregate(mini_instrument, mk(k), t, rng=random.Random(3))
    assert below.items["alpha.one.1"].mean is not None
    assert below.items["alpha.one.1"].distribution is None
    assert below.free_text == {} and below.next_steps == {}
    assert at.items["alpha.one.1"].distribution is not None and sum(at.items["alpha.one.1"].distribution) == k
    assert sorted(at.free_text["alpha.one"]) == sorted([f"note {n}" for n in range(k)] + [f"p {n}" for n in range(k)])
    assert sorted(at.next_steps["alpha.one"]) == sorted(f"step {n}" for n in range(k))


def test_a_summary_keeps_at_most_its_limit_of_texts_per_factor(mini_instrument):
    """A big team sharing many notes still gets a summary its members' apps can read (the
    strict model caps each group; tests/conftest.py checks every summary built against it)."""
    from hype_desktop.domain.aggregate import MAX_TEXTS_PER_GROUP
    from hype_desktop.formats.team_exchange import build_team_file
    subs = [full(n, 1 + n % 5, notes=[("alpha.one.1", f"note {n}.{k}") for k in range(3)]) for n in range(700)]
    agg = aggregate(mini_instrument, subs, Thresholds(), rng=random.Random(1))
    texts = agg.free_text["alpha.one"]
    assert len(texts) == MAX_TEXTS_PER_GROUP < 3 * 700
    assert len(set(texts)) == len(texts) and set(texts) <= {f"note {n}.{k}" for n in range(700) for k in range(3)}
    summary = build_team_file({"id": mini_instrument.id, "version": 1}, "T", {
        "id": ROUND, "phase": "kickoff", "label": "", "date": "2025-09-01"}, disclose(agg), EXAMPLE_SECRET)
    assert len(summary["free_text"][0]["texts"]) == MAX_TEXTS_PER_GROUP


def test_na_is_not_counted(mini_instrument):
    subs = [full(n, 4) for n in range(3)] + [sub(9, {"alpha.one.1": None, "alpha.one.2": None,
                                                   "alpha.one.3": None, "alpha.one.4": None})]
    agg = aggregate(mini_instrument, subs, Thresholds())
    assert agg.contributors == 4
    assert agg.items["alpha.one.1"].n == 3
    assert agg.factors["alpha.one"].n == 3
    # one more N/A person and one fewer answer: below the threshold
    agg2 = aggregate(mini_instrument, subs[1:], Thresholds())
    assert agg2.items["alpha.one.1"].n == 2 and agg2.items["alpha.one.1"].mean is None


def test_factor_needs_min_answered_per_person(mini_instrument):
    few = [sub(n, {"alpha.one.1": 5}) for n in range(3)]  # min_answered is 2
    agg = aggregate(mini_instrument, few, Thresholds())
    assert agg.factors["alpha.one"].n == 0 and agg.factors["alpha.one"].mean is None
    assert agg.items["alpha.one.1"].mean == 5.0


def test_statistics_by_hand(mini_instrument):
    agg = aggregate(mini_instrument, [full(0, 2), full(1, 3), full(2, 5)], Thresholds())
    s = agg.factors["alpha.one"]
    assert (s.n, s.mean, s.median, s.sd) == (3, 3.33, 3.0, 1.25)


def test_most_agreed_and_disputed(mini_instrument):
    subs = []
    for n in range(6):
        subs.append(sub(n, {"alpha.one.1": 3, "alpha.one.2": 1 if n % 2 else 5, "alpha.one.3": 2 + n % 2,
                            "alpha.one.4": 4, "alpha.two.1": 1 + n % 3, "alpha.two.2": 3}))
    agg = aggregate(mini_instrument, subs, Thresholds())
    assert agg.most_disputed[0] == "alpha.one.2"
    assert set(agg.most_agreed) <= {"alpha.one.1", "alpha.one.4", "alpha.two.2"}
    assert not set(agg.most_agreed) & set(agg.most_disputed)


def test_pseudonyms_match_within_a_round_and_differ_across():
    a = pseudonym("secret", "ab" * 32)
    assert a == pseudonym("secret", "ab" * 32)
    assert a != pseudonym("secret", "cd" * 32)  # another round's key
    assert a != pseudonym("other secret", "ab" * 32)
    assert len(a) == 32 and int(a, 16) >= 0


def test_a_release_too_close_to_an_earlier_one_is_refused():
    t = Thresholds()
    before = frozenset({"p1", "p2", "p3", "p4", "p5"})
    assert not release_refused([before], before, t)  # the same people again
    assert release_refused([before], before | {"p6"}, t)  # one person added
    assert release_refused([before], before - {"p5"}, t)  # one person left out
    swap = (before - {"p5"}) | {"p6"}
    assert people_changed(before, swap) == 2 and release_refused([before], swap, t)  # a swap is two
    three = before | {"p6", "p7", "p8"}
    assert people_changed(before, three) == 3 and not release_refused([before], three, t)  # k
    assert release_refused([three, before], before | {"p6"}, t)  # any earlier release counts
    assert not release_refused([], before, t)


def test_round_change_only_where_both_show_means():
    before = {"f1": Stats("f1", 4, 3.0), "f2": Stats("f2", 2)}
    after = {"f1": Stats("f1", 5, 3.5), "f2": Stats("f2", 5, 4.0)}
    change = round_change(before, after)
    assert [(c.factor_id, c.delta) for c in change] == [("f1", 0.5)]


def test_own_position():
    team = {"f1": Stats("f1", 5, 3.0, 3.0, 0.4), "f2": Stats("f2", 2)}
    pos = own_positions({"f1": 4.0, "f2": 4.0, "f3": None}, team)
    assert [(p.factor_id, p.relation) for p in pos] == [("f1", "above")]


# --- the collection equals the plain person-by-person rule, written out here ----------------
def _reference_values(instrument, subs):
    """The rule written plainly: per person, per factor in their scope, the mean of their
    answered items if at least min_answered; per item the answered values; keys in the order
    this walk first meets them."""
    item_factor = {i.id: f.id for f in instrument.factors() for i in f.items}
    item_values, factor_values = {}, {}
    for s in subs:
        per_factor = {}
        for iid, v in s.answers.items():
            fid = item_factor.get(iid)
            if fid is None:
                continue
            per_factor.setdefault(fid, [])
            if v is not None:
                per_factor[fid].append(v)
                item_values.setdefault(iid, []).append(v)
        for fid in instrument.scope_for_modules(s.modules, tuple(per_factor)):
            vals = per_factor.get(fid, [])
            factor_values.setdefault(fid, [])
            if vals and len(vals) >= instrument.factor(fid).min_answered:
                factor_values[fid].append(round(sum(vals) / len(vals), 2))
    return item_values, factor_values


def test_values_follow_the_plain_rule_in_content_and_order():
    from hype_desktop.domain.aggregate import _values
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    inst = load_builtin_instrument()
    items = [i.id for f in inst.factors() for i in f.items] + ["not.an.item"]
    modules = [m.id for m in inst.modules]
    rng = random.Random(11)
    for _ in range(150):
        subs = []
        for n in range(rng.randrange(0, 15)):
            keys = rng.sample(items, rng.randrange(0, 60))
            answers = {k: rng.choice([None, 1, 2, 3, 4, 5]) for k in keys}
            subs.append(Submission(f"{n:032x}", ROUND, datetime(2025, 9, 1), f"sha256:{n:064x}",
                                   tuple(rng.sample(modules, rng.randrange(0, len(modules) + 1))), answers))
        got, want = _values(inst, subs), _reference_values(inst, subs)
        assert got == want
        assert [list(d) for d in got] == [list(d) for d in want]  # same key order
