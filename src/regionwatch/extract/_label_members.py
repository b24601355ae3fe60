"""The members a size label names: "four other trillion-yuan cities in the province, namely Suzhou, Nanjing,
Wuxi and Nantong", "Pudong and Haidian, the two trillion-yuan districts", 苏州、南京、无锡三个万亿城市. Labels are
not figures, unless the label is the only statement of that place's figure (the claims format): each member
then has its GDP at least the label's size, in the sentence's year, else the year before publication."""

from __future__ import annotations

import re

from ._claims import Claim
from ._places import COUNTRY, Place
from ._regions import LIST_GAP

__all__ = ["label_members"]

_WORD_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ZH_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_LABEL = re.compile(
    r"(?:\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:other\s+|more\s+)?)?[\"'“]?"
    r"(?:(?P<num>\d{1,3}|one)[\s-])?(?P<scale>trillion|hundred-billion|100-billion|billion)[\s-]yuan[\"'”]?\s+"
    r"(?P<cls>district|city|county|county-level city|economy|districts|cities|counties|county-level cities|economies)"
    r"\b[\"'”]?",
    re.I,
)
_ZH_LABEL = re.compile(
    r"(?:等|(?:都|均|也)?(?:是|为))?(?:(?P<n>[两二三四五六七八九十\d]{1,2})个)?[“\"]?(?P<scale>万亿|千亿)元?级?[”\"]?"
    r"(?P<cls>城市|城区|区|县|县级市|县市)(?!群|圈|带|间|域|化)"  # 苏州、南京等万亿城市; …都是万亿城市
)
_EN_AFTER = re.compile(  # "…-yuan cities in the province, namely Suzhou", "…-yuan districts: Pudong"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?[^,.;:]{1,30}?)?\s*(?:,\s*(?:namely|including|such as|i\.e\.)|:)\s+"
)
_EN_BEFORE = re.compile(  # "Pudong and Haidian, the two …", "Pudong and Haidian are (both) …", "Nanshan is now a …"
    r"(?:,\s*(?:the|these|both|all)|\s+(?:is|are|was|were)(?:\s+(?:now|also|both|all))?(?:\s+(?:a|an|all|both))?)\s+$",
    re.I,
)
_THESE = re.compile(r"(?:\bthese|\bthe|这|这些)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?![\d%])")


def label_members(text: str, norm: str, places: list[Place], claims: list[Claim], pub_year: int | None) -> list[Claim]:
    """``claims`` with a claim for each member of a size label whose GDP the document states nowhere else."""
    stated = {c.region for c in claims if c.indicator == "gdp" and c.unit == "CNY"}
    out: list[Claim] = []
    for m, value, members in _listed(norm, places):
        sentence = _sentence(norm, m.start(), m.end())
        year = _year(sentence, pub_year)
        if year is None:
            continue
        for code in members:
            if code not in stated and all((c.region, c.start) != (code, m.start()) for c in out):  # one per mention
                out.append(_claim(text, code, year, value, m.span(), inferred=not _YEAR.search(sentence)))
    return sorted(claims + out, key=lambda c: c.start) if out else claims


def _listed(norm: str, places: list[Place]) -> list[tuple[re.Match[str], float, list[str]]]:
    found = []
    for m in _EN_LABEL.finditer(norm):
        value = _value(m.group("num"), m.group("scale"))
        after = _EN_AFTER.match(norm, m.end())
        county = m.group("cls").lower().startswith(("district", "count"))
        members = _run(norm, places, after.end(), True, county) if after else []
        before = _EN_BEFORE.search(norm, max(0, m.start() - 24), m.start())
        if not members and before:
            members = _run(norm, places, before.start(), False, county)
        found.append((m, value, members or _referred(norm, places, m, county), m.group("n")))
    for m in _ZH_LABEL.finditer(norm):
        value, county = 1e12 if m.group("scale") == "万亿" else 1e11, m.group("cls") != "城市"
        members = _run(norm, places, m.start(), False, county) or _referred(norm, places, m, county)
        found.append((m, value, members, m.group("n")))
    return [(m, v, ms) for m, v, ms, n in found if v and ms and (n is None or _count(n) == len(ms))]


def _referred(norm: str, places: list[Place], m: re.Match[str], county: bool) -> list[str]:
    """The list of places "these two …-yuan cities" (这两个万亿元城市) refers back to: the last list before it, in
    its sentence or the one before, of as many places as it counts."""
    if m.group("n") is None or not _THESE.search(norm, max(0, m.start() - 8), m.start()):
        return []
    ends = sorted({p.end for p in places if m.start() - 240 <= p.end <= m.start()}, reverse=True)
    runs = (_run(norm, places, end, False, county) for end in ends)
    return next((run for run in runs if len(run) == _count(m.group("n"))), [])


def _value(num: str | None, scale: str) -> float:
    scale = scale.lower()
    if scale in ("hundred-billion", "100-billion"):
        return 1e11
    n = 1.0 if num is None or num.lower() == "one" else float(num)
    return n * 1e12 if scale == "trillion" else (n * 1e9 if num is not None else 0.0)


def _count(n: str) -> int:
    return int(n) if n.isdigit() else _WORD_COUNTS.get(n.lower()) or _ZH_COUNTS.get(n, 0)


def _run(norm: str, places: list[Place], at: int, forward: bool, county: bool) -> list[str]:
    """The codes of the places listed from ``at`` on (or up to it), joined by commas, 'and' or 、: cities or
    counties, as the label says (no province; no city among "districts")."""
    named = [p for p in places if p.code and p.code != COUNTRY]  # "such as Kunshan": a member, though no subject
    named = [p for p in named if not (p.code or "").endswith("0000" if not county else "00")]
    out: list[str] = []
    if forward:
        for p in (p for p in named if p.start >= at):
            if not (p.start == at or (out and LIST_GAP.fullmatch(norm, at, p.start))):
                break
            out.append(p.code or "")
            at = p.end
        return out
    for p in reversed([p for p in named if p.end <= at]):
        if not (p.end == at or (out and LIST_GAP.fullmatch(norm, p.end, at))):
            break
        out.insert(0, p.code or "")
        at = p.start
    return out


def _sentence(norm: str, start: int, end: int) -> str:
    """The sentence around ``norm[start:end]``."""
    ends = [e.end() for e in _SENTENCE_END.finditer(norm, max(0, start - 400), start)]
    after = _SENTENCE_END.search(norm, end)
    return norm[ends[-1] if ends else max(0, start - 400) : after.start() if after else len(norm)]


def _year(sentence: str, pub_year: int | None) -> int | None:
    """The one year the label's sentence names, else the year before publication; None if it names several."""
    years = {int(y) for y in _YEAR.findall(sentence)}
    return years.pop() if len(years) == 1 else (pub_year - 1 if not years and pub_year else None)


def _claim(text: str, code: str, year: int, value: float, span: tuple[int, int], inferred: bool) -> Claim:
    a, b = span
    quote = text[a:b].strip(" \"'“”")
    return Claim(
        code, "gdp", str(year), value, "CNY", "at_least", "actual", None, quote, a, b, inferred=["period"] * inferred
    )
