"""The DuckDB store: regions, indicators, ingests, sources, claims and observations with vintages.

Claims are what sources state; they are only ever added. Observations are the figures the
store stands behind: one current row per (region, indicator, period, unit), chosen among the
claims by the rule in ``OBSERVATION_RULE``, each pointing to every claim behind it. When new
claims change the choice, the old observation gets a ``superseded_at`` time and a new row is
added, so the store can say what it showed at any past moment (``as_of``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from ..gazetteer import data_path
from ..indicators import INDICATORS
from ..origin import Origin
from ._schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["OBSERVATION_RULE", "RULE_TEXT", "Store", "default_path"]

_CLAIM_SCHEMA = pa.schema(
    [
        ("claim_id", pa.int64()),
        ("source_id", pa.int64()),
        ("ingest_id", pa.int64()),
        ("region", pa.string()),
        ("region_text", pa.string()),
        ("indicator", pa.string()),
        ("period", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("qualifier", pa.string()),
        ("kind", pa.string()),
        ("relative_to", pa.string()),
        ("quote", pa.string()),
        ("location", pa.string()),
        ("page", pa.int32()),
        ("recorded_at", pa.timestamp("us")),
        ("digits", pa.int32()),
    ]
)
_CLAIM_COLUMNS = tuple(_CLAIM_SCHEMA.names)

#: The order in which claims about one (region, indicator, period, unit) compete to be shown.
OBSERVATION_RULE = """
    CASE c.kind WHEN 'actual' THEN 0 ELSE 1 END,
    CASE s.source_type WHEN 'official' THEN 0 WHEN 'news' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END,
    CASE WHEN c.qualifier IN ('exact', 'approx') THEN 0 ELSE 1 END,
    least(coalesce(c.digits, 4), 4) DESC,
    s.date_published DESC NULLS LAST,
    CASE c.qualifier WHEN 'exact' THEN 0 ELSE 1 END,
    c.recorded_at DESC,
    c.claim_id DESC
"""

RULE_TEXT = (
    "Among the claims about one region, indicator, period and unit (targets and comparisons left out): "
    "1) actual figures before expectations; 2) official statistics before news, news before unknown, "
    "unknown before secondary sources (wikis, blogs); 3) a level (exact or approximate) before an "
    "'at least' / 'at most' bound; 4) a figure stated to more significant digits (counting up to four) "
    "before a rounder one; 5) the later publication (a revision) before the earlier; 6) exact before "
    "'about'; 7) the later recorded. Every other claim stays visible beside it."
)


def significant_digits(value: float) -> int:
    """Digits a figure is stated to: 1.01e12 → 3, 1010238000000 → 7, 6.3 → 2, 0 → 1."""
    if value != value or value in (float("inf"), float("-inf")):
        return 0
    digits = Decimal(repr(abs(float(value)))).normalize().as_tuple().digits
    return max(1, len(digits))


def default_path() -> Path:
    """$REGIONWATCH_DB, else $XDG_DATA_HOME/regionwatch/regionwatch.duckdb (~/.local/share/…)."""
    env = os.environ.get("REGIONWATCH_DB")
    if env:
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "regionwatch" / "regionwatch.duckdb"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Store:
    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.clock = clock or _utcnow
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path), read_only=read_only, config={"preserve_insertion_order": False})
        if not read_only:
            self._migrate()
            self._sync_reference()

    # ------------------------------------------------------------------ lifecycle

    def run(self, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
        """Execute a statement and fetch its whole result (DuckDB wants every result consumed)."""
        return self.con.execute(sql, params or []).fetchall()

    def scalar(self, sql: str, params: list[object] | None = None) -> object:
        rows = self.run(sql, params)
        return rows[0][0] if rows else None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.begin()
        try:
            yield self.con
        except BaseException:
            self.con.rollback()
            raise
        else:
            self.con.commit()

    def _migrate(self) -> None:
        self.run("CREATE TABLE IF NOT EXISTS schema_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        current = self.meta("schema_version")
        version = int(current) if current else 0
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} has schema version {version}, newer than this regionwatch ({SCHEMA_VERSION}): upgrade"
            )
        for number, _title, sql in MIGRATIONS:
            if number > version:
                with self.transaction():
                    self.run(sql)
                    self._set_meta("schema_version", str(number))

    def meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM schema_meta WHERE key = ?", [key])
        return None if value is None else str(value)

    def _set_meta(self, key: str, value: str) -> None:
        self.run("INSERT OR REPLACE INTO schema_meta VALUES (?, ?)", [key, value])

    def _sync_reference(self) -> None:
        """Load the bundled gazetteer and indicator vocabulary when they changed (by checksum)."""
        regions, events = data_path("regions.parquet"), data_path("events.parquet")
        digest = hashlib.sha256(regions.read_bytes() + events.read_bytes()).hexdigest()
        vocab = json.dumps(sorted((i.name, i.unit) for i in INDICATORS.values()))
        vocab_digest = hashlib.sha256(vocab.encode()).hexdigest()
        if self.meta("gazetteer_checksum") == digest and self.meta("indicators_checksum") == vocab_digest:
            return
        with self.transaction() as con:
            self.run("DELETE FROM regions")
            self.run(
                "INSERT INTO regions SELECT code, level, kind, name_zh, short_zh, pinyin, name_en, parent_code, "
                "valid_from, valid_to, status, successors, pop_2020, pop_2010, lon, lat FROM read_parquet(?)",
                [str(regions)],
            )
            self.run("DELETE FROM region_events")
            self.run("INSERT INTO region_events SELECT * FROM read_parquet(?)", [str(events)])
            self.run("DELETE FROM indicators")
            con.executemany(
                "INSERT INTO indicators VALUES (?, ?, ?, ?)",
                [[i.name, i.unit, i.description, i.description_zh] for i in INDICATORS.values()],
            )
            self._set_meta("gazetteer_checksum", digest)
            self._set_meta("indicators_checksum", vocab_digest)

    # ------------------------------------------------------------------ writing

    def find_ingest(self, checksum: str) -> dict[str, object] | None:
        df = self.sql("SELECT * FROM ingests WHERE checksum = ? ORDER BY ingest_id", [checksum])
        return df.iloc[0].to_dict() if len(df) else None

    def next_vintage(self, path_key: str) -> int:
        return int(self.scalar("SELECT max(vintage) FROM ingests WHERE path = ?", [path_key]) or 0) + 1

    def write(
        self,
        *,
        path_key: str,
        file_name: str,
        checksum: str,
        fmt: str,
        rows_read: int,
        rows_skipped: int,
        options: dict[str, object],
        origins: list[Origin],
        claims: pd.DataFrame,
    ) -> dict[str, int]:
        """Add one ingest with its sources and claims, and refresh the observations, atomically.

        ``claims`` has the columns region, region_text, indicator, period, value, unit, qualifier,
        kind, relative_to, quote, location, page and ``origin`` (an index into ``origins``).
        """
        now = self.clock()
        with self.transaction() as con:
            ingest_id = self._next_id("ingests", "ingest_id")
            vintage = self.next_vintage(path_key)
            self.run(
                "INSERT INTO ingests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    ingest_id,
                    path_key,
                    file_name,
                    checksum,
                    fmt,
                    vintage,
                    rows_read,
                    len(claims),
                    rows_skipped,
                    json.dumps(options, ensure_ascii=False, default=str),
                    now,
                ],
            )
            source_ids = [self._source_id(o, ingest_id, now) for o in origins]
            frame = claims.copy()
            frame["source_id"] = [source_ids[i] for i in frame["origin"]]
            first = self._next_id("claims", "claim_id")
            frame["claim_id"] = range(first, first + len(frame))
            frame["ingest_id"] = ingest_id
            frame["recorded_at"] = now
            frame["digits"] = [significant_digits(v) for v in frame["value"]]
            table = pa.Table.from_pandas(frame[list(_CLAIM_COLUMNS)], schema=_CLAIM_SCHEMA, preserve_index=False)
            con.register("_new_claims", table)
            self.run(
                "INSERT INTO claims SELECT claim_id, source_id, ingest_id, region, region_text, indicator, period, "
                "value, unit, qualifier, kind, relative_to, quote, location, page, recorded_at, digits FROM _new_claims"
            )
            con.unregister("_new_claims")
            counts = self._refresh_observations(ingest_id, now)
        return {"ingest_id": ingest_id, "vintage": vintage, "claims": len(claims), **counts}

    def _next_id(self, table: str, column: str) -> int:
        return int(self.scalar(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}"))  # type: ignore[arg-type]

    def _source_id(self, origin: Origin, ingest_id: int, now: dt.datetime) -> int:
        found = self.scalar(
            "SELECT source_id FROM sources WHERE title = ? AND url IS NOT DISTINCT FROM ? "
            "AND producer IS NOT DISTINCT FROM ? AND date_published IS NOT DISTINCT FROM ? "
            "AND source_type = ? AND checksum IS NOT DISTINCT FROM ? AND license IS NOT DISTINCT FROM ?",
            [
                origin.title,
                origin.url,
                origin.publisher,
                origin.date_published,
                origin.source_type,
                origin.checksum,
                origin.license,
            ],
        )
        if found is not None:
            return int(found)  # type: ignore[arg-type]
        source_id = self._next_id("sources", "source_id")
        self.run(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                source_id,
                origin.title,
                origin.publisher,
                origin.url,
                origin.date_published,
                origin.date_accessed,
                origin.license,
                origin.source_type,
                origin.description,
                origin.checksum,
                ingest_id,
                now,
            ],
        )
        return source_id

    def _refresh_observations(self, ingest_id: int, now: dt.datetime) -> dict[str, int]:
        self.run(
            "CREATE OR REPLACE TEMP TABLE _keys AS SELECT DISTINCT region, indicator, period, unit FROM claims "
            "WHERE ingest_id = ? AND kind <> 'target' AND relative_to IS NULL",
            [ingest_id],
        )
        self.run(
            f"""
            CREATE OR REPLACE TEMP TABLE _chosen AS
            WITH cand AS (
                SELECT c.*, row_number() OVER (
                    PARTITION BY c.region, c.indicator, c.period, c.unit ORDER BY {OBSERVATION_RULE}) AS rn
                FROM claims c JOIN sources s USING (source_id)
                SEMI JOIN _keys k ON c.region = k.region AND c.indicator = k.indicator
                    AND c.period = k.period AND c.unit = k.unit
                WHERE c.kind <> 'target' AND c.relative_to IS NULL
            ), best AS (SELECT * FROM cand WHERE rn = 1)
            SELECT b.region, b.indicator, b.period, b.unit, b.value, b.qualifier, b.kind, b.claim_id,
                list(c.claim_id ORDER BY c.claim_id) AS claim_ids, count(*)::INTEGER AS n_claims,
                count(*) FILTER (WHERE c.kind = b.kind AND (
                    (c.qualifier IN ('exact', 'approx') AND abs(c.value - b.value) > 0.005 * abs(b.value))
                    OR (c.qualifier = 'at_least' AND b.qualifier <> 'at_least' AND c.value > b.value * 1.005)
                    OR (c.qualifier = 'at_most' AND b.qualifier <> 'at_most' AND c.value < b.value * 0.995)
                ))::INTEGER AS n_conflicting
            FROM best b JOIN cand c USING (region, indicator, period, unit)
            GROUP BY ALL
            """
        )
        revised = self.scalar(
            "SELECT count(*) FROM observations o JOIN _chosen c USING (region, indicator, period, unit) "
            "WHERE o.superseded_at IS NULL AND o.claim_id <> c.claim_id AND o.value <> c.value"
        )
        self.run(
            "UPDATE observations o SET superseded_at = ? FROM _chosen c WHERE o.superseded_at IS NULL "
            "AND o.region = c.region AND o.indicator = c.indicator AND o.period = c.period AND o.unit = c.unit "
            "AND (o.claim_id <> c.claim_id OR o.n_claims <> c.n_claims)",
            [now],
        )
        first = self._next_id("observations", "obs_id")
        inserted = self.scalar(
            """
            INSERT INTO observations
            SELECT ? + row_number() OVER () - 1, c.region, c.indicator, c.period, c.unit, c.value, c.qualifier,
                c.kind, c.claim_id, c.claim_ids, c.n_claims, c.n_conflicting, ?, NULL
            FROM _chosen c ANTI JOIN (SELECT * FROM observations WHERE superseded_at IS NULL) o
                ON o.region = c.region AND o.indicator = c.indicator AND o.period = c.period AND o.unit = c.unit
            """,
            [first, now],
        )
        self.run("DROP TABLE _chosen")
        self.run("DROP TABLE _keys")
        return {"observations_written": int(inserted), "observations_revised": int(revised)}

    # ------------------------------------------------------------------ reading

    def status(self) -> dict[str, object]:
        def count(sql: str) -> int:
            return int(self.scalar(sql))  # type: ignore[arg-type]

        return {
            "path": str(self.path),
            "schema_version": int(self.meta("schema_version") or 0),
            "regions": count("SELECT count(DISTINCT code) FROM regions"),
            "region_versions": count("SELECT count(*) FROM regions"),
            "indicators": count("SELECT count(*) FROM indicators"),
            "ingests": count("SELECT count(*) FROM ingests"),
            "sources": count("SELECT count(*) FROM sources"),
            "claims": count("SELECT count(*) FROM claims"),
            "observations": count("SELECT count(*) FROM observations WHERE superseded_at IS NULL"),
            "observation_versions": count("SELECT count(*) FROM observations"),
        }

    def sql(self, query: str, params: list[object] | None = None) -> pd.DataFrame:
        return self.con.execute(query, params or []).df()
