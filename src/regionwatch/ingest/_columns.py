"""Column helpers for table validation: checks per distinct value, and a bounded problem list."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from .report import Problem

__all__ = ["MAX_LISTED_PER_CODE", "Problems", "cells", "isnone", "pairwise", "per_distinct"]

MAX_LISTED_PER_CODE = 200


class Problems:
    """Collects problems per row, keeping the report readable on huge files."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []
        self.per_code: dict[str, int] = defaultdict(int)
        self.not_listed = 0
        self.bad_rows: set[int] = set()

    def add(
        self, code: str, message: str, row: int | None = None, column: str | None = None, severity: str = "error"
    ) -> None:
        if len(message) > 300:  # a 50,000-character cell is named, not repeated
            message = message[:299] + "…"
        self.per_code[code] += 1
        if self.per_code[code] > MAX_LISTED_PER_CODE:
            self.not_listed += 1
        else:
            self.items.append(Problem(code, message, self.file, row, column, severity))

    def rows(self, mask: np.ndarray, frame: pd.DataFrame, code: str, column: str, message) -> None:  # type: ignore[no-untyped-def]
        """Record a problem for every row where ``mask`` holds; ``message(value)`` words it."""
        idx = np.flatnonzero(mask)
        if not len(idx):
            return
        values = frame[column].to_numpy()[idx] if column in frame else [None] * len(idx)
        rows = frame["_row"].to_numpy()[idx]
        cols = frame["_col"].to_numpy()[idx] if "_col" in frame else [column] * len(idx)
        self.bad_rows.update(int(i) for i in idx)
        for value, row, col in zip(values, rows, cols, strict=True):
            self.add(code, message(value), int(row), str(col) if col is not None else column)


def cells(series: pd.Series) -> pd.Series:
    return series.astype("string").fillna("").str.strip()


def per_distinct(values, fn, errors: type[Exception] | tuple[type[Exception], ...] = ()) -> np.ndarray:  # type: ignore[no-untyped-def]
    """``fn`` applied once per distinct value; blanks, missing values and rejected values become None."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object) if not isinstance(values, pd.Series) else values)
    mapped = np.empty(len(uniques) + 1, dtype=object)  # the last slot answers the missing-value code -1
    for i, u in enumerate(uniques):
        if u is None or u == "":
            continue
        try:
            mapped[i] = fn(u)
        except errors:
            mapped[i] = None
    return mapped[codes]


def isnone(values: np.ndarray) -> np.ndarray:
    return pd.isna(values) if values.dtype != object else np.array([v is None for v in values], dtype=bool)


def pairwise(a: np.ndarray, b: np.ndarray, fn) -> np.ndarray:  # type: ignore[no-untyped-def]
    """A boolean per row from ``fn(a, b)``, computed once per distinct pair; True where either is missing."""
    ca, ua = pd.factorize(a)
    cb, ub = pd.factorize(b)
    table = np.ones((len(ua) + 1, len(ub) + 1), dtype=bool)
    for i, x in enumerate(ua):
        for j, y in enumerate(ub):
            table[i, j] = bool(fn(x, y))
    return table[ca, cb]
