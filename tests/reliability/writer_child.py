"""A child process that writes through the app's own store code and reports each commit.

Used by the crash-safety test (killed with SIGKILL at random moments) and the two-writer
test. A line is printed (and flushed) only AFTER the store call that committed it returned,
so every printed line is a promise the database must keep.

    python writer_child.py crash DATA_DIR SEED
    python writer_child.py zygote DATA_DIR      (reads seeds on stdin, forks one crash writer each)
    python writer_child.py concurrent DATA_DIR TAG COUNT
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

from mini_instrument import mini_instrument  # noqa: E402

from hype_desktop.domain.reflection import Answer, NextStep, Phase, Reflection, Round  # noqa: E402
from hype_desktop.formats.instrument_build import build_instrument  # noqa: E402
from hype_desktop.paths import DataPaths  # noqa: E402
from hype_desktop.store.migrate import open_database  # noqa: E402
from hype_desktop.store.reflections import ReflectionStore  # noqa: E402

WHOLE_ANSWERS = 6  # answers in every reflection written whole (add_complete)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def whole_reflection(instrument, tag: str) -> Reflection:
    items = [i.id for f in instrument.factors() for i in f.items][:WHOLE_ANSWERS]
    now = datetime.now().replace(microsecond=0)
    return Reflection(
        id=0, round=Round(Phase.CHECK_IN, date.today(), label=tag), instrument_id=instrument.id,
        instrument_version=instrument.version, modules=tuple(m.id for m in instrument.modules),
        scope=tuple(f.id for f in instrument.factors()), started_at=now, finished_at=now,
        answers={i: Answer(i, 1 + n % 5, note=f"{tag} note {n}") for n, i in enumerate(items)},
        prompt_answers={}, next_steps=[NextStep(text=f"{tag} step")])


def crash(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(DataPaths(data_dir))
    store = ReflectionStore(db)
    instrument = build_instrument(mini_instrument())
    profile = store.person_profile()
    r = store.start(profile, Round(Phase.CHECK_IN, date.today()), instrument,
                    tuple(m.id for m in instrument.modules), tuple(f.id for f in instrument.factors()))
    say(f"START {r.id}")
    n = 0
    while True:
        n += 1
        if rng.random() < 0.2:
            (rid,) = store.add_complete(profile, [whole_reflection(instrument, f"s{seed}-{n}")], instrument)
            say(f"WHOLE {rid}")
        else:
            item = f"s{seed}-i{n}"
            value = 1 + n % 5
            store.save_answer(r.id, item, value)
            say(f"ANSWER {r.id} {item} {value}")


def concurrent(data_dir: Path, tag: str, count: int) -> None:
    from sqlalchemy import select

    from hype_desktop.store.models import SettingRow

    db = open_database(DataPaths(data_dir))
    store = ReflectionStore(db)
    instrument = build_instrument(mini_instrument())
    profile = store.person_profile()
    r = store.start(profile, Round(Phase.CHECK_IN, date.today(), label=tag), instrument,
                    tuple(m.id for m in instrument.modules), tuple(f.id for f in instrument.factors()))
    say("READY")
    for n in range(count):
        store.save_answer(r.id, f"{tag}-{n}", 1 + n % 5)
        with db.writing() as s:  # a read-modify-write, as a settings change or a counter would do
            row = s.scalar(select(SettingRow).where(SettingRow.key == "counter"))
            if row is None:
                s.add(SettingRow(key="counter", value="1"))
            else:
                row.value = str(int(row.value) + 1)
    db.close()
    say(f"DONE {count}")


def zygote(data_dir: Path) -> None:
    """Pay the imports once, then fork a fresh writer per seed read from stdin.

    Each forked writer is a separate process running the store code from a clean state (no
    connection is open in the zygote); the test SIGKILLs it, the zygote reaps it and reports.
    Lines are written with one write() each (shorter than PIPE_BUF), so a kill never tears one.
    """
    import os

    from sqlalchemy.orm import configure_mappers

    db = open_database(DataPaths(data_dir))  # create/upgrade once, before any kill
    configure_mappers()
    ReflectionStore(db).person_profile()
    db.close()  # no connection is open across fork()
    for line in sys.stdin:
        seed = int(line)
        pid = os.fork()
        if pid == 0:
            try:
                crash(data_dir, seed)
            finally:
                os._exit(1)
        say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"REAPED {pid} {status}")


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "zygote":
        zygote(folder)
    elif mode == "crash":
        crash(folder, int(sys.argv[3]))
    else:
        concurrent(folder, sys.argv[3], int(sys.argv[4]))
