"""English numbers that are no figure: a year (2024), a day of a date (March 5, 5th), a time or a
fraction of a date (10:30, 3/5), an id or a phone number (seven digits, no commas) — unless people are
counted by it ("1829500 permanent residents")."""

from __future__ import annotations

import re

from ._cues import MONTH_NAME

__all__ = ["is_year_or_date"]


def is_year_or_date(norm: str, start: int, end: int, num: str) -> bool:
    """Whether a bare English number is a year, part of a date or a time, the end of a span of quarters, or
    an id (seven digits or more, no commas), not a figure."""
    if re.fullmatch(r"(1[89]|20|21)\d\d", num):
        return True
    before, after = norm[max(0, start - 12) : start], norm[end : end + 4]
    if re.search(MONTH_NAME + r"\s*$", before) or (re.match(r"\s*" + MONTH_NAME, after) and len(num) <= 2):
        return True
    if re.match(r"(?:st|nd|rd|th)\b", after):
        return True
    if re.match(r"[:/]\d", after) or re.search(r"\d[:/]$", before):
        return True
    if re.search(r"\b[qh][1-4]\s*(?:-|–|to|through)\s*[qh]?$", before, re.I):
        return True  # "Q1-3", "Q1 to 3": the last quarter of a span
    if _CODE_BEFORE.search(norm, max(0, start - 24), start):
        return True  # "Postal Code 215200", "Area code(s) 0512": a code, no figure
    if not (num.isdigit() and len(num) >= 7):
        return False  # (not "two hundred", a count in words)
    # ids, phone numbers; not "1829500 permanent residents", "a population of 1829500": a count without commas
    return not (_PEOPLE_AFTER.match(norm, end) or _POPULATION_BEFORE.search(norm, max(0, start - 60), start))


_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:permanent|registered|resident|urban|rural)\s+)?(?:people|residents|inhabitants)\b", re.I
)
_POPULATION_BEFORE = re.compile(  # "a population of 1829500", "the population of Wujiang District was 1545023"
    r"\bpopulation(?:\s+of\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?\s*(?:of|was|is|stood at|reached|:)"
    r"\s*(?:about\s+)?$",
    re.I,
)
_CODE_BEFORE = re.compile(
    r"\b(?:postal\s*code|post\s*code|postcode|zip(?:\s*code)?|area\s*codes?(?:\(s\))?|tel(?:ephone)?|phone|fax)"
    r"\W{0,3}$",
    re.I,
)
