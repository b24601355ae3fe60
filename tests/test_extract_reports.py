"""Government work reports and mid-year reports: reviews over five years, sums named in the report's own words.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize("measure", ["economic output", "gross domestic product", "economic aggregate"])
def test_an_average_rate_after_a_long_review_clause_is_growth_of_the_measure_named_at_its_start(measure):
    text = (
        f"Over the past five years, Longgang district's {measure} rose from 422.9 billion yuan to 568.9 billion yuan, "
        "growing at an average annual rate of 5.2 percent."
    )
    got = claims(text, published="2026-01-28", lang="en")
    assert brief(got, "indicator", "period", "value")[-1] == ("gdp_growth", "2021/2025", 5.2)


def test_an_average_rate_after_a_review_of_another_measure_is_that_measures():
    text = (
        "Over the past five years, Longgang district's general public budget revenue rose from 18.2 billion yuan "
        "to 26.1 billion yuan, growing at an average annual rate of 7.5 percent."
    )
    got = claims(text, published="2026-01-28", lang="en")
    assert brief(got, "indicator", "period")[-1] == ("other:fiscal_revenue_growth", "2021/2025")
