"""The kinds of unit an English level word names: "County" a county, "City" a county-level or prefecture
city or a municipality, "Autonomous County" an autonomous county."""

from __future__ import annotations

import re

from ..gazetteer import Region

__all__ = ["kinds_of"]

_EN_KINDS = {
    "district": {"district", "new_area"},
    "new area": {"new_area"},
    "mining district": {"mining_district"},
    "special district": {"special_district"},
    "forestry district": {"forestry_district"},
    "new district": {"new_area"},
    "county": {"county"},
    "county-level city": {"county_city"},
    "city": {"county_city", "prefecture_city", "municipality"},
    "province": {"province"},
    "municipality": {"municipality"},
    "autonomous region": {"autonomous_region"},
    "autonomous county": {"autonomous_county"},
    "autonomous prefecture": {"autonomous_prefecture"},
    "autonomous banner": {"autonomous_banner"},
    "banner": {"banner", "autonomous_banner"},
    "prefecture": {"prefecture", "autonomous_prefecture", "prefecture_city"},
}


_NEW_AREA_DISTRICTS = {"440115"}  # a state-level new area that is one district: Nansha New Area (南沙区)


def kinds_of(regions: list[Region], level_word: str) -> list[Region]:
    """The ``regions`` of the kind a level word names ("County", "Autonomous County"), or all of them."""
    level = re.sub(r"\s+", " ", level_word.strip().lower())
    fitting = [r for r in regions if r.kind in _EN_KINDS.get(level, set())]
    if not fitting and level in ("new area", "new district"):  # "Jiangbei New Area", "Suzhou New District": a zone
        return [r for r in regions if r.code in _NEW_AREA_DISTRICTS]  # named for a place, not the place
    if level == "county" and not any(r.active for r in fitting):  # "Kunshan county": the press's word
        fitting += [r for r in regions if r.kind == "county_city"]  # for a county-level city of today
    return fitting or regions
