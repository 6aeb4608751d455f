"""Writes the valid and invalid team example files in this folder (run once; files are committed).

    python tests/data/team/make_examples.py
"""

from __future__ import annotations

import copy
import json
import sys
from datetime import date, datetime
from pathlib import Path

from hype_desktop.domain.aggregate import Submission, aggregate
from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.disclosure import disclose
from hype_desktop.domain.reflection import Answer, NextStep, Phase, Reflection, Round
from hype_desktop.formats.instrument_build import load_builtin_instrument
from hype_desktop.formats.sealing import seal
from hype_desktop.formats.team_exchange import ShareChoice, build_round_file, build_share, build_team_file
from hype_desktop.formats.team_formats import RoundFile
from hype_desktop.formats.team_rules import with_checksum

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from team_keys import EXAMPLE_SECRET  # noqa: E402

ROUND_ID = EXAMPLE_SECRET.public.round_id


def sealed(inner: dict | str) -> dict:
    """A .hype envelope holding ``inner`` (a dict, or raw text for broken content) sealed to the example key."""
    text = inner if isinstance(inner, str) else json.dumps(inner, ensure_ascii=False, indent=1)
    return {"format": "hype-share", "format_version": 2, "round": ROUND_ID,
            "sealed": seal(text.encode("utf-8"), EXAMPLE_SECRET.public.seal)}


def write(name: str, data) -> None:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")


def main() -> None:
    inst = load_builtin_instrument()
    rnd = build_round_file(inst, "TEAM-7", Phase.KICKOFF, "Syksyn aloitus", date(2025, 9, 1),
                           ["orientation", "key_factors", "load"], EXAMPLE_SECRET, "Leena", Thresholds(), 12)
    write("valid.hype-round", rnd)
    scope = inst.scope_for_modules(("key_factors", "load"))
    answers = {}
    for n, fid in enumerate(scope):
        for m, item in enumerate(inst.factor(fid).items):
            answers[item.id] = Answer(item.id, None, not_applicable=True) if (n + m) % 7 == 0 else \
                Answer(item.id, 1 + (n + m) % 5, "Muistiinpano <b>&</b>" if m == 0 else "")
    refl = Reflection(id=1, round=Round(Phase.KICKOFF, date(2025, 9, 1), "Syksyn aloitus", "TEAM-7", ROUND_ID),
                      instrument_id=inst.id, instrument_version=inst.version, modules=("key_factors", "load"),
                      scope=scope, started_at=datetime(2025, 9, 1, 14), finished_at=datetime(2025, 9, 1, 14, 30),
                      answers=answers, prompt_answers={"key_factors.leadership.p1": "Enemmän yhteistä aikaa."},
                      next_steps=[NextStep("Kysyn rehtorilta suunnitteluajasta.", "key_factors.leadership")])
    choice = ShareChoice.default(inst, refl)
    choice.notes = {i for i, a in answers.items() if a.note}
    choice.prompts = {"key_factors.leadership.p1"}
    choice.steps = {0}
    share = build_share(inst, refl, "example-secret", choice, RoundFile.model_validate(rnd))
    write("valid.hype", sealed(share))
    subs = [Submission(f"{n:032x}", ROUND_ID, datetime(2025, 9, 1), "sha256:" + "0" * 64, ("key_factors",),
                       {i.id: 1 + (n + k) % 5 for k, i in enumerate(inst.factor("key_factors.leadership").items)},
                       notes=(("key_factors.leadership.1", f"Huomio {n}"),)) for n in range(5)]
    team = build_team_file({"id": inst.id, "version": inst.version}, "TEAM-7", share["round"],
                           disclose(aggregate(inst, subs, Thresholds())), EXAMPLE_SECRET)
    write("valid.hype-team", team)

    # invalid shares: (file name, how it is broken); the test expects the message key in the name
    def share_with(change) -> dict:
        d = copy.deepcopy(share)
        change(d)
        return with_checksum(d)
    write("invalid-newer-format.hype", {**sealed(share), "format_version": 3})
    write("invalid-version-1.hype", {**share, "format_version": 1})
    write("invalid-checksum.hype", sealed({**share, "completed_at": "2025-09-02T10:00:00"}))
    write("invalid-extra-field.hype", sealed(share_with(lambda d: d.update(extra=1))))
    write("invalid-answer-6.hype", sealed(share_with(
        lambda d: d["content"]["answers"].update({"key_factors.leadership.1": 6}))))
    write("invalid-answer-string.hype", sealed(share_with(
        lambda d: d["content"]["answers"].update({"key_factors.leadership.1": "3"}))))
    write("invalid-bad-date.hype", sealed(share_with(lambda d: d["round"].update(date="2025-02-30"))))
    write("invalid-wrong-kind.hype", sealed(share_with(lambda d: d.update(format="hype-team"))))
    write("invalid-long-note.hype", sealed(share_with(lambda d: d["content"]["notes"].append(
        {"item": "key_factors.leadership.2", "text": "x" * 2001}))))
    write("invalid-four-steps.hype", sealed(share_with(lambda d: d["content"].update(next_steps=[{"text": "a"}] * 4))))
    write("invalid-pseudonym.hype", sealed(share_with(lambda d: d.update(respondent="Maija Meikäläinen"))))
    write("invalid-duplicate-key.hype", sealed(json.dumps(share, indent=1).replace(
        '"format": "hype-share",', '"format": "hype-share",\n "format": "hype-share",', 1)))
    write("invalid-nan.hype", sealed(json.dumps(share, indent=1).replace('"format_version": 2', '"format_version": NaN', 1)))
    write("invalid-truncated.hype", json.dumps(sealed(share), indent=1)[:300])
    write("invalid-not-json.hype", "this is not json\n")
    tampered = sealed(share)
    tampered["sealed"] = tampered["sealed"][:40] + ("A" if tampered["sealed"][40] != "A" else "B") + tampered["sealed"][41:]
    write("invalid-bad-seal.hype", tampered)
    write("invalid-edited.hype-round", {**rnd, "min_group": {"scores": 3, "detail": 6}})
    # invalid rounds and team summaries
    write("invalid-newer-format.hype-round", {**rnd, "format_version": 3})
    write("invalid-made-up.hype-team", {**team, "contributors": 100_000})
    write("invalid-min-group-2.hype-round", {**rnd, "min_group": {"scores": 2, "detail": 5}})
    write("invalid-bad-team-code.hype-round", {**rnd, "team_code": "<script>"})
    hidden = copy.deepcopy(team)
    hidden["factors"].append({"id": "key_factors.leadership", "n": 2, "mean": 3.0})
    write("invalid-small-n-mean.hype-team", hidden)
    hidden = copy.deepcopy(team)
    hidden["factors"].append({"id": "key_factors.leadership", "n": 4, "mean": 3.0, "median": 3.0, "sd": 1.0})
    write("invalid-small-n-distribution.hype-team", hidden)


if __name__ == "__main__":
    main()
