"""A headline's figure dated by the body: "Haidian's GDP grows 2.6%" over "… 397.05 billion yuan in the
first half of this year, up by 2.6%" is the first half's growth, though the headline names no period."""

from __future__ import annotations

from ._claims import Claim
from ._text import title_end

__all__ = ["dated_by_the_body"]


def dated_by_the_body(claims: list[Claim], norm: str) -> list[Claim]:
    """The claims with each headline figure whose period was inferred given the period the body states for the
    same place, measure, kind and value (the body's own words, not the headline's guess)."""
    end = title_end(norm)
    stated: dict[tuple[object, ...], str] = {}
    for c in claims:
        if c.start >= end and "period" not in c.inferred:
            stated.setdefault(_same_figure(c), c.period)
    for c in claims:
        if c.end <= end and "period" in c.inferred:
            c.period = stated.get(_same_figure(c), c.period)
    return claims


def _same_figure(c: Claim) -> tuple[object, ...]:
    return (c.region, c.indicator, c.unit, c.kind, round(c.value, 6))
