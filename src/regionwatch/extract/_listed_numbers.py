"""Numbers written as a list whose last member carries the scale and unit for all ("GDP of 514, 475 and 336
billion yuan", 5140、4750和3360亿元, 增长5.5、5.8和4.9%)."""

from __future__ import annotations

import re

from ._numbers import Quantity
from ._regions import LIST_GAP

__all__ = ["list_currency", "list_scaled"]


def list_currency(norm: str, qs: list[Quantity], i: int) -> str | None:
    """The currency written after the last of a list of scaled numbers, for the ones before it."""
    for j in range(i + 1, min(len(qs), i + 8)):
        if not LIST_GAP.fullmatch(norm[qs[j - 1].end : qs[j].start]):
            return None
        if qs[j].unit in ("CNY", "USD"):
            return qs[j].unit
        if not qs[j].implied_money:
            return None
    return None


def list_scaled(norm: str, qs: list[Quantity], i: int) -> Quantity | None:
    """A bare number of a list whose last number carries the scale and currency ("GDP of 514, 475 and 336
    billion yuan", 5140、4750和3360亿元), the percent sign (增长5.5、5.8和4.9%) or the persons counted ("1.8 and
    1.5 million residents"): the number in that scale and unit; None when the list ends otherwise. A number
    with a scale of its own ("1.8 million") takes only the persons."""
    q = qs[i]
    if re.search(r"[个家人户项件座所名只]$", norm[q.start : q.end]):
        return None  # 准千亿县达到21个,800亿元以上…: a count with its own measure word, no member of the list
    for j in range(i + 1, min(len(qs), i + 8)):
        if not LIST_GAP.fullmatch(norm[qs[j - 1].end : qs[j].start]):
            return None
        last = qs[j]
        if last.unit == "persons" and q.implied_money:
            return Quantity(q.start, q.end, q.value, "persons")  # "1.8 million and 1.5 million residents"
        if q.implied_money:
            return None  # its own scale: only a list's persons are for it to take
        if last.unit == "percent" and not last.fraction:  # 分别增长5.5、5.8和4.9%; 分别提升1.4和6.6个百分点
            return Quantity(q.start, q.end, q.value, "percent", pp=last.pp)
        if last.unit in ("CNY", "USD", "persons"):
            written = re.match(r"[\d,]*\.?\d+", norm[last.start : last.end].lstrip("$¥ "))
            number = float(written.group().replace(",", "")) if written else 0.0
            scale = last.value / number if number else 0.0
            alike = scale == 1 and q.value >= 1000 and 0.1 <= q.value / last.value <= 10  # "161,000, … 181,000 yuan"
            return Quantity(q.start, q.end, q.value * scale, last.unit) if scale >= 1e4 or alike else None
        if last.unit is not None or last.implied_money:
            return None
    return None
