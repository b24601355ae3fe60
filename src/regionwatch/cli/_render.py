"""Rendering for the CLI: tables (rich), JSON (strict: no NaN or Infinity) and spreadsheet-safe CSV."""

from __future__ import annotations

import sys
from enum import StrEnum

import pandas as pd
from rich.console import Console
from rich.table import Table

from ..serialise import cell as _cell
from ..serialise import csv_text, dumps, records, safe_cell
from ..serialise import flat as _flat

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
