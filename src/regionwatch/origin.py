"""Provenance carried with every figure from the moment it is read (after OWID's ``Origin``)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from urllib.parse import urlparse

from .errors import InvalidInput, shorten

__all__ = ["SOURCE_TYPES", "Origin", "file_checksum"]

#: How far a source is trusted, best first. The default observation prefers the best kind.
SOURCE_TYPES = ("official", "news", "unknown", "secondary")


@dataclass(frozen=True)
class Origin:
    """Where a figure comes from.

    ``source_type`` ranks sources when they disagree: ``official`` (statistics bureaus,
    statistical communiqués, yearbooks, government reports), ``news``, ``unknown``, and
    ``secondary`` (wikis, blogs, aggregators).
    """

    title: str
    producer: str | None = None
    url: str | None = None
    date_published: dt.date | None = None
    date_accessed: dt.date | None = None
    license: str | None = None
    source_type: str = "unknown"
    description: str | None = None
    checksum: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.source_type not in SOURCE_TYPES:
            raise InvalidInput(f"source_type must be one of {SOURCE_TYPES}, not {self.source_type!r}")
        for name in ("date_published", "date_accessed"):
            value = getattr(self, name)
            if isinstance(value, str):
                try:
                    object.__setattr__(self, name, dt.date.fromisoformat(value) if value else None)
                except ValueError:
                    raise InvalidInput(f"{name} takes a YYYY-MM-DD date, not {shorten(value)}") from None

    @property
    def publisher(self) -> str | None:
        """The producer, or the web host of the url when no producer is named."""
        if self.producer:
            return self.producer
        if self.url:
            host = urlparse(self.url).netloc
            return host.removeprefix("www.") or None
        return None

    def with_checksum(self, checksum: str) -> Origin:
        return replace(self, checksum=checksum)

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        for k in ("date_published", "date_accessed"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


def file_checksum(path: str | Path) -> str:
    """SHA-256 of a file's bytes, as hex."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
