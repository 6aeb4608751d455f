"""Band words never misread a person: a low score on a resource is not "less central"."""

from __future__ import annotations

import pytest

from hype_desktop.domain.instrument import LANGUAGES, Direction
from hype_desktop.formats.instrument_build import load_builtin_instrument

RESOURCES = ("orientation.boundaries", "orientation.meaning_growth", "orientation.competence")
# Words of the profile bands ("less central for you"): they describe an orientation, and read
# as lack of interest when said of recovery, meaning or confidence.
PROFILE_WORDS = {"fi": ("keskeis", "keskeist"), "sv": ("central",), "en": ("central",)}
# Words that judge the person rather than describe the situation.
JUDGING = {"fi": ("huono", "heikko", "epäonnist", "vika"), "sv": ("dålig", "svag", "misslyck", "fel "),
           "en": ("poor", "weak", "bad", "fail", "lack")}


@pytest.mark.parametrize("factor_id", RESOURCES)
@pytest.mark.parametrize("score", [1.0, 1.8, 2.4, 2.5, 3.0])
def test_a_low_score_on_a_resource_is_never_less_central(factor_id, score):
    factor = load_builtin_instrument().factor(factor_id)
    assert factor.direction is Direction.HIGHER_BETTER
    band = factor.band_for(score)
    assert band is not None
    for lang in LANGUAGES:
        words = band.label.get(lang).lower()
        assert not any(w in words for w in PROFILE_WORDS[lang]), (factor_id, score, lang, words)


def test_only_profile_factors_use_profile_words_and_no_band_judges():
    for factor in load_builtin_instrument().factors():
        for band in factor.bands:
            for lang in LANGUAGES:
                words = band.label.get(lang).lower()
                if factor.direction is not Direction.PROFILE:
                    assert not any(w in words for w in PROFILE_WORDS[lang]), (factor.id, lang, words)
                assert not any(w in words for w in JUDGING[lang]), (factor.id, lang, words)


def test_the_rule_catches_the_old_words():
    """The check above must be able to fail: the words this content version replaced trip it."""
    old = {"fi": "Tällä hetkellä vähemmän keskeistä sinulle", "sv": "Mindre centralt för dig just nu",
           "en": "Less central for you right now"}
    assert all(any(w in old[lang].lower() for w in PROFILE_WORDS[lang]) for lang in LANGUAGES)
