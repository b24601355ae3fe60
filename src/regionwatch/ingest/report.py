"""Validation reports: typed problems with file, row and column, as in frictionless."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum

import pandas as pd

from ..errors import RegionwatchError

__all__ = ["PROBLEM_CODES", "IngestError", "IngestReport", "Problem", "ProblemCode"]


class ProblemCode(StrEnum):
    """Every kind of problem a report can hold; ``description`` says what it means."""

    UNSUPPORTED_FORMAT = "unsupported-format"
    UNREADABLE_FILE = "unreadable-file"
    ENCODING_ERROR = "encoding-error"
    MALFORMED_CSV = "malformed-csv"
    TRUNCATED_ROW = "truncated-row"
    EXTRA_FIELDS = "extra-fields"
    MISSING_FIELDS = "missing-fields"
    BLANK_HEADER = "blank-header"
    DUPLICATE_HEADER = "duplicate-header"
    MISSING_COLUMN = "missing-column"
    MISSING_VALUE = "missing-value"
    UNKNOWN_REGION = "unknown-region"
    AMBIGUOUS_REGION = "ambiguous-region"
    REGION_NOT_VALID_IN_PERIOD = "region-not-valid-in-period"
    INVALID_PERIOD = "invalid-period"
    UNKNOWN_INDICATOR = "unknown-indicator"
    UNKNOWN_UNIT = "unknown-unit"
    UNIT_MISMATCH = "unit-mismatch"
    UNIT_CONFLICT = "unit-conflict"
    NON_NUMERIC_VALUE = "non-numeric-value"
    NON_FINITE_VALUE = "non-finite-value"
    IMPLAUSIBLE_VALUE = "implausible-value"
    NEGATIVE_VALUE = "negative-value"
    INVALID_QUALIFIER = "invalid-qualifier"
    INVALID_KIND = "invalid-kind"
    INVALID_SOURCE_TYPE = "invalid-source-type"
    INVALID_DATE = "invalid-date"
    CONFLICTING_DUPLICATE = "conflicting-duplicate"
    DUPLICATE_ROW = "duplicate-row"
    EMPTY_FILE = "empty-file"
    HELD_FOR_REVIEW = "held-for-review"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    ProblemCode.UNSUPPORTED_FORMAT: "the file type is not CSV, TSV, XLSX or Parquet",
    ProblemCode.UNREADABLE_FILE: "the file cannot be opened or parsed at all",
    ProblemCode.ENCODING_ERROR: "the bytes are not text in the expected encoding (say which with --encoding)",
    ProblemCode.MALFORMED_CSV: "the CSV structure is broken (an unclosed quote, a stray character)",
    ProblemCode.TRUNCATED_ROW: "the last row ends before all its fields (a file cut off mid-row)",
    ProblemCode.EXTRA_FIELDS: "a row has more fields than the header",
    ProblemCode.MISSING_FIELDS: "a row has fewer fields than the header",
    ProblemCode.BLANK_HEADER: "a column has no name",
    ProblemCode.DUPLICATE_HEADER: "two columns have the same name",
    ProblemCode.MISSING_COLUMN: "a required column (region, period, value, indicator, unit) is absent",
    ProblemCode.MISSING_VALUE: "a required cell is empty",
    ProblemCode.UNKNOWN_REGION: "the region is neither a known code nor a known name",
    ProblemCode.AMBIGUOUS_REGION: "the region name fits several places",
    ProblemCode.REGION_NOT_VALID_IN_PERIOD: (
        "the code or name did not exist in the period (a warning naming its successor or predecessor)"
    ),
    ProblemCode.INVALID_PERIOD: "the period is not a year, half-year, quarter range or year range",
    ProblemCode.UNKNOWN_INDICATOR: "the indicator is not in the vocabulary and not 'other:…'",
    ProblemCode.UNKNOWN_UNIT: "the unit is not understood",
    ProblemCode.UNIT_MISMATCH: "the unit does not fit the indicator",
    ProblemCode.UNIT_CONFLICT: "the unit written in the cell contradicts the unit column",
    ProblemCode.NON_NUMERIC_VALUE: "the value is not a number",
    ProblemCode.NON_FINITE_VALUE: "the value is infinite or not a number (inf, NaN, 1e400)",
    ProblemCode.IMPLAUSIBLE_VALUE: "the value is beyond any plausible economy (over 1e16 yuan, say)",
    ProblemCode.NEGATIVE_VALUE: "a negative value for an indicator that cannot be negative",
    ProblemCode.INVALID_QUALIFIER: "the qualifier is not exact, approx, at_least or at_most",
    ProblemCode.INVALID_KIND: "the kind is not actual, target or expected",
    ProblemCode.INVALID_SOURCE_TYPE: "the source_type is not official, news, unknown or secondary",
    ProblemCode.INVALID_DATE: "a date (source_published) is not YYYY-MM-DD",
    ProblemCode.CONFLICTING_DUPLICATE: "two rows state different values for the same figure from the same source",
    ProblemCode.DUPLICATE_ROW: "a row repeats another row exactly (kept once)",
    ProblemCode.EMPTY_FILE: "the file has no data rows",
    ProblemCode.HELD_FOR_REVIEW: "figures a plausibility check flagged wait for review instead of counting",
}

#: every problem code, with what it means (as plain strings)
PROBLEM_CODES = {c.value: c.description for c in ProblemCode}


@dataclass(frozen=True)
class Problem:
    code: ProblemCode
    message: str
    file: str
    row: int | None = None
    column: str | None = None
    severity: str = "error"

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", ProblemCode(self.code))  # an unknown code is a bug: fail loudly

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "code": self.code.value}


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
    flagged: int = 0
    pending: int = 0
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


class IngestError(RegionwatchError, ValueError):
    """Raised by ``Observatory.ingest(strict=True)`` when a file is invalid; carries the report."""

    def __init__(self, report: IngestReport) -> None:
        first = report.errors[0] if report.errors else None
        where = f" (row {first.row})" if first and first.row else ""
        detail = f": {first.message}{where}" if first else ""
        more = len(report.errors) - 1 + report.problems_not_listed
        tail = f" and {more} more problem(s)" if more > 0 else ""
        super().__init__(f"{report.file} was not ingested{detail}{tail}")
        self.report = report
