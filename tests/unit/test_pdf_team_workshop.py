"""The workshop result in the team PDF: its own section (agreed scores and the team's notes,
beside the members' collated means) when chosen, absent otherwise; found by the round link."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from test_pdf_team_report import ROUND, _outcome, _people

from hype_desktop.collation.workshop_result import linked_workshop_result, workshop_result
from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.reports.pdf_team_report import write_team_pdf

TITLE = "What the team agreed together in the workshop"


def _text(path) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


def _workshop(store, instrument, *, round_uid: str | None = ROUND.id, name: str = "Blue & <b>team</b>"):
    pid = store.team_profile(name)
    r = store.start(pid, Round(phase=Phase.TEAM_WORKSHOP, date=date(2025, 3, 6), label=name,
                               team_code="TEAM-7" if round_uid else None, round_uid=round_uid),
                    instrument, ("alpha",), instrument.scope_for_modules(("alpha",)))
    for n, item in enumerate(i for f in instrument.factors() for i in f.items if f.id in r.scope):
        store.save_answer(r.id, item.id, 2 + n % 3)
    store.save_note(r.id, "alpha.one.2", "We agree: <img src='/etc/passwd'/> R&D first")
    return store.finish(r.id, instrument)


def test_workshop_section_in_the_team_pdf_only_when_chosen(store, mini_instrument, tmp_path):
    done = _workshop(store, mini_instrument)
    found = linked_workshop_result(store.db, mini_instrument, ROUND.id)
    assert found is not None and found.reflection_id == done.id and found.team_name == "Blue & <b>team</b>"
    assert found.scores == {f: s.mean for f, s in done.scores.items()}
    outcome = _outcome(mini_instrument, _people(2))  # 2 people: collated scores hidden
    with_it, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    write_team_pdf(with_it, mini_instrument, outcome, "en", workshop=found)
    write_team_pdf(without, mini_instrument, outcome, "en")
    text, plain = _text(with_it), _text(without)
    assert TITLE in text and TITLE not in plain and "Agreed together" not in plain
    assert "not anyone's personal answers, so the minimum group sizes" in text
    assert "Blue & <b>team</b>" in text  # the team's name is literal text
    assert "We agree: <img src='/etc/passwd'/> R&D first" in text
    assert "fewer than 3 answers" in text  # the collated column keeps its thresholds
    one = mini_instrument.factor("alpha.one")
    agreed = f"{one.title.get('en')} {done.scores['alpha.one'].mean:.1f}"
    assert agreed in text  # the agreed score stands in the table, no threshold applies
    fi = tmp_path / "fi.pdf"
    write_team_pdf(fi, mini_instrument, outcome, "fi", workshop=found)
    assert "Mistä tiimi sopi yhdessä työpajassa" in _text(fi)


def test_only_linked_finished_team_reflections_are_found(store, mini_instrument):
    assert linked_workshop_result(store.db, mini_instrument, ROUND.id) is None
    _workshop(store, mini_instrument, round_uid=None, name="Unlinked")
    assert linked_workshop_result(store.db, mini_instrument, ROUND.id) is None
    # one's own reflection of that round (a member's) is never taken for the team's
    own = store.start(store.person_profile(), Round(phase=Phase.TEAM_WORKSHOP, date=date(2025, 3, 6),
                                                    team_code="TEAM-7", round_uid=ROUND.id),
                      mini_instrument, ("alpha",), mini_instrument.scope_for_modules(("alpha",)))
    store.finish(own.id, mini_instrument)
    assert linked_workshop_result(store.db, mini_instrument, ROUND.id) is None
    done = _workshop(store, mini_instrument)
    assert workshop_result(mini_instrument, done, "x").notes[0].item_id == "alpha.one.2"
