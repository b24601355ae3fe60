"""Percentages that are no rate of the measure before them (extract/_not_rates.py): sentences of our own."""

from __future__ import annotations

import pytest

from conftest import claims


@pytest.mark.parametrize(
    ("tail", "second"),
    [
        ("with services contributing 61 percent of the growth", ("other:growth_contribution", 61)),
        ("and consumption contributed 47 percent to the district's economic growth", ("other:growth_contribution", 47)),
        ("23 percent of it from the digital economy", ("other:share", 23)),
    ],
)
def test_a_part_of_a_growth_or_of_it_is_no_growth(tail, second):
    # each was read as a second GDP growth of the place
    got = claims(f"Songjiang's GDP grew 5.4 percent in 2024, {tail}.", published="2025-03-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("gdp_growth", 5.4), second]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Songjiang's GDP grew 5.4 percent in 2024, contributing 0.3 percentage points to the city's growth.",
            "other:percentage_points",
        ),
        ("Songjiang's GDP grew 5.4 percent in 2024, up from 4.9 percent growth the year before.", "gdp_growth"),
        ("松江区2024年地区生产总值增长5.4%，第三产业对经济增长的贡献率为61%。", "other:rate"),
    ],
)
def test_other_rates_beside_a_growth_keep_their_reading(text, second):  # a guard: passed before
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == ["gdp_growth", second]


def test_a_place_s_part_of_it_after_another_place_s_gdp_is_its_share_of_that_gdp():
    # "it" is Wuxi's GDP: Jiangyin's share of it was other:share, with no base
    got = claims("Wuxi posted GDP of 1.66 trillion yuan in 2025, and Jiangyin accounted for a third of it.")
    assert [(c["region"], c["indicator"], c["value"], c.get("relative_to")) for c in got] == [
        ("320200", "gdp", 1.66e12, None),
        ("320281", "gdp", 33.3, "320200"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Binhai New Area has adjusted its GDP for 2016 to 665.4 billion yuan, down 33.5 percent.",
        "Binhai New Area revised its 2016 GDP to 665.4 billion yuan ($103.1 billion), down 33.5 percent.",
        "滨海新区2016年地区生产总值调整为6654亿元，下降33.5%。",
    ],
)
def test_the_change_after_a_figure_revised_to_a_level_is_the_revision(text):  # written for this test
    got = [(c["indicator"], c["value"]) for c in claims(text, published="2018-01-15") if c["unit"] == "percent"]
    assert got == [("other:gdp_revision", 33.5)]  # had been gdp_growth -33.5


@pytest.mark.parametrize(
    ("text", "indicator", "value"),
    [
        ("Binhai's GDP grew to 665.4 billion yuan in 2016, up 3.5 percent.", "gdp_growth", 3.5),
        ("滨海新区2016年地区生产总值为6654亿元，下降3.5%。", "gdp_growth", -3.5),
    ],
)
def test_a_change_after_a_level_not_revised_stays_growth(text, indicator, value):  # a guard: it passed before
    got = [(c["indicator"], c["value"]) for c in claims(text, published="2018-01-15") if c["unit"] == "percent"]
    assert got == [(indicator, value)]
