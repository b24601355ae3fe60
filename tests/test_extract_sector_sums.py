"""Parts that add up to a GDP are its three sectors (extract/_sector_sums.py): sentences of our own in the
words machine translations of communiqués use, with figures chosen to add up (or not)."""

from __future__ import annotations

import pytest

from conftest import claims

_MT = (
    "Zengcheng's GDP in the first three quarters of 2025 was 250.00 billion yuan, a year-on-year increase of "
    "4.5%. Among them, the value added by the agricultural industry was 10.12 billion yuan, an increase of 3.1%; "
    "the value added by the industrial industry was 120.40 billion yuan, an increase of 5.2%; and the value added "
    "by the service industry was 119.49 billion yuan, an increase of 4.3%."
)


def _money(text: str, published: str = "2025-11-05") -> list[tuple[str, float, list[str]]]:
    return [(c["indicator"], c["value"], c["inferred"]) for c in claims(text, published) if c["unit"] == "CNY"]


def test_three_parts_that_add_up_to_the_gdp_before_them_are_its_sectors():
    # the agricultural part was other:amount and the industrial one industrial_value_added (not the whole
    # secondary sector): 10.12 + 120.40 + 119.49 = 250.01 billion yuan, the GDP within rounding
    got = _money(_MT)
    assert [(name, value) for name, value, _ in got] == [
        ("gdp", 250e9),
        ("primary_value_added", 10.12e9),
        ("secondary_value_added", 120.40e9),
        ("tertiary_value_added", 119.49e9),
    ]
    assert ["indicator" in inferred for _, _, inferred in got] == [False, True, True, False]  # read from the sum


def test_parts_that_do_not_add_up_keep_their_labels():  # a guard: passed before
    text = _MT.replace("120.40 billion", "98.30 billion")  # industry alone, construction left out
    got = [name for name, _, _ in _money(text)]
    assert got[2] == "industrial_value_added" and "secondary_value_added" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年前三季度，增城区地区生产总值2500.0亿元。全区社会消费品零售总额1011.2亿元，"
            "一般公共预算收入1204.0亿元，进出口总额284.9亿元。",  # measures of their own that happen to add up
            ["retail_sales", "fiscal_revenue", "foreign_trade"],
        ),
        (
            "2025年前三季度，增城区地区生产总值2500.0亿元，其中第三产业增加值1194.9亿元，第二产业增加值1204.0亿元，"
            "第一产业增加值101.2亿元。",  # sectors named, in another order
            ["tertiary_value_added", "secondary_value_added", "primary_value_added"],
        ),
    ],
)
def test_figures_named_as_other_measures_are_not_made_sectors(text, expected):  # a guard: passed before
    assert [name for name, _, _ in _money(text)] == ["gdp", *expected]
