"""``Observatory``: the one library object that the CLI (and later the HTTP API) wrap."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

import pandas as pd

from ._arguments import as_date, as_of_time, check_policy, doubts_of, indicator_of, level_of, limit_of, paths_of
from .analytics import club, next_candidates, parse_threshold
from .check import CheckReport, check_document
from .errors import InvalidInput, shorten
from .extract import Claim, Document, extract_claims, read_documents, text_document
from .gazetteer import Gazetteer, Region, data_path
from .indicators import INDICATORS
from .ingest import IngestError, IngestReport, TableOptions, ingest_file, store_document, validate_file
from .ingest._read import Progress
from .origin import Origin
from .store import FLAG_CODES, RULE_TEXT, ClaimFilter, Store

__all__ = ["BUNDLED_ORIGIN", "Extraction", "Observatory"]

P = ParamSpec("P")
R = TypeVar("R")


def _operation(method: Callable[P, R]) -> Callable[P, R]:
    """A public operation: the store is released when it ends, so other processes get their turn."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self = args[0]
        try:
            return method(*args, **kwargs)
        finally:
            if not self.keep_open:  # type: ignore[attr-defined]
                self.store.release()  # type: ignore[attr-defined]

    return wrapper


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
    status: str | None = None  # ingested | unchanged | no claims | None (not stored)
    ingest_id: int | None = None
    pending: int = 0
    refused: tuple[str, ...] = ()

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def to_dict(self) -> dict[str, object]:
        return {"doc_id": self.doc_id, "claims": [c.to_dict() for c in self.claims]}


class Observatory:
    """An observatory backed by one DuckDB file.

    >>> obs = Observatory("regionwatch.duckdb")
    >>> obs.init()                      # gazetteer + bundled figures, idempotent
    >>> obs.club("1万亿")               # DataFrame of members with first year and sources

    ``read_only`` opens the file for reading only (any number of readers may run while one writer
    waits its turn); ``create=False`` refuses a path whose folder does not exist. The file is held
    only during each call unless ``keep_open``; a busy store is waited for ``lock_timeout`` seconds.
    ``store`` hands over a ``Store`` already made (a server's borrowed reader), instead of ``path``.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        create: bool = True,
        clock: Callable[[], dt.datetime] | None = None,
        lock_timeout: float | None = None,
        keep_open: bool = False,
        store: Store | None = None,
    ) -> None:
        self.store = store or Store(path, read_only=read_only, create=create, clock=clock, lock_timeout=lock_timeout)
        self.gazetteer = Gazetteer.load()
        self.keep_open = keep_open

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

    @_operation
    def init(self, *, bundled: bool = True) -> IngestReport | None:
        """Create the store's tables and load the bundled curated figures (idempotent)."""
        self.store.con  # noqa: B018 - opening creates and migrates the store
        if not bundled:
            return None
        return self.ingest(data_path("curated_gdp.csv"), origin=BUNDLED_ORIGIN, strict=True)[0]

    @_operation
    def status(self) -> dict[str, object]:
        return self.store.status()

    @_operation
    def optimize(self) -> dict[str, int]:
        """Reorder the stored claims and observations by region so that one region's series reads a small
        part of a large store (nothing else changes); returns the rows rewritten per table."""
        return self.store.optimize()

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
        """Regions matching a name or code in Chinese, pinyin or English, best first."""
        matches = self.gazetteer.search(text, within=within, year=year, level=level_of(level), limit=limit_of(limit))
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
        df = pd.DataFrame([m.to_dict() for m in matches], columns=cols)
        df["valid_to"] = df["valid_to"].astype("Int64")
        return df

    def resolve(self, text: str, *, within: str | None = None, year: int | None = None) -> Region:
        return self.gazetteer.resolve(text, within=within, year=year)

    def region(self, code: str) -> dict[str, object]:
        """One region (a code, or a name that resolves to one): names, hierarchy, versions, history, children."""
        gz = self.gazetteer
        region = gz.get(code) if code in gz else gz.resolve(code)
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

    @_operation
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
        accept: str = "unflagged",
    ) -> list[IngestReport]:
        """Ingest table files, each atomically; with ``strict`` an invalid file raises IngestError.

        Table figures count at once unless a plausibility check flags them (``accept="unflagged"``);
        ``accept="none"`` holds them all for review, ``"all"`` accepts even the flagged ones.
        """
        check_policy(accept)
        reports = []
        for path in paths_of(paths):
            report = ingest_file(
                self.store,
                path,
                self.gazetteer,
                origin=origin,
                options=options,
                encoding=encoding,
                sheet=sheet,
                progress=progress,
                accept=accept,
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
        """Check files as ``ingest`` would, writing nothing (and not opening the store)."""
        return [
            validate_file(p, self.gazetteer, options=options, encoding=encoding, sheet=sheet) for p in paths_of(paths)
        ]

    @_operation
    def extract(
        self,
        paths: str | Path | Iterable[str | Path],
        *,
        published: dt.date | str | None = None,
        lang: str | None = None,
        store: bool = False,
        source_type: str = "news",
        accept: str = "none",
        encoding: str | None = None,
    ) -> list[Extraction]:
        """Read documents (.txt, .html, .pdf, .jsonl) and extract their claims; with ``store`` keep them.

        Every file is read before anything is stored, so a bad file stores nothing. Stored claims wait
        for review (``accept="none"``) unless ``accept="unflagged"`` (or ``"all"``). ``published``
        applies where the document carries no date of its own (JSONL field, HTML metadata).
        """
        check_policy(accept)
        when = as_date(published, "published")
        documents = [doc for path in paths_of(paths) for doc in read_documents(path, encoding=encoding)]
        results = []
        for doc in documents:
            if doc.published is None and when:
                doc.published = when
            claims = extract_claims(
                doc.text, lang=lang or doc.lang, published=doc.published, gazetteer=self.gazetteer, source_url=doc.url
            )
            for c in claims:
                c.page = doc.page_of(c.start) if doc.pages else None
            results.append(Extraction(doc, claims))
        if store:
            for result in results:
                done = store_document(
                    self.store, result.document, result.claims, source_type=source_type, accept=accept
                )
                result.status, result.ingest_id = done.status, done.ingest_id
                result.pending, result.refused = done.counts.get("pending", 0), tuple(done.refused)
        return results

    # ------------------------------------------------------------------ checking an article

    @_operation
    def check(
        self,
        path: str | Path | None = None,
        *,
        text: str | None = None,
        published: dt.date | str | None = None,
        lang: str | None = None,
        encoding: str | None = None,
        as_of: dt.datetime | str | None = None,
        name: str = "text",
    ) -> CheckReport:
        """Check every figure of a document (a file, or ``text``) against the record and against itself.

        Nothing is written. ``published`` applies where the document carries no date; the verdicts,
        their rules and evidence are in the report (``report.conflicts`` gates a pipeline).
        """
        if (path is None) == (text is None):
            raise InvalidInput("give a path or a text to check, not both and not neither")
        when = as_date(published, "published")
        docs = read_documents(path, encoding=encoding) if path is not None else [text_document(text, name=name)]  # type: ignore[arg-type]
        for doc in docs:
            doc.published = doc.published or when
        moment = as_of_time(as_of)
        checked = [check_document(d, self.store, self.gazetteer, lang=lang, as_of=moment) for d in docs]
        return CheckReport(checked, moment)

    # ------------------------------------------------------------------ review

    @_operation
    def review(
        self,
        claim_ids: Iterable[int] = (),
        *,
        status: str | None = "pending",
        region: str | None = None,
        indicator: str | None = None,
        period: str | None = None,
        source: int | None = None,
        ingest: int | None = None,
        flagged: bool | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Claims to review (default: every pending one), with quote, document, what was inferred and
        why each is doubtful (``flags``); the same filters select claims for ``accept``/``reject``."""
        rule = self._rule(claim_ids, status, region, indicator, period, source, ingest, flagged)
        df = self.store.claims(rule, limit_of(limit))
        df.insert(2, "name", [self._name(c) for c in df["region"]])
        df["doubts"] = [doubts_of(f, i) for f, i in zip(df["flags"], df["inferred"], strict=True)]
        return df

    @_operation
    def accept(self, claim_ids: Iterable[int] = (), *, reason: str | None = None, **rule: object) -> dict[str, int]:
        """Accept claims (by id, or every claim a rule selects: ``region=``, ``source=``, ``flagged=False``,
        ``all=True`` …); accepted claims may become observations at once."""
        return self._decide("accepted", claim_ids, reason, rule)

    @_operation
    def reject(self, claim_ids: Iterable[int] = (), *, reason: str | None = None, **rule: object) -> dict[str, int]:
        """Reject claims (same selection as ``accept``): they stay in the store and never count."""
        return self._decide("rejected", claim_ids, reason, rule)

    def _decide(self, decision: str, ids: Iterable[int], reason: str | None, rule: dict[str, object]) -> dict[str, int]:
        everything = bool(rule.pop("all", False))
        unknown = set(rule) - {"status", "region", "indicator", "period", "source", "ingest", "flagged"}
        if unknown:
            raise InvalidInput(f"unknown rule field(s): {', '.join(sorted(unknown))}")
        ids = tuple(int(i) for i in ids)
        if not ids and not any(v is not None for k, v in rule.items() if k != "status") and not everything:
            raise InvalidInput("say which claims: their ids, a rule (region, indicator, source …) or all=True")
        chosen = self._rule(ids, **{"status": None if ids else "pending", **rule})  # type: ignore[arg-type]
        return self.store.decide(chosen, decision, reason)

    def _rule(
        self,
        ids: Iterable[int],
        status: str | None = "pending",
        region: str | None = None,
        indicator: str | None = None,
        period: str | None = None,
        source: int | None = None,
        ingest: int | None = None,
        flagged: bool | None = None,
    ) -> ClaimFilter:
        if status is not None and status not in ("pending", "accepted", "rejected"):
            raise InvalidInput(f"status is pending, accepted or rejected, not {shorten(status)}")
        return ClaimFilter(
            claim_ids=tuple(int(i) for i in ids),
            status=status,
            region=self._code(region) if region else None,
            indicator=indicator_of(indicator),
            period=period,
            source_id=source,
            ingest_id=ingest,
            flagged=flagged,
        )

    def _name(self, code: str) -> str:
        if code not in self.gazetteer:
            return code
        region = self.gazetteer.get(code)
        return f"{region.name_zh} {region.name_en}"

    # ------------------------------------------------------------------ questions

    @_operation
    def club(
        self, threshold: str | float = 1e12, *, level: str = "county", as_of: dt.datetime | str | None = None
    ) -> pd.DataFrame:
        """Regions whose GDP reached ``threshold``, with the first year, the figure and its sources."""
        return club(self.store, parse_threshold(threshold), level_of(level) or "county", as_of_time(as_of))

    @_operation
    def next(
        self,
        threshold: str | float = 1e12,
        *,
        level: str = "county",
        limit: int | None = 10,
        as_of: dt.datetime | str | None = None,
    ) -> pd.DataFrame:
        """Non-members closest to ``threshold``, with growth and a naive years-to-threshold."""
        return next_candidates(
            self.store, parse_threshold(threshold), level_of(level) or "county", limit_of(limit), as_of_time(as_of)
        )

    @_operation
    def latest(
        self, indicator: str = "gdp", *, level: str | None = "county", as_of: dt.datetime | str | None = None
    ) -> pd.DataFrame:
        """Each region's latest full-year figure of an indicator (the figure the store shows), with names and
        seat coordinates (lon, lat): what a map or a ranking draws."""
        name = indicator_of(indicator) or "gdp"
        unit = INDICATORS[name].unit if name in INDICATORS else "CNY"
        return self.store.latest(name, unit, level_of(level), as_of_time(as_of))

    @_operation
    def series(
        self,
        region: str,
        indicator: str | None = "gdp",
        *,
        within: str | None = None,
        as_of: dt.datetime | str | None = None,
    ) -> pd.DataFrame:
        """Every claim about a region and indicator (a name or alias such as 地区生产总值; None or 'all' for
        every one), with its source, status and flags; ``shown`` marks the figure the store stands behind."""
        return self.store.series(self._code(region, within), indicator_of(indicator), as_of_time(as_of))

    @_operation
    def observations(
        self, region: str | None = None, indicator: str | None = None, *, as_of: dt.datetime | str | None = None
    ) -> pd.DataFrame:
        return self.store.observations(
            self._code(region) if region else None, indicator_of(indicator), as_of_time(as_of)
        )

    @_operation
    def sources(self) -> pd.DataFrame:
        return self.store.sources()

    @staticmethod
    def indicators() -> pd.DataFrame:
        """The indicator vocabulary with canonical units and descriptions."""
        rows = [
            {"name": i.name, "unit": i.unit, "description": i.description, "description_zh": i.description_zh}
            for i in INDICATORS.values()
        ]
        return pd.DataFrame(rows)

    @staticmethod
    def observation_rule() -> str:
        return RULE_TEXT

    @staticmethod
    def flag_codes() -> dict[str, str]:
        """The plausibility checks that hold a claim for review, with what each means."""
        return dict(FLAG_CODES)
