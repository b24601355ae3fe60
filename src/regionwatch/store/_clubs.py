"""Club queries: who reached a threshold and since when, and the closest non-members (SQL only).

All figures come from current observations (or those current at ``as_of``) of full calendar
years. A figure counts as crossing when it is a level (exact or approximate) at or above the
threshold, or an 'at least' bound at or above it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from ._store import Store

__all__ = ["candidates", "club", "latest"]


def _obs_sql(as_of: dt.datetime | None, indicator: str = "gdp", unit: str = "CNY") -> tuple[str, list[object]]:
    """Full-year, actual observations of one indicator and unit current at ``as_of`` (default: now)."""
    if as_of is None:
        cond, params = "o.superseded_at IS NULL", []
    else:
        cond, params = "o.recorded_at <= ? AND (o.superseded_at IS NULL OR o.superseded_at > ?)", [as_of, as_of]
    sql = f"""
        SELECT o.*, CAST(o.period AS INTEGER) AS year FROM observations o
        WHERE o.indicator = ? AND o.unit = ? AND o.kind = 'actual'
          AND regexp_full_match(o.period, '\\d{{4}}') AND {cond}
    """
    return sql, [indicator, unit, *params]


_REGIONS_SQL = """
    SELECT r.code, r.level, r.name_zh, r.name_en, r.parent_code, p.name_en AS parent_name_en,
           p.name_zh AS parent_name_zh
    FROM (SELECT * FROM regions QUALIFY row_number() OVER (PARTITION BY code ORDER BY valid_from DESC) = 1) r
    LEFT JOIN (SELECT * FROM regions QUALIFY row_number() OVER (PARTITION BY code ORDER BY valid_from DESC) = 1) p
        ON p.code = r.parent_code
"""


def club(store: Store, threshold: float, level: str = "county", as_of: dt.datetime | None = None) -> pd.DataFrame:
    obs, params = _obs_sql(as_of)
    df = store.sql(
        f"""
        WITH o AS ({obs}), reg AS ({_REGIONS_SQL}),
        crossed AS (
            SELECT region, min(year) AS first_year FROM o
            WHERE value >= ? AND qualifier IN ('exact', 'approx', 'at_least') GROUP BY region
        ),
        first_obs AS (
            SELECT o.* FROM o JOIN crossed c ON o.region = c.region AND o.year = c.first_year
        ),
        latest AS (
            SELECT * FROM o QUALIFY row_number() OVER (PARTITION BY region ORDER BY year DESC) = 1
        ),
        below_before AS (
            SELECT DISTINCT o.region FROM o JOIN crossed c ON o.region = c.region
            WHERE o.year < c.first_year AND o.value < ? AND o.qualifier IN ('exact', 'approx', 'at_most')
        ),
        evidence AS (
            SELECT f.region, list({{'title': s.title, 'publisher': coalesce(s.producer, ''), 'url': s.url,
                    'source_type': s.source_type, 'quote': cl.quote, 'value': cl.value,
                    'qualifier': cl.qualifier}} ORDER BY cl.claim_id) AS sources
            FROM first_obs f, unnest(f.claim_ids) AS u(claim_id)
            JOIN claims cl ON cl.claim_id = u.claim_id JOIN sources s ON s.source_id = cl.source_id
            GROUP BY f.region
        )
        SELECT reg.code, reg.name_en, reg.name_zh, reg.parent_name_en, reg.parent_name_zh, reg.level,
            c.first_year, f.value AS first_value, f.qualifier AS first_qualifier,
            (b.region IS NOT NULL) AS crossing_confirmed,
            l.period AS latest_period, l.value AS latest_value, l.qualifier AS latest_qualifier,
            e.sources
        FROM crossed c JOIN reg ON reg.code = c.region
        JOIN first_obs f ON f.region = c.region JOIN latest l ON l.region = c.region
        LEFT JOIN below_before b ON b.region = c.region LEFT JOIN evidence e ON e.region = c.region
        WHERE reg.level = ?
        ORDER BY c.first_year, l.value DESC
        """,
        [*params, threshold, threshold, level],
    )
    return df.reset_index(drop=True)


def candidates(
    store: Store, threshold: float, level: str = "county", limit: int | None = 10, as_of: dt.datetime | None = None
) -> pd.DataFrame:
    obs, params = _obs_sql(as_of)
    growth_obs, growth_params = _obs_sql(as_of, "gdp_growth", "percent")
    df = store.sql(
        f"""
        WITH o AS ({obs}), reg AS ({_REGIONS_SQL}),
        members AS (
            SELECT DISTINCT region FROM o WHERE value >= ? AND qualifier IN ('exact', 'approx', 'at_least')
        ),
        latest AS (
            SELECT * FROM o ANTI JOIN members m ON o.region = m.region
            QUALIFY row_number() OVER (PARTITION BY o.region ORDER BY year DESC) = 1
        ),
        levels AS (SELECT * FROM o WHERE qualifier IN ('exact', 'approx')),
        last_level AS (
            SELECT * FROM levels QUALIFY row_number() OVER (PARTITION BY region ORDER BY year DESC) = 1
        ),
        base AS (
            SELECT lv.region, arg_min(lv.year, abs(lv.year - (ll.year - 5)) * 2 - (lv.year > ll.year - 5)::INT)
                AS base_year,
                arg_min(lv.value, abs(lv.year - (ll.year - 5)) * 2 - (lv.year > ll.year - 5)::INT) AS base_value
            FROM levels lv JOIN last_level ll ON lv.region = ll.region
            WHERE lv.year BETWEEN ll.year - 10 AND ll.year - 1
            GROUP BY lv.region
        ),
        g AS ({growth_obs}),
        reported AS (
            SELECT region, period AS growth_period, value AS reported_growth_pct FROM g
            QUALIFY row_number() OVER (PARTITION BY region ORDER BY year DESC) = 1
        )
        SELECT reg.code, reg.name_en, reg.name_zh, reg.parent_name_en, reg.parent_name_zh, reg.level,
            l.period AS latest_period, l.value AS latest_value, l.qualifier AS latest_qualifier,
            ? - l.value AS distance, l.value / ? AS share_of_threshold,
            b.base_year AS growth_from, ll.year AS growth_to,
            CASE WHEN b.base_year IS NOT NULL AND b.base_value > 0
                 THEN pow(ll.value / b.base_value, 1.0 / (ll.year - b.base_year)) - 1 END AS cagr,
            r.reported_growth_pct, r.growth_period
        FROM latest l JOIN reg ON reg.code = l.region
        LEFT JOIN last_level ll ON ll.region = l.region LEFT JOIN base b ON b.region = l.region
        LEFT JOIN reported r ON r.region = l.region
        WHERE reg.level = ?
        ORDER BY l.value DESC, reg.code
        LIMIT ?
        """,
        [*params, threshold, *growth_params, threshold, threshold, level, limit],
    )
    return df.reset_index(drop=True)


def latest(
    store: Store, indicator: str, unit: str, level: str | None, as_of: dt.datetime | None = None
) -> pd.DataFrame:
    """Each region's latest full-year observation of an indicator, with its names and seat coordinates."""
    obs, params = _obs_sql(as_of, indicator, unit)
    where = "WHERE r.level = ?" if level else ""
    return store.sql(
        f"""
        WITH o AS ({obs}),
        last AS (SELECT * FROM o QUALIFY row_number() OVER (PARTITION BY region ORDER BY year DESC) = 1),
        reg AS (SELECT * FROM regions QUALIFY row_number() OVER (PARTITION BY code ORDER BY valid_from DESC) = 1)
        SELECT r.code, r.name_zh, r.name_en, r.level, r.parent_code, r.lon, r.lat, l.period, l.value, l.unit,
            l.qualifier, l.n_claims, l.n_conflicting
        FROM last l JOIN reg r ON r.code = l.region {where}
        ORDER BY l.value DESC, r.code
        """,
        [*params, *([level] if level else [])],
    )
