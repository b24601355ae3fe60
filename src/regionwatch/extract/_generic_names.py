"""Names too generic to find alone (东城, 西城: any town's east or west; 市中区: four cities'), read as the district
the document settles them to: the one it names in full with its city, or the one of its name of the city it names."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer, Region
from ._place import Place

__all__ = ["short_names_again"]

_BARE_SHORT = ("东城", "西城", "市中区")  # too generic to find alone (东城: any town's east; 市中区: four cities')


def _bare(r: Region) -> str:
    return r.name_zh if r.name_zh in _BARE_SHORT else r.short_zh


def short_names_again(norm: str, places: list[Place], gz: Gazetteer) -> list[Place]:
    """北京市东城区 … 东城,位于北京市区…: once a document names a district whose short name is too generic to find
    alone (东城, 西城; 乐山市市中区), that name alone is that district (not 东城镇, 东城门, 东城街道); so is the
    district's full name (东城区, 市中区) where one city the document names has a district of it."""
    regions = [gz.get(p.code) for p in places if p.code and p.code in gz and not p.anaphor]
    named = {r.code: _bare(r) for r in regions if _bare(r) in _BARE_SHORT}
    full = {b: b if b.endswith("区") else f"{b}区" for b in _BARE_SHORT}
    for name in {full[b] for b in _BARE_SHORT} - {full[b] for b in named.values()}:
        held = {c.code for r in regions if name in norm for c in gz.children(r.code) if c.name_zh == name}
        named |= {code: _bare(gz.get(code)) for code in held} if len(held) == 1 else {}
    if len(set(named.values())) != len(named):
        return places  # two districts of one short name: neither is settled by it
    if not named:
        return places
    taken = {k for p in places for k in range(p.start, p.end)}  # the characters places already cover
    for code, short in named.items():
        for m in re.finditer(short + r"区?(?![镇村门街社])", norm):
            if m.start() not in taken and m.end() - 1 not in taken:
                places.append(Place(m.start(), m.end(), m.group(), [code], code=code))
    return sorted(places, key=lambda p: p.start)
