"""The place a share or a ratio is relative to: 占深圳经济总量的 (the place after 占), 以深圳9.4%的面积 (the
place just before), "its share of Shenzhen's GDP" (the place named), the province or the parent."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer, Region
from . import _cues as cues
from ._claims import Claim
from ._focus import ANAPHOR_KINDS, is_ancestor
from ._numbers import Quantity
from ._places import COUNTRY, Place
from ._regions import Focus, subjects
from ._roles import Role
from ._shares import ZH_SHARE_LISTED
from ._window import Window

__all__ = ["parent_or_itself", "relative_to", "same_whole"]


_SHARE_VERB = re.compile(r"占(?!比)")  # 占深圳经济总量的, not 在江苏省GDP中的占比


def relative_to(
    role: Role,
    regions: list[str],
    w: Window,
    places: list[Place],
    focus: Focus,
    last_total: str | None,
    gz: Gazetteer,
    prev: Claim | None,
) -> str | None:
    """The region a share or a ratio is relative to; may also correct ``regions`` in place."""
    whole = prev.relative_to if prev is not None and role.relative and role.unit == "percent" else None
    if whole and prev is not None and regions[:1] == [whole] and prev.region != whole:
        regions[:] = [prev.region]  # "…1/16 of the province's GDP while occupying 1/200 of its land": the same place's
    relative = _relative_to(role, regions, w, places, focus, last_total, gz, prev)
    share = relative not in (None, COUNTRY) and role.unit == "percent" and bool(regions)
    share = share and regions[0] not in (relative, COUNTRY)
    if share and not is_ancestor(relative or "", regions[0], gz):  # a share is of a whole its place is part of:
        # "Kunshan's GDP has led the counties of Jiangsu province and accounted for 9.8% of Suzhou's": Kunshan's
        parts = [p.code for p in places if p.code and w.sent.start <= p.start < w.q.start]
        parts = [c for c in parts if c != relative and c != COUNTRY and is_ancestor(relative or "", c, gz)]
        regions[:] = parts[:1] or regions
    return relative


def _relative_to(
    role: Role,
    regions: list[str],
    w: Window,
    places: list[Place],
    focus: Focus,
    last_total: str | None,
    gz: Gazetteer,
    prev: Claim | None,
) -> str | None:
    relative, prev_region = role.relative, prev.region if prev is not None else None
    if relative == "same":  # "Futian accounts for 16.3 percent of Shenzhen's GDP, while Nanshan contributes 26 percent"
        return prev.relative_to if prev is not None else None
    if relative == COUNTRY and regions == [COUNTRY]:  # 是全国平均水平的20倍: the base, not the subject
        own = [p.code for p in places if p.code not in (None, COUNTRY) and w.sent.start <= p.start < w.q.start]
        if prev_region in (None, COUNTRY) and own:  # 是全国平均水平（2.68%）的3倍: not the national level's own claim
            prev_region = own[-1]
        regions[:] = [prev_region] if prev_region is not None else [focus.current] if focus.current else []
    if relative == "previous":
        return prev_region if prev_region is not None else last_total
    if relative == "whole":  # "…, or about one-fifth": of the total named before, or of the place's city
        if last_total is not None and regions and last_total != regions[0]:
            return last_total
        relative = "parent"
    if relative == "place":
        start = w.prev_end or w.sent.start  # not the figure before's 占
        share_at = max((m.start() for m in _SHARE_VERB.finditer(w.norm, start, w.q.start)), default=-1)
        listed = share_at < 0 and ZH_SHARE_LISTED.search(w.norm, max(0, w.q.start - 40), w.q.start)
        if listed:  # 占长沙市的三分之一、湖南省的六分之一: the 占 before the list, the whole after the figure before
            share_at, start = listed.start(), listed.start(1) - 1
        if share_at < 0:  # 在苏州GDP中的占比为: the place after 在
            share_at = w.norm.rfind("在", max(w.clause_start, w.q.start - 24), w.q.start)
        if share_at >= 0:  # 占深圳经济总量的: the place after 占
            inside = [
                p
                for p in places
                if max(share_at, start if listed else -1) < p.start < w.q.start and (p.code or p.anaphor)
            ]
        else:  # 以深圳9.4%的面积, 约为香港人均水平的1.4倍: the place written just before the figure
            near = [p for p in places if p.code and p.start >= w.sent.start and _just_before(w, p)]
            inside = [p for p in near if p.code not in regions][-1:]
            if near and not inside and w.q.unit == "ratio":
                regions[:] = []  # 园区超过35万元，是崑山的1.4倍: the base was taken for the subject, whose is unknown
        relative = focus.resolve(inside[0], []) if inside else "parent"
        own = (
            inside
            and relative not in (None, COUNTRY)
            and gz.get(relative or "").kind in ANAPHOR_KINDS.get(inside[0].anaphor or "", ())
        )  # 越秀区…少数民族…占全区人口的1.25%: 全区 is the district itself, a part of its own people
        if relative == focus.current and inside and inside[0].anaphor and not own:
            relative = "parent"
        base = inside[0] if inside and share_at < 0 else None
        held = [p for p in places if base and p.code in regions and 0 <= base.start - p.end <= 4]
        if held and relative and is_ancestor(held[-1].code or "", relative, gz):
            share_at = held[-1].start  # 相当于贵州省会贵阳的1.04倍: Guizhou holds the base, not the subject
        if inside and share_at >= 0:
            at = Window(w.norm, w.sent, Quantity(share_at, share_at, 0, None), w.clause_start, None)
            regions[:] = subjects(at, places, focus, gz)[0]
    if relative == "named":
        share_of = max(w.norm.rfind(f"share {prep}", w.clause_start, w.q.start) for prep in ("of", "in"))
        near = (share_of, share_of + 10) if share_of >= 0 else (w.q.end, w.q.end + 30)  # "its share of Shenzhen's GDP"
        named = [p for p in places if near[0] < p.start <= near[1] and p.code and p.code != COUNTRY]
        relative = named[0].code if named else "parent"
    if relative == "parent" and same_whole(prev, regions, w, places):
        return prev.relative_to if prev is not None else None  # 以全省0.9%的土地贡献了4%的GDP: 全省's too
    if relative in ("province", "region") and regions and regions[0] != COUNTRY:  # "the region's": autonomous
        return next((a.code for a in gz.ancestors(gz.get(regions[0])) if a.level == "province"), None)
    if relative == "parent" and regions:
        total_of = [p for p in places if p.code and w.q.end < p.start <= w.q.end + 12]
        said = total_of and _S_TOTAL.match(w.norm, total_of[0].end)
        if said:  # "one-sixth of Jiangsu's total", "… of China's total": the place named (the place itself: "online
            return total_of[0].code  # sales … 25.5 percent of Minhang's total retail sales", a share of its own)
        return gz.get(regions[0]).parent_code if regions[0] != COUNTRY else None
    return relative


_BASE_GAP = re.compile(r"(?:全[市省区县])?的?(?:人均|平均)?(?:GDP|生产总值)?(?:平均)?水平的?(?:约|近|接近)?")


def _just_before(w: Window, p: Place) -> bool:
    """Whether place ``p`` is written just before the figure, as the base of a ratio or a share (深圳的, 香港人均
    水平的, 深圳全市平均水平的)."""
    return 0 <= w.q.start - p.end <= 4 or _BASE_GAP.fullmatch(w.norm, p.end, w.q.start) is not None


def same_whole(prev: Claim | None, regions: list[str], w: Window, places: list[Place]) -> bool:
    """Whether a share naming no whole follows, in its sentence, a share of the same place of a named whole."""
    if prev is None or prev.unit != "percent" or not prev.relative_to or prev.region not in regions:
        return False
    if w.prev_end is None:
        return False
    between = [p for p in places if (p.code or p.anaphor) and w.prev_end <= p.start < w.q.start]
    return all(p.code == prev.relative_to or w.norm[p.start - 3 : p.end].lower() == "of its" for p in between)  # but
    # the whole of the share before, by name or "of its" ("1% of Qinghai's land, 39.2% of its population and half …")


_S_TOTAL = re.compile(r"(?<=['’]s)\s+total\b|['’]s\s+total\b")  # "Jiangsu's total", "China's total" (its 's read)


def parent_or_itself(
    role: Role, prev_role: Role | None, w: Window, region: Region, focus: Focus, gz: Gazetteer
) -> Role:
    """A share or a ratio of 'the city' said of ``region``: of its parent, or (when 'the city' is the place itself)
    outside the vocabulary ("23% of the city's GDP" said of the city: its own)."""
    if not _whole_is_itself(w, region, focus, gz, _level_just_given(role, prev_role)):
        return role
    return Role("other:share" if role.unit == "percent" else "other:ratio", role.unit, role.value)


def _whole_is_itself(w: Window, region: Region, focus: Focus, gz: Gazetteer, level_given: bool) -> bool:
    """Whether 'the city' (全市) a share is of is the place itself: a prefecture city or a province, or a
    county-level city (昆山市…占全市工业产值约三成) in a text not about its prefecture (a Suzhou report's
    昆山市…占全市的20.4% is of Suzhou); not a district's or a county's city, nor the city named (占苏州全市的),
    nor when the share is of the level just given for the place (社会消费品零售额1800亿元，占全市的18%: of more)."""
    named = cues.NAMED_TOTAL.match(w.after)  # "34.7 percent of Sichuan's total" said of Chengdu: its province's
    if named and named.group(1).lower() != region.name_en_core.lower():
        return False
    if region.level != "county":
        return True
    said = re.search(r"全市|\bthe (?:whole |entire )?city['’]s\b", w.near, re.I)
    if region.kind != "county_city" or not said or level_given:
        return False
    parent = gz.get(region.parent_code) if region.parent_code else None
    if parent is not None and parent.short_zh and parent.short_zh in w.near[max(0, said.start() - 4) : said.start()]:
        return False
    return region.parent_code not in focus.subjects


def _level_just_given(role: Role, prev_role: Role | None) -> bool:
    """Whether a share follows the level of its own measure for the same place (…1800亿元，占全市的18%)."""
    return (
        prev_role is not None and prev_role.unit not in ("percent", "ratio") and prev_role.indicator == role.indicator
    )
