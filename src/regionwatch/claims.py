"""The one claim record: what a source states about one place, as every ingest path hands it to the store.

A claim from a table row and a claim from a sentence are the same record: ``ClaimRecord`` for one,
``CLAIM_SCHEMA`` (derived from it) for many in an Arrow table. ``claims_table`` turns records or a
DataFrame with these columns into that table, checking names and types, so the store receives
exactly one shape whichever path the figures came by.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from .errors import RegionwatchError

__all__ = ["CLAIM_SCHEMA", "CLAIM_STATUSES", "ClaimRecord", "claims_table"]

#: pending: read from text, waiting for review; accepted: may become an observation; rejected: kept, never counts
CLAIM_STATUSES = ("pending", "accepted", "rejected")


@dataclass(frozen=True)
class ClaimRecord:
    """One figure with its provenance; ``origin`` indexes the ingest's list of ``Origin``."""

    region: str
    indicator: str
    period: str
    value: float
    unit: str
    qualifier: str = "exact"
    kind: str = "actual"
    relative_to: str | None = None
    quote: str | None = None
    location: str | None = None
    page: int | None = None
    region_text: str | None = None
    inferred: tuple[str, ...] = field(default_factory=tuple)
    origin: int = 0


_TYPES: dict[str, pa.DataType] = {
    "region": pa.string(),
    "indicator": pa.string(),
    "period": pa.string(),
    "value": pa.float64(),
    "unit": pa.string(),
    "qualifier": pa.string(),
    "kind": pa.string(),
    "relative_to": pa.string(),
    "quote": pa.string(),
    "location": pa.string(),
    "page": pa.int32(),
    "region_text": pa.string(),
    "inferred": pa.list_(pa.string()),
    "origin": pa.int64(),
}
CLAIM_SCHEMA = pa.schema([(f.name, _TYPES[f.name]) for f in dataclasses.fields(ClaimRecord)])
_REQUIRED = ("region", "indicator", "period", "value", "unit", "qualifier", "kind")


def claims_table(claims: Iterable[ClaimRecord] | pd.DataFrame) -> pa.Table:
    """Records, or a frame with the record's columns (optional ones may be absent), as an Arrow table."""
    if isinstance(claims, pd.DataFrame):
        frame = claims.reset_index(drop=True)
    else:
        frame = pd.DataFrame([dataclasses.asdict(c) for c in claims], columns=CLAIM_SCHEMA.names)
    missing = [c for c in _REQUIRED if c not in frame.columns]
    if missing:
        raise RegionwatchError(f"claims lack the column(s) {', '.join(missing)}")
    columns = {}
    for name in CLAIM_SCHEMA.names:
        if name not in frame.columns:
            columns[name] = pa.nulls(len(frame), _TYPES[name]) if name != "origin" else pa.array([0] * len(frame))
            continue
        values = frame[name]
        if name == "inferred":
            values = [list(v) if isinstance(v, list | tuple) else [] for v in values]
        elif values.dtype == object or str(values.dtype).startswith("string"):
            values = values.astype(object).where(values.notna(), None)
        columns[name] = pa.array(values, type=_TYPES[name], from_pandas=True)
    return pa.table(columns, schema=CLAIM_SCHEMA)
