"""Turning frames and values into JSON and CSV that any reader can trust (shared by the CLI and the API).

JSON is strict (no NaN or Infinity: missing and non-finite numbers become null); CSV cells that a
spreadsheet would run as a formula get a leading apostrophe (OWASP), numbers are left alone.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import pandas as pd

__all__ = ["cell", "csv_text", "dumps", "flat", "records", "safe_cell"]


def cell(value: object) -> object:
    """A JSON-ready value: None for missing and non-finite numbers, ISO text for times, lists for arrays."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple) or getattr(value, "ndim", 0) == 1:
        return [cell(v) for v in list(value)]  # type: ignore[call-overload]
    if hasattr(value, "item") and not isinstance(value, dict | str):
        return cell(value.item())  # numpy scalars
    if isinstance(value, dict):
        return {k: cell(v) for k, v in value.items()}
    return value


def records(df: pd.DataFrame) -> list[dict[str, object]]:
    return [{k: cell(v) for k, v in row.items()} for row in df.to_dict("records")]


def dumps(obj: object) -> str:
    """Strict JSON: a non-finite number would be a bug upstream, so it fails here rather than print Infinity."""
    return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False)


def flat(value: object) -> str:
    value = cell(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(flat(v) for v in value)
    if isinstance(value, dict):
        if "url" in value or "title" in value:
            title, pub = str(value.get("title") or ""), str(value.get("publisher") or "")
            return pub if title.startswith("http") and pub else title
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula (OWASP): text starting with = + - @ tab or CR
    gets a leading apostrophe; numbers (also '-3.5' as text) are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def csv_text(df: pd.DataFrame) -> str:
    """CSV with list and dict cells flattened and every text cell spreadsheet-safe."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = [
                safe_cell(flat(v) if isinstance(v, list | dict) or hasattr(v, "tolist") else v) for v in out[col]
            ]
    return out.to_csv(index=False)
