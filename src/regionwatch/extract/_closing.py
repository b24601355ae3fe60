"""The part of a year that closes what comes after a figure and dates it too: its clause past the next figure
("rose 3.2 percent to 514 billion yuan in the first half"), a list it opens ("X, Y, as well as Z in H1"), or the
growth set after a level ("reached 6 trillion yuan, up 6.6 percent year on year in the first half of 2023")."""

from __future__ import annotations

import re

from ._parts import parts_named
from ._said_year import LAST_YEAR
from ._years import YEAR

__all__ = ["part_closing_clause", "part_closing_list"]

_LIST_RUN = re.compile(  # the figures listed after this one: "…, 250 billion yuan, as well as 170 billion yuan"
    r"(?:[^,;，；。\d]{0,40}?(?:[,，、]\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+)[$¥]?\d[\d,.]*)+", re.I
)
_GROWTH_SET_AFTER = re.compile(  # "…, up 6.6 percent year on year in …", "…, growing by 6.6 percent during …";
    # "a 10% increase in retail sales, reaching 2.3 trillion yuan during …": the level set after a growth
    r"\s*(?:(?:up|down|growing|rising|increasing|expanding|an?\s+(?:year-on-year\s+)?(?:increase|rise|growth|"
    r"expansion|decline|drop)\s+of)\s+(?:by\s+)?[\d.]+\s*(?:percent|per cent|%)(?:\s+(?:year[- ]on[- ]year|annually))?|"
    r"(?:reaching|totaling|totalling|hitting|amounting to)\s+(?:about\s+|nearly\s+|some\s+)?[\d.]+\s*"
    r"(?:(?:trillion|billion|million)\s+)?(?:yuan|rmb))"
    r"\s+(?:in|during|over|for)\s+(?:the\s+)?[^,;.]*[.。]?\s*$",
    re.I,
)
_COMPARED = re.compile(r"\b(?:from|than|compared|over the same)\b", re.I)
_THAN = re.compile(r"\b(?:than|compared (?:with|to))\b|比|较", re.I)  # the part a figure is set against


_PARTS_YEAR = re.compile(r"(?:(?<=half|nths|rter|riod|ters)\s+of|(?<=\b[HQhq][1-4]))\s+(?:19|20)\d\d\b")


def part_closing_clause(rest: str) -> str | None:
    """The one part of the year that closes the figure's clause past the next figure: "rose 3.2 percent
    to 514 billion yuan in the first half" dates the rate too; so does the growth clause set after a level
    ("reached 6 trillion yuan, up 6.6 percent year on year in the first half of 2023")."""
    rest = re.sub(r"^\s*[(（][^()（）]{0,60}[)）]", "", rest)  # "(about 839.68 billion U.S. dollars)": the same figure
    clauses = re.split(r"[,;，；]", rest, maxsplit=2)
    clause = clauses[0]
    named = parts_named(clause)
    yearless = _PARTS_YEAR.sub(" ", clause)  # "to 150 billion yuan in the first half of 2025": the part's own year
    if len(named) == 1 and not YEAR.search(yearless) and not LAST_YEAR.search(clause) and not _THAN.search(clause):
        return named.pop()  # not "…, 1.5 points higher than that of the first half": the base compared with
    if len(clauses) < 2 or re.search(r"\d", clause) or len(clause) > 80 or not _GROWTH_SET_AFTER.fullmatch(clauses[1]):
        return None
    named = parts_named(clauses[1])
    return named.pop() if len(named) == 1 and not _COMPARED.search(clauses[1]) else None


def part_closing_list(rest: str) -> str | None:
    """The one part of the year that closes a list of figures this one opens: "X, Y, as well as Z in H1"."""
    listed = _LIST_RUN.match(rest)
    closing = re.split(r"[,;，；]", rest[listed.end() :], maxsplit=1)[0] if listed else ""
    named = parts_named(closing) if not _THAN.search(closing) else set()  # "…, 1.5 points higher than that of H1"
    return named.pop() if len(named) == 1 else None
