"""Writing endpoints (ingest, extract into the store, review decisions): mounted only when a token is
configured, and every call must carry it as ``Authorization: Bearer <token>``."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from ..errors import InvalidInput
from ..origin import Origin
from ._api import _json
from ._app import Settings

__all__ = ["write_router"]


def _require_token(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if not settings.authorised(request):
        raise HTTPException(status_code=401, detail="this endpoint needs the server's token (Authorization: Bearer …)")


write_router = APIRouter(dependencies=[Depends(_require_token)])

_TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".parquet")


@write_router.post("/ingest", summary="Ingest one table (the request body is the file)")
async def ingest(
    request: Request,
    filename: Annotated[str, Query(description="the file's name; its suffix says the format")],
    title: str | None = None,
    url: str | None = None,
    source_type: str = "unknown",
    hold: bool = False,
) -> Response:
    suffix = Path(filename).suffix.lower()
    if suffix not in _TABLE_SUFFIXES:
        raise InvalidInput(f"{filename}: a table is one of {', '.join(_TABLE_SUFFIXES)}")
    body = await request.body()
    settings: Settings = request.app.state.settings
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(filename).name
        path.write_bytes(body)
        origin = Origin(title=title or Path(filename).name, url=url, source_type=source_type)
        with settings.writer() as obs:
            reports = obs.ingest(path, origin=origin, accept="none" if hold else "unflagged")
    return Response(_json([r.to_dict() for r in reports]), media_type="application/json")


@write_router.post("/extract", summary="Extract the claims of a text and keep them, pending review")
def extract(
    request: Request,
    text: Annotated[str, Body(min_length=1)],
    published: Annotated[str | None, Body()] = None,
    url: Annotated[str | None, Body()] = None,
    title: Annotated[str | None, Body()] = None,
    lang: Annotated[Literal["en", "zh"] | None, Body()] = None,
    source_type: Annotated[str, Body()] = "news",
    accept_unflagged: Annotated[bool, Body()] = False,
) -> Response:
    settings: Settings = request.app.state.settings
    line = {"doc_id": title or "request", "text": text, "published": published, "source_url": url, "title": title}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "request.jsonl"
        path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
        with settings.writer() as obs:
            results = obs.extract(
                path,
                lang=lang,
                store=True,
                source_type=source_type,
                accept="unflagged" if accept_unflagged else "none",
            )
    body = [
        {**r.to_dict(), "status": r.status, "ingest_id": r.ingest_id, "pending": r.pending, "refused": list(r.refused)}
        for r in results
    ]
    return Response(_json(body), media_type="application/json")


@write_router.post("/review", summary="Accept or reject claims by id or by rule")
def decide(
    request: Request,
    decision: Annotated[Literal["accept", "reject"], Body()],
    ids: Annotated[list[int], Body()] = [],  # noqa: B006 - FastAPI copies body defaults
    reason: Annotated[str | None, Body()] = None,
    region: Annotated[str | None, Body()] = None,
    indicator: Annotated[str | None, Body()] = None,
    source: Annotated[int | None, Body()] = None,
    ingest: Annotated[int | None, Body()] = None,
    flagged: Annotated[bool | None, Body()] = None,
) -> Response:
    settings: Settings = request.app.state.settings
    rule = {"region": region, "indicator": indicator, "source": source, "ingest": ingest, "flagged": flagged}
    with settings.writer() as obs:
        act = obs.accept if decision == "accept" else obs.reject
        done = act(ids, reason=reason, **{k: v for k, v in rule.items() if v is not None})
    return Response(_json(done), media_type="application/json")
