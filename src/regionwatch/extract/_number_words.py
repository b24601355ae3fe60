"""English numbers written in words that begin before the figure the number reader found: "two hundred and
fifteen billion" (the reader sees "fifteen billion"), "twenty-five percent", "five point five percent"."""

from __future__ import annotations

import re

from ._scales import WORDS as _VALUE

__all__ = ["referred_to", "words_before"]

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DIGIT = "|".join(_ONES)
_WHOLE = "|".join((*_ONES[1:], *_TEENS, *_TENS))
_LEAD = re.compile(  # the words just before the figure's own, that it ends
    r"(?:\b(?P<h>a|" + "|".join(_ONES[1:]) + r")\s+hundred(?:\s+and)?\s+|"
    r"\b(?P<t>" + "|".join(_TENS) + r")[\s-]|"
    r"\b(?P<i>zero|" + _WHOLE + r")\s+point(?P<d>(?:\s+(?:" + _DIGIT + r"))*)\s+)$",
    re.I,
)
_REACH = 60  # far enough for "ninety-nine point nine nine"


def words_before(norm: str, start: int, word: str, value: float) -> tuple[int, float]:
    """(start, value) of the whole number whose last word ``word`` (read as ``value``) begins at ``start``."""
    below = value < 10 and word.lower() in _ONES  # a last digit: after "point", "twenty-"
    while m := _LEAD.search(norm, max(0, start - _REACH), start):
        if m.group("h") and value < 100:
            value += 100 * _VALUE[m.group("h").lower()]
        elif m.group("t") and value < 10:
            value += _VALUE[m.group("t").lower()]
        elif m.group("i") and below:
            digits = "".join(str(_VALUE[d.lower()]) for d in m.group("d").split()) + str(int(value))
            value = _VALUE[m.group("i").lower()] + float("0." + digits)
        else:
            break
        start, below = m.start(), False
    return start, value


_THE_BEFORE = re.compile(r"\b(?:the|these|those|its|their)\s+$", re.I)


def referred_to(norm: str, start: int) -> bool:
    """Whether the number word at ``start`` counts places referred to ("the three districts host 290 listed
    companies"), not a figure."""
    return bool(_THE_BEFORE.search(norm, max(0, start - 7), start))
