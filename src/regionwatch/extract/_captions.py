"""A flattened table's caption: the line above its header ("GDP of Shenzhen's largest districts (billion yuan)",
"单位：亿元、%"), and the money unit or the measure it names for columns whose header states none."""

from __future__ import annotations

import re

from ._cells import unit_of
from ._columns import column_of

__all__ = ["RULE", "caption_line", "caption_money", "caption_of"]

RULE = re.compile(r"\s*\|?\s*:?-{3,}")  # a Markdown table's |---| rule


_MONEY_UNIT = re.compile(
    r"(?:trillion|billions?(?: of)?|bn|million|100 million|hundred million)\s+(?:yuan|rmb)|万亿元|亿元|万元", re.I
)


def caption_line(norm: str, header_start: int) -> str:
    """A table's caption: the line just above its header (blank lines between allowed), or the row of
    its own an HTML <caption> becomes above a rule: "GDP of Shenzhen's largest districts (billion yuan)"."""
    above = norm[max(0, header_start - 1000) : max(0, header_start - 1)].rstrip("\n ")  # near: no copy of the text
    line = above[above.rfind("\n") + 1 :]
    if RULE.match(line) and not line.strip(" |:-"):
        above = above[: above.rfind("\n")].rstrip("\n ")
        line = above[above.rfind("\n") + 1 :]
        if len([c for c in line.split("|") if c.strip()]) != 1:
            return ""
    line = line.strip(" |")
    return line if len(line) <= 120 else ""


def caption_money(norm: str, header_start: int) -> tuple[float, str] | None:
    """The money unit a table's caption states, for columns whose header names none."""
    unit = _MONEY_UNIT.search(caption_line(norm, header_start))
    found = unit_of(unit.group().lower()) if unit else None
    return found if found and found[1] in ("CNY", "USD") else None


def caption_of(norm: str, header_start: int) -> tuple[str, float, str] | None:
    """The measure and unit a table's caption names."""
    line = caption_line(norm, header_start)
    return column_of(line) if line else None
