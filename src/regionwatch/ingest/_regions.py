"""Regions of a table: codes by set membership, names through the gazetteer, and validity in time.

A code or name used for a period when it did not stand for a place (440321 Bao'an county, withdrawn
in 1993, for 2030; 440311 Guangming district, created in 2018, for 2000) is kept but warned about,
naming the successor or predecessor, since tables do restate old figures on new boundaries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..errors import shorten
from ..gazetteer import AmbiguousRegion, Gazetteer, Region, UnknownRegion
from ._columns import Problems, per_distinct

if TYPE_CHECKING:
    from .tables import TableOptions

__all__ = ["resolve_regions", "validity_note"]


def resolve_regions(
    frame: pd.DataFrame,
    text: pd.Series,
    years: np.ndarray,
    gazetteer: Gazetteer,
    options: TableOptions,
    probs: Problems,
) -> np.ndarray:
    result = np.full(len(frame), None, dtype=object)
    folded = text.str.replace(r"^(\d{6})0{6}$", r"\1", regex=True)
    is_code = folded.str.fullmatch(r"\d{6}").fillna(False).to_numpy()
    if is_code.any():
        codes = folded.to_numpy()[is_code]
        known = per_distinct(codes, lambda c: c in gazetteer) == True  # noqa: E712
        result[np.flatnonzero(is_code)[known]] = codes[known]
        bad = np.zeros(len(frame), dtype=bool)
        bad[np.flatnonzero(is_code)[~known]] = True
        probs.rows(bad, frame, "unknown-region", "region", lambda v: f"no region with code {shorten(v)}")
    names = ~is_code & (text != "").to_numpy()
    cache: dict[tuple[str, int | None], str | Exception] = {}
    for i in np.flatnonzero(names):
        key = (text.iat[i], years[i])
        if key not in cache:
            try:
                cache[key] = gazetteer.resolve(key[0], within=options.within, year=key[1], level=options.level).code
            except (UnknownRegion, AmbiguousRegion) as e:
                cache[key] = e
        hit = cache[key]
        if isinstance(hit, str):
            result[i] = hit
            continue
        probs.bad_rows.add(int(i))
        code = "ambiguous-region" if isinstance(hit, AmbiguousRegion) else "unknown-region"
        probs.add(code, str(hit), int(frame["_row"].iat[i]), "region")
    _warn_validity(frame, result, text, years, gazetteer, probs)
    return result


def _warn_validity(
    frame: pd.DataFrame, codes: np.ndarray, text: pd.Series, years: np.ndarray, gazetteer: Gazetteer, probs: Problems
) -> None:
    """One warning per row whose region did not exist in its period (checked once per code and year)."""
    pairs = pd.Series(
        [f"{c}|{y}" if c is not None and y is not None else "" for c, y in zip(codes, years, strict=True)]
    )
    notes = per_distinct(pairs, lambda k: validity_note(gazetteer, k.split("|")[0], int(k.split("|")[1])))
    for i in np.flatnonzero(np.array([n is not None for n in notes], dtype=bool)):
        probs.add(
            "region-not-valid-in-period",
            f"{text.iat[i]!s} {notes[i]}",
            int(frame["_row"].iat[i]),
            "region",
            severity="warning",
        )


def validity_note(gazetteer: Gazetteer, code: str, year: int) -> str | None:
    """Why ``code`` did not stand for a place in ``year`` (naming who did), or None when it did."""
    versions = gazetteer.versions(code)
    if not versions or any(v.valid_in(year) for v in versions):
        return None
    first, last = versions[0], versions[-1]
    if year < first.valid_from:
        before = [p for p in gazetteer.predecessors(code) if p.valid_in(year)] or gazetteer.predecessors(code)
        return f"({code} {first.name_zh}) was created in {first.valid_from}, after {year}" + _named(
            "its predecessor", before
        )
    if last.valid_to is not None and year >= last.valid_to:
        after = gazetteer.successors(last)
        return f"({code} {last.name_zh}) was withdrawn in {last.valid_to}, before {year}" + _named(
            "its successor", after
        )
    return f"({code}) did not exist in {year}"


def _named(label: str, regions: list[Region]) -> str:
    if not regions:
        return ""
    shown = ", ".join(f"{r.code} {r.name_zh}" for r in regions[:3])
    return f"; {label}{'s' if len(regions) > 1 else ''}: {shown}" + (" …" if len(regions) > 3 else "")
