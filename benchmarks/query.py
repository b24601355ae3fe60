#!/usr/bin/env python3
"""`series` and `club` latency on a store with 10 million observations, beside a plain DuckDB scan of
the same table (the baseline).

The store is filled in bulk with SQL (2,850 county codes x 50 years x 71 indicators: gdp plus 70
'other:' series), since the point here is query speed, not ingestion (see ingest.py). Measured twice: with the rows in
the order they were inserted, then after `regionwatch optimize` has put them in region order.

usage: python benchmarks/query.py [--observations N] [--repeat R] [--keep]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import WORK
from regionwatch import Observatory


def fill(obs: Observatory, target: int) -> int:
    codes = obs.store.sql(
        "SELECT DISTINCT code FROM regions WHERE level = 'county' AND valid_to IS NULL ORDER BY code"
    )["code"].tolist()
    years = 50
    n_ind = max(1, round(target / (len(codes) * years)))
    s = obs.store
    s.run("INSERT INTO ingests VALUES (1, 'bench', 'bench', 'x', 'sql', 1, 0, 0, 0, '{}', now())")
    s.run("INSERT INTO sources VALUES (1, 'benchmark', NULL, NULL, NULL, NULL, NULL, 'official', NULL, NULL, 1, now())")
    s.con.register("_codes", obs.store.sql("SELECT unnest(?::VARCHAR[]) AS code", [codes]))
    s.run(
        f"""
        CREATE TEMP TABLE _grid AS
        SELECT row_number() OVER () AS id, c.code, y.y, i.i,
               CASE WHEN i.i = 0 THEN 'gdp' ELSE 'other:series_' || i.i END AS indicator,
               (hash(c.code, y.y, i.i) % 1000000) / 1000000.0 * 1.2e12 * ((y.y - 1975) / 50.0) AS value
        FROM _codes c, range(1976, {1976 + years}) y(y), range({n_ind}) i(i)
        """
    )
    s.run(
        "INSERT INTO claims SELECT id, 1, 1, code, code, indicator, y::VARCHAR, value, 'CNY', 'exact', 'actual', "
        "NULL, NULL, NULL, NULL, now(), 4, 'accepted', NULL, NULL FROM _grid"
    )
    s.run(
        "INSERT INTO observations SELECT id, code, indicator, y::VARCHAR, 'CNY', value, 'exact', 'actual', id, "
        "[id], 1, 0, now(), NULL FROM _grid"
    )
    s.run("DROP TABLE _grid")
    s.run("CHECKPOINT")
    return int(s.scalar("SELECT count(*) FROM observations"))


def timed(fn, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, result


def measure(path: Path, repeat: int, title: str) -> None:
    per_call = Observatory(path, read_only=True)  # opens and closes the file on every call, as the CLI does
    with Observatory(path, read_only=True, keep_open=True) as obs:
        rows = [
            (
                "plain scan: one region, all rows (baseline)",
                lambda: obs.store.sql("SELECT * FROM observations WHERE region = '440305'"),
            ),
            (
                "plain scan: one region, gdp (baseline)",
                lambda: obs.store.sql("SELECT * FROM observations WHERE region = '440305' AND indicator = 'gdp'"),
            ),
            ("series('440305', 'gdp')", lambda: obs.series("440305", "gdp")),
            ("series('南山区', within='深圳')", lambda: obs.series("南山区", within="深圳")),
            ("club(1e12)", lambda: obs.club(1e12)),
            ("club(5000亿, level=county)", lambda: obs.club("5000亿")),
            ("next(1e12, limit=10)", lambda: obs.next(1e12)),
            ("series('440305', 'gdp'), opening the file per call", lambda: per_call.series("440305", "gdp")),
        ]
        results = {}
        print(f"== {title}")
        print(f"{'query':48}{'median ms':>12}{'rows':>10}")
        for name, fn in rows:
            ms, df = timed(fn, repeat)
            results[name] = ms
            print(f"{name:48}{ms:>12.1f}{len(df):>10,}")  # type: ignore[arg-type]
        base = results["plain scan: one region, gdp (baseline)"]
        series_ms = results["series('440305', 'gdp')"]
        print(f"ratio series/plain scan: x{series_ms / base:.1f}")
        print(f"ratio club/plain scan: x{results['club(1e12)'] / base:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--observations", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", action="store_true", help="keep the filled store under benchmarks/_work")
    a = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "query.duckdb"
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    with Observatory(path) as obs:
        n = fill(obs, a.observations)
    print(f"filled {n:,} observations in {time.perf_counter() - t:.1f} s ({path.stat().st_size / 2**20:,.0f} MiB)")
    measure(path, a.repeat, "rows in insertion order")
    t = time.perf_counter()
    with Observatory(path) as obs:
        obs.optimize()
    print(f"regionwatch optimize in {time.perf_counter() - t:.1f} s ({path.stat().st_size / 2**20:,.0f} MiB)")
    measure(path, a.repeat, "after regionwatch optimize (rows in region order)")
    if not a.keep:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
