"""Ingestion of tables (and, later, text) into claims with provenance."""

from ._files import ingest_file, validate_file
from .report import PROBLEM_CODES, IngestError, IngestReport, Problem
from .tables import TableOptions

__all__ = ["PROBLEM_CODES", "IngestError", "IngestReport", "Problem", "TableOptions", "ingest_file", "validate_file"]
