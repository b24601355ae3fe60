"""Claims from text: economic figures in English and Chinese articles, communiqués and reports."""

from ._extractor import Claim, extract_claims
from .documents import Document, DocumentError, read_documents

__all__ = ["Claim", "Document", "DocumentError", "extract_claims", "read_documents"]
