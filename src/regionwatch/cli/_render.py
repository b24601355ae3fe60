"""Rendering for the CLI: tables (rich), JSON (strict: no NaN or Infinity) and spreadsheet-safe CSV."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from enum import StrEnum

import pandas as pd
from rich.console import Console
from rich.table import Table

__all__ = [
    "Format",
    "TextFormat",
    "amounts",
    "csv_text",
    "err",
    "out",
    "records",
    "render",
    "render_obj",
    "safe_cell",
    "yuan",
]

out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class TextFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _cell(value: object) -> object:
    """A JSON-ready value: None for missing and non-finite numbers, ISO text for times, lists for arrays."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple) or getattr(value, "ndim", 0) == 1:
        return [_cell(v) for v in list(value)]  # type: ignore[call-overload]
    if hasattr(value, "item") and not isinstance(value, dict | str):
        return _cell(value.item())  # numpy scalars
    if isinstance(value, dict):
        return {k: _cell(v) for k, v in value.items()}
    return value


def records(df: pd.DataFrame) -> list[dict[str, object]]:
    return [{k: _cell(v) for k, v in row.items()} for row in df.to_dict("records")]


def dumps(obj: object) -> str:
    """Strict JSON: a non-finite number would be a bug upstream, so it fails here rather than print Infinity."""
    return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False)


def _flat(value: object) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
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


def yuan(value: object) -> str:
    v = _cell(value)
    if v is None:
        return ""
    v = float(v)  # type: ignore[arg-type]
    if abs(v) >= 1e12:
        return f"{v / 1e12:,.3f} tn"
    if abs(v) >= 1e8:
        return f"{v / 1e9:,.2f} bn"
    return f"{v:,.0f}"


def amounts(df: pd.DataFrame) -> list[str]:
    """The value column as a table shows it: money as bn/tn, other units as plain numbers."""
    return [yuan(v) if u in ("CNY", "USD") else f"{v:g}" for v, u in zip(df["value"], df["unit"], strict=True)]


def write_csv(df: pd.DataFrame) -> None:
    sys.stdout.write(csv_text(df))


def csv_text(df: pd.DataFrame) -> str:
    """CSV with list and dict cells flattened and every text cell spreadsheet-safe."""
    flat = df.copy()
    for col in flat.columns:
        if flat[col].dtype == object or pd.api.types.is_string_dtype(flat[col].dtype):
            flat[col] = [
                safe_cell(_flat(v) if isinstance(v, list | dict) or hasattr(v, "tolist") else v) for v in flat[col]
            ]
    return flat.to_csv(index=False)


def render(
    df: pd.DataFrame,
    fmt: Format,
    *,
    title: str | None = None,
    money: tuple[str, ...] = (),
    columns: list[str] | None = None,
) -> None:
    if fmt is Format.json:
        sys.stdout.write(dumps(records(df)) + "\n")
        return
    if fmt is Format.csv:
        write_csv(df)
        return
    shown = columns or list(df.columns)
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in shown:
        table.add_column(col, justify="right" if col in money else "left", overflow="fold")
    for row in df[shown].to_dict("records"):
        table.add_row(*[yuan(row[c]) if c in money else _flat(row[c]) for c in shown])
    out.print(table)
    if not len(df):
        out.print("[dim](no rows)[/dim]")


def render_obj(obj: dict[str, object], fmt: Format) -> None:
    if fmt is Format.json:
        sys.stdout.write(dumps({k: _cell(v) for k, v in obj.items()}) + "\n")
        return
    if fmt is Format.csv:
        write_csv(pd.DataFrame([{k: _flat(v) for k, v in obj.items()}]))
        return
    table = Table(show_header=False)
    table.add_column("key", style="bold")
    table.add_column("value", overflow="fold")
    for k, v in obj.items():
        table.add_row(k, _flat(v))
    out.print(table)
