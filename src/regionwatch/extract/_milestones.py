"""Milestones named by reference: "Pudong first crossed that threshold in 2018, followed by Haidian in
2022" states, for each place, that its figure reached the threshold the text named before.

The threshold is the last money figure the document said was crossed ("surpassed the 1 trillion yuan
benchmark", "districts with a GDP surpassing one trillion yuan", the trillion-yuan club). A reference
("that threshold", "the milestone", "that goal", "the mark") with a place before it and a year beside
it gives one ``at_least`` claim; "followed by <place> in <year>" after it gives another.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from ..gazetteer import Gazetteer
from . import _cues as cues
from ._claims import Claim
from ._numbers import Quantity
from ._places import COUNTRY, Place
from ._qualifiers import QUALIFIER_BEFORE
from ._regions import is_ancestor
from ._roles import money_indicator
from ._text import Sentence
from ._years import GONE_AFTER, GONE_BEFORE, GONE_JOINED

__all__ = [
    "Threshold",
    "crossed_mark",
    "followers",
    "is_crossing",
    "is_mark",
    "milestone_claims",
    "predecessors",
    "threshold_of",
    "without_redundant_labels",
]

_CROSSING = dict(QUALIFIER_BEFORE)["at_least"]  # "surpassed the", "more than", 突破: a figure crossed
_REFERENCE = re.compile(
    r"\b(?:cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|hit(?:s|ting)?|"
    r"surpass(?:es|ed|ing)?|attain(?:s|ed|ing)?|br(?:eak|eaks|oke|eaking)|top(?:s|ped|ping)?|join(?:s|ed|ing)?)\s+"
    r"(?:that|the|this)\s+(?:same\s+)?(?:goal|milestone|threshold|mark|benchmark|level|club|feat|line|barrier)\b|"
    r"\b(?:did so|did the same|followed suit|(?:followed|join(?:s|ed)?(?: (?:it|them))?|made the (?:list|cut)(?! of)|"
    r"became (?:members|a member|the (?:first|second|third|next|latest) (?:member|one|city|district|county)|"
    r"the (?:first|second|third|next|latest))|(?:was|were) the (?:first|second|third|next|latest)"
    r"(?: (?:member|one|city|district|county|to do so))?)(?=,? in (?:19|20)\d\d\b))",  # "Shanghai was the first in
    # 2006", "Chengdu and Wuhan joined in 2014", "Nanjing became members in 2016", "Hangzhou made the list in 2015"
    re.I,
)
_REFERENCE_ZH = re.compile(
    r"(?:迈过|跨过|跨越|突破|达到|实现|站上|迈上|跨上)了?(?:这一|这个|该|此)(?:门槛|关口|目标|大关|台阶|量级)|"
    r"(?<=\d年)(?:率先|相继|先后|也|亦|随后|紧随其后)?(?:突破|跟进|加入|迈入|入列|跻身其中)(?=[，,。；;]|$)"
)  # the second, a club's roll: 浦东新区最早，于2018年突破；海淀区2022年跟进；南山区2025年加入 (a verb with no object)
_YEAR_BEFORE_ZH = re.compile(r"((?:19|20)\d\d)年(?!.*(?:19|20)\d\d年)")
_YEAR_AFTER = re.compile(r"^[^.;,]{0,20}?\b(?:in|by)\s+((?:19|20)\d\d)\b", re.I)
_YEAR_OPENING = re.compile(r"^\s*(?:in|by)\s+((?:19|20)\d\d)\s*,", re.I)
_FOLLOWED_BY = re.compile(
    r"^[^.;,]{0,30}?(?:,\s*(?:followed by\s+|and\s+)?|\s+(?:followed by|and)\s+)", re.I
)  # "…, followed by X in 2022", "… and X in 2022", "…, X in 2022"


@dataclass(frozen=True)
class Threshold:
    indicator: str
    value: float


def threshold_of(norm: str, sent: Sentence, qs: list[Quantity]) -> Threshold | None:
    """The last money figure of the sentence said to be crossed ("surpassing one trillion yuan", 突破):
    what "that threshold" will refer to."""
    found = None
    for q in qs:
        if q.club:
            found = Threshold("gdp", q.value)  # "joins the trillion-yuan club": a club of GDPs
        elif q.unit == "CNY" and is_mark(q.value) and _CROSSING.search(norm[max(0, q.start - 30) : q.start]):
            indicator = money_indicator(norm[sent.start : q.start], norm[q.end : sent.end])
            if indicator is not None and not indicator.startswith("other:"):
                found = Threshold(indicator, q.value)
    return found


def is_mark(value: float) -> bool:
    """A round sum a threshold is (1 trillion, 500 billion, 1.5 trillion), not a level passed ("exceeds 1.7
    trillion yuan", "more than 580,000 yuan")."""
    if value <= 0:
        return False
    lead = value / 10 ** math.floor(math.log10(value))
    return any(abs(lead - m) < 1e-9 for m in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9))


def milestone_claims(
    text: str,
    norm: str,
    sent: Sentence,
    places: list[Place],
    qs: list[Quantity],
    prior: Threshold | None,
    gz: Gazetteer,
) -> list[Claim]:
    """One claim per place said to have reached a threshold by reference, dated by its year: the threshold
    crossed before the reference in its sentence ("… above 1 trillion yuan, after Changzhou joined the club"),
    else ``prior`` (a later one is not it: "crossed the same mark in 2022, after Pudong, whose GDP now exceeds
    1.7 trillion yuan")."""
    out: list[Claim] = []
    since = sent.start
    refs = sorted(
        [*_REFERENCE.finditer(norm, sent.start, sent.end), *_REFERENCE_ZH.finditer(norm, sent.start, sent.end)],
        key=lambda m: m.start(),
    )
    each = [(e.start(), e.end()) for e in _EACH_IN_ITS_YEAR.finditer(norm, sent.start, sent.end)]
    refs = [m for m in refs if not any(a <= m.start() < b for a, b in each)]  # …分别于2022年、2025年加入: each its own
    for k, m in enumerate(refs):
        threshold = threshold_of(norm, sent, [q for q in qs if q.end <= m.start()]) or prior
        if threshold is None:
            continue
        subject = _subject(places, since, m.start(), gz)
        year = _year(norm, sent, m.end()) or _year_opening(norm, sent) or _year_before_zh(norm, since, m.start())
        since = m.end()
        if subject is None or year is None:
            continue
        for code in _joined_before(norm, places, subject, gz):  # "after Changzhou and Yantai joined the club"
            out.append(_claim(text, code, year, threshold, subject[1], m.end()))
        own = _claim(text, subject[0], year, threshold, subject[1], m.end())
        if any(c.region == own.region and c.period == own.period and c.start == own.start for c in out):
            continue  # "Pudong crossed the threshold in 2017, and Haidian followed in 2022": Haidian's once
        out.append(dataclasses.replace(own, kind=_looked_ahead(norm[subject[2] : m.start()])))
        upto = refs[k + 1].start() if k + 1 < len(refs) else sent.end  # not the next reference's "later than"
        out += _years_apart(text, norm, m.end(), upto, places, year, threshold, gz)
        out += _followed_by(text, norm, sent, m.end(), places, {subject[0]}, threshold, gz)
    return out + _each_in_its_year(text, norm, sent, places, qs, prior)


_EACH_IN_ITS_YEAR = re.compile(  # 海淀区、南山区分别于2022年、2025年加入: the places before, each in its year
    r"分别(?:于|在)?((?:(?:19|20)\d\d年[、和及与]?){2,})(?:相继|先后)?(?:加入|迈入|突破|跻身|跟进|入列)(?=[，,。；;]|$)"
)


def _each_in_its_year(
    text: str, norm: str, sent: Sentence, places: list[Place], qs: list[Quantity], prior: Threshold | None
) -> list[Claim]:
    out: list[Claim] = []
    for m in _EACH_IN_ITS_YEAR.finditer(norm, sent.start, sent.end):
        threshold = threshold_of(norm, sent, [q for q in qs if q.end <= m.start()]) or prior
        if threshold is None:
            break
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(1))]
        named: list[Place] = []
        for p in reversed([p for p in places if sent.start <= p.start and p.end <= m.start() and p.code]):
            gap = norm[p.end : named[0].start if named else m.start()]
            if not re.fullmatch(r"[、和及与]?", gap) or p.code == COUNTRY:
                break
            named.insert(0, p)
        if len(named) == len(years):
            out += [
                _claim(text, p.code or "", y, threshold, p.start, m.end()) for p, y in zip(named, years, strict=True)
            ]
    return out


def _followed_by(
    text: str,
    norm: str,
    sent: Sentence,
    at: int,
    places: list[Place],
    seen: set[str],
    threshold: Threshold,
    gz: Gazetteer,
) -> list[Claim]:
    """The places after a crossing, each with its year ("…, followed by Beijing in 2008 and Guangzhou in 2010")."""
    out: list[Claim] = []
    while after := _FOLLOWED_BY.match(norm[at : sent.end]):
        at += after.end()
        nxt = _subject(places, at, min(sent.end, at + 60), gz, first=True)
        nxt_year = _year(norm, sent, nxt[2]) if nxt else None
        if nxt is None or nxt_year is None or nxt[0] in seen:
            break
        seen.add(nxt[0])
        out.append(_claim(text, nxt[0], nxt_year, threshold, nxt[1], nxt[2]))
        at = nxt[2] + (_year_end(norm, sent, nxt[2]) or 0)
    return out


def _year_end(norm: str, sent: Sentence, at: int) -> int | None:
    m = _YEAR_AFTER.match(norm[at : sent.end])
    return m.end() if m else None


def _subject(
    places: list[Place], start: int, end: int, gz: Gazetteer, first: bool = False
) -> tuple[str, int, int] | None:
    """The most specific place named between ``start`` and ``end`` (the first chain when ``first``),
    with where its mention starts and ends."""
    named = [p for p in places if start <= p.start and p.end <= end and p.code and p.code != COUNTRY]
    named = [p for p in named if not p.ignore and not p.anaphor]
    if not named:
        return None
    if first:
        head = named[0].code or ""  # its chain: "Beijing's Haidian", not "Haidian in 2022 and Nanshan"
        chain = [p for p in named[1:3] if p.start - named[0].end <= 40]
        named = [named[0]] + [p for p in chain if _related(head, p.code or "", gz)]
    codes = [p.code for p in named if p.code]
    specific = [p for p in named if not any(p.code != d and is_ancestor(p.code or "", d, gz) for d in codes)]
    pick = specific[-1] if specific else named[-1]
    chain = [p for p in named if p.start <= pick.start and pick.start - p.end <= 12]  # "Shanghai's Pudong"
    return pick.code or "", min(p.start for p in chain), max(p.end for p in named)


def _related(a: str, b: str, gz: Gazetteer) -> bool:
    return is_ancestor(a, b, gz) or is_ancestor(b, a, gz)


def _joined_before(norm: str, places: list[Place], subject: tuple[str, int, int], gz: Gazetteer) -> list[str]:
    """Siblings joined to the subject by 'and', 、 or 和 right before it ("Changzhou and Yantai joined …")."""
    out: list[str] = []
    own = [p for p in places if p.code == subject[0] and subject[1] <= p.start < subject[2]]
    start = own[-1].start if own else subject[1]
    for p in reversed([p for p in places if p.end <= start and p.code and p.code != COUNTRY and not p.ignore]):
        if not re.fullmatch(r"\s*(?:,\s*and|,|and|、|和|与|及)\s*", norm[p.end : start]) or p.code == subject[0]:
            break
        if is_ancestor(p.code or "", subject[0], gz) or is_ancestor(subject[0], p.code or "", gz):
            break
        out.insert(0, p.code or "")
        start = p.start
    return out


def _year(norm: str, sent: Sentence, at: int) -> int | None:
    m = _YEAR_AFTER.match(norm[at : sent.end])
    return int(m.group(1)) if m else None


def _year_before_zh(norm: str, start: int, end: int) -> int | None:
    m = _YEAR_BEFORE_ZH.search(norm[start:end])
    return int(m.group(1)) if m else None


def _year_opening(norm: str, sent: Sentence) -> int | None:
    m = _YEAR_OPENING.match(norm[sent.start : sent.end])
    return int(m.group(1)) if m else None


def _looked_ahead(between: str) -> str:
    """The kind of a crossing said between its place and the reference, by the cues the kind stage reads
    (有望于2026年跨过这一门槛 is expected, 力争… a goal), the nearer deciding; else a result."""
    goal = max((m.end() for m in cues.TARGET.finditer(between)), default=-1)
    expected = max((m.end() for m in cues.EXPECTED.finditer(between)), default=-1)
    return "actual" if goal == expected == -1 else "target" if goal >= expected else "expected"


def _claim(text: str, region: str, year: int, threshold: Threshold, start: int, end: int) -> Claim:
    return Claim(
        region,
        threshold.indicator,
        str(year),
        threshold.value,
        "CNY",
        "at_least",
        "actual",
        None,
        text[start:end].strip(),
        start,
        end,
        inferred=[],
    )


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_YEARS_APART = re.compile(
    r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r"|a)\s+years?\s+(after|before|later than|earlier than)\s+(?:the\s+)?",
    re.I,
)


_CLAUSE_END = re.compile(r"[,;.]")
_PLACE_ALONE = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|did\b|had\b|crossed\b|$)", re.I)


def _years_apart(
    text: str, norm: str, start: int, end: int, places: list[Place], year: int, threshold: Threshold, gz: Gazetteer
) -> list[Claim]:
    """ "crossed the same mark in 2022, four years after Shanghai's Pudong": each place after such words crossed
    that many years before (or after), its year worked out, so marked inferred."""
    out = []
    for m in _YEARS_APART.finditer(norm, start, end):
        clause = _CLAUSE_END.search(norm, m.end(), end)
        stop = min(end, m.end() + 40, clause.start() if clause else end)  # "…after Shanghai's Pudong, and Nanshan"
        after = [dataclasses.replace(p, ignore=False) for p in places if m.end() <= p.start < stop]
        named = _subject(after, m.end(), stop, gz, first=True)  # "after Pudong" is no subject, here the one meant
        if named is None or named[1] != m.end() or not _PLACE_ALONE.match(norm, named[2]):
            continue  # not "45 years after Shenzhen became a special economic zone": an event, not a crossing
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else 1 if word == "a" else _NUMBER_WORDS.index(word) + 1
        shift = -n if m.group(2).lower() in ("after", "later than") else n
        claim = _claim(text, named[0], year + shift, threshold, m.start(), named[2])
        out.append(dataclasses.replace(claim, inferred=["period"]))
    return out


_YEAR_OF_PLACE = re.compile(r"((?:19|20)\d\d)年\s*$")  # 2018年浦东新区
_YEAR_AFTER_PLACE = re.compile(r"^(?:['’]s)?[^,，、;。]{0,20}?(?:\bin\s+|[(（]\s*)((?:19|20)\d\d)")  # Pudong in 2018


def followers(
    text: str, norm: str, sent: Sentence, places: list[Place], made: list[Claim], gz: Gazetteer
) -> list[Claim]:
    """The place a crossing the sentence states was followed by, with its year ("Pudong crossed the 1 trillion
    yuan mark in 2018, followed by Beijing's Haidian in 2022"): it crossed the same level then."""
    out: list[Claim] = []
    for c in made:
        if c.qualifier != "at_least" or c.unit != "CNY" or c.indicator.startswith("other:"):
            continue
        after = _FOLLOWED_BY.match(norm[c.end : sent.end])
        if after is None:
            continue
        at = c.end + after.end()
        nxt = _subject(places, at, min(sent.end, at + 60), gz, first=True)
        year = _year(norm, sent, nxt[2]) if nxt else None
        stated = {(d.region, d.period) for d in made + out}  # "following Pudong in 2018 and Haidian in 2022"
        if nxt and year and nxt[0] != c.region and (nxt[0], str(year)) not in stated:
            out.append(_claim(text, nxt[0], year, Threshold(c.indicator, c.value), nxt[1], nxt[2]))
    return out


def predecessors(
    text: str, norm: str, sent: Sentence, places: list[Place], made: list[Claim], gz: Gazetteer
) -> list[Claim]:
    """The places a crossing came after, each with its year (继2018年浦东新区、2022年海淀区之后，南山区…突破万亿元;
    "After Pudong in 2018 and Haidian in 2022, Nanshan …topped 1 trillion yuan"): each crossed it then."""
    crossing = next((c for c in made if c.qualifier == "at_least" and c.unit == "CNY"), None)
    if crossing is None:
        return []
    gone = GONE_BEFORE.search(norm, sent.start, crossing.start) or GONE_AFTER.match(norm, crossing.end, sent.end)
    gone = gone or GONE_JOINED.search(norm, crossing.start, crossing.end)  # "joining Pudong (2018) … as …"
    if gone is None:
        if "period" in crossing.inferred or not crossing.period.isdigit():
            return []
        threshold = Threshold(crossing.indicator, crossing.value)  # "… in 2025, seven years after Pudong"
        return _years_apart(text, norm, crossing.end, sent.end, places, int(crossing.period), threshold, gz)
    inside = [p for p in places if gone.start() <= p.start < gone.end() and p.code not in (None, COUNTRY)]
    codes = {p.code for p in inside}
    out = []
    for p in inside:
        if p.code == crossing.region or any(p.code != d and is_ancestor(p.code or "", d, gz) for d in codes):
            continue  # "Shanghai's Pudong": the district, not its city
        before = _YEAR_OF_PLACE.search(norm[max(gone.start(), p.start - 6) : p.start])
        after = _YEAR_AFTER_PLACE.match(norm[p.end : gone.end()])
        if before is None and after is None:
            continue
        year = int((before or after).group(1))
        start = p.start - (len(before.group()) if before else 0)
        end = p.end + (after.end() if after and not before else 0)
        out.append(_claim(text, p.code, year, Threshold(crossing.indicator, crossing.value), start, end))
    return out


def without_redundant_labels(claims: list[Claim], label_spans: set[tuple[int, int]]) -> list[Claim]:
    """跨入"万亿俱乐部", "became a trillion-yuan district" say a figure only where the document states no
    other GDP for that place and year (the labels rule of the claims format); where it does, they are left out."""
    if not label_spans:
        return claims
    stated = {  # in yuan: "the one-trillion-yuan ($143.7 billion) threshold" has no other statement, only its dollars
        (c.region, c.period, c.unit) for c in claims if c.indicator == "gdp" and (c.start, c.end) not in label_spans
    }
    return [c for c in claims if (c.start, c.end) not in label_spans or (c.region, c.period, c.unit) not in stated]


def crossed_mark(made: list[Claim]) -> Threshold | None:
    """The round mark a result was said to cross ("Pudong passed 1 trillion yuan"): what "Haidian did so" means."""
    crossed = [c for c in made if is_crossing(c) and c.kind == "actual" and not c.indicator.startswith("other:")]
    return Threshold(crossed[-1].indicator, crossed[-1].value) if crossed else None


def is_crossing(c: Claim) -> bool:
    """A claim that a round sum was passed ("passed 1 trillion yuan"), not a level."""
    return c.qualifier == "at_least" and c.unit == "CNY" and is_mark(c.value)
