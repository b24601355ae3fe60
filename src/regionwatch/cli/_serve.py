"""``regionwatch serve``: the HTTP API and the dashboard over the store (read-only unless a token is set)."""

from __future__ import annotations

from typing import Annotated

import typer

from ._app import command, open_store, state
from ._render import err


@command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="REGIONWATCH_TOKEN",
            help="Enable the writing endpoints (ingest, extract, review) for requests bearing this token.",
        ),
    ] = None,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1, help="Largest request body accepted, in bytes.")
    ] = 5_000_000,
) -> None:
    """Serve the JSON API (/api/, docs at /docs) and the dashboard (/) with uvicorn."""
    from ..server import serve as run

    with open_store() as obs:  # fail at once, in one line, when there is no store
        obs.status()
    mode = "read-write with a token" if token else "read-only"
    err.print(f"regionwatch: serving {obs.path} ({mode}) at http://{host}:{port}/ — API docs at /docs", highlight=False)
    run(state.db, host=host, port=port, token=token, max_body=max_body)
