"""English numbers in words that the figure's last word does not begin (extract/_number_words.py): sentences
of our own; the property test writes every whole number below a thousand, and tenths, in words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import brief, claims

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """1 ≤ n ≤ 999 in words, British style ("two hundred and fifteen")."""
    hundreds, rest = divmod(n, 100)
    below = _TEENS[rest - 10] if 10 <= rest < 20 else "-".join(w for w in (_TENS[rest // 10], _ONES[rest % 10]) if w)
    head = f"{_ONES[hundreds]} hundred" if hundreds else ""
    return " and ".join(w for w in (head, below) if w)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Songjiang's GDP reached two hundred and fifteen billion yuan in 2024.", 215e9),  # was 15 billion
        ("Minhang's GDP reached one hundred and twenty-five billion yuan in 2024.", 125e9),  # was 5 billion
        ("Minhang's GDP reached a hundred and ten billion yuan in 2024.", 110e9),  # was 10 billion
        ("Minhang's GDP grew by five point five percent in 2024.", 5.5),  # was 5
        ("Minhang's GDP grew by four point zero five percent in 2024.", 4.05),  # was 5
        ("Minhang's GDP grew by twenty-five percent in 2024.", 25.0),  # was 5
    ],
)
def test_a_number_in_words_is_read_from_its_first_word(text, value):
    got = claims(text, published="2025-03-01")
    assert [c["value"] for c in got] == [pytest.approx(value)]
    written = text.removesuffix(" in 2024.").split("reached ")[-1].split("by ")[-1]  # the number as written
    assert got[0]["quote"].endswith(written)  # from its first word


@given(st.integers(min_value=1, max_value=999))
def test_every_whole_number_below_a_thousand_in_words(n):
    got = claims(f"Minhang's GDP reached {_words(n)} billion yuan in 2024.", published="2025-03-01")
    assert [c["value"] for c in got] == [pytest.approx(n * 1e9)]


@given(st.integers(min_value=1, max_value=19), st.integers(min_value=0, max_value=9))
def test_tenths_in_words(whole, tenth):
    words = f"{_words(whole)} point {_ONES[tenth] or 'zero'}"
    got = claims(f"Minhang's GDP grew by {words} percent in 2024.", published="2025-03-01")
    assert [c["value"] for c in got] == [pytest.approx(whole + tenth / 10)]


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("Tongxiang is home to more than two dozen listed companies.", 24, "at_least"),
        ("Tongxiang has a dozen listed firms.", 12, "exact"),
        ("Tongxiang has three dozen national high-tech enterprises.", 36, "exact"),
    ],
)
def test_dozens_in_words_count_twelve_each(sentence, value, qualifier):
    # "two dozen" was 2; "a dozen" gave nothing
    got = claims(sentence, published="2025-04-15", lang="en")
    assert [(c["region"], c["value"], c["qualifier"]) for c in got] == [("330483", value, qualifier)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("From January to September, Wuzhong district's GDP reached 10 billion 970 million yuan.", 10.97e9, "CNY"),
        ("Wuzhong district's GDP reached 1 trillion 25 billion yuan in 2025.", 1.025e12, "CNY"),
        ("Wuzhong district's GDP reached $41 billion 250 million in 2025.", 41.25e9, "USD"),  # was two figures
    ],
)
def test_a_figure_a_translator_wrote_in_two_scales_is_one_figure(text, value, unit):
    # 109.7亿元 written word for word; the larger part's currency sign had kept "$41 billion" and "250 million" apart
    got = brief(claims(text, published="2026-03-01"), "indicator", "value", "unit")
    assert got == [("gdp", value, unit)]


def test_two_scaled_figures_apart_stay_two():  # a guard
    text = "Wuzhong district's GDP reached 110 billion yuan in 2025, of which industry made 45 billion yuan."
    got = brief(claims(text, published="2026-03-01"), "value")
    assert got == [(110e9,), (45e9,)]
