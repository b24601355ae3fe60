"""The precision a figure is stated to, and whether two figures agree at it.

A figure carries the precision of how it was written: "1.01 trillion" is ±5 billion, "10100亿" ±50亿
(trailing zeros of a whole number are not taken as significant), "5.1%" ±0.05 points and "10%" ±0.5
points (a rate is as precise as its decimals). ``tolerance`` widens that for the qualifier and caps it
for round figures, and ``agree`` compares two figures with their qualifiers:

* two levels (exact or approximate) agree when they differ by no more than the larger tolerance;
* a bound ("more than 600 billion") agrees with a level that satisfies it, within the level's tolerance,
  and conflicts with one that does not;
* two bounds agree when one implies the other, conflict when they exclude each other (at least 7 and
  at most 5), and otherwise cannot be compared (``None``).

The check (``regionwatch.check``) uses these rules; the store's agreement for its observation rule
counts significant digits the same way (``significant_digits``).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

__all__ = [
    "GROWTH_GAP",
    "LEVELS",
    "RATE_UNITS",
    "agree",
    "half_unit",
    "relative_tolerance",
    "significant_digits",
    "tolerance",
]

#: units stated as rates: their precision is their decimal places, not their significant digits
RATE_UNITS = frozenset({"percent", "ratio", "count_per_10k"})
#: qualifiers that state a level (the others state bounds)
LEVELS = frozenset({"exact", "approx"})
#: a round level is allowed this much relative slack at most, however few its digits ("1 trillion" ±5 %)
EXACT_CAP = 0.05
#: "about", "nearly", 约, 近: at least ±5 % and at most ±10 % for levels; for rates 2× the half unit or ±10 %
APPROX_FLOOR, APPROX_CAP = 0.05, 0.10
#: stated (real) growth and growth implied by two nominal levels may differ by this many points
GROWTH_GAP = 10.0

_NUMERAL = re.compile(r"\d[\d,，]*(?:\.\d+)?")


def significant_digits(value: float) -> int:
    """Digits a figure is stated to: 1.01e12 → 3, 1010238000000 → 7, 6.3 → 2, 0 → 1."""
    if not math.isfinite(value):
        return 0
    digits = Decimal(repr(abs(float(value)))).normalize().as_tuple().digits
    return max(1, len(digits))


def _written_digits(numeral: str) -> tuple[int, int] | None:
    """(significant digits, decimal places) of a numeral as written: '1.01' → (3, 2), '10,100' → (3, 0)."""
    m = _NUMERAL.search(numeral or "")
    if m is None:
        return None
    text = m.group(0).replace(",", "").replace("，", "")
    whole, _, decimals = text.partition(".")
    if decimals:
        return len((whole + decimals).lstrip("0")) or 1, len(decimals)
    return len(whole.strip("0")) or 1, 0


def half_unit(value: float, unit: str, written: str | None = None) -> float:
    """Half a unit of the last digit ``value`` is stated to (``written``: the figure as in the text)."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    digits = _written_digits(written) if written else None
    if unit in RATE_UNITS:
        places = digits[1] if digits else _decimal_places(value)
        return 0.5 * 10.0 ** (-places)
    count = digits[0] if digits else significant_digits(value)
    return 0.5 * 10.0 ** (math.floor(math.log10(abs(value))) - count + 1)


def _decimal_places(value: float) -> int:
    exponent = Decimal(repr(abs(float(value)))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def tolerance(value: float, unit: str, qualifier: str = "exact", written: str | None = None) -> float:
    """How far a figure may be from the truth and still be right as stated."""
    hu = half_unit(value, unit, written)
    size = abs(value)
    if unit in RATE_UNITS:
        return max(2 * hu, APPROX_CAP * size) if qualifier == "approx" else hu
    if qualifier == "approx":
        return min(max(hu, APPROX_FLOOR * size), APPROX_CAP * size)
    return min(hu, EXACT_CAP * size)


def relative_tolerance(value: float, unit: str, qualifier: str = "exact", written: str | None = None) -> float:
    return tolerance(value, unit, qualifier, written) / abs(value) if value else 0.0


def agree(a: float, qa: str, ta: float, b: float, qb: str, tb: float) -> bool | None:
    """Whether figure ``a`` (qualifier ``qa``, tolerance ``ta``) agrees with ``b``; None: cannot tell."""
    slack = max(ta, tb, 1e-9 * max(abs(a), abs(b)))
    if qa in LEVELS and qb in LEVELS:
        return abs(a - b) <= slack
    if qa in LEVELS:
        return agree(b, qb, tb, a, qa, ta)
    if qb in LEVELS:  # a is a bound, b a level
        return b + tb >= a if qa == "at_least" else b - tb <= a
    if qa == qb:  # two bounds the same way: the record's implies the article's, or we cannot tell
        return True if (b >= a if qa == "at_least" else b <= a) else None
    low, high = (a, b) if qa == "at_least" else (b, a)
    return None if low <= high + slack else False
