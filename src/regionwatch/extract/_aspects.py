"""The measure a sentence opens with, for the bare rates after it: 从增速看，南山区6.8%，福田区5.1%; "In terms of
growth, …"; "On R&D intensity, Haidian (9.6%) is ahead of Nanshan (6.6%)"."""

from __future__ import annotations

import re

from . import _cues as cues
from ._growth import growth_subject
from ._roles import SHARES, Role, growth_of
from ._window import Window

__all__ = ["aspect_rate"]

_ASPECT = re.compile(  # 从增速看，以增速计，成长率方面，"In terms of growth, …": the measure of the figures after
    r"\s*(?:(?:从|就|以)([^，,。；;\d]{1,12})(?:来)?(?:看|而言|来看|计)|([^，,。；;\d]{1,8})方面|"
    r"(?i:in\s+terms\s+of|as\s+for|by|on|when\s+it\s+comes\s+to)\s+((?:gdp\s+|economic\s+)?growth(?:\s+rate)?|"
    r"(?i:r&d|research)[^,;.\d]{0,40}))[，,：:]"  # "On R&D intensity, Haidian (9.6%) …": a share of GDP
)


def aspect_rate(w: Window, last_money: str | None) -> Role | None:
    """The role of a bare rate under a measure the sentence opens with, else None."""
    aspect = _ASPECT.match(w.before)
    if aspect is None:
        return None
    value = w.q.value
    named = aspect.group(1) or aspect.group(2) or aspect.group(3)
    shared = next((c.record.name for c in SHARES if c.pattern.search(named)), None)
    if shared and not re.search(r"\d", w.near):
        return Role(shared, "percent", value)
    if cues.GROWTH.search(named) and not re.search(r"\d", w.clause):
        partner = growth_subject(named, "") or growth_of(last_money) or ("gdp_growth" if aspect.group(3) else None)
        return Role(partner or "other:growth", "percent", value)
    return None
