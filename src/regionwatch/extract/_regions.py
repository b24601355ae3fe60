"""Region stage: which place a figure is about, from the places named before it and the document's focus.

The focus is the place under discussion: the first place the document names, then the most
specific place each sentence names. Anaphora ("the district", 该区, it) take the latest place of
their kind. A figure whose place is not named in its own sentence is marked as having an inferred region.
"""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from . import _cues as cues
from ._bases import WHOSE_AFTER, relative_mention
from ._focus import ANAPHOR_KINDS, Focus, describing, is_ancestor, last_named, most_specific
from ._modified import modified_place
from ._numbers import Quantity
from ._places import COUNTRY, Place
from ._roles import Role, last_match
from ._unnamed import holds_group, named_group
from ._window import Window

__all__ = [
    "LIST_GAP",
    "LIST_GAP_ASIDE",
    "Focus",
    "in_aside",
    "is_ancestor",
    "members_listed_after",
    "most_specific",
    "subjects",
]

_CHAIN_GAP = re.compile(  # "Shenzhen's Nanshan", "Futian and Longgang", 浦东新区于2018年、海淀区 (each with its year)
    r"(?:(?:['’]s)?\s*(?:[于在]|\bin\s+|[(（])?\s*(?:19|20)\d\d年?\s*[)）]?\s*(?=、|和|及|与|and\b))?"
    r"(?:\s*[(（][\u4e00-\u9fff]{2,12}[)）])?"  # "Pudong New Area (浦东新区), Shanghai": the name glossed in Chinese
    r"(?:\s+(?:provinces|districts|counties|cities))?"  # "Zhejiang and Jiangsu provinces, and Henan …"
    r"[\s,，'s的|]*(?:in|of|from|、|和|and|及|与|以及)?[\s,，]*(?:(?:east|west|north|south|central|"
    r"northeast|northwest|southeast|southwest|eastern|western|northern|southern)\s+)?(?:china's\s+)?",
    re.I,
)


_ZONE_ITEM = re.compile(r"、[\u4e00-\u9fff]{2,6}(?:经开区|高新区|开发区|保税区|新区)、")  # 南川、万盛经开区、璧山


_PLACED = (  # ", under Suzhou, …", ", in northwest Shanghai, …", ", in the south of Jiangsu, …"
    r"(?:under|near|within|outside|beside|next to|not to be confused with|(?:partly|partially|mostly|mainly) in|"
    r"in (?:the )?(?:(?:north|south)?(?:east|west)"
    r"|north|south|central|downtown|suburban)(?:ern)?(?: part)?(?: of)?)"
)
_ASIDE_OPEN = re.compile(
    r"(?:,\s*(?:a|an|the|its|their|one of|which|that|who|whose|home to|located|situated|part of|known as|dubbed|"
    r"both|two|three|four|all|each|"  # "Changshu and Taicang, both under Suzhou, …", ", two county-level cities of"
    + _PLACED
    + r")\b[^,;()]*|"
    r"[(（][^()（）]*)$",
    re.I,
)
_ASIDE_CLOSE = re.compile(r"^[^,;()（）]*(?:,|[)）])")


_APPOSITION = re.compile(r",\s+(?:a|an)\s+[^,;.()\d]{0,40}?\b(?:of|with)\s+(?:about\s+|nearly\s+|some\s+)?$", re.I)


_ONCE = r"(?:once|now|long|still|formerly|previously|traditionally|historically)"  # ", long the city's …,"
_APPOSED = re.compile(r",\s*(?:a|an|the|its|home to|" + _ONCE + r")\s[^,;()\d]{0,50},\s*", re.I)


def in_aside(norm: str, p: Place, start: int, end: int) -> bool:
    """A place named inside an aside before the figure: "Jiangyin, a county-level city under Wuxi,
    grew …", "Wuxi, which administers Jiangyin and Yixing, posted …", 江阴（无锡市代管）: not the subject."""
    lead_start = max(start, p.start - 100)
    lead = norm[lead_start : p.start]
    if p.anaphor:  # "Luohu, the city's oldest district, posted …": an apposition naming the place before it
        # … and "Guangming, a district in the city's northwest, where …"; an aside the anaphor opens:
        # "Jiangyin, its neighbour in Wuxi, …", "…, one of the county-level cities of Wuxi, …"
        opens = re.search(r"\w,\s*(one of\s+)?$", lead, re.I)
        if opens and (opens.group(1) or re.fullmatch(r"its|their", p.text, re.I)):
            return bool(_ASIDE_CLOSE.match(norm[p.end : min(end, p.end + 60)]))
        if re.search(r"\w,\s*" + _PLACED + r"\s+$", lead) and re.match(
            r"\s*(?:of\s[^,;()]{1,30})?,", norm[p.end : end]
        ):
            return True  # "Changsha County, under the city, …", "…, not to be confused with the city of Changsha, …"
        if re.search(r"\w,\s*(?:which|that|who|whose|where)\s[^,;()]*$", lead):  # ", which hosts the city's
            return bool(_ASIDE_CLOSE.match(norm[p.end : min(end, p.end + 60)]))  # development zone,": a clause's
        opened = re.search(r"\w,\s*(?:(?:a|an|one of|home to|" + _ONCE + r")\s[^,;()\d]{0,40})?$", lead)
        return bool(opened and re.match(r"['’]s\s[^,;()\d]{0,40},", norm[p.end : end]))
    opened = _ASIDE_OPEN.search(lead)
    if not opened or _FRONTED.fullmatch(norm, start, lead_start + opened.start()):
        return False  # "In 2024, the GDP of Kunshan, …": the comma closes a fronted phrase, it opens no aside
    return bool(_ASIDE_CLOSE.match(norm[p.end : min(end, p.end + 60)]))


def _describes(norm: str, p: Place, before: list[Place], q: Quantity) -> bool:
    """A place whose possessive describes the place named just before it: "Jiangyin, Kunshan's closest
    rival, reported …" is about Jiangyin; a place inside a Chinese 的-phrase before another place
    describes it: 中国大陆百强县之首的江苏昆山市 is about Kunshan."""
    if any(
        o.code and o.start > p.end and _ZH_MODIFIER.fullmatch(norm, p.end, o.start) for o in before if o.start < q.start
    ):
        return True
    return describing(norm, p, [o for o in before if o.start < q.start])


_LOCATION_VALUE = re.compile(  # "Location: Southern Jiangsu … Area: 987.5 km2": where the place lies, not it
    r"(?:\b(?:location|situated|located)|地理位置|区位|位置)\s*[:：][^:：]*$", re.I
)
_REFERENCE_BEFORE = re.compile(  # 离上海150公里, "150 km from Shanghai", "west of Shanghai": a place measured from
    r"(?:(?<![脱分远偏背])离|距离?|相距|毗邻|紧邻|邻近|靠近|[东南西北][临邻接靠毗濒])$|"
    r"\b(?:(?:km|kilomet(?:er|re)s?|miles?|drive|ride|hours?|minutes?)\s+(?:away\s+)?(?:from|of)|"
    r"(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|near|next to|adjacent to|bordering)\s+(?:the\s+)?$",
    re.I,
)
_REFERENCE_AFTER = re.compile(r"(?:相距|相邻|接壤|毗邻|隔江相望|隔海相望)")


def _where_it_lies(norm: str, p: Place, sent_start: int) -> bool:
    """A place that says where the subject lies, not the subject: the value of a "Location:" label, or a place
    the subject is measured from or set beside (江阴市离上海约150公里, 与上海相距150公里, "150 km from Shanghai")."""
    if _LOCATION_VALUE.search(norm, max(sent_start, p.start - 80), p.start):
        return True
    if _REFERENCE_BEFORE.search(norm, max(0, p.start - 30), p.start):
        return True
    return norm[max(0, p.start - 1) : p.start] == "与" and bool(_REFERENCE_AFTER.match(norm, p.end))


_ZH_MODIFIER = re.compile(r"[^，,。；;：:、\d\s]{1,14}之?[首冠尾]?的")  # 大陆“百强县”之首的, 长三角核心区的


_FRONTED = re.compile(
    r"\W*(?:(?:in|during|by|for|over|at|as of|according to|since)\b[^,;]*|(?:last|this) year|"
    r"(?:19|20)\d\d|meanwhile|overall|however|moreover|besides|still|yet|earlier|later|previously|recently|"
    r"currently|today|now|similarly|likewise|separately|additionally|furthermore|also|then)\s*",
    re.I,
)


def _shared_figure(norm: str, chain: list[Place], q: Quantity) -> bool:
    tail = norm[chain[-1].end : q.start]
    return bool(re.search(r"\bboth\b|\beach\b|\ball\b|均|都|分别|各|GDPs", tail)) or len(tail) < 80


_VERSUS = re.compile(
    r"\b(?:against|versus|vs\.?|compared with|compared to)\s+(?:about\s+|around\s+)?$|(?:对比|相比)$", re.I
)


_BOTH = re.compile(  # an opening phrase before it at most: 照此推算，两区…, "At that pace, both …"
    r"\W*(?:[^，,。；;.!?！？]{1,20}[，,]\s*)?(?:both\b(?!\s+(?:of\s+)?(?:the\s+)?(?:city|county|district|province)\b)|"
    r"the two (?:districts|counties|cities|places|economies)\b(?!\s+(?:of|in)\b)|两(?:区|县|市|地)(?:均|都|分别)?)",
    re.I,
)


_FORMER_LATTER = re.compile(r"\bthe (former|latter)\b|(前者|后者)", re.I)


def _former_or_latter(w: Window, places: list[Place], focus: Focus, gz: Gazetteer) -> str | None:
    """The place "the former"/"the latter" (前者/后者) stands for: of the last two places named, in the sentence
    before it or else in the text before."""
    start = max(w.sent.start, w.prev_end or 0)
    m = last_match(_FORMER_LATTER, w.norm[start : w.q.start])
    if m is None and w.prev_end is not None and not re.search(r"[，,；;]", w.norm[w.prev_end : w.q.start]):
        start = w.sent.start  # 后者GDP增长6.1%至1.01万亿元: the level after the rate, in the same clause
        m = last_match(_FORMER_LATTER, w.norm[start : w.q.start])
    if m is None or any(p.code and start + m.end() <= p.start < w.q.start for p in places):
        return None
    at = start + m.start()
    named = [
        p.code for p in places if p.code and p.code != COUNTRY and w.sent.start <= p.start < at
    ]  # 仅次于南山区 too
    pair = last_named(named, gz)
    pair = pair if len(pair) == 2 else last_named([*focus.recent, *named], gz)  # 两区均仅次于南山区，后者…: 南山区
    if len(pair) < 2:
        return None
    return pair[0] if (m.group(1) or "").lower() == "former" or m.group(2) == "前者" else pair[1]


def _setting_of(places: list[Place], p: Place, norm: str, gz: Gazetteer) -> Place:
    """The place that ``p`` locates ("Yiwu in Zhejiang province": Yiwu), or ``p`` itself."""
    inner = next((q for q in reversed(places) if q.end <= p.start), None)
    if inner is None or not inner.code or not p.code or not re.fullmatch(r"\s+in\s+", norm[inner.end : p.start]):
        return p
    return inner if is_ancestor(p.code, inner.code, gz) else p


_WHICH_AFTER = re.compile(  # a figure in a clause on the place (its economy) just named: its own
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:economy|gdp|economic output|output|total))?\s*,\s*which\s+"
    r"(?!(?:[\w-]+\s+){0,6}?(?:both|all|each|together|combined|are|were|have)\b)(?:[\w-]+\s+){0,6}?|"  # not a group's
    r"\s*,\s*(?:[^,;.\d]{1,40},\s*)?where\s+(?:[\w-]+\s+){0,5}?",  # "…Jinjiang, its neighbour, where the figure is"
    re.I,
)


def subjects(w: Window, places: list[Place], focus: Focus, gz: Gazetteer) -> tuple[list[str], bool]:
    """The places the figure is about, and whether they were inferred (not named in its sentence)."""
    norm, q = w.norm, w.q
    owner = next(
        (p for p in reversed(places) if p.code and p.end <= q.start and _APPOSITION.match(norm, p.end, q.start)), None
    )
    if owner is not None and owner.start >= w.sent.start:
        return [owner.code], False  # "… that of Xiamen, a coastal city of 5 million people": the place described
    said_of = next((p for p in reversed(places) if p.code and w.sent.start <= p.start and p.end <= q.start), None)
    if said_of is not None and _WHICH_AFTER.fullmatch(norm, said_of.end, q.start):
        said_of = _setting_of(places, said_of, norm, gz)  # "Yiwu in Zhejiang province, which posted …": Yiwu
        return [said_of.code or ""], False  # "… 15 percent of Shenzhen's economy, which totaled 3.7 trillion yuan"
    one = _former_or_latter(w, places, focus, gz)
    if one is not None:
        return [one], True  # "… Jiangyin's 530 billion yuan. The latter grew faster", 前者增长5.5%，后者增长5.8%
    both = _BOTH.match(w.sent.text) or cues.THE_PAIR.search(norm, max(w.sent.start, q.start - 160), q.start)  # "The
    # GDP of both cities" (read near the figure: a run-on line stays linear)
    if both and not any(p.code and w.sent.start <= p.start < q.start for p in places):
        pair = focus.last_listed(gz)
        if len(pair) == 2:
            return pair, True  # "… Tianhe district, whose output …, and Shenzhen's Futian, at … Both grew …"
    group = named_group(w, places)  # "All three cities have …", 三地均…: the places named last, as many
    if group >= 2:  # named before in its sentence (昆山…，江阴…，两地GDP均…), else in the sentences before
        said = [
            p.code
            for p in places
            if p.code and p.code != COUNTRY and not p.ignore and w.sent.start <= p.start < q.start
        ]
        members = last_named(said, gz, group)
        members = members if len(members) == group else focus.last_listed(gz, group)
        return (members, True) if len(members) == group else ([], True)
    listed = members_listed_after(w, places)
    if listed and cues.COUNTED_GROUP.search(w.before):  # "Three Shenzhen districts had GDP above … : Nanshan, …"
        return list(dict.fromkeys(p.code for p in listed if p.code and p.code != COUNTRY)), False
    modified = modified_place(w, places)  # 面积仅有987.5平方千米的江阴: the place the figure describes
    if modified is not None:
        return [modified], False
    located = _located_after(w, places, gz)
    if located is not None:
        code = located.code or focus.resolve(located)  # "…, compared with 1 trillion yuan in Nanshan"
        return ([code], located.anaphor is not None) if code else ([], True)
    before = [p for p in places if p.end <= q.start and not p.ignore and (p.code or p.anaphor)]
    before = [p for p in before if not relative_mention(norm, p)]
    joined = [m.start() for m in _JOINED.finditer(norm, w.sent.start, q.start)] if q.club else []
    if joined:  # "Nanshan joined Pudong and Haidian in the trillion-yuan club": who joined, not the members
        before = [p for p in before if p.end <= joined[-1]] or before
    if w.prev_end is not None and _VERSUS.search(w.near):  # "grew faster than Futian, at 5.9 percent against 5.1"
        compared = [p for p in places if p.compared and p.code and w.sent.start <= p.end < w.prev_end]
        if compared and not any(p.end > w.prev_end for p in before):
            return [compared[-1].code or ""], False
    if w.prev_end is not None:  # "outpaced Shenzhen's 5.8 percent with growth of 6 percent": a compared place
        before = [p for p in before if not (p.compared and p.end < w.prev_end)] or before  # owns only its own
    before = [p for p in before if not _where_it_lies(norm, p, w.sent.start)]
    if any(holds_group(norm, p) for p in before):  # 江苏三市GDP超万亿, 深圳两区…: the group's, not the province's
        before = [p for p in before if not holds_group(norm, p)]
        if not before:
            return [], True
    main = [
        p
        for p in before  # a place carried from the clause before (…; growth: 5.2%) is judged in its own clause
        if not in_aside(norm, p, w.sent.start if p.start >= w.sent.start else max(0, p.start - 60), q.start)
        and not _describes(norm, p, before, q)
    ]
    before = main or before
    if before:
        found = _from_mentions(w, before, focus, gz)
        if found:  # inferred unless every place chosen is named (not an anaphor) in the sentence
            named = {p.code for p in before if p.start >= w.sent.start and not p.anaphor}
            return found, not all(code in named for code in found)
        if before[-1].anaphor in ("county", "city", "district"):  # (in its sentence, or the clause before a ;)
            return [], True  # "Guangdong has …. In 2006, the county realized …", 全市 on a page naming no city
    after = [p for p in places if p.start >= q.end and p.end <= w.sent.end and p.code and not p.ignore]
    after = [p for p in after if not relative_mention(norm, p)]  # "one-tenth of Shenzhen's land, Nanshan …"
    if after and after[0].code != COUNTRY and _SUBJECT_AFTER.fullmatch(norm[q.end : after[0].start]):
        chain = [after[0]]  # "With 218 listed companies, Nanshan rivals …"; "…, Shenzhen's Nanshan district leads"
        for p in after[1:3]:
            gap = norm[chain[-1].end : p.start]
            if len(gap) > 30 or not _CHAIN_GAP.fullmatch(gap) or not is_ancestor(chain[-1].code or "", p.code, gz):
                break
            chain.append(p)
        return [chain[-1].code], False
    if listed:  # "Three districts have GDP above 1 trillion yuan: Pudong, Haidian and Nanshan."
        return list(dict.fromkeys(p.code for p in listed if p.code and p.code != COUNTRY)), False
    return ([focus.current], True) if focus.current else ([], True)


_JOINED = re.compile(r"\bjoin(?:s|ed|ing)?\b", re.I)
_SUBJECT_AFTER = re.compile(  # "With 218 listed companies, Nanshan …"; "27 percent of its GDP comes from Nanshan"
    r"[^,，;；]*[,，]\s*|[^,;.]{0,50}\b(?:comes?|came|is|was|are|were)\s+(?:generated\s+|produced\s+|created\s+|contributed\s+|provided\s+)?"
    r"(?:from|in|by)\s+",
    re.I,
)
_NEW_SUBJECT = re.compile(r"[，,；;]\s*(?:(?:and|while|but|whereas)\s+)?$")
_IN_AFTER = re.compile(  # "… in nearby X", "5.8% growth for Jiangsu"
    r"(?:\s+(?:growth|expansion|increase|rise|gain|decline|contraction))?\s+(?:in|for)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|adjacent|rival)\s+)?"
)
_SITED_AFTER = re.compile(  # "300 listed companies are based in Futian", "222.66 billion yuan generated by Pudong"
    r"(?:\s+[a-z&-]+){0,3}?\s+(?:(?:is|are|was|were|have been|has been|had been|now)\s+)?"
    r"(?:based|located|registered|headquartered|set up|established|founded|listed|opened|launched|operating|"
    r"clustered|gathered)\s+in\s+(?:the\s+)?|\s+(?:generated|produced|posted|recorded|reported)\s+by\s+(?:the\s+)?"
)
_OWN_AFTER = re.compile(r"\s*(?:['’]s\b|,\s+(?:a|an|the|which|whose)\b)")


def _located_after(w: Window, places: list[Place], gz: Gazetteer) -> Place | None:
    """The place written right after an English figure ("1 trillion yuan in Nanshan", "… generated by Pudong"),
    the inner of two nested, when the figure's clause names no subject before it (nor an earlier figure's "in")."""
    nxt = next((p for p in places if p.start >= w.q.end), None)
    if nxt is None or not (nxt.code or nxt.anaphor) or nxt.ignore or nxt.end > w.sent.end:
        return None  # "5.0 percent for the city as a whole": an anaphor too
    if nxt.text.lower().startswith("national") and re.fullmatch(r"\s+", w.norm[w.q.end : nxt.start]):
        return nxt  # "compared with 5.0 percent nationally", "beating the 4.8% national rate"
    gap, owned = (w.q.end, nxt.start), _OWN_AFTER.match(w.norm, nxt.end)
    if re.fullmatch(r"\s+(?:that\s+)?", w.norm[w.q.end : nxt.start]) and _ACHIEVED_AFTER.match(w.norm, nxt.end):
        return nxt  # "far short of the 6 percent Nanshan managed": the figure the place after it achieved
    if not (_IN_AFTER.fullmatch(w.norm, *gap) or _SITED_AFTER.fullmatch(w.norm, *gap)) or owned:
        return None
    prev_end = w.prev_end if w.prev_end is not None else -1
    own = [p for p in places if max(w.clause_start, prev_end) <= p.start and p.end <= w.q.start and not p.ignore]
    # "Kunshan's 5.4 percent compared with 4.9 percent for Suzhou": a place before the figure before is that one's
    if any(not (p.start > prev_end >= 0 and _IN_AFTER.fullmatch(w.norm, prev_end, p.start)) for p in own):
        return None  # "Nanshan's GDP was 1 trillion yuan in …": the clause has its subject
    inner = next((p for p in places if p.start > nxt.end and re.fullmatch(r"\s", w.norm[nxt.end : p.start])), None)
    return inner if inner is not None and inner.code and nxt.code and is_ancestor(nxt.code, inner.code, gz) else nxt


_ACHIEVED_AFTER = re.compile(
    r"(?:['’]s\s+economy)?\s+(?:had\s+|has\s+)?(?:managed|posted|recorded|achieved|reported|logged|registered|"
    r"notched(?:\s+up)?|clocked|delivered)\b",
    re.I,
)
LIST_GAP = re.compile(r"\s*(?:,|、|，|and|和|及)\s*(?:and\s+)?")  # between the members of a list
LIST_GAP_ASIDE = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])?" + LIST_GAP.pattern)  # "Jiangsu (2.29 trillion), …"
_TO_COLON = re.compile(r"(?:[^,，;；:：.。\d]|(?:19|20)\d\d){0,40}(?:[:：]|[,，](?:分别[是为]|依次[是为]|即))\s*")


def members_listed_after(w: Window, places: list[Place]) -> list[Place]:
    """The places listed after a colon (分别是) that follows the figure ("…above 1 trillion yuan: Pudong, Haidian
    and Nanshan"), or none."""
    tail = w.norm[w.q.end : w.sent.end]
    if not re.search(r"[:：]|分别[是为]|依次[是为]|即", tail):  # "…: Pudong, …", …，分别是昆山市、江阴市
        return []
    after = [p for p in places if p.start >= w.q.end and p.end <= w.sent.end and p.code and not p.ignore]
    if not after or not _TO_COLON.fullmatch(w.norm, w.q.end, after[0].start):
        return []
    listed = [after[0]]
    for p in after[1:]:
        if not LIST_GAP_ASIDE.fullmatch(w.norm, listed[-1].end, p.start):
            break
        listed.append(p)
    return listed


def _same_sentence(p: Place, named: list[str], gz: Gazetteer) -> str | None:
    """全区 after 北京市海淀区 in one sentence: the district just named, before the focus has moved."""
    kinds = ANAPHOR_KINDS.get(p.anaphor or "", ())
    return next((c for c in reversed(named) if c != COUNTRY and gz.get(c).kind in kinds), None)


def _from_mentions(w: Window, before: list[Place], focus: Focus, gz: Gazetteer) -> list[str]:
    norm, sent = w.norm, w.sent
    last = before[-1]
    chain = [last]  # "Shenzhen's Nanshan district" / "Nanshan district in Shenzhen": the most specific
    after_comma = False
    for p in reversed(before[:-1] if last.anaphor != "any" else []):  # "…from Chuansha county, its GDP": no chain
        gap = norm[p.end : chain[0].start]
        if len(gap) > 40 or not (_CHAIN_GAP.fullmatch(gap) or _ZONE_ITEM.fullmatch(gap)):
            break
        if after_comma and re.fullmatch(r"\s+and\s+", gap):
            chain = chain[-1:]  # "Tianjin and Heilongjiang, Jilin, with 2.4 percent": a list closed by 'and' ended
            break
        if gap == "," and cues.ZH_LISTED.fullmatch(norm, max(0, p.start - 24), p.start):
            break  # 还有徐州、无锡…、连云港，镇江以5.7%…: the 、 list closed by ，, the place after it a new subject
        after_comma = after_comma or gap == ", "
        chain.insert(0, p)
    named_in_sentence = [p.code for p in before if p.start >= sent.start and p.code and not p.anaphor]
    # "Huqiu district in Suzhou … its R&D": "its" is the most specific place named, not the last
    named_in_sentence = [c for c in named_in_sentence if not any(is_ancestor(c, d, gz) for d in named_in_sentence)]
    head = _sentence_head(w, before, gz) if last.anaphor == "any" else None
    opener = _opening_anaphor(w, before) if last.anaphor == "any" and head is None else None
    if opener is not None:  # "The province's retail sales …, and its foreign trade …": the province's
        head = focus.resolve(opener, named_in_sentence)
    if head:
        named_in_sentence = [*[c for c in named_in_sentence if c != head], head]
    codes = [
        c for c in (_same_sentence(p, named_in_sentence, gz) or focus.resolve(p, named_in_sentence) for p in chain) if c
    ]
    if not codes:
        return []
    # siblings joined by 'and'/、 share the figure; ancestors give way to their descendants
    specific = [c for c in codes if not any(c != d and is_ancestor(c, d, gz) for d in codes)]
    if len(specific) > 1 and _shared_figure(norm, chain, w.q):
        return list(dict.fromkeys(specific))
    chosen = specific[-1]
    if last.start >= w.clause_start or chosen == COUNTRY or last.anaphor:
        return [chosen]
    if WHOSE_AFTER.match(norm, last.end, last.end + 8):
        return [chosen]  # "…, such as Ningxia, whose GDP was …": the clause is about the place it follows
    if _LABELLED_BY.fullmatch(norm, last.end, w.q.start):
        return [chosen]  # 名单如下：上海浦东新区：17300亿元, "Pudong GDP: 1.73 trillion yuan": the label names it
    if re.fullmatch(r",\s*(?:at|with|on)\s+(?:about\s+|nearly\s+|some\s+)?", norm[last.end : w.q.start]):
        return [chosen]  # "… stayed ahead of Jiangyin, at 505 billion yuan": the figure set after the place
    first = chain[0].start
    if w.prev_end is not None and first > w.prev_end and _NEW_SUBJECT.search(norm[w.prev_end : first]):
        return [chosen]  # "昆山以5530亿元领跑，江阴紧随其后，实现5100亿元", "…, and Guangzhou's Tianhe, with …"
    if _APPOSED.fullmatch(norm, last.end, w.clause_start):
        return [chosen]  # "while Longgang, a manufacturing base, recorded …": the aside describes the subject
    if _SAID_OF_LAST.match(norm, last.end, w.prev_end or 0) and chosen != COUNTRY and last.start >= sent.start:
        return [chosen]  # 中国大陆…，江苏昆山去年GDP约5600亿元，年增5.5%: the place the figure before was said of
    # the mention stands in an earlier clause: is it still the subject?
    in_sentence = [p for p in before if p.start >= sent.start]
    coded = [p for p in in_sentence if p.code]
    if in_sentence and in_sentence[0].anaphor and not coded:
        return [focus.resolve(in_sentence[0], []) or chosen]
    if coded and _A_FIGURE.search(norm, sent.start, coded[-1].start):  # "X reported A, up 3.2%, and Haizhu B, up
        return [chosen if coded[-1] in chain else coded[-1].code or chosen]  # 2.7%": the place named last (its
        # chain's most specific: "…, including Wuxi, Jiangsu Province, with an estimated GDP of …")
    if coded:
        return [most_specific(coded, gz) or chosen]
    return [chosen]


_HEAD_OPENING = re.compile(  # what may come before a sentence's subject: "In 2025, ", "Last year, the ", "Officials
    # said the " (a reported sentence's subject)
    r"\W*(?:(?:in|by|since|last|this|on|at the end of)\b[^,;:\d]{0,20}(?:(?:19|20)\d\d)?[^,;:\d]{0,12},\s*)?"
    r"(?:[\w'’ ]{0,40}?\b(?:said|says|noted|added|stressed)\s+(?:that\s+)?|according to [\w'’ ]{0,40},\s*)?"
    r"(?:(?:when|after|once|before|although|though|because|until)\s+)?"  # "When Longgang was carved out of …, its"
    r"(?:the\s+)?(?:(?:east|west|north|south|central|northeast|northwest|southeast|southwest)\s+)?(?:china's\s+)?",
    re.I,
)


_SPOKE = re.compile(r"\s+(?:also\s+|further\s+)?(?:said|says|told|added|noted|stressed|explained|announced)\b", re.I)


def _sentence_head(w: Window, before: list[Place], gz: Gazetteer) -> str | None:
    """The place an English sentence opens with, its subject ("Shenzhen's Nanshan district joined Pudong and
    Haidian in the club, when its GDP …": "its" is Nanshan's, not the last place named)."""
    if re.search(r"[\u4e00-\u9fff]", w.sent.text):
        return None
    own = [p for p in before if p.start >= w.sent.start and not p.anaphor]
    if not own or not own[0].code or not _HEAD_OPENING.fullmatch(w.norm, w.sent.start, own[0].start):
        return None
    if _SPOKE.match(w.norm, own[0].end):
        return None  # "Ying also said that …": a speaker who shares a county's name
    chain = [own[0]]
    for p in own[1:]:
        gap = w.norm[chain[-1].end : p.start]
        if (
            len(gap) > 30
            or not _CHAIN_GAP.fullmatch(gap)
            or not p.code
            or not is_ancestor(chain[-1].code or "", p.code, gz)
        ):
            break
        chain.append(p)
    return chain[-1].code if chain[-1].code != COUNTRY else None


_LABELLED_BY = re.compile(r"[^，,；;。:：\d\n]{0,12}[:：]\s*")  # the place, a measure word or two, a colon
_SAID_OF_LAST = re.compile(r"[^，,；;。\n]{0,30}\d")  # the place, then its figure with no clause between


def _opening_anaphor(w: Window, before: list[Place]) -> Place | None:
    """ "The province's", "The district's" opening an English sentence that names no place: its subject."""
    own = [p for p in before if p.start >= w.sent.start]
    if not own or own[0].anaphor in (None, "any") or re.search(r"[\u4e00-\u9fff]", w.sent.text):
        return None
    return own[0] if _HEAD_OPENING.fullmatch(w.norm, w.sent.start, own[0].start) else None


_A_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|percent|per cent|(?:tr|b|m)illion|yuan|亿|万|元)", re.I)


COUNTY_GDP_MAX = 2.5e12  # no county-level unit comes near (Pudong, the largest, had 1.8 trillion yuan in 2024)
_COUNTY_MAX = {"gdp": COUNTY_GDP_MAX, "industrial_output": 3e12}  # industry: Pudong, Kunshan ~1.2-1.5 trillion


def plausible_owner(codes: list[str], inferred: bool, role: Role, focus: Focus, gz: Gazetteer) -> list[str]:
    """A GDP (or industrial output) too large for any county-level unit, given by inference ("Its output …",
    "The city's …") to a county, is its city's when the city was named together with it just before, or was a
    subject of the text: "Suzhou is home to Kunshan. Its output hit 2.67 trillion yuan" is Suzhou's; a county
    the text has gone on about keeps its figure as written."""
    most = _COUNTY_MAX.get(role.indicator)
    if not inferred or len(codes) != 1 or most is None or role.unit != "CNY" or role.value <= most:
        return codes
    if codes[0] == COUNTRY or gz.get(codes[0]).level != "county":
        return codes
    above = {a.code for a in gz.ancestors(gz.get(codes[0])) if a.level == "prefecture"}  # its city, not province
    named = [c for c in focus.recent[-2:] if c in above] or [c for c in focus.subjects if c in above]
    return [named[-1]] if named else codes
