"""English figures written with the currency first ("RMB 581 billion") read as those written with it last
("581 billion yuan"): a place's own figure in brackets, a share of a place whose figure follows, a growth
after a sum, a list's second item; and "0.7% points" is a difference in percentage points.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize("figure", ["581 billion yuan", "RMB 581 billion"])
def test_a_figure_in_brackets_after_a_compared_place_is_that_places(figure):
    text = f"Longgang's GDP, at roughly 556 billion yuan, slipped behind neighbouring Bao'an ({figure}) last year."
    got = brief(claims(text, published="2026-04-20"), "region", "value")
    assert got == [("440307", 5.56e11), ("440306", 5.81e11)]  # with RMB, Bao'an's had been Longgang's


@pytest.mark.parametrize("figure", ["5.4 trillion yuan", "RMB 5.4 trillion"])
def test_a_share_of_a_place_whose_own_figure_follows_is_of_its_gdp(figure):
    text = f"Pudong's GDP for 2025 was 1.82 trillion yuan, about 33.6% of Shanghai's {figure}."
    got = brief(claims(text, published="2026-04-20"), "region", "indicator", "unit", "relative_to")
    assert ("310115", "gdp", "percent", "310000") in got  # with RMB, other:share


def test_a_growth_after_a_sum_with_the_currency_first_is_the_places():
    text = "Longgang lagged. Its first-quarter GDP of RMB 133 billion was up just 2.7 percent."
    got = brief(claims(text, published="2026-04-20"), "region", "indicator", "period", "value")
    assert got == [("440307", "gdp", "2026-Q1", 1.33e11), ("440307", "gdp_growth", "2026-Q1", 2.7)]
    # the growth had been dropped: "GDP of RMB" read as the GDP of a place named RMB, not in the gazetteer


def test_a_list_of_figures_with_the_currency_first_gives_each_place_its_own():
    text = "Shenzhen and Guangzhou, the two largest cities, posted GDP of RMB 3.86 trillion and RMB 3.17 trillion."
    got = brief(claims(text, published="2026-04-20"), "region", "value")
    assert got == [("440300", 3.86e12), ("440100", 3.17e12)]  # both had been 3.86 trillion


@pytest.mark.parametrize("name", ["Tarnow", "TARNOW"])
def test_a_measure_of_a_place_the_gazetteer_lacks_is_still_no_ones(name):  # a guard: a name, not a currency
    text = f"Kunshan is a big county. The GDP of {name} was about 120 billion yuan."
    assert claims(text, published="2026-04-20") == []  # not Kunshan's


@pytest.mark.parametrize("said", ["0.7% points", "0.7%-pts", "0.7 percentage points"])
def test_percent_points_are_a_difference(said):
    text = f"Compared with the same quarter of 2025, Futian's growth slowed by {said}."
    got = brief(claims(text, published="2026-04-20"), "indicator")
    assert got == [("other:percentage_points",)]  # "0.7% points" had been a growth of 0.7%
