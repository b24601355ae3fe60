"""One file → one atomic, idempotent ingest."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from ..claims import claims_table
from ..gazetteer import Gazetteer
from ..origin import Origin
from ..store import Store
from ._read import Progress, ReadFailure, read_table
from .report import IngestReport, Problem, ProblemCode
from .tables import Normalised, TableOptions, normalise_table


def _prepare(
    path: Path,
    data: bytes,
    options: TableOptions,
    gazetteer: Gazetteer,
    origin: Origin,
    encoding: str | None,
    sheet: str | int | None,
    progress: Progress | None,
    report: IngestReport,
) -> Normalised | None:
    try:
        raw = read_table(path, data, encoding=encoding, sheet=sheet, progress=progress)
    except ReadFailure as e:
        report.format = e.format or report.format
        report.problems = e.problems
        return None
    report.format = raw.format
    if progress:
        progress("validate", 0, 1)
    result = normalise_table(raw.frame, str(path), options, gazetteer, origin)
    if progress:
        progress("validate", 1, 1)
    report.rows_read = result.rows_read
    report.problems = result.problems
    report.problems_not_listed = result.problems_not_listed
    report.rows_skipped = result.rows_skipped
    return result


def _read_bytes(path: Path, report: IngestReport) -> bytes | None:
    """The file's bytes with their checksum in the report, or None with an unreadable-file problem."""
    try:
        data = path.read_bytes()
    except OSError as e:
        report.problems = [_unreadable(path, e)]
        return None
    report.checksum = hashlib.sha256(data).hexdigest()
    return data


def _origin_for(path: Path, origin: Origin | None, checksum: str) -> Origin:
    if origin is None:
        origin = Origin(title=path.name)
    return dataclasses.replace(origin, checksum=checksum)


def validate_file(
    path: str | Path,
    gazetteer: Gazetteer,
    *,
    origin: Origin | None = None,
    options: TableOptions | None = None,
    encoding: str | None = None,
    sheet: str | int | None = None,
) -> IngestReport:
    """Check a file as ingest would, writing nothing."""
    path = Path(path)
    report = IngestReport(file=str(path))
    data = _read_bytes(path, report)
    if data is None:
        return report
    result = _prepare(
        path,
        data,
        options or TableOptions(),
        gazetteer,
        _origin_for(path, origin, report.checksum),
        encoding,
        sheet,
        None,
        report,
    )
    if result is not None:
        report.claims = len(result.claims)
        report.status = "valid" if report.valid else "invalid"
    return report


def ingest_file(
    store: Store,
    path: str | Path,
    gazetteer: Gazetteer,
    *,
    origin: Origin | None = None,
    options: TableOptions | None = None,
    encoding: str | None = None,
    sheet: str | int | None = None,
    progress: Progress | None = None,
    accept: str = "unflagged",
) -> IngestReport:
    """Validate a file and, when it is valid (or bad rows may be skipped), store its claims in one transaction.

    A file whose checksum is already stored changes nothing; a changed file at a known path becomes
    the next vintage of that path. The store is released while the file is parsed, so readers are
    only kept waiting while the claims are written. ``accept`` (default: the unflagged figures)
    says which claims count at once; the rest wait for review.
    """
    path = Path(path)
    options = options or TableOptions()
    report = IngestReport(file=str(path))
    data = _read_bytes(path, report)
    if data is None:
        return report
    checksum = str(report.checksum)
    seen = store.find_ingest(checksum)
    store.release()
    if seen is not None:
        return _unchanged(report, seen)
    result = _prepare(
        path, data, options, gazetteer, _origin_for(path, origin, checksum), encoding, sheet, progress, report
    )
    if result is not None and not len(result.claims) and report.valid:
        report.problems.append(Problem(ProblemCode.EMPTY_FILE, "the table holds no figures", str(path)))
    if result is None or not len(result.claims) or (report.errors and not options.skip_bad_rows):
        report.status = "invalid"
        return report
    if progress:
        progress("write", 0, 1)
    counts = store.write(
        path_key=str(path.resolve()),
        file_name=path.name,
        checksum=checksum,
        fmt=str(report.format),
        rows_read=result.rows_read,
        rows_skipped=result.rows_skipped,
        options={k: v for k, v in dataclasses.asdict(options).items() if v not in (None, {}, False)},
        origins=result.origins,
        claims=claims_table(result.claims),
        accept=accept,
    )
    if progress:
        progress("write", 1, 1)
    if counts.get("unchanged"):  # stored by another process while we parsed
        return _unchanged(report, counts)
    report.status = "ingested"
    for name in (
        "claims",
        "ingest_id",
        "vintage",
        "flagged",
        "pending",
        "observations_written",
        "observations_revised",
    ):
        setattr(report, name, counts[name])
    if counts["pending"]:
        report.problems.append(
            Problem(
                ProblemCode.HELD_FOR_REVIEW,
                f"{counts['pending']} figure(s) wait for review: regionwatch review list --ingest {report.ingest_id}",
                str(path),
                severity="warning",
            )
        )
    return report


def _unchanged(report: IngestReport, seen: dict[str, object]) -> IngestReport:
    report.status = "unchanged"
    report.format = str(seen.get("format") or report.format)
    report.ingest_id = int(seen["ingest_id"])  # type: ignore[call-overload]
    report.vintage = int(seen["vintage"])  # type: ignore[call-overload]
    return report


def _unreadable(path: Path, e: OSError) -> Problem:
    return Problem(ProblemCode.UNREADABLE_FILE, f"cannot open: {e.strerror or e}", str(path))
