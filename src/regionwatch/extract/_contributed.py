"""A part of a total the sentence names: a sum a sector or a firm contributed (其中规上工业贡献约3000亿元, "of which
Tencent contributed about 150 billion yuan"), a sector's own figure in a sentence whose subject is the sector
("Shenzhen's farm sector shrank 18.9 percent"), an industry group's output (汽车、电子信息两大产业完成工业总产值…):
theirs, not the place's."""

from __future__ import annotations

import re

from ._lists import SECTOR_NAMES
from ._places import Place
from ._roles import Role
from ._window import Window

__all__ = ["contributed_part"]


_CONTRIBUTED = re.compile(  # "…, of which Tencent contributed about", 其中规上工业贡献了约: a part of the total before
    r"(?:\b(?:of which|of this|of that)\b,?|其中[，,]?)(?P<who>[^\d,，;；。]{1,30}?)"
    r"(?:\bcontribut(?:ed|es)|\baccounted for|贡献了?|占了?)\s*(?:(?:about|around|nearly|some|over)\s+|约|近|超过)?$",
    re.I,
)


_SECTOR_SUBJECT = (
    re.compile(  # "In Guangzhou, agriculture is …", "Shenzhen's farm sector shrank …": a sector's sentence
        r"\W*(?:in (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?,\s*)?(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]*['’]s\s+)?"
        r"(?:(?P<p>agricultur\w*|farming|farm|primary (?:industry|sector))|(?P<s>secondary (?:industry|sector))|"
        r"(?P<t>tertiary (?:industry|sector)|services?)|(?P<other>industry|manufacturing|construction))"
        r"(?:\s+(?:sector|industry))?(?=\s*,|\s+(?:is|was|grew|rose|fell|shrank|dropped|declined|expanded|contributed|"
        r"added|generated|produced|kept|remained|accounted|made|yielded|posted|reached|increased|decreased)\b)",
        re.I,
    )
)
_ITEM_SECTOR = re.compile(  # "Agriculture added X, industry and construction Y, and services Z": each item's own
    r"[,;]\s*(?:and\s+)?(?:the\s+)?(?:(?P<p>agricultur\w*|farming|primary (?:industry|sector))|"
    r"(?P<s>industry and construction|secondary (?:industry|sector)|industry)|"
    r"(?P<t>services?|tertiary (?:industry|sector)))(?:\s+(?:sector|industry))?\s*$",
    re.I,
)
_ELLIPTIC_ITEM = re.compile(  # "the primary industry contributed X, the secondary Y and the tertiary Z": noun unsaid
    r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)the\s+(?:(?P<p>primary)|(?P<s>secondary)|(?P<t>tertiary))\s*$", re.I
)
_A_PROJECTS_OWN = re.compile(  # "the project is expected to generate …", 该项目建成后可实现年产值…: to come
    r"\b(?:projects?|plants?|factory|factories|facility|facilities)\b[^.;!?]{0,160}?\b(?:(?:is|are|were)\s+)?expected\s+to\b|"
    r"\b(?:once|when|after)\s+(?:it\s+is\s+|they\s+are\s+)?(?:completed|operational|in\s+(?:full\s+)?operation|"
    r"fully\s+operational|up\s+and\s+running)\b|"
    r"项目[^。；;！!？?]{0,30}?(?:建成|达产|投产|竣工|落成)(?:后|以后)|(?:建成|达产|投产)后[^。；;]{0,12}(?:可|将|预计)",
    re.I,
)
_PROJECT_TAKES = {"industrial_output", "industrial_value_added", "gdp", "other:amount"}
_ZH_INDUSTRIES_OWN = re.compile(  # 汽车、电子信息两大产业完成工业总产值463亿元: those industries', not the place's
    r"(?<!第[一二三])(?:产业|行业|产业集群|产业链)(?:共|合计|累计|全年)?(?:完成|实现)?(?:规模以上|规上)?工业(?:总)?(?:产值|增加值)$"
)
_EN_INDUSTRIES_OWN = re.compile(  # "The industrial added value of strategic emerging industries grew … to": theirs
    r"\bindustrial\s+(?:added\s+value|value[- ]added|output(?:\s+value)?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:industr(?:y|ies)|sectors?)\b(?:[^,;.]|\.(?=\d)){0,60}$",
    re.I,
)
_GDP_NAMED = re.compile(r"\bGDP\b|gross (?:domestic|regional) product|economic output", re.I)


_SECTOR_TAKES = {"gdp", "gdp_growth", "other:growth", "other:amount"} | {
    f"{s}_value_added" for s in ("primary", "secondary", "tertiary")
}


def _sector_figure(w: Window, role: Role) -> Role:
    """A figure in a sentence whose subject is a sector, GDP unnamed in its clause ("Shenzhen's agriculture sector
    shrank 18.9 percent, contributing 281 million yuan to the city's GDP"): the sector's, not the place's GDP nor
    the sector named before's."""
    m = _SECTOR_SUBJECT.match(w.sent.text) if role.indicator in _SECTOR_TAKES else None
    if m is None or _GDP_NAMED.search(w.clause):
        return role
    sector = next(k for k, v in m.groupdict().items() if v)
    item = _ITEM_SECTOR.search(w.norm, w.prev_end, w.q.start) if w.prev_end is not None else None
    sector = next(k for k, v in item.groupdict().items() if v) if item else sector
    if role.unit == "percent":
        return Role("other:sector_growth", role.unit, role.value) if "growth" in role.indicator else role
    return Role(SECTOR_NAMES.get(sector, "other:sector_amount"), role.unit, role.value)


def contributed_part(w: Window, role: Role, places: list[Place]) -> Role:
    """A sum a thing that is no place contributed to the total just named ("GDP hit 1.05 trillion yuan, of which
    Tencent contributed about 150 billion yuan", 其中规上工业贡献约3000亿元) is a part of it, not the place's
    level; a place's contribution (其中南山区贡献了1.05万亿元) is that place's own."""
    role = _sector_figure(w, role)
    if (
        role.indicator in _PROJECT_TAKES
        and role.unit == "CNY"
        and _A_PROJECTS_OWN.search(w.norm, max(w.sent.start, w.q.start - 300), w.q.start)  # bounded: linear
    ):
        return Role("other:project_output", role.unit, role.value)  # a project's output once built: not the place's
    item = _ELLIPTIC_ITEM.search(w.norm, w.prev_end, w.q.start) if w.prev_end is not None else None
    if item and role.indicator in _SECTOR_TAKES and role.unit == "CNY":
        return Role(SECTOR_NAMES[next(k for k, v in item.groupdict().items() if v)], role.unit, role.value)
    if role.indicator in ("industrial_output", "industrial_value_added") and (
        _ZH_INDUSTRIES_OWN.search(w.before[-40:]) or _EN_INDUSTRIES_OWN.search(w.before[-140:])
    ):
        return Role(f"other:sector_{role.indicator.removeprefix('industrial_')}", role.unit, role.value)
    if role.indicator != "gdp":
        return role  # a sector's sum is its value added: "其中第三产业贡献了7000亿元"
    m = _CONTRIBUTED.search(w.near)
    if m is None:
        return role
    start, end = w.q.start - len(w.near) + m.start("who"), w.q.start - len(w.near) + m.end("who")
    if any(start <= p.start < end and (p.code or p.anaphor) for p in places):
        return role
    return Role(f"other:{role.indicator}_contribution", role.unit, role.value)
