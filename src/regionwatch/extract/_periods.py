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

import re

from ..indicators import INDICATORS
from ._cues import REVISED_FROM_BASE, TO_THEN_FROM, ZH_TIME_OF_IT, from_base
from ._frame import Frame, frame_of
from ._parts import PART_END_MONTH, last_part, part_of_year, parts_spoken_of
from ._roles import last_match
from ._running import FULL_YEAR, Running
from ._said_year import (
    BASE_BETWEEN,
    YEAR_EARLIER,
    compared,
    own_relative_year,
    parallel_span,
    relative_year,
    sentence_year_after,
    someday,
    this_year_after,
    when_clause_year,
)
from ._spanned import years_spanned
from ._stated_parts import earlier_part, own_year, stated_part
from ._unstated import (
    QUARTERLY,
    default_year,
    latest_quarters,
    one_year_ahead,
    said_of_now,
    year_to_date,
)
from ._window import Window
from ._years import (
    EN_CENSUS,
    GONE_BEFORE,
    PAST_FIVE,
    TIMES_OF_YEAR,
    YEAR,
    YEAR_ONTO_FIGURE,
    YEAR_RANGE,
    YEARS_AGO,
    YEARS_FIGURE,
    YEARS_LATER,
    ZH_CENSUS,
    a_date,
    at_plan_end,
    box_year,
    census_year,
    count_of,
    founding,
    is_base,
    list_heading_year,
    plan_end,
    since,
    span_years,
    years_back,
)

__all__ = ["Frame", "Running", "frame_of", "last_part", "resolve"]

_THAT_YEAR = re.compile(r"that year|the same year|这一年|同年|当年", re.I)
_THAT_YEAR_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:(?:in|during|for|of)\s+)?(?:that|the same)\s+year\b", re.I)
_YEAR_LATER = re.compile(r"\ba year later\b|\bthe (?:following|next) year\b|次年|(?<!连续)第二年|翌年", re.I)
_TO = re.compile(r"^[^,;]{0,30}?(?<!compared )(?<!relative )\bto\b", re.I)  # "… in 2013 to …" (not "…, grew to")
_SAME_PERIOD = re.compile(r"同期|same period", re.I)
_SAME_PERIOD_LAST = re.compile(r"(?:上年|去年)同期|\bsame period (?:of |in )?(?:last|the previous|a) year\b", re.I)
_CENSUS = re.compile(
    r"[^.;,]{0,30}?\b(?:at|in|by|from|according to)\s+the\s+((?:19|20)\d\d)\s+(?:national\s+)?census", re.I
)
_AGO_TO = re.compile(r"[^,;.，。；\d]{0,6}\bto\s+(?:about\s+|around\s+|just\s+)?$")
_AGO_AFTER = re.compile(r"[^,;.\d]{0,12}?(?:" + YEARS_AGO.pattern + ")", re.I)
_REVIEW_FROM = re.compile(r"(?:\bfrom|由|从)\s*(?:the\s+)?$", re.I)
_REVIEW_TO = re.compile(
    r"^[^,，;；。]{0,24}?(?:\bto\b|增至|增长到|增长至|增加到|提高到|提高至|提升至|提升到|上升到|上升至|跃升至|达到|到)",
    re.I,
)

_TO_EXPECTED = re.compile(  # 预计增至, "is expected to rise to": a change to a figure of this year, estimated
    r"^[^,，;；。\d]{0,12}?(?:预计|有望|\b(?:is|are)\s+(?:expected|estimated|projected)\s+to\b)", re.I
)
_YEAR_ASIDE = re.compile(r"[^.;,]{0,20},\s+(?:in|by)\s+((?:19|20)\d\d)\s*(?=[,.;]|$)")  # ", in 2018,": the year, aside


def resolve(
    w: Window, frame: Frame, running: Running, indicator: str, stock: bool, forward: bool, region: str | None = None
) -> tuple[str | None, bool]:
    """(period, inferred) for the figure in ``w``; period None when no year can be known; a figure of a
    table's 上年同期 column is of the same period a year before."""
    period, inferred = _resolve(w.within_box_line(), frame, running, indicator, stock, forward, region)
    if period is None or not w.q.year_before or "/" in period:
        return period, inferred
    return str(int(period[:4]) - 1) + period[4:], inferred


def _resolve(
    w: Window, frame: Frame, running: Running, indicator: str, stock: bool, forward: bool, region: str | None
) -> tuple[str | None, bool]:
    if w.q.span is not None:
        return w.q.span, False  # a table's average-growth column beside its columns of years
    if w.q.year is not None:
        return str(w.q.year), False  # a table's year column
    spanned = years_spanned(w, frame, running, indicator, stock, forward)
    if spanned is not None:
        return spanned  # 五年来…累计完成1650亿元, 年均增长6.5%: a total or an average over years
    if someday(w.norm[w.sent.start if w.prev_end is None else w.prev_end : w.q.start] + " " + w.own_after[:40]):
        return None, True  # "may one day exceed 1 trillion yuan", 未来有望突破万亿: no year can be known
    part = None if stock else stated_part(w)  # a stock is counted at a date: its year, not a part of it
    now = said_of_now(w)  # 力争…提高到4%，目前为3.5%: where the place stands now, in a sentence of goals
    year = _stated_year(w, frame, running, now)
    stated = year is not None  # a part alone ("in the first half") leaves the year to be inferred
    if part is None and stated and not stock:
        part = _part_onto(w.before, year)  # "… in the first half of 2025, …, and Guangdong …": the year's part
    so_far = None if part or forward or indicator not in QUARTERLY else year_to_date(w, frame)
    if so_far is not None:  # 今年以来…增长5.6% in August: the first half, the latest quarters reported
        part, year, stated = so_far, frame.pub_year, False
    full_year = (
        FULL_YEAR.search(w.before)
        or FULL_YEAR.match(w.own_after[:30].lstrip(" ,"))
        or re.match(r"[^.;,]{0,12}\bfor (?:the|a) (?:full|whole) year|(?:左右)?[\"'”]?的?(?:全年|年度)", w.own_after)
    )  # "… 5 percent for the full year", 超过“5%左右”的全年增长目标: the year
    if part is not None and full_year and not FULL_YEAR.search(w.before):
        part = None  # "grew 5.3 percent in Q1-Q3 and expects 5.5 percent for the full year": the year
    whole = last_match(FULL_YEAR, w.before)
    if part is not None and whole and last_part(w.before[whole.end() :] + " 0 " + w.own_after) is None:
        part = None  # 下半年将紧盯全年增长6%的目标: the whole year, named after the half ("0": the figure, so that
        # "more than 4.4 percent in the fourth quarter" is read as no comparison with the quarter)
    annual_ratio = indicator in INDICATORS and INDICATORS[indicator].share_of_gdp  # R&D intensity: a year's
    if part is None and year is None and not stock and not full_year and not annual_ratio:
        part = running.part_for(indicator)  # 全年, "for the full year": the sentence leaves the running part
    if part is None and not stock and _SAME_PERIOD.search(w.before[-80:] + w.own_after[:30]):
        part = running.part or last_part(w.before)  # 去年同期为1250亿元, "in the same period last year": the part
        # spoken of, in the sentences before or earlier in this one
    if part is None and year is None and not stock and not forward and indicator in QUARTERLY:
        part = latest_quarters(frame) if _SAME_PERIOD_LAST.search(w.sent.text) else None  # "GDP grew 6.9%, 0.6
        # points above the same period last year" in October, no part named: the quarters reported by then
    ago_after = None if indicator.endswith("growth") else _AGO_AFTER.match(w.own_after)
    if _LAST_YEARS_FIGURE.search(w.before[-10:]):  # 比去年同期的2450亿元, 比上年的5000亿元: a year before the
        year = year if year is not None else default_year(frame, running, part, stock, forward, w, region)
        year = year - 1 if year is not None else None  # period spoken of
    elif year is not None and YEAR_EARLIER.match(w.own_after):
        year -= 1  # "… compared with 980 billion yuan a year earlier": the year before the sentence's
    elif ago_after and not YEAR.search(w.own_after[:30]):  # "… to 250 billion yuan from 50 billion a decade ago"
        if year is None:
            year = default_year(frame, running, part, stock, forward, w, region)
        year = year - count_of(ago_after) if year is not None else None
    elif year is not None and forward and frame.pub_year is not None and year > frame.pub_year and _goal_base(w):
        year, stated = frame.review_year or frame.pub_year - 1, False  # 到2030年…力争由1950亿元增加到3000亿元,
        # "by 2030 … raise its GDP from 195 billion yuan to 300 billion": the base is where the place stands now
    elif year is not None and _a_base(w):
        ago = _AGO_AFTER.match(w.own_after)  # "up from 22 percent a decade earlier", "up from 920 billion yuan"
        span = span_years(w.sent.text) or running.span_for(w.sent.text) or parallel_span(w.norm, w.q.start)
        # "Between 2020 and 2024, GDP rose from X to Y": X is 2020's; "Over the same period Futian grew from X to
        # Y": the span a sentence before named; "…from X in 1986 to Y in 2009; revenue rose from X2 to Y2": its
        if span and span[1] == year and not ago:
            year = span[0]
        elif _span_start(w.before) == year or (not ago and earlier_part(w, part, running.part)):
            pass  # 1990年以来，浦东GDP从60亿元增长到…: the year the span starts, not the year before another
        else:
            year, stated = year - (count_of(ago) if ago else 1), stated and ago is not None
    forward = forward and not now
    if year is None and forward:
        year = plan_end(w.sent.text) or _period_end(w, running)  # "十五五"时期…, "over this period": the last year
        year = year or one_year_ahead(w.sent.text, frame)
    if year is None and not now and _from_to(w):  # the year before the one the change ends in
        year = _base_year(w, frame, running, default_year(frame, running, part, stock, forward, w, region))
    elif year is None and not forward and _TO_END.search(w.clause) and (parallel := parallel_span(w.norm, w.q.start)):
        year = parallel[1]  # "…; revenue rose from 8.2 million yuan to 404 million yuan": the change's before it
    if year is None and not stock and not forward:
        year = box_year(w.norm, w.sent.start)  # "GDP: 1.27 trillion yuan (2022)" over "Per capita GDP: …": 2022
    if year is None and indicator == "population" and not forward:
        year = running.census_year  # 宝安区发布第七次全国人口普查主要数据。数据显示，全区常住人口为…: the census's
    if year is None:
        year = default_year(frame, running, part, stock, forward, w, region)
        based = not forward and not now and _a_base(w) and not earlier_part(w, part, running.part)  # not "… from
        # 5.8% in Q3"
        if year is not None and (YEAR_EARLIER.match(w.own_after) or based):
            year -= 1  # "It produced 480 billion yuan the year before", "…, up from 628 billion yuan": the year before
    if year is None:
        return None, True
    if part is None or part == "M":
        return (f"{year}" if part is None else f"{year}-M"), not stated
    if not forward and _not_over(w, frame, year, part):
        year, stated = year - 1, False  # "in the first half of this year" in a January story: written a year before
    return f"{year}-{part}", not stated


_PAREN_CENSUS = re.compile(r"\s*[(（]\s*([^()（）]{0,30}(?:人口普查|[七六]普|census)[^()（）]{0,12})[)）]", re.I)
_THIS_YEAR = re.compile(r"\bthis year\b|今年|本年", re.I)


def _not_over(w: Window, frame: Frame, year: int, part: str) -> bool:
    """Whether a result of a part of 'this year' is dated before that part ended ("the first half of this year"
    in January): no result of it was out; the story was written the year before."""
    pub, end = frame.published, PART_END_MONTH.get(part)
    return (
        pub is not None
        and end is not None
        and year == pub.year
        and pub.month <= end
        and bool(_THIS_YEAR.search(w.sent.text))
        and not YEAR.search(w.sent.text)
    )


_PAREN_YEAR = re.compile(
    r"\s*[(（]\s*(?:(?:as of |at )?(?:the )?(?:end|close) of |year-end |西元|公元)?"
    r"((?:19|20)\d\d)\s*(?:年(?!\d)|\b)[^()（）\d]{0,12}[)）]",
    re.I,
)
_END_OF = re.compile(  # "as of the end of 2024", "at end-2024", "by year-end 2024"
    r"(?:[^.;,]|(?<=\d),(?=\d{3})){0,60}?\b(?:(?:as of|at|by) (?:the )?(?:end|close) of |"
    r"(?:at |as of |by )?(?:end-|year-end |end )"
    r")((?:19|20)\d\d)\b",
    re.I,
)
_PART_YEAR_AFTER = re.compile(  # "… growth in its gross domestic product in the first quarter of 2023": that year's
    r"(?:[^.;,]|(?<=\d),(?=\d{3})){0,80}?(?<!than )\bin the (?:first|second|third|fourth|final|last)\s+"
    r"(?:half|quarter|three\s+quarters|(?:\w+\s+)?months)\s+of\s+((?:19|20)\d\d)\b",
    re.I,
)
_ZH_TIME_OF = re.compile(  # 跻身万亿区的时间点或在2035年前后: the year the figure is said to come
    ZH_TIME_OF_IT + r"(?:或|将|预计|有望|可能|或将|大概率)?(?:在|是|为)?((?:19|20)\d\d)年"
)


def _part_onto(before: str, year: int | None) -> str | None:
    """The part of the year written onto the sentence's last mention of ``year`` before the figure, however
    far back in the sentence ("the first half of 2025", 2025年上半年)."""
    mention = None
    for m in YEAR.finditer(before):
        mention = m if int(m.group(1)) == year else mention
    part = part_of_year(before, mention.start(), mention.end()) if mention else None
    if part is None or part in parts_spoken_of(before):
        return part
    return last_part(before)  # "in the first half …, unchanged from the first quarter of 2025, while …": the half


_TO_END = re.compile(r"(?:(?:由|从)[^，,。；;]{1,30}(?:到|至)|\bfrom\s+[^,;]{1,40}\bto\s+)(?:about\s+|约)?$", re.I)
_BY_THEN = re.compile(r"\bby then\b|\bby that time\b|届时|到那时|到时候", re.I)


def _period_end(w: Window, running: Running) -> int | None:
    """The last year of the span a sentence before named, for a goal set "over this period" or "by then"
    ("By the end of the 14th Five-Year Plan period (2021-25) … Over this period, GDP should exceed …")."""
    span = running.span_for(w.sent.text) or (running.span if _BY_THEN.search(w.sent.text) else None)
    return span[1] if span and not YEAR.search(w.sent.text) else None


def _from_to(w: Window) -> bool:
    """Whether the figure is the base a change starts from: 'from X to Y', 由X增加到Y."""
    return bool(_REVIEW_FROM.search(w.near[-12:]) and _REVIEW_TO.match(w.rest))


def _goal_base(w: Window) -> bool:
    """Whether the figure is the base a goal's change starts from, with no year of its own ("from X to Y",
    "to Y by 2027, from X")."""
    return (_from_to(w) or bool(TO_THEN_FROM.search(w.before[-90:]))) and not YEAR.search(w.own_after[:12])


def _a_base(w: Window) -> bool:
    """The figure is the earlier value a change started from, of no year written after it."""
    return (
        from_base(w.near, w.before)
        and not YEAR.search(w.own_after[:30])
        and not own_year(w.own_after)
        and not at_plan_end(w.own_after, "after")  # "from X at the end of the 13th Five-Year Plan period"
        and not EN_CENSUS.search(w.own_after[:60])  # "up from 1,083,260 in the sixth national census"
        and not REVISED_FROM_BASE.match(w.own_after)  # 2017年GDP由10002亿元下调至6654亿元: the same year's figure
    )


_LATER_AFTER = re.compile(r"\s*,?\s*(?:" + YEARS_LATER.pattern + ")", re.I)
_SPAN_FROM = re.compile(
    r"(?:\bfrom\s+(?:about\s+|around\s+|only\s+|just\s+|a\s+mere\s+)?|从(?:最初的|当年的|仅)?)$", re.I
)


def _span_start(before: str) -> int | None:
    """The year a span starts, for the figure it starts from ("Since 1990, its GDP has soared from 6 billion
    yuan to …", 1990年以来，…从60亿元增长到…)."""
    if not _SPAN_FROM.search(before[-24:]):
        return None
    started = [m for m in YEAR.finditer(before) if since(before, m.start(), m.end())]
    return int(started[-1].group(1)) if started else None


def _stated_year(w: Window, frame: Frame, running: Running, now: bool) -> int | None:
    before, after, lang_zh = w.before, w.after, bool(re.search(r"[\u4e00-\u9fff]", w.sent.text))
    paren = re.match(_PAREN_YEAR, after)  # （2023年）, (2023 est.), (end of 2023)
    if paren:
        return int(paren.group(1))
    aside = _PAREN_CENSUS.match(after)  # 常住人口313万人(第七次人口普查), "1.2 million (seventh census)": its date,
    census = aside and (ZH_CENSUS.search(aside.group(1)) or EN_CENSUS.search(aside.group(1)))
    if census:  # though the sentence speaks of today (目前)
        return census_year(census)
    if re.match(r"\s*[-–•·]\s", w.norm[w.sent.start : w.q.start]):  # " - Per capita: …" under "GDP (2022): …"
        label_year = list_heading_year(w.norm, w.sent.start)  # (2022), (2020 census) above the list
        if label_year:
            return label_year
    if now:
        return None  # "Back in 2010 it was 210 billion yuan; today it is 514 billion": the present, not 2010
    own = YEAR_ONTO_FIGURE.search(before)
    went_back = None if own else when_clause_year(before)
    if went_back is not None:
        return went_back  # "grown fivefold since 2006, when it stood at …": that year's
    if own:  # 比2010年的165万, "slowed in 2024 (5.5%) from 2023 (6.1%)": the year written onto the figure, though
        return int(own.group(1))  # after 比 or "from"
    # "… at the end of the 13th Five-Year Plan period", “十三五”末，南山区GDP为…, 由“十三五”末的6527亿元: the plan's
    # last year
    first = w.prev_end is None or w.prev_end <= w.sent.start  # the sentence's first figure, or right after 的
    plan = at_plan_end(after, "after") or at_plan_end(before[-40:], "just before")
    plan = plan or (at_plan_end(before) if first else None)
    if plan:
        return plan
    started = _span_start(before)
    if started is not None:
        return started
    others = [(m.start(), m.end()) for m in GONE_BEFORE.finditer(before)]  # 继2018年浦东新区…之后: their years
    others += [(m.start(), m.end()) for m in YEAR_RANGE.finditer(before)]  # "(2021-2025)": a plan's span
    years = [
        (m.start(), int(m.group(1)))
        for m in YEAR.finditer(before)
        if not compared(before[: m.start()])
        and not _A_BASES_YEAR.search(before[: m.start()])
        and not any(a <= m.start() < b for a, b in others)
        and not since(before, m.start(), m.end())  # 1984年以来, "Since 1990, …": where a span starts
        and not founding(before, m.start(), m.end())  # "Pudong, established in 1990, covers …"
        and not a_date(before, m.start(), m.end())  # "Updated 11:31, January 22, 2013 … grew 7.5 percent"
        and not TIMES_OF_YEAR.match(before, m.start())
        and not YEARS_FIGURE.match(before, m.start())  # 从2020年的4561亿元增加到…: that figure's year, not this one's
    ]
    tail = before[-40:]
    ago = YEARS_AGO.search(tail)
    opening = None if ago else YEARS_AGO.match(before.lstrip())  # "Ten years ago, Nanshan's GDP was only about …"
    rest = before.lstrip()[opening.end() :] if opening else ""
    if opening and not re.search(r"[,;，；\d]", rest.lstrip(" ,")):  # "A decade ago the figure stood at just over"
        ago, tail = opening, before.lstrip()
    at = len(before) - len(tail)
    if ago and years and years[-1][0] >= at + ago.end():
        return years[-1][1]  # 十年前的2014年, "a decade earlier, in 2014": the year written after it
    if ago and not _AGO_TO.match(tail, ago.end()):  # not "from double digits a decade ago to 6 percent"
        # 而10年前仅为千亿元, "a decade ago it was …": so many years before the year spoken of
        base = years[0][1] if years else running.year or frame.pub_year
        return base - count_of(ago) if base else None
    later_after = None if lang_zh else _LATER_AFTER.match(w.own_after)
    later_base = years[-1][1] if years else running.year  # "topped 100 billion yuan in 2019 and reached 145 billion
    if later_after and later_base:  # yuan four years later", "In 2013, …; it hit 145 billion yuan a decade later"
        return later_base + count_of(later_after)
    later = YEARS_LATER.search(before[-80:])
    if later and years and years[-1][0] >= max(0, len(before) - 80) + later.end():
        return years[-1][1]  # 十年后的2023年, "a decade later, in 2010": the year written after it
    done = not lang_zh or re.search(r"已|曾", before[-30:])  # 十年后 alone may look ahead from today; 十年后…已达 not
    passed = later and running.year and frame.pub_year and running.year + count_of(later) <= frame.pub_year
    done = done or passed  # 1992年…。十年后，江阴GDP突破千亿元 (in 2024): a decade already gone by
    ahead = lang_zh and re.search(r"有望|将|预计|力争|可望|争取|目标", before[-30:])  # 十年后，GDP有望突破6000亿元
    base = years[-1][1] if years else running.year if done else frame.pub_year if ahead else None
    if later and base:  # "By 2000 it had reached …, and a decade later it passed …"
        return base + count_of(later)
    if w.prev_end is not None and not lang_zh and _TO.match(w.norm[w.prev_end : w.q.start]):
        cut = w.prev_end - w.sent.start  # "from 56.88 trillion yuan in 2013 to …": the earlier figure's year
        years = [(pos, y) for pos, y in years if not (cut <= pos <= cut + 25)]
    window_after = re.sub(r"^\s*[(（][^)）]{0,30}[)）]", "", after)[:40]
    m_after = re.match(
        r"(?:[^.;。；,，]|(?<=\d),(?=\d{3})){0,40}?(?<!than )\b(?:in|by|for|of|around|circa)\s+(?:the\s+)?"
        r"(?:(?:[1-4][hHqQ]|[hHqQ][1-4]|9[mM])\s+)?((?:19|20)\d\d)\b|"  # "in 1H 2024", "in Q3 2024"
        r"[^。；;,，]{0,4}?((?:19|20)\d\d)年(?!以来|来|起)",
        w.own_after,
    )
    if m_after and BASE_BETWEEN.search(m_after.group()):
        m_after = None  # "rose to 538 billion yuan from 514 billion yuan in 2023": the year of the base after it
    if m_after and m_after.group(2) and a_date(w.own_after, m_after.start(2), m_after.end(2)):
        m_after = None  # 2021年2月3日 after a headline's figure: the page's date, not the figure's year
    if m_after and m_after.group(1) and founding(w.own_after, m_after.start(1), m_after.end(1)):
        m_after = None  # "R&D intensity: 6.5% Nanshan was established as a district in 1990": a history
    this_year = this_year_after(before, years, frame)
    if this_year is not None:
        return this_year  # "… by 2027, though growth in the first three quarters of this year slowed to …"
    if lang_zh and years and years[-1][0] >= len(before) - 25:  # 2024年…5400亿元，次年增长至5652亿元: the year after
        return years[-1][1] + bool(_YEAR_LATER.search(before, years[-1][0]))
    m_after = m_after or _END_OF.match(w.own_after) or _CENSUS.match(w.own_after) or _ZH_TIME_OF.match(w.own_after)
    part_of = None if m_after or lang_zh else _PART_YEAR_AFTER.match(w.own_after)
    m_after = m_after or (part_of if part_of and not BASE_BETWEEN.search(part_of.group()) else None)
    m_after = m_after or (None if lang_zh else _YEAR_ASIDE.match(w.after))  # "… mark, in 2018, followed by"
    around = before[-50:] + w.own_after[:20]
    census = last_match(ZH_CENSUS, around[: len(before[-50:])]) or ZH_CENSUS.search(around)  # the nearest before
    if census and is_base(around, census.start()) and "相比" in around[census.end() : len(before[-50:])]:
        census = None  # 与2010年第六次全国人口普查的…相比，十年共增加…: the census compared with, not this figure's
    if census and not m_after:
        return census_year(census)  # 第七次人口普查: 2020
    census = None if lang_zh or years else EN_CENSUS.search(w.own_after[:80]) or last_match(EN_CENSUS, before)
    if census and not m_after:
        return census_year(census)  # "the seventh national census"
    if m_after:
        return int(m_after.group(1) or m_after.group(2))
    own = _year_after_the_level(w, frame)
    if own is not None:
        return own  # "grew 6.8 percent to 240 billion yuan last year": the growth's year is the level's
    own = own_relative_year(w.own_after[:60], frame)
    if own is not None:
        return own  # "… in 2015, and 1 trillion yuan is within reach this year": the figure's own clause
    if years:
        return years[-1][1]
    later = sentence_year_after(w.rest, w.sent.text)
    if later is not None:
        return later
    that_year = _THAT_YEAR.search(before[-40:]) or _THAT_YEAR_AFTER.match(w.own_after)
    if that_year and (running.year or running.year_said_last):
        return running.year or running.year_said_last  # 这一年, that year: the year just spoken of, also in the
        # paragraph before (…2022年南山区GDP达8000亿元。⏎福田区同年…)
    if _YEAR_LATER.search(before[-40:]) and running.year:
        return running.year + 1  # "a year later the figure was …", 次年
    return relative_year(before, window_after, w.sent.text, frame)


_TO_LEVEL = re.compile(  # "… 6.8 percent to an estimated 240 billion yuan"
    r"\s+to\s+(?:(?:reach|hit|top|stand at)\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|an\s+estimated\s+)?"
    r"[$¥]?\d[\d.,]*\s*"
    r"(?:(?:trillion|billion|million)\s+)?(?:yuan|RMB|renminbi|U\.S\.\s+dollars|dollars)?"
)
_IN_YEAR_AFTER = re.compile(  # "in 2024", "in the first half of 2025", "in the January-June period of 2025"
    r"\s*(?:in|for|during)\s+(?:the\s+(?:[\w-]+\s+){1,3}?of\s+|(?:[1-4][hq]|[hq][1-4]|9m)\s+)?((?:19|20)\d\d)\b", re.I
)


def _year_after_the_level(w: Window, frame: Frame) -> int | None:
    """The year written after the level a growth rose to ("grew 6.8 percent to 240 billion yuan last year")."""
    level = _TO_LEVEL.match(w.rest) if w.q.unit == "percent" else None
    if level is None:
        return None
    tail = w.rest[level.end() :]
    year = _IN_YEAR_AFTER.match(tail)
    return int(year.group(1)) if year else own_relative_year(tail[:20], frame)


_A_BASES_YEAR = re.compile(  # "…, up from 620 million yuan in 1978, and …", "560 times the 1978 figure", "(2,100 in
    r"(?:\b(?:up|down|rising|rose|climbing|climbed)\s+from|\bcompared\s+(?:with|to)|[(（])"  # 2020)": another
    r"\s*(?:[^,;()（）]|(?<=\d),(?=\d\d\d)){0,30}\d[^,;()（）]{0,24}$|"  # figure's (2,100: one number)
    r"\btimes\s+(?:the|its|that of)\s+$",
    re.I,
)


_LAST_YEARS_FIGURE = re.compile(  # 比去年同期的2450亿元, 上年的5000亿元; not 增至去年的2100亿元 (last year's level)
    r"(?:(?<=比|较|与|同|和)(?:去年|前一年|上一年)|上年)(?:同期)?的(?:约|近)?$|"
    r"(?:^|[,;]\s*)(?:而|则)?(?:上年|上一年)(?:同期)?(?:则|仅|只)?(?:分别)?(?:为|是|达)(?:约|近)?$"  # …，上年为4.9%
)


def _base_year(w: Window, frame: Frame, running: Running, spoken: int | None) -> int | None:
    """The base figure of a change 'from X to Y': the year before the span the sentence names, the span a
    sentence before named ("over the same period"), the paragraph's five years when it reviews them, else the
    year before the one ``spoken`` of (the change's end)."""
    end = plan_end(w.sent.text)
    before = running.span_for(w.sent.text) or parallel_span(w.norm, w.q.start)
    if end:
        return end - 5
    if before:
        return before[0]
    end = spoken or frame.review_year or (frame.pub_year - 1 if frame.pub_year else None)
    if _TO_EXPECTED.match(w.rest) and frame.pub_year:
        end = frame.pub_year  # 五年来…从1808.3亿元预计增至2400亿元: the change ends in the year not yet over
    if end is None:
        return None
    back = years_back(w.sent.text) or running.years_reviewed  # 过去十年，…从634亿元增加到1166亿元: ten years back
    return end - (back or (5 if running.review or PAST_FIVE.search(w.sent.text) else 1))
