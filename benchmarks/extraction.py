#!/usr/bin/env python3
"""Extraction quality and speed on ../shared/corpus/dev.jsonl (when present).

Prints claim precision/recall/F1 overall and per language with qualifier and kind accuracy (through
../shared/tools/score_claims.py), the quantity-level score (value and unit only) beside quantulum3 and
Microsoft Recognizers-Text when they are installed (pip install -e '.[bench]'), sentences per second
per core for each, and the time on a ~5 MB document against a 1 MB one (linear growth).

usage: python benchmarks/extraction.py [--corpus PATH] [--show-errors N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev.jsonl")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--skip-baselines", action="store_true")
    a = ap.parse_args()
    scorer = SHARED / "tools" / "score_claims.py"
    if not a.corpus.exists() or not scorer.exists():
        print(f"corpus or scorer not found ({a.corpus}); nothing to measure")
        return 0
    from regionwatch.extract import extract_claims

    docs = [json.loads(line) for line in a.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    t = time.perf_counter()
    pred = [
        {
            "doc_id": d["doc_id"],
            "claims": [
                c.to_dict() for c in extract_claims(d["text"], lang=d.get("lang"), published=d.get("published"))
            ],
        }
        for d in docs
    ]
    elapsed = time.perf_counter() - t
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in pred:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
        pred_path = f.name
    print("== claims (region, indicator, period, unit, relative_to; value within 0.5%)")
    subprocess.run(
        [sys.executable, str(scorer), str(a.corpus), pred_path, "--show-errors", str(a.show_errors)], check=False
    )
    print("== quantities only (value and unit)")
    subprocess.run([sys.executable, str(scorer), str(a.corpus), pred_path, "--quantities"], check=False)
    n_sent = sum(len(_sentences(d["text"])) for d in docs)
    print(
        f"regionwatch: {len(docs)} documents, {n_sent} sentences in {elapsed:.2f} s "
        f"= {n_sent / elapsed:,.0f} sentences/s on one core"
    )
    if not a.skip_baselines:
        from _baselines import run_baselines

        run_baselines(docs, a.corpus, scorer, n_sent / elapsed)
    _linearity(docs)
    return 0


def _sentences(text: str) -> list[object]:
    from regionwatch.extract._text import normalise, sentences

    return sentences(normalise(text))


def _linearity(docs: list[dict]) -> None:
    from regionwatch.extract import extract_claims

    base = "\n".join(d["text"] for d in docs)
    one = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    five = (base * (5_000_000 // len(base) + 1))[:5_000_000]
    times = {}
    for name, doc in (("1 MB", one), ("5 MB", five)):
        t = time.perf_counter()
        n = len(extract_claims(doc, lang="en", published="2026-01-01"))
        times[name] = time.perf_counter() - t
        print(f"{name} document: {times[name]:.1f} s, {n:,} claims")
    print(f"5 MB / 1 MB time ratio: {times['5 MB'] / times['1 MB']:.2f} (5.0 is linear)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
