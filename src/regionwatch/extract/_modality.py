"""Qualifier and kind stage: 'about', 'more than', 以上…; actual, target (aims, 力争) or expected (预计)."""

from __future__ import annotations

import re

from . import _cues as cues
from ._parts import PART_END_MONTH
from ._periods import Frame
from ._roles import last_match
from ._window import Window

__all__ = ["forward_cue", "its_own_compared", "kind", "list_kind", "looks_forward", "qualifier", "section_kind"]

_RANGE = re.compile(r"\s*(?:to|-|~|至|到)\s*")
_WILL_ZH = re.compile(r"将(?:超|突破|达到|跨越|迈上)")
_BY_YEAR = re.compile(  # "by 2030", "by the end of 2030", "by the end of the 15th Five-Year Plan in 2030", 到2030年
    r"\bby\s+(?:the\s+end\s+of\s+(?:the\s+[\w -]{3,30}?\s+in\s+)?)?20\d\d\b|到20\d\d年", re.I
)
_REVIEW = re.compile(r"回顾|完成|执行情况|落实情况|review|results?|achieve|implementation", re.I)
_GOAL_REFERRED = re.compile(
    r"(?:围绕|按照|根据|对照|紧扣|完成|实现|超额完成|超过|超出|超|塌|低于|高于|快于|慢于|落后于?)[^，,。；;\d]{0,12}$|"
    r"\b(?:meet|met|meeting|exceed(?:ed|ing)?|beat|beating|achiev(?:e|ed|ing)|fulfill?(?:ed|ing)?|accomplish(?:ed|ing)?|"
    r"in line with|above|below|short of|missed)"
    r"\s+(?:all\s+(?:of\s+)?)?(?:its|the|a|their|this year's|last year's)?\s*"
    r"(?:annual\s+|official\s+|growth\s+|main\s+|major\s+)*$",
    re.I,
)
_FIRST_TIME_AFTER = re.compile(r"\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:,\s*)?for the first time\b", re.I)
_ROSE_TO = re.compile(r"\b(?:hit|hits|reach(?:ed|es)?|rose to|climbed to|grew to|jumped to)\s+(?:about\s+)?$", re.I)
_WILL_CHANGE = re.compile(
    r"\bwill\s+(?:also\s+|further\s+|likely\s+|still\s+)?(?:increase|grow|rise|reach|exceed|surpass|top|hit|climb|"
    r"expand|double|jump|surge|account\s+for|make\s+up|stand\s+at)\b|\bthere\s+will\s+be\b",
    re.I,
)
_FUTURE_TENSE = re.compile(r"\bwill\b|\bby that time\b|将|届时", re.I)


_COMPARED_THE = re.compile(r"\b(?:above|over|below|under|beyond|exceeding|short of)\s+(?:the|its|their)\s*$", re.I)
_ITS_OWN_AFTER = re.compile(  # "… the 5.5 percent (that) it achieved", "… the 980 billion yuan the city posted"
    r"\s+(?:that\s+|which\s+)?(?:it|they|the (?:city|district|county|province|country)|[A-Z][a-z]+)\s+"
    r"(?:had\s+|has\s+)?(?:achieved|recorded|posted|reported|registered|saw|logged|grew|managed|set|reached|hit)\b"
)


def its_own_compared(w: Window) -> bool:
    """Whether the figure is one a place achieved, named as the term of a comparison ("far above the 5.5
    percent it recorded last year")."""
    return bool(_COMPARED_THE.search(w.near) and _ITS_OWN_AFTER.match(w.after))


_ROUGHLY = r"((?<![签节制合预条公履契])约|大约|(?<![最附临])近|接近|超过|逾|不足|不到)"  # not 签约金额, 最近


def qualifier(w: Window, next_unit_matches: bool, prev_in_range: bool, prev: str | None = None) -> str:
    """exact, approx, at_least or at_most; the two ends of a range are at_least and at_most; a figure
    whose verb is elided after the figure before ("passed 100 billion yuan in 2002 and 200 billion yuan in
    2010", 先后突破100亿元和200亿元) shares that figure's bound (``prev``)."""
    q = w.q
    if q.range_low or next_unit_matches:
        return "at_least"
    if prev_in_range:
        return "at_most"
    if prev in ("at_least", "at_most") and w.prev_end is not None and _ELIDED.fullmatch(w.near):
        return prev
    if q.lower:
        return "at_least"
    for name, pattern in cues.QUALIFIER_AFTER:
        if pattern.match(w.after):
            return name
    if q.milestone:
        return "at_least"
    if its_own_compared(w):
        return "exact"  # "well above the 5.5 percent it achieved last year": that figure, as it was
    level = cues.ZH_LEVEL_BEFORE.search(w.near[-14:])  # 超过全国5.3%的平均水平: the level compared with, as it is
    if level or (re.search(r"(?:" + cues.ZH_COMPARING + r")$", w.near) and cues.ZH_LEVEL_AFTER.match(w.after)):
        return "approx" if level and level.group(2) else "exact"
    for name, pattern in cues.QUALIFIER_BEFORE:
        if pattern.search(w.near[-40:]):
            return name
    if cues.MARK_AFTER.match(w.after):
        return "at_least"  # "hit the 1 trillion yuan milestone", "the 1 trillion yuan mark was crossed"
    if _FIRST_TIME_AFTER.match(w.after) and _ROSE_TO.search(w.near[-24:]):
        return "at_least"  # "its GDP hit 200 billion yuan for the first time": a level crossed (首次升到)
    share = re.search(_ROUGHLY + r"(?:占|为|是)[^，,。；;占为是\d]{0,16}$", w.near) or re.search(
        _ROUGHLY + r"(?:全[市省国区县](?:平均)?(?:水平)?|[\u4e00-\u9fff]{2,3}?)的?$", w.near[-10:]
    )  # 接近全国水平3倍
    # 约占深圳经济总量的四分之一, 约为全国平均水平的5.6倍, 以不到深圳十分之一的面积: said before 占/为/the base
    if share:
        return {"约": "approx", "大约": "approx", "近": "approx", "接近": "approx"}.get(share.group(1)) or (
            "at_most" if share.group(1) in ("不足", "不到") else "at_least"
        )
    return "exact"


_ELIDED = re.compile(  # " in 2002 and ", "、", "和", "（2006年）、": only a year and a conjunction between two figures
    r"(?:\s+(?:in|by)\s+(?:19|20)\d\d|\s*[(（]\s*(?:in\s+)?(?:19|20)\d\d\s*年?\s*[)）])?"
    r"\s*,?\s*(?:and|then|、|和|及|与)\s*(?:then\s+|later\s+)?",
    re.I,
)
_CONTRAST = re.compile(  # "…, though growth slowed to", "aimed for 6 percent but managed", "… and achieved"
    r"[,;]\s*(?:though|although|but|while|whereas|even as|yet)\s|"
    r"\s(?:and|but)\s+(?=" + cues.RESULT_VERB + ")",
    re.I,
)
_ZH_RESULT = re.compile(  # not 最终实现 (力争…，最终实现…: the end of a plan)
    r"[，,；;]\s*(?:但|而|不过)?(?=实际(?:上)?[^，,；;。\d]{0,6}(?:完成|实现|增长|为|达)|最终(?:完成|录得|为))"
)
_PAST_VERB = re.compile(r"\b(?:was|were|had|grew|rose|fell|hit|stood|came|[a-z]{2,}ed)\b")


def _past_contrast(before: str) -> str:
    """The clause the figure stands in when it opens with a contrast and tells of the past ("…, though
    growth in the first three quarters slowed to"), else the whole text before the figure."""
    result = last_match(_ZH_RESULT, before)  # 增长目标为5.5%，实际完成5.6%: the result set against the goal
    contrast = last_match(_CONTRAST, before)
    if result is not None and (contrast is None or result.start() > contrast.start()):
        return before[result.end() :]
    if contrast is None or not _PAST_VERB.search(before, contrast.end()):
        return before
    return before[contrast.end() :]


def forward_cue(w: Window) -> str | None:
    """'target' or 'expected' when the sentence before the figure says so (aims, 力争; expected, 预计)."""
    before = _past_contrast(w.before).lower()  # the whole sentence before the figure: a list of goals shares
    # one cue, but not across "…, though growth slowed to": a clause of results set against the forecast
    if cues.GOAL_VALUE.search(w.near):
        return "target"  # "exceeding its annual target of 5 percent", 年度目标为5%: the goal's own value
    if cues.PRELIMINARY.search(before):
        return None
    # not 围绕…目标, 按照计划: a goal referred to, in a sentence of results
    goals = [
        m for m in cues.TARGET.finditer(before) if not _GOAL_REFERRED.search(before[max(0, m.start() - 30) : m.start()])
    ]
    expected = last_match(cues.EXPECTED, before)
    if expected is not None:  # 预计全年GDP将达到3200亿元: the forecast's 'will', not a goal
        goals = [m for m in goals if not (m.group() == "将达到" and m.start() >= expected.end())]
    if goals and (expected is None or goals[-1].end() >= expected.end()):
        return "target"  # the nearer cue decides: 目标是增长5%左右，人均GDP可望突破24万元 (the second is expected)
    if expected:
        return "expected"
    if re.search(r"向$", w.near) and re.match(r"[\"']?(?:大关|台阶|目标)?[\"']?(?:迈进|进军|冲刺|挺进)", w.after):
        return "target"  # 向6000亿元迈进: a level aimed at, not reached
    if cues.GOAL_AFTER.match(w.after):
        return "target"  # 朝着GDP6000亿元的目标迈进, "its 5 percent growth target": the figure names a goal
    after = re.match(r"\s*(?:is|are|was|were|will be|would be|seems?|looks?)\b[^,;.]{0,30}", w.own_after)
    if after and cues.EXPECTED.search(after.group()):
        return "expected"  # "1 trillion yuan is within reach this year", "… yuan is expected"
    if _ZH_TIME_HEDGED.match(w.own_after):
        return "expected"  # 跻身万亿区的时间点或在2035年前后: when it will come, a guess
    if re.match(r"\s*[(（][^)）]{0,12}\best\.", w.after):
        return "expected"  # an infobox's "137.5 billion yuan (2023 est.)"
    return None


def _now_after_the_cue(w: Window) -> bool:
    """Whether the figure is said of now after the sentence's goal (力争…提高到4%，目前为3.5%; "…, from 3.5
    percent now")."""
    if cues.NOW_AFTER.match(w.own_after):
        return True
    now, goal = last_match(cues.NOW, w.before), last_match(cues.TARGET, w.before) or last_match(cues.EXPECTED, w.before)
    if now is None or (goal is not None and now.start() < goal.end()):
        return False
    rest = w.before[now.end() :]  # 目前已有60家, not 目前正在推进，年均增长6% nor "from 3.4 percent now to 4 percent"
    return not re.search(r"[，,；;：:\d]", rest) and not re.match(r"\s*to\b", rest)


_ZH_TIME_HEDGED = re.compile(cues.ZH_TIME_OF_IT + r"(?:或|预计|有望|可能|或将|大概率|料将)")  # …的时间点或在2035年


def looks_forward(w: Window, frame: Frame) -> bool:
    """A target or expectation cue, or (in a goals document) a sentence in the future tense."""
    return (
        forward_cue(w) is not None
        or (frame.plan and bool(_FUTURE_TENSE.search(w.before)))
        or bool(_WILL_CHANGE.search(w.clause[-160:]))  # "The output value … will also increase by more than 8 percent"
    )


_LIST_ITEM = re.compile(r"\s*(?:[-–•·*]\s|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．]\s*\D)")


def list_kind(sentence: str, running: str | None) -> str | None:
    """The kind a list carries into its next item: a sentence ending in ；/; goes on with its own cue
    (主要预期目标是：…增长5.5%；) or the one it was given, and so do a list's opening line ending in a colon
    ("The main goals for this year are:") and its bulleted items ("- GDP growth of about 5.5%"); a sentence
    ending otherwise closes the list."""
    if _LIST_ITEM.match(sentence):
        return running
    if not re.search(r"[；;:：]\s*$", sentence):
        return None
    if any(
        not _GOAL_REFERRED.search(sentence[max(0, m.start() - 30) : m.start()]) for m in cues.TARGET.finditer(sentence)
    ):
        return "target"  # not …，塌目标1.8个百分点；: a result set against its goal
    if cues.EXPECTED.search(sentence) and not cues.PRELIMINARY.search(sentence):
        return "expected"
    return running


def section_kind(heading: str) -> str | None:
    """'target' under a heading that announces goals (2025年主要预期目标, "Main targets for 2025"), else None;
    a review of how goals were met (目标完成情况, "review") is not one."""
    if cues.TARGET.search(heading) and not _REVIEW.search(heading):
        return "target"
    return None


_PAST_COMPARED = re.compile(
    r"\b(?:after|following|compared with|compared to|against|versus|vs\.?|up from|down from|from)\s+(?:an?\s+)?$|"
    r"(?:由|从)(?:(?:19|20)\d\d年(?:末|底)?的)?$|"  # 力争由1950亿元增加到…, "raise GDP from 195 billion yuan": the base
    r"\b(?:after|following)\s+(?:its|the|their)\s+(?:[\w'’-]+\s+){0,2}(?:grew|expanded|rose|increased)\s+"
    r"(?:by\s+)?$|"  # "targets 6.5 percent for 2025, after its economy grew 6.8 percent last year"
    r"(?:上年|去年)(?:为|是)$"
)


_OWN_PERIOD = re.compile(
    r"(?:19|20)\d\d年|今年|去年|上半年|前三季度|[一二三四]季度|1?\d\s*[-—–至]\s*1?\d\s*月|"
    r"\b(?:this|last) year\b|\b(?:in|for|during) (?:19|20)\d\d\b|\bfirst (?:half|quarter|three quarters)\b",
    re.I,
)
_PAST_CLAUSE = re.compile(  # ", after it grew 5.5 percent to", ", having posted": a clause of results
    r"\s*(?:after|having|following|when|which|as)\s+(?:(?:it|its|the|their)\s+(?:[\w'’-]+\s+){0,2})?"
    r"(?:grew|rose|expanded|increased|posted|recorded|reported|registered|reached|hit|totall?ed|climbed|jumped|"
    r"fell|declined|achieved|generated|produced|posting|recording|reaching|growing)\b",
    re.I,
)


def _result_of_period_over(w: Window, period: str, frame: Frame) -> bool:
    """A figure whose own clause names its period, or tells of the past (", after it grew …", ", having
    posted …"), the period already over at publication, and no goal of its own (a goal or forecast said in an
    earlier clause of the sentence is not this figure's)."""
    if frame.published is None or "/" in period:
        return False
    if not _OWN_PERIOD.search(w.clause) and not _PAST_CLAUSE.match(w.norm, w.clause_start, w.q.start):
        return False
    if cues.TARGET.search(w.clause) or cues.EXPECTED.search(w.clause) or cues.GOAL_AFTER.match(w.after):
        return False
    year, _, part = period.partition("-")
    month = PART_END_MONTH.get(part or "H2")  # a whole year ends with its second half
    if month is None:
        return False
    return (frame.published.year, frame.published.month) > (int(year), month)


_DONE = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?[a-z]+ed\b|已经|目前已|现已", re.I)
_SO_FAR = re.compile(r"以来|截至|截止|so far|to date|year-to-date|through|as of", re.I)


def kind(w: Window, period: str, frame: Frame, listed: str | None = None, flow: bool = False) -> tuple[str, bool]:
    """(kind, inferred): a cue in the sentence (or in the list it continues, ``listed``), a 'by 2030'
    past the publication year, or a plan's frame.

    In a goals document (its title announces goals, a plan, a work report) a forward-looking figure
    is a goal even where the sentence says 'expected'; a figure for a year it does not cue is a goal
    when its year has not begun before publication, and that kind is marked inferred.
    """
    cue = forward_cue(w) or listed
    if cue and _result_of_period_over(w, period, frame):
        return "actual", False  # 力争到2028年…，今年前三季度…同比增长4.5% (in October): the clause's own result
    year = int(period[-4:]) if "/" in period else int(period[:4])
    ahead = frame.pub_year is not None and year > frame.pub_year
    past = frame.pub_year is not None and year < frame.pub_year
    if cue and _now_after_the_cue(w):
        return "actual", False  # 力争…达到80家，目前已有60家; "…, from 3.5 percent now": where it stands
    if cue and past and (_PAST_COMPARED.search(w.near[-40:]) or its_own_compared(w)):
        return "actual", False  # "targets growth of 5.5 percent for 2025, after 5.1 percent last year"
    if cue == "target":
        return cue, False
    if cue == "expected" and ahead and _BY_YEAR.search(w.before[-60:]) and _WILL_ZH.search(w.near[-12:]):
        return "target", False  # 到2030年，…将突破8000亿元: a plan's 'will', not a forecast
    reviewed = frame.review_year is not None and year <= frame.review_year  # a work report given in December
    if cue == "expected":  # in a goals document a projection is a goal, unless it is of a year already past or
        past = frame.pub_year is not None and year < frame.pub_year  # of the year the report reviews
        return ("target", True) if frame.plan and not past and not reviewed else (cue, False)
    if not cue and not frame.plan and _WILL_CHANGE.search(w.clause[-160:]) and not past:
        return "expected", False  # "… will also increase by more than 8 percent" in a news story: a forecast
    if ahead and _BY_YEAR.search(w.before[-60:] + w.after[:30]):
        return "target", False
    if ahead and "/" in period:
        return "target", True  # 今后五年…年均增长6%: an average over years to come is a goal
    if (
        frame.plan
        and frame.pub_year is not None
        and year >= frame.pub_year
        and not reviewed
        and not _DONE.search(w.before)
    ):
        return "target", True  # not "It has now … raised the number of high-tech firms to 629": a result so far
    not_over = flow and period == str(frame.pub_year) and frame.published and frame.published.month <= 10
    if not_over and not _SO_FAR.search(w.before + w.own_after[:20]):
        return "target", True  # 2026年GDP增长6%以上 in January 2026: a whole year not yet over is a goal
    return "actual", False
