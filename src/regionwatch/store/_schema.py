"""Store schema, as an ordered list of migrations. Never edit a released migration: append one."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema: regions, indicators, ingests, sources, claims, observations",
        """
        CREATE TABLE IF NOT EXISTS regions (
            code VARCHAR NOT NULL, level VARCHAR NOT NULL, kind VARCHAR, name_zh VARCHAR NOT NULL,
            short_zh VARCHAR, pinyin VARCHAR, name_en VARCHAR, parent_code VARCHAR,
            valid_from INTEGER NOT NULL, valid_to INTEGER, status VARCHAR, successors VARCHAR,
            pop_2020 BIGINT, pop_2010 BIGINT, lon DOUBLE, lat DOUBLE
        );
        CREATE TABLE IF NOT EXISTS region_events (
            year INTEGER, type VARCHAR, old_code VARCHAR, old_name VARCHAR, new_code VARCHAR,
            new_name VARCHAR, doc_no VARCHAR, source VARCHAR, source_url VARCHAR
        );
        CREATE TABLE IF NOT EXISTS indicators (
            name VARCHAR PRIMARY KEY, unit VARCHAR NOT NULL, description VARCHAR, description_zh VARCHAR
        );
        CREATE TABLE IF NOT EXISTS ingests (
            ingest_id BIGINT PRIMARY KEY, path VARCHAR, file_name VARCHAR, checksum VARCHAR NOT NULL,
            format VARCHAR, vintage INTEGER NOT NULL, rows_read BIGINT, claims_added BIGINT,
            rows_skipped BIGINT, options VARCHAR, recorded_at TIMESTAMP NOT NULL
        );
        CREATE TABLE IF NOT EXISTS sources (
            source_id BIGINT PRIMARY KEY, title VARCHAR NOT NULL, producer VARCHAR, url VARCHAR,
            date_published DATE, date_accessed DATE, license VARCHAR, source_type VARCHAR NOT NULL,
            description VARCHAR, checksum VARCHAR, first_ingest_id BIGINT, recorded_at TIMESTAMP NOT NULL
        );
        CREATE TABLE IF NOT EXISTS claims (
            claim_id BIGINT NOT NULL, source_id BIGINT NOT NULL, ingest_id BIGINT NOT NULL,
            region VARCHAR NOT NULL, region_text VARCHAR, indicator VARCHAR NOT NULL, period VARCHAR NOT NULL,
            value DOUBLE NOT NULL, unit VARCHAR NOT NULL, qualifier VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            relative_to VARCHAR, quote VARCHAR, location VARCHAR, page INTEGER,
            recorded_at TIMESTAMP NOT NULL
        );
        CREATE TABLE IF NOT EXISTS observations (
            obs_id BIGINT NOT NULL, region VARCHAR NOT NULL, indicator VARCHAR NOT NULL, period VARCHAR NOT NULL,
            unit VARCHAR NOT NULL, value DOUBLE NOT NULL, qualifier VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            claim_id BIGINT NOT NULL, claim_ids BIGINT[], n_claims INTEGER NOT NULL, n_conflicting INTEGER NOT NULL,
            recorded_at TIMESTAMP NOT NULL, superseded_at TIMESTAMP
        );
        """,
    ),
    (
        2,
        "claims.digits: significant digits as stated, so that a precise figure outranks a round one",
        """
        ALTER TABLE claims ADD COLUMN IF NOT EXISTS digits INTEGER;
        UPDATE claims SET digits = length(rtrim(ltrim(replace(replace(printf('%.15g', abs(value)), '.', ''), 'e', 'x'),
            '0'), '0')) WHERE digits IS NULL;
        """,
    ),
    (
        3,
        "review: claims carry a status (pending, accepted, rejected), what was inferred and plausibility flags; "
        "reviews log every decision; the store names its application",
        """
        ALTER TABLE claims ADD COLUMN IF NOT EXISTS status VARCHAR DEFAULT 'accepted';
        UPDATE claims SET status = 'accepted' WHERE status IS NULL;
        ALTER TABLE claims ADD COLUMN IF NOT EXISTS inferred VARCHAR[];
        ALTER TABLE claims ADD COLUMN IF NOT EXISTS flags VARCHAR[];
        CREATE TABLE IF NOT EXISTS reviews (
            claim_id BIGINT NOT NULL, decision VARCHAR NOT NULL, reason VARCHAR, rule VARCHAR,
            reviewed_at TIMESTAMP NOT NULL
        );
        INSERT OR REPLACE INTO schema_meta VALUES ('application', 'regionwatch');
        """,
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
