"""Reading table files into frames of text cells, with precise errors for broken files."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..encodings import DecodeError, decode_bytes
from .report import Problem

Progress = Callable[[str, int, int], None]

FORMATS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
}


@dataclass
class RawTable:
    frame: pd.DataFrame  # one column per header; cells are text (CSV/XLSX) or typed (Parquet)
    format: str
    encoding: str | None = None


class ReadFailure(Exception):
    def __init__(self, problems: list[Problem], fmt: str | None = None) -> None:
        super().__init__(problems[0].message if problems else "unreadable")
        self.problems = problems
        self.format = fmt


def detect_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReadFailure(
            [
                Problem(
                    "unsupported-format",
                    f"unsupported file type {path.suffix or '(none)'}: use CSV, TSV, XLSX or Parquet",
                    str(path),
                )
            ]
        )
    return fmt


def read_table(
    path: Path,
    data: bytes,
    *,
    encoding: str | None = None,
    sheet: str | int | None = None,
    progress: Progress | None = None,
) -> RawTable:
    fmt = detect_format(path)
    if fmt == "csv":
        text, used = decode(path, data, encoding)
        utf8 = data[3:] if used == "utf-8-sig" else data if used == "utf-8" else None
        frame = read_csv_text(path, text, progress=progress, utf8=utf8)
        return RawTable(frame, fmt, used)
    if fmt == "xlsx":
        try:
            frame = pd.read_excel(io.BytesIO(data), sheet_name=sheet or 0, dtype=str, engine="openpyxl")
        except Exception as e:  # openpyxl raises many types on corrupt files
            raise ReadFailure([Problem("unreadable-file", f"cannot read XLSX: {e}", str(path))], fmt) from e
        _check_headers(path, [str(c) for c in frame.columns], unnamed_prefix="Unnamed:")
        frame.columns = [str(c).strip() for c in frame.columns]
        return RawTable(frame.dropna(how="all"), fmt)
    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as e:
        raise ReadFailure([Problem("unreadable-file", f"cannot read Parquet: {e}", str(path))], fmt) from e
    frame = table.to_pandas()
    frame.columns = [str(c).strip() for c in frame.columns]
    return RawTable(frame, fmt)


def decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    """Text of a CSV file (see ``regionwatch.encodings``); a failure is an encoding-error naming byte and line."""
    try:
        return decode_bytes(data, encoding)
    except DecodeError as e:
        row = _line_of(data, e.position) if e.position is not None else None
        raise ReadFailure([Problem("encoding-error", str(e), str(path), row)], "csv") from None


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _sniff_delimiter(header_line: str) -> str:
    return "\t" if header_line.count("\t") > header_line.count(",") else ","


def read_csv_text(
    path: Path, text: str, *, progress: Progress | None = None, utf8: bytes | None = None
) -> pd.DataFrame:
    """Parse CSV text with Arrow's reader (``utf8``: the same text as UTF-8 bytes, saving a copy)."""
    name = str(path)
    if not text.strip():
        raise ReadFailure([Problem("empty-file", "the file is empty", name)], "csv")
    header_line = text.split("\n", 1)[0]
    delimiter = _sniff_delimiter(header_line)
    header = next(csv.reader([header_line.rstrip("\r")], delimiter=delimiter))
    _check_headers(path, header)
    data = utf8 if utf8 is not None else text.encode("utf-8")
    total = len(data)
    buffer = io.BytesIO(data)
    try:
        reader = pacsv.open_csv(
            buffer,
            read_options=pacsv.ReadOptions(block_size=1 << 22),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={h: pa.string() for h in header}, strings_can_be_null=False
            ),
        )
        batches = []
        for batch in reader:
            batches.append(batch)
            if progress:
                progress("read", min(buffer.tell(), total), total)
        table = pa.Table.from_batches(batches, schema=reader.schema)
    except (pa.ArrowInvalid, pa.ArrowKeyError) as e:
        raise ReadFailure(
            locate_csv_problems(path, text, delimiter) or [Problem("malformed-csv", f"cannot parse CSV: {e}", name)],
            "csv",
        ) from e
    if progress:
        progress("read", total, total)
    frame = table.to_pandas()
    frame.columns = [h.strip() for h in header]
    return frame


def _check_headers(path: Path, header: list[str], unnamed_prefix: str | None = None) -> None:
    problems = []
    seen: set[str] = set()
    for i, h in enumerate(header, 1):
        h = h.strip()
        if not h or (unnamed_prefix and h.startswith(unnamed_prefix)):
            problems.append(Problem("blank-header", f"column {i} has no name", str(path), 1, f"#{i}"))
        elif h in seen:
            problems.append(Problem("duplicate-header", f"column name {h!r} appears twice", str(path), 1, h))
        seen.add(h)
    if problems:
        raise ReadFailure(problems, "csv")


def locate_csv_problems(path: Path, text: str, delimiter: str, limit: int = 50) -> list[Problem]:
    """Walk a CSV that the fast reader refused and say which rows are broken and how."""
    name = str(path)
    problems: list[Problem] = []
    ends_cleanly = text.endswith(("\n", "\r"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    width = None
    try:
        rows = list(_numbered(reader))
    except csv.Error as e:
        return [Problem("malformed-csv", f"broken CSV near line {reader.line_num}: {e}", name, reader.line_num)]
    if rows:
        width = len(rows[0][1])
    last_line = rows[-1][0] if rows else 0
    for line, row in rows[1:]:
        if row == [] or row == [""]:
            continue
        if len(row) > (width or 0):
            problems.append(Problem("extra-fields", f"row has {len(row)} fields, the header {width}", name, line))
        elif len(row) < (width or 0):
            if line == last_line and not ends_cleanly:
                problems.append(
                    Problem(
                        "truncated-row",
                        f"the file ends in the middle of row {line}: {len(row)} of {width} fields",
                        name,
                        line,
                    )
                )
            else:
                problems.append(Problem("missing-fields", f"row has {len(row)} fields, the header {width}", name, line))
        if len(problems) >= limit:
            break
    return problems


def _numbered(reader):  # type: ignore[no-untyped-def]
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1
