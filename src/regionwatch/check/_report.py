"""What a check returns: for each figure of an article a verdict, the findings behind it and their evidence."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from ..extract import Claim

__all__ = ["CHECK_RULES", "VERDICTS", "CheckReport", "DocumentCheck", "FigureCheck", "Finding"]

#: the verdicts, most serious first
VERDICTS = {
    "inconsistent-within": "the article contradicts itself or arithmetic (a conversion, share, growth rate, sum)",
    "conflicting": "differs from the record beyond the figure's own precision and qualifier",
    "consistent": "agrees with the record at the figure's own precision and qualifier",
    "new": "the record has nothing for that place, indicator and period",
    "unverifiable": "outside the indicator vocabulary, not attached to a place, or only bounded by the record",
}

#: the rule behind each finding
CHECK_RULES = {
    "record-agrees": "agrees with the figure the record shows (or, for a target, with a recorded target)",
    "record-differs": "differs from the figure the record shows by more than both figures' precision allows",
    "record-bound": "the record and the figure are bounds that neither confirm nor exclude each other",
    "record-share": "a share or ratio compared with the one the record's two levels give",
    "record-converted": "a dollar figure compared with the record's yuan figure at the rates around publication",
    "no-record": "the record holds no accepted figure for the place, indicator, period and unit",
    "other-indicator": "an indicator outside the vocabulary (other:…): nothing to compare with",
    "no-place": "a money figure the extractor could not attach to a place and indicator",
    "usd-conversion": "a dollar figure beside a yuan figure: the rate it implies against the monthly averages",
    "share-of-levels": "a share or ratio against the two levels the article states",
    "growth-of-levels": "a growth rate against the growth two levels a year apart imply (within 10 points)",
    "parts-above-total": "sectors or places that add up to more than the total the article states",
    "same-figure-differs": "two figures for the same place, indicator and period that differ beyond rounding",
}

WITHIN_RULES = ("usd-conversion", "share-of-levels", "growth-of-levels", "parts-above-total", "same-figure-differs")


@dataclass
class Finding:
    """One rule applied to one figure: ``outcome`` is agrees, differs or unknown."""

    rule: str
    outcome: str
    message: str
    evidence: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "outcome": self.outcome, "message": self.message, "evidence": self.evidence}


@dataclass
class FigureCheck:
    """A figure of the article (a claim, or a money figure no claim was read from) and its verdict."""

    quote: str
    start: int
    end: int
    claim: Claim | None = None
    name: str | None = None  # the place's name, for people
    findings: list[Finding] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return self._decided()[0]

    @property
    def rule(self) -> str:
        return self._decided()[1]

    def _decided(self) -> tuple[str, str]:
        by_rule = {f.rule: f for f in self.findings}
        within = [f for f in self.findings if f.rule in WITHIN_RULES and f.outcome == "differs"]
        if within:
            return "inconsistent-within", within[0].rule
        record = next((f for f in self.findings if f.rule.startswith("record-") or f.rule == "no-record"), None)
        if record is not None and record.outcome == "differs":
            return "conflicting", record.rule
        if record is not None and record.outcome == "agrees":
            return "consistent", record.rule
        for rule in ("other-indicator", "no-place", "record-bound"):
            if rule in by_rule:
                return "unverifiable", rule
        return "new", "no-record"

    def to_dict(self) -> dict[str, object]:
        return {
            "verdict": self.verdict,
            "rule": self.rule,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "claim": self.claim.to_dict() if self.claim is not None else None,
            "findings": [f.to_dict() for f in self.findings],
        }


def summarise(figures: list[FigureCheck]) -> dict[str, int]:
    counts = Counter(f.verdict for f in figures)
    return {v: counts.get(v, 0) for v in VERDICTS}


@dataclass
class DocumentCheck:
    doc_id: str
    text: str
    lang: str | None
    published: dt.date | None
    title: str | None = None
    url: str | None = None
    figures: list[FigureCheck] = field(default_factory=list)

    @property
    def summary(self) -> dict[str, int]:
        return summarise(self.figures)

    def to_dict(self) -> dict[str, object]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "url": self.url,
            "lang": self.lang,
            "published": self.published.isoformat() if self.published else None,
            "summary": self.summary,
            "figures": [f.to_dict() for f in self.figures],
            "text": self.text,
        }


@dataclass
class CheckReport:
    """The check of one or more documents; ``conflicts`` is what a newsroom's pipeline gates on."""

    documents: list[DocumentCheck]
    as_of: dt.datetime | None = None

    @property
    def figures(self) -> list[FigureCheck]:
        return [f for d in self.documents for f in d.figures]

    @property
    def summary(self) -> dict[str, int]:
        return summarise(self.figures)

    @property
    def conflicts(self) -> bool:
        """True when a figure conflicts with the record or the article contradicts itself."""
        return any(f.verdict in ("conflicting", "inconsistent-within") for f in self.figures)

    def summary_line(self) -> str:
        counts = self.summary
        parts = [f"{n} {v}" for v, n in counts.items() if n]
        return f"{len(self.figures)} figures: " + (", ".join(parts) if parts else "none found")

    def to_dict(self) -> dict[str, object]:
        return {
            "summary": self.summary,
            "conflicts": self.conflicts,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "documents": [d.to_dict() for d in self.documents],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per figure: where it stands, what it says, its verdict and the record's figure."""
        rows = []
        for d in self.documents:
            for f in d.figures:
                c = f.claim
                decisive = next((x for x in f.findings if x.rule == f.rule), None)
                evidence = decisive.evidence if decisive else {}
                rows.append(
                    {
                        "doc_id": d.doc_id,
                        "chars": f"{f.start}-{f.end}",
                        "quote": f.quote,
                        "region": c.region if c else None,
                        "name": f.name,
                        "indicator": c.indicator if c else None,
                        "period": c.period if c else None,
                        "value": c.value if c else None,
                        "unit": c.unit if c else None,
                        "qualifier": c.qualifier if c else None,
                        "kind": c.kind if c else None,
                        "verdict": f.verdict,
                        "rule": f.rule,
                        "record_value": evidence.get("record_value"),
                        "difference_pct": evidence.get("difference_pct"),
                        "message": decisive.message if decisive else "",
                    }
                )
        return pd.DataFrame(rows)
