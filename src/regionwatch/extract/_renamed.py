"""Places renamed or upgraded since (宁乡县 → 宁乡市 in 2017, 郫县 → 郫都区, Zengcheng city → district): a figure
about the place under its old name is about the same place, so a claim carries the code it has today, the
one gold annotations and the observatory's series use. A unit merged into another (戚墅堰区 into 武进区) or
split keeps its own code: its figures are not the successor's."""

from __future__ import annotations

import functools

from ..gazetteer import Gazetteer, Region

__all__ = ["current_code"]

_MOST_STEPS = 5


def _continues(old: Region, new: Region) -> bool:
    """Whether ``new`` is ``old`` under a new name or level: the old short name in the new name."""
    short = old.short_zh or old.name_zh
    return bool(short) and (new.short_zh == short or short in new.name_zh)


@functools.lru_cache(maxsize=4096)
def _current(gz: Gazetteer, code: str) -> str:
    for _step in range(_MOST_STEPS):
        if code not in gz:
            return code
        region = gz.get(code)
        if region.valid_to is None:
            return code
        at_end = {c for c, year in region.successors if year in (None, region.valid_to)}  # not 2005's part to 萝岗区
        after = [r for r in gz.successors(region) if r.code in at_end]
        if len(after) != 1 or not _continues(region, after[0]):
            return code
        code = after[0].code
    return code


def current_code(gz: Gazetteer, code: str | None) -> str | None:
    """The code ``code``'s place has today, when it goes on under another name or level; else ``code``."""
    return _current(gz, code) if code and code.isdigit() else code
