"""Read queries over the store: series with every claim, observations, sources."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .store import Store

__all__ = ["observations", "series", "sources"]


def _as_of(prefix: str, as_of: dt.datetime | None) -> tuple[str, list[object]]:
    if as_of is None:
        return f"{prefix}superseded_at IS NULL", []
    return (
        f"{prefix}recorded_at <= ? AND ({prefix}superseded_at IS NULL OR {prefix}superseded_at > ?)",
        [as_of, as_of],
    )


def series(store: Store, region: str, indicator: str | None = "gdp", as_of: dt.datetime | None = None) -> pd.DataFrame:
    """Every claim about a region (and indicator), oldest period first; ``shown`` marks the default figure."""
    obs_cond, obs_params = _as_of("o.", as_of)
    claim_cond = "c.recorded_at <= ?" if as_of is not None else "TRUE"
    claim_params: list[object] = [as_of] if as_of is not None else []
    ind_cond = "c.indicator = ?" if indicator else "TRUE"
    ind_params: list[object] = [indicator] if indicator else []
    return store.sql(
        f"""
        WITH o AS (SELECT * FROM observations o WHERE o.region = ? AND {obs_cond})
        SELECT c.region, c.indicator, c.period, c.value, c.unit, c.qualifier, c.kind, c.relative_to,
            (o.claim_id IS NOT NULL) AS shown, o.n_conflicting > 0 AS disputed,
            s.title AS source_title, s.producer AS source_publisher, s.url AS source_url,
            s.source_type, s.date_published AS source_published, c.quote, c.location, c.page,
            c.claim_id, s.source_id, c.recorded_at
        FROM claims c JOIN sources s USING (source_id)
        LEFT JOIN o ON o.claim_id = c.claim_id
        WHERE c.region = ? AND {ind_cond} AND {claim_cond}
        ORDER BY c.indicator, length(c.period) > 4, c.period, shown DESC, c.claim_id
        """,
        [region, *obs_params, region, *ind_params, *claim_params],
    )


def observations(
    store: Store, region: str | None = None, indicator: str | None = None, as_of: dt.datetime | None = None
) -> pd.DataFrame:
    """The figures the store stands behind (one per region, indicator, period, unit)."""
    cond, params = _as_of("", as_of)
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
            s.date_accessed AS accessed, s.license, s.checksum, count(c.claim_id) AS claims, s.recorded_at
        FROM sources s LEFT JOIN claims c USING (source_id)
        GROUP BY ALL ORDER BY s.source_id
        """
    )
