"""Realistic, reproducible sample share files for trainers' demos, tests and benchmarks.

Nobody real is in them: exactly one sealed share per made-up member for the round of a given
invitation, dated on the round's day, with varied levels, some N/A, a few ticked notes, prompt
answers and next steps. Each is marked as sample data inside the seal, so a collation never
mixes them with real shares unnoticed.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.reflection import Answer, NextStep, Owner, Reflection, Round
from hype_desktop.formats.team_exchange import ShareChoice, build_share, round_from_info, seal_share
from hype_desktop.formats.team_rules import SHARE_SUFFIX

if TYPE_CHECKING:
    from hype_desktop.formats.team_formats import RoundFile

_NOTES = ("Tästä haluan puhua tiimissä.", "Det här vill jag ta upp i teamet.", "Depends on the week.",
          "Hybridipäivinä tämä vaihtelee.", "We agreed on this in spring.")
_PROMPTS = ("Yhteinen suunnitteluaika auttoi eniten.", "Vi behöver tydligare spelregler för distansmöten.",
            "I want to ask colleagues how they plan their online sessions.")
_STEPS = ("Ehdotan tiimille viikoittaista 15 minuutin aamukahvia.", "Jag frågar min chef om gemensam planeringstid.",
          "Try one camera-on check-in at the start of each online lesson.")

def sample_exports(instrument: Instrument, invitation: RoundFile, members: int, out: Path,
                   seed: int = 1) -> list[Path]:
    """Write exactly ``members`` sealed sample shares for the invitation's round into ``out``."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(invitation.modules)
    modules = tuple(m.id for m in instrument.modules if m.id in wanted and not m.choose_factors) or tuple(
        m.id for m in instrument.modules if m.default_selected and not m.choose_factors)
    scope = instrument.scope_for_modules(modules)
    round_ = round_from_info(invitation.round, invitation.team_code)
    day = round_.date
    from hype_desktop.formats.team_formats import write_share_file
    written: list[Path] = []
    for m in range(members):
        secret = hashlib.sha256(f"sample-{seed}-{m}".encode()).hexdigest()
        level = {f: rng.uniform(2.2, 4.4) for f in scope}
        reflection = _reflection(instrument, rng, round_, modules, scope, level, day, m)
        choice = ShareChoice.default(instrument, reflection)
        if rng.random() < 0.3:
            choice.notes = {i for i, a in reflection.answers.items() if a.note}
            choice.prompts = set(reflection.prompt_answers)
            choice.steps = set(range(len(reflection.next_steps)))
        content = build_share(instrument, reflection, secret, choice, invitation, sample=True)
        path = out / f"sample-{m + 1:04d}{SHARE_SUFFIX}"
        written.append(write_share_file(path, seal_share(content, invitation, path)))
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
    when = datetime.combine(day, time(8, 0)) + timedelta(seconds=20 * m)
    return Reflection(id=0, round=round_, instrument_id=instrument.id, instrument_version=instrument.version,
                      modules=modules, scope=scope, started_at=when - timedelta(minutes=20), finished_at=when,
                      answers=answers, prompt_answers=prompts, next_steps=steps)
