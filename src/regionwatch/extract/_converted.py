"""A converted figure in brackets after another ("1 trillion yuan ($143.7 billion)", "1.1 trillion yuan, or $155
billion"): a second claim in the other currency, about the same thing."""

from __future__ import annotations

import re

from ._claims import Claim
from ._numbers import Quantity
from ._qualifiers import QUALIFIER_BEFORE

__all__ = ["converted", "is_bracketed"]

_APPROX = dict(QUALIFIER_BEFORE)["approx"]
_BRACKET_GAP = re.compile(
    r"(?:\s+(?:last|this) year|\s+in (?:19|20)\d\d)?"  # "¥538bn last year ($75bn)": the time said between
    r"\s*[(\[（]\s*(?:about|around|or|roughly|nearly|some|approximately)?\s*|"
    r"\s*[,，]?\s*(?:or|about|around|roughly|approximately|equivalent to|some)\s+(?:about\s+|around\s+|roughly\s+)?"
)  # "1 trillion yuan ($143.7 billion)", "1.1 trillion yuan, or $155 billion": a conversion


def converted(c: Claim, q: Quantity, text: str, norm: str, prev_q: Quantity | None) -> Claim:
    """The dollar figure in brackets after a yuan figure (or the yuan after a dollar one): its claim, "about" a
    conversion if it says so."""
    gap = norm[prev_q.end : q.start] if prev_q is not None else ""
    about = c.qualifier == "exact" and _APPROX.search(gap)
    per_person = c.unit == "CNY_per_person"  # "¥245,000 (US$34,600)" per capita: in dollars, outside v1
    return Claim(
        c.region,
        f"other:{c.indicator.removeprefix('other:')}_usd" if per_person else c.indicator,
        c.period,
        q.value,
        q.unit or "USD",
        "approx" if about else c.qualifier,
        c.kind,
        c.relative_to,
        text[q.start : q.end],
        q.start,
        q.end,
        inferred=list(c.inferred),
    )


def is_bracketed(norm: str, q: Quantity, prev_q: Quantity | None) -> bool:
    return prev_q is not None and bool(_BRACKET_GAP.fullmatch(norm[prev_q.end : q.start]))
