"""Indicator stage: what a figure measures, from the indicator records' cues around it.

Every cue comes from a record in ``regionwatch.indicators`` (``INDICATORS`` and ``OTHER_INDICATORS``):
adding an indicator there is the only edit needed for extraction to find it. The stage returns a
:class:`Role`: the indicator, the claim's unit and value, and the place a share or ratio is relative to.
"""

from __future__ import annotations

import re

from . import _cues as cues
from ._counts import compared_with_the_last, count
from ._firms import firms_role
from ._growth import SECTOR_NAMED, sector_that_grew
from ._listed_measure import listed_after
from ._own_measure import an_increment, own_measure
from ._people import POP_AFTER, people_not_money, persons, population_in_wan
from ._per_head import ZH_PER_HEAD, per_head, per_head_unsaid, per_person, zh_per_head
from ._rates import rate
from ._roles import (
    CLAUSE_END,
    GENERIC,
    LEAST_GDP,
    Role,
    indicator_record,
    last_match,
    level_of,
    money_indicator,
    without_aside,
)
from ._round_marks import round_mark
from ._shares import ratio
from ._unsaid_yi import yi_unsaid
from ._window import Window

__all__ = ["Role", "classify", "money_indicator"]

_IN_YUAN = {"gdp", "industrial_output", "industrial_value_added", "primary_value_added", "secondary_value_added"}
_PER_AREA = re.compile(r"\s*(?:/\s*(?:km2|km²|sq\.?\s?km|平方公里|平方千米)|per\s+(?:square\s+)?(?:km|kilomet))", re.I)
_REPORTED = re.compile(
    r"\b(?:posted|reported|recorded|registered|logged|reached|achieved|totall?ed|hit|stood at|came in at|"
    r"delivered|managed|notched(?: up)?|clocked(?: up)?|chalked up|booked|turned in|put up|"
    r"generated|produced|created|contributed|amounted to|was worth|ranked \w+ with|(?:topped|led) (?:the list )?with|"
    r"(?:is|was|remains|remained|stays|stayed)\s+(?:stuck|stalled|hovering|still|now|only|just)\s+at|"
    r"(?:(?:is|was|came|ranks?|ranked|placed|finished)\s+|"
    r"(?:slipped|slid|fell|dropped|climbed|rose|moved|jumped|advanced|returned)\s+(?:back\s+)?to\s+)"  # "slid to"
    r"(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))(?:\s+place)?"
    r"\s+(?:with|at)|trail(?:s|ed|ing)? (?:with|at)|follow(?:s|ed|ing)? (?:closely )?(?:with|at|on))"
    r"\s+(?:a\s+|an\s+)?(?:total\s+of\s+)?"
    r"(?:about\s+|nearly\s+|over\s+|more than\s+)?$|"
    r"\b(?-i:[A-Z])[\w'’-]+(?:\s*\(|['’]s|\s+on)\s*$",  # "followed by Futian (310 billion)", "Futian's 620 billion"
    re.I,
)
_PART = re.compile(r"\b(?:including|of which|among which)\b(?P<rest>[^\d]*)$", re.I)
_CHANGE_BEFORE = re.compile(  # a money figure stated as a change, not a level (GDP增量(344亿元) too)
    r"(?:增量|增加了?|增长了?|净增|(?<![最至])多了?|减少了?|下降了?|增收|减收)(?:达到?|为|约|近|超过|超|逾|将近|接近)?\s*[（(]?$|"
    r"\b(?:increased|grew|grown|rose|risen|climbed|jumped|expanded|fell|fallen|dropped|declined|decreased|added|"
    r"gained|shrank|shrunk|adding|gaining|(?<=, )up|(?<=, )down)\s+"  # ", up 16.37 billion yuan from 2019"
    r"(?:by\s+)?(?:about\s+|nearly\s+|over\s+|more than\s+)?$|\b(?:an?\s+)?(?:increase|rise|drop|decline) of\s+"
    r"(?:about\s+|nearly\s+|over\s+|more than\s+|some\s+)?$",  # "an increase of over 100 billion yuan over 2015"
    re.I,
)
_SECTOR_ADDED = re.compile(  # "the secondary sector, long the backbone of the economy, added", "services contributed"
    r"\b(?:(primary|secondary|tertiary|services?)\s+(?:industry|industries|sector)|(?<!financial )(services)|"
    r"(agricultur\w*|farming))"  # "agriculture contributed 3 billion yuan": the primary sector
    r"(?:,[^,.;\d]{0,80},)?\s+(?:added|contributed|generated|produced)\s+(?:about\s+|nearly\s+|some\s+)?$",
    re.I,
)
_GAP_BEFORE = re.compile(  # "its lead over Futian widened to 337.8 billion yuan", 差距缩小到: a difference, not a level
    r"\b(?:lead|gap|difference|margin)\s+(?:over|with|between|from|to)\b[^.;,\d]{0,40}$|"
    r"差(?:距|值|额)[^，。；,;\d（(]{0,8}$|领先[^，。；,;\d（(]{1,8}?(?<!的)(?:达到?|约|为)?$|(?:仅|只|还|尚|相|仍)差(?:约|近|不到)?$|"
    r"(?:超|超过|超出|高出)[^，。；,;\d]{0,10}(?:计划|目标|预算|预期)(?:任务)?(?:约|近)?$",  # 超“十五”计划目标3.73亿元
    re.I,
)
_GAP_TO = re.compile(r"(?<![差相])距离?[^。；;，,]{1,16}(?:还有|仍有|尚有|还差)(?:约|近|不到)?$")  # 距离1万亿元还有…
_BY_AMOUNT = re.compile(r"\bby\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|more than\s+)?$", re.I)
_GAP_VERB = re.compile(  # "Futian trails Nanshan, whose GDP …, by some 400 billion yuan": a difference
    r"\b(?:trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|behind|ahead of|lead(?:s|ing)?|led|outpac\w*|outstrip\w*|"
    r"exceed\w*|surpass\w*)\b",
    re.I,
)
_GAP_AFTER = re.compile(  # "40 billion yuan away from 600 billion", "… short", 还有3000亿元以上的差距
    r"\s*(?:short|shy|away from|shortfall)\b|(?:以上|左右|多)?的?(?:差距|缺口)", re.I
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|larger|bigger|smaller|greater) than\b|\s*(?:up|down) from\b", re.I
)
_OVER_YEARS = re.compile(  # 五年间增长了60%: a growth over several years, not a year's
    r"(?:[二两三四五六七八九十]|(?<!\d)\d{1,2})年(?:间|来|里)|\bsince (?:19|20)\d\d\b|"  # not 2024年来安县
    r"(?:比|较)[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期)?末|"  # 比“九五”末增长了68.1%: over a plan's years
    r"\bover (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years\b",
    re.I,
)
_SINCE_AFTER = re.compile(  # "… since 2020", "a rise of 9.3 percent compared to pre-pandemic levels in 2019"
    r"\s*(?:in total\s+)?since\s+(?:19|20)\d\d\b|"
    r"\s*(?:compared (?:to|with)|from|over|above)\s+(?:the\s+)?pre-?(?:pandemic|covid|epidemic)\b",
    re.I,
)
_AVERAGED = re.compile(r"年均|平均|average|annual|a year\b|per year|每年", re.I)
_IN_TWO_YEARS = re.compile(r"[^.;,\d]{0,12}?\b(?:in|over) (?:the (?:past |last )?)?two years\b", re.I)
_FIRMS_OF = re.compile(r"\bof\s+(?:\w+\s+)?(?:companies|firms|enterprises|businesses)\s+(?:with|having)\b", re.I)


_SPENT = re.compile(  # money spent, raised or given: 投入135亿元, "it spent 13.5 billion yuan on …"
    r"(?:投入|安排|拨付|发放|支出|筹集|下达|兑现|花费|耗资)(?:资金|了)?(?:约|近|超过|逾|共|累计)?$|"
    r"\b(?:spent|spends|spending|allocated|earmarked|disbursed|raised)\s+(?:about |nearly |over |more than )?$"
)
_TWO_YEAR_AVERAGE = re.compile(
    r"两年平均|two-year average|average (?:growth )?over (?:the )?(?:past |last )?(?:two|2) years", re.I
)


def classify(w: Window, lang: str, prev_role: Role | None, last_money: str | None, topic_gdp: bool) -> Role | None:
    """The role of the figure in ``w``, or None when it is no claim (a bare number, a label)."""
    role = _classify(w, lang, prev_role, last_money, topic_gdp)
    if (
        role is not None
        and role.indicator == "population"
        and role.unit == "persons"
        and role.value < _FEWEST_RESIDENTS
    ):
        return Role("other:persons", "persons", role.value)  # 平均每个家庭户的人口为2.38人: no place's population
    if (
        role is not None
        and role.unit in ("CNY", "USD")
        and prev_role is not None
        and prev_role.indicator == "other:share"
        and _OR_RESTATED.fullmatch(w.near)
        and SECTOR_NAMED.search(w.before[-100:])
    ):  # "with services accounting for 69.2 percent, or 1.08 trillion yuan": the sector's sum, not the whole's
        # (but "Nanshan accounted for 27 percent, or 967 billion yuan": the place's GDP)
        return Role("other:share_amount", role.unit, role.value)
    other = prev_role if prev_role and prev_role.indicator.startswith("other:") and w.prev_end is not None else None
    if role and other and other.unit == role.unit and _THEN_REACHED.fullmatch(w.near):  # …首超80亿元，达82亿元:
        return Role(other.indicator, role.unit, role.value)  # the level of the measure just crossed, its own
    return role


_A_RATE_BEFORE = re.compile(  # "grew 5.0% in 2023, (which is) 0.8% higher than …": a gap between rates
    r"\d\s*(?:percent|per cent|%)[^.;]{0,24}[,，]\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?$", re.I
)
_THAN_ANOTHER_RATE = re.compile(r"\s*(?:higher|lower|faster|slower|above|below)\s+than\s+", re.I)
_FROM_THE_BUDGET = re.compile(r"\s*(?:came\s+)?from\s+(?:the\s+|its\s+)?general\s+(?:public\s+)?budget\b", re.I)
_THEN_REACHED = re.compile(r"\s*(?:for the first time)?\s*[，,]\s*(?:达到?|reaching)\s*", re.I)
_OR_RESTATED = re.compile(r"\s*,?\s*or\s+(?:about\s+|nearly\s+|some\s+|roughly\s+)?", re.I)


_FEWEST_RESIDENTS = 1000  # the smallest county-level unit has thousands of residents


def _classify(w: Window, lang: str, prev_role: Role | None, last_money: str | None, topic_gdp: bool) -> Role | None:
    q = w.q
    if q.pp:
        return Role("other:percentage_points", "percent", q.value)
    if q.structure:  # 三次产业结构比为25.72:26.84:47.44: each sector's share of the place's own GDP
        return Role("other:sector_structure", "percent", q.value)
    if q.unit in (None, "persons") and _PER_AREA.match(w.after):
        return Role("other:density", "count", q.value)  # "Density: 1,700/km2", 每平方公里2万人 (in a table's row too)
    if q.column is not None:
        return Role(q.column, q.unit or "CNY", q.value)  # a flattened table's column (_tables)
    compared = compared_with_the_last(w, prev_role) if q.unit is None else None
    if compared is not None:
        return compared  # "2.1 million residents, up from 1.65 million"
    if q.implied_money and q.unit is None:
        people = people_not_money(w, lang, prev_role)
        if people is not None:
            return people
        if lang == "en" and _THINGS_AFTER.match(w.after):  # "12 million new urban jobs": things counted, not money
            return count(w, lang, prev_role) or Role("other:count", "count", q.value)
        if lang == "en" and _MEASURED_AFTER.match(w.after):  # "1.4 trillion jin of grain", "3 billion kWh"
            return Role("other:quantity", "count", q.value)
        counted_on = prev_role is not None and prev_role.unit == "count" and _ZH_COUNT_GOES_ON.search(w.before[-12:])
        if lang == "zh" and (counted_on or _ZH_COUNTED.search(_ZH_SAID.split(w.before[-40:])[-1])):
            return count(w, lang, prev_role) or Role("other:count", "count", q.value)  # 企业新增5.2万，达到9.5万:
            # firms counted, not yuan
    if q.unit in ("CNY", "USD") or q.implied_money:
        pop = population_in_wan(w, lang, prev_role)
        if pop is not None:
            return pop
        return _money(w, lang, last_money, topic_gdp, prev_role)
    gap = _THAN_ANOTHER_RATE.match(w.own_after) and not re.match(cues.THAN_BEFORE, w.own_after, re.I)  # not "… than
    if q.unit == "percent" and gap and _A_RATE_BEFORE.search(w.before[-48:]):  # a year earlier": a growth
        return Role("other:percentage_points", "percent", q.value)  # "grew 6.9 percent, 0.1 percent higher than
        # the first three quarters' growth": a gap between rates written in percent, not a rate
    if q.unit == "percent":
        role = rate(w, prev_role, last_money)
        two_years = _TWO_YEAR_AVERAGE.search(w.clause[-48:]) or _IN_TWO_YEARS.match(w.own_after)
        if (
            role.indicator.endswith("growth") and two_years
        ):  # "a two-year average growth of 9.3%", "… of 10.3% in two years"
            return Role(f"other:{role.indicator.removeprefix('other:')}_two_year_average", "percent", role.value)
        over = _OVER_YEARS.search(w.clause) or _SINCE_AFTER.match(w.own_after)  # "has grown 28 percent since 2020"
        if role.indicator.endswith("growth") and over and not _AVERAGED.search(w.clause + w.own_after[:30]):
            return Role(f"other:{role.indicator.removeprefix('other:')}_cumulative", "percent", role.value)
        return role
    if q.unit == "ratio":
        return ratio(w, prev_role)
    if q.unit == "km2":
        of_what = _AREA_OF.match(w.own_after)  # "44.6 square kilometers of ecological reserve"
        part = (
            cues.AREA_NOT.search(w.clause)
            or _A_PART_BEFORE.search(w.clause[-24:])  # "including 33.7 square kilometers of urban area", 其中
            or (of_what and cues.AREA_NOT.search(of_what.group(1)))
        )
        return Role("other:area" if part else "area", "km2", q.value)
    if q.unit == "persons" or (q.unit is None and POP_AFTER.match(w.after)):
        return persons(w)
    unsaid = (per_head_unsaid(w) if lang == "en" else yi_unsaid(w)) if q.unit is None else None  # GDP5615.34
    return unsaid or count(w, lang, prev_role)  # "the per capita GDP of the county reached 41,798": yuan, unsaid


_AREA_OF = re.compile(r"\s*of\s+([^,;.]{0,40})", re.I)
_A_PART_BEFORE = re.compile(r"(?:" + cues.OF_WHICH.pattern + r"|\bincluding|\bof this)\s*(?:about\s+|some\s+)?$", re.I)


_FUNCTION_WORD = (
    r"(?:yuan|rmb|renminbi|dollars?|usd|euros?|in|of|for|from|to|at|on|by|as|and|or|than|last|this|next|a|an|the|"
    r"less|each|per|over|up|down|year|years|months?|days?|its|their|his|her|that|which|was|were|is|are)\b"
)
_THINGS_AFTER = re.compile(  # "12 million new urban jobs", "30 million tourists": a count of things, not money
    r"\s+(?:(?!" + _FUNCTION_WORD + r")(?-i:[a-z][a-z-]*)\s+){0,2}(?!" + _FUNCTION_WORD + r")(?-i:[a-z][a-z-]*s)\b",
    re.I,
)
_ZH_SAID = re.compile(r"[。；;！？!?\n]")
_ZH_COUNTED = re.compile(  # firms or market entities the bare 万 counts, and no money named since: 企业新增5.2万
    r"(?:企业|市场主体|经营主体|个体工商户|商户)(?:(?!收入|利润|产值|营收|税|资|额|值|费|金)[^元亿万\d。；;，,]){0,6}$"
)
_ZH_COUNT_GOES_ON = re.compile(r"\d[万亿]\s*[，,]\s*(?:总数|总量|累计)?(?:达到?|增至|增加到|突破|超过)?$")
_MEASURED_AFTER = re.compile(r"\s*(?:jin|catties|tonnes?|tons?|kg|kwh|kilowatt[- ]hours?|mu|hectares?|teu)\b", re.I)
_PLACES_ECONOMY_AFTER = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?(?:\s*,\s*(?:up|down)\s+[\d.]+\s*(?:percent|per cent|%))?"  # "…in 2025, up 5.8%,"
    r"\s*,\s*(?:(?:the\s+)?[A-Za-z'’-]+(?:\s+(?:district|county|city|new area))?['’]s\s+|its\s+)"
    r"(?:\w+\s+)?(?:economy|GDP|gross domestic product|economic output|output)\b",
    re.I,
)
_PER_CAPITA_LABEL = re.compile(r"(?:^|\n)[^\n:：\d]{0,40}\b(?:per[- ]capita|per head)\b[^\n:：\d]{0,40}[:：]\s*$", re.I)
_A_PER_CAPITA = re.compile(  # the noun left out: "with a per capita of 245,000 yuan"
    r"\b(?:a|its|the)\s+per[- ](?:capita|head)\s+(?:figure\s+|level\s+|value\s+)?(?:of|at)\s+"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?(?:US)?[$¥]?$",
    re.I,
)
_PER_CAPITA_FRONTED = re.compile(r"\W*(?:per (?:capita|head|person|resident)|on a per[- ]capita basis)\s*,", re.I)
_OUTPUT_AFTER = re.compile(
    r"\s*(?:worth\s+of|of|in)\s+(?:total\s+|economic\s+|annual\s+)?output\b(?!\s+(?:of|from))", re.I
)
_LABELLED = re.compile(r"([^\n:：.;；。—–]{2,60}?)(?:\s*[:：—–]|\s+-)\s*$")  # "Label: value", "Label — value"
_OTHER_EARNER = re.compile(  # a sentence about firms, a sector, people: not the measure of the sentence before
    r"\b(?:enterprises|companies|firms|businesses|sectors?|industr(?:y|ies)|services|manufactur\w*|consumers|"
    r"residents|households|tourism|tourists|exports?|imports?|savings|taxes|finance|real estate|construction|"
    r"agriculture|retail|wholesale|logistics)\b",
    re.I,
)
_PLACE_DID = re.compile(  # a place (an aside after it) doing a level with no measure named
    r"(?:^|[.;]\s+|\b(?:and|while|but)\s+)\W*(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city|new area))?"
    r"(?:,\s(?:[^,;.]|\.\d){3,60},)?\s+(?:alone\s+|also\s+|only\s+)?"  # "Nanshan, a district of 185 sq km, produced"
    r"(?:produced|generated|hit|reached|topped|crossed|exceeded|surpassed|passed)\s+(?:about\s+|nearly\s+|over\s+|some\s+)?$",
    re.I,
)
_NAMED_AFTER = re.compile(r"\s+(?:in|of|worth of|from)\s+(?:the\s+|its\s+)?(?-i:[a-z])")  # "… in software revenue"
_THE_TOTAL = re.compile(  # "Kunshan released its GDP figures. The total came to …": the measure just named
    r"\s*(?:The|This|That|Its)\s+(?:total|figure|tally|sum|number)\b(?:\s+(?:came|amounted|stood|was|reached))?"
    r"[^.;\d]{0,12}$"
)


_GREW_TO = re.compile(  # "grew 6.2 percent to", 增速10.6%，首破3000亿大关: the level of the measure that grew
    r"(?:percent|per cent|%)\s+(?:year[- ]on[- ]year\s+)?(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$|"
    r"%\s*[，,]?\s*(?:并|且)?(?:首次|首|再次|一举|成功)?(?:突破|破|迈上|跨上|跨过|站上|越过)了?$",
    re.I,
)


_IT_OUTPUT = re.compile(
    r"^\W*(?:It|Its economy)\s+(?:had\s+)?(?:doubled|tripled|grew|expanded)\b[^.;]*\boutput\s+", re.I
)
_OUTPUT_AGAIN = re.compile(  # "passed the trillion-yuan mark in 2018, when output reached": the GDP just given
    r"\boutput\s+(?:reached|hit|topped|(?:rose|grew|climbed|jumped) to|stood at|was|came (?:to|in at)|amounted to|"
    r"totall?ed)\s+(?:about\s+|nearly\s+)?$",
    re.I,
)


_AT_LEVEL = re.compile(  # "Nanshan, at a little over one trillion, is …": a place's size in apposition
    r"(?-i:[A-Z])[\w'’-]*,\s+at\s+(?:(?:a\s+little|just|slightly|well)\s+)?"
    r"(?:over\s+|under\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|less\s+than\s+)?$"
)
_ELIDED_OWNER = re.compile(  # a place's, the measure's name left out: the measure just given
    r"(?-i:[A-Z])[\w-]*['’]s\s+(?:is|was|are|were|stands at|stood at|came to|comes to|reached|hit)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|(?:closer|close)\s+to\s+|just\s+|only\s+)?$",
    re.I,
)
_SAID_OF_IT = re.compile(  # the measure just given, its name left out: "Haidian's is", "By 2005 it had passed"
    _ELIDED_OWNER.pattern + r"|\bit\s+(?:had\s+|has\s+)?(?:passed|topped|crossed|surpassed|exceeded)\s+$", re.I
)


def _measure_goes_on(w: Window) -> bool:
    """Whether a bare scale goes on with the measure in yuan just given: its name left out ("Haidian's is about
    1.2 trillion", "By 2005 it had passed 100 billion; by 2022, 500 billion"), or a place's size in apposition
    ("Nanshan, at a little over one trillion, is …")."""
    after_semicolon = re.search(r"[;；]\s*$", w.norm[max(0, w.sent.start - 3) : w.sent.start])
    return bool(_SAID_OF_IT.search(w.clause) or _AT_LEVEL.search(w.before) or after_semicolon)


def _money(w: Window, lang: str, last_money: str | None, topic_gdp: bool, prev_role: Role | None) -> Role | None:
    q, after = w.q, w.after
    unit = q.unit or ("USD" if "$" in w.norm[max(0, q.start - 2) : q.start] else "CNY")
    if (
        re.match(r"\s*(?:per square kilomet|per km|/平方公里|每平方公里)", after, re.I)
        or re.search(r"per[- ]unit", w.clause[-30:], re.I)
        or _PER_AREA_BEFORE.search(w.clause)  # "GDP per square kilometer exceeded 5 billion yuan", 地均GDP
    ):
        return Role("other:per_area", unit, q.value)
    head = indicator_record(last_money) if re.search(r"(?:^|\n)\W*per capita\W*$", w.before, re.I) else None
    if head is not None and head.per_capita:  # " - Per capita: ¥100,800" under "GDP (2022): ¥190 billion"
        return per_person(head.per_capita, unit, q.value, w)
    label = _PER_CAPITA_LABEL.search(w.before)
    if label:  # "Per Capita Income (Rural Resident): 16,788 RMB": a fact box's per-capita line
        return per_head(money_indicator(label.group(), "") or "other:per_capita", unit, q.value, w)
    if _PER_CAPITA_FRONTED.match(w.sent.text) or _A_PER_CAPITA.search(w.near):  # "Per capita, the district's
        # output was about 520,000 yuan"; "GDP was 514 billion yuan, with a per capita of 245,000 yuan"
        ind = money_indicator(w.before, after) or last_money
        ind = "gdp" if ind in (None, GENERIC) and re.search(r"output|economy|gdp", w.before, re.I) else ind
        rec = indicator_record(ind)
        if rec is not None and rec.per_capita:
            return per_person(rec.per_capita, unit, q.value, w)
    each = re.match(r"\s*(?:each|apiece)\b", after, re.I)  # "at under 200 billion yuan each": per place, not head
    if re.match(r"\s*(?:/人|per person|per capita|per head|per resident|a head)\b", after, re.I) or (
        each and q.value < 1e7
    ):
        ind = money_indicator(w.before, after) or (
            "gdp_per_capita" if re.search(r"\b(?:produc|generat|creat)\w*", w.clause, re.I) else "other:per_capita"
        )  # "its residents produce about 570,000 yuan each": output per head
        return per_head(ind, unit, q.value, w)
    if (
        q.implied_money
        and not q.unit
        and lang == "en"
        and not re.search(r"yuan|rmb|\$", w.before, re.I)
        and money_indicator(w.clause, after, generic=False) not in _IN_YUAN
        and not (prev_role is not None and prev_role.unit in ("CNY", "USD"))  # "…538 billion, up from 514 billion"
        and not (last_money in _IN_YUAN and _measure_goes_on(w))
    ):
        return None  # "400 billion" with no currency anywhere before: not known to be money (GDP's is: yuan)
    head = ZH_PER_HEAD.search(w.clause) if lang == "zh" else None
    if head:  # 人均约28万元 after a GDP, 人均消费支出4.5万元: a figure per head, never the total
        return zh_per_head(head, w, unit, last_money)
    labelled = _LABELLED.search(w.before[-80:])  # "… Per Capita GDP: 105,909.37 RMB (2012) …": its label's
    ind = (money_indicator(labelled.group(1), "") if labelled else None) or money_indicator(w.clause, after)
    ind = own_measure(w, lang) or ind  # 全市65.8亿的财政总收入中, …中，白酒产业贡献了306亿: not the measure before
    firms = (
        last_match(_FIRMS_OF, w.before) if prev_role is not None and prev_role.indicator == "other:firm_size" else None
    )
    if firms is not None:  # "the industrial output of enterprises with revenue of at least 20 million yuan in X
        ind = money_indicator(w.before[: firms.start()], "", generic=False) or ind  # reached …": the head noun's
    if lang == "en" and ind in (None, GENERIC, "other:revenue") and re.match(r"\s*(?:which|that)\b", w.clause):
        named = money_indicator(w.before[-160:], after)  # "… industrial enterprises above designated size, which
        ind = named if named not in (None, GENERIC) else ind  # generated output of …": the things' own measure
    sector_grew = (
        prev_role is not None and prev_role.indicator == "other:sector_growth" and _GREW_TO.search(w.before[-40:])
    )
    if ind in cues.WHOLE_MEASURES and lang == "en" and cues.INDUSTRY_OPENS.match(w.clause):  # "The wholesale
        return Role(f"other:sector_{ind}", unit, q.value)  # industry reported retail sales of …": a sector's part
    if ind in (None, GENERIC, "gdp") and sector_grew:  # "… of the city's economy, the culture sector recorded
        # growth of 18.5 percent at 184.95 billion yuan"; "the services sector, which …, grew 6 percent to": its own
        grew_at = w.prev_end if w.prev_end is not None else w.q.start  # the growth figure before this one
        return Role(sector_that_grew(w.norm[w.sent.start : grew_at]), unit, q.value)
    if ind is None and cues.SECTOR_VALUE_ADDED.search(w.clause):
        return Role("other:sector_value_added", unit, q.value)  # 其中金融业增加值1800亿元: not the GDP named before
    if (of_firms := firms_role(w, ind, unit)) is not None:  # "companies with more than …", 198家重点企业…: firms'
        return of_firms
    if ind is None and _SPENT.search(w.clause):  # 投入135亿元办好民生实事: money spent, not the measure named before
        return Role("other:spending", unit, q.value)
    if ind in (None, GENERIC) and re.match(r"\s*(?:其|总|经济)?(?:规模(?!以上)|总量)", w.clause):
        # 全年GDP增长5.4%，规模达到1620亿元; 经济…增长5.0%，总量达6320亿元: the size of the measure just named
        rate_of = level_of(prev_role.indicator) if prev_role is not None and prev_role.unit == "percent" else None
        named = money_indicator(w.norm[w.sent.start : w.clause_start], "", generic=False) or rate_of
        ind = named or (last_money or ind if ind == GENERIC else ind)
    if ind in (None, GENERIC) and lang == "en" and _OUTPUT_AFTER.match(after) and cues.PLACE_VERB.search(w.clause):
        ind = "gdp"  # "Kunshan produced 514 billion yuan worth of output": a place's output is its GDP
    if ind in (None, GENERIC) and lang == "en" and cues.PLACES_OUTPUT.search(w.clause):
        ind = "gdp"  # "Nanshan's output totaled …", "output from Jiangyin reached …": a place's output is its GDP
    if ind is None and lang == "en" and cues.FRONTED_FIGURE.fullmatch(w.before) and _PLACES_ECONOMY_AFTER.match(after):
        ind = "gdp"  # "At 1.7 trillion yuan, Pudong's economy is larger than …": the size of the economy after it
    gap_by = _BY_AMOUNT.search(w.near) and _GAP_VERB.search(w.sent.text[: w.q.start - w.sent.start])
    if _GAP_BEFORE.search(w.near) or _GAP_TO.search(w.clause) or _GAP_AFTER.match(after) or gap_by:
        base = (ind or money_indicator(w.before, "") or last_money or "amount").removeprefix("other:")
        return Role(f"other:{base}_gap", unit, q.value)
    sector = _SECTOR_ADDED.search(w.norm, max(w.sent.start, w.prev_end or 0, w.q.start - 140), w.q.start)
    if sector:  # "the tertiary industry added 132.6 billion yuan": that sector's value added, not a change
        name = "primary" if sector.group(3) else (sector.group(1) or sector.group(2)).lower()
        return Role(f"{'tertiary' if name.startswith('service') else name}_value_added", unit, q.value)
    if _CHANGE_BEFORE.search(w.near[-24:]) or _CHANGE_AFTER.match(after) or an_increment(w):  # "increased by"
        base = (ind or money_indicator(w.before, "") or "amount").removeprefix("other:")
        return Role(f"other:{base}_change", unit, q.value)
    part = _PART.search(w.near) if lang == "en" else None
    if ind is None and part and _FROM_THE_BUDGET.match(after) and re.search(r"\brevenue", w.before, re.I):
        return Role("fiscal_revenue", unit, q.value)  # "fiscal revenue of 103 billion yuan, including 59.6 billion
        # yuan from the general public budget": that part is the budget's revenue
    if ind is None and part and not re.search(r"[A-Z]", part.group("rest")):
        return Role("other:part", unit, q.value)  # "GDP of 530 billion yuan, including 200 billion yuan from …"
    ind = ind or money_indicator(cues.ZH_MEANS.sub("，", without_aside(w.before)), after)  # not "…, a barometer of
    # the economy, hit", nor 依托数字经济…，…首破3000亿: the means it grew by
    again = prev_role is not None and prev_role.indicator == "gdp" and _OUTPUT_AGAIN.search(w.near)
    if (
        ind == GENERIC
        and lang == "en"
        and (cues.PLACES_OUTPUT.search(w.before) or (last_money == "gdp" and _IT_OUTPUT.search(w.before)) or again)
    ):
        ind = "gdp"  # "Pudong remains on top, with output of 1.7 trillion yuan, ahead of Haidian on 1.1 trillion";
        # "Its GDP was 110 billion yuan in 2015. It doubled by 2021, when output reached …": the economy spoken of
    ind = ind or listed_after(w, prev_role, unit)
    if ind in (None, GENERIC) and prev_role is not None and _GREW_TO.search(w.before[-40:]):
        ind = level_of(prev_role.indicator) or ind  # "Nanshan grew 6.2 percent to 1.05 trillion yuan": its GDP
    if ind is None and q.value >= 1e9 and (q.club or cues.MARK_AFTER.match(after) or round_mark(w, lang)):
        ind = "gdp"  # the trillion-yuan club is a club of GDPs, "hit the 1 trillion yuan milestone" a GDP's (not
        # "the figure beat the 10,000 yuan mark": no economy's size), "Longgang will hit 1 trillion yuan"
    if (
        ind is None
        and lang == "en"
        and q.value >= 1e10
        and _PLACE_DID.search(w.before[-90:])
        and not _NAMED_AFTER.match(after)
    ):
        ind = "gdp"  # "Haidian, Beijing's tech hub, hit 1.02 trillion yuan", "Haidian alone produced …": its economy
    reported = bool(_REPORTED.search(w.near))  # "… GDP of 520 billion yuan. Longgang posted 280 billion yuan."
    crossing = lang == "zh" and bool(  # 突破…, 次年增长至1100亿元: the measure just named, reaching a new level
        re.search(r"(?:突破|首次|升到|升至|迈上|跨上|跃上|(?:增长|增加|提高|上升|扩大)(?:至|到)|增至)\S{0,2}$", w.near)
    )
    if (
        ind is None
        and last_money
        and not (lang == "en" and _OTHER_EARNER.search(w.clause + " " + CLAUSE_END.split(w.own_after, maxsplit=1)[0]))
        and not (lang == "en" and cues.OWN_MEASURE.search(w.before))  # "Its port throughput came to …"
        # "Industrial enterprises in the district earned …", "… collected 18 billion yuan in taxes"
        and (
            re.search(
                r"\b(?:it|its)\b|\b(?:that|those) of\b|\bthe (?:figure|total|number|city|district|county)\b|该|"
                r"(?:这一?|这个|此)(?:数字|数据|数值|指标)|"  # 十年后，这一数字已达到3000亿元: the figure just given
                r"其(?!中|他|余|次)|同期|"
                r"^\s*(?:That|This)\b",
                w.before,
                re.I,
            )
            or re.match(r"[^.;,]{0,20}?\bit (?:recorded|posted|reported|had|was|generated)\b", w.own_after)
            or (  # "GDP: 2022, 800 billion yuan; 2023, 870 billion yuan": a clause after a semicolon goes on
                re.search(r"[;；]\s*$", w.norm[max(0, w.sent.start - 3) : w.sent.start])
                and not re.search(r"[A-Za-z\u4e00-\u9fff]{3}", _LIST_ITEM_LEAD.sub("", w.before))
            )
            or _ELIDED_OWNER.search(w.clause)  # "… per capita GDP is 550,000 yuan. Futian's is 370,000 yuan"
            or _AT_LEVEL.search(w.before)  # "Nanshan, at a little over one trillion, is …"
            or (lang == "zh" and (q.milestone or q.implied_money or crossing))
            or (lang == "zh" and re.search(r"[区县市旗][,，:：]?\s*$", w.near))  # …；福田区6200亿元
            or (
                lang == "zh"
                and re.search(r"(?:^|[，,；;])[^，,；;\d]{1,8}(?:为|是|达到?)\s*$", w.near)
                and not cues.ZH_SUM_NAMED.search(w.near)
            )  # 昆山为24.3万元, not 旅游总花费达52.1亿元
            or reported
        )
    ):
        ind = last_money
        if ind == "gdp_per_capita" and q.value >= 1e8:
            ind = "gdp"  # "…per-capita GDP was 200,000 yuan. Futian generated 630 billion yuan": a total, not per head
    if ind is None and last_money is None and _THE_TOTAL.match(w.before):
        ind = money_indicator(w.norm[max(0, w.sent.start - 160) : w.sent.start], "", generic=False)  # named before
    if ind is None and lang == "en" and topic_gdp and last_money is None and reported:
        earner = _OTHER_EARNER.search(without_aside(w.clause))  # "Strategic emerging industries generated …"
        ind = None if earner else "gdp"  # in an article about GDP, "Longgang posted 530 billion yuan"
    if ind is None and lang == "zh" and topic_gdp and _FROM_A_LEVEL.search(w.near) and _TO_A_LEVEL.match(after):
        ind = "gdp"  # 从2020年的6502.22亿元到2025年的万亿规模 in a story about GDP: the topic's level it rose from
    if (
        ind is None
        and topic_gdp
        and q.value >= LEAST_GDP  # not "Rural residents: 52,600 yuan" in a fact box
        and re.match(r"^\s*(?:\d+[、.)]\s*)?[^\d,，:：\n]{2,30}(?:[,，:：]|\s[-–])\s*$", w.before)
    ):
        ind = "gdp"  # a ranking list "1、昆山市,4276.76亿", "2. Jiangyin, 520 billion yuan" about GDP
    if ind is None:
        if q.implied_money and not q.unit and not (lang == "zh" and re.match(r"[^\d]", after[:1] or "x")):
            return None
        return Role("other:amount", unit, q.value)
    rec = indicator_record(ind)
    if rec is not None and rec.unit == "CNY_per_person":
        return per_person(ind, unit, q.value, w)
    return Role(ind, unit, q.value)


_FROM_A_LEVEL = re.compile(r"(?:^|[，,。；;])\s*(?:从|由)\s*(?:(?:19|20)\d\d年(?:底|末)?的?)?$")
_TO_A_LEVEL = re.compile(r"(?:增加|增长|提高|跃升|攀升|上升|扩大)?(?:到|至)")
_PER_AREA_BEFORE = re.compile(
    r"\bper (?:square )?(?:kilomet(?:er|re)|km2?|sq\.? ?km|mu)\b|每平方(?:公里|千米)|地均|亩均", re.I
)


_LIST_ITEM_LEAD = re.compile(
    r"^\s*(?:(?:19|20)\d\d年(?:末|底)?)?[，,]?\s*(?:达到|达|为|突破|超过|增至|增加到|升至|跃升至)?"
)
