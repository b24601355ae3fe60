"""The ``regionwatch`` command: each command parses its options, calls one Observatory method, renders."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .gazetteer import RegionError
from .indicators import INDICATORS
from .ingest import IngestReport, TableOptions
from .observatory import Observatory
from .origin import SOURCE_TYPES, Origin

app = typer.Typer(
    help="regionwatch: China's sub-national economies, every number with its source.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
regions_app = typer.Typer(help="Look up regions in the gazetteer (codes since 1981).", no_args_is_help=True)
app.add_typer(regions_app, name="regions")

out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output: table, json or csv.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Show the store as it was at this date or time.")]
LevelOpt = Annotated[str, typer.Option("--level", "-l", help="county, prefecture or province.")]
ThresholdOpt = Annotated[str, typer.Option("--threshold", "-t", help="e.g. 1e12, 1万亿, '1 trillion', 5000亿.")]


class State:
    db: Path | None = None


state = State()


@app.callback(invoke_without_command=True)
def main_callback(
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", envvar="REGIONWATCH_DB", help="Store file (default ~/.local/share/regionwatch/regionwatch.duckdb)."
        ),
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"regionwatch {__version__}")
        raise typer.Exit()
    state.db = db


def _open(read_only: bool = False) -> Observatory:
    return Observatory(state.db, read_only=read_only)


def _hint_if_empty(obs: Observatory) -> None:
    if not obs.store.scalar("SELECT count(*) FROM claims"):
        err.print(
            f"[yellow]the store at {obs.path} holds no figures yet: run `regionwatch init`[/yellow]", highlight=False
        )


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


# ---------------------------------------------------------------- rendering


def _cell(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple) or getattr(value, "ndim", 0) == 1:
        return [_cell(v) for v in list(value)]  # type: ignore[call-overload]
    if hasattr(value, "item") and not isinstance(value, dict | str):
        return value.item()  # numpy scalars
    if isinstance(value, dict):
        return {k: _cell(v) for k, v in value.items()}
    return value


def records(df: pd.DataFrame) -> list[dict[str, object]]:
    return [{k: _cell(v) for k, v in row.items()} for row in df.to_dict("records")]


def _flat(value: object) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        if "url" in value or "title" in value:
            title, pub = str(value.get("title") or ""), str(value.get("publisher") or "")
            return pub if title.startswith("http") and pub else title
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def yuan(value: object) -> str:
    v = _cell(value)
    if v is None:
        return ""
    v = float(v)  # type: ignore[arg-type]
    if abs(v) >= 1e12:
        return f"{v / 1e12:,.3f} tn"
    if abs(v) >= 1e8:
        return f"{v / 1e9:,.2f} bn"
    return f"{v:,.0f}"


def render(
    df: pd.DataFrame,
    fmt: Format,
    *,
    title: str | None = None,
    money: tuple[str, ...] = (),
    columns: list[str] | None = None,
) -> None:
    if fmt is Format.json:
        sys.stdout.write(json.dumps(records(df), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Format.csv:
        flat = df.copy()
        for col in flat.columns:
            if flat[col].dtype == object:
                flat[col] = [_flat(v) if isinstance(v, list | dict) or hasattr(v, "tolist") else v for v in flat[col]]
        flat.to_csv(sys.stdout, index=False)
        return
    shown = columns or list(df.columns)
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in shown:
        table.add_column(col, justify="right" if col in money else "left", overflow="fold")
    for row in df[shown].to_dict("records"):
        table.add_row(*[yuan(row[c]) if c in money else _flat(row[c]) for c in shown])
    out.print(table)
    if not len(df):
        out.print("[dim](no rows)[/dim]")


def render_obj(obj: dict[str, object], fmt: Format) -> None:
    if fmt is Format.json:
        sys.stdout.write(json.dumps({k: _cell(v) for k, v in obj.items()}, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Format.csv:
        pd.DataFrame([{k: _flat(v) for k, v in obj.items()}]).to_csv(sys.stdout, index=False)
        return
    table = Table(show_header=False)
    table.add_column("key", style="bold")
    table.add_column("value", overflow="fold")
    for k, v in obj.items():
        table.add_row(k, _flat(v))
    out.print(table)


# ---------------------------------------------------------------- commands


@app.command()
def init(
    bundled: Annotated[bool, typer.Option("--bundled/--no-bundled", help="Load the bundled curated figures.")] = True,
    fmt: FormatOpt = Format.table,
) -> None:
    """Create the store (gazetteer, indicators) and load the bundled figures; safe to run again."""
    with _open() as obs:
        report = obs.init(bundled=bundled)
        status = obs.status()
    if fmt is Format.table:
        what = f"bundled figures {report.status}" if report else "no bundled figures"
        out.print(
            f"store ready at {status['path']}: {status['regions']} regions, {status['claims']} claims ({what})",
            highlight=False,
        )
    else:
        render_obj({**status, "bundled": report.status if report else None}, fmt)


@app.command()
def status(fmt: FormatOpt = Format.table) -> None:
    """Counts of regions, sources, claims and observations; schema version and file path."""
    with _open() as obs:
        render_obj(obs.status(), fmt)


@regions_app.command("search")
def regions_search(
    text: Annotated[str, typer.Argument(help="A name in Chinese, pinyin or English, or a code.")],
    within: Annotated[str | None, typer.Option("--within", "-w", help="Parent name or code.")] = None,
    year: Annotated[int | None, typer.Option("--year", "-y", help="Resolve names as they were that year.")] = None,
    level: Annotated[str | None, typer.Option("--level", "-l", help="county, prefecture or province.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many rows at most.")] = 10,
    fmt: FormatOpt = Format.table,
) -> None:
    """Find regions by name or code, best match first."""
    from .gazetteer import Gazetteer

    matches = Gazetteer.load().search(text, within=within, year=year, level=level, limit=limit)
    cols = ["code", "name_zh", "name_en", "level", "parent_code", "parents", "valid_from", "valid_to", "score", "note"]
    df = pd.DataFrame([m.to_dict() for m in matches], columns=[*cols, "kind", "parents_en", "matched"])
    df["valid_to"] = df["valid_to"].astype("Int64")
    render(df if fmt is not Format.table else df[cols], fmt, title=f"regions matching {text!r}")


@regions_app.command("show")
def regions_show(
    code: Annotated[str, typer.Argument(help="A region code, or a name that resolves to one region.")],
    fmt: FormatOpt = Format.table,
) -> None:
    """Hierarchy, names, history and children of one region."""
    from .gazetteer import Gazetteer

    gz = Gazetteer.load()
    try:
        region = gz.get(code) if code in gz else gz.resolve(code)
    except RegionError as e:
        raise _fail(str(e)) from None
    with _open() as obs:
        info = obs.region(region.code)
    if fmt is not Format.table:
        render_obj(info, fmt)
        return
    parents = " / ".join(f"{p['name_zh']} {p['name_en']}" for p in reversed(info["parents"]))  # type: ignore[attr-defined]
    out.print(
        f"[bold]{info['code']} {info['name_zh']} — {info['name_en']}[/bold]  ({info['kind']}, {info['level']})",
        highlight=False,
    )
    out.print(f"in: {parents or 'top level'}", highlight=False)
    out.print(
        f"pinyin: {info['pinyin']}; valid {info['valid_from']}–{info['valid_to'] or 'now'}; "
        f"population 2010: {info['pop_2010'] or '?'}, 2020: {info['pop_2020'] or '?'}",
        highlight=False,
    )
    if info["lon"] is not None:
        out.print(f"seat: {info['lat']:.4f}N {info['lon']:.4f}E", highlight=False)
    for label, key in (("predecessors", "predecessors"), ("successors", "successor_regions")):
        items = info[key]
        if items:
            out.print(f"{label}: " + ", ".join(f"{i['code']} {i['name_zh']}" for i in items), highlight=False)  # type: ignore[union-attr]
    events = info["events"]
    if events:
        out.print("history:")
        for e in events:  # type: ignore[union-attr]
            out.print(
                f"  {e['year']} {e['type']}: {e['old_code'] or ''} {e['old_name'] or ''} → "
                f"{e['new_code'] or ''} {e['new_name'] or ''} {e['doc_no'] or ''}",
                highlight=False,
            )
    children = info["children"]
    if children:
        out.print(
            f"children ({len(children)}): " + ", ".join(f"{c['code']} {c['name_zh']}" for c in children),  # type: ignore[union-attr,arg-type]
            highlight=False,
        )


def _parse_maps(maps: list[str]) -> dict[str, str]:
    mapping = {}
    for item in maps:
        if "=" not in item:
            raise _fail(f"--map takes COLUMN=FIELD, not {item!r}")
        col, field = item.split("=", 1)
        mapping[col.strip()] = field.strip()
    return mapping


def _render_reports(reports: list[IngestReport], fmt: Format) -> None:
    if fmt is Format.json:
        sys.stdout.write(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n")
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


@app.command()
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
    fmt: FormatOpt = Format.table,
) -> None:
    """Ingest tables into the store: all-or-nothing per file, idempotent, new vintages for changed files."""
    options = _options(maps, indicator, unit, period, qualifier, kind, within, region_level, skip_bad_rows)
    reports = []
    with _open() as obs:
        for path in files:
            try:
                origin = Origin(
                    title=title or path.name,
                    producer=publisher,
                    url=url,
                    date_published=published,
                    date_accessed=accessed or dt.date.today().isoformat(),
                    license=license,
                    source_type=source_type,
                )
            except ValueError as e:
                raise _fail(str(e)) from None
            with _progress(path) as progress:
                reports += obs.ingest(
                    path, origin=origin, options=options, encoding=encoding, sheet=sheet, progress=progress
                )
    _render_reports(reports, fmt)
    if any(r.status == "invalid" for r in reports):
        raise typer.Exit(1)


@app.command()
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
    with _open(read_only=_exists()) as obs:
        reports = obs.validate(files, options=options, encoding=encoding, sheet=sheet)
    _render_reports(reports, fmt)
    if any(not r.valid for r in reports):
        raise typer.Exit(1)


def _exists() -> bool:
    from .store import default_path

    return Path(state.db or default_path()).exists()


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


class TextFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@app.command()
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
    fmt: Annotated[
        TextFormat, typer.Option("--format", "-f", help="table, json, jsonl (one line per document) or csv.")
    ] = TextFormat.table,
) -> None:
    """Extract economic figures (claims) from articles, communiqués and reports in English and Chinese."""
    from .extract import DocumentError

    if published:
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            raise _fail(f"--published takes YYYY-MM-DD, not {published!r}") from None
    with _open() as obs:
        try:
            results = obs.extract(paths, published=published, lang=lang, store=store, source_type=source_type)
        except DocumentError as e:
            raise _fail(str(e)) from None
    if fmt is TextFormat.jsonl:
        for r in results:
            sys.stdout.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
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
        df = df.assign(
            value=[yuan(v) if u in ("CNY", "USD") else f"{v:g}" for v, u in zip(df["value"], df["unit"], strict=True)]
        )
        render(
            df,
            Format.table,
            title=f"{len(rows)} claims from {len(results)} document(s)",
            columns=["doc_id", "region", "indicator", "period", "value", "unit", "qualifier", "kind", "quote"],
        )
        return
    render(df, Format(fmt.value))


@app.command()
def club(
    threshold: ThresholdOpt = "1e12", level: LevelOpt = "county", as_of: AsOfOpt = None, fmt: FormatOpt = Format.table
) -> None:
    """Regions whose GDP reached the threshold: first year, the figure and its sources, latest value."""
    with _open() as obs:
        try:
            _hint_if_empty(obs)
            df = obs.club(threshold, level=level, as_of=as_of)
        except ValueError as e:
            raise _fail(str(e)) from None
    cols = [
        "code",
        "name_en",
        "name_zh",
        "parent_name_en",
        "first_year",
        "first_value",
        "first_qualifier",
        "latest_period",
        "latest_value",
        "sources",
    ]
    render(
        df,
        fmt,
        title=f"GDP ≥ {yuan(_thr(threshold))} yuan ({level})",
        money=("first_value", "latest_value"),
        columns=cols,
    )


def _thr(text: str) -> float:
    from .analytics import parse_threshold

    return parse_threshold(text)


@app.command("next")
def next_(
    threshold: ThresholdOpt = "1e12",
    level: LevelOpt = "county",
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many rows at most.")] = 10,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Regions closest to the threshold, with recent growth and a naive years-to-threshold."""
    with _open() as obs:
        try:
            _hint_if_empty(obs)
            df = obs.next(threshold, level=level, limit=limit, as_of=as_of)
        except ValueError as e:
            raise _fail(str(e)) from None
    if fmt is Format.table:
        df = df.assign(cagr=[f"{v:.1%}" if pd.notna(v) else "" for v in df["cagr"]])
    cols = [
        "code",
        "name_en",
        "name_zh",
        "parent_name_en",
        "latest_period",
        "latest_value",
        "latest_qualifier",
        "distance",
        "cagr",
        "reported_growth_pct",
        "naive_years_to_threshold",
        "naive_crossing_year",
    ]
    render(
        df,
        fmt,
        title=f"closest to {yuan(_thr(threshold))} yuan ({level}); years are NAIVE (compound growth)",
        money=("latest_value", "distance"),
        columns=cols,
    )


@app.command()
def series(
    region: Annotated[str, typer.Argument(help="Region code or name.")],
    indicator: Annotated[str | None, typer.Argument(help="Indicator (default gdp; 'all' for every one).")] = "gdp",
    within: Annotated[str | None, typer.Option("--within", "-w", help="Parent that settles an ambiguous name.")] = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """The time series of a region with every source; 'shown' marks the figure the store stands behind."""
    ind = None if indicator in (None, "all") else indicator
    if ind is not None and ind not in INDICATORS and not ind.startswith("other:"):
        from .indicators import IndicatorError, resolve_indicator

        try:
            ind = resolve_indicator(ind)
        except IndicatorError as e:
            raise _fail(str(e)) from None
    with _open() as obs:
        try:
            _hint_if_empty(obs)
            df = obs.series(region, ind, within=within, as_of=as_of)
        except RegionError as e:
            raise _fail(str(e)) from None
    money = ("value",) if ind in (None, "gdp") or (ind and INDICATORS.get(ind, INDICATORS["gdp"]).unit == "CNY") else ()
    if fmt is Format.table:
        df = df.assign(
            shown=["*" if s else "" for s in df["shown"]],
            value=[yuan(v) if u == "CNY" else f"{v:g}" for v, u in zip(df["value"], df["unit"], strict=True)],
        )
        money = ()
    cols = [
        "indicator",
        "period",
        "value",
        "unit",
        "qualifier",
        "kind",
        "shown",
        "source_title",
        "source_type",
        "quote",
    ]
    render(df, fmt, title=f"series for {region}", money=money, columns=cols)


@app.command()
def sources(fmt: FormatOpt = Format.table) -> None:
    """Every source in the store with the number of claims it supports."""
    with _open() as obs:
        df = obs.sources()
    render(
        df,
        fmt,
        title="sources",
        columns=["source_id", "title", "publisher", "source_type", "published", "license", "claims"],
    )


@app.command()
def indicators(fmt: FormatOpt = Format.table) -> None:
    """The indicator vocabulary with canonical units."""
    df = pd.DataFrame(
        [
            {"name": i.name, "unit": i.unit, "description": i.description, "description_zh": i.description_zh}
            for i in INDICATORS.values()
        ]
    )
    render(df, fmt, title="indicators")


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()


if __name__ == "__main__":
    main()
