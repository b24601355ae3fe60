"""Find quantities in normalised text: money, percentages, fractions, ratios, people, areas, counts. A quantity
is a span with a value in the canonical unit. Labels such as "trillion-yuan district" or 万亿俱乐部 are marked as
labels, and bare scales after a crossing verb (突破千亿, 破万亿) as milestones; years, ordinals and dates are none."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..indicators import INDICATORS
from ..units import UnitError, chinese_numeral
from ._cues import CITATION
from ._dates_and_ids import is_year_or_date
from ._neighbours import a_rank, minus_signs, share_percent, structure_and_per_mille
from ._number_words import referred_to, words_before
from ._scales import DENOMINATORS, EN_SCALE, NUMERATORS, WORDS
from ._zh_labels import LABEL_AFTER, MEMBERS_AFTER, after_aside, dollars_before, labelled


@dataclass
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None  # CNY, USD, percent, persons, km2, ratio; None: a bare number (maybe a count)
    implied_money: bool = False  # a scale with no currency ("400 billion", "4276.76亿")
    label: bool = False  # "trillion-yuan district", 万亿俱乐部: not a figure
    milestone: bool = False  # 突破千亿, 破万亿: a bare scale after a crossing verb
    fraction: bool = False  # one-fourth, 四分之一, 1/4 (value already in percent)
    pp: bool = False  # percentage points: a difference, never a level
    lower: bool = False  # 20余家, 200多: "more than" carried by the number itself
    range_low: bool = False  # the first figure of "4.7 to 5 percent"
    club: bool = False  # "joined the trillion-yuan club": a crossing stated through the label
    by_label: bool = False  # 跨入万亿俱乐部, "became a trillion-yuan district": a figure only if no other is stated
    column: str | None = None  # the indicator a flattened table's header gives this number (GDP（亿元）)
    year: int | None = None  # the year a flattened table's column gives this number (| 2024年 | 2025年 |)
    year_before: bool = False  # a table's 上年同期 column: the same period a year before the table's
    span: str | None = None  # a table's average-growth column over its year columns (年均增长): "2021/2025"
    structure: bool = False  # a member of a sector structure (25.7:26.8:47.4): a share of the place's own GDP


_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
#: a figure run into the word before it by a careless copy ("GDP reached104.485 billion yuan", "was143.48
#: billion yuan"): read when a scale or a unit follows, so that "mp3", "Covid19" and "A320" stay words
_RUN_IN = r"\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion|yuan|percent|%)"
_EN = re.compile(
    r"(?:(?<![\w.,$])|(?<=[a-z]{2})(?=" + _RUN_IN + r"|[¥$]\d)|(?<=Total)(?=\d))"  # an infobox's "Total1,494 km2"
    r"(?P<cur>(?:RMB¥|CN¥|RMB|CNY|USD|US\$|HK\$|\$|¥)\s?)?"
    r"(?P<num>" + _NUM + r"|(?:(?:a|" + _ONES + r")\s+(?:hundred|dozen)|" + _ONES + r"|zero|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a)(?=[\s-]))"
    r"(?:(?P<more>[ -]?plus(?=\s)|\+)?(?:[ \u00a0]{1,6}|[\s-])?"  # "300-plus billion", "300+ billion": at least
    r"(?P<scale>hundred\s+(?:million|billion)|ten\s+thousand|thousand|million|billion|trillion|bn|tn|mn|mln|bln|trn|trln|tln|"
    r"tril|bil|(?:tr|b|t|k)(?=\s?(?:yuan|rmb|renminbi|dollars)\b)|(?(cur)k|(?!))|"  # "550k yuan", "$13.6k"
    r"m(?=\s?(?:(?:permanent|registered|resident|urban|rural)\s+)?(?:people|residents|inhabitants|persons|yuan|rmb|"
    r"renminbi|dollars)\b|[,;)]|\.(?!\d)|[ \t]*(?:\n|$)|\s(?:at|in|by|as|last|this|and|from|to|up|down|with)\s))\b)?"
    r"(?P<hyphen>-(?=yuan|dollar|rmb))?"
    r"(?:(?:\s|-(?=percent|per cent|square-|sq\b|sq-))?"  # "5.6-percent growth", "a 1,997-square-kilometer area"
    r"(?P<unit>(?:Chinese\s+)?yuan|renminbi|(?:RMB|CNY|USD)(?!\s?\d)|U\.?S\.?\s?dollars|dollars|percentage(?:\s+points?)?|per\s*cent|pct|pc|%|"
    r"times|square\s+(?:kilomet(?:er|re)s|km)|square-kilomet(?:er|re)s?|sq\.?[\s-]?km|km2|km²|people|persons|residents|"
    r"inhabitants)\b|[ \u00a0]?(?P<km>㎢|k㎡)|"
    r"[ \u00a0]?(?P<pct>%))?",  # "5.3 %." too
    re.IGNORECASE,
)
_POINTS = re.compile(r"[\s-]?(?:points?|pts?)\b", re.I)  # "0.7% points", "0.5%-pts": percentage points
_PP_AFTER = re.compile(r"\s+(?:and|or|to)\s+[\d.]+\s*percentage\s+points?", re.I)  # "… and 27.5 percentage points"
_EN_CLUB = re.compile(  # "joined the trillion-yuan club", "became China's third trillion-yuan district"
    r"\b(?:(?:join(?:s|ed|ing)?|enter(?:s|ed|ing)?|entry into|admitted to|belong(?:s|ed|ing)?\s+(?:to|in)|"
    r"(?:is|are|was|were|became|becomes?)\s+(?:now\s+|also\s+)?(?:a\s+)?members?\s+of)\s+(?:the\s+)?[\"']?"
    r"(?P<cur>(?:RMB|CNY)\s?)?(?:(?P<num>\d+(?:\.\d+)?|one|two|three|five|ten|hundred)[\s-])?(?P<scale>trillion|billion)"
    r"(?:[\s-]yuan)?(?:[\s-](?:district|county|city|GDP))?[\"']?\s+(?:club|tier|league)|"  # "joins the RMB 200bn club"
    r"(?:became|(?:(?<=expected to )|(?<=likely to )|(?<=set to )|(?<=could )|(?<=would ))become|becomes|"  # a forecast
    r"(?:has|have|had) become|turned into)\s+(?:a|an|the|its|(?-i:[A-Z])[a-z'’]+['’]s|one\s+of(?:\s+the)?)?\s*"
    r"(?:(?:first|second|third|fourth|fifth|sixth|latest|newest|only|next)\s+)?[\"']?(?P<cur2>(?:RMB|CNY)\s?)?"
    r"(?:(?P<num2>\d+(?:\.\d+)?|one|two|three|five|ten|hundred)[\s-])?(?P<scale2>trillion|billion)(?:[\s-]yuan)?[\"']?\s+"
    r"(?:districts?|count(?:y|ies)|cit(?:y|ies)|econom(?:y|ies)|areas?)|"  # "one of the RMB 200 billion districts"
    r"(?:(?:cross|pass|surpass|top|break|clear|hit|reach|exceed)(?:ed|es|s|ped|ing)?|broke|went)(?:\s+(?:through|past))?"
    r"\s+the\s+[\"']?(?P<scale3>trillion|hundred-billion)[\s-]yuan[\"']?\s+(?:mark|threshold|milestone|level|barrier)|"
    r"(?:join(?:s|ed|ing)?\s+[^.;:,]{2,80}?\s+(?:in\s+(?:the\s+)?|as\s+(?:fellow\s+)?)|"  # joined X in the club
    r"(?:join|enter)(?:s|ed|ing)?\s+the\s+ranks\s+of\s+(?:the\s+)?)[\"']?"  # "joined the ranks of …-yuan districts"
    r"(?:(?P<num4>\d+(?:\.\d+)?|one|two|three|five|ten|hundred)[\s-])?(?P<scale4>trillion|billion)[\s-]yuan[\"']?\s+"
    r"(?:club|districts|economies|counties|cities))",
    re.IGNORECASE,
)
_EN_FRACTION = re.compile(  # one-third, two-fifths, a sixth of, half
    r"\b(?P<frac>(?P<n>one|two|three|four)[-\s](?P<d>half|thirds?|fourths?|quarters?|fifths?|sixths?|sevenths?|eighths?|"
    r"ninths?|tenths?|elevenths?|twelfths?|twentieths?|hundredths?)(?!\s+(?:to|through|ended|ending)\s+(?-i:[A-Z]))|"
    r"half|"
    r"(?P<a>a)\s+(?P<ad>quarter|(?:third|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|hundredth)"
    r"(?=\s+of\b|\s*[.;]?\s*$|\s*[.;]\s)))\b",  # "…, with Jiangyin accounting for nearly a third."
    re.IGNORECASE,
)
_THE_QUARTERS = re.compile(r"\b(?:the|these|those|past)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_SHORT_SCALE = re.compile(r"(B|bn|b|M|mn|m|T|tn)(?!\w|,(?!\s)|\.\d)")  # "$550B, trailing", "$319b": a comma ends it
_SLASH_OF = re.compile(r"(?<![\d./])([1-9]\d?)/([1-9]\d{1,4})(?![\d/])(?=\s+of\b)")
_EN_TWICE = re.compile(  # "twice the national level", "double that of Futian": a ratio of 2, not the verb "doubled"
    # nor "double the 450 billion yuan it recorded in 2016" (a multiple of its own past, stated as that figure)
    r"\b(?:twice|double)(?=\s+(?:the|that|those|as\s+(?:much|large|high|big|rich)\s+as)\b(?!\s+(?:the\s+)?[\d$¥])|"
    r"\s+(?-i:[A-Z])[\w'’-]+['’]s\b)",  # "nearly double Boluo's"
    re.IGNORECASE,
)
_CN_NUM = (  # 五千三百二十, 三点五, 一万零八十六 (a 万 inside, numerals after it: 一万零八十六亿元 is 10086亿元)
    r"[零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]+)?(?:点[零〇一二三四五六七八九]+)?"
)
_ZH = re.compile(
    r"(?P<cur>人民币|美元|US\$|\$|¥)?"
    r"(?P<num>" + _NUM + r"|" + _CN_NUM + r")?"
    r"(?:[ \u00a0\u3000]{1,6}"  # 17800 亿元, 180.2 万人, 61 家: PDFs and pages space them
    r"(?=(?:万亿|千亿|百亿|亿|万)?(?:元|美元|人民币|人|户|家)|%|平方公里|平方千米|km|㎢|k㎡|倍|个?百分点))?"
    r"(?P<more>多|余)?"
    r"(?P<scale>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|兆(?=(?:美)?元|人民币)|(?<=破)兆|"  # 兆: Taiwan
    r"(?<=\d)千(?=余?多?[个家户人件项座所名])|(?<=\d)千(?=多|余))?"  # 逾5千个: five thousand
    r"(?P<more2>多|余)?(?P<big>(?<=\d千[多余])(?:亿|万)(?=元|美元|人民币))?"  # 4千多亿元: 4000多亿元
    r"(?P<unit>美元|元(?:人民币)?|人民币|万人|人次|人(?![气民才])|户|家|间(?=[\u4e00-\u9fff]{0,10}?(?:公司|企业))|个(?!百分点|点(?![位赞子击]))|件|项|座|所|平方公里|平方千米|公里[2²](?![\d\u4e00-\u9fff])|km2|km²|㎢|k㎡|%|倍|个百分点|百分点|个点(?![位赞子击]))?"
)
_ZH_MEASURE_WORD = re.compile(  # not 位居, 名列, 次于: 3150亿位居第四 is yuan, ranked
    r"架次|辆|吨|台(?!阶)|套|只|头|亩|平方米|千瓦|标箱|标准箱|册|张|部|份|名(?!列|次)|位(?![居列于次])|次(?!于)|条|批|艘|株|棵|盏|颗|片|块|箱|瓶|"
    r"包|单|笔|公斤|千克|立方米|立方|公里|千米|米|千伏安|伏安|公顷|双|小时|天|个|件|项|座|所|户|家|人"
)
_ZH_PEOPLE_AFTER = re.compile(r"的?(?:户籍|常住|城镇|农村|城区|总|外来|流动)?人口")
_EN_OTHER_CURRENCY = re.compile(  # "5 billion Hong Kong dollars", "300 billion yen"
    r"\s*(?:hong kong dollars|hk dollars|new taiwan dollars|nt dollars|yen|euros?|pounds|won|rubles?)\b", re.I
)
_OTHER_SYMBOL_BEFORE = re.compile(r"(?:€|£|₩|\bEUR|\bGBP|\bJPY)\s?$")
_ZH_WAN_YI = re.compile(r"(?<![\d.])(?P<wan>\d+)万零?(?P<yi>\d{1,4}(?:\.\d+)?)亿(?P<unit>美元|元)?")  # 1万2734亿元
_ZH_PERCENT_WORDS = re.compile(r"百分之(?P<num>" + _NUM + "|" + _CN_NUM + ")")
_ZH_FRACTION = re.compile(
    r"(?P<den>[一二两三四五六七八九十百千万零]+|\d+)分之(?P<num>[一二三四五六七八九]|\d+)(?![点.\d])|(?<![\d.])(?P<a>\d)/(?P<b>\d{1,2})(?![\d/])"
)
_ZH_HALF = re.compile(r"半壁江山|(?:(?<=[的占])|(?<=[的占][约近]))一半")  # 不足南山区的一半, 占全市的一半
_ZH_TENTHS = re.compile(  # 五成, 近七成 after a verb of amount: tenths, not 成都 or 完成
    r"(?<=[超过近约占达逾足到为是的了])([一二两三四五六七八九])成(?![都为功交本长员绩果效立熟型品片批不])"
)
_MILESTONE_VERB = re.compile(
    r"(?:突破|破|超过|超|跨越|跨过|跨上|迈上|迈过|跃上|跃升至|升至|站上|冲上|冲破|挺进|迈进|过|首破|首超|达到|达|"
    r"跨入|迈入|步入|登上|攀上|站稳|稳站|上)了?[\"']?$"
)
_NEARLY = re.compile(r"(?:近|接近|将近|约|逾|超出|不足|不到)[\"']?$")
_ZH_JOINED = re.compile(
    r"(?:跨入|迈入|加入|进入|跻身|挺进|晋级|步入|迈进|晋身|跃入|跨进|跃升至|跃升为|升至|晋升为|成为)了?"
    r"(?:继[^，。；,;继]{1,20}?(?:之后|后))?"  # 成为继浦东、海淀之后第三个万亿区
    r"(?:全国|全省|全市|中国|我国|内地|[\u4e00-\u9fff]{2,3}?(?=第|首个|又一个))?"
    r"(?:第[一二三四五六七八九十\d]+个|首个|又一个)?(?:gdp|GDP|地区生产总值|生产总值|经济总量)?[\"']?$"
)
_ZH_CLUB_AFTER = re.compile(  # 万亿俱乐部, 万亿县行列, 千亿级, "五千亿时代"
    r"(?:元)?[\"']?(?:(?:GDP)?(?:县|区|城区|城市|市|县市|强县)?[\"']?(?:俱乐部|行列|阵营|梯队)|级|时代|"
    r"(?:GDP)?(?:县|城区|区|城市|县市|大区)(?!委|政府))"  # 成为万亿城市: joined the class
)
_PEOPLE_CLASS = re.compile(r"口[\"'”]?大?(?:县|区|城市|市|县城|级)")
_MEASURE_CROSSED = re.compile(  # 成为首个GDP破5000亿元县级市: one place, the first of its class (not 3个GDP超…县)
    r"(?:首个|第[一二三四五六七八九十\d]+个|唯一|又一个|成为)(?:全国|全省|中部|西部|东部)?"
    r"(?:GDP|生产总值|经济总量)(?:首次|率先|已)?(?:突破|首破|破|超过|超|跨越|迈上|达到|达)$",
    re.I,
)
_CROSSED_MARK = re.compile(
    r"\b(?:cross(?:ed|es|ing)?|pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s)?|break(?:s|ing)?|broke|hit|"
    r"reach(?:ed|es|ing)?|exceed(?:ed|s|ing)?|(?:just\s+)?(?:short|shy) of)(?:\s+(?:through|past))?\s+the\s+$",
    re.I,
)
_MARK_AFTER = re.compile(  # "the one-trillion-yuan ($143.7 billion) threshold": a conversion between
    r"^(?:-?(?:yuan|dollar|rmb))?\s*(?:\([^()]{0,48}\)\s*)?(?:mark|threshold|milestone|benchmark|level|barrier|line)\b",
    re.I,
)
#: a hyphened figure no noun follows is no label ("rose to more than one-trillion-yuan in five years")
_NO_NOUN_AFTER = re.compile(
    r"(?:-?(?:yuan|dollar|rmb))?\s*(?:[,.;:!?]|$|\b(?:in|by|to|for|from|at|on|last|this|since|over|during)\b)", re.I
)
_PLACES_AFTER = re.compile(r"[\s-]+(?:count(?:y|ies)|districts?|cit(?:y|ies)|towns?)\b", re.I)  # a class by size
_ECONOMY_AFTER = re.compile(
    r"(?:-?(?:yuan|dollar|rmb))?\s+(?:econom(?:y|ies)|county|district|city|county-level city|new area)\b", re.I
)
_CLASS_ORDINAL = re.compile(  # "the first 200-billion-yuan county": a class it founded, not its size
    r"\b(?:first|second|third|fourth|fifth|only|latest|newest|another|next)\s+$", re.I
)
_STEP = re.compile(r"^[\"']?(?:台阶|大关|关口|量级)")  # 迈上千亿台阶, 突破万亿大关: the level reached
_ZH_SCALES = {
    "万亿": 1e12,
    "兆": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "万": 1e4,
    "千": 1e3,
}


def _en_number(text: str) -> float:
    t = text.lower().replace(",", "")
    if t in WORDS:
        return float(WORDS[t])
    if hundreds := re.fullmatch(r"(\w+)\s+(hundred|dozen)", t):  # "a hundred", "five hundred", "two dozen"
        return (100.0 if hundreds.group(2) == "hundred" else 12.0) * WORDS[hundreds.group(1)]
    return float(t)


_PART_OF_A = re.compile(r"\b(half|a quarter of|three quarters of|a third of|two thirds of)\s+$", re.I)
_PARTS = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75, "a third of": 1 / 3, "two thirds of": 2 / 3}


_WORD_COUNTED = re.compile(  # "five listed companies", "twelve high-tech enterprises": a count in words
    r"\s+(?:"
    + "|".join(INDICATORS[n].noun_en for n in ("listed_companies", "high_tech_enterprises", "little_giants"))
    + ")",
    re.I,
)
_PLUS_MONEY = re.compile(r"-?plus\s+(yuan|rmb|renminbi|dollars)\b", re.I)


def find_en(norm: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _EN.finditer(norm):
        num, scale, unit, cur = m.group("num"), m.group("scale"), m.group("unit") or m.group("pct"), m.group("cur")
        unit = unit or ("km2" if m.group("km") else None)  # "806 k㎡", "806㎢": one character for the unit
        if (
            num.isalpha()
            and not scale
            and not (unit and unit.lower() in ("percent", "per cent", "%", "times"))
            and not (num.lower() not in ("a", "hundred") and _WORD_COUNTED.match(norm, m.end()))
        ):
            continue  # a word number needs a scale, a percent sign, 'times' or a counted noun to be a figure
        if (num.lower() == "a" or (num.isalpha() and referred_to(norm, m.start()))) and not scale:
            continue  # "a" alone; "the three districts host 290 listed companies": the places referred to
        value = _en_number(num)
        first, value = words_before(norm, m.start(), num, value) if num.isalpha() else (m.start(), value)
        after = norm[m.end() : m.end() + 12]
        plus = _PLUS_MONEY.match(norm, m.end()) if scale and not unit else None  # "1 trillion-plus yuan"
        if plus:
            unit = plus.group(1)
        label = not plus and (
            bool(m.group("hyphen")) or bool(re.match(r"-(?:yuan|dollar|rmb|strong|level|plus)", after, re.I))
        )
        if (
            scale
            and not label
            and re.match(r"\s?-", norm[m.start("scale") - 1 : m.start("scale")])
            and (re.match(r"-?(?:yuan|dollar)", after, re.I))
        ):
            label = True
        if (
            label
            and _CROSSED_MARK.search(norm[max(0, m.start() - 30) : m.start()])
            and _MARK_AFTER.match(norm[m.end() : m.end() + 72])
        ):
            label = False  # "crossed the 1-trillion-yuan mark": the figure crossed, not a label
        if label and m.group("hyphen") and _NO_NOUN_AFTER.match(norm, m.end()):
            label = False
        label = label or bool(scale and _PLACES_AFTER.match(norm, m.end()))  # "100 billion (yuan) counties"
        short = _SHORT_SCALE.match(norm, m.end()) if cur and not scale and not unit else None
        scale = short.group(1) if short else scale  # "RMB355.01B", "$1.2T": a currency's figure, its scale run on
        mult = EN_SCALE[re.sub(r"\s+", " ", scale.lower())] if scale else 1.0
        eco = _ECONOMY_AFTER.match(norm, m.end()) if label and scale else None
        if eco and not _round_class(value * mult, "econom" in eco.group().lower()):
            # "a 530-billion-yuan economy": a size stated, not a class like "trillion-yuan district"
            label = bool(_CLASS_ORDINAL.search(norm, max(0, m.start() - 24), m.start()))
        u = (unit or "").lower()
        label = label or (cur or "").strip().upper() == "HK$" or bool(_EN_OTHER_CURRENCY.match(norm, m.end()))
        label = label or bool(_OTHER_SYMBOL_BEFORE.search(norm, max(0, m.start() - 4), m.start()))  # "(€460 billion)"
        start = first  # "two hundred and fifteen billion": from its first word
        part = _PART_OF_A.search(norm, max(0, start - 20), start) if scale and num.lower() in ("a", "an") else None
        if part:  # "half a trillion yuan", "a quarter of a trillion": one figure, not a fraction and a trillion
            start, value = part.start(), value * _PARTS[part.group(1).lower()]
        end = plus.end() if plus else short.end() if short else m.end()
        q = Quantity(start, end, value * mult, None, label=label, lower=bool(plus or m.group("more")))
        points = u.startswith("percentage") and (u != "percentage" or _PP_AFTER.match(norm, m.end()))  # "3.6 percentage
        if points or (u in ("%", "percent") and _POINTS.match(norm, m.end())):  # and …", "0.7% points", "0.5%-pts"
            q.unit, q.pp = "percent", True
        elif u in ("percent", "per cent", "%", "pct", "pc", "percentage") or re.fullmatch(r"per\s+cent", u):
            q.unit = "percent"
        elif u == "times":
            q.unit = "ratio"
        elif u.startswith(("square", "sq", "km")):
            q.unit = "km2"
        elif u in ("people", "persons", "residents", "inhabitants"):
            q.unit = "persons"
        elif (cur and "$" in cur) or u.endswith("dollars") or u == "usd" or (cur or "").strip().upper() == "USD":
            q.unit = "USD"
        elif cur or u in ("yuan", "renminbi", "rmb", "cny") or u.endswith(" yuan"):
            q.unit = "CNY"
        elif (scale and num[0].isdigit()) or (scale and num.isalpha()):
            q.implied_money = True
        if re.search(r"\b(?:per|every|each)\s*$|每$", norm[max(0, m.start() - 7) : m.start()]):
            continue  # "per 10,000 residents": part of a unit
        if q.unit is None and not scale and is_year_or_date(norm, m.start(), m.end(), num):
            continue
        if q.unit is None and q.label is False and not scale and re.match(r"-(?![\d.])", norm[m.end() : m.end() + 2]):
            continue  # "15-year", "10-kilometer": compound adjectives (not "5-5.5 percent", a range)
        if q.unit is None and not scale and re.match(r"[A-Za-z]", norm[m.end() : m.end() + 1]):
            continue  # "5G", "3D", "4K": part of a name
        out.append(q)
    for m in _EN_CLUB.finditer(norm):
        num = m.group("num") or m.group("num2") or m.group("num4")
        scale = m.group("scale") or m.group("scale2") or m.group("scale3") or m.group("scale4")
        value = (
            1e11 if scale.lower() == "hundred-billion" else (_en_number(num) if num else 1.0) * EN_SCALE[scale.lower()]
        )
        groups = ("cur", "cur2", "num", "num2", "num4", "scale", "scale2", "scale3", "scale4")
        start = min(m.start(g) for g in groups if m.group(g))
        start = m.start() if m.group("scale4") else start  # "joined Pudong … in the trillion-yuan club": from 'joined'
        out.append(Quantity(start, m.end(), value, "CNY", milestone=True, club=True, by_label=bool(m.group("scale2"))))
    for m in _EN_TWICE.finditer(norm):
        out.append(Quantity(m.start(), m.end(), 2.0, "ratio"))
    for m in _EN_FRACTION.finditer(norm):
        if re.search(r"(?:first|second|last|latter|former|past)[\s-]+$", norm[max(0, m.start() - 8) : m.start()], re.I):
            continue  # "the first half of 2025", "first three quarters": periods, not shares
        if (m.group("d") or "").lower() == "quarters" and _the_quarters(norm, m.start(), m.end()):
            continue  # "during the three quarters", "in these three quarters": a period, no share
        if re.match(r"[- ]?(?:way|century|decade|year|hour|day|month|time)s?\b", norm[m.end() : m.end() + 9], re.I):
            continue  # "more than half way", "half a century", "a quarter century": no share
        out.append(Quantity(m.start(), m.end(), _fraction(m), "percent", fraction=True))
    for m in _SLASH_OF.finditer(norm):  # "1/76 of the nation's GDP": a share, not the numbers 1 and 76
        pct = 100 * int(m.group(1)) / int(m.group(2))
        out.append(Quantity(m.start(), m.end(), _share_rounded(pct), "percent", fraction=True))
    share_percent(norm, out)
    minus_signs(norm, out)
    return _dedupe(out, norm)


def _the_quarters(norm: str, start: int, end: int) -> bool:
    """ "the three quarters" with no "of" after: the quarters of a year."""
    return bool(_THE_QUARTERS.search(norm[max(0, start - 12) : start])) and not _OF_AFTER.match(norm, end)


def _share_rounded(pct: float) -> float:
    """A fraction in percent to three significant digits, as shares are written: 33.3, 6.25, 1.32, 0.0125."""
    return float(f"{pct:.3g}")


def _fraction(m: re.Match[str]) -> float:
    """A spelled fraction in percent: two-thirds 66.7, a sixth 16.7, half 50."""
    if m.group("frac").lower() == "half":
        return 50.0
    num = NUMERATORS[(m.group("n") or m.group("a")).lower()]
    den = DENOMINATORS[(m.group("d") or m.group("ad")).lower().removesuffix("s")]
    return round(100 * num / den, 1)


def _round_class(value: float, economy: bool = False) -> bool:
    """A power of ten, or for a county (not an economy) 2, 3 or 5 of one ("a 500-billion-yuan county"): a class."""
    lead = value / 10 ** math.floor(math.log10(value)) if value > 0 else 0
    return value > 0 and any(math.isclose(lead, k) for k in ((1, 10) if economy else (1, 2, 3, 5, 10)))


def find_zh(norm: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _ZH.finditer(norm):
        if m.end() == m.start():
            continue
        num, scale, unit, cur = m.group("num"), m.group("scale"), m.group("unit"), m.group("cur")
        more = bool(m.group("more") or m.group("more2"))
        if not num and not scale:
            continue
        if num and not (scale or unit or cur) and (not num[0].isdigit() or _zh_year_or_date(norm, m.end(), num)):
            continue
        if num and not num[0].isdigit() and not (scale or unit):
            continue
        if num and len(num) > 1 and re.fullmatch(r"[一二两三四五六七八九]+", num):
            continue  # 唯一一个, 三四个: a word's 一 before the article, a rough 'three or four', not 11 or 34
        if unit == "个" and re.match(r"季|月|星期|周|小时|工作日", norm[m.end() : m.end() + 2]):
            continue  # 前两个季度, 三个月: a span of time, not a count
        if num == "一" and not scale and unit in ("个", "座", "家", "项", "件", "所", "户"):
            continue  # 一座城市, 一个区: the article 'a', not a count of one
        start = m.start()
        nearly = not num and _NEARLY.search(norm[max(0, start - 3) : start])  # 近万亿元, 逾千亿元, 不足万亿元
        upwards = (not num or num in ("十", "百", "千")) and norm[max(0, start - 1) : start] == "上"  # 上千亿
        after = after_aside(norm, m.end())  # 5000亿(人民币,下同)俱乐部, 万亿（兆）城区
        joined = (
            bool(_ZH_JOINED.search(norm, max(0, start - 40), start))
            and bool(_ZH_CLUB_AFTER.match(after))
            and not MEMBERS_AFTER.match(after)  # 挤进5000亿俱乐部名单的有35个城市: a group's
        )  # 跨入千亿俱乐部, 跻身千亿级, 迈入"五千亿时代": a crossing stated through the label
        if not num:
            # a bare scale: a figure only after a crossing verb (突破千亿, 破万亿), else a label (万亿城区)
            crossed = _MILESTONE_VERB.search(norm[max(0, start - 3) : start])
            if not (crossed or nearly or joined) or scale not in ("万亿", "千亿", "百亿", "兆"):
                continue
            if (
                LABEL_AFTER.match(norm[m.end() : m.end() + 4])
                and not _STEP.match(norm[m.end() : m.end() + 4])
                and not joined
                and not _MEASURE_CROSSED.search(norm, max(0, start - 14), start)  # 成为GDP超万亿城市: crossed
            ):
                continue
            value = 1.0
        else:
            if m.start("num") > 0 and norm[m.start("num") - 1] in "第" and not a_rank(norm, m.start("num"), m.end()):
                continue
            try:
                value = float(num.replace(",", "")) if num[0].isdigit() else chinese_numeral(num)
            except (ValueError, UnitError):
                continue
        label = labelled(norm, start, m.end(), after, unit, scale) or bool(
            unit == "人" and _PEOPLE_CLASS.match(norm, m.end())  # 百万人口大县: a class of places, not a figure
        )
        if (
            label
            and _STEP.match(norm[m.end() : m.end() + 4])
            and _MILESTONE_VERB.search(norm[max(0, start - 3) : start])
        ):
            label = False  # 迈上2500亿元台阶: a figure crossed, not a label
        if joined and scale in ("万亿", "千亿", "百亿", "亿", "兆") and unit in (None, "元", "元人民币"):
            label = False
        if label and _MEASURE_CROSSED.search(norm, max(0, start - 14), start):
            label = False  # 首个GDP破5000亿元县级市: the measure crossed the figure; the class noun follows it
        value *= _ZH_SCALES.get(scale or "", 1.0) * _ZH_SCALES.get(m.group("big") or "", 1.0)
        milestone = (not num and not nearly) or (joined and scale is not None)
        q = Quantity(start, m.end(), value, None, label=label, milestone=milestone, lower=more or upwards)
        q.club = q.by_label = joined and scale is not None and unit in (None, "元", "元人民币")
        if unit in ("%",):
            q.unit = "percent"
        elif unit in ("个百分点", "百分点", "个点"):  # 高于全市2个点: percentage points, in speech
            q.unit, q.pp = "percent", True
        elif unit == "个" and _PP_LISTED_AFTER.match(norm, m.end()):  # 分别提升1.4个、6.6个百分点: the list's
            q.unit, q.pp = "percent", True  # percentage points, the measure word said once for each
        elif unit == "倍":
            q.unit = "ratio"
        elif unit in ("平方公里", "平方千米", "公里2", "公里²", "km2", "km²", "㎢", "k㎡"):  # 公里2: a lost ²
            q.unit = "km2"
        elif unit == "美元" or cur in ("美元", "US$", "$"):
            q.unit = "USD"
        elif unit in ("元", "人民币", "元人民币") or cur in ("人民币", "¥"):
            q.unit = "CNY"
        elif unit in ("万人",):
            q.unit, q.value = "persons", q.value * 1e4
        elif unit in ("人", "人次"):
            q.unit = "persons"
        elif unit:
            q.unit = None  # 家, 户, 个…: a count; the noun decides the indicator
        elif scale and _ZH_PEOPLE_AFTER.match(norm, m.end()):
            q.unit = "persons"  # 79.59万的户籍人口, 120万常住人口: people, not yuan
        elif scale and not _ZH_MEASURE_WORD.match(norm, m.end()):
            q.unit = dollars_before(norm, start)  # 折合美元约2900亿; else 1000亿 is yuan unless a measure word
            q.implied_money = q.unit is None  # follows (60万架次, 50万吨, 3万辆)
        out.append(q)
    for m in _ZH_WAN_YI.finditer(norm):
        value = (float(m.group("wan")) * 1e4 + float(m.group("yi"))) * 1e8
        unit = {"元": "CNY", "美元": "USD"}.get(m.group("unit") or "")
        out.append(Quantity(m.start(), m.end(), value, unit, implied_money=unit is None))
    for m in _ZH_PERCENT_WORDS.finditer(norm):
        num = m.group("num")
        try:
            v = float(num) if num[0].isdigit() else chinese_numeral(num)
        except (ValueError, UnitError):
            continue
        out.append(Quantity(m.start(), m.end(), v, "percent"))
    for m in _ZH_FRACTION.finditer(norm):
        if m.group("den"):
            den, nu = m.group("den"), m.group("num")
            d = float(den) if den.isdigit() else chinese_numeral(den)
            n = float(nu) if nu.isdigit() else chinese_numeral(nu)
        else:
            n, d = float(m.group("a")), float(m.group("b"))
        if d and n < d:  # 三分之一 33.3; 万分之一 0.01
            pct = 100 * n / d
            share = d != 100  # 百分之五 is a percentage written out, which may be a growth rate; 三分之一 a share
            out.append(Quantity(m.start(), m.end(), _share_rounded(pct), "percent", fraction=share))
    for m in _ZH_HALF.finditer(norm):
        out.append(Quantity(m.start(), m.end(), 50.0, "percent", fraction=True))
    for m in _ZH_TENTHS.finditer(norm):  # 超过五成: tenths
        out.append(Quantity(m.start(), m.end(), 10.0 * chinese_numeral(m.group(1)), "percent", fraction=True))
    structure_and_per_mille(norm, out)
    minus_signs(norm, out)
    return _dedupe(out, norm)


_PP_LISTED_AFTER = re.compile(r"(?:[、，,]|和|及|与)\s*\d[\d.]*\s*个?百分点")
_DATE_GOES_ON = re.compile(r"[-/.]\d+(?![\d.]*\s*(?:%|个百分点|百分点|亿|万|千|元|倍|人))")  # 5-20, not 5-5.5%


def _zh_year_or_date(norm: str, end: int, num: str) -> bool:
    """A year or a date's part (2024年, 2024-05-01, 5/20), not a figure; "5500-5600亿元" is a range."""
    dated = _DATE_GOES_ON.match(norm, end) and re.fullmatch(r"(?:19|20)\d\d|\d{1,2}", num)
    return bool(re.match(r"[年月日号时届次期]|[ \t\u3000]*年", norm[end : end + 2])) or bool(dated)


def _dedupe(qs: list[Quantity], norm: str) -> list[Quantity]:
    """Keep the longest of overlapping quantities, in text order; no value too big for a float, no citation (GDP[1])."""
    qs = [
        q
        for q in qs
        if math.isfinite(q.value) and not (q.unit is None and CITATION.match(norm, q.start - 1, q.end + 1))
    ]
    qs.sort(key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quantity] = []
    for q in qs:
        if out and q.start < out[-1].end:
            money = out[-1].unit in ("CNY", "USD") or out[-1].implied_money  # "half a trillion yuan": the money
            if (q.fraction and not out[-1].fraction and not money) or (q.club and out[-1].label):
                out[-1] = q  # a fraction over its digits; a club over the label it is said through
            continue
        out.append(q)
    return out
