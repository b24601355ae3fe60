"""A GDP written as a bare number in a Chinese text that counts in 亿 (苏州：GDP27695.1；实际增速5.4%): 亿元, the unit
marked as not written."""

from __future__ import annotations

import re

from ._roles import Role
from ._window import Window

__all__ = ["yi_unsaid"]

_GDP_RIGHT_BEFORE = re.compile(r"(?<!均)(?:GDP|gdp|地区生产总值|生产总值|经济总量)(?:总量)?\s*[:：为达]?\s*$")
_UNIT_AFTER = re.compile(r"\s*(?:[万亿千百兆]|元|美元|%|个|家|人|倍|年|月|季度|位|名)")
_YI_REACH = 3000  # how far before the figure the text is read for the 亿 it counts in
_MOST_YI = 2e5  # 20 trillion yuan: more than any province's GDP, so a larger bare number is no sum in 亿


def yi_unsaid(w: Window) -> Role | None:
    """The figure as a GDP in 亿元 when it follows GDP with no unit and the text before it writes 亿; else None."""
    q = w.q
    if not _GDP_RIGHT_BEFORE.search(w.before[-12:]) or _UNIT_AFTER.match(w.after):
        return None
    if not 1 <= q.value < _MOST_YI or "亿" not in w.norm[max(0, q.start - _YI_REACH) : q.start]:
        return None
    return Role("gdp", "CNY", q.value * 1e8, unit_said=False)
