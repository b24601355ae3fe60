"""Numbers written in two parts, a larger scale then a smaller one: 1万亿560亿元, 1兆560億元 (Taiwan),
1亿2000万人, and in English translated word for word, "37 billion 351 million yuan". The reader finds "1万亿"
(or "1" before 兆) and "560亿元" apart; they are one figure."""

from __future__ import annotations

import dataclasses
import re

from ._numbers import Quantity

__all__ = ["joined_parts", "joined_words"]

_SCALES = {"兆": 1e12, "万亿": 1e12, "亿": 1e8, "万": 1e4}
_EN_SCALES = {"trillion": 1e12, "billion": 1e9, "million": 1e6}
_EN_HEAD = re.compile(r"(?:US\$|RMB|[$¥])?\s?\d{1,3} (trillion|billion)", re.I)  # "37 billion", "$73 billion": a
# whole number of the larger scale
_EN_TAIL = re.compile(r"\d{1,3} (billion|million)\b", re.I)  # "351 million yuan": fewer than a thousand of a smaller


def joined_parts(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities with each bare number of a larger scale joined to the figure of a smaller scale right
    after it (nothing but its scale word between)."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and prev.unit is None and q.unit is not None and not (prev.label or q.label):
            gap = norm[prev.end : q.start]
            head = prev.value * _SCALES[gap] if gap in _SCALES else prev.value if gap == "" else None
            scale = _SCALES.get(gap) or next((v for k, v in _SCALES.items() if norm.endswith(k, 0, prev.end)), None)
            if head is not None and scale is not None and q.value < scale <= head:
                out[-1] = dataclasses.replace(q, start=prev.start, value=head + q.value)
                continue
        out.append(q)
    return out


def joined_words(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities with "37 billion" joined to "351 million yuan" right after it (one space between): the
    word-for-word translation of 373.51亿元, one figure and not two."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        one_unit = prev is not None and (prev.unit is None or q.unit is None)  # "$73 billion 600 million": the
        head = _EN_HEAD.fullmatch(norm, prev.start, prev.end) if prev is not None and one_unit else None  # head's
        tail = _EN_TAIL.match(norm, q.start) if head and prev.end + 1 == q.start and not q.label else None
        if prev is not None and head and tail and _EN_SCALES[tail.group(1).lower()] < _EN_SCALES[head.group(1).lower()]:
            out[-1] = dataclasses.replace(q, start=prev.start, value=prev.value + q.value, unit=q.unit or prev.unit)
            continue
        out.append(q)
    return out
