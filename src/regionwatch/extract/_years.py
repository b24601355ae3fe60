"""Years in text and spans of years: a year as written, the span an average rate is over (stated
years, "the past five years", 近十年, a five-year plan spoken of, "the next five years"), a plan's last
year (十四五 → 2025), "N years ago", and the year a list's heading gives its items."""

from __future__ import annotations

import re

from ._cues import MONTH_NAME
from ._years_apart import YEARS_AGO, YEARS_LATER, count_of

__all__ = [
    "EDITION",
    "EN_CENSUS",
    "GONE_AFTER",
    "GONE_BEFORE",
    "GONE_JOINED",
    "MONTH_DAY",
    "NEXT_FIVE",
    "PAST_FIVE",
    "PLAN_END",
    "SINCE_AFTER",
    "TIMES_OF_YEAR",
    "YEAR",
    "YEARS_AGO",
    "YEARS_FIGURE",
    "YEARS_LATER",
    "YEAR_ONTO_FIGURE",
    "YEAR_RANGE",
    "ZH_CENSUS",
    "a_date",
    "average",
    "box_year",
    "census_year",
    "count_of",
    "cumulative",
    "founding",
    "is_base",
    "list_heading_year",
    "names_span",
    "plan_end",
    "plan_spoken_of",
    "since",
    "span_years",
    "years_ahead",
    "years_back",
    "years_named",
]

YEAR = re.compile(  # not a count that happens to lie in the range: 新增企业1983家, 1990人
    r"(?<![\d.])((?:19[5-9]|20[0-9])\d)(?![\d%]|\.\d|[-/]\d{1,2}[-/]\d{1,2}\b)"  # not a date: 2018-02-08
    r"(?!\s*(?:亿|万|千|百|元|%|多|余|家|个|人|项|件|户|名|辆|套|吨|平方|公里|米|座|所|张|台|亩|间|条|次|份|位|例|批|km|sq))"
)
_AVERAGE = re.compile(
    r"average annual|annual average|annually on average|average of [^.;]{0,20}annually|年均|平均每年|"
    r"(?<![\d〇零])(?:[一二两三四五六七八九十]{1,2}|\d{1,2})\s*年"  # 近三年平均增速, 五年来…平均增长
    r"(?:(?:来|以来|间)[^。；;]{0,16}?|的?(?:gdp|经济)?)平均|"
    r"compound annual|\bcagr\b|复合(?:年均)?增长率|"
    r"\baverag(?:ed|ing|es)\b|\bon average\b|\ban average (?:growth|increase|rate|expansion)\b|"
    r"\ban average of [^.;]{0,20}(?:a year|per year|annually|each year)|"
    r"^\s*(?:percent|%)?\s*(?:a year|per year|each year|annually)\b(?!\s+(?:earlier|ago|before|later)|-on-)",
    re.I,
)
_THE_AVERAGE = re.compile(r"\b(?:the|its)\s+average\s+(?:has\s+been|was|is|stood\s+at)\b", re.I)  # of a rate
_ANNUAL = re.compile(r"\bannual(?:ly)?\b|每年", re.I)
_UNIT_OFF = re.compile(r"^\s*(?:%|percent)?\s*", re.I)
_SPAN = re.compile(  # "10 years till 2015", "the decade to 2019"
    r"(\d+|five|ten|fifteen)\s+years\s+(?:till|until|to|through|up to)\s+((?:19|20)\d\d)|"
    r"\b(decade)\s+(?:till|until|to|through|up to)\s+((?:19|20)\d\d)",
    re.I,
)
YEAR_RANGE = re.compile(r"[(（]\s*(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|\d\d)\s*[)）]")  # (2016-20): a span
_BETWEEN = re.compile(
    r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|through)\s+((?:19|20)\d\d)\b|"
    r"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|—|(?:年\s*)?(?:至|到))\s*((?:19|20)\d\d|\d\d)年|"  # 2020—2024年, 2021-25年
    r"[(（]\s*((?:19|20)\d\d)\s*(?:-|–|—|to)\s*((?:19|20)\d\d)\s*[)）]|"  # "the 14th Five-Year Plan (2021-2025)"
    r"(?<![\d\-/.])((?:19|20)\d\d)\s*(?:-|–|—)\s*((?:19|20)\d\d|\d\d)(?![\d\-/:年]|\.\d)",  # "in 2021-25."
    re.I,
)
GONE_BEFORE = re.compile(  # the places that went before, with their years: 继2018年浦东新区、2022年海淀区之后
    r"继[^，,。；;]{0,40}?之?后|\b[Aa]fter\s+[A-Z][^,;.]{0,40}?(?:in|by|\()\s*(?:19|20)\d\d[^,;.]{0,40}?,"
)
GONE_AFTER = re.compile(  # "…passed 1 trillion yuan, after Shanghai Pudong (2018) and Beijing Haidian (2022)"
    r"[^.;]{0,40}?,\s*(?:after|following|joining)\s+[A-Z][^.;]{0,80}(?:19|20)\d\d\)?"
)
GONE_JOINED = re.compile(r"\bjoin(?:s|ed|ing)?\s+[A-Z][^.;]{0,80}(?:19|20)\d\d\)?")  # "joining Pudong (2018) …"
PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_PLAN_EN = {"11th": 2010, "12th": 2015, "13th": 2020, "14th": 2025, "15th": 2030}
_PLAN_ANY = re.compile(r"(十[一二三四五]五)|\b(1[1-5]th) five[- ]year[- ]plan", re.I)
_AT_PLAN_END = re.compile(  # "at the end of the 13th Five-Year Plan period", “十三五”末: the plan's last year
    r"(?:\b(?:at|by) the end of the (1[1-5]th) five[- ]year[- ]plan(?: period)?\b|"
    r"(十[一二三四五]五)[\"'”’]?(?:期末|时期末|末))",
    re.I,
)


_AT_PLAN_END_AFTER = re.compile(r"[^.;,，。；\d]{0,12}?(?:" + _AT_PLAN_END.pattern + ")", re.I)
_AT_PLAN_END_BEFORE = re.compile("(?:" + _AT_PLAN_END.pattern + ")的?$", re.I)  # 由“十三五”末的6527亿元


def at_plan_end(text: str, where: str = "opening") -> int | None:
    """The last year of the five-year plan whose end ``text`` names: at its start for the figure's own words
    ``where="after"`` it, at its end for the words ``"just before"`` it, else (``"opening"``) the last named
    in the words before it, no year written there and not as a base of comparison."""
    if where == "after":
        m = _AT_PLAN_END_AFTER.match(text)
    elif where == "just before":
        m = _AT_PLAN_END_BEFORE.search(text)
    else:
        m = next(reversed(list(_AT_PLAN_END.finditer(text))), None)
        compared = m is not None and re.search(
            r"(?:较|比|相比|than|compared (?:with|to))\s*(?:the\s+)?[“\"]?$", text[: m.start()]
        )
        m = None if m is None or compared or YEAR.search(text) else m  # 较“十三五”末增长28%: a base
    if m is None:
        return None
    return _PLAN_EN[m.group(1).lower()] if m.group(1) else PLAN_END[m.group(2)]


NEXT_FIVE = re.compile(r"(?:over|in|for) the next five years|未来五年|今后五年|今后5年|未来5年|next five years", re.I)
PAST_FIVE = re.compile(
    r"(?:past|last|these) five years|(?:过去|这|近)[五5]年|[五5]年来|五年间|"
    r"十[一二三四五]五[\"'”’]?(?:时期|期间|以来)|\b(?:during|over|in) the 1[1-5]th five[- ]year[- ]plan(?: period)?",
    re.I,
)  # 十四五时期, "during the 14th Five-Year Plan period": a review of the plan's five years


def years_named(sentence: str) -> tuple[int, int] | None:
    """The first and last year of a span as written ("between 2020 and 2024", 2022—2024年, "(2021-2025)")."""
    between = _BETWEEN.search(sentence)
    if not between:
        return None
    first, last = (int(y) for y in between.groups() if y)
    if last < 100:  # "2021-25": the last year's century is the first's
        last += first // 100 * 100
    return (first, last) if first < last else None


def span_years(sentence: str) -> tuple[int, int] | None:
    """(base, end) of a span the sentence names: "between 2020 and 2024" → (2020, 2024); a plan's
    years "(2021-2025)" → (2020, 2025), its base being the year before its first."""
    named = years_named(sentence)
    if named is None or named[0] >= named[1]:
        return None
    first, last = named
    return (first - 1, last) if last - first == 4 and first % 5 == 1 else (first, last)


def average(
    sentence: str, before: str, after: str, reported: int | None, pub_year: int | None, line_before: str = ""
) -> str | None:
    """The span ("2021/2025") an average rate is over, when the words around the figure say it is
    an average: stated years, a plan, the past or next N years; ``reported`` is the latest year the
    document reports on; ``line_before`` the figure's line before it (a line of sentences run on with ;)."""
    span = _SPAN.search(sentence)
    annual = _ANNUAL.search(before[-40:] + after[:40]) and _NEXT_N.search(sentence)  # "annually in the next 5 years"
    own = re.split(r"[,;，；]", before[-40:])[-1] + " " + re.split(r"[,;，；]|\band\b", after[:40])[0]
    annual = annual or (_ANNUAL.search(own) and _IN_YEARS.match(_UNIT_OFF.sub("", after[:40])))  # "… 6 percent for
    # 2021-2025": a rate a year over the span after it
    annual = annual or (_ANNUAL.search(own) and years_back(sentence))  # "over the last 5 years … has annually
    # increased by 10.8%", "… at an annual rate of 10.8%": its own clause says a year's rate
    said_after = _AVERAGE.search(after[:40])  # "6.2 percent average annual growth", not "up 15.0% year on year and
    said_after = said_after if said_after and not re.search(r"\band\b|[,;，；]", after[: said_after.start()]) else None
    # a fact box's label ("The average annual growth of investment in fixed assets: 10%"); not "an average … of
    # 10.3%"; the clause's subject ("the average annual growth between 2010 and 2019 was 7.2 percent")
    labelled = line_before.rstrip().endswith((":", "：")) and _AVERAGE.search(line_before)
    subject = re.split(r"[,;，；]|\d(?:\s*(?:%|percent))", before[-70:])[-1]
    averaged = _AVERAGE.search(before[-40:]) or _AVERAGE.search(subject) or _THE_AVERAGE.search(before[-40:])
    if not span and not annual and not averaged and not said_after and not labelled:
        return None
    # "GDP: 41.92 billion yuan in 2020; 67.5 billion yuan in 2025; an average annual growth rate of 10%": from the
    # first level stated to the last (not a date the sentence also holds: ——2026年1月8日在…会议上)
    said = re.split(r"[。！？!?\n]|\.(?!\d)", line_before or before)[-1]
    levels = sorted({int(m.group(1)) for m in YEAR.finditer(said) if not a_date(said, m.start(1), m.end(1))})
    if len(levels) >= 2 and not span and not years_named(sentence):
        return f"{levels[0] + 1}/{levels[-1]}"
    return over_years(sentence, reported, pub_year)


_CUMULATIVE = re.compile(r"累计|合计|共计|\bcumulative(?:ly)?\b|\bin total\b|\ba (?:combined|total) of\b", re.I)


def cumulative(sentence: str, before: str, reported: int | None, pub_year: int | None, review: bool) -> str | None:
    """The span ("2021/2025") a total is summed over: 累计, "a total of", "cumulatively", in a sentence or a
    paragraph that speaks of several years (五年来, 十四五期间, "over the past five years", 2021—2025年).
    A total within one year (1—9月累计) is no span: None."""
    if not _CUMULATIVE.search(before[-24:]):
        return None
    several = (
        review
        or PAST_FIVE.search(sentence)
        or NEXT_FIVE.search(sentence)
        or _NEXT_N.search(sentence)
        or _SPAN.search(sentence)
        or plan_spoken_of(sentence)
        or years_named(sentence)
        or years_back(sentence)
    )
    return over_years(sentence, reported, pub_year) if several else None


def over_years(sentence: str, reported: int | None, pub_year: int | None) -> str | None:
    """The span a figure over several years covers: stated years, a plan, the past or next N years;
    ``reported`` is the latest year the document reports on."""
    span = _SPAN.search(sentence)
    ahead = _average_ahead(sentence, pub_year)
    if ahead:
        return ahead
    years_all = [int(y) for y in YEAR.findall(sentence)]
    end = reported
    if span:
        word, end = span.group(1) or span.group(3), int(span.group(2) or span.group(4))
        n = {"five": 5, "ten": 10, "fifteen": 15, "decade": 10}.get(word.lower()) or int(word)
        return f"{end - n + 1}/{end}"
    named = years_named(sentence)
    if named:  # "between 2016 and 2024", 2016—2024年: growth from the first year's level to the last's
        first, last = named
        if last - first == 4 and first % 5 == 1:
            return f"{first}/{last}"  # 2021—2025年: a five-year plan's years, all of them
        if first + 1 == last:
            return str(last)  # 2024-2025年年均增长: growth over one year, the last one's
        if _IN_YEARS.search(sentence):
            return f"{first}/{last}"  # "to average 4.8% a year in 2025-29": each year's growth, the first's too
        return f"{first + 1}/{last}" if first < last else None
    if end is None:
        return None
    n = years_back(sentence)
    plan = plan_spoken_of(sentence)  # "十四五"以来, 十四五期间: from the plan's first year
    if plan is not None:
        end = min(end, plan)
    earlier = [y for y in years_all if y < end]  # before the span's end (十三五期间…，2020年突破…: 2020 ends it)
    if plan is not None and earlier and all(plan - 4 < y <= plan for y in earlier):  # years inside the plan: "During
        # the 13th Five-Year Plan period, GDP grew at an average annual rate of 5.4 percent, reaching 360.5 billion
        # yuan in 2019" (its last year to report on), 十三五期间…年均增长5.4%，2018年突破3000亿元 (a year on the way)
        return f"{plan - 4}/{max(earlier) if max(earlier) >= (pub_year or 0) - 1 else end}"
    if earlier:
        start = max(earlier) + 1
    elif n:
        start = end - n + 1  # 近十年, "over the past three years"
    elif plan:
        start = plan - 4  # "十四五"以来: from the plan's first year
    else:
        start = end - 4
    return f"{start}/{end}" if start < end else None


_PLAN_SPAN = re.compile(
    r"(十[一二三四五]五)[\"'”]?(?:规划)?(?:期间|时期|以来)|"
    r"\b(?:during|over|in|since|throughout)\s+the\s+(1[1-5]th)\s+five[- ]year\s+plan",
    re.I,
)


_PLAN_A_BASE = re.compile(r"(?:是|为|相当于|比|较|与|同)[\"'“‘]?$")
_PLAN_END_AFTER = re.compile(r"[\"'”’」]?(?:期末|时期末|末)")


def _compared_plan(text: str, m: re.Match[str]) -> bool:
    """Whether a plan is named as what a figure is compared with over its years (是“十三五”时期的1.3倍), not as a
    moment (相比“十三五”期末的6527亿元: the plan's end, where a span starts)."""
    return bool(_PLAN_A_BASE.search(text, max(0, m.start() - 4), m.start())) and not _PLAN_END_AFTER.match(
        text, m.end()
    )


def plan_spoken_of(text: str) -> int | None:
    """The last year of a plan whose years a sentence speaks of (十四五期间, "during the 14th Five-Year
    Plan"), not of one named as a base (相比"十三五"期末)."""
    m = next((m for m in _PLAN_SPAN.finditer(text) if not _compared_plan(text, m)), None)
    if m is None:
        return None  # 累计完成1050亿元，是"十三五"时期的1.3倍: the plan before, a base
    return PLAN_END[m.group(1)] if m.group(1) else _PLAN_EN[m.group(2).lower()]


def names_span(sentence: str) -> bool:
    """Whether a sentence names the span its averages are over: years, a plan, the past or next N years."""
    spans = (_SPAN.search, years_named, years_back, plan_spoken_of, plan_end, NEXT_FIVE.search, PAST_FIVE.search)
    return any(find(sentence) for find in spans) or bool(_NEXT_N.search(sentence))


_IN_YEARS = re.compile(r"\b(?:in|during|over|across|for)\s+(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|\d\d)\b", re.I)


def _average_ahead(sentence: str, pub_year: int | None) -> str | None:
    """An average over years to come: a plan not yet ended ("十五五"时期…年均增长6%: 2026/2030), or
    the next five years (今后五年, from the publication year)."""
    if pub_year is None or re.search(r"以来|since", sentence, re.I):
        return None
    end = plan_end(sentence)
    if end is not None and end > pub_year - 1 and end - 4 >= pub_year - 1:
        return f"{end - 4}/{end}"
    if NEXT_FIVE.search(sentence):
        return f"{pub_year}/{pub_year + 4}"
    count = years_ahead(sentence)  # "annual growth above 6 percent in the next three years", 未来三年
    if count:
        return f"{pub_year}/{pub_year + count - 1}" if count > 1 else None
    by = _BY_YEAR_AHEAD.search(sentence)  # "would need average growth of 9 percent to get there by 2030"
    if by and int(by.group(1) or by.group(2)) > pub_year:
        return f"{pub_year}/{by.group(1) or by.group(2)}"
    return None


_BY_YEAR_AHEAD = re.compile(r"\b(?:by|until|till|through)\s+(20\d\d)\b|到(20\d\d)年", re.I)


_NEXT_N = re.compile(
    r"\b(?:over|in|for|during) the (?:next|coming) (two|three|four|five|six|seven|eight|nine|ten|\d+) years|"
    r"(?:未来|今后)(?:[二两三四五\d][到至~-]?)?(两|三|四|五|六|七|八|九|十|\d+)年",  # 未来二三年, 未来3至5年: the later
    re.I,
)
_YEARS_BACK = re.compile(
    r"(?:近|过去|最近|这)\s*(\d+|[一二两三四五六七八九十]+)\s*年|"  # 过去十年, 这十年
    # 十年来, 5年间 (not 2012年以来)
    r"(?<![\d〇零一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年(?:来|以来|间)|"
    r"(?:past|last)\s+(\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+years|(?:past|last)\s+(decade)",
    re.I,
)


def years_back(text: str) -> int | None:
    """How many years "the past N years", 近十年 or "the past decade" span."""
    m = _YEARS_BACK.search(text)
    return None if m is None else count_of(m)


def years_ahead(text: str) -> int | None:
    """How many years "the next three years", 未来二三年 (the later) span."""
    m = _NEXT_N.search(text)
    return None if m is None else count_of(m)


def plan_end(text: str) -> int | None:
    plan = next((m for m in _PLAN_ANY.finditer(text) if not _compared_plan(text, m)), None)
    if plan is None:
        return None
    return PLAN_END.get(plan.group(1) or "") or _PLAN_EN.get((plan.group(2) or "").lower())


_HEADING_YEAR = re.compile(  # "Key figures for Kunshan in 2025:", 2025年主要经济指标：
    r"(?:\b(?:in|for|of)\s+((?:19|20)\d\d)|((?:19|20)\d\d)年[^，。,.\n]{0,12})\s*[:：]\s*$", re.I
)


ZH_CENSUS = re.compile(r"第([七六76])次(?:全国)?人口普查|([七六])普(?:数据|结果)?")
EN_CENSUS = re.compile(r"\b(seventh|7th|sixth|6th)\s+(?:national\s+)?(?:population\s+)?census\b", re.I)


_BASE_BEFORE = re.compile(  # 与2010年…相比, "compared with 2019", "up from … in the sixth census"
    r"(?:与|比|较|同|compared (?:with|to)|than|against|versus|from)\s*(?:the\s+)?(?:(?:19|20)\d\d\s*年?\s*)?$|"
    r"\b(?:from|compared (?:with|to)|against|versus)\s+(?:about\s+|nearly\s+|just\s+)?\d[\d.,]*\s*"  # "up from 43 in"
    r"(?:%|percent|(?:million|billion|trillion)?\s*(?:yuan)?)?\s+in\s+$|"
    r"(?:yuan|percent|%)\s+over\s+$|\b(?:that|those) of\s+$|"  # "… yuan over 2015", "1.6 times that of 2015"
    r"\b(?:compared (?:with|to)|against|versus|than|over|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:levels?|period|figures?)\s+(?:of|in)\s+$",  # "compared to pre-pandemic levels in 2019"
    re.I,
)


YEARS_FIGURE = re.compile(r"(?:19|20)\d\d\s*年(?:末|底)?(?:的|时)(?:约|近)?\d")  # 2020年的4561亿元: its year
EDITION = re.compile(r"年?[^，,。；;\d]{0,20}?(?:百强|榜单|名单)")  # 2025年全国百强县榜单: a ranking's edition
SINCE_AFTER = re.compile(  # 1984年以来: the start of a span, not the figure's year; 1992年撤县设市以来,
    r"\s*年?(?:以来|来|起|至今)|年[^\d，,。；;：:、]{1,8}?以来"  # 2012年党的十八大以来: since an event of that year
)
_SINCE_BEFORE = re.compile(  # "Since 1990, …"; "since its establishment in 1992", "since it was set up as a city in
    r"\bsince\s+(?:(?:its|the|it|was|became|being|becoming|first)\s+)*(?:[a-z'’-]+\s+){0,2}?"  # 1992"
    r"(?:founding|foundation|establishment|inception|creation|launch|founded|established|set\s+up|created|"
    r"launched|formed|upgraded|designated|opening[- ]up)\b[^.;:,\d]{0,30}?\bin\s+$|\bsince\s+$",
    re.I,
)


def since(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` starts a span up to now ("Since 1990, …", 1990年以来, 2020年至今),
    or is the year of the event one does (1992年撤县设市以来, "since its founding in 1990"): not the year of a
    figure, nor the year the sentences after speak of."""
    return bool(_SINCE_BEFORE.search(text, max(0, start - 80), start) or SINCE_AFTER.match(text, end))


YEAR_ONTO_FIGURE = re.compile(  # the same, read from the figure's side: 2010年的, 2023年（, "2023 (", "2023's "
    r"(?<![\d.])((?:19|20)\d\d)(?:\s*年?\s*[(（]|['’]s\s+|年(?:末|底)?(?:的|时)|(?<=[较較比]\d{4})年)"  # 较1978年8亿元
    r"\s*(?:(?:about|nearly|just|only|roughly)\s+|约|近)?$"
)


TIMES_OF_YEAR = re.compile(
    r"(?:19|20)\d\d\s*年(?:末|底)?的\s*\d[\d.]*\s*倍"
)  # 是1978年的1499倍: the base of a multiple


def is_base(text: str, at: int) -> bool:
    """Whether what is written at ``at`` in ``text`` (a year, a census) is the base of a comparison."""
    if TIMES_OF_YEAR.match(text, at):
        return True
    if text[max(0, at - 3) : at].rstrip().endswith("从") and YEARS_FIGURE.match(text, at):
        return True
    return bool(_BASE_BEFORE.search(text[max(0, at - 48) : at]))


_FOUNDING_BEFORE = re.compile(  # "Pudong, established in 1990, …", 成立于1993年: the year a place was set up
    r"(?<!above[- ])\b(?:founded|established|set up|created|inaugurated|designated|incorporated|upgraded)\b"  # not
    r"[^,;.\d]{0,40}?\bin\s+"  # "above-designated scale industrial output in 2024": that year's output
    r"(?:" + MONTH_NAME + r"\s+)?$|"  # "Founded in January 1990, …"
    r"(?:成立|设立|建立|组建|建区|设区|建县|建市|开发开放)于\s*$",
    re.I,
)
_FOUNDING_AFTER = re.compile(r"\s*年(?:\d{1,2}月)?(?:撤县设[区市]|撤市设区|建市|建区|设区|建县|开发开放)")
_COUNTED_FOUNDED = re.compile(  # "new firms established in 2024 totaled …": a year's count, of that year
    r"\b(?:enterprises?|compan(?:y|ies)|firms?|businesses|jobs|entities|market players)\b[^,;.]{0,20}$", re.I
)


MONTH_DAY = MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s*"  # "January 22, ", "November 1st, "
_MONTH_DAY_BEFORE = re.compile(r"\b" + MONTH_DAY + r"$|\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAME + r",?\s*$", re.I)
_MONTH_DAY_AFTER = re.compile(r"[-/.]\d{1,2}[-/.]\d{1,2}\b|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


_AS_OF = re.compile(  # 截至2020年11月1日零时, "as of (zero o'clock on) November 1st, 2020": a stock counted then
    r"(?:截至|截止|截止到|\bas of\s+)$|\bas of\b[^,;.\d]{0,40}?\b" + MONTH_DAY + "$", re.I
)


def a_date(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is part of a day's date ("January 22, 2013", 2013-01-22,
    2013年1月22日): when a page was written or a thing said, not the period of a figure; not the date a stock is
    counted at (截至2020年11月1日零时)."""
    day = _MONTH_DAY_BEFORE.search(text[max(0, start - 16) : start]) or _MONTH_DAY_AFTER.match(text, end)
    return bool(day) and not _AS_OF.search(text, max(0, start - 60), start)


def founding(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is when a place was founded ("Pudong, established in 1990, covers
    …", 1992年撤县设市的昆山): a history, not the period of the figures beside it; not "When Pudong was set up in
    1990, its GDP was …" (the figure of that time) nor "firms established in 2024" (a count of that year)."""
    before = text[max(0, start - 60) : start]
    m = _FOUNDING_BEFORE.search(before)
    if m is None and not _FOUNDING_AFTER.match(text, end):
        return False
    if m is not None and _COUNTED_FOUNDED.search(before[: m.start()]):
        return False
    clause = re.split(r"[,;，；。]", before)[-1]
    return not re.search(r"\bwhen\b|\bat the time\b", clause, re.I) and not re.match(r"[^，,。]{0,12}?时", text[end:])


def census_year(m: re.Match[str]) -> int:
    """The year of the census a ZH_CENSUS or EN_CENSUS match names: the seventh 2020, the sixth 2010."""
    named = next(g for g in m.groups() if g)
    return 2020 if named.lower() in ("七", "7", "seventh", "7th") else 2010


_BOX_LINE = re.compile(r"[ \t]*[A-Z][\w &'’/-]{1,40}(?:\s*[(（][^)）\n]{1,20}[)）])?:[ \t]")  # "Per capita GDP: "
_LONGEST_BOX_LINE = 300
_BOX_YEAR = re.compile(r"[(（]((?:19|20)\d\d)[)）]")


def _box_line_start(norm: str, end: int) -> int | None:
    """Where the line holding ``end`` starts, or None when it is longer than a box's line (a search back
    through a long line would make a single-line document quadratic)."""
    start = norm.rfind("\n", max(0, end - _LONGEST_BOX_LINE), end) + 1
    return None if start == 0 and end > _LONGEST_BOX_LINE else start


def box_year(norm: str, start: int) -> int | None:
    """The bracketed year of a fact box's lines above a 'Label: value' line that gives none ("GDP: 1.27
    trillion yuan (2022)" over "Per capita GDP: 132,000 yuan"): the box's lines are of one year."""
    line_start = _box_line_start(norm, start)
    if line_start is None or not _BOX_LINE.match(norm, line_start):
        return None
    for _ in range(4):  # the label lines above, blank lines between them allowed
        above_start = _box_line_start(norm, line_start - 1) if line_start > 0 else None
        if above_start is None:
            return None
        above = norm[above_start : line_start - 1]
        line_start = above_start
        if not above.strip():
            continue
        if not _BOX_LINE.match(above):
            return None
        year = _BOX_YEAR.search(above)
        if year:
            return int(year.group(1))
    return None


def list_heading_year(norm: str, start: int) -> int | None:
    """The bracketed year of the line above a list item, or of the heading above the list's items
    ("Key figures: Wuhou District (2024)" over "- GDP: …", "- Population: …")."""
    for _ in range(12):
        line_start = norm.rfind("\n", 0, max(0, start - 1)) + 1
        above = norm[line_start:start]
        label_year = re.search(r"[(（]((?:19|20)\d\d)(?:年|\b)[^()（）]{0,15}[)）]", above) or _HEADING_YEAR.search(
            above
        )
        if label_year:
            return int(label_year.group(1) or label_year.group(2))
        if line_start == 0 or not re.match(r"\s*[-–•·*]\s", above):
            return None
        start = line_start
    return None
