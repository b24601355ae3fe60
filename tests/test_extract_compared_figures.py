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


@pytest.mark.parametrize(
    ("compared", "value"),
    [
        ("more than the 5.5 percent the city had set as its target", 5.5),
        ("above the 5.5 percent it had set as its goal", 5.5),
        ("short of the 6.5 percent it had set for itself", 6.5),
    ],
)
def test_a_goal_compared_with_after_a_result_is_the_goals_exact_value(compared, value):
    """Were at_least/at_most and actual: the comparison is the result's, the figure after it the goal as set."""
    got = claims(f"Kunshan's GDP grew 6.1 percent in 2024, {compared}.", published="2025-03-01")
    assert brief(got, "value", "qualifier", "kind") == [(6.1, "exact", "actual"), (value, "exact", "target")]


@pytest.mark.parametrize("said", ["rose above the 500 billion yuan mark", "climbed above the 500 billion yuan level"])
def test_a_level_crossed_after_above_the_is_still_a_bound(said):  # guard
    got = claims(f"Kunshan's GDP {said} in 2024.", published="2025-03-01")
    assert brief(got, "qualifier") == [("at_least",)]
