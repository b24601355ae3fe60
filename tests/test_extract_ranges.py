"""Ranges ("5-5.5 percent", "between 5 and 5.5 percent", 5500—5600亿元) and changes written with the end's
unit ("from 500 to 528 billion yuan", 从5000增加到5280亿元)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import brief, claims


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cixi targets GDP growth of 5-5.5 percent in 2025.", "en"),
        ("Cixi targets GDP growth of 5 to 5.5 percent in 2025.", "en"),
        ("Cixi targets GDP growth of between 5 and 5.5 percent in 2025.", "en"),
        ("Cixi targets GDP growth of 5%-5.5% in 2025.", "en"),
        ("2025年，慈溪市地区生产总值预期增长5%-5.5%。", "zh"),
    ],
)
def test_a_range_of_rates_is_its_two_ends(text, lang):
    got = brief(claims(text, lang=lang, published="2025-01-25"), "indicator", "value", "qualifier")
    assert got == [("gdp_growth", 5.0, "at_least"), ("gdp_growth", 5.5, "at_most")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cixi aims for GDP of 270 billion to 280 billion yuan in 2025.", "en"),
        ("Cixi aims for GDP of 270-280 billion yuan in 2025.", "en"),
        ("2025年，慈溪市GDP力争达到2700亿—2800亿元。", "zh"),
        ("2025年，慈溪市GDP力争达到2700—2800亿元。", "zh"),
    ],
)
def test_a_range_of_money_takes_the_scale_of_its_high_end(text, lang):
    got = brief(claims(text, lang=lang, published="2025-01-25"), "indicator", "value", "qualifier")
    assert got == [("gdp", 2.7e11, "at_least"), ("gdp", 2.8e11, "at_most")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cixi's GDP grew from 250 to 270 billion yuan in 2024.", "en"),
        ("2024年，慈溪市GDP从2500增加到2700亿元。", "zh"),
        ("2024年，慈溪市GDP由2500亿元增至2700亿元。", "zh"),
    ],
)
def test_a_change_in_a_year_starts_from_the_year_befores_level(text, lang):
    got = brief(claims(text, lang=lang, published="2025-01-25"), "period", "value", "qualifier")
    assert got == [("2023", 2.5e11, "exact"), ("2024", 2.7e11, "exact")]


def test_a_span_of_one_year_is_that_year_and_a_date_is_no_range():
    assert brief(claims("慈溪市2024-2025年GDP年均增长5%。", published="2026-01-25"), "period") == [("2025",)]
    got = claims("2024年5-6月，慈溪市出口增长5%，GDP为2700亿元。", published="2025-01-25")
    assert [c["value"] for c in got] == [5.0, 2.7e11]


@settings(max_examples=60, deadline=None)
@given(
    low=st.integers(min_value=100, max_value=900),
    step=st.integers(min_value=1, max_value=99),
    scale=st.sampled_from([("billion", 1e9), ("trillion", 1e12)]),
)
def test_any_range_of_yuan_written_once_with_its_scale_is_read_as_its_two_ends(low, step, scale):
    word, mult = scale
    text = f"Cixi aims for GDP of {low}-{low + step} {word} yuan in 2026."
    got = brief(claims(text, published="2026-01-25"), "value", "qualifier")
    assert got == [(low * mult, "at_least"), ((low + step) * mult, "at_most")]


@pytest.mark.parametrize("written", ["5—5.5%", "5-5.5%", "5～5.5%"])
def test_a_range_whose_low_end_is_a_whole_number_before_a_dash(written):
    cs = claims(f"2025年，江阴市力争地区生产总值增长{written}。", published="2025-03-01")
    assert brief(cs, "value", "qualifier") == [(5.0, "at_least"), (5.5, "at_most")]


def test_a_range_of_growth_in_words_after_a_place_aiming_for_growth():
    cs = claims("Jiangyin targets growth in the range of 5 percent to 5.5 percent this year.", published="2025-03-01")
    assert brief(cs, "indicator", "value", "qualifier") == [
        ("gdp_growth", 5.0, "at_least"),
        ("gdp_growth", 5.5, "at_most"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's GDP rose from 2023's 960 billion yuan to 1.02 trillion yuan in 2024.",
        "南山区GDP从2023年的9600亿元增至2024年的10200亿元。",
    ],
)
def test_a_change_from_a_years_figure_is_no_range(text):
    # "from 2023's X to Y" is where a change started and ended: two exact figures, each of its year
    got = claims(text, published="2025-03-05")
    assert brief(got, "period", "value", "qualifier") == [("2023", 9.6e11, "exact"), ("2024", 1.02e12, "exact")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("2024年，太仓市GDP>1800亿元。", "at_least"),
        ("2024年，太仓市GDP≥1800亿元。", "at_least"),
        ("In 2024, Taicang's GDP was >180 billion yuan.", "at_least"),
        ("2024年，太仓市GDP≤1800亿元。", "at_most"),
        ("2024年，太仓市GDP<1800亿元。", "at_most"),
    ],
)
def test_a_comparison_sign_before_a_figure_bounds_it(text, qualifier):
    got = claims(text, published="2025-03-01")
    assert [(c["region"], c["indicator"], c["qualifier"]) for c in got] == [("320585", "gdp", qualifier)]
