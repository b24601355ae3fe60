"""Figures in lists: 分别/respectively (places, years or sectors listed before the figures, each unit its
own list), as many figures as places when "respectively" is unsaid, and a currency written once after
a list of scaled numbers."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..gazetteer import Gazetteer
from . import _cues as cues
from ._carried_years import carry_years
from ._claims import Claim
from ._list_ends import MONEY, family, last_run, list_end
from ._list_turns import in_their_periods, periods_in_turn, to_earlier_places
from ._listed_measure import Listed
from ._members import members_listed
from ._parts import parts_listed
from ._places import Place
from ._regions import LIST_GAP, is_ancestor
from ._roles import counts_in, indicator_record, last_match, measures_in
from ._text import Sentence
from ._years import YEAR, count_of, years_named

__all__ = ["SECTOR_NAMES", "assign_lists", "respectively"]

_SECTORS = re.compile(
    r"\b(?P<p>primary|first(?=(?: and|,)? (?:second|industr)))\b|"
    r"\b(?P<s>secondary|second(?=(?: and|,)? (?:third|tertiar|industr)))\b|"
    r"\b(?P<t>tertiar(?:y|ies)|third(?= industr))\b|第(?P<p2>一)|(?P<p3>一)(?=产?[、,，和及]\s*(?:第)?二)|"
    r"(?P<s2>二)(?=产?[、,，和及]|产)|(?P<t2>三)产(?:业)?"  # 第一、二、三产业; 一、二、三产(业); 一产、二产、三产
    r"|(?P<all>三次产业|三大产业|一二三产业?|\bthree (?:major )?(?:sectors|industries)\b|"
    r"\b(?:agricultur\w*|farming),\s*(?:the\s+)?industr(?:y|ial sector),?\s+and\s+(?:the\s+)?services?\b)",
    re.I,
)
SECTOR_NAMES = {
    "p": "primary_value_added",
    "s": "secondary_value_added",
    "t": "tertiary_value_added",
}


def _sectors_in(head: str) -> list[str]:
    """The sectors named in ``head``, in order; 三次产业 names all three."""
    out: list[str] = []
    for m in _SECTORS.finditer(head):
        key = next(k for k, v in m.groupdict().items() if v)
        out += list(SECTOR_NAMES.values()) if key == "all" else [SECTOR_NAMES[key[0]]]
    return out


def assign_lists(
    norm: str, sent: Sentence, out: list[Claim], places: list[Place], gz: Gazetteer, recent: list[str]
) -> list[Claim]:
    """The sentence's claims with its lists of figures given out in order: said 'respectively' (分别), unsaid
    (as many figures as places), a list of years or of sectors."""
    said = re.search(r"分别(?![是为]\D*$)|respectively|each reaching", sent.text, re.I)  # not …，分别是昆山、江阴
    if not said and (end := parallel_list_end(out, norm)) is not None:  # the list, then a figure of its own
        listed = respectively(norm, sent, [c for c in out if c.end <= end], places, gz, recent)
        return listed + [c for c in out if c.end > end]  # "… X and Y in 2024, short of the 600-billion-yuan mark"
    if (
        said
        or (parallel(out) and (not _named_between(out, places) or _parallel_clause(out) is not None))
        or _from_to_years(sent, out)
        or years_listed_after(norm, sent, out)
        or listed_sectors(norm, sent, out)
        or _group_listed(norm, sent, out)
    ):
        return respectively(norm, sent, out, places, gz, recent)
    return out


def _named_between(claims: list[Claim], places: list[Place]) -> bool:
    """Whether a place is named between the sentence's first figure and its last: the later figures have subjects
    of their own (慈溪、义乌GDP均突破2600亿元，诸暨、乐清也双双站上1500亿元), no list given out in order."""
    spans = sorted({(c.start, c.end) for c in claims})
    return any(p.code and not p.ignore and spans[0][1] <= p.start < spans[-1][0] for p in places)


def _specific(codes: list[str], gz: Gazetteer) -> list[str]:
    """The codes in order, once each, without those of a place holding another (江苏昆山: 昆山)."""
    once = list(dict.fromkeys(codes))
    return [c for c in once if not any(c != d and is_ancestor(c, d, gz) for d in once)]


def _group_listed(norm: str, sent: Sentence, claims: list[Claim]) -> bool:
    """ "The three cities' GDP stood at X, Y and Z": a group named by its size before as many figures of one
    unit (respectively, unsaid)."""
    spans = sorted({(c.start, c.end, family(c.unit)) for c in claims})
    if len(spans) < 2 or len({f for _s, _e, f in spans}) != 1:
        return False
    group = cues.GROUP_OF_SIZE.search(norm, sent.start, spans[0][0])
    return group is not None and count_of(group) == len(spans)


def _from_to_years(sent: Sentence, claims: list[Claim]) -> bool:
    """ "From 2023 to 2025, GDP rose from X to Y": two years, two figures of one unit, in order."""
    spans = {(c.start, c.end) for c in claims if c.unit in ("CNY", "USD")}
    return len(spans) == 2 and bool(
        re.search(r"\bfrom\s+(?:19|20)\d\d\s+(?:to|through)\s+(?:19|20)\d\d", sent.text, re.I)
    )


def parallel(claims: list[Claim]) -> bool:
    """N places and N figures of one unit, the first figure given to all N: "Nanshan, Futian and
    Longgang were the top three, at 1.05 trillion, 640 billion and 500 billion yuan" (respectively,
    unsaid)."""
    if not claims:
        return False
    first, spans = _first_and_spans(claims)  # not one place's two measures sharing a figure (均突破千亿元)
    return (
        len(first) > 1 and len(spans) % len(first) == 0 and len(first) == len({c.region for c in first})
    ) or _parallel_clause(claims) is not None


def _first_and_spans(claims: list[Claim]) -> tuple[list[Claim], list[tuple[int, int]]]:
    """The claims of the sentence's first figure (one per place it was given to), and the spans of every
    figure of its unit, in text order."""
    first = [c for c in claims if (c.start, c.end) == (claims[0].start, claims[0].end)]
    return first, sorted({(c.start, c.end) for c in claims if c.unit == first[0].unit})


def parallel_list_end(claims: list[Claim], norm: str) -> int | None:
    """Where a list of N figures for the N places given the first ends, when more figures of that unit
    follow it: "A and B reported GDP of X yuan and Y yuan in 2024, short of the 600-billion-yuan mark"."""
    if not claims:
        return None
    first, spans = _first_and_spans(claims)
    n = 1
    while n < len(spans) and LIST_GAP.fullmatch(norm, spans[n - 1][1], spans[n][0]):
        n += 1
    places = len({c.region for c in first})
    more = len(spans) % places != 0 if places else True  # not "X and Y, up from A and B": a list of the bases too
    return spans[n - 1][1] if places > 1 and n == len(first) == places < len(spans) and more else None


def _clause_of_the_list(norm: str, sent: Sentence, claims: list[Claim], at: int) -> tuple[list[Claim], Sentence] | None:
    """(the claims of the clauses before, the clause holding position ``at``) — None when none comes before."""
    cut = max((sent.start + m.end() for m in re.finditer(r"[，,；;]", sent.text[: at - sent.start])), default=0)
    early = [c for c in claims if c.end <= cut]
    return (early, Sentence(cut, sent.end, norm[cut : sent.end])) if early else None


def _by_span(claims: list[Claim]) -> dict[tuple[int, int], list[Claim]]:
    """The claims of each figure (one per place it was given to), the figures in text order."""
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        by_span.setdefault((c.start, c.end), []).append(c)
    return by_span


def _parallel_clause(claims: list[Claim]) -> int | None:
    """Where a later clause's list starts: "Nanshan grew 6.2%, while Futian and Tianhe grew 5.1% and 3.9%"
    (its first figure given to its N places, N figures of that unit from there); else None."""
    by_span = _by_span(claims)
    spans = list(by_span)
    head = by_span[spans[0]] if spans else []
    if len(head) > 1 and len([s for s in spans if by_span[s][0].unit == head[0].unit]) % len(head) == 0:
        return None  # "A and B posted X and Y, up a and b" ("…, up from A and B"): every list is the same places'
    for k, sp in enumerate(spans[1:], start=1):
        owners = by_span[sp]
        later = [s for s in spans[k:] if by_span[s][0].unit == owners[0].unit]
        if len(owners) > 1 and len(later) == len(owners):
            return sp[0]
    return None


_YEAR_BEFORE = re.compile(r"[^.;,，。；]{0,16}?\b(?:a year (?:earlier|before|ago)|the (?:previous|prior) year)", re.I)
_BASES_FROM = re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+(?:about\s+)?$", re.I)


def _bases_in_order(norm: str, claims: list[Claim]) -> set[tuple[int, int]]:
    """ "60 listed companies and 3,500 high-tech enterprises, up from 54 and 2,900 respectively at the end of
    2024": the figures after "up from" are the earlier values of those before it, measure by measure; they
    are results, and a year written for one of them is the year of all."""
    firsts = [same[0] for same in _by_span(claims).values()]
    cut = next((i for i, c in enumerate(firsts) if _BASES_FROM.search(norm[max(0, c.start - 25) : c.start])), None)
    if cut is None or cut < 2 or len(firsts) != 2 * cut:
        return set()
    earlier, bases = firsts[:cut], firsts[cut:]
    if any(family(e.unit) != family(b.unit) for e, b in zip(earlier, bases, strict=True)):
        return set()
    stated = next((b.period for b in bases if "period" not in b.inferred), None)
    if _YEAR_BEFORE.match(norm, bases[-1].end) and earlier[0].period.isdigit():
        stated = str(int(earlier[0].period) - 1)  # "…, up from 45 and 2,500 respectively a year earlier"
    for e, base in zip(earlier, bases, strict=True):
        base.indicator, base.kind = e.indicator, "actual"
        if stated is not None:
            base.period = stated
            base.inferred = [f for f in base.inferred if f not in ("period", "kind")]
    return {(b.start, b.end) for b in bases}


_THE_TWO = re.compile(
    r"两地|两区|两县|两市|两省|二者|两者|\bboth\b|\bthe two (?:districts|counties|cities|places|provinces)\b", re.I
)


def _the_two(
    norm: str, sent: Sentence, group: list[tuple[int, int]], spans: list[tuple[int, int]], places: list[Place]
) -> list[str] | None:
    """两地增速分别为5.5%和5.8%: the two places named last before the pair of figures, in order."""
    if len(group) != 2:
        return None
    lead = max([e for _s, e in spans if e <= group[0][0]], default=sent.start)
    if not _THE_TWO.search(norm, lead, group[0][0]):
        return None
    codes = list(dict.fromkeys(p.code for p in places if p.code and not p.ignore and p.end <= lead))
    return codes[-2:] if len(codes) >= 2 else None


def listed_sectors(norm: str, sent: Sentence, claims: list[Claim]) -> bool:
    """Sectors listed before as many money figures, 'respectively' unsaid: "the added value of the primary,
    secondary and tertiary industries were X, Y and Z", 第一、二、三产业增加值为X、Y、Z."""
    spans = sorted({(c.start, c.end) for c in claims if c.unit in ("CNY", "USD")})
    if len(spans) < 2:
        return False
    head = norm[sent.start : spans[0][0]]
    return len(_sectors_in(head)) == len(spans)


_WHOSE = re.compile(r",\s*whose\b[^,;]*$", re.I)
_WHOSE_IN = re.compile(r",\s*whose\b", re.I)
_LIST_OPENS = re.compile(r"\b(?:including|such as|than|like|namely|notably|especially|among them)\b|[:：]", re.I)


def _whose(norm: str, start: int, first: int, places: list[Place]) -> list[str]:
    """The places a 'whose' clause is about ("bigger than 12 provinces, including Gansu and Hainan, whose GDPs
    were X and Y respectively"): those listed right before it, compared or not."""
    whose = _WHOSE.search(norm, start, first)
    if whose is None:
        return []
    opens = [m.end() for m in _LIST_OPENS.finditer(norm, start, whose.start())]
    begin = opens[-1] if opens else start
    return list(dict.fromkeys(p.code for p in places if p.code and begin <= p.start and p.end <= whose.start()))


_LIST_OPENED = re.compile(r",\s*(?:while|whereas|but)\b", re.I)


def respectively(
    norm: str, sent: Sentence, claims: list[Claim], places: list[Place], gz: Gazetteer, recent: list[str] | None = None
) -> list[Claim]:
    """Figures listed 'respectively' take the places, years or sectors listed before them, in order.

    福田区、龙岗区分别为6100亿元和5900亿元; "in 2020, 2021 and 2022 … 100, 110 and 120 trillion yuan,
    respectively"; "the primary, secondary and tertiary industries … X, Y and Z respectively".
    """
    whose = _WHOSE_IN.search(norm, sent.start, sent.end)  # "… than 12 provinces, including A and B, whose GDPs
    if whose and any(c.start < whose.start() for c in claims) and any(c.start > whose.start() for c in claims):
        early = [c for c in claims if c.start < whose.start()]  # were X and Y respectively": the list after it
        return early + respectively(norm, sent, [c for c in claims if c.start > whose.start()], places, gz, recent)
    cut = list_end(norm, sent, claims)  # "… X and Y respectively last year, while C surged Z": C's own
    if cut is not None and any(c.start >= cut for c in claims):
        own = [c for c in claims if c.start < cut]
        if own:
            listed = respectively(norm, Sentence(sent.start, cut, norm[sent.start : cut]), own, places, gz, recent)
            rest, clause = [c for c in claims if c.start >= cut], Sentence(cut, sent.end, norm[cut : sent.end])
            if re.search(r"分别|\brespectively\b", clause.text) and cut > sent.start + 1:  # …，上年分别为A和B
                rest = respectively(norm, clause, rest, places, gz, recent)  # the places' own list again
                first = Sentence(sent.start, cut, norm[sent.start : cut])  # …，人均…分别为: the years listed before
                carry_years(norm, clause, rest, carry_years(norm, first, listed, None))
            return listed + rest  # 双双突破5000亿元: each place's, as read
    opened = last_match(_LIST_OPENED, sent.text)  # "A dipped 4% to X, while B and C rose … to Y and Z respectively"
    said = opened and re.search(r"\brespectively\b", sent.text[opened.end() :], re.I)
    cut = sent.start + opened.start() if opened and said else last_run(norm, sent, claims)
    if cut is not None and any(c.start < cut for c in claims):
        later = [c for c in claims if c.start >= cut]
        if later:
            clause = Sentence(cut, sent.end, norm[cut : sent.end])
            own = [p for p in places if p.start >= cut] or places
            early = [c for c in claims if c.start < cut]
            return early + in_their_periods(early, respectively(norm, clause, later, own, gz, recent))
    based = _bases_in_order(norm, claims)  # their own qualifiers: "more than 30 …, up from 22" is 22 exactly
    zh_each = re.search(r"分别", sent.text)
    # the list is the clause of 分别 (昆山5280亿元，宜兴、丹阳分别为2300亿元和1500亿元) or of an unsaid "respectively"
    # ("A grew 6.2%, while B and C grew 5.1% and 3.9%")
    at = sent.start + zh_each.start() if zh_each else _parallel_clause(claims)
    split = _clause_of_the_list(norm, sent, claims, at) if at is not None else None
    if split is not None:
        early, clause = split
        after = max((c.end for c in early), default=sent.start)  # 苏州以X居首，南京和无锡紧随其后，分别…: not 苏州
        mentioned = [p for p in places if p.code or p.anaphor]
        own = [p for p in mentioned if p.start >= clause.start] or [p for p in mentioned if p.start >= after] or places
        later = respectively(norm, clause, claims[len(early) :], own, gz, recent)
        if not any(p.code for p in mentioned if p.start >= clause.start):
            later = to_earlier_places(early, later)  # 前者为X，后者为Y，增速分别为a和b: the places just given
        return early + in_their_periods(early, later)
    by_span = _by_span(claims)
    spans = list(by_span)
    primary = [sp for sp in spans if not any(c.start == sp[0] and c.unit == "USD" for c in claims)] or spans  # all
    # in dollars ("per capita GDP of $26,100 and $25,900, respectively"): those are the list
    if len(primary) < 2:
        return claims
    first = primary[0][0]
    head = norm[sent.start : first]
    named = [p.code for p in places if p.code and not p.ignore and p.end <= first]
    named = [c for c in dict.fromkeys(named) if not any(c != d and is_ancestor(c, d, gz) for d in named)]
    named = _whose(norm, sent.start, first, places) or named  # "…, including Gansu and Hainan, whose GDPs were"
    group = cues.GROUP_OF_SIZE.search(head)  # 三地GDP增速分别为…, "the three districts grew 5%, 6% and 7% respectively"
    in_sentence = [p for p in places if p.code and not p.ignore and sent.start <= p.start < first]
    told = [p.code for p in places if group and p.code and sent.start <= p.start and p.end <= first]  # each named
    told = _specific(told, gz)  # (a compared place too), for a group of that size after them
    alone = bool(group) and len(_specific([p.code or "" for p in in_sentence], gz)) < 2
    if group and alone and 2 <= count_of(group) == len(primary) <= len(told):
        named = told[-count_of(group) :]  # 昆山GDP超过贵阳，两者分别为X和Y: the compared place is one of the two
    elif group and recent and len(in_sentence) < 2:
        size = count_of(group)
        units = Counter(family(by_span[sp][0].unit) for sp in primary)
        each_unit = len(units) > 1 and set(units.values()) == {size}  # 两区GDP分别为X和Y，分别增长a和b
        if (size == len(primary) or each_unit) and len(recent) >= size:
            named = recent[-size:]
    years = [int(y) for y in YEAR.findall(head)]
    span = years_named(head)
    if span and len(years) == 2 and span[1] - span[0] > 1:
        years = list(range(span[0], span[1] + 1))  # 2022—2024年…分别为X、Y和Z: one a year
    if not years:  # "X, Y and Z in 2023, 2024 and 2025, respectively": the years after the figures
        last = max(c.end for c in claims)
        years = [int(y) for y in YEAR.findall(norm[last : sent.end])]
    parts = parts_listed(head) or parts_listed(norm[max(c.end for c in claims) : sent.end])  # 一季度、上半年分别…
    sectors = _sectors_in(head)
    members = members_listed(norm, sent.start, first, places)
    if members is not None and len(members) == len(primary) and len(named) < len(members):
        dropped = {sp for sp, code in zip(primary, members, strict=True) if code is None}
        claims = [c for c in claims if (c.start, c.end) not in dropped]
        named = [code for code in members if code is not None]
        primary = [sp for sp in primary if sp not in dropped]
        spans = [sp for sp in spans if sp not in dropped]
        if not primary:
            return []
    measures = measures_in(head) if len(named) <= 1 and not sectors else []
    if len(measures) > 1 and len(measures_in(re.split(r"[，,；;]", head)[-1])) == 1:
        measures = []  # 城乡居民收入较快增长，人均可支配收入分别达X元和Y元: one measure's figures, not two measures'
    counted = counts_in(head) if len(named) <= 1 and not sectors else []
    lists = measures or counted or sectors or len(years) == len(primary) or len(parts) == len(primary)
    if not (named or in_sentence or lists) and cues.RESPECTIVELY.search(sent.text):
        named = recent[-len(primary) :] if recent and len(recent) >= len(primary) else named  # "Pudong …, Haidian
        # … and Nanshan …. Growth rates were X, Y and Z respectively": the places the sentences before listed
    by_span = _by_span(claims)  # the members' claims only, when a member named no place
    out: list[Claim] = []
    first_qualifier = by_span[primary[0]][0].qualifier
    index = -1
    # 分别为6400亿元、2900亿元，分别增长5.1%、4.2%: each unit's figures are a list of their own
    groups: dict[str, list[tuple[int, int]]] = {}
    for sp in primary:
        groups.setdefault(family(by_span[sp][0].unit), []).append(sp)
    first_unit = next(iter(groups.values()), [])  # the spans of the first unit listed
    lead = _lead_regions(first_unit, by_span)
    size = len(first_unit)
    if len(named) > size > 1 and all(len(g) == size for g in groups.values()):
        named = _last_joined(norm, places, first, size) or named  # 增城区以8.6%…，海珠区和白云区…分别为8.2%和8.0%
    for sp in spans:
        base = by_span[sp][0]
        if sp in primary:
            index += 1
        k = max(index, 0)
        group = groups.get(family(base.unit), [])
        pair = _the_two(norm, sent, group, spans, places)
        if pair and sp in group:
            base.region = pair[group.index(sp)]
        elif len(named) == len(primary):
            base.region = named[k]
        elif sp in group and len(named) > 1 and len(group) % len(named) == 0:
            base.region = named[group.index(sp) % len(named)]  # one list of the unit, or "X and Y, up from A and B"
        elif sp in group and len(lead) == len(group) > 1 and group[0][0] > max(e for _s, e in first_unit):
            base.region = lead[group.index(sp)]  # "A ranked 73rd with X, …, and D 88th with Y, up a, b, c and d
            # respectively": the rates go to the places the sums went to, in order
        year = years[k] if len(years) == len(primary) else None
        if year is None and sp in group and len(years) == len(group) > 1:
            year = years[group.index(sp)]  # …分别为X、Y和Z亿元，增速分别为a、b和c%: each unit's list a year apiece
        same = [g for g in group if by_span[g][0].unit == base.unit]  # …亿元；人均…分别为a、b和c万元: of one family
        if year is None and sp in same and len(years) == len(same) > 1:  # (money), each its own unit's list
            year = years[same.index(sp)]
        if year is not None and base.period.isdigit():
            base.period = str(year)
            base.inferred = [f for f in base.inferred if f != "period"]
        part = parts[k] if len(parts) == len(primary) else None
        if part is None and sp in group and len(parts) == len(group) > 1:
            part = parts[group.index(sp)]
        if part is not None and "/" not in base.period:
            base.period = base.period[:4] + (f"-{part}" if part else "")  # a part of the year apiece
            base.inferred = [f for f in base.inferred if f != "period"]
        tail = by_span[group[-1]][0] if group else None
        listed = Listed(norm, group, by_span[primary[0]][0], len(named), sectors, measures, head, counted, tail)
        pp = base.indicator == "other:percentage_points"  # 分别提升1.4和6.6个百分点: changes of the rates, not rates
        measure = base.indicator if pp else listed.measure(base, sp)
        if tail is not None and measure != base.indicator == f"other:{base.unit}" and "period" in base.inferred:
            base.period = tail.period  # its measure is the last figure's: so is the period it implies
        base.indicator = measure
        i = group.index(sp) if sp in group else 0
        if i % max(len(named), 1) and out and LIST_GAP.fullmatch(norm[group[i - 1][1] : sp[0]]):  # …上年分别为A和B
            prev = next(c for c in reversed(out) if (c.start, c.end) == group[i - 1])  # no words of its own: the
            base.indicator, base.period = prev.indicator, prev.period  # measure and period of the item before it
            base.relative_to = base.relative_to or prev.relative_to  # …分别占14.5%和9.9%: of the same whole
        rec = indicator_record(base.indicator)
        if rec is not None and base.unit in MONEY and rec.unit in MONEY:
            base.unit = rec.unit  # "GDP and per capita GDP … 180 billion yuan and 120,000 yuan": each its own unit
        if base.qualifier == "exact" and first_qualifier != "exact" and sp not in based:
            base.qualifier = first_qualifier
        out.append(base)
    return periods_in_turn(out)


def _last_joined(norm: str, places: list[Place], first: int, n: int) -> list[str]:
    """The codes of the last ``n`` places named before ``first``, when they are joined as one list (A和B, "A and B")."""
    last = [p for p in places if p.code and not p.ignore and p.end <= first][-n:]
    gaps = [norm[a.end : b.start] for a, b in itertools.pairwise(last)]
    joined = len(last) == n and all(LIST_GAP.fullmatch(g) for g in gaps)
    return [p.code or "" for p in last] if joined else []


def _lead_regions(first_unit: list[tuple[int, int]], by_span: dict[tuple[int, int], list[Claim]]) -> list[str]:
    """The places of the list's first unit, in order, when each of its figures went to a place of its own."""
    regions = [by_span[sp][0].region for sp in first_unit]
    return regions if len(set(regions)) == len(regions) else []


_YEAR_LIST = re.compile(
    r"^[^.;。；\d]{0,12}?(?:\bin\s+)?((?:19|20)\d\d(?:\s*(?:,|、|，)\s*(?:19|20)\d\d)*\s*(?:,?\s*and|和|及|与)\s*"
    r"(?:19|20)\d\d)(?!\d)",
    re.I,
)


def years_listed_after(norm: str, sent: Sentence, claims: list[Claim]) -> bool:
    """ "GDP grew 5.5, 5.8 and 6.1 percent in 2023, 2024 and 2025": as many years listed after a unit's
    figures as there are figures, one a year (an unsaid "respectively")."""
    if len(claims) < 2:
        return False
    last = max(c.end for c in claims)
    listed = _YEAR_LIST.match(norm[last : sent.end])
    if listed is None:
        return False
    years = len(YEAR.findall(listed.group(1)))
    spans = {(c.start, c.end, c.unit) for c in claims}
    return any(len([sp for sp in spans if sp[2] == unit]) == years for unit in {sp[2] for sp in spans})
