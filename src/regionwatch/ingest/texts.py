"""Documents → stored claims: the text side of the one write path (tables are in ``_files``).

Claims read from text enter as ``pending`` unless the caller accepts them (``accept="unflagged"``
accepts those no plausibility check flagged); a value no economy can reach is refused, not stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..claims import claims_table
from ..extract import Claim, Document
from ..origin import Origin
from ..store import Store
from ..units import implausible

__all__ = ["TextIngest", "store_document"]


@dataclass
class TextIngest:
    """What the store did with one document's claims."""

    status: str  # ingested | unchanged | no claims
    ingest_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)


def store_document(
    store: Store, doc: Document, claims: list[Claim], *, source_type: str = "news", accept: str = "none"
) -> TextIngest:
    verdicts = [(c, implausible(c.value, c.unit)) for c in claims]
    refused = [f"{doc.doc_id}:chars {c.start}-{c.end}: {why}" for c, why in verdicts if why]
    kept = [c for c, why in verdicts if why is None]
    if not kept:
        seen = store.find_ingest(doc.checksum)
        if seen is not None:
            return TextIngest("unchanged", int(seen["ingest_id"]), refused=refused)
        return TextIngest("no claims", refused=refused)
    origin = Origin(
        title=doc.title or doc.doc_id,
        url=doc.url,
        date_published=doc.published,
        date_accessed=dt.date.today(),
        source_type=source_type,
        checksum=doc.checksum,
        description=f"claims extracted from {doc.format} by regionwatch",
    )
    table = claims_table(c.to_record(location=f"{doc.doc_id}:chars {c.start}-{c.end}") for c in kept)
    counts = store.write(
        path_key=f"{doc.path.resolve() if doc.path else doc.doc_id}#{doc.doc_id}",
        file_name=doc.path.name if doc.path else doc.doc_id,
        checksum=doc.checksum,
        fmt=doc.format,
        rows_read=len(claims),
        rows_skipped=len(refused),
        options={"extractor": "regionwatch", "accept": accept},
        origins=[origin],
        claims=table,
        accept=accept,
    )
    status = "unchanged" if counts.get("unchanged") else "ingested"
    return TextIngest(status, counts["ingest_id"], counts, refused)
