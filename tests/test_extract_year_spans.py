"""Spans of years written with a hyphen: "in 2025-29" at a sentence's end, "2016–20", 2021-25年. A span a
rate is "in" ("to average 4.8% a year in 2025-29") holds each of its years; one growth is measured
"between" two years from the first's level.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize(
    ("span", "period"),
    [
        ("in 2025-29", "2025/2029"),
        ("in 2025-2029", "2025/2029"),
        ("over 2016–20", "2016/2020"),
        ("in 2015-19", "2015/2019"),
    ],
)
def test_an_average_in_a_hyphenated_span_at_the_sentences_end_covers_its_years(span, period):
    text = f"We expect Jinan's real GDP growth to average 4.8% a year {span}."
    got = brief(claims(text, published="2025-05-12"), "indicator", "period")
    assert got == [("gdp_growth", period)]  # the span had been missed before a full stop: 2020/2024


def test_a_chinese_span_with_a_two_digit_last_year_is_a_plans_years():
    got = brief(claims("济南市2021-25年GDP年均增长5.8%。", lang="zh", published="2026-05-12"), "period")
    assert got == [("2021/2025",)]  # had been 2022/2025, the years back from the publication


def test_an_average_between_two_years_runs_from_the_first_years_level():
    text = "Jinan's GDP grew by an average of 6.4% a year between 2015 and 2019."
    assert brief(claims(text, published="2025-05-12"), "period") == [("2016/2019",)]  # guard


def test_a_date_with_a_hyphen_is_no_span():
    text = "Jinan's GDP grew 5.7% in 2024, according to data released on 2025-03-05."
    assert brief(claims(text, published="2025-05-12"), "period") == [("2024",)]  # guard


@pytest.mark.parametrize(
    "text",
    [
        "这五年，慈溪地区生产总值从2100.5亿元预计增至3200亿元。",
        "五年来，慈溪地区生产总值从2100.5亿元有望增加到3200亿元。",
    ],
    ids=["yuji", "youwang"],
)
def test_a_five_year_change_to_an_estimate_of_this_year_starts_five_years_before_it(text):
    # the base had been dated 2019: five years before the last year over, though the change ends in 2025
    got = claims(text, published="2025-11-29")
    assert brief(got, "period", "value", "kind") == [
        ("2020", 210050000000.0, "actual"),
        ("2025", 320000000000.0, "expected"),
    ]


def test_a_five_year_change_to_a_figure_of_last_year_starts_five_years_before_that():  # a guard: passed before
    got = claims("五年来，慈溪地区生产总值从2100.5亿元增至3200亿元。", published="2025-11-29")
    assert [c["period"] for c in got] == ["2019", "2024"]
