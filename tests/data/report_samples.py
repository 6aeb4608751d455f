"""Report data built in memory on the mini instrument (no database needed)."""

from __future__ import annotations

from datetime import date, datetime

from hype_desktop.domain.reflection import Answer, NextStep, Owner, Phase, Reflection, Round, StepStatus
from hype_desktop.domain.scoring import factor_scores
from hype_desktop.reports.report_data import ReportData


def reflection(instrument, *, rid: int = 2, day: date = date(2025, 3, 12), phase: Phase = Phase.TEAM_WORKSHOP,
               label: str = "Spring", values: dict[str, int] | None = None, notes: dict[str, str] | None = None,
               prompts: dict[str, str] | None = None, steps: list[NextStep] | None = None,
               modules: tuple[str, ...] = ("alpha", "load")) -> Reflection:
    scope = instrument.scope_for_modules(modules)
    values = values if values is not None else {
        "alpha.one.1": 4, "alpha.one.2": 4, "alpha.one.3": 5, "alpha.one.4": 3,
        "alpha.two.1": 2, "alpha.two.2": 3, "alpha.two.3": 2,
        "load.tech.1": 4, "load.tech.2": 4, "load.tech.3": 5, "load.tech.4": 4}
    notes = notes or {}
    answers = {iid: Answer(iid, v, notes.get(iid, "")) for iid, v in values.items()
               if instrument.factor_of_item(iid) in scope}
    for iid, note in notes.items():
        if iid not in answers:
            answers[iid] = Answer(iid, None, note)
    r = Reflection(id=rid, round=Round(phase=phase, date=day, label=label), instrument_id=instrument.id,
                   instrument_version=instrument.version, modules=modules, scope=scope,
                   started_at=datetime.combine(day, datetime.min.time()),
                   finished_at=datetime.combine(day, datetime.min.time()).replace(hour=15),
                   answers=answers, prompt_answers=dict(prompts or {}), next_steps=list(steps or []))
    r.scores = factor_scores(instrument, scope, answers)
    return r


def data(instrument, *, earlier: bool = True, **kwargs) -> ReportData:
    now = reflection(instrument, **kwargs)
    before = None
    previous_steps = []
    if earlier:
        before = reflection(instrument, rid=1, day=date(2024, 11, 5), phase=Phase.KICKOFF, label="Autumn",
                            values={"alpha.one.1": 2, "alpha.one.2": 3, "alpha.one.3": 3, "alpha.one.4": 3,
                                    "alpha.two.1": 2, "alpha.two.2": 3, "alpha.two.3": 2,
                                    "load.tech.1": 2, "load.tech.2": 2, "load.tech.3": 3, "load.tech.4": 2})
        previous_steps = [NextStep("Ask for shared planning time", "alpha.one", Owner.LEAD, date(2025, 1, 10),
                                   StepStatus.DONE, learned="It helped to ask early.", id=7, reflection_id=1)]
    return ReportData(reflection=now, instrument=instrument, earlier=before,
                      history=[before, now] if before else [now], previous_steps=previous_steps)
