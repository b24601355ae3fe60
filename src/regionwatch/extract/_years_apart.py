"""Years apart from the year spoken of: "five years later", "a decade ago", 十年后, 3年前, "the following
year", and the number of years such a phrase names."""

from __future__ import annotations

import re

from ..units import chinese_numeral
from ._scales import NUMBER_WORDS

__all__ = ["YEARS_AGO", "YEARS_LATER", "count_of"]

YEARS_LATER = re.compile(  # "a decade later", "five years later", 十年后: so many years after the year spoken of
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s+years\s+"
    r"(?:later|on)\b|\ba (decade) later\b|\b(a|one) year later\b|\bthe (following|next|subsequent) year\b|"
    r"(?<![\d一二两三四五六七八九十〇零])([一二两三四五六七八九十]{1,2})年后",
    re.I,
)
YEARS_AGO = re.compile(
    r"(?<![\d一二两三四五六七八九十〇零])(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年前(?![一二三两四\d]?个?(?:季度|月|半年))|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\s+"
    r"(?:ago|earlier|before)\b|\ba (decade) (?:ago|earlier|before)\b|"
    r"\b(two|three|four|five)\s+decades\s+(?:ago|earlier|before)\b",  # "two decades ago": 20 years
    re.I,
)


def count_of(m: re.Match[str]) -> int:
    """The number of years a match names in its first group that matched: 10, ten, 十, decade."""
    word = next(g for g in m.groups() if g)
    if word.lower() == "decade":
        return 10
    if word.lower() in ("a", "one", "following", "next", "subsequent"):
        return 1  # "a year later", "the following year"
    if re.search(r"\bdecades\b", m.group(0), re.I):
        return 10 * NUMBER_WORDS[word.lower()]  # "two decades ago"
    if word.isdigit():
        return int(word)
    tens, _, unit = word.lower().partition("-")  # "thirty-five"
    if tens in NUMBER_WORDS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS.get(unit, 0)
    return int(chinese_numeral(word))
