"""The corpus documents written differently, as other sources write the same text: hard-wrapped at a
fixed width (a PDF, a plain-text file), with Windows line ends, with spaces set between Chinese and
Latin letters or digits (2025 年 GDP 达 5201.3 亿元, as many sites and PDFs do), with every paragraph run
into one (a page scraped without its breaks), and with every sentence on a line of its own. The gold claims
do not change: a reader that holds on unseen documents should score about the same on each. Last, the
documents as if written some years later (years moved in text, date and gold alike: ``years_shifted``).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

__all__ = ["PERTURBATIONS", "years_shifted"]

_HAN = r"\u4e00-\u9fff"


def _wrapped(text: str, lang: str) -> str:
    """Each paragraph after the title cut into lines: English at 72 columns, Chinese every 36 characters."""
    out = []
    for k, para in enumerate(text.split("\n")):
        if k == 0 or not para.strip():
            out.append(para)
        elif lang == "zh":
            out += [para[i : i + 36] for i in range(0, len(para), 36)]
        else:
            out += textwrap.wrap(para, 72) or [""]
    return "\n".join(out)


def _spaced(text: str, lang: str) -> str:
    if lang != "zh":
        return text
    text = re.sub(rf"([{_HAN}])([A-Za-z0-9])", r"\1 \2", text)
    return re.sub(rf"([A-Za-z0-9%])([{_HAN}])", r"\1 \2", text)


def _one_paragraph(text: str, lang: str) -> str:
    title, _, body = text.partition("\n")
    return title + "\n\n" + re.sub(r"\s*\n\s*", " " if lang == "en" else "", body)


def _sentence_lines(text: str, lang: str) -> str:
    """Every sentence on a line of its own, as some pages set them."""
    if lang == "zh":
        return re.sub(r"(。)(?=[^\n」”\"])", r"\1\n", text)
    return re.sub(r"(?<=[a-z0-9%)])\. (?=[A-Z])", ".\n", text)


_FIXED_YEARS = re.compile(r"十[一二三四五]五|五年|普查|census|five-year|plan|规划|改革开放|周年|anniversary", re.I)
_A_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?!\d|\.\d)")


def years_shifted(doc: dict, by: int) -> dict | None:
    """The document as if written ``by`` years later: every year in its text, its date and its gold periods
    moved; None for a document whose years are tied to a calendar (a five-year plan, a census, an
    anniversary), which a shift would make untrue. A reader with no year built in scores the same."""
    if _FIXED_YEARS.search(doc["text"]):
        return None
    move = lambda text: _A_YEAR.sub(lambda m: str(int(m.group()) + by), text)  # noqa: E731
    claims = [{**c, "period": move(c["period"])} for c in doc.get("claims", [])]
    published = move(doc["published"]) if doc.get("published") else doc.get("published")
    return {**doc, "text": move(doc["text"]), "published": published, "claims": claims}


PERTURBATIONS: dict[str, Callable[[str, str], str]] = {
    "wrapped": _wrapped,
    "crlf": lambda text, lang: text.replace("\n", "\r\n"),
    "spaced": _spaced,
    "one paragraph": _one_paragraph,
    "sentence lines": _sentence_lines,
}
