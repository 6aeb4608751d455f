"""Sealed sample shares for tests: a round made in the test's data folder, then its sample shares."""

from __future__ import annotations

from pathlib import Path


def sealed_samples(cli, members: int, out: Path | str, seed: int = 1, team: str = "DEMO",
                   phase: str = "kickoff", day: str = "2025-09-01", extra: tuple[str, ...] = ()) -> Path:
    """Create a round (in the data folder the CLI uses) and write ``members`` sealed sample shares
    for it into ``out``; returns the invitation's path (beside ``out``)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    invitation = out.parent / f"{out.name}-{phase}.hype-round"
    assert cli(["round", "new", "--team", team, "--phase", phase, "--date", day, *extra,
                "--out", str(invitation)]) == 0
    assert cli(["sample-exports", "--invitation", str(invitation), "--members", str(members),
                "--out", str(out), "--seed", str(seed)]) == 0
    return invitation
