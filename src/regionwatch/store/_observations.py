"""The observation rule: which accepted claim the store shows for one region, indicator, period and unit.

Observations are versioned: when claims change the choice (a new ingest, a review decision), the
old row gets ``superseded_at`` and a new row is added, so ``as_of`` can replay any past moment.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._store import Store

__all__ = ["AGREE", "OBSERVATION_RULE", "RULE_TEXT", "refresh_observations"]

#: Half a unit of the last stated digit: the precision a figure is stated to ("1.01 trillion" → ±5 billion).
HALF_UNIT = (
    "CASE WHEN {t}.value = 0 OR {t}.digits IS NULL THEN 0 "
    "ELSE 0.5 * pow(10, floor(log10(abs({t}.value))) - greatest({t}.digits, 1) + 1) END"
)

#: Two levels agree when they differ by no more than the coarser one's precision.
AGREE = (
    "a.qualifier IN ('exact', 'approx') AND b.qualifier IN ('exact', 'approx') "
    "AND abs(a.value - b.value) <= greatest(a.half_unit, b.half_unit, 1e-9 * abs(a.value))"
)

#: The order in which accepted claims about one (region, indicator, period, unit) compete to be shown.
OBSERVATION_RULE = """
    CASE c.kind WHEN 'actual' THEN 0 ELSE 1 END,
    CASE c.source_type WHEN 'official' THEN 0 WHEN 'news' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END,
    CASE WHEN c.qualifier IN ('exact', 'approx') THEN 0 ELSE 1 END,
    c.support DESC,
    least(coalesce(c.digits, 4), 4) DESC,
    c.date_published DESC NULLS LAST,
    CASE c.qualifier WHEN 'exact' THEN 0 ELSE 1 END,
    c.recorded_at DESC,
    c.claim_id DESC
"""

RULE_TEXT = (
    "Only accepted claims count (table figures are accepted unless a plausibility check flags them; "
    "figures read from text wait for review). Among the accepted claims about one region, indicator, "
    "period and unit (targets and comparisons left out): 1) actual figures before expectations; "
    "2) official statistics before news, news before unknown, unknown before secondary sources (wikis, "
    "blogs); 3) a level (exact or approximate) before an 'at least' / 'at most' bound; 4) agreement: the "
    "level stated by more independent sources (one URL counts once, however often it was ingested) that "
    "agree within their stated precision; 5) a figure stated to more significant digits (counting up to "
    "four) before a rounder one; 6) the later publication (a revision) before the earlier; 7) exact "
    "before 'about'; 8) the later recorded. Every other claim stays visible beside it."
)

_CANDIDATES = f"""
    WITH cand AS (
        SELECT c.*, s.source_type, s.date_published,
            coalesce(s.url, s.checksum, 'source:' || s.source_id) AS source_key,
            {HALF_UNIT.format(t="c")} AS half_unit
        FROM claims c JOIN sources s USING (source_id)
        SEMI JOIN _keys k ON c.region = k.region AND c.indicator = k.indicator
            AND c.period = k.period AND c.unit = k.unit
        WHERE c.status = 'accepted' AND c.kind <> 'target' AND c.relative_to IS NULL
    ), support AS (
        SELECT a.claim_id, count(DISTINCT b.source_key) FILTER (WHERE {AGREE}) AS support
        FROM cand a JOIN cand b ON a.region = b.region AND a.indicator = b.indicator
            AND a.period = b.period AND a.unit = b.unit AND a.kind = b.kind
        GROUP BY a.claim_id
    ), ranked AS (
        SELECT c.*, greatest(sp.support, 1) AS support
        FROM cand c JOIN support sp USING (claim_id)
    ), ordered AS (
        SELECT c.*, row_number() OVER (
            PARTITION BY c.region, c.indicator, c.period, c.unit ORDER BY {OBSERVATION_RULE}) AS rn
        FROM ranked c
    )
"""

_CHOOSE = f"""
    CREATE OR REPLACE TEMP TABLE _chosen AS
    {_CANDIDATES}
    SELECT b.region, b.indicator, b.period, b.unit, b.value, b.qualifier, b.kind, b.claim_id,
        list(c.claim_id ORDER BY c.claim_id) AS claim_ids, count(*)::INTEGER AS n_claims,
        count(*) FILTER (WHERE c.kind = b.kind AND (
            (c.qualifier IN ('exact', 'approx') AND b.qualifier IN ('exact', 'approx')
                AND abs(c.value - b.value) > greatest(c.half_unit, b.half_unit, 1e-9 * abs(b.value)))
            OR (c.qualifier IN ('exact', 'approx') AND b.qualifier NOT IN ('exact', 'approx')
                AND abs(c.value - b.value) > 0.005 * abs(b.value))
            OR (c.qualifier = 'at_least' AND b.qualifier <> 'at_least' AND c.value > b.value * 1.005)
            OR (c.qualifier = 'at_most' AND b.qualifier <> 'at_most' AND c.value < b.value * 0.995)
        ))::INTEGER AS n_conflicting
    FROM (SELECT * FROM ordered WHERE rn = 1) b JOIN ordered c USING (region, indicator, period, unit)
    GROUP BY ALL
"""

_SAME_KEY = "o.region = c.region AND o.indicator = c.indicator AND o.period = c.period AND o.unit = c.unit"


def refresh_observations(store: Store, keys_sql: str, params: list[object], now: dt.datetime) -> dict[str, int]:
    """Re-run the rule for the keys selected by ``keys_sql`` (region, indicator, period, unit rows)."""
    store.run(
        f"CREATE OR REPLACE TEMP TABLE _keys AS SELECT DISTINCT region, indicator, period, unit FROM ({keys_sql})",
        params,
    )
    store.run(_CHOOSE)
    revised = store.scalar(
        "SELECT count(*) FROM observations o JOIN _chosen c USING (region, indicator, period, unit) "
        "WHERE o.superseded_at IS NULL AND o.claim_id <> c.claim_id AND o.value <> c.value"
    )
    # close every current observation of these keys that the new choice does not repeat exactly
    store.run(
        f"""UPDATE observations o SET superseded_at = ? FROM _keys c WHERE o.superseded_at IS NULL AND {_SAME_KEY}
        AND NOT EXISTS (SELECT 1 FROM _chosen n WHERE n.region = o.region AND n.indicator = o.indicator
            AND n.period = o.period AND n.unit = o.unit AND n.claim_id = o.claim_id AND n.n_claims = o.n_claims
            AND n.n_conflicting = o.n_conflicting)""",
        [now],
    )
    first = int(store.scalar("SELECT coalesce(max(obs_id), 0) + 1 FROM observations"))  # type: ignore[arg-type]
    inserted = store.scalar(
        f"""
        INSERT INTO observations
        SELECT ? + row_number() OVER () - 1, c.region, c.indicator, c.period, c.unit, c.value, c.qualifier,
            c.kind, c.claim_id, c.claim_ids, c.n_claims, c.n_conflicting, ?, NULL
        FROM _chosen c ANTI JOIN (SELECT * FROM observations WHERE superseded_at IS NULL) o ON {_SAME_KEY}
        """,
        [first, now],
    )
    store.run("DROP TABLE _chosen")
    store.run("DROP TABLE _keys")
    return {"observations_written": int(inserted), "observations_revised": int(revised)}  # type: ignore[arg-type]
