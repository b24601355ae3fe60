"""How much the claims of the project's own probe documents (``benchmarks/probes``) change when the documents
are written differently (``_perturb``: wrapped, run into one paragraph, …). No gold is needed: a reader that
does not lean on layout reads the same claims. Prints, per perturbation, the claims that differ and the
documents they are in. ``--show`` lists them."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from _perturb import PERTURBATIONS
from regionwatch.extract import extract_claims

PROBES = Path(__file__).resolve().parent / "probes"


def _read(path: Path) -> tuple[str, str, str]:
    """(text, language, publication date) of a probe document."""
    first, _, text = path.read_text(encoding="utf-8").partition("\n")
    return text, "zh" if path.name.startswith("zh") else "en", first.removeprefix("PUB=").strip()


def _claims(text: str, lang: str, published: str) -> Counter[tuple]:
    return Counter(
        (c.region, c.indicator, c.period, c.value, c.qualifier, c.kind)
        for c in extract_claims(text, lang=lang, published=published)
    )


def main(show: bool = False) -> None:
    docs = {p.name: _read(p) for p in sorted(PROBES.glob("*.txt"))}
    plain = {name: _claims(*doc) for name, doc in docs.items()}
    total = sum(sum(c.values()) for c in plain.values())
    print(f"{len(docs)} probe documents, {total} claims as written")
    for label, rewrite in PERTURBATIONS.items():
        changed, where = 0, []
        for name, (text, lang, published) in docs.items():
            got = _claims(rewrite(text, lang), lang, published)
            diff = (plain[name] - got) + (got - plain[name])
            if diff:
                changed += sum(diff.values())
                where.append(name)
                if show:
                    print(f"  {label} {name}: -{dict(plain[name] - got)} +{dict(got - plain[name])}")
        print(f"{label:15} {changed:3} claims differ in {len(where)} documents {' '.join(where)}")


if __name__ == "__main__":
    main(show="--show" in sys.argv)
