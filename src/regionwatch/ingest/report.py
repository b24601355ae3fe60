"""Validation reports: typed problems with file, row and column, as in frictionless."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pandas as pd

__all__ = ["IngestError", "IngestReport", "Problem"]

#: every problem code, with what it means
PROBLEM_CODES = {
    "unsupported-format": "the file type is not CSV, TSV, XLSX or Parquet",
    "unreadable-file": "the file cannot be opened or parsed at all",
    "encoding-error": "the bytes are not text in the expected encoding",
    "malformed-csv": "the CSV structure is broken (an unclosed quote, a stray character)",
    "truncated-row": "the last row ends before all its fields (a file cut off mid-row)",
    "extra-fields": "a row has more fields than the header",
    "missing-fields": "a row has fewer fields than the header",
    "blank-header": "a column has no name",
    "duplicate-header": "two columns have the same name",
    "missing-column": "a required column (region, period, value, indicator, unit) is absent",
    "missing-value": "a required cell is empty",
    "unknown-region": "the region is neither a known code nor a known name",
    "ambiguous-region": "the region name fits several places",
    "invalid-period": "the period is not a year, half-year, quarter range or year range",
    "unknown-indicator": "the indicator is not in the vocabulary and not 'other:…'",
    "unknown-unit": "the unit is not understood",
    "unit-mismatch": "the unit does not fit the indicator",
    "non-numeric-value": "the value is not a number",
    "negative-value": "a negative value for an indicator that cannot be negative",
    "invalid-qualifier": "the qualifier is not exact, approx, at_least or at_most",
    "invalid-kind": "the kind is not actual, target or expected",
    "conflicting-duplicate": "two rows state different values for the same figure from the same source",
    "duplicate-row": "a row repeats another row exactly (kept once)",
    "empty-file": "the file has no data rows",
}


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    file: str
    row: int | None = None
    column: str | None = None
    severity: str = "error"

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class IngestReport:
    """What happened to one file: its status, counts and every problem found."""

    file: str
    format: str | None = None
    status: str = "invalid"  # ingested | unchanged | invalid | valid (dry run)
    checksum: str | None = None
    rows_read: int = 0
    claims: int = 0
    rows_skipped: int = 0
    ingest_id: int | None = None
    vintage: int | None = None
    observations_written: int = 0
    observations_revised: int = 0
    problems: list[Problem] = field(default_factory=list)
    problems_not_listed: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def valid(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, object]:
        d = {k: v for k, v in asdict(self).items() if k != "problems"}
        d["valid"] = self.valid
        d["errors"] = [p.to_dict() for p in self.errors]
        d["warnings"] = [p.to_dict() for p in self.warnings]
        return d

    def problems_frame(self) -> pd.DataFrame:
        cols = ["severity", "code", "file", "row", "column", "message"]
        return pd.DataFrame([p.to_dict() for p in self.problems], columns=cols)


class IngestError(ValueError):
    """Raised by ``Observatory.ingest(strict=True)`` when a file is invalid; carries the report."""

    def __init__(self, report: IngestReport) -> None:
        first = report.errors[0] if report.errors else None
        where = f" (row {first.row})" if first and first.row else ""
        detail = f": {first.message}{where}" if first else ""
        more = len(report.errors) - 1 + report.problems_not_listed
        tail = f" and {more} more problem(s)" if more > 0 else ""
        super().__init__(f"{report.file} was not ingested{detail}{tail}")
        self.report = report
