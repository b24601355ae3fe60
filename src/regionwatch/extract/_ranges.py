"""Ranges: "4.7 to 5 percent", "5-5.5%", "between 5 and 5.5 percent", "550 billion to 560 billion yuan",
5500亿—5600亿元. The low end is at_least and the high end at_most; a low end written bare takes the unit
and the scale of the high end ("550-560 billion yuan": 550 billion)."""

from __future__ import annotations

import re

from ._numbers import Quantity

__all__ = ["changed_from", "in_range", "range_start"]

_GAP = re.compile(r"\s*(?:to|-|~|至|到)\s*")
_CHANGED_TO = re.compile(r"\s*(?:to|-|~|至|到|(?:增加|增长|提高|上升|跃升|扩大|提升|增|升|跃)(?:到|至))\s*")
_BETWEEN = re.compile(r"\bbetween\s+(?:about\s+|around\s+)?$", re.I)
_AND = re.compile(r"\s+and\s+")
_FROM = re.compile(  # "from", "from 2023's", "from just", 从2023年的: where a change started
    r"(?:\bfrom|由|从)\s*(?:(?:the\s+)?(?:19|20)\d\d['’]s\s+|(?:19|20)\d\d\s*年(?:末|底)?的?)?"
    r"(?:(?:about|around|nearly|just|only|roughly)\s+|约|仅)?$",
    re.I,
)
_SCALES = (1e12, 1e9, 1e8, 1e6, 1e4, 1e3)
_SCALED_UNITS = ("CNY", "USD", "persons")


def changed_from(norm: str, start: int) -> bool:
    """ "grew from X to Y" is a change between two figures, not the range "X to Y"."""
    return bool(_FROM.search(norm[max(0, start - 24) : start]))


def in_range(norm: str, low_start: int, low_end: int, high_start: int) -> bool:
    """Whether the figure ending at ``low_end`` and the one starting at ``high_start`` are a range's ends."""
    gap = norm[low_end:high_start]
    if "\t" in gap or re.fullmatch(r"\s+[-−－]", gap):
        return False  # "1250.3 -67.2", 1250.3⇥-67.2: two cells of a table, the second signed
    between = _AND.fullmatch(gap) and _BETWEEN.search(norm[max(0, low_start - 20) : low_start])
    return bool(_GAP.fullmatch(gap) or between) and not changed_from(norm, low_start)


def range_start(norm: str, q: Quantity, nxt: Quantity | None) -> Quantity | None:
    """``q`` as the low end of a range whose high end ``nxt`` carries the unit ("5-5.5%"), or as the
    start of a change written with the end's unit ("from 500 to 528 billion yuan"); else None."""
    if q.unit is not None or nxt is None or nxt.unit is None:
        return None
    change = _CHANGED_TO.fullmatch(norm[q.end : nxt.start]) and changed_from(norm, q.start)
    if not change and not in_range(norm, q.start, q.end, nxt.start):
        return None
    if q.implied_money and nxt.unit not in ("CNY", "USD"):
        return None
    value = q.value
    if not q.implied_money and nxt.unit in _SCALED_UNITS and q.value and nxt.value >= 100 * q.value:
        value = q.value * next((s for s in _SCALES if q.value * s <= nxt.value * 1.0001), 1.0)
    return Quantity(q.start, q.end, value, nxt.unit, implied_money=nxt.implied_money, range_low=not change)
