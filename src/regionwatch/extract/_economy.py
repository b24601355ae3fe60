"""A place's figure that is its economy's: "<place> grew 6.3 percent", 龙岗区增长4.8%, "Nanshan's output
totalled …", "Kunshan posted 530 billion yuan" in an article about GDP, a list of places' figures
parallel to a GDP named before them."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import _cues as cues
from ._places import Place
from ._rates import THING_IN_PLACE
from ._roles import (
    GENERIC,
    LEAST_GDP,
    PART_ECONOMY,
    Role,
    last_match,
    listed_before,
    measures_in,
    money_indicator,
)
from ._window import Window

__all__ = [
    "BARE_OPENING",
    "about_gdp",
    "growth_aimed_at",
    "output_said_of_place",
    "parallel_gdp",
    "place_grew",
    "summed",
]

_BARE_OUTPUT = re.compile(  # output of a place, not of an industry, a firm or a product
    r"(?:^\W*|(?:\b(?:with|of|by|its|their|total|annual|nominal|gross|the|a|an|saw|sees|see|posted|recorded|reported|registered|"
    r"achieved|had|has|H[12]|Q[1-4]|half-year|first-half|quarterly)|['’]s|yuan|billion|trillion|"
    r"\b(?:by|in) (?:19|20)\d\d,?|\b(?:19|20)\d\d|\b(?:last|this) year,?)\s+)"
    r"output\b(?!\s+value)(?!\s+of\s+(?!(?:about|around|nearly|some|over|more|roughly|almost)\b)[a-z])",
    re.I,
)
_IN_OUTPUT = re.compile(r"\s+(?:in|of)\s+(?:annual\s+|economic\s+|total\s+)?output\b(?!\s+value)", re.I)
_FASTEST = re.compile(  # "grew fastest, at 6.1 percent", "posted the fastest growth among …, at", "led in growth with"
    r"^,?\s+(?:grew|expanded|rose)\s+(?:at\s+)?(?:the\s+)?(?:fastest|quickest|most|slowest|faster|more slowly|slower)\b"
    r"[^,;.\d]{0,40},?\s+(?:at|with)\s+(?:an?\s+(?:(?:growth\s+)?rate|pace|growth|expansion|increase)\s+of\s+)?"
    r"(?:about\s+|around\s+|only\s+|just\s+)?$|"  # "expanded at the fastest pace …, with a pace of 18.7 per cent"
    r"^,?\s+(?:posted|recorded|registered|had|saw|led with|reported)\s+(?:the\s+)?"
    r"(?:fastest|quickest|highest|strongest|slowest)\s+(?:growth|expansion)(?:\s+rate)?\b[^,;.\d]{0,40},?\s+"
    r"(?:at|with|of)\s+(?:about\s+|around\s+)?$|"
    r"^,?\s+led\s+(?:in\s+|on\s+)?growth\s+(?:with|at)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_GAP = re.compile(r"[^,;.\d]{0,30}$|(?:\s+(?:district|county|city))?,\s+(?:at|with)\s+(?:about\s+|around\s+)?$", re.I)
_GREW_VERB = (
    r"(?:register(?:ed|s)|post(?:ed|s)|record(?:ed|s)|saw|sees|achieve[ds]|log(?:ged|s)|report(?:ed|s)|clock(?:ed|s)|"
    r"notch(?:ed|es)|deliver(?:ed|s)|maintain(?:ed|s)|had|has|averaged)"
)
_GROUP_SUBJECT = re.compile(
    r"\b(?:the|these|all|both)\s+(?:two|three|four|five|six)?\s*(?:districts|counties|cities|economies)\b", re.I
)
_GREW_THAN = re.compile(
    r"(^.*?)\b(?:(?:grew|grow|grows|growing|expanded|expand|expands|expanding)\s+(?:\w+\s+)?"
    r"(?:faster|slower|more\s+slowly|more\s+quickly|quicker)\s+than|(?:growth|economy|economies)\s+(?:\w+\s+)?"
    r"(?:exceeded|outpaced|beat|topped|surpassed|outstripped|trailed|lagged\s+behind|"
    r"was\s+(?:above|below|higher\s+than|lower\s+than)))\s+[^,;:\d]{0,40}?\b(?:of|at)\s+"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?$",
    re.I,
)
_GROWTH_AFTER = re.compile(r"\s*(?:annual\s+|real\s+|year-on-year\s+)?(?:growth|expansion)\b", re.I)
_GROWTH_IN = re.compile(r"\b(?:annual\s+|real\s+|overall\s+)?growth\s+(?:rate\s+)?(?:was\s+|were\s+)?in\s+$", re.I)
_LED_WITH = re.compile(
    r",?\s+(?:led|leads|topped|tops|outpaced|outperformed|beat)\s+[^,;.\d]{0,40}?\bwith\s+(?:an?\s+)?"
    r"(?P<growth>(?:annual\s+|real\s+|economic\s+)?growth\s+(?:rate\s+)?of\s+)?(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
_NOT_ECONOMY = re.compile(  # a sentence whose subject is firms or a sector, or money spent or raised
    r"\b(?:enterprises|companies|firms|businesses|industr\w*|sectors?|spen[dt]\w*|invest\w*|raised|paid|"
    r"attract\w*|signed|lent|borrow\w*|worth of|projects?|employees|workers|staff|deals?|contracts?|orders?|"
    r"transactions?|turnover|expos?|fairs?|exhibit\w*|tourists?|visitors)\b|"  # "the expo drew deals worth …"
    r"研发|投入|投资|支出|融资|贷款|存款|营收|营业收入|利润|销售额|签约|成交|交易额|订单|展会|游客",
    re.I,
)
_OWN_RATE = r"\s+(?:(?:annual|real|overall|economic|current|present|recent|latest)\s+){0,2}(?:growth|expansion|pace)"
_PLACES_GROWTH = re.compile(r"['’]s" + _OWN_RATE + r"(?:\s+rate)?\b[^,;.\d]{0,30}$", re.I)  # "Futian's current pace of"
_ITS_GROWTH = re.compile(
    r"\b(?:its|their)" + _OWN_RATE + r"(?:\s+rate)?\s+of\s+[a-z ]{0,12}$", re.I
)  # "at its pace of"
_PLACE_GREW = re.compile(
    r"^(?:['’]s economy)?,?\s+(?:which\s+)?(?:(?:has|have|had)\s+)?(?:grew|expanded|rose|increased|growing|expanding|"
    r"(?:accelerat|decelerat|slow|eas|moderat)(?:ed|es|ing)\s+(?:down\s+)?to|picked\s+up\s+to|"
    + _GREW_VERB
    + r"\s+(?:an?\s+)?(?:(?:annual|real|year-on-year|negative|full-year|half-year|(?:first|second|third|fourth)-"
    r"(?:half|quarter))\s+){0,2}(?:growth|expansion)(?:\s+rate)?\s+(?:of|at))"
    # "grew fastest, at 8.2 percent", "expanded the slowest, by …"
    r"(?:\s+(?:the\s+)?(?:fastest|slowest|quickest|most\s+(?:rapidly|quickly|slowly))(?:\s+of\s+all)?,?)?"
    r"\s+(?:by\s+|(?:at\s+)?(?:an?\s+)?(?:(?:annual|average|yearly|real)\s+)*(?:growth\s+)?rate\s+of\s+|at\s+(?:an?\s+)?)?"
    r"(?:about\s+|around\s+|nearly\s+|only\s+|just\s+|merely\s+|roughly\s+|almost\s+)?$|"  # "grew only 4 percent"
    r"^(?:['’]s economy)?,?\s+(?:which\s+)?(?:(?:has|have|had)\s+)?"
    + _GREW_VERB
    + r"\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+)?$|"
    r"^,?\s+(?:(?:is|was)\s+)?(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|expect(?:s|ed|ing)?|forecast(?:s|ing)?|"
    r"project(?:s|ed|ing)?)\s+(?:to\s+(?:keep|maintain|achieve|reach|hit|post|deliver|see)\s+)?(?:for\s+|at\s+)?"
    r"(?:an?\s+|its\s+)?(?:full-year\s+|annual\s+|economic\s+|gdp\s+)?growth\s+"
    r"(?:of|at|in\s+the\s+range\s+of|(?:of\s+)?between)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$|"
    # "will keep annual growth above 6 percent"
    r"^,?\s+(?:will|would|must|should|aims? to|plans? to|intends? to)\s+"
    r"(?:keep|maintain|achieve|sustain|ensure|deliver)\s+"
    r"(?:an?\s+|its\s+|our\s+)?(?:full-year\s+|annual\s+|economic\s+|gdp\s+)?growth\s+(?:rate\s+)?"
    r"(?:of|at|above|over|around|of about|at about|at around)\s+(?:about\s+|around\s+)?$|"
    # "aims for 5% growth"
    r"^,?\s+(?:(?:is|was)\s+)?(?:aim(?:s|ed|ing)?\s+(?:for|at)|target(?:s|ed|ing)?|eye(?:s|d|ing)?|expect(?:s|ed|ing)?|"
    r"forecast(?:s|ing)?|project(?:s|ed|ing)?)\s+(?:an?\s+)?(?:about\s+|around\s+|roughly\s+)?$|"
    r"^,?\s+(?:has\s+)?(?:set|sets|setting)\s+(?:an?\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:annual\s+|economic\s+|gdp\s+)?"
    r"growth\s+target"
    r"\s+(?:of|at)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_SECTOR = re.compile(
    r"\b(?:services?|manufactur\w*|exports?|imports?|trade|consumption|retail|agricultur\w*|tourism|population|"
    r"income|wages?|prices?|employment|productivity)\b",
    re.I,
)
_WE = re.compile(  # "We expect …", "A: We …", "Director Li: We …", 'Li said: "We …', "For the year, the bureau
    r"\W*(?:[A-Z][^:.!?\n]{0,40}:\s*[\"“]?)?(?:(?i:for|in)\s+the\s+[^,.;]{3,30},\s+)?"  # expects …": the place's
    r"(?:We|Our (?:district|county|city|economy)|(?i:the\s+(?:\w+\s+){0,3}?(?:bureau|government|authorities))|"
    r"(?i:(?:the\s+)?(?:(?:local|district|county|city|municipal|provincial|party|government)\s+){0,2}"
    r"(?:officials|leaders|planners|authorities)))\b"
)
_ZH_GROWTH_ASPECT = re.compile(r"\s*(?:从|就)(?:经济)?(?:增速|增幅|增长速度|增长)(?:来)?(?:看|而言)[，,]")
_ZH_NAMED_MEASURE = re.compile(  # what a Chinese growth rate may be of, other than the economy
    r"产业|工业|服务业|制造业|农业|建筑业|投资|消费|零售|销售|出口|进口|外贸|收入|税收|支出|利润|营收|产值|"
    r"人口|就业|价格|物价|存款|贷款|用电|企业|增加值|产量|规模|主体|"
    r"\d\s*(?:万|千|百)?(?:户|家|个|件|项|人次|辆|台|套)"  # 新登记市场主体2.1万户，增长15.2%: the count's growth
)
_ZH_PLACE_GREW = re.compile(  # 龙岗区增长4.8%, 南山区增速最快，达到6.1%, 光明区以10.2%的增速
    r"[:：]?\s*(?:(?:19|20)\d\d年|今年|去年|全年|上半年|前三季度|一季度|1-\d+月|目前|当前|现在|近年来?)?"
    r"的?[，,]?"  # 南山区：上半年增长6.8%, 南山区目前的增速为6%
    r"(?:分别|均|都|仅|只|才|也|则|同样)?(?:实现|保持|录得)?(?:同比|比上年|实际)?"  # 全区实现增长6.8%, 江阴仅增长4%
    r"(?:增长|增速(?:最快|最高|领先|居首|排名第一|位居第一)?[，,]?(?:仅|只|也)?(?:为|是|达到?)?)(?:了)?|"
    r"(?P<by>以|实现了?|保持了?|录得)"  # 光明区以10.2%的增速, 浦东新区实现5.6%的增长
)


def place_grew(w: Window, role: Role, places: list[Place]) -> Role:
    """ "<place> grew 6.3 percent", "Kunshan registered growth of 5.1 percent", "the district grew …",
    "Kunshan's growth was …", 龙岗区增长4.8%: the place's GDP growth."""
    if role.indicator != "other:growth" or role.unit != "percent":
        return role
    named = [p for p in places if (p.code or p.anaphor) and not p.ignore and w.sent.start <= p.end <= w.q.start]
    if any(_said_to_grow(w, p) for p in named[-3:]):  # "Nanshan, the Shenzhen district that …, expanded 5.9%"
        return Role("gdp_growth", "percent", role.value)
    group = last_match(_GROUP_SUBJECT, w.clause)  # "the three districts grew 6.8, 5.3 and 4.1 percent respectively"
    if group and _PLACE_GREW.match(w.clause[group.end() :]):
        return Role("gdp_growth", "percent", role.value)
    than = _GREW_THAN.search(w.clause)  # "Anhui grew faster than the national average of 5.3 percent": the
    if than and (
        (named[:1] and named[0].end <= w.clause_start + than.end(1)) or cues.PLACES_PLURAL.search(than.group(1))
    ):
        return Role("gdp_growth", "percent", role.value)  # growth the place's is compared with is the same measure
    if _ITS_GROWTH.search(w.before[-60:]) and not _NOT_ECONOMY.search(w.norm[w.sent.start : w.q.start]):
        return Role("gdp_growth", "percent", role.value)  # "At its current growth rate of 4.8%, Futian would …"
    we = _WE.match(w.norm, w.sent.start, w.q.start)
    if not named and we and _PLACE_GREW.match(w.norm[we.end() : w.q.start]):
        return Role("gdp_growth", "percent", role.value)  # an official interviewed: "We aim for growth of 6%"
    return role


_APPOSITION_LEAD = re.compile(  # ", the Shenzhen district that hosts Tencent,", ", home to DJI and BYD,"
    r"\s*,\s+(?:the|a|an|home|which|where|whose|once|now|long|China['’]s|its|known|(?-i:[A-Z])[\w'’-]+['’]s)\b", re.I
)


_SETTING = re.compile(  # "in Hangzhou", "in east China's Fujian province", "of Chengdu" right after a place's name
    r"^,?\s+(?:in|of)\s+(?:(?:east|west|north|south|central|southwest|southeast|northwest|northeast)(?:ern)?\s+"
    r"China['’]s\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?(?:\s+(?:province|city|municipality))?(?=,?\s)",
    re.I,
)


def _without_apposition(between: str, fits: Callable[[str], object] | None = None) -> str:
    """The words after a place, an apposition after its name left out, where what follows ``fits`` (by default a
    growth said of it: "Nanshan, home to Tencent, grew"; "Kunshan, home to many firms, generated output worth")."""
    lead = _APPOSITION_LEAD.match(between)
    if lead is None:
        return between
    for comma in re.finditer(r",(?=\s)", between[lead.end() : lead.end() + 120]):
        if re.search(r"[;:!?]|\.(?!\d)", between[lead.end() : lead.end() + comma.start()]):
            break
        rest = between[lead.end() + comma.end() :]
        if (fits or _PLACE_GREW.match)(rest):
            return rest
    return between


_QUALIFIER_END = re.compile(
    r"\s+(?:more than|over|less than|under|almost|nearly|about|around|roughly|some|at least|at most|close to|"
    r"just over|just under|well over|slightly more than|slightly over)\s+$",
    re.I,
)
_ADVERB_AFTER = re.compile(r"^(?=\s+(?:both|each|all|also|again|alone|together)\s)\s+\w+", re.I)


def _said_to_grow(w: Window, place: Place) -> bool:
    """Whether the words from ``place`` to the figure say the place itself grew by it."""
    between = re.sub(r"^\s*[(（][^)）]{0,40}[)）]", "", w.norm[place.end : w.q.start])  # "Kunshan (昆山市) grew"
    between = _without_apposition(between, lambda rest: _PLACE_GREW.match(rest) or _FASTEST.match(rest))
    between = _SETTING.sub("", between, count=1)  # "Yuhang district in Hangzhou grew …": where it lies
    between = cues.ZH_MEANS.sub("", between, count=1)  # 海珠区依托数字经济…，增速10.6%: the means it grew by
    between = re.sub(r"^(?:['’]s)?\s+(?:(?:municipal|provincial|local)\s+)?(?:government|authorities)\b", "", between)
    between = cues.PART_OF_YEAR.sub("", between)  # "Tianhe's growth in the first three quarters of this year slowed to"
    between = _ADVERB_AFTER.sub("", _QUALIFIER_END.sub(" ", between))  # "both grew by more than": "grew by"
    lead = w.norm[max(w.sent.start, place.start - 24) : place.start]
    if THING_IN_PLACE.search(lead + place.text) and not _GROWTH_IN.search(lead):
        return False  # "Cargo volume in the district rose 3.1 percent": the cargo's
    gap = _PLACE_GREW.match(between)
    if gap and (not re.search(_GREW_VERB + r"\s+(?:an?\s+)?\S*$", gap.group(), re.I) or _GROWTH_AFTER.match(w.after)):
        return True  # "Kunshan grew 5.3 percent", "posted a 5.3 percent growth" (not "posted 5.3 percent")
    if _FASTEST.match(between):
        return True
    led = _LED_WITH.match(between)
    if led and (led.group("growth") or _GROWTH_AFTER.match(w.after)):
        return True  # "Nanshan led Shenzhen with 6 percent growth", "topped the list with growth of 6 percent"
    if _PLACES_GROWTH.match(between) or (_GROWTH_IN.search(lead) and _GAP.match(between)):
        return True  # "Kunshan's growth was 5.1 percent", "growth in Kunshan slowed to 5.1 percent"
    zh = _ZH_PLACE_GREW.fullmatch(between)
    return bool(zh and (zh.group("by") is None or re.match(r"的?(?:较快|稳定|平稳)?(?:增速|增长)", w.after)))


def summed(w: Window, role: Role | None) -> bool:
    """Whether a figure no one place owns is the places' output ("Suzhou, Wuxi and Changzhou together produced
    more than 5.6 trillion yuan of output"): the story speaks of GDP, though the sum is no place's claim."""
    if role is None or role.indicator not in ("gdp", "other:amount"):
        return False
    return role.indicator == "gdp" or bool(_IN_OUTPUT.match(w.own_after)) or place_output(w, role).indicator == "gdp"


def place_output(w: Window, role: Role) -> Role:
    """A place's bare output in money is its GDP: "Shenzhen's 3.68 trillion yuan output", "with output of …",
    "Nanshan posted annual output of more than 1 trillion yuan" (not a firm's, a sector's or money spent)."""
    if (
        role.indicator in (GENERIC, "other:amount")
        and role.unit in ("CNY", "USD")
        and (_BARE_OUTPUT.search(w.near + " " + w.own_after) or _BARE_OUTPUT.search(w.clause))
        and not _NOT_ECONOMY.search(w.before + " " + w.own_after)
        and not PART_ECONOMY.search(w.clause)  # "its private economy has an output of …": the part's, not GDP
    ):
        return Role("gdp", role.unit, role.value)
    return role


_PLACE_OUTPUT = re.compile(  # "Longgang posted annual output of", "Nanshan's 2025 output reached", "with output of"
    r"(?:['’]s\s+(?:(?:19|20)\d\d\s+)?(?:annual\s+|total\s+|economic\s+|nominal\s+|gross\s+)?output\b[^,;.\d]{0,20}|"
    r",?[^,;.\d]{0,40}?\b(?:post(?:s|ed)?|record(?:s|ed)?|report(?:s|ed)?|register(?:s|ed)?|achiev(?:e|es|ed)|had|has|saw|"
    r"generat(?:es|ed)|produc(?:es|ed)|with|on)\s+"
    r"(?:an?\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:annual\s+|total\s+|economic\s+|nominal\s+|gross\s+)?output\s+"
    r"(?:of|worth)\s+)"
    r"(?:about\s+|nearly\s+|roughly\s+|more than\s+|over\s+)?$",
    re.I,
)


_PLACE_POSTED = re.compile(  # "Beijing's Haidian district posted 1.2 trillion yuan": a place's figure, no measure named
    r"(?:\s+(?:district|county|new area|city))?(?:\s+as\s+a\s+whole|\s+alone|\s+itself)?"  # "Suzhou as a whole …"
    r"\s+(?:posted|reported|recorded|registered|logged|generated|produced|"
    r"clocked|notched up|delivered|booked|chalked up|"  # "Longhua grew from 250 billion yuan in 2020 to …"
    r"(?:grew|expanded|rose|climbed|jumped|surged)\s+(?:from(?:\s+(?:about\s+)?[\d.,]+\s+(?:(?:b|tr|m)illion\s+)?yuan"
    r"(?:\s+in\s+(?:19|20)\d\d)?\s+to)?|to|(?:by\s+)?[\d.]+\s*(?:%|percent|per\s+cent)"  # "grew 5.6% in 2025 to"
    r"(?:\s+(?:in|last|this)\s+(?:(?:19|20)\d\d|year))?\s+to))\s+(?:about\s+|nearly\s+|over\s+|more than\s+|some\s+)?$",
    re.I,
)


_NOTHING_AFTER = re.compile(
    r"[\"”]?\s*(?:[(（][^)）]{0,40}[)）])?\s*(?:(?:in|for)\s+(?:19|20)\d\d|last year|this year|"
    r"in the [a-z -]{0,20}(?:half|quarters?))?\s*(?:[,.;，。；]|$|to\s+(?:about\s+|nearly\s+|over\s+)?[\d.,]+\s)",
    re.I,
)


def output_said_of_place(w: Window, role: Role, places: list[Place]) -> Role:
    """In any article, the output the place named just before states is its GDP ("Longgang posted
    annual output of more than 500 billion yuan"), as is a sum it posted with no measure named at all
    ("Haidian district posted 1.2 trillion yuan"); an industry's output is not ("In Changsha County,
    electronic information compiled an output of …")."""
    named = [p for p in places if p.code and not p.ignore and w.sent.start <= p.end <= w.q.start]
    between = w.norm[named[-1].end : w.q.start] if named else ""
    rest = _without_apposition(between, _PLACE_OUTPUT.match)  # "Nanshan, home to Tencent, generated output worth"
    if rest != between and role.indicator in (GENERIC, "other:amount", "other:output"):
        return role if _NOT_ECONOMY.search(rest + " " + w.own_after) else Role("gdp", role.unit, role.value)
    if named and _PLACE_OUTPUT.match(between):
        return place_output(w, role)
    if (
        named
        and role.indicator == "other:amount"
        and role.unit in ("CNY", "USD")
        and w.q.value >= 1e9
        and _PLACE_POSTED.fullmatch(w.norm[named[-1].end : w.q.start])
        and _NOTHING_AFTER.match(w.after)  # not "… 400 billion yuan of investment"
    ):
        return Role("gdp", role.unit, role.value)  # no measure named anywhere: a place's size is its GDP
    if role.indicator == "other:amount" and _IN_OUTPUT.match(w.own_after) and not _NOT_ECONOMY.search(w.before):
        return Role("gdp", role.unit, role.value)  # "aims for 300 billion yuan in output by 2030"
    return role


_A_PART_OF_A_YEAR = (
    r"(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter|three quarters|two quarters|\w+ months)"
)
BARE_OPENING = re.compile(  # "Output rose 6.2% …" in an article about a place's economy: the place's
    r"(?:[^:\n]{0,80}:\s*)?\W*"  # "… had signalled the milestone: output in the first three quarters was …"
    r"(?:(?:by|in|at the end of|as of|since)\s+(?:19|20)\d\d,?\s+|(?:last|this) year,?\s+|the following year,?\s+|"
    rf"in\s+{_A_PART_OF_A_YEAR}(?:\s+of\s+(?:the|this|last)\s+year|\s+of\s+(?:19|20)\d\d)?,?\s+)?"
    r"(?:(?:total|annual|economic|gross|overall)\s+)?output\b"
    rf"(?!\s+(?:value|of|from)\b|\s+in\s+(?!{_A_PART_OF_A_YEAR}|(?:19|20)\d\d\b|(?:H[12]|Q[1-4])\b))",
    re.I,
)


def parallel_gdp(w: Window, places: list[Place], prev_role: Role | None) -> bool:
    """A sum in a clause of its own with a place of its own, after a GDP in the same sentence ("Changsha
    County reported output of 240 billion yuan, while Chengdu's Wuhou district reached 151 billion yuan")."""
    if prev_role is None or prev_role.indicator != "gdp" or prev_role.unit != "CNY" or w.prev_end is None:
        return False
    if w.prev_end >= w.clause_start:  # "Ningxiang crossed the 100-billion-yuan threshold with 110.9 billion yuan"
        between = w.norm[w.prev_end : w.q.start]
        return money_indicator(between, "") is None and not _NOT_ECONOMY.search(between)
    return (
        money_indicator(w.clause, "") is None
        and not _NOT_ECONOMY.search(w.clause)
        and any(p.code and not p.ignore and w.clause_start <= p.start and p.end <= w.q.start for p in places)
    )


_GROWTH_AIMED_AT = re.compile(
    r"\b(?:aim|strive|striving|target|seek|shoot|push|plan|expect|eye|forecast|project)\w*\s+(?:for\s+|at\s+)?"
    r"(?:(?:(?:full-year|annual|economic|overall)\s+)?(?:growth|an?\s+(?:economic\s+)?expansion)\s+of\s+|"
    r"an?\s+(?:rebound|recovery|return)\s+to\s+|"  # "We expect a rebound to around 5%"
    r"an?\s+(?:figure|number|reading)\s+(?:of\s+|(?:closer|nearer)\s+to\s+))?"  # "expect a figure closer to 3.5%"
    r"(?:about\s+|around\s+|roughly\s+|at least\s+|more than\s+|over\s+|above\s+)?$|"
    r"\b(?:aim|strive|striving|target|seek|plan|expect|hope|want)\w*\s+to\s+(?:lift|raise|bring|restore|return|"
    r"push|get)\s+(?:its\s+|the\s+)?(?:(?:full-year|annual|economic|overall)\s+)?growth\s+(?:back\s+)?"
    r"(?:up\s+)?to\s+(?:about\s+|around\s+|at least\s+)?$|"  # "aims to lift annual growth back to 5 percent"
    r"\bset\s+(?:a|an|its|the)\s+(?:(?:annual\s+|economic\s+)?(?:growth\s+)?(?:target|goal)\s+of\s+)?[\"“]?"
    r"(?:about\s+|around\s+)?$",  # "Officials have set a 5 percent growth target"
    re.I,
)


def growth_aimed_at(w: Window, role: Role) -> bool:
    """Whether the figure is a growth of no named measure that is aimed at ("we will strive for 6 percent
    growth"): in a text about GDP, the economy's goal, said of the place in focus."""
    bare = role.indicator == "other:percent" and bool(_NOTHING_AFTER.match(w.after))  # "we aim for 6 percent"
    return (role.indicator == "other:growth" or bare) and bool(_GROWTH_AIMED_AT.search(w.near))


def _grows_own_measure(w: Window) -> bool:
    """Whether the growth follows, in its clause, the figure of a measure the place's words name ("Minhang's
    foreign commerce totaled 200 billion yuan, up 13.9 percent"): that measure's growth, not the economy's."""
    if w.prev_end is None or _ECONOMY_NAMED.search(w.norm, w.prev_end, w.q.start):
        return False
    if w.after_bare_number:
        return True  # "The number of its patent applications reached 72,917, up by 5.6 percent": the count's
    m = cues.OWN_MEASURE_FIGURE.search(w.norm, w.sent.start, w.prev_end)
    return m is not None and w.prev_end - m.end() < 30 and not re.search(r"[,;]", w.norm[m.end() : w.prev_end])


_ECONOMY_NAMED = re.compile(r"econom|\bgdp\b|\boutput\b", re.I)


def about_gdp(w: Window, role: Role, last_money: str | None, parallel: bool = False) -> Role:
    """In an article about GDP, a place's money figure with no cue of any other measure is its GDP
    ("Pudong remains on top with 1.8 trillion yuan"), and, in English, its growth with none is GDP growth
    ("its growth rate reached 5.5 percent")."""
    aimed = growth_aimed_at(w, role)  # "We will strive for 6 percent growth": a growth aimed at, no measure named,
    # is the economy's, whatever measure the text spoke of last or names in a later clause of its own figure
    said = w.before + " " + w.own_after if aimed else cues.CLAUSE_ASIDE.sub(",", w.sent.text)  # "Taicang, whose port
    # handles the region's car exports, fared better, with growth of 5.9%": the place's growth, not the exports'
    growth = role.indicator == "other:growth"  # a bare percent aimed at ("we aim for 6 percent") only after GDP
    if (
        (growth or aimed)
        and (last_money in (None, "gdp", "gdp_per_capita") or (aimed and growth))
        and (
            not re.search(r"[\u4e00-\u9fff]", w.sent.text)
            or _ZH_GROWTH_ASPECT.match(w.sent.text)
            or not (
                measures_in(w.before)
                or _ZH_NAMED_MEASURE.search(w.before)
                or cues.quantity_grew(w.near, w.before)  # 快递业务量增长…, 生猪出栏17.93万头，同比增长4.9%
            )
        )
        # English; a Chinese growth names its measure (服务业…) unless the sentence opens 从增速看，…
        and money_indicator(said, "") in (None, "gdp")
        and not _NOT_ECONOMY.search(said)
        and not _SECTOR.search(said)
        and not THING_IN_PLACE.search(w.near)  # "Cargo volume in the district rose 3.1 percent": the cargo's
        and not _grows_own_measure(w)
        and not listed_before(w.norm, w.sent.start, w.sent.text)
    ):
        return Role("gdp_growth", "percent", role.value)
    said_before = w.clause if _BARE_OUTPUT.search(w.clause) else w.before  # "Output expanded 3.9 percent, …
    if (  # and far short of the 6 percent Nanshan managed": the rates it is compared with in its sentence too
        role.indicator == f"{GENERIC}_growth"
        and _BARE_OUTPUT.search(said_before)
        and money_indicator(said_before, "") == GENERIC
        and not _NOT_ECONOMY.search(w.before)
    ):
        return Role("gdp_growth", "percent", role.value)  # "In Nanshan district, output rose 6.8 percent"
    role = place_output(w, role)
    if (
        role.indicator == "other:amount"
        and role.unit in ("CNY", "USD")
        and w.q.value >= LEAST_GDP  # "Rural residents: 52,600 yuan" is no place's size
        and last_money in (None, "gdp")
        and money_indicator(w.before + w.norm[w.q.start : w.q.end] + w.clause_after, "")
        in (None, "gdp")  # not a later clause's measure
        and not _NOT_ECONOMY.search(w.before)
        and not cues.OWN_MEASURE.search(w.before)  # "Minhang's foreign commerce totaled …": a measure of its own
        and not cues.ZH_SUM_NAMED.search(w.near)  # 全县文旅消费额52.1亿元: a sum its own word names
    ):
        return Role("gdp", role.unit, role.value)
    if (
        parallel
        and role.unit in ("CNY", "USD")
        and role.indicator in ("other:amount", "other:revenue")
        and w.q.value >= LEAST_GDP
    ):
        return Role("gdp", role.unit, role.value)
    return role
