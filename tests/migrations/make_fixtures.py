"""Write the fixture database of the CURRENT schema revision (run once per released revision).

    python tests/migrations/make_fixtures.py            # writes fixtures/<head>.sqlite3 (+ .expected.json)
    python tests/migrations/make_fixtures.py --force    # overwrite an existing one

The data is generated (domain.sample with a fixed seed and a fixed end date) plus an
unfinished reflection, notes with awkward characters and a followed-up next step, written
through the app's own store code of this version. The .expected.json next to it is the
"Export all my data" view of the content: independent of the schema, so the upgrade test
compares what a user would see before and after every later migration. Fixtures of older
revisions are never regenerated: they stand for databases out in the world.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
VOLATILE = ("exported_at", "app_version")


def snapshot(store) -> dict:
    import hashlib

    from hype_desktop.formats.personal_export import collect
    data = collect(store)
    for key in VOLATILE:
        data.pop(key, None)
    for copy in data.get("content_copies", []):  # a pack's JSON: its hash says it is intact
        copy["data"] = "sha256:" + hashlib.sha256(copy["data"].encode("utf-8")).hexdigest()
    return data


def generate(folder: Path) -> None:
    from hype_desktop.domain.reflection import Phase, ReflectionForm, Round, StepStatus
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.store.settings import Settings

    inst = load_builtin_instrument()
    db = open_database(DataPaths(folder))
    try:
        store = ReflectionStore(db)
        profile = store.person_profile()
        store.add_complete(profile, sample_reflections(inst, 25, seed=8, end=date(2026, 6, 1)), inst)
        quick = store.start(profile, Round(Phase.CHECK_IN, date(2026, 6, 1)), inst, (module_id := inst.modules[1].id,),
                            inst.scope_for_modules((module_id,)), started_at=datetime(2026, 6, 1, 16, 0, 0),
                            form=ReflectionForm.SHORT)
        for n, item in enumerate(i for f in inst.module(module_id).factors for i in f.items_for(True)):
            store.save_answer(quick.id, item.id, 1 + n % 5)
        store.finish(quick.id, inst, finished_at=datetime(2026, 6, 1, 16, 9, 0))
        module = inst.modules[0]
        r = store.start(profile, Round(Phase.TEAM_WORKSHOP, date(2026, 6, 2), label="Kevät 'yö' \"&<b>\""),
                        inst, (module.id,), tuple(f.id for f in module.factors),
                        started_at=datetime(2026, 6, 2, 14, 0, 0))
        items = [i.id for f in module.factors for i in f.items]
        store.save_answer(r.id, items[0], 4)
        store.save_answer(r.id, items[1], None, not_applicable=True)
        store.save_note(r.id, items[0], "Åäö 😊 =SUM(A1) \n toinen rivi")
        store.save_prompt_answer(r.id, module.factors[0].prompts[0].id, "Keskeneräinen vastaus")
        store.set_position(r.id, f"factor:{module.factors[0].id}")
        steps = store.open_next_steps(profile)
        if steps:
            store.follow_up_step(steps[0].id, StepStatus.PARTLY, "Opin jotain")
        Settings(db).set("language", "fi")
    finally:
        db.close()


def main() -> int:
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import HEAD_REVISION, open_database
    from hype_desktop.store.reflections import ReflectionStore

    parser = argparse.ArgumentParser()
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    target = FIXTURES / f"{HEAD_REVISION}.sqlite3"
    if target.exists() and not args.force:
        print(f"{target} exists (fixtures of released revisions are not regenerated; --force to overwrite)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        con = sqlite3.connect(Path(tmp) / "hype.sqlite3")
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("PRAGMA journal_mode=DELETE")
            con.execute("VACUUM")
        finally:
            con.close()
        FIXTURES.mkdir(exist_ok=True)
        shutil.copyfile(Path(tmp) / "hype.sqlite3", target)
        db = open_database(DataPaths(Path(tmp)))
        try:
            expected = snapshot(ReflectionStore(db))
        finally:
            db.close()
    (FIXTURES / f"{HEAD_REVISION}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size // 1024} kB) with {len(expected['reflections'])} reflections")
    return 0


if __name__ == "__main__":
    sys.exit(main())
