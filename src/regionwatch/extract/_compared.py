"""The level a Chinese figure is compared with: 研发投入强度为6.5%，远超全国2.68%的平均水平; GDP增长5.6%，高于全国
5.0%的增速; 高于全省平均水平（4.4%）; …，而全国为2.68%.
The second figure is the country's (or the province's, the city's) own figure of the
measure just stated, not a share of it and not the subject's."""

from __future__ import annotations

import re

from . import _cues as cues
from ._place import COUNTRY, Place
from ._regions import Focus
from ._roles import Role
from ._window import Window

__all__ = ["compared_level"]

_COMPARING = cues.ZH_COMPARING
_BASE = cues.ZH_LEVEL_BEFORE
_LEVEL_AFTER = re.compile(  # what may follow the figure: the level it is, or the end of the clause
    r"(?:的(?:平均)?(?:水平|增速|增幅|速度|平均水平)|(?=\s*[，,。；;）)]|\s*$))"
)


_COMPARED_BY = cues.ZH_COMPARED_BY
_TO_ITS_FIGURE = re.compile(  # 高于深圳全市的5.0%, 比深圳市平均增速(5.8%), 高于广州市上半年GDP增速(-2.7%)
    r"(?:全市|全省|全区|全县|整体)?(?:[上下]半年|前三季度|[一二三四]季度|全年|同期)?的?(?:平均)?"
    r"(?:(?:GDP|经济|地区生产总值)(?:平均)?(?:增速|增长率|增幅)|(?:平均)?(?:增速|增长率|增幅|水平))?"
    r"(?:的|为|是)?(?:约|近)?\s*[（(]?\s*",
    re.I,
)


def _named_compared(w: Window, places: list[Place]) -> str | None:
    """The named place a rate is compared with, its own rate right after it: 高于江阴（4.5%）, 快于江阴的4.5%."""
    before = [p for p in places if p.code and w.sent.start <= p.start and p.end <= w.q.start]
    if not before or before[-1].code == COUNTRY:
        return None
    p = before[-1]
    if _COMPARED_BY.search(w.norm, max(0, p.start - 4), p.start) and _TO_ITS_FIGURE.fullmatch(w.norm, p.end, w.q.start):
        return p.code
    return None


_GROWTH_COMPARED = re.compile(  # 12个省份经济增速高于全国的5.3%: a growth named, the level compared with stated alone
    r"(?:经济|GDP|地区生产总值|生产总值)(?:同比)?(?:增速|增长率?)(?:分别|均|都|也)?$", re.I
)
_BASE_AFTER = cues.ZH_LEVEL_AFTER


def _growth_compared(w: Window) -> Role | None:
    """The growth a level is compared with when no figure of it was stated before in the sentence: 经济增速高于
    全国的5.3%, 经济增速超过5.3%的全国增速 (the country's own GDP growth); None otherwise."""
    verb = _BASE.search(w.near) or (_COMPARED_BY.search(w.near) if _BASE_AFTER.match(w.after) else None)
    if verb is None or not _GROWTH_COMPARED.search(w.near[: verb.start()]):
        return None
    return Role("gdp_growth", "percent", w.q.value)


def compared_level(w: Window, places: list[Place], focus: Focus, prev_role: Role | None) -> tuple[str, Role] | None:
    """(the compared place's code, its role) when the figure in ``w`` is the level a percentage just stated
    in the sentence is compared with; None otherwise."""
    if w.q.unit != "percent" or w.q.pp:
        return None
    if prev_role is None or prev_role.unit != "percent":  # 共有20个省份经济增速超过5.3%的全国增速: a count before
        prev_role = _growth_compared(w)
        after = _BASE_AFTER.match(w.after)
        if prev_role is not None and after:
            return (COUNTRY, prev_role) if after.group(1) == "全国" else None
    if prev_role is None or prev_role.unit != "percent":
        return None
    if prev_role.indicator.startswith("other:") or prev_role.relative is not None:
        return None
    if not _LEVEL_AFTER.match(w.after):
        return None
    named = _named_compared(w, places)
    if named is not None:
        return named, Role(prev_role.indicator, "percent", w.q.value)  # 增长5.5%，高于江阴（4.5%）
    base = _BASE.search(w.near[-14:])
    if base is None:
        return None
    at = w.q.start - len(w.near[-14:]) + base.start(1)
    place = next((p for p in places if p.start == at), None)
    if base.group(1) == "全国":
        return COUNTRY, Role(prev_role.indicator, "percent", w.q.value)  # 高于全国的5.0%
    code = place and (place.code or focus.resolve(place))
    if not code:
        return None
    return code, Role(prev_role.indicator, "percent", w.q.value)
