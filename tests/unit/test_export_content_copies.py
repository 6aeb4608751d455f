""""Export all my data" carries the content each reflection was made with: on a new installation
without the trainer's pack, the reflections keep their factors' words and scores."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from mini_instrument import mini_instrument as mini_data

from hype_desktop.cli import main as cli
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.formats.instrument_build import build_instrument, load_builtin_instrument
from hype_desktop.paths import DataPaths
from hype_desktop.store.migrate import open_database
from hype_desktop.store.reflections import ReflectionStore


def _copies(db_path):
    with sqlite3.connect(db_path) as con:
        return con.execute("SELECT instrument_id, version, data, stored_at FROM content_copies "
                           "ORDER BY instrument_id, version").fetchall()


def _scores(db_path):
    with sqlite3.connect(db_path) as con:
        return sorted(con.execute("SELECT factor_id, mean FROM factor_scores").fetchall())


@pytest.fixture
def exported(tmp_path, data_dir):
    """A data folder with a finished reflection made with a trainer's pack, and its export."""
    pack = build_instrument(mini_data())
    db = open_database(DataPaths(data_dir))
    store = ReflectionStore(db)
    r = store.start(store.person_profile(), Round(Phase.CHECK_IN, date(2026, 9, 1)), pack, ("alpha",),
                    ("alpha.one", "alpha.two"))
    for factor in ("alpha.one", "alpha.two"):
        for n, item in enumerate(pack.factor(factor).items):
            store.save_answer(r.id, item.id, 2 + n % 3)
    store.finish(r.id, pack)
    db.close()
    out = tmp_path / "me.json"
    assert cli(["my-data", "export", "--out", str(out), "--lang", "en"]) == 0
    return out


def test_content_copies_travel_exactly_and_give_the_words_back_on_a_new_install(tmp_path, data_dir, exported):
    fresh = tmp_path / "fresh"
    assert cli(["--data-dir", str(fresh), "my-data", "import", str(exported), "--lang", "en"]) == 0
    here, there = DataPaths(data_dir).database, DataPaths(fresh).database
    assert _copies(there) == _copies(here) and [c[:2] for c in _copies(here)] == [("mini", 1)]
    assert _scores(there) == _scores(here) and {f for f, _m in _scores(here)} == {"alpha.one", "alpha.two"}

    from hype_desktop.formats.content_library import content_library
    content = content_library(there, load_builtin_instrument())  # no trainer's pack installed here
    two = content.factor("alpha.two")
    assert two.title.get("en") == "Factor alpha.two (content no longer installed)"
    assert two.items[0].text.get("en") == "Statement 1 of alpha.two"

    # importing again (or into the first folder) never replaces or doubles a kept copy
    assert cli(["--data-dir", str(fresh), "my-data", "import", str(exported), "--lang", "en"]) == 0
    assert cli(["my-data", "import", str(exported), "--lang", "en"]) == 0
    assert _copies(there) == _copies(here) and len(_copies(here)) == 1


@pytest.mark.parametrize("tamper", ["not content", "other id"])
def test_a_copy_that_is_not_the_content_it_names_refuses_the_whole_file(tmp_path, exported, tamper, capsys):
    data = json.loads(exported.read_text(encoding="utf-8"))
    copy = data["content_copies"][0]
    if tamper == "not content":
        copy["data"] = '{"format": "hype-instrument"}'
    else:
        copy["instrument_id"] = "someone.else"
    exported.write_text(json.dumps(data), encoding="utf-8")
    fresh = tmp_path / "fresh"
    capsys.readouterr()
    assert cli(["--data-dir", str(fresh), "my-data", "import", str(exported), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "me.json" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with sqlite3.connect(DataPaths(fresh).database) as con:
        assert con.execute("SELECT COUNT(*) FROM reflections").fetchone()[0] == 0
    assert _copies(DataPaths(fresh).database) == []
