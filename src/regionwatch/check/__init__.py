"""Check an article: every figure against the record and against the article itself.

``check_document`` extracts the figures of a document and gives each a verdict (``VERDICTS``), with the
findings and evidence behind it (``CHECK_RULES``); ``report_html`` renders a report as one page.
"""

from ._check import check_document
from ._html import report_html
from ._report import CHECK_RULES, VERDICTS, CheckReport, DocumentCheck, FigureCheck, Finding

__all__ = [
    "CHECK_RULES",
    "VERDICTS",
    "CheckReport",
    "DocumentCheck",
    "FigureCheck",
    "Finding",
    "check_document",
    "report_html",
]
