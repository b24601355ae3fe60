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


@pytest.mark.parametrize(
    "text",
    [
        "Liuyang's imports and exports kept growing, accounting for one-third of that in Changsha city and one-sixth "
        "of that in Hunan province.",
        "浏阳市进出口总额800亿元，占长沙市的三分之一、湖南省的六分之一。",
    ],
)
def test_shares_of_that_in_a_place_and_listed_wholes_are_the_subjects_shares_of_each(text):
    """Were other:share ('of that in' read as 'of it'), and the Chinese list's second share the province's own."""
    got = [c for c in claims(text, published="2025-03-01") if c["unit"] == "percent"]
    assert brief(got, "region", "indicator", "value", "relative_to") == [
        ("430181", "foreign_trade", 33.3, "430100"),
        ("430181", "foreign_trade", 16.7, "430000"),
    ]


def test_listed_measures_with_shares_respectively_are_each_measures_share():
    """Were both foreign_trade: 分别 pairs each share with its measure."""
    text = "2024年，浏阳市GDP和进出口总额分别占长沙市的9%和11%。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value", "relative_to")
    assert got == [("gdp", 9, "430100"), ("foreign_trade", 11, "430100")]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Nanning is the capital of Guangxi. It has 9 percent of the region's land and 25 percent of its GDP.",
            "450000",
        ),
        ("Lhasa, in the Tibet Autonomous Region, produced 33 percent of the autonomous region's GDP.", "540000"),
    ],
)
def test_a_share_of_the_region_said_of_a_city_of_an_autonomous_region_is_of_that_region(text, whole):
    got = claims(text, published="2024-03-01")
    assert {c["relative_to"] for c in got} == {whole}  # "the region's" had been no whole: other:percent


def test_a_share_of_the_region_in_a_text_on_no_autonomous_region_stays_outside_the_vocabulary():  # a guard
    got = claims("Suzhou has 8 percent of the region's land.", published="2024-03-01")
    assert brief(got, "indicator") == [("other:percent",)]


@pytest.mark.parametrize("whole", ["that of the country", "the level of China"], ids=["that-of", "level-of"])
def test_a_multiple_of_the_countrys_own_figure_is_relative_to_the_country(whole):
    # "4.5 times that of the country" had given no claim: the multiple named no whole it knew
    got = claims(f"Yiwu's per capita GDP is 2.1 times {whole}.", published="2025-03-01")
    assert brief(got, "indicator", "unit", "relative_to", "value") == [("gdp_per_capita", "ratio", "CN", 2.1)]
