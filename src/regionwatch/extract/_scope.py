"""Whose figure is it: a figure about no one place (a difference between places, a category such as
过万亿的城市, a sum or an average of several places), about a place the gazetteer does not hold (a
region such as 长三角, a unit below a county such as 粤海街道). A place's figure that is its economy's
is read in _economy."""

from __future__ import annotations

import re

from . import _cues as cues
from ._foreign import last_foreign_mention
from ._place import COUNTRY, county_level
from ._places import Place
from ._regions import in_aside, members_listed_after
from ._roles import Role, last_match
from ._text import title_end
from ._unnamed import (
    SUB_UNIT,
    a_counted_group,
    a_criterion,
    a_group_average,
    a_zone_labelled,
    an_unnamed_part,
    fronted_for_a_zone,
    named_group,
    sub_units,
    theirs,
)
from ._window import Window
from ._years import count_of

__all__ = [
    "difference",
    "not_about_a_place",
    "unnamed_subject",
]

_PLURAL_SUBJECT = re.compile(
    r"\b(?:counties|cities|districts|provinces|regions|economies|municipalities|localities)\b|"
    r"(?<![这那])(?:个县|个城市|座城市|个区)|县域|城市(?:中|里)|各区|各县|"  # not 这座城市, 这个东部省份:
    r"[\d两二三四五六七八九十多几各些]个?省份|省份(?:中|里|间)",  # provinces counted, or among them
    re.I,
)
_GROUP_OPENS = re.compile(  # 百强县以不到全国2%的土地…, "The top 100 counties produced …": a sentence about a group
    r"\W*(?:[^，,。]{0,8}(?:指出|显示|表明|统计)[，,：:]\s*|(?:从[^，,。]{1,6}|分[^，,。]{1,4}|总体|整体|具体)(?:来)?看[，,]\s*)?"
    r"(?:(?:(?:19|20)\d\d年?|去年|今年|上年)(?:[上下]半年|前三季度|末|底)?[，,]?\s*)?"  # 2024年，百强县…: a year first
    r"(?:(?:全国|中国|我国)(?:共|共有|有)?|[\u4e00-\u9fff]{2,5}?(?:共有|有))?"  # 我国有54个县域…, 浙江有十座城市
    r"(?:(?:(?:(?![年月])[\u4e00-\u9fff]){2,3}(?=[两二三四五六七八九十\d]))?"  # 云南25个边境县域: a province
    r"(?:[两二三四五六七八九十]|\d+)(?:[个座][\u4e00-\u9fff]{0,4}?|[个座]?)"
    r"(?:区|县|市|城市|区县|县市|县域|地)的?(?=GDP|gdp|经济|地区生产总值|人均|合计|共计|总计|加起来)"
    r"(?![^。]*(?:分别|均|都))|"
    r"百强[县区市]|千亿[县区]|万亿城市|这些(?:县|区|城市)|上述[^，,。]{0,8}(?:县|区|城市)|"
    r"这(?:些)?(?:\d+|[两二三四五六七八九十]+)个(?:百强|千亿|万亿)?(?:县|区|城市|县市|县域)|"  # 这59个千亿县的GDP总量
    r"(?:\d+|[两二三四五六七八九十]+)个(?:百强|千亿|万亿)(?:县|区|城市|县市|县域))|"  # 全国62个千亿县以…土地
    r"\W*(?:(?:combined|together|taken together|altogether|in total|collectively|overall|last year|this year|"
    r"in (?:19|20)\d\d),\s*)?"  # "Combined, the top 100 counties generated …": an opening adverbial
    r"(?:the (?:report|data|study) (?:said|showed|shows|found)(?: that)?,?\s+)?"
    r"(?:the\s+)?(?:top\s+(?:100|hundred|\d+)|these|those|all)\s+(?:\w+\s+)?(?:counties|districts|cities)\b|"
    r"\W*(?:the\s+(?!two\b))?(?:only|just|some|about|nearly|over|more than)?\s*"  # "The 14 cities, with a …"
    r"(?:\d+|(?:twenty|thirty|forty|fifty)(?:-\w+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\s+"
    r"(?:(?:more|other|new|further|additional)\s+)?(?:(?-i:[A-Z])[\w-]*(?:['’]s)?\s+)?(?:[\w-]+\s+)?"
    r"(?:counties|districts|cities|county-level\s+(?:cities|units))\b"  # "Twenty-five Zhejiang counties had …"
    r"(?:\s+(?:in|of)\s+(?-i:[A-Z])[\w-]*(?:\s+province)?)?|"  # "25 counties in Zhejiang"
    # "Among them, 43 had GDPs exceeding 100 billion yuan": a count of the places as the subject
    r"\W*(?:(?:among|of) (?:them|these|those),?\s+)?(?:(?!(?:19|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(?:of (?:them|these|those)\s+)?(?:had|have|posted|boasted|recorded|reported)\s+GDPs?\b|"
    # "Only three of China's roughly 2,800 county-level units …"
    r"\W*(?:only|just)?\s*(?:two|three|four|five|six|seven|eight|nine|ten|a (?:few|handful|dozen)|\d+)\s+of\s+"
    r"(?:the|china['’]s|all)\b(?:[^.,;]|(?<=\d),(?=\d)){0,40}\b(?:counties|districts|cities|units|economies)\b",
    re.I,
)
_COUNTED_CLAUSE = re.compile(  # a clause whose subject is a count of the places spoken of
    r"\W*(?:(?:and|but|while)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+(?:them|these|those))?\s+"
    r"(?:\w+ing|\w+ed|are|were|have|had|has|is|was)\b",
    re.I,
)
_ONE_OF = re.compile(
    r"\bone of (?:the |its |[\w'’]+['’]s )?(?:[\w-]+\s+){0,3}?(?:counties|cities|districts|provinces|economies)\b"
    r"(?:\s+(?:of|in)\s+(?-i:[A-Z])[\w'’-]+)?",
    re.I,
)
_REACH = 240  # characters before a figure read for a clause a group opens or a field it is one of
_ZH_CLAUSE_CUT = re.compile(  # a report's words, then what it found; a clause opening with a group (…，2024百强区用…)
    r"(?:显示|指出|表明|称|表示)[，,：:]|[，,；;](?=\s*(?:(?:19|20)\d\d年?)?(?:百强|千亿|万亿|这些|上述))"
)
_OWNED_BY_PLACE = re.compile(
    r"(?:\b(?-i:[A-Z])[\w'’-]+|\bthe (?:city|district|county|province|country))['’]s\s+"
    r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?(?:US)?[$¥]?$",
    re.I,
)
_WHOLE = r"(?:[\u4e00-\u9fff]{1,8}?[区县市省州旗]|[\u4e00-\u9fff]{0,8}?(?:全国|平均水平))"  # 宜兴市, 全国, 全省平均水平
_DIFFERENCE = re.compile(  # 比宜兴市多2000亿元, 超过五华区约100亿元: by so much
    r"比[^，,。；;]{0,12}?(?:少|多|高|低|增加|减少|领先|落后)(?:出|了)?(?:约|近|超过|逾|将近)?$|差(?:距|值|额)[^，,。；;]{0,6}$|"
    r"拉开了?[^，,。；;]{0,6}$|(?:超过|超出|高出|多出|领先)[\u4e00-\u9fff]{1,8}?(?:[区县市省州旗]|平均水平)(?:约|近|逾|将近)?$|"
    r"\b(?:more|less|fewer|higher|lower) than\s*$|\bgap of\s*$"
)
_MONEY_ABOVE = re.compile(  # 高于全省平均水平17948元, 高于安徽省17948元、全国14345元 (each place's): by so much money
    r"(?:超过|超出|高出|多出|领先|高于|低于)" + _WHOLE + r"(?:(?:约|近|逾)?[\d.,]+[万亿]*元、" + _WHOLE + r")?"
    r"(?:约|近|逾)?$"
)
_AVERAGE_OF = re.compile(r"平均(?:值|数)?(?:为|达到?|是)?\s*$|\baverage(?:d| of| was| is)?\s*$", re.I)
_STATISTIC = re.compile(  # "the mean district GDP", "the average county had GDP of", 县均GDP: a statistic of a group
    r"\b(?:mean|median|average|typical)\s+(?:chinese\s+)?(?:district|county|city|county-level\s+(?:city|unit)|"
    r"prefecture|province)\b|\bstandard deviation\b|"
    r"(?:(?<=全国|全省|全市|百强)|(?<![\u4e00-\u9fff]))[县区]均(?=GDP|gdp|地区生产总值|经济总量)|中位数|标准差|"
    r"(?<=[区县市])平均(?=(?:地区)?生产总值|GDP|gdp|经济总量)",  # 入选城区平均生产总值超1600亿元: the group's mean
    re.I,
)
_CATEGORY_BEFORE = re.compile(  # "the county with GDP exceeding 100 billion yuan", "cities with a population of over
    # 5 million", "one of a few in central China with an economy above …": a category, not a figure
    r"\b(?:count(?:y|ies)|cit(?:y|ies)|districts?|provinces?|places|economies|regions|handful|few)\s+(?:(?:in|of|"
    r"across)\s+(?:[\w'’-]+\s+){1,3}?)?(?:with|whose)\s+(?:an?\s+)?(?:(?:annual|yearly|total|combined)\s+)?"
    r"(?:GDP|economic output|economic aggregate|economic volume|economy|economies|output|populations?|"
    r"(?:permanent\s+)?residents)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_FIELD = re.compile(  # "ranked first among Shenzhen's nine districts", "led the four first-tier cities": the field
    r"\b(?:among|led|leads|leading|topped|tops|outpaced|outpacing|outperformed|outperforming|"  # of a ranking
    r"(?:stand(?:s|ing)?|stood)\s+out\s+(?:in|among)|rank(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?in)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:counties|cities|districts|provinces|regions|economies|places)\b",
    re.I,
)
_PLURAL_NOUN = re.compile(r"\b(?:counties|cities|districts|provinces|places|economies|regions)\b", re.I)
_ORDINAL = re.compile(  # not "one of only a handful in central China with an economy above …": a category
    r"\b(?<!of )(?:first|second|third|fourth|fifth|only|latest|newest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}$", re.I
)
_THRESHOLD_WORD = re.compile(r"\b(?:above|over|exceeding|surpassing|topping|more than|beyond)\s*$", re.I)
_A_BASE = re.compile(r"[\w'’ ]{0,20}?\b(?:total|average)\b", re.I)  # "the national total", "the city's average": a base
_WAS_A = re.compile(  # "Kunshan was a poor farming county with a GDP of …": the place's own figure
    r"\b(?:(?:was|is|were|are|became|becomes|remained|remains)\s+(?:still\s+|then\s+|once\s+)?an?|"
    r"(?:became|becomes|become)\s+one\s+of(?:\s+the)?)\s+(?:[\w-]+\s+){0,3}$",  # "… became one of the cities with"
    re.I,
)
_CATEGORY_AFTER = re.compile(  # 过万亿的城市, 5000亿元以上的县: a category of places, not a figure
    r"(?:元)?(?:(?:至|到|~|～|-|—)\d+(?:\.\d+)?[万亿]*元?)?"  # 500亿元至1000亿元的县: a range of a class
    r"(?:[(（][^)）]{0,16}[)）])?(?:以上|以下|左右)?(?:GDP|gdp)?(?:大关|台阶)?的(?:城市|城区|市辖区|行政区|省份|省|地区|区县|县|县级市|区|国家|经济体|地级市|县市)"
    r"(?!生产总值|经济|GDP|gdp)"  # 以5365亿元的地区生产总值位居榜首: the measure, not a category
)


_MONEY = ("CNY", "USD", "CNY_per_person")


def between_places(w: Window, role: Role) -> bool:
    """比宜兴市多2000亿元, GDP差距仅33亿元: a difference between places (比上年增加5.6%: a change over time)."""
    return bool(
        (_DIFFERENCE.search(w.near[-24:]) or (role.unit in _MONEY and _MONEY_ABOVE.search(w.before[-40:])))
        and not re.search(r"(?:more|less|fewer) than\s*$", w.near[-12:])
        and not (
            role.unit in ("percent", "CNY", "USD")
            and re.search(
                r"[比较](?:上年|去年|上一年|同期|上年同期|(?:19|20)\d\d年|[一二三1-3]季度|上半年|前三季度|上月|年初|上季度)"
                r"\S{0,8}$|同比\S{0,4}$",
                w.near[-20:],
            )
        )
    )


def difference(w: Window, role: Role) -> Role:
    """A money difference between places, kept as the subject's other:…_gap so that no figure is lost."""
    if role.unit not in _MONEY or not between_places(w, role):
        return role
    if not role.indicator.startswith("other:"):
        return Role(f"other:{role.indicator}_gap", role.unit, role.value)
    if role.indicator.endswith("_change"):  # 比宜兴市多2000亿元: more than another place, not than before
        return Role(role.indicator.removesuffix("_change") + "_gap", role.unit, role.value)
    return role


_FIGURE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d[\d,]*(?:\.\d+)?")


def _one_each(w: Window) -> bool:
    """ "The three cities' GDP stood at X, Y and Z": a group of a few places before as many figures (or twice as
    many, levels then rates), one each, not the group's (lists give them out)."""
    size = cues.GROUP_OF_SIZE.search(w.before)
    if size is None:
        return False
    n = count_of(size)
    figures = len(_FIGURE.findall(w.sent.text[size.end() :]))
    return figures in (n, 2 * n)


_COMPARED_TO = re.compile(
    r"\b(?:than|unlike|like|above|below|compared (?:with|to)|versus|vs\.?)\s+(?:that of\s+)?(?:the\s+|a\s+|an\s+)?$|"
    r"(?:比|较|高于|低于|超过|于|是)(?:全国|全省|全市|百强)?$",
    re.I,
)


def _a_statistic(w: Window, places: list[Place]) -> bool:
    """Whether the figure is a statistic of a group: one is named before it, and no place after that (not
    "Unlike the typical county, Kunshan has 63 listed companies")."""
    stat = last_match(_STATISTIC, w.near)
    if stat is None or _COMPARED_TO.search(w.near[: stat.start()]):
        return False  # "Kunshan, far richer than the average county, had …": a base the place is set against
    after = w.q.start - len(w.near) + stat.end()
    return not any(after <= p.start < w.q.start and (p.code or p.anaphor) and not p.ignore for p in places)


_TITLE_GROUP = re.compile(r"(?:[两二三四五六七八九十]+|\d+)个[^，,。！!？?]{0,8}?(?:县域|县市|区县|城市|县|区)")


def _a_group_the_title_names(w: Window, places: list[Place]) -> bool:
    """Whether the figure is in the title with no place named before it, and the title names a counted group of
    places after it: the group's figure, not the province's the group is in."""
    end = title_end(w.norm, longest=80)
    if w.q.end > end or "。" in w.norm[:end]:  # a headline (of 80 characters at most), not a first paragraph
        return False
    if any(p.code and not p.ignore and p.start < w.q.start for p in places):
        return False
    return _TITLE_GROUP.search(w.norm, w.q.end, end) is not None


def not_about_a_place(w: Window, role: Role, places: list[Place]) -> bool:
    """A difference between places, a category (过万亿的城市), or a figure about a group of places (unless the
    group's members are listed after a colon: "Three districts have GDP above 1 trillion yuan: A, B and C")."""
    if members_listed_after(w, places):
        return False
    if _a_statistic(w, places):
        return True  # "The mean district GDP in 2023 was …", "a standard deviation of …": no place's figure
    if _a_group_the_title_names(w, places):
        return True  # GDP突破3000亿元！四川39个欠发达县域…: the counted group the title names after its figure
    if _GERUND_OPENING.match(w.sent.text) and not any(
        w.sent.start <= p.start < (w.sent.end if p.anaphor else w.q.start) for p in places
    ):
        return True  # "'Reaching the trillion-yuan mark is a milestone,' said …": no place is said to reach it
    if _COUNTED_CLAUSE.match(w.clause) and not any(w.clause_start <= p.start < w.q.start for p in places if p.code):
        return True  # "Three Districts …, One Exceeding Trillion Yuan, Two Surpassing 600 Billion": some of them
    if _OWNED_BY_PLACE.search(w.near[-40:]):
        return False  # "Together they make up a quarter of the city's 3.9 trillion yuan economy": the city's own
    if between_places(w, role) and not role.indicator.endswith("_gap"):
        return True  # a money difference between places is kept as other:…_gap (difference)
    near = _FIELD.sub(" ", w.near)  # "ranked first among Shenzhen's districts with GDP of …": no category
    whose = _CATEGORY_BEFORE.search(w.near)  # "among districts whose GDP …": the field is the category itself
    threshold = whose and _THRESHOLD_WORD.search(whose.group())  # "among the counties with GDP above …"
    category = _CATEGORY_BEFORE.search(near) or (
        whose if whose and (" whose " in whose.group().lower() or threshold) else None
    )
    if category and not _THRESHOLD_WORD.search(category.group()) and not _PLURAL_NOUN.match(category.group()):
        category = None  # "Shenzhen remained the biggest city with GDP of 3.8 trillion yuan": the place described
    if category and not _ORDINAL.search(near[: category.start()]) and not _WAS_A.search(near[: category.start()]):
        return True  # "the county with GDP exceeding …" (but "the third district whose GDP topped …" is the place's)
    if _CATEGORY_AFTER.match(w.norm[w.q.end : w.q.end + 32]) and not re.search(
        r"首个|第[一二三四五六七八九十\d]+个|唯一|又一个|成为", w.norm[max(w.sent.start, w.q.start - 12) : w.q.start]
    ):
        return True  # not 苏州成为GDP超万亿的城市: the subject became one of them
    named_before = [
        p.end
        for p in places
        if p.end <= w.q.start and p.code and not p.ignore and not _A_BASE.match(w.norm[p.start : p.end + 10])
    ]
    near_start = max(w.sent.start, w.q.start - _REACH)  # read near the figure: a run-on line stays linear
    ones_of = [m.span() for m in _ONE_OF.finditer(w.norm, near_start, w.q.start)]  # "one of the six districts
    in_sentence = [e for e in named_before if e >= w.sent.start and not any(a < e <= b for a, b in ones_of)]
    several_named = len(in_sentence) > 1  # of Shenzhen": the field it is one of, not a second subject
    combined = cues.COMBINED.search(w.before[-60:]) or cues.THEY_TOGETHER.match(w.sent.text)  # "They collectively …"
    if several_named and combined:
        return True  # 晋江、石狮、南安三市GDP合计超过6400亿元，占泉州全市的比重超过五成: the three's, also the share
    group, opened = _GROUP_OPENS.match(w.sent.text), w.sent.start  # a place inside the group's words ("three of
    for cut in () if group else _ZH_CLAUSE_CUT.finditer(w.norm, near_start, w.q.start):  # China's …") is its
        group, opened = _GROUP_OPENS.match(w.norm, cut.end(), w.q.start), cut.end()  # setting; 报告显示，我国有54个
        if group:  # 县域的GDP超过千亿元，总计达到8.6万亿元: a group opening a later clause
            break
    each = _one_each(w) or named_group(w, places) > 2  # "All three cities have …": the three named before
    if group and not any(e > opened + group.end() for e in named_before) and not each:
        return True  # 百强县以不到全国2%的土地、7%的人口，创造了全国约10%的GDP: the group's, no one place's
    if role.unit not in ("CNY", "USD", "percent") or role.indicator.startswith("other:"):
        return False
    several = _PLURAL_SUBJECT.search(w.before)  # several places named were dealt with above; "Luohu District is
    if several and ones_of:  # one of the six oldest districts of Shenzhen, and covers a total of 78.4 …": one of them
        several = _PLURAL_SUBJECT.search(_ONE_OF.sub(" ", w.before))
    if (combined and (several or not re.search(r"total", combined.group(), re.I))) or (
        role.unit != "percent" and _AVERAGE_OF.search(w.near[-16:])
    ):
        return True  # 南山区和福田区GDP总和达…, "together produced", 百强县GDP平均为…: no one place's figure
    own = [p for p in places if p.code and cues.ITS_OWN_FIGURE.fullmatch(w.norm, p.end, max(p.end, w.q.start))]
    if own or cues.ZH_LEVEL_AFTER.match(w.after):  # "the provinces grew faster than the national average of 5.3
        return False  # percent", 省份经济增速超过5.3%的全国增速: the country's own level, not the group's
    last_place = max(named_before, default=w.sent.start)
    tail = w.norm[max(last_place, w.clause_start) : w.q.start]
    if max(last_place, w.clause_start) == last_place and not several_named:  # "Jiangyin, the largest of its …, …"
        tail = _APPOSITION_AFTER.sub(" ", tail)  # the aside describes the place named, it is no group
    tail = _ONE_OF.sub(" ", tail)  # "… became one of the cities with GDP above …": the place, one of them
    plural = _PLURAL_SUBJECT.search(_FIELD.sub(" ", cues.THE_PAIR.sub(" ", tail)))  # "both cities": the pair
    if plural and max(last_place, w.clause_start) == last_place and plural.start() <= 2:
        plural = None  # "Futian and Longgang districts both exceeded …": the places themselves
    if cues.RESPECTIVELY.search(w.sent.text) or each:
        return False  # "the three districts grew 6.8, 5.3 and 4.1 percent respectively": one figure each
    return bool(
        plural or (not named_before and _PLURAL_SUBJECT.search(_FIELD.sub(" ", cues.THE_PAIR.sub(" ", w.before))))
    )


_GERUND_OPENING = re.compile(  # a sentence whose subject is the act of crossing a level, done by no one named
    r"\W*(?:reaching|crossing|joining|hitting|topping|passing|breaking(?:\s+through)?|surpassing|exceeding)\b", re.I
)
_APPOSITION_AFTER = re.compile(r"^\s*,\s(?:the|one|a|an)\b[^,;.\d]{3,60},")
_EN_BLOCS = (  # regions of several provinces or cities, which the gazetteer does not hold
    r"Pearl River Delta|Yangtze River Delta|Greater Bay Area|Bay Area|Beijing-Tianjin-Hebei|Chengdu-Chongqing|"
    r"Yangtze River Economic Belt"
)
_UNNAMED_SUBJECT = re.compile(
    r"\b(?-i:[A-Z])[A-Za-z'’]+(?:\s+(?-i:[A-Z])[A-Za-z'’]+)*['’]s\s+(?:GDP|economy|economic output|gross)|"
    r"长三角|长江三角洲|珠三角|大湾区|京津冀|长江经济带|成渝地区|都市圈|(?:东部|中部|西部|东北)地区(?=的?(?:生产总值|GDP|经济))|"
    r"都市区|片区|库区|(?<![南是为属系处])山区(?!县)|中心城区|主城区|"  # 主城都市区, 三峡库区: a city's parts together;
    # not 北部是山区, 地处山区: the land described
    r"\b(?:" + _EN_BLOCS + r"|Jing-Jin-Ji|Bohai Rim|metropolitan area|city cluster|megalopolis|"
    r"urban agglomeration|"
    r"(?:eastern|central|western|northeast(?:ern)?) regions?(?=(?:['’]s)? (?:GDP|economy|economic output)))\b",
    re.I,
)


_MEMBERS_ASIDE = re.compile(  # the members of a region the gazetteer lacks, in an aside after its name
    r"\s*(?:,\s*(?:which\s+(?:includes?|comprises?|covers?|consists?\s+of|is\s+made\s+up\s+of)|including|"
    r"comprising|covering|made\s+up\s+of)\b[^;.]*,|[（(]\s*(?:包括|包含|含|涵盖|覆盖|由)[^）)]*[）)])",
    re.I,
)
_REGION_SOURCE_AFTER = re.compile(  # the region a figure came from, named after it
    r"[^.;]{0,60}?\b(?:came|comes|come|was|were|is|are)\s+(?:generated\s+|produced\s+|contributed\s+)?"
    r"(?:from|by|in)\s+(?:the\s+)?(?:" + _EN_BLOCS + r")\b",
    re.I,
)
_MEASURE_OF_NAME = re.compile(  # a measure of a named place, whose name the gazetteer may not hold
    r"\b(?:the\s+)?(?:area|population|gdp|economy|size)\s+of\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\s+china['’]s\s+)?"
    r"(?!(?:First|Second|Third|Fourth|Last|Past|Whole|Full|Same|Year|Month|Quarter|Half)\b)"  # a time: "GDP of the
    r"((?-i:[A-Z][a-z]+|[A-Z]{4,}))",  # First Quarter in Yiwu"; "the economy of Northwest China's Qinghai Province"
    re.I,
)
_LOCATES = re.compile(r"所在的?|所属的?|所在地")  # 前海所在的南山区: the unit describes the place after it
_LISTED_NAME = re.compile(r"\)\s*(?:,|and|,\s*and)\s+((?-i:[A-Z][a-z])[\w'’-]*)\s*\($")
_OWNED_NAME = re.compile(  # "Zhuhai's Hengqin posted …", "Beijing's Zhongguancun generated …": a part of the place
    r"\W*(?:(?:in|by|last year|this year)\b[^,]{0,12},\s*)?(?-i:[A-Z])[\w'’-]+['’]s\s+"
    r"(?P<name>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
    r"(?<!Bureau)(?<!Government)(?<!Office)(?<!Committee)(?<!Commission)(?<!Department)(?<!University)"
    r"(?:\s+(?:posted|reported|recorded|registered|grew|expanded|saw|had|generated|produced|achieved)\b|"
    r"['’]s\s+(?:gdp|economy|economic output|output)\b)",
    re.I,
)
_DESCRIBED_PART = re.compile(  # a name set before an apposition that calls it a part of a place
    r"\W*(?P<name>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)),\s+(?:a|an|the)\s+[^,;.]{0,40}?\b"
    r"(?:area|zone|park|town|township|subdistrict|sub-district|port|hub)\s+(?:within|in|of|under|inside)\s+",
    re.I,
)
_HEAD_LEAD = re.compile(  # what may open a sentence before its subject: a date, a city's possessive
    r"\W*(?:(?:in|by|last year|this year)\b[^,]{0,12},?\s*|(?:19|20)\d\d年[^，,。]{0,6}[，,]?|(?:去年|今年)[，,]?)?"
    r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w-]+|county|city|district)['’]s\s+|the\s+)?"
    r"(?:(?:national|provincial|state)(?:-level)?\s+)?",
    re.I,
)  # "The county's national Changsha Economic and Technological Development Zone has seen …"


_ABROAD_REACH = 300  # characters before a figure read for a place abroad: a sentence's subject, not a page's


def _abroad(w: Window, places: list[Place], lang: str) -> bool:
    """Whether the last place named before the figure is one abroad, in the figure's own clause or with no
    Chinese place before the figure at all: "新加坡去年GDP约5470亿美元", "exceeded Portugal's 250 billion
    dollars"; not "南山区GDP已超过葡萄牙，达到1.05万亿元" (the clause of the figure is Nanshan's)."""
    last = last_foreign_mention(w.norm, lang, max(w.sent.start, w.q.start - _ABROAD_REACH), w.q.start)
    if last is None:
        return False
    ours = [p for p in places if ((p.code and not p.ignore) or p.anaphor) and w.sent.start <= p.start < w.q.start]
    if any(p.start >= last[1] or p.start <= last[0] < p.end for p in ours):
        return False  # "Like Singapore, the district has …": a place of ours after it is the subject (or holds it:
        # 柏林 in 万柏林区)
    if _ITS_OWN_CLAUSE.match(w.norm, last[1]):
        return True  # "… larger than Greece's, whose GDP was 230 billion dollars": the clause is the country's
    return not ours or last[0] >= w.clause_start


_ITS_OWN_CLAUSE = re.compile(r"(?:['’]s?)?\s*,\s*(?:whose|which|where)\b")


def _bracketed_after(norm: str, p: Place, start: int, end: int) -> bool:
    """Whether norm[start:end] closes a bracket opened right after ``p``: its other name (黄埔区（广州开发区）)."""
    return (
        p.end < start
        and norm.startswith("(", p.end + (norm[p.end : p.end + 1] == " "))  # "Huqiu district (Suzhou New District)"
        and ")" not in norm[p.end : end]
        and norm.startswith(")", end)
        and not re.search(r"(?:街道|镇|乡|村|社区)$", norm[start:end])  # 南山区（粤海街道）: a part, not a name
    )


_COUNTIES_TOGETHER = re.compile(
    r"\bcounty[- ]level\s+(?:economy|regions|areas|units)\b|\bcounty\s+economy\b|(?<!个)县域", re.I
)


_A_FIELD = re.compile(r"在[^，。；,;\d]{0,6}县域(?:经济)?(?:中|里|内)?的?(?:排名|排位|位次|位列|位居|名列|居)")


def _counties_together(w: Window, places: list[Place]) -> bool:
    """The counties of a province or city taken together ("Hunan county-level economy", 湖南省县域GDP, "GDP of
    county-level regions"), not the place: a place of its own level before the words (晋江县域经济) is itself."""
    start = max(w.sent.start, w.q.start - 80)  # read near the figure: a run-on line stays linear
    found = last_match(_COUNTIES_TOGETHER, w.norm[start : w.q.start])
    if found is None:
        return False
    at = start + found.start()
    if _A_FIELD.search(w.norm, max(w.sent.start, at - 8), at + 10):
        return False  # 在全省县域经济排名由第30位跻身前10名: the place's position among the counties
    owner = next((p for p in reversed(places) if p.code and p.start < at <= p.end + 2), None)
    if owner is not None and (owner.code == COUNTRY or county_level(owner.code)):
        return False  # 晋江县域经济, "Kunshan's county economy": the county's own; 中国县域经济百强: a ranking's name
    lo = max(w.sent.start, w.q.start - 200)
    return not any(  # "Changsha County, the strongest county economy in …, saw its GDP …": a county of its own
        county_level(p.code) and not p.ignore and lo <= p.start < w.q.start for p in places
    )


_OF_A_COUNTY_AFTER = re.compile(r"[^，。；,;\d]{0,4}?的[大小强]?(?:县|区|县级市|县城)")
_OF_A_UNIT_AFTER = re.compile(r"[^，。；,;\d]{0,4}?的(?:小)?(?:街道|镇|乡|园区|片区|社区|村|街区|产业园)")


def unnamed_subject(w: Window, places: list[Place], lang: str = "en") -> bool:
    """The figure's subject is a place the gazetteer does not hold, so no place named elsewhere may
    take it: a region ("the Yangtze River Delta's GDP", 长三角) with no place named before the figure,
    a unit below a county (粤海街道, 昆山开发区, "Suzhou Industrial Park") in the figure's clause, or a
    place abroad (新加坡去年GDP…, "Taipei has 2.5 million people")."""
    named = [p for p in places if p.code and not p.ignore and w.sent.start <= p.start < w.q.start]
    if _abroad(w, places, lang) or _counties_together(w, places):
        return True
    if theirs(w, places):
        return True  # "… county-level divisions, with their economic output accounting for about 40%"
    if an_unnamed_part(w, places):
        return True  # "The economy of a county-level city in Jiangsu …, with a population of …", 江苏有一个县级市
    if a_zone_labelled(w, places):
        return True  # 1. 成都高新区:1665.8亿元: a list item of a zone
    if a_counted_group(w, places) and not members_listed_after(w, places):
        return True  # 共有38个县(市)的GDP突破1000亿: the group's, not a place's; a list after it gives out each
    if _OF_A_UNIT_AFTER.match(w.after):
        return True  # 这条仅20平方公里的街道: the figure describes a unit below the county named after it
    if named and _OF_A_COUNTY_AFTER.match(w.after) and all(p.code.endswith("00") for p in named if p.code):
        return True  # 山东人口超130万的大县: a county of the province, unnamed, not the province
    if a_criterion(w) or fronted_for_a_zone(w) or a_group_average(w, places):
        return True  # "Candidates must meet two thresholds: a GDP of over 80 billion yuan and …"; a zone's
    if not named and _REGION_SOURCE_AFTER.match(w.own_after):
        return True  # "11 percent of the GDP in China came from the Greater Bay Area": the region's, no place's
    regions = list(_UNNAMED_SUBJECT.finditer(w.before))
    region = regions[-1] if regions else None  # not the value of a label before the figure's own:
    valued = (
        region and re.search(r"[:：]\s*$", w.before[: region.start()]) and re.search(r"[:：]", w.before[region.end() :])
    )
    at = (w.sent.start + region.start(), w.sent.start + region.end()) if region else (0, 0)
    said = any(p.anaphor and p.start < at[1] and p.end > at[0] for p in places)  # "the County's GDP": capitalised
    for m in regions if named else ():  # "…, which includes Hong Kong and Macao,"
        members = _MEMBERS_ASIDE.match(w.norm, w.sent.start + m.end(), w.q.start)  # 大湾区（包括香港、澳门…）
        if members:  # the region's members, not the subject
            named = [p for p in named if not (members.start() <= p.start < members.end())]
    if region and not named and not valued and not said:  # "Location: Pearl River Delta Territory: 7,434.4 square
        return True  # kilometers"; not "The District's GDP" (the district, capitalised)
    listed = cues.RESPECTIVELY.search(w.sent.text)  # 盐田区、大鹏新区…分别为: the list gives each its own
    for m in () if listed else sub_units(w.clause):
        start, end = w.clause_start + m.start(), w.clause_start + m.end()
        if (
            not any(p.start <= start and p.end >= end for p in named)
            and not any(p.start <= end - 1 < p.end for p in places if p.code)
            and not any(end <= p.start and _LOCATES.fullmatch(w.norm, end, p.start) for p in named)
            and not any(_bracketed_after(w.norm, p, start, end) for p in named)
        ):  # not itself a place (经济技术开发区), nor the end of one's name (2024年桐乡市: 桐乡, no 乡), nor a
            return True  # description of the place named after it (前海所在的南山区), nor its other name in
            # brackets (黄埔区（广州开发区）: one administration)
    head = SUB_UNIT.search(w.before[:90])  # "Chengdu's Gaoxin (high-tech) zone, which …, reported …"
    if head and not listed and _HEAD_LEAD.fullmatch(w.before[: head.start()]):
        end = w.sent.start + head.end()
        after = [p for p in named if end <= p.start < w.q.start and not in_aside(w.norm, p, w.sent.start, w.q.start)]
        if not after and not any(p.start <= end - 1 < p.end for p in places if p.code):
            return True
    listed = _LISTED_NAME.search(w.near[-60:]) if w.after.lstrip().startswith(")") else None
    if listed:  # "Pingshan (10.5%) and Shenshan (10.3%)": a name the gazetteer lacks has its own bracketed figure
        at = w.q.start - len(w.near[-60:]) + listed.start(1)
        if not any(p.start <= at < p.end for p in places if p.code or p.anaphor):
            return True
    described = _DESCRIBED_PART.match(w.sent.text)  # "Lingang, a special area within Pudong, saw …": a part of it
    at = w.sent.start + described.start("name") if described else -1
    if (
        described
        and w.sent.start + described.end() <= w.q.start
        and not any(p.start <= at < p.end for p in places if p.code)
    ):
        return True
    owned = _OWNED_NAME.match(w.sent.text)  # "Zhuhai's Hengqin posted …": a zone the gazetteer does not hold
    if owned and w.sent.start + owned.end() <= w.q.start:
        at = w.sent.start + owned.start("name")
        if not any(p.start <= at < p.end for p in places if p.code):
            return True
    foreign = _MEASURE_OF_NAME.search(w.clause)  # "the area of Hokkaido prefecture is around 84,000 km2"
    if foreign:
        at = w.clause_start + foreign.start(1)
        return not any(p.start <= at < p.end for p in places if p.code)
    return False
