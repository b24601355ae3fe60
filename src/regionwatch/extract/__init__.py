"""Claims from text: economic figures in English and Chinese articles, communiqués and reports."""

from ._extractor import Claim, extract_claims
from ._figures import money_figures
from .documents import Document, DocumentError, read_documents, text_document

__all__ = ["Claim", "Document", "DocumentError", "extract_claims", "money_figures", "read_documents", "text_document"]
