"""Read queries (series, observations, sources, status) and review decisions, all parameterised."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from ..errors import InvalidInput
from ._observations import refresh_observations

if TYPE_CHECKING:
    from ._store import Store

__all__ = ["ClaimFilter", "claims", "decide", "observations", "record", "series", "sources", "status"]


def _current(prefix: str, as_of: dt.datetime | None) -> tuple[str, list[object]]:
    if as_of is None:
        return f"{prefix}superseded_at IS NULL", []
    return (
        f"{prefix}recorded_at <= ? AND ({prefix}superseded_at IS NULL OR {prefix}superseded_at > ?)",
        [as_of, as_of],
    )


def status(store: Store) -> dict[str, object]:
    row = store.run(
        """
        SELECT (SELECT count(DISTINCT code) FROM regions), (SELECT count(*) FROM regions),
            (SELECT count(*) FROM indicators), (SELECT count(*) FROM ingests), (SELECT count(*) FROM sources),
            (SELECT count(*) FROM claims), (SELECT count(*) FROM claims WHERE status = 'pending'),
            (SELECT count(*) FROM claims WHERE status = 'rejected'),
            (SELECT count(*) FROM claims WHERE len(flags) > 0),
            (SELECT count(*) FROM observations WHERE superseded_at IS NULL), (SELECT count(*) FROM observations)
        """
    )[0]
    names = (
        "regions",
        "region_versions",
        "indicators",
        "ingests",
        "sources",
        "claims",
        "pending",
        "rejected",
        "flagged",
        "observations",
        "observation_versions",
    )
    return {
        "path": str(store.path),
        "schema_version": int(store.meta("schema_version") or 0),
        **{n: int(v) for n, v in zip(names, row, strict=True)},
    }  # type: ignore[call-overload]


_CLAIM_COLUMNS = """
    c.claim_id, c.region, c.indicator, c.period, c.value, c.unit, c.qualifier, c.kind, c.relative_to, c.status,
    coalesce(c.flags, []) AS flags, coalesce(c.inferred, []) AS inferred, c.quote, c.location, c.page,
    s.title AS source_title, s.producer AS source_publisher, s.url AS source_url, s.source_type,
    s.date_published AS source_published, s.source_id, c.ingest_id, c.recorded_at
"""


def series(store: Store, region: str, indicator: str | None, as_of: dt.datetime | None) -> pd.DataFrame:
    """Every claim about a region (and indicator), oldest period first; ``shown`` marks the default figure."""
    obs_cond, obs_params = _current("o.", as_of)
    where, params = ["c.region = ?"], [region]
    if indicator:
        where.append("c.indicator = ?")
        params.append(indicator)
        obs_cond, obs_params = f"o.indicator = ? AND {obs_cond}", [indicator, *obs_params]
    if as_of is not None:
        where.append("c.recorded_at <= ?")
        params.append(as_of)
    return store.sql(
        f"""
        WITH o AS (SELECT * FROM observations o WHERE o.region = ? AND {obs_cond}),
        keys AS (SELECT region, indicator, period, unit, max(n_conflicting) AS n_conflicting FROM o GROUP BY ALL)
        SELECT {_CLAIM_COLUMNS}, (o.claim_id IS NOT NULL) AS shown, coalesce(k.n_conflicting > 0, FALSE) AS disputed
        FROM claims c JOIN sources s USING (source_id)
        LEFT JOIN o ON o.claim_id = c.claim_id
        LEFT JOIN keys k ON k.region = c.region AND k.indicator = c.indicator AND k.period = c.period
            AND k.unit = c.unit
        WHERE {" AND ".join(where)}
        ORDER BY c.indicator, length(c.period) > 4, c.period, shown DESC, c.claim_id
        """,
        [region, *obs_params, *params],
    )


def record(store: Store, keys: list[tuple[str, str, str]], as_of: dt.datetime | None) -> pd.DataFrame:
    """The accepted claims about each (region, indicator, period) key, with their sources and digits;
    ``shown`` marks the claim each key's observation stands on (every unit and kind)."""
    cond, params = _current("o.", as_of)
    recorded = "AND c.recorded_at <= ?" if as_of is not None else ""
    columns = [list(column) for column in zip(*keys, strict=True)] if keys else [[], [], []]
    return store.sql(
        f"""
        WITH k AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS region, unnest(?::VARCHAR[]) AS indicator,
            unnest(?::VARCHAR[]) AS period),
        o AS (SELECT o.claim_id FROM observations o WHERE {cond})
        SELECT {_CLAIM_COLUMNS}, c.digits, (o.claim_id IS NOT NULL) AS shown
        FROM claims c JOIN sources s USING (source_id) LEFT JOIN o ON o.claim_id = c.claim_id
        SEMI JOIN k ON k.region = c.region AND k.indicator = c.indicator AND k.period = c.period
        WHERE c.status = 'accepted' {recorded}
        ORDER BY c.region, c.indicator, c.period, shown DESC, c.claim_id
        """,
        [*columns, *params, *([as_of] if as_of is not None else [])],
    )


def observations(store: Store, region: str | None, indicator: str | None, as_of: dt.datetime | None) -> pd.DataFrame:
    cond, params = _current("", as_of)
    where = [cond]
    if region:
        where.append("region = ?")
        params.append(region)
    if indicator:
        where.append("indicator = ?")
        params.append(indicator)
    return store.sql(
        "SELECT region, indicator, period, value, unit, qualifier, kind, n_claims, n_conflicting, claim_id, "
        f"claim_ids, recorded_at, superseded_at FROM observations WHERE {' AND '.join(where)} "
        "ORDER BY region, indicator, period",
        params,
    )


def sources(store: Store) -> pd.DataFrame:
    return store.sql(
        """
        SELECT s.source_id, s.title, s.producer AS publisher, s.url, s.source_type, s.date_published AS published,
            s.date_accessed AS accessed, s.license, s.checksum, count(c.claim_id) AS claims,
            count(c.claim_id) FILTER (WHERE c.status = 'pending') AS pending, s.recorded_at
        FROM sources s LEFT JOIN claims c USING (source_id)
        GROUP BY ALL ORDER BY s.source_id
        """
    )


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims a review lists or decides: every field given must hold (a rule)."""

    claim_ids: tuple[int, ...] = ()
    status: str | None = "pending"
    region: str | None = None
    indicator: str | None = None
    period: str | None = None
    source_id: int | None = None
    ingest_id: int | None = None
    flagged: bool | None = None

    def where(self) -> tuple[str, list[object]]:
        conds, params = ["TRUE"], []
        if self.claim_ids:
            conds.append("list_contains(?, c.claim_id)")
            params.append(list(self.claim_ids))
        for column in ("status", "region", "indicator", "period", "source_id", "ingest_id"):
            value = getattr(self, column)
            if value is not None:
                conds.append(f"c.{column} = ?")
                params.append(value)
        if self.flagged is not None:
            conds.append("coalesce(len(c.flags), 0) > 0" if self.flagged else "coalesce(len(c.flags), 0) = 0")
        return " AND ".join(conds), params


def claims(store: Store, rule: ClaimFilter, limit: int | None = None) -> pd.DataFrame:
    where, params = rule.where()
    tail = ""
    if limit is not None:
        tail = " LIMIT ?"
        params.append(int(limit))
    return store.sql(
        f"SELECT {_CLAIM_COLUMNS} FROM claims c JOIN sources s USING (source_id) WHERE {where} "
        f"ORDER BY c.claim_id{tail}",
        params,
    )


def decide(store: Store, rule: ClaimFilter, decision: str, reason: str | None, now: dt.datetime) -> dict[str, int]:
    """Accept or reject every claim the rule selects, log each decision, and refresh the observations."""
    if decision not in ("accepted", "rejected", "pending"):
        raise InvalidInput(f"a decision is accepted, rejected or pending, not {decision!r}")
    where, params = rule.where()
    described = repr(rule)
    with store.transaction():
        store.run(f"CREATE OR REPLACE TEMP TABLE _decided AS SELECT c.* FROM claims c WHERE {where}", params)
        n = int(store.scalar("SELECT count(*) FROM _decided WHERE status <> ?", [decision]))  # type: ignore[arg-type]
        store.run(
            "INSERT INTO reviews SELECT claim_id, ?, ?, ?, ? FROM _decided WHERE status <> ?",
            [decision, reason, described, now, decision],
        )
        store.run("UPDATE claims SET status = ? WHERE claim_id IN (SELECT claim_id FROM _decided)", [decision])
        counts = refresh_observations(store, "SELECT * FROM _decided", [], now)
        store.run("DROP TABLE _decided")
    return {"decided": n, **counts}
