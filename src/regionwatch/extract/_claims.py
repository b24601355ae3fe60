"""The claim record that extraction produces (the claims format of the shared design)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..claims import ClaimRecord
from ..units import sharp

__all__ = ["Claim"]

#: what a claim may say was inferred from context rather than stated beside the figure
INFERABLE = ("region", "period", "kind", "indicator", "unit")


@dataclass
class Claim:
    """One figure a document states about one place, with where it stands in the text.

    ``inferred`` lists the fields taken from the document's context rather than stated beside the
    figure: ``region`` (the place came from an earlier sentence, an anaphor or the title), ``period``
    (no period was written: the publication date and the kind of figure decided it), ``kind`` (the
    document's frame, a plan say, rather than a cue in the sentence), ``unit`` (none was written: "per capita
    GDP … reached 41,798" is read in yuan). Reviewers start there.
    """

    region: str
    indicator: str
    period: str
    value: float
    unit: str
    qualifier: str = "exact"
    kind: str = "actual"
    relative_to: str | None = None
    quote: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None
    inferred: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.value = sharp(self.value)

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {
            "region": self.region,
            "indicator": self.indicator,
            "period": self.period,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "kind": self.kind,
        }
        if self.relative_to is not None:
            d["relative_to"] = self.relative_to
        d |= {"quote": self.quote, "start": self.start, "end": self.end}
        if self.page is not None:
            d["page"] = self.page
        d["inferred"] = list(self.inferred)
        return d

    def to_record(self, location: str | None = None, origin: int = 0) -> ClaimRecord:
        """The stored form of this claim (the one claim record every ingest path writes)."""
        return ClaimRecord(
            region=self.region,
            indicator=self.indicator,
            period=self.period,
            value=self.value,
            unit=self.unit,
            qualifier=self.qualifier,
            kind=self.kind,
            relative_to=self.relative_to,
            quote=self.quote or None,
            location=location,
            page=self.page,
            inferred=tuple(self.inferred),
            origin=origin,
        )
