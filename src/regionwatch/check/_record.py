"""A figure against the record: the accepted claims and the observation the store shows for its key.

The key is the place, indicator and period exactly (an H1 figure never meets a full year), with the
same unit and the same kind class (targets against recorded targets; results and expectations against
the observation). A share or ratio with no recorded share is computed from the record's two levels; a
dollar figure with no recorded dollar figure is converted from the record's yuan figure at the rates of
the months around publication.
"""

from __future__ import annotations

import datetime as dt

from ..fx import rate_band
from ..precision import LEVELS, agree, relative_tolerance, tolerance
from ._figures import Stated, amount, kind_class, percent_difference, row_evidence
from ._report import Finding

__all__ = ["against_record"]

Rows = dict[tuple[str, str, str], list[dict[str, object]]]


def _tol(row: dict[str, object]) -> float:
    return tolerance(float(row["value"]), str(row["unit"]), str(row["qualifier"]))  # type: ignore[arg-type]


def _matching(rows: list[dict[str, object]], unit: str, kind: str, relative_to: str | None) -> list[dict[str, object]]:
    return [
        r
        for r in rows
        if r["unit"] == unit and kind_class(str(r["kind"])) == kind_class(kind) and r.get("relative_to") == relative_to
    ]


def _shown_level(rows: list[dict[str, object]], unit: str) -> dict[str, object] | None:
    """The level the record shows for a key (the observation's claim), if it is a level in ``unit``."""
    for r in _matching(rows, unit, "actual", None):
        if r["shown"] and r["qualifier"] in LEVELS:
            return r
    return None


def against_record(s: Stated, rows: Rows, published: dt.date | None) -> Finding:
    c = s.claim
    if c.indicator.startswith("other:"):
        return Finding("other-indicator", "unknown", f"{c.indicator} is outside the indicator vocabulary")
    own = rows.get((c.region, c.indicator, c.period), [])
    same = _matching(own, c.unit, c.kind, c.relative_to)
    if not same and c.relative_to is not None:
        return _share(s, rows)
    if not same and c.unit == "USD":
        return _converted(s, own, published)
    if not same:
        return Finding("no-record", "unknown", f"the record has no {c.indicator} of {c.region} for {c.period}")
    if c.kind == "target":
        return _compare(s, same, "a recorded target")
    shown = [r for r in same if r["shown"]] or same
    return _compare(s, shown[:1] + [r for r in same if r is not shown[0]], "the figure the record shows")


def _compare(s: Stated, rows: list[dict[str, object]], what: str) -> Finding:
    """Compare with ``rows[0]`` (the shown figure); targets agree with any recorded target."""
    c = s.claim
    verdicts = [agree(c.value, c.qualifier, s.tol, float(r["value"]), str(r["qualifier"]), _tol(r)) for r in rows]  # type: ignore[arg-type]
    first = 0
    if c.kind == "target" and True in verdicts:
        first = verdicts.index(True)
    ref, outcome = rows[first], verdicts[first]
    evidence = {
        "record_value": ref["value"],
        "record": row_evidence(ref),
        "difference_pct": percent_difference(c.value, float(ref["value"])),  # type: ignore[arg-type]
        "tolerance": s.tol,
        "record_tolerance": _tol(ref),
        "other_record_claims": [row_evidence(r) | {"agrees": v} for r, v in zip(rows, verdicts, strict=True)][1:],
    }
    stated = amount(c.value, c.unit, c.qualifier)
    recorded = amount(float(ref["value"]), str(ref["unit"]), str(ref["qualifier"]))  # type: ignore[arg-type]
    source = ref.get("source_title") or ref.get("source_url") or f"claim {ref['claim_id']}"
    if outcome is None:
        message = f"{stated} and the record's {recorded} ({source}) are bounds"
        return Finding("record-bound", "unknown", message, evidence)
    if outcome:
        return Finding("record-agrees", "agrees", f"{stated} agrees with {what}, {recorded} ({source})", evidence)
    others = [r["claim_id"] for r, v in zip(rows[1:], verdicts[1:], strict=True) if v]
    also = f"; it agrees with claim(s) {', '.join(map(str, others))}, which the record ranks lower" if others else ""
    pct = evidence["difference_pct"]
    diff = f" by {pct:+.2f} %" if isinstance(pct, float) else ""
    return Finding(
        "record-differs", "differs", f"{stated} differs from {what}, {recorded} ({source}){diff}{also}", evidence
    )


def _share(s: Stated, rows: Rows) -> Finding:
    c = s.claim
    assert c.relative_to is not None
    levels = [_level_in(rows.get((code, c.indicator, c.period), [])) for code in (c.region, c.relative_to)]
    part, whole = levels
    if part is None or whole is None or float(whole["value"]) == 0:  # type: ignore[arg-type]
        return Finding("no-record", "unknown", f"the record lacks the levels of {c.region} and {c.relative_to}")
    ratio = float(part["value"]) / float(whole["value"])  # type: ignore[arg-type]
    computed = ratio * (100 if c.unit == "percent" else 1)
    spread = computed * (_rel(part) + _rel(whole))
    outcome = agree(c.value, c.qualifier, s.tol, computed, "exact", spread)
    evidence = {
        "record_value": round(computed, 4),
        "difference_pct": percent_difference(c.value, computed),
        "part": row_evidence(part),
        "whole": row_evidence(whole),
        "tolerance": s.tol + spread,
    }
    word = "agrees with" if outcome else "differs from"
    return Finding(
        "record-share",
        "agrees" if outcome else "differs",
        f"{amount(c.value, c.unit, c.qualifier)} {word} {amount(computed, c.unit)}, the record's "
        f"{amount(float(part['value']), str(part['unit']))} of {amount(float(whole['value']), str(whole['unit']))}",  # type: ignore[arg-type]
        evidence,
    )


def _level_in(rows: list[dict[str, object]]) -> dict[str, object] | None:
    for unit in ("CNY", "persons", "count", "km2", "CNY_per_person", "USD"):
        found = _shown_level(rows, unit)
        if found is not None:
            return found
    return None


def _rel(row: dict[str, object]) -> float:
    return relative_tolerance(float(row["value"]), str(row["unit"]), str(row["qualifier"]))  # type: ignore[arg-type]


def _converted(s: Stated, own: list[dict[str, object]], published: dt.date | None) -> Finding:
    c = s.claim
    yuan = _shown_level(own, "CNY") if c.kind != "target" else None
    band = rate_band(published, c.period)
    if yuan is None or band is None:
        return Finding("no-record", "unknown", f"the record has no {c.indicator} of {c.region} for {c.period}")
    low, high = band.widened(s.rel + _rel(yuan))
    rate = float(yuan["value"]) / c.value if c.value else float("inf")  # type: ignore[arg-type]
    fits = c.qualifier not in LEVELS or low <= rate <= high
    evidence = {
        "record_value": yuan["value"],
        "record": row_evidence(yuan),
        "implied_rate": round(rate, 4),
        "rates": band.to_dict(),
        "allowed": [round(low, 4), round(high, 4)],
        "difference_pct": percent_difference(c.value * band.low, float(yuan["value"])),  # type: ignore[arg-type]
    }
    verb = "agrees with" if fits else "differs from"
    message = (
        f"{amount(c.value, c.unit, c.qualifier)} {verb} the record's {amount(float(yuan['value']), 'CNY')} at "  # type: ignore[arg-type]
        f"{rate:.3f} yuan per dollar (monthly averages {band.low:.4f}–{band.high:.4f}, {', '.join(band.months)})"
    )
    return Finding("record-converted", "agrees" if fits else "differs", message, evidence)
