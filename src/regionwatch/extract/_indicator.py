"""Indicator stage: what a figure measures, from the indicator records' cues around it.

Every cue comes from a record in ``regionwatch.indicators`` (``INDICATORS`` and ``OTHER_INDICATORS``):
adding an indicator there is the only edit needed for extraction to find it. The stage returns a
:class:`Role`: the indicator, the claim's unit and value, and the place a share or ratio is relative to.
"""

from __future__ import annotations

import re

from . import _cues as cues
from ._counts import LABEL, POP_AFTER, count, people_not_money, persons, population_in_wan
from ._roles import (
    CLAUSE_END,
    COUNTS,
    GDP_GROWTH,
    GENERIC,
    MONEY,
    SHARES,
    Role,
    growth_of,
    indicator_record,
    last_match,
    measures_in,
    money_indicator,
)
from ._shares import ratio, relative_of_share, share
from ._window import Window

__all__ = ["Role", "classify", "money_indicator"]


_RESTATED = re.compile(r"[的区县市\s,，]*(?:达到|达|为|至|到|reaching|at)\s*")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COMPARED = re.compile(  # a second rate the first is compared with: the same measure
    r"[^\d]{0,30}?\b(?:than|compared (?:with|to)|versus|vs\.?|against|after|outpacing|outpaced|ahead of|behind|"
    r"double|triple|twice|above|below)"
    r"(?:\s+(?:the|an?|its|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?))*\s*(?:(?:national|provincial|city)\s+)?"
    r"(?:(?:average|level|rate|figure)\s+)?(?:of\s+)?(?:about\s+|nearly\s+)?",
)
_PER_AREA = re.compile(r"\s*(?:/\s*(?:km2|km²|sq\.?\s?km|平方公里|平方千米)|per\s+(?:square\s+)?(?:km|kilomet))", re.I)
_NAMED_RATE = re.compile(
    r"\b(?!(?:growth|annual|average|national|provincial|the|an?|its|their)\b)[a-z]+ rate\b(?! of (?:gdp|econom))|"
    r"(?<!增长|利用|成长)率(?=\S{0,6}$)",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:posted|reported|recorded|registered|logged|reached|achieved|totall?ed|hit|stood at|came in at|"
    r"delivered|managed|notched(?: up)?|clocked(?: up)?|chalked up|booked|turned in|put up|"
    r"generated|produced|created|contributed|amounted to|was worth|ranked \w+ with|(?:topped|led) (?:the list )?with|"
    r"(?:is|was|came|ranks?|ranked|placed|finished)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
    r"\s+(?:with|at)|trail(?:s|ed|ing)? (?:with|at)|follow(?:s|ed|ing)? (?:with|at))"
    r"\s+(?:a\s+|an\s+)?(?:total\s+of\s+)?"
    r"(?:about\s+|nearly\s+|over\s+|more than\s+)?$|"
    r"\b(?-i:[A-Z])[\w'’-]+(?:\s*\(|['’]s|\s+on)\s*$",  # "followed by Futian (310 billion)", "Futian's 620 billion"
    re.I,
)
_LISTED = re.compile(  # what may stand between two figures of one list: a place, a conjunction, a bracket
    r"[^\d]{0,40}",
)
_NOT_LISTED = re.compile(r"includ|of which|among them|其中|from|share|per|growth|增长|up|down|\bof\b", re.I)
_PART = re.compile(r"\b(?:including|of which|among which)\b(?P<rest>[^\d]*)$", re.I)
_CHANGE_IN = re.compile(  # "a 5.6 percent increase in GDP", "6.2 percent in industrial output": the measure after
    r"\s*(?:(?:year-on-year|annual)\s+)?(?:(?:increase|rise|growth|expansion|gain|jump|drop|decline|fall|uptick|"
    r"surge)\s+)?in\s+(?:the\s+|its\s+)?",
    re.I,
)
_SUBJECTLESS = re.compile(r"\s*(?:达到|达|为|是|至|at|of|reaching|hitting)\s*", re.I)  # a clause going on
_CHANGE_BEFORE = re.compile(  # a money figure stated as a change, not a level
    r"(?:增量|增加了?|增长了?|净增|多了?|减少了?|下降了?|增收|减收)(?:达到?|为|约)?\s*$|"
    r"\b(?:increased|grew|rose|climbed|jumped|expanded|fell|dropped|declined|decreased|added|gained)\s+"
    r"(?:by\s+)?(?:about\s+|nearly\s+|over\s+|more than\s+)?$|\b(?:an?\s+)?(?:increase|rise|drop|decline) of\s+$",
    re.I,
)
_CHANGE_AFTER = re.compile(r"\s*(?:more|less|higher|lower) than\b|\s*(?:up|down) from\b", re.I)
_SHARE_GOES_ON = re.compile(
    r"\s*(?:占(?:GDP|地区生产总值|全区|全市)?(?:的)?(?:比重|比例)?|(?:equivalent|equal) to|accounting for|making up)",
    re.I,
)
_FOR_URBAN_RURAL = re.compile(r"\s*(?:for|among|of)\s+(?:the\s+)?\b(urban|rural)\b", re.I)
_URBAN_RURAL = re.compile(r"\burban\b|\brural\b|城镇|农村|城市居民", re.I)
_OVER_YEARS = re.compile(  # 五年间增长了60%: a growth over several years, not a year's
    r"[二两三四五六七八九十\d]年(?:间|来|里)|\bsince (?:19|20)\d\d\b|"
    r"\bover (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years\b",
    re.I,
)
_AVERAGED = re.compile(r"年均|平均|average|annual|a year\b|per year|每年", re.I)
_TWO_YEAR_AVERAGE = re.compile(r"两年平均|two-year average|average (?:growth )?over (?:the )?(?:two|2) years", re.I)


def classify(w: Window, lang: str, prev_role: Role | None, last_money: str | None, topic_gdp: bool) -> Role | None:
    """The role of the figure in ``w``, or None when it is no claim (a bare number, a label)."""
    q = w.q
    if q.column is not None:
        return Role(q.column, q.unit or "CNY", q.value)  # a flattened table's column (_tables)
    if q.implied_money and q.unit is None:
        people = people_not_money(w, lang)
        if people is not None:
            return people
    if q.unit in ("CNY", "USD") or q.implied_money:
        pop = population_in_wan(w, lang)
        if pop is not None:
            return pop
        return _money(w, lang, last_money, topic_gdp, prev_role)
    if q.unit == "percent":
        role = _percent(w, prev_role, last_money)
        if role.indicator.endswith("growth") and _TWO_YEAR_AVERAGE.search(w.clause[-16:]):
            return Role(f"other:{role.indicator.removeprefix('other:')}_two_year_average", "percent", role.value)
        if role.indicator.endswith("growth") and _OVER_YEARS.search(w.clause) and not _AVERAGED.search(w.clause):
            return Role(f"other:{role.indicator.removeprefix('other:')}_cumulative", "percent", role.value)
        return role
    if q.unit in (None, "persons") and _PER_AREA.match(w.after):
        return Role("other:density", "count", q.value)  # "Density: 1,700/km2", 每平方公里2万人
    if q.unit == "ratio":
        return ratio(w, prev_role)
    if q.unit == "km2":
        if cues.AREA_NOT.search(w.clause):
            return Role("other:area", "km2", q.value)
        return Role("area", "km2", q.value)
    if q.unit == "persons" or (q.unit is None and POP_AFTER.match(w.after)):
        return persons(w)
    return count(w, lang, prev_role)


_PLACES_OUTPUT = re.compile(
    r"(?:(?-i:[A-Z])[a-z]+(?:\s+(?:district|county|city|new area))?['’]s|\bits|\bthe (?:district|county|city)['’]s)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:total\s+|annual\s+|gross\s+|overall\s+)?output\b"
    r"(?!\s+(?:value|of\s+(?!(?:about|nearly|some|over|more than)\b)[a-z]))|"  # not "output of electronics"
    r"\boutput\s+(?:from|of|in)\s+(?:(?-i:[A-Z])[a-z]+\b|(?:the|this|that)\s+(?:district|county|city|new area)\b)|"
    r"\b(?:with|on)\s+(?:(?:annual|total|economic|gross)\s+)?output\s+of\b(?!\s+(?!about|nearly)[a-z])",
    re.I,
)


_FRONTED = re.compile(r"\s*(?:At|With)\s+(?:about|nearly|almost|roughly|some|over|more than)?\s*", re.I)
_PLACES_ECONOMY_AFTER = re.compile(
    r"\s*,\s*(?:(?:the\s+)?[A-Za-z-]+(?:\s+(?:district|county|city|new area))?['’]s\s+)"
    r"(?:\w+\s+)?(?:economy|GDP|gross domestic product|economic output|output)\b",
    re.I,
)
_REACHING_EN = re.compile(
    r"(?:[A-Z][a-z]+|\b(?:it|district|county|city))\s+(?:(?:is|are|was|will|could|may|would|be)\s+){0,2}"
    r"(?:(?:set|expected|likely|poised|projected|forecast)\s+)?(?:to\s+)?"
    r"(?:hit|reach)(?:es|ed|ing|s)?\s+(?:the\s+)?(?:RMB\s?|¥)?$"
)
_CROSSING_EN = re.compile(  # "Nanshan is set to cross 1 trillion yuan": a place crossing a round mark, its GDP
    r"\b(?:cross(?:es|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|break(?:s|ing)? through|"
    r"broke through|pass(?:es|ed|ing)?)\s+(?:the\s+)?(?:RMB\s?|¥)?$",
    re.I,
)


def _money(w: Window, lang: str, last_money: str | None, topic_gdp: bool, prev_role: Role | None) -> Role | None:
    q, after = w.q, w.after
    unit = q.unit or ("USD" if "$" in w.norm[max(0, q.start - 2) : q.start] else "CNY")
    person_unit = "CNY_per_person" if unit == "CNY" else "USD"
    if re.match(r"\s*(?:per square kilomet|per km|/平方公里|每平方公里)", after, re.I) or re.search(
        r"per[- ]unit", w.clause[-30:], re.I
    ):
        return Role("other:per_area", unit, q.value)
    head = indicator_record(last_money) if re.search(r"(?:^|\n)\W*per capita\W*$", w.before, re.I) else None
    if head is not None and head.per_capita:  # " - Per capita: ¥100,800" under "GDP (2022): ¥190 billion"
        return _per_person(head.per_capita, unit, q.value, w)
    if re.match(r"\s*(?:/人|per person|per capita|per head|per resident|each|apiece|a head)\b", after, re.I):
        ind = money_indicator(w.before, after) or (
            "gdp_per_capita" if re.search(r"\b(?:produc|generat|creat)\w*", w.clause, re.I) else "other:per_capita"
        )  # "its residents produce about 570,000 yuan each": output per head
        rec = indicator_record(ind)
        if rec is not None and rec.per_capita:
            ind = rec.per_capita
        if ind in ("gdp_per_capita", "disposable_income_per_capita"):
            return _per_person(ind, unit, q.value, w)
        return Role("other:per_capita", person_unit, q.value)
    if (
        q.implied_money
        and not q.unit
        and lang == "en"
        and not re.search(r"yuan|rmb|\$", w.before, re.I)
        and money_indicator(w.clause, after, generic=False) != "gdp"
    ):
        return None  # "400 billion" with no currency anywhere before: not known to be money (GDP's is: yuan)
    ind = money_indicator(w.clause, after)
    if ind == GENERIC and re.match(r"\s*(?:其|总|经济)?(?:规模|总量)", w.clause):
        # 全年GDP增长5.4%，规模达到1620亿元: the size of the measure just named
        ind = money_indicator(w.norm[w.sent.start : w.clause_start], "", generic=False) or last_money or ind
    if ind == GENERIC and lang == "en" and _PLACES_OUTPUT.search(w.clause):
        ind = "gdp"  # "Nanshan's output totaled …", "output from Jiangyin reached …": a place's output is its GDP
    if ind is None and lang == "en" and _FRONTED.fullmatch(w.before) and _PLACES_ECONOMY_AFTER.match(after):
        ind = "gdp"  # "At 1.7 trillion yuan, Pudong's economy is larger than …": the size of the economy after it
    if _CHANGE_BEFORE.search(w.near[-16:]) or _CHANGE_AFTER.match(after):  # "increased by 80 billion yuan"
        base = (ind or money_indicator(w.before, "") or "amount").removeprefix("other:")
        return Role(f"other:{base}_change", unit, q.value)
    part = _PART.search(w.near) if lang == "en" else None
    if ind is None and part and not re.search(r"[A-Z]", part.group("rest")):
        return Role("other:part", unit, q.value)  # "GDP of 530 billion yuan, including 200 billion yuan from …"
    ind = ind or money_indicator(w.before, after)
    if ind == GENERIC and lang == "en" and _PLACES_OUTPUT.search(w.before):
        ind = "gdp"  # "Pudong remains on top, with output of 1.7 trillion yuan, ahead of Haidian on 1.1 trillion"
    ind = ind or _listed_after(w, prev_role, unit)
    round_crossed = lang == "en" and not q.value % 1e11 and bool(_CROSSING_EN.search(w.near[-24:]))
    if (q.club or cues.MARK_AFTER.match(after) or round_crossed) and (ind is None or ind.startswith("other:")):
        ind = "gdp"  # the trillion-yuan club is a club of GDPs, "hit the 1 trillion yuan milestone" a GDP's
    if ind is None and lang == "en" and not q.value % 1e11 and _REACHING_EN.search(w.near[-50:]):
        ind = "gdp"  # "Longgang will hit 1 trillion yuan around 2035": a place reaching a round mark, no measure named
    reported = bool(_REPORTED.search(w.near))  # "… GDP of 520 billion yuan. Longgang posted 280 billion yuan."
    crossing = lang == "zh" and bool(re.search(r"(?:突破|首次|升到|升至|迈上|跨上|跃上)\S{0,2}$", w.near))
    if (
        ind is None
        and last_money
        and (
            re.search(
                r"\b(?:it|its)\b|\b(?:that|those) of\b|\bthe (?:figure|total|number|city|district|county)\b|该|"
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
            or (lang == "zh" and (q.milestone or q.implied_money or crossing))
            or (lang == "zh" and re.search(r"[区县市旗][,，:：]?\s*$", w.near))  # …；福田区6200亿元
            or reported
        )
    ):
        ind = last_money
    if ind is None and lang == "en" and topic_gdp and last_money is None and reported:
        ind = "gdp"  # in an article about GDP, "Longgang posted 530 billion yuan"
    if (
        ind is None
        and topic_gdp
        and re.match(r"^\s*(?:\d+[、.)]\s*)?[^\d,，:：\n]{2,30}(?:[,，:：]|\s[-–])\s*$", w.before)
    ):
        ind = "gdp"  # a ranking list "1、昆山市,4276.76亿", "2. Jiangyin, 520 billion yuan" about GDP
    if ind is None:
        if q.implied_money and not q.unit and not (lang == "zh" and re.match(r"[^\d]", after[:1] or "x")):
            return None
        return Role("other:amount", unit, q.value)
    rec = indicator_record(ind)
    if rec is not None and rec.unit == "CNY_per_person":
        return _per_person(ind, unit, q.value, w)
    return Role(ind, unit, q.value)


def _per_person(ind: str, unit: str, value: float, w: Window | None = None) -> Role:
    """Per-capita figures are in yuan; one stated in dollars is outside the vocabulary (claims.md), and so
    is the disposable income of urban or of rural residents alone (the indicator is all residents')."""
    if unit == "USD":
        return Role(f"other:{ind}_usd", "USD", value)
    part = None
    if ind == "disposable_income_per_capita" and w is not None:  # "78,000 yuan for urban residents", 农村居民…
        part = _FOR_URBAN_RURAL.match(w.own_after) or last_match(_URBAN_RURAL, w.before[-40:])
    if part:
        return Role(
            f"other:{'rural' if re.search(r'rural|农村', part.group(), re.I) else 'urban'}_{ind}",
            "CNY_per_person",
            value,
        )
    return Role(ind, "CNY_per_person", value)


def _listed_after(w: Window, prev_role: Role | None, unit: str) -> str | None:
    """The indicator of the money figure before, for one listed after it with nothing but a place, a
    conjunction or a bracket between: "Nanshan (1.05 trillion yuan), Futian (620 billion) and …"."""
    if prev_role is None or prev_role.unit != unit or not _LISTED.fullmatch(w.near) or _NOT_LISTED.search(w.near):
        return None
    if prev_role.indicator.startswith("other:") or prev_role.indicator == "population":
        return None
    return prev_role.indicator


_BARE_SHARE = re.compile(
    r"['’]s\s+share\s+(?:was|is|stood at|reached|rose to|hit|came to)\s+(?:about\s+|nearly\s+)?$", re.I
)
_OTHER_BASE = re.compile(
    r"占(?:全市|全区|全县)?(?:规上|规模以上)?工业(?:总)?产值|占[^，,。；]{0,6}(?:营收|营业收入)|"
    r"of (?:the |its )?(?:total |gross )?industrial output",
    re.I,
)
_GROWTH_OPENS = re.compile(
    r"\s*(?:(?:last|this|next) year['’]s\s+)?(?:(?:annual|overall|economic|real|year-on-year)\s+)?"
    r"(?:growth|expansion)\b"
    r"(?!\s+(?:of|in)\s+(?!the\s+(?:first|second|third|fourth|past|last)\b)[a-z])",
    re.I,
)
_PACE = re.compile(  # "slower than Nanshan (6.8%)", "at its current pace of 5 percent": a rate
    r"\b(?:slower|faster|quicker)\s+than\b|\boutpac\w*|\boutgr[eo]w\w*|"
    r"\b(?:growth\s+)?pace\s+of\s+(?:about\s+|around\s+)?$",
    re.I,
)
_ASIDE = re.compile(r",\s*(?:which|that|who)\b[^,;，；]*,")
_SECTOR_NAMED = re.compile(r"\b(?:sector|industry|industries|services|manufacturing)\b", re.I)
_ASPECT = re.compile(r"\s*(?:从|就)([^，,。；\d]{1,12})(?:来)?(?:看|而言|来看)[，,：:]")
_GROWTH_LABEL = re.compile(r"(?:增速|增长率|增幅|growth(?: rate)?)\s*[:：]\s*$", re.I)
_OF_TARGET = re.compile(r"(?:完成|实现)(?:了)?(?:年度|全年|年初)?(?:计划|目标|任务)(?:任务)?的?$")
_OF_TARGET_AFTER = re.compile(r"\s*of\s+(?:the|its)\s+(?:annual|full-year|yearly)\s+(?:target|goal|plan)", re.I)


_LIST_ITEM_LEAD = re.compile(
    r"^\s*(?:(?:19|20)\d\d年(?:末|底)?)?[，,]?\s*(?:达到|达|为|突破|超过|增至|增加到|升至|跃升至)?"
)
_RATIO_WORDS = re.compile(
    r"\bof\b|占|比重|强度|intensity|ratio|equal|equivalent|share|proportion|percentage|accounted|accounting", re.I
)
_AT_RATE = re.compile(r"\s*(?:at|with|of|reaching|hitting)\s+(?:about\s+|around\s+|nearly\s+)?", re.I)


def _percent(w: Window, prev_role: Role | None, last_money: str | None = None) -> Role:
    q, before, after = w.q, w.clause, w.after
    value = q.value
    if _OF_TARGET.search(w.near[-16:]) or _OF_TARGET_AFTER.match(w.after):
        return Role("other:of_target", "percent", value)  # 完成年度目标的48.6%: progress toward a goal
    if prev_role is not None and prev_role.unit == "percent" and cues.FROM_BASE.search(w.near):
        return Role(prev_role.indicator, "percent", value, prev_role.relative)  # "27 percent, up from 22 percent"
    rest = re.split(r"\d", CLAUSE_END.split(after, maxsplit=1)[0], maxsplit=1)[0][:80]  # up to the next figure
    window = before[-80:] + " " + rest
    if _SHARE_GOES_ON.match(before) or _AT_RATE.fullmatch(before):  # 研发投入达到420亿元，占GDP比重6.2%: the share
        window = w.before[-80:] + " " + rest  # of the clause before; "R&D intensity, at 6.4 percent, is …"
    relative = relative_of_share(w, prev_role)
    if (
        relative is None
        and _BARE_SHARE.search(before)
        and (last_money == "gdp" or (prev_role and prev_role.unit == "CNY"))
    ):
        relative = "previous"  # "Shenzhen's GDP was 3.68 trillion yuan. Nanshan's share was 27 percent."
    of_gdp = re.match(r"\s*of\s+(?:the\s+|its\s+)?(?:\w+'s\s+)?(?:gdp|economic output|economy)", after, re.I)
    changed = last_match(cues.GROWTH, w.near[-24:]) and not _RATIO_WORDS.search(w.near[-48:] + after[:24])
    if re.search(r"\b(?:additional|extra|further)\s+$", w.near[-16:], re.I):
        return Role("other:share_change", "percent", value)  # "account for an additional 0.1 percent": a change
    if (relative is None or of_gdp) and not changed:  # not "R&D spending rose 10 percent": its growth
        of_other = re.match(r"\s*of\s+", after) and not of_gdp  # "40 percent of its R&D spending": a share of that
        for cue in SHARES:
            if cue.pattern.search(before[-80:] if of_other else window):
                if _OTHER_BASE.search(window):  # 战略性新兴产业产值占规上工业总产值比重: not a share of GDP
                    return Role(f"other:{cue.record.name}_of_industry", "percent", value)
                return Role(cue.record.name, "percent", value)
        sector = _SECTOR_NAMED.search(before[-60:]) or re.search(r"产业|工业|服务业|制造业|农业", before[-30:])
        if (relative in (None, "previous") or sector) and re.search(
            r"contribution|proportion|share (?:of|in)|accounted for|accounting for|account for|make up|makes up|"
            r"making up|made up|comprise|constitut|贡献率|占比|比重",
            before[-60:],
            re.I,
        ):
            return Role("other:share", "percent", value)
    if relative is not None:
        return share(w, relative, prev_role, last_money)
    label = LABEL.fullmatch(w.before.rsplit("\n", 1)[-1].lstrip(" -•·*"))
    shared = label and next((cue.record.name for cue in SHARES if cue.pattern.search(label.group(1))), None)
    if shared:
        return Role(shared, "percent", value)  # "- R&D intensity: 3.1%": a fact box's share of GDP
    if label and cues.GROWTH.search(label.group(1)):  # "GDP growth: 5.1%", "Year on Year Growth (%): 10.5%"
        subject = growth_subject(label.group(1), "")
        partner = growth_of(prev_role.indicator if prev_role else last_money)
        return Role(subject or partner or "other:growth", "percent", value)
    aspect = _ASPECT.match(w.before)  # 从增速看，南山区6.8%，福田区5.1%: the measure the sentence opens with
    if aspect and cues.GROWTH.search(aspect.group(1)) and not re.search(r"\d", w.clause):
        partner = growth_subject(aspect.group(1), "") or growth_of(last_money)
        return Role(partner or "other:growth", "percent", value)
    labelled = _GROWTH_LABEL.search(w.near) if not before.strip() else None
    if labelled:  # "GDP：17800亿元，增速：5.6%", "growth: 5.6%": the rate under a label of its own
        subject = growth_subject(w.before[: len(w.before) - len(labelled.group())], after)
        partner = growth_of(prev_role.indicator if prev_role else last_money)
        return Role(subject or partner or "other:growth", "percent", value)
    if _NAMED_RATE.search(w.near):
        return Role("other:rate", "percent", value)  # "urbanization rate to 80 percent", 城镇化率
    growth_before = last_match(cues.GROWTH, before[-60:]) or _PACE.search(before[-40:])
    if not growth_before and _AT_RATE.fullmatch(before):  # "Nanshan grew fastest, at 6.1 percent"
        growth_before = last_match(cues.GROWTH, re.split(r"\d", w.before)[-1][-60:])
    growth_after = re.match(
        r"\s*(?:(?:real\s+)?(?:gdp|economic)\s+)?(?:growth|increase|rise|expansion|year-on-year growth)|\s*同比增长|"
        r"的(?:较快|稳定|稳步|平稳|快速|高速|较高)?(?:增长|增速|增幅)|"  # 实现6.3%的增长, 保持5.8%的较快增速
        + cues.THAN_BEFORE,  # "5.5 percent higher than in 2023", "5.5 percent more than a year earlier"
        after,
        re.I,
    )
    if growth_before or growth_after or re.search(r"growth rate|增速|增长率", window, re.I):
        subject = growth_subject(w.before, after)
        if subject is None and prev_role is not None and prev_role.unit == "percent":
            return Role(prev_role.indicator, "percent", value)
        if subject is None and prev_role is None and growth_of(last_money):
            return Role(growth_of(last_money) or "", "percent", value)  # GDP …。其中，南山区增长5.8%
        if subject is None and prev_role is not None:
            partner = growth_of(prev_role.indicator)  # "…reached X yuan, a year-on-year increase of 5.1%"
            if partner and re.search(
                r"\b(?:increase|uptick|rise|growth|up|expan)|增长|增速|下降|回落|[+＋]\s*$", w.near, re.I
            ):
                return Role(partner, "percent", value)
        if subject is None and _GROWTH_OPENS.match(w.sent.text) and measures_in(w.sent.text) in ([], [GENERIC]):
            subject = "gdp_growth"  # "Growth in the first half was 5.8 percent, the city said": the economy's
        return Role(subject or "other:growth", "percent", value)
    if re.search(r"(?:of|占)\s*(?:the\s+|its\s+)?gdp|占gdp|gdp比重", window, re.I):
        return Role("other:share_of_gdp", "percent", value)
    if prev_role is not None and prev_role.unit == "percent" and re.search(r"average|平均", window, re.I):
        return Role(prev_role.indicator, "percent", value)
    if prev_role is not None and prev_role.unit == "percent" and _COMPARED.fullmatch(_A_YEAR.sub("", w.near)):
        return Role(prev_role.indicator, "percent", value)  # "grew 4.8%, faster than Shenzhen's 5.8%"
    if prev_role is not None and prev_role.unit == "percent" and _RESTATED.fullmatch(w.near):
        return Role(prev_role.indicator, "percent", value)  # "…唯一超过10%的区,达10.8%": the same rate, exactly
    if _SUBJECTLESS.fullmatch(before) and re.search(r"growth rate|增速|增长率|增幅", w.before[-40:], re.I):
        return Role(growth_subject(w.before, after) or "other:growth", "percent", value)  # GDP增速排名第一，达到5.6%
    return _continued_rate(w, prev_role) or Role("other:percent", "percent", value)


def _continued_rate(w: Window, prev_role: Role | None) -> Role | None:
    """A bare rate that continues the figure before it in a list: "Kunshan 5.3%, Jiangyin 5.1%" (the
    list's rate), "5,300亿元（5.6%）" or "6,100亿元，5.2%" (the level's growth)."""
    if prev_role is None or not _LISTED.fullmatch(w.near) or _NOT_LISTED.search(w.near):
        return None
    if prev_role.unit == "percent" and prev_role.relative is None and not prev_role.indicator.startswith("other:"):
        return Role(prev_role.indicator, "percent", w.q.value)
    partner = growth_of(prev_role.indicator)
    if partner and prev_role.unit in ("CNY", "USD") and re.fullmatch(r"[\s,，(（/]*", w.near):
        return Role(partner, "percent", w.q.value)
    return None


_ECONOMY_KEPT = re.compile(r"经济(?:运行)?(?:实现|保持|录得|完成)了?[^，。；,;\d]{0,4}$")
_ECONOMY_GREW = re.compile(r"经济(?:总量)?(?:同比|比上年|较上年|全年)?(?:增长|增速为?|增幅为?)(?:了|达到?|为)?$")


def growth_subject(before: str, after: str) -> str | None:
    """The indicator a growth rate is of: GDP ("economic growth"), fixed assets, or other:…_growth."""
    change_in = _CHANGE_IN.match(after)  # "an uptick of 6.2 percent in industrial output": the measure after
    named_after = money_indicator("", after[change_in.end() :], generic=False) if change_in else None
    if named_after:
        return growth_of(named_after) or f"other:{named_after.removeprefix('other:')}_growth"
    before = _ASIDE.sub(",", before)  # "The financial sector, which accounts for 40% of its GDP, grew 7.2%"
    gdp = last_match(GDP_GROWTH, before[-80:])
    sector = last_match(_SECTOR_NAMED, before[-80:])
    if sector and sector.start() >= len(before[-80:]) - 60 and not (gdp and gdp.start() > sector.end()):
        return "other:sector_growth"  # a sector grew, not the economy (unless GDP is named after it)
    if _ECONOMY_KEPT.search(before[-20:]) and re.match(r"的[^，。；]{0,4}(?:增长|增速|增幅)", after):
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
    ind = ind or money_indicator(before[-100:], "")
    counted = _count_nearer(before[-100:])
    if counted:
        return f"other:{counted}_growth"  # "…生产总值9348亿元，增长1.7%，新设企业同比增长44.1%"
    if ind == GENERIC:
        specific = money_indicator(before[:60], "", generic=False)
        if specific and specific != GENERIC:
            ind = specific
        elif _PLACES_OUTPUT.search(before[-100:]):
            return "gdp_growth"  # "its output of 530 billion yuan …, and it has grown at 6 percent": a place's output
    rec = indicator_record(ind)
    if rec is not None and rec.growth:
        return rec.growth
    if ind:
        return f"other:{ind.removeprefix('other:')}_growth"
    return None


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
