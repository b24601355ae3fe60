"""The prices a growth rate is at: the vocabulary's growth is real (按可比价格计算, "in real terms"); growth at
current prices (名义增长, 按现价计算, "in nominal terms") is other:gdp_growth_nominal."""

from __future__ import annotations

import re

from ._roles import Role, last_match
from ._window import Window

__all__ = ["nominal"]

_NOMINAL_BEFORE = re.compile(
    r"(?:名义|按现价计算的?|按当年价格计算的?)(?:gdp|生产总值)?(?:同比)?(?:增长|增速|增幅)?(?:为|达到?)?$|"
    r"\bnominal\s+(?!terms)[^,;.\d]{0,25}$",
    re.I,
)
_REAL_AFTER = re.compile(r"\s*(?:in real terms|at (?:comparable|constant) prices)\b", re.I)
_NOMINAL_AFTER = re.compile(r"\s*(?:in nominal terms|at current prices|nominally)\b|的?名义(?:增速|增长|增幅)", re.I)


def nominal(w: Window, role: Role) -> Role:
    """GDP growth at current prices (名义增长, 按现价计算, "in nominal terms") is outside the vocabulary, whose
    growth is real: other:gdp_growth_nominal, however the growth was found to be GDP's."""
    if role.indicator != "gdp_growth" or _REAL_AFTER.match(w.own_after):
        return role  # "… and 5.6 percent in real terms"
    if _NOMINAL_BEFORE.search(w.near[-30:]) or _NOMINAL_AFTER.match(w.own_after) or _nominal_frame(w.before):
        return Role("other:gdp_growth_nominal", "percent", role.value)
    return role


_PRICE_BASIS = re.compile(  # the prices a sentence's figures are at: 若按名义增速计算，…; "At current prices, …"
    r"(名义(?:增速|增长|gdp)|按现价|按当年价格?|现价计算|\bnominal terms\b|\bat current prices\b)|"
    r"(可比价|不变价|实际增速|实际增长|\breal terms\b|\bcomparable prices\b|\bconstant prices\b)",
    re.I,
)


def _nominal_frame(before: str) -> bool:
    """Whether the last price basis named before the figure in its sentence is current prices."""
    last = last_match(_PRICE_BASIS, before)
    return last is not None and last.group(1) is not None
