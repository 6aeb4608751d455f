"""The report's text catalogue: fi, sv and en for every key, with the same placeholders."""

from __future__ import annotations

import string
from datetime import date

import pytest

from hype_desktop.domain.instrument import LANGUAGES
from hype_desktop.domain.reflection import Owner, Phase, StepStatus
from hype_desktop.reports.report_texts import catalogue, fmt_date, fmt_number, questions, text

CATALOGUE = catalogue()


def placeholders(value: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_all_languages_and_equal_placeholders(key):
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES), key
    expected = placeholders(entry["en"])
    for lang in LANGUAGES:
        assert entry[lang].strip(), f"{key}/{lang} is empty"
        assert placeholders(entry[lang]) == expected, f"{key}/{lang}"
        assert "lang" not in expected


def test_every_domain_value_has_a_name():
    for prefix, values in (("phase", Phase), ("owner", Owner), ("status", StepStatus)):
        for v in values:
            assert f"{prefix}.{v.value}" in CATALOGUE


@pytest.mark.parametrize("phase", list(Phase))
def test_each_phase_has_the_same_number_of_questions_in_each_language(phase):
    counts = {lang: len(questions(phase.value, lang)) for lang in LANGUAGES}
    assert min(counts.values()) >= 3
    assert len(set(counts.values())) == 1, counts
    assert all(q.endswith("?") for lang in LANGUAGES for q in questions(phase.value, lang))


def test_numbers_and_dates_follow_the_language():
    assert fmt_number(3.45, "fi") == "3,5" or fmt_number(3.45, "fi") == "3,4"
    assert fmt_number(2.0, "sv") == "2,0"
    assert fmt_number(2.0, "en") == "2.0"
    assert fmt_date(date(2025, 3, 5), "fi") == "5.3.2025"
    assert fmt_date(date(2025, 3, 5), "en") == "2025-03-05"


def test_footer_carries_version_disclaimer_and_pages():
    footer = text("report.footer", "en", app="HyPe Desktop", version="9.9", page=2, pages=5)
    assert footer == "HyPe Desktop 9.9 · a reflection aid, not an assessment of a person · page 2/5"


@pytest.mark.parametrize("phase", list(Phase))
def test_each_phase_has_team_questions_in_each_language(phase):
    from hype_desktop.reports.report_texts import team_questions
    counts = {lang: len(team_questions(phase.value, lang)) for lang in LANGUAGES}
    assert min(counts.values()) >= 3 and len(set(counts.values())) == 1, counts
    assert all(q.endswith("?") for lang in LANGUAGES for q in team_questions(phase.value, lang))
    assert team_questions(phase.value, "en") != questions(phase.value, "en")  # the team's own


def test_team_texts_differ_between_languages():
    team = [k for k in CATALOGUE if k.startswith("team.")]
    assert len(team) > 30
    for key in team:
        if key in ("team.team_code", "team.col_median"):
            continue  # "Team"/"Median" are the same word in English and Swedish
        assert CATALOGUE[key]["fi"] != CATALOGUE[key]["en"], key
