"""Ingestion of tables and texts into claims with provenance: one write path into the store."""

from ._files import ingest_file, validate_file
from .report import PROBLEM_CODES, IngestError, IngestReport, Problem, ProblemCode
from .tables import TableOptions
from .texts import TextIngest, store_document

__all__ = [
    "PROBLEM_CODES",
    "IngestError",
    "IngestReport",
    "Problem",
    "ProblemCode",
    "TableOptions",
    "TextIngest",
    "ingest_file",
    "store_document",
    "validate_file",
]
