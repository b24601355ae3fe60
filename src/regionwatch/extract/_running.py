"""What the sentences read so far establish for the periods of the ones after them: the year and the part
of the year a paragraph speaks of, a section heading's year, a target year, a five-year review."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ._claims import Claim
from ._cues import NOW
from ._parts import last_part, parts_named, parts_spoken_of
from ._text import Sentence, normalise
from ._years import (
    EDITION,
    EN_CENSUS,
    NEXT_FIVE,
    PAST_FIVE,
    YEAR,
    ZH_CENSUS,
    census_year,
    founding,
    is_base,
    names_span,
    plan_end,
    since,
    span_years,
    years_back,
)

__all__ = ["FULL_YEAR", "THE_PERIOD", "Running", "sentence_per_line", "years_spoken_of"]

_OPENING_SPAN = 16  # how far into a paragraph's first sentence a span of years looked back over opens it

THE_PERIOD = re.compile(  # a span spoken of before: "during the period", 规划期内
    r"\b(?:during|over|in|throughout)\s+(?:the|that|this)\s+(?:same\s+)?period\b|规划期内|此期间|这一期间",
    re.I,
)

FULL_YEAR = re.compile(
    r"full[ -]year|(?<!average )\bannual (?:economic )?growth\b|whole (?:of (?:the |last |this )?)?year|"
    r"for the year|\bannual (?:growth |economic |gdp )?(?:target|goal)\b|全年|年度(?:预期)?目标|1\s*(?:-|~|至)\s*12月",
    re.I,
)
QUARTERLY = {  # measures the statistics offices compile by quarter, never for a month range
    "gdp", "gdp_growth", "primary_value_added", "secondary_value_added", "tertiary_value_added",
    "disposable_income_per_capita",
}  # fmt: skip
_NOW_OPENING = 16  # characters at a sentence's start where a word of now sets the time of the sentences after it
_THIS_YEAR_OPENS = re.compile(  # "However, this year, Yuhang …", 今年以来，…: the year before it is over
    r"\W*(?:(?:however|but|yet|and|meanwhile|so far)\s*,?\s*)?(?:this year|今年(?:以来)?)", re.I
)
_YEAR_OPENS = re.compile(  # "In 2023, …", 2023年，…, "By 2020 …": the year the sentences after it go on in
    r"\W*(?:(?:in|by|during|for|since|as of|at the end of|throughout)\s+)?(?:19|20)\d\d\b|\W*(?:19|20)\d\d年", re.I
)
_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[、．]")  # 13、…: an item of a numbered list
_ENTRY = re.compile(r"\s*【[^】\d]{1,16}】")  # 【财政税收】…: an entry of a yearbook, under the year of the one before
_GOES_ON = re.compile(  # after a list item's number at most (13、其中，…: the items of a numbered list)
    r"\W*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]\s*)?(?:其中|同时|此外|另外|分产业看|分行业看|分区域看|具体来看|具体看|从[^，,。]{1,8}(?:看|来看)|"
    r"among them|of (?:this|these|which)|in addition|meanwhile|besides|moreover)\b",
    re.I,
)


_BASE = re.compile(  # a comparison's base: "up from …", 与2010年…相比
    r"(?:(?:up|down|rising|falling|rose|fell|increased|decreased|climbing)\s+)?from\b|(?:与|同|比|较)(?:19|20)\d\d",
    re.I,
)
_CHANGE_START = re.compile(  # "GDP rose from 80.26 billion yuan", 从2012年的802.6亿元: where a change began
    r"(?:\bfrom|从|由)\s*(?:(?:19|20)\d\d\s*年(?:末|底)?的?)?\s*(?:about\s+|nearly\s+|约)?[\d.,]+[^\d]*$", re.I
)


def _census_reported(text: str) -> re.Match[str] | None:
    """The first census ``text`` reports, not one a figure is compared with (与2010年第六次全国人口普查的…相比)."""
    found = (m for pattern in (ZH_CENSUS, EN_CENSUS) for m in pattern.finditer(text) if not is_base(text, m.start()))
    return next(found, None)


def _years_not_compared(text: str) -> list[int]:
    """The years a sentence names, but a comparison's base."""
    return [
        int(m.group(1))
        for m in YEAR.finditer(text)
        if not is_base(text, m.start())
        and not founding(text, m.start(), m.end())
        and not since(text, m.start(), m.end())
        and not EDITION.match(text, m.end())  # 2020年中国城区…百强名单: a ranking's edition, not the year spoken of
    ]


_REMOTE_PAST = re.compile(  # a year a clause looks back to: "…, which Longgang had held in 2023", 2023年曾
    r"(?:,\s*(?:which|who|whom|whose|where)\b|\bhad\s+(?:once\s+|been\s+)?[a-z]+\b)[^,.;:]*?\b((?:19|20)\d\d)\b|"
    r"((?:19|20)\d\d)年[^，。；,;\d]{0,8}?曾|曾(?:经)?[^，。；,;\d]{0,10}?((?:19|20)\d\d)年",
    re.I,
)


def _remote_past(text: str) -> set[int]:
    """The years a sentence names in a clause looking back from its time (a relative clause, "had held", 曾,
    "as early as", 早在): moments of history, not the year the sentences after it speak of."""
    found = [*_REMOTE_PAST.finditer(text), *_AS_EARLY_AS.finditer(text)]
    return {int(next(g for g in m.groups() if g)) for m in found}


_ONE_MONTH = re.compile(r"当月|单月|\balone\b|\bthe month of\b", re.I)
_AS_EARLY_AS = re.compile(r"(?:\bas early as|早在)\s*(?:in\s+)?((?:19|20)\d\d)", re.I)
_NOTE_ON_A_FIGURE = re.compile(r"(?<=[\d元%亿万])\s*[(（][^()（）\d]{0,4}\d[^()（）]{0,12}[)）]")  # 113.26亿元(1-11月)
_DATED = re.compile(r"今年|去年|本年|上年|明年|今后|未来|目标|力争|\b(?:this|last|next) year\b|\bfuture\b", re.I)


@dataclass
class Running:
    """What the sentences read so far have established."""

    year: int | None = None  # the year under discussion in this paragraph
    year_said_relative: bool = False  # that year was written "last year"/去年, not as a number
    year_trailing: bool = False  # that year was written after the sentence's figure ("… 528 billion yuan in 2024")
    year_of_results: bool = False  # that year was written for a result (2014年，GDP 798亿元), not a date or a goal
    ended_paragraph_year: int | None = None  # the year of the paragraph just ended (其中，… goes on with it)
    item_number: int = -1  # the number of the last numbered item read (13、…)
    year_said_last: int | None = None  # the last year a sentence spoke of, in any paragraph (同年, "that year")
    part: str | None = None
    part_before_months: str | None = None  # the part spoken of before a month range (一季度… then 1-2月，…)
    target_year: int | None = None
    section_year: int | None = None  # the year a section heading names (2024年工作回顾), until the next heading
    section_plan: int | None = None  # the last year of the plan a section heading names ("Goals of the 14th …")
    review: bool = False  # the paragraph looks back over five years (过去五年…): a later 由X增至Y is over them too
    section_review: bool = False  # a heading looks back over five years: every paragraph below it does
    review_opened: bool = False  # a paragraph opened looking back over five years (五年来，…): the paragraphs after
    years_reviewed: int | None = None  # the years the paragraph opened looking back over (历城区这十年，…)
    # it go on looking back (创新动能持续增强。国家高新技术企业从1180家增加到2460家。) until one opens with a time
    census_year: int | None = None  # the census this paragraph reports (第七次全国人口普查, "the 2020 census")
    title_census: int | None = None  # the census the title reports: every paragraph's (人口普查主要数据公报)
    sentence_lines: bool = False  # the text sets each sentence on a line of its own: a line ends no paragraph
    list_year: int | None = None  # the year of the last figure of a sentence that ends in ；(a list going on)
    opening_year: int | None = None  # the year the paragraph's first sentence names
    sentences: int = 0  # the sentences of the paragraph read so far
    year_places: frozenset[str] = frozenset()  # the places the running year was stated for
    year_of_crossings: bool = False  # their figures were all crossings of a round mark ("In 2022, Haidian passed …")
    place_years: dict[str, int] = field(default_factory=dict)  # the latest year stated for each place
    review_goes_on: bool = False  # a paragraph of one sentence reviewing five years just ended
    full_stops: int = 0  # the paragraph's sentences that ended in a full stop (not in ；)
    span: tuple[int, int] | None = None  # (base, end) of the last span of years a sentence named ("(2021-25)",
    # 十四五): "during the period"'s
    span_here: bool = False  # that span was named in this paragraph
    clause_years: list[int] = field(default_factory=list)  # the years stated in a sentence's clauses before ;

    def part_for(self, indicator: str) -> str | None:
        """The part of the year the sentences before speak of, for a figure of ``indicator`` that states none: a
        measure compiled by quarter after a month range (上半年… ⏎1-5月，… ⏎全区居民人均可支配收入…) is of the part
        spoken of before the months."""
        measure = indicator.removeprefix("other:").removesuffix("_growth")  # its growth, its urban residents' too
        quarterly = measure in QUARTERLY or measure.endswith("disposable_income_per_capita")
        return self.part_before_months if self.part == "M" and quarterly else self.part

    def after_title(self, title: str) -> None:
        """A title reporting a census (南山区第七次全国人口普查主要数据公报) dates the population figures below it."""
        found = _census_reported(title)
        self.title_census = self.census_year = census_year(found) if found else None
        headline = not re.search(r"[%％。]|亿|万|\b(?:yuan|percent)\b|\.\s*$", title)  # no sentence with figures
        self.section_plan = plan_end(title) if headline else None  # "Main Goals … during the 14th Five-Year Plan"

    def after_heading(self, text: str, target: bool) -> None:
        """A heading starts a section: its year holds for every paragraph below it (a goals heading's
        year is the year its goals are for); a heading without a year ends the last one's."""
        years = [int(y) for y in YEAR.findall(text)]
        self.section_year = self.year = years[-1] if years else None
        named = last_part(text)
        if named is None and self.part == "M" and self.part_before_months is not None:
            self.part = self.part_before_months  # 一季度… ⏎五、1-2月，… ⏎六、居民收入: the report's quarter again
        self.section_review = bool(PAST_FIVE.search(text))  # "Review of the Work in the Past Five Years"
        self.review_opened = False
        self.section_plan = plan_end(text)
        if target and years:
            self.target_year = years[-1]

    def before_sentence(self, sent: Sentence) -> None:
        """A paragraph opened by 其中, 此外, 分产业看, "Among them", "In addition" goes on with the paragraph
        before it (a page that sets each sentence on a line of its own): that paragraph's year holds."""
        item = _ITEM_NUMBER.match(sent.text)
        number = int(item.group(1)) if item else None
        next_item = number is not None and number == self.item_number + 1  # 12、2020年…GDP… ⏎15、人均地区生产总值…
        goes_on = _GOES_ON.match(sent.text) or next_item or _ENTRY.match(sent.text)
        if self.ended_paragraph_year is not None and self.year is None and goes_on:
            self.year = self.ended_paragraph_year  # the items of a numbered list go on like a paragraph's sentences
        self.ended_paragraph_year = None
        self.item_number = number if number is not None else self.item_number
        dated = _YEAR_OPENS.match(sent.text) or _DATED.search(sent.text) or NEXT_FIVE.search(sent.text)
        if self.sentences == 0 and self.review_opened:  # a paragraph after the review's opening goes on with it,
            # unless it speaks of a time of its own (2025年，…; 今年…; 会议提出，…力争…)
            self.review_opened = not dated
            self.review = self.review or self.review_opened
        if self.review_goes_on and not dated:
            self.review = True  # 过去五年，…。⏎国家高新技术企业由3050家增至4600家。: one sentence a line, one review
        self.review_goes_on = False

    def after_sentence(
        self,
        sent: Sentence,
        new_paragraph: bool,
        full_year_stated: bool,
        stated_years: list[int] | None = None,
        last_year: int | None = None,
        stated: dict[str, int] | None = None,
        forecast: bool = False,
        blank_line: bool = False,
        opened_past: int | None = None,
        crossings: bool = False,
        spanned: bool = False,
    ) -> None:
        """``full_year_stated``: a figure of the sentence had a full year written beside it; ``forecast``: its
        figures are all expected or aimed at (a full year looked ahead to leaves the part reported on);
        ``blank_line``: a blank line follows it (a paragraph ends, not a line of a page set a sentence a line);
        ``opened_past``: the year its opening ('Last year', 过去一年) speaks of, none written; ``crossings``: its
        results with a year written are all places crossing a round mark (a club's history); ``spanned``: its
        figures span years ("in the decade to 2015, … 10 percent a year"), whose end is no year the story is in;
        ``stated_years``: the years written for its results ("950 billion yuan in 2024, up from 880 billion
        yuan in 2023" speaks of 2024: the latest, not the last written)."""
        part = last_part(_NOTE_ON_A_FIGURE.sub("", sent.text))  # a figure's own months do not go on
        self.list_year = last_year if re.search(r"[；;]\s*$", sent.text) else None  # 目标是：增长5.5%；收入增长3%
        own, written = _years_not_compared(sent.text), {int(y) for y in YEAR.findall(sent.text)}
        own = [] if spanned and not stated_years else own
        if not stated_years:  # "as early as 1993, Jinjiang had become a city": a moment of its history, no figure's
            own = [y for y in own if y not in _remote_past(sent.text)]  # "…, which the latter had held in 2023"
        own = own or ([opened_past] if opened_past else [])  # "Over the past year, the economy …": that year
        stated_years = [y for y in stated_years or [] if y in own or y not in written]  # not 与2010年…相比's
        years = [max(stated_years)] if stated_years else own
        if part is not None and len(parts_spoken_of(sent.text) - {"M"}) > 1:
            pass  # 分季度看，一季度…上半年…前三季度…: the year broken down, the period spoken of goes on
        elif part == "M" and _ONE_MONTH.search(sent.text):
            pass  # "In September alone, …", 9月当月: one month's figure, an aside; the period spoken of goes on
        elif part is not None:
            self.part_before_months = self.part if part == "M" and self.part != "M" else self.part_before_months
            self.part = part  # 1-5月，… ；社会消费品零售总额…: a month range goes on like any part of the year
        elif (full_year_stated or (FULL_YEAR.search(sent.text) and not forecast)) and not parts_named(sent.text):
            self.part = None  # not "… higher than the rate for the first half of this year": parts compared with
        clauses = self.clause_years + stated_years  # "In 2015 GDP was X; by 2023 it had reached Y": one sentence
        self.clause_years = clauses if re.search(r"[；;]\s*$", sent.text) else []
        self._note_span(sent.text, clauses)
        census = _census_reported(sent.text)
        if census and (not years or census_year(census) in years):
            self.census_year = census_year(census)  # 第六次全国人口普查数据显示，2010年…: its population figures after
        if not years and (NOW.search(sent.text[:_NOW_OPENING]) or _THIS_YEAR_OPENS.match(sent.text)):
            self.year = None  # 如今，江阴拥有上市公司37家。全市常住人口178万: the sentences after it speak of today
        if years:
            self.year = self.year_said_last = years[-1]
            self.year_said_relative = not YEAR.search(sent.text)
            self.year_trailing = not _YEAR_OPENS.match(sent.text)
            self.year_of_results = bool(stated_years)
            self.year_places = frozenset(stated or {})
            self.year_of_crossings = crossings and bool(stated)
        for place, year in (stated or {}).items():
            self.place_years[place] = max(year, self.place_years.get(place, year))
        if self.sentences == 0:
            self.opening_year = years[-1] if years else self.year  # or the year it goes on in (其中，…)
            self.review_opened = self.review_opened or bool(PAST_FIVE.match(sent.text[:12].lstrip()))
            self.years_reviewed = years_back(sent.text[:_OPENING_SPAN])  # 历城区这十年，…。…从634亿元增加到…: each
            # paragraph's first sentence sets it (none for most)
        self.sentences += 1
        reviewing = self.review or bool(PAST_FIVE.search(sent.text))
        self.full_stops += bool(_LINE_ENDED.search(sent.text))
        self.review_goes_on = new_paragraph and not blank_line and self.full_stops <= 1 and reviewing  # one line
        new_paragraph = new_paragraph and (blank_line or not self.sentence_lines)
        if new_paragraph:  # its year goes on (其中，…) if it opened the paragraph, not a year of its history
            framed = self.sentences == 1 or self.year == self.opening_year
            self.ended_paragraph_year = self.year if framed else None
            self.sentences = self.full_stops = 0
            self.year, self.year_said_relative, self.year_trailing = self.section_year, False, False
            self.year_of_results = False
            self.year_places, self.year_of_crossings = frozenset(), False
            self.census_year = self.title_census
            self.span_here = False
        self.review = self.section_review or (not new_paragraph and reviewing)

    def span_for(self, text: str) -> tuple[int, int] | None:
        """The span sentences before named, for an average in ``text`` over "the same period", or one over no
        span or year of its own in the same paragraph ("X in 2020; Y in 2025; … Investment grew 10% a year")."""
        unsaid = self.span_here and not YEAR.search(text) and not names_span(text) and not _SINCE_THEN.search(text)
        return self.span if THE_PERIOD.search(text) or unsaid else None  # not "Since then, …": from its last year

    def _note_span(self, text: str, stated_years: list[int]) -> None:
        named, end = span_years(text), plan_end(text)
        if named is not None:
            self.span = named
        elif end is not None:
            self.span = (end - 5, end)
        elif stated_years and max(stated_years) - min(stated_years) > 1:  # "In 2015 GDP was X; by 2023 it had
            self.span = (min(stated_years), max(stated_years))  # reached Y": the years between them
        else:
            return
        self.span_here = True


_SINCE_THEN = re.compile(r"\bsince (?:then|that year|that time)\b|此后|自此|从那以后|从此以后", re.I)
_SENTENCE_MARK = re.compile(r"[。！？]|[.!?](?=\s+[A-Z\d\"“])")  # a sentence ending inside a line
_LINE_ENDED = re.compile(r"[。！？.!?][\"'”’」)）]*\s*$")


def sentence_per_line(norm: str) -> bool:
    """Whether the text (after its title) sets every sentence on a line of its own: a page whose line ends are
    sentence ends, not paragraph ends; with blank lines between its paragraphs, when most of its prose lines run
    on from another (a paragraph of sentence lines)."""
    lines = norm.strip().split("\n")[1:]
    is_prose = [len(line.strip()) >= 20 and bool(_LINE_ENDED.search(line)) for line in lines]
    prose = [line for line, p in zip(lines, is_prose, strict=True) if p]
    if len(prose) < 3:
        return False
    if sum(not line.strip() for line in lines) * 5 > len(prose):  # paragraphs set apart by blank lines: sentence
        runs = sum(a and b for a, b in itertools.pairwise(is_prose))  # lines when most run on from another
        if runs * 2 < len(prose):
            return False
    single = sum(len(_SENTENCE_MARK.findall(line.rstrip())) <= 1 for line in prose)
    return single * 10 >= len(prose) * 9


def _results_years(made: list[Claim]) -> list[int]:
    """The years a sentence's results were stated for ("950 billion yuan in 2024"), not the year of a
    comparison's base ("up from 24.5 percent in 2020"); none when a figure spans years."""
    if any("/" in c.period for c in made):
        return []
    bases = [c for c in made if _a_base(normalise(c.quote))]  # the quote as the text reads it: 從 is 从, 與 is 与
    own = [c for c in made if c not in bases and c.kind == "actual"]
    stated = [int(c.period[:4]) for c in own if "period" not in c.inferred]
    return stated if stated or not bases else [int(c.period[:4]) for c in own]


def _a_base(quote: str) -> bool:
    return bool(_BASE.match(quote) or _CHANGE_START.search(quote))


def _estimated_year(sent: Sentence, made: list[Claim]) -> list[int]:
    """The year a sentence's estimates for the full year are for (预计全年实现地区生产总值798亿元 in December):
    the paragraph's figures after it are of that year too."""
    years = {int(c.period) for c in made if c.kind == "expected" and c.period.isdigit() and not _reckoned(c)}
    return list(years) if len(years) == 1 and FULL_YEAR.search(sent.text) else []


def _reckoned(c: Claim) -> bool:
    """A rate or level a reckoning assumes or is still short of ("would need annual growth of about 8 percent"):
    no estimate of a year the sentences after it speak of."""
    return c.indicator.endswith(("_hypothetical", "_not_reached"))


def years_spoken_of(sent: Sentence, made: list[Claim]) -> list[int]:
    """The years the sentence's figures speak of, for the sentences after it: its results' stated years, else
    the year its full-year estimates are for."""
    return _results_years(made) or _estimated_year(sent, made)
