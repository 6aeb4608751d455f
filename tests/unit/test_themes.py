"""Every theme's text colours reach WCAG AA contrast (4.5:1) against their backgrounds."""

import pytest

from hype_desktop.ui.themes import TEXT_PAIRS, THEMES, contrast_ratio, next_zoom


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_text_pair_reaches_aa(theme):
    colours = THEMES[theme]
    low = {f"{fg}/{bg}": round(contrast_ratio(colours[fg], colours[bg]), 2)
           for fg, bg in TEXT_PAIRS if contrast_ratio(colours[fg], colours[bg]) < 4.5}
    assert not low, low


def test_high_contrast_theme_is_really_high():
    colours = THEMES["high_contrast"]
    assert min(contrast_ratio(colours[fg], colours[bg]) for fg, bg in TEXT_PAIRS) >= 7.0


def test_zoom_steps_stay_within_100_and_200():
    assert next_zoom(100, -1) == 100
    assert next_zoom(200, +1) == 200
    assert next_zoom(100, +1) == 110
    assert next_zoom(137, +1) == 150


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_style_colours_carry_text_and_outlines_visibly(theme):
    from hype_desktop.ui.themes import OUTLINE_PAIRS, STYLE_TEXT_PAIRS, colour
    low_text = {f"{fg}/{bg}": round(contrast_ratio(colour(theme, fg), colour(theme, bg)), 2)
                for fg, bg in STYLE_TEXT_PAIRS if contrast_ratio(colour(theme, fg), colour(theme, bg)) < 4.5}
    low_outline = {f"{fg}/{bg}": round(contrast_ratio(colour(theme, fg), colour(theme, bg)), 2)
                   for fg, bg in OUTLINE_PAIRS if contrast_ratio(colour(theme, fg), colour(theme, bg)) < 3.0}
    assert not low_text, low_text
    assert not low_outline, low_outline


def test_every_theme_defines_the_same_tokens():
    from hype_desktop.ui.themes import STYLE_COLOURS
    assert {frozenset(c) for c in STYLE_COLOURS.values()} == {frozenset(STYLE_COLOURS["light"])}
    assert set(STYLE_COLOURS) == set(THEMES)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_stylesheet_names_files_that_exist(theme):
    import re
    from pathlib import Path

    from hype_desktop.ui.style import stylesheet
    urls = re.findall(r"url\(([^)]+)\)", stylesheet(theme, 10.0))
    assert urls and all(Path(u).is_file() for u in urls)
