"""Parts of a year stated in a figure's sentence: after it in its clause ("X in Q1"), elided ("… in the
first" after a quarter), in the phrase the sentence opens with, or before it when the figure is set against
the sentence's figure before ("… well below the national rate of 5.2%")."""

from __future__ import annotations

import re

from ._closing import part_closing_clause, part_closing_list
from ._parts import PART_END_MONTH, last_part, parts_named, whole_year_named
from ._said_year import compared
from ._window import Window

__all__ = ["earlier_part", "own_year", "stated_part"]

_OWN_YEAR = re.compile(
    r"[^,;.，。；]{0,30}?(?:\b(?:in|for|during)\s+(?:19|20)\d\d\b|(?P<rel>\b(?:last|this) year\b))", re.I
)


def own_year(after: str) -> bool:
    """Whether the figure's clause goes on to name its own year ("… in 2024", "… last year"), not the
    base of a comparison ("up 4.8 percent over last year")."""
    m = _OWN_YEAR.match(after)
    return bool(m) and not (m.group("rel") and compared(after[: m.start("rel")]))


def earlier_part(w: Window, part: str | None, running: str | None = None) -> bool:
    """Whether the figure's own part of the year ends before the part the sentence named before it, or the
    sentences before (``running``): the base of a change within one year ("slowed to 5.1% in the fourth quarter
    from 5.8% in the third quarter"; "… grew 10.3% in the first three quarters. This was down from the 11.9% seen
    in Q1"), not a year before."""
    before = last_part(w.norm[w.sent.start : w.q.start]) or running
    ends = PART_END_MONTH.get(part or ""), PART_END_MONTH.get(before or "")
    return ends[0] is not None and ends[1] is not None and ends[0] < ends[1]


def _months_after(text: str) -> str | None:
    """A month range ending the figure's clause, however long ("… from January to November 2025")."""
    part = last_part(text)
    return part if part == "M" else None


_YEAR_THEN_CLAUSE = re.compile(
    r"\s*(?:in|for|during|throughout)\s+(?:19|20)\d\d\b(?!['’]s)(?=,?\s+(?:with|while|and|as|but|when)\b)", re.I
)


def stated_part(w: Window) -> str | None:
    """A sub-year period written after the figure in its clause ("X in Q1"), else the last one before it."""
    if whole_year_named(w.own_after):
        return None  # "… than the 2.5 percent growth in the first quarter and the 1.2 percent growth achieved in the
        # entire year of 2022": the figure's own whole year, not the part the clause named before it
    closed = _YEAR_THEN_CLAUSE.match(w.own_after)  # "5.5 percent in 2024 with growth in the fourth quarter at": the
    own = w.own_after[: closed.end()] if closed else w.own_after  # part is the next figure's, the year this one's
    part = last_part(own) or _elided_part(w) or last_part(w.clause) or _months_after(w.clause_after)
    if part is None and not own_year(w.own_after):  # "…, and reached X last year": the year, whole
        near = w.before[-120:]  # a part compared with near the figure leaves the one spoken of before it
        part = (
            last_part(near) or last_part(_opening(w.before)) or part_closing_clause(w.rest) or part_closing_list(w.rest)
        )
        part = part or (last_part(w.before) if parts_named(near) or _compared_with_before(w) else None)
    return part  # "…, down from the first quarter, …"; "X grew 2.8% in Q1, …, well below the national rate of 5.2%"


def _compared_with_before(w: Window) -> bool:
    """Whether the figure is set against the sentence's figure before it ("… well below the national rate of")."""
    return w.prev_end is not None and bool(_SET_AGAINST.search(w.norm, w.prev_end, w.q.start))


_SET_AGAINST = re.compile(
    r"\b(?:below|above|than|compared with|compared to|against|versus|outpacing|trailing|behind|ahead of)\b", re.I
)
_ELIDED = re.compile(  # "… in the first", not "in the first quarter", "the first-half", "the first time"
    r"\s*(?:in|from|during)\s+the\s+(first|second|third|fourth)\b"
    r"(?![\s-]*(?:quarters?|half|halves|three|nine|six|two|months?|years?|time|place|round|batch)\b)",
    re.I,
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _elided_part(w: Window) -> str | None:
    """ "grew 5.8 percent in the second quarter, up from 5.2 percent in the first": the part of the year
    whose noun the sentence said before (a quarter, a half), with the ordinal after the figure."""
    elided = _ELIDED.match(w.own_after)
    if elided is None:
        return None
    n, named = _ORDINAL[elided.group(1).lower()], last_part(w.before)
    if named in ("Q1", "Q2", "Q3", "Q4"):
        return f"Q{n}"
    return f"H{n}" if named in ("H1", "H2") and n <= 2 else None


def _opening(before: str) -> str:
    """The phrase a sentence opens with, up to its first comma or colon ("In the first three quarters, …")."""
    before = before.lstrip()  # an indented line's sentence: its phrase starts at its first word
    return re.split(r"[,，;；:：]", before, maxsplit=1)[0] if re.search(r"[,，:：]", before[:60]) else ""
