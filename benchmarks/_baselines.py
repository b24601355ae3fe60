"""Quantity-level baselines for benchmarks/extraction.py: quantulum3 (English) and Microsoft
Recognizers-Text (English and Chinese), scored with ``score_claims.py --quantities`` (value and unit only),
plus their speed in sentences per second on one core beside ours."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from regionwatch.extract._text import normalise, sentences

_CURRENCY = {"chinese yuan": "CNY", "yuan": "CNY", "renminbi": "CNY", "dollar": "USD", "united states dollar": "USD"}


def _unit_quantulum(q) -> str | None:  # type: ignore[no-untyped-def]
    name = q.unit.name.lower()
    if name in _CURRENCY:
        return _CURRENCY[name]
    if "percent" in name:
        return "percent"
    if "square kilomet" in name:
        return "km2"
    if name == "dimensionless":
        return "count"
    return None


def _quantulum(text: str) -> list[dict]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit = _unit_quantulum(q)
        if unit:
            out.append({"value": abs(q.value), "unit": unit})
    return out


def _recognizers(text: str, lang: str) -> list[dict]:
    from recognizers_number import recognize_number, recognize_percentage
    from recognizers_number_with_unit import recognize_currency, recognize_dimension
    from recognizers_text import Culture

    culture = Culture.Chinese if lang == "zh" else Culture.English
    out, spans = [], []
    for r in recognize_currency(text, culture):
        res = r.resolution or {}
        unit = (
            "USD"
            if "dollar" in str(res.get("unit", "")).lower()
            else "CNY"
            if res.get("isoCurrency") == "CNY" or ("yuan" in str(res.get("unit", "")).lower())
            else None
        )
        if unit and res.get("value"):
            out.append({"value": float(res["value"]), "unit": unit})
            spans.append((r.start, r.end))
    for r in recognize_percentage(text, culture):
        value = str((r.resolution or {}).get("value", "")).rstrip("%")
        try:
            out.append({"value": float(value), "unit": "percent"})
            spans.append((r.start, r.end))
        except ValueError:
            pass
    for r in recognize_dimension(text, culture):
        res = r.resolution or {}
        if "square kilomet" in str(res.get("unit", "")).lower() and res.get("value"):
            out.append({"value": float(res["value"]), "unit": "km2"})
            spans.append((r.start, r.end))
    for r in recognize_number(text, culture):
        if any(a <= r.start <= b for a, b in spans):
            continue
        with contextlib.suppress(TypeError, ValueError):
            out.append({"value": float((r.resolution or {}).get("value")), "unit": "count"})
    return out


def _run(fn: Callable[[str, str], list[dict]], docs: list[dict], langs: set[str]) -> tuple[list[dict], int, float]:
    """Each document's claims by ``fn`` sentence by sentence, the sentences read and the seconds spent in ``fn``."""
    pred, n_sent, elapsed = [], 0, 0.0
    for d in docs:
        claims: list[dict] = []
        if d["lang"] in langs:
            sents = [s.text for s in sentences(normalise(d["text"]))]
            t = time.perf_counter()
            for s in sents:
                claims += fn(s, d["lang"])
            elapsed += time.perf_counter() - t
            n_sent += len(sents)
        pred.append({"doc_id": d["doc_id"], "claims": claims})
    return pred, n_sent, elapsed


def run_baselines(docs: list[dict], corpus: Path, scorer: Path, ours_sps: float) -> None:
    warnings.filterwarnings("ignore")
    try:
        import quantulum3  # noqa: F401
        import recognizers_text  # noqa: F401
    except ImportError:
        print("baselines not installed: pip install -e '.[bench]' (quantulum3, recognizers-text-suite, emoji<2)")
        return
    results = {}
    for name, fn, langs in (
        ("quantulum3", lambda t, lang: _quantulum(t), {"en"}),
        ("recognizers-text", _recognizers, {"en", "zh"}),
    ):
        fn("warm up 5 percent and 3 billion yuan", "en")
        pred, n_sent, elapsed = _run(fn, docs, langs)
        elapsed = min(elapsed, _run(fn, docs, langs)[2])  # the best of two passes, as regionwatch's best of three
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for p in pred:
                f.write(json.dumps(p) + "\n")
        out = subprocess.run(
            [sys.executable, str(scorer), str(corpus), f.name, "--quantities", "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        scores = json.loads(out.stdout)
        sps = n_sent / elapsed if elapsed else float("nan")
        results[name] = sps
        shown = ", ".join(f"{lang} F1={scores[lang]['f1']:.3f}" for lang in ("en", "zh") if lang in langs)
        print(f"baseline {name}: quantities {shown}; {sps:,.0f} sentences/s on one core")
    for name, sps in results.items():
        print(f"speed ratio regionwatch / {name}: x{ours_sps / sps:.1f}")
