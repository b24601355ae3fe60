"""A bare sum the document says again with its measure: a story that opens on its figure alone (1013.14亿元，
闯进“千亿俱乐部”！) names the measure where it restates it (2022年仙桃GDP达到1013.14亿元). The bare figure
takes the measure and period of its restatement, marked ``inferred: indicator``; only a figure written to four
significant digits or more, where two equal values are no coincidence."""

from __future__ import annotations

from ..precision import significant_digits
from ._claims import Claim

__all__ = ["echoed_measures"]

_BARE = "other:amount"  # a sum whose sentence names no measure
_DIGITS = 4


def echoed_measures(claims: list[Claim]) -> list[Claim]:
    """The claims, each bare sum that the document states again for the same place with its measure given the
    measure and period stated there."""
    named: dict[tuple[object, ...], Claim] = {}
    for c in claims:
        if not c.indicator.startswith("other:") and c.qualifier == "exact":
            named.setdefault((c.region, c.unit, c.value), c)
    for c in claims:
        twin = named.get((c.region, c.unit, c.value)) if c.indicator == _BARE and c.qualifier == "exact" else None
        if twin is None or significant_digits(c.value) < _DIGITS:
            continue
        if c.period != twin.period and "period" not in c.inferred:
            continue  # not one stated for another year
        c.indicator, c.period = twin.indicator, twin.period
        c.inferred = sorted({*c.inferred, "indicator"})
    return claims
