"""Small shared helpers of the check: a figure's tolerance, kind class, amounts for messages, record rows."""

from __future__ import annotations

import math
import re

from ..extract import Claim
from ..precision import tolerance

__all__ = ["Stated", "amount", "kind_class", "percent_difference", "row_evidence"]


#: a share written as a fraction ("one-fourth", 四分之一, 1/4, half) is as rough as "about"
_FRACTION = re.compile(r"分之|半|\d\s*/\s*\d|\b(?:half|third|quarter|fourth|fifth|sixth|tenth)s?\b", re.IGNORECASE)


class Stated:
    """A claim with the numeral as written in the article and the tolerance that gives it."""

    __slots__ = ("claim", "index", "qualifier", "rel", "tol", "written")

    def __init__(self, index: int, claim: Claim, written: str) -> None:
        self.index = index
        self.claim = claim
        self.written = written
        self.qualifier = "approx" if claim.qualifier == "exact" and _FRACTION.search(written) else claim.qualifier
        self.tol = tolerance(claim.value, claim.unit, self.qualifier, written)
        self.rel = self.tol / abs(claim.value) if claim.value else 0.0

    def describe(self) -> dict[str, object]:
        c = self.claim
        return {
            "quote": c.quote,
            "chars": f"{c.start}-{c.end}",
            "region": c.region,
            "value": c.value,
            "unit": c.unit,
            "qualifier": c.qualifier,
            "tolerance": self.tol,
        }


def kind_class(kind: str) -> str:
    """Targets are compared with targets; results and expectations with each other."""
    return "target" if kind == "target" else "result"


def amount(value: float, unit: str, qualifier: str = "exact") -> str:
    """A figure for a message: 1,010.24 billion CNY, 6.3 %, 1,059,600 persons."""
    prefix = {"approx": "about ", "at_least": "at least ", "at_most": "at most "}.get(qualifier, "")
    if not math.isfinite(value):
        return f"{prefix}{value} {unit}"
    if unit in ("CNY", "USD") and abs(value) >= 1e12:
        return f"{prefix}{value / 1e12:,.{_places(value / 1e12)}f} trillion {unit}"
    if unit in ("CNY", "USD") and abs(value) >= 1e8:
        return f"{prefix}{value / 1e9:,.{_places(value / 1e9)}f} billion {unit}"
    if unit == "percent":
        return f"{prefix}{value:g} %"
    if unit == "ratio":
        return f"{prefix}{value:g} times"
    return f"{prefix}{value:,.{_places(value)}f} {unit}"


def _places(value: float) -> int:
    text = f"{abs(value):.4f}".rstrip("0").rstrip(".")
    return min(len(text.partition(".")[2]), 4)


def percent_difference(value: float, reference: float) -> float | None:
    if reference == 0 or not math.isfinite(reference):
        return None
    return round((value - reference) / abs(reference) * 100, 2)


def row_evidence(row: dict[str, object]) -> dict[str, object]:
    """A record claim as evidence: its figure, its quote and its source."""
    published = row.get("source_published")
    return {
        "claim_id": int(row["claim_id"]),  # type: ignore[call-overload]
        "value": row["value"],
        "unit": row["unit"],
        "qualifier": row["qualifier"],
        "kind": row["kind"],
        "shown": bool(row.get("shown")),
        "quote": row.get("quote"),
        "location": row.get("location"),
        "source_title": row.get("source_title"),
        "source_url": row.get("source_url"),
        "source_type": row.get("source_type"),
        "source_published": str(published)[:10] if published is not None and str(published) != "NaT" else None,
    }
