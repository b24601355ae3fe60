"""The FastAPI application: the JSON API under /api/, the dashboard at /, OpenAPI docs at /docs.

Requests read through one shared read-only connection (``store.SharedReader``: a cursor each) that
gives the file up as soon as a writer queues, so a writer in another process gets its turn; answers
to GET requests are cached until the store file changes. Errors are JSON
``{"error": {"code", "message"}}`` with the library's error codes, never a traceback. Writing
endpoints exist only when a token is configured, and require it.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import InvalidInput, RegionwatchError, StoreLocked, StoreMissing
from ..gazetteer import AmbiguousRegion, UnknownRegion
from ..observatory import Observatory
from ..store import SharedReader, default_path

__all__ = ["DEFAULT_MAX_BODY", "CachedAnswers", "Settings", "create_app"]

log = logging.getLogger(__name__)

#: the largest request body accepted (an article to check, a table to ingest)
DEFAULT_MAX_BODY = 5_000_000
STATIC = Path(__file__).resolve().parent.parent / "web" / "static"


CACHE_BYTES = 256 * 2**20  # answers kept in memory: every county's series on a large store fits


class _Pending:
    """One answer being computed; the requests that arrive meanwhile wait for it."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: tuple[str, bytes] | None = None
        self.error: BaseException | None = None

    def result(self) -> tuple[str, bytes]:
        self.done.wait()
        if self.error is not None:
            raise self.error
        assert self.value is not None
        return self.value


class Settings:
    """What one app serves: the store, the write token (None: read-only), the body limit."""

    def __init__(self, db: str | Path | None, token: str | None, max_body: int, cache_bytes: int = CACHE_BYTES) -> None:
        self.db = Path(db) if db else default_path()
        self.token = token or None
        self.max_body = max_body
        self.cache: OrderedDict[tuple[object, ...], tuple[str, bytes]] = OrderedDict()
        self.cache_bytes = cache_bytes  # answers are kept, least recently used first out, up to this size
        self._cached_bytes = 0
        self._lock = threading.Lock()
        self._readers: SharedReader | None = None
        self._pending: dict[tuple[object, ...], _Pending] = {}

    @contextlib.contextmanager
    def writer(self) -> Iterator[Observatory]:
        """A writing observatory; the shared reader of this process pauses while it works."""
        with self._lock:
            readers = self._readers
        with readers.paused() if readers is not None else contextlib.nullcontext():
            obs = Observatory(self.db, create=False)
            try:
                yield obs
            finally:
                obs.close()

    @contextlib.contextmanager
    def reader(self) -> Iterator[Observatory]:
        """A read-only observatory on the shared connection, for the length of one request."""
        with self._lock:
            if self._readers is None:
                self._readers = SharedReader(self.db)
        with self._readers.borrow() as store:
            yield Observatory(store=store)

    def close(self) -> None:
        if self._readers is not None:
            self._readers.close()

    def signature(self) -> tuple[object, ...]:
        """Changes whenever the store is written (the file or its write-ahead log)."""
        out: list[object] = []
        for path in (self.db, self.db.with_name(self.db.name + ".wal")):
            try:
                st = path.stat()
                out += [st.st_mtime_ns, st.st_size]
            except FileNotFoundError:
                out += [None, None]
        return tuple(out)

    def answer(self, key: tuple[object, ...], make: Callable[[], tuple[str, bytes]]) -> tuple[str, bytes]:
        """The cached answer for ``key``, else ``make()``; concurrent requests for one missing key wait
        for a single computation (single flight) instead of each querying the store."""
        if not self.cache_bytes:
            return make()
        with self._lock:
            hit = self._touch(key)
            if hit is not None:
                return hit
            pending, owner = self._pending.get(key), False
            if pending is None:
                pending, owner = self._pending.setdefault(key, _Pending()), True
        if not owner:
            return pending.result()
        try:
            pending.value = make()
            with self._lock:
                self.cache[key] = pending.value
                self._cached_bytes += len(pending.value[1])
                while self._cached_bytes > self.cache_bytes and self.cache:
                    self._cached_bytes -= len(self.cache.popitem(last=False)[1][1])
            return pending.value
        except BaseException as exc:
            pending.error = exc
            raise
        finally:
            with self._lock:
                self._pending.pop(key, None)
            pending.done.set()

    def key(self, scope: dict) -> tuple[object, ...]:  # type: ignore[type-arg]
        """What a GET answer is cached under: path, query and the store's signature."""
        return (scope["path"], scope["query_string"], self.signature())

    def cached(self, key: tuple[object, ...]) -> tuple[str, bytes] | None:
        """The cached (media type, body) for ``key``, or None."""
        if not self.cache_bytes:
            return None
        with self._lock:
            return self._touch(key)

    def _touch(self, key: tuple[object, ...]) -> tuple[str, bytes] | None:
        """The cached answer for ``key``, now the most recently used (the lock is held)."""
        hit = self.cache.get(key)
        if hit is not None:
            self.cache.move_to_end(key)
        return hit

    def authorised(self, request: Request) -> bool:
        given = request.headers.get("authorization", "")
        return self.token is not None and hmac.compare_digest(given.encode(), f"Bearer {self.token}".encode())


class CachedAnswers:
    """Pure ASGI middleware: a GET under /api/ whose answer is cached is sent straight from memory,
    before routing, validation and the thread pool (a cache hit costs a dictionary lookup)."""

    def __init__(self, app, settings: Settings) -> None:  # type: ignore[no-untyped-def]
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].startswith("/api/"):
            hit = self.settings.cached(self.settings.key(scope))
            if hit is not None:
                media_type, body = hit
                headers = [(b"content-type", media_type.encode()), (b"content-length", str(len(body)).encode())]
                await send({"type": "http.response.start", "status": 200, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Pure ASGI middleware: a body over ``max_body`` bytes (declared or streamed) gets a JSON 413."""

    def __init__(self, app, max_body: int) -> None:  # type: ignore[no-untyped-def]
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._reject(scope, receive, send)
            return
        received, started = 0, False

        async def limited_receive():  # type: ignore[no-untyped-def]
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise _TooLarge
            return message

        async def watched_send(message) -> None:  # type: ignore[no-untyped-def]
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except _TooLarge:
            if not started:
                await self._reject(scope, receive, send)

    async def _reject(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        message = f"the request body is limited to {self.max_body} bytes"
        await error(413, "request-too-large", message)(scope, receive, send)


def _status(exc: RegionwatchError) -> int:
    if isinstance(exc, UnknownRegion):
        return 404
    if isinstance(exc, AmbiguousRegion):
        return 409
    if isinstance(exc, StoreMissing | StoreLocked):
        return 503
    if isinstance(exc, InvalidInput | ValueError):
        return 422
    return 400


_HTTP_CODES = {401: "unauthorised", 404: "not-found", 405: "method-not-allowed"}


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(
    db: str | Path | None = None, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY, cache: bool = True
) -> FastAPI:
    """The app over the store at ``db``; with ``token`` the writing endpoints exist and require it;
    ``cache=False`` answers every GET from the store (for measuring)."""
    from ._api import router
    from ._write import write_router

    settings = Settings(db, token, max_body, cache_bytes=CACHE_BYTES if cache else 0)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        settings.close()  # let go of the shared reader's connection

    app = FastAPI(
        lifespan=lifespan,
        title="regionwatch",
        version=__version__,
        description="China's sub-national economies, every number with its source. Read-only unless a token is set.",
    )
    app.state.settings = settings

    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(CachedAnswers, settings=settings)  # outermost: a hit skips everything else

    @app.exception_handler(RegionwatchError)
    async def library_error(request: Request, exc: RegionwatchError) -> JSONResponse:
        return error(_status(exc), exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return error(422, "invalid-input", "; ".join(problems))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http-error")
        return error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return error(500, "internal-error", "an unexpected error occurred; it has been logged on the server")

    app.include_router(router, prefix="/api")
    if settings.token:
        app.include_router(write_router, prefix="/api")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    return app
