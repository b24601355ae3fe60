"""Percentages that are no rate of the measure before them: a revision (核减33.5%), progress toward a goal
(完成年度目标的48.6%), a part of a growth ("services contributed 60 percent of the growth") or of a whole
named by a pronoun ("22 percent of it from services")."""

from __future__ import annotations

import re

from . import _cues as cues
from ._roles import Role, money_indicator
from ._window import Window

__all__ = ["not_a_rate"]

_OF_TARGET = re.compile(r"(?:完成|实现|占|为|达到?)(?:了)?(?:年度|全年|年初)?(?:计划|目标|任务|预算)(?:任务)?的?$")
_OF_TARGET_AFTER = re.compile(r"\s*of\s+(?:the|its)\s+(?:annual|full-year|yearly)\s+(?:target|goal|plan)", re.I)
_OF_GROWTH_AFTER = re.compile(  # "… 60 percent of the growth", "48 percent to the city's economic growth"
    r"\s*(?:of|to)\s+(?:the\s+|its\s+|this\s+|that\s+|their\s+)?(?:[\w'’-]+['’]s\s+)?"
    r"(?:(?:economic|gdp|overall|total|year-on-year)\s+)*(?:growth|expansion)\b",
    re.I,
)
_REVISED_TO = re.compile(  # a figure revised to a level, then the change: "adjusted … to X, down Y%", 调整为X，下降Y%
    r"\b(?:revis|adjust|lower|cut|slash|trimm?)\w*\b[^.;]{0,80}?\bto\b|(?:修订|调整|核减|修正)(?:后)?为", re.I
)
_CHANGE_AFTER_IT = re.compile(
    r"[^.;。；\d]{0,4}[,，]\s*(?:down|up|a (?:drop|cut|fall|reduction) of|下降|减少|增加)\s*(?:by\s+)?", re.I
)
_OF_IT_AFTER = re.compile(  # "22 percent of it from services", not "36.5 percent of that of Hubei"
    r"\s*of\s+(?:it|this|that)(?=\s*(?:[,.;]|from\b|c[oa]me|coming\b|was\b|is\b))", re.I
)


def not_a_rate(w: Window, whole: str | None = None) -> Role | None:
    """The role of a percentage that is no rate of its own, else None; ``whole``: the measure of the figure before."""
    value = w.q.value
    if (
        cues.REVISED_BY.search(w.near[-70:])
        or (cues.REVISED_FROM_AFTER.match(w.after) and re.search(r"\brevis", w.before, re.I))
        or (_REVISED_TO.search(w.before[-160:]) and _CHANGE_AFTER_IT.fullmatch(w.near))
    ):  # "adjusted its GDP for 2016 to 665.4 billion yuan, down 33.5 percent": the revision's size
        named = money_indicator(w.before[-90:], "", generic=False) or "amount"
        return Role(f"other:{named.removeprefix('other:')}_revision", "percent", value)  # 核减33.5%: no growth
    if _OF_TARGET.search(w.near[-16:]) or _OF_TARGET_AFTER.match(w.after):
        return Role("other:of_target", "percent", value)  # 完成年度目标的48.6%: progress toward a goal
    if w.q.unit == "percent" and not w.q.pp and _OF_GROWTH_AFTER.match(w.after):
        return Role("other:growth_contribution", "percent", value)  # a part of the growth, not a growth
    if w.q.unit == "percent" and _OF_IT_AFTER.match(w.after) and whole != "gdp":  # "…GDP of X, and B accounted for
        return Role("other:share", "percent", value)  # a third of it": B's share of that GDP; "22 percent of it" else
    return None
