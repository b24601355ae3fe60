"""What a document establishes about time before any figure is read: its publication date (given, or
read from a dateline), its publication year (else estimated from the years of its figures and data
headings), the year a communiqué or review reports on, the year a plan is for, a part of a year named
in its title."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ._parts import last_part
from ._text import sentences
from ._years import EDITION, NEXT_FIVE, PAST_FIVE, SINCE_AFTER, YEAR, a_date

__all__ = ["Frame", "frame_of"]

_COMMUNIQUE = re.compile(
    r"((?:19|20)\d\d)年.{0,30}?(?P<what>统计公报|国民经济和社会发展|政府工作报告|经济运行|工作总结)"
)
_COMMUNIQUE_EN = re.compile(
    r"statistical (?:communiqu[eé]|bulletin)|economic and social development|year in review|work summary", re.I
)
_TITLE_YEAR = re.compile(r"(?:in|of|for)\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)年|\b((?:19|20)\d\d)\b", re.I)
_REVIEW_OF = re.compile(r"\breview of\b[^\d]{0,60}?\b(?:in|of|for)\s+((?:19|20)\d\d)\b", re.I)
_DELIVERED = re.compile(  # 政府工作报告——2020年12月23日在谷城县第十八届人民代表大会第五次会议上: when it was given
    r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*在[^。\n]{0,60}?人民代表大[会會]|"
    r"people's congress\b[^\n]{0,80}?\bon\s+([a-z]{3,9})\.?\s+\d{1,2},?\s+((?:19|20)\d\d)\b",
    re.I,
)
_PLAN_TITLE = re.compile(
    r"goals?|targets?|plans?|blueprint|work report|目标|规划|计划|蓝图|工作报告|目標|規劃|計劃|藍圖|工作報告", re.I
)
_WORK_REPORT = re.compile(r"工作报告|工作報告|work report", re.I)  # 政府工作报告, and 沧源2024年工作报告 too
_FUTURE = re.compile(
    r"\b(?:will|plans?|aims?|targets?|goals?|by 20\d\d|expects?|expected|forecasts?|projected|outlook|"
    r"(?:is|are) (?:set|poised|on track|likely) to|could)\b|将|计划|目标|力争|预计|有望|可望|预期|预测|展望",
    re.I,
)


@dataclass(frozen=True)
class Frame:
    """What a document establishes about periods before any figure is read."""

    published: dt.date | None
    pub_year: int | None  # the publication year, or an estimate from the years spoken of in the past
    review_year: int | None  # the year a communiqué or a one-year review reports on
    plan_year: int | None  # the year a plan or goals document is about
    part: str | None  # a sub-year period named in the title: Q1, H1, Q1Q3…
    plan: bool  # the title announces goals, a plan or a work report
    looks_back: bool = False  # the title reviews five years ("Review of the Work in the Past Five Years")
    latest_named: int | None = None  # an undated text's latest year of figures: what it speaks of (its "now")

    @property
    def ahead_from(self) -> int | None:
        """The first of the years ahead ("the next five years", 未来五年): the publication year, or the next one
        when the document reviews its own year (a work report delivered in December) or is out in its last months."""
        late = self.review_year == self.pub_year or (self.published is not None and self.published.month >= 11)
        return self.pub_year + 1 if late and self.pub_year else self.pub_year


def frame_of(norm: str, published: object, source_url: str | None = None) -> Frame:
    """The document's frame, dated by ``published`` (a date or ISO string), else by a date in its address
    (…/2021-04/01/…, …/t20251103_…), else by its dateline."""
    given = _as_date(published)
    named = _latest_named(norm) if not given else (None, False)
    filed = None if given else url_date(source_url)
    if filed and filed.year < (named[0] or 0):
        filed = None  # an address older than the year its figures are of: the page was filed, then updated
    published = given or filed or _dateline(norm)
    head = norm[:300]
    title = head.strip().split("\n", 1)[0]
    is_title = bool(title) and len(title) <= 160 and not re.search(r"[。！？]|\.\s*$", title)
    review = plan_year = None
    part = last_part(title) if is_title else None
    m = next((m for m in _COMMUNIQUE.finditer(head) if not a_date(head, m.start(1), m.end(1))), None)  # not
    # 2020年3月17日…发布了2019年…统计公报: the day it came out
    plan = bool(is_title and _PLAN_TITLE.search(title))
    if m:
        # a communiqué reports on its own year; a government work report reviews the year before
        review = int(m.group(1)) - (1 if m.group("what") == "政府工作报告" else 0)
        if m.group("what") == "政府工作报告":
            plan_year = int(m.group(1))
    elif is_title:
        t = _TITLE_YEAR.search(title)
        if t and _COMMUNIQUE_EN.search(title) and not plan:  # not "… economic and social development goals"
            review = int(t.group(1) or t.group(2) or t.group(3))  # "Kunshan 2023 statistical communique"
        elif t and plan:
            plan_year = int(t.group(1) or t.group(2) or t.group(3))
            if _WORK_REPORT.search(title):
                reviewed = _REVIEW_OF.search(title)  # "Review of Government Work in 2009 | 2010 Work Report"
                review = int(reviewed.group(1)) if reviewed else plan_year - 1  # 政府工作报告——2019年2月15日在…:
                plan_year = review + 1  # delivered in 2019, reviews 2018
        elif t and re.search(
            r"econom|gdp|grow|perform|indicators|statistics|key (?:data|figures|facts)|at a glance|"
            r"\brank(?:ing|ings|ed)?\b|(?:in|by) (?:the )?numbers|\bdata\b|"
            r"经济|生产总值|指标|统计|主要数据|数据|榜单|排行|排名",
            title,
            re.I,
        ):
            review = int(t.group(1) or t.group(2) or t.group(3))
            if published and review >= published.year and part in (None, "M"):
                review = None  # "2025年百强区榜单" out in July 2025: a list's edition, not a year that is over
            elif not published and EDITION.search(title):
                review = None  # an undated 2025年百强县榜单: the edition; its figures are of the year they name
    work_report = (m and m.group("what") == "政府工作报告") or (is_title and _WORK_REPORT.search(title))
    delivered = _delivered(norm[:400]) if work_report else None
    if delivered is not None:  # a work report given in December reviews that year, one given in spring the year before
        review = delivered[0] - (0 if delivered[1] >= 9 else 1)
        plan_year = review + 1
    elif work_report and review is None and published and published.month <= 6:
        review, plan_year = published.year - 1, published.year  # "Highlights of Jiangsu's government work report"
        # out in January, no year in its title: the year before reviewed, this one planned
    latest, within = named if not published else (None, False)
    pub_year = published.year if published else latest + (0 if within else 1) if latest else None
    if pub_year is None and review is not None:
        pub_year = review + 1  # an undated "2025年统计公报", "2026年政府工作报告": out the year after the one reviewed
    if plan and plan_year is None and NEXT_FIVE.search(title) and pub_year:
        plan_year = pub_year + 4
    looks_back = bool(is_title and PAST_FIVE.search(title))
    if looks_back and review is None and published and published.month >= 11 and published.year % 5 == 0:
        review = published.year  # "十四五"发展成就 out in November 2025: the plan's five years, to this one
    return Frame(published, pub_year, review, plan_year, None if part == "M" else part, plan, looks_back, latest)


_MONTHS = [m.lower() for m in calendar.month_name[1:]]  # English: Python leaves the C locale unless told


def _delivered(head: str) -> tuple[int, int] | None:
    """(year, month) a work report says it was delivered to a people's congress, if its head says so."""
    m = _DELIVERED.search(head)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1)), int(m.group(2))
    month = next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(m.group(3).lower()[:3])), None)
    return (int(m.group(4)), month) if month else None


_DATELINE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?!\d)|"
    r"\b(?P<mn>" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d\d)\b|"
    r"\b(?P<d3>\d{1,2})\s+(?P<mn3>" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?,?\s+(?P<y3>(?:19|20)\d\d)\b|"
    r"(?<![\d.])(?P<a4>\d{1,2})[/.](?P<b4>\d{1,2})[/.](?P<y4>(?:19|20)\d\d)\b",  # 30/07/2025, 07/30/2025
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
        try:
            found = _date_of(m)
        except ValueError:
            continue
        if cut_off:
            found += dt.timedelta(days=1)
        return found if found <= dt.date.today() else None
    return None


def _date_of(m: re.Match[str]) -> dt.date:
    """The date a _DATELINE match writes; a numeric day and month read day first unless that cannot be."""
    if m.group("y4"):
        a, b = int(m.group("a4")), int(m.group("b4"))
        day, month = (b, a) if b > 12 >= a else (a, b)  # 07/30/2025 can only be July 30
        return dt.date(int(m.group("y4")), month, day)
    year = m.group("y") or m.group("y2") or m.group("y3")
    name = (m.group("mn") or m.group("mn3") or "").lower()
    month = int(m.group("m")) if m.group("m") else next(i for i, n in enumerate(_MONTHS, 1) if n.startswith(name))
    return dt.date(int(year), month, int(m.group("d") or m.group("d2") or m.group("d3")))


_FOUNDED = re.compile(  # 成立于1983年, "founded in 1983": a history, not the time the text speaks from
    r"(?:成立|建立|设立|始建|建区|设区|建县|建市|撤县|组建|founded|established|set up|created|since)[^,，。；;]{0,6}$",
    re.I,
)


_FOUNDED_AFTER = re.compile(r"\s*年?(?:\d{1,2}月)?(?:建市|建区|设区|建县|撤县|成立|设立|建立|组建)")


_A_FIGURE = re.compile(  # "500-billion-yuan" too
    r"\d[\s-]*(?:万亿|亿|万|%|percent|per cent|billion|trillion|million|bn|mn|yuan|元|人)|"
    r"(?:rmb|\$|¥)\s*\d",
    re.I,
)


_DATA_HEADING = re.compile(  # "Key statistics (2020)", 2020年主要经济指标: a heading that dates the data under it
    r"\s*[^\n.。]{0,60}(?:statistic|data|figures|results|indicator|econom|profile|at a glance|概况|数据|指标|经济|统计|"
    r"GDP|生产总值)"  # 2025年全国GDP十强区新鲜出炉: the year the ranking's figures are of
    r"[^\n.。]{0,60}[.。]?\s*",  # or a sentence saying so ("… published their 2025 results this week.")
    re.I,
)


def _latest_named(norm: str) -> tuple[int | None, bool]:
    """The latest year a text speaks of in the past tense, in a sentence that states a figure (a year of
    history alone, 1991年经国务院批准设区, does not date the figures of today), and whether it was named with a
    part of it (2025年上半年, "the first half of 2025": published within that year, not the year after)."""
    years = [
        _year_spoken_of(sent.text, m)
        for sent in sentences(norm)
        if not _FUTURE.search(sent.text)
        for m in YEAR.finditer(sent.text)
        if int(m.group(1)) <= dt.date.today().year
        and (_A_FIGURE.search(sent.text) or _DATA_HEADING.fullmatch(sent.text) or _with_a_part(sent.text, m))
        and not _FOUNDED.search(sent.text[max(0, m.start() - 12) : m.start()])
        and not _FOUNDED_AFTER.match(sent.text, m.end())
        and not SINCE_AFTER.match(sent.text, m.end())
        and not EDITION.match(sent.text, m.end())  # 2025年百强县榜单: the ranking's edition, of 2024's figures
    ]
    return max(years) if years else (None, False)


def _year_spoken_of(text: str, m: re.Match[str]) -> tuple[int, bool]:
    """(the year the figures around the year at ``m`` are of, whether named with a part of it): the year after
    a base's ("the same quarter of 2025", 与2025年同期相比: within it; "a 5.5% rise on 2024", 比2024年增长), else
    the year itself."""
    year = int(m.group(1))
    if _SAME_PERIOD_OF.search(text[: m.start()]) or _ZH_SAME_PERIOD.match(text, m.end()):
        return year + 1, True
    if _RISEN_ON.search(text[: m.start()]) or _ZH_BASE_YEAR.match(text, m.end()):
        return year + 1, False
    return year, _with_a_part(text, m)


_SAME_PERIOD_OF = re.compile(r"\bthe same (?:quarter|period|half|months?) (?:of|in) $", re.I)
_ZH_BASE_YEAR = re.compile(r"年(?:末|底)?(?:相比|增长|下降|提高|减少|增加)")  # 比2024年增长: the base of a change
_ZH_SAME_PERIOD = re.compile(r"年同期")  # 与2025年同期相比: a part's base, a year on
_RISEN_ON = re.compile(
    r"\b(?:rise|increase|gain|growth|drop|fall|decline|up|down)\s+(?:\d[\d.]*\s*(?:%|percent|per cent)\s+)?"
    r"(?:on|over)\s+$",
    re.I,
)


def _with_a_part(text: str, m: re.Match[str]) -> bool:
    """Whether the year at ``m`` is named with a part of it (2009年上半年, "the first half of 2009"): a period
    reported on, never a moment of history, even in a sentence with no figure (…2009年上半年…新闻发布会召开)."""
    return bool(_WITH_A_PART.match(text, m.end()) or _A_PART_OF.search(text[: m.start()]))


_WITH_A_PART = re.compile(
    r"年?\s*(?:上半年|前三季度|第?[一二三]季度|1\s*[-—–~至]\s*(?:[2-9]|1[01])\s*月|(?:[1-9]|1[01])月)"
)
_A_PART_OF = re.compile(
    r"\b(?:first|second|third)\s+(?:half|quarter|three\s+quarters)\s+(?:of\s+)?$|"
    r"\b(?:(?:january|jan\.?)\s*[-–]\s*\w+|first\s+(?:three|six|nine)\s+months)\s+(?:of\s+)?$",
    re.I,
)


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


_URL_DATE = re.compile(  # …/2019-07/31/…, …/20211108/…, …/t20251103_…, …/2023/0529/…, …/art/2023/9/27/…
    r"(?<!\d)((?:19|20)\d\d)[-/_.]?(0[1-9]|1[0-2])[-/_.]?(0[1-9]|[12]\d|3[01])(?!\d)|"
    r"/((?:19|20)\d\d)/(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/"
)


def url_date(url: str | None) -> dt.date | None:
    """The date a page's address carries in its path (news sites file stories by day), if any and not in the
    future; the host and the query are not read."""
    path = urlsplit(url).path if url else ""
    for m in _URL_DATE.finditer(path):
        y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        try:
            found = dt.date(y, mo, d)
        except ValueError:
            continue
        if found <= dt.date.today():
            return found
    return None
