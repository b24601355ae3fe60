"""Precision as written, agreement of figures with qualifiers, and the bundled exchange rates."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionwatch.fx import annual_rate, rate_band
from regionwatch.precision import agree, half_unit, significant_digits, tolerance


@pytest.mark.parametrize(
    ("value", "unit", "written", "expected"),
    [
        (1.01e12, "CNY", "1.01 trillion yuan", 5e9),
        (1.01e12, "CNY", "10100亿元", 5e9),  # trailing zeros of a whole number are not significant
        (1.010238e12, "CNY", "10102.38亿元", 5e5),
        (5.1, "percent", "5.1%", 0.05),
        (10.0, "percent", "10 percent", 0.5),  # a rate is as precise as its decimals
        (10.0, "percent", "10.0%", 0.05),
        (218, "count", "218 listed companies", 0.5),
    ],
)
def test_half_unit_as_written(value, unit, written, expected):
    assert half_unit(value, unit, written) == pytest.approx(expected)


def test_round_levels_are_capped_and_about_is_wider():
    assert tolerance(1e12, "CNY", "exact", "1 trillion") == pytest.approx(5e10)  # 5 %, not ±0.5 trillion
    assert tolerance(5.28e11, "CNY", "approx", "528 billion") == pytest.approx(0.05 * 5.28e11)
    assert tolerance(1e12, "CNY", "approx", "1 trillion") == pytest.approx(1e11)  # capped at 10 %


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "expected"),
    [
        (6e11, "at_least", 6.28e11, "exact", True),
        (6e11, "at_least", 5.9e11, "exact", False),
        (5e11, "at_most", 5.28e11, "exact", False),
        (6.28e11, "exact", 6e11, "at_least", True),
        (7.0, "at_least", 5.0, "at_most", False),
        (5.0, "at_least", 7.0, "at_most", None),
        (5.0, "at_least", 7.0, "at_least", True),  # the record's bound implies the article's
        (7.0, "at_least", 5.0, "at_least", None),
    ],
)
def test_bounds(a, qa, b, qb, expected):
    assert agree(a, qa, 0.0, b, qb, 0.0) is expected


finite = st.floats(min_value=1e-3, max_value=1e16, allow_nan=False, allow_infinity=False)


@given(finite, st.sampled_from(["CNY", "percent", "persons"]), st.sampled_from(["exact", "approx"]))
def test_a_level_agrees_with_itself_and_tolerance_is_bounded(value, unit, qualifier):
    tol = tolerance(value, unit, qualifier)
    assert tol >= 0 and agree(value, qualifier, tol, value, "exact", 0.0) is True
    if unit != "percent":
        assert tol <= 0.10 * value + 1e-9


@given(finite, finite)
def test_agreement_of_levels_is_symmetric(a, b):
    ta, tb = tolerance(a, "CNY"), tolerance(b, "CNY")
    assert agree(a, "exact", ta, b, "exact", tb) == agree(b, "exact", tb, a, "exact", ta)


def test_significant_digits():
    assert [significant_digits(v) for v in (1.01e12, 1010238000000, 6.3, 0.0)] == [3, 7, 2, 1]


def test_rate_band_covers_the_months_around_publication():
    band = rate_band(dt.date(2026, 1, 20))
    assert band.months == ("2025-10", "2025-11", "2025-12", "2026-01")
    assert (band.low, band.high) == (pytest.approx(6.9692), pytest.approx(7.12))
    assert not band.note


def test_rate_band_after_the_series_and_without_a_date():
    late = rate_band(dt.date(2027, 5, 1))
    assert late.months[-1] == "2026-06" and "latest" in late.note
    undated = rate_band(None, 2024)
    assert undated.months[0] == "2025-01" and len(undated.months) == 12 and "no publication date" in undated.note
    assert rate_band(None) is None
    assert annual_rate(2024) == pytest.approx(7.1957) and annual_rate(1970) is None
