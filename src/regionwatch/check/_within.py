"""An article against itself and arithmetic: conversions, shares, growth, sums and repeated figures.

Each rule reads the claims of one article and adds findings to the figures it concerns; a rule that
finds its figures in agreement says so too (outcome ``agrees``), so the evidence is visible either way.
Only figures of the same kind class meet (targets with targets, results with expectations).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from ..fx import rate_band
from ..gazetteer import Gazetteer
from ..indicators import INDICATORS
from ..precision import GROWTH_GAP, LEVELS, agree
from ._figures import Stated, amount, kind_class
from ._report import Finding

__all__ = ["within_article"]

Add = Callable[[int, Finding], None]

_SECTOR_SETS = (("primary_value_added", "secondary_value_added", "tertiary_value_added"), ("industrial_value_added",))
_ADDITIVE = ("CNY", "USD", "persons", "count", "km2")
#: pairwise comparison of repeated figures up to this many per key, then each against the first
_PAIRWISE = 50


def within_article(stated: list[Stated], add: Add, published: dt.date | None, gz: Gazetteer) -> None:
    _conversions(stated, add, published)
    _shares(stated, add)
    _growth(stated, add)
    _sectors(stated, add)
    _places(stated, add, gz)
    _repeated(stated, add)


def _key(s: Stated, indicator: str | None = None, region: str | None = None, period: str | None = None) -> tuple:
    c = s.claim
    return (region or c.region, indicator or c.indicator, period or c.period, kind_class(c.kind))


def _levels(stated: list[Stated], units: tuple[str, ...] = _ADDITIVE) -> dict[tuple, Stated]:
    """The first stated level of each (region, indicator, period, kind class), in ``units``."""
    found: dict[tuple, Stated] = {}
    for s in stated:
        c = s.claim
        if c.qualifier in LEVELS and c.relative_to is None and c.unit in units and not c.indicator.startswith("other:"):
            found.setdefault(_key(s), s)
    return found


def _conversions(stated: list[Stated], add: Add, published: dt.date | None) -> None:
    yuan = defaultdict(list)
    for s in stated:
        if s.claim.unit == "CNY" and s.claim.relative_to is None:
            yuan[_key(s)].append(s)
    for s in stated:
        c = s.claim
        pair = _nearest(yuan.get(_key(s), []), c.start) if c.unit == "USD" and c.relative_to is None else None
        if pair is None or c.value == 0 or (pair.claim.qualifier in LEVELS) != (c.qualifier in LEVELS):
            continue
        band = rate_band(published, c.period)
        if band is None:
            continue
        low, high = band.widened(s.rel + pair.rel)
        rate = pair.claim.value / c.value
        fits = low <= rate <= high
        evidence = {
            "yuan": pair.describe(),
            "implied_rate": round(rate, 4),
            "rates": band.to_dict(),
            "allowed": [round(low, 4), round(high, 4)],
        }
        verb = "matches" if fits else "does not match"
        message = (
            f"{amount(c.value, 'USD')} for {amount(pair.claim.value, 'CNY')} implies {rate:.3f} yuan per dollar, which "
            f"{verb} the monthly averages {band.low:.4f}–{band.high:.4f} ({', '.join(band.months)}; allowed "
            f"{low:.3f}–{high:.3f})"
        )
        add(s.index, Finding("usd-conversion", "agrees" if fits else "differs", message, evidence))


def _nearest(candidates: list[Stated], start: int) -> Stated | None:
    """The yuan figure just before a dollar figure (else the nearest after it)."""
    before = [s for s in candidates if s.claim.end <= start]
    if before:
        return max(before, key=lambda s: s.claim.end)
    return min(candidates, key=lambda s: abs(s.claim.start - start), default=None)


def _shares(stated: list[Stated], add: Add) -> None:
    levels = _levels(stated)
    for s in stated:
        c = s.claim
        if c.relative_to is None or c.unit not in ("percent", "ratio") or c.indicator.startswith("other:"):
            continue
        part, whole = levels.get(_key(s)), levels.get(_key(s, region=c.relative_to))
        if part is None or whole is None or whole.claim.value == 0 or part.claim.unit != whole.claim.unit:
            continue
        computed = part.claim.value / whole.claim.value * (100 if c.unit == "percent" else 1)
        spread = abs(computed) * (part.rel + whole.rel)
        fits = agree(c.value, c.qualifier, s.tol, computed, "exact", spread)
        evidence = {"computed": round(computed, 4), "part": part.describe(), "whole": whole.describe()}
        message = (
            f"{amount(c.value, c.unit, c.qualifier)} {'matches' if fits else 'does not match'} "
            f"{amount(part.claim.value, part.claim.unit)} of {amount(whole.claim.value, whole.claim.unit)} "
            f"= {amount(round(computed, 2), c.unit)}"
        )
        add(s.index, Finding("share-of-levels", "agrees" if fits is not False else "differs", message, evidence))


def previous_period(period: str) -> str | None:
    """The same period a year earlier: 2025 → 2024, 2025-H1 → 2024-H1; None for ranges."""
    if "/" in period or not period[:4].isdigit():
        return None
    return f"{int(period[:4]) - 1}{period[4:]}"


def _growth(stated: list[Stated], add: Add) -> None:
    levels = _levels(stated, ("CNY",))
    partners = {i.growth: i.name for i in INDICATORS.values() if i.growth}
    for s in stated:
        c = s.claim
        level_name, before = partners.get(c.indicator), previous_period(c.period)
        if level_name is None or before is None or c.unit != "percent" or c.relative_to is not None:
            continue
        now, then = levels.get(_key(s, indicator=level_name)), levels.get(_key(s, level_name, period=before))
        if now is None or then is None or then.claim.value <= 0:
            continue
        implied = (now.claim.value / then.claim.value - 1) * 100
        slack = GROWTH_GAP + s.tol + (100 + implied) * (now.rel + then.rel)
        fits = agree(c.value, c.qualifier, slack, implied, "exact", 0.0)
        evidence = {"implied": round(implied, 2), "allowed_gap": round(slack, 2), "now": now.describe()}
        evidence["before"] = then.describe()
        message = (
            f"{amount(c.value, 'percent', c.qualifier)} {'is within' if fits else 'is not within'} {slack:.1f} points "
            f"of the {implied:.1f} % that {amount(then.claim.value, 'CNY')} ({before}) to "
            f"{amount(now.claim.value, 'CNY')} ({c.period}) imply"
        )
        add(s.index, Finding("growth-of-levels", "agrees" if fits is not False else "differs", message, evidence))


def _sum_check(total: Stated, parts: list[Stated], add: Add, what: str) -> None:
    """Parts (their lowest values) must not add up to more than the total (its highest value)."""
    t = total.claim
    if t.qualifier not in ("exact", "approx", "at_most"):
        return
    usable = [p for p in parts if p.claim.qualifier in ("exact", "approx", "at_least")]
    if not usable:
        return
    low = sum(p.claim.value - p.tol for p in usable)
    high = t.value + total.tol
    fits = low <= high
    evidence = {"total": total.describe(), "parts": [p.describe() for p in usable], "sum_low": low, "total_high": high}
    names = ", ".join(f"{p.claim.region} {p.claim.indicator}" for p in usable)
    message = (
        f"{what} ({names}) add up to at least {amount(low, t.unit)}, "
        f"{'within' if fits else 'above'} the total {amount(t.value, t.unit, t.qualifier)} of {t.region}"
    )
    finding = Finding("parts-above-total", "agrees" if fits else "differs", message, evidence)
    if not fits or len(usable) > 1:
        for s in (total, *usable):
            add(s.index, finding)


def _sectors(stated: list[Stated], add: Add) -> None:
    bounds = {_key(s): s for s in reversed(stated) if s.claim.qualifier == "at_least" and s.claim.unit == "CNY"}
    firsts = bounds | _levels(stated, ("CNY",))
    for s in stated:
        c = s.claim
        if c.indicator != "gdp" or c.unit != "CNY" or c.relative_to is not None:
            continue
        for sectors in _SECTOR_SETS:
            parts = [firsts[k] for k in (_key(s, indicator=name) for name in sectors) if k in firsts]
            if parts:
                _sum_check(s, parts, add, "sectors")


def _places(stated: list[Stated], add: Add, gz: Gazetteer) -> None:
    """Places within a place (districts of a city, cities of a province) against the place's figure."""
    below: dict[tuple, dict[str, Stated]] = defaultdict(dict)  # (ancestor, indicator, period, class) → parts
    for s in stated:
        c = s.claim
        if c.unit not in _ADDITIVE or c.relative_to is not None or c.indicator.startswith("other:"):
            continue
        for ancestor in _ancestors(c.region, gz):
            below[(*_key(s, region=ancestor), c.unit)].setdefault(c.region, s)
    for s in stated:
        c = s.claim
        parts = below.get((*_key(s), c.unit), {})
        if c.relative_to is not None or not parts:
            continue
        outermost = [p for code, p in parts.items() if not any(a in parts for a in _ancestors(code, gz))]
        _sum_check(s, outermost, add, "places within it")


def _ancestors(code: str, gz: Gazetteer) -> list[str]:
    if code == "CN" or code not in gz:
        return []
    return [a.code for a in gz.ancestors(gz.get(code))] + ["CN"]


def _repeated(stated: list[Stated], add: Add) -> None:
    groups: dict[tuple, list[Stated]] = defaultdict(list)
    for s in stated:
        if not s.claim.indicator.startswith("other:"):
            groups[(*_key(s), s.claim.unit, s.claim.relative_to)].append(s)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :] if len(group) <= _PAIRWISE else group[:1]:
                together = agree(a.claim.value, a.claim.qualifier, a.tol, b.claim.value, b.claim.qualifier, b.tol)
                if a is b or together is not False:
                    continue
                for one, other in ((a, b), (b, a)):
                    message = (
                        f"{amount(one.claim.value, one.claim.unit, one.claim.qualifier)} here, but "
                        f"{amount(other.claim.value, other.claim.unit, other.claim.qualifier)} at chars "
                        f"{other.claim.start}-{other.claim.end} for the same place, indicator and period"
                    )
                    add(one.index, Finding("same-figure-differs", "differs", message, {"other": other.describe()}))
