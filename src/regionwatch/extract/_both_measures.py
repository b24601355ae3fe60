"""A figure said of two measures at once: "both retail sales and foreign trade exceeded 1 trillion yuan",
社会消费品零售总额和进出口总额均突破1万亿元 — one claim for each measure, the figure shared."""

from __future__ import annotations

import dataclasses
import re

from ._claims import Claim
from ._roles import measure_spans
from ._window import Window

__all__ = ["also_measured"]

_MEASURES_JOINED = re.compile(r"\s*(?:和|与|及|以及|,?\s+and\s+(?:the\s+)?(?:its\s+)?)\s*", re.I)  # A and B
_SHARED = re.compile(r"\bboth\b|均|都", re.I)
_BOTH_BEFORE = re.compile(
    r"\bboth\s+(?:the\s+|its\s+|(?-i:[A-Z])[\w'’-]*['’]s\s+)?$", re.I
)  # "both (Shenzhen's) A and B"
_BOTH_AFTER = re.compile(r"[^,;，；。\d]{0,24}?(?:\bboth\b|均|都)", re.I)  # "A and B (in Shenzhen) both", A和B均


def also_measured(w: Window, made: list[Claim]) -> list[Claim]:
    """The claims of the other measure, when the figure's measure is one of two joined by 'and' (和) that
    'both' (均, 都) share the figure; none otherwise."""
    if not made or made[0].unit not in ("CNY", "USD") or made[0].indicator.startswith("other:"):
        return []
    clause = w.clause[-160:]  # read near the figure: a run-on line stays linear
    if not _SHARED.search(clause):
        return []  # the cues are read only where 'both' (均, 都) is said
    found = measure_spans(clause)  # "sales" inside "retail sales" is no measure of its own
    if len(found) < 2:
        return []
    (s1, e1, first), (s2, e2, second) = found[-2], found[-1]
    joined = e1 <= s2 and _MEASURES_JOINED.fullmatch(clause, e1, s2)
    both = _BOTH_BEFORE.search(clause[:s1]) or _BOTH_AFTER.match(clause, e2)
    if not joined or not both or first == second or made[0].indicator not in (first, second):
        return []
    other = first if made[0].indicator == second else second
    if other.startswith("other:") or other == "gdp_per_capita":
        return []
    return [dataclasses.replace(c, indicator=other) for c in made]
