"""Parts that add up to their whole: three money figures right after a GDP that sum to it are its three
sectors, in the order the sectors are always listed (primary, secondary, tertiary).

Machine translations name the sectors in many ways ("the value added by the agricultural industry", "the
industrial industry", "the service industry"), some of which read as another measure (industry's own value
added) or as none; the arithmetic settles what the words leave open. A figure relabelled this way is marked
``inferred: indicator``.
"""

from __future__ import annotations

from ._claims import Claim

__all__ = ["sectors_by_sum"]

_SECTORS = ("primary_value_added", "secondary_value_added", "tertiary_value_added")
_READ_AS = {"industrial_value_added", *_SECTORS}  # a label a sector's figure may have been given, or other:…
_NEAR = 600  # the parts follow their whole within a few sentences
_ROUNDING = 0.005  # parts stated to 2-4 significant digits add up to their whole within half a percent


def sectors_by_sum(claims: list[Claim]) -> list[Claim]:
    """The claims, with the three parts of each GDP that add up to it relabelled as its sectors."""
    for i, whole in enumerate(claims):
        if whole.indicator != "gdp" or whole.unit != "CNY" or whole.value <= 0:
            continue
        parts = _parts_after(claims, i)
        if len(parts) != 3 or abs(sum(p.value for p in parts) - whole.value) > _ROUNDING * whole.value:
            continue
        if not all(p.indicator in _READ_AS or p.indicator.startswith("other:") for p in parts):
            continue  # a measure of its own (retail sales, revenue) is no sector, whatever it adds up to
        if any(p.indicator in _SECTORS and p.indicator != name for p, name in zip(parts, _SECTORS, strict=True)):
            continue  # sectors named in another order: the words are trusted
        for p, name in zip(parts, _SECTORS, strict=True):
            if p.indicator != name:
                p.indicator = name
                p.inferred = [*p.inferred, "indicator"]
    return claims


def _parts_after(claims: list[Claim], i: int) -> list[Claim]:
    """The first three money figures in yuan after claim ``i``, of its place and period, before another GDP."""
    whole, parts = claims[i], []
    for c in claims[i + 1 :]:
        if c.start - whole.end > _NEAR or c.indicator == "gdp" or len(parts) == 3:
            break
        if c.unit != "CNY":
            continue  # its growth, a conversion into dollars
        if (c.region, c.period, c.kind) != (whole.region, whole.period, whole.kind):
            break
        parts.append(c)
    return parts
