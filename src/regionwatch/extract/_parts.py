"""Parts of a year as written: the first three quarters, a half, a quarter, months (1-9月, 上半年, "first
half", "the six months to June", Q1…Q4), and which one a text names last."""

from __future__ import annotations

import itertools
import re

__all__ = [
    "PART_END_MONTH",
    "last_part",
    "part_of_year",
    "parts_listed",
    "parts_named",
    "parts_spoken_of",
    "quarters_to_date",
    "whole_year_named",
]

_ALONE = r"(?:(?<![a-z\d])|(?<=(?:19|20)\d\d))"  # "Q4", "2024Q4", "2025H1": not "MQ4"
_MONTH_RANGE = r"(?:1|一)\s*月?\s*(?:-|~|至|到)\s*"  # 1-9月, 1至9月, 1月至9月
_NOT_OF_A_YEAR = (
    r"(?!\s+of\s+(?:the\s+)?(?!(?:this|last|next|current|calendar|fiscal|that|the)\b|year\b|(?:19|20)\d\d\b)[a-z\d])"
)
_UNTIL_END_OF = r"(?:截至|截止|截止到|到|至)\s*(?:(?:19|20)\d\d\s*年)?\s*"  # 截至9月末, 到9月底: the months up to then
_A_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_JAN_TO = (  # "January-September", "Jan-Sept", "Jan.-Sep.", "between January and September"
    r"(?:between\s+jan(?:uary|\.)?\s+and\s+|jan(?:uary|\.)?\s*(?:-|–|to|through)\s*)"
)
_PARTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "Q1Q3",
        re.compile(
            r"(?:first|past)[- ](?:three|3)[- ]quarters|(?:first|past)[- ](?:nine|9)[- ]months|"  # "past 3 quarters"
            r"(?:nine|9) months (?:to|through|ended|ending) september|\bnine-month (?=gdp|growth|economic|output)|"
            r"(?:前|首|头)(?:九|9)个?月|"
            r"q1\s*(?:-|to|through)\s*q?3\b|" + _JAN_TO + r"sep(?:t(?:ember)?)?\b|"
            r"(?:three|3) quarters (?:to|through|ended|ending) september|(?:by|at) the end of september|"
            r"(?<!july )(?<!jul )(?<!jul\. )\bthrough (?:the end of )?september\b|"  # "grew 5.8% through September"
            + _UNTIL_END_OF
            + r"(?:(?:9|九)月|第?[三3]季度)(?:末|底)|(?:in|for) the year to (?:the end of )?september\b|"
            r"(?:前|首|头)[三3](?:个)?季度?|1-3季度|[一1]\s*(?:至|到|-|~)\s*[三3]季度|\b9m\b|"
            + _MONTH_RANGE
            + r"(?:9|九)月",
            re.I,
        ),
    ),
    (
        "H1",
        re.compile(
            r"first[- ]half"
            + _NOT_OF_A_YEAR
            + r"|first[- ](?:six|6)[- ]months|(?:six|6) months (?:to|through|ended|ending) june|"
            r"(?:前|首|头)(?:六|6)个?月|首半年|"
            r"first (?:two|2) quarters|(?:by|at) the end of june|"
            + _UNTIL_END_OF
            + r"(?:(?:6|六)月|第?[二2]季度)(?:末|底)|"
            r"(?:in|for) the year to (?:the end of )?june\b|"
            r"(?<!april )(?<!apr )(?<!apr\. )\bthrough (?:the end of )?june\b|"
            r"(?<!second )(?<!second-)(?<!latter )\bhalf[- ]year(?:ly)?\b|\bsemi-?annual\b|"
            + _ALONE
            + r"h1(?![a-z\d])|\b1h(?=\b|\d\d\b)|"
            + _JAN_TO
            + r"june?\b|上半年|(?:前|首|头)[两二2](?:个)?季度?|"
            + _MONTH_RANGE
            + r"(?:6|六)月",
            re.I,
        ),
    ),
    (
        "Q1",
        re.compile(
            r"first[- ]quarter|"
            + _ALONE
            + r"q1(?![a-z\d])(?!\s*(?:-|to)\s*q)|\b1q(?=\b|\d\d\b)|"
            + _JAN_TO
            + r"mar(?:ch)?\b|"
            r"(?:第)?[一1]季度|第[一1]季|首季度?|"
            r"(?:three|3) months (?:to|through|ended|ending) march|(?:by|at) the end of march|"
            r"(?<!january )(?<!jan )(?<!jan\. )\bthrough (?:the end of )?march\b|"
            + _UNTIL_END_OF
            + r"(?:3|三)月(?:末|底)|"
            r"first (?:three|3) months|前(?:三|3)个?月|" + _MONTH_RANGE + r"(?:3|三)月",
            re.I,
        ),
    ),
    (
        "H2",
        re.compile(
            r"second[- ]half"
            + _NOT_OF_A_YEAR
            + r"|"
            + _ALONE
            + r"h2(?![a-z\d])|\b2h(?=\b|\d\d\b)|下半年|july\s*(?:-|to|through)\s*december",
            re.I,
        ),
    ),
    (
        "Q2",
        re.compile(
            r"second[- ]quarter|" + _ALONE + r"q2(?![a-z\d])|\b2q(?=\b|\d\d\b)|(?:第)?[二2]季度?|次季|"
            r"april\s*(?:-|to|through)\s*june(?: quarter| period)?|(?<![\d-])4\s*月?\s*(?:-|~|至|到)\s*6月",
            re.I,
        ),
    ),
    (
        "Q3",
        re.compile(
            r"third[- ]quarter|" + _ALONE + r"q3(?![a-z\d])|\b3q(?=\b|\d\d\b)|(?:第)?[三3]季度|第[三3]季|"
            r"july\s*(?:-|to|through)\s*september(?: quarter| period)?|(?<![\d-])7\s*月?\s*(?:-|~|至|到)\s*9月",
            re.I,
        ),
    ),
    (
        "Q4",
        re.compile(
            r"fourth[- ]quarter|" + _ALONE + r"q4(?![a-z\d])|\b4q(?=\b|\d\d\b)|(?:第)?[四4]季度|第[四4]季|末季|"
            r"october\s*(?:-|to|through)\s*december(?: quarter| period)?|(?<![\d-])10\s*月?\s*(?:-|~|至|到)\s*12月",
            re.I,
        ),
    ),
    (
        "M",
        re.compile(
            r"first (?:two|four|five|seven|eight|ten|eleven|[2457-8]|1[01]) months|"
            r"(?:前|首|头)(?:[二两四五七八十]|十一|[2457-8]|1[01])个月|"
            r"(?<![\d.])1\s*月?\s*(?:-|~|至|到)\s*(?:[2457-9]|1[01])月|(?:1[0-2]|[1-9])月(?:份)?(?:当月|单月)|"
            # 7月份社会消费品零售总额, 9月全市进出口总额: one month's figure (not 7月，… dating a report)
            r"(?<![\d\-—~至到])(?:1[0-2]|[1-9])月份?(?=(?:全[市区县])?(?:社会消费品|社零|进出口|出口|进口|规上|规模以上|"
            r"工业|一般公共预算|财政|固定资产|地区生产总值|GDP|新增|新登记|新设))|"
            r"\bin " + _A_MONTH + r" alone\b|"
            r"\bthe month of [a-z]+|"  # "September retail sales", "exports in September": one month's figure
            r"\b" + _A_MONTH + r"(?:['’]s)?\s+(?:retail|exports|imports|foreign trade|industrial|fiscal|revenue)\b|"
            r"\b(?:retail sales|exports|imports|foreign trade|revenue|output)\s+(?:in|for|during)\s+"
            + _A_MONTH
            + r"\b|"
            r"january\s*(?:-|to|through)\s*(?:february|april|may|july|august|october|november)|"
            r"(?:by|at|as of) the end of (?:february|april|may|july|august|october|november)\b|"  # the months to then
             + _UNTIL_END_OF + r"(?:[2457-8]|1[01]|[二两四五七八十]|十一)月(?:末|底)",
            re.I,
        ),
    ),
]

PART_END_MONTH = {"Q1Q3": 9, "H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}
_PART_COMPARED = re.compile(
    r"(?:比|较|than(?:\s+(?:that|those|the\s+(?:growth\s+)?(?:rate|pace|figure|level)))?(?:\s+(?:in|of|for))?|"
    r"compared (?:with|to)|(?<!^)(?<!^\s)(?<![,;:.]\s)(?<![,;:.])\bover|"
    r"\b(?:surpass\w*|exceed\w*|outpac\w*|above|below)\s+(?:the\s+(?:growth\s+)?(?:rate|pace|level)\s+(?:in|of|for)\s+)?)"
    r"\s*(?:in\s+)?(?:the\s+)?$",
    re.I,
)  # "up 6% over the first half", "surpassing the growth rate in the January-May period by 0.9 percentage points";
# not "Over the first three quarters, …" opening a clause: a span of time
_WITH = re.compile(r"(?:与|和|同|跟)$")
_COMPARED_AFTER = re.compile(r"(?:相比|比较|相较|对比)")
_CONSECUTIVE = re.compile(r"consecutive|连续", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)  # "down 0.4 percentage points from the second quarter": the base
_SPAN_ON = re.compile(r"\s*(?:to|through|until|till|and)\b|\s*[-–—~至到]", re.I)  # "from the first quarter to …"


_ANY_PART = re.compile(
    r"季|半年|月|quarter|half|month|alone|jan|april|july|october|end of|" + _ALONE + r"[hq][1-4](?![a-z\d])|"
    r"\b[1-4][hq]|\b9m\b|"
    r"\b(?:february|march|may|june|august|september|november|december)\b",
    re.I,
)  # one in each


def last_part(text: str) -> str | None:
    """The sub-year period named last in ``text``: Q1Q3, H1, Q1…Q4, M (months outside v1), or None."""
    spoken = _spoken_of(text)
    return max(spoken, key=lambda f: (f[1], -f[0]))[2] if spoken else None  # the last to end


def parts_spoken_of(text: str) -> set[str]:
    """The parts of a year ``text`` names, but the bases of its comparisons (比上半年高1.5个百分点)."""
    return {name for _start, _end, name in _spoken_of(text)}


def _spoken_of(text: str) -> list[tuple[int, int, str]]:
    """(start, end, part) of the parts of the year named in ``text`` that are not the base of a comparison."""
    if not _ANY_PART.search(text):
        return []  # a word every part needs: most texts are ruled out before each part's own pattern
    spoken = []
    for start, end, name in _outermost(text):  # 三季度 inside 前三季度: the longer phrase decides, also in a comparison
        lead = text[max(0, start - 40) : start]  # "surpassing the growth rate in the "
        compared = _PART_COMPARED.search(lead) or (_WITH.search(lead) and _COMPARED_AFTER.match(text, end))
        spans = _SPAN_ON.match(text, end) or _SPAN_ON.search(text, start, end)
        compared = compared or (_FROM.search(lead) and not spans)
        if not _CONSECUTIVE.search(lead) and not compared:  # not 与上半年相比: the base
            spoken.append((start, end, name))
    return spoken


def parts_named(text: str) -> set[str]:
    """The different parts of a year ``text`` names (一季度…上半年…前三季度: a breakdown of the year)."""
    if not _ANY_PART.search(text):
        return set()
    return {name for _start, _end, name in _outermost(text)}  # 三季度 inside 前三季度 is no part of its own


_FULL_YEAR = re.compile(r"全年|\b(?:the\s+)?(?:full|whole|entire)[- ]year\b|\bthe\s+year\s+as\s+a\s+whole\b", re.I)
_PART_GAP = re.compile(r"[\s、，,]*(?:(?:和|及|与|以及|and)\s*)?(?:the\s+)?", re.I)


def parts_listed(text: str) -> list[str]:
    """The parts of a year ``text`` lists one after another (一季度、上半年、前三季度和全年; "the first quarter, first
    half and first three quarters"), in order, the whole year as ''; [] for fewer than two, or any but a list."""
    found = sorted(
        [(s, e, name) for s, e, name in _spoken_of(text) if name != "M"]
        + [(m.start(), m.end(), "") for m in _FULL_YEAR.finditer(text)]
    )
    joined = all(_PART_GAP.fullmatch(text[a[1] : b[0]]) for a, b in itertools.pairwise(found))
    return [name for _s, _e, name in found] if len(found) > 1 and joined else []


_ONTO_YEAR_BEFORE = re.compile(r"\s*(?:of\s+)?$", re.I)  # "the first half of 2025", "Q3 2025"
_ONTO_YEAR_AFTER = re.compile(r"\s*年?\s*$")  # 2025年上半年


def part_of_year(text: str, start: int, end: int) -> str | None:
    """The part of the year written onto the year at ``text[start:end]`` ("the first half of 2025", "Q3 2025",
    2025年上半年), else None."""
    lead, tail = text[max(0, start - 40) : start], text[end : end + 12]
    before = [(e, name) for _s, e, name in _outermost(lead) if _ONTO_YEAR_BEFORE.fullmatch(lead[e:])]
    after = [(s, name) for s, _e, name in _outermost(tail) if _ONTO_YEAR_AFTER.fullmatch(tail[:s])]
    return before[-1][1] if before else after[0][1] if after else None


def _outermost(text: str) -> list[tuple[int, int, str]]:
    """(start, end, part) of every part of the year named in ``text``, but one inside a longer one."""
    found = [(m.start(), m.end(), name) for name, pattern in _PARTS for m in pattern.finditer(text)]
    return [f for f in found if not any(s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, _ in found)]


_BARE_THIRD = re.compile(r"(?<![前首头第一1至到\-~—])三季度")
_QUARTERS_APART = re.compile(r"二季度|第三季度|第[二三]季|前三季|1-9月|1—9月|一至九月|三季度末")
_AFTER_HALF = re.compile(r"(?:比|较|高于|低于|快于|慢于)上半年")


def quarters_to_date(norm: str) -> str:
    """The text with a bare 三季度 written as 前三季 (as long, offsets kept) where the document uses it for the
    first three quarters together, as county reports do: comparing it with the first half (三季度…增长3.6%，比
    上半年高1.5个百分点) and never naming the second quarter nor the three quarters otherwise; a national release
    on the third quarter alone sets it beside 二季度."""
    if "三季度" not in norm or not _AFTER_HALF.search(norm) or _QUARTERS_APART.search(norm):
        return norm
    return _BARE_THIRD.sub("前三季", norm)


_WHOLE_YEAR = re.compile(r"\b(?:entire|whole|full)\s+year\b", re.I)


def whole_year_named(text: str) -> bool:
    """Whether ``text`` names the whole year ("growth achieved in the entire year of 2022"): no part of it."""
    return bool(_WHOLE_YEAR.search(text))
