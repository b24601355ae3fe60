#!/usr/bin/env python3
"""Ingest a generated 1,000,000-row long table; print rows/s and peak memory beside DuckDB's own
plain read of the same CSV (the baseline), each in a fresh process.

usage: python benchmarks/ingest.py [--rows N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import WORK, measure

INDICATORS = [
    "gdp",
    "primary_value_added",
    "secondary_value_added",
    "tertiary_value_added",
    "industrial_value_added",
    "industrial_output",
    "fiscal_revenue",
    "retail_sales",
    "foreign_trade",
    "gdp_growth",
]


def generate(path: Path, rows: int) -> None:
    from regionwatch import Gazetteer

    codes = sorted({r.code for r in Gazetteer.load().all() if r.level == "county" and r.active})
    rng = random.Random(42)
    with open(path, "w", encoding="utf-8") as f:
        f.write("region,indicator,period,value,unit\n")
        n = 0
        for indicator in INDICATORS:
            unit = "%" if indicator == "gdp_growth" else "亿元"
            for year in range(1990, 2026):
                for code in codes:
                    if n >= rows:
                        return
                    value = rng.uniform(-3, 12) if unit == "%" else rng.uniform(5, 12000)
                    f.write(f"{code},{indicator},{year},{value:.2f},{unit}\n")
                    n += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    a = ap.parse_args()
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    csv = WORK / "long.csv"
    generate(csv, a.rows)
    size = csv.stat().st_size / 2**20
    print(f"generated {a.rows:,} rows ({size:.1f} MiB) in {csv}")

    baseline = measure(f"""
        import time, duckdb
        t = time.perf_counter()
        con = duckdb.connect({str(WORK / "plain.duckdb")!r})
        con.execute("CREATE TABLE t AS SELECT * FROM read_csv({str(csv)!r}, all_varchar=true)").fetchall()
        n = con.execute("SELECT count(*) FROM t").fetchall()[0][0]
        con.close()
        result = {{"seconds": time.perf_counter() - t, "rows": n}}
    """)
    ours = measure(f"""
        import time
        from regionwatch import Observatory
        obs = Observatory({str(WORK / "store.duckdb")!r})
        t = time.perf_counter()
        (r,) = obs.ingest({str(csv)!r})
        assert r.status == "ingested", r.problems[:3]
        result = {{"seconds": time.perf_counter() - t, "rows": r.claims,
                   "observations": r.observations_written}}
        t = time.perf_counter()
        (again,) = obs.ingest({str(csv)!r})
        result["reingest_seconds"] = time.perf_counter() - t
        assert again.status == "unchanged"
    """)
    print(f"{'':28}{'seconds':>10}{'rows/s':>14}{'peak MiB':>10}")
    for name, m in (("duckdb read_csv (baseline)", baseline), ("regionwatch ingest", ours)):
        print(f"{name:28}{m['seconds']:>10.2f}{m['rows'] / m['seconds']:>14,.0f}{m['peak_rss_mib']:>10.0f}")
    print(
        f"ratio ingest/baseline: time x{ours['seconds'] / baseline['seconds']:.1f}, "
        f"peak memory x{ours['peak_rss_mib'] / baseline['peak_rss_mib']:.1f}"
    )
    print(f"observations written: {ours['observations']:,}; identical re-ingest: {ours['reingest_seconds']:.2f} s")
    print("(regionwatch validates every row: regions, units, periods, duplicates; writes claims and observations)")


if __name__ == "__main__":
    main()
