"""The HTTP API and the dashboard (``pip install 'regionwatch[serve]'``).

``create_app(db, token=None)`` builds the FastAPI app; ``regionwatch serve`` runs it with uvicorn.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import RegionwatchError

__all__ = ["MissingExtra", "create_app", "serve"]


class MissingExtra(RegionwatchError):
    code = "missing-extra"


def _require() -> None:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise MissingExtra("the server needs FastAPI and uvicorn: pip install 'regionwatch[serve]'") from None


def create_app(  # type: ignore[no-untyped-def]
    db: str | Path | None = None, *, token: str | None = None, max_body: int | None = None, cache: bool = True
):
    """The FastAPI app over the store at ``db`` (see ``server._app``)."""
    _require()
    from ._app import DEFAULT_MAX_BODY
    from ._app import create_app as build

    return build(db, token=token, max_body=max_body or DEFAULT_MAX_BODY, cache=cache)


def serve(
    db: str | Path | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    max_body: int | None = None,
) -> None:
    """Serve the API and the dashboard until interrupted."""
    _require()
    import uvicorn

    uvicorn.run(create_app(db, token=token, max_body=max_body), host=host, port=port, log_level="warning")
