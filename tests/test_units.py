import contextlib
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionwatch.units import UnitError, chinese_numeral, parse_number, parse_quantity, parse_unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234", 1234),
        ("1,234.5", 1234.5),
        ("１２３４", 1234),
        ("１，２３４．５", 1234.5),
        (" -5 ", -5),
        ("2.3e9", 2.3e9),
        ("1 234 567", 1234567),
        ("一万亿", 1e12),
        ("二千八百", 2800),
        ("三点五", 3.5),
        ("负三", -3),
        (7, 7),
        (2.5, 2.5),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "12a", "1.2.3", "1,23", "12,34,567", float("nan"), True])
def test_parse_number_rejects_with_position(text):
    with pytest.raises(UnitError):
        parse_number(text)


def test_error_names_the_character():
    with pytest.raises(UnitError) as e:
        parse_number("12x4")
    assert e.value.position == 2
    assert "character 3" in str(e.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("十二", 12), ("一亿", 1e8), ("三亿五千万", 3.5e8), ("两万三千亿", 2.3e12), ("二〇二五", 2025), ("万亿", 1e12)],
)
def test_chinese_numerals(text, value):
    assert chinese_numeral(text) == value


@pytest.mark.parametrize(
    ("label", "unit", "mult"),
    [
        ("元", "CNY", 1),
        ("万元", "CNY", 1e4),
        ("亿元", "CNY", 1e8),
        ("万亿元", "CNY", 1e12),
        ("yuan", "CNY", 1),
        ("million yuan", "CNY", 1e6),
        ("billion yuan", "CNY", 1e9),
        ("trillion yuan", "CNY", 1e12),
        ("RMB", "CNY", 1),
        ("CNY", "CNY", 1),
        ("RMB billion", "CNY", 1e9),
        ("100 million yuan", "CNY", 1e8),
        ("USD", "USD", 1),
        ("US$ billion", "USD", 1e9),
        ("million US dollars", "USD", 1e6),
        ("美元", "USD", 1),
        ("%", "percent", 1),
        ("percent", "percent", 1),
        ("per cent", "percent", 1),
        ("％", "percent", 1),
        ("persons", "persons", 1),
        ("万人", "persons", 1e4),
        ("人", "persons", 1),
        ("km2", "km2", 1),
        ("平方公里", "km2", 1),
        ("元/人", "CNY_per_person", 1),
        ("个", "count", 1),
        ("家", "count", 1),
        ("倍", "ratio", 1),
        ("件/万人", "count_per_10k", 1),
    ],
)
def test_units(label, unit, mult):
    assert parse_unit(label) == (unit, mult)


@pytest.mark.parametrize("label", ["", "furlongs", "percentage points", "个百分点", "亿米"])
def test_unknown_units(label):
    with pytest.raises(UnitError):
        parse_unit(label)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.01万亿元", 1.01e12, "CNY"),
        ("RMB 1.01 trillion", 1.01e12, "CNY"),
        ("US$143.7 billion", 143.7e9, "USD"),
        ("6.3%", 6.3, "percent"),
        ("2,800万人", 2.8e7, "persons"),
        ("10100亿元", 1.01e12, "CNY"),
        ("¥5.2bn", 5.2e9, "CNY"),
        ("５０００亿元", 5e11, "CNY"),
    ],
)
def test_quantities(text, value, unit):
    q = parse_quantity(text)
    assert q.unit == unit
    assert q.value == pytest.approx(value)


def test_scale_only_takes_default_unit():
    assert parse_quantity("1.01万亿", default_unit="元").value == pytest.approx(1.01e12)
    assert parse_quantity("500 billion", default_unit="元").value == pytest.approx(5e11)


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=10**12))
def test_full_width_digits_round_trip(n):
    full = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    assert parse_number(full) == n


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_plain_floats_round_trip(x):
    assert math.isclose(parse_number(repr(x)), x)


@given(st.text(max_size=30))
def test_parsers_fail_only_with_unit_error(text):
    for fn in (parse_number, parse_unit, parse_quantity):
        with contextlib.suppress(UnitError):
            fn(text)


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["亿元", "万元", "万亿元", "billion yuan"]))
def test_quantity_scales_multiply(n, label):
    _, mult = parse_unit(label)
    assert parse_quantity(f"{n}{label}").value == pytest.approx(n * mult)


def test_a_scaled_quantity_has_no_binary_noise():  # 4.27 * 1e9 is 4269999999.9999995 in floating point
    assert parse_quantity("$4.27 billion").value == 4_270_000_000
    assert repr(parse_quantity("US$4.07 billion").value) == "4070000000.0"
