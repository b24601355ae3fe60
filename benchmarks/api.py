#!/usr/bin/env python3
"""The HTTP API under load: 50 concurrent clients on loopback against /api/series/{code} and /api/club,
on a store with 10 million observations, beside a static file served by the same server (the baseline).

The store is filled, then `regionwatch optimize` puts its rows in region order (``--no-optimize`` to
measure without). The server runs in its own process (uvicorn with uvloop and httptools, one worker);
the clients are asyncio tasks in this process (uvloop when installed), each on its own keep-alive
HTTP/1.1 connection through a minimal client, so that the load generator takes as little as it can of
the two cores it shares with the server. Two modes: closed loop (each client sends its next request
when the last one is answered: the server's and the load generator's capacity) and paced (``--rate``
requests/s offered in all, latency counted from when each request was due). Series requests pick a
random county among 2,850: "cold" starts with an empty answer cache, "warm" asks every url once
first; servers with the cache off show the cost of answering every request from the store (closed
loop only: offered 100 requests/s they fall behind without end).

usage: python benchmarks/api.py [--observations N] [--seconds S] [--clients C] [--keep] [--no-optimize]
                              [--rate R] [--only TEXT]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import WORK
from query import fill
from regionwatch import Observatory


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(path: Path, port: int, cache: bool) -> subprocess.Popen:
    code = (
        "import uvicorn; from regionwatch.server import create_app; "
        f"uvicorn.run(create_app({str(path)!r}, cache={cache}), host='127.0.0.1', port={port}, log_level='error')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=5)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


class _Connection:
    """One keep-alive HTTP/1.1 connection: the load generator's client, minimal so that measuring costs
    little of the two cores the server also runs on (httpx costs ~5x more CPU per request)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, url: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {url} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def load(base: str, urls: list[str], clients: int, seconds: float, rate: float | None = None) -> dict[str, float]:
    """Closed loop (``rate`` None: each client sends its next request when the last is answered) or
    paced (``rate`` requests/s offered in all, spread over the clients; a request's latency counts from
    the moment it was due, so a slow answer that delays the next one is not hidden)."""
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    host, port = base.removeprefix("http://").split(":")

    async def client() -> None:
        nonlocal errors
        http = _Connection(host, int(port))
        gap = clients / rate if rate else 0.0
        due = time.perf_counter() + random.random() * gap
        while due < stop:
            if gap:
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
            t = due if gap else time.perf_counter()
            try:
                if await asyncio.wait_for(http.get(random.choice(urls)), 30) != 200:
                    errors += 1
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                errors += 1
                http.close()
                http = _Connection(host, int(port))
            latencies.append(time.perf_counter() - t)
            due = due + gap if gap else time.perf_counter()
        http.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": q[49] * 1000,
        "p95": q[94] * 1000,
        "p99": q[98] * 1000,
        "errors": errors,
    }


async def _warm(base: str, urls: list[str]) -> None:
    """Ask every url once (8 at a time), so that the measured run reads answers from the cache."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        sem = asyncio.Semaphore(8)

        async def one(url: str) -> None:
            async with sem:
                await http.get(url)

        await asyncio.gather(*(one(u) for u in urls))


def _run(coro):  # type: ignore[no-untyped-def]
    try:
        import uvloop

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--observations", type=int, default=10_000_000)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--no-optimize", action="store_true", help="leave the filled store's rows in insertion order")
    ap.add_argument("--rate", type=float, default=100, help="requests/s offered in all in the paced runs")
    ap.add_argument("--only", default="", help="run the scenarios whose name holds this text (and the baseline)")
    a = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "api.duckdb"
    if not (a.keep and path.exists()):
        path.unlink(missing_ok=True)
        t = time.perf_counter()
        with Observatory(path) as obs:
            n = fill(obs, a.observations)
            print(f"filled {n:,} observations in {time.perf_counter() - t:.1f} s")
            if not a.no_optimize:
                t = time.perf_counter()
                obs.optimize()
                print(f"regionwatch optimize (rows in region order) in {time.perf_counter() - t:.1f} s")
    with Observatory(path, read_only=True) as obs:
        codes = obs.store.sql("SELECT DISTINCT region FROM observations")["region"].tolist()
    series = [f"/api/series/{c}?indicator=gdp" for c in codes]
    scenarios = [  # name, cache, warm the cache first, urls
        ("static file (baseline)", True, False, ["/static/style.css"]),
        ("/api/series/{code}, cache on, cold", True, False, series),
        ("/api/series/{code}, cache on, warm", True, True, series),
        ("/api/club, cache on", True, True, ["/api/club?threshold=1e12"]),
        ("/api/series/{code}, cache off", False, False, series),
        ("/api/club, cache off", False, False, ["/api/club?threshold=1e12"]),
    ]
    print(f"{a.clients} clients, {a.seconds:.0f} s each, {len(codes):,} codes; the load generator shares the cores")
    results = {}
    for mode, rate in (
        ("closed loop (as fast as answered)", None),
        (f"paced: {a.rate:.0f} requests/s offered", a.rate),
    ):
        print(f"== {mode}")
        print(f"{'scenario':38}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
        for name, cache, warm, urls in scenarios:
            if a.only not in name and "baseline" not in name:
                continue
            if rate and not cache:  # the store alone serves fewer than --rate: the queue would only grow
                continue
            port = free_port()
            proc = start(path, port, cache)
            try:
                if warm:
                    asyncio.run(_warm(f"http://127.0.0.1:{port}", urls))
                r = _run(load(f"http://127.0.0.1:{port}", urls, a.clients, a.seconds, rate))
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            results[(mode, name)] = r
            print(f"{name:38}{r['rps']:>9.0f}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}{r['errors']:>8}")
        base = results[(mode, "static file (baseline)")]
        for name in ("/api/series/{code}, cache on, warm", "/api/club, cache on"):
            if (mode, name) in results:
                print(f"ratio p95 {name} / static: x{results[(mode, name)]['p95'] / base['p95']:.1f}")
    print("target: p95 < 30 ms, no errors")
    if not a.keep:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
