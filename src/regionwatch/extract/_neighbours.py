"""Readings of a number that depend on the numbers or words beside it: a unit shared along a list
("6.8 and 5.3 percent"), a sector structure (2.8:53.5:43.7), a rate per mille, a rank (第2位)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._numbers import Quantity

__all__ = ["a_rank", "share_percent", "structure_and_per_mille"]


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def share_percent(norm: str, qs: list[Quantity]) -> None:
    """Bare numbers listed before a percentage share its unit: "growth of 6.8 and 5.3 percent",
    "6.8, 5.3 and 4.9 percent" ("5 to 6 percent" is a range, read as its two ends elsewhere)."""
    qs.sort(key=lambda q: q.start)
    for a, b in reversed(list(pairwise(qs))):
        if (
            a.unit is None
            and not a.implied_money
            and not a.label
            and b.unit == "percent"
            and not b.fraction
            and _LIST_JOIN.fullmatch(norm, a.end, b.start)
        ):
            a.unit, a.pp = "percent", b.pp


_STRUCTURE = re.compile(  # 三次产业结构为2.8:53.5:43.7: the three sectors' shares of GDP, in percent
    r"(?:产业结构|产业(?:的)?比例|三产比例|三次产业构成|产业比重)[^\d。；;]{0,10}"
    r"(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)(?![\d.])"
)


def structure_and_per_mille(norm: str, qs: list[Quantity]) -> None:
    """Shares written as a structure (2.8:53.5:43.7, the primary, secondary and tertiary sectors') are
    percentages; a rate per mille (出生率6.91‰) is one tenth of the percentage."""
    spans = {(m.start(g), m.end(g)) for m in _STRUCTURE.finditer(norm) for g in (1, 2, 3)}
    for q in qs:
        if q.unit is None and (q.start, q.end) in spans:
            q.unit, q.structure = "percent", True
        elif q.unit is None and norm.startswith("‰", q.end):
            q.unit, q.value = "percent", q.value / 10


def a_rank(norm: str, start: int, end: int) -> bool:
    """第2位, 全市第10名, 位居全省第3: a rank (kept as other:rank), not 第3季度 or 第二产业."""
    after = norm[end : end + 1]
    if after in ("位", "名"):
        return True
    lead = norm[max(0, start - 4) : start - 1]
    return bool(re.match(r"[，,。；;、)）]|$", after)) and bool(re.search(r"(?:居|列|排名|全市|全省|全国|全区)$", lead))


_MINUS = "-−－"


def minus_signs(norm: str, qs: list[Quantity]) -> None:
    """A rate written with a minus sign (增长-2.1%, "growth was -2.1%", a table's -2.1) is negative; a dash
    between two numbers (2023-2024, 1-6月) is a range, not a sign."""
    for q in qs:
        if q.unit not in ("percent", None) or q.start < 1 or norm[q.start - 1] not in _MINUS or q.value <= 0:
            continue
        before = norm[q.start - 2] if q.start >= 2 else " "
        if (before.isascii() and before.isalnum()) or before in "%％":
            continue  # 2023-2024, Q1-3, A-1, 5%-5.5%: a range
        nxt = norm[q.end : q.end + 1]
        cell_ends = re.match(r"\s*(?:\||$|\n)|\t|[ \u3000]+[-−－]?\d", norm[q.end : q.end + 4])  # -5.1⇥-67.2
        if q.unit is None and not (nxt in ("‰", "%") or cell_ends):
            continue  # a bare number is signed only in a table's cell
        q.value = -q.value
