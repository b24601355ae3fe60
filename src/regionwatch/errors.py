"""The exceptions regionwatch raises: ``RegionwatchError`` and its subclasses, each with a short code.

Every error the library raises on purpose is one of these, so a caller (the CLI, the HTTP API, a
notebook) can catch ``RegionwatchError`` and show ``str(error)``: one line that names the file,
row, option or store concerned. ``InvalidInput`` marks a bad argument (the CLI exits 2 for it,
as for any usage error); the others are failures of data or of the store (exit 1).
"""

from __future__ import annotations

__all__ = [
    "InvalidInput",
    "NotAStore",
    "RegionwatchError",
    "StoreError",
    "StoreLocked",
    "StoreMissing",
    "shorten",
]


class RegionwatchError(Exception):
    """Base of every error regionwatch raises on purpose."""

    code = "error"


class InvalidInput(RegionwatchError, ValueError):
    """An argument that cannot be used: a bad date, threshold, level, limit or option value."""

    code = "invalid-input"


class StoreError(RegionwatchError):
    """The store cannot be opened or used."""

    code = "store-error"


class StoreMissing(StoreError):
    """No store at the path (or the folder for a new one does not exist)."""

    code = "store-missing"


class NotAStore(StoreError):
    """The file exists but is not a regionwatch store (another program's DuckDB file, a CSV …)."""

    code = "not-a-store"


class StoreLocked(StoreError):
    """Another process holds the store for longer than we were allowed to wait."""

    code = "store-locked"


def shorten(value: object, limit: int = 80) -> str:
    """``repr`` of a value cut to ``limit`` characters, so an error never repeats a 50,000-character cell."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}…({len(text)} characters)"
