"""A place's unnamed district in a headline ("Shenzhen district tops 1 trillion yuan", 深圳这个区, 江苏一县级市):
the first such unit of that place the text names after it, else no one's figure."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ._place import COUNTRY, Place

__all__ = ["units_named_later"]

_ZH_DESCRIBED_UNIT = re.compile(r"(?:这个|这一|这座|一个|一座|某|一)(区|县级市|县|城市|市)(?![场民长委政域间级辖属])")


def units_named_later(places: list[Place], gz: Gazetteer, norm: str) -> None:
    """A place's unnamed district in a headline ("Shenzhen district tops …", 深圳这个区, 江苏一县级市) is the
    first of its districts (counties, cities) the text names after it; with none named, no one's figure."""
    for i, p in enumerate(places):
        described = None if p.anaphor or p.code in (None, COUNTRY) else _ZH_DESCRIBED_UNIT.match(norm, p.end)
        if described:
            p.unit_of = "city" if described.group(1) in ("城市", "市") else "county"
        if p.unit_of is None or p.code in (None, COUNTRY):
            continue
        level = "prefecture" if p.unit_of == "city" else "county"
        if gz.get(p.code).level in (level, "county"):
            p.unit_of = None  # 昆山这个县级市: the place itself
            continue
        later = next(
            (
                q.code
                for q in places[i + 1 :]
                if q.code not in (None, COUNTRY)
                and gz.get(q.code).level == level
                and p.code in {a.code for a in gz.ancestors(gz.get(q.code))}
            ),
            None,
        )
        if later is None:
            p.ignore = True
        else:
            p.code = later
