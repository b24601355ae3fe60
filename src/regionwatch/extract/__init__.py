"""Claims from text: economic figures in English and Chinese articles, communiqués and reports."""

from ._extractor import Claim, extract_claims

__all__ = ["Claim", "extract_claims"]
