"""Tables and lists of figures set with a blank line between their rows, as a page whose rows were each a
paragraph is copied ("| 1 | Pudong | 1,750.3 |⏎⏎| 2 | Haidian | 1,192.8 |", "2010: 1,234,000⏎⏎2020: 1,859,390",
"地区生产总值 亿元 2835.4 6.1⏎⏎一般公共预算收入 亿元 212.5 3.3"). The table readers stop at a blank line, so
the blank line between two rows of the same shape is closed up; offsets are kept (the row's line break becomes
a space, the blank line's stays)."""

from __future__ import annotations

import re

__all__ = ["close_row_gaps"]

_SENTENCE_END = re.compile(r"[。.!?！？；;，,]\s*$")
_LABEL_VALUE = re.compile(r"[^:：\d]{1,40}[:：]\s*[-+]?\d[^\n]{0,60}|(?:19|20)\d\d\s*[:：]\s*[-+]?\d[\d.,]*[^\n]{0,30}")
_NUMBER = re.compile(r"[-+]?\d[\d.,]*%?")
_TABS = re.compile(r"\t+")
_GAP = re.compile(r"\n[ \t\u3000]*\n(?=[^\n])")


def _shape(line: str) -> str | None:
    """A row's shape (cells between bars or tabs and how many, a label and its value, cells apart by spaces),
    or None for a line of prose, a heading or nothing."""
    s = line.strip()
    if not s or len(s) > 160 or _SENTENCE_END.search(s):
        return None
    if s.count("|") >= 2:
        return f"bars {s.strip('|').count('|')}"
    if "\t" in s:
        return f"tabs {len(_TABS.split(s))}"
    if _LABEL_VALUE.fullmatch(s):
        return "label"
    tokens = s.split()
    if len(tokens) >= 3 and (any(_NUMBER.fullmatch(t) for t in tokens) or all(len(t) <= 16 for t in tokens)):
        return "cells"
    return None


def close_row_gaps(norm: str) -> str:
    """``norm`` with each single blank line between two rows of one shape closed up, at least one of them
    holding a figure (a header over its first row, then row after row)."""
    if not _GAP.search(norm):
        return norm
    out = list(norm)
    for m in _GAP.finditer(norm):
        start = norm.rfind("\n", 0, m.start()) + 1
        end = norm.find("\n", m.end())
        above, below = norm[start : m.start()], norm[m.end() : len(norm) if end < 0 else end]
        shape = _shape(above)
        if shape is not None and shape == _shape(below) and re.search(r"\d", above + below):
            out[m.start()] = " "
    return "".join(out)
