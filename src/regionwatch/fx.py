"""Yuan per US dollar, for checking converted figures ("1 trillion yuan ($143.7 billion)").

The bundled series are FRED's monthly (EXCHUS) and annual (AEXCHUS) averages, PDDL; see
``data/ATTRIBUTION.md``. A newspaper converts at a recent spot or monthly rate, so a conversion is
judged against the monthly averages of the months around publication (``MONTHS_BEFORE`` before to the
month of publication itself), not against the annual average. Without a publication date the months
of the year after the figure's year are used (when such a figure is usually published). Beyond the
last month in the series the latest ``MONTHS_BEFORE + 1`` months stand in, and the band says so.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import pandas as pd

from .gazetteer import data_path

__all__ = ["MONTHS_BEFORE", "SPOT_SLACK", "RateBand", "annual_rate", "rate_band"]

#: months before publication whose averages a converted figure may use
MONTHS_BEFORE = 3
#: allowance for a spot rate away from its monthly average (and for the other side's conventions)
SPOT_SLACK = 0.015


@dataclass(frozen=True)
class RateBand:
    """The yuan-per-dollar rates a conversion may fairly have used."""

    low: float
    high: float
    months: tuple[str, ...]
    note: str = ""

    def widened(self, rounding: float) -> tuple[float, float]:
        """The rates a conversion may imply, given the two figures' relative rounding (and ``SPOT_SLACK``)."""
        slack = rounding + SPOT_SLACK
        return self.low * (1 - slack), self.high * (1 + slack)

    def to_dict(self) -> dict[str, object]:
        return {"low": self.low, "high": self.high, "months": list(self.months), "note": self.note}


@functools.lru_cache(maxsize=1)
def _monthly() -> dict[str, float]:
    frame = pd.read_csv(data_path("fx_cny_per_usd_monthly.csv"), dtype={"period": str})
    return dict(zip(frame["period"], frame["cny_per_usd"].astype(float), strict=True))


@functools.lru_cache(maxsize=1)
def _annual() -> dict[str, float]:
    frame = pd.read_csv(data_path("fx_cny_per_usd_annual.csv"), dtype={"period": str})
    return dict(zip(frame["period"], frame["cny_per_usd"].astype(float), strict=True))


def annual_rate(year: int) -> float | None:
    return _annual().get(str(year))


def _month(d: dt.date, back: int) -> str:
    index = d.year * 12 + d.month - 1 - back
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def rate_band(published: dt.date | None, year: int | str | None = None) -> RateBand | None:
    """The monthly averages around ``published`` (or, undated, through the year after ``year``; a period
    such as '2025-H1' gives its year, a range none)."""
    if isinstance(year, str):
        year = int(year[:4]) if year[:4].isdigit() and "/" not in year else None
    monthly = _monthly()
    note = ""
    if published is not None:
        wanted = [_month(published, back) for back in range(MONTHS_BEFORE, -1, -1)]
        if not any(m in monthly for m in wanted) and wanted[0] > max(monthly):
            latest = max(monthly)
            last = dt.date(int(latest[:4]), int(latest[5:]), 1)
            wanted = [_month(last, back) for back in range(MONTHS_BEFORE, -1, -1)]
            note = f"published after the last month in the series ({latest}): the latest months stand in"
    elif year is not None:
        wanted = [f"{year + 1:04d}-{m:02d}" for m in range(1, 13)]
        note = f"no publication date: the months of {year + 1}"
    else:
        return None
    months = tuple(m for m in wanted if m in monthly)
    if not months:
        return None
    rates = [monthly[m] for m in months]
    return RateBand(min(rates), max(rates), months, note)
