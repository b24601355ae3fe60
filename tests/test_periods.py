import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionwatch.periods import PeriodError, is_full_year, normalise_period, period_year


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2025", "2025"),
        (2025, "2025"),
        (2025.0, "2025"),
        ("2025年", "2025"),
        ("FY2025", "2025"),
        ("2025-H1", "2025-H1"),
        ("2025H1", "2025-H1"),
        ("2025年上半年", "2025-H1"),
        ("2025-Q1Q3", "2025-Q1Q3"),
        ("2025Q1-Q3", "2025-Q1Q3"),
        ("2025年前三季度", "2025-Q1Q3"),
        ("2025-Q4", "2025-Q4"),
        ("2025年一季度", "2025-Q1"),
        ("2021/2025", "2021/2025"),
        ("2021-2025", "2021/2025"),
        ("2021—2025年", "2021/2025"),
        ("２０２５", "2025"),
    ],
)
def test_periods(text, period):
    assert normalise_period(text) == period


@pytest.mark.parametrize("text", ["", "abc", "3025", "1800", "2025-2021", "Q1", "2025-Q5", "25"])
def test_bad_periods(text):
    with pytest.raises(PeriodError):
        normalise_period(text)


def test_period_helpers():
    assert period_year("2021/2025") == 2025
    assert period_year("2025-H1") == 2025
    assert is_full_year("2025") and not is_full_year("2025-H1") and not is_full_year("2021/2025")


@given(st.integers(min_value=1949, max_value=2100))
def test_every_year_round_trips(y):
    assert normalise_period(f"{y}年") == str(y)
    assert normalise_period(f"{y}H1") == f"{y}-H1"


@given(st.text(max_size=20))
def test_only_period_errors(text):
    with contextlib.suppress(PeriodError):
        normalise_period(text)
