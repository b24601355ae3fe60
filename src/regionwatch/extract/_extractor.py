"""From a document's text to claims: quantities, places, indicators, periods, qualifiers and kinds.

The extractor reads sentence by sentence, carrying the current place ("the district", 该区, it)
and the year under discussion. It never raises on any input: unreadable parts yield no claims.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import asdict, dataclass

from ..gazetteer import Gazetteer
from . import _lexicon as lx
from ._places import COUNTRY, Place, find_places
from ._quantities import Quantity, find_en, find_zh
from ._text import Sentence, detect_language, normalise, sentences

__all__ = ["Claim", "extract_claims"]


@dataclass
class Claim:
    region: str
    indicator: str
    period: str
    value: float
    unit: str
    qualifier: str = "exact"
    kind: str = "actual"
    relative_to: str | None = None
    quote: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        if d["relative_to"] is None:
            del d["relative_to"]
        if d["page"] is None:
            del d["page"]
        return d


_YEAR_RE = re.compile(r"(?<![\d.])((?:19[5-9]|20[0-9])\d)(?![\d.%])(?!\s*(?:亿|万|元|%))")
_COMMUNIQUE_RE = re.compile(r"((?:19|20)\d\d)年.{0,30}?(?P<what>统计公报|国民经济和社会发展|政府工作报告|经济运行)")
_TITLE_REVIEW_RE = re.compile(r"(?:in|of|for)\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)年", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|plans?|aims?|targets?|by 20\d\d|expects?|expected)\b|将|计划|目标|力争|预计", re.I)
_CLAUSE_SPLIT = re.compile(r"(?<!\d),|,(?!\d{3})|[，:：、]|\s(?:while|whereas|but|and then)\s|\s-\s|–")
_PLURAL_SUBJECT = re.compile(
    r"\b(?:counties|cities|districts|provinces|regions|economies|municipalities|localities)\b|"
    r"个县|个城市|座城市|个区|县域|城市(?:中|里)|省份|各区|各县",
    re.I,
)


@dataclass
class _Context:
    lang: str
    published: dt.date | None
    doc_year: int | None  # the reporting year of a communiqué or a review of one year
    flow_default: int | None
    stock_default: int | None
    focus: str | None = None  # the current place
    last_district: str | None = None
    last_city: str | None = None
    last_county: str | None = None
    context_year: int | None = None
    last_money: str | None = None  # the money indicator of the previous sentence ("it rose to …")
    topic_gdp: bool = False  # the document's title or opening is about GDP


def extract_claims(
    text: str,
    *,
    lang: str | None = None,
    published: dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Claim]:
    """Claims a document states, in the claims format (see shared design: claims.md)."""
    try:
        return _extract(text, lang, published, gazetteer or Gazetteer.load())
    except Exception:  # the extractor must never raise on input: fall back to nothing
        if os.environ.get("REGIONWATCH_EXTRACT_DEBUG"):
            raise
        return []


def _extract(text: str, lang: str | None, published: object, gz: Gazetteer) -> list[Claim]:
    if not isinstance(text, str) or not text.strip():
        return []
    norm = normalise(text)
    lang = lang if lang in ("en", "zh") else detect_language(norm)
    pub = _as_date(published)
    ctx = _context(norm, lang, pub)
    places = find_places(norm, lang, gz)
    quantities = find_zh(norm) if lang == "zh" else find_en(norm)
    default_place = next((p.code for p in places if p.code and not p.ignore), None)
    ctx.focus = default_place
    claims: list[Claim] = []
    qi = pi = 0
    for sent in sentences(norm):
        sq: list[Quantity] = []
        while qi < len(quantities) and quantities[qi].start < sent.end:
            if quantities[qi].start >= sent.start:
                sq.append(quantities[qi])
            qi += 1
        sp: list[Place] = []
        while pi < len(places) and places[pi].start < sent.end:
            if places[pi].start >= sent.start:
                sp.append(places[pi])
            pi += 1
        made = _sentence_claims(text, norm, sent, sq, sp, ctx, gz)
        claims += made
        money = [c.indicator for c in made if c.unit in ("CNY", "USD") and not c.indicator.startswith("other:")]
        if money or ctx.lang == "en":
            ctx.last_money = money[-1] if money else None
        _update_focus(sp, ctx, gz)
        years = [int(y) for y in _YEAR_RE.findall(sent.text)]
        if years:
            ctx.context_year = years[-1]
        if sent.text.endswith("\n") or norm[sent.end : sent.end + 1] == "\n":
            ctx.context_year = None  # a new paragraph: the year under discussion is no longer known
            ctx.last_money = None
    return claims


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _context(norm: str, lang: str, pub: dt.date | None) -> _Context:
    head = norm[:300]
    first_line = head.strip().split("\n", 1)[0]
    doc_year = None
    m = _COMMUNIQUE_RE.search(head)
    if m:
        # a communiqué reports on its own year; a government work report reviews the year before
        doc_year = int(m.group(1)) - (1 if m.group("what") == "政府工作报告" else 0)
    elif first_line and len(first_line) <= 80 and not re.search(r"[。！？]|\.\s*$", first_line):
        t = _TITLE_REVIEW_RE.search(first_line)
        if t and re.search(r"econom|gdp|grow|perform|经济|生产总值|gdp", first_line, re.I):
            doc_year = int(t.group(1) or t.group(2))
    if pub is not None:
        pub_year = pub.year
    else:
        years = [
            int(y)
            for sent in sentences(norm)
            if not _FUTURE.search(sent.text)
            for y in _YEAR_RE.findall(sent.text)
            if int(y) <= dt.date.today().year
        ]
        pub_year = max(years) + 1 if years else None  # the year after the latest year spoken of in the past
    flow = doc_year or (pub_year - 1 if pub_year else None)
    stock = doc_year or pub_year
    ctx = _Context(lang, pub, doc_year, flow, stock)
    ctx.topic_gdp = bool(re.search(r"gdp|生产总值|经济(?:总量|十强|百强|强县)|econom", head, re.I))
    return ctx


def _update_focus(places: list[Place], ctx: _Context, gz: Gazetteer) -> None:
    named = [p for p in places if p.code and not p.ignore and not p.anaphor]
    if not named:
        return
    subject = _most_specific(named, gz)
    if subject and subject != COUNTRY and not (ctx.focus and _is_ancestor(subject, ctx.focus, gz)):
        ctx.focus = subject
    for p in named:
        if p.code == COUNTRY:
            continue
        r = gz.get(p.code)
        if r.kind in ("district", "new_area"):
            ctx.last_district = p.code
        elif r.kind in ("county", "autonomous_county"):
            ctx.last_county = p.code
        elif r.kind in ("county_city", "prefecture_city", "municipality"):
            ctx.last_city = p.code


def _most_specific(named: list[Place], gz: Gazetteer) -> str | None:
    """The first mention's most specific form: 'Nanshan district in Shenzhen' → Nanshan."""
    first = named[0].code
    for p in named[1:4]:
        if p.code == COUNTRY or first == COUNTRY:
            break
        anc = {a.code for a in gz.ancestors(gz.get(p.code))}
        if first in anc:
            first = p.code
    return first


# ------------------------------------------------------------------ one sentence


def _sentence_claims(
    text: str, norm: str, sent: Sentence, qs: list[Quantity], places: list[Place], ctx: _Context, gz: Gazetteer
) -> list[Claim]:
    out: list[Claim] = []
    group: list[Claim] = []  # the claims made from the previous figure (one per place)
    prev_q: Quantity | None = None
    for i, q in enumerate(qs):
        if q.label or q.pp:
            prev_q = q
            continue
        if q.unit is None and not q.implied_money and _is_range_start(norm, q, qs[i + 1 : i + 2]):
            nxt = qs[i + 1]
            q = Quantity(q.start, q.end, q.value, nxt.unit, implied_money=nxt.implied_money)
            q.range_low = True
        if group and q.unit == "USD" and group[-1].unit == "CNY" and _is_bracketed(norm, q, prev_q):
            for c in group:  # "1 trillion yuan ($143.7 billion)": the same figure in dollars
                out.append(
                    Claim(
                        c.region,
                        c.indicator,
                        c.period,
                        q.value,
                        "USD",
                        c.qualifier,
                        c.kind,
                        c.relative_to,
                        text[q.start : q.end],
                        q.start,
                        q.end,
                    )
                )
            prev_q = q
            continue
        made = _claims_for(text, norm, sent, q, qs, places, ctx, gz, group[-1] if group else None, prev_q)
        out += made
        if made:
            group = made
        prev_q = q
    if re.search(r"分别|respectively|each reaching", sent.text, re.I):
        out = _respectively(norm, sent, out, places, gz)
    return out


def _respectively(norm: str, sent: Sentence, claims: list[Claim], places: list[Place], gz: Gazetteer) -> list[Claim]:
    """Figures listed 'respectively' take the places (or years) listed before them, in order.

    福田区、龙岗区分别为6100亿元和5900亿元; "in 2020, 2021 and 2022 … 100, 110 and 120 trillion yuan, respectively".
    """
    spans = list(dict.fromkeys((c.start, c.end) for c in claims))
    primary = [sp for sp in spans if not any(c.start == sp[0] and c.unit == "USD" for c in claims)]
    if len(primary) < 2:
        return claims
    first = primary[0][0]
    named = [p.code for p in places if p.code and not p.ignore and p.end <= first]
    named = [c for c in dict.fromkeys(named) if not any(c != d and _is_ancestor(c, d, gz) for d in named)]
    years = [int(y) for y in _YEAR_RE.findall(norm[sent.start : first])]
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        by_span.setdefault((c.start, c.end), []).append(c)
    out: list[Claim] = []
    qualifier = by_span[primary[0]][0].qualifier
    index = -1
    for sp in spans:
        group = by_span[sp]
        base = group[0]
        if sp in primary:
            index += 1
        k = max(index, 0)
        if len(named) == len(primary):
            base.region = named[k]
        if len(years) == len(primary) and base.period.isdigit():
            base.period = str(years[k])
        if base.qualifier == "exact" and qualifier != "exact":
            base.qualifier = qualifier
        out.append(base)
    return out


def _is_range_start(norm: str, q: Quantity, nxt: list[Quantity]) -> bool:
    if not nxt:
        return False
    between = norm[q.end : nxt[0].start]
    return bool(re.fullmatch(r"\s*(?:to|-|~|至|到|—)\s*", between)) and nxt[0].unit is not None


def _is_bracketed(norm: str, q: Quantity, prev_q: Quantity | None) -> bool:
    if prev_q is None:
        return False
    between = norm[prev_q.end : q.start]
    return bool(re.fullmatch(r"\s*[(\[（]\s*(?:about|around|or|roughly|nearly|some|approximately)?\s*", between))


def _clause_bounds(norm: str, sent: Sentence, q: Quantity) -> tuple[int, int]:
    start = sent.start
    for m in _CLAUSE_SPLIT.finditer(norm, sent.start, q.start):
        start = m.end()
    end = sent.end
    m = _CLAUSE_SPLIT.search(norm, q.end, sent.end)
    if m:
        end = m.start()
    return start, end


def _claims_for(
    text: str,
    norm: str,
    sent: Sentence,
    q: Quantity,
    qs: list[Quantity],
    places: list[Place],
    ctx: _Context,
    gz: Gazetteer,
    prev: Claim | None,
    prev_q: Quantity | None,
) -> list[Claim]:
    c_start, _c_end = _clause_bounds(norm, sent, q)
    left_start = max(sent.start, (prev_q.end if prev_q and prev_q.end <= q.start else sent.start))
    before_sent = norm[sent.start : q.start]
    before_clause = norm[c_start : q.start]
    near_before = norm[max(left_start, q.start - 60) : q.start]
    after = norm[q.end : min(sent.end, q.end + 60)]
    lower = before_sent.lower()

    indicator, unit, value, relative = _indicator(norm, q, before_sent, before_clause, after, prev, ctx)
    if indicator is None:
        return []
    if re.search(
        r"比[^，,。；]{0,12}?(?:少|多|高|低|增加|减少|领先|落后)了?$|\b(?:more|less|fewer|higher|lower) than\s*$",
        near_before[-20:],
    ) and not re.search(r"(?:more|less|fewer) than\s*$", near_before[-12:]):
        return []  # 比第一名少了163亿: a difference between two places, not a level
    if re.match(r"(?:元)?的(?:城市|省份|省|地区|区县|县|国家|经济体)", norm[q.end : q.end + 6]) and not re.search(
        r"首个|第[一二三四五六七八九十\d]+个|唯一", norm[max(sent.start, q.start - 12) : q.start]
    ):
        return []  # 过万亿的城市也仅24座: a category, not a figure about a place
    if unit in ("CNY", "USD", "percent") and not indicator.startswith("other:"):
        named_before = [p.end for p in places if sent.start <= p.start and p.end <= q.start and p.code and not p.ignore]
        last_place = max(named_before, default=sent.start)
        plural = _PLURAL_SUBJECT.search(norm[max(last_place, c_start) : q.start])
        if plural and max(last_place, c_start) == last_place and plural.start() <= 2:
            plural = None  # "Futian and Longgang districts both exceeded …": the places themselves
        if plural or (not named_before and _PLURAL_SUBJECT.search(norm[sent.start : q.start])):
            return []  # "38 counties reached 100 billion yuan": a figure about a group, not a place
    regions = _regions(norm, sent, q, places, ctx, gz)
    if relative == COUNTRY and regions == [COUNTRY]:  # 是全国平均水平的20倍: the base, not the subject
        regions = [prev.region] if prev is not None else [ctx.focus] if ctx.focus else []
    if not regions:
        return []
    if relative == "previous":
        relative = prev.region if prev is not None else None
    elif relative == "place":
        share_at = norm.rfind("占", sent.start, q.start)
        inside = [p for p in places if share_at >= 0 and share_at < p.start < q.start and (p.code or p.anaphor)]
        relative = _resolve_anaphor(inside[0], ctx, []) if inside else "parent"
        if relative == ctx.focus and inside and inside[0].anaphor:
            relative = "parent"
        if inside:
            regions = [r for r in _regions(norm, sent, Quantity(share_at, share_at, 0, None), places, ctx, gz)]
    if relative == "parent":
        parent = gz.get(regions[0]).parent_code if regions[0] != COUNTRY else None
        relative = parent
    period = _period(
        sent,
        before_sent,
        after,
        ctx,
        indicator,
        unit,
        prev_q.end if prev_q is not None and prev_q.end <= q.start else None,
    )
    if period is None:
        return []
    qualifier = _qualifier(near_before, after, q)
    nxt = next((x for x in qs if x.start >= q.end), None)
    if q.range_low or (
        nxt is not None
        and nxt.unit == q.unit
        and q.unit is not None
        and re.fullmatch(r"\s*(?:to|-|~|至|到)\s*", norm[q.end : nxt.start])
    ):
        qualifier = "at_least"
    elif (
        prev is not None
        and prev_q is not None
        and re.fullmatch(r"\s*(?:to|-|~|至|到)\s*", norm[prev_q.end : q.start])
        and prev.unit == unit
    ):
        qualifier = "at_most"
    kind = _kind(lower, norm[q.end : sent.end], period, ctx)
    if (
        unit == "percent"
        and indicator.endswith("growth")
        and lx.NEGATIVE.search(near_before[-20:] + after[:4])
        and not re.search(r"(?:increase|growth|rose|grew|增长)", near_before[-12:], re.I)
    ):
        value = -abs(value)
    quote = text[_quote_start(q, near_before) : q.end].strip()
    return [
        Claim(
            r,
            indicator,
            period,
            _round(value),
            unit,
            qualifier,
            kind,
            relative if r != relative else None,
            quote,
            q.start,
            q.end,
        )
        for r in regions
    ]


def _round(v: float) -> float:
    return float(f"{v:.12g}")


def _quote_start(q: Quantity, near_before: str) -> int:
    m = re.search(r"[\w$¥\"'(（][^,，。;；:：]{0,30}$", near_before)
    return q.start - len(m.group(0)) if m else q.start


# ------------------------------------------------------------------ indicator


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text):
        found = m
    return found


def _money_indicator(before: str, after: str, generic: bool = True) -> str | None:
    best, best_pos = None, -1
    for name, pattern in lx.MONEY if generic else lx.MONEY[:-1]:
        m = _last_match(pattern, before)
        if m and m.end() > best_pos:
            best, best_pos = name, m.end()
    if best is not None:
        return best
    tail = re.sub(r"^\s*[(（][^)）]{0,40}[)）]", "", after)  # skip a bracketed conversion
    tail = re.split(r"[,，;；。]|\.(?!\d)", tail, maxsplit=1)[0][:40]
    m = re.match(r"\s*(?:(?:in|of|for)\s+(?:the\s+|its\s+|their\s+)?)?", tail, re.I)
    rest = tail[m.end() if m else 0 :]
    for _skip in range(3):
        for name, pattern in lx.MONEY[:-1]:
            if pattern.match(rest):
                return name
        nxt = re.match(r"[\w'’-]+\s+", rest)
        if not nxt:
            break
        rest = rest[nxt.end() :]
    return None


def _indicator(
    norm: str,
    q: Quantity,
    before_sent: str,
    before_clause: str,
    after: str,
    prev: Claim | None,
    ctx: _Context,
) -> tuple[str | None, str, float, str | None]:
    """(indicator, unit, value, relative) for a quantity, or (None, …) when it is no claim."""
    value = q.value
    after_l = after.lower()
    if q.unit in ("CNY", "USD") or q.implied_money:
        unit = q.unit or ("USD" if "$" in norm[q.start - 2 : q.start] else "CNY")
        if re.match(r"\s*(?:per square kilomet|per km|/平方公里|每平方公里)", after, re.I) or re.search(
            r"per[- ]unit", before_clause[-30:], re.I
        ):
            return "other:per_area", unit, value, None
        if re.match(r"\s*(?:/人|per person|per capita)", after, re.I):
            ind = _money_indicator(before_sent, after) or "other:per_capita"
            if ind in ("gdp", "gdp_per_capita"):
                return "gdp_per_capita", "CNY_per_person" if unit == "CNY" else "USD", value, None
            return (
                ind if ind == "disposable_income_per_capita" else "other:per_capita",
                "CNY_per_person" if unit == "CNY" else "USD",
                value,
                None,
            )
        if q.implied_money and not q.unit and not lx.MONEY[-2][1].search(before_sent) and ctx.lang == "en":
            return None, unit, value, None
        ind = _money_indicator(before_clause, after) or _money_indicator(before_sent, after)
        if q.club and (ind is None or ind.startswith("other:")):
            ind = "gdp"  # the trillion-yuan club is a club of GDPs
        if (
            ind is None
            and ctx.last_money
            and (
                re.search(r"\b(?:it|its)\b|该|其", before_sent, re.I)
                or (ctx.lang == "zh" and (q.milestone or q.implied_money))
            )
        ):
            ind = ctx.last_money
        if (
            ind is None
            and ctx.lang == "zh"
            and q.implied_money
            and ctx.topic_gdp
            and re.match(r"^\s*(?:\d+[、.])?\s*\S{2,12}[,，:：]\s*$", before_sent)
        ):
            ind = "gdp"  # a ranking list "1、昆山市,4276.76亿" in a document about GDP
        if ind is None:
            if q.implied_money and not q.unit and not (ctx.lang == "zh" and re.match(r"[^\d]", after[:1] or "x")):
                return None, unit, value, None
            return "other:amount", unit, value, None
        if ind in ("gdp_per_capita", "disposable_income_per_capita"):
            return ind, "CNY_per_person" if unit == "CNY" else "USD", value, None
        if ind == "fixed_asset_investment":
            return "other:fixed_asset_investment", unit, value, None
        return ind, unit, value, None
    if q.unit == "percent":
        return _percent_indicator(q, before_sent, before_clause, after, prev)
    if q.unit == "ratio":
        national = (
            re.match(r"\s*(?:the )?(?:national|全国)", after_l)
            or lx.RELATIVE_COUNTRY.match(after_l.strip())
            or re.search(r"全国(?:平均)?(?:水平)?的?$", before_clause[-10:])
        )
        if national and prev is not None:
            return prev.indicator, "ratio", value, COUNTRY
        return "other:ratio", "ratio", value, None
    if q.unit == "km2":
        if lx.AREA_NOT.search(before_clause):
            return "other:area", "km2", value, None
        return "area", "km2", value, None
    if q.unit == "persons" or (q.unit is None and lx.POPULATION_AFTER.match(after)):
        pop_before = _last_match(lx.POPULATION_BEFORE, before_clause)
        if lx.POPULATION_AFTER.match(after) or pop_before:
            window = before_clause[pop_before.start() - 6 if pop_before else -12 :] + after[:20]
            if lx.POPULATION_NOT.search(window) or re.search(r"减少|增加|增长|下降|change", after[:4]):
                return "other:persons", "persons", value, None
            if q.unit is None and not lx.POPULATION_AFTER.match(after):
                return None, "persons", value, None
            if pop_before or lx.POPULATION_AFTER.match(after):
                return "population", "persons", value, None
        return "other:persons", "persons", value, None
    # bare numbers and counts (家, 户, 个): a noun or cue names the indicator
    for name, _cue, noun_after in lx.COUNTS:
        if noun_after.match(after):
            return name, "count_per_10k" if name.endswith("10k") else "count", value, None
    for name, cue_before, _noun in lx.COUNTS:
        m = _last_match(cue_before, before_clause)
        if m and not re.search(r"\d", before_clause[m.end() :].replace("10,000", "").replace("10000", "")):
            return name, "count_per_10k" if name.endswith("10k") else "count", value, None
    unit_text = norm[q.start : q.end]
    if lx.OTHER_COUNT_AFTER.match(after) or (ctx.lang == "zh" and re.search(r"[家户个座所件项名]$", unit_text)):
        return "other:count", "count", value, None  # counted things outside the vocabulary
    return None, "count", value, None


def _percent_indicator(
    q: Quantity, before_sent: str, before_clause: str, after: str, prev: Claim | None
) -> tuple[str | None, str, float, str | None]:
    value = q.value
    after_l = after.lower()
    window = before_clause[-80:] + " " + after[:80]
    relative = None
    if re.match(
        r"\s*(?:of\s+(?:the\s+)?(?:city's|province's|city|municipality's)|of\s+(?:its|the)\s+city)", after_l
    ) or (re.search(r"占(?:到)?(?:全市|全省)|全市占比|全市的?$|占全市", before_clause[-12:])):
        relative = "parent"
    elif re.match(r"\s*of\s+(?:the\s+)?(?:country's|nation's|china's|national)", after_l) or re.search(
        r"占全国|全国的?$", before_clause[-8:]
    ):
        relative = COUNTRY
    elif re.search(
        r"占(?:到)?[^,，。；占]{2,8}?(?:总)?(?:面积|人口)?的?(?:比重|比例)?(?:为|达|达到)?$", before_clause[-16:]
    ) and (not re.search(r"占(?:到)?(?:地区)?(?:生产总值|gdp|国内生产总值)", before_clause[-16:], re.I)):
        relative = "place"  # 仅占北京市总面积的2.6%: the share of a named place
    elif re.search(r"独占$|占了?$", before_clause[-3:]) and prev is not None and prev.unit in ("CNY", "USD"):
        relative = "previous"  # 2022年GDP总量为41610.9亿元,海淀独占1/4
    for name, pattern in lx.SHARES:
        if pattern.search(window) and relative is None:
            return name, "percent", value, None
    if relative is None and re.search(
        r"contribution|proportion|share of|accounted for|accounting for|account for|"
        r"make up|makes up|making up|made up|comprise|constitut|"
        r"贡献率|占比|比重",
        before_clause[-60:],
        re.I,
    ):
        return "other:share", "percent", value, None
    growth_before = _last_match(lx.GROWTH, before_clause[-40:])
    growth_after = re.match(r"\s*(?:growth|increase|rise|year-on-year growth|同比增长)", after, re.I)
    if relative is not None:
        ind = _money_indicator(before_clause[-40:], after) or (prev.indicator if prev else None)
        if relative == "previous" and prev is not None:
            ind = prev.indicator
        if re.search(r"\barea\b|面积", window, re.I):
            ind = "area"
        if ind is None:
            for name, cue, _ in lx.COUNTS:
                if cue.search(before_sent):
                    ind = name
        if ind and not ind.startswith("other:"):
            return ind, "percent", value, relative
        return "other:share", "percent", value, None
    if growth_before or growth_after or re.search(r"growth rate|增速|增长率", window, re.I):
        subject = _growth_subject(before_sent, after)
        if subject is None and prev is not None and prev.unit == "percent":
            return prev.indicator, "percent", value, None
        return subject or "other:growth", "percent", value, None
    if re.search(r"(?:of|占)\s*(?:the\s+|its\s+)?gdp|占gdp|gdp比重", window, re.I):
        return "other:share_of_gdp", "percent", value, None
    if prev is not None and prev.unit == "percent" and re.search(r"average|平均", window, re.I):
        return prev.indicator, "percent", value, None
    return "other:percent", "percent", value, None


def _growth_subject(before: str, after: str) -> str | None:
    if lx.GDP_GROWTH_SUBJECT.search(before[-80:]) or re.match(r"\s*(?:economic growth|gdp growth)", after, re.I):
        return "gdp_growth"
    ind = _money_indicator(before[-100:], "")
    if ind == "other:revenue":
        specific = _money_indicator(before[:60], "", generic=False)
        if specific and specific != "other:revenue":
            ind = specific
    if ind == "gdp":
        return "gdp_growth"
    if ind == "fixed_asset_investment":
        return "fixed_asset_investment_growth"
    if ind:
        return f"other:{ind.removeprefix('other:')}_growth"
    return None


# ------------------------------------------------------------------ region


def _regions(norm: str, sent: Sentence, q: Quantity, places: list[Place], ctx: _Context, gz: Gazetteer) -> list[str]:
    before = [
        p
        for p in places
        if p.end <= q.start and not p.ignore and (p.code or p.anaphor) and not _relative_mention(norm, p)
    ]
    c_start, _ = _clause_bounds(norm, sent, q)
    if before:
        last = before[-1]
        # a chain "Shenzhen's Nanshan district" / "Nanshan district in Shenzhen": the most specific
        chain = [last]
        for p in reversed(before[:-1]):
            gap = norm[p.end : chain[0].start]
            if len(gap) <= 30 and re.fullmatch(
                r"[\s,，'s的]*(?:in|of|from|、|和|and|及|与|以及)?[\s,，]*(?:(?:east|west|north|south|central|"
                r"northeast|northwest|southeast|southwest|eastern|western|northern|southern)\s+)?(?:china's\s+)?",
                gap,
                re.I,
            ):
                chain.insert(0, p)
            else:
                break
        named_in_sentence = [p.code for p in before if p.start >= sent.start and p.code and not p.anaphor]
        codes = [_resolve_anaphor(p, ctx, named_in_sentence) for p in chain]
        codes = [c for c in codes if c]
        if codes:
            # siblings joined by 'and'/、 share the figure; ancestors give way to their descendants
            specific = [c for c in codes if not any(c != d and _is_ancestor(c, d, gz) for d in codes)]
            if len(specific) > 1 and _shared_figure(norm, chain, q):
                return list(dict.fromkeys(specific))
            chosen = specific[-1]
            if last.start >= c_start or chosen == COUNTRY or last.anaphor:
                return [chosen]
            # the mention stands in an earlier clause: is it still the subject?
            in_sentence = [p for p in before if p.start >= sent.start]
            coded = [p for p in in_sentence if p.code]
            if in_sentence and in_sentence[0].anaphor and not coded:
                return [_resolve_anaphor(in_sentence[0], ctx, []) or chosen]
            if coded:
                return [_most_specific(coded, gz) or chosen]
            return [chosen]
    after_places = [p for p in places if p.start >= q.end and p.end <= sent.end and p.code and not p.ignore]
    if (
        after_places
        and after_places[0].code != COUNTRY
        and re.fullmatch(r"[^,，;；]*[,，]\s*", norm[q.end : after_places[0].start])
    ):
        return [after_places[0].code]  # "With 218 listed companies, Nanshan rivals …"
    return [ctx.focus] if ctx.focus else []


def _relative_mention(norm: str, p: Place) -> bool:
    """全市 in 占全市的35% / 全市占比45%, 北京市 in 占北京市总面积的: the base of a share, not the subject."""
    before, after = norm[max(0, p.start - 3) : p.start], norm[p.end : p.end + 3]
    return bool(re.search(r"占(?:到)?$", before) or re.match(r"占比", after))


def _shared_figure(norm: str, chain: list[Place], q: Quantity) -> bool:
    tail = norm[chain[-1].end : q.start]
    return bool(re.search(r"\bboth\b|\beach\b|\ball\b|均|都|分别|各|GDPs", tail)) or len(tail) < 80


def _is_ancestor(a: str, d: str, gz: Gazetteer) -> bool:
    if a == COUNTRY or d == COUNTRY:
        return a == COUNTRY and d != COUNTRY
    return a in {x.code for x in gz.ancestors(gz.get(d))}


def _resolve_anaphor(p: Place, ctx: _Context, named_in_sentence: list[str] | None = None) -> str | None:
    if not p.anaphor:
        return p.code
    if p.anaphor == "any" and named_in_sentence:
        return named_in_sentence[-1]  # "Shenzhen, with its over 20,000 …"
    if p.anaphor == "district":
        return ctx.last_district or ctx.focus
    if p.anaphor == "county":
        return ctx.last_county or ctx.focus
    if p.anaphor == "city":
        if ctx.focus and ctx.focus == ctx.last_district:
            return ctx.last_city or ctx.focus
        return ctx.focus
    return ctx.focus


# ------------------------------------------------------------------ period, qualifier, kind

_HALF = re.compile(r"first half|h1\b|上半年", re.I)
_Q1Q3 = re.compile(r"first three quarters|前三季度|1-3季度", re.I)
_QUARTER = re.compile(r"(first|second|third|fourth|一|二|三|四)(?:\s+quarter|季度)", re.I)
_QNUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "一": 1, "二": 2, "三": 3, "四": 4}
_LAST_YEAR = re.compile(r"last year|previous year|(?<![比较同])去年|(?<![比较同])上年(?!末)|上一年", re.I)
_FIVE_YEAR_PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_THIS_YEAR = re.compile(r"this year|今年|本年", re.I)
_AVERAGE = re.compile(r"average annual|annual average|annually on average|年均|平均每年", re.I)
_STOCKS = {
    "listed_companies",
    "high_tech_enterprises",
    "little_giants",
    "population",
    "area",
    "invention_patents_per_10k",
}


def _period(
    sent: Sentence,
    before: str,
    after: str,
    ctx: _Context,
    indicator: str,
    unit: str,
    prev_end: int | None = None,
) -> str | None:
    ref = ctx.doc_year or (ctx.published.year - 1 if ctx.published else ctx.flow_default)
    window_after = re.sub(r"^\s*[(（][^)）]{0,30}[)）]", "", after)[:40]
    m_after = re.match(
        r"[^.;。；,]{0,20}?\b(?:in|by|for|of)\s+((?:19|20)\d\d)\b|[^。；]{0,4}?((?:19|20)\d\d)年", window_after
    )
    years_before = [(m.start(), int(m.group(1))) for m in _YEAR_RE.finditer(before)]
    if (
        prev_end is not None and ctx.lang == "en"
    ):  # "from 56.88 trillion yuan in 2013 to …": that year belongs to the earlier figure
        cut = prev_end - sent.start
        years_before = [(pos, y) for pos, y in years_before if not (cut <= pos <= cut + 25)]
    year: int | None = None
    plan = re.search(r"(十[一二三四五]五)[\"']?(?:期末|末|时期末)(?:的)?$", before[-12:])
    if plan:
        year = _FIVE_YEAR_PLAN_END[plan.group(1)]
    elif ctx.lang == "zh" and years_before and years_before[-1][0] >= len(before) - 25:
        year = years_before[-1][1]
    elif m_after:
        year = int(m_after.group(1) or m_after.group(2))
    elif years_before:
        year = years_before[-1][1]
    elif _LAST_YEAR.search(before[-50:] + " " + window_after) or (
        _LAST_YEAR.search(sent.text) and not _YEAR_RE.search(sent.text)
    ):
        base = ctx.doc_year or (ctx.published.year if ctx.published else None)
        year = (base - 1) if base else None
        if ctx.doc_year:
            year = ctx.doc_year - 1 if re.search(r"上年|去年", before + window_after) else ctx.doc_year
    elif _THIS_YEAR.search(before[-40:]):
        year = ctx.published.year if ctx.published else ctx.flow_default
    if _AVERAGE.search(before[-40:] + window_after) and indicator.endswith("growth"):
        end = ref if ref else year
        start_year = None
        years_all = [int(y) for y in _YEAR_RE.findall(sent.text)]
        earlier = [y for y in years_all if end and y < end]
        if earlier:
            start_year = max(earlier) + 1
        elif end:
            start_year = end - 4
        if end and start_year and start_year < end:
            return f"{start_year}/{end}"
    if year is None:
        if _LAST_YEAR.search(after[:20]):
            year = (ctx.published.year - 1) if ctx.published else ctx.flow_default
        elif indicator in _STOCKS:
            year = ctx.stock_default
        elif ctx.context_year and not ctx.doc_year and ctx.published and ctx.context_year < ctx.published.year:
            year = ctx.context_year
        else:
            year = ctx.flow_default
    if re.search(r"(?:over|in) the next five years|未来五年", sent.text, re.I) and ctx.published:
        year = ctx.published.year + 4
    if year is None:
        return None
    if (
        ctx.published
        and year >= ctx.published.year
        and indicator not in _STOCKS
        and unit != "percent"
        and not lx.TARGET.search(sent.text)
        and not lx.EXPECTED.search(sent.text)
        and not re.search(r"\bby\s+20\d\d|到20\d\d年", sent.text)
    ):
        year = ctx.published.year - 1  # a whole year's flow cannot be known before the year ends
    local = before[-30:] if ctx.lang == "zh" else before[-60:] + " " + window_after
    if ctx.lang == "zh":  # the marker nearest before the figure: 上半年…，前三季度…
        marks = [(m.end(), m) for pat in (_Q1Q3, _HALF, _QUARTER) for m in [_last_match(pat, local)] if m]
        if marks:
            local = local[max(marks, key=lambda x: x[0])[1].start() :]
    if _Q1Q3.search(local):
        return f"{year}-Q1Q3"
    if _HALF.search(local):
        return f"{year}-H1"
    m = _QUARTER.search(local)
    if m and not re.search(r"consecutive|连续", local):
        return f"{year}-Q{_QNUM[m.group(1).lower()]}"
    return str(year)


def _qualifier(near_before: str, after: str, q: Quantity) -> str:
    if q.lower:
        return "at_least"
    for name, pattern in lx.QUALIFIER_AFTER:
        if pattern.match(after):
            return name
    if q.milestone:
        return "at_least"
    tail = near_before[-40:]
    for name, pattern in lx.QUALIFIER_BEFORE:
        if pattern.search(tail):
            return name
    return "exact"


def _kind(before: str, after: str, period: str, ctx: _Context) -> str:
    if lx.PRELIMINARY.search(before):
        return "actual"
    year = int(period[-4:]) if "/" in period else int(period[:4])
    if lx.TARGET.search(before[-160:]):
        return "target"
    if (
        re.search(r"\bby\s+20\d\d\b|到20\d\d年", before[-60:] + after[:30], re.I)
        and ctx.published
        and (year > ctx.published.year)
    ):
        return "target"
    if lx.EXPECTED.search(before[-160:]):
        return "expected"
    return "actual"
