"""Period stage: the reporting period of a figure, and whether the text stated it or it was inferred.

Order of evidence, first that applies:

1. a period stated beside the figure: a year ("in 2024", 2024年, "(2012)"), a plan's end (十四五期末),
   average growth over years (2021/2025), "this year"/今年, "last year"/去年 (never when it is the
   base of a comparison: "up 5% from the previous year", 比上年, 同比);
2. a part of a year stated in the sentence (first quarter, Q1, 上半年, 1-9月, first three quarters);
3. otherwise, what the document has established: the sub-year period of its title or of earlier
   sentences (a Q1 report speaks of Q1 throughout), the year of the current paragraph;
4. otherwise, the most recent completed period of that type at the publication date: a full
   year is the year before publication (a communiqué's or review's own year when it has one), a
   half-year published from July is that year's, a first-three-quarters figure published from
   October is that year's; a stock (population, listed firms) is counted in the year of publication;
   a target or expectation looks forward (the plan's year, the last target year, the year of publication).

The base of a review ("from 1808 亿元 to 2400 亿元" over the 14th Five-Year Plan) takes the year
before the span; the end figure takes the span's end.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..indicators import INDICATORS
from ._cues import FROM_BASE
from ._text import Sentence, sentences
from ._window import Window
from ._years import GONE_BEFORE, NEXT_FIVE, PAST_FIVE, PLAN_END, YEAR, YEARS_AGO, average, count_of, plan_end

__all__ = ["Frame", "Running", "frame_of", "last_part", "resolve"]

_MONTH_RANGE = r"(?:1|一)\s*(?:-|~|至|到)\s*"
_PARTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "Q1Q3",
        re.compile(
            r"first three quarters|first (?:nine|9) months|(?:nine|9) months (?:to|through|ended|ending) september|"
            r"q1\s*(?:-|to|through)\s*q3|january\s*(?:-|to|through)\s*"
            r"september|前[三3](?:个)?季度|1-3季度|" + _MONTH_RANGE + r"(?:9|九)月",
            re.I,
        ),
    ),
    (
        "H1",
        re.compile(
            r"first[- ]half|first (?:six|6) months|(?:six|6) months (?:to|through|ended|ending) june|"
            r"first two quarters|"
            r"\bh1\b|january\s*(?:-|to|through)\s*june|上半年|前[两2](?:个)?季度|" + _MONTH_RANGE + r"(?:6|六)月",
            re.I,
        ),
    ),
    (
        "Q1",
        re.compile(
            r"first[- ]quarter|\bq1\b(?!\s*(?:-|to)\s*q)|january\s*(?:-|to|through)\s*march|(?:第)?一季度|首季度?|"
            r"(?:three|3) months (?:to|through|ended|ending) march|" + _MONTH_RANGE + r"(?:3|三)月",
            re.I,
        ),
    ),
    ("H2", re.compile(r"second[- ]half|\bh2\b|下半年|july\s*(?:-|to|through)\s*december", re.I)),
    ("Q2", re.compile(r"second[- ]quarter|\bq2\b|(?:第)?二季度|april\s*(?:-|to|through)\s*june quarter", re.I)),
    ("Q3", re.compile(r"third[- ]quarter|\bq3\b|(?:第)?三季度|july\s*(?:-|to|through)\s*september quarter", re.I)),
    ("Q4", re.compile(r"fourth[- ]quarter|\bq4\b|(?:第)?四季度|october\s*(?:-|to|through)\s*december quarter", re.I)),
    (
        "M",
        re.compile(
            r"first (?:two|four|five|seven|eight|ten|eleven|[2457-8]|1[01]) months|"
            r"1\s*(?:-|~|至)\s*(?:[2457-9]|1[01])月|"
            r"january\s*(?:-|to|through)\s*(?:february|april|may|july|august|october|november)",
            re.I,
        ),
    ),
]
_PART_END_MONTH = {"Q1Q3": 9, "H1": 6, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}
_PART_COMPARED = re.compile(r"(?:比|较|than|compared (?:with|to)|\bover)\s*(?:in\s+)?(?:the\s+)?$", re.I)
_FULL_YEAR = re.compile(
    r"full year|whole (?:of (?:the |last |this )?)?year|for the year|全年|1\s*(?:-|~|至)\s*12月", re.I
)
_CONSECUTIVE = re.compile(r"consecutive|连续", re.I)
_THIS_YEAR = re.compile(r"this year|今年|本年", re.I)
_NEXT_YEAR = re.compile(r"(?<!the )\bnext year\b|明年", re.I)
_THAT_YEAR = re.compile(r"that year|the same year|这一年|同年|当年", re.I)
_OPENING_YEAR = re.compile(r"\W*(last year|this year|去年|今年)\b", re.I)  # a sentence opened by its year
_YEAR_LATER = re.compile(r"\ba year later\b|\bthe (?:following|next) year\b|次年|第二年|翌年", re.I)
_LAST_YEAR = re.compile(
    r"last year|previous year|a year (?:earlier|ago|before)|去年|上年(?!末)|上一年|(?<![比较])上年末", re.I
)
_COMPARISON = re.compile(
    r"(?:from|over|than|compared (?:with|to)|against|versus|vs\.?|(?:up|down) on|"
    r"(?<!end )(?<!half )(?<!quarter )(?<!quarters )(?<!months )(?<!year )(?<!whole )of)\s+(?:the\s+|a\s+)?"
    r"(?:same (?:period|quarter|months?|time)(?:\s+(?:of|in))?\s+)?$|"
    r"(?:比|较|同比|与|和|相比|对比)$|year-on-year|同期",
    re.I,
)
_TO = re.compile(r"\bto\b", re.I)
_SAME_PERIOD = re.compile(r"同期|same period", re.I)
_ESTIMATE_DONE = re.compile(r"预计(?:全年)?(?:完成|实现)|\bestimated to have\b", re.I)
_PRESENT = re.compile(r"\b(?:has|have|is|are|now|currently)\b|现有|拥有|目前", re.I)
_PAST_TENSE = re.compile(r"\b(?:had|was|were|numbered|totaled|totalled|stood at)\b", re.I)
_YEAR_EARLIER = re.compile(  # "980 billion yuan a year earlier", not "up 5.6 percent from a year earlier"
    r"^(?:(?!\b(?:from|over|than|on|against|versus|compared)\b)[^,;.\d]){0,12}?"
    r"\b(?:a year (?:earlier|ago|before)|(?:in )?the (?:previous|preceding|prior) year|the year (?:before|earlier))\b",
    re.I,
)
_AGO_AFTER = re.compile(r"[^,;.\d]{0,12}?(?:" + YEARS_AGO.pattern + ")", re.I)
_IN_YEAR = re.compile(r"\b(?:in|for|during)\s+(?:the\s+(?:whole\s+|full\s+)?year\s+(?:of\s+)?)?((?:19|20)\d\d)\b", re.I)
_REVIEW_FROM = re.compile(r"(?:\bfrom|由|从)\s*(?:the\s+)?$", re.I)
_REVIEW_TO = re.compile(
    r"^[^,，;；。]{0,24}?(?:\bto\b|增至|增长到|增长至|增加到|提高到|提高至|提升至|提升到|上升到|上升至|跃升至|达到|到)",
    re.I,
)
_COMMUNIQUE = re.compile(r"((?:19|20)\d\d)年.{0,30}?(?P<what>统计公报|国民经济和社会发展|政府工作报告|经济运行)")
_COMMUNIQUE_EN = re.compile(r"statistical (?:communiqu[eé]|bulletin)|economic and social development", re.I)
_TITLE_YEAR = re.compile(r"(?:in|of|for)\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)年|\b((?:19|20)\d\d)\b", re.I)
_PLAN_TITLE = re.compile(r"goals?|targets?|plans?|blueprint|work report|目标|规划|计划|工作报告", re.I)
_FUTURE = re.compile(r"\b(?:will|plans?|aims?|targets?|by 20\d\d|expects?|expected)\b|将|计划|目标|力争|预计", re.I)


@dataclass(frozen=True)
class Frame:
    """What a document establishes about periods before any figure is read."""

    published: dt.date | None
    pub_year: int | None  # the publication year, or an estimate from the years spoken of in the past
    review_year: int | None  # the year a communiqué or a one-year review reports on
    plan_year: int | None  # the year a plan or goals document is about
    part: str | None  # a sub-year period named in the title: Q1, H1, Q1Q3…
    plan: bool  # the title announces goals, a plan or a work report


@dataclass
class Running:
    """What the sentences read so far have established."""

    year: int | None = None  # the year under discussion in this paragraph
    part: str | None = None
    target_year: int | None = None
    section_year: int | None = None  # the year a section heading names (2024年工作回顾), until the next heading

    def after_heading(self, text: str, target: bool) -> None:
        """A heading starts a section: its year holds for every paragraph below it (a goals heading's
        year is the year its goals are for); a heading without a year ends the last one's."""
        years = [int(y) for y in YEAR.findall(text)]
        self.section_year = self.year = years[-1] if years else None
        if target and years:
            self.target_year = years[-1]

    def after_sentence(
        self, sent: Sentence, new_paragraph: bool, full_year_stated: bool, stated_years: list[int] | None = None
    ) -> None:
        """``full_year_stated``: a figure of the sentence had a full year written beside it;
        ``stated_years``: the years written for its results ("950 billion yuan in 2024, up from 880 billion
        yuan in 2023" speaks of 2024: the latest, not the last written)."""
        part = last_part(sent.text)
        years = [max(stated_years)] if stated_years else [int(y) for y in YEAR.findall(sent.text)]
        if part is not None:
            self.part = None if part == "M" else part
        elif full_year_stated or _FULL_YEAR.search(sent.text):
            self.part = None
        if years:
            self.year = years[-1]
        if new_paragraph:
            self.year = self.section_year


def frame_of(norm: str, published: dt.date | None) -> Frame:
    published = published or _dateline(norm)
    head = norm[:300]
    title = head.strip().split("\n", 1)[0]
    is_title = bool(title) and len(title) <= 100 and not re.search(r"[。！？]|\.\s*$", title)
    review = plan_year = None
    m = _COMMUNIQUE.search(head)
    plan = bool(is_title and _PLAN_TITLE.search(title))
    if m:
        # a communiqué reports on its own year; a government work report reviews the year before
        review = int(m.group(1)) - (1 if m.group("what") == "政府工作报告" else 0)
        if m.group("what") == "政府工作报告":
            plan_year = int(m.group(1))
    elif is_title:
        t = _TITLE_YEAR.search(title)
        if t and _COMMUNIQUE_EN.search(title):
            review = int(t.group(1) or t.group(2) or t.group(3))  # "Kunshan 2023 statistical communique"
        elif t and plan:
            plan_year = int(t.group(1) or t.group(2) or t.group(3))
        elif t and re.search(r"econom|gdp|grow|perform|indicators|statistics|经济|生产总值|指标|统计", title, re.I):
            review = int(t.group(1) or t.group(2) or t.group(3))
    pub_year = published.year if published else _estimated_year(norm)
    if plan and plan_year is None and NEXT_FIVE.search(title) and pub_year:
        plan_year = pub_year + 4
    part = last_part(title) if is_title else None
    return Frame(published, pub_year, review, plan_year, None if part == "M" else part, plan)


_MONTHS = [m.lower() for m in calendar.month_name[1:]]  # English: Python leaves the C locale unless told
_DATELINE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?!\d)|"
    r"\b(?P<mn>" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d\d)\b|"
    r"\b(?P<d3>\d{1,2})\s+(?P<mn3>" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?,?\s+(?P<y3>(?:19|20)\d\d)\b",
    re.I,
)


_CUT_OFF = re.compile(r"(?:截至|截止|截止到|到|as of|by|until|through)\s*$", re.I)
_NOT_DATELINE_BEFORE = re.compile(r"(?:至|自|从|since|from|before|after)\s*$", re.I)
_NOT_DATELINE_AFTER = re.compile(r"\s*(?:起|以来|至|到|前|后|—|-|–)")


def _dateline(norm: str) -> dt.date | None:
    """A document's date written at its top or bottom (a byline's "March 3, 2025", 2025年3月3日, a web
    page's 2025-03-03 under the article), for documents published without one; None when there is none
    or it lies in the future."""
    bottom = max(400, len(norm) - 400)
    for m in [*_DATELINE.finditer(norm, 0, min(400, len(norm))), *_DATELINE.finditer(norm, bottom)]:
        lead, follow = norm[max(0, m.start() - 8) : m.start()], norm[m.end() : m.end() + 3]
        cut_off = bool(_CUT_OFF.search(lead))  # 截至2024年12月31日, "as of June 30, 2025": published after it
        if not cut_off and (_NOT_DATELINE_BEFORE.search(lead) or _NOT_DATELINE_AFTER.match(follow)):
            continue  # 自2025年1月1日起, "since March 1, 2025": a date in the text, not its own
        year = m.group("y") or m.group("y2") or m.group("y3")
        name = (m.group("mn") or m.group("mn3") or "").lower()
        month = int(m.group("m")) if m.group("m") else next(i for i, n in enumerate(_MONTHS, 1) if n.startswith(name))
        try:
            found = dt.date(int(year), month, int(m.group("d") or m.group("d2") or m.group("d3")))
        except ValueError:
            continue
        if cut_off:
            found += dt.timedelta(days=1)
        return found if found <= dt.date.today() else None
    return None


_FOUNDED = re.compile(  # 成立于1983年, "founded in 1983": a history, not the time the text speaks from
    r"(?:成立|建立|设立|始建|建区|设区|建县|建市|撤县|组建|founded|established|set up|created|since)[^,，。；]{0,6}$",
    re.I,
)


_SINCE_AFTER = re.compile(r"\s*年?(?:以来|来|起|至今)")  # 1984年以来: the start of a span, not the figure's year
_FOUNDED_AFTER = re.compile(r"\s*年?(?:\d{1,2}月)?(?:建市|建区|设区|建县|撤县|成立|设立|建立|组建)")


_A_FIGURE = re.compile(
    r"\d\s*(?:万亿|亿|万|%|percent|per cent|billion|trillion|million|bn|mn|yuan|元|人)|(?:rmb|\$|¥)\s*\d", re.I
)


_DATA_HEADING = re.compile(  # "Key statistics (2020)", 2020年主要经济指标: a heading that dates the data under it
    r"\s*[^\n.。]{0,60}(?:statistic|data|figures|indicator|econom|profile|at a glance|概况|数据|指标|经济|统计)"
    r"[^\n.。]{0,60}\s*",
    re.I,
)


def _estimated_year(norm: str) -> int | None:
    """The year after the latest year a text speaks of in the past tense, in a sentence that states a
    figure (a year of history alone, 1991年经国务院批准设区, does not date the figures of today)."""
    years = [
        int(m.group(1))
        for sent in sentences(norm)
        if not _FUTURE.search(sent.text) and (_A_FIGURE.search(sent.text) or _DATA_HEADING.fullmatch(sent.text))
        for m in YEAR.finditer(sent.text)
        if int(m.group(1)) <= dt.date.today().year
        and not _FOUNDED.search(sent.text[max(0, m.start() - 12) : m.start()])
        and not _FOUNDED_AFTER.match(sent.text, m.end())
        and not _SINCE_AFTER.match(sent.text, m.end())
    ]
    return max(years) + 1 if years else None


def last_part(text: str) -> str | None:
    """The sub-year period named last in ``text``: Q1Q3, H1, Q1…Q4, M (months outside v1), or None."""
    found = [(m.start(), m.end(), name) for name, pattern in _PARTS for m in pattern.finditer(text)]
    best, pos = None, (-1, 0)
    for start, end, name in found:
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found):
            continue  # 三季度 inside 前三季度: the longer phrase decides, also when it is a comparison
        key = (end, -start)  # the last to end
        lead = text[max(0, start - 14) : start]
        if key > pos and not _CONSECUTIVE.search(lead) and not _PART_COMPARED.search(lead):
            best, pos = name, key
    return best


def resolve(
    w: Window, frame: Frame, running: Running, indicator: str, stock: bool, forward: bool
) -> tuple[str | None, bool]:
    """(period, inferred) for the figure in ``w``; period None when no year can be known."""
    if w.q.year is not None:
        return str(w.q.year), False  # a table's year column
    span = None
    if indicator.endswith("growth"):
        reported = frame.review_year or (frame.pub_year - 1 if frame.pub_year else None)
        span = average(w.sent.text, w.before, w.after, reported, frame.pub_year)
    if span:
        return span, False
    part = None if stock else _stated_part(w)  # a stock is counted at a date: its year, not a part of it
    year = _stated_year(w, frame, running)
    stated = year is not None  # a part alone ("in the first half") leaves the year to be inferred
    full_year = (
        _FULL_YEAR.search(w.before)
        or _FULL_YEAR.match(w.own_after[:30].lstrip(" ,"))
        or re.match(r"[^.;,]{0,12}\bfor the (?:full|whole) year", w.own_after)
    )
    if part is not None and full_year and not _FULL_YEAR.search(w.before):
        part = None  # "grew 5.3 percent in Q1-Q3 and expects 5.5 percent for the full year": the year
    annual_ratio = indicator in INDICATORS and INDICATORS[indicator].share_of_gdp  # R&D intensity: a year's
    if part is None and year is None and not stock and not full_year and not annual_ratio:
        part = running.part  # 全年, "for the full year": the sentence leaves the running part
    if part is None and not stock and running.part and _SAME_PERIOD.search(w.before[-12:] + w.own_after[:30]):
        part = running.part  # 去年同期为1250亿元, "in the same period last year": the part spoken of
    ago_after = None if indicator.endswith("growth") else _AGO_AFTER.match(w.own_after)
    if year is not None and _YEAR_EARLIER.match(w.own_after):
        year -= 1  # "… compared with 980 billion yuan a year earlier": the year before the sentence's
    elif ago_after and not YEAR.search(w.own_after[:30]):  # "… to 250 billion yuan from 50 billion a decade ago"
        if year is None:
            year = _default_year(frame, running, part, stock, forward, w)
        year = year - count_of(ago_after) if year is not None else None
    elif year is not None and FROM_BASE.search(w.near) and not YEAR.search(w.own_after[:30]):
        ago = _AGO_AFTER.match(w.own_after)  # "up from 22 percent a decade earlier", "up from 920 billion yuan"
        year, stated = year - (count_of(ago) if ago else 1), stated and ago is not None
    if year is None and forward:
        year = plan_end(w.sent.text)  # "十五五"时期…力争突破1.5万亿元: the plan's last year
    if year is None:
        year = _base_year(w, frame)
    if year is None:
        year = _default_year(frame, running, part, stock, forward, w)
        if year is not None and _YEAR_EARLIER.match(w.own_after):
            year -= 1  # "It produced 480 billion yuan the year before": before the year spoken of
    if year is None:
        return None, True
    if part is None or part == "M":
        return (f"{year}" if part is None else f"{year}-M"), not stated
    return f"{year}-{part}", not stated


_PAREN_YEAR = re.compile(
    r"\s*[(（]\s*(?:(?:as of |at )?(?:the )?(?:end|close) of |year-end )?"
    r"((?:19|20)\d\d)\s*(?:年(?!\d)|\b)[^()（）\d]{0,12}[)）]",
    re.I,
)
_END_OF = re.compile(r"[^.;,]{0,60}?\b(?:as of|at|by) (?:the )?(?:end|close) of ((?:19|20)\d\d)\b", re.I)
_OWN_YEAR = re.compile(r"[^,;.，。；]{0,20}?(?:\b(?:in|for|during)\s+(?:19|20)\d\d\b|\b(?:last|this) year\b)", re.I)


def _stated_part(w: Window) -> str | None:
    """A sub-year period written after the figure in its clause ("X in Q1"), else the last one before it."""
    part = last_part(w.own_after) or last_part(w.clause)
    if part is None and not _OWN_YEAR.match(w.own_after):  # "…, and reached X last year": the year, whole
        part = last_part(w.before[-120:])
    return part


def _stated_year(w: Window, frame: Frame, running: Running) -> int | None:
    before, after, lang_zh = w.before, w.after, bool(re.search(r"[\u4e00-\u9fff]", w.sent.text))
    paren = re.match(_PAREN_YEAR, after)  # （2023年）, (2023 est.), (end of 2023)
    if paren:
        return int(paren.group(1))
    if re.match(r"\s*[-–•·]\s", w.norm[w.sent.start : w.q.start]):  # " - Per capita: …" under "GDP (2022): …"
        above = w.norm[w.norm.rfind("\n", 0, max(0, w.sent.start - 1)) + 1 : w.sent.start]
        label_year = re.search(r"[(（]((?:19|20)\d\d)(?:年|\b)[^()（）]{0,15}[)）]", above)  # (2022), (2020 census)
        if label_year:
            return int(label_year.group(1))
    plan = re.search(r"(十[一二三四五]五)[\"']?(?:期末|末|时期末)(?:的)?$", before[-12:])
    if plan:
        return PLAN_END[plan.group(1)]
    others = [(m.start(), m.end()) for m in GONE_BEFORE.finditer(before)]  # 继2018年浦东新区…之后: their years
    years = [
        (m.start(), int(m.group(1)))
        for m in YEAR.finditer(before)
        if not _compared(before[: m.start()])
        and not any(a <= m.start() < b for a, b in others)
        and not _SINCE_AFTER.match(before, m.end())
    ]
    ago = YEARS_AGO.search(before[-40:])
    if ago:  # 而10年前仅为千亿元, "a decade ago it was …": so many years before the year spoken of
        base = years[0][1] if years else running.year or frame.pub_year
        return base - count_of(ago) if base else None
    if w.prev_end is not None and not lang_zh and _TO.search(w.norm[w.prev_end : w.q.start]):
        cut = w.prev_end - w.sent.start  # "from 56.88 trillion yuan in 2013 to …": the earlier figure's year
        years = [(pos, y) for pos, y in years if not (cut <= pos <= cut + 25)]
    window_after = re.sub(r"^\s*[(（][^)）]{0,30}[)）]", "", after)[:40]
    m_after = re.match(
        r"[^.;。；,，]{0,30}?(?<!than )\b(?:in|by|for|of|around|circa)\s+(?:the\s+)?((?:19|20)\d\d)\b|"
        r"[^。；,，]{0,4}?((?:19|20)\d\d)年(?!以来|来|起)",
        w.own_after,
    )
    if lang_zh and years and years[-1][0] >= len(before) - 25:
        return years[-1][1]
    m_after = m_after or _END_OF.match(w.own_after)
    if m_after:
        return int(m_after.group(1) or m_after.group(2))
    own = _own_relative_year(w.own_after[:40], frame)
    if own is not None:
        return own  # "… in 2015, and 1 trillion yuan is within reach this year": the figure's own clause
    if years:
        return years[-1][1]
    later = _sentence_year_after(w)
    if later is not None:
        return later
    if _THAT_YEAR.search(before[-40:]) and running.year:
        return running.year  # 这一年, that year: the year the text has just spoken of
    if _YEAR_LATER.search(before[-40:]) and running.year:
        return running.year + 1  # "a year later the figure was …", 次年
    return _relative_year(before, window_after, w.sent.text, frame)


def _sentence_year_after(w: Window) -> int | None:
    """The one year a sentence states after its figures ("… 620 and 520 billion yuan respectively in
    2025"): it dates every figure of the sentence that states none of its own."""
    found = {int(m.group(1)) for m in _IN_YEAR.finditer(w.rest) if not _compared(w.rest[: m.start()])}
    return found.pop() if len(found) == 1 and len(set(YEAR.findall(w.sent.text))) == 1 else None


def _own_relative_year(after: str, frame: Frame) -> int | None:
    """'this year', 'next year' or 'last year' written after a figure, in its clause."""
    if frame.pub_year is None:
        return None
    for pattern, shift in ((_THIS_YEAR, 0), (_NEXT_YEAR, 1), (_LAST_YEAR, -1)):
        m = pattern.search(after)
        if m and not _compared(after[: m.start()]):
            return frame.pub_year + shift
    return None


def _compared(text_before: str) -> bool:
    return bool(_COMPARISON.search(text_before[-30:]))


def _relative_year(before: str, after: str, sentence: str, frame: Frame) -> int | None:
    for text in (before[-50:], after[:30]):
        for m in _LAST_YEAR.finditer(text):
            if not _compared(text[: m.start()]) and frame.pub_year:
                return frame.pub_year - 1
    scope = before if re.search(r"[\u4e00-\u9fff]", before) else before[-40:]  # 今年1-9月，…，…增长44.1%
    if _THIS_YEAR.search(scope) and frame.pub_year:
        return frame.pub_year
    if _NEXT_YEAR.search(before[-50:] + " " + after[:30]) and frame.pub_year:
        return frame.pub_year + 1  # "is projected to grow 5 percent next year", 明年
    opening = _OPENING_YEAR.match(before)
    if opening and frame.pub_year:  # "Last year the city's GDP reached …, and the city had 3,000 …"
        return frame.pub_year - 1 if _LAST_YEAR.match(opening.group(1)) else frame.pub_year
    return None


def _base_year(w: Window, frame: Frame) -> int | None:
    """The base figure of a review: 'from X to Y' takes the year before the span the sentence names."""
    if not _REVIEW_FROM.search(w.near[-12:]) or not _REVIEW_TO.match(w.rest):
        return None
    end = plan_end(w.sent.text)
    if end:
        return end - 5
    end = frame.review_year or (frame.pub_year - 1 if frame.pub_year else None)
    if end is None:
        return None
    return end - 5 if PAST_FIVE.search(w.sent.text) else end - 1


def _list_item(w: Window) -> bool:
    """A verbless item of a list the previous sentence opened ("In 2024: GDP …; 51 listed companies")."""
    return w.norm[max(0, w.sent.start - 3) : w.sent.start].rstrip().endswith((";", "；")) and not _PRESENT.search(
        w.sent.text
    )


def _default_year(
    frame: Frame, running: Running, part: str | None, stock: bool, forward: bool, w: Window
) -> int | None:
    if forward:
        if NEXT_FIVE.search(w.sent.text) and frame.pub_year:
            return frame.pub_year + 4
        if running.section_year and frame.pub_year and running.section_year < frame.pub_year:
            return running.section_year  # 一、2024年工作回顾 … 预计全年…: an estimate for the year reviewed
        if frame.published and frame.published.month <= 3 and _ESTIMATE_DONE.search(w.before):
            return frame.published.year - 1  # 预计完成3500亿元 in a January report: the year just ended
        return running.target_year or frame.plan_year or frame.pub_year
    if stock:
        past = running.year and frame.pub_year and running.year < frame.pub_year
        if past and not frame.review_year and (_PAST_TENSE.search(w.before[-40:]) or _list_item(w)):
            return running.year  # "In 2023, … The city had 2,900 high-tech enterprises.": that year's stock
        if frame.published is None and frame.pub_year and not frame.review_year:
            return frame.pub_year - 1  # an undated profile speaks of the latest year it names
        return frame.review_year or frame.pub_year
    if frame.plan and frame.plan_year and not frame.review_year and not running.year:
        return frame.plan_year  # a goals document's list: its own year
    if running.year and not frame.review_year and frame.pub_year and running.year < frame.pub_year:
        return running.year
    if part == "M" and frame.published is not None:
        return frame.published.year  # January-May: reported within its year
    if part is not None and part != "M":
        if frame.review_year:
            return frame.review_year
        if frame.published is None:
            return frame.pub_year - 1 if frame.pub_year else None
        done = frame.published.month > _PART_END_MONTH[part]
        return frame.published.year if done else frame.published.year - 1
    return frame.review_year or (frame.pub_year - 1 if frame.pub_year else None)
