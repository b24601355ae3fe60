from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from regionwatch import Observatory
from regionwatch.store import Store


class Clock:
    """A controllable clock, so that as-of queries can be tested at exact moments."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kw: float) -> dt.datetime:
        self.now += dt.timedelta(**kw)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 3, 1, 12, 0, 0))


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with its schema and the 6,450-region gazetteer loaded once per test run (~0.3 s each time)."""
    path = tmp_path_factory.mktemp("template") / "template.duckdb"
    with Store(path) as store:
        store.status()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_store: Path) -> Path:
    """A fresh store file for one test: a copy of the template, not a reload of the gazetteer."""
    path = tmp_path / "store.duckdb"
    shutil.copyfile(template_store, path)
    return path


@pytest.fixture
def obs(db_path: Path, clock: Clock) -> Observatory:
    o = Observatory(db_path, clock=clock)
    yield o
    o.close()


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a text (or bytes) file in the test's folder and return its path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return _write


def counts(o: Observatory) -> tuple[int, int, int, int]:
    s = o.status()
    return s["ingests"], s["sources"], s["claims"], s["observation_versions"]  # type: ignore[return-value]


@contextlib.contextmanager
def serving(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Run an ASGI app with uvicorn on a free loopback port (a real HTTP server) and yield its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def claims(text, published="2026-03-01", lang=None):
    """The claims extracted from ``text`` as dicts, with crashes raised (strict)."""
    from regionwatch import extract_claims

    return [c.to_dict() for c in extract_claims(text, lang=lang, published=published, strict=True)]


def brief(cs, *keys):
    """The claims as tuples of ``keys`` (region, indicator, period, value by default)."""
    keys = keys or ("region", "indicator", "period", "value")
    return [tuple(c.get(k) for k in keys) for c in cs]
