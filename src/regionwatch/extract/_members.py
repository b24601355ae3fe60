"""The members of a list of places written before its figures, known to the gazetteer or not (盐田区、大鹏新区
…分别为; "Yantian District and Dapeng New Area grew … respectively"): a member it does not know takes its
figure away from the places."""

from __future__ import annotations

import re

from ._places import Place
from ._regions import LIST_GAP

__all__ = ["members_listed"]

_ZH_MEMBER = r"[\u4e00-\u9fff]{1,8}?(?:新区|区|县|市|旗|州|省)"
_ZH_MEMBERS = re.compile(_ZH_MEMBER + r"(?:[、和及与]" + _ZH_MEMBER + r")+")
# "Dapeng New Area", "Qianhai Cooperation Zone", "Chengdu Hi-tech Zone": zones, no units of the gazetteer
_EN_ZONE = re.compile(
    r"\b(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}?(?:New (?:Area|District)|(?:Hi|High)-?[Tt]ech (?:Industrial )?"
    r"(?:Development )?Zone|(?:Free Trade|Development|Economic|Cooperation|Pilot) Zone|Industrial Park)\b"
)


def members_listed(norm: str, start: int, first: int, places: list[Place]) -> list[str | None] | None:
    """The codes of the places of a list right before ``first`` in ``norm[start:first]``, in order, with None
    for a member the gazetteer does not know; None when no list has such a member's form."""
    return _zh_members(norm, start, first, places) or _en_members(norm, start, first, places)


def _zh_members(norm: str, start: int, first: int, places: list[Place]) -> list[str | None] | None:
    found = None
    for m in _ZH_MEMBERS.finditer(norm, start, first):
        found = m
    if found is None:
        return None
    out: list[str | None] = []
    pos = found.start()
    for part in re.split(r"[、和及与]", found.group()):
        end = pos + len(part)
        codes = [p.code for p in places if p.code and not p.ignore and pos <= p.start and p.end == end]
        out.append(codes[-1] if codes else None)  # 深圳盐田区: the district; 成都高新区: no place's
        pos = end + 1
    return out


def _en_members(norm: str, start: int, first: int, places: list[Place]) -> list[str | None] | None:
    zones = [(m.start(), m.end(), None) for m in _EN_ZONE.finditer(norm, start, first)]
    if not zones:
        return None
    known = [
        (p.start, p.end, p.code) for p in places if p.code and not p.ignore and start <= p.start and p.end <= first
    ]
    items = sorted([k for k in known if not any(z[0] <= k[0] and k[1] <= z[1] for z in zones)] + zones)
    run = [items[-1]]
    for item in reversed(items[:-1]):  # the last run joined as a list ("A, B and C")
        if not LIST_GAP.fullmatch(norm[item[1] : run[0][0]]):
            break
        run.insert(0, item)
    return [code for _s, _e, code in run] if len(run) > 1 else None
