"""Counts: counted things (listed companies, high-tech enterprises, patents per 10,000 people), read from the
cues of the indicator records around the figure; the people a text counts are in ``_people``."""

from __future__ import annotations

import re

from ..indicators import INDICATORS
from . import _cues as cues
from ._aspects import opened_measure
from ._opened_lists import list_measure
from ._people import GAP_YEAR, infobox_population, line_label, registered_before
from ._roles import COUNTS, POPULATION, Role, last_match
from ._window import Window

__all__ = ["compared_with_the_last", "count", "count_carried"]

_COUNT_INDICATORS = {r.name for r in INDICATORS.values() if r.unit in ("count", "count_per_10k")}

_ADDED = re.compile(  # a change before the figure, with no other figure between: 新增国家级专精特新“小巨人”企业12家
    r"(?:新增|净增|新认定|新培育|新引进|\bnew(?:ly)? (?:added|listed|recognized)\b|\b(?:add|gain)(?:ed|s|ing)?\b|"
    r"\b(?:cultivat|nurtur|introduc)(?:e|es|ed|ing)\b)"
    r"[^\d]{0,24}$",
    re.I,
)
_ADDED_LIST = (
    re.compile(  # "added 35 high-tech firms and 2 listed companies", 新增高企35家、上市公司2家: the list goes on
        r"(?:新增|净增|新认定|新培育|\b(?:add|gain)(?:ed|s|ing)?\b)[^\d]{0,24}\d[\d,.]*[^\d;；。.，,]{0,40}?"
        r"(?:\band\b|,|、|和|及)"  # then the next noun alone: not "…, and now has 6", 上市公司总数达到6家
        r"(?:(?!\b(?:has|have|had|now|is|are|was|were|total\w*|reach\w*)\b|达|总|共|有|累计)[^\d;；。.，,]){0,16}$",
        re.I,
    )
)
_WERE_LISTED = re.compile(
    r"\s+(?:new\s+|(?-i:[A-Z])[\w'’-]+\s+)?(?:companies|firms|enterprises)\s+(?:(?:from|in|of)\s+[^,;.\d]{2,30}\s+)?"
    r"(?:were|got|went)\s+"
    r"(?:newly\s+)?(?:listed|public)\b",
    re.I,
)
_NURTURED = re.compile(r"cultivat|nurtur|introduc", re.I)
_SO_FAR = re.compile(  # a verb of adding in the perfect, or a total: the count reached, not the ones added
    r"\b(?:has|have)\s+(?:so far\s+|already\s+|now\s+)?(?:cultivat|nurtur|introduc)|\b(?:a total of|so far|"
    r"to date|in total|cumulatively)\b",
    re.I,
)
_ADDED_AFTER = re.compile(r"\s+(?:new|newly[- ](?:added|recognized|certified|listed))\b", re.I)  # "320 new high-tech …"


_CHANGED_TO = re.compile(  # the end of a change between two counts: 增加到, 增至, "to" (after "from 826")
    r"(?:^[家个户件项名]?[，,]?(?:增加|增长|提高|提升|上升|跃升|扩大|减少|下降|增|升|减|降)?(?:到|至)了?"
    r"(?:(?:19|20)\d\d年(?:末|底)?的?)?|"  # 从2020年的720家增加到2025年的1300家
    r"^(?:\s+in\s+(?:19|20)\d\d)?,?\s+(?:to|into)\s+(?:about\s+|nearly\s+|more than\s+|over\s+)?)$",
    re.I,
)
_CHANGED_FROM = re.compile(
    r"(?:从|由|\bfrom\s+)(?:(?:19|20)\d\d\s*年(?:末|底)?的?)?(?:约|近|about\s+|nearly\s+)?[\d.,]+\s*[家个户件项名]?$",
    re.I,
)
_BEST_AFTER = re.compile(  # "China's 100 strongest counties", "the 100 best-performing counties": a ranking's length
    r"\s+(?:strongest|best|richest|wealthiest|largest|biggest|most\s+\w+|leading|top)(?:-[a-z]+)?\s+"
    r"(?:county-level\s+)?(?:counties|districts|cities|economies|provinces|regions|units)\b",
    re.I,
)
_RANKING_SIZE = (
    re.compile(  # "China's top 100 counties", 全国前100名, "Fortune Global 500", 世界500强: a ranking's length
        r"\btop[- ]?$|\bamong\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?$|前$|第$|"
        r"\b(?:Fortune|Forbes)(?:\s+(?:Global|China|World))?\s+$",
        re.I,
    )
)
_RANK = re.compile(r"(?:居|列|排名|排|位|为|是|全市|全省|全国|全区|前进到|上升至|升至|由)第\s*$")
_ZH_PLACES_AFTER = re.compile(r"(?:区县|县区|县市|市县|市区|区|县|乡镇|镇|乡|街道|社区|村|城市|地市|省份|省|园区)")
_ZH_QUALIFIED = re.compile(r"^[\s的]*(?:有效)?(?:国家级|国家|省级|市级|境内外|境内|境外|A股|a股)?")  # 200家国家级高企


_ALL_FIRMS = re.compile(  # a group that is all of a place's firms: a part of it is the place's own count
    r"市场主体|商事主体|经营主体|企业总数|各类企业|(?:all|registered)\s+(?:companies|firms|businesses|enterprises)|"
    r"business entities|market entities",
    re.I,
)


_NEW_ENTITIES = re.compile(  # 新登记市场主体, "new market entities": firms and self-employed set up in the period
    r"新(?:登记|设立?|注册|增)[^，。；,;]{0,6}?(?:市场主体|商事主体|经营主体)|"
    r"\bnew(?:ly)?\s+(?:registered\s+|established\s+)?(?:market\s+(?:entities|players)|business\s+entities)\b",
    re.I,
)
_FIRMS_AMONG_ZH = re.compile(r"其中(?:新设|新登记|新注册)?企业(?:数量)?(?:达到?|为|共)?$")  # …，其中企业2.5万户
_AMONG_EN = re.compile(r"\b(?:including|of\s+which|among\s+(?:them|which))\s+(?:about\s+|nearly\s+|over\s+)?$", re.I)
_FIRMS_AFTER = re.compile(r"\s+(?:were\s+)?(?:enterprises|companies|firms)\b", re.I)  # "…, including 12,000 firms"


def _among_group(group: str, value: float) -> bool:
    """Whether a count after 其中 is a part of the group before it: not all of a place's firms, and
    no larger than the group's own count."""
    sizes = re.findall(r"(\d+(?:\.\d+)?)(万)?\s*(?:家|户|个)", group)
    size = float(sizes[-1][0]) * (10_000 if sizes[-1][1] else 1) if sizes else None
    return not _ALL_FIRMS.search(group) and (size is None or value < size)


_SUBSET_AFTER = re.compile(  # the counted firms that entered a list or pass a size: some of them, not all
    r"\s*[家个户]?[^，,。；;\d]{0,8}?(?:进入|入选|入围|跻身|上榜|位列|荣登|的市值|市值)|"
    r"\s+(?:[\w-]+\s+){0,3}?(?:made|entered|were\s+among|ranked\s+among|are\s+among|"
    r"with\s+(?:a\s+)?market\s+(?:value|capitali[sz]ation)|whose\s+market)\b",
    re.I,
)


_ZH_PLACE_PART = re.compile(r"[，,\s]*[\u4e00-\u9fff]{1,8}?(?:新区|区|县|市|旗)(?=的|\d|有|拥有|达|为|共)")
_SPECIALISED = re.compile(r"专精特新|speciali[sz]ed", re.I)  # the class little giants are the national tier of
_BELOW_NATIONAL = re.compile(  # 省级高新技术企业450家, "provincial-level high-tech firms numbered 450"
    r"(?<!国家级和)(?<!国家级、)(?:省级|市级)(?:以上)?(?:高新技术企业|高企)[^，,。；;\d]{0,4}$|"
    r"\b(?:provincial|municipal|city)[- ]level\s+high[^,;.\d]{0,40}$",
    re.I,
)
_BELOW_NATIONAL_AFTER = re.compile(r"\s*[家个户]?(?:省级|市级)|\s+(?:provincial|municipal|city)[- ]level\b", re.I)


def _count_role(name: str, w: Window) -> Role:
    """A count of ``name``, or of the ones added (新增, 净增, newly added): a change, not a level."""
    unit = "count_per_10k" if name.endswith("10k") else "count"
    listed = name == "listed_companies" and _WERE_LISTED.match(w.after)  # "10 companies were listed": new listings
    added = _ADDED.search(w.clause[-40:])
    if added and _SO_FAR.search(w.clause[-40:]) and _NURTURED.search(added.group()):
        added = None  # "has so far cultivated 120 …", "cultivated a total of 120 …": the number there now
    if name != "new_enterprises" and (
        added or _ADDED_AFTER.match(w.after) or _ADDED_LIST.search(w.before[-100:]) or listed
    ):
        return Role(f"other:added_{name}", unit, w.q.value)
    if name == "high_tech_enterprises" and (_BELOW_NATIONAL.search(w.clause) or _BELOW_NATIONAL_AFTER.match(w.after)):
        return Role("other:provincial_high_tech_enterprises", unit, w.q.value)  # 省级高新技术企业: not national ones
    part = last_match(cues.OF_WHICH, w.before)
    if unit == "count" and _SUBSET_AFTER.match(w.after):  # 8家上市公司进入中国企业500强: the ones on a list
        return Role(f"other:{name}_among_group", unit, w.q.value)
    parent = name == "little_giants" and _SPECIALISED.search(w.before[: part.start()]) if part else False
    place = part is not None and _ZH_PLACE_PART.match(w.before, part.end())  # 其中南山区的上市公司200家: a place's own
    if part and unit == "count" and not parent and not place and _among_group(w.before[: part.start()], w.q.value):
        return Role(f"other:{name}_among_group", unit, w.q.value)  # 集成电路企业超过300家，其中上市企业15家
    return Role(name, unit, w.q.value)


_LISTED_AFTER = re.compile(  # 共有70家企业在境内外上市; "35 companies from Cixi had gone public"
    r"\s*[家个]?(?:企业|公司)(?:在[^，,。；;\d]{0,10})?(?:成功|先后|累计)?(?:挂牌)?上市(?!公司|企业)|"
    r"\s+(?:local\s+)?(?:companies|firms|enterprises)\s+(?:(?:from|in|based in)\s+[\w'’ -]{2,30}?\s+)?"
    r"(?:have|had|has)\s+(?:so far\s+|now\s+)?(?:gone public|been listed|listed)\b",
    re.I,
)
_OWN_NOUN_AFTER = re.compile(  # a noun of its own after an English count (not a verb, a preposition, a time)
    r"\s+(?!(?:of|in|at|and|or|by|to|was|were|is|are|per|for|from|as|with|last|this|that|the|a|an|more|than|"
    r"up|down|each|respectively|so|new|companies|firms|enterprises|businesses|ones|such|now|since|over|"
    r"under|during|year|years|yuan|percent|people|residents)\b)[a-z][a-z-]+",
    re.I,
)
_OTHER_NOUN = re.compile(r"企业|公司|机构|项目|平台|\b(?:firms|companies|enterprises|businesses)\b", re.I)
_PATENTS_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?patents?\b(\s+(?:owned\s+)?(?:per|for every|for each|every)\s+10,?000)?", re.I
)


def _end_of_a_change(w: Window, prev_role: Role | None) -> bool:
    """Whether the figure ends a change from the count just before it ("from 826 to 1,650")."""
    if prev_role is None or prev_role.unit != "count" or w.prev_end is None or not _CHANGED_TO.search(w.near):
        return False
    return bool(_CHANGED_FROM.search(w.norm, max(w.sent.start, w.prev_end - 40), w.prev_end))


_WORDS_OR_YEARS = r"(?:[^.;。；\d]|(?<!\d)(?:19|20)\d\d(?!\d)|\b10,?000\b){0,60}?"  # "per 10,000 …, against"
_COMPARED_WITH = re.compile(  # "12 listed companies, up from 8", "compared with 1.08 million", 比2010年的165万
    _WORDS_OR_YEARS + r"\b(?:up|down|rising|rose|growing|grew|increas(?:ed|ing)|declin(?:ed|ing)|fell|falling)\s+"
    r"from\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?|"
    + _WORDS_OR_YEARS
    + r"\b(?:compared (?:with|to)|against|versus)\s+(?:about\s+|around\s+|just\s+|only\s+)?|"
    + _WORDS_OR_YEARS  # "1,210 square kilometres against Nanshan's 187.5", "5.8 million residents to Nanshan's 1.8
    + r"\b(?:compared (?:with|to)|against|versus|vs\.?|to)\s+"  # million"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city))?['’]s\s+(?:about\s+|around\s+|just\s+|only\s+)?|"
    r"[^。；;\d]{0,6}[，,]?(?:比|较|与)(?:19|20)\d\d年(?:末|底)?(?:的|时)?(?:约|近)?|"
    + _WORDS_OR_YEARS
    + r"\b(?:and|against|versus|compared with)\s+(?:a|the)\s+(?:national|provincial|citywide)\s+"
    r"(?:average|level|figure)\s+of\s+(?:about\s+|around\s+|just\s+|only\s+)?",  # "…, and a national average of 14.9"
    re.I,
)
_TIMES_THE = re.compile(  # "30 times the national figure of 12.0": the figure the ratio is taken of
    r"\s*(?:times\s+)?(?:the|a)\s+(?:national|provincial|citywide|country's|province's|city's)\s+"
    r"(?:average|level|figure|rate)\s+of\s+(?:about\s+|around\s+|just\s+|only\s+)?",
    re.I,
)


def compared_with_the_last(w: Window, prev_role: Role | None) -> Role | None:
    """The bare figure as what the count or population just before it is compared with, or what a ratio
    of one is taken of ("30 times the national figure of 12.0"); else None."""
    if prev_role is None or w.prev_end is None or w.q.unit is not None:
        return None
    record = INDICATORS.get(prev_role.indicator)
    if (
        prev_role.unit == "ratio"
        and record
        and record.unit in _COUNTED
        and _TIMES_THE.fullmatch(w.norm, w.prev_end, w.q.start)
    ):
        return Role(prev_role.indicator, record.unit, w.q.value)
    if prev_role.unit in (*_COUNTED, "km2") and _COMPARED_WITH.fullmatch(w.norm, w.prev_end, w.q.start):
        return Role(prev_role.indicator, prev_role.unit, w.q.value)
    return None


_COUNTED = ("count", "persons", "count_per_10k")
_PER_10K_AFTER = re.compile(
    r"\s*(?:per|for every|for each|every)\s+10,?000\s+(?:people|residents|population|persons)\b", re.I
)


_ZH_PLACE_IS = re.compile(  # 福田区为, 全国平均水平为, 是全国平均水平（12.0件）: another place's figure of the measure
    # (not 其中境外上市60家: 上市 is no place)
    r"^[\s）)]*(?:[和及与、，,])?[\u4e00-\u9fff]{0,10}(?:区|县|(?<!上)市|省|全国|平均水平|平均值|平均)"
    r"(?:(?:最多|最少|居首|次之|其次|居次|第[一二三四五]|紧随其后)[，,]?)?(?:则|仅|也|约)?"  # 南山区最多，达312家
    r"(?:为|是|达到?|有|超过|突破|逾)?(?:约|近)?$|"  # 福田区120家: the verb left out too
    r"^[\s）)]*(?:[和及与、，,])?[\u4e00-\u9fff]{0,10}(?:区|县|(?<!上)市|省|全国|全省|全市|平均水平|平均值|平均)[（(](?:约|近)?$|"
    # 江阴以41家, 慈溪则有36家, 慈溪为27家: a short name with no unit word, then its verb
    r"(?:^|[，,；;、])\s*(?!其中|境内|境外|全年|目前|现有|累计|新增|总数|数量|总量|其余|另有|其他)[\u4e00-\u9fff]{2,3}"
    r"(?:则|仅|也)?(?:以|为|有|约|超过|达)(?:约|近)?$"
)

_EN_PLACE_HAS = re.compile(  # "…, Tianhe has about 60", "while Futian had 120": another place's count of the measure
    r"^\s*(?:(?:(?:while|whereas|and|but)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city))?(?:,[^,;\d]{1,50},)?\s+"
    r"(?:has|had|counts|counted|hosts|hosted|boasts|boasted)|has|had|"  # "Futian, the centre, has just 64"
    r"(?:(?:followed by|then|and|while)\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?with|"  # ", with 312, followed by Bao'an with"
    r"compared (?:with|to)|against|versus|vs\.?)\s+(?:only\s+|just\s+)?"  # "… 104 …, compared with 98 in Nanshan"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more than\s+|fewer than\s+)?$",
    re.I,
)
_EN_PLACES_OWN = re.compile(  # "…, more than Futian's 120 and Longgang's 60 combined", "against Futian's 120"
    r"(?:^|\b(?:than|against|of|with|to|versus|and|over)\s+)(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city))?"
    r"['’]s\s+(?:about\s+|around\s+|nearly\s+|some\s+|only\s+|just\s+)?$",
    re.I,
)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;)]|$|(?:in|at|as of|by|and|but|combined|together)\b)")


_AND_NEXT = re.compile(r"\s*(?:,|、|，|and|和|及|与)\s*(?:and\s+)?")
_EACH = re.compile(r"respectively|分别|各为|依次为", re.I)


def _next_of_a_list(w: Window, prev_role: Role | None) -> Role | None:
    """The count before it, for a figure that follows one in a list said 'respectively' ("54 and 2,900
    respectively", 分别达到54家和2900家); _lists gives each its measure in order."""
    if (
        prev_role is None
        or prev_role.unit != "count"
        or w.prev_end is None
        or not _AND_NEXT.fullmatch(w.norm, w.prev_end, w.q.start)
        or not _EACH.search(w.sent.text)
        or cues.OTHER_COUNT_AFTER.match(w.after)
    ):
        return None
    return Role(prev_role.indicator, "count", w.q.value)


_ELIDED_COUNT = re.compile(  # 上市公司力争达到80家，目前已有60家: the same count, its noun left out
    r"[，,]\s*(?:而|但)?(?:目前|当前|现在|现|如今|截至目前|去年|上年|\d{4}年(?:末|底)?)?"
    r"(?:已|仅|共)?(?:有|为|达到?|是|拥有|增至|增加到)?(?:约|近|超过)?"
)


def _elided_count(w: Window, prev_role: Role | None) -> Role | None:
    """A count in the clause after a count of the vocabulary, with nothing but a time and a verb between,
    the same measure word (家, 个…) and nothing after: the same measure at another time."""
    if prev_role is None or prev_role.unit != "count" or prev_role.indicator.startswith("other:") or w.prev_end is None:
        return None
    word = w.norm[w.q.end - 1]
    if word not in "家个户项件所" or w.norm[w.prev_end - 1] != word:
        return None
    if not _ELIDED_COUNT.fullmatch(w.norm, w.prev_end, w.q.start):
        return None
    return Role(prev_role.indicator, "count", w.q.value) if re.match(r"\s*(?:[，,。；;！!]|$)", w.after) else None


def _zh_noun_after(cue: re.Pattern[str], after: str) -> bool:
    """200家上市公司: the noun after a Chinese count, unless it is the label of the next figure (…：5100余家上市公司：
    213家, a fact box run together)."""
    text = _ZH_QUALIFIED.sub("", after, count=1)
    m = cue.match(text)
    return m is not None and not re.match(r"[^，,。；;\d]{0,6}[:：]", text[m.end() :])


_NOUN_OF_THE_FIGURE_BEFORE = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,3}")


_VERB_ONLY = re.compile(r"\s*(?:达到|达|为|共有|拥有|有|超过|突破|逾|近|约)?\s*")  # …数量最多，达到215家: a verb alone


def _number_of(cue: re.Pattern[str], near: str) -> re.Match[str] | None:
    """The cue of a count's number said in the clause before (…高新技术企业数量最多，达到215家), if no figure since."""
    m = _cue(cue, near)
    return m if m and re.match(r"的?(?:数量|总数)", near[m.end() :]) else None


def _cue(cue: re.Pattern[str], clause: str) -> re.Match[str] | None:
    """The last match of a count's cue in the clause, if no figure stands between it and the end."""
    m = last_match(cue, clause)
    rest = GAP_YEAR.sub("", clause[m.end() :].replace("10,000", "").replace("10000", "")) if m else ""
    return m if m and not re.search(r"\d", rest) else None


def count(w: Window, lang: str, prev_role: Role | None = None) -> Role | None:
    q, clause, after = w.q, w.clause, w.after
    if q.unit is None and infobox_population(w):
        return Role("population", "persons", q.value)
    if q.unit is None and _RANK.search(w.near[-12:]) and re.match(r"\s*(?:位|名)?(?![\d.])", after):
        return Role("other:rank", "count", q.value)  # 增速位居全市第2位, 由全市第10名: a rank, not a count
    if q.unit is None and (
        _RANKING_SIZE.search(w.near[-30:]) or re.match(r"强(?!县|区|市)", after) or _BEST_AFTER.match(after)
    ):
        return None  # "China's top 100 counties", 全国前100名: the length of a ranking, not a count
    firms_among = (
        _FIRMS_AMONG_ZH.search(w.near) if lang == "zh" else _AMONG_EN.search(w.near) and _FIRMS_AFTER.match(after)
    )
    if firms_among and _NEW_ENTITIES.search(w.before):
        return Role("new_enterprises", "count", q.value)  # 新登记商事主体3.2万户，其中企业2.5万户; "25,000 new
        # market entities, including 12,000 firms": the new firms among them
    if _LISTED_AFTER.match(after):
        return _count_role("listed_companies", w)  # 共有70家企业在境内外上市: the firms listed
    for name, cue, noun_after in COUNTS:
        if (
            noun_after.match(w.far_after)
            or noun_after.match(w.clause_after)  # "236 firms were recognized as specialized and … little giants"
            or (lang == "zh" and _zh_noun_after(cue, after))
        ):
            return _count_role(name, w)  # "300 listed companies", 200家上市公司
    listed = _next_of_a_list(w, prev_role) or _elided_count(w, prev_role)
    if listed is not None:
        return listed
    if re.search(
        r"每万人(?:口)?高价值发明专利|high-value (?:invention )?patents? (?:per|for every) 10,?000", clause, re.I
    ):
        return Role("other:high_value_patents_per_10k", "count_per_10k", q.value)  # narrower than all inventions
    own = _PATENTS_AFTER.match(after)
    if own and re.search(r"\b(?:each|every|per)\s+10,?000\b", w.clause, re.I):  # "Every 10,000 residents owned …"
        high_value = re.search(r"high[- ]value", own.group(0), re.I)
        named = re.search(r"invention", own.group(0), re.I) and not high_value
        return Role("invention_patents_per_10k" if named else "other:patents_per_10k", "count_per_10k", q.value)
    if own:  # "… and more than 300 patents per 10,000 residents": not the firms counted before it
        return (
            Role("other:patents_per_10k", "count_per_10k", q.value)
            if own.group(1)
            else Role("other:patents", "count", q.value)
        )
    per_10k = _PER_10K_AFTER.match(after)  # "… ownership of invention patents was 61.5 per 10,000 people"
    patents = per_10k and re.search(r"(high[- ]value )?invention patents?\b(?![^,;]{0,20}\d)", w.clause, re.I)
    if patents:
        name = "other:high_value_patents_per_10k" if patents.group(1) else "invention_patents_per_10k"
        return Role(name, "count_per_10k", q.value)
    label = line_label(w.before)  # "• Listed companies: 206"
    own_noun = lang == "en" and _OWN_NOUN_AFTER.match(after)  # "… and 1,000 industrial enterprises": not the cue's
    own_noun = own_noun or (lang == "zh" and _ZH_PLACES_AFTER.match(after))  # 高新技术企业分布于九个区县: places
    named = (
        [] if own_noun else [(m.end(), -k, name) for k, (name, cue, _) in enumerate(COUNTS) if (m := _cue(cue, clause))]
    )
    if lang == "zh" and not named and not own_noun and _VERB_ONLY.fullmatch(clause):  # 宝安区的高新技术企业
        named = [(m.end(), -k, name) for k, (name, cue, _) in enumerate(COUNTS) if (m := _number_of(cue, w.near))]
    if named:  # "cultivated nine listed companies and increased the number of high-tech companies to 629": the last
        return _count_role(max(named)[2], w)
    for name, cue_before, _noun in COUNTS:
        if (
            label
            and q.unit is None
            and cue_before.search(label.group(1))
            and not re.search(r"\d", re.sub(r"10,?000", "", label.group(1))[-12:])  # not "…per 10,000 people:"
        ):
            return _count_role(name, w)
    total = re.search(r"累计|总量|总数|共有|in total|total (?:of|to|past|above|over|beyond|at)\b", clause)
    # …高新技术企业40家，科技型中小企业累计260家: a total of other firms, not of the ones before it
    other_firms = total is not None and _OTHER_NOUN.search(clause[: total.start()])
    if prev_role is not None and prev_role.unit == "count" and total and not other_firms:
        if prev_role.indicator == "new_enterprises":  # 新设企业1.2万家，企业总数8.1万家: all firms, not the new ones
            return Role("other:enterprises", "count", q.value)
        return Role(prev_role.indicator.removeprefix("other:added_"), "count", q.value)  # 新增6家、累计达46家
    if _end_of_a_change(w, prev_role):
        return Role(prev_role.indicator, "count", q.value)  # 从826家增加到1650家, "rose from 826 to 1,650"
    if q.unit is None and re.fullmatch(r"\s*[-–•·]\s*(?:total|总计|合计)\s*[:：]\s*", w.before, re.I):
        above = w.norm[w.norm.rfind("\n", 0, max(0, w.sent.start - 1)) + 1 : w.sent.start]
        if POPULATION.search(above) and not cues.POPULATION_NOT.search(above):
            return Role("population", "persons", q.value)  # " • Total: 1,859,390" under "Population (2020 census)"
    if (
        label
        and q.unit is None
        and POPULATION.search(label.group(1))
        and not cues.POPULATION_NOT.search(label.group(1))
    ):
        return Role("population", "persons", q.value)
    pop = last_match(POPULATION, clause)
    if (
        pop
        and re.match(r"\s*(?:,|and\b)", clause[pop.end() :])
        and _NOUN_OF_THE_FIGURE_BEFORE.fullmatch(w.norm, w.prev_end or w.q.start, w.clause_start + pop.start())
    ):
        pop = None  # "377,000 agricultural population and 40,300 …": the word names the figure before, not this
    if (
        pop
        and q.unit is None
        and lang == "en"
        and not cues.OTHER_COUNT_AFTER.match(after)  # "1.66 million residents and 40,000 industrial enterprises"
        and not re.search(r"\d", GAP_YEAR.sub("", clause[pop.end() :]))  # "The population in 2009 was 458,000"
        and not cues.POPULATION_NOT.search(clause[max(0, pop.start() - 12) :])
        and not cues.POPULATION_CHANGE.search(clause)
    ):  # "Permanent residents: 1,059,600"; not "… registered households with a total population of 915,000"
        return Role("other:persons" if registered_before(w, pop) else "population", "persons", q.value)
    aspect = opened_measure(w.sent.text)  # "In terms of invention patents per 10,000 people, Nanshan (425) …"
    opened = next((name for name, cue, _ in COUNTS if aspect and cue.search(aspect[0])), None)
    if (
        lang == "zh"
        and prev_role is not None
        and opened in (None, prev_role.indicator)  # 高新技术企业方面，昆山超过2800家: the measure it opens with
        and prev_role.unit in ("count", "count_per_10k")
        and (_ZH_PLACE_IS.search(w.clause) or _ZH_PLACE_IS.search(re.sub(r"^[家个件户]", "", w.near)))
        and re.match(r"\s*(?:[，,。；;！!)）、]|$|以上|左右|多|和|及|紧随其后|紧跟其后|位居|位列|居|排|领跑)", after)
        # not 天河区有21个街道: its own noun; 江阴以41家紧随其后: its rank after it
    ):
        return Role(prev_role.indicator, prev_role.unit, q.value)  # …发明专利拥有量达305件，福田区为102件
    if (
        lang == "en"
        and prev_role is not None
        and prev_role.unit == "count"
        and not prev_role.indicator.startswith("other:")
        and (_EN_PLACE_HAS.match(w.clause) or _EN_PLACE_HAS.match(w.near) or _EN_PLACES_OWN.search(w.clause))
        and _NO_NOUN_AFTER.match(after)
    ):
        return Role(prev_role.indicator, "count", q.value)  # "Nanshan counts over 200 listed companies, Tianhe has 60"
    listed_after = list_measure(w, lang) if q.unit is None else None
    if listed_after in _COUNT_INDICATORS:
        return _count_role(listed_after, w)  # "listed companies - Haidian about 290, Pudong about 200 and …"
    if listed_after == "population":
        return Role("population", "persons", q.value)  # "Population: Haidian 3.13 million, Nanshan 1.8 million"
    if opened and _NO_NOUN_AFTER.match(after):
        return _count_role(opened, w)  # 从每万人发明专利拥有量看，南山区（425件）…: the measure the sentence opens with
    unit_text = w.norm[q.start : q.end]
    if cues.OTHER_COUNT_AFTER.match(after) or (lang == "zh" and re.search(r"[家户个座所件项名]$", unit_text)):
        return Role("other:count", "count", q.value)  # counted things outside the vocabulary
    return None


_CARRIED = {"listed_companies", "high_tech_enterprises", "little_giants"}


def count_carried(last: Role | None, sentence: str) -> Role | None:
    """The count a sentence's last figure hands on to the next sentence's first: any count after ；
    (高新技术企业1200家；南山区超过6000家), and a count of firms of the vocabulary after a full stop too ("… 1,050
    'little giant' firms. Nanshan accounts for the largest share, with 312", …小巨人企业1050家。其中，南山区312家)."""
    english = not re.search(r"[\u4e00-\u9fff]", sentence)
    if last is not None and last.indicator == "population" and english and re.search(r";\s*$", sentence):
        return last  # "Yuhang has 1.4 million permanent residents; Xiaoshan 2.1 million"
    if last is None or last.unit != "count":
        return None
    return last if re.search(r"[;；]\s*$", sentence) or last.indicator in _CARRIED else None
