"""``regionwatch check``: every figure of an article against the record and against itself.

Exit code 0 when nothing conflicts, 1 when a figure conflicts with the record or the article contradicts
itself (so a newsroom's pipeline can stop on it), 2 for errors in the input.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..check import report_html
from ..encodings import DecodeError, decode_bytes
from ..errors import InvalidInput
from ._app import AsOfOpt, command, open_store
from ._render import Format, amounts, csv_text, dumps, out, render


class CheckFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"
    csv = "csv"


def _stdin(encoding: str | None) -> str:
    try:
        return decode_bytes(sys.stdin.buffer.read(), encoding)[0]
    except DecodeError as e:
        raise InvalidInput(f"stdin: {e}") from None


@command()
def check(
    path: Annotated[str, typer.Argument(help="The article: .txt, .html, .pdf or .jsonl, or - to read stdin.")],
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date YYYY-MM-DD where the document gives none."),
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="en or zh (default: detect).")] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Text encoding, e.g. big5 (default: detect, strictly).")
    ] = None,
    as_of: AsOfOpt = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")
    ] = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="table, json, html (a self-contained page) or csv.")
    ] = CheckFormat.table,
) -> None:
    """Check an article: each figure is consistent, conflicting, new, unverifiable or inconsistent-within."""
    if output is not None and fmt is CheckFormat.table:
        raise InvalidInput("--output takes a json, html or csv report (-f)")
    text = _stdin(encoding) if path == "-" else None
    if text is None and not Path(path).is_file():
        raise InvalidInput(f"{path}: no such file")
    with open_store() as obs:
        report = obs.check(
            None if text is not None else path,
            text=text,
            published=published,
            lang=lang,
            encoding=None if text is not None else encoding,
            as_of=as_of,
            name="stdin",
        )
    if fmt is CheckFormat.table:
        _table(report)
    else:
        content = {
            CheckFormat.json: lambda: dumps(report.to_dict()) + "\n",
            CheckFormat.html: lambda: report_html(report, f"regionwatch check: {path}"),
            CheckFormat.csv: lambda: csv_text(report.to_frame()),
        }[fmt]()
        if output is not None:
            output.write_text(content, encoding="utf-8")
        else:
            sys.stdout.write(content)
        sys.stderr.write(report.summary_line() + "\n")
    if report.conflicts:
        raise typer.Exit(1)


def _table(report) -> None:  # type: ignore[no-untyped-def]
    frame = report.to_frame()
    if len(frame):
        frame = frame.assign(
            value=[a if v == v and v is not None else "" for a, v in zip(_amounts(frame), frame["value"], strict=True)],
            place=[f"{r} {n or ''}".strip() if r else "" for r, n in zip(frame["region"], frame["name"], strict=True)],
        )
    columns = ["chars", "quote", "place", "indicator", "period", "value", "verdict", "rule", "message"]
    render(frame, Format.table, columns=columns if len(frame) else None)
    out.print(report.summary_line(), highlight=False)


def _amounts(frame) -> list[str]:  # type: ignore[no-untyped-def]
    units = frame["unit"].fillna("")
    values = frame["value"].fillna(0.0)
    return amounts(frame.assign(unit=units, value=values))
