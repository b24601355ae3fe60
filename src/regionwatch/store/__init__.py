"""The embedded DuckDB store: the only place that holds SQL."""

from ._connection import DEFAULT_TIMEOUT
from ._observations import OBSERVATION_RULE, RULE_TEXT
from ._plausibility import FLAG_CODES
from ._queries import ClaimFilter
from ._readers import SharedReader, writer_waiting
from ._schema import SCHEMA_VERSION
from ._store import ACCEPT_POLICIES, Store, default_path, significant_digits

__all__ = [
    "ACCEPT_POLICIES",
    "DEFAULT_TIMEOUT",
    "FLAG_CODES",
    "OBSERVATION_RULE",
    "RULE_TEXT",
    "SCHEMA_VERSION",
    "ClaimFilter",
    "SharedReader",
    "Store",
    "default_path",
    "significant_digits",
    "writer_waiting",
]
