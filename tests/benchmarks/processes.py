"""What the whole-process benchmarks share: the environment both sides run in, and timing runs.

Every budget is a ratio: the product against a floor doing the same kind of work, both started
as whole processes, alternated in one run (so a busy machine slows both alike), medians.

Bytecode, the same for both sides: an installed app runs from byte-compiled modules (pip
compiles them on install, PyInstaller bundles them), and a floor's libraries were compiled when
they were installed. A session with PYTHONDONTWRITEBYTECODE=1 (set on the build machines) would
make the product compile its own modules again on every run while the floor compiles nothing:
not the same work. So both sides run with bytecode caching on, into a private
PYTHONPYCACHEPREFIX; the untimed warm-up run of each side compiles what it imports, and every
timed run of either side reads bytecode, as an installed app does.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def bench_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of both sides: the caller's, with bytecode cached under ``tmp``, the
    checkout importable, Qt offscreen unless a display was chosen, and ``extra`` on top."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Runs:
    """Wall and CPU (user + system) seconds of each timed run of one side."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def listed(self) -> str:
        return ", ".join(f"{t:.3f}" for t in self.wall)


def run_once(cmd: Sequence[str], env: Mapping[str, str], runs: Runs | None = None) -> float:
    """Wall seconds of one whole process (output dropped); kept in ``runs`` when given."""
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(list(cmd), check=True, env=dict(env), cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    if runs is not None:
        runs.wall.append(wall)
        runs.cpu.append(_children_cpu() - cpu)
    return wall


def alternate(sides: Mapping[str, Sequence[str]], env: Mapping[str, str], rounds: int) -> dict[str, Runs]:
    """Each side once untimed (file cache, bytecode, font caches), then ``rounds`` times each,
    alternated."""
    for cmd in sides.values():
        run_once(cmd, env)
    out = {name: Runs() for name in sides}
    for _ in range(rounds):
        for name, cmd in sides.items():
            run_once(cmd, env, out[name])
    return out


def machine_load() -> str:
    """The load average now, to print beside the figures (a ratio on a busy machine still holds;
    its absolute times do not)."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"
