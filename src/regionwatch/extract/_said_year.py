"""Years said relative to the publication date: "this year"/今年, "last year"/去年, "next year"/明年, "over
the past year"; and when such a word is the base of a comparison ("from a year earlier", 比上年, 同期), not the
figure's own period; and the one year a sentence states after its figures, unless another clause or a thing
compared with owns it. Part of the period stage (``_periods``)."""

from __future__ import annotations

import re

from ._frame import Frame
from ._years import YEAR, founding

__all__ = [
    "BASE_BETWEEN",
    "LAST_YEAR",
    "YEAR_EARLIER",
    "compared",
    "own_relative_year",
    "parallel_span",
    "relative_year",
    "sentence_year_after",
    "someday",
    "this_year_after",
    "when_clause_year",
]

_THIS_YEAR = re.compile(r"this year|今年|本年", re.I)
_SOMEDAY = re.compile(  # "may one day exceed 1 trillion yuan", 未来有望突破万亿: a time no year names
    r"\b(?:in the (?:distant )?future|one day|some ?day|sooner or later)\b|"
    r"未来(?=的|[，,]|有望|将|可能|或|可|会|几年|数年|一段时[期间])|将来|有朝一日|迟早",
    re.I,
)

_ITS_YEAR = re.compile(r"^\s*(?:in\s+)?(?:19|20)\d\d\b")


def someday(said: str) -> bool:
    """Whether the words said of a figure (from the figure before it) put it in a future no year names ("could
    exceed 1 trillion yuan in the future", 估计未来的经济总量突破万亿): it has no period to be dated by."""
    said = _ITS_YEAR.sub("", said)  # "… 538 billion yuan in 2024 and may one day …": the figure before's year
    return bool(_SOMEDAY.search(said)) and not YEAR.search(said)


_NEXT_YEAR = re.compile(r"(?<!the )\bnext year\b|明年", re.I)
LAST_YEAR = re.compile(
    r"last year|previous year|a year (?:earlier|ago|before)|去年|上年(?!末)|上一年|(?<![比较])上年末", re.I
)
YEAR_EARLIER = re.compile(  # "980 billion yuan a year earlier", not "up 5.6 percent from a year earlier"
    r"^(?:(?!\b(?:from|over|than|on|against|versus|compared)\b)[^,;.\d]){0,12}?"
    r"\b(?:a year (?:earlier|ago|before)|(?:in )?the (?:previous|preceding|prior) year|the year (?:before|earlier)|"
    r"the year[- ](?:earlier|ago) (?:period|quarter|half)|the same (?:period|quarter|half) (?:a year (?:earlier|ago|"
    r"before)|of (?:the previous|last) year))\b",
    re.I,
)
_COMPARISON = re.compile(
    r"(?:from|over|than|compared (?:with|to)|against|versus|vs\.?|\bon|"
    r"(?<!end )(?<!half )(?<!quarter )(?<!quarters )(?<!months )(?<!year )(?<!whole )(?<!as )"
    r"(?<!start )(?<!beginning )(?<!middle )(?<!close )(?<!course )(?<!census )(?<!survey )(?<!report )"
    r"(?<!yearbook )(?<!communique )(?<!bulletin )of)\s+(?:the\s+|a\s+)?"  # not "the census of 2018": its year
    r"(?:same (?:period|quarter|months?|time)(?:\s+(?:of|in))?\s+)?$|"
    r"\b(?:to|with) the same (?:period|quarter|months?|time)(?:\s+(?:of|in))?\s+$|"  # "compared to the same period in"
    r"(?:比|较|同比|与|和|相比|对比)$|year-on-year|同期",
    re.I,
)
_OPENING_YEAR = re.compile(  # a sentence opened by its year: "Last year, …", "In the first half of this year, …"
    r"\W*(?:(?:in|during|for|over|by|at)\s+(?:the\s+)?(?:end\s+of\s+)?[^,;.\d]{0,40}?\bof\s+)?"
    r"(last year|this year|去年|今年)\b",
    re.I,
)
_YEAR_BEFORE_LAST = re.compile(  # 前年, "the year before last": two years before publication (not 目前年均, 此前)
    r"(?<![目此之以提当年事空从向])前年(?![度均])|\bthe year before last\b", re.I
)
_PAST_YEAR = re.compile(r"\b(?:over|in|during|for) the past year\b|过去(?:的)?一年", re.I)  # the year ending now


def this_year_after(before: str, years: list[tuple[int, int]], frame: Frame) -> int | None:
    """The year "this year"/今年, "last year"/去年 or "next year"/明年 says, when said in a later clause than the
    last year written before the figure: the nearer statement of the period wins (海淀区2022年迈入万亿俱乐部，
    去年GDP约1.23万亿元)."""
    if not years or frame.pub_year is None:
        return None
    said = [
        (m.start(), shift)
        for pattern, shift in ((_THIS_YEAR, 0), (_SAID_LAST_YEAR, -1), (_NEXT_YEAR, 1), (_YEAR_BEFORE_LAST, -2))
        for m in pattern.finditer(before, years[-1][0])
        if shift == 0 or not compared(before[: m.start()])
    ]
    if not said:
        return None
    at, shift = max(said)
    return frame.pub_year + shift if re.search(r"[,;，；]", before[years[-1][0] : at]) else None


_SAID_LAST_YEAR = re.compile(r"\blast year\b|去年(?!同期)", re.I)  # not 上年 (the year before the one spoken of)


def own_relative_year(after: str, frame: Frame) -> int | None:
    """'this year', 'next year' or 'last year' written after a figure, in its clause."""
    if frame.pub_year is None or YEAR_EARLIER.match(after):
        return None  # "… a year earlier": before the year spoken of, not before publication (resolve's)
    for pattern, shift in ((_THIS_YEAR, 0), (_NEXT_YEAR, 1), (LAST_YEAR, -1)):
        m = pattern.search(after)
        if m and not compared(after[: m.start()]):
            return frame.pub_year + shift
    return None


def compared(text_before: str) -> bool:
    return bool(_COMPARISON.search(text_before[-30:]))


_COMPARED_THING = re.compile(
    r"\b(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|overt(?:aking|ook|akes)|outstrip(?:ping|ped|s)?|"
    r"(?:more|larger|bigger|higher|greater) than|ahead of|equivalent to|comparable to|on a par with)\s+"
    r"(?:that|those|the|a|an)\b(?![^\d]*\b(?:target|goal|expectation|forecast|mark|threshold|milestone)s?\b)[^\d]*$",
    re.I,
)


def _compared_thing(text_before: str) -> bool:
    """Whether a year after a figure ends a comparison with another thing ("…, surpassing the projected total for
    Japan in 2024", "more than the whole of Tibet in 2023"): that thing's year, not the figure's (a threshold's
    or a goal's year, "surpassing the 1 trillion yuan mark in 2023", is the figure's)."""
    return bool(_COMPARED_THING.search(text_before))


_GOAL_MET = re.compile(  # the goal a result met or missed: of the result's year
    r"\b(?:meet(?:ing|s)?|met|exceed(?:ing|ed|s)?|beat(?:ing|s)?|miss(?:ing|ed|es)?|surpass(?:ing|ed))\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:target|goal)\s+(?:of\s+)?[\"“']?(?:about\s+|around\s+)?$",
    re.I,
)


_NOT_ITS_LAST_YEAR = re.compile(r"[^;；]*[;；]|.*\bsame period\s*$")


def _since(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is where a span starts ("since last year", 去年以来), not a figure's."""
    since = re.search(r"\bsince\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$", text[max(0, start - 30) : start], re.I)
    return bool(since or text.startswith("以来", end))  # "since the start of last year" too


def relative_year(before: str, after: str, sentence: str, frame: Frame) -> int | None:
    if frame.pub_year is None:
        return None
    zh = bool(re.search(r"[\u4e00-\u9fff]", sentence))
    near = 0 if _GOAL_MET.search(before) or not YEAR.search(before) else len(before) - 50  # "… meeting its target"
    this_from = 0 if re.search(r"[\u4e00-\u9fff]", before) else len(before) - 40  # 今年1-9月，…，…增长44.1%
    head = before.rfind(":")  # "… in the first half of this year: GDP rose …, and output jumped …": the head's year
    this_from = 0 if head > 0 and _THIS_YEAR.search(before, 0, head) and not YEAR.search(before, head) else this_from
    said = [  # the nearest before the figure decides: 去年实现5100亿元，今年预计突破5400亿元
        (m.end(), shift)
        for pattern, shift, start in (
            (LAST_YEAR, -1, near),
            (_THIS_YEAR, 0, this_from),
            (_NEXT_YEAR, 1, near),
            (_YEAR_BEFORE_LAST, -2, near),
        )
        for m in pattern.finditer(before, max(0, start))
        if shift == 0 or not (compared(before[max(0, start) : m.start()]) or _since(before, m.start(), m.end()))
    ]
    if said:
        return frame.pub_year + max(said)[1]
    if _PAST_YEAR.search(before) and frame.published is not None:  # "over the past year", said in December
        return frame.pub_year if frame.published.month >= 11 else frame.pub_year - 1
    for m in LAST_YEAR.finditer(after[:30]):
        between = after[: m.start()]
        other_clause = _NOT_ITS_LAST_YEAR.match(between) or (zh and re.search(r"[,，]", between))
        if not compared(between) and not YEAR_EARLIER.match(after) and not other_clause:
            return frame.pub_year - 1  # not "… a year earlier" (the year before the one spoken of), nor
            # 2600亿元，去年同期为2450亿元 (the next clause's figure, the same period a year before)
    if _NEXT_YEAR.search(after[:30]):
        return frame.pub_year + 1  # "is projected to grow 5 percent next year", 明年
    opening = _OPENING_YEAR.match(before)
    if opening and frame.pub_year:  # "Last year the city's GDP reached …, and the city had 3,000 …"
        return frame.pub_year - 1 if LAST_YEAR.match(opening.group(1)) else frame.pub_year
    return None


_YEAR_OF_MEASURE = re.compile(r"\b((?:19|20)\d\d)\s+(?:GDP|gross domestic product|economic output)\b", re.I)
_IN_YEAR = re.compile(r"\b(?:in|for|during)\s+(?:the\s+(?:whole\s+|full\s+)?year\s+(?:of\s+)?)?((?:19|20)\d\d)\b", re.I)
_AT_END_OF = re.compile(  # "… and 62 listed companies at the end of 2024", "…家（截至2024年底）"
    r"\b(?:(?:as of|at|by) (?:the )?(?:end|close) of |(?:at |as of |by )?(?:end-|year-end ))((?:19|20)\d\d)\b|"
    # not a bare （2016年）: the year of the figure it follows only (常住人口94.6万（2016年）)
    r"[(（](?:截至|截止)((?:19|20)\d\d)年(?:末|底)?[)）]|[(（]((?:19|20)\d\d)年(?:末|底)[)）]",
    re.I,
)
BASE_BETWEEN = re.compile(  # "rose to 245,000 yuan, up from 198,000 yuan in 2020": 2020 dates the base only
    r"\b(?:up|down|rising|rose|increas(?:ed|ing)|declin(?:ed|ing)|fell|falling)\s+from\b|\bcompared (?:with|to)\b|"
    r"\b(?:over|from|than|on) the same (?:period|quarter|months)\b|"  # "3.7 percent over the same period of 2019"
    r"^\s*from\s+(?:about\s+|around\s+|nearly\s+)?[$¥]?\d",  # "slowed to 5.5% from 6.0% in 2023": the base's year
    re.I,
)
_OTHER_CLAUSE = re.compile(  # "…, whose economy was … in 2024"; "covers 803 sq km, and had … at the end of 2023"
    r"\b(?:whose|which|while|whereas)\b|\band\s+(?:it\s+)?(?:had|has|have|was|were|is|are)\b", re.I
)


def sentence_year_after(rest: str, sent_text: str) -> int | None:
    """The one year a sentence states after its figures ("… 620 and 520 billion yuan respectively in
    2025"): it dates every figure of the sentence that states none of its own, but not across a clause
    about something else ("the 187 sq km district ahead of Hainan, whose economy was … in 2024")."""
    found = {
        int(next(g for g in m.groups() if g))  # _AT_END_OF's year is in one of its groups
        for pattern in (_IN_YEAR, _YEAR_OF_MEASURE, _AT_END_OF)
        for m in pattern.finditer(rest)
        if not compared(rest[: m.start()])
        and not _compared_thing(rest[: m.start()])
        and not _OTHER_CLAUSE.search(rest[: m.start()])
        and not BASE_BETWEEN.search(rest[: m.start()])
        and not founding(rest, m.start(m.lastindex or 0), m.end(m.lastindex or 0))  # "…, the fastest since the
        # district was founded in 1990"
    }
    return found.pop() if len(found) == 1 and len(set(YEAR.findall(sent_text))) == 1 else None


_WHEN_CLAUSE = re.compile(r"(?<![\d.])((?:19|20)\d\d),?\s+when\b[^,;.\d]{0,60}$", re.I)


def when_clause_year(before: str) -> int | None:
    """The year a figure's clause goes back to: "grown fivefold since 2005, when it stood at" is 2005's."""
    m = _WHEN_CLAUSE.search(before[-80:])
    return int(m.group(1)) if m else None


_FROM_YEAR_TO_YEAR = re.compile(  # "from 110 million yuan in 1986 to 3.55 billion yuan in 2009", 由1986年的…到2009年
    r"\bfrom\s+(?:[^;:.]|\.\d){0,60}?\bin\s+((?:19|20)\d\d)\s+to\s+(?:[^;:.]|\.\d){0,60}?\bin\s+((?:19|20)\d\d)\b|"
    r"(?:由|从)((?:19|20)\d\d)年(?:末|底)?的?[^；;。]{0,30}?(?:到|至)((?:19|20)\d\d)年",
    re.I,
)


def parallel_span(text: str, at: int) -> tuple[int, int] | None:
    """(first, last) year of the last change 'from X in one year to Y in another' said earlier in the sentence,
    for a change after it that names no years of its own ("…; fiscal revenue increased from 8.2 million yuan to
    404 million yuan", 财政收入由819万元增加到4.04亿元): the same years."""
    before = re.split(r"[。\n]|\.\s", text[max(0, at - 300) : at])[-1]  # the sentence before ``at``, clauses after ;
    found = list(_FROM_YEAR_TO_YEAR.finditer(before))
    if not found:
        return None
    first, last = (int(y) for y in found[-1].groups() if y)
    return (first, last) if first < last else None
