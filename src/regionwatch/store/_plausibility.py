"""Plausibility checks: flags on new claims that make them wait for review instead of counting.

Each check compares a new claim with the current observations and with the other claims of the same
ingest (so a document that states a district and its city is checked against itself):

* ``jump``: a level more than 3× or less than 1/3 of every level of the same place one or two years
  either side (a figure in line with any neighbour is not flagged, so one garbled year does not
  flag the good years around it);
* ``above-parent``: an additive figure (yuan, persons, counts, km²) of a place above the same figure
  of its prefecture or province;
* ``above-total``: a sector's value added above the place's GDP;
* ``growth-mismatch``: a growth rate more than 10 points from the one implied by two levels a year
  apart (real and nominal growth differ by a few points, a garbled figure by far more), flagged on
  the rate and on the new level;
* ``implausible-rate``: a growth rate beyond ±50 %, a share of GDP above 100 %;
* ``same-as-other-region``: a figure stated to three or more digits that equals another place's
  figure for the same indicator and period in the same document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..indicators import INDICATORS

if TYPE_CHECKING:
    from ._store import Store

__all__ = ["FLAG_CODES", "flag_claims"]

FLAG_CODES = {
    "jump": "more than 3× or less than 1/3 of the same place's figures for neighbouring years",
    "above-parent": "above the same figure of the prefecture or province it belongs to",
    "above-total": "a sector's value added above the place's GDP",
    "growth-mismatch": "a growth rate far (>10 points) from the one two levels imply",
    "implausible-rate": "a growth rate beyond ±50 % or a share of GDP above 100 %",
    "same-as-other-region": "equals another place's figure for the same indicator and period in the same document",
}

_ADDITIVE = "('CNY', 'USD', 'persons', 'count', 'km2')"


def _level(t: str = "") -> str:
    """A stated level (not a bound, target or comparison), for table alias ``t``."""
    p = f"{t}." if t else ""
    return f"{p}qualifier IN ('exact', 'approx') AND {p}kind = 'actual' AND {p}relative_to IS NULL"


_LEVEL = _level()
_OBS_LEVEL = "qualifier IN ('exact', 'approx') AND kind = 'actual'"  # observations never hold comparisons
_YEAR = r"regexp_full_match(period, '\d{4}')"
_SECTORS = ("primary_value_added", "secondary_value_added", "tertiary_value_added", "industrial_value_added")
_SHARES = tuple(i.name for i in INDICATORS.values() if i.share_of_gdp)
_GROWTH_PAIRS = tuple((i.name, i.growth) for i in INDICATORS.values() if i.growth)


def _in(names: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{n}'" for n in names) + ")" if names else "(NULL)"


_PAIRS = ", ".join(f"('{a}', '{b}')" for a, b in _GROWTH_PAIRS) or "(NULL, NULL)"

_CHECKS = f"""
WITH new AS (SELECT * FROM claims WHERE ingest_id = ?),
levels AS (
    SELECT region, indicator, unit, CAST(period AS INTEGER) AS year, period, value, claim_id AS id
    FROM new WHERE {_LEVEL} AND {_YEAR}
    UNION ALL
    SELECT region, indicator, unit, CAST(period AS INTEGER), period, value, -1 FROM observations
    WHERE superseded_at IS NULL AND {_OBS_LEVEL} AND {_YEAR}
),
pairs AS (SELECT * FROM (VALUES {_PAIRS}) p(level, growth)),
regions_now AS (
    SELECT code, parent_code FROM regions QUALIFY row_number() OVER (PARTITION BY code ORDER BY valid_from DESC) = 1
),
jump AS (
    SELECT n.claim_id, 'jump: ' || printf('%.2g', n.value / median(l.value)) || '× the median of '
        || min(l.year) || '–' || max(l.year) AS flag
    FROM new n CROSS JOIN (VALUES (-2), (-1), (1), (2)) d(off)
    JOIN levels l ON l.region = n.region AND l.indicator = n.indicator AND l.unit = n.unit
        AND l.year = CAST(n.period AS INTEGER) + d.off AND l.id <> n.claim_id
    WHERE {_level("n")} AND regexp_full_match(n.period, '\\d{{4}}')
        AND n.unit NOT IN ('percent', 'ratio')
    GROUP BY n.claim_id, n.value
    HAVING min(l.value) > 0 AND bool_and(n.value > 3 * l.value OR n.value < l.value / 3)
),
ancestors AS (
    SELECT code, parent_code AS ancestor FROM regions_now WHERE parent_code IS NOT NULL
    UNION ALL
    SELECT r.code, g.parent_code FROM regions_now r JOIN regions_now g ON g.code = r.parent_code
    WHERE g.parent_code IS NOT NULL
),
above_parent AS (
    SELECT n.claim_id, 'above-parent: ' || any_value(p.region) || ' states ' || printf('%.4g', min(p.value)) AS flag
    FROM new n JOIN ancestors a ON a.code = n.region
    JOIN levels p ON p.region = a.ancestor AND p.indicator = n.indicator
        AND p.unit = n.unit AND p.period = n.period
    WHERE {_level("n")} AND n.unit IN {_ADDITIVE} AND p.value < n.value * 0.999
    GROUP BY n.claim_id
),
above_total AS (
    SELECT n.claim_id, 'above-total: GDP ' || printf('%.4g', min(t.value)) AS flag
    FROM new n JOIN levels t ON t.region = n.region AND t.indicator = 'gdp' AND t.unit = n.unit
        AND t.period = n.period AND t.value < n.value * 0.999
    WHERE n.indicator IN {_in(_SECTORS)} AND {_level("n")}
    GROUP BY n.claim_id
),
implied AS (
    SELECT p.growth, a.region, a.unit, a.year, a.id AS level_id,
        100 * (any_value(a.value) / any_value(b.value) - 1) AS pct
    FROM levels a JOIN pairs p ON p.level = a.indicator
    JOIN levels b ON b.region = a.region AND b.indicator = a.indicator AND b.unit = a.unit AND b.year = a.year - 1
    WHERE b.value > 0
    GROUP BY ALL
),
growth_rates AS (
    SELECT region, indicator, CAST(period AS INTEGER) AS year, value, claim_id AS id FROM new
    WHERE {_LEVEL} AND {_YEAR} AND unit = 'percent'
    UNION ALL
    SELECT region, indicator, CAST(period AS INTEGER), value, -1 FROM observations
    WHERE superseded_at IS NULL AND {_OBS_LEVEL} AND {_YEAR} AND unit = 'percent'
),
mismatch AS (
    SELECT g.id AS claim_id, 'growth-mismatch: the levels imply ' || printf('%.1f', i.pct) || '%' AS flag
    FROM growth_rates g JOIN implied i ON i.growth = g.indicator AND i.region = g.region AND i.year = g.year
    WHERE g.id > 0 AND abs(g.value - i.pct) > 10
    UNION ALL
    SELECT i.level_id, 'growth-mismatch: ' || printf('%.1f', i.pct) || '% growth where ' || printf('%.1f', g.value)
        || '% is stated' FROM implied i JOIN growth_rates g ON i.growth = g.indicator AND i.region = g.region
        AND i.year = g.year
    WHERE i.level_id > 0 AND abs(g.value - i.pct) > 10
),
rates AS (
    SELECT claim_id, 'implausible-rate: ' || printf('%g', value) || '%' AS flag FROM new
    WHERE unit = 'percent' AND relative_to IS NULL AND (
        (indicator IN (SELECT growth FROM pairs) AND abs(value) > 50) OR (indicator IN {_in(_SHARES)} AND value > 100))
),
twins AS (
    SELECT a.claim_id, 'same-as-other-region: ' || string_agg(DISTINCT b.region, ', ') AS flag
    FROM new a JOIN new b ON a.indicator = b.indicator AND a.period = b.period AND a.unit = b.unit
        AND a.value = b.value AND a.kind = b.kind AND a.region <> b.region
    WHERE a.digits >= 3 AND a.unit IN ('CNY', 'USD') AND a.qualifier IN ('exact', 'approx')
        AND b.qualifier IN ('exact', 'approx')
    GROUP BY a.claim_id
),
every AS (
    SELECT * FROM jump UNION ALL SELECT * FROM above_parent UNION ALL SELECT * FROM above_total
    UNION ALL SELECT * FROM mismatch UNION ALL SELECT * FROM rates UNION ALL SELECT * FROM twins
)
SELECT claim_id, list(DISTINCT flag ORDER BY flag) AS flags FROM every GROUP BY claim_id
"""


def flag_claims(store: Store, ingest_id: int) -> int:
    """Write the plausibility flags of one ingest's claims; returns how many claims were flagged."""
    store.run(f"CREATE OR REPLACE TEMP TABLE _flags AS {_CHECKS}", [ingest_id])
    store.run("UPDATE claims SET flags = f.flags FROM _flags f WHERE claims.claim_id = f.claim_id")
    flagged = int(store.scalar("SELECT count(*) FROM _flags"))  # type: ignore[arg-type]
    store.run("DROP TABLE _flags")
    return flagged
