"""What a report contains (free-text listing, comparison) and `hype-desktop report`."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
import report_samples
from pypdf import PdfReader

from hype_desktop.cli import main
from hype_desktop.reports.report_data import (
    ReportOptions,
    free_texts,
    included_free_texts,
    load_report_data,
    section_titles,
    with_all_free_text,
)


def test_free_texts_list_every_note_prompt_and_learned_in_order(mini_instrument):
    data = report_samples.data(mini_instrument, notes={"alpha.two.1": "b", "alpha.one.3": "a", "load.tech.1": "c"},
                               prompts={"alpha.one.p1": "p"})
    got = [(ft.kind, ft.key, ft.text) for ft in free_texts(data, "en")]
    assert got == [("note", "alpha.one.3", "a"), ("prompt", "alpha.one.p1", "p"), ("note", "alpha.two.1", "b"),
                   ("note", "load.tech.1", "c"), ("learned", "7", "It helped to ask early.")]
    assert free_texts(data, "en")[0].label == "Statement 3 of alpha.one"


def test_included_free_texts_follow_ticks_and_chosen_modules(mini_instrument):
    data = report_samples.data(mini_instrument, notes={"alpha.one.1": "a", "load.tech.1": "c"})
    assert included_free_texts(data, ReportOptions()) == []
    everything = with_all_free_text(data, ReportOptions())
    assert [ft.key for ft in included_free_texts(data, everything)] == ["alpha.one.1", "7"]  # load is off
    with_load = ReportOptions(modules=frozenset({"alpha", "load"}), free_text=everything.free_text)
    assert [ft.key for ft in included_free_texts(data, with_load)] == ["alpha.one.1", "load.tech.1", "7"]
    no_steps = ReportOptions(include_steps=False, free_text=everything.free_text)
    assert [ft.key for ft in included_free_texts(data, no_steps)] == ["alpha.one.1"]


def test_section_titles_list_what_the_file_holds(mini_instrument):
    data = report_samples.data(mini_instrument, notes={"alpha.one.1": "a"})
    assert section_titles(data, ReportOptions()) == [
        "My reflection for the workshop", "Alpha", "My next steps", "How my earlier steps went",
        "Questions for the discussion"]
    ticked = ReportOptions(lang="fi", include_questions=False, free_text=frozenset({("note", "alpha.one.1")}))
    assert section_titles(data, ticked)[-1] == "Omin sanoin"


def _finished(store, instrument, day, value, note="", profile=None):
    from hype_desktop.domain.reflection import Phase, Round
    profile = store.person_profile() if profile is None else profile
    r = store.start(profile, Round(Phase.KICKOFF, day), instrument, ("alpha",), ("alpha.one", "alpha.two"))
    for item in instrument.factor("alpha.one").items:
        store.save_answer(r.id, item.id, value)
    if note:
        store.save_note(r.id, "alpha.one.1", note)
    return store.finish(r.id, instrument)


def test_a_team_reflection_is_compared_with_the_team_s_earlier_ones(store, mini_instrument):
    mine = _finished(store, mini_instrument, date(2025, 1, 15), 5)
    team = store.team_profile("Sininen tiimi")
    first = _finished(store, mini_instrument, date(2025, 1, 1), 2, profile=team)
    second = _finished(store, mini_instrument, date(2025, 2, 1), 4, profile=team)
    data = load_report_data(store, mini_instrument, second.id)
    assert data.earlier.id == first.id
    assert [r.id for r in data.history] == [first.id, second.id]
    assert [r.id for r in load_report_data(store, mini_instrument, mine.id).history] == [mine.id]


def test_load_report_data_compares_with_the_reflection_before(store, mini_instrument):
    first = _finished(store, mini_instrument, date(2025, 1, 1), 2)
    second = _finished(store, mini_instrument, date(2025, 2, 1), 4)
    third = _finished(store, mini_instrument, date(2025, 3, 1), 3)
    profile = store.person_profile()
    data = load_report_data(store, mini_instrument, second.id)
    assert data.earlier.id == first.id
    assert [r.id for r in data.history] == [first.id, second.id]
    assert load_report_data(store, mini_instrument, third.id, compare_with=first.id).earlier.id == first.id
    assert load_report_data(store, mini_instrument, first.id).earlier is None
    assert load_report_data(store, mini_instrument, third.id, compare_with=None).earlier is None
    unfinished = store.start(profile, first.round, mini_instrument, ("alpha",), ("alpha.one",))
    with pytest.raises(KeyError):
        load_report_data(store, mini_instrument, unfinished.id)


@pytest.fixture
def sample_folder(data_dir):
    assert main(["sample-data", "--data-dir", str(data_dir), "--reflections", "3"]) == 0
    return data_dir


def test_cli_writes_the_report(sample_folder, tmp_path, capsys):
    out = tmp_path / "mine.pdf"
    assert main(["report", "--data-dir", str(sample_folder), "--out", str(out), "--lang", "fi", "--latest"]) == 0
    assert "Raportti tallennettiin" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Oma pohdintani työpajaan" in text


def test_cli_include_notes_adds_free_text(sample_folder, tmp_path):
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    db = open_database(DataPaths(sample_folder))
    try:
        store = ReflectionStore(db)
        latest = store.latest_finished(store.person_profile())
        item = next(iter(latest.answers))
        store.save_note(latest.id, item, "A note only for --include-notes")
    finally:
        db.close()
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert main(["report", "--data-dir", str(sample_folder), "--out", str(plain), "--lang", "en"]) == 0
    assert main(["report", "--data-dir", str(sample_folder), "--out", str(noted), "--lang", "en",
                 "--include-notes", "--reflection", str(latest.id), "--page-size", "letter"]) == 0
    assert "A note only for --include-notes" not in " ".join(p.extract_text() for p in PdfReader(plain).pages)
    assert "A note only for --include-notes" in " ".join(
        " ".join(p.extract_text() for p in PdfReader(noted).pages).split())


def test_cli_problems_are_sentences(data_dir, sample_folder, tmp_path, capsys):
    assert main(["report", "--data-dir", str(sample_folder), "--out", str(tmp_path / "x.pdf"),
                 "--reflection", "999", "--lang", "en"]) == 1
    assert "no finished reflection with the number 999" in capsys.readouterr().err
    assert main(["report", "--data-dir", str(sample_folder), "--out", str(tmp_path / "no" / "x.pdf"),
                 "--lang", "en"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["report", "--data-dir", str(tmp_path / "empty"), "--out", str(tmp_path / "x.pdf"),
                 "--lang", "sv"]) == 1
    assert "ingen avslutad reflektion" in capsys.readouterr().err


def test_cli_imports_neither_qt_nor_the_orm(sample_folder, tmp_path):
    # The report reads through sqlite3 alone (store.home_queries): SQLAlchemy, Alembic and
    # pydantic cost a fifth of the command's time budget and are not needed for a current database.
    code = ("import sys; from hype_desktop.cli import main; "
            f"rc = main(['report', '--data-dir', {str(sample_folder)!r}, '--out', {str(tmp_path / 'q.pdf')!r}]); "
            "assert rc == 0, rc; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic', 'pydantic') "
            "and getattr(sys.modules[m], '__file__', None)]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
