"""One read-only connection shared by the threads of a long-running reader (the HTTP server).

Opening the store for every request costs a file open and lock dance per call; holding a connection
forever would keep writers out (DuckDB allows one writing process or many reading ones). ``SharedReader``
holds one read-only session, hands each borrower its own cursor, and gives the file up as soon as a
writer queues (it holds ``<store>.queue``): in-flight reads finish, the session closes, the writer
runs, and the next borrower reopens. A watcher thread notices a queued writer even when no request
comes in, within ``poll`` seconds.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from ._connection import fcntl
from ._store import Store

__all__ = ["SharedReader", "writer_waiting"]


def writer_waiting(path: Path) -> bool:
    """True when a writer holds ``<store>.queue`` (it is writing, or waiting for readers to leave)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path.with_name(path.name + ".queue"), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


class _Borrowed(Store):
    """A store bound to a cursor of the shared session: it never opens or closes the file itself."""

    def __init__(self, path: Path, cursor: object, lock_timeout: float | None) -> None:
        super().__init__(path, read_only=True, create=False, lock_timeout=lock_timeout)
        self._cursor = cursor

    @property
    def con(self):  # type: ignore[no-untyped-def,override]
        return self._cursor

    def release(self) -> None:  # the lender closes the cursor when the borrow ends
        pass


class SharedReader:
    def __init__(self, path: str | Path, *, lock_timeout: float | None = None, poll: float = 0.1) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._store: Store | None = None
        self._users = 0
        self._paused = 0
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, args=(poll,), daemon=True)
        self._watcher.start()

    def _watch(self, poll: float) -> None:
        while not self._stop.wait(poll):
            if self._store is not None and writer_waiting(self.path):
                with self._cond:
                    self._give_way()

    def _give_way(self) -> None:
        """Wait for in-flight reads, then close the session (the lock is held)."""
        while self._users:
            self._cond.wait()
        if self._store is not None:
            self._store.release()
            self._store = None

    @contextlib.contextmanager
    def borrow(self) -> Iterator[Store]:
        with self._cond:
            while self._paused:
                self._cond.wait()
            if self._store is not None and writer_waiting(self.path):
                self._give_way()
            if self._store is None:
                store = Store(self.path, read_only=True, create=False, lock_timeout=self.lock_timeout)
                store.con  # noqa: B018 - opens, waiting for a writer if one is at work
                self._store = store
            cursor = self._store.con.cursor()
            self._users += 1
        try:
            yield _Borrowed(self.path, cursor, self.lock_timeout)
        finally:
            with contextlib.suppress(Exception):
                cursor.close()
            with self._cond:
                self._users -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Give the file up and lend nothing until the block ends (a writer in this same process:
        DuckDB refuses a read-write connection beside a read-only one of the same process)."""
        with self._cond:
            self._paused += 1
            self._give_way()
        try:
            yield
        finally:
            with self._cond:
                self._paused -= 1
                self._cond.notify_all()

    def close(self) -> None:
        self._stop.set()
        with self._cond:
            self._give_way()
