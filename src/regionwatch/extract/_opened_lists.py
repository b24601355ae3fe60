"""Lists of places and their figures that a measure opens ("Listed companies: Haidian 290, Pudong 200",
"R&D intensity - Haidian 11.2%, Nanshan 6.8%", 常住人口：海淀区313万人，南山区180万人): the measure named right
before the colon or dash is the measure of every figure written after a place of the list."""

from __future__ import annotations

import re

from ..indicators import INDICATORS
from ._roles import last_match
from ._window import Window

__all__ = ["PLACE_THEN_FIGURE", "list_measure"]

PLACE_THEN_FIGURE = re.compile(  # "- Haidian about 290", ": Pudong 200", "; Nanshan about 6,000", "and Nanshan 218"
    r"(?:^|:|\s-|[,;]|\band\b)\s*(?:and\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city))?\s+"
    r"(?:(?:has|had|hosts|counts|boasts|with)\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more than\s+)?$"
)
_ZH_PLACE = re.compile(  # :海淀区290家、浦东新区200家: a place's name (no verb in it), then its figure
    r"(?:^|[:、,;])\s*(?:[\u4e00-\u9fff]{1,6}(?:新区|区|县|市|旗)|(?:(?![有为达增共约近超其中全本该])[\u4e00-\u9fff]){2,3})"
    r"(?:约|近|超过)?$"
)
_OPENER = re.compile(r"\s-\s|:")
_SENTENCE_ENDED = re.compile(r"[。！？!?\n]|\.(?=\s)")
_GOES_ON = re.compile(r"\s*(?:[.,;、)。）]|\s-\s|$|(?:in|at|as of|by|and|but|combined|together)\b)", re.I)
_GROWTH = re.compile(r"\b(?:(?:gdp|economic)\s+)?growth(?:\s+rates?)?\b|(?:GDP)?(?:增速|增长率)", re.I)
_CUES = [
    (r.name, re.compile("|".join(c for c in (r.en, r.zh) if c), re.I)) for r in INDICATORS.values() if r.en or r.zh
]
_REACH = 400  # a list of some thirty places at most: a long line stays linear


def list_measure(w: Window, lang: str) -> str | None:
    """The indicator named right before the colon or dash that opens a list of places and figures, when the
    figure follows a place of the list and the list goes on or ends after it; "gdp_growth" for a list that
    growth opens ("Growth rates last year - Pudong 5.6%, …"). The list may run past a semicolon."""
    if not (PLACE_THEN_FIGURE if lang == "en" else _ZH_PLACE).search(w.near) or not _GOES_ON.match(w.after):
        return None
    before = w.norm[max(0, w.q.start - _REACH) : w.q.start]
    ended = last_match(_SENTENCE_ENDED, before)
    before = before[ended.end() :] if ended else before
    for opener in reversed(list(_OPENER.finditer(before))):  # "A: Each hosts …": not the answer's colon
        head = before[: opener.start()]
        named = _named_last(head)
        if named is not None and not re.search(r"\d", head[named[0] :]) and len(head) - named[0] <= 30:
            return named[1]
    return None


def _named_last(head: str) -> tuple[int, str] | None:
    """(end, indicator) of the measure named last in ``head`` (the longer name where two end together): a
    growth named after a measure is that measure's ("Retail sales growth:"), after none GDP's."""
    found = [(m.end(), -m.start(), name) for name, cue in _CUES if (m := last_match(cue, head))]
    best = max(found) if found else None
    growth = last_match(_GROWTH, head)
    if growth is None or (best is not None and best[0] >= growth.end()):
        return (best[0], best[2]) if best else None
    if best is not None and growth.start() - best[0] <= 20:  # "Retail sales growth:", "FAI growth:"
        rec = INDICATORS[best[2]]
        return growth.end(), best[2] if rec.unit == "percent" else rec.growth or f"other:{best[2]}_growth"
    return growth.end(), "gdp_growth"
