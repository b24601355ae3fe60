"""Numbers in two parts, a larger scale then a smaller one (extract/_compound.py): Chinese ones, and English ones
translated word for word ("37 billion 351 million yuan"). Sentences of our own."""

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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In the first half, Xining's GDP was 37 billion 351 million yuan, up 14.1%.", 3.7351e10),  # was 37 bn, 351 mn
        ("Xining's retail sales reached 14 billion 500 million yuan in 2012.", 1.45e10),  # was 500 million
        ("In 2025, Nanshan's GDP came to 1 trillion 57 billion yuan.", 1.057e12),  # was 1 trillion and 57 billion
    ],
)
def test_an_english_number_in_two_scaled_parts_is_one_figure(text, value):
    got = [c for c in claims(text, published="2026-02-12") if c["unit"] == "CNY"]
    assert [c["value"] for c in got] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In 2012, Xining's GDP was 37 billion, 351 million yuan more than in 2011.", [3.7e10, 3.51e8]),
        ("In 2025, Nanshan's GDP was 1 trillion yuan and Futian's 661 billion yuan.", [1e12, 6.61e11]),
        ("In 2025, Nanshan's GDP was 1.05 trillion 57 billion yuan.", [1.05e12, 5.7e10]),  # no whole number before
    ],
)
def test_english_numbers_apart_stay_apart(text, values):  # a guard: passed before
    got = [c for c in claims(text, published="2026-02-12") if c["unit"] == "CNY"]
    assert [c["value"] for c in got] == [pytest.approx(v) for v in values]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_billions_and_millions_in_two_parts(billions, millions):
    got = claims(f"In 2024, Kunshan's GDP was {billions} billion {millions} million yuan.", published="2025-02-12")
    assert [c["value"] for c in got] == [pytest.approx(billions * 1e9 + millions * 1e6)]
