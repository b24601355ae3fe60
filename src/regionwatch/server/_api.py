"""Read endpoints under /api/: each one calls one ``Observatory`` method and returns JSON (or CSV).

Tables take ``?format=csv``. GET answers are cached until the store changes (see ``Settings``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Literal

import pandas as pd
from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..check import CHECK_RULES, VERDICTS, report_html
from ..observatory import Observatory
from ..serialise import cell, csv_text, records
from ._app import Settings

__all__ = ["router"]

router = APIRouter()

Fmt = Annotated[Literal["json", "csv"], Query(description="json (default) or csv")]
AsOf = Annotated[str | None, Query(description="the store as it was at this date or time (ISO)")]
Threshold = Annotated[str, Query(description="1e12, 1万亿, '1 trillion', 5000亿 …")]
Level = Annotated[str, Query(description="county, prefecture or province")]


def _json(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def _answer(request: Request, make: Callable[[Observatory], object], fmt: str = "json") -> Response:
    """Run ``make`` on a read-only observatory (or serve the cached answer) as JSON or CSV."""
    settings: Settings = request.app.state.settings
    key = settings.key(request.scope)

    def compute() -> tuple[str, bytes]:
        with settings.reader() as obs:
            result = make(obs)
        if isinstance(result, pd.DataFrame):
            if fmt == "csv":
                return "text/csv; charset=utf-8", csv_text(result).encode()
            return "application/json", _json(records(result))
        return "application/json", _json(cell(result))

    media_type, body = settings.answer(key, compute)
    return Response(body, media_type=media_type)


@router.get("/status", summary="Counts, schema version and path of the store")
def status(request: Request) -> Response:
    return _answer(request, lambda o: o.status())


@router.get("/indicators", summary="The indicator vocabulary")
def indicators(request: Request, format: Fmt = "json") -> Response:
    return _answer(request, lambda o: o.indicators(), format)


@router.get("/regions", summary="Search regions by name or code (Chinese, pinyin, English)")
def regions(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a name or code")],
    within: str | None = None,
    year: int | None = None,
    level: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    format: Fmt = "json",
) -> Response:
    return _answer(request, lambda o: o.search_regions(q, within=within, year=year, level=level, limit=limit), format)


@router.get("/regions/{code}", summary="One region: names, hierarchy, versions, history, children")
def region(request: Request, code: str) -> Response:
    return _answer(request, lambda o: o.region(code))


@router.get("/series/{region}", summary="Every claim about a region and indicator, with source and quote")
def series(
    request: Request,
    region: str,
    indicator: str = "gdp",
    within: str | None = None,
    as_of: AsOf = None,
    format: Fmt = "json",
) -> Response:
    return _answer(request, lambda o: o.series(region, indicator, within=within, as_of=as_of), format)


@router.get("/observations", summary="The figures the store shows (one per region, indicator, period, unit)")
def observations(
    request: Request, region: str | None = None, indicator: str | None = None, as_of: AsOf = None, format: Fmt = "json"
) -> Response:
    return _answer(request, lambda o: o.observations(region, indicator, as_of=as_of), format)


@router.get("/club", summary="Regions whose GDP reached a threshold, with the first year and sources")
def club(
    request: Request, threshold: Threshold = "1e12", level: Level = "county", as_of: AsOf = None, format: Fmt = "json"
) -> Response:
    return _answer(request, lambda o: o.club(threshold, level=level, as_of=as_of), format)


@router.get("/next", summary="The closest non-members, with growth and a naive years-to-threshold")
def next_(
    request: Request,
    threshold: Threshold = "1e12",
    level: Level = "county",
    limit: Annotated[int, Query(ge=1, le=500)] = 10,
    as_of: AsOf = None,
    format: Fmt = "json",
) -> Response:
    return _answer(request, lambda o: o.next(threshold, level=level, limit=limit, as_of=as_of), format)


@router.get("/latest", summary="Each region's latest full-year figure with seat coordinates (for maps)")
def latest(
    request: Request, indicator: str = "gdp", level: str | None = "county", as_of: AsOf = None, format: Fmt = "json"
) -> Response:
    return _answer(request, lambda o: o.latest(indicator, level=level or None, as_of=as_of), format)


@router.get("/sources", summary="Every source and how many claims it supports")
def sources(request: Request, format: Fmt = "json") -> Response:
    return _answer(request, lambda o: o.sources(), format)


@router.get("/review", summary="Claims waiting for review, with quote, document and doubts")
def review(request: Request, limit: Annotated[int, Query(ge=1, le=5000)] = 200, format: Fmt = "json") -> Response:
    return _answer(request, lambda o: o.review(limit=limit), format)


@router.get("/rules", summary="The observation rule, plausibility flags, check verdicts and check rules")
def rules(request: Request) -> Response:
    return _answer(
        request,
        lambda o: {
            "observation_rule": o.observation_rule(),
            "flags": o.flag_codes(),
            "verdicts": VERDICTS,
            "check_rules": CHECK_RULES,
        },
    )


@router.post("/check", summary="Check an article: a verdict with evidence for every figure (writes nothing)")
def check(
    request: Request,
    text: Annotated[str, Body(min_length=1, description="the article, plain text or HTML")],
    published: Annotated[str | None, Body(description="YYYY-MM-DD")] = None,
    lang: Annotated[Literal["en", "zh"] | None, Body()] = None,
    as_of: Annotated[str | None, Body()] = None,
    format: Annotated[Literal["json", "html"], Query()] = "json",
) -> Response:
    settings: Settings = request.app.state.settings
    with settings.reader() as obs:
        report = obs.check(text=text, published=published, lang=lang, as_of=as_of, name="request")
    if format == "html":
        return HTMLResponse(report_html(report))
    return Response(_json(report.to_dict()), media_type="application/json")
