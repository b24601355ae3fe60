"""Check documents: extract every figure, judge it against the article itself and against the record.

The check only reads: the record is queried once per document for every key its claims name, and
nothing is stored (``Observatory.check`` opens the store read-only when it can).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from ..extract import Document, extract_claims, money_figures
from ..gazetteer import Gazetteer
from ..store import Store
from ._figures import Stated
from ._record import Rows, against_record
from ._report import DocumentCheck, FigureCheck, Finding
from ._within import within_article

__all__ = ["check_document"]


def check_document(
    doc: Document, store: Store | None, gz: Gazetteer, *, lang: str | None = None, as_of: dt.datetime | None = None
) -> DocumentCheck:
    """Every figure of ``doc`` with its verdict; ``store=None`` checks the article against itself only."""
    claims = extract_claims(doc.text, lang=lang or doc.lang, published=doc.published, gazetteer=gz, source_url=doc.url)
    figures = [FigureCheck(doc.text[c.start : c.end], c.start, c.end, c, _name(c.region, gz)) for c in claims]
    stated = [Stated(i, f.claim, doc.text[f.start : f.end]) for i, f in enumerate(figures) if f.claim is not None]
    within_article(stated, lambda i, finding: _add(figures[i], finding), doc.published, gz)
    rows = _record(store, stated, as_of)
    for s in stated:
        figures[s.index].findings.insert(0, against_record(s, rows, doc.published))
    figures += _unplaced(doc, lang, figures)
    figures.sort(key=lambda f: (f.start, f.end))
    return DocumentCheck(doc.doc_id, doc.text, lang or doc.lang, doc.published, doc.title, doc.url, figures)


def _add(figure: FigureCheck, finding: Finding) -> None:
    if finding not in figure.findings:
        figure.findings.append(finding)


def _name(code: str, gz: Gazetteer) -> str | None:
    if code == "CN":
        return "全国 China"
    return f"{gz.get(code).name_zh} {gz.get(code).name_en}" if code in gz else None


def _record(store: Store | None, stated: list[Stated], as_of: dt.datetime | None) -> Rows:
    keys = {(s.claim.region, s.claim.indicator, s.claim.period) for s in stated}
    keys |= {(s.claim.relative_to, s.claim.indicator, s.claim.period) for s in stated if s.claim.relative_to}
    rows: Rows = defaultdict(list)
    if store is None or not keys:
        return rows
    for row in store.record(sorted(keys), as_of).to_dict("records"):
        rows[(row["region"], row["indicator"], row["period"])].append(row)
    return rows


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans joined where they overlap, so one binary search tells whether a span is covered."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _unplaced(doc: Document, lang: str | None, figures: list[FigureCheck]) -> list[FigureCheck]:
    """Money figures that no claim covers: shown, and said to be unverifiable."""
    covered = _merged(sorted((f.start, f.end) for f in figures))
    starts = [s for s, _ in covered]
    out = []
    for start, end, value, unit in money_figures(doc.text, lang or doc.lang):
        i = bisect.bisect_left(starts, end) - 1  # the last covered span that begins before this figure ends
        if i >= 0 and covered[i][1] > start:
            continue
        finding = Finding(
            "no-place",
            "unknown",
            "the extractor found this figure but could not tell which place and indicator it is about",
            {"value": value, "unit": unit},
        )
        out.append(FigureCheck(doc.text[start:end], start, end, None, None, [finding]))
    return out
