"""Chinese numbers written in two parts, a larger scale then a smaller one: 1万亿560亿元, 1兆560億元 (Taiwan),
1亿2000万人. The reader finds "1万亿" (or "1" before 兆) and "560亿元" apart; they are one figure."""

from __future__ import annotations

import dataclasses

from ._numbers import Quantity

__all__ = ["joined_parts"]

_SCALES = {"兆": 1e12, "万亿": 1e12, "亿": 1e8, "万": 1e4}


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
