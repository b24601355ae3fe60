"""The year of a figure whose sentence states none: the most recent completed period of its kind at
publication (a full year published in January-June is the year before; a half-year published from
July is that year's), a stock's year (counted at publication unless the paragraph speaks of a year
past), a goal's year (looking forward), and what 'now' means ("today it is …", "accounts for …")."""

from __future__ import annotations

import calendar
import re

from ..units import chinese_numeral
from . import _cues as cues
from ._frame import Frame
from ._parts import PART_END_MONTH
from ._roles import last_match
from ._running import FULL_YEAR, QUARTERLY, Running
from ._window import Window
from ._years import NEXT_FIVE, PAST_FIVE, YEAR, years_ahead

__all__ = [
    "QUARTERLY",
    "default_year",
    "five_ahead",
    "latest_quarters",
    "one_year_ahead",
    "opening_year_past",
    "said_of_now",
    "year_to_date",
]

_ESTIMATE_DONE = re.compile(  # "was expected to top", in the past tense: an estimate of a year over
    r"预计(?:全年)?(?:完成|实现)|\bestimated to have\b|\b(?:was|were) (?:expected|estimated|projected|set) to\b|"
    r"\bit is (?:expected|estimated|projected) that\b[^.;]{0,80}?\b(?:hit|reached|was|were|grew|rose|totaled|"
    r"totalled|stood|came|amounted)\b",  # "It is expected that Chenzhou GDP hit …": the verb's past, the year over
    re.I,
)
_ESTIMATED_ALREADY = re.compile(r"(?:据|经)(?:初步)?(?:测算|估算|推算|匡算)[^。；;\d]{0,30}?已(?:经)?[^。；;\d]{0,8}$")
_WHOLE_YEAR_ESTIMATED = re.compile(r"预计全年|全年预计|\bfor the (?:whole|full) year,? (?:is|was) estimated\b", re.I)
_OPENS_ESTIMATE = re.compile(r"\s*预计(?!今年|明年|到|至|下半年|上半年|[一二三四]季度|\d)")
_YEAR_END = re.compile(r"\b(?:by|at|as of) the end of the year\b|\byear-end\b|年末|年底", re.I)
_PRESENT = re.compile(r"\b(?:has|have|is|are|now|currently)\b|现有|拥有(?!量)|目前", re.I)
_PAST_TENSE = re.compile(
    r"\b(?:had|was|were|numbered|totaled|totalled|stood at|reached|rose|grew|climbed|increased|came to|hit)\b", re.I
)


def _told_in_the_past(w: Window) -> bool:
    """The sentence tells the stock in the past tense before it ("There were …, with over 12,000 …"), and in no
    present one."""
    said = w.norm[max(w.sent.start, w.q.start - 120) : w.q.start]
    return bool(_PAST_TENSE.search(said[-40:]) or (_PAST_TENSE.search(said) and not _PRESENT.search(said)))


def said_of_now(w: Window) -> bool:
    """Whether the figure is said of the present: "today it is 514 billion yuan", 三十年后的今天，…GDP近3000亿元
    (a 'now' before it in its sentence, and no year after the 'now': "currently …, reaching X by 2025" is 2025's)."""
    if cues.NOW_AFTER.match(w.own_after) or cues.RATE_NOW.search(w.before[-60:]):
        return True  # "… raise it to 4 percent by 2027, from 3.5 percent now": the 'now' the figure's own
    now = last_match(cues.NOW, w.before)
    return now is not None and not YEAR.search(w.before[now.end() :]) and not YEAR.search(w.own_after)


_PRESENT_VERB = re.compile(  # "Strategic industries account for 60 percent of GDP": said of the present
    r"\b(?:accounts?\s+for|makes?\s+up|contributes|represents|is|are|stands\s+at|remains)\s+"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|just\s+)?$|"
    r"\b(?:is|are|remains|ranks|sits|stands)\s+(?:[a-z'’-]+\s+){1,4}(?:with|at|on)\s+"  # "is next in line with"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|just\s+)?$",
    re.I,
)


_PRESENT_HOLDER = re.compile(  # "has an economy of", "boasts a GDP of", "is … with an economy of": a present verb
    r"(?:\b(?:is|are|remains)\b(?:(?!\b(?:was|were|had|did|hit|saw|grew|rose|made|gave|took|got|\w+ed)\b)"
    r"[^.;:!?])*?\bwith|\b(?:has|have|boasts?))\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:economy|GDP|economic output)\s+"
    r"(?:of|worth|above|over|exceeding|topping)\s+(?:more than\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def _said_in_the_present(w: Window) -> bool:
    """An English figure a present-tense verb gives, in a sentence stating no year: not the past year the
    sentences before it spoke of."""
    present = _PRESENT_VERB.search(w.near[-40:]) or _PRESENT_HOLDER.search(w.before[-120:])
    return (
        bool(present)
        and not YEAR.search(w.sent.text)
        and not _year_before_semicolon(w)
        and not _EN_PARTS_OPEN.match(w.sent.text)  # "Among them, the primary industry's value added is …": the parts of
    )  # the figure before, of its year (a translation's tense)


_EN_PARTS_OPEN = re.compile(  # _extractor._PARTS_OPEN is the Chinese twin (其中，)
    r"\s*(?:among (?:them|which|these)|of (?:which|this|these|the total)|including)\b", re.I
)


def _year_before_semicolon(w: Window) -> bool:
    """Whether the sentence goes on after a ';' from clauses that state a year ("In 2011, … 22.3%; the general budget
    revenue is 636 million yuan"), or from the parts of a figure before: the same sentence, so the same year."""
    before = w.norm[max(0, w.sent.start - 300) : w.sent.start]
    if not before.rstrip().endswith((";", "；")):
        return False
    last = re.split(r"[.!?。！？](?:\s|$)", before)[-1]
    return bool(YEAR.search(last) or _EN_PARTS_OPEN.match(last))  # "Among them, …; the secondary industry's … is": so


def _list_item(w: Window) -> bool:
    """A verbless item of a list the previous sentence opened ("In 2024: GDP …; 51 listed companies")."""
    return w.norm[max(0, w.sent.start - 3) : w.sent.start].rstrip().endswith((";", "；")) and not _PRESENT.search(
        w.sent.text
    )


def _history_of_others(running: Running, region: str | None, pub_year: int | None) -> bool:
    """Whether the paragraph's year is a club's history, the year other places crossed a mark ("In 2022, Haidian's
    GDP exceeded 1 trillion yuan. Nanshan reported GDP of …"): a year before the one just ended, and the figure's
    place neither one of them nor a part or a whole of one."""
    if not region or not running.year_of_crossings or not pub_year or running.year >= pub_year - 1:
        return False
    return not any(_related(region, other) for other in running.year_places)


def _related(a: str, b: str) -> bool:
    """Whether two places are one, or one holds the other (440305 and 440300 or 440000; the country, all)."""
    return a.startswith(_held_by(b)) or b.startswith(_held_by(a))


def _held_by(code: str) -> str:
    """The start every code of a place inside ``code`` shares: 44 for 440000, 4403 for 440300."""
    if not code.isdigit():
        return ""  # CN
    return code[:2] if code.endswith("0000") else code[:4] if code.endswith("00") else code


def _year_gone_on(running: Running, pub_year: int | None) -> bool:
    """Whether the paragraph's year holds for a flow that states none: a year past, or the publication
    year when results were stated for it (2014年，宁乡县实现地区生产总值798亿元。… in a December report),
    not when it only dated an event or a goal (2026年1月27日，…; 2026年目标…)."""
    if not running.year or not pub_year:
        return False
    return running.year < pub_year or (running.year == pub_year and running.year_of_results)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_ESTIMATE = re.compile(r"预计|预估|\b(?:is|was|are|were) (?:expected|estimated|projected)\b", re.I)


def _estimate_of_the_year_reviewed(frame: Frame, running: Running, w: Window) -> bool:
    """An estimate, early in the year, in a paragraph about the year just ended: that year's result, not a
    forecast ("In 2025, … Regional GDP is expected to reach 1.16 trillion yuan" in January 2026)."""
    published = frame.published
    if published is None or published.month > 3 or running.year != published.year - 1:
        return False
    return bool(_ESTIMATE.search(w.before)) and not said_of_now(w)


_OPENS_PAST_YEAR = re.compile(
    r"\W*(?:(?:over|in|during)\s+the\s+(?:past|last)\s+year\b|过去(?:的)?一年|last year\b|去年(?!同期))", re.I
)


def five_ahead(w: Window) -> bool:
    """Whether the figure's sentence, or one before it in its paragraph, speaks of the next five years."""
    line_start = max(w.norm.rfind("\n", max(0, w.sent.start - 300), w.sent.start) + 1, w.sent.start - 300)
    return bool(NEXT_FIVE.search(w.sent.text) or NEXT_FIVE.search(w.norm, line_start, w.sent.start))


def opening_year_past(sentence: str, frame: Frame) -> int | None:
    """The year a sentence opened by 'Over the past year', 'Last year', 去年, 过去一年 speaks of, with no year
    written: the year before publication (the publication year's own late in it, for 'the past year')."""
    m = _OPENS_PAST_YEAR.match(sentence)
    if m is None or frame.published is None or YEAR.search(sentence):
        return None
    late = frame.published.month >= 11 and not re.search(r"last year|去年", m.group(), re.I)
    return frame.published.year if late else frame.published.year - 1


def default_year(
    frame: Frame, running: Running, part: str | None, stock: bool, forward: bool, w: Window, region: str | None = None
) -> int | None:
    if forward:
        goes_on = w.norm[max(0, w.sent.start - 3) : w.sent.start].rstrip().endswith(("；", ";"))
        if goes_on and running.list_year:
            return running.list_year  # …2026年主要预期目标：…增长6%左右；一般公共预算收入增长4%: the list's year
        if five_ahead(w) and frame.ahead_from:
            return frame.ahead_from + 4  # 未来五年，…主要目标是，地区生产总值达1220亿元: the fifth year ahead
        ahead = years_ahead(w.sent.text)
        if ahead and frame.ahead_from:
            return frame.ahead_from + ahead - 1  # 未来二三年跻身千亿俱乐部: the last of those years
        if running.section_year and frame.pub_year and running.section_year < frame.pub_year:
            return running.section_year  # 一、2024年工作回顾 … 预计全年…: an estimate for the year reviewed
        if _estimate_of_the_year_reviewed(frame, running, w):
            return running.year  # "2024年，…。地区生产总值预计达到9500亿元" in a January report: that year's estimate
        if frame.published and frame.published.month <= 3 and cues.ESTIMATE_NOTED.match(w.after):
            return frame.published.year - 1  # "375 billion yuan (estimated figure)" in March: the year just ended
        if frame.published and _ESTIMATED_ALREADY.search(w.before):
            return frame.published.year - 1  # 据测算，昆山人均GDP已超过25万元: an estimate of a level already reached
        if frame.published and frame.published.month <= 3 and _ESTIMATE_DONE.search(w.before):
            return frame.published.year - 1  # 预计完成3500亿元 in a January report: the year just ended
        if frame.published and frame.published.month <= 2 and _WHOLE_YEAR_ESTIMATED.search(w.before):
            return frame.published.year - 1  # 预计全年GDP突破1万亿元 in January: the year just ended, its result
        reviewed = frame.review_year is not None and not frame.plan and frame.review_year == (frame.pub_year or 0) - 1
        if reviewed and FULL_YEAR.search(w.sent.text):
            return frame.review_year  # "Looking back on 2024: …" "Retail sales are expected to reach … for the year"
        if frame.published and frame.published.month <= 2 and _OPENS_ESTIMATE.match(w.sent.text):
            return frame.published.year - 1  # 预计地区生产总值超过2100亿元 opening a paragraph of a January report
        if running.year and goes_on:
            return running.year  # 2025年预计完成…5320亿元；一般公共预算收入280亿元: the year of the list it goes on
        return running.target_year or frame.plan_year or frame.pub_year
    if stock:
        month = _month_end(w.before)
        if month and frame.published is not None and month > frame.published.month and not YEAR.search(w.before):
            return frame.published.year - 1  # 截至6月底…共有58家 in a March story: the June before, not one to come
        if said_of_now(w) and frame.published is not None:
            return frame.published.year  # 截至目前…, 目前共有…: now, whatever year the story reports on (an
            # undated profile's 'now' is the latest year it names, below)
        if running.section_year and frame.pub_year and running.section_year < frame.pub_year:
            return running.section_year  # 一、2024年工作回顾 … 总数达1205家: the year-end of the year reviewed
        past = running.year and frame.pub_year and running.year < frame.pub_year
        just_ended = running.year == (frame.pub_year or 0) - 1  # not a year of history the paragraph recalls
        if just_ended and not frame.review_year and _HAN.search(w.sent.text) and not _PRESENT.search(w.before):
            return running.year  # 2024年，…。国家高新技术企业总数达到4800家: the paragraph's year (no tense to say now)
        if past and not frame.review_year and (_told_in_the_past(w) or _list_item(w)):
            return running.year  # "In 2023, … The city had 2,900 high-tech enterprises.": that year's stock
        if frame.published is None and frame.latest_named and not frame.review_year:
            return frame.latest_named  # an undated profile speaks of the latest year it names
        paragraph = w.norm[w.norm.rfind("\n", 0, w.sent.start) + 1 : w.q.start]
        if (running.review or PAST_FIVE.search(paragraph)) and frame.published and frame.published.month <= 3:
            return frame.published.year - 1  # 五年来…达到135件 in a January report: where the span ended
        if (_YEAR_END.search(w.before) or _YEAR_END.search(w.own_after)) and frame.pub_year:
            return running.year if past else frame.review_year or frame.pub_year - 1  # "by the end of the year", 年末
        return frame.review_year or frame.pub_year
    if frame.plan and frame.plan_year and not frame.review_year and not running.year and not running.review:
        return frame.plan_year  # a goals document's list: its own year
    if running.section_year and frame.pub_year and running.section_year < frame.pub_year:  # 2023年主要经济指标 ⏎
        return running.section_year  # 全区地区生产总值增长5.8%: the heading's year, not the frame's review year
    now = said_of_now(w) or _said_in_the_present(w)  # "today it is 514 billion yuan": not the paragraph's year
    last_year = running.year_said_relative or (running.year_trailing and running.year == (frame.pub_year or 0) - 1)
    now = now or (part is not None and last_year)  # "Last year, … In the first half, …": this year's; so after
    # "… had a GDP of 528 billion yuan in 2024." (the year before publication, dating one figure, not the story)
    if running.year and not frame.review_year and _year_gone_on(running, frame.pub_year) and not now:
        own = running.place_years.get(region or "")
        others = running.year_places and not any(_related(region or "", p) for p in running.year_places)
        if own and own > running.year and others:
            return own  # "2018年，上海浦东…；2022年，北京海淀…" in a story of Nanshan's 2025: Nanshan's year (but not
            # after its own city's: "Suzhou reported GDP of … for 2024. Zhangjiagang's share of that …" is 2024's)
        if not _history_of_others(running, region, frame.pub_year):
            return running.year
    if part == "M" and frame.published is not None:  # January-May: reported within its year, but no month of
        return frame.published.year - (frame.published.month == 1)  # a year is out by January ("in December")
    if part is not None and part != "M":
        if frame.review_year:
            return frame.review_year
        if frame.published is None:
            return frame.latest_named  # an undated text's part of a year: of the latest year it names
        done = frame.published.month > PART_END_MONTH[part]
        return frame.published.year if done else frame.published.year - 1
    return frame.review_year or (frame.pub_year - 1 if frame.pub_year else None)


_YEAR_TO_DATE = re.compile(
    r"今年以来|年初以来|今年来|\bso far this year\b|\byear[- ]to[- ]date\b|"
    r"\bsince the (?:start|beginning) of (?:the|this) year\b|\bin the year to date\b",
    re.I,
)


def year_to_date(w: Window, frame: Frame) -> str | None:
    """The quarters a year-to-date figure of the quarterly accounts covers (今年以来, "so far this year"): the
    latest reported at publication — the first quarter from mid-April, the first half from mid-July, the
    first three quarters from late October; None before any is out, or for another measure."""
    if frame.published is None or not _YEAR_TO_DATE.search(w.before[-80:] + " " + w.own_after[:30]):
        return None
    return latest_quarters(frame)


def latest_quarters(frame: Frame) -> str | None:
    """The quarters of the year the quarterly accounts had reported at publication, None before any."""
    if frame.published is None:
        return None
    day = (frame.published.month, frame.published.day)
    return "Q1Q3" if day >= (10, 18) else "H1" if day >= (7, 15) else "Q1" if day >= (4, 15) else None


def one_year_ahead(sentence: str, frame: Frame) -> int | None:
    """The one year a goal's sentence names, when it lies ahead (…6000亿元的目标迈进，力争2027年实现)."""
    years = {int(y) for y in YEAR.findall(sentence)}
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and frame.pub_year is not None and year > frame.pub_year else None


_MONTH_END = re.compile(
    r"截至(?:今年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末)|"
    r"\b(?:as of|by|at) the end of (january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b",
    re.I,
)


def _month_end(before: str) -> int | None:
    """The month a stock is counted at the end of, when the sentence names one (截至6月底, "as of the end of June")."""
    m = _MONTH_END.search(before)
    if m is None:
        return None
    if m.group(2):
        return _MONTHS_EN.index(m.group(2).lower()) + 1
    return int(m.group(1)) if m.group(1).isdigit() else int(chinese_numeral(m.group(1)))


_MONTHS_EN = [m.lower() for m in calendar.month_name[1:]]  # English: Python leaves the C locale unless told
