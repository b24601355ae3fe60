#!/usr/bin/env python3
"""The HTTP API under load: 50 concurrent clients on loopback against /api/series/{code} and /api/club,
on a store with 10 million observations, beside a static file served by the same server (the baseline).

The server runs in its own process (uvicorn, one worker); the clients are asyncio tasks on one httpx
client in this process, each sending its next request when the last one is answered. Series requests
pick a random county among 2,850, so the in-memory answer cache has to warm up; a second server with
the cache off shows the cost of answering every request from the store.

usage: python benchmarks/api.py [--observations N] [--seconds S] [--clients C] [--keep]
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


async def load(base: str, urls: list[str], clients: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:

        async def client() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                t = time.perf_counter()
                try:
                    r = await http.get(random.choice(urls))
                    if r.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - t)

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--observations", type=int, default=10_000_000)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "api.duckdb"
    if not (a.keep and path.exists()):
        path.unlink(missing_ok=True)
        t = time.perf_counter()
        with Observatory(path) as obs:
            n = fill(obs, a.observations)
        print(f"filled {n:,} observations in {time.perf_counter() - t:.1f} s")
    with Observatory(path, read_only=True) as obs:
        codes = obs.store.sql("SELECT DISTINCT region FROM observations")["region"].tolist()
    scenarios = [
        ("static file (baseline)", True, ["/static/style.css"]),
        ("/api/series/{code}, cache on", True, [f"/api/series/{c}?indicator=gdp" for c in codes]),
        ("/api/club, cache on", True, ["/api/club?threshold=1e12"]),
        ("/api/series/{code}, cache off", False, [f"/api/series/{c}?indicator=gdp" for c in codes]),
        ("/api/club, cache off", False, ["/api/club?threshold=1e12"]),
    ]
    print(f"{a.clients} clients, {a.seconds:.0f} s each, {len(codes):,} codes")
    print(f"{'scenario':34}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    results = {}
    for name, cache, urls in scenarios:
        port = free_port()
        proc = start(path, port, cache)
        try:
            r = asyncio.run(load(f"http://127.0.0.1:{port}", urls, a.clients, a.seconds))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        results[name] = r
        print(f"{name:34}{r['rps']:>9.0f}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}{r['errors']:>8}")
    base = results["static file (baseline)"]
    for name in ("/api/series/{code}, cache on", "/api/club, cache on"):
        print(f"ratio p95 {name} / static: x{results[name]['p95'] / base['p95']:.1f}")
    print("target: p95 < 30 ms, no errors")
    if not a.keep:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
