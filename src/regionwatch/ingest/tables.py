"""Tables (CSV, XLSX, Parquet) in long or wide format → validated claims with provenance.

Long format: one row per figure, with columns region, indicator, period, value, unit and
optionally qualifier, kind, relative_to, quote and source columns (source_title, source_url,
source_publisher, source_published, source_type). Wide format: one column per period
(2019, 2020年, 2024-H1 …), one row per region (and indicator).
Every check works on whole columns, on the distinct values of a column where it can, so a
million-row file is validated in seconds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import shorten
from ..gazetteer import Gazetteer
from ..indicators import INDICATORS, IndicatorError, allowed_units, resolve_indicator
from ..origin import SOURCE_TYPES, Origin
from ..periods import PeriodError, normalise_period, period_year
from ..units import LIMITS, UnitError, parse_quantity, parse_unit
from ._columns import Problems, cells, isnone, pairwise, per_distinct
from ._regions import resolve_regions
from .report import Problem

__all__ = ["COLUMN_ALIASES", "TableOptions", "normalise_table"]

COLUMN_ALIASES: dict[str, str] = {
    "region": "region",
    "code": "region",
    "region_code": "region",
    "adcode": "region",
    "区划代码": "region",
    "代码": "region",
    "地区": "region",
    "区县": "region",
    "地区名称": "region",
    "place": "region",
    "name": "region_name",
    "region_name": "region_name",
    "name_zh": "region_name",
    "名称": "region_name",
    "indicator": "indicator",
    "指标": "indicator",
    "指标名称": "indicator",
    "period": "period",
    "时期": "period",
    "期别": "period",
    "year": "period",
    "年份": "period",
    "年度": "period",
    "value": "value",
    "数值": "value",
    "值": "value",
    "数据": "value",
    "unit": "unit",
    "单位": "unit",
    "计量单位": "unit",
    "qualifier": "qualifier",
    "限定": "qualifier",
    "kind": "kind",
    "类型": "kind",
    "relative_to": "relative_to",
    "quote": "quote",
    "note": "quote",
    "原文": "quote",
    "备注": "quote",
    "source_title": "source_title",
    "source": "source_title",
    "来源": "source_title",
    "source_url": "source_url",
    "url": "source_url",
    "链接": "source_url",
    "source_publisher": "source_publisher",
    "publisher": "source_publisher",
    "发布机构": "source_publisher",
    "source_published": "source_published",
    "published": "source_published",
    "发布日期": "source_published",
    "source_type": "source_type",
}

QUALIFIERS = {
    "exact": "exact",
    "": "exact",
    "=": "exact",
    "reported": "exact",
    "approx": "approx",
    "approximately": "approx",
    "about": "approx",
    "~": "approx",
    "约": "approx",
    "rounded": "approx",
    "近": "approx",
    "at_least": "at_least",
    "at least": "at_least",
    ">=": "at_least",
    "≥": "at_least",
    "more than": "at_least",
    "over": "at_least",
    "超过": "at_least",
    "突破": "at_least",
    "逾": "at_least",
    "at_most": "at_most",
    "at most": "at_most",
    "<=": "at_most",
    "≤": "at_most",
    "less than": "at_most",
    "under": "at_most",
    "不足": "at_most",
}
KINDS = {
    "actual": "actual",
    "": "actual",
    "实际": "actual",
    "result": "actual",
    "target": "target",
    "goal": "target",
    "plan": "target",
    "目标": "target",
    "expected": "expected",
    "estimate": "expected",
    "forecast": "expected",
    "projection": "expected",
    "预计": "expected",
}
_WIDE_PERIOD_RE = re.compile(r"^(fy)?\d{4}(年|年度)?([-_ ]?(h[12]|q[1-4]|q1-?q3|上半年|前三季度))?$", re.IGNORECASE)
_PLAIN_NUMBER_RE = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"
_GROUPED_NUMBER_RE = r"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"


@dataclass
class TableOptions:
    """How to read a table: column mapping, defaults for missing columns, region context."""

    columns: dict[str, str] = field(default_factory=dict)  # file column → canonical column
    indicator: str | None = None
    unit: str | None = None
    period: str | None = None
    qualifier: str | None = None
    kind: str | None = None
    within: str | None = None
    level: str | None = None
    skip_bad_rows: bool = False


@dataclass
class Normalised:
    claims: pd.DataFrame
    origins: list[Origin]
    problems: list[Problem]
    rows_read: int
    rows_skipped: int
    problems_not_listed: int


def _canonical_columns(frame: pd.DataFrame, options: TableOptions) -> pd.DataFrame:
    mapping: dict[str, str] = {}
    user = {unicodedata.normalize("NFKC", k).strip().lower(): v for k, v in options.columns.items()}
    for col in frame.columns:
        key = unicodedata.normalize("NFKC", str(col)).strip().lower()
        target = user.get(key) or COLUMN_ALIASES.get(key) or COLUMN_ALIASES.get(key.replace(" ", "_"))
        if target and target not in mapping.values():
            mapping[col] = target
    frame = frame.rename(columns=mapping)
    # a table with both a code column and a region name column: the code is the region
    if "region" not in frame.columns and "region_name" in frame.columns:
        frame = frame.rename(columns={"region_name": "region"})
    return frame


def _to_long(frame: pd.DataFrame) -> pd.DataFrame:
    """Melt period columns (wide format) into period/value rows; keeps the header as the cell's column."""
    period_cols = [c for c in frame.columns if _WIDE_PERIOD_RE.match(str(c).strip())]
    if "period" in frame.columns or "value" in frame.columns or not period_cols:
        frame = frame.copy()
        frame["_col"] = None
        return frame
    ids = [c for c in frame.columns if c not in period_cols]
    long = frame.melt(id_vars=ids, value_vars=period_cols, var_name="period", value_name="value")
    long["_col"] = long["period"].astype(str)
    empty = long["value"].isna() | (long["value"].astype(str).str.strip() == "")
    return long[~empty].sort_values("_row", kind="stable").reset_index(drop=True)


def normalise_table(
    frame: pd.DataFrame, file: str, options: TableOptions, gazetteer: Gazetteer, base_origin: Origin
) -> Normalised:
    """Validate a table and turn it into claims; problems name the file, row and column."""
    probs = Problems(file)
    frame = frame.reset_index(drop=True)
    frame["_row"] = np.arange(2, len(frame) + 2)  # the header is row 1, as in a spreadsheet
    frame = _canonical_columns(frame, options)
    frame = _to_long(frame)
    rows_read = int(frame["_row"].nunique()) if len(frame) else 0
    for name in ("indicator", "unit", "period", "qualifier", "kind"):
        default = getattr(options, name)
        if name not in frame.columns and default is not None:
            frame[name] = default
    missing = [c for c in ("region", "indicator", "period", "value", "unit") if c not in frame.columns]
    if missing:
        for c in missing:
            hint = (
                f" (map a column with --map COLUMN={c}, or give --{c})"
                if c in ("indicator", "unit")
                else (f" (map a column with --map COLUMN={c})")
            )
            probs.add("missing-column", f"required column {c!r} not found{hint}", 1, c)
        return Normalised(pd.DataFrame(), [], probs.items, rows_read, 0, probs.not_listed)
    if not len(frame):
        probs.add("empty-file", "the table has no data rows", None, None)
        return Normalised(pd.DataFrame(), [], probs.items, 0, 0, probs.not_listed)

    out = pd.DataFrame({"_row": frame["_row"].to_numpy()})
    text = {c: cells(frame[c]) for c in ("region", "indicator", "period", "unit")}
    blank = {c: (t == "").to_numpy() for c, t in text.items()}
    for name in ("region", "indicator", "period"):
        probs.rows(blank[name], frame, "missing-value", name, lambda v, n=name: f"no {n} given")

    # periods, indicators, units: checked once per distinct value
    period = per_distinct(text["period"], normalise_period, PeriodError)
    probs.rows(
        isnone(period) & ~blank["period"],
        frame,
        "invalid-period",
        "period",
        lambda v: f"not a period: {shorten(v)} (expected e.g. 2025, 2025-H1, 2025-Q1Q3, 2021/2025)",
    )
    indicator = per_distinct(text["indicator"], resolve_indicator, IndicatorError)
    probs.rows(
        isnone(indicator) & ~blank["indicator"],
        frame,
        "unknown-indicator",
        "indicator",
        lambda v: f"unknown indicator {shorten(v)}: use the vocabulary or 'other:<label>'",
    )
    unit_parsed = per_distinct(text["unit"], parse_unit, UnitError)
    probs.rows(
        isnone(unit_parsed) & ~blank["unit"], frame, "unknown-unit", "unit", lambda v: f"unknown unit {shorten(v)}"
    )
    unit = per_distinct(unit_parsed, lambda t: t[0])
    mult = per_distinct(unit_parsed, lambda t: t[1]).astype(float)

    value, cell_unit = _parse_values(frame, text["unit"], probs)
    has_cell_unit = ~isnone(cell_unit)
    probs.rows(
        blank["unit"] & ~has_cell_unit & ~np.isnan(value), frame, "missing-value", "unit", lambda v: "no unit given"
    )
    conflict = has_cell_unit & ~blank["unit"] & ~isnone(unit) & (cell_unit != unit)
    probs.rows(
        conflict,
        frame.assign(_units=[f"{c} in the cell, {u} in the unit column" for c, u in zip(cell_unit, unit, strict=True)]),
        "unit-conflict",
        "_units",
        lambda v: f"the cell's unit contradicts the unit column: {v}",
    )
    unit = np.where(has_cell_unit, cell_unit, unit)
    mult = np.where(has_cell_unit, 1.0, mult)
    out["value"] = value * mult
    out["unit"] = unit
    _check_magnitudes(frame, out["value"].to_numpy(), unit, probs)
    out["indicator"] = indicator
    out["period"] = period

    out["qualifier"] = _map_choice(frame, "qualifier", QUALIFIERS, "exact", probs, "invalid-qualifier")
    out["kind"] = _map_choice(frame, "kind", KINDS, "actual", probs, "invalid-kind")

    # unit fits the indicator (checked per distinct pair); no negative levels
    fits = pairwise(indicator, unit, lambda i, u: i.startswith("other:") or u in allowed_units(i))
    mismatch = ~fits & ~isnone(indicator) & ~isnone(unit)
    if mismatch.any():
        pairs = np.array([f"{i} in {u}" for i, u in zip(indicator, unit, strict=True)], dtype=object)
        probs.rows(
            mismatch,
            frame.assign(_pair=pairs),
            "unit-mismatch",
            "_pair",
            lambda v: f"unit does not fit the indicator: {v}",
        )
    non_negative = per_distinct(indicator, lambda i: bool(i in INDICATORS and INDICATORS[i].non_negative))
    negative = (non_negative == True) & (out["value"].to_numpy() < 0)  # noqa: E712
    probs.rows(
        negative,
        frame,
        "negative-value",
        "value",
        lambda v: f"negative value {shorten(v)} for an indicator that cannot be negative",
    )

    # regions: codes by set membership, names through the gazetteer per distinct (name, year)
    years = per_distinct(period, period_year)
    out["region"] = resolve_regions(frame, text["region"], years, gazetteer, options, probs)
    out["region_text"] = cells(frame["region_name"]).to_numpy() if "region_name" in frame else text["region"].to_numpy()
    out["relative_to"] = cells(frame["relative_to"]).replace("", pd.NA).to_numpy() if "relative_to" in frame else None
    out["quote"] = cells(frame["quote"]).replace("", pd.NA).to_numpy() if "quote" in frame else None
    out["location"] = _locations(frame, file)
    out["page"] = None

    origins, origin_index = _origins(frame, base_origin, probs)
    out["origin"] = origin_index

    _check_duplicates(out, probs)

    bad = np.zeros(len(out), dtype=bool)
    if probs.bad_rows:
        bad[list(probs.bad_rows)] = True
    skipped = 0
    if options.skip_bad_rows and bad.any():
        skipped_rows = set(out.loc[bad, "_row"].tolist())
        skipped = len(skipped_rows)
        probs.items = [
            Problem(p.code, p.message + " (row skipped)", p.file, p.row, p.column, "warning")
            if p.severity == "error" and p.row in skipped_rows
            else p
            for p in probs.items
        ]
        out = out[~bad]
    elif bad.any():
        out = out.iloc[0:0]
    out = out[~out.get("_dup", pd.Series(False, index=out.index)).astype(bool)] if "_dup" in out else out
    claims = out.drop(columns=[c for c in out.columns if c.startswith("_")]).reset_index(drop=True)
    return Normalised(claims, origins, probs.items, rows_read, skipped, probs.not_listed)


def _parse_values(frame: pd.DataFrame, unit_text: pd.Series, probs: Problems) -> tuple[np.ndarray, np.ndarray]:
    """Values as floats; a cell that carries its own unit ('1.01万亿元') also returns that unit."""
    raw = frame["value"]
    cell_unit = np.full(len(frame), None, dtype=object)
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        values = raw.astype(float).to_numpy()
        probs.rows(np.isnan(values), frame, "missing-value", "value", lambda v: "no value given")
        return values, cell_unit
    text = cells(raw)
    fast = (text.str.match(_PLAIN_NUMBER_RE) | text.str.match(_GROUPED_NUMBER_RE)).fillna(False).to_numpy(bool)
    values = np.full(len(frame), np.nan)
    values[fast] = pd.to_numeric(text[fast].str.replace(",", "", regex=False), errors="coerce").astype(float)
    blank = (text == "").to_numpy()
    probs.rows(blank, frame, "missing-value", "value", lambda v: "no value given")
    for i in np.flatnonzero(~fast & ~blank):
        cell = text.iat[i]
        try:
            q = parse_quantity(cell, default_unit=unit_text.iat[i] or None)
        except UnitError as e:
            probs.bad_rows.add(int(i))
            col = frame["_col"].iat[i] if "_col" in frame and frame["_col"].iat[i] else "value"
            probs.add("non-numeric-value", f"not a number: {shorten(cell)} ({e})", int(frame["_row"].iat[i]), str(col))
            continue
        values[i] = q.value
        cell_unit[i] = q.unit
    return values, cell_unit


def _check_magnitudes(frame: pd.DataFrame, values: np.ndarray, units: np.ndarray, probs: Problems) -> None:
    """inf and values beyond any economy are typed problems, never stored."""
    infinite = np.isinf(values)
    probs.rows(infinite, frame, "non-finite-value", "value", lambda v: f"{shorten(v)} is not a finite number")
    limits = np.array([LIMITS.get(u, np.inf) if u is not None else np.inf for u in units], dtype=float)
    huge = ~infinite & (np.abs(np.nan_to_num(values)) > limits)
    probs.rows(huge, frame, "implausible-value", "value", lambda v: f"{shorten(v)} is beyond any plausible economy")


def _map_choice(
    frame: pd.DataFrame, column: str, choices: dict[str, str], default: str, probs: Problems, code: str
) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), default, dtype=object)
    mapped = per_distinct(cells(frame[column]).str.lower(), lambda v: choices.get(v))
    blank = (cells(frame[column]) == "").to_numpy()
    mapped[blank] = default
    probs.rows(
        isnone(mapped),
        frame,
        code,
        column,
        lambda v: f"{column} {shorten(v)} is not one of {sorted(set(choices.values()))}",
    )
    return mapped


def _locations(frame: pd.DataFrame, file: str) -> np.ndarray:
    name = Path(file).name
    rows = frame["_row"].astype(str)
    if "_col" in frame and frame["_col"].notna().any():
        return (name + ":row " + rows + ", column " + frame["_col"].astype(str)).to_numpy()
    return (name + ":row " + rows).to_numpy()


_SOURCE_COLUMNS = ("source_title", "source_url", "source_publisher", "source_published", "source_type")


def _origins(frame: pd.DataFrame, base: Origin, probs: Problems) -> tuple[list[Origin], np.ndarray]:
    """One origin per distinct combination of the row source columns; the file's origin for the rest."""
    present = [c for c in _SOURCE_COLUMNS if c in frame.columns]
    if not present:
        return [base], np.zeros(len(frame), dtype=int)
    keys = pd.DataFrame({c: cells(frame[c]) for c in present})
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(keys))
    origins: list[Origin] = []
    for combo in uniques:
        row = dict(zip(present, combo, strict=True))
        if not any(row.values()):
            origins.append(base)
            continue
        stype = row.get("source_type") or base.source_type
        if stype not in SOURCE_TYPES:
            probs.add(
                "invalid-source-type", f"source_type {shorten(stype)} is not one of {SOURCE_TYPES}", None, "source_type"
            )
            stype = base.source_type
        published = row.get("source_published") or None
        try:
            origin = Origin(
                title=row.get("source_title") or row.get("source_url") or base.title,
                producer=row.get("source_publisher") or None,
                url=row.get("source_url") or None,
                date_published=published or base.date_published,
                date_accessed=base.date_accessed,
                license=base.license,
                source_type=stype,
                description=f"cited in {base.title}",
            )
        except ValueError:
            probs.add(
                "invalid-date",
                f"source_published {shorten(published)} is not a YYYY-MM-DD date",
                None,
                "source_published",
            )
            origin = base
        origins.append(origin)
    return origins, np.asarray(codes)


def _check_duplicates(out: pd.DataFrame, probs: Problems) -> None:
    key_cols = ["region", "indicator", "period", "unit", "qualifier", "kind", "relative_to", "origin"]
    keys = pd.util.hash_pandas_object(out[key_cols].astype("string").fillna("\x00"), index=False)
    dup = keys.duplicated(keep=False).to_numpy() & out["region"].notna().to_numpy()
    if not dup.any():
        out["_dup"] = False
        return
    first_value: dict[object, tuple[float, int]] = {}
    drop = np.zeros(len(out), dtype=bool)
    for i in np.flatnonzero(dup):
        k = keys.iat[i]
        v, row = out["value"].iat[i], int(out["_row"].iat[i])
        if k not in first_value:
            first_value[k] = (v, row)
            continue
        v0, row0 = first_value[k]
        if v0 == v or (np.isnan(v0) and np.isnan(v)):
            drop[i] = True
            probs.add("duplicate-row", f"repeats row {row0} (kept once)", row, None, "warning")
        else:
            probs.bad_rows.add(int(i))
            probs.add(
                "conflicting-duplicate",
                f"states {v:g} where row {row0} states {v0:g} for the same region, indicator, period and source",
                row,
                "value",
            )
    out["_dup"] = drop
