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
import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..claims import CLAIM_SCHEMA
from ..errors import NotAStore, RegionwatchError, StoreError
from ..gazetteer import data_path
from ..indicators import INDICATORS
from ..origin import Origin
from ..precision import significant_digits
from . import _clubs, _queries
from ._connection import Session, check_path, lock_timeout, open_session
from ._observations import refresh_observations
from ._plausibility import flag_claims
from ._queries import ClaimFilter
from ._schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["ACCEPT_POLICIES", "Store", "default_path", "significant_digits"]

#: what becomes accepted on ingest: every claim, the unflagged ones, or none (all wait for review)
ACCEPT_POLICIES = ("all", "unflagged", "none")


@functools.cache
def _reference_digests() -> tuple[str, str]:
    """Checksums of the bundled gazetteer and of the indicator vocabulary (computed once per process)."""
    regions, events = data_path("regions.parquet"), data_path("events.parquet")
    digest = hashlib.sha256(regions.read_bytes() + events.read_bytes()).hexdigest()
    vocab = json.dumps(sorted((i.name, i.unit) for i in INDICATORS.values()))
    return digest, hashlib.sha256(vocab.encode()).hexdigest()


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
    """One store file. The connection opens on first use and ``release()`` closes it, so that a
    writer holds the file only while it writes and readers are not kept waiting between commands."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        create: bool = True,
        clock: Callable[[], dt.datetime] | None = None,
        lock_timeout: float | None = None,
    ) -> None:
        self.path = Path(path).expanduser() if path is not None else default_path()
        self.read_only, self.create = read_only, create
        self.clock = clock or _utcnow
        self.lock_timeout = lock_timeout
        self._session: Session | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._session is None:
            self._open()
        return self._session.con  # type: ignore[union-attr]

    def _open(self) -> None:
        check_path(self.path, read_only=self.read_only, create=self.create)
        if not self.read_only and self.create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._session = open_session(self.path, read_only=self.read_only, timeout=lock_timeout(self.lock_timeout))
        try:
            self._identify()
            if not self.read_only:
                self._migrate()
                self._sync_reference()
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        """Close the connection (it reopens on next use), letting other processes in."""
        if self._session is not None:
            session, self._session = self._session, None
            session.close()

    def close(self) -> None:
        self.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def run(self, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
        """Execute a statement and fetch its whole result (DuckDB wants every result consumed)."""
        try:
            return self.con.execute(sql, params or []).fetchall()
        except duckdb.Error as e:
            raise StoreError(f"store {self.path}: {str(e).splitlines()[0]}") from e

    def scalar(self, sql: str, params: list[object] | None = None) -> object:
        rows = self.run(sql, params)
        return rows[0][0] if rows else None

    def sql(self, query: str, params: list[object] | None = None) -> pd.DataFrame:
        try:
            return self.con.execute(query, params or []).df()
        except duckdb.Error as e:
            raise StoreError(f"store {self.path}: {str(e).splitlines()[0]}") from e

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self.con
        con.begin()
        try:
            yield con
        except BaseException:
            con.rollback()
            raise
        else:
            con.commit()

    def _identify(self) -> None:
        """Refuse a DuckDB file that some other program made; a new, empty file becomes a store."""
        tables = {str(r[0]) for r in self.run("SELECT table_name FROM duckdb_tables() WHERE NOT temporary")}
        if not tables:
            if self.read_only:
                raise NotAStore(f"{self.path} is an empty DuckDB file, not yet a store: run `regionwatch init`")
            return
        if "schema_meta" in tables:
            app = self.meta("application")
            if app == "regionwatch" or (app is None and self.meta("schema_version") and "claims" in tables):
                if self.read_only and int(self.meta("schema_version") or 0) < SCHEMA_VERSION:
                    raise StoreError(f"{self.path} is an older store: run `regionwatch init` once to upgrade it")
                return
        shown = ", ".join(sorted(tables)[:5]) + (" …" if len(tables) > 5 else "")
        raise NotAStore(f"{self.path} holds another program's tables ({shown}), not a regionwatch store: not touched")

    def _migrate(self) -> None:
        self.run("CREATE TABLE IF NOT EXISTS schema_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        current = self.meta("schema_version")
        version = int(current) if current else 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this regionwatch ({SCHEMA_VERSION}): upgrade"
            )
        for number, _title, sql in MIGRATIONS:
            if number > version:
                with self.transaction():
                    self.run(sql)
                    self._set_meta("schema_version", str(number))
        if self.meta("application") is None:
            self._set_meta("application", "regionwatch")

    def meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM schema_meta WHERE key = ?", [key])
        return None if value is None else str(value)

    def _set_meta(self, key: str, value: str) -> None:
        self.run("INSERT OR REPLACE INTO schema_meta VALUES (?, ?)", [key, value])

    def _sync_reference(self) -> None:
        """Load the bundled gazetteer and indicator vocabulary when they changed (by checksum)."""
        regions, events = data_path("regions.parquet"), data_path("events.parquet")
        digest, vocab_digest = _reference_digests()
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

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")

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
        claims: pa.Table,
        accept: str = "unflagged",
    ) -> dict[str, int]:
        """Add one ingest with its sources and claims (``CLAIM_SCHEMA``), flag them, and refresh the
        observations, atomically. ``accept`` says which claims count at once (see ``ACCEPT_POLICIES``);
        the others wait as ``pending`` for review. A file already stored (same checksum) changes nothing."""
        self._writable()
        if accept not in ACCEPT_POLICIES:
            raise RegionwatchError(f"accept must be one of {ACCEPT_POLICIES}, not {accept!r}")
        if claims.schema != CLAIM_SCHEMA:
            raise RegionwatchError("claims must be a table with CLAIM_SCHEMA (see regionwatch.claims)")
        now = self.clock()
        with self.transaction() as con:
            seen = self.find_ingest(checksum)
            if seen is not None:
                return {"ingest_id": int(seen["ingest_id"]), "vintage": int(seen["vintage"]), "unchanged": 1}
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
                    claims.num_rows,
                    rows_skipped,
                    json.dumps(options, ensure_ascii=False, default=str),
                    now,
                ],
            )
            source_ids = pa.array([self._source_id(o, ingest_id, now) for o in origins], pa.int64())
            first = self._next_id("claims", "claim_id")
            values = claims.column("value").to_pylist()
            table = claims.append_column("source_id", pc.take(source_ids, claims.column("origin")))
            table = table.append_column("claim_id", pa.array(range(first, first + claims.num_rows), pa.int64()))
            table = table.append_column("digits", pa.array([significant_digits(v) for v in values], pa.int32()))
            con.register("_new_claims", table)
            self.run(
                "INSERT INTO claims (claim_id, source_id, ingest_id, region, region_text, indicator, period, value, "
                "unit, qualifier, kind, relative_to, quote, location, page, recorded_at, digits, status, inferred) "
                "SELECT claim_id, source_id, ?, region, region_text, indicator, period, value, unit, qualifier, "
                "kind, relative_to, quote, location, page, ?, digits, 'pending', inferred FROM _new_claims",
                [ingest_id, now],
            )
            con.unregister("_new_claims")
            flagged = flag_claims(self, ingest_id)
            accepted = self._accept_new(ingest_id, accept, now)
            counts = refresh_observations(
                self, "SELECT * FROM claims WHERE ingest_id = ? AND status = 'accepted'", [ingest_id], now
            )
        return {
            "ingest_id": ingest_id,
            "vintage": vintage,
            "claims": claims.num_rows,
            "flagged": flagged,
            "accepted": accepted,
            "pending": claims.num_rows - accepted,
            **counts,
        }

    def _accept_new(self, ingest_id: int, accept: str, now: dt.datetime) -> int:
        if accept == "none":
            return 0
        cond = "" if accept == "all" else " AND (flags IS NULL OR len(flags) = 0)"
        self.run(
            f"INSERT INTO reviews SELECT claim_id, 'accepted', NULL, ?, ? FROM claims WHERE ingest_id = ?{cond}",
            [f"on ingest ({accept})", now, ingest_id],
        )
        return int(self.scalar(f"UPDATE claims SET status = 'accepted' WHERE ingest_id = ?{cond}", [ingest_id]) or 0)  # type: ignore[arg-type]

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

    # ------------------------------------------------------------------ reading and review

    def status(self) -> dict[str, object]:
        return _queries.status(self)

    def series(self, region: str, indicator: str | None = "gdp", as_of: dt.datetime | None = None) -> pd.DataFrame:
        return _queries.series(self, region, indicator, as_of)

    def observations(
        self, region: str | None = None, indicator: str | None = None, as_of: dt.datetime | None = None
    ) -> pd.DataFrame:
        return _queries.observations(self, region, indicator, as_of)

    def latest(
        self, indicator: str, unit: str, level: str | None = None, as_of: dt.datetime | None = None
    ) -> pd.DataFrame:
        return _clubs.latest(self, indicator, unit, level, as_of)

    def record(self, keys: list[tuple[str, str, str]], as_of: dt.datetime | None = None) -> pd.DataFrame:
        return _queries.record(self, keys, as_of)

    def sources(self) -> pd.DataFrame:
        return _queries.sources(self)

    def claims(self, rule: ClaimFilter, limit: int | None = None) -> pd.DataFrame:
        return _queries.claims(self, rule, limit)

    def optimize(self) -> dict[str, int]:
        """Rewrite claims and observations in (region, indicator, period) order, atomically: a query about
        one region then reads one or two row groups instead of every one (DuckDB skips a row group by its
        min/max). Only the order of rows on disk changes; worth running after large ingests."""
        self._writable()
        counts: dict[str, int] = {}
        self.run("SET preserve_insertion_order = true")  # the rows go in in the order they are selected
        try:
            with self.transaction():
                for table, key in (("claims", "claim_id"), ("observations", "obs_id")):
                    order = f"ORDER BY region, indicator, period, {key}"
                    self.run(f"CREATE TEMP TABLE _ordered AS SELECT * FROM {table} {order}")
                    self.run(f"DELETE FROM {table}")
                    counts[table] = int(self.scalar(f"INSERT INTO {table} SELECT * FROM _ordered {order}") or 0)
                    self.run("DROP TABLE _ordered")
            self.run("CHECKPOINT")
        finally:
            self.run("SET preserve_insertion_order = false")
        return counts

    def decide(self, rule: ClaimFilter, decision: str, reason: str | None = None) -> dict[str, int]:
        self._writable()
        return _queries.decide(self, rule, decision, reason, self.clock())

    def club(self, threshold: float, level: str, as_of: dt.datetime | None = None) -> pd.DataFrame:
        return _clubs.club(self, threshold, level, as_of)

    def candidates(
        self, threshold: float, level: str, limit: int | None, as_of: dt.datetime | None = None
    ) -> pd.DataFrame:
        return _clubs.candidates(self, threshold, level, limit, as_of)
