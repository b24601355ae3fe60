"""Forms of comment pieces: a milestone referred back to ("Pudong crossed the line in 2018", "reached the mark
in 2018, Haidian in 2022"), a place's size said in passing ("remarkable for a district of just 185 sq km"),
and an apposition with a figure in it ("Nanshan, a district of just 185 square kilometres, produced …").

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims

_MILESTONE = "Nanshan's output passed 1 trillion yuan in 2025. "


@pytest.mark.parametrize(
    "then",
    ["Pudong crossed the line in 2018 and Haidian in 2022.", "Pudong reached the mark in 2018, Haidian in 2022."],
)
def test_a_milestone_referred_back_to_is_crossed_by_each_place_in_its_year(then):
    got = brief(claims(_MILESTONE + then, published="2026-02-20"), "region", "period", "value", "qualifier")
    assert got[1:] == [("310115", "2018", 1e12, "at_least"), ("110108", "2022", 1e12, "at_least")]
    # "the line" had been no reference; after a comma alone Haidian had been left out


def test_a_size_said_of_an_unnamed_district_is_the_places_spoken_of():
    text = _MILESTONE + "The achievement is remarkable for a district of just 185 sq km."
    got = brief(claims(text, published="2026-02-20"), "region", "indicator", "value")
    assert got[-1] == ("440305", "area", 185)  # had been dropped as an unnamed district's


def test_a_place_with_a_figure_in_its_apposition_produces_its_gdp():
    text = "Nanshan, a district of just 185 square kilometres, produced 1 trillion yuan last year."
    got = brief(claims(text, published="2026-02-20"), "indicator", "value")
    assert got == [("area", 185), ("gdp", 1e12)]  # had been other:amount


def test_an_unnamed_county_in_a_province_is_still_no_places():
    assert claims("The economy of a county-level city in Jiangsu grew 8 percent.", published="2026-02-20") == []
