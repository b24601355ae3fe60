"""Milestones and clubs: who crossed a threshold, since when, and who comes next.

All figures come from current observations (or those current at ``as_of``) of full calendar
years. A figure counts as crossing when it is a level (exact or approximate) at or above the
threshold, or an 'at least' bound at or above it.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from ..errors import InvalidInput
from ..store import Store
from ..units import UnitError, parse_quantity

__all__ = ["club", "next_candidates", "parse_threshold"]


def parse_threshold(text: str | float | int) -> float:
    """'1e12', '1万亿', '1 trillion', '5000亿', '500 billion', 1e12 → yuan."""
    if isinstance(text, int | float):
        value = float(text)
    else:
        try:
            q = parse_quantity(str(text).strip(), default_unit="元")
        except UnitError as e:
            raise InvalidInput(f"not a threshold: {text!r} (try 1e12, 1万亿, '1 trillion', 5000亿)") from e
        if q.unit != "CNY":
            raise InvalidInput(f"a GDP threshold is in yuan, not {q.unit}: {text!r}")
        value = q.value
    if not math.isfinite(value) or not value > 0:
        raise InvalidInput(f"a threshold must be a positive, finite amount: {text!r}")
    return value


def club(store: Store, threshold: float, level: str = "county", as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Members: regions whose GDP reached ``threshold``, with the first year, the figure and its sources."""
    return store.club(threshold, level, as_of)


def next_candidates(
    store: Store, threshold: float, level: str = "county", limit: int | None = 10, as_of: dt.datetime | None = None
) -> pd.DataFrame:
    """Non-members closest to ``threshold``, with a naive years-to-threshold at their recent growth."""
    df = store.candidates(threshold, level, limit, as_of)
    years, when = [], []
    for value, rate, period in zip(df["latest_value"], df["cagr"], df["latest_period"], strict=True):
        if rate is not None and not pd.isna(rate) and rate > 0 and value > 0:
            n = math.log(threshold / value) / math.log1p(rate)
            years.append(round(n, 1))
            when.append(int(period) + max(1, math.ceil(n - 1e-9)))
        else:
            years.append(None)
            when.append(None)
    df["naive_years_to_threshold"] = pd.array(years, dtype="Float64")
    df["naive_crossing_year"] = pd.array(when, dtype="Int64")
    df["method"] = "naive: latest value compounded at the nominal CAGR between two reported levels"
    return df.reset_index(drop=True)
