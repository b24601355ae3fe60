"""The embedded DuckDB store."""

from ._schema import SCHEMA_VERSION
from ._store import OBSERVATION_RULE, RULE_TEXT, Store, default_path

__all__ = ["OBSERVATION_RULE", "RULE_TEXT", "SCHEMA_VERSION", "Store", "default_path"]
