"""Reporting periods in the claims format: '2025', '2025-H1', '2025-Q1Q3', '2025-Q4', '2021/2025'."""

from __future__ import annotations

import re
import unicodedata

from .errors import InvalidInput

__all__ = ["PeriodError", "is_full_year", "normalise_period", "period_year"]

MIN_YEAR, MAX_YEAR = 1949, 2100


class PeriodError(InvalidInput):
    pass


_CN_QUARTERS = {"一": "1", "二": "2", "三": "3", "四": "4", "1": "1", "2": "2", "3": "3", "4": "4"}
_YEAR = r"(?P<y>\d{4})"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?:fy)?{_YEAR}(?:年|年度|fy)?(?:全年)?$"), "{y}"),
    (re.compile(rf"^{_YEAR}(?:年)?[-_/ ]?(?:h1|1h|上半年)$"), "{y}-H1"),
    (re.compile(rf"^{_YEAR}(?:年)?[-_/ ]?(?:h2|2h|下半年)$"), "{y}-H2"),
    (re.compile(rf"^{_YEAR}(?:年)?[-_/ ]?(?:q1[-~]?q3|q1[-~]3|1-3季度|前三季度|三季度累计)$"), "{y}-Q1Q3"),
    (re.compile(rf"^{_YEAR}(?:年)?[-_/ ]?(?:q(?P<q>[1-4])|(?:第)?(?P<cq>[一二三四1-4])季度)$"), "{y}-Q{q}"),
    (re.compile(r"^(?P<a>\d{4})(?:年)?\s*(?:/|-|–|—|~|至|到|to)\s*(?P<b>\d{4})(?:年)?$"), "{a}/{b}"),
]


def normalise_period(text: object) -> str:
    """Canonical period for a label: 2025, '2025年', 'FY2025' → '2025'; '2025年上半年' → '2025-H1'.

    Raises PeriodError when the label is not a period, or a year is out of range.
    """
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    raw = unicodedata.normalize("NFKC", str(text)).strip().lower().replace("—", "-").replace("–", "-")
    raw = re.sub(r"\s+", " ", raw)
    for pattern, template in _PATTERNS:
        m = pattern.match(raw)
        if not m:
            continue
        parts = {k: v for k, v in m.groupdict().items() if v is not None}
        if "cq" in parts:
            parts["q"] = _CN_QUARTERS[parts.pop("cq")]
        years = [int(v) for k, v in parts.items() if k in ("y", "a", "b")]
        if any(not MIN_YEAR <= y <= MAX_YEAR for y in years):
            raise PeriodError(f"year out of range in period {text!r}")
        if "a" in parts and int(parts["a"]) >= int(parts["b"]):
            raise PeriodError(f"period range must run forwards: {text!r}")
        return template.format(**parts)
    raise PeriodError(f"not a period: {text!r} (expected e.g. 2025, 2025-H1, 2025-Q1Q3, 2021/2025)")


def period_year(period: str) -> int:
    """The (last) calendar year a canonical period falls in."""
    return int(period[-4:]) if "/" in period else int(period[:4])


def is_full_year(period: str) -> bool:
    return len(period) == 4 and period.isdigit()
