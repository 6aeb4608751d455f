"""The test set-up itself: property tests are repeatable in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).resolve().parents[2]
PROBE = ("import sys; sys.path.insert(0, 'tests'); import conftest; from hypothesis import settings; "
         "print(settings.default.derandomize)")


def _derandomized(ci: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    if ci is not None:
        env["CI"] = ci
    run = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_the_ci_profile_draws_the_same_examples_every_run() -> None:
    assert settings.get_profile("ci").derandomize
    assert _derandomized("true") == "True"
    assert _derandomized(None) == "False"
