"""From a document's text to claims, in stages: numbers → places → indicator → period → qualifier/kind.

Each stage is its own module (``_numbers`` with ``_neighbours``, ``_places`` and ``_regions``,
``_indicator`` with ``_roles``, ``_rates`` and ``_shares``, ``_relative`` for a share's base, ``_scope``
for whose figure it is, ``_periods``, ``_modality``, ``_lists`` for respectively-lists, ``_ranges``, ``_tables``,
``_milestones`` for thresholds named by reference, ``_converted`` for a figure converted in brackets);
this one runs them sentence by sentence, carrying what the document has established (the place under
discussion, the year and sub-year period, the last money indicator and the place whose GDP was last given,
the last threshold crossed, a list of goals), and assembles the claims. It never raises on any input: with
``strict=False`` (the default) an internal error yields no claims for that document, and tests run it with
``strict=True`` so that no crash hides.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import operator
import re
from dataclasses import dataclass, field

from ..gazetteer import Gazetteer
from ..indicators import INDICATORS
from . import _cells as cells
from . import _cues as cues
from . import _periods as periods
from ._both_measures import also_measured
from ._carried_years import Carried, carry_years
from ._claims import Claim
from ._compared import compared_level
from ._contributed import contributed_part
from ._converted import converted, is_bracketed
from ._counts import count_carried
from ._echoed import echoed_measures
from ._economy import BARE_OPENING, about_gdp, growth_aimed_at, output_said_of_place, parallel_gdp, place_grew, summed
from ._figures import document_figures, outside_names
from ._focus import carried_on, first_subject, is_ancestor
from ._headline import dated_by_restatement, dated_by_the_body
from ._hypothesis import hypothetical, unconditional
from ._indicator import Role, classify, money_indicator
from ._label_members import label_members
from ._listed_numbers import list_currency, list_scaled
from ._lists import assign_lists
from ._mentions import zone_titled
from ._milestones import (
    Threshold,
    crossed_mark,
    followers,
    is_crossing,
    milestone_claims,
    predecessors,
    threshold_of,
    without_redundant_labels,
)
from ._modality import kind, list_kind, looks_forward, qualifier, section_kind
from ._numbers import Quantity
from ._paired import years_of_places
from ._part_lists import PartList
from ._parts import quarters_to_date
from ._pinyin import strip_pinyin
from ._places import COUNTRY, Place, find_places
from ._prices import nominal
from ._pronoun import it_spoken_of
from ._ranges import in_range, range_start
from ._rates import over_a_base_year
from ._regions import Focus, members_listed_after, plausible_owner, subjects
from ._relative import parent_or_itself, relative_to, same_whole
from ._roles import named_generic, own_share
from ._row_gaps import close_row_gaps
from ._run_in_rows import split_run_in_rows
from ._running import sentence_per_line, years_spoken_of
from ._scope import difference, not_about_a_place, unnamed_subject
from ._sector_sums import sectors_by_sum
from ._signs import signed
from ._spacing import unspace
from ._speakers import speaker_place
from ._spoken_rates import growth_said, rate_spoken_of
from ._tables import read_tables
from ._text import (
    Sentence,
    caption_lines,
    detect_language,
    is_heading,
    normalise,
    other_language_lines,
    sentences,
    within,
    without_related,
)
from ._unnamed import same_subject_gap
from ._unstated import opening_year_past
from ._unwrap import unwrap
from ._url_place import place_of_url
from ._window import Window
from ._years import years_ahead

__all__ = ["Claim", "extract_claims"]

log = logging.getLogger(__name__)

_PARTS_OPEN = re.compile(r"\s*(?:(?:其中|分产业看|分三次产业看|从产业看)[，,：:]|第[一二三]产业)")  # the whole's parts
_QUESTION = re.compile(r"[?？]\s*$")
_GDP_TOPIC = re.compile(  # an opening about GDP: its cues, or a club of places by GDP (千亿县, trillion-yuan)
    r"gdp|gross (?:domestic|regional) product|生产总值|经济(?:总量|十强|百强|强县|运行|数据|成绩单|体量)|econom|"
    r"\b(?:annual|total|gross|nominal) output\b(?! value)|"
    r"[千万]亿(?:县|区|城区|城市|俱乐部)|百强[县区]|"
    r"(?:trillion|billion)-yuan (?:club|district|count(?:y|ies)|cit(?:y|ies))|"
    r"\b(?:richest|wealthiest|largest|biggest|top \d+)\s+(?:district|count(?:y|ies)|cit(?:y|ies)|econom)|"
    r"\branking of (?:district|count|cit)|(?:district|count(?:y|ies)|cit(?:y|ies))s? by size|report card|scorecard",
    re.I,
)
_GROWS = re.compile(r"\s*[^\w\s]{0,3}\s*(?:同比|比上年|较上年|比去年)?(?:增长|增|下降)\s*-?\d")  # a line: growth alone
_LABEL_LINE = re.compile(r"[^:：\n]{2,40}[:：]\s*\S")


@dataclass
class _Doc:
    """What the document has established so far."""

    lang: str
    frame: periods.Frame
    running: periods.Running = field(default_factory=periods.Running)
    focus: Focus = field(default_factory=Focus)
    places: list[Place] = field(default_factory=list)  # every place mention of the document, in order
    last_money: str | None = None  # the money indicator of the previous sentence ("it rose to …")
    last_total: str | None = None  # the place of that sentence's last money figure ("… 27 percent of the total")
    last_gdp: str | None = None  # the place whose GDP was given last, while the sums after it were its own
    last_rate: str | None = None  # the measure of the last percentage read ("… beat the national rate of 5%")
    topic_gdp: bool = False  # the document's title or opening is about GDP
    threshold: Threshold | None = None  # the last figure said to be crossed ("that threshold")
    list_kind: str | None = None  # a list of goals running on over ；: 主要预期目标是：A；B；C。
    section_kind: str | None = None  # the kind a section heading gives the paragraphs below it
    guessed: frozenset[str] = frozenset()  # places read from a name several units share, nothing settling it
    unnamed_end: int = -1  # where the last figure of an unnamed subject (前海合作区, a park) ended
    group_end: int = -1  # where a group's GDP was dropped (全省118个县(市)实现生产总值…): its parts said after are its
    zone_titled: bool = False  # the title names a zone (烟台高新区): no place named beside a figure, no place's
    captions: list[tuple[int, int]] = field(default_factory=list)  # photo captions: they move no focus
    part_list: PartList = field(default_factory=PartList)  # 民营经济增加值…。其中，第一产业…: the part's sectors
    semicolon_role: Role | None = None  # the last figure's role of a sentence ending in ；: "…; B has 6,000" goes on
    listed_years: Carried | None = None  # the years the last clause's 'respectively' list took

    @property
    def carried_kind(self) -> str | None:
        return self.list_kind or self.section_kind


def extract_claims(
    text: str,
    *,
    lang: str | None = None,
    published: dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
    strict: bool = False,
    source_url: str | None = None,
) -> list[Claim]:
    """Claims a document states, in the claims format (see shared design: claims.md); ``source_url`` names the
    place of a page whose text names none ("luoshan.gov.cn/…": 全县 is 罗山县)."""
    if strict:
        return _extract(text, lang, published, gazetteer or Gazetteer.load(), source_url)
    try:
        return _extract(text, lang, published, gazetteer or Gazetteer.load(), source_url)
    except Exception:  # the extractor must never raise on input: log, and yield nothing for this document
        log.exception("extraction failed; no claims for this document")
        return []


def _extract(text: str, lang: str | None, published: object, gz: Gazetteer, url: str | None) -> list[Claim]:
    if not isinstance(text, str) or not text.strip():
        return []
    norm = cells.split_infobox(normalise(text))  # "… Area • Total 1,105 km2 Population …": an infobox run into a line
    norm = split_run_in_rows(norm)  # "指标 单位 2024年 增长(%) 地区生产总值 亿元 5280.0 5.2 …": one row a line
    lang = lang if lang in ("en", "zh") else detect_language(norm)
    norm, text, readings = strip_pinyin(norm, text)  # 地(dì)区(qū)…: a learner's page, its readings taken out
    norm, text, spaced = unspace(norm, text, lang)  # 地 区 生 产 总 值, 2025 年: spaces a reader skips
    readings = spaced.after(readings) if spaced is not None else readings
    norm = close_row_gaps(cells.tab_comma_rows(norm))  # "越秀区,3693.2,103.4"; rows a blank line apart
    norm, text, offsets = unwrap(norm, text)  # lines hard-wrapped inside sentences are joined
    offsets = offsets.after(readings) if offsets is not None else readings
    norm = cells.join_table_cells(norm)  # 指标⏎单位⏎…⏎地区生产总值⏎亿元⏎2234.5: a table flattened one cell to a line
    norm = cells.join_label_cells(norm)  # "GDP⏎Rmb450bn": a fact box flattened one cell to a line
    norm = without_related(norm)  # "Related stories" and the headlines under it: other stories' figures
    norm = quarters_to_date(norm)  # 三季度 for 前三季度 in a county's report
    doc = _Doc(lang, periods.frame_of(norm, published, url))
    doc.running.part = doc.frame.part  # a Q1 report speaks of Q1 until a sentence says otherwise
    doc.running.section_review = doc.frame.looks_back  # a page titled "Review of the Work in the Past Five Years"
    doc.running.after_title(norm.lstrip().split("\n", 1)[0])
    doc.running.sentence_lines = sentence_per_line(norm)  # a page setting each sentence on a line of its own
    doc.topic_gdp = bool(_GDP_TOPIC.search(norm[:300]))
    other_lines = other_language_lines(norm, lang)  # read with the other language's readers
    places = doc.places = find_places(norm, lang, gz, other_lines)
    doc.guessed = frozenset(p.code for p in places if p.guessed and p.code)
    doc.zone_titled = zone_titled(norm, places)
    quantities = outside_names(document_figures(norm, lang, other_lines), places)
    read_tables(norm, quantities)
    cells.units_from_labels(norm, quantities)  # "地区生产总值（亿元） 2510.6"
    cells.units_in_brackets(norm, quantities)  # "5150.5 (100 million yuan)"
    doc.captions = caption_lines(norm)
    hint = place_of_url(url, gz, doc.frame.pub_year)  # the address's place, for a page that names none
    doc.focus.current = doc.focus.title = first_subject(
        [p for p in places if not within(doc.captions, p.start)], norm, gz, hint
    )
    if doc.focus.current not in (None, COUNTRY):
        doc.focus.note(doc.focus.current, gz)  # 全市 before any place is named: the first place's city
    claims: list[Claim] = []
    qi = pi = 0
    carried: list[Place] = []
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
        sp = sp or carried  # 全市规模以上工业总产值…；社会消费品零售总额…: a clause after ';' goes on with its places
        carried = carried_on(sp, gz, norm) if sent.text.rstrip().endswith(";") else []
        doc.running.before_sentence(sent)
        made = doc.part_list.read(norm, sent, _claims_of(text, norm, sent, sq, sp, doc, gz))
        doc.threshold = threshold_of(norm, sent, sq) or crossed_mark(made) or doc.threshold
        claims += made
        _after(doc, norm, sent, sq, sp, made, gz)
    claims = without_redundant_labels(claims, {(q.start, q.end) for q in quantities if q.by_label})
    claims = label_members(text, norm, places, claims, doc.frame.pub_year)  # "…-yuan cities, namely A, B and C"
    claims = echoed_measures(sectors_by_sum(dated_by_the_body(claims, norm)))  # sectors by sum; bare sums restated
    claims = dated_by_restatement(claims)  # an undated figure the text gives a year elsewhere
    if offsets is not None:  # offsets in the text as written
        for c in claims:
            c.start, c.end = offsets.span(c.start, c.end)
    return claims


def _claims_of(
    text: str, norm: str, sent: Sentence, sq: list[Quantity], sp: list[Place], doc: _Doc, gz: Gazetteer
) -> list[Claim]:
    """The sentence's claims: its figures', then crossings it states through a threshold or a label."""
    if _QUESTION.search(sent.text):  # a question asserts no figure ("Who joins the trillion-yuan club next?") but
        asked = cues.ASKED_AFTER.search(sent.text)  # those it gives before asking (…的土地，如何创造出…？)
        made = _sentence_claims(text, norm, sent, sq, sp, doc, gz) if asked else []
        return [c for c in made if asked and c.end <= sent.start + asked.start()]
    made = _sentence_claims(text, norm, sent, sq, sp, doc, gz)
    made += predecessors(text, norm, sent, sp, made, gz)
    made += followers(text, norm, sent, sp, made, gz)  # "…in 2018, followed by Beijing's Haidian in 2022"
    stated = {(c.region, c.period, c.value) for c in made}
    milestones = milestone_claims(text, norm, sent, sp, sq, doc.threshold, gz)  # "… joined the club", "that mark"
    return made + [c for c in milestones if (c.region, c.period, c.value) not in stated]


_LINE_END = re.compile(r"[ \t\u3000]*\n")  # trailing spaces, then the line's end
_BLANK_AFTER = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*\n")  # a blank line: a paragraph, not a line, ends
_A_PART = re.compile(r"\W*(?:" + cues.OF_WHICH.pattern + ")", re.I)  # 其中，义乌市…; "Among them, …"


def _after(
    doc: _Doc, norm: str, sent: Sentence, sq: list[Quantity], sp: list[Place], made: list[Claim], gz: Gazetteer
) -> None:
    """What the sentence establishes for the ones after it: the measure, the place, the year, the kind."""
    money = [
        c.indicator for c in made if c.unit in ("CNY", "USD", "CNY_per_person") and not c.indicator.startswith("other:")
    ]
    if not made and doc.lang == "zh":  # 多个区地区生产总值实现提档: the paragraph's subject, though no figure
        named = money_indicator(sent.text, "", generic=False)
        money = [named] if named and not named.startswith("other:") else []
    if money or (doc.lang == "en" and made):  # "… 240 billion yuan. Its rise has been steep. A decade ago the figure …"
        doc.last_money = money[-1] if money else None
        doc.last_total = next((c.region for c in reversed(made) if c.unit == "CNY" and c.indicator in money), None)
        gdp = next((c.region for c in made if c.indicator == "gdp" and c.unit == "CNY"), None)
        others = any(c.region != doc.last_gdp for c in made if c.unit in ("CNY", "CNY_per_person"))  # its trade
        doc.last_gdp = gdp if gdp is not None or others else doc.last_gdp
    rates = [  # not "…, 4 percentage points higher than in 2018": a difference of the rate before, no rate of its own
        c.indicator
        for c in made
        if c.unit == "percent" and c.indicator not in ("other:percent", "other:percentage_points") and not c.relative_to
    ]
    doc.topic_gdp = doc.topic_gdp or len({c.region for c in made if c.indicator == "gdp" and c.unit == "CNY"}) > 1
    doc.last_rate = rates[-1] if rates else (growth_said(sent.text) if not made else None) or doc.last_rate
    if not within(doc.captions, sent.start + len(sent.text) - len(sent.text.lstrip())):
        doc.focus.update(sp, norm, gz, part=bool(_A_PART.match(sent.text)))
    new_paragraph = sent.text.rstrip(" \t").endswith("\n") or bool(_LINE_END.match(norm, sent.end))
    full_year = any(c.period.isdigit() and "period" not in c.inferred for c in made)
    dated = [c for c in made if "/" not in c.period]  # not 年均增长6.2% (2016/2020) after 突破400亿元 (2020)
    last_year = int(dated[-1].period[:4]) if dated else None
    stated = {c.region: int(c.period[:4]) for c in made if c.kind == "actual" and "period" not in c.inferred}
    forecast = bool(made) and all(c.kind != "actual" for c in made)  # "on course to top 1 trillion for the year"
    blank = bool(re.search(r"\n[ \t]*\n\s*$", sent.text) or _BLANK_AFTER.match(norm, sent.end))
    opened = opening_year_past(sent.text, doc.frame)
    crossed = all(is_crossing(c) for c in made if c.region in stated)
    spoken, spanned = years_spoken_of(sent, made), bool(made) and not dated  # "In the decade to 2015, …": no year
    doc.running.after_sentence(  # for the sentences after it
        sent, new_paragraph, full_year, spoken, last_year, stated, forecast, blank, opened, crossed, spanned
    )
    names_heading = is_heading(norm, sent, [q.start for q in sq if q.unit]) and any(
        p.code and not p.anaphor for p in sp
    )
    if new_paragraph and not names_heading:
        doc.focus.end_paragraph(gz, blank)  # a heading naming a place ("第2名：深圳福田区") is the next lines' subject
    if is_heading(norm, sent, [q.start for q in sq]):
        if not names_heading:
            doc.focus.back_to_whole(gz)  # a profile's "Foreign trade" after a paragraph on one of its parts
        doc.section_kind = section_kind(sent.text)
        if "|" not in sent.text and not cues.BOX_ROW.match(norm, sent.end):  # not an infobox's 人口(2020年) over
            doc.running.after_heading(sent.text, doc.section_kind == "target")  # "• 常住 | …", nor "设立 | 1965年"
    doc.list_kind = list_kind(sent.text, doc.list_kind)  # 目标是：增长5.5%；⏎收入增长3%；: an item a line too
    labels = _LABEL_LINE.match(sent.text.strip()) or _GROWS.match(norm, sent.end)  # "🔺同比增长6.1%": the line's
    if new_paragraph and doc.lang == "zh" and not labels:
        doc.last_money = None  # a profile's "Label: value" lines read as one paragraph


def _sentence_claims(
    text: str, norm: str, sent: Sentence, qs: list[Quantity], places: list[Place], doc: _Doc, gz: Gazetteer
) -> list[Claim]:
    out: list[Claim] = []
    group: list[Claim] = []  # the claims made from the previous figure (one per place)
    prev_q: Quantity | None = None
    prev_role, doc.semicolon_role = doc.semicolon_role, None
    for i, q in enumerate(qs):
        if q.label:
            prev_q = q
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        low = range_start(norm, q, nxt)
        if low is not None:
            q = low
        elif q.unit is None and q.implied_money and (shared := list_currency(norm, qs, i)) is not None:
            q = Quantity(q.start, q.end, q.value, shared)  # "at 1.05 trillion, 640 billion and 500 billion yuan"
        elif q.unit is None:
            q = list_scaled(norm, qs, i) or q  # "GDP of 514, 475 and 336 billion yuan", 分别为5140、4750和3360亿元
            # "1.8 million and 1.5 million residents"
        units = {q.unit, group[-1].unit} if group else set()
        if units in ({"USD", "CNY"}, {"USD", "CNY_per_person"}) and is_bracketed(norm, q, prev_q):
            out += [converted(c, q, text, norm, prev_q) for c in group]  # "1 trillion yuan ($143.7 billion)"
            prev_q = q
            continue
        w = Window.of(norm, sent, q, prev_q, nxt)
        made, role = _claims_for(text, w, nxt, places, doc, gz, group[-1] if group else None, prev_role)
        out += made
        if made and not q.pp:  # 提高0.8个百分点 (other:percentage_points) is kept, but the list before it goes on
            group, prev_role = made, unconditional(role) if role else role
        prev_q = q
    doc.semicolon_role = count_carried(prev_role, sent.text)  # 高新技术企业1200家；南山区超过6000家
    out = assign_lists(norm, sent, out, places, gz, doc.focus.listed)
    doc.listed_years = carry_years(norm, sent, out, doc.listed_years)
    return out


def _paralleled(doc: _Doc, w: Window, places: list[Place]) -> str | None:
    """The measure a bare sum parallels: a place named after another place's GDP has its GDP given too, whatever
    came after the first ("Kunshan's GDP came to …, with industrial output topping … Jiangyin followed on …")."""
    named = {p.code for p in places if p.code and not p.ignore and w.sent.start <= p.start < w.q.start}
    if doc.last_gdp is not None and named and doc.last_gdp not in named:
        return "gdp"
    return doc.last_money


_START = operator.attrgetter("start")


def _attribution(doc: _Doc, w: Window) -> list[Place]:
    """The places named just after the sentence: where a quotation's speaker stands (“…。”江阴市负责人表示)."""
    lo = bisect.bisect_left(doc.places, w.sent.end, key=_START)
    return doc.places[lo : bisect.bisect_left(doc.places, w.sent.end + 60, lo, key=_START)]


def _claims_for(
    text: str,
    w: Window,
    nxt: Quantity | None,
    places: list[Place],
    doc: _Doc,
    gz: Gazetteer,
    prev: Claim | None,
    prev_role: Role | None,
) -> tuple[list[Claim], Role | None]:
    paralleled = _paralleled(doc, w, places)
    role = classify(w.label_first() or w.sub_row() or w.box_line(), doc.lang, prev_role, paralleled, doc.topic_gdp)
    said = prev_role.indicator if prev_role is not None and prev_role.unit == "percent" else doc.last_rate
    role = rate_spoken_of(w, role, said, doc.lang) if role is not None else None  # "A rose 4%, while B posted 3%"
    role = it_spoken_of(w, role, doc.last_rate) if role is not None and doc.lang == "en" else role
    role = difference(w, role) if role is not None else None
    if role is None or not_about_a_place(w, role, places):
        doc.group_end, doc.topic_gdp = (w.q.end, True) if summed(w, role) else (doc.group_end, doc.topic_gdp)
        return [], None
    own = [p for p in places if not w.in_other_items(p.start, p.end)]  # a run-in fact box's other lines' places
    speaker = speaker_place(w, own + _attribution(doc, w)) if '"' in w.sent.text else None
    regions, region_inferred = ([speaker], False) if speaker else subjects(w, own, doc.focus, gz)  # "Our target
    # is …," said a Jiangyin official
    if region_inferred and doc.zone_titled:
        return [], None  # 2024年烟台高新区…公报 ¶ 全区实现地区生产总值…: the zone's, not Yantai's
    regions = plausible_owner(regions, region_inferred, role, doc.focus, gz)
    gap = same_subject_gap(w, doc.unnamed_end) and not members_listed_after(w, places)  # …,分别是昆山市、江阴市
    last = max(doc.unnamed_end, doc.group_end)  # 前海合作区实现地区生产总值1350亿元，同比增长9.2%: the zone's growth
    parts = last >= max(0, w.sent.start - 120) and _PARTS_OPEN.match(w.sent.text)  # too; …。其中，第一产业…；第二产业…
    after_unnamed = (gap or parts) and not any(
        (p.code or p.anaphor) and not p.ignore and last <= p.start < w.q.start for p in places
    )
    if after_unnamed or unnamed_subject(w, places, doc.lang):
        doc.unnamed_end = w.q.end
        return [], None  # "The Yangtze River Delta's GDP exceeded …": not the document's place
    role = contributed_part(w, hypothetical(w, place_grew(w, role, places)), places)
    named_by_anaphor = any(p.anaphor and w.sent.start <= p.start < w.q.start for p in places)
    group = cues.GROUP_OF_SIZE.search(w.before) or cues.BOTH_PLACES.search(w.before)  # 两区, "both districts"
    named_by_anaphor = named_by_anaphor or bool(group)
    if cues.FRONTED_FIGURE.fullmatch(w.before):  # "At 1.76 trillion yuan in 2024, it is …": the subject after
        named_by_anaphor = named_by_anaphor or any(p.anaphor and w.q.end <= p.start < w.q.end + 40 for p in places)
    opening = BARE_OPENING.match(w.sent.text)  # "Output rose 6.2% to 1.02 trillion yuan": the place in focus
    placeless = (  # the figure before was GDP's, and this growth is said of no place nor other measure
        role.indicator == "other:growth"
        and (prev_role.indicator if prev_role is not None else doc.last_rate) == "gdp_growth"
        and not any(w.sent.start <= p.start < w.sent.end for p in places)
    ) or (growth_aimed_at(w, role) and not any(w.sent.start <= p.start < w.q.start for p in places))
    if doc.topic_gdp and (not region_inferred or named_by_anaphor or opening or placeless):  # "The city's total …",
        # "Officials expect growth to slow to 5.5 percent": a growth said of no place, the place in focus's GDP
        role = about_gdp(w, role, paralleled, parallel_gdp(w, places, prev_role))
    if doc.lang == "en":
        role = output_said_of_place(w, role, places)  # "Nanshan posted annual output of …", in any article
    role = nominal(w, role)  # 按现价计算…增长2.9%: not the vocabulary's (real) growth
    if role.relative == "parent" and regions and regions[0] != COUNTRY and not same_whole(prev, regions, w, places):
        role = parent_or_itself(role, prev_role, w, gz.get(regions[0]), doc.focus, gz)  # not "1% of A's land and 9% of
        # its population": A's
    relative = relative_to(role, regions, w, places, doc.focus, doc.last_total, gz, prev)
    level = compared_level(w, places, doc.focus, prev_role)  # …，远超全国2.68%的平均水平: the country's own figure
    if level is not None:
        regions, role, relative, region_inferred = [level[0]], level[1], None, False
    if not regions:
        return [], None
    current = doc.focus.current
    own_base = relative is not None and regions == [relative] and region_inferred
    if own_base and current and current != relative and is_ancestor(relative or "", current, gz):
        regions = [current]  # 江阴市…。全市GDP占无锡的31%: 全市 is the part in focus, not the base
    role, relative = own_share(role, relative, regions)  # a share of its own figure: outside v1
    counted = role.indicator.removeprefix("other:").removesuffix("_among_group")  # 其中上市企业15家: a stock too
    stock = bool(INDICATORS.get(counted) and INDICATORS[counted].stock)
    period, period_inferred = periods.resolve(
        w,
        doc.frame,
        doc.running,
        role.indicator,
        stock,
        looks_forward(w, doc.frame) or doc.carried_kind is not None,
        regions[0],
    )
    if period is None:
        return [], None
    indicator = over_a_base_year(named_generic(role.indicator, w.before[-60:], w.own_after[:40]), w, period)
    if indicator.endswith("_gap"):
        regions = regions[:1]  # 天河区与越秀区GDP差距: one gap, said of the first place
    if period.endswith("-M"):  # a month range (January-May): outside the vocabulary's periods
        period, indicator = period[:-2], "other:" + indicator.removeprefix("other:") + "_months"
    flow = not stock and not indicator.startswith("other:")
    carried = doc.carried_kind
    if carried and not period_inferred and "/" not in period and int(period[:4]) < (doc.frame.pub_year or 0):
        carried = None  # 会议指出，2025年全区…：地区生产总值5603亿元 after 2026's goals: a result of a year said
    claim_kind, kind_inferred = kind(w, period, doc.frame, carried, flow)
    ahead = claim_kind == "expected" and int(period[:4]) > (doc.frame.pub_year or 9999)  # "projected … by 2025"
    if (claim_kind == "target" or ahead) and (not period_inferred or years_ahead(w.sent.text)) and "/" not in period:
        doc.running.target_year = int(period[:4])
    next_in_range = (
        nxt is not None
        and nxt.unit == w.q.unit
        and w.q.unit is not None
        and in_range(w.norm, w.q.start, w.q.end, nxt.start)
    )
    prev_in_range = (
        prev is not None
        and w.prev_end is not None
        and in_range(w.norm, prev.start, w.prev_end, w.q.start)
        and prev.unit == role.unit
    )
    value = signed(w, indicator, role)
    flags = {"region": region_inferred, "period": period_inferred, "kind": kind_inferred, "unit": not role.unit_said}
    inferred = [name for name, flag in flags.items() if flag]
    quote = text[w.quote_start() : w.q.end].strip()
    own_years = years_of_places(w, regions, places) if "/" not in period and "-" not in period else {}
    made = [
        Claim(
            r,
            indicator,
            own_years.get(r, period),
            value,  # Claim keeps 12 significant digits (units.sharp)
            role.unit,
            qualifier(w, next_in_range, prev_in_range, prev.qualifier if prev and prev.unit == role.unit else None),
            claim_kind,
            relative if r != relative else None,
            quote,
            w.q.start,
            w.q.end,
            inferred=_inferred_of(r, inferred, doc.guessed, r in own_years),
        )
        for r in regions
    ]
    return made + also_measured(w, made), role  # "both retail sales and foreign trade exceeded …": each its own


def _inferred_of(region: str, inferred: list[str], guessed: frozenset[str], own_year: bool) -> list[str]:
    """What was inferred of a claim of ``region``: a place guessed among namesakes is; its own year is not."""
    out = ["region", *inferred] if region in guessed and "region" not in inferred else list(inferred)
    return [name for name in out if not (own_year and name == "period")]
