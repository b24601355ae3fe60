"""Place mentions in text through the gazetteer, settled with the rest of the document.

Chinese: full names (南山区, 深圳市) always; short names of provinces and prefectures (深圳, 广东);
short names of counties (南山, 海淀) when a parent of theirs is named somewhere in the document.
English: pinyin names with an optional level word ("Nanshan district", "Pudong New Area", "Kunshan").
"China", 全国, "national" and the like are the country (code ``CN``). An ambiguous name (南山区 in
Shenzhen and in Hegang) takes the candidate whose parents the document names, else the most populous.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from ..gazetteer import Gazetteer, Region
from ._cues import MONTH_NAME
from ._generic_names import short_names_again
from ._kinds import kinds_of
from ._mentions import mark_ignored
from ._peoples import EN_PEOPLES, informal_names, named_for_peoples
from ._place import COUNTRY, Place
from ._settle import settle
from ._trie import trie_regex
from ._unnamed import units_named_later
from ._words import is_word, town_ends_at

__all__ = ["COUNTRY", "Place", "find_places"]


@dataclass
class _Index:
    zh_full: dict[str, list[Region]] = field(default_factory=dict)
    zh_short: dict[str, list[Region]] = field(default_factory=dict)
    en: dict[str, list[Region]] = field(default_factory=dict)
    en_short: dict[str, list[Region]] = field(default_factory=dict)  # "Qi", "Li": only with a level word after
    zh_re: re.Pattern[str] | None = None
    en_re: re.Pattern[str] | None = None
    parent: dict[str, str] = field(default_factory=dict)  # each code's parent, in its latest version

    def is_name(self, text: str) -> bool:
        return text in self.zh_full or text in self.zh_short

    def under(self, code: str, ancestor: str) -> bool:
        """Whether ``code`` lies under ``ancestor`` (a county under its city or province)."""
        for _level in range(3):
            code = self.parent.get(code, "")
            if code == ancestor:
                return True
        return False


_ZH_COUNTRY = ["中国", "全国", "我国", "国内生产总值", "大陆"]  # 大陆: the mainland, as Taiwan's and HK's press say
_EN_COUNTRY = (  # "national" only before a measure of the economy, never "national high-tech …"
    r"China|China's|Chinese economy|the country's|the country|the nation's|nationwide|nationally|national average|"
    r"national total|national (?:level|rate|figure|pace)(?: of| was| is| stood at)?|national(?= \d)|"
    r"national (?:(?:gdp|economic)\s+)?growth(?:\s+rate)?(?:\s+of)?|national (?:economy|gdp)"
)
_ZH_LANDMARK_AFTER = re.compile(  # not where a place's name starts: 重庆江北区, 天津河北区, 黄埔港区
    r"(?:[江河湖港](?![南北东西口]?[区县市])|[东南西北中]?(?:路|大道|大街)|桥|湾|机场|站|"  # 芙蓉北路: a road
    r"汽车|集团|股份|控股|银行|证券|置业|实业|有限公司|公司)"  # 福田汽车, 江阴银行: a firm named after a place
)
_EN_LANDMARK_AFTER = re.compile(
    r"\s+(?-i:River|Lake|Bay|Mountains?|Hills?|Road|Street|Avenue|Bridge|Port|Airport|Railway|Station|"
    r"University|Hospital|Square|Temple|Stock Exchange|Tunnel|Canal|Estuary|Delta|Plain|Valley|Forest|Bank)\b"
)
_EN_COUNTRY_ORG_AFTER = re.compile(  # "China Daily", "China Economic Herald", "China development network": a
    # newspaper, firm or body named after the country, not the country as a place (a story's by-line)
    r"\s+(?:(?-i:Daily|News|Mobile|Unicom|Telecom|Merchants|Everbright|Minsheng|Radio|Institute|Academy|"
    r"Association|Council|Society|Chamber|Federation|Media|Times|International|Sea)\b|"  # the East China Sea
    r"(?:economic|business|financial|securities|youth|science|development|news|central|global|reform)"
    r" (?:herald|net|daily|information|times|news|journal|network|service|television|bank|weekly)\b)",
    re.IGNORECASE,
)
_PAIRED = re.compile(r"[-–/](?-i:[A-Z])[A-Za-z]+")  # "China–Singapore", "China-EU" (not "China – GDP …")
_JOINED = re.compile(r"[-–](?-i:[A-Z])[a-z]+")  # "Yiwu-Xinjiang-Europe", "Chengdu-Chongqing": a chain of names
_JOINED_BEFORE = re.compile(r"[A-Za-z][-–]$")
_EN_LEVEL = r"(?:\s+(?:New\s+Area|District|County|City|Province|Municipality|Autonomous\s+Region))?"
_FIRMS = {"Ping An"}  # firms named like a place spelt apart
_NOT_PLACES = {"xinhua", "kang", "annual", "haier", "tencent", "meituan", "jingdong", "huawei", "alibaba"}
# county names spelt as everyday English words, capitalised at the start of a line or in a title ("Guide:",
# "Hailing from …"): a place only with its level word ("Guide County"); the common ones by word frequency,
# but not "Mile", a city called so alone
_NOT_PLACES |= {"guide", "guiding", "wanting", "dean", "boxing", "lean", "saga", "jingle", "hailing"}
_SURNAME_WORDS = (  # common surnames in pinyin: a name before a given name is a person (盛来运: not 嵊州)
    "Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie "
    "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu "
    "Ding Ren Shen Yao Jiao Xiang Qiu Ouyang Qin Fan Fu Kong Mao Qian Dai Bai Hou Meng Long Wan Duan Lei "
    "Tan Jin Sheng Kang Xue Fang Hao Gu Shao Zou Xiong Jia Xia Yin Mo Lai Shi Wen Ge Yan"
)
_SURNAMES = set(_SURNAME_WORDS.split())


def _spelt(r: Region) -> str:
    return r.name_en_core.lower().replace("'", "")


@functools.lru_cache(maxsize=2)
def _index(gz: Gazetteer) -> _Index:
    idx = _Index()
    best: dict[str, Region] = {}
    for r in gz.all():  # one version per code: the latest
        if r.code not in best or r.valid_from > best[r.code].valid_from:
            best[r.code] = r
    for r in best.values():
        idx.parent[r.code] = r.parent_code or ""
        idx.zh_full.setdefault(r.name_zh, []).append(r)
        if len(r.short_zh) >= 2 and r.short_zh != r.name_zh:
            idx.zh_short.setdefault(r.short_zh, []).append(r)
        key = r.pinyin.lower().replace("'", "")
        if "ü" in key:  # "Lüliang" is also written "Lvliang" and "Luliang"
            idx.en.setdefault(key.replace("ü", "v"), []).append(r)
            idx.en.setdefault(key.replace("ü", "u"), []).append(r)
        if len(key) >= 4:
            idx.en.setdefault(key, []).append(r)
        elif key:
            idx.en_short.setdefault(key, []).append(r)
        if r.name_zh in ("城区", "郊区", "矿区"):  # "Chengqu, Jincheng", "Jiaoqu, Yangquan": the encyclopedias' names
            idx.en.setdefault(key + "qu", []).append(r)
        conventional = _spelt(r)
        if conventional != key:  # "Inner Mongolia", "Harbin" (not Ha'erbin), "Kashgar"
            idx.en.setdefault(conventional, []).append(r)
    informal: dict[str, list[Region]] = {}
    for r in best.values():
        for alias in informal_names(r):  # 长阳县, 长阳自治县 for 长阳土家族自治县; 管城区 for 管城回族区
            if alias not in idx.zh_full:
                informal.setdefault(alias, []).append(r)
    idx.zh_full.update(informal)
    for generic in _GENERIC:
        # 阳泉市城区, 攀枝花东区, 北京东城: a generic name (or short name) is one place after its city
        for r in [*idx.zh_full.pop(generic, []), *idx.zh_short.pop(generic, [])]:
            parent = gz.get(r.parent_code) if r.parent_code in gz else None
            for lead in {parent.name_zh, parent.short_zh} if parent else ():
                idx.zh_full.setdefault(lead + generic, []).append(r)
    names = set(idx.zh_full) | set(idx.zh_short) | set(_ZH_COUNTRY)
    idx.zh_re = re.compile(trie_regex(sorted(names)))
    idx.en_re = re.compile(r"\b(?P<country>" + _EN_COUNTRY + r")\b", re.IGNORECASE)
    return idx


_ZH_ANAPHORA = re.compile(
    r"[该全我][区县市省旗盟]|(?<![样资成基日根文剧账课版书原范标蓝脚])本[区县市省旗盟]|"  # not 样本县 (sample counties)
    r"(?<![在到从])这里(?=[^，。；,;]{0,6}(?:贡献|创造|实现|拥有|聚集|集聚|有|的))|"  # 这里贡献了…: the place in focus
    r"(?<=[。；;！？\n])其(?=GDP|gdp|经济|地区生产总值|人均|常住|面积|上市|财政|一般公共)"  # 。其GDP…: it, as "its"
)  # a banner (旗) is a county, a league (盟) a prefecture of Inner Mongolia
_PLACE_ADJECTIVES = (  # "the eastern province", "the coastal city", "the southwestern county": the place before
    r"(?:(?:(?:north|south)(?:east|west)|north|south|east|west)ern|central|coastal|inland|landlocked|border|"
    r"mountainous|hilly|rural|suburban|industrial|manufacturing|prosperous|populous|wealthy|affluent|booming|"
    r"sprawling|small|tiny|bustling|agricultural|port|riverside|island|tech|high-tech)[ -]"
)
_EN_ANAPHORA = re.compile(
    r"\b(?:the|this) (?:(?:neighbou?ring|nearby|whole|entire) )?(?:" + _PLACE_ADJECTIVES + r")?(county-level city|"
    r"district|county|city|area|new area|province|prefecture(?![- ]level))\b|\b(?:it|its)\b|"
    r"\b(?:city|county|district|province)[- ]?wide\b|"
    r"\bprovincial(?=\s+(?:gdp|general|fiscal|economy|economic|output|revenue|budget|retail|population|average|"
    r"level|figure|rate)\b)|"  # "The provincial government has set …": the subject, not "set by the provincial …"
    r"(?-i:(?<=\bThe ))(?:provincial|municipal)(?=\s+(?:government|authorities|statistics|bureau)\b)",
    re.IGNORECASE,
)
_OF_A_NAME = re.compile(r"\s+of\s+")
_GENERIC = {  # generic names (or short names): one place only after their city
    *("新区", "城区", "郊区", "矿区", "市中区", "市辖区", "东区", "西区", "南区", "北区", "中区", "高新区", "开发区"),
    *("新城区", "老城区", "中心区", "市区", "县城", "东城", "西城"),
}


def _other_language_places(norm: str, lang: str, idx: _Index, lines: list[tuple[int, int]]) -> list[Place]:
    """Places named in the lines written in the other language (an English line on a Chinese page)."""
    out: list[Place] = []
    for start, end in lines:
        found = _find_en(norm[start:end], idx) if lang == "zh" else _find_zh(norm[start:end], idx)
        if lang == "zh":
            found = [p for p in found if p.candidates != [COUNTRY]]  # the country is found already
        out += [dataclasses.replace(p, start=p.start + start, end=p.end + start) for p in found]
    return out


def find_places(norm: str, lang: str, gz: Gazetteer, other_lines: list[tuple[int, int]] | None = None) -> list[Place]:
    idx = _index(gz)
    places = _find_zh(norm, idx) if lang == "zh" else _find_en(norm, idx)
    if lang == "zh":
        places += _find_en(norm, idx, country_only=True)
    places += _other_language_places(norm, lang, idx, other_lines if other_lines is not None else [])
    named = {p.start for p in places}
    for m in (_ZH_ANAPHORA if lang == "zh" else _EN_ANAPHORA).finditer(norm):
        word = m.group(0)
        of = _OF_A_NAME.match(norm, m.end())
        if of and of.end() in named:
            continue  # "The city of Hefei, …, reported its GDP": the name it gives, no place spoken of before
        kind = (
            "district"
            if "区" in word or "district" in word.lower() or "area" in word.lower()
            else "city"
            if "county-level city" in word.lower()
            else "prefecture"
            if "prefecture" in word.lower()
            else (
                "county"
                if "县" in word or "旗" in word or "county" in word.lower()
                else "city"
                if "市" in word or "盟" in word or "city" in word.lower() or "municipal" in word.lower()
                else "province"
                if "省" in word or "provinc" in word.lower()
                else "any"  # it, its, 其
            )
        )
        places.append(Place(m.start(), m.end(), word, [], anaphor=kind))
    if lang == "zh":
        places = _this_place(norm, places)
    places.sort(key=lambda p: p.start)
    settle(places, gz, norm)
    places = short_names_again(norm, places, gz) if lang == "zh" else places  # 北京市东城区 … 东城,位于…
    units_named_later(places, gz, norm)
    mark_ignored(places, norm, lang)
    return places


_ZH_THIS = re.compile(  # 这座城市, 这座滨海城市, 这个经济大省, 这个西部省份: the place of that level named before
    r"这[个座片](?P<said>[\u4e00-\u9fff]{0,6}?)(?P<level>省份|大省|省|城市|县城|县|城区|区|市)"
    r"(?![场长委民政级域间别群])"
)
_ZH_THIS_KIND = {"省份": "province", "大省": "province", "省": "province", "县城": "county", "县": "county"}


def _this_place(norm: str, places: list[Place]) -> list[Place]:
    """The places with 这个/这座 … anaphors added, and a name read inside one's words dropped (滨海城市 is no
    海城市); an anaphor whose words begin with a name (这座昆山市) is no anaphor."""
    for m in _ZH_THIS.finditer(norm):
        inside = [p for p in places if not p.anaphor and m.start() <= p.start and p.end <= m.end()]
        if any(p.start == m.start("said") for p in inside):
            continue
        places = [p for p in places if p not in inside]
        kind = _ZH_THIS_KIND.get(m.group("level"), "district" if "区" in m.group("level") else "city")
        places.append(Place(m.start(), m.end(), m.group(), [], anaphor=kind))
    return places


_CONJOINED_COUNTY = re.compile(r"[和与及同]县(?:人大|政协|委|政府|人民|纪委|直|各|级|城|里|内|乡)")
_CONJOINED_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![省市州盟的在])$")  # a word before the conjunction


def _find_zh(norm: str, idx: _Index) -> list[Place]:
    out = []
    assert idx.zh_re is not None
    pos = 0
    written: set[str] = set()  # the full names the document writes
    run_on: list[Place] = []  # short names run into the next word: kept where the document writes their full name
    while True:
        m = idx.zh_re.search(norm, pos)
        if not m:
            break
        text = m.group(0)
        if not text:
            pos = m.end() + 1
            continue
        pos = m.end()
        if text in _ZH_COUNTRY:
            if (
                text == "全国"
                and not re.match(  # 全国2.68%的平均水平, 而全国为5%: the country's own rate too
                    r"(?:的)?(?:经济|gdp|GDP|地区生产总值|国内生产总值|人口(?!普查)|面积|平均|总)|"
                    r"(?:为|是)?\(?(?:约|近)?\d[\d.]*\s*%(?!的(?!平均|水平|增速|增幅|速度))",  # not 全国2%的土地
                    norm[m.end() : m.end() + 12],
                )
            ):
                continue  # 全国第一, 全国城市: a ranking, not the country as subject
            if text == "中国" and m.start() > 0 and norm[m.start() - 1] in "其集心":
                continue  # 其中国家级, 集中国有: 中 ends the word before it
            if text == "大陆" and (
                re.match(r"性|架|桥|漂移|板块", norm[m.end() : m.end() + 2]) or norm[m.start() - 1 : m.start()] == "国"
            ):
                continue  # 大陆性季风气候, 亚欧大陆桥: no country; 中国大陆: 中国 says it
            if text == "中国" and re.match(r"特色|式现代化|梦", norm[m.end() : m.end() + 5]):
                continue  # 中国特色社会主义, 中国式现代化: a doctrine's name, not the country as subject
            if text == "国内生产总值":
                out.append(Place(m.start(), m.start() + 2, "国内", [COUNTRY], strong=False))
            else:
                out.append(Place(m.start(), m.end(), text, [COUNTRY]))
            continue
        full = idx.zh_full.get(text)
        if (
            full
            and _CONJOINED_COUNTY.match(norm, m.start())
            and _CONJOINED_BEFORE.search(norm[max(0, m.start() - 1) : m.start()])
        ):
            continue  # 在县委的领导和县人大的监督下: 'and the county's congress', not He County (和县)
        if full and len(text) == 2 and norm[m.start() - 1 : m.start()] in ("最", "首", "更", "较"):
            continue  # 中国最富县, 首富县: the richest county, not Fu County (富县)
        cut = _kind_runs_on(text, norm, m.end()) if full else 0
        if cut:  # 晋江县域经济, 德惠地区生产总值: the short name's county economy or GDP, not a 晋江县, 德惠地区 of old
            short = idx.zh_short.get(text[:-cut], [])
            if short:
                out.append(Place(m.start(), m.end() - cut, text[:-cut], [r.code for r in short], strong=False))
            continue
        if full and all(r.valid_to is not None for r in full) and not is_word(norm, m.start(), m.end(), idx.is_name):
            continue  # 设立新区: 立新区 (gone since 1984) runs into the word 设立
        if full and text.endswith("山区") and not is_word(norm, m.start(), m.end(), idx.is_name):
            continue  # 皖南山区, 浙南山区: mountain areas (山区), not 南山区
        if full:
            out.append(Place(m.start(), m.end(), text, [r.code for r in full], strong=True))
            written.add(text)
            continue
        short = idx.zh_short.get(text, [])
        prefecture = (
            [r for r in short if r.kind == "autonomous_prefecture"] if norm[m.end() : m.end() + 1] == "州" else []
        )
        if prefecture:  # 恩施州, 延边州, 伊犁州: an autonomous prefecture by its short name and 州
            out.append(Place(m.start(), m.end() + 1, text + "州", [r.code for r in prefecture], strong=True))
            pos = m.end() + 1
            continue
        inner = _full_inside(norm, idx, m.start() + 1, m.end()) if short else None
        if inner is not None:
            pos = inner  # 和龙岗区: 龙岗区 written out, not the short name 和龙 (Helong)
            continue
        if short and text[0] in "和与及" and _CONJOINED_BEFORE.search(norm, max(0, m.start() - 1), m.start()):
            later = idx.zh_re.match(norm, m.start() + 1)
            if later and later.end() > m.end() and idx.is_name(later.group(0)):
                pos = m.start() + 1  # 福田和龙岗: the conjunction, then 龙岗; not 和龙 (Helong) and a 岗
                continue
        if short and text[-1] in "镇乡村" and town_ends_at(norm, m.start(), idx.is_name):
            continue  # 张家港市锦丰镇, 城东乡: a town or township (锦丰镇), not 丰镇 (Fengzhen) or 东乡 far away
        landmark = _ZH_LANDMARK_AFTER.match(norm, m.end()) and not _child_after(norm, m.end(), short, idx)
        if short and (landmark or not is_word(norm, m.start(), m.end(), idx.is_name)):
            if not landmark:  # 坪山前三季度 (坪|山前 to the tokenizer) in a story that writes out 坪山区
                run_on.append(Place(m.start(), m.end(), text, [r.code for r in short], strong=False))
            continue  # 钱塘江, 黄浦江, 中山路, 深圳湾: a river, road or bay named after the place (not 唐山路南区)
        if short:
            out.append(Place(m.start(), m.end(), text, [r.code for r in short], strong=False))
    kept = [p for p in run_on if any(r.name_zh in written for r in idx.zh_short[p.text])]
    return sorted(out + kept, key=lambda p: p.start) if kept else out


def _kind_runs_on(text: str, norm: str, end: int) -> int:
    """How many characters of a name's kind word begin the word after it (县 of 县域, 地区 of 地区生产总值)."""
    if text[-1] in "县区" and norm.startswith("域", end):
        return 1
    return 2 if text.endswith("地区") and norm.startswith("生产总值", end) else 0


def _child_after(norm: str, pos: int, parents: list[Region], idx: _Index) -> bool:
    """Whether a place under one of ``parents`` is named from ``pos`` on: 唐山路南, 宁波江北, 浙江江北 (路, 江 start
    no road or river there)."""
    m = idx.zh_re.match(norm, pos)
    if m is None or not parents:
        return False
    named = idx.zh_full.get(m.group(0)) or idx.zh_short.get(m.group(0), [])
    return any(idx.under(r.code, p.code) for r in named for p in parents)


def _full_inside(norm: str, idx: _Index, start: int, end: int) -> int | None:
    """Where a full name starts inside a short name's match and runs past it, if one does."""
    assert idx.zh_re is not None
    for k in range(start, end):
        m = idx.zh_re.match(norm, k)
        if m and m.end() > end and m.group(0) in idx.zh_full:
            return k
    return None


_EN_TOKEN = re.compile(r"\b[A-ZÜ][a-zü]*(?:'(?!s\b)[a-zü]+)?")  # "A'ershan", "Lüliang"
_EN_NEXT = re.compile(r"[ \t]([A-Z][a-z]+)\b")  # a name goes on within its line, never across one
_SPLIT_SYLLABLE = re.compile(r" '([aeo][a-z]*)\b")
_EN_LEVEL_AFTER = re.compile(  # " District", " Autonomous County"; " Tujia Autonomous County": its peoples, then it
    r"(?:'s)?" + EN_PEOPLES + r"([ \t]+(?:New[ \t]+(?:Area|District)|(?:Mining|Special|Forestry)[ \t]+District|"
    r"District|County|City|"
    r"Province|Municipality|"
    r"Autonomous[ \t]+(?:Region|County|Prefecture|Banner)|Banner|Prefecture))\b",
    re.IGNORECASE,
)
_EN_DESCRIBED_UNIT = re.compile(  # "Shenzhen tech district", "Shanghai's flagship district": one of its districts
    r"(?:['’]s)?(?:[ \t]+(?-i:[a-z])[a-z-]+){1,2}[ \t]+(district|county)\b(?![-'’])", re.I
)
_EN_APPOSITIVE = re.compile(  # ", a district of", ", a county-level city under": the kind of place just named
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(county-level city|district|county|banner)\s+(?:of|in|under)\b", re.I
)
_CITY_OF = re.compile(r"\bcity\s+of\s+\Z", re.I)
_EN_DATELINE = re.compile(r"^[ \t]*((?=(?:[A-Z]['’]?){4})[A-Z]+(?:['’][A-Z]+)*(?:[ \t][A-Z]{4,})?),", re.M)  # HAI'AN
_EN_DATE_AFTER = re.compile(
    r",\s*" + MONTH_NAME + r"\s+\d{1,2}\b|,\s*\d{1,2}\s+[A-Z][a-z]+\b|"
    r",\s*\([^()\n]{2,80}\)\s*[:\-–—]"  # "GUIYANG, (UrduPoint / Pakistan Point News - 22nd Jul, 2023 ) :"
)


_LEAD_CAPS = re.compile(r"^([ \t]*[A-Z]{4,})(?=['’]S\b|[ \t]+[A-Z]?[a-z])", re.M)  # a news paragraph's lead word


def _find_en(norm: str, idx: _Index, country_only: bool = False) -> list[Place]:
    out = []
    assert idx.en_re is not None
    for m in idx.en_re.finditer(norm):
        word = m.group("country")
        if word == "China" and (_EN_COUNTRY_ORG_AFTER.match(norm, m.end()) or _PAIRED.match(norm, m.end())):
            continue  # "China Daily"; "a China–Singapore project": the pair's, not the country's
        if word[0].isupper() or word.lower().startswith(("national", "the ")):
            out.append(Place(m.start(), m.end(), word, [COUNTRY]))
    if country_only:
        return out
    for m in _EN_DATELINE.finditer(norm):  # "JIANGYIN, Jiangsu —", "SHANGHAI, March 5 (Reuters) -"
        key = re.sub(r"['’]", "", m.group(1).lower())
        if key in idx.en and len(key) >= 4:
            wire = bool(_EN_DATE_AFTER.match(norm, m.end(1)))  # filed there: not what the story is about
            out.append(
                Place(
                    m.start(1),
                    m.end(1),
                    m.group(1),
                    [r.code for r in idx.en[key]],
                    strong=False,
                    ignore=wire,
                    dateline=wire,
                )
            )
    norm = _LEAD_CAPS.sub(lambda m: m.group(1).title(), norm)  # "FUTIAN'S GDP …" opening a paragraph: Futian
    pos = 0
    while True:
        m = _EN_TOKEN.search(norm, pos)
        if not m:
            break
        pos = m.end()
        token = m.group(0)
        key = token.lower().replace("'", "")
        end = m.end()
        split = _SPLIT_SYLLABLE.match(norm, end)  # "Yuan 'an County", "Xi 'an": a translator's space before '
        if split and key + split.group(1).lower() in idx.en:
            key, token, end = key + split.group(1).lower(), f"{token}'{split.group(1)}", split.end()
            pos = end
        nxt = _EN_NEXT.match(norm, end)
        third = _EN_NEXT.match(norm, nxt.end()) if nxt else None
        if nxt and third and f"{key}{nxt.group(1)}{third.group(1)}".lower() in idx.en:  # "Zhang Jia Gang"
            key, token, end = f"{key}{nxt.group(1)}{third.group(1)}".lower(), norm[m.start() : third.end()], third.end()
            pos = end
        elif nxt and (f"{key} {nxt.group(1).lower()}" in idx.en or f"{key}{nxt.group(1).lower()}" in idx.en):
            joined = f"{key} {nxt.group(1).lower()}"  # "Inner Mongolia", "Hong Kong"; "Kun Shan" spelt apart
            key = joined if joined in idx.en else joined.replace(" ", "")
            token, end = norm[m.start() : nxt.end()], nxt.end()
            pos = end
        short_level = _EN_LEVEL_AFTER.match(norm, end) if key in idx.en_short else None
        if short_level:
            out.append(
                Place(
                    m.start(),
                    short_level.end(),
                    norm[m.start() : short_level.end()],
                    [r.code for r in kinds_of(idx.en_short[key], short_level.group(1))],
                    strong=True,
                )
            )  # "Qi County", "Xi District"
            continue
        if key not in idx.en or len(key) < 4:
            continue
        name = token
        prev = re.search(r"([A-Z][a-z]+)\s+$", norm[max(0, m.start() - 12) : m.start()])
        if prev and prev.group(1) in _SURNAMES:
            continue  # "Li Xiaoning": a person
        level_m = _EN_LEVEL_AFTER.match(norm, end)
        level = re.sub(r"\s+", " ", level_m.group(1).strip().lower()) if level_m else ""
        if (
            level_m
            and not re.fullmatch(r"(?:'s)?", norm[end : level_m.start(1)])
            and not named_for_peoples(kinds_of(idx.en[key], level))
        ):
            level_m, level = None, ""  # "Sichuan Li County": a province, then Li County (理县), no people's name
        appositive = None if level else _EN_APPOSITIVE.match(norm, end)  # "Hailing, a district of Taizhou,"
        word = key in _NOT_PLACES and "'" not in token  # "De'an" spelt so is no "dean"
        if (name in _SURNAMES or word or name in _FIRMS) and not level and not appositive:
            continue  # "Ping An's home district": the insurer, not Ping'an district (平安区)
        joined_after = _JOINED_BEFORE.search(norm, max(0, m.start() - 2), m.start())  # "…-Xiangtan City Cluster"
        joined = joined_after or _JOINED.match(norm, end)
        if joined_after or (not level and (_EN_LANDMARK_AFTER.match(norm, end) or joined)):
            continue  # "the Qiantang River", "Futian Road"; "Yiwu-Xinjiang-Europe" trains: a landmark's or route's name
        regions = [r for r in idx.en[key] if "'" not in token or r.pinyin.lower() == token.lower()] or idx.en[key]
        spelt = [r for r in regions if _spelt(r) in (key, r.pinyin.lower().replace("'", ""))]  # "Shanxi": 山西, not
        regions = spelt or regions  # 陕西, whose pinyin it is too but whose English name is "Shaanxi"
        unit_of = None  # "Gu'an" spelt so is 固安县, not 冠县 (Guan); "Guan" may be either
        namesakes: tuple[str, ...] = ()
        if level:
            fitting = kinds_of(regions, level)
            namesakes = tuple(r.code for r in regions if r not in fitting)
            if level in ("district", "county") and all(r.level != "county" for r in fitting):
                unit_of = level  # "Shenzhen district's GDP tops 1 trillion yuan": one of the city's districts
            regions, end = fitting, level_m.end()
            pos = end  # not "Hui" of "Guancheng Hui District" (徽县) next
        elif appositive:
            regions = kinds_of(regions, appositive.group(1))
        elif _CITY_OF.search(norm, max(0, m.start() - 12), m.start()):
            regions = kinds_of(regions, "city")  # "the city of Jilin": the city, not Jilin province
        described = None if level else _EN_DESCRIBED_UNIT.match(norm, end)
        if described and any(r.level != "county" for r in regions):
            unit_of = described.group(1).lower()  # "Shenzhen tech district becomes …": one of its districts
            regions = [r for r in regions if r.level != "county"]  # "Shanghai's flagship district": not 上海县
        strong = bool(level or appositive)  # "Binzhou, a county-level city in …" says its kind as a level word does
        place = Place(m.start(), end, norm[m.start() : end], [r.code for r in regions], strong=strong)
        place.unit_of, place.namesakes = unit_of, namesakes
        out.append(place)
    return out
