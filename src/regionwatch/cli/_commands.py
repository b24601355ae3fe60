"""Commands that read (and set up): init, status, optimize, regions, club, next, series, sources, indicators."""

from __future__ import annotations

from typing import Annotated

import pandas as pd
import typer

from ..analytics import parse_threshold
from ..observatory import Observatory
from ._app import AsOfOpt, FormatOpt, LevelOpt, LimitOpt, ThresholdOpt, command, open_store, regions_app
from ._render import Format, amounts, err, out, render, render_obj, yuan


def _hint_if_empty(obs: Observatory) -> None:
    if not obs.status()["claims"]:
        err.print(
            f"[yellow]the store at {obs.path} holds no figures yet: run `regionwatch init`[/yellow]", highlight=False
        )


@command()
def init(
    bundled: Annotated[bool, typer.Option("--bundled/--no-bundled", help="Load the bundled curated figures.")] = True,
    fmt: FormatOpt = Format.table,
) -> None:
    """Create the store (gazetteer, indicators) and load the bundled figures; safe to run again."""
    with open_store(write=True, create=True) as obs:
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


@command()
def status(fmt: FormatOpt = Format.table) -> None:
    """Counts of regions, sources, claims (pending, rejected, flagged) and observations; schema and path."""
    with open_store() as obs:
        render_obj(obs.status(), fmt)


@command()
def optimize(fmt: FormatOpt = Format.table) -> None:
    """Reorder the stored claims and observations by region, so that one region's series reads fast on a
    large store; nothing but the order of rows changes. Worth running after large ingests."""
    with open_store(write=True) as obs:
        counts = obs.optimize()
    if fmt is Format.table:
        out.print(f"reordered {counts['claims']:,} claims and {counts['observations']:,} observations", highlight=False)
    else:
        render_obj(counts, fmt)


@command(regions_app, "search")
def regions_search(
    text: Annotated[str, typer.Argument(help="A name in Chinese, pinyin or English, or a code.")],
    within: Annotated[str | None, typer.Option("--within", "-w", help="Parent name or code.")] = None,
    year: Annotated[int | None, typer.Option("--year", "-y", help="Resolve names as they were that year.")] = None,
    level: Annotated[
        str | None, typer.Option("--level", "-l", help="county (or district), prefecture, province.")
    ] = None,
    limit: LimitOpt = 10,
    fmt: FormatOpt = Format.table,
) -> None:
    """Find regions by name or code, best match first."""
    df = open_store().search_regions(text, within=within, year=year, level=level, limit=limit)
    cols = ["code", "name_zh", "name_en", "level", "parent_code", "parents", "valid_from", "valid_to", "score", "note"]
    render(df if fmt is not Format.table else df[cols], fmt, title=f"regions matching {text!r}")


@command(regions_app, "show")
def regions_show(
    code: Annotated[str, typer.Argument(help="A region code, or a name that resolves to one region.")],
    fmt: FormatOpt = Format.table,
) -> None:
    """Hierarchy, names, history and children of one region."""
    info = open_store().region(code)
    if fmt is not Format.table:
        render_obj(info, fmt)
        return
    parents = " / ".join(f"{p['name_zh']} {p['name_en']}" for p in reversed(info["parents"]))  # type: ignore[call-overload]
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
            out.print(f"{label}: " + ", ".join(f"{i['code']} {i['name_zh']}" for i in items), highlight=False)  # type: ignore[attr-defined]
    for e in info["events"] or []:  # type: ignore[attr-defined]
        out.print(
            f"  {e['year']} {e['type']}: {e['old_code'] or ''} {e['old_name'] or ''} → "
            f"{e['new_code'] or ''} {e['new_name'] or ''} {e['doc_no'] or ''}",
            highlight=False,
        )
    children = info["children"]
    if children:
        names = ", ".join(f"{c['code']} {c['name_zh']}" for c in children)  # type: ignore[attr-defined]
        out.print(f"children ({len(children)}): {names}", highlight=False)  # type: ignore[arg-type]


@command()
def club(
    threshold: ThresholdOpt = "1e12", level: LevelOpt = "county", as_of: AsOfOpt = None, fmt: FormatOpt = Format.table
) -> None:
    """Regions whose GDP reached the threshold: first year, the figure and its sources, latest value."""
    with open_store() as obs:
        _hint_if_empty(obs)
        df = obs.club(threshold, level=level, as_of=as_of)
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
    title = f"GDP ≥ {yuan(parse_threshold(threshold))} yuan ({level})"
    render(df, fmt, title=title, money=("first_value", "latest_value"), columns=cols)


@command(name="next")
def next_(
    threshold: ThresholdOpt = "1e12",
    level: LevelOpt = "county",
    limit: LimitOpt = 10,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Regions closest to the threshold, with recent growth and a naive years-to-threshold."""
    with open_store() as obs:
        _hint_if_empty(obs)
        df = obs.next(threshold, level=level, limit=limit, as_of=as_of)
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
    title = f"closest to {yuan(parse_threshold(threshold))} yuan ({level}); years are NAIVE (compound growth)"
    render(df, fmt, title=title, money=("latest_value", "distance"), columns=cols)


@command()
def series(
    region: Annotated[str, typer.Argument(help="Region code or name.")],
    indicator: Annotated[
        str | None,
        typer.Argument(help="Indicator or alias, e.g. gdp, 地区生产总值 (default gdp; 'all' for every one)."),
    ] = "gdp",
    within: Annotated[str | None, typer.Option("--within", "-w", help="Parent that settles an ambiguous name.")] = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Every claim about a region with its source, status and flags; 'shown' marks the figure that counts."""
    with open_store() as obs:
        _hint_if_empty(obs)
        df = obs.series(region, indicator, within=within, as_of=as_of)
    if fmt is Format.table:
        df = df.assign(
            shown=["*" if s else "" for s in df["shown"]],
            value=amounts(df),
        )
    cols = [
        "indicator",
        "period",
        "value",
        "unit",
        "qualifier",
        "kind",
        "status",
        "shown",
        "flags",
        "source_title",
        "quote",
    ]
    render(df, fmt, title=f"series for {region}", columns=cols)


@command()
def sources(fmt: FormatOpt = Format.table) -> None:
    """Every source in the store with the number of claims it supports (and how many wait for review)."""
    with open_store() as obs:
        df = obs.sources()
    cols = ["source_id", "title", "publisher", "source_type", "published", "license", "claims", "pending"]
    render(df, fmt, title="sources", columns=cols)


@command()
def indicators(fmt: FormatOpt = Format.table) -> None:
    """The indicator vocabulary with canonical units."""
    render(Observatory.indicators(), fmt, title="indicators")
