"""'It' opening an English sentence after one about a measure's growth speaks of that measure: "By 2025 the goal is
for the district's general public budget revenue to grow about 5 percent. It is expected to hit 2.2 billion yuan in
2021" is the revenue's level, not the GDP the story is about."""

from __future__ import annotations

import re

from ._indicator import Role
from ._roles import indicator_record, level_of, money_indicator
from ._window import Window

__all__ = ["it_spoken_of"]

_IT_OPENS = re.compile(  # "It's expected to hit", "It will reach": not "It is the first time the figure beat …"
    r"\W*It(?:['’]s|\s+(?:is|was))\s+(?:expected|projected|forecast|estimated|set|likely|due|poised)\s+to\b|"
    r"\W*It\s+(?:will|would|should|could)\s+(?:hit|reach|exceed|top|total|surpass)\b"
)


def it_spoken_of(w: Window, role: Role, last_rate: str | None) -> Role:
    """The role of a sum in a sentence opened by 'It' naming no measure: the level of the rate read last."""
    if role.unit not in ("CNY", "USD") or last_rate in (None, "gdp_growth") or not _IT_OPENS.match(w.sent.text):
        return role
    if money_indicator(w.before, "", generic=False) is not None:
        return role  # "It said its GDP reached …": the measure named
    level = _level(last_rate or "")
    if level is None:
        return role
    rec = indicator_record(level)
    per_person = rec is not None and rec.unit == "CNY_per_person" and role.unit == "CNY"
    return Role(level, "CNY_per_person" if per_person else role.unit, role.value)  # a per-capita measure's yuan


def _level(rate: str) -> str | None:
    """The level of a growth rate: gdp for gdp_growth, fiscal_revenue for other:fiscal_revenue_growth."""
    base = rate.removeprefix("other:").removesuffix("_growth")
    if base == rate.removeprefix("other:"):
        return level_of(rate)  # not a growth
    return base if indicator_record(base) is not None else f"other:{base}"
