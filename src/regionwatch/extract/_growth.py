"""What a growth rate is of: the economy (GDP), fixed-asset investment, a named measure (other:…_growth), a
sector, or a count; read from the words before and after the rate."""

from __future__ import annotations

import re

from . import _cues as cues
from ._roles import (
    A_SUM,
    COUNTS,
    GDP_GROWTH,
    GENERIC,
    GENERIC_CUE,
    MONEY,
    PART_ECONOMY,
    growth_of,
    indicator_record,
    last_match,
    money_indicator,
    without_aside,
)

__all__ = ["SECTOR_NAMED", "SECTOR_ZH", "gdp_grew", "growth_subject", "growth_targeted", "sector_that_grew"]

_CHANGE_IN = re.compile(  # "a 5.6 percent increase in GDP", "6.2 percent in industrial output": the measure after
    r"\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|y-o-y|annual)\s+)?"
    r"(?:(?:increase|rise|growth|expansion|gain|jump|drop|decline|fall|uptick|"
    r"surge|decrease|contraction|slump|dip|climb|boost)\s+|(?:down|up)\s+)?in\s+(?:the\s+|its\s+)?",
    re.I,
)
_A_THING_AFTER = re.compile(  # "… 1.8 percent down in electricity use": a thing's change, no time nor place
    r"(?!(?:first|second|third|fourth|last|past|same|whole|full|previous|preceding|current|year|half|quarter|"
    r"months?|period|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"value|real|nominal|terms|total|all|comparison|district|county|city|province|region|area|country|nation|town|"
    r"zone|park|economy|gdp|output)\b)(?-i:[a-z][a-z-]+)(?:\s+(?:use|consumption|volume))?\b",
    re.I,
)

_GROWTH_IN_OF = re.compile(
    r"\b(?i:growth|increase|rise|gain|decline|drop|fall|decrease)\s+in\s+(?:the\s+|its\s+|their\s+)?"
    r"((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+of\s+(?:about\s+|nearly\s+|around\s+|some\s+)?$"
)  # lower-case words: a thing counted, not a place ("growth in Kunshan of 5%")
_NOT_A_THING = re.compile(  # a time or the economy: "growth in the first quarter of 5%", "growth in output of"
    r"\b(?:first|second|third|fourth|quarters?|half|year|years|months?|period|gdp|econom\w*|output|value|"
    r"range|order|excess|region|vicinity|neighbou?rhood|line|terms)\b",  # "growth in the range of 5 to 5.5 percent"
    re.I,
)
_VALUE_ADDED = re.compile(r"(?:added\s+value|value[- ]added)\b", re.I)
_VALUE_ADDED_GROWTH = re.compile(r"(?<!gdp )(?<!gdp's )\b(?:added[- ]value|value[- ]added) growth\b", re.I)

SECTOR_NAMED = re.compile(
    r"\b(?:sector|industry|industries|services|manufacturing|agricultur\w*|forestry|fisher(?:y|ies))\b", re.I
)
# GDP's figure stated after a sector: the growth after that figure is GDP's ("…, home to Sany Heavy Industry,
# reported GDP of 226.5 billion yuan, up 5.0 percent")
_GDP_STATED = re.compile(r"\b(?:gdp|gross (?:domestic|regional) product|economic output)\b[^,;]{0,40}?\d", re.I)
_ITS_VALUE_ADDED = re.compile(r"\b(?:its|their)\s+(?:value[- ]added|added value)\b[^,;]{0,30}$", re.I)
_GREW = (
    r"(?:grew|expanded|rose|increased|posted|saw|recorded|reported|registered|logged|achieved|clocked|expects|"
    r"(?:is|was) expected|targets|aims)\b"
)
_PLACE_WITH_ASIDE = re.compile(  # "Jiading, home to the city's car industry, grew …": the place grew, not its industry
    r"(?-i:\b[A-Z][a-z])[\w'’-]*(?:\s+(?:district|county|city|new area))?\s*,\s*(?!which\b|that\b)[^,;\d]{2,80},"
    r"(?P<tail>\s*" + _GREW + r"[^,;]{0,40}(?:,\s*(?:at|by)\s+[^,;]{0,20})?)$",  # "grew fastest, at"
    re.I,
)
_PLACE_FRONTED = re.compile(  # "With its strong financial sector, Futian grew …": the place after the fronted phrase
    r"^\W*(?:with|thanks to|driven by|boosted by|backed by|buoyed by|helped by|powered by|despite)\b[^,;\d]{2,80},"
    r"\s*(?P<tail>(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city|new area))?\s+" + _GREW + r"[^,;]{0,40})$",
    re.I,
)


def _sector_out_of_reach(before: str) -> str:
    """``before`` from the clause the place's growth is told in, when a sector is only named in an aside that
    describes the place or in a phrase fronted before it ("Jiading, home to the city's car industry, grew …")."""
    m = _PLACE_WITH_ASIDE.search(before[-200:]) or _PLACE_FRONTED.search(before)
    return m.group("tail") if m else before


_ECONOMY_KEPT = re.compile(r"经济(?:运行)?(?:实现|保持|录得|完成)了?[^，。；,;\d]{0,4}$")

_ECONOMY_GREW = re.compile(  # 南山区经济同比增长6.8%; 經濟年增5.2%, 經濟成長5%: Taiwan usage
    r"经济(?:总量)?(?:同比|比上年|较上年|全年|按年)?(?:负?增长|增速为?|增幅为?|降幅(?:收窄至|扩大至|为)?|年增|负?成长(?:率为?)?|衰退)"
    r"(?:了|达到?|为)?$"
)


_MODIFIER = re.compile(r"(?:(?<![A-Za-z])([A-Za-z][\w-]*)\s+|([\u4e00-\u9fff]{2}))$")
_NO_MODIFIER = re.compile(  # words that may stand right before a bare 投资/investment that is the earlier measure
    r"其中|全市|全区|全县|全年|同比|全省|总额|of|which|including|while|and|but|the|its|their|total|annual|"
    r"(?-i:[A-Z])[\w-]*|[\w'’-]+['’]s",
    re.I,
)


def _own_modifier(before: str) -> bool:
    """Whether the generic measure ending ``before`` has a modifier of its own: 工业投资, 房地产开发投资,
    "industrial investment" are parts of fixed-asset investment named before them, not it again."""
    m = last_match(GENERIC_CUE, before)
    modifier = m and _MODIFIER.search(before[: m.start()])
    return bool(modifier) and not _NO_MODIFIER.fullmatch(modifier.group(1) or modifier.group(2))


_PLACES_OWN_GROWTH = re.compile(  # "Shenzhen's overall growth of 5.5%", "the district's growth slowed to 5.1%"
    r"(?:(?:\b(?-i:[A-Z])[\w'’-]+|\bthe (?:district|county|city|province))['’]s|\bits)\s+"
    r"(?:(?:overall|annual|economic|real|gdp|full-year|half-year|(?:first|second|third|fourth)-(?:half|quarter)|"
    r"nine-month|(?:19|20)\d\d)\s+)?growth(?:\s+rate)?(?:" + cues.PART_OF_YEAR.pattern + r"|\s+in\s+(?:19|20)\d\d)?"
    r"(?:\s+(?:of|at|was|to|stood at|(?:slowed|eased|fell|dropped|slipped|rose|picked up|accelerated|quickened|climbed|"
    r"reached|hit|recovered)\s+to)\s+(?:about\s+|around\s+|nearly\s+)?|"
    r"(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?\s*,\s*)$",  # "Tianhe's growth last year, 4.3 percent,"
    re.I,
)


_OWNER_BEFORE = re.compile(r"(?:\bits|\btheir|\b(?-i:[A-Z])[\w'’-]+['’]s)\s+(?:annual\s+|about\s+|around\s+)?$", re.I)
_GROWTH_AFTER = re.compile(r"\s*(?:annual\s+|economic\s+|gdp\s+)?growth\b", re.I)  # "its 5 percent growth target"


_RATES_OF_SECTORS = re.compile(
    r"\bgrowth rates? of (?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:industries|industry|sectors?)\b", re.I
)


_OWN_NOUN = re.compile(  # "1.15 trillion yuan of output", "… yuan worth of goods and services": the figure's noun
    r"\s*(?:worth\s+)?of\s+(?:(?:economic|total)\s+)?(?:output|goods and services)\b", re.I
)


def gdp_grew(near: str, subject: str | None, prev: str | None) -> bool:
    """Whether a growth read as a generic measure's or a sector's, just after a GDP figure, is that GDP's: no
    other measure is named between them but the figure's own noun ("Bao'an reported output of 128.6 billion yuan,
    up 5.2 percent"; "generated 1.15 trillion yuan of output, marking a 6.7 percent gain")."""
    if prev != "gdp":
        return False
    own = _OWN_NOUN.match(near)
    rest = near[own.end() :] if own else near
    if GENERIC_CUE.search(rest):
        return False  # GDP …，汽车产业产值增长28%: a measure of its own
    sector = own is not None and subject == "other:sector_growth" and not SECTOR_NAMED.search(rest)
    return subject == f"{GENERIC}_growth" or sector


_SHARE_OF_GDP = re.compile(
    r"(?<=\d)\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+['’]s\s+)?(?:total\s+)?"
    r"(?:gdp|economy|economic output)\b",
    re.I,
)


def growth_subject(before: str, after: str) -> str | None:
    """The indicator a growth rate is of: GDP ("economic growth"), fixed assets, or other:…_growth."""
    before = re.sub(r"[-−]\s*$", "", before)  # 降幅收窄至-18.5%: the sign is the figure's
    before = re.sub(r"(?<=[百千万亿元])规模", "  ", before)  # GDP保持在百亿规模，年均增速…: the level's own noun
    before = cues.ZH_MEANS.sub(lambda m: " " * len(m.group()), before)  # 依托…，增速10.6%: the means, no subject
    change_in = _CHANGE_IN.match(after)  # "an uptick of 6.2 percent in industrial output": the measure after
    named_after = money_indicator("", after[change_in.end() :], generic=False) if change_in else None
    if named_after:
        return growth_of(named_after) or f"other:{named_after.removeprefix('other:')}_growth"
    worded = change_in and re.match(r"\s*\S+\s+in\b", change_in.group())  # "down in", "increase in"; not a bare "in"
    thing = _A_THING_AFTER.match(after, change_in.end()) if worded else None
    if thing and money_indicator("", after[change_in.end() :]) is None:  # "… percent down in land use"
        return f"other:{thing.group().split()[0].lower()}_growth"
    summed = A_SUM.match(after, change_in.end()) if change_in else None
    if summed:  # "a growth of over 8 percent in industrial investment": that sum's growth, not the economy's
        return f"other:{summed.group().split()[-1].lower()}_growth"
    thing = _GROWTH_IN_OF.search(before[-60:])  # "growth in enterprise employees of 2.1%": that thing's growth
    if thing and not _NOT_A_THING.search(thing.group(1)) and money_indicator(thing.group(1), "") is None:
        return f"other:{thing.group(1).split()[-1].lower()}_growth"
    if change_in and _VALUE_ADDED.match(after, change_in.end()):
        return "other:value_added_growth"  # "a growth rate of 15.7 percent in added value of all industrial sectors"
    if _VALUE_ADDED_GROWTH.search(before[-60:]):  # "IT and finance …, with their respective value-added growth
        return "other:value_added_growth"  # standing at 13.6 percent and 7.9 percent": the sectors' value added
    if _PLACES_OWN_GROWTH.search(before[-100:]) or (_OWNER_BEFORE.search(before[-40:]) and _GROWTH_AFTER.match(after)):
        return "gdp_growth"  # "…, outpacing Shenzhen's overall growth of 5.5%": a place's own growth, its economy's
    sectors = _RATES_OF_SECTORS.search(before)
    if sectors and not GDP_GROWTH.search(before[sectors.end() :]):
        return "other:sector_growth"  # "The growth rates of key industries, including …, rising by …": theirs
    if _ZH_SECTOR_GREW.search(before[-24:]):
        return "other:sector_growth"  # 经济增长3.2%，其中工业增长4%: a sector's growth, not the economy's
    # "The financial sector, which accounts for 40% of its GDP, grew 7.2%", "Kunshan's exports, long the engine of
    # its GDP growth, fell 3%": the measure before the aside, not one it names
    before = without_aside(cues.CLAUSE_ASIDE.sub(",", before))
    before = _sector_out_of_reach(before)
    cut = max(0, len(before) - 120)  # "…, accounting for 25.1% of GDP with a growth of 12.7%": the GDP a share is
    before = before[:cut] + _SHARE_OF_GDP.sub(lambda m: " " * len(m.group()), before[cut:])  # of did not grow
    gdp = last_match(GDP_GROWTH, before[-80:])
    part = last_match(PART_ECONOMY, before[-80:])  # "the district's digital economy grew 8.2%": that part's
    if part and not (gdp and gdp.start() > part.end()) and not re.search(r"[,;，；。]", before[part.end() :][-80:]):
        return "other:sector_economy_growth"
    if _ITS_VALUE_ADDED.search(before[-50:]) and SECTOR_NAMED.search(before):
        return "other:sector_growth"  # "The sector contributes 40 percent of …, and its value added rose 6 percent"
    sector = last_match(SECTOR_NAMED, before[-80:])
    sector = None if sector and _GDP_STATED.search(before[-80:], sector.end()) else sector
    if sector and sector.start() >= len(before[-80:]) - 60 and not (gdp and gdp.start() > sector.end()):
        return "other:sector_growth"  # a sector grew, not the economy (unless GDP is named after it)
    valued = last_match(cues.SECTOR_VALUE_ADDED, before[-80:])
    if valued and not (gdp and gdp.start() > valued.end()):
        return "other:sector_growth"  # 其中金融业增加值1800亿元，同比增长7.8%: the sector's value added grew
    if _ECONOMY_KEPT.search(before[-20:]) and re.match(r"的[^，,。；;]{0,4}(?:增长|增速|增幅)", after):
        return "gdp_growth"  # 经济实现6.3%的增长, 经济保持5.8%的较快增速: the economy's growth
    if _ECONOMY_GREW.search(before[-12:]):
        return "gdp_growth"  # 南山区经济同比增长6.8%
    if re.match(r"\s*(?:economic growth|gdp growth)", after, re.I) or (
        gdp and not _named_since(before[-80:], gdp.end())
    ):
        return "gdp_growth"  # unless another measure is named nearer: "GDP grew 5%, while its exports fell 3%"
    ind = money_indicator("", after[change_in.end() :]) if change_in else None  # "an increase in revenue"
    if ind is None and re.match(r"\s*for\s+the\s", after, re.I):  # "… of 8 percent for the added value of …"
        ind = money_indicator("", after)
    ind = ind or money_indicator(_clause_cut(before, 100), "")  # "economic output", not the "output" of a cut
    counted = _count_nearer(before[-100:])
    if counted:
        return f"other:{counted}_growth"  # "…生产总值9348亿元，增长1.7%，新设企业同比增长44.1%"
    if ind == GENERIC:
        specific = money_indicator(before[:60], "", generic=False)
        if specific and specific != GENERIC and not _own_modifier(before[-100:]):
            ind = specific
        elif cues.PLACES_OUTPUT.search(before[-100:]):
            return "gdp_growth"  # "its output of 530 billion yuan …, and it has grown at 6 percent": a place's output
    if ind == "gdp" and _sector_after_the_economy(before[-80:]):
        return "other:sector_growth"  # 苏州在经济总量上…，其高技术制造业…占…，同比增长7.9%: the sector grew
    rec = indicator_record(ind)
    if rec is not None and rec.growth:
        return rec.growth
    if ind:
        return f"other:{ind.removeprefix('other:')}_growth"
    if _ECONOMY_SUBJECT.search(before) and not SECTOR_ZH.search(before):
        return "gdp_growth"  # 昆山经济运行稳中有进，全年增长3.2%: the sentence is about the economy, nothing else named
    return None


def _sector_after_the_economy(text: str) -> bool:
    """Whether a Chinese sector is named in ``text`` after the economy's size and no measure after it."""
    sector = last_match(_ZH_SECTOR_SUBJECT, text)
    level = last_match(_GDP_CUE, text) if sector else None
    return bool(sector and level and level.end() <= sector.start() and not _named_since(text, sector.end()))


def _clause_cut(before: str, n: int) -> str:
    """The last ``n`` characters of ``before``, reaching back to the start of the clause they cut into (at
    most 40 characters more), so that a measure's name is read whole."""
    cut = len(before) - n
    if cut <= 0:
        return before
    start = max(before.rfind(c, 0, cut) for c in ",;，；。")
    if start >= 0 and cut - start <= 40:
        return before[start + 1 :]
    word = re.search(r"[\w'’-]*$", before[:cut])  # nor a word cut in two: "fixe|d asset investment"
    return before[cut - len(word.group()) if word else cut :]


_ZH_SECTOR_GREW = re.compile(  # 工业增长4%: a sector's growth (a sector's 增加值: cues.SECTOR_VALUE_ADDED)
    r"(?:工业|服务业|制造业|农业|建筑业|高技术制造业|高新技术产业|战略性?新兴产业|战新产业|数字经济核心产业|"
    r"[\u4e00-\u9fff]{2,6}(?<![企就产])业)(?:生产)?"  # 航空运输业增速: a trade named by its 业
    r"(?:同比|比上年)?(?:增长|下降|增速为?|增幅为?)(?:了|达到?)?$"
)
_ECONOMY_SUBJECT = re.compile(r"经济(?:运行|发展|形势|总体|保持|实现|持续|稳)")
_ZH_SECTOR_SUBJECT = re.compile(r"制造业|服务业|工业|建筑业|农业|产业(?!结构|比例|比重|构成|占比)")
_GDP_CUE = next(cue.pattern for cue in MONEY if cue.record.name == "gdp")
SECTOR_ZH = re.compile(r"产业|工业|服务业|制造业|农业|建筑业|行业|领域|板块")


def _named_since(text: str, start: int) -> bool:
    """Whether a measure other than GDP is named in ``text`` after ``start``."""
    money = (m for cue in MONEY if cue.record.name != "gdp" and (m := last_match(cue.pattern, text)))
    counts = (m for _name, cue, _noun in COUNTS if (m := last_match(cue, text)))
    return any(m.start() >= start for m in (*money, *counts))


def _count_nearer(text: str) -> str | None:
    """A counted indicator named after the last money cue in ``text``: the nearer subject of a rate."""
    money_end = max((m.end() for cue in MONEY if (m := last_match(cue.pattern, text))), default=-1)
    best, best_end = None, money_end
    for name, cue, _noun in COUNTS:
        m = last_match(cue, text)
        if m and m.end() > best_end:
            best, best_end = name, m.end()
    return best


_TARGET_OF = re.compile(r"\b(?:target|goal)\s+of\s+(?:about\s+|around\s+|roughly\s+|at least\s+)?$", re.I)
_FOR_GROWTH = re.compile(  # "for its gross domestic product growth", "for the city's GDP growth in 2020"
    r"\s+for\s+(?:its\s+|their\s+|the\s+)?(?:[\w'’-]+['’]s\s+)?(?P<measure>[\w -]{2,40}?)\s+growth\b", re.I
)


def growth_targeted(near: str, after: str) -> str | None:
    """ "set a target of 6.5 percent for its GDP growth": the growth of the measure named after the figure."""
    aimed = _FOR_GROWTH.match(after) if _TARGET_OF.search(near[-40:]) else None
    named = money_indicator("", aimed.group("measure"), generic=False) if aimed else None
    return (growth_of(named) or f"other:{named.removeprefix('other:')}_growth") if named else None


_THREE_SECTORS = tuple(
    c for c in MONEY if c.record.name in ("primary_value_added", "secondary_value_added", "tertiary_value_added")
)


def sector_that_grew(before: str) -> str:
    """The sector whose growth is the last figure in ``before``: one of the three when it is the last sector named
    (a relative clause between: "the services sector, which accounts for 53 percent of the economy, grew …")."""
    sector = last_match(SECTOR_NAMED, before)
    for cue in _THREE_SECTORS:
        m = last_match(cue.pattern, before)
        if m and sector and m.start() <= sector.start() < m.end() + 1:
            return cue.record.name
    return "other:sector_value_added"
