"""Commands that write or read files: ingest, validate, extract, review."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer

from ..ingest import IngestReport, TableOptions
from ..origin import SOURCE_TYPES, Origin
from ._app import FormatOpt, command, fail, open_store
from ._render import Format, TextFormat, amounts, dumps, err, out, render


def _parse_maps(maps: list[str]) -> dict[str, str]:
    mapping = {}
    for item in maps:
        if "=" not in item:
            raise fail(f"--map takes COLUMN=FIELD, not {item!r}", 2)
        col, field = item.split("=", 1)
        mapping[col.strip()] = field.strip()
    return mapping


def _render_reports(reports: list[IngestReport], fmt: Format) -> None:
    if fmt is Format.json:
        sys.stdout.write(dumps([r.to_dict() for r in reports]) + "\n")
        return
    summary = pd.DataFrame(
        [
            {
                "file": r.file,
                "status": r.status,
                "format": r.format,
                "rows": r.rows_read,
                "claims": r.claims,
                "skipped": r.rows_skipped,
                "vintage": r.vintage,
                "errors": len(r.errors) + r.problems_not_listed,
                "warnings": len(r.warnings),
                "revised": r.observations_revised,
            }
            for r in reports
        ]
    )
    problems = pd.concat([r.problems_frame() for r in reports], ignore_index=True) if reports else pd.DataFrame()
    if fmt is Format.csv:
        (problems if len(problems) else summary).to_csv(sys.stdout, index=False)
        return
    render(summary, fmt, title="files")
    if len(problems):
        render(problems, fmt, title="problems")
    for r in reports:
        if r.problems_not_listed:
            out.print(f"{r.file}: {r.problems_not_listed} more problems not listed", highlight=False)


def _options(
    maps: list[str],
    indicator: str | None,
    unit: str | None,
    period: str | None,
    qualifier: str | None,
    kind: str | None,
    within: str | None,
    level: str | None,
    skip_bad_rows: bool,
) -> TableOptions:
    return TableOptions(
        columns=_parse_maps(maps),
        indicator=indicator,
        unit=unit,
        period=period,
        qualifier=qualifier,
        kind=kind,
        within=within,
        level=level,
        skip_bad_rows=skip_bad_rows,
    )


FilesArg = Annotated[list[Path], typer.Argument(help="CSV/TSV (UTF-8, UTF-8 BOM, GBK/GB18030), XLSX or Parquet files.")]
MapOpt = Annotated[
    list[str], typer.Option("--map", "-m", help="Column mapping COLUMN=FIELD (repeatable), e.g. 地区=region.")
]
IndicatorOpt = Annotated[
    str | None, typer.Option("--indicator", help="Indicator for every row when there is no column.")
]
UnitOpt = Annotated[str | None, typer.Option("--unit", help="Unit for every row when there is no column, e.g. 亿元.")]
PeriodOpt = Annotated[str | None, typer.Option("--period", help="Period for every row when there is no column.")]
QualifierOpt = Annotated[
    str | None, typer.Option("--qualifier", help="exact, approx, at_least or at_most (default exact).")
]
KindOpt = Annotated[str | None, typer.Option("--kind", help="actual, target or expected (default actual).")]
WithinOpt = Annotated[str | None, typer.Option("--within", help="Parent region that settles ambiguous names.")]
RegionLevelOpt = Annotated[str | None, typer.Option("--region-level", help="Only match regions of this level.")]
SkipOpt = Annotated[bool, typer.Option("--skip-bad-rows", help="Store the good rows and report the skipped ones.")]
EncodingOpt = Annotated[str | None, typer.Option("--encoding", help="Text encoding of CSV files (default: detect).")]
SheetOpt = Annotated[str | None, typer.Option("--sheet", help="XLSX sheet name (default: the first).")]


@command()
def ingest(
    files: FilesArg,
    maps: MapOpt = [],  # noqa: B006
    indicator: IndicatorOpt = None,
    unit: UnitOpt = None,
    period: PeriodOpt = None,
    qualifier: QualifierOpt = None,
    kind: KindOpt = None,
    within: WithinOpt = None,
    region_level: RegionLevelOpt = None,
    skip_bad_rows: SkipOpt = False,
    encoding: EncodingOpt = None,
    sheet: SheetOpt = None,
    title: Annotated[str | None, typer.Option("--title", help="Source title (default: the file name).")] = None,
    publisher: Annotated[str | None, typer.Option("--publisher", help="Who published the source.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where the source can be found.")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD.")] = None,
    accessed: Annotated[str | None, typer.Option("--accessed", help="Access date YYYY-MM-DD (default today).")] = None,
    license: Annotated[str | None, typer.Option("--license", help="Licence of the source.")] = None,
    source_type: Annotated[str, typer.Option("--source-type", help=f"One of {', '.join(SOURCE_TYPES)}.")] = "unknown",
    hold: Annotated[
        bool, typer.Option("--hold", help="Hold every figure for review (default: only the flagged ones wait).")
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Ingest tables into the store: all-or-nothing per file, idempotent, new vintages for changed files."""
    options = _options(maps, indicator, unit, period, qualifier, kind, within, region_level, skip_bad_rows)
    reports = []
    with open_store(write=True) as obs:
        for path in files:
            origin = Origin(
                title=title or path.name,
                producer=publisher,
                url=url,
                date_published=published,
                date_accessed=accessed or dt.date.today().isoformat(),
                license=license,
                source_type=source_type,
            )
            with _progress(path) as progress:
                reports += obs.ingest(
                    path,
                    origin=origin,
                    options=options,
                    encoding=encoding,
                    sheet=sheet,
                    progress=progress,
                    accept="none" if hold else "unflagged",
                )
    _render_reports(reports, fmt)
    if any(r.status == "invalid" for r in reports):
        raise typer.Exit(1)


@command()
def validate(
    files: FilesArg,
    maps: MapOpt = [],  # noqa: B006
    indicator: IndicatorOpt = None,
    unit: UnitOpt = None,
    period: PeriodOpt = None,
    qualifier: QualifierOpt = None,
    kind: KindOpt = None,
    within: WithinOpt = None,
    region_level: RegionLevelOpt = None,
    encoding: EncodingOpt = None,
    sheet: SheetOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Check tables as ingest would and print the report; writes nothing."""
    options = _options(maps, indicator, unit, period, qualifier, kind, within, region_level, False)
    reports = open_store().validate(files, options=options, encoding=encoding, sheet=sheet)
    _render_reports(reports, fmt)
    if any(not r.valid for r in reports):
        raise typer.Exit(1)


class _progress:
    """A rich progress bar on stderr for files over 2 MB when stderr is a terminal."""

    def __init__(self, path: Path) -> None:
        self.enabled = err.is_terminal and path.exists() and path.stat().st_size > 2_000_000
        self.bar = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        if not self.enabled:
            return None
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), console=err)
        self.bar.start()
        tasks: dict[str, object] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = self.bar.add_task(stage, total=total)  # type: ignore[union-attr]
            self.bar.update(tasks[stage], completed=done, total=total)  # type: ignore[union-attr,arg-type]

        return update

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Documents: .txt, .html, .pdf, or .jsonl (claims format).")],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date YYYY-MM-DD where the document gives none (relative years resolve against it).",
        ),
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="en or zh (default: detect).")] = None,
    store: Annotated[bool, typer.Option("--store", help="Keep the claims in the store with their provenance.")] = False,
    source_type: Annotated[
        str, typer.Option("--source-type", help=f"With --store: one of {', '.join(SOURCE_TYPES)}.")
    ] = "news",
    accept: Annotated[
        bool,
        typer.Option(
            "--accept", help="With --store: accept the claims no plausibility check flags (default: all wait)."
        ),
    ] = False,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Text encoding, e.g. big5, utf-16 (default: detect, strictly).")
    ] = None,
    fmt: Annotated[
        TextFormat, typer.Option("--format", "-f", help="table, json, jsonl (one line per document) or csv.")
    ] = TextFormat.table,
) -> None:
    """Extract economic figures (claims) from articles, communiqués and reports in English and Chinese."""
    obs = open_store(write=True) if store else open_store()
    with obs:
        results = obs.extract(
            paths,
            published=published,
            lang=lang,
            store=store,
            source_type=source_type,
            accept="unflagged" if accept else "none",
            encoding=encoding,
        )
    if store:
        _say_stored(results)
    if fmt is TextFormat.jsonl:
        for r in results:
            sys.stdout.write(json.dumps(r.to_dict(), ensure_ascii=False, allow_nan=False) + "\n")
        return
    rows = [{"doc_id": r.doc_id, **c.to_dict(), "stored": r.status} for r in results for c in r.claims]
    cols = [
        "doc_id",
        "region",
        "indicator",
        "period",
        "value",
        "unit",
        "qualifier",
        "kind",
        "relative_to",
        "quote",
        "start",
        "end",
        "page",
        "stored",
    ]
    df = pd.DataFrame(rows, columns=cols)
    if fmt is TextFormat.table:
        df = df.assign(value=amounts(df))
        render(
            df,
            Format.table,
            title=f"{len(rows)} claims from {len(results)} document(s)",
            columns=["doc_id", "region", "indicator", "period", "value", "unit", "qualifier", "kind", "quote"],
        )
        return
    render(df, Format(fmt.value))


def _say_stored(results: list) -> None:  # type: ignore[type-arg]
    """On stderr: what the store did, and how many claims now wait for review."""
    pending = sum(r.pending for r in results)
    for r in results:
        for why in r.refused:
            err.print(f"refused (not stored): {why}", highlight=False)
    if pending:
        err.print(f"{pending} claim(s) wait for review: regionwatch review", highlight=False)


ReviewIds = Annotated[list[int] | None, typer.Argument(help="Claim ids (default: every claim the filters select).")]


@command()
def review(
    ids: ReviewIds = None,
    accept: Annotated[bool, typer.Option("--accept", help="Accept the selected claims: they may count.")] = False,
    reject: Annotated[bool, typer.Option("--reject", help="Reject the selected claims: kept, never counted.")] = False,
    status: Annotated[str, typer.Option("--status", help="pending, accepted, rejected or any.")] = "pending",
    region: Annotated[str | None, typer.Option("--region", help="Only claims about this region.")] = None,
    indicator: Annotated[str | None, typer.Option("--indicator", help="Only this indicator.")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Only this period, e.g. 2025.")] = None,
    source: Annotated[int | None, typer.Option("--source", help="Only claims of this source id.")] = None,
    ingest_id: Annotated[int | None, typer.Option("--ingest", help="Only claims of this ingest id.")] = None,
    flagged: Annotated[
        bool | None, typer.Option("--flagged/--unflagged", help="Only claims a check flagged, or only unflagged.")
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="With --accept/--reject: every claim selected.")] = False,
    reason: Annotated[str | None, typer.Option("--reason", help="Why (kept in the review log).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="List at most this many.")] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List claims waiting for review (quote, document, what was inferred, why doubtful), or accept or
    reject them by id or by rule (--source 3 --unflagged --accept)."""
    if accept and reject:
        raise fail("--accept and --reject exclude each other", 2)
    rule = {
        "status": None if status == "any" or ids else status,
        "region": region,
        "indicator": indicator,
        "period": period,
        "source": source,
        "ingest": ingest_id,
        "flagged": flagged,
    }
    if accept or reject:
        with open_store(write=True) as obs:
            decide = obs.accept if accept else obs.reject
            done = decide(ids or (), reason=reason, all=everything, **rule)
        out.print(
            f"{done['decided']} claim(s) {'accepted' if accept else 'rejected'}; "
            f"{done['observations_written']} observation(s) written, {done['observations_revised']} revised",
            highlight=False,
        )
        return
    with open_store() as obs:
        df = obs.review(ids or (), limit=limit, **rule)  # type: ignore[arg-type]
    if fmt is Format.table:
        df = df.assign(value=amounts(df))
    cols = [
        "claim_id",
        "name",
        "indicator",
        "period",
        "value",
        "unit",
        "qualifier",
        "kind",
        "status",
        "doubts",
        "quote",
        "location",
        "source_title",
    ]
    render(df, fmt, title=f"{len(df)} claim(s) to review", columns=cols)
