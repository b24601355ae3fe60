from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from regionwatch import Observatory


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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.duckdb"


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
