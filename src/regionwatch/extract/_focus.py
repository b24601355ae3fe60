"""The focus of a document: the places it is discussing, sentence by sentence, and how one place stands to
another (ancestor, most specific mention)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..gazetteer import Gazetteer
from ._place import county_level
from ._places import COUNTRY, Place

__all__ = [
    "ANAPHOR_KINDS",
    "Focus",
    "carried_on",
    "describing",
    "first_subject",
    "is_ancestor",
    "last_named",
    "most_specific",
]

#: the kinds of region that 全区/"the district", 全县/"the county" and 全市/"the city" stand for
ANAPHOR_KINDS = {
    "district": ("district", "new_area"),
    "county": ("county", "autonomous_county", "banner", "autonomous_banner"),
    "city": ("prefecture_city", "municipality", "county_city", "league"),
    "province": ("province", "autonomous_region"),
}


@dataclass
class Focus:
    """The places a document is discussing, updated sentence by sentence."""

    current: str | None = None
    district: str | None = None
    city: str | None = None
    county: str | None = None
    seat_city: str | None = None  # the prefecture holding the last district or county named
    prefecture: str | None = None  # the last prefecture-level place named ("the prefecture's GDP")
    province: str | None = None
    home_province: str | None = None  # the province holding the last place below one named (全省 after 南山区)
    subjects: dict[str, int] = field(default_factory=dict)  # how often each place was a sentence's subject
    recent: list[str] = field(default_factory=list)  # places named, the last named last
    listed: list[str] = field(default_factory=list)  # as recent, but a place named as the setting of another
    # beside it ("Kunshan, a county-level city under Suzhou"): the places "both cities", 三地分别 speak of
    county_cities: set[str] = field(default_factory=set)  # county-level cities named: "the city" is one itself
    prefecture_of: dict[str, str] = field(default_factory=dict)  # the prefecture each of those is part of
    paragraph_subjects: set[str] = field(default_factory=set)  # the subjects of the paragraph being read
    opener: str | None = None  # the subject the paragraph being read opened with
    pair_last: str | None = None  # the later of two siblings the sentence before handed the focus away from
    whole_said: str | None = None  # the focus's whole, the subject of the sentence before (not made the focus)
    title: str | None = None  # the document's first subject (its headline's, mostly)

    def update(self, places: list[Place], norm: str, gz: Gazetteer, part: bool = False) -> None:
        """Take the sentence's places; a sentence about a part of the place in focus (其中，义乌市…; "Among
        them, …") leaves the focus on the whole, and so do the parts a place is said to have (下辖江阴、宜兴,
        "It administers … Jiangyin and Yixing")."""
        named = [p for p in places if p.code and not p.ignore and not p.anaphor and not p.compared]
        self.pair_last = None
        for p in named:
            if p.code != COUNTRY:
                self.recent = [*[c for c in self.recent if c != p.code][-11:], p.code or ""]
            if p.code != COUNTRY and not any(q.code and is_ancestor(p.code or "", q.code, gz) for q in named):
                self.listed = [*[c for c in self.listed if c != p.code][-11:], p.code or ""]
        named = [p for p in named if not _held_part(norm, p, places, gz) and not describing(norm, p, named)]
        subject = most_specific(named, gz) if named else None
        back_to = self._unit_spoken_of(places) if not named else None
        if back_to is not None:  # "Kunshan … Qinghai's, for example, … The county is rich.": Kunshan again
            self.current = back_to
        if subject is None and self.current not in (None, COUNTRY) and any(p.anaphor for p in places):
            subject = self.current  # "The city reported …": the place in focus is the sentence's subject again
        if subject and subject != COUNTRY:
            self.subjects[subject] = self.subjects.get(subject, 0) + 1
            self.opener = self.opener if self.paragraph_subjects else subject
            self.paragraph_subjects.add(subject)
        codes = {p.code for p in named if p.code != COUNTRY}
        if subject in codes:  # "Jiangyin is administered by Wuxi in Jiangsu province": its setting, no list
            codes -= {subject, *(a.code for a in gz.ancestors(gz.get(subject)))}
            codes.add(subject)
        siblings = len(codes) >= 2 and subject in codes and len({gz.get(c).parent_code for c in codes}) == 1
        if siblings:
            self.paragraph_subjects |= codes  # "Zhangjiagang and Changshu followed with …": the paragraph tours both
        if not named or len(codes) >= 3:
            return  # an enumeration ("10 districts including Yuexiu, Haizhu, Liwan …") names no subject
        parts = len(codes) == 2 and self.current and all(c and gz.get(c).parent_code == self.current for c in codes)
        # "Jiangyin produced 540 billion yuan, while Yixing's GDP …": two parts compared, the whole stays in focus
        whole = subject and subject != COUNTRY and not parts and self._whole_or_part(subject, part, gz)
        alone = not any(p.anaphor for p in places) and all(  # not "The district, in northwest Shanghai, …"
            p.code == subject or is_ancestor(p.code or "", subject or "", gz) for p in named
        )
        if whole and alone and subject == self.title and self._salient(subject or "", {self.current or ""}):
            whole = False  # the headline's place said again after a part named in passing ("Hangzhou reported …
            # ¶ Zhejiang's GDP reached …"): the focus is the headline's again ("Per capita GDP was …" is Zhejiang's)
        self.whole_said = subject if whole and alone and is_ancestor(subject or "", self.current or "", gz) else None
        if subject and subject != COUNTRY and not parts and not whole:
            self.current = subject
        back = self._back_from_pair(codes, gz) if siblings and len(codes) == 2 else None
        if back is not None:
            self.current = back
            self.pair_last = next(p.code for p in reversed(named) if p.code in codes)  # "…, while Luohu grew 3.1%"
        for p in named:
            if p.code != COUNTRY:
                self.note(p.code, gz)
        if back is not None:
            self.note(back, gz)
        elif subject is not None and subject == self.current and subject != COUNTRY:
            self.note(subject, gz)  # "Futian, Nanshan's neighbour, is … . The district's GDP": the subject's kind

    def _back_from_pair(self, codes: set[str], gz: Gazetteer) -> str | None:
        """Where a sentence whose subjects are two sibling places hands the focus: their whole, when the text
        spoke of it ("Zhangjiagang and Changshu followed with …": "the city" after them is Suzhou); else the
        story's main subject, the two being a digression ("Nearby Pingshan …, while Longhua …" in a story
        on Longgang)."""
        whole = self._whole_of(codes, gz)
        if whole is not None:
            return whole
        main = self._main()[0]
        return main if self._salient(main, codes) else None

    def _whole_of(self, parts: set[str], gz: Gazetteer) -> str | None:
        """The subject of the text that holds all of ``parts``, the most often a subject if several do."""
        wholes = [s for s in self.subjects if all(is_ancestor(s, t, gz) for t in parts)]
        return max(wholes, key=lambda s: self.subjects[s]) if wholes else None

    def last_listed(self, gz: Gazetteer, n: int = 2) -> list[str]:
        """The two (or ``n``) places named last, for "Both grew …", "All three cities have …"."""
        return last_named(self.listed, gz, n)

    def _whole_or_part(self, subject: str, part: bool, gz: Gazetteer) -> bool:
        """Whether ``subject`` is the focus's own city, or (其中，…) a part of the place in focus."""
        if self.current is None:
            return False
        return is_ancestor(subject, self.current, gz) or (part and is_ancestor(self.current, subject, gz))

    def end_paragraph(self, gz: Gazetteer, blank: bool = True) -> None:
        """A new paragraph speaks of the document's main subject again ("…Kunshan, also in Jiangsu, was the
        first. ¶ The city is known as …" is Jiangyin's): the place most often a subject, if clearly so. After
        a paragraph going round its parts ("Nanshan grew 6.3%. Bao'an grew 5.5%.") that is the whole again."""
        toured, self.paragraph_subjects = self.paragraph_subjects, set()
        opener, self.opener = self.opener, None
        self.pair_last = None if blank else self.pair_last  # a line of its own, no blank line: "Its" still the pair's
        if not self.subjects or self.current is None:
            return
        whole = self._whole_of(toured, gz) if len(toured) >= 2 else None
        if self.current in toured and whole is not None:  # the place whose parts the paragraph went round
            self.current = whole
            self.note(self.current, gz)
            return
        main = self._main()[0]
        if self.current in toured and len(toured) >= 2 and self._salient(main, toured):
            self.current = main  # "Neighbouring Longhua …, while Guangming …": a digression, the main subject again
            self.note(main, gz)
            return
        if toured == {main} == {self.title} and is_ancestor(main, self.current, gz):
            self.current = main  # a paragraph only on the headline's place ("Jiangsu's exports …") after a part
            self.note(main, gz)  # named in passing (a caption: "a market in Yangzhou, Jiangsu"): the whole's again
            return
        if self.current == opener:
            return  # "Jiangyin takes a different path. … ¶ Its GDP …": a paragraph about a place of its own goes on
        salient = self._salient(main, {self.current})
        if salient and not is_ancestor(self.current, main, gz) and not is_ancestor(main, self.current, gz):
            self.current = main
            self.note(main, gz)

    def _unit_spoken_of(self, places: list[Place]) -> str | None:
        """The county or district "the county", "the district" (全县, 全区) stand for, when the focus had moved
        to a larger place: the unit is the sentence's subject again."""
        if county_level(self.current or ""):
            return None
        units = [self.resolve(p) for p in places if p.anaphor in ("county", "district")]
        return next((c for c in reversed(units) if c and county_level(c)), None)

    def _salient(self, main: str, toured: set[str]) -> bool:
        """Whether ``main`` was a subject at least twice, and more often than any of the places ``toured`` (so
        it is none of them)."""
        times = self.subjects[main]
        return times >= 2 and all(times > self.subjects.get(t, 0) for t in toured)

    def back_to_whole(self, gz: Gazetteer) -> None:
        """A heading naming no place opens a section on the document's main subject: when the place in focus
        is a part of it (Jiangyin in a profile of Wuxi), the focus goes back to the whole."""
        if not self.subjects or self.current is None:
            return
        main = self._main()[0]  # or the story's main subject after a digression ("Who else is in the club? ¶ - …")
        if main != self.current and (is_ancestor(main, self.current, gz) or self._salient(main, {self.current})):
            self.current = main
            self.note(main, gz)

    def _main(self) -> tuple[str, int]:
        """The document's main subject, the place most often a sentence's subject, and how often it was."""
        return max(self.subjects.items(), key=lambda kv: kv[1])

    def note(self, code: str, gz: Gazetteer) -> None:
        """Remember ``code`` as the district, county or city being discussed, by its kind."""
        region = gz.get(code)
        kind = region.kind
        if region.level == "prefecture":
            self.prefecture = code  # a prefecture city, an autonomous prefecture (州), a prefecture (地区), a league
        if kind not in ANAPHOR_KINDS["province"]:
            home = [a.code for a in gz.ancestors(region) if a.kind in ANAPHOR_KINDS["province"]]
            self.home_province = home[0] if home else None
        if kind in ANAPHOR_KINDS["district"] + ANAPHOR_KINDS["county"]:
            self.seat_city = region.parent_code
        if kind in ANAPHOR_KINDS["district"]:
            self.district = code
        elif kind in ANAPHOR_KINDS["county"]:
            self.county = code
        elif kind in ANAPHOR_KINDS["city"]:
            self.city = code
            if kind == "county_city":
                self.county_cities.add(code)
                if region.parent_code:
                    self.prefecture_of[code] = region.parent_code
        elif kind in ANAPHOR_KINDS["province"]:
            self.province = code

    def resolve(self, p: Place, named_in_sentence: list[str] | None = None) -> str | None:
        if not p.anaphor:
            return p.code
        if p.anaphor == "any" and named_in_sentence:
            return named_in_sentence[-1]  # "Shenzhen, with its over 20,000 …"
        if p.anaphor == "any" and self.pair_last:
            return self.pair_last  # "Futian grew 4.2%, while Luohu grew 3.1%. Its GDP …": the nearer, Luohu
        if p.anaphor == "any" and self.whole_said:
            return self.whole_said  # "… Jinjiang … Quanzhou's economy leads Fujian. Its GDP …": Quanzhou's
        if p.anaphor in ("city", "district") and self.current == COUNTRY:
            return None  # 全市 in a page on a city it never names, after 全国平均水平: the city is unknown, not China
        if p.anaphor == "district":
            return self.district or self.current
        if p.anaphor == "county":  # "the county" is never the country or a province ("China has …; the county …")
            own = self.county or (self.current if county_level(self.current) else None)
            return own or (self.city if self.city in self.county_cities else None)  # "Kunshan … Qinghai's … The
            # county's revenue": a county-level city is "the county" too, whatever province was named since
        if p.anaphor == "province":
            return self.province or self.home_province  # "the province's exports": the last named, never a city
        if p.anaphor == "prefecture":  # "Yiwu … the prefecture's GDP": the prefecture named, or the one holding Yiwu
            return self.prefecture or self.prefecture_of.get(self.current or "") or self.seat_city
        if p.anaphor == "city" and self.current in self.county_cities:
            whole = self.prefecture_of.get(self.current) if p.text.lower() in ("全市", "the city") else None
            if whole is not None and self.subjects.get(whole, 0) >= max(1, self.subjects.get(self.current, 0)):
                return whole  # 分地区看，江阴市…；宜兴市…。全市一般公共预算收入…: the whole city reported on (Wuxi)
            return self.current  # "Kunshan, a county-level city under Suzhou, … The city's GDP": Kunshan's own
        if p.anaphor == "city" and county_level(self.current):  # 全市 while a district or county is discussed: its city
            return self.city or self.seat_city or self.current
        return self.current


def last_named(codes: list[str], gz: Gazetteer, n: int = 2) -> list[str]:
    """The last ``n`` of ``codes`` (in the order named), each the most specific of its mention ("Guangzhou's
    Tianhe … Shenzhen's Futian": Tianhe and Futian, not Shenzhen and Futian); fewer when fewer were named."""
    out: list[str] = []
    for code in reversed(codes):
        if code and code not in out and not any(is_ancestor(code, c, gz) for c in out):
            out.insert(0, code)
        if len(out) == n:
            break
    return out


def most_specific(named: list[Place], gz: Gazetteer) -> str | None:
    """The first mention's most specific form: 'Nanshan district in Shenzhen' → Nanshan."""
    first = named[0].code
    for p in named[1:4]:
        if p.code == COUNTRY or first == COUNTRY:
            break
        if first in {a.code for a in gz.ancestors(gz.get(p.code))}:
            first = p.code
    return first


def is_ancestor(a: str, d: str, gz: Gazetteer) -> bool:
    if a == COUNTRY or d == COUNTRY:
        return a == COUNTRY and d != COUNTRY
    return a in {x.code for x in gz.ancestors(gz.get(d))}


_HAS_PARTS = re.compile(
    r"下辖|辖有?|管辖|代管|包括|包含|\b(?:administer(?:s|ed)?|governs?|oversees?|compris(?:es|ed)|consists? of|"
    r"includ(?:es|ed|ing)|is divided into)\b",
    re.I,
)


def describing(norm: str, p: Place, named: list[Place]) -> bool:
    """Whether ``p``'s possessive describes the place named just before it ("Ningxiang, Liuyang's neighbour to the
    west, grew …", "Jiangyin, Kunshan's closest rival, reported …"): the sentence is about Ningxiang alone."""
    right_after = any(o.code and o.end < p.start and re.fullmatch(r",\s*", norm[o.end : p.start]) for o in named)
    return right_after and bool(re.match(r"['’]s\s[^,;()\d]{0,40},", norm[p.end : p.end + 50]))


def _held_part(norm: str, p: Place, places: list[Place], gz: Gazetteer) -> bool:
    """Whether ``p`` is named as a part a place before it has: 无锡市位于江苏省南部，下辖江阴、宜兴…; "It
    administers five districts and two county-level cities, Jiangyin and Yixing"."""
    owner = next(
        (
            q
            for q in reversed(places)
            if q.end <= p.start
            and (q.anaphor or (q.code and q.code != p.code and is_ancestor(q.code, p.code or "", gz)))
        ),
        None,
    )
    if owner is None or re.search(r"[。.;；]", norm[owner.end : p.start]):
        return False
    named = sum(q.end - q.start for q in places if owner.end <= q.start and q.end <= p.start)
    if p.start - owner.end - named > 80:  # the words between, the names of a long list aside
        return False
    return bool(_HAS_PARTS.search(norm, owner.end, p.start))


_NATIONAL = re.compile(  # the country's institutions: a text naming them and no place speaks of the country
    r"\bPremier\b|\bState Council\b|\bNational People['’]s Congress\b|\bNPC\b|国务院|全国人大|全国人民代表大会|"
    r"全国两会|国家统计局|National Bureau of Statistics|\bNBS\b"
)
_SENTENCE_END = re.compile(r"[。！？;；\n]|\.\s")


def first_subject(places: list[Place], norm: str, gz: Gazetteer, hint: str | None = None) -> str | None:
    """The place a document starts about: the first named as a subject ("Shenzhen's Nanshan district": the
    part its city is written onto), else where it was filed ("KUNSHAN, Jan. 20 (Xinhua) -- The city's GDP …"),
    else the place its address names (``hint``)."""
    named = [p for p in places if p.code and not p.ignore and not p.compared]  # not 比全省和全国平均水平（7%）
    written_onto = len(named) > 1 and re.fullmatch(r"['’]s\s+|\s*", norm[named[0].end : named[1].start])
    if written_onto and is_ancestor(named[0].code or "", named[1].code or "", gz):
        return named[1].code
    end = _SENTENCE_END.search(norm, named[0].end) if named else None
    listed = {p.code for p in named if end and p.start < end.start()} - {COUNTRY}
    if len(listed) >= 3 and len({gz.get(c or "").parent_code for c in listed}) == 1:
        named = []  # "The city governs eight districts - Shangcheng, Xiacheng, …": its parts, none the subject
    subject = named[0].code if named else None
    subject = _whole_said_first(places, named[0], gz) if named and subject != COUNTRY else subject
    if subject == COUNTRY:  # 全区地区生产总值…。注：根据我国国民经济核算制度，…朝天区…: the district, named later;
        local = next((p.start for p in named if p.code != COUNTRY), len(norm))  # also after "since new China was
        subject = _itself(places, local, gz) or subject  # founded, … the county realized …" names the country first
    if subject == COUNTRY and end is not None and not norm.startswith(("'s", "’s"), named[0].end):
        inside = [p.code for p in named if p.code != COUNTRY and p.start < end.start()]  # "A gateway to northwest
        subject = inside[0] if inside else subject  # China, Shaanxi links …": the place, not its setting
    subject = subject or next((p.code for p in places if p.code and p.dateline), None) or _fitting(hint, places, gz)
    if subject is None and not any(p.code or p.anaphor for p in places) and _NATIONAL.search(norm, 0, 3000):
        return COUNTRY  # "Premier Li Qiang delivered the government work report …" naming no place: the country's
    return subject


def _whole_said_first(places: list[Place], first: Place, gz: Gazetteer) -> str | None:
    """The place a page is about when it speaks of itself (全市) before naming any place: not the first one
    named when that is not of the kind it said (全市实现地区生产总值…。分县区看，鄞州区…: the city holding
    鄞州区), but the nearest place of that kind holding it."""
    kind = next((p.anaphor for p in places if p.anaphor and p.start < first.start), None)
    region = gz.get(first.code or "")
    if kind != "city" or region.kind in ANAPHOR_KINDS[kind] or not county_level(region.code):
        return first.code
    return next((a.code for a in gz.ancestors(region) if a.kind in ANAPHOR_KINDS[kind]), first.code)


def _itself(places: list[Place], before: int, gz: Gazetteer) -> str | None:
    """The one place of the kind a page calls itself (全区, 全县) before ``before``, when it names one such only."""
    kind = next((p.anaphor for p in places if p.anaphor and p.start < before), None)
    if kind not in ("district", "county"):
        return None
    fits = {
        p.code for p in places if county_level(p.code) and not p.ignore and gz.get(p.code).kind in ANAPHOR_KINDS[kind]
    }
    return fits.pop() if len(fits) == 1 else None


def _fitting(hint: str | None, places: list[Place], gz: Gazetteer) -> str | None:
    """The address's place, unless the page speaks of itself as a kind of place it is not (全县, 县委 on a page
    filed under a city's address: a county of that city, not the city)."""
    kinds = {p.anaphor for p in places if p.anaphor in ("district", "county", "city")}
    if hint is None or not kinds or county_level(hint) or "city" in kinds:
        return hint  # 全市 may be the city's own word, or the city a county's page compares itself with
    return None


_RANKED_IN_IT = re.compile(r"[^，,；;。\d]{0,10}?(?:排名|排第|排在|位居|位列|居第|名列|跻身)")


def carried_on(places: list[Place], gz: Gazetteer, norm: str = "") -> list[Place]:
    """The places a clause ended by ';' hands on to the next that names none: what it spoke of, not the
    neighbours it listed (北达平江县、汨罗市), the setting it lay in (位于长沙市中部), nor the field it ranks in
    (在全省县域经济排名由第30位跻身前10名: the county's rank, not the province's figures after it)."""
    kept = [p for p in places if not p.ignore and not (p.anaphor and _RANKED_IN_IT.match(norm, p.end))]
    codes = {p.code for p in kept if p.code}
    return [p for p in kept if not (p.code and any(is_ancestor(p.code, c, gz) for c in codes if c != p.code))]
