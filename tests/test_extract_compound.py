"""Chinese numbers in two parts, a larger scale then a smaller one (extract/_compound.py): sentences of our own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import claims


@pytest.mark.parametrize(
    ("text", "value", "quote"),
    [
        ("2025年，南山區GDP規模達1兆570億元人民幣。", 1.057e12, "1兆570億元人民幣"),  # Taiwan's 兆: was 57 billion
        ("2025年，南山区GDP达1万亿570亿元。", 1.057e12, "1万亿570亿元"),  # was 57 billion
        ("2025年末，重庆市常住人口3亿1900万人。", 3.19e8, "3亿1900万人"),  # was 19 million (a made-up figure)
    ],
)
def test_a_number_in_two_scaled_parts_is_one_figure(text, value, quote):
    got = claims(text, published="2026-02-12")
    assert [c["value"] for c in got] == [pytest.approx(value)]
    assert got[0]["quote"].endswith(quote)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2025年，南山区GDP为10570亿元。", [1.057e12]),
        ("2025年，南山区GDP突破1万亿元，福田区为6610亿元。", [1e12, 6.61e11]),
    ],
)
def test_numbers_apart_stay_apart(text, values):  # a guard: passed before
    assert [c["value"] for c in claims(text, published="2026-02-12")] == values


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9999))
def test_trillions_and_hundred_millions_in_two_parts(trillions, hundred_millions):
    got = claims(f"2025年，南山区GDP达{trillions}万亿{hundred_millions}亿元。", published="2026-02-12")
    assert [c["value"] for c in got] == [pytest.approx(trillions * 1e12 + hundred_millions * 1e8)]
