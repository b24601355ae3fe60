"""A headline's figure dated by the body: "Haidian's GDP grows 2.6%" over "… 397.05 billion yuan in the
first half of this year, up by 2.6%" is the first half's growth, though the headline names no period."""

from __future__ import annotations

from ._claims import Claim

__all__ = ["dated_by_the_body"]


def dated_by_the_body(claims: list[Claim], norm: str) -> list[Claim]:
    """The claims with each headline figure whose period was inferred given the period the body states for the
    same place, measure, kind and value (the body's own words, not the headline's guess)."""
    first = norm.lstrip()
    title_end = len(norm) - len(first) + (first.find("\n") if "\n" in first else len(first))
    stated = {}
    for c in claims:
        if c.start >= title_end and "period" not in c.inferred:
            stated.setdefault((c.region, c.indicator, c.unit, c.kind, round(c.value, 6)), c.period)
    for c in claims:
        if c.end <= title_end and "period" in c.inferred:
            c.period = stated.get((c.region, c.indicator, c.unit, c.kind, round(c.value, 6)), c.period)
    return claims
