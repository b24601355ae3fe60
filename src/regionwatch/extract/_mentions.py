"""Which place mentions are not the subject of the figures around them: a place compared with (比, 仅次于,
"than", "after"), the field of a ranking (领跑全市, "among Shenzhen's districts", "led Shenzhen"), the
source of the data ("Shenzhen's statistics show"), where a story was filed (新华社南京1月20日电), a setting
("the first district in China") — and every place listed with one of them."""

from __future__ import annotations

import re

from ..units import parse_quantity
from . import _cues as cues
from ._place import COUNTRY, ZH_DATELINE_AFTER, ZH_MEDIA_AFTER, Place
from ._spread import EN_LIST_GAP, ZH_OWNS_AFTER, spread, spread_en, subjects_of_a_clause
from ._text import title_end

__all__ = ["ZH_RANKED_IN", "mark_ignored", "zone_titled"]

_VENUE = re.compile(r"在$|\b(?:opened|held|convened|closed|kicked off|took place|began|concluded)\s+in\s+$", re.I)
_ZH_MET = re.compile(r"市?(?:隆重)?(?:召开|开幕|举行|闭幕|举办)")  # 会议在福州开幕, "opened in Fuzhou": where it met

_ZH_IGNORE_BEFORE = re.compile(
    r"(?:继|比|超过|相比|对比|比如|如|像|不及|仅次于|赶超|追赶|领先|高于|低于|快于|慢于|不同于|有别于|区别于|"
    r"优于|好于|强于|胜于|逊于|弱于|(?<![地全])(?:贡献了?|占了?|占到|占据了?))$"  # 优于宝安区: the place compared with;
    # 贡献了青岛市三成的GDP, 占苏州市的四分之一: the whole a share is of
)
_ZH_STATES_OWN = re.compile(  # 比如海南省2024年GDP为7900亿元, 如番禺区仅增长3%: the example's own figure
    r"(?:\d{4}年)?(?:的)?(?:GDP|gdp|地区生产总值|经济总量|生产总值)[^，。；,;]{0,6}\d|(?:仅|只|也)?(?:同比)?(?:增长|下降)\d"
)
_ZH_EXAMPLE = re.compile(r"(?:比如|例如|譬如|(?:^|[，,：:；;])如)$")  # 如 opening a clause: "for example"
_ZH_GAP_WITH = re.compile(r"的?差距")  # 与福田区的差距: the place a gap is measured to
_IN_BRACKETS = r"\s*\(\s*(?:about\s+)?" + cues.FIGURE_START  # its own: "Luohu (3.2%)", "Bao'an (RMB 581 billion)"
_OWNS_FIGURE_AFTER = re.compile(  # "Shenzhen's 5.8 percent", "Shenzhen's overall growth of 5.5%": its own figure
    r"['’]s\s+(?:(?:(?:overall|annual|economic|gdp|average|real)\s+){0,2}(?:growth|expansion|pace)(?:\s+rate)?"
    r"(?:\s+(?:of|at)\s+|\s*\(\s*))?(?:about\s+|nearly\s+|roughly\s+)?" + cues.FIGURE_START + "|" + _IN_BRACKETS,
    re.I,
)
_ITS_FIGURE_OF = re.compile(cues.OWN_FIGURE_GAP + cues.FIGURE_START, re.I)  # "the national average of 5%", "…of 5.0"
_ITS_AVERAGE_OF = re.compile(  # "the city average of 5.7 percent": its own figure, not "led the city at 6 percent"
    r"\s+(?:economic\s+|gdp\s+)?(?:average|growth(?:\s+rate)?|rate)(?:\s+(?:of|at))?\s+(?:about\s+|nearly\s+|roughly\s+)?"
    + cues.FIGURE_START,
    re.I,
)
_SHARE_OF_BEFORE = re.compile(  # "68% of the national …", "six times the national average": the base, no subject
    r"(?:%|\bpercent|\bper cent)\s+(?:of|that of)\s+(?:the\s+)?$|\btimes\s+(?:(?:of|that of)\s+)?(?:the\s+)?$", re.I
)
_RANK_BEFORE_NATIONALLY = re.compile(
    r"(?:\btop\s+\d+|\b\d+(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth)|\bNo\.\s?\d+)\s+$",
    re.I,
)
_NATIONALLY = ("nationally", "nationwide")
_KEYWORDS_APART = re.compile(r"\w,(?=\w)")
_AT_A_FIGURE = re.compile(r"\s+at\s+(?:about\s+|nearly\s+)?\d")
_AN_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)  # searched with pos: a word cut by a slice is no article
_RANKED_IN_BEFORE = re.compile(  # "retaining the top position in Shenzhen", "the third … economy in mainland China"
    r"\b(?:position|place|spot|first|top|largest|highest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|\d+(?:st|nd|rd|th)|best|only)(?![,\s]+(?:and\s+)?(?:second|third)\b)"  # "first, second and third …"
    r"\s+(?!industr|quarter|half|(?:two|three|six|nine|ten|eleven)\b|\d)"
    r"(?:[\w-]+\s+){0,5}?in\s+(?:the\s+)?(?:Chinese\s+)?(?:mainland\s+)?$|"  # not "the first industry in Kunshan",
    # "GDP of the first quarter in Yiwu": a part of the year; but "the top 10 in the province": a ranking
    r"\btop\s+(?:\d+|three|five|ten|twenty|fifty|hundred)\s+(?:[\w-]+\s+){0,4}?in\s+(?:the\s+)?$",
    re.I,
)
_ZH_ZONE_AFTER = re.compile(  # 烟台高新区, 昆山开发区, 宁波保税区, 成都高新综合保税区, 南京江北新区: a zone named for
    r"(?![和与及同、])(?:"  # (not 盐田区和大鹏新区: a second place)
    r"(?:国家级)?[\u4e00-\u9fff]{0,6}?(?:高新区|高新技术产业开发区|经济技术开发区|经济开发区|经开区|开发区|工业园区|"
    r"保税区|综保区|综合保税区|自贸区|自贸片区|高新技术产业园区)|[\u4e00-\u9fff]{1,4}?新区)"  # the place, not the place
)
_ACCORDING_BEFORE = re.compile(r"\baccording to\b[^,;.:()]{0,60}$", re.I)
_COUNTED_IN = re.compile(r"(?:大陆|内地)?(?:首个|第[一二三四五六七八九十\d]+|唯一|范围)")
_UNNAMED_PART_BEFORE = re.compile(cues.UNNAMED_PART.pattern + "$", re.I)
_SETTING_BEFORE = re.compile(
    r"(?:\bin|\bacross|\bthroughout|\baround|\bof)\s+(?:(?:south|north|east|west|central)(?:ern)?\s+)?$", re.I
)
_FIELD_BEFORE = re.compile(
    r"\b(among|lead|led|leads|leading|top|topped|tops|outpaced|outpacing|outperformed|beat|beating)\s+"
    r"(?:the\s+)?$",  # "beat the national average with 5.5 percent growth"
    re.I,
)
_THAN_GOES_ON = re.compile(r"\s*,?\s*(?:or|and)\s+|(?:['’]s)?\s+(?:(?:provincial|regional)\s+)?(?:capital,?\s+)?")
_OWNS_AFTER_EN = re.compile(  # "Ningxia, whose GDP", "Luohu (3.2%)", "ahead of Jiangyin, at 505 billion yuan"
    r",?\s*(?:whose|which)\b|(?:['’]s)?"
    + _IN_BRACKETS
    + r"|(?:,\s*(?:at|with|on)|\s+(?:at|on))\s+(?:about\s+|nearly\s+)?"
    + cues.FIGURE_START
    + r"(?!(?:[^,;.]|\.\d){0,40}?\b(?:against|versus|vs\.?|compared with|compared to)\s)|"  # not "…, at 550 … against"
    r"(?:,\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?i:province|city|municipality))?(?=\s*,))?,\s*with\s+(?:an?\s+|its\s+)?"
    r"(?:estimated\s+|preliminary\s+|total\s+)?(?i:gdp|economic\s+output|output)\s+(?:of|at)\s"  # "including Wuxi,
)  # Jiangsu Province, with an estimated GDP of 1.05 trillion yuan": a member's own figure
_ZH_BORDERS_BEFORE = re.compile(
    r"(?:[东南西北]{1,2}(?:邻|接|连|靠|临|界|达|抵|至|毗|濒|交|倚|依)|毗邻|紧邻|邻近|比邻|[东南西北]与|境[内外]与)\s*$"
)
# 南倚嵩山接, 北隔黄河与: a neighbour across a mountain or a river
_ZH_BORDERS_ACROSS = re.compile(r"[东南西北]{1,2}(?:倚|依|靠|隔|跨|临)[\u4e00-\u9fff]{1,4}?(?:接|邻|连|与)$")
_ZH_BRACKETED_SCOPE = re.compile(r"\((?:不含|不包括|未含|含|包括|包含|除)$")  # 綦江(不含万盛)
# 处上海与苏州之间: where it lies
_ZH_BORDERS_AFTER = re.compile(  # 与武昌区隔江相望, 与亚东、白朗…四县相邻 (a page's link on a line of its own too)
    r"\s*(?:等?[两二三四五六七八九十\d]+个?[县市区旗]{1,2}|等[^，。；,;\d]{0,6}?)?"  # 与上海、苏州等经济大市比邻而居
    r"(?:接壤|相邻|毗邻|比邻|相连|相接|毗连|接界|隔江相望|隔河相望|相望|交界|为邻|之间)"
)
_ZH_LIES_IN = re.compile(r"(?:^|[。；;])\s*(?:位于|地处|坐落于|处于)[^。；;\n]{0,30}$", re.M)  # opening its sentence
_ZH_PART_OF_IT = re.compile(  # 西南部, 境内, 交界处: a part of the place named, where another lies
    r"(?:的)?(?:[东南西北中]{1,2}部|境内|腹地|之间|交界处|交汇处|边缘|中心|[东南西北]{2}(?![\u4e00-\u9fff]))"
)
_ZH_OF_PHRASE = re.compile(r"[^，。；,;:：\d]{0,10}?的")
_ZH_THAN = re.compile(r"(?<![同环])(?:比|较|快于|慢于|高于|低于)[^，。；,;\d比较]{0,8}$")
_ZH_DISTANCE = re.compile(r"(?:(?<![脱分远偏背])离|距离?|相距)$")
_ZH_HOW_FAR = re.compile(r"(?:约|仅|只有|不到|近)?\d[\d.]*\s*(?:公里|千米|km|米|小时|分钟)")
_ZH_MOST_AFTER = re.compile(r"[^，。；,;\d]{0,8}?最")
_ZH_IGNORE_AFTER = re.compile(
    r"^(?:(?:相)?比(?:较)?[，,、]|之后|以后|首个|首家|第[一二三四五六七八九十\d]+(?!产业|季|届|次|[一二三四五六七八九十\d]|[、,，和及]第?[二三])|唯一|等[^，。；,;\d]{0,6}?(?:之后|以后|之外|以外)|等\s*[\d一二两三四五六七八九十]+个|之外|以外|"
    r"最(?:高|低|快|大)(?!可|将|于|在|有望|能|也|到|达)|首位|前列|榜首)"  # not 南山区最快可于2025年: 'at the earliest'
)
_EN_SOURCE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:official\s+)?(?:statistics|statistical data|data|figures)\s+"
    r"(?:show|showed|shows|indicate[sd]?|suggest)",
    re.I,
)
_EN_MEDIA_AFTER = re.compile(  # "Shenzhen Daily", "Shanghai Securities News": an outlet, not the place
    r"\s+(?-i:(?:Daily|Evening News|Securities News|Economic Daily|Economic News|TV|Television|Media Group|Radio)\b)"
)
_EN_THING_OF_PLACE = re.compile(  # "a Shenzhen brokerage", "an Anhui-based think tank": a thing, not the place
    r"(?:-based)?\s+(?!(?:district|county|city|province|new\s+area|municipality|region|prefecture|town|economy|"
    r"government|(?:local\s+|senior\s+|government\s+|district\s+|county\s+|city\s+)?officials?|spokes(?:man|woman|person))\b)"
    r"(?-i:[a-z])",  # but "a Jiading official": the place speaks through its officials
    re.I,
)
_EN_ORIGIN_OF = re.compile(
    r"-(?:funded|invested|owned|backed|based|headquartered|registered|listed|made|financed)\s+(?-i:[a-z])", re.I
)
_EN_SCOPE_AFTER = re.compile(  # "Jiangsu's largest county", "Hunan's first county with …": the field, not the owner
    r"['’]s\s+(?:(?:first|only|second|third|fourth|fifth)(?:[- ](?=largest|biggest|richest|wealthiest|strongest))?|"
    r"(?:largest|biggest|richest|wealthiest|strongest|leading|top|most\s+\w+))\s+"
    r"(?:(?:county-level|[\w.]+-(?:billion|trillion)-yuan)\s+)?(?:district|county|counties|districts|city|cities|economy|"
    r"economies)\b",
    re.I,
)
_ZH_COMPARED_WITH = re.compile(r"(?:较|比|高于|低于|快于|慢于|好于|优于|强于|胜于|逊于|弱于)$")
ZH_RANKED_IN = re.compile(  # a ranking's verb before the place it ranks in: 领跑全市, 位居广州各区之首
    r"(?:领跑|领先|位居|居于?|排名|排在|排|名列|位列|领衔|冠绝|稳居|跻身|列)$"
)
_ERA_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:Ming|Qing|Song|Tang|Han|Yuan|Sui|Jin|Zhou|Liao)\s+[Dd]ynasty")
_EN_IGNORE_BEFORE = re.compile(  # "larger than that of Qinghai", "Along with Futian", "including Quanzhou's neighbour"
    r"(?:\bthan(?:\s+(?:rival|neighbou?r|(?:that|those)\s+of|the\s+(?:gdp|economy|"
    r"economies|output)\s+of))?|\blike|\bunlike|\bafter|\bbehind|\bahead of|\balong with|\bas with|"
    r"\boutside(?: of)?|\bbeyond|\b(?:apart|aside) from|\bbesides|\bother than|\bexcept(?: for)?|\bin addition to|"
    r"\b(?:lead|gap|margin|edge)\s+(?:over|with|on)|\b(?:below|above)\s+(?:that|those)\s+of|"
    r"\bsuch as|\bincluding|\bfollowing|\bsecond(?: only)? to|\btrail(?:s|ed|ing)?|"
    r"\b(?:surpass|exceed|overtake|outstrip|outpace|rival)(?:s|es|ed|ing)? that of|\bcompared with|\bcompared to)\s+"
    r"(?:(?:neighbou?ring|nearby|adjacent)\s+|(?-i:[A-Z])[\w-]+['’]s\s+(?:neighbou?r|rival|peer)\s+)?$",
    re.I,
)


def _named_before_in_sentence(places: list[Place], i: int, norm: str) -> bool:
    """Whether a place is named before ``places[i]`` in its sentence (this one: a superlative's field)."""
    return any(
        (q.code or q.candidates) and not q.ignore and _same_sentence_before(norm, q, places[i]) for q in places[:i]
    )


def _same_sentence_before(norm: str, q: Place, p: Place) -> bool:
    """Whether ``q`` is named before ``p`` in the same sentence, not far back."""
    return 0 <= p.start - q.end < 200 and not re.search(r"(?<!\d)[.!?。！？\n]", norm[q.end : p.start])


def _local_before_in_clause(before: list[Place], norm: str, p: Place) -> bool:
    clause_start = max(norm.rfind(c, 0, p.start) for c in "。；;，,\n") + 1
    return any(q.code not in (None, COUNTRY) and not q.ignore and q.start >= clause_start for q in before)


_BEAT_BEFORE = re.compile(r"\b(?:the\s+)?rest\s+of\s+$|\b(?:beat|beats|outshone|outshines|outperforms)\s+$", re.I)


def _field_anaphor(norm: str, places: list[Place], i: int) -> bool:
    """Whether ``places[i]``, "the city" or "the province", is the field a place named before it in the sentence
    leads or ranks in ("Nanshan led the city with …", "ranked first in the city", "beat the rest of the city")."""
    p = places[i]
    ranked = _RANKED_IN_BEFORE.search(norm, _back(norm, p, 60), p.start)
    field = (
        ranked
        or _FIELD_BEFORE.search(norm, _back(norm, p, 20), p.start)
        or _BEAT_BEFORE.search(norm, _back(norm, p, 20), p.start)
    )
    if not field or _OWNS_FIGURE_AFTER.match(norm, p.end) or _ITS_AVERAGE_OF.match(norm, p.end):
        return False  # "outpacing the city's overall growth of 4.1 percent", "outpacing the city average of 5.7%"
    if ranked or _led_by_a_group(norm, p):
        return True  # "…, ranking second in the city, up 8.1 percent", "Both regions led the country with …"
    return any((q.code or q.anaphor) and _same_sentence_before(norm, q, p) for q in places[:i])


_GROUP_LEADS = re.compile(  # places spoken of together, leading the field: "Both of the two regions led the …"
    r"\b(?:both|the (?:two|three|four|five) (?:regions|cities|provinces|municipalities|districts|counties|places))"
    r"\b[^.;,]{0,30}?\b(?:lead|led|leads|leading|topped|tops|top)\s+(?:the\s+)?$",
    re.I,
)


def _led_by_a_group(norm: str, p: Place) -> bool:
    """Whether ``p`` is the field that places spoken of together lead ("Both regions led the country with …")."""
    return bool(_GROUP_LEADS.search(norm, _back(norm, p, 60), p.start))


_OPEN_QUOTE = re.compile(r"[“「『\"][^“”「」『』\"。，,]{0,8}$")
_CLOSE_QUOTE = re.compile(r"[^“”「」『』\"。，,]{0,8}[”」』\"]")


_GDP_FIGURE_AFTER = re.compile(r"生产总值[^，,。；;\d]{0,6}?(\d[\d,]*(?:\.\d+)?\s*(?:万亿|亿|万)?元)")


def _too_small_for_the_country(norm: str, end: int) -> bool:
    """Whether the GDP figure after 国内 is far too small to be China's (under 400 billion yuan, less than the
    country's GDP of 1980): the older, loose usage for a county's own product."""
    m = _GDP_FIGURE_AFTER.match(norm, end)
    return m is not None and parse_quantity(m.group(1)).value < 4e11


def _back(norm: str, p: Place, n: int) -> int:
    """Where a look back of ``n`` characters before a mention starts: never past the start of its line (a
    title's "… stays on top" is no field for the place that opens the paragraph under it)."""
    start = max(0, p.start - n)
    return max(start, norm.rfind("\n", start, p.start) + 1)  # the search bounded: a long line costs no more


def _in_a_nickname(norm: str, p: Place) -> bool:
    """Whether a place's name is part of a longer phrase in quotes (“小上海”, “深圳速度”, “苏南模式”)."""
    before = _OPEN_QUOTE.search(norm, _back(norm, p, 9), p.start)
    after = _CLOSE_QUOTE.match(norm, p.end)
    return bool(before and after) and (before.end() - before.start() > 1 or after.end() - after.start() > 1)


def _named_after(places: list[Place], i: int, norm: str) -> bool:
    """Whether a place with a code is named after ``places[i]`` in its sentence."""
    return any(
        q.code and not q.anaphor and not re.search(r"[.!?。！？]", norm[places[i].end : q.start])
        for q in places[i + 1 : i + 4]
    )


def zone_titled(norm: str, places: list[Place]) -> bool:
    """Whether the document's title names a zone for its place (2024年烟台高新区…统计公报): its figures are the
    zone's, which the gazetteer does not hold, wherever no place is named beside them."""
    end = title_end(norm)
    stop = re.search(r"[。!?]", norm[:end])  # a first line of sentences is no title (…腹地。1998年设立黔江开发区)
    end = stop.start() if stop else end
    zones = ((p, _ZH_ZONE_AFTER.match(norm, p.end)) for p in places if p.code and p.end < end)
    # not 上海浦东新区: a new area the gazetteer holds, named after its city
    return any(m and not any(q.code and p.end <= q.start < m.end() for q in places) for p, m in zones)


def _on_a_keyword_line(norm: str, p: Place) -> bool:
    """Whether the place is on a line of a page's keywords: terms run together by commas with no space after
    them, no figure and no sentence."""
    start = norm.rfind("\n", max(0, p.start - 300), p.start) + 1  # looked for near only: a run-on line stays linear
    end = norm.find("\n", p.end, p.end + 300)
    if (start == 0 and p.start > 300) or (end < 0 and len(norm) > p.end + 300):
        return False  # a line longer than any page's keywords
    line = norm[start : end if end >= 0 else len(norm)]
    return len(line) <= 300 and len(_KEYWORDS_APART.findall(line)) >= 2 and not re.search(r"[\d.!?;]|,\s", line)


def mark_ignored(places: list[Place], norm: str, lang: str) -> None:
    """Mentions that are not the subject: a comparison or setting ("after Pudong", 继…之后, "such as
    Ningxia", "the first district in China"), spread over the list they start or end."""
    starts, ends = set(), set()  # a list opened by "after"/继, or closed by 之后/等
    than_at = None  # the last place compared after 'than'
    for i, p in enumerate(places):
        before, after = norm[_back(norm, p, 4) : p.start], norm[p.end : p.end + 8]
        if (
            p.anaphor
            and lang == "zh"
            and (_ZH_IGNORE_AFTER.match(after) or ZH_RANKED_IN.search(before) or _ZH_COMPARED_WITH.search(before))
        ):
            p.ignore = True  # 全市唯一, 领跑全市, 为全市最高, 较全市高: a ranking or a base, not the city's figure
        if p.anaphor and lang == "zh" and before.endswith("作为") and after.startswith("的"):
            p.ignore = True  # 新罗区作为全市的经济中心: the field the subject is described in, as below
            if _ZH_COMPARED_WITH.search(before):
                starts.add(i)  # 比全省（7.7%）和全国（7.0%）: the list it opens is compared with too
        if lang == "en" and p.anaphor not in (None, "any") and _field_anaphor(norm, places, i):
            p.ignore = True  # "Nanshan led the city with …", "ranked first in the city": the field, not the owner
        if p.anaphor or p.code is None:
            continue
        if lang == "zh" and _ZH_ZONE_AFTER.match(norm, p.end):
            p.ignore = True  # 2024年烟台高新区国民经济和社会发展统计公报: the zone's figures, not Yantai's
        if re.match(r"时间|\s+(?:time|standard time)\b", norm[p.end : p.end + 14], re.I):
            p.ignore = True  # 北京时间, "Beijing time": a time zone, not the place
        if _VENUE.search(norm, max(0, p.start - 40), p.start) and (lang == "en" or _ZH_MET.match(norm, p.end)):
            p.ignore, p.dateline = True, True  # 会议在福州开幕, "the session opened in Fuzhou": where it met
        if lang == "zh" and _ZH_PART_OF_IT.match(norm, p.end) and _ZH_LIES_IN.search(norm, _back(norm, p, 40), p.start):
            p.ignore = True  # (巴东县…。)位于湖北省西南部，恩施州东北部，总面积…: the setting it lies in
        if lang == "zh" and _in_a_nickname(norm, p):
            p.ignore = True  # “小上海”昆山, “深圳速度”: a name inside a nickname or slogan, not the place
        filed = lang == "zh" and bool(ZH_DATELINE_AFTER.match(norm, p.end))  # 新华社南京1月20日电
        if filed or (lang == "zh" and ZH_MEDIA_AFTER.match(norm, p.end)):
            p.ignore, p.dateline = True, True  # filed or published there (昆山日报): the subject only if none other is
        if lang == "zh" and re.search(r"[与和同]$", before) and _ZH_GAP_WITH.match(norm, p.end):
            p.ignore = True  # 与福田区的差距扩大到3378亿元: the lead is the subject's, over this place
        example_stated = _ZH_EXAMPLE.search(before) and _ZH_STATES_OWN.match(norm, p.end)
        if (
            lang == "zh"
            and _ZH_IGNORE_BEFORE.search(before)
            and not ZH_OWNS_AFTER.match(norm, p.end)
            and not example_stated  # 比如海南省2024年GDP为7900亿元: the example's own figure
        ):
            p.ignore = True  # 仅次于南山区: a comparison (but 仅次于南山区的4602亿元 states Nanshan's figure)
            starts.add(i)
        if lang == "zh" and before.endswith("在") and _ZH_MOST_AFTER.match(norm, p.end):
            p.ignore = p.ignore or _named_before_in_sentence(places, i, norm)  # 昆山是台商在中国大陆最集中的城市之一:
        if lang == "en" and _on_a_keyword_line(norm, p):
            p.ignore = True  # "longhua,longhua district,Longhua Government Online": a site's keywords, no subject
        if (
            lang == "en"
            and p.code == COUNTRY
            and _SHARE_OF_BEFORE.search(norm, _back(norm, p, 30), p.start)
            and not _ITS_FIGURE_OF.match(norm, p.end)  # "nine times the national figure of 12.0": its own figure
        ):
            p.ignore = True  # "259 yuan, only 68% of the national GDP per capita": the whole compared with
        if (lang == "en" and _ERA_AFTER.match(norm, p.end)) or cues.SEAT.search(norm, _back(norm, p, 24), p.start):
            p.ignore = True  # "… of Ming Dynasty": a reign, not 景泰县; "Capital: Xi'an", 省会：西安: an attribute
        if lang == "en" and cues.borders_before(norm, _back(norm, p, 200), p.start):
            p.ignore = True  # "It borders Jiang'an district to the east and Qiaokou district to the west"
        if lang == "zh" and norm.endswith("作为", 0, p.start) and norm.startswith("的", p.end):
            p.ignore = True  # 江苏省作为中国的经济大省: the field the subject is described in, not the subject
        if lang == "zh" and norm.endswith(("成为", "成了"), 0, p.start) and _ZH_OF_PHRASE.match(norm, p.end):
            p.ignore = True  # 龙岗…成为深圳不可或缺的重要增长极：: what the subject became, described by the place
        if lang == "zh" and _ZH_BRACKETED_SCOPE.search(norm, _back(norm, p, 6), p.start):
            p.ignore = True  # 綦江(不含万盛): what a figure's scope leaves out or takes in, not a subject
        if lang == "zh" and (
            _ZH_BORDERS_BEFORE.search(norm, _back(norm, p, 4), p.start)
            or _ZH_BORDERS_ACROSS.search(norm, _back(norm, p, 8), p.start)
        ):
            p.ignore = True  # 东接江岸区，西邻硚口区: the place's neighbours, not its subject
            starts.add(i)
        if lang == "zh" and _ZH_DISTANCE.search(norm, _back(norm, p, 3), p.start) and _ZH_HOW_FAR.match(norm, p.end):
            p.ignore = True  # 距日喀则市140公里: the place it is measured from, not its subject
        if lang == "zh" and _ZH_BORDERS_AFTER.match(norm, p.end):
            p.ignore = True  # 西与江汉区接壤, 与武昌区、青山区隔江相望
            ends.add(i)
        if lang == "zh" and _ZH_IGNORE_AFTER.match(after):
            p.ignore = True
            ends.add(i)
        if lang == "zh" and _ZH_THAN.search(norm, _back(norm, p, 12), p.start):
            p.compared = True  # 比第二位的泸州市(增12.1%)快1.2个百分点: that figure only, never the focus
        compared = _EN_IGNORE_BEFORE.search(norm, _back(norm, p, 40), p.start) if lang == "en" else None
        than = i > 0 and than_at == i - 1 and _THAN_GOES_ON.fullmatch(norm, places[i - 1].end, p.start)
        if (compared and compared.group().lower().startswith("than")) or than:
            than_at = i  # "larger than that of Qinghai or Ningxia": the places after 'than' and their list
        if lang == "en" and (compared or than) and not subjects_of_a_clause(places, norm, i):
            # "such as Ningxia, whose GDP …", "faster than Shenzhen's 5.8%", "than Luohu (3.2%)": a figure it owns
            owner = norm[p.end - 2 : p.end] in ("'s", "’s") and _ITS_FIGURE_OF.match(norm, p.end)  # "than the
            # nation's average of 7.8 percent": the name holds its 's, the figure after is the place's own
            p.ignore = not (_OWNS_FIGURE_AFTER.match(norm, p.end) or _OWNS_AFTER_EN.match(norm, p.end) or owner)
            p.compared = True
            if p.ignore:
                starts.add(i)
        field = lang == "en" and _FIELD_BEFORE.search(norm, _back(norm, p, 20), p.start)
        if (
            field
            and not (
                (_OWNS_FIGURE_AFTER.match(norm, p.end) or _ITS_FIGURE_OF.match(norm, p.end))
                and field.group(1).lower() != "among"
                and not _AT_A_FIGURE.match(norm, p.end)  # "led the country at 10.9 percent": the leader's figure
            )
            and (
                any((q.code or q.anaphor) and q.end <= p.start and p.start - q.end < 80 for q in places[:i])
                or _led_by_a_group(norm, p)  # "Both regions led the country with …"
            )
        ):
            p.ignore = True  # "Kunshan ranked first among China's top 100 counties": a ranking's field
        elif field:
            p.compared = True  # "Nanshan outpaced Shenzhen's 5.8 percent": that figure only, never the focus
        if lang == "en" and _UNNAMED_PART_BEFORE.search(norm, _back(norm, p, 50), p.start):
            p.ignore = True  # "A county in Jiangsu has a GDP of …": an unnamed part's figure, not the province's
        if lang == "en" and _RANKED_IN_BEFORE.search(norm, _back(norm, p, 60), p.start):
            p.ignore = True  # "retaining the top position in Shenzhen": a ranking, not the subject
        if p.code == COUNTRY and re.match(
            r"(?:['’]s)?\s*(?:highest|largest|biggest|first|top|second|third|only|most|best|"
            r"leading|fastest|richest|wealthiest|strongest|smallest|poorest|No\.\s?1\b|number one|"
            r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)\b)",
            norm[p.end : p.end + 14],
            re.I,
        ):
            p.ignore = True  # "the country's highest GDP": a comparison, not the country's figure
        if p.text.lower() in _NATIONALLY and _RANK_BEFORE_NATIONALLY.search(norm, _back(norm, p, 30), p.start):
            p.ignore = True  # "entering the top 50 nationally", "8th nationwide": a ranking's field
        if lang == "en" and (_EN_SOURCE_AFTER.match(norm, p.end) or _EN_MEDIA_AFTER.match(norm, p.end)):
            p.ignore = True  # "Shenzhen's statistics show its GDP …": where the data come from, not the subject
        if (
            lang == "en"
            and _ACCORDING_BEFORE.search(norm, _back(norm, p, 70), p.start)
            and _named_after(places, i, norm)
        ):
            # "according to the unified accounting results of Shenzhen's regional GDP, … the GDP of Guangming …": a
            # source, when another place follows in its sentence ("According to the Jiangyin bureau, jiangyin's
            # GDP …", the name after in lower case: the source's own)
            p.ignore = True
        if lang == "en" and _EN_ORIGIN_OF.match(norm, p.end):
            p.ignore = True  # "Taiwan-funded enterprises", "Hong Kong-listed firms": where things come from
        if lang == "en" and p.code != COUNTRY and _AN_BEFORE.search(norm, _back(norm, p, 4), p.start):
            p.ignore = p.ignore or bool(_EN_THING_OF_PLACE.match(norm, p.end))  # "analysts at a Shenzhen brokerage"
        if (
            lang == "en"
            and p.code != COUNTRY
            and _EN_SCOPE_AFTER.match(norm, p.end)
            and any((q.code or q.anaphor) and _same_sentence_before(norm, q, p) for q in places[:i])
        ):
            p.ignore = True  # "Wuhou was Chengdu's largest district at …": the field of a ranking, not the subject
        if (
            p.code == COUNTRY
            and lang == "en"
            and _SETTING_BEFORE.search(norm, _back(norm, p, 22), p.start)
            and not re.match(r"['’]s", norm[p.end : p.end + 2])
        ):
            p.ignore = True  # "the first district in (southern) China": a setting, not the subject
        if (
            p.code == COUNTRY
            and re.match(r"^(?:'s)?\s*[A-Z\u4e00-\u9fff]", norm[p.end : p.end + 4])
            and i + 1 < len(places)
            and 0 <= places[i + 1].start - p.end <= 4
            and places[i + 1].code not in (None, COUNTRY)
        ):
            p.ignore = True  # "East China's Jiangsu province", 中国深圳: a descriptor of the next place
        if p.code == COUNTRY and lang == "zh" and _COUNTED_IN.match(after):
            p.ignore = True  # 全国第三个…的城区, 中国大陆首个: where the place is counted, not the figure's owner
        if (
            p.code == COUNTRY
            and p.text == "国内"
            and (
                _local_before_in_clause(places[:i], norm, p)
                or re.search(r"(?:全|本|该|我)[市县区旗]$", before)
                or _too_small_for_the_country(norm, p.end)
            )
        ):  # 全市国内生产总值 too; 国内生产总值为8243万元 in a county's profile
            p.ignore = True  # 长沙县2016年实现国内生产总值1300亿元: older, loose usage for a place's own GDP
    if lang == "zh":  # 继上海浦东新区、北京海淀区之后: every place of the list
        spread(places, norm, starts, 1)
        spread(places, norm, ends, -1)
    else:  # "behind Kunshan, Jiangyin and Zhangjiagang": every place of the list
        spread_en(places, norm, starts)
        _firms_from(places, norm)


_FIRMS_AFTER = re.compile(  # "Hong Kong, Macao and Taiwan companies", "Hong Kong-funded enterprises"
    r"([\s-](?:funded|invested|owned|based|financed))?\s+(?:companies|enterprises|firms|investors|businesses)\b", re.I
)


def _firms_from(places: list[Place], norm: str) -> None:
    """Ignore the places that name where firms come from ("foreign-owned and Hong Kong, Macao and Taiwan
    companies"), and the places listed with them: a kind of firm, not the subject."""
    for i, p in enumerate(places):
        firms = _FIRMS_AFTER.match(norm, p.end)
        listed = i > 0 and EN_LIST_GAP.fullmatch(norm, places[i - 1].end, p.start)
        if not firms or not (firms.group(1) or listed):
            continue  # "Kunshan companies …" may be its own; a list of places or "-funded" names an origin
        p.ignore = True
        j = i - 1
        while j >= 0 and EN_LIST_GAP.fullmatch(norm, places[j].end, places[j + 1].start):
            places[j].ignore = True
            j -= 1
