"""Shares and ratios: what a percentage is a share of ("a quarter of the city's GDP", 占全市的23.2%,
"one-third of Suzhou's foreign trade") and what a multiple is relative to ("2.5 times the national
average")."""

from __future__ import annotations

import re

from . import _cues as cues
from ._bases import AS_MUCH_OR_BOUND, AVERAGE_LEVEL, IN_WHOLE_SHARE, ZH_GDP_WORD
from ._growth import SECTOR_NAMED
from ._places import COUNTRY
from ._roles import AREA, COUNTS, GENERIC, MONEY, POPULATION, Role, last_match, level_of, money_indicator
from ._window import Window

__all__ = ["ratio", "relative_of_share", "share"]

_ABOUT = r"(?:about |around |nearly |almost |roughly |more than |over |less than |just |some )?$"
_GAPPED_FOR = re.compile(  # "… and Kunshan for almost": a share whose verb is left out after another place's
    r"\b(?:and|while|with)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+for\s+" + _ABOUT, re.I
)
_CONTRIBUTING = re.compile(
    r"\b(?:contribut(?:ed|ing|es)|account(?:ed|ing|s)? for|ma(?:de|king|kes) up|represent(?:ed|ing|s)?)\s+" + _ABOUT,
    re.I,
)


_NAMED_AFTER = re.compile(  # "of Suzhou's GDP", "to Shenzhen's GDP", "of the GDP of Suzhou", "of that of Shanghai"
    r"\s*(?:share\s+)?(?:of|to|the size of)\s+"
    r"(?:(?:(?:the\s+)?(?i:total\s+)?(?i:official\s+|whole\s+|combined\s+)?"
    r"(?i:gdp|economy|(?:economic |total )?output|(?:resident |permanent )?population|"
    r"(?:land )?area)\s+(?:of|in)|that (?:of|in))\s+(?=[A-Z])|the\s+(?=[A-Z]))?"  # "of the population in Sichuan"
    r"(?!China)" + cues.EN_NAME + r"(?:\s+" + cues.EN_NAME + r")?"
    r"(?:['’]s(?:\s+(?!total\b)\w|\W|$)|\s+(?i:total|economy|gdp)\b|(?<=\w)(?=[\s.,;]))"
)
_NAMED_BEFORE = re.compile(
    r"\bshare (?:of|in)\s+(?!China)" + cues.EN_NAME + r"(?:\s+" + cues.EN_NAME + r")?['’]s\s+(?P<owned>[^,;]{2,40}?)\s+"
    r"(?:rose|fell|grew|climbed|increased|reached|stood at|was|is|hit)\s+(?:to\s+)?(?:about\s+|nearly\s+)?$"
)

_OF_OUTPUT = re.compile(
    r"\s*of\s+(?:the\s+|its\s+)?(?:[\w'’-]+['’]s\s+)?(?:total\s+|annual\s+|overall\s+|economic\s+)?output\b(?!\s+value)",
    re.I,
)


_PARENT_SHARE_BEFORE = re.compile(  # "its share of the city's GDP rose to 27 percent"
    r"\b(?:share|proportion)\s+(?:of|in)\s+(?:the\s+)?(?:city's|municipality's|city|city-?wide)\s+"
    r"(?:gdp|economy|economic output|output|total)\b[^,;.\d]{0,30}$",
    re.I,
)


_ZH_SHARE_OF = re.compile(
    r"占(?!比)(?:到)?([^,，。；;占\d%]{2,10}?)(?:总)?(?:面积|人口)?的?(?:比重|比例)?(?:为|达|达到|超过|超|近|约|逾|接近|不足|高达)*$"
)


ZH_SHARE_LISTED = re.compile(  # 占长沙市的三分之一、湖南省的: the second whole of a list of shares after one 占
    r"占(?!比)[^，,。；;占]{2,24}?[、和及与]([\u4e00-\u9fff]{2,10}?)(?:总)?(?:面积|人口)?的?$"
)
_ZH_IN_WHOLE = re.compile(  # 在苏州GDP中的占比为, 在全市经济总量中的比重达到: a place's part in a whole
    r"在(全市|全省|全国|[\u4e00-\u9fff]{2,8}?)"
    + IN_WHOLE_SHARE
    + r"(?:为|是|达|达到|约|近|超过|逾|提高到|提高至|提升至|升至)*$"
)
_ZH_PART_OF_PLACE = re.compile(  # 约为南山区的, 相当于南山区GDP的, 不足南京的: a share of another place's level
    AS_MUCH_OR_BOUND
    + r"(?:[\u4e00-\u9fff]{1,8}(?:区|县|市|省|旗)|(?P<bare>[\u4e00-\u9fff]{2,4}?))"
    + ZH_GDP_WORD
    + r"?的(?:约|近|不到|不足|超过|逾)?$"
)
_ZH_PLACE_BEFORE = re.compile(r"(?<!全)[\u4e00-\u9fff]{2,}(?:的)?(?:约|近|不到|不足|超过|逾|将近|接近)?$")
_BOUND_BEFORE_MEASURE = r"(?:[强弱]|以上|左右|多)"  # 四分之一强的GDP, 四分之一以上的经济总量: a bound between
_ZH_MEASURE_AFTER = re.compile(
    _BOUND_BEFORE_MEASURE + r"?的(?:土地|国土)?(?:面积|土地|人口|常住人口|gdp|GDP|经济总量|经济产出|地区生产总值)"
)


_A_MEASURE_ALONE = re.compile(r"(?:总|常住|户籍|全部)(?:人口|面积)?(?:总数|总量)?|(?:人口|面积)(?:总数|总量)?")


def _of_a_place(base: str) -> bool:
    """占北京市总面积的 / 占深圳经济总量的 / 占上海全市的: the share of a place (named before its measure), not
    of a measure alone (占规上工业产值比重, 占GDP比重)."""
    if _A_MEASURE_ALONE.fullmatch(base):
        return False  # 男性人口…分别占总人口的51.8%: a part of the people, no place's share
    starts = [m.start() for cue in MONEY for m in [cue.pattern.search(base)] if m]  # GDP's cues among them
    if not starts:
        return True
    prefix = base[: min(starts)]  # a place's name, not a qualifier of the measure (规上, 工业, 全部)
    return len(prefix) >= 2 and not prefix.startswith("全") and not re.search(r"[业产规企上下内外]", prefix)


_AVERAGE_AFTER = re.compile(
    r"\s*of\s+(?:the\s+)?(?:(?P<country>national|country's|nation's)|(?P<province>provincial|province's)|"
    r"(?P<parent>city|city's|municipal))\s+(?:average|level)\b",
    re.I,
)
_AVERAGE_BEFORE = re.compile(
    r"(?:(?P<country>全国)|(?P<province>全省)|(?P<parent>全市))(?:人均|平均){0,2}(?:水平|值)的?"
    r"(?:约|近|不到|不足|超过|逾|将近|接近)?$"
)
_NAMED_AVERAGE_BEFORE = re.compile(  # 为深圳人均水平的72%, 相当于南山区平均水平的: another place's level
    r"(?:是|为|相当于|只有|仅为|达到?)(?:[\u4e00-\u9fff]{1,6}(?:区|县|市|省)|[\u4e00-\u9fff]{2,3}?)"
    + AVERAGE_LEVEL
    + r"(?:约|近|不到|不足|超过|逾|将近|接近)?$"
)


def _of_an_average(w: Window) -> str | None:
    """ "88 percent of the national average", 相当于全省平均水平的88%: the place whose average it is; 为深圳人均
    水平的72%: the place named before it."""
    m = _AVERAGE_AFTER.match(w.after) or _AVERAGE_BEFORE.search(w.clause[-14:])
    if m is None:
        named = _NAMED_AVERAGE_BEFORE.search(w.clause[-18:])
        return "place" if named and not re.search(r"[业期年类行]|" + _A_TIME.pattern, named.group()) else None
    return COUNTRY if m.lastgroup == "country" else m.lastgroup


_AUTONOMOUS = re.compile(r"\bautonomous region\b|\b(?:Ningxia|Xinjiang|Tibet|Xizang|Guangxi|Inner Mongolia)\b", re.I)
_SHARE_OF_IT = re.compile(r"\bshare\s+of\s+(?:it|that)\s+(?:was|is|stood at|came to)\s+(?:about\s+|nearly\s+)?$", re.I)


def relative_of_share(w: Window, prev_role: Role | None) -> str | None:
    before, after_l = w.clause, w.after.lower()
    average = _of_an_average(w)
    if average is not None:
        return average
    if re.match(r"\s*(?:of|to)\s+(?:the\s+)?(?:province's|province|provincial)\b", after_l) or re.search(
        r"占(?:到)?全省|全省的?(?:约|近|超过|逾|将近)?$", before[-12:]
    ):
        return "province"
    if re.match(r"\s*(?:of|to)\s+(?:the\s+)?(?:autonomous\s+)?region's\b", after_l) and _AUTONOMOUS.search(
        w.norm, max(0, w.q.start - 3000), w.q.start
    ):
        return "region"  # "13.5 percent of the region's land" in a text on Ningxia: the autonomous region
    if (
        re.match(
            r"\s*(?:(?:of|to)\s+(?:the\s+)?(?:(?:whole|entire)\s+)?(?:city's|city|municipality's|municipal|capital's|"
            r"metropolis's|prefecture's|prefecture)|(?:of|to)\s+(?:its|the)\s+(?:city|prefecture))",
            w.after,
            re.I,
        )
        or cues.NAMED_TOTAL.match(w.after)  # "of Shenzhen's total"
        or re.search(r"占(?:到)?全市|全市占比|全市的?(?:约|近|超过|逾|将近)?$|占全市", before[-12:])
        or _PARENT_SHARE_BEFORE.search(before)
    ):
        return "parent"
    owner = last_match(_POSSESSOR, w.before) if _OF_ITS.match(w.after) else None
    if owner is not None and re.search(r"\bof\s+$", w.before[: owner.start()]):
        # "… a quarter of Shenzhen's GDP with a tenth of its land", "of the city's land, … 27% of its GDP"; not
        # "Tianhe's service sector makes up 90 percent of its output": Tianhe's own
        if _THE_COUNTRY.fullmatch(owner.group(1)):
            return COUNTRY  # "of China's GDP … its land"
        return "province" if owner.group(1).lower() == "the province" else "parent"
    of_it = re.match(r"\s*of\s+(?:it|that)\b(?!\s+(?:of|in)\b)", w.after) or _SHARE_OF_IT.search(w.clause)
    if of_it and (prev_role is None or prev_role.indicator == "gdp"):
        return "previous"  # "Wuxi posted GDP of 1.66 trillion yuan, and Jiangyin accounted for a third of it";
        # "Suzhou reported GDP of 2.67 trillion yuan. Zhangjiagang's share of that was about 13 percent"
    if _NAMED_AFTER.match(w.after) or _NAMED_BEFORE.search(w.clause):
        return "named"  # "one-third of Suzhou's foreign trade", "its share of Shenzhen's GDP rose to 28.5%"
    if re.match(r"\s*of\s+(?:the\s+)?(?:country's|nation's|china's|national)", after_l) or re.search(
        r"占全国|全国的?(?:约|近|不到|不足|超过|逾|将近|接近)?$", before[-10:]
    ):
        return COUNTRY
    if _ZH_PLACE_BEFORE.search(before[-10:]) and _ZH_MEASURE_AFTER.match(w.after):
        return "place"  # 以深圳9.4%的面积, 贡献了深圳约27%的GDP: a share of the place written just before
    whole = _ZH_IN_WHOLE.search(before[-24:])  # 在苏州GDP中的占比为, 在全市经济总量中的比重达到: a place's share,
    subject = before[: len(before) - 24 + whole.start()] if whole else ""  # not 服务业在经济总量中的占比: a sector's
    if whole and money_indicator(subject, "", generic=False) in (None, "gdp"):
        named = {"全市": "parent", "全省": "province", "全国": COUNTRY}.get(whole.group(1))
        if named or _of_a_place(whole.group(0)[1:]):
            return named or "place"
    part_of = _ZH_PART_OF_PLACE.search(before[-20:])
    if part_of and not (part_of.group("bare") and _A_TIME.search(part_of.group("bare"))):
        return "place"  # 福田区GDP约为南山区的60%, 是南京的三成; not 相当于去年的九成 (a time, no place)
    share = _ZH_SHARE_OF.search(before[-20:]) or ZH_SHARE_LISTED.search(w.before[-40:])  # 占长沙市的1/3、湖南省的
    if share and _of_a_place(share.group(1)):
        return "place"  # 仅占北京市总面积的2.6%, 占深圳经济总量的四分之一: a named place's share
    if re.match(r"的(?:gdp|经济总量|地区生产总值)", after_l) and re.search(
        r"(?:贡献|创造)了?[^，,。；;]{0,8}$", before
    ):
        return "place" if re.search(r"[^全]{2}(?:全市)?$", before[-6:]) and "贡献了全" not in before else "parent"
    if re.match(r"\s*of\s+the\s+(?:total|whole)\s*(?:[,.;)]|$|(?:in|for|last|this|that)\b)", w.after, re.I):
        return "previous"  # "GDP was 3.68 trillion yuan, with Nanshan accounting for 27 percent of the total"
    zh_part = re.search(r"(?:独占|占了?)(?:约|近|超过|逾|将近)?$", before[-5:]) or re.search(
        r"(?<![产业])(?:贡献了?|占比(?:为|达|达到)?)(?:约|近|超过|逾|将近)?$", before[-10:]
    )
    if zh_part and prev_role is not None and prev_role.unit in ("CNY", "USD"):
        return "previous"  # 2022年GDP总量为41610.9亿元,海淀独占1/4; 全市GDP达3.8万亿元，南山区贡献约27% / 占比约27%
    if (
        prev_role is not None
        and prev_role.unit in ("CNY", "USD")
        and _CONTRIBUTING.search(before[-40:])
        and not re.match(r"\s*of\b", w.after, re.I)
    ):
        return "previous"  # "Shenzhen's GDP reached 3.8 trillion yuan, with Nanshan contributing a quarter"
    if (
        prev_role is not None
        and prev_role.unit == "percent"
        and prev_role.relative
        and (
            _CONTRIBUTING.search(before[-40:])
            or re.search(r"(?:则|仅|也)?占(?:约|近|超过|逾|了)?$", before[-6:])
            or _GAPPED_FOR.search(before[-40:])  # "… accounted for 15% of the city's output and Kunshan for 20%"
        )
        and _NOTHING_NAMED_AFTER.match(w.after)
    ):
        return (
            "same"  # "Futian accounts for 16.3 percent of Shenzhen's GDP, while Nanshan contributes about 26 percent"
        )
    if (
        prev_role is not None
        and prev_role.unit == "percent"
        and prev_role.relative
        and _NEXT_IN_LIST.search(w.near)
        and (
            _ZH_MEASURE_AFTER.match(w.after)
            or _MEASURE_OF_AFTER.match(w.after)
            or (cues.RESPECTIVELY.search(w.before) and _NOTHING_NAMED_AFTER.match(w.after))  # 分别占长沙市的9%和11%
        )
    ):
        return prev_role.relative  # 以全市9%的土地、10%的人口: the list's next share is of the same whole
    return None


_PARTICIPLE = re.compile(r"\s*(?:accounting for|making up|representing|contributing)\b|\s*(?:约|近|则)?占(?!比)", re.I)
_NOTHING_NAMED_AFTER = re.compile(r"\s*(?:(?:in|for)\s+(?:19|20)\d\d\s*)?(?:[,.;)，。；]|$)")
_POSSESSOR = re.compile(  # "Shenzhen's", "Xi'an's", "the city's"
    r"\b((?-i:[A-Z])[\w-]*(?:['’](?!s\b)[a-z]+)*|the (?:country|nation|city|province))['’]s\b", re.I
)
_THE_COUNTRY = re.compile(r"China|the (?:country|nation)", re.I)
_OF_ITS = re.compile(
    r"\s*of\s+its\s+(?:total\s+|resident\s+|permanent\s+)?"
    r"(?:land|area|territory|gdp|economic output|output|population)\b",
    re.I,
)
_NEXT_IN_LIST = re.compile(  # "…, 10% of the population", "… of the city's output with only 4% of the total area"
    r"(?:[、,，和及与]|\band|\b(?:with|while\s+(?:occupying|covering|having|taking\s+up))(?:\s+only|\s+just|\s+a\s+mere)?)\s*"
    r"(?:约|近|不到|不足|超过|逾|将近|接近|about\s+|nearly\s+|some\s+|less\s+than\s+|under\s+)?$"
)
_MEASURE_OF_AFTER = re.compile(
    r"\s*of\s+(?:its|the(?:\s+(?:city|province|country|nation)['’]s)?|" + cues.EN_NAME + r"['’]s)\s+"
    r"(?:total\s+|resident\s+|permanent\s+)?"
    r"(?:population|residents|land|area|gdp|economic output|output)\b",
    re.I,
)


_PLACE_ALONE = re.compile(
    r"\s*of\s+(?:the\s+)?" + cues.EN_NAME + r"(?:\s+" + cues.EN_NAME + r")?\s*(?:[,.;)]|$)"
)  # "of Shenzhen,"
_SIZE_WORDS = re.compile(r"\b(?:small|smaller|tiny|compact|size|land|territory|area|space|footprint)\b", re.I)
_AREA_OWNED = re.compile(r"\s*(?:total\s+)?(?:land(?:\s+area)?|area|territory)\b", re.I)
_PEOPLE_OWNED = re.compile(r"\s*(?:total\s+|resident\s+|permanent\s+)?(?:population|residents|people)\b", re.I)


_A_PART_OF_THE_PLACE = re.compile(  # a clause whose subject is a sector, a kind of firm or of revenue, not a place
    r"\W*(?:the\s+)?(?:(?:output|added\s+value|value\s+added|revenue|sales)\s+(?:of|from)\s+(?:the\s+)?)?"
    r"(?:[a-z&-]+\s+){0,3}(?:industr(?:y|ies)|sectors?|services|manufacturing|enterprises|firms|companies|exports|"
    r"imports|tax\s+revenue)\s+(?:\w+\s+){0,2}?(?:accounted|accounts|made|makes|contributed|contributes|"
    r"represented|represents)\s+(?:up\s+)?(?:for\s+)?(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?",
    re.I,
)


_OF_A_PER_CAPITA = re.compile(r"\s*of\s+(?:the\s+|its\s+)?[\w\s'’-]{0,30}?\bper[\s-]+capita\b", re.I)


def share(w: Window, relative: str, prev_role: Role | None, last_money: str | None = None) -> Role:
    value = w.q.value
    if relative == "same" and prev_role is not None:  # the share just before, of another place: the same measure
        return Role(prev_role.indicator, "percent", value, relative)
    if relative in ("named", "parent") and _A_PART_OF_THE_PLACE.fullmatch(w.clause):
        return Role("other:share", "percent", value)  # "The output of strategic emerging industries accounted for
        # 55 percent of Kunshan's total industrial output": a part of the place's own measure, no place's share
    if relative == "named" and SECTOR_NAMED.search(w.clause):  # "Futian's finance sector accounts for 40 percent of
        return Role("other:share", "percent", value)  # Shenzhen's GDP": the sector's share, not the place's
    if relative == "named":  # "…GDP made up a third of Shanghai's GDP": the same indicator on both sides
        before = _NAMED_BEFORE.search(w.clause)
        owned = before.group("owned") if before else re.split(r"['’]s?(?:\s|$)", w.after, maxsplit=1)[-1]
        if _PLACE_ALONE.match(w.after):  # "a small district making up just one-tenth of Shenzhen": of its land;
            # after GDP was spoken of, "Tianhe accounts for about a fifth of Guangzhou": of its GDP
            possessed = "area" if _SIZE_WORDS.search(w.before[-60:]) else "gdp" if last_money == "gdp" else None
        else:
            possessed = (  # "of Guangzhou's land", "of Shenzhen's population"
                "area" if _AREA_OWNED.match(owned) else "population" if _PEOPLE_OWNED.match(owned) else None
            ) or money_indicator("", owned)
        output = r"(?:total\s+|annual\s+|economic\s+)?output\b(?!\s+value)"
        if possessed in (None, GENERIC) and (re.match(output, owned) or _OF_OUTPUT.match(w.after)):
            possessed = "gdp"  # "roughly a third of Quanzhou's output", "of the output of Quanzhou": its GDP
        earlier = level_of(prev_role.indicator) if prev_role and prev_role.unit != "percent" else None  # not a share
        stated = money_indicator(w.clause[-60:], "") or earlier or money_indicator(w.before[-100:], "", generic=False)
        # "The city's GDP, up 10.2 percent, accounts for 34.7 percent of that of Sichuan": past the aside
        if stated == GENERIC and re.search(r"['’]s\s+(?:total\s+|annual\s+|economic\s+)?output\b", w.clause):
            stated = "gdp"  # "Nanshan's output equals 27 percent of Shenzhen's": a place's output is its GDP
        if possessed is None and re.match(r"(?:in|for|last|this|and|or|a|an|the)\b|\W|$|" + cues.FIGURE_START, owned):
            possessed = stated  # "Pudong's GDP represented 34 percent of Shanghai's in 2024": the measure named
        if possessed is None or possessed.startswith("other:") or stated not in (None, possessed):
            return Role("other:share", "percent", value)
        return Role(possessed, "percent", value, relative)
    window = w.clause[-80:] + " " + w.after[:80]
    level = level_of(prev_role.indicator) if prev_role else None  # a share is of a level, not of a rate, nor of
    if prev_role is not None and prev_role.unit == "ratio":  # 规上工业总产值1.32万亿元，是2020年的1.27倍，占全市33.6%
        level = money_indicator(w.before[-80:], "") or last_money  # the sum named before
    after = re.sub("^" + _BOUND_BEFORE_MEASURE + "(?=的)", "", w.after)  # 四分之一强的GDP: a quarter of the GDP
    ind = money_indicator(w.clause[-40:], after) or ("gdp" if _OF_OUTPUT.match(w.after) else level)
    if ind == "gdp" and _OF_A_PER_CAPITA.match(w.after):
        return Role("other:share", "percent", value)  # "67 percent of the national GDP per capita": no share of GDP
    # "With 10 percent of the city's population, Nanshan produces 27 percent of its output": not the last level
    if ind is None and not w.clause.strip():  # "Futian's GDP, 16 percent of Shenzhen's total, …": an apposition
        ind = money_indicator(w.before[-60:], "", generic=False)
    other_level = (  # the figure just before is a level outside the vocabulary: the share is of it, not of a
        prev_role
        is not None  # measure named earlier in the sentence (研发投入占GDP比重3.9%，PCT专利申请量5200件，占全国
        and prev_role.unit
        != "percent"  # 的1/20); not 在上海16个区中排名第一，约占全市的三分之一 (a field, then the rank)
        and prev_role.indicator.startswith("other:")
        and w.prev_end is not None
        and re.fullmatch(r"\W{0,3}", w.norm[w.prev_end : w.clause_start]) is not None
    )
    if (
        ind is None and _PARTICIPLE.match(w.clause) and not other_level
    ):  # "Haizhu's GDP ranked fifth …, accounting for 8.9 percent of
        ind = money_indicator(w.before[: len(w.before) - len(w.clause)][-100:], "", generic=False)  # the city's total"
    if ind in (None, GENERIC) and _OF_OUTPUT.match(w.after):
        ind = "gdp"  # "17 percent of the city's output": a place's output is its GDP
    if relative == "previous":
        ind = level if prev_role is not None else last_money  # the total just named, here or a sentence before
    named_after = re.sub(r"^\s*(?:[强弱]?的|of\s+(?:the\s+|its\s+)?(?:[\w'’]+['’]s\s+)?)", "", w.after)[:12]
    if (
        AREA.match(named_after)
        or _AREA_OWNED.match(named_after)
        or (
            AREA.search(window)
            and not money_indicator("", named_after, generic=False)
            and not POPULATION.match(named_after)  # "1% of the land area and 39.2% of the population": people
        )
    ):
        ind = "area"  # "9 percent of the city's area", "of China's land", 以全市1.3%的土地 (not …土地，创造了21%的GDP)
    elif (
        (
            POPULATION.match(named_after)
            or (
                POPULATION.search(w.clause[-24:])
                and not money_indicator(w.clause[-24:], "", generic=False)
                and not money_indicator("", named_after, generic=False)  # 以全市9%的人口创造了26%的GDP: of its GDP
            )
        )
        and not cues.POPULATION_NOT.search(w.clause[-24:])
    ):
        ind = "population"  # "home to 10 percent of the city's population", 常住人口占全市的10% (not 60岁以上人口占比)
    elif POPULATION.search(w.clause[-24:]) and not money_indicator(w.clause[-24:], named_after, generic=False):
        return Role("other:people_share", "percent", value)  # 实际管理人口占全市近1/5: people of another count, not
        # the measure of the clause before (…，工业产值占全市近1/4)
    if ind is None and not other_level:  # not 上市企业58家，PCT专利申请量5200件，占全国的1/20: the patents' share
        for name, cue, _ in COUNTS:
            if cue.search(w.before):
                ind = name
    if (
        ind is None
        and prev_role is None
        and last_money == "gdp"
        and relative in ("parent", "province", COUNTRY)
        and money_indicator(w.sent.text, "") is None  # not "Fixed assets … of the city's total investment"
        and not AREA.search(w.sent.text)
    ):
        ind = "gdp"  # 记者：南山区GDP占全市比重是多少？ 答：约占全市的26.1%: the measure being discussed
    if ind and not ind.startswith("other:"):
        return Role(ind, "percent", value, relative)
    return Role("other:share", "percent", value)


def ratio(w: Window, prev_role: Role | None) -> Role:
    after = re.sub(r"^\s*as\s+(?:much|large|high|big|rich)\s+as\b", "", w.after)  # "twice as high as the …"
    after_l = after.lower()
    clause = re.sub(r"[(（][^)）]{0,20}[)）]", "", w.clause)  # 是全国平均水平（2.68%）的3倍: the level is an aside
    clause = re.sub(f"(?:{cues.ZH_ROUGHLY}|达)$", "", clause)  # 是全国平均水平的约37倍
    national = (
        re.match(r"\s*(?:the )?(?:national|全国)", after_l)
        or re.match(r"\s*(?:that|those|the level|the figure) (?:of|for) (?:china|the country|the nation)\b", after_l)
        or cues.RELATIVE_COUNTRY.match(after_l.strip())
        or re.search(r"(?:全国|全中国|中国)(?:人均|平均)?(?:水平|值)?的?$", clause[-10:])  # 全国人均水平的5.5倍
    )
    measure = prev_role.indicator if prev_role is not None else money_indicator(w.clause[-60:], "", generic=False)
    if measure and measure.endswith("growth") and _A_LEVEL.search(w.clause[-20:]):
        measure = level_of(measure) or measure  # 同比增长6.5%，总量是福田区的1.7倍: the level's ratio, not the rate's
    if not measure or measure.startswith("other:"):
        return Role("other:ratio", "ratio", w.q.value)
    if national:
        return Role(measure, "ratio", w.q.value, COUNTRY)  # "per capita GDP is three times the national average"
    if _TIMES_PLACE_AFTER.match(after) or _TIMES_PLACE_AFTER.match(w.after):
        return Role(measure, "ratio", w.q.value, "named")  # "three times the Shenzhen average"
    if _TIMES_CITY_AFTER.match(after_l) or re.search(r"全市(?:平均)?(?:水平|值)?的?$", clause[-10:]):
        return Role(measure, "ratio", w.q.value, "parent")  # "twice the city average", 是全市平均水平的2.9倍
    if re.search(r"全省(?:平均)?(?:水平|值)?的?$", clause[-10:]) or _TIMES_PROVINCE_AFTER.match(after_l):
        return Role(measure, "ratio", w.q.value, "province")
    named = _TIMES_NAMED_BEFORE.search(clause[-16:])
    if named and not _A_TIME.search(named.group()):
        return Role(measure, "ratio", w.q.value, "place")  # 是福田区的1.6倍: the place written just before
    return Role("other:ratio", "ratio", w.q.value)


_A_LEVEL = re.compile(r"总量|规模|体量|\b(?:size|total)\b", re.I)
_TIMES_NAMED_BEFORE = re.compile(  # …6倍、深圳平均水平的, 不到福田区的
    r"(?:是|为|相当于|达到?|不到|不足|超过|[、，,和]|^)[\u4e00-\u9fff]{2,10}?的$"
)
_A_TIME = re.compile(r"年前|年后|去年|上年|前年|同期|期末|时期|年代|建区|建市|设区|之初|当年|初期")  # 是十年前的两倍


_TIMES_PLACE_AFTER = re.compile(
    r"\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:['’]s)?\s+(?:average|level|figure|rate|mean)\b|\s*that\s+of\s+(?-i:[A-Z])|"
    r"\s*(?:the\s+size\s+of|as\s+(?:large|big)\s+as)\s+(?-i:[A-Z])|"  # "1.6 times the size of Tianhe's"
    r"\s*(?-i:[A-Z])[\w'’-]+['’]s\b|"  # "1.6 times Futian's"
    r"\s*the\s+(?:level|figure|average|rate)\s+(?:in|of|for)\s+(?-i:[A-Z])",  # "nearly double the level in Boluo"
    re.I,
)
_TIMES_PROVINCE_AFTER = re.compile(r"\s*(?:the\s+)?(?:provincial|province-?wide|province's)\s+(?:average|level|figure)")
_TIMES_CITY_AFTER = re.compile(r"\s*(?:the\s+)?(?:city|municipal|citywide|city-wide)\s+(?:average|level|figure)")
