"""English lists whose measure is named after the last figure only: "1.8 million and 1.5 million residents",
"218 and 120 listed companies", "161,000, 173,000 and 181,000 yuan". Each figure is of that measure, and its
period is the one the measure implies.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize("first", ["1.8 million", "1.8"])
def test_residents_named_after_the_last_figure_count_for_each(first):
    text = f"Nanshan and Futian had {first} and 1.5 million residents respectively."
    got = brief(claims(text, published="2026-04-28"), "region", "indicator", "value")
    assert got == [("440305", "population", 1.8e6), ("440304", "population", 1.5e6)]  # both had been 1.5 million


def test_firms_named_after_the_last_figure_are_counted_for_each():
    text = "Nanshan and Futian had 218 and 120 listed companies respectively."
    got = brief(claims(text, published="2026-04-28"), "region", "indicator", "period", "value")
    assert got == [("440305", "listed_companies", "2026", 218), ("440304", "listed_companies", "2026", 120)]
    # both had been other:count


def test_a_list_of_years_of_residents_in_full_figures():
    text = "Yixing had 1,281,000, 1,285,000 and 1,289,000 residents in 2021, 2022 and 2023 respectively."
    got = brief(claims(text, published="2024-04-28"), "indicator", "period", "value")
    assert got == [("population", "2021", 1281000), ("population", "2022", 1285000), ("population", "2023", 1289000)]


def test_full_figures_listed_before_yuan_are_yuan():
    text = "Yixing's per capita GDP was 161,000, 173,000 and 181,000 yuan in 2021, 2022 and 2023 respectively."
    got = brief(claims(text, published="2024-04-28"), "indicator", "period", "value")
    assert got == [
        ("gdp_per_capita", "2021", 161000.0),
        ("gdp_per_capita", "2022", 173000.0),
        ("gdp_per_capita", "2023", 181000.0),
    ]


def test_a_small_number_before_a_sum_in_yuan_is_no_member_of_its_list():
    text = "Nanshan ranked 3, with 181,000 yuan of GDP per head."
    got = brief(claims(text, published="2024-04-28"), "value")
    assert (3.0,) not in got and (181000.0,) in got  # guard: a rank, not a sum in yuan


def test_a_figure_with_its_own_measure_keeps_it_in_a_list():
    text = "Nanshan had 218 listed companies and 120 little giants."
    got = brief(claims(text, published="2026-04-28"), "indicator", "value")
    assert got == [("listed_companies", 218), ("little_giants", 120)]  # guard
