"""Years paired with the places a figure is shared by: 浦东新区于2018年、海淀区于2022年先后突破万亿元 and
"Pudong and Haidian crossed 1 trillion yuan in 2018 and 2022 respectively" state one level for each place,
reached in its own year."""

from __future__ import annotations

import re

from ._place import Place
from ._window import Window

__all__ = ["years_of_places"]

_OWN_YEAR = re.compile(  # the year written right after a place: 于2018年, 在2018年, "in 2018", "(2018)"
    r"(?:['’]s)?\s*(?:(?:[于在]|\bin\s+|[(（]\s*)((?:19|20)\d\d)(?!\d)|((?:19|20)\d\d)年)", re.I
)
_YEARS_EACH = re.compile(  # 分别于2018年和2022年, "in 2018 and 2022 respectively"
    r"分别(?:于|在)?((?:19|20)\d\d)年?(?:(?:、|和|与|及)((?:19|20)\d\d)年?)+|"
    r"\bin\s+((?:19|20)\d\d)(?:,\s*(?:19|20)\d\d)*,?\s+and\s+((?:19|20)\d\d),?\s+respectively\b",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def years_of_places(w: Window, regions: list[str], places: list[Place]) -> dict[str, str]:
    """Each place's own year when the sentence pairs the places the figure is shared by with years, one each,
    else nothing."""
    if len(regions) < 2:
        return {}
    named = [p for p in places if p.code in regions and w.sent.start <= p.start < w.q.start and not p.anaphor]
    firsts = {p.code: p for p in reversed(named)}  # the first mention of each place
    order = sorted(firsts.values(), key=lambda p: p.start)
    if len(order) != len(regions):
        return {}
    own = [_OWN_YEAR.match(w.norm, p.end, p.end + 12) for p in order]
    if all(own):
        years = [m.group(1) or m.group(2) for m in own if m]
    else:
        each = _YEARS_EACH.search(w.norm, order[-1].end, w.q.end + 40)
        years = _YEAR.findall(each.group()) if each else []
    if len(years) != len(order) or len(set(years)) < len(years):
        return {}
    return {p.code or "": y for p, y in zip(order, years, strict=True)}
