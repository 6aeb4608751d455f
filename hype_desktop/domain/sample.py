"""Realistic, reproducible sample reflections for demos, tests and benchmarks.

Nothing here comes from real people: answers follow a slow random drift per factor
with noise, a few 'not applicable', occasional notes and next steps.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from hype_desktop.domain.instrument import Direction, Instrument
from hype_desktop.domain.reflection import (
    Answer,
    NextStep,
    Owner,
    Phase,
    Reflection,
    Round,
    StepStatus,
)

_NOTES = (
    "Tästä haluan puhua tiimissä.", "Det här vill jag ta upp i teamet.", "Depends on the week.",
    "Hybridipäivinä tämä vaihtelee.", "Bättre än i höstas.", "We agreed on this in spring.",
)
_PROMPTS = (
    "Yhteinen suunnitteluaika auttoi eniten.", "Vi behöver tydligare spelregler för distansmöten.",
    "I want to ask colleagues how they plan their online sessions.",
    "Palautekeskustelut opiskelijoiden kanssa antavat energiaa.",
)
_STEPS = (
    "Ehdotan tiimille viikoittaista 15 minuutin aamukahvia Teamsissa.",
    "Jag frågar min chef om gemensam planeringstid.",
    "Try one camera-on check-in at the start of each online lesson.",
    "Sovitaan yhdessä, milloin viesteihin vastataan.",
    "Dela ett lyckat undervisningsupplägg på nästa teammöte.",
)
_PHASES = (Phase.KICKOFF, Phase.TEAM_WORKSHOP, Phase.TEAM_WORKSHOP, Phase.CLOSING,
           Phase.CHECK_IN, Phase.COACHING)


def sample_reflections(instrument: Instrument, count: int, seed: int = 1,
                       end: date | None = None) -> list[Reflection]:
    """``count`` finished reflections, oldest first, ending on ``end`` (default: today)."""
    rng = random.Random(seed)
    end = end or date.today()
    spacing = max(1, min(21, (365 * 3) // max(count, 1)))
    start = end - timedelta(days=spacing * (count - 1))
    level = {f.id: rng.uniform(2.3, 4.2) for f in instrument.factors()}
    modules_all = [m for m in instrument.modules]
    out: list[Reflection] = []
    for n in range(count):
        day = start + timedelta(days=spacing * n)
        phase = _PHASES[n % len(_PHASES)]
        chosen = [m for m in modules_all if m.default_selected or rng.random() < 0.3]
        chosen_factors: tuple[str, ...] = ()
        for m in chosen:
            if m.choose_factors:
                chosen_factors += tuple(f.id for f in rng.sample(m.factors, k=min(2, len(m.factors))))
        module_ids = tuple(m.id for m in chosen)
        scope = instrument.scope_for_modules(module_ids, chosen_factors)
        answers: dict[str, Answer] = {}
        for fid in scope:
            factor = instrument.factor(fid)
            drift = 0.25 if factor.direction is not Direction.PROFILE else 0.1
            level[fid] = min(4.8, max(1.2, level[fid] + rng.uniform(-drift, drift)))
            for item in factor.items:
                if rng.random() < 0.06:
                    answers[item.id] = Answer(item.id, None, "", not_applicable=True)
                    continue
                value = int(min(5, max(1, round(rng.gauss(level[fid], 0.8)))))
                note = rng.choice(_NOTES) if rng.random() < 0.04 else ""
                answers[item.id] = Answer(item.id, value, note)
        prompts = {}
        for fid in scope:
            for p in instrument.factor(fid).prompts:
                if rng.random() < 0.15:
                    prompts[p.id] = rng.choice(_PROMPTS)
        steps = []
        for pos in range(rng.randint(0, 3)):
            step_factor = rng.choice(scope) if scope else None
            old = n < count - 3
            status = rng.choice(list(StepStatus)[1:]) if old else StepStatus.OPEN
            steps.append(NextStep(
                text=rng.choice(_STEPS), factor_id=step_factor, owner=rng.choice(list(Owner)),
                due=day + timedelta(days=rng.choice((14, 30, 60))) if rng.random() < 0.8 else None,
                status=status, learned="Pienikin askel auttoi." if status is StepStatus.DONE else "",
                position=pos))
        when = datetime.combine(day, time(14, 0)) + timedelta(minutes=n % 50)
        out.append(Reflection(
            id=0, round=Round(phase=phase, date=day),  # no label: the phase and date name it in any language
            instrument_id=instrument.id, instrument_version=instrument.version,
            modules=module_ids, scope=scope, started_at=when - timedelta(minutes=25),
            finished_at=when, answers=answers, prompt_answers=prompts, next_steps=steps,
        ))
    return out
