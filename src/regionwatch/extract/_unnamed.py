"""Places a text speaks of without naming them: a place's unnamed district in a headline ("Shenzhen district
tops 1 trillion yuan", 深圳这个区, 江苏一县级市), the first such unit of that place the text names after it, else
no one's; "a county-level city in Jiangsu" in a sentence naming none; a ranking's entry conditions; units below
a county the gazetteer does not hold (粤海街道, 昆山开发区, "Suzhou Industrial Park", a bare 园区)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..gazetteer import Gazetteer
from . import _cues as cues
from ._place import COUNTRY, Place
from ._window import Window
from ._years import count_of

__all__ = [
    "SUB_UNIT",
    "a_counted_group",
    "a_criterion",
    "a_group_average",
    "a_zone_labelled",
    "an_unnamed_part",
    "fronted_for_a_zone",
    "holds_group",
    "named_group",
    "same_subject_gap",
    "sub_units",
    "theirs",
    "units_named_later",
]

_ZH_DESCRIBED_UNIT = re.compile(  # 深圳这个区, 江苏一县级市, 广州的一个大区, 浙江的一个小县
    r"的?(这个|这一|这座|一个|一座|某|一)[大小]?(区|县级市|县|城市|市)(?![场民长委政域间级辖属])"
)


_CALLED_SO = re.compile(r"\s*(?:,|[(（]|\bis\b|\bwas\b)\s*(?:also\s+)?(?:a|an|another|one)\s+(?:other\s+)?", re.I)


def units_named_later(places: list[Place], gz: Gazetteer, norm: str) -> None:
    """A place's unnamed district in a headline ("Shenzhen district tops …", 深圳这个区, 江苏一县级市) is the
    first of its districts (counties, cities) the text names after it; with none named, no one's figure. Said
    as one already known ("the Shenzhen district", 深圳这个区), it is the last such unit named before, if any."""
    for i, p in enumerate(places):
        described = None if p.anaphor or p.code in (None, COUNTRY) else _ZH_DESCRIBED_UNIT.match(norm, p.end)
        if described:
            p.unit_of = "city" if described.group(2) in ("城市", "市") else "county"
        if p.unit_of is None or p.code in (None, COUNTRY):
            continue
        level = "prefecture" if p.unit_of == "city" else "county"
        if gz.get(p.code).level in (level, "county"):
            p.unit_of = None  # 昆山这个县级市: the place itself
            continue
        before = places[i - 1] if i else None
        if before and before.code and _CALLED_SO.fullmatch(norm, before.end, p.start):
            p.ignore = True  # "Longgang, another Shenzhen district, …": what the place before is, no place of its own
            continue
        definite = (
            _DEFINITE.search(norm, max(0, p.start - 6), p.start)
            or norm[p.end : p.end + 2] in ("'s", "’s")  # "Shanghai's flagship district": one known
            or (described and described.group(1)[0] == "这")
        )
        named = (_unit_named(p, places[:i][::-1], level, gz) if definite else None) or _unit_named(
            p, places[i + 1 :], level, gz
        )  # "… Nanshan …. The Shenzhen district's economy": the one named before; "Shenzhen district tops …": after
        if named is None:
            p.ignore = True
        else:
            p.code = named


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.I)


def _unit_named(p: Place, places: list[Place], level: str, gz: Gazetteer) -> str | None:
    """The first of ``places`` that is a unit of ``level`` under ``p``'s place."""
    return next(
        (
            q.code
            for q in places
            if q.code not in (None, COUNTRY)
            and gz.get(q.code).level == level
            and p.code in {a.code for a in gz.ancestors(gz.get(q.code))}
        ),
        None,
    )


_CRITERION = re.compile(  # a list's conditions for entry: figures a place must have, not any place's figures
    r"\b(?:thresholds|criteria|criterion|to\s+qualify|eligib(?:le|ility)|must\s+(?:meet|have|exceed)|"
    r"need(?:s|ed)?\s+to\s+(?:meet|have|exceed)|entry\s+(?:thresholds?|bars?|requirements?)|requiring\s+(?:a|an)\s|"
    r"threshold\s+(?:for\s+(?:entry|inclusion|entering|joining|the\s+(?:list|ranking))|to\s+enter|was\s+raised|rose))\b|"
    r"(?:入围|入选|进入|上榜|准入)的?(?:门槛|条件|标准)|门槛值?(?:为|是|达到?|已?(?:提高|提升|升|抬高|上升)[到至])|"
    r"[须需](?:同时)?满足|(?:双|评价|参评|入榜)门槛|门槛[”\"]?[，,：:]?\s*即|要想?(?:进入|入围|入选|上榜|跻身)",
    re.I,
)
_CALLED = re.compile(  # "Kunshan, a …", 昆山是一个…, "Yiwu (Chinese: 义乌) is a …": its name in brackets between
    r"(?:\s*[(（][^()（）]{0,60}[)）]|[)）])?(?:\s*,\s*(?:in|of)\s+[^,;.()]{1,60},)?"  # ", in Hunan province,"
    r"(?:\s*,\s*|\s+(?:is|was|remains|became|as)\s+|(?:是|为|作为))",
    re.I,
)
_HAS_A_PART = re.compile(  # "Jiangsu has a county-level city with …", 江苏有一个县级市, 广州的一个大区: unnamed
    r"\bhas\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:county|district|city|town)\b|[有的](?:[一两几][个座]?|[个座])大?(?:县级市|县|区|市|城市|城区)",
    re.I,
)


_UNNAMED_SUBJECT = re.compile(  # "Inland county joins the 100-billion club", "A small district posted …": unnamed
    r"\W*(?:(?:a|an|one|another)\s+)?"
    r"(?!(?:the|this|that|these|those|its|our|their|each|every|whole|entire|same|host|home)\b)"
    r"(?:(?-i:[a-z])[\w-]+\s+|(?-i:[A-Z])[a-z-]+\s+(?=(?-i:[a-z]))){0,2}"
    r"(?:county|district|county-level city|town|township)(?:\s+(?:joins?|joined|enters?|entered|posts?|posted|"
    r"reports?|reported|records?|recorded|grows?|grew|hits?|tops?|topped|cross(?:es|ed)|pass(?:es|ed)|becomes?|"
    r"became|breaks?|broke|reach(?:es|ed)|registers?|registered|logs?|logged|expands?|expanded|rises?|rose)\b|"
    r"['’]s\s+(?:gdp|economy|economic output)\b)|"  # "Top county-level city's GDP tops …"
    r"\W*(?:全国|全省|中国|我国)?(?:最[\u4e00-\u9fff]|第一|头号|首个|某|一)(?:个|座)?(?:县级市|县|区|强县|城区)"
    r"(?=(?:(?:19|20)\d\d年)?(?:的)?(?:GDP|gdp|经济|地区生产总值))|"  # 最牛县级市2021年GDP超4700亿, 某县GDP…
    r"(?:[^，。；,;\d]{0,10}[，,])?[^，。；,;\d]{1,12}?的(?:县级市|县域|县|城区|城市)(?=(?:的)?(?:GDP|gdp|经济总量|生产总值))",
    # 过去五年，东部沿海的县级市GDP突破3000亿…: places of a kind, none named
    re.I,
)


def an_unnamed_part(w: Window, places: list[Place]) -> bool:
    """Whether the sentence speaks of a place it does not name ("a county-level city in Jiangsu", 江苏有一个
    县级市) and names none after it before the figure, nor calls a place so ("Kunshan, a county-level city …",
    "exceeds that of Xiamen, a coastal city of 5.3 million people": the compared place's own)."""
    lo = max(w.sent.start, w.q.start - 160)  # the search bounded: a long sentence costs no more
    parts = [*cues.UNNAMED_PART.finditer(w.norm, lo, w.q.end), *_HAS_A_PART.finditer(w.norm, lo, w.q.start)]  # (its
    # figure read: "a district of just 185 sq km" is the place's size)
    parts += [m for m in [_UNNAMED_SUBJECT.match(w.norm, w.sent.start, w.q.start)] if m]
    if not parts:
        return False
    at = max(m.start() for m in parts)
    if any(p.code and (_CALLED.fullmatch(w.norm, p.end, at) or (p.unit_of and p.end == at)) for p in places):
        return False  # 广州的一个大区: read as the district the text names after it (units_named_later)
    return not any(p.code and not p.ignore and at <= p.start < w.q.start for p in places)


def a_criterion(w: Window) -> bool:
    """Whether the figure is a condition a ranking sets its entrants ("must meet two thresholds: a GDP of over
    80 billion yuan and …", 入围门槛提高至1000亿元), or a level held as a line in general ("GDP of $20,000 is
    generally regarded as a threshold to developed economies"), no place's figure."""
    return bool(
        _CRITERION.search(w.norm, max(w.sent.start, w.q.start - 200), w.q.start) or _HELD_AS_A_LINE.match(w.after)
    )


_HELD_AS_A_LINE = re.compile(
    r"[^,;.]{0,20}?\s(?:is|are)\s+(?:\w+ly\s+)?(?:regarded|considered|seen|viewed|deemed|taken)\s+as\s+(?:a|an|the)\s+"
    r"(?:\w+\s+)?(?:threshold|benchmark|line|watershed|mark)\b|"
    r"[^，。；,;]{0,8}(?:被视为|被认为是|是公认的)[^，。；,;]{0,8}(?:门槛|分水岭|标准线|分界线)",
    re.I,
)


_FRONTED_FOR_A_ZONE = re.compile(  # "Covering 8 square kilometers, the financial city will …": a zone's size
    r"\W*(?:covering|spanning|with|at|occupying)\s+(?P<phrase>[^,;]{0,50}?),\s+the\s+"
    r"(?!(?:whole|entire|neighbou?ring|nearby|county-level|prefecture-level|capital|coastal|southern|northern|eastern|"
    r"western|central|same|old|new)\b)(?:[\w-]+\s+){1,3}(?:city|zone|park|area|hub|town|valley|island|port|base)\b",
    re.I,
)
_FRONTED_FOR_A_GROUP = re.compile(  # "With 0.6 percent of the land, the top 100 districts created …": the group's
    r"\W*(?:with|covering|accounting for)\s+(?P<phrase>[^,;]{0,100}?),\s+(?:they|these|those|the\s+(?:[\w-]+\s+){0,3}"
    r"(?:counties|districts|cities|areas|regions|economies|places))\b",
    re.I,
)


def fronted_for_a_zone(w: Window) -> bool:
    """Whether the figure opens its sentence before a subject that is a zone described, or places in the plural,
    no place named ("Covering 8 square kilometers, the financial city …", "With 0.6 percent of the land, the top
    100 districts …"): the zone's or the group's figure, not the place in focus's."""
    for pattern in (_FRONTED_FOR_A_ZONE, _FRONTED_FOR_A_GROUP):
        m = pattern.match(w.sent.text)
        if m and w.sent.start + m.start("phrase") <= w.q.start < w.sent.start + m.end("phrase"):
            return True
    return False


_THEIR = re.compile(r"\b(?:their|they)\b", re.I)


def theirs(w: Window, places: list[Place]) -> bool:
    """Whether the figure's clause gives it to "their" measure or to "they", said of places in the plural (in the
    sentence before, for "they") with no two named before it nor a few counted ("China has 2,844 county-level
    divisions, with their economic output accounting for about 40%"): a group's, not the one place in focus."""
    their = list(_THEIR.finditer(w.norm, w.clause_start, w.q.start))
    if not their or cues.GROUP_OF_SIZE.search(w.clause) or cues.BOTH_PLACES.search(w.clause):
        return False
    at = their[-1].start()
    lo = max(0, at - 160) if their[-1].group().lower() == "they" else max(w.sent.start, at - 120)  # "…the top 100
    if not cues.PLACES_PLURAL.search(w.norm, lo, at):  # districts release …. With …, they created 16.8 percent"
        return False  # "The city's above-size firms generated …. Their industrial value added …": the city's firms
    owners = {p.code for p in places if p.code and not p.ignore and w.sent.start <= p.start < at}
    named_after = any((p.code or p.anaphor) and not p.ignore and at < p.start < w.q.start for p in places)
    return len(owners) < 2 and not named_after  # "they make up a quarter of the city's 3.9 trillion": the city's


_SAME_SUBJECT_GAP = re.compile(  # from a figure to the next of the same subject: 1350亿元，同比增长, "480 billion
    r"[)）]?[^)）:：;；\n]{0,24}|[)）]?[^)）:：;；\n.]{0,30}?,\s+with\s+[^)）:：;；\n,]{0,50}"  # yuan by 2025, with …"
)
_CLAUSE_ON = re.compile(r"[^)）:：;；\n。]{0,24}[;；]\s*[\u4e00-\u9fff][^)）:：;；\n。]{0,23}")  # …16.0%；工业总产值…


_NAME_BEFORE = re.compile(  # 1. 成都高新区:1665.8亿元, …，济南高新区1619.3亿元: a name heading its figure
    r"(?:^|(?<=[、，,；;：:\s]))(?P<name>[^、，,；;：:\s\d]{2,20}?)(?:的|实现|完成)?(?:GDP|gdp|地区生产总值|经济总量)?"
    r"(?:为|达|是|达到|实现)?[:：]?\s*$"
)


def a_zone_labelled(w: Window, places: list[Place]) -> bool:
    """Whether the name right before the figure, as a list item's label or in a list of names and figures
    (1. 成都高新区:1665.8亿元; 分别是：历下区2282.9亿元，济南高新区1619.3亿元), is a unit the gazetteer does not
    hold: that unit's figure, neither the place named in it nor the item's before."""
    near = w.near[-32:]
    item = _NAME_BEFORE.search(near)
    if item is None or cues.RESPECTIVELY.search(item.group("name")):
        return False  # 盐田区、大鹏新区…分别为820亿元、510亿元: the names listed before their figures
    start = w.q.start - len(near) + item.start("name")
    for m in sub_units(item.group("name")):
        end = start + m.end()
        if not any(p.start <= end - 1 < p.end or end <= p.start < w.q.start for p in places if p.code):
            return True  # (not 2024年桐乡市: 桐乡, no 乡; not 前海所在的南山区…: a place named after it)
    return False


def same_subject_gap(w: Window, unnamed_end: int) -> bool:
    """Whether the figure follows the last figure of an unnamed subject (前海合作区, a park) with nothing between
    that starts another: in its clause, or in the next clause of a list of them (中关村…增长16.0%；工业总产值…)."""
    if unnamed_end >= w.sent.start:
        return bool(_SAME_SUBJECT_GAP.fullmatch(w.norm, unnamed_end, w.q.start))
    return unnamed_end >= 0 and bool(_CLAUSE_ON.fullmatch(w.norm, unnamed_end, w.q.start))


_GROUP_MEASURE = re.compile(  # 38个县(市)的GDP突破…, 3市GDP总量均超万亿元: a counted group's figure
    r"[两二三四五六七八九十\d]+个?(?:[万千百]亿(?:元|级)?)?(?:区|县|市|县市|区县|城市|设区市)(?:[(（][^)）]{0,6}[)）])?"
    r"[^,;。\d]{0,8}?"  # 这两个万亿元城市经济总量: a labelled group
    r"(?:gdp|地区生产总值|生产总值|经济总量)[^,;。\d]{0,8}$",
    re.I,
)


_GROUP_MEASURE_EN = re.compile(  # "52 counties reached hundred billion GDP", "59 counties with GDP of over …"
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:counties|districts|cities)\s+(?:(?:that|which)\s+)?(?:have\s+|had\s+)?"
    r"(?:reached|exceeded|topped|surpassed|passed|crossed|had|have|with)\s+(?:an?\s+)?"
    r"(?:(?:gdp|economic output)\s+(?:of\s+)?)?(?:over\s+|more than\s+|above\s+)?$",
    re.I,
)
_GROUP_TOTAL = re.compile(  # "there were 977 such districts nationwide, with … a total GDP of": the group's sum
    r"(?<!among )(?:\bthere\s+(?:were|are)\s+|\b(?:the|these|those)\s+)\d[\d,]*\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:districts|counties|cities|divisions|economies)\b"
    r"[^.;]{0,100}?\b(?:total|combined|together|aggregate)\b[^.;]{0,100}$",
    re.I,
)


_RANKED_MEMBER = re.compile(  # 中国经济最强县GDP超5600亿, 百强县之首的GDP: a ranking's member left unnamed
    r"(?:" + cues.ZH_RANKING_AFTER.pattern + r")名?的?(?:gdp|地区生产总值|生产总值|经济总量)[^,;。\d]{0,6}$", re.I
)
_RANKED_MEMBER_EN = re.compile(  # "the largest county", "the least populous (one)": a member left unnamed
    r"\bthe\s+(?:(?:most|least)\s+(?:populous|developed|prosperous)|largest|smallest|biggest|richest|poorest|"
    r"wealthiest)\b(?:\s+(?:count(?:y|ies)|districts?|cit(?:y|ies)|ones?))?[^.;,\d]{0,40}$",
    re.I,
)
_GROUP_AVERAGE = re.compile(  # 入围百强县的平均GDP超过1600亿元, 县均GDP: a figure averaged over the group's members
    r"(?:百强|千亿|入围|入选|上榜|这些|各)[^，。；,;\d]{0,10}?的?(?:平均|均值)[^，。；,;\d]{0,4}?"
    r"(?:gdp|地区生产总值|生产总值|经济总量)[^,;。\d]{0,6}$|[县区市]均(?:gdp|地区生产总值|经济总量)[^,;。\d]{0,6}$|"
    r"(?:百强|千亿|十强)(?:县|区|县市|县域|城区)的?人均(?:gdp|地区生产总值|生产总值|可支配收入)[^,;。\d]{0,6}$|"
    r"(?:百强|千亿|十强)(?:县|区|县市|县域|城区)[^。；;]{0,40}?平均(?:同比)?(?:增长|增速为?)$",  # …平均同比增长5.7%
    re.I,  # 百强县人均GDP达到11.09万元: the group's per-head figure
)


_OF_PLACES_PLURAL = re.compile(  # "the average GDP of the selected urban areas exceeds", "the growth rate of urban
    r"\b(?:average\s+)?(?:gdp|economic output|(?:economic\s+)?growth rate|gross regional product)\s+(?:of|for|among|"
    r"across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:counties|districts|cities|areas|regions|economies)\b[^.;]{0,100}$",
    re.I,  # areas is …, with per capita GDP as high as 2.2 times …": a measure of places in the plural
)


def a_counted_group(w: Window, places: list[Place]) -> bool:
    """Whether the figure's measure is said of a counted group of places (38个县的GDP突破1000亿, "the 59 counties
    had a combined GDP of …"), not of the places just named (南山、福田、宝安三区) nor of a few named before (两区)."""
    group = (
        _GROUP_MEASURE.search(w.before, max(0, len(w.before) - 40))
        or _GROUP_MEASURE_EN.search(w.before, max(0, len(w.before) - 80))
        or _GROUP_TOTAL.search(w.before, max(0, len(w.before) - 200))
        or _GROUP_AVERAGE.search(w.before, max(0, len(w.before) - 40))
        or _RANKED_MEMBER.search(w.before, max(0, len(w.before) - 30))
    )
    member = _RANKED_MEMBER_EN.search(w.clause, max(0, len(w.clause) - 70)) if group is None else None
    if member:  # "The largest county stretches over 200,000 square kilometers": no place named in its clause
        return not any(  # nor just before it ("Bao'an, the most populous district with 4.5 million residents")
            p.code not in (None, COUNTRY) and w.clause_start - 3 <= p.end and p.start < w.q.start for p in places
        )
    if group is None:
        group = _OF_PLACES_PLURAL.search(w.before, max(0, len(w.before) - 160))
        if group is None or cues.THE_PAIR.search(group.group()) or cues.GROUP_OF_SIZE.search(group.group()):
            return False  # "the GDP of both districts": of the two just named, each
        at = w.q.start - len(w.before) + group.start()
        own = [p for p in places if p.code not in (None, COUNTRY) and not p.ignore and at <= p.start < w.q.start]
        return not own  # "higher than the national level": a base, not a place of the group
    if cues.GROUP_OF_SIZE.match(group.group()):
        return False
    at = w.q.start - len(w.before) + group.start()
    return not any(  # nor 二七区; but 中国西部百强区: the country's counties are still a group
        p.code not in (None, COUNTRY) and (at - 2 <= p.end <= at or p.start <= at < p.end) for p in places
    )


def named_group(w: Window, places: list[Place]) -> int:
    """The size of a group of a few places the sentence speaks of before the figure ("All three cities have …",
    "in the three districts", 三地均) when it names no place before it: the places named last, as many (a
    class of places is no group of a size); 0 if none."""
    size = cues.GROUP_OF_SIZE.search(w.norm, max(w.sent.start, w.q.start - 160), w.q.start)
    if size is None or any(p.code and w.clause_start <= p.start < w.q.start for p in places):
        return 0  # (not 昆山和江阴两地GDP均…: the places named in its clause; but 昆山…，江阴…，两地GDP均…)
    before = w.norm[size.start() : w.q.start]  # from the group on: "All three cities have …", 三市人均GDP均超过
    summed = cues.COMBINED.search(before) or _SUMMED.search(before) or cues.COMBINED.match(w.after)
    each = _EACH.search(w.norm, max(w.sent.start, size.start() - 12), w.q.start)  # "Per capita GDP in the three…"
    return count_of(size) if each and not summed else 0  # each of them, not their sum ("the four cities' total")


_SUMMED = re.compile(r"\b(?:total|sum|aggregate|overall)\b|总量|总额|总和|总计|合计", re.I)
_EACH = re.compile(r"\b(?:all|each|every)\b|均|都|各", re.I)


def holds_group(norm: str, p: Place) -> bool:
    """Whether ``p`` holds a counted group of lower places named right after it (江苏三市, 深圳两区)."""
    group = cues.GROUP_OF_SIZE.match(norm, p.end)
    kind = group.group()[-1] if group else None
    if kind in ("区", "县"):
        return bool(p.code and p.code.endswith("00"))  # a city or a province
    return kind == "市" and bool(p.code and p.code.endswith("0000"))  # a province


SUB_UNIT = re.compile(
    r"(?<![\u4e00-\u9fff])(?:园区|开发区|高新区|经开区|工业园区|保税区|综保区)|"  # 园区完成…: the place's park
    r"[\u4e00-\u9fff]{1,8}?(?<!个)(?:街道|(?<![城乡重])镇|(?<!城)乡(?!村)|开发区|高新区|经开区|园区|(?<![级立个的为是])新区|工业园|保税区|自贸区|片区|商务区|商圈|CBD|"
    r"港区|实验区|示范区|合作区|试验区|综保区|功能区|核心区|拓展区|发展区|先行区|起步区|集聚区|集中区|产业园|"
    r"社区|(?<![农乡])村)|"
    # zones known by a bare name, no unit of the gazetteer
    r"(?:横琴|前海|中关村|陆家嘴|光谷|漕河泾)(?![镇乡区县市])|"
    r"\b(?-i:Hengqin|Qianhai|Zhongguancun|Lujiazui|Optics Valley|Caohejing|Songshan Lake|Gaoxin|Jingkai)\b|"
    r"\b(?-i:the (?:Hi|High)-[Tt]ech (?:Industrial )?(?:Development )?Zone)\b|"  # "behind the High-tech Zone's …"
    r"\bthe\s+(?:town|township|village|subdistrict)\s+of\s+(?-i:[A-Z])[a-z]+\b|"  # "the town of Zhouzhuang"
    r"\bthe\s+(?:(?:industrial|science|technology|high-tech|development|economic)\s+)?(?:park|zone)(?=['’]s\s|\s+"
    r"(?:accounted|reported|posted|recorded|generated|had|has|achieved|produced|contributed|grew|expanded)\b)|"  # "The
    # park's per capita GDP", "the park accounted for 15%": a zone spoken of, no place of the gazetteer
    # a zone named by its kind alone, the subject of its figure: "Industrial parks ranked second with a GDP of …"
    r"(?:^|(?<=[.;]\s))\W*(?:the\s+)?(?:industrial parks?|(?:(?:economic|development|industrial|high-tech|free trade|"
    r"bonded)\s+)+zones?)(?=\s+(?:ranked|came|posted|reported|recorded|generated|had|realized|realised|achieved))|"
    r"\b(?!(?:The|This|That|Its|Our|Each|Every|A|An)\b)(?-i:[A-Z])[a-z]+(?:\s+(?:(?-i:[A-Z])[a-z]+|and(?=\s+(?-i:[A-Z]))))*"
    r"(?:\s+\([^()]{1,30}\))?\s+"
    r"(?:subdistrict|sub-district|town|township|development district|"  # "Guangzhou Development District"
    r"industrial park|(?:economic |high-tech |development |free trade )?zone|village|new area|new district|"
    r"(?:hi|high)-tech (?:industrial )?(?:development )?(?:district|zone)|"
    r"special area|(?:science|technology|software|logistics) (?:park|city)|port area|"
    r"(?:central )?business district|CBD)\b|"
    # "Zhengzhou's airport economy zone", "the city's free trade zone": a zone of the place, named in lower case
    r"['’]s\s+(?:[a-z-]+\s+){0,3}?(?-i:(?:economic |economy |high-tech |development |free trade |pilot |special )?"
    r"zone|industrial park|new area|special area|port area)\b|['’]s\s+(?:[\w-]+\s+){0,3}?(?:zones|industrial parks)\b",
    re.I,
)


def sub_units(clause: str) -> Iterator[re.Match[str]]:
    """Every unit below a county in ``clause``, overlapping ones too: 宁乡经开区 holds 宁乡 (乡, a township's
    word, ends a county's name) and 宁乡经开区, the zone."""
    pos = 0
    while (m := SUB_UNIT.search(clause, pos)) is not None:
        yield m
        pos = m.start() + 1


_GROUP = r"(?:县|区|城市|百强|强县|强区)"  # not 全国平均水平: the country's average, a place's
_ZH_GROUP_AVERAGE = re.compile(
    _GROUP + r"(?:的)?平均(?:水平|值)?(?:为|是|达|约)?(?:[（(]|(?:[（(][^)）]{0,20}[)）])?的)$"
)
_EN_GROUP_AVERAGE_AFTER = re.compile(  # "250 billion yuan of an average top-100 county", "… average of the top 100"
    r"\s*(?:yuan\s+)?(?:of\s+an?\s+average\s+|average\s+(?:of|for|among)\s+(?:the\s+)?)"
    r"(?:top[- ]\d+\s+|[\w-]+\s+){0,2}?(?:count(?:y|ies)|districts?|cit(?:y|ies))\b",
    re.I,
)


def a_group_average(w: Window, places: list[Place]) -> bool:
    """The figure is the average of a group of places (全国百强县平均水平（2500亿元）, "the 250 billion yuan average
    of the top 100 counties") or a multiple of it: no place's own; not a named place's average (为南山区平均水平的
    45%: a share of Nanshan's level)."""
    group = _ZH_GROUP_AVERAGE.search(w.before[-30:])
    if group is not None:
        at = w.q.start - len(w.before[-30:]) + group.start()
        return not any(p.code and p.start <= at < p.end for p in places)
    return bool(_EN_GROUP_AVERAGE_AFTER.match(w.after))
