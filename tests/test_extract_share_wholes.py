"""Shares said of a whole named again, found on real pages outside the corpus: "…accounting for 1/16 of the
province's GDP while occupying only 1/200 of its land area" is the same place's share of the same whole (not the
province's own share); "more than half of Tianjin's GDP was contributed by Binhai" is Binhai's; "the total
official GDP of Tianjin" names Tianjin as the whole.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims

_JINJIANG = "Jinjiang's GDP was 320 billion yuan in 2022, accounting for 1/16 of the province's GDP "


@pytest.mark.parametrize(
    "rest",
    [
        "while occupying only 1/200 of its land area.",
        "while occupying only 0.5% of the province's land area.",
        "with only 0.5% of its land area.",
    ],
)
def test_a_second_share_of_the_same_whole_is_the_same_places(rest):
    got = brief(claims(_JINJIANG + rest, published="2024-01-10"), "region", "indicator", "value", "relative_to")
    assert got[-1] == ("350582", "area", 0.5, "350000")  # had been the province's other:share or area


@pytest.mark.parametrize(
    "text",
    [
        "In 2017, more than half of Tianjin's GDP was contributed by Binhai New Area.",
        "In 2017, Binhai New Area contributed more than half of the total official GDP of Tianjin.",
    ],
)
def test_a_share_contributed_by_a_place_is_its_share_of_the_whole(text):
    got = brief(claims(text, published="2018-01-15"), "region", "indicator", "value", "relative_to")
    assert got == [("120116", "gdp", 50, "120000")]  # had been Tianjin's other:share / other:percent


def test_a_share_of_a_place_and_a_share_of_its_land_stay_apart():  # a guard: it passed before
    text = "Nanshan's GDP accounted for a quarter of Shenzhen's GDP with just 9 percent of the city's land."
    got = brief(claims(text, published="2024-01-10"), "region", "indicator", "value", "relative_to")
    assert got == [("440305", "gdp", 25, "440300"), ("440305", "area", 9, "440300")]
