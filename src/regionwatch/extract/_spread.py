"""A comparison spread over the places listed with the one compared (比全省和全国, "after Pudong, Haidian and
Nanshan"): each is ignored as the subject, unless it states its own figure."""

from __future__ import annotations

import re

from ._place import Place

__all__ = ["EN_LIST_GAP", "ZH_OWNS_AFTER", "spread", "spread_en", "subjects_of_a_clause"]

ZH_OWNS_AFTER = re.compile(  # 仅次于南山区的4602亿元, 超过江阴（5060亿元）: the compared place's own figure
    r"(?:平均水平|平均)?(?:的|\s*[(（])\s*(?:约|近|超过)?\d[\d.,]*\s*(?:(?:万亿|亿|万)?元|%|万?[家个件户])"
)
_LIST_JOIN = re.compile(r"(?:平均水平|平均)?(?:\s*[(（][^()（）]{0,12}[)）])?(?:、|和|与|及)?")  # 比全省（7.7%）和全国


def spread(places: list[Place], norm: str, seeds: set[int], step: int) -> None:
    """Ignore the places listed with an ignored one (joined by 、/和/and/'s, or written together)."""
    for i in seeds:
        j = i + step
        while 0 <= j < len(places):
            a, b = (places[j - step], places[j]) if step > 0 else (places[j], places[j - step])
            if places[j].anaphor or not _LIST_JOIN.fullmatch(norm[a.end : b.start]):
                break
            own = bool(ZH_OWNS_AFTER.match(norm, places[j].end))  # 和全国平均水平（7.0%）: its own figure, but
            places[j].ignore, places[j].compared = not own, places[j].compared or own  # never the subject
            j += step


_EN_RANKED_BEFORE = re.compile(r"\b(?:after|behind|following|than)\s+$", re.I)
EN_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+")


_CLAUSE_VERB = re.compile(
    r"\s+(?:joined|crossed|passed|reached|topped|surpassed|hit|broke|became|did|entered|were|was|had)\b", re.I
)


def subjects_of_a_clause(places: list[Place], norm: str, i: int) -> bool:
    """Whether the places listed from ``i`` are the subjects of a clause of their own ("after Changzhou and
    Yantai joined the club in 2023"), not the field of a comparison ("after Pudong and Haidian")."""
    j = i
    while j + 1 < len(places) and EN_LIST_GAP.fullmatch(norm, places[j].end, places[j + 1].start):
        j += 1
    return bool(_CLAUSE_VERB.match(norm, places[j].end))


def spread_en(places: list[Place], norm: str, seeds: set[int]) -> None:
    """Ignore the places listed after an ignored one, when the list closes with and/or ("after Pudong,
    Haidian and Nanshan"; not "Unlike Kunshan, Jiangyin's GDP …")."""
    for i in seeds:
        if not _EN_RANKED_BEFORE.search(norm[max(0, places[i].start - 16) : places[i].start]):
            continue  # "such as Futian, Longgang and Bao'an": examples, whose figures may follow
        listed, j = [], i + 1
        while (
            j < len(places)
            and not places[j].anaphor
            and EN_LIST_GAP.fullmatch(norm, places[j - 1].end, places[j].start)
        ):
            listed.append(j)
            j += 1
        if listed and re.search(r"\b(?:and|or)\b", norm[places[listed[-1] - 1].end : places[listed[-1]].start]):
            for k in listed:
                if not re.match(r"['’]s\b", norm[places[k].end : places[k].end + 2]):
                    places[k].ignore = True
