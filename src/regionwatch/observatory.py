"""``Observatory``: the one library object that the CLI (and later the HTTP API) wrap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import queries
from .analytics import club, next_candidates, parse_threshold
from .extract import Claim, Document, extract_claims, read_documents
from .gazetteer import Gazetteer, Region, data_path
from .ingest import IngestError, IngestReport, TableOptions, ingest_file, validate_file
from .ingest._read import Progress
from .origin import Origin
from .store import RULE_TEXT, Store

__all__ = ["BUNDLED_ORIGIN", "Extraction", "Observatory"]

BUNDLED_ORIGIN = Origin(
    title="regionwatch curated GDP figures for the trillion-yuan-club districts",
    producer="regionwatch (hand-compiled from cited public web pages)",
    license="CC0-1.0",
    source_type="unknown",
    description="Each row cites the page it was read from; see ATTRIBUTION.md.",
)

COUNTRY_NAMES = {"cn", "china", "中国", "全国", "national"}


@dataclass
class Extraction:
    """The claims read from one document and, with ``store=True``, what the store did with them."""

    document: Document
    claims: list[Claim]
    status: str | None = None  # ingested | unchanged | None (not stored)
    ingest_id: int | None = None

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def to_dict(self) -> dict[str, object]:
        return {"doc_id": self.doc_id, "claims": [c.to_dict() for c in self.claims]}


LEVEL_ALIASES = {
    "county": "county",
    "district": "county",
    "prefecture": "prefecture",
    "city": "prefecture",
    "province": "province",
}


class Observatory:
    """An observatory backed by one DuckDB file.

    >>> obs = Observatory("regionwatch.duckdb")
    >>> obs.init()                      # gazetteer + bundled figures, idempotent
    >>> obs.club("1万亿")               # DataFrame of members with first year and sources
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, clock=None) -> None:  # type: ignore[no-untyped-def]
        self.store = Store(path, read_only=read_only, clock=clock)
        self.gazetteer = Gazetteer.load()

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Observatory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ setup and status

    def init(self, *, bundled: bool = True) -> IngestReport | None:
        """Create the store's tables and load the bundled curated figures (idempotent)."""
        if not bundled:
            return None
        return self.ingest(data_path("curated_gdp.csv"), origin=BUNDLED_ORIGIN, strict=True)[0]

    def status(self) -> dict[str, object]:
        return self.store.status()

    # ------------------------------------------------------------------ gazetteer

    def search_regions(
        self,
        text: str,
        *,
        within: str | None = None,
        year: int | None = None,
        level: str | None = None,
        limit: int | None = 20,
    ) -> pd.DataFrame:
        matches = self.gazetteer.search(text, within=within, year=year, level=_level(level), limit=limit)
        cols = [
            "code",
            "name_zh",
            "name_en",
            "level",
            "kind",
            "parent_code",
            "parents",
            "parents_en",
            "valid_from",
            "valid_to",
            "score",
            "matched",
            "note",
        ]
        return pd.DataFrame([m.to_dict() for m in matches], columns=cols)

    def resolve(self, text: str, *, within: str | None = None, year: int | None = None) -> Region:
        return self.gazetteer.resolve(text, within=within, year=year)

    def region(self, code: str) -> dict[str, object]:
        """One region: names, hierarchy, every version of its code, predecessors, successors, events, children."""
        gz = self.gazetteer
        region = gz.get(code)
        return {
            **region.to_dict(),
            "parents": [
                {"code": p.code, "name_zh": p.name_zh, "name_en": p.name_en, "level": p.level}
                for p in gz.ancestors(region)
            ],
            "versions": [v.to_dict() for v in gz.versions(region.code)],
            "predecessors": [
                {"code": p.code, "name_zh": p.name_zh, "valid_to": p.valid_to} for p in gz.predecessors(region.code)
            ],
            "successor_regions": [
                {"code": s.code, "name_zh": s.name_zh, "name_en": s.name_en} for s in gz.successors(region)
            ],
            "events": gz.events(region.code),
            "children": [
                {"code": c.code, "name_zh": c.name_zh, "name_en": c.name_en, "kind": c.kind}
                for c in gz.children(region.code, year=None if region.active else region.valid_to - 1)
            ],
        }

    def _code(self, region: str, within: str | None = None) -> str:
        if str(region).strip().lower() in COUNTRY_NAMES:
            return "CN"
        return self.gazetteer.resolve(region, within=within).code

    # ------------------------------------------------------------------ ingestion

    def ingest(
        self,
        paths: str | Path | Iterable[str | Path],
        *,
        origin: Origin | None = None,
        options: TableOptions | None = None,
        encoding: str | None = None,
        sheet: str | int | None = None,
        strict: bool = False,
        progress: Progress | None = None,
    ) -> list[IngestReport]:
        """Ingest table files, each atomically; with ``strict`` an invalid file raises IngestError."""
        reports = []
        for path in _paths(paths):
            report = ingest_file(
                self.store,
                path,
                self.gazetteer,
                origin=origin,
                options=options,
                encoding=encoding,
                sheet=sheet,
                progress=progress,
            )
            if strict and report.status == "invalid":
                raise IngestError(report)
            reports.append(report)
        return reports

    def validate(
        self,
        paths: str | Path | Iterable[str | Path],
        *,
        options: TableOptions | None = None,
        encoding: str | None = None,
        sheet: str | int | None = None,
    ) -> list[IngestReport]:
        """Check files as ``ingest`` would, writing nothing."""
        return [
            validate_file(p, self.gazetteer, options=options, encoding=encoding, sheet=sheet) for p in _paths(paths)
        ]

    def extract(
        self,
        paths: str | Path | Iterable[str | Path],
        *,
        published: dt.date | str | None = None,
        lang: str | None = None,
        store: bool = False,
        source_type: str = "news",
    ) -> list[Extraction]:
        """Read documents (.txt, .html, .pdf, .jsonl) and extract their claims; with ``store`` keep them.

        ``published`` applies where the document does not carry its own date (JSONL field, HTML metadata).
        Stored claims carry the document's checksum, url, published date, character span, quote and page.
        """
        results = []
        for path in _paths(paths):
            for doc in read_documents(path):
                if doc.published is None and published:
                    doc.published = dt.date.fromisoformat(str(published)[:10])
                claims = extract_claims(
                    doc.text, lang=lang or doc.lang, published=doc.published, gazetteer=self.gazetteer
                )
                for c in claims:
                    c.page = doc.page_of(c.start) if doc.pages else None
                result = Extraction(doc, claims)
                if store:
                    self._store_extraction(result, source_type)
                results.append(result)
        return results

    def _store_extraction(self, result: Extraction, source_type: str) -> None:
        doc = result.document
        seen = self.store.find_ingest(doc.checksum)
        if seen is not None:
            result.status, result.ingest_id = "unchanged", int(seen["ingest_id"])
            return
        if not result.claims:
            result.status = "no claims"
            return
        origin = Origin(
            title=doc.title or doc.doc_id,
            url=doc.url,
            date_published=doc.published,
            date_accessed=dt.date.today(),
            source_type=source_type,
            checksum=doc.checksum,
            description=f"claims extracted from {doc.format} by regionwatch",
        )
        frame = pd.DataFrame(
            [
                {
                    "region": c.region,
                    "region_text": None,
                    "indicator": c.indicator,
                    "period": c.period,
                    "value": c.value,
                    "unit": c.unit,
                    "qualifier": c.qualifier,
                    "kind": c.kind,
                    "relative_to": c.relative_to,
                    "quote": c.quote,
                    "location": f"{doc.doc_id}:chars {c.start}-{c.end}",
                    "page": c.page,
                    "origin": 0,
                }
                for c in result.claims
            ]
        )
        key = f"{doc.path.resolve() if doc.path else doc.doc_id}#{doc.doc_id}"
        counts = self.store.write(
            path_key=key,
            file_name=doc.path.name if doc.path else doc.doc_id,
            checksum=doc.checksum,
            fmt=doc.format,
            rows_read=len(frame),
            rows_skipped=0,
            options={"extractor": "regionwatch"},
            origins=[origin],
            claims=frame,
        )
        result.status, result.ingest_id = "ingested", counts["ingest_id"]

    # ------------------------------------------------------------------ questions

    def club(
        self, threshold: str | float = 1e12, *, level: str = "county", as_of: dt.datetime | str | None = None
    ) -> pd.DataFrame:
        """Regions whose GDP reached ``threshold``, with the first year, the figure and its sources."""
        return club(self.store, parse_threshold(threshold), _level(level) or "county", _when(as_of))

    def next(
        self,
        threshold: str | float = 1e12,
        *,
        level: str = "county",
        limit: int | None = 10,
        as_of: dt.datetime | str | None = None,
    ) -> pd.DataFrame:
        """Non-members closest to ``threshold``, with growth and a naive years-to-threshold."""
        return next_candidates(self.store, parse_threshold(threshold), _level(level) or "county", limit, _when(as_of))

    def series(
        self,
        region: str,
        indicator: str | None = "gdp",
        *,
        within: str | None = None,
        as_of: dt.datetime | str | None = None,
    ) -> pd.DataFrame:
        """Every claim about a region and indicator, with its source; ``shown`` marks the default figure."""
        return queries.series(self.store, self._code(region, within), indicator, _when(as_of))

    def observations(
        self, region: str | None = None, indicator: str | None = None, *, as_of: dt.datetime | str | None = None
    ) -> pd.DataFrame:
        return queries.observations(self.store, self._code(region) if region else None, indicator, _when(as_of))

    def sources(self) -> pd.DataFrame:
        return queries.sources(self.store)

    @staticmethod
    def observation_rule() -> str:
        return RULE_TEXT


def _paths(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    if isinstance(paths, str | Path):
        return [Path(paths)]
    return [Path(p) for p in paths]


def _level(level: str | None) -> str | None:
    if level is None:
        return None
    try:
        return LEVEL_ALIASES[level.lower()]
    except KeyError:
        raise ValueError(f"level must be county, prefecture or province, not {level!r}") from None


def _when(value: dt.datetime | dt.date | str | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time.max)
    text = str(value).strip()
    parsed = dt.datetime.fromisoformat(text)
    if len(text) == 10:  # a date: the end of that day
        parsed = dt.datetime.combine(parsed.date(), dt.time.max)
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone(dt.UTC).replace(tzinfo=None)
