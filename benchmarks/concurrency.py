#!/usr/bin/env python3
"""One writer and many readers, and a writer killed mid-write.

1. Ingest a generated table (1,000,000 rows by default) alone: the baseline time.
2. Ingest it again into a fresh store while 8 reader processes run `series` and `club` in a loop
   through the library (each call opens the store read-only, as the CLI does): reader errors, reader
   latency p50/p95/max, and the ingest time beside the baseline.
3. Kill -9 a writer at random moments 20 times: after each kill the store must open, hold no
   half-written ingest (claims of an ingest that is not recorded, or an ingest whose claims are not
   all there), and a re-ingest must complete.

usage: python benchmarks/concurrency.py [--rows N] [--readers 8] [--kills 20]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import WORK
from ingest import generate


def _ingest_code(store: Path, csv: Path) -> str:
    return textwrap.dedent(
        f"""
        import time, json
        from regionwatch import Observatory
        obs = Observatory({str(store)!r}, lock_timeout=600)
        t = time.perf_counter()
        (r,) = obs.ingest({str(csv)!r})
        print(json.dumps({{"seconds": time.perf_counter() - t, "status": r.status, "claims": r.claims}}), flush=True)
        """
    )


def ingest(store: Path, csv: Path) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", _ingest_code(store, csv)], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def fresh_store(path: Path) -> None:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    from regionwatch import Observatory

    with Observatory(path) as obs:
        obs.init()


def reader(store: str, stop: mp.Event, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from regionwatch import Observatory
    from regionwatch.errors import RegionwatchError

    obs = Observatory(store, read_only=True, lock_timeout=600)
    latencies, errors, kinds = [], 0, {}
    i = 0
    while not stop.is_set():
        t = time.perf_counter()
        try:
            if i % 2:
                obs.series("440305")
            else:
                obs.club("1万亿")
        except RegionwatchError as e:
            errors += 1
            kinds[type(e).__name__] = kinds.get(type(e).__name__, 0) + 1
        latencies.append(time.perf_counter() - t)
        i += 1
    out.put({"latencies": latencies, "errors": errors, "kinds": kinds})


def readers_during_ingest(store: Path, csv: Path, n_readers: int) -> tuple[dict[str, object], list[float], int, dict]:
    stop, queue = mp.Event(), mp.Queue()
    procs = [mp.Process(target=reader, args=(str(store), stop, queue)) for _ in range(n_readers)]
    for p in procs:
        p.start()
    time.sleep(2)  # readers are running
    result = ingest(store, csv)
    time.sleep(1)
    stop.set()
    stats = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = sorted(x for s in stats for x in s["latencies"])
    kinds: dict[str, int] = {}
    for s in stats:
        for k, v in s["kinds"].items():
            kinds[k] = kinds.get(k, 0) + v
    return result, latencies, sum(s["errors"] for s in stats), kinds


def pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def check_consistent(store: Path) -> tuple[bool, str]:
    """No half-written ingest: every claim's ingest is recorded and every ingest has all its claims."""
    import duckdb

    con = duckdb.connect(str(store), read_only=True)
    try:
        orphans = con.execute("SELECT count(*) FROM claims ANTI JOIN ingests USING (ingest_id)").fetchall()[0][0]
        short = con.execute(
            "SELECT count(*) FROM ingests i WHERE claims_added <> (SELECT count(*) FROM claims c "
            "WHERE c.ingest_id = i.ingest_id)"
        ).fetchall()[0][0]
        obs_orphans = con.execute(
            "SELECT count(*) FROM observations o ANTI JOIN claims c ON c.claim_id = o.claim_id"
        ).fetchall()[0][0]
    finally:
        con.close()
    ok = orphans == 0 and short == 0 and obs_orphans == 0
    return ok, f"orphan claims {orphans}, short ingests {short}, orphan observations {obs_orphans}"


def kill_tests(store: Path, csv: Path, kills: int, alone: float) -> None:
    rng = random.Random(7)
    survived, consistent, reingested = 0, 0, 0
    for k in range(kills):
        fresh_store(store)
        proc = subprocess.Popen([sys.executable, "-c", _ingest_code(store, csv)], stdout=subprocess.PIPE)
        time.sleep(rng.uniform(0.2, max(0.5, alone * 1.1)))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        try:
            from regionwatch import Observatory

            with Observatory(store, read_only=True) as obs:
                obs.status()
            survived += 1
        except Exception as e:
            print(f"  kill {k + 1}: store does not open: {e}")
            continue
        ok, detail = check_consistent(store)
        consistent += ok
        if not ok:
            print(f"  kill {k + 1}: {detail}")
        again = ingest(store, csv)
        reingested += again["status"] in ("ingested", "unchanged")
    print(f"kill -9 the writer {kills} times at random moments:")
    print(f"  store opens afterwards:        {survived}/{kills}")
    print(f"  nothing half-written visible:  {consistent}/{kills}")
    print(f"  re-ingest completes:           {reingested}/{kills}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--readers", type=int, default=8)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--kill-rows", type=int, default=100_000, help="rows of the table the killed writers ingest")
    a = ap.parse_args()
    work = WORK / "concurrency"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    csv = work / "long.csv"
    generate(csv, a.rows)
    store = work / "store.duckdb"

    fresh_store(store)
    alone = ingest(store, csv)
    print(f"ingest of {a.rows:,} rows alone: {alone['seconds']:.1f} s")

    fresh_store(store)
    during, latencies, errors, kinds = readers_during_ingest(store, csv, a.readers)
    print(
        f"same ingest with {a.readers} readers looping (series, club): {during['seconds']:.1f} s "
        f"(x{during['seconds'] / alone['seconds']:.2f} the time alone)"
    )
    print(f"reader calls: {len(latencies):,}; errors: {errors} {kinds or ''}")
    print(
        f"reader latency: p50 {pct(latencies, 0.5) * 1000:.0f} ms, p95 {pct(latencies, 0.95) * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms (readers wait while the writer holds the file)"
    )

    small = work / "small.csv"
    generate(small, a.kill_rows)
    fresh_store(store)
    small_alone = ingest(store, small)["seconds"]
    kill_tests(store, small, a.kills, small_alone)


if __name__ == "__main__":
    main()
