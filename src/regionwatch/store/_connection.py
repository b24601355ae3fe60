"""Opening the store file: refuse what is not a store, one writer and many readers, bounded waits.

DuckDB lets one process open a file for writing, or any number open it read-only, never both.
regionwatch adds two lock files beside the store so that neither side fails at once:

* ``<store>.queue``: a writer holds it exclusively for its whole session, and writes its PID and
  command into it. A reader takes it shared for a moment before connecting, so once a writer is
  queued no new reader slips in ahead of it (writers are not starved by a stream of readers).
* ``<store>.lock``: readers hold it shared while they connect; the writer holds it exclusively.

Both sides then retry DuckDB's own lock until ``timeout`` seconds have passed, and fail with one
line naming the process that holds the store. Without ``fcntl`` (Windows) only the retry remains.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from ..errors import NotAStore, StoreLocked, StoreMissing

try:  # pragma: no cover - platform
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["DEFAULT_TIMEOUT", "Session", "check_path", "lock_timeout", "open_session"]

DEFAULT_TIMEOUT = 30.0
_MAGIC = b"DUCK"
_PID_RE = re.compile(r"PID (\d+)")


def lock_timeout(value: float | None = None) -> float:
    """The wait for a busy store: ``value``, else $REGIONWATCH_LOCK_TIMEOUT, else 30 seconds."""
    if value is not None:
        return max(0.0, float(value))
    env = os.environ.get("REGIONWATCH_LOCK_TIMEOUT")
    try:
        return max(0.0, float(env)) if env else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


def check_path(path: Path, *, read_only: bool, create: bool) -> None:
    """Refuse a path that cannot be a store before anything is written."""
    if path.is_dir():
        raise NotAStore(f"{path} is a folder, not a regionwatch store file")
    if not path.exists():
        if read_only:
            raise StoreMissing(f"no store at {path}: create it with `regionwatch --db {path} init`")
        if not path.parent.is_dir() and not create:
            raise StoreMissing(f"no folder {path.parent} for the store {path.name}: check --db, or run init")
        return
    with open(path, "rb") as f:
        head = f.read(12)
    if head[8:12] != _MAGIC:
        raise NotAStore(f"{path} is not a DuckDB file, so not a regionwatch store: regionwatch never writes to it")


class _FileLock:
    """An ``flock`` on a side file, polled until a deadline (a no-op where flock does not exist)."""

    def __init__(self, path: Path, *, exclusive: bool) -> None:
        self.path, self.exclusive, self.fd = path, exclusive, None

    def acquire(self, deadline: float, busy: Callable[[], str]) -> None:
        if fcntl is None:
            return
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            if self.exclusive:
                raise
            return  # a read-only folder: readers go without the side lock
        mode = (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        delay = 0.005
        while True:
            try:
                fcntl.flock(self.fd, mode)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.release()
                    raise StoreLocked(busy()) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)

    def note(self, text: str) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, text.encode("utf-8", "replace"), 0)

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self.fd, fcntl.LOCK_UN)
                os.close(self.fd)
            self.fd = None


def _busy(path: Path, queue: Path, timeout: float, pid: str | None = None) -> str:
    """One line: which store, how long we waited, and who holds it when we can tell."""
    try:
        holder = queue.read_text(encoding="utf-8").strip()
    except OSError:
        holder = ""
    if pid and not holder.startswith(f"PID {pid}"):
        holder = f"PID {pid}"
    held = f", held by {holder}" if holder else ""
    return f"the store {path} stayed busy for {timeout:g} s{held} (wait longer with --wait SECONDS)"


class Session:
    """One open connection and the side locks it holds."""

    def __init__(self, con: duckdb.DuckDBPyConnection, locks: list[_FileLock]) -> None:
        self.con, self.locks = con, locks

    def close(self) -> None:
        with contextlib.suppress(duckdb.Error):
            self.con.close()
        for lock in reversed(self.locks):
            lock.release()
        self.locks = []


def open_session(path: Path, *, read_only: bool, timeout: float) -> Session:
    """Connect to ``path`` for reading or writing, waiting at most ``timeout`` seconds for other processes."""
    deadline = time.monotonic() + timeout
    queue_path = path.with_name(path.name + ".queue")
    busy = functools.partial(_busy, path, queue_path, timeout)
    queue = _FileLock(queue_path, exclusive=not read_only)
    gate = _FileLock(path.with_name(path.name + ".lock"), exclusive=not read_only)
    queue.acquire(deadline, busy)
    try:
        if read_only:
            queue.release()  # only a moment: no writer is queued ahead of us
        else:
            queue.note(f"PID {os.getpid()}: {' '.join(Path(a).name if i == 0 else a for i, a in enumerate(sys.argv))}")
        gate.acquire(deadline, busy)
        con = _connect(path, read_only, deadline, busy)
    except BaseException:
        gate.release()
        queue.release()
        raise
    if read_only:
        gate.release()
        return Session(con, [])
    return Session(con, [queue, gate])


def _connect(path: Path, read_only: bool, deadline: float, busy: Callable[..., str]) -> duckdb.DuckDBPyConnection:
    delay = 0.005
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config={"preserve_insertion_order": False})
            con.execute("SET enable_progress_bar = false")
            return con
        except duckdb.IOException as e:
            message = str(e)
            if "lock" not in message.lower():
                raise NotAStore(f"{path} cannot be opened as a store: {message.splitlines()[0]}") from None
            if time.monotonic() >= deadline:
                pid = _PID_RE.search(message)
                raise StoreLocked(busy(pid.group(1) if pid else None)) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
        except duckdb.Error as e:
            raise NotAStore(f"{path} cannot be opened as a store: {str(e).splitlines()[0]}") from None
