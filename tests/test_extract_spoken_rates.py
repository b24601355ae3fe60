"""A percentage its clause calls a place's result with no measure named ("…, while Pingshan posted 7.4%",
"By contrast, Luohu managed just 3.2%"): the rate spoken of last, in the sentence or before it.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize(
    ("first", "measure"),
    [("Guangming's GDP jumped 8.1%", "gdp_growth"), ("Kunshan's retail sales rose 4.1%", "other:retail_sales_growth")],
)
def test_a_place_posting_a_rate_after_another_in_its_sentence_has_the_same_measure(first, measure):
    text = f"{first}, the quickest pace in the region, while Pingshan posted 7.4%."
    got = brief(claims(text, published="2026-01-22"), "region", "indicator", "value")
    assert got[-1] == ("440310", measure, 7.4)  # had been other:percent


def test_a_place_managing_a_rate_after_an_opening_phrase_has_the_rate_spoken_of():
    text = "Bao'an grew 5.9% last year. By contrast, Luohu managed just 3.2%."
    got = brief(claims(text, published="2026-01-22"), "region", "indicator", "value")
    assert got == [("440306", "gdp_growth", 5.9), ("440303", "gdp_growth", 3.2)]  # had been other:percent


def test_a_posted_figure_with_no_rate_spoken_of_stays_unknown():
    text = "By contrast, Luohu managed just 3.2%."
    got = brief(claims(text, published="2026-01-22"), "indicator")
    assert got == [("other:percent",)]  # guard: nothing says what the percentage measures
