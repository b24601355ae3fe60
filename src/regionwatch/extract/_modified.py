"""The place a figure modifies: 面积仅有987.5平方千米的江阴, GDP超过5000亿元的江阴 — the figure's phrase ends in 的
right before the place's name, its clause names no other place before it; "the 78.66-square-kilometer Futian
District" — an English size as the place's adjective."""

from __future__ import annotations

import re

from ._place import COUNTRY, Place
from ._window import Window

__all__ = ["modified_place"]

_PLACE_ENDS = re.compile(  # the place's name ends where its clause goes on: ，, 的, GDP, 已, 成为 …
    r"[，,。；;！!？?]|$|的|GDP|gdp|经济|人均|常住|面积|地区|已|也|还|是|在|成为|位|排|连续|正|彻底|早已|如今"
)
_HYPHENED = re.compile(r"\d-(?:square|sq)\b", re.I)  # "78.66-square-kilometer", "931-sq-km"
_OF_THE = re.compile(r"[^，,。；;：:\d]{0,4}?的")  # 987.5平方千米的, 5000亿元以上的: the figure's phrase closing


def modified_place(w: Window, places: list[Place]) -> str | None:
    """The code of the place right after the figure's 的 when nothing but the figure's words stand between
    them and no place is named in its clause before it; None otherwise."""
    nxt = next((p for p in places if p.start >= w.q.end), None)
    if nxt is None or not nxt.code or nxt.code == COUNTRY or nxt.ignore or nxt.end > w.sent.end:
        return None
    adjective = _HYPHENED.search(w.norm, w.q.start, w.q.end) and re.fullmatch(r" ", w.norm[w.q.end : nxt.start])
    if not adjective and (not _OF_THE.fullmatch(w.norm, w.q.end, nxt.start) or not _PLACE_ENDS.match(w.norm, nxt.end)):
        return None  # not 总投资21.18亿元的宁德时代…项目: a firm named after a place; "the 78.66-square-kilometer
        # Futian District": an English figure as the place's adjective
    if any(w.clause_start <= p.start < w.q.start and (p.code or p.anaphor) and not p.ignore for p in places):
        return None  # 江阴GDP超过了5000亿元的昆山: the clause's subject is named, the figure compared with
    return nxt.code
