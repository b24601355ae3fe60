"""The dev corpus split in two fixed halves, and claim scores through ../shared/tools/score_claims.py.

The split is made once, by rule, before any tuning: documents are grouped by language and by batch
(the 25 of the first release, the 32 added later), ordered by the SHA-256 of their id, and dealt
alternately to ``tune`` (the half whose errors may be read while improving the extractor) and
``heldout`` (the half that is only ever scored, never read for errors). Adding documents to the
corpus reshuffles nothing that was there before only within a group; the rule is printed with the
figures so that a reader knows which half a number comes from.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

HALVES = ("tune", "heldout")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def batch(doc_id: str) -> str:
    return "later" if doc_id.startswith("dev2-") else "first"


def split(docs: list[dict]) -> dict[str, list[dict]]:
    groups: dict[tuple[str, str], list[dict]] = {}
    for d in docs:
        groups.setdefault((d.get("lang", "?"), batch(d["doc_id"])), []).append(d)
    halves: dict[str, list[dict]] = {h: [] for h in HALVES}
    for _key, group in sorted(groups.items()):
        group.sort(key=lambda d: hashlib.sha256(d["doc_id"].encode()).hexdigest())
        for i, d in enumerate(group):
            halves[HALVES[i % 2]].append(d)
    return halves


def scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_claims", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(sc: ModuleType, gold: list[dict], pred: dict[str, list[dict]]) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 overall and per language, as score_claims.py computes them."""
    tally: dict[str, list[int]] = {}
    for g in gold:
        pairs, fn, fp = sc.match(sc.scored(g.get("claims")), sc.scored(pred.get(g["doc_id"], [])))
        for lang in ("all", g.get("lang", "?")):
            t = tally.setdefault(lang, [0, 0, 0])
            t[0] += len(pairs)
            t[1] += len(fp)
            t[2] += len(fn)
    out = {}
    for lang, (tp, fp, fn) in tally.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[lang] = {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def errors(sc: ModuleType, gold: list[dict], pred: dict[str, list[dict]]) -> list[tuple[str, str, dict]]:
    out = []
    for g in gold:
        _pairs, fn, fp = sc.match(sc.scored(g.get("claims")), sc.scored(pred.get(g["doc_id"], [])))
        out += [("missed", g["doc_id"], c) for c in fn] + [("extra", g["doc_id"], c) for c in fp]
    return out


def categories(sc: ModuleType, gold: list[dict], pred: dict[str, list[dict]]) -> dict[str, int]:
    """Counts of what went wrong, the way the unseen-document report in issue 6 counts them.

    A missed gold claim paired with a leftover prediction of the same value and unit is a wrong
    ``period``, ``indicator``, ``region`` or ``relative_to`` (the first key that differs; ``several``
    when more than one does); a missed claim whose value was read but given an ``other:`` indicator
    is ``read as other:``; a missed claim with no such prediction is ``not found``; a leftover
    prediction is ``spurious``. Only counts are printed for the held-out half, never the claims.
    """
    out = {"right": 0, "period": 0, "indicator": 0, "region": 0, "relative_to": 0, "several": 0}
    out |= {"read as other:": 0, "not found": 0, "spurious": 0}
    for g in gold:
        pairs, fn, fp = sc.match(sc.scored(g.get("claims")), sc.scored(pred.get(g["doc_id"], [])))
        out["right"] += len(pairs)
        left = list(fp)
        others = [p for p in pred.get(g["doc_id"], []) if str(p.get("indicator", "")).startswith("other:")]
        for miss in fn:

            def same(p: dict, miss: dict = miss) -> bool:
                return p.get("unit") == miss.get("unit") and sc.close(
                    p.get("value"), miss.get("value"), miss.get("unit")
                )

            twin = next((p for p in left if same(p)), None)
            if twin is None:
                out["read as other:" if any(same(p) for p in others) else "not found"] += 1
                continue
            left.remove(twin)
            differ = [
                k
                for k in ("period", "indicator", "region", "relative_to")
                if (twin.get(k) or "") != (miss.get(k) or "")
            ]
            out[differ[0] if len(differ) == 1 else "several"] += 1
        out["spurious"] += len(left)
    return out
