"""What the figures of a 'respectively' list take, in turn, from the figures before them in the sentence: the
places they went to (前者为X，后者为Y，增速分别为a和b), or the parts of the year each took (一季度GDP为X，前三季度为Y，
同比分别增长a和b)."""

from __future__ import annotations

from ._claims import Claim

__all__ = ["in_their_periods", "periods_in_turn", "to_earlier_places"]


def to_earlier_places(early: list[Claim], later: list[Claim]) -> list[Claim]:
    """A list of one unit naming no place takes, in order, the places the sentence's figures before it went to,
    when there are as many of them."""
    regions = list(dict.fromkeys(c.region for c in early))
    spans = list(dict.fromkeys((c.start, c.end) for c in later))
    if len(regions) < 2 or len(regions) != len(spans) or len({c.unit for c in later}) != 1:
        return later
    for c in later:
        c.region = regions[spans.index((c.start, c.end))]
    return later


def in_their_periods(early: list[Claim], later: list[Claim]) -> list[Claim]:
    """Figures listed after others that each took a part of the year of their own take those parts in turn
    (一季度GDP为X，前三季度为Y，同比分别增长a和b): as many of them, of one period, and the earlier ones'
    periods all different."""
    if len(later) < 2 or len({c.period for c in later}) != 1 or len({c.region for c in early + later}) != 1:
        return later  # one place's figures (not 福田区、龙岗区上半年分别增长a和b: the places are the list)
    for unit in dict.fromkeys(c.unit for c in early if c.unit != later[0].unit):
        periods = [c.period for c in early if c.unit == unit]
        if len(periods) == len(later) == len(set(periods)) and all(p[:4] == later[0].period[:4] for p in periods):
            for claim, period in zip(later, periods, strict=True):
                claim.period = period
            break
    return later


def periods_in_turn(claims: list[Claim]) -> list[Claim]:
    """A list's figures of a second unit take the periods of its first unit's in turn ("X in the first quarter and
    Y in the first three quarters, up a and b respectively")."""
    units = list(dict.fromkeys(c.unit for c in claims))
    for unit in units[1:]:
        in_their_periods([c for c in claims if c.unit == units[0]], [c for c in claims if c.unit == unit])
    return claims
