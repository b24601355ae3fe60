"""A bare figure another place's measure is compared with, its unit left out: "1,210 square kilometres
against Nanshan's 187.5", "5.8 million residents to Nanshan's 1.8 million", "compared with 187.5 for
Nanshan" — of the measure and unit of the figure before it, and the place it names.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize("compared", [" against Nanshan's 187.5", ", compared with 187.5 for Nanshan"])
def test_an_area_compared_with_a_bare_figure_is_that_places_area(compared):
    text = f"Pudong covers 1,210 square kilometres{compared}."
    got = brief(claims(text, published="2025-10-20"), "region", "indicator", "value", "unit")
    assert got == [("310115", "area", 1210, "km2"), ("440305", "area", 187.5, "km2")]  # 187.5 had been lost


@pytest.mark.parametrize("compared", [" to Nanshan's 1.8 million", ", versus Nanshan's 1.8 million"])
def test_residents_compared_with_another_places_bare_figure_are_its_population(compared):
    text = f"Pudong has 5.8 million residents{compared}."
    got = brief(claims(text, published="2025-10-20"), "region", "indicator", "value")
    assert got == [("310115", "population", 5.8e6), ("440305", "population", 1.8e6)]


def test_a_sum_after_to_a_places_figure_is_no_compared_count():
    text = "Nanshan has 218 listed companies. Its GDP rose to Shenzhen's 2 trillion level."
    got = brief(claims(text, published="2025-10-20"), "indicator")
    assert ("listed_companies",) in got and got.count(("listed_companies",)) == 1  # guard
