"""A figure said of two or more measures at once: "both retail sales and foreign trade exceeded 1 trillion yuan",
社会消费品零售总额和进出口总额均突破1万亿元 — one claim for each measure, the figure shared."""

from __future__ import annotations

import dataclasses
import re

from ._claims import Claim
from ._roles import measure_spans
from ._window import Window

__all__ = ["also_measured"]

_MEASURES_JOINED = re.compile(r"\s*(?:和|与|及|以及|,?\s+and\s+(?:the\s+)?(?:its\s+)?)\s*", re.I)  # A and B
_SHARED = re.compile(r"\bboth\b|\ball\b|均|都", re.I)
_LISTED = re.compile(r"\s*(?:、|,)\s*(?:(?:the|its|total)\s+)?", re.I)  # A, B and C: the measures before the last two
_BOTH_BEFORE = re.compile(
    r"\bboth\s+(?:the\s+|its\s+|(?-i:[A-Z])[\w'’-]*['’]s\s+)?$", re.I
)  # "both (Shenzhen's) A and B"
_CROSSED = re.compile(  # the threshold verb right before the figure: each measure crossed it
    r"\s*(?:exceeded|surpassed|topped|passed|crossed|broke through)\s+(?:the\s+)?$|(?:双双)?(?:突破|超过|迈上)$", re.I
)
_ZH_JOINED = re.compile(r"[和与及、][\u4e00-\u9fff]{0,6}")  # 与工业开票|销售: the second measure's qualifier
_NOTHING = re.compile(r"(?:\s+value)?\s*(?:均|都)?")  # between the second measure and the verb
_LISTED_FROM = re.compile(r"[^，,;；。]*$")  # the first of measures listed with 、, back to the clause's comma
_BOTH_AFTER = re.compile(
    r"[^,;，；。\d]{0,24}?(?:\bboth\b|\ball\b|均|都)", re.I
)  # "A and B (in Shenzhen) both", A和B均
_ENGLISH_LIST_FROM = re.compile(r"[^;；。]*$")  # "Pudong's GDP, total imports and exports and …": back past commas


def also_measured(w: Window, made: list[Claim]) -> list[Claim]:
    """The claims of the other measure, when the figure's measure is one of two joined by 'and' (和) that
    'both' (均, 都) share the figure, or that cross a threshold together ("GDP and industrial output exceeded
    60 billion yuan", 地区生产总值与工业开票销售双双突破千亿元); none otherwise."""
    if not made or made[0].unit not in ("CNY", "USD"):
        return []
    clause = w.clause[-160:]  # read near the figure: a run-on line stays linear
    if w.norm[w.clause_start - 1 : w.clause_start] == "、":  # 地区生产总值、工业开票销售突破千亿元: measures listed
        clause = _LISTED_FROM.search(w.norm, max(w.sent.start, w.clause_start - 60), w.clause_start).group() + clause
    elif w.norm[w.clause_start - 1 : w.clause_start] == ",":  # "GDP, total imports and exports and industrial …"
        clause = (
            _ENGLISH_LIST_FROM.search(w.norm, max(w.sent.start, w.clause_start - 120), w.clause_start).group() + clause
        )
    crossed = _CROSSED.search(clause) if made[0].qualifier == "at_least" else None
    if not _SHARED.search(clause) and not crossed:
        return []  # the cues are read only where 'both' (均, 都) is said or a threshold is crossed
    found = measure_spans(clause)  # "sales" inside "retail sales" is no measure of its own
    if len(found) < 2:
        return []
    (s1, e1, first), (s2, e2, second) = found[-2], found[-1]
    together = crossed and _NOTHING.fullmatch(clause, e2, crossed.start())
    joined = e1 <= s2 and (
        _MEASURES_JOINED.fullmatch(clause, e1, s2) or (together and _ZH_JOINED.fullmatch(clause, e1, s2))
    )
    listed = _listed_before(found, clause) if joined else []  # A, B and C: the ones before the last two
    start = listed[0][0] if listed else s1
    both = _BOTH_BEFORE.search(clause[:start]) or _BOTH_AFTER.match(clause, e2) or together
    mine = made[0].indicator
    if mine.startswith("other:") and together and second.startswith("other:"):
        mine = second  # 工业开票销售: the figure's measure outside the vocabulary, read under another label
    if not joined or not both or first == second or mine not in (first, second):
        return []
    others = [name for _, _, name in listed] + [first if mine == second else second]
    if mine.startswith("other:") and not together:
        return []
    kept = list(dict.fromkeys(o for o in others if not o.startswith("other:") and o not in ("gdp_per_capita", mine)))
    return [dataclasses.replace(c, indicator=other) for other in kept for c in made]


def _listed_before(found: list[tuple[int, int, str]], clause: str) -> list[tuple[int, int, str]]:
    """The measures listed with commas (、) before the last two joined ones, nearest last."""
    listed: list[tuple[int, int, str]] = []
    k = len(found) - 3
    while k >= 0 and _LISTED.fullmatch(clause, found[k][1], (listed[0] if listed else found[-2])[0]):
        listed.insert(0, found[k])
        k -= 1
    return listed
