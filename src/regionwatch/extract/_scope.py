"""Whose figure is it: a figure about no one place (a difference between places, a category such as
过万亿的城市, a sum or an average of several places), about a place the gazetteer does not hold (a
region such as 长三角, a unit below a county such as 粤海街道), and, in an article about GDP, a place's
figure with no cue of another measure or "<place> grew X percent"."""

from __future__ import annotations

import re

from . import _cues as cues
from ._places import Place
from ._rates import THING_IN_PLACE, ZH_QUANTITY_GREW
from ._regions import members_listed_after
from ._roles import GENERIC, LEAST_GDP, Role, last_match, measures_in, money_indicator
from ._window import Window

__all__ = [
    "about_gdp",
    "difference",
    "not_about_a_place",
    "output_said_of_place",
    "parallel_gdp",
    "place_grew",
    "unnamed_subject",
]

_PLURAL_SUBJECT = re.compile(
    r"\b(?:counties|cities|districts|provinces|regions|economies|municipalities|localities)\b|"
    r"个县|个城市|座城市|个区|县域|城市(?:中|里)|省份|各区|各县",
    re.I,
)
_GROUP_OPENS = re.compile(  # 百强县以不到全国2%的土地…, "The top 100 counties produced …": a sentence about a group
    r"\W*(?:[^，,。]{0,8}(?:指出|显示|表明|统计)[，,：:]\s*)?(?:全国|中国)?(?:百强[县区市]|千亿[县区]|万亿城市|这些(?:县|区|城市)|上述[^，,。]{0,8}(?:县|区|城市))|"
    r"\W*(?:the (?:report|data|study) (?:said|showed|shows|found)(?: that)?,?\s+)?"
    r"(?:the\s+)?(?:top\s+(?:100|hundred|\d+)|these|those|all)\s+(?:\w+\s+)?(?:counties|districts|cities)\b|"
    r"\W*(?:only|just|some|about|nearly|over|more than)?\s*"
    r"(?:\d+|(?:twenty|thirty|forty|fifty)(?:-\w+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\s+(?:(?-i:[A-Z])[\w-]*(?:['’]s)?\s+)?(?:[\w-]+\s+)?"
    r"(?:counties|districts|cities|county-level\s+(?:cities|units))\b"  # "Twenty-five Zhejiang counties had …"
    r"(?:\s+(?:in|of)\s+(?-i:[A-Z])[\w-]*(?:\s+province)?)?|"  # "25 counties in Zhejiang"
    # "Only three of China's roughly 2,800 county-level units …"
    r"\W*(?:only|just)?\s*(?:two|three|four|five|six|seven|eight|nine|ten|a (?:few|handful|dozen)|\d+)\s+of\s+"
    r"(?:the|china['’]s|all)\b(?:[^.,;]|(?<=\d),(?=\d)){0,40}\b(?:counties|districts|cities|units|economies)\b",
    re.I,
)
_OWNED_BY_PLACE = re.compile(
    r"(?:\b(?-i:[A-Z])[\w'’-]+|\bthe (?:city|district|county|province|country))['’]s\s+"
    r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?(?:US)?[$¥]?$",
    re.I,
)
_DIFFERENCE = re.compile(
    r"比[^，,。；]{0,12}?(?:少|多|高|低|增加|减少|领先|落后)(?:出|了)?(?:约|近|超过|逾|将近)?$|差距[^，,。；]{0,6}$|拉开了?[^，,。；]{0,6}$|"
    r"\b(?:more|less|fewer|higher|lower) than\s*$|\bgap of\s*$"
)
_COMBINED = re.compile(
    r"合计|总和|共计|加起来|之和|\b(?:together|combined|jointly|in total|a total of|altogether|put together)\b", re.I
)
_AVERAGE_OF = re.compile(r"平均(?:值|数)?(?:为|达到?|是)?\s*$|\baverage(?:d| of| was| is)?\s*$", re.I)
_CATEGORY_BEFORE = re.compile(  # "the county with GDP exceeding 100 billion yuan", "cities with a population of over
    # 5 million": a category, not a figure
    r"\b(?:count(?:y|ies)|cit(?:y|ies)|districts?|provinces?|places|economies|regions)\s+(?:with|whose)\s+(?:an?\s+)?"
    r"(?:GDP|economic output|economy|economies|output|populations?|(?:permanent\s+)?residents)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_FIELD = re.compile(  # "ranked first among Shenzhen's nine districts": the field of a ranking, not the subject
    r"\bamong\s+(?:[\w'’]+\s+){0,3}?(?:counties|cities|districts|provinces|regions|economies|places)\b", re.I
)
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|only|latest|newest|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?$", re.I
)
_THRESHOLD_WORD = re.compile(r"\b(?:above|over|exceeding|surpassing|topping|more than|beyond)\s*$", re.I)
_WAS_A = re.compile(  # "Kunshan was a poor farming county with a GDP of …": the place's own figure
    r"\b(?:was|is|were|are|became|becomes|remained|remains)\s+(?:still\s+|then\s+|once\s+)?an?\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_CATEGORY_AFTER = re.compile(  # 过万亿的城市, 5000亿元以上的县: a category of places, not a figure
    r"(?:元)?(?:以上|以下|左右)?(?:大关|台阶)?的(?:城市|城区|市辖区|行政区|省份|省|地区|区县|县|县级市|区|国家|经济体)"
    r"(?!生产总值|经济|GDP|gdp)"  # 以5365亿元的地区生产总值位居榜首: the measure, not a category
)
_NOT_ECONOMY = re.compile(  # a sentence whose subject is firms or a sector, or money spent or raised
    r"\b(?:enterprises|companies|firms|businesses|industr\w*|sectors?|spen[dt]\w*|invest\w*|raised|paid|"
    r"attract\w*|signed|lent|borrow\w*|worth of|projects?)\b|"
    r"研发|投入|投资|支出|融资|贷款|存款|营收|营业收入|利润|销售额|签约",
    re.I,
)
_SECTOR = re.compile(
    r"\b(?:services?|manufactur\w*|exports?|imports?|trade|consumption|retail|agricultur\w*|tourism|population|"
    r"income|wages?|prices?|employment|productivity)\b",
    re.I,
)
_GREW_VERB = (
    r"(?:register(?:ed|s)|post(?:ed|s)|record(?:ed|s)|saw|sees|achieve[ds]|log(?:ged|s)|report(?:ed|s)|clock(?:ed|s)|"
    r"notch(?:ed|es)|deliver(?:ed|s)|maintain(?:ed|s)|had|has|averaged)"
)
_PLACE_GREW = re.compile(
    r"^(?:['’]s economy)?,?\s+(?:(?:has|have|had)\s+)?(?:grew|expanded|rose|increased|"
    r"(?:accelerat|decelerat|slow|eas|moderat)(?:ed|es|ing)\s+(?:down\s+)?to|picked\s+up\s+to|"
    + _GREW_VERB
    + r"\s+(?:an?\s+)?(?:annual\s+|real\s+|year-on-year\s+)?(?:growth|expansion)(?:\s+rate)?\s+(?:of|at))"
    r"\s+(?:by\s+|(?:at\s+)?(?:an?\s+)?(?:(?:annual|average|yearly|real)\s+)*(?:growth\s+)?rate\s+of\s+|at\s+)?"
    r"(?:about\s+|around\s+|nearly\s+)?$|"
    r"^(?:['’]s economy)?,?\s+(?:(?:has|have|had)\s+)?"
    + _GREW_VERB
    + r"\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+)?$|"
    r"^,?\s+(?:(?:is|was)\s+)?(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|expect(?:s|ed|ing)?|forecast(?:s|ing)?|"
    r"project(?:s|ed|ing)?)\s+(?:to\s+(?:keep|maintain|achieve|reach|hit|post|deliver|see)\s+)?(?:for\s+|at\s+)?"
    r"(?:an?\s+|its\s+)?(?:full-year\s+|annual\s+|economic\s+|gdp\s+)?growth\s+(?:of|at)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$|"
    # "will keep annual growth above 6 percent"
    r"^,?\s+(?:will|would|must|should|aims? to|plans? to|intends? to)\s+"
    r"(?:keep|maintain|achieve|sustain|ensure|deliver)\s+"
    r"(?:an?\s+|its\s+|our\s+)?(?:full-year\s+|annual\s+|economic\s+|gdp\s+)?growth\s+(?:rate\s+)?"
    r"(?:of|at|above|over|around|of about|at about|at around)\s+(?:about\s+|around\s+)?$|"
    # "aims for 5% growth"
    r"^,?\s+(?:(?:is|was)\s+)?(?:aim(?:s|ed|ing)?\s+(?:for|at)|target(?:s|ed|ing)?|eye(?:s|d|ing)?|expect(?:s|ed|ing)?|"
    r"forecast(?:s|ing)?|project(?:s|ed|ing)?)\s+(?:an?\s+)?(?:about\s+|around\s+|roughly\s+)?$|"
    r"^,?\s+(?:has\s+)?(?:set|sets|setting)\s+(?:an?\s+|its\s+)?(?:annual\s+|economic\s+|gdp\s+)?growth\s+target"
    r"\s+(?:of|at)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_GROUP_SUBJECT = re.compile(
    r"\b(?:the|these|all|both)\s+(?:two|three|four|five|six)?\s*(?:districts|counties|cities|economies)\b", re.I
)
_WE = re.compile(  # "We expect …", "A: We …", "Director Li: We …", 'Li said: "We …', "For the year, the bureau
    r"\W*(?:[A-Z][^:.!?\n]{0,40}:\s*[\"“]?)?(?:(?i:for|in)\s+the\s+[^,.;]{3,30},\s+)?"  # expects …": the place's
    r"(?:We|Our (?:district|county|city|economy)|(?i:the\s+(?:\w+\s+){0,3}?(?:bureau|government|authorities)))\b"
)
_ZH_NAMED_MEASURE = re.compile(  # what a Chinese growth rate may be of, other than the economy
    r"产业|工业|服务业|制造业|农业|建筑业|投资|消费|零售|销售|出口|进口|外贸|收入|税收|支出|利润|营收|产值|"
    r"人口|就业|价格|物价|存款|贷款|用电|企业|增加值|产量|规模"
)
_ZH_GROWTH_ASPECT = re.compile(r"\s*(?:从|就)(?:经济)?(?:增速|增幅|增长速度|增长)(?:来)?(?:看|而言)[，,]")
_LED_WITH = re.compile(
    r",?\s+(?:led|leads|topped|tops|outpaced|outperformed|beat)\s+[^,;.\d]{0,40}?\bwith\s+(?:an?\s+)?"
    r"(?P<growth>(?:annual\s+|real\s+|economic\s+)?growth\s+(?:rate\s+)?of\s+)?(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
_BARE_OUTPUT = re.compile(  # output of a place, not of an industry, a firm or a product
    r"(?:^\W*|(?:\b(?:with|of|by|its|their|total|annual|the|a|an|saw|sees|see|posted|recorded|reported|registered|"
    r"achieved|had|has)|['’]s|yuan|billion|trillion|\b(?:by|in) (?:19|20)\d\d,?|\b(?:last|this) year,?)\s+)"
    r"output\b(?!\s+value)(?!\s+of\s+(?!(?:about|around|nearly|some|over|more|roughly|almost)\b)[a-z])",
    re.I,
)
_ZH_PLACE_GREW = re.compile(  # 龙岗区增长4.8%, 南山区增速最快，达到6.1%, 光明区以10.2%的增速
    r"[:：]?\s*(?:(?:19|20)\d\d年|今年|去年|全年|上半年|前三季度|一季度|1-\d+月)?[，,]?"  # 南山区：上半年增长6.8%
    r"(?:分别|均|都)?(?:实现|保持|录得)?(?:同比|比上年|实际)?"  # 全区实现增长6.8%
    r"(?:增长|增速(?:最快|最高|领先|居首|排名第一|位居第一)?[，,]?(?:为|是|达到?)?)(?:了)?|"
    r"(?P<by>以)"
)
_PLACES_GROWTH = re.compile(
    r"['’]s\s+(?:annual\s+|real\s+|overall\s+|economic\s+)?(?:growth|expansion)(?:\s+rate)?\b[^,;.\d]{0,30}$", re.I
)
_GROWTH_IN = re.compile(r"\b(?:annual\s+|real\s+|overall\s+)?growth\s+(?:rate\s+)?(?:was\s+|were\s+)?in\s+$", re.I)
_GAP = re.compile(r"[^,;.\d]{0,30}$|(?:\s+(?:district|county|city))?,\s+(?:at|with)\s+(?:about\s+|around\s+)?$", re.I)
_FASTEST = re.compile(  # "grew fastest, at 6.1 percent", "posted the fastest growth among …, at", "led in growth with"
    r"^,?\s+(?:grew|expanded|rose)\s+(?:the\s+)?(?:fastest|quickest|most|slowest|faster|more slowly|slower)\b"
    r"[^,;.\d]{0,40},?\s+"
    r"(?:at|with)\s+(?:about\s+|around\s+)?$|"
    r"^,?\s+(?:posted|recorded|registered|had|saw|led with|reported)\s+(?:the\s+)?"
    r"(?:fastest|quickest|highest|strongest|slowest)\s+(?:growth|expansion)(?:\s+rate)?\b[^,;.\d]{0,40},?\s+"
    r"(?:at|with|of)\s+(?:about\s+|around\s+)?$|"
    r"^,?\s+led\s+(?:in\s+|on\s+)?growth\s+(?:with|at)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_GROWTH_AFTER = re.compile(r"\s*(?:annual\s+|real\s+|year-on-year\s+)?(?:growth|expansion)\b", re.I)


def between_places(w: Window, role: Role) -> bool:
    """比宜兴市多2000亿元, GDP差距仅33亿元: a difference between places (比上年增加5.6%: a change over time)."""
    return bool(
        _DIFFERENCE.search(w.near[-20:])
        and not re.search(r"(?:more|less|fewer) than\s*$", w.near[-12:])
        and not (
            role.unit in ("percent", "CNY", "USD")
            and re.search(
                r"[比较](?:上年|去年|上一年|同期|上年同期|(?:19|20)\d\d年|[一二三1-3]季度|上半年|前三季度|上月|年初|上季度)"
                r"\S{0,8}$|同比\S{0,4}$",
                w.near[-20:],
            )
        )
    )


def difference(w: Window, role: Role) -> Role:
    """A money difference between places, kept as the subject's other:…_gap so that no figure is lost."""
    if role.unit not in ("CNY", "USD") or not between_places(w, role):
        return role
    if not role.indicator.startswith("other:"):
        return Role(f"other:{role.indicator}_gap", role.unit, role.value)
    if role.indicator.endswith("_change"):  # 比宜兴市多2000亿元: more than another place, not than before
        return Role(role.indicator.removesuffix("_change") + "_gap", role.unit, role.value)
    return role


def not_about_a_place(w: Window, role: Role, places: list[Place]) -> bool:
    """A difference between places, a category (过万亿的城市), or a figure about a group of places (unless the
    group's members are listed after a colon: "Three districts have GDP above 1 trillion yuan: A, B and C")."""
    if members_listed_after(w, places):
        return False
    if _OWNED_BY_PLACE.search(w.near[-40:]):
        return False  # "Together they make up a quarter of the city's 3.9 trillion yuan economy": the city's own
    if between_places(w, role) and not role.indicator.endswith("_gap"):
        return True  # a money difference between places is kept as other:…_gap (difference)
    near = _FIELD.sub(" ", w.near)  # "ranked first among Shenzhen's districts with GDP of …": no category
    whose = _CATEGORY_BEFORE.search(w.near)  # "among districts whose GDP …": the field is the category itself
    threshold = whose and _THRESHOLD_WORD.search(whose.group())  # "among the counties with GDP above …"
    category = _CATEGORY_BEFORE.search(near) or (
        whose if whose and (" whose " in whose.group().lower() or threshold) else None
    )
    if category and not _ORDINAL.search(near[: category.start()]) and not _WAS_A.search(near[: category.start()]):
        return True  # "the county with GDP exceeding …" (but "the third district whose GDP topped …" is the place's)
    if _CATEGORY_AFTER.match(w.norm[w.q.end : w.q.end + 8]) and not re.search(
        r"首个|第[一二三四五六七八九十\d]+个|唯一", w.norm[max(w.sent.start, w.q.start - 12) : w.q.start]
    ):
        return True
    named_before = [p.end for p in places if p.end <= w.q.start and p.code and not p.ignore]
    several_named = len([e for e in named_before if e >= w.sent.start]) > 1
    combined = _COMBINED.search(w.before[-60:])
    if several_named and combined:
        return True  # 晋江、石狮、南安三市GDP合计超过6400亿元，占泉州全市的比重超过五成: the three's, also the share
    group = _GROUP_OPENS.match(w.sent.text)  # a place inside the group's words ("three of China's …") is its setting
    if group and not any(e > w.sent.start + group.end() for e in named_before):
        return True  # 百强县以不到全国2%的土地、7%的人口，创造了全国约10%的GDP: the group's, no one place's
    if role.unit not in ("CNY", "USD", "percent") or role.indicator.startswith("other:"):
        return False
    several = _PLURAL_SUBJECT.search(w.before)  # several places named were dealt with above
    if (combined and (several or not re.search(r"total", combined.group(), re.I))) or (
        role.unit != "percent" and _AVERAGE_OF.search(w.near[-16:])
    ):
        return True  # 南山区和福田区GDP总和达…, "together produced", 百强县GDP平均为…: no one place's figure
    last_place = max(named_before, default=w.sent.start)
    plural = _PLURAL_SUBJECT.search(_FIELD.sub(" ", w.norm[max(last_place, w.clause_start) : w.q.start]))
    if plural and max(last_place, w.clause_start) == last_place and plural.start() <= 2:
        plural = None  # "Futian and Longgang districts both exceeded …": the places themselves
    if cues.RESPECTIVELY.search(w.sent.text):
        return False  # "the three districts grew 6.8, 5.3 and 4.1 percent respectively": one figure each
    return bool(plural or (not named_before and _PLURAL_SUBJECT.search(_FIELD.sub(" ", w.before))))


_UNNAMED_SUBJECT = re.compile(
    r"\b(?-i:[A-Z])[A-Za-z]+(?:\s+(?-i:[A-Z])[A-Za-z]+)*['’]s\s+(?:GDP|economy|economic output|gross)|"
    r"长三角|长江三角洲|珠三角|大湾区|京津冀|长江经济带|成渝地区|都市圈|"
    r"\b(?:Pearl River Delta|Yangtze River Delta|Greater Bay Area|Bay Area|Beijing-Tianjin-Hebei|Jing-Jin-Ji|"
    r"Chengdu-Chongqing|Yangtze River Economic Belt|Bohai Rim|metropolitan area|city cluster)\b",
    re.I,
)


_MEASURE_OF_NAME = re.compile(  # a measure of a named place, whose name the gazetteer may not hold
    r"\b(?:the\s+)?(?:area|population|gdp|economy|size)\s+of\s+(?:the\s+)?((?-i:[A-Z])[a-z]+)", re.I
)
_SUB_UNIT = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:街道|(?<![城乡])镇|(?<!城)乡(?!村)|开发区|高新区|经开区|园区|(?<![级立个的为是])新区|工业园|保税区|自贸区|片区|"
    r"社区|(?<![农乡])村)|"
    r"\b(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)*(?:\s+\([^()]{1,30}\))?\s+(?:subdistrict|sub-district|town|township|"
    r"industrial park|(?:economic |high-tech |development |free trade )?zone|village|new area)\b",
    re.I,
)


_HEAD_LEAD = re.compile(  # what may open a sentence before its subject: a date, a city's possessive
    r"\W*(?:(?:in|by|last year|this year)\b[^,]{0,12},?\s*|(?:19|20)\d\d年[^，,。]{0,6}[，,]?|(?:去年|今年)[，,]?)?"
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?",
    re.I,
)


def unnamed_subject(w: Window, places: list[Place]) -> bool:
    """The figure's subject is a place the gazetteer does not hold, so no place named elsewhere may
    take it: a region ("the Yangtze River Delta's GDP", 长三角) with no place named before the figure,
    or a unit below a county (粤海街道, 昆山开发区, "Suzhou Industrial Park") in the figure's clause."""
    named = [p for p in places if p.code and not p.ignore and w.sent.start <= p.start < w.q.start]
    if _UNNAMED_SUBJECT.search(w.before) and not named:
        return True
    listed = cues.RESPECTIVELY.search(w.sent.text)  # 盐田区、大鹏新区…分别为: the list gives each its own
    for m in () if listed else _SUB_UNIT.finditer(w.clause):
        start, end = w.clause_start + m.start(), w.clause_start + m.end()
        if not any(p.start <= start and p.end >= end for p in named) and not any(
            p.start <= end - 1 < p.end for p in places if p.code
        ):  # not itself a place (经济技术开发区), nor the end of one's name (2024年桐乡市: 桐乡, no 乡)
            return True
    head = _SUB_UNIT.search(w.before[:60])  # "Chengdu's Gaoxin (high-tech) zone, which …, reported …"
    if head and _HEAD_LEAD.fullmatch(w.before[: head.start()]):
        end = w.sent.start + head.end()
        if not any(end <= p.start < w.q.start for p in named) and not any(
            p.start <= end - 1 < p.end for p in places if p.code
        ):
            return True
    foreign = _MEASURE_OF_NAME.search(w.clause)  # "the area of Hokkaido prefecture is around 84,000 km2"
    if foreign:
        at = w.clause_start + foreign.start(1)
        return not any(p.start <= at < p.end for p in places if p.code)
    return False


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
    we = _WE.match(w.norm, w.sent.start, w.q.start)
    if not named and we and _PLACE_GREW.match(w.norm[we.end() : w.q.start]):
        return Role("gdp_growth", "percent", role.value)  # an official interviewed: "We aim for growth of 6%"
    return role


_APPOSITION_LEAD = re.compile(  # ", the Shenzhen district that hosts Tencent,", ", home to DJI and BYD,"
    r"\s*,\s+(?:the|a|an|home|which|where|whose|once|now|long|China['’]s|its|known)\b", re.I
)


_SETTING = re.compile(  # "in Hangzhou", "in east China's Fujian province", "of Chengdu" right after a place's name
    r"^,?\s+(?:in|of)\s+(?:(?:east|west|north|south|central|southwest|southeast|northwest|northeast)(?:ern)?\s+"
    r"China['’]s\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?(?:\s+(?:province|city|municipality))?(?=,?\s)",
    re.I,
)


def _without_apposition(between: str) -> str:
    """The words after a place, an apposition after its name left out: "Nanshan, home to Tencent, grew"."""
    lead = _APPOSITION_LEAD.match(between)
    if lead is None:
        return between
    for comma in re.finditer(r",(?=\s)", between[lead.end() : lead.end() + 120]):
        if re.search(r"[;:!?]|\.(?!\d)", between[lead.end() : lead.end() + comma.start()]):
            break
        rest = between[lead.end() + comma.end() :]
        if _PLACE_GREW.match(rest):
            return rest
    return between


def _said_to_grow(w: Window, place: Place) -> bool:
    """Whether the words from ``place`` to the figure say the place itself grew by it."""
    between = re.sub(r"^\s*[(（][^)）]{0,40}[)）]", "", w.norm[place.end : w.q.start])  # "Kunshan (昆山市) grew"
    between = _without_apposition(between)
    between = _SETTING.sub("", between, count=1)  # "Yuhang district in Hangzhou grew …": where it lies
    between = re.sub(r"^(?:['’]s)?\s+(?:(?:municipal|provincial|local)\s+)?(?:government|authorities)\b", "", between)
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
    return bool(zh and (zh.group("by") is None or re.match(r"的?增速", w.after)))  # 光明区以10.2%的增速


def place_output(w: Window, role: Role) -> Role:
    """A place's bare output in money is its GDP: "Shenzhen's 3.68 trillion yuan output", "with output of …",
    "Nanshan posted annual output of more than 1 trillion yuan" (not a firm's, a sector's or money spent)."""
    if (
        role.indicator in (GENERIC, "other:amount")
        and role.unit in ("CNY", "USD")
        and (_BARE_OUTPUT.search(w.near + " " + w.own_after) or _BARE_OUTPUT.search(w.clause))
        and not _NOT_ECONOMY.search(w.before + " " + w.own_after)
    ):
        return Role("gdp", role.unit, role.value)
    return role


_PLACE_OUTPUT = re.compile(  # "Longgang posted annual output of", "Nanshan's annual output reached", "with output of"
    r"(?:['’]s\s+(?:annual\s+|total\s+|economic\s+)?output\b[^,;.\d]{0,20}|"
    r"[^,;.\d]{0,40}?\b(?:post(?:s|ed)?|record(?:s|ed)?|report(?:s|ed)?|register(?:s|ed)?|achiev(?:e|es|ed)|had|has|saw|"
    r"with|on)\s+"
    r"(?:an?\s+|its\s+)?(?:annual\s+|total\s+|economic\s+)?output\s+of\s+)"
    r"(?:about\s+|nearly\s+|roughly\s+|more than\s+|over\s+)?$",
    re.I,
)


_PLACE_POSTED = re.compile(  # "Beijing's Haidian district posted 1.2 trillion yuan": a place's figure, no measure named
    r"(?:\s+(?:district|county|new area|city))?\s+(?:posted|reported|recorded|registered|logged|generated|produced|"
    r"clocked|notched up|delivered|booked|chalked up)\s+(?:about\s+|nearly\s+|over\s+|more than\s+|some\s+)?$",
    re.I,
)


_NOTHING_AFTER = re.compile(
    r"\s*(?:[(（][^)）]{0,40}[)）])?\s*(?:(?:in|for)\s+(?:19|20)\d\d|last year|this year|"
    r"in the [a-z -]{0,20}(?:half|quarters?))?\s*(?:[,.;，。；]|$)",
    re.I,
)


def output_said_of_place(w: Window, role: Role, places: list[Place]) -> Role:
    """In any article, the output the place named just before states is its GDP ("Longgang posted
    annual output of more than 500 billion yuan"), as is a sum it posted with no measure named at all
    ("Haidian district posted 1.2 trillion yuan"); an industry's output is not ("In Changsha County,
    electronic information compiled an output of …")."""
    named = [p for p in places if p.code and not p.ignore and w.sent.start <= p.end <= w.q.start]
    if named and _PLACE_OUTPUT.match(w.norm[named[-1].end : w.q.start]):
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
    return role


BARE_OPENING = re.compile(  # "Output rose 6.2% …" in an article about a place's economy: the place's
    r"\W*(?:(?:by|in|at the end of|as of|since)\s+(?:19|20)\d\d,?\s+|(?:last|this) year,?\s+|the following year,?\s+)?"
    r"(?:(?:total|annual|economic|gross|overall)\s+)?output\b(?!\s+(?:value|of|in|from)\b)",
    re.I,
)


def parallel_gdp(w: Window, places: list[Place], prev_role: Role | None) -> bool:
    """A sum in a clause of its own with a place of its own, after a GDP in the same sentence ("Changsha
    County reported output of 240 billion yuan, while Chengdu's Wuhou district reached 151 billion yuan")."""
    return (
        prev_role is not None
        and prev_role.indicator == "gdp"
        and w.prev_end is not None
        and w.prev_end < w.clause_start
        and money_indicator(w.clause, "") is None
        and not _NOT_ECONOMY.search(w.clause)
        and any(p.code and not p.ignore and w.clause_start <= p.start and p.end <= w.q.start for p in places)
    )


def about_gdp(w: Window, role: Role, last_money: str | None, parallel: bool = False) -> Role:
    """In an article about GDP, a place's money figure with no cue of any other measure is its GDP
    ("Pudong remains on top with 1.8 trillion yuan"), and, in English, its growth with none is GDP growth
    ("its growth rate reached 5.5 percent")."""
    if (
        role.indicator == "other:growth"
        and last_money in (None, "gdp")
        and (
            not re.search(r"[\u4e00-\u9fff]", w.sent.text)
            or _ZH_GROWTH_ASPECT.match(w.sent.text)
            or not (measures_in(w.before) or _ZH_NAMED_MEASURE.search(w.before) or ZH_QUANTITY_GREW.search(w.near))
        )
        # English; a Chinese growth names its measure (服务业…) unless the sentence opens 从增速看，…
        and money_indicator(w.sent.text, "") in (None, "gdp")
        and not _NOT_ECONOMY.search(w.sent.text)
        and not _SECTOR.search(w.sent.text)
        and not THING_IN_PLACE.search(w.near)  # "Cargo volume in the district rose 3.1 percent": the cargo's
    ):
        return Role("gdp_growth", "percent", role.value)
    if (
        role.indicator == f"{GENERIC}_growth"
        and _BARE_OUTPUT.search(w.clause)
        and money_indicator(w.clause, "") == GENERIC
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
