"""Realistic, reproducible sample share files for trainers' demos, tests and benchmarks.

Nobody real is in them: per-member levels drift between rounds, some N/A, a few ticked notes,
prompt answers and next steps, and one member who exported twice (the later one should win).
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.reflection import Answer, NextStep, Owner, Phase, Reflection, Round
from hype_desktop.formats.safe_json import write_json_atomic
from hype_desktop.formats.team_exchange import ShareChoice, build_share
from hype_desktop.formats.team_rules import SHARE_SUFFIX

_NOTES = ("Tästä haluan puhua tiimissä.", "Det här vill jag ta upp i teamet.", "Depends on the week.",
          "Hybridipäivinä tämä vaihtelee.", "We agreed on this in spring.")
_PROMPTS = ("Yhteinen suunnitteluaika auttoi eniten.", "Vi behöver tydligare spelregler för distansmöten.",
            "I want to ask colleagues how they plan their online sessions.")
_STEPS = ("Ehdotan tiimille viikoittaista 15 minuutin aamukahvia.", "Jag frågar min chef om gemensam planeringstid.",
          "Try one camera-on check-in at the start of each online lesson.")
PHASES = {"kickoff": Phase.KICKOFF, "team_workshop": Phase.TEAM_WORKSHOP, "closing": Phase.CLOSING,
          "coaching": Phase.COACHING}


def _round_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def sample_exports(instrument: Instrument, members: int, out: Path, team_code: str = "DEMO",
                   rounds: tuple[str, ...] = ("kickoff",), seed: int = 1,
                   start: date = date(2025, 9, 1)) -> list[Path]:
    """Write ``members`` shares per round (plus one re-export) into ``out``; returns the paths."""
    for name in rounds:
        if name not in PHASES:
            raise ValueError(f"unknown round {name!r} (use {', '.join(PHASES)})")
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    modules = tuple(m.id for m in instrument.modules if m.default_selected and not m.choose_factors)
    scope = instrument.scope_for_modules(modules)
    secrets_ = [hashlib.sha256(f"{seed}-{n}".encode()).hexdigest() for n in range(members)]
    levels = [{f: rng.uniform(2.2, 4.4) for f in scope} for _ in range(members)]
    written: list[Path] = []
    for r_no, name in enumerate(rounds):
        day = start + timedelta(days=120 * r_no)
        round_ = Round(phase=PHASES[name], date=day, label=f"{name} {day.year}", team_code=team_code,
                       round_uid=_round_id(rng))
        for m in range(members):
            reflection = _reflection(instrument, rng, round_, modules, scope, levels[m], day, m)
            choice = ShareChoice.default(instrument, reflection)
            if rng.random() < 0.3:
                choice.notes = {i for i, a in reflection.answers.items() if a.note}
                choice.prompts = set(reflection.prompt_answers)
                choice.steps = set(range(len(reflection.next_steps)))
            data = build_share(instrument, reflection, secrets_[m], choice)
            written.append(write_json_atomic(out / f"{name}-{m + 1:04d}{SHARE_SUFFIX}", data))
            if m == 0:  # one member exports again later with one answer changed
                item = next(iter(reflection.answers))
                reflection.answers[item] = Answer(item, 5 if reflection.answers[item].value != 5 else 4)
                data = build_share(instrument, reflection, secrets_[m], choice,
                                   completed_at=reflection.finished_at + timedelta(hours=20))
                written.append(write_json_atomic(out / f"{name}-{m + 1:04d}-again{SHARE_SUFFIX}", data))
        for lv in levels:
            for f in lv:
                lv[f] = min(4.8, max(1.2, lv[f] + rng.uniform(-0.3, 0.45)))
    return written


def _reflection(instrument: Instrument, rng: random.Random, round_: Round, modules: tuple[str, ...],
                scope: tuple[str, ...], level: dict[str, float], day: date, m: int) -> Reflection:
    answers: dict[str, Answer] = {}
    for fid in scope:
        for item in instrument.factor(fid).items:
            if rng.random() < 0.05:
                answers[item.id] = Answer(item.id, None, not_applicable=True)
                continue
            value = int(min(5, max(1, round(rng.gauss(level[fid], 0.7)))))
            answers[item.id] = Answer(item.id, value, rng.choice(_NOTES) if rng.random() < 0.03 else "")
    prompts = {p.id: rng.choice(_PROMPTS) for fid in scope for p in instrument.factor(fid).prompts
               if rng.random() < 0.05}
    steps = [NextStep(rng.choice(_STEPS), rng.choice(scope), rng.choice(list(Owner)))
             for _ in range(rng.randint(0, 2))]
    when = datetime.combine(day, time(15, 0)) + timedelta(minutes=m)
    return Reflection(id=0, round=round_, instrument_id=instrument.id, instrument_version=instrument.version,
                      modules=modules, scope=scope, started_at=when - timedelta(minutes=20), finished_at=when,
                      answers=answers, prompt_answers=prompts, next_steps=steps)
