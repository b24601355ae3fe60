"""Figures of firms rather than of a place: the size bound of a class of firms ("companies with more than 20
million yuan in income") and the output of a group of them (198家重点企业…完成工业总产值3748.5亿元, "the 50 leading
enterprises generated industrial output of …") — a part of the place's measure, never the measure itself."""

from __future__ import annotations

import re

from . import _cues as cues
from ._roles import Role
from ._window import Window

__all__ = ["firms_role"]

_FIRMS_WITH = re.compile(
    r"\b(?:companies|firms|enterprises|businesses)\s+(?:with|having)\s+(?:an?\s+)?(?:annual\s+)?"
    r"(?:(?:main\s+|business\s+|operating\s+){0,2}(?:revenue|turnover|income|sales)\s+(?:of\s+)?)?"
    r"(?:more than|over|at least|above|exceeding)?\s*$",
    re.I,
)
_KEY_FIRMS = re.compile(  # a group of firms picked out: key, leading, backbone, top ones
    r"(?:\d+\s*家)?(?:重点|龙头|骨干|头部|领军|链主)(?:工业|制造业|骨干)?(?:企业|公司)|"
    r"(?:民营|国有|外资|台资)企业|民企|国企|外企|台企|"  # firms of an ownership: 本土民企贡献超7500亿元工业产值
    r"\b(?:key|leading|backbone|flagship|private|state-owned|foreign-(?:funded|invested))\s+"
    r"(?:industrial\s+|manufacturing\s+)?(?:enterprises|companies|firms)\b|"
    # "companies in the high-tech sector": a sector's firms
    r"\b(?:enterprises|companies|firms)\s+in\s+(?:the\s+)?[\w'’ ,-]{1,80}?\s(?:sectors?|industry|industries)\b",
    re.I,
)
_THE_WHOLE = re.compile(r"全[市区县省]|\b(?:the|its)\s+(?:city|district|county|province)['’]s\b", re.I)
_FIRMS_MEASURES = ("industrial_output", "industrial_value_added", "retail_sales", "foreign_trade", "fiscal_revenue")


def firms_role(w: Window, ind: str | None, unit: str) -> Role | None:
    """The role of a money figure said of firms rather than of the place, else None."""
    if _FIRMS_WITH.search(w.near):  # "companies with more than 20 million yuan in income": firms' size, a bound
        return Role("other:firm_size", unit, w.q.value)
    clause = w.clause[-160:]
    head = w.norm[max(w.sent.start, w.q.start - 240) : w.q.start]
    if cues.RESPECTIVELY.search(head):  # "… companies in the high-tech, … sectors respectively generated A, B, as
        clause = head  # well as C in industrial value-added": every member is the firms'
    firms = list(_KEY_FIRMS.finditer(clause)) if ind in _FIRMS_MEASURES else []
    if firms and not _THE_WHOLE.search(clause, firms[-1].end()):  # 198家重点企业累计完成工业总产值…
        return Role(f"other:{ind}_of_firms", unit, w.q.value)  # theirs (not 民营企业带动全区工业总产值…: the whole's)
    return None
