"""Arguments of the Observatory's methods, checked once: levels, limits, dates, indicators, paths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from .errors import InvalidInput, shorten
from .indicators import resolve_indicator
from .store import ACCEPT_POLICIES

LEVEL_ALIASES = {
    "county": "county",
    "district": "county",
    "prefecture": "prefecture",
    "city": "prefecture",
    "province": "province",
}


def paths_of(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    if isinstance(paths, str | Path):
        return [Path(paths)]
    return [Path(p) for p in paths]


def level_of(level: str | None) -> str | None:
    if level is None:
        return None
    try:
        return LEVEL_ALIASES[level.lower()]
    except KeyError:
        raise InvalidInput(f"level must be county, prefecture or province, not {shorten(level)}") from None


def limit_of(limit: int | None) -> int | None:
    if limit is not None and (isinstance(limit, bool) or int(limit) < 1):
        raise InvalidInput(f"limit must be a positive number of rows, not {limit!r}")
    return None if limit is None else int(limit)


def check_policy(accept: str) -> None:
    if accept not in ACCEPT_POLICIES:
        raise InvalidInput(f"accept must be one of {', '.join(ACCEPT_POLICIES)}, not {shorten(accept)}")


def indicator_of(indicator: str | None) -> str | None:
    if indicator is None or str(indicator).strip().lower() in ("", "all"):
        return None
    return resolve_indicator(indicator)


def doubts_of(flags: object, inferred: object) -> list[str]:
    """Why a claim is doubtful, in words: its plausibility flags, then what was guessed rather than stated."""
    out = [str(f) for f in list(flags if flags is not None else [])]
    guessed = [str(i) for i in list(inferred if inferred is not None else [])]
    if guessed:
        out.append("inferred from context: " + ", ".join(guessed))
    return out


def as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InvalidInput(f"{name} takes YYYY-MM-DD, not {shorten(value)}") from None


def as_of_time(value: dt.datetime | dt.date | str | None) -> dt.datetime | None:
    """An as-of moment: a datetime, a date (the end of that day) or an ISO text."""
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time.max)
    text = str(value).strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"as_of takes a date (YYYY-MM-DD) or an ISO time, not {shorten(text)}") from None
    if len(text) == 10:  # a date: the end of that day
        parsed = dt.datetime.combine(parsed.date(), dt.time.max)
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone(dt.UTC).replace(tzinfo=None)
