"""Settling place mentions: one code per mention, from the candidates the gazetteer gives its name and
the rest of the document (parents, siblings and kin named elsewhere, repetition, the population)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

from ..gazetteer import Gazetteer
from ..indicators import INDICATORS
from ._cues import ZH_RANKING_AFTER
from ._place import COUNTRY, ZH_DATELINE_AFTER, ZH_MEDIA_AFTER, Place
from ._renamed import current_code
from ._words import EPITHETS

__all__ = ["settle"]

_WHEN = (  # a time between a short name and its measure: 昆山前三季GDP, 江阴1-9月地区生产总值
    r"(?:去年|今年|全年)?(?:上半年|下半年|前三季度?|前三个季度|[一二三四]季度|第[一二三四]季度?|"
    r"1?\d\s*[-—–至~]\s*1?\d\s*月(?:份)?|一至[二三四五六七八九十]{1,2}月)|去年|今年|全年"
)
_ZH_SUBJECT_AFTER = re.compile(  # 昆山GDP, 浦东2024年地区生产总值: a short name as the subject of GDP
    # 江阴力争2027年GDP达到…: a goal of its own
    r"(?:力争|争取|确保|计划|预计|预期|有望|可望|或将|将|要|已|再次|首次|继续)?"
    r"(?:(?:到|至)?(?:19|20)\d\d年(?:末|底)?|" + _WHEN + r"|目前|如今|现在|当前|眼下|现)?[，,]?"
    r"(?:拥有|共有|现有|有|实现|完成|创造|(?:新增|净增|新认定|新培育|新引进|累计(?:拥有|培育|认定)?)[^，,。；;\d]{0,16}?)?"
    r"(?:(?:19|20)\d\d年|"
    + _WHEN
    + r")?[，,]?(?:全[市县区])?的?(?:A股|境内外|境内|境外|国家级|国家|省级)?(?:"
    + "|".join(r.zh for r in INDICATORS.values() if r.zh)  # 昆山GDP, 昆山拥有上市公司, 昆山以不到…的土地
    + r"|固定资产投资|固投"  # 据统计，昆山固定资产投资增长6%: the one measure whose name is no cue of its own
    + r"|(?:户籍|城镇|农村|城区|外来|流动)人口"  # 昆山户籍人口120万人，常住人口214万人: its people counted
    + r"|经济(?:增长|增速|实现|保持|运行|数据|指标|成绩单|(?=[ \t]*(?:\n|$)))"  # 江阴前三季度经济⏎: a heading's
    + r"|以(?:不到|不足|仅|约)?[^，,。；;]{0,12}的(?:土地|面积|人口)"
    + r"|新(?:登记|设立?|注册|增)[^，,。；;\d]{0,6}?(?:市场主体|商事主体|经营主体|企业)"  # 昆山新登记市场主体5.2万户
    + r"|(?:同比|比上年)?(?:增长|下降|增速|增幅)(?:为|达)?\d)",  # …，江阴增长6.3%: the subject of its rate
    re.I,
)

# 昆山以5530亿元…, 江阴紧随其后，实现5100亿元, 江阴（4.5%）, 江阴的4.5%: a short name before its figure
_ZH_FIGURE_AFTER = re.compile(
    r"(?:(?:19|20)\d\d年|[^。；;，,\d是]){0,12}(?:[，,](?:(?!全[县市区省]|本[县市区])[^。；;，,\d]){0,10})?"
    r"(?:\d[\d.,]*|[一二三四五六七八九两][一二三四五六七八九两十百千零]*多?)\s*"  # 江阴，GDP五千一百多亿: in numerals
    r"(?:(?:万亿|亿|万)元|(?:万亿|亿)(?![人次吨件个家户平]))|"  # 晋江亮眼，GDP突破3000亿大关: yuan unsaid
    r"(?:[（(]|的)\s*(?:约|近)?\d[\d.,]*\s*(?:%|(?:万亿|亿|万)?元)|"
    r"(?:则|也|仅)?(?:为|是)(?:约|近)?\d[\d.,]*\s*%"  # 。江阴则为4.8%: its own rate
)
_AFTER_A_FIGURE = re.compile(r"(?:[\d十百千万亿][ \t]*元|[\d十百千万]亿|\d[ \t]*%)\Z")  # 5000亿元|大关 (no line end)
_SLOGAN_ITEM = re.compile(r"[\u4e00-\u9fff]{3}、[\u4e00-\u9fff]{2}[^\W\d市县区旗州盟镇乡][、，,]")
# 江阴有望在2035年前后跻身万亿县行列, 常熟迈入“三千亿时代”: a short name crossing a level
_ZH_CROSSES_AFTER = re.compile(
    r"[^。；;，,\d]{0,8}?(?:在?(?:19|20)\d\d年(?:前后|左右|底|末)?)?[，,]?"
    r"(?:跻身|迈入|跨入|突破|迈上|迈过|跨过|站上|跨越|晋级)[“\"]?(?:\d|[一二三四五六七八九两十]*[百千万]亿)"
)

_CALLED_A_CITY = re.compile("(?:" + "|".join(EPITHETS) + ")$")  # 小城迁安: said to be a town, then named

# County short names that are everyday words first (资源 "resources", 动力 "momentum", 合作 "cooperation",
# 新华 as in 新华社): with a parent named somewhere in the document they are still words; they are the place
# only right after their parent (哈尔滨动力), before a level word (全区), as a figure's subject or in a list.
_COMMON_WORDS_TEXT = (
    "资源 合作 和平 武功 比如 南部 解放 东方 前进 港口 公安 友好 通道 "
    "共和 城中 友谊 平安 中方 凤凰 安定 延长 新兴 运河 万年 东风 红旗 "
    "光泽 城北 会同 工农 大名 富裕 清水 前锋 复兴 长子 宏伟 平定 洞口 "
    "太和 温泉 向阳 振兴 三元 大方 互助 新华 莲花 平和 名山 新建 新城 "
    "建安 永和 动力"
)
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())

_ZH_SAID_TO_BE = re.compile(
    r"(?:(?:是|成为|作为)[^。；;，,]{0,50}?的|这座|这个|这一)(?P<kind>县级市|县|城区|区)|"  # 昆山这座县级市
    r"(?:是|成为|作为)[^。；;，,]{0,50}?(?P<class>(?:千亿|百强|万亿|\d+亿)[县区]|强县)"  # 慈溪作为浙江千亿县之一
)
_ZH_RANKED_AMONG = re.compile(  # 昆山连续20年蝉联全国百强县之首: a short name ranked among county-level units
    r"(?:连续(?:\d+|[二三四五六七八九十]+)年)?(?:蝉联|位居|位列|居于?|稳居|领跑|雄踞|排名|排在|跻身|入选|名列)"
    r"[^。；;，,\d]{0,6}?(?P<kind>百强县|百强区|千亿县|千亿区|万亿区|县域经济|县级市)"
)
_KIND_WORDS = {
    "百强县": {"county", "county_city", "autonomous_county"},
    "千亿县": {"county", "county_city", "autonomous_county"},
    "县域经济": {"county", "county_city", "autonomous_county"},
    "百强区": {"district", "new_area"},
    "千亿区": {"district", "new_area"},
    "万亿区": {"district", "new_area"},
    "县级市": {"county_city"},
    "县": {"county"},
    "区": {"district", "new_area"},
    "城区": {"district", "new_area"},
}


def _close_kin(code: str, p: Place, gz: Gazetteer) -> set[str]:
    """The places whose naming elsewhere in a document makes a county's short name that county: any ancestor
    for a name in Latin letters or of three characters; for a two-character Chinese one, which is often a
    word (惠民生, 安居乐业, 康乐设施), its prefecture only, not the province in the title."""
    region = gz.get(code)
    if len(p.text) > 2 or p.text[:1].isascii() or region.parent_code is None:
        return {a.code for a in gz.ancestors(region)}
    return {region.parent_code}


def _active_first(codes: list[str], gz: Gazetteer) -> list[str]:
    """The codes a name may stand for: the units that bear it today, else those that bore it, each as its
    place's code today (宁乡县: 430182 宁乡市), unless it was merged into another."""
    codes = list(dict.fromkeys(codes))
    if codes == [COUNTRY]:
        return codes
    active = [c for c in codes if gz.get(c).active]
    return active or list(dict.fromkeys(current_code(gz, c) or c for c in codes))


class _Kinship:
    """Which candidate codes of a name have a parent or a child among the candidates of the document's
    other names, in time linear in the mentions (counts per code, not pairs of names)."""

    def __init__(self, places: list[Place], ancestors: Callable[[str], frozenset[str]]) -> None:
        self.ancestors = ancestors
        self.codes: dict[str, set[str]] = {}
        for p in places:
            if not p.anaphor and p.candidates and p.candidates != [COUNTRY]:
                self.codes.setdefault(p.text, set()).update(p.candidates[:20])
        self.named: Counter[str] = Counter()  # code -> how many names have it as a candidate
        self.above: Counter[str] = Counter()  # code -> how many names have a candidate below it
        self.own_above: dict[str, set[str]] = {}
        for text, codes in self.codes.items():
            self.named.update(codes)
            up = set().union(*(ancestors(c) for c in codes))
            self.own_above[text] = up
            self.above.update(up)

    def related(self, text: str, code: str) -> bool:
        own, own_up = self.codes.get(text, set()), self.own_above.get(text, set())
        has_parent = any(self.named[a] - (a in own) > 0 for a in self.ancestors(code))
        has_child = self.above[code] - (code in own_up) > 0
        return has_parent or has_child


def _parent_beside(places: list[Place], i: int, norm: str) -> Place | None:
    """The place written right before ``places[i]`` with nothing but 的, a possessive or a space between
    (长春市朝阳区, "Changchun's Chaoyang"), or right after it ("Chaoyang district of/in Changchun")."""
    p = places[i]
    before = next((q for q in reversed(places[max(0, i - 3) : i]) if q.end <= p.start and not q.anaphor), None)
    if before and before.candidates and re.fullmatch(r"[\s的]*|['’]s\s+", norm[before.end : p.start]):
        return before
    after = next((q for q in places[i + 1 : i + 4] if q.start >= p.end and not q.anaphor), None)
    if after and after.candidates and _OF_PARENT.fullmatch(norm[p.end : after.start]):
        return after
    return None


def _settled_by_parent(
    places: list[Place], leads: list[Place | None], ancestors: Callable[[str], frozenset[str]]
) -> dict[frozenset[str], set[str]]:
    """For each ambiguous name (by its candidates), the readings a parent written beside one of its mentions
    (``leads``, by mention) picks out ("Nantong's Tongzhou district"): they settle its other mentions too."""
    picked: dict[frozenset[str], set[str]] = {}
    for p, lead in zip(places, leads, strict=True):
        if len(p.candidates) < 2 or p.anaphor or lead is None:
            continue
        fits = {c for c in p.candidates if ancestors(c) & set(lead.candidates)}
        if len(fits) == 1:
            picked.setdefault(frozenset(p.candidates), set()).update(fits)
    return picked


_OF_PARENT = re.compile(  # "Chaoyang district of Changchun", "Lishui, a district of Nanjing,", "Yushu, Jilin,"
    r"\s+(?:(?:district|county|new area|city)\s+)?(?:of|in)\s+|,\s+|\s*[(（]\s*|"  # "Ji'an (Tonghua)"
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:district|county|county-level city|city|banner|new area)\s+(?:of|in|under|administered by)\s+(?:the\s+)?",
    re.I,
)


def _siblings_elsewhere(fixed: list[str], siblings: list[str]) -> bool:
    """Whether the places named beside a bare mention are all siblings of readings other than the one a parent
    fixed at another mention: that mention is of another place of the name."""
    return bool(fixed) and bool(siblings) and not set(fixed) & set(siblings)


def _filed(norm: str, p: Place) -> bool:
    """Whether ``p`` is where a story was filed, its date and 电 after it, in the text's first line."""
    return "\n" not in norm[: p.start].strip() and bool(ZH_DATELINE_AFTER.match(norm, p.end))


def settle(places: list[Place], gz: Gazetteer, norm: str = "") -> None:
    """Pick one code per mention: weak county short names need a named parent, or to be the one place of
    that name repeated in the document or followed by its own level word (缙云全县, 缙云县委); ambiguity
    uses the document."""
    mentions: dict[str, int] = {}
    for p in places:
        mentions[p.text] = mentions.get(p.text, 0) + 1
    named: set[str] = set()
    unique: set[str] = set()  # the codes of names with one candidate ("Haidian"), strong or not
    for p in places:
        p.candidates = _active_first(p.candidates, gz)
        if p.candidates == [COUNTRY]:
            continue
        if len(p.candidates) == 1 and (p.strong or gz.get(p.candidates[0]).level != "county"):
            named.add(p.candidates[0])
        if len(p.candidates) == 1:
            unique.add(p.candidates[0])

    unique_county = Counter(gz.get(u).parent_code for u in unique if gz.get(u).level == "county")
    known = named | unique
    named_or_unique = Counter(gz.get(n).parent_code for n in known)

    def beside(code: str, cands: list[str], by_parent: Counter[str | None]) -> bool:
        """Whether a place other than this name's own candidates shares ``code``'s parent."""
        parent = gz.get(code).parent_code
        own = sum(1 for c in set(cands) if gz.get(c).parent_code == parent and c in known)
        return by_parent[parent] - own > 0

    @functools.cache
    def ancestors(code: str) -> frozenset[str]:
        return frozenset(a.code for a in gz.ancestors(gz.get(code)))

    kin = _Kinship(places, ancestors)
    words: set[int] = set()  # mentions read as everyday words, never a place
    leads = [_parent_beside(places, i, norm) for i in range(len(places))]  # 长春市朝阳区, "Changchun's Chaoyang"
    by_parent = _settled_by_parent(places, leads, ancestors)

    strong_seen: dict[str, set[str]] = {}
    for i, p in enumerate(places):
        if p.anaphor or not p.candidates:
            continue
        if p.candidates == [COUNTRY]:
            p.code = COUNTRY
            continue
        cands = p.candidates
        lead = leads[i]  # the parent written beside it
        lead_codes = set(lead.candidates) if lead else set()
        if not p.strong and _before_a_larger_place(places, i, gz):
            words.add(i)
            continue  # 比如海南省: a county is never written before a province or city, so 比如 is a word
        unit = norm[p.end : p.end + 1]  # the level word after the name, if it is one
        unit = unit if unit and unit in "区县市" else ""
        if p.text in _COMMON_WORDS and unit and all(gz.get(c).name_zh != p.text + unit for c in cands):
            words.add(i)
            continue  # 前海合作区: a zone of cooperation, not 合作市 with a level word it never takes
        if not p.strong and len(p.text) == 2 and _SLOGAN_ITEM.fullmatch(norm, max(0, p.start - 4), p.end + 2):
            words.add(i)
            continue  # 调结构、惠民生、防风险: a three-character slogan in a list of them, not 惠民县
        if not p.strong and _AFTER_A_FIGURE.search(norm, max(0, p.start - 3), p.start):
            words.add(i)
            continue  # 突破5000亿元大关, 迈上千亿大关: a word the figure goes with, not 大关县
        echoed = strong_seen.get(p.text.lower(), set()) if not p.strong else set()
        own = _OWN_LEVEL.match(norm, p.end) if len(cands) > 1 and not p.strong else None  # 湘潭全县上下…: the county
        owned = {c for c in cands if own and gz.get(c).kind in _ECHO_KINDS[_OWN_KIND[own.group(1)]]}
        if not p.strong:
            if p.text in _COMMON_WORDS:
                kept = [c for c in cands if ancestors(c) & lead_codes]  # 哈尔滨动力, not 发展动力 in a Harbin report
            else:
                kept = [
                    c
                    for c in cands
                    if gz.get(c).level != "county"
                    or ancestors(c) & lead_codes  # "Tonghua's Ji'an": the county-level city under Tonghua
                    or ancestors(c) & named & _close_kin(c, p, gz)
                    or c in named
                    or c in echoed  # "Qingyuan District … Qingyuan's": the unit its name with a level word was
                    or c in owned
                    or beside(c, cands, unique_county)
                ]  # a county-level name keeps the reading beside a sibling named once ("Haidian …, Chaoyang's …")
            if (
                not kept
                and len(cands) == 1
                and (
                    (mentions.get(p.text, 0) >= 3 and p.text not in _COMMON_WORDS)
                    or re.match(r"(?:全县|县委|县政府|全区|区委|全市|市委)", norm[p.end : p.end + 3])
                )
            ):
                kept = cands
            if not kept and len(cands) == 1 and _heads_a_row(norm, p):
                kept = cands  # "江阴 4999.8" ⏎ "张家港 3450.0": a table row's label, its numbers after it
            if not kept and _first_then_echoed(places, i, gz):
                kept = cands  # 顺义：前三季度… ¶ 全区实现…: the document's first place, then spoken of as 全区
            if not kept and _heads_the_document(places, i, norm, gz):
                kept = cands  # 数说昆山｜2024年成绩单 ¶ 地区生产总值：…: the headline's one place, the only one named
            if not kept and _plain_short_name(p) and ZH_MEDIA_AFTER.match(norm, p.end):
                kept = cands  # 昆山日报: the paper's own county, read where no other place is the subject
            if not kept and len(cands) == 1 and _filed(norm, p):
                kept = cands  # 中新网大名1月20日电: where the story was filed, an everyday word too
            if not kept and p.text[:1].isascii():
                kept = cands  # English news names county-level cities alone ("Kunshan", "Cixi")
            if not kept and len(cands) == 1 and _CALLED_A_CITY.search(norm, max(0, p.start - 4), p.start):
                kept = cands  # 燕山脚下的小城迁安, 县级市义乌: called a town or county-level city just before
            if not kept and (
                (_ZH_SUBJECT_AFTER.match(norm[p.end : p.end + 40]) and norm[p.end : p.end + 1] not in ",，")
                or _ZH_FIGURE_AFTER.match(norm[p.end : p.end + 40])
                or _ZH_CROSSES_AFTER.match(norm[p.end : p.end + 40])
            ):
                kept = cands  # 昆山GDP达5280亿元, 江阴地区生产总值…: a short name as the subject of a figure
            if (
                not kept
                and len(cands) == 1
                and p.text not in _COMMON_WORDS
                and (_opens_a_figures_sentence(places, i, norm) or _after_a_fronted_figure(p, norm))
            ):
                kept = cands  # 昆山综合实力强劲，2024年GDP约5380亿元: the sentence's subject, its figure after;
                # 以5380亿元的GDP，昆山…, GDP达5380亿元的昆山: its figure set before it
            said_to_be = _ZH_SAID_TO_BE.match(norm[p.end : p.end + 60]) or _ZH_RANKED_AMONG.match(norm, p.end)
            if not kept and said_to_be and len(cands) == 1:
                kind = said_to_be.group("kind") or "百强" + (said_to_be.groupdict().get("class") or "")[-1:]
                kinds = _KIND_WORDS.get(kind, set())  # 5000亿县, 强县: a county or county-level city
                kept = [c for c in cands if gz.get(c).kind in kinds]  # 昆山是全国首个…的县级市
            cands = kept
        if not cands:
            continue
        if lead_codes and not any(ancestors(c) & lead_codes for c in cands):  # "Qinglong county in Qinhuangdao":
            cands = [c for c in p.namesakes if ancestors(c) & lead_codes] or cands  # the autonomous county there
        if len(cands) > 1:  # 长春市朝阳区, 福州鼓楼区, "Changchun's Chaoyang": the parent written just before
            cands = [c for c in cands if ancestors(c) & lead_codes] or cands
        if len(cands) > 1:  # "Tongzhou ranks 35th … Nantong's Tongzhou district": as its parent fixed it elsewhere,
            # unless the places named around are another reading's siblings (鼓楼区 among 江宁区、秦淮区 in a Nanjing
            # story that names 福州市鼓楼区 once)
            fixed = [c for c in cands if c in by_parent.get(frozenset(p.candidates), ())]
            siblings = [c for c in cands if beside(c, cands, named_or_unique)]
            cands = cands if _siblings_elsewhere(fixed, siblings) else fixed or cands
        if len(cands) > 1:  # "Hainan province … Hainan's 790 billion yuan": the reading named outright elsewhere,
            # unless another reading is its parent ("Changsha County … Changsha's GDP" is the city's)
            outright = [c for c in cands if c in named and not ancestors(c) & set(cands)]
            cands = outright or cands
        cands = [c for c in cands if c in owned] or cands
        if len(cands) > 1:  # …, and not Qingyuan city (清远): but "Changsha County … Changsha's GDP" is the city's
            cands = [c for c in cands if c in echoed and not ancestors(c) & set(cands)] or cands
        if len(cands) > 1:
            with_parent = [c for c in cands if ancestors(c) & named]
            cands = with_parent or cands
        if len(cands) > 1:  # "Liuyang, a county-level city under Changsha": the city over Changsha County
            parents = [c for c in cands if any(gz.get(k).parent_code == c for k in known - set(cands))]
            cands = parents or cands
        if len(cands) > 1:  # 鼓楼区 beside 台江区 and 仓山区: the one among its named siblings
            siblings = [c for c in cands if beside(c, cands, named_or_unique)]
            cands = siblings or cands
        if len(cands) > 1:  # "Gulou district of Fuzhou": both names ambiguous, one pair is child and parent
            cands = [c for c in cands if kin.related(p.text, c)] or cands
        if len(cands) > 1:
            cands = sorted(cands, key=lambda c: -(gz.get(c).pop_2020 or 0))
            p.guessed = True
        p.code = cands[0]
        if p.strong:  # "Qingyuan District", 青原区: what a bare Qingyuan, 青原 said after it is
            strong_seen.setdefault(_LEVEL_WORD.sub("", p.text.lower()), set()).add(p.code)
    _listed_with_kept(places, gz, norm)
    _beside_a_kept_sibling([p for i, p in enumerate(places) if i not in words], gz)
    _written_out_later([p for i, p in enumerate(places) if i not in words], strong_seen)


_LEVEL_WORD = re.compile(r"(?:\s+(?:district|county|county-level city|city|new area|banner)|[区县市旗])$")
_OWN_LEVEL = re.compile(r"全(县|区)")  # 湘潭全县上下, 荆州全区: the unit of that level of the name (湘潭县, not 湘潭市)
_OWN_KIND = {"县": "county", "区": "district"}
_ECHO_KINDS = {
    "county": {"county", "autonomous_county", "banner", "autonomous_banner"},
    "district": {"district", "new_area"},
    "city": {"county_city"},
}


_SENTENCE_OPENING = re.compile(  # 2024年，…, 上半年，…, “小上海”…: what may open a sentence before its subject
    r"(?:(?:19|20)\d\d年|去年|今年|" + _WHEN + r"|[“”\"「」『』][^“”\"「」『』。，,]{0,8}[“”\"「」『』]|[，,\s]|"
    r"(?:今年|年初)以来|(?:截至|截止|到|至)[^，,。]{0,10}|"  # 截止到2007年9月，…
    r"[^，,。\d]{0,8}(?:显示|表明|统计|了解到|获悉|介绍)|"  # 数据显示，…
    r"其中|而|同时|此外|另外|与此同时)*"  # 其中，昆山…, 而江阴…: a word leading on from the sentence before
    r"(?:[^，,。；;！？!?\n]{2,30}?的)?"  # 总面积不到1000平方公里的昆山，…: the subject with what describes it
)
_ITS_FIGURE = re.compile(  # money, a rate, or a count of people, firms or land: 昆山，常住人口210万
    r"[^。；;！？!?\n]{0,40}?\d[\d.,]*\s*(?:(?:万亿|亿|万)?(?:元|%)|万?(?:人|家|个|件)|平方公里|万(?=[。；;，,\s]|$))"
)


_ROW_BEFORE = re.compile(r"(?:^|\n)[ \t|]*(?:\d{1,3}[.、)]?[ \t|]+)?\Z")  # a line's start, a rank perhaps
_ROW_AFTER = re.compile(r"[ \t]*(?:[|\t][ \t]*|[ \t]{1,})[-+]?\d[\d.,]*[ \t]*(?:%|[|\t]|$)", re.M)


def _heads_a_row(norm: str, p: Place) -> bool:
    """Whether ``p`` opens a line of a table whose next cell is a bare number ("江阴 4999.8", "| 2 | 江阴 | …")."""
    return bool(_ROW_BEFORE.search(norm, max(0, p.start - 12), p.start) and _ROW_AFTER.match(norm, p.end))


def _sentence_start(norm: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (；is folded to ;)."""
    return max(norm.rfind(c, 0, pos) for c in "。！？!?；;\n") + 1


def _opens_a_figures_sentence(places: list[Place], i: int, norm: str) -> bool:
    """Whether a county short name opens its sentence (after a year, a nickname in quotes at most) and a
    figure follows in it with no other place between: the sentence's subject (昆山综合实力强劲，2024年GDP约…,
    “小上海”昆山，去年GDP…)."""
    p = places[i]
    start = _sentence_start(norm, p.start)
    if not _SENTENCE_OPENING.fullmatch(norm, start, p.start):
        return False
    figure = _ITS_FIGURE.match(norm, p.end)
    between = [q for q in places[i + 1 :] if figure and p.end <= q.start < figure.end()]
    return bool(figure) and all(ZH_RANKING_AFTER.match(norm, q.end) for q in between)  # 成为中国百强县之首: a field


# 以5380亿元的GDP，…, 凭借5380亿元的经济总量，…, GDP达5380亿元的…: a figure set before its subject
_FRONTED_FIGURE = re.compile(
    r"\W*(?:以|凭借|凭|靠|(?:GDP|gdp|地区生产总值|经济总量)(?:为|达到?|突破|超过?))(?:约|近|超)?\d[\d.,]*\s*(?:万亿|亿|万)?元"
    r"(?:的(?:GDP|gdp|地区生产总值|经济总量|总量)[,，]|的)"
)


def _after_a_fronted_figure(p: Place, norm: str) -> bool:
    start = _sentence_start(norm, p.start)
    return bool(_FRONTED_FIGURE.fullmatch(norm, start, p.start))


def _plain_short_name(p: Place) -> bool:
    """A Chinese county short name of one reading that is not an everyday word: one the document's shape
    (its first place, its headline's) may settle."""
    return len(p.candidates) == 1 and p.text not in _COMMON_WORDS and not p.text[:1].isascii()


def _first_then_echoed(places: list[Place], i: int, gz: Gazetteer) -> bool:
    """Whether a county short name of one reading, not an everyday word, is the document's first place
    and the first 全县/全区/全市 after it, before any other place, is of its kind (a county, a
    district, a county-level city)."""
    p = places[i]
    if not _plain_short_name(p):
        return False
    if any(q.candidates and q.candidates != [COUNTRY] for q in places[:i]):
        return False
    echo = next((q for q in places[i + 1 :] if q.anaphor or (q.candidates and q.candidates != [COUNTRY])), None)
    if echo is None or not echo.anaphor:
        return False
    return gz.get(p.candidates[0]).kind in _ECHO_KINDS.get(echo.anaphor, set())


def _heads_the_document(places: list[Place], i: int, norm: str, gz: Gazetteer) -> bool:
    """Whether a county short name of one reading, not an everyday word, stands in the document's first line
    (a headline: 数说昆山｜2024年成绩单来了) and the document names no other place than it, its own parents
    and the country; a 全县/全区/全市 after it must be of its kind."""
    p = places[i]
    if not _plain_short_name(p):
        return False
    start = len(norm) - len(norm.lstrip())
    end = norm.find("\n", start)
    if end < 0 or not norm[end:].strip() or p.end > end or end - start > 40 or "。" in norm[start:end]:
        return False  # a headline is a short line of its own, no sentence, with the text under it
    own = {p.candidates[0], COUNTRY} | {a.code for a in gz.ancestors(gz.get(p.candidates[0]))}
    gz_kind = gz.get(p.candidates[0]).kind
    echo = next((q.anaphor for q in places[i + 1 :] if q.anaphor in _ECHO_KINDS), None)
    if echo and gz_kind not in _ECHO_KINDS[echo]:
        return False
    return all(q.anaphor or not q.candidates or q.text == p.text or set(q.candidates) <= own for q in places)


def _before_a_larger_place(places: list[Place], i: int, gz: Gazetteer) -> bool:
    """Whether a county-level short name runs straight into a province's or a city's full name."""
    p, nxt = places[i], places[i + 1] if i + 1 < len(places) else None
    if nxt is None or nxt.start != p.end or not nxt.strong or nxt.candidates in ([], [COUNTRY]):
        return False
    county = all(gz.get(c).level == "county" for c in p.candidates)
    return county and all(gz.get(c).level in ("province", "prefecture") for c in nxt.candidates)


_LIST_JOIN = re.compile(r"[、,，]|和|与|及")


def _listed_with_kept(places: list[Place], gz: Gazetteer, norm: str) -> None:
    """A county short name listed beside kept county-level names (昆山、江阴、张家港三市) is one of them,
    though no parent or sibling of its own is named."""
    for i, p in enumerate(places):
        if p.code or p.anaphor or len(p.candidates) != 1 or gz.get(p.candidates[0]).level != "county":
            continue
        beside = [q for q in (places[i - 1] if i else None, places[i + 1] if i + 1 < len(places) else None) if q]
        for q in beside:
            gap = norm[q.end : p.start] if q.end <= p.start else norm[p.end : q.start]
            if q.code and q.code != COUNTRY and gz.get(q.code).level == "county" and _LIST_JOIN.fullmatch(gap):
                p.code = p.candidates[0]
                break


def _beside_a_kept_sibling(places: list[Place], gz: Gazetteer) -> None:
    """A county short name of one reading, not an everyday word, whose sibling under the same city was
    kept (南山 read as Shenzhen's because 福田 is named): the two name each other, so 福田 is kept too."""
    kept = {
        gz.get(q.code).parent_code for q in places if q.code and q.code != COUNTRY and gz.get(q.code).level == "county"
    }
    for p in places:
        if p.code or p.anaphor or len(p.candidates) != 1 or p.text in _COMMON_WORDS:
            continue
        unit = gz.get(p.candidates[0])
        if unit.level == "county" and unit.parent_code in kept:
            p.code = unit.code


def _written_out_later(places: list[Place], written: dict[str, set[str]]) -> None:
    """龙华 in a headline, 龙华区 in the story: a county short name left unread for want of support is the
    place its name with a level word was read as, wherever in the document that is written."""
    for p in places:
        if p.code or p.anaphor or p.strong or p.text in _COMMON_WORDS:
            continue
        codes = written.get(p.text.lower(), set()) & set(p.candidates)
        if len(codes) == 1:
            p.code = codes.pop()
