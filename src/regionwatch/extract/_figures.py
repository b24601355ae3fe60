"""The figures of a document, each line read with its language's number reader, and the money figures a
checker lists beside the claims read from them."""

from __future__ import annotations

import bisect
import dataclasses
import re

from ._compound import joined_parts, joined_words
from ._numbers import Quantity, find_en, find_zh
from ._places import Place
from ._text import detect_language, normalise, other_language_lines

__all__ = ["document_figures", "money_figures", "outside_names"]


# an exchange rate stated ("($1 = 7.1950 Chinese yuan)", "1 US dollar = 7.2 yuan", 1美元约合7.2元人民币): no claim
_EXCHANGE_RATE = re.compile(
    r"(?:US\s*)?\$\s*1\s*=\s*(?:RMB|CNY|¥)?\s*\d[\d.]*(?:\s*(?:Chinese\s+)?(?:yuan|renminbi|RMB))?|"
    r"\b1\s+(?:US\s+|U\.S\.\s+)?dollars?\s*(?:=|equals|is worth|to)\s*(?:RMB\s*)?\d[\d.]*\s*(?:Chinese\s+)?yuan|"
    r"(?:¥|\bRMB\s*)1\s*=\s*(?:US\s*)?\$\s*\d[\d.]*|\b1\s+yuan\s*=\s*(?:US\s*)?\$\s*\d[\d.]*|"
    r"1\s*美元(?:约)?(?:合|兑|兑换|折合|=)(?:约)?(?:人民币)?\s*\d[\d.]*\s*元(?:人民币)?|"
    r"美元(?:兑|对)人民币(?:汇率|中间价)?(?:为|约|约为)?\s*\d[\d.]*",
    re.I,
)


_SUMMED = re.compile(r"\d\+$")  # 1065.438+0% (a page's garbled 10%), 5+2: a term of a sum, no figure of its own


def document_figures(norm: str, lang: str, other_lines: list[tuple[int, int]]) -> list[Quantity]:
    """The document's figures, but those of an exchange rate stated; a line in the other language is read
    with that language's number reader instead."""
    found = _find_zh(norm) if lang == "zh" else _find_en(norm)
    found = _starting_outside(found, [m.span() for m in _EXCHANGE_RATE.finditer(norm)])
    found = [q for q in found if not _SUMMED.search(norm, max(0, q.start - 2), q.start)]
    if not other_lines:
        return found
    other = _find_en if lang == "zh" else _find_zh
    extra = [dataclasses.replace(q, start=q.start + a, end=q.end + a) for a, b in other_lines for q in other(norm[a:b])]
    return sorted(_starting_outside(found, other_lines) + extra, key=lambda q: q.start)


def _starting_outside(found: list[Quantity], spans: list[tuple[int, int]]) -> list[Quantity]:
    """The figures that start in none of ``spans`` (in text order, apart): looked up by bisection, so that a
    document full of them stays linear."""
    if not spans:
        return found
    starts = [a for a, _b in spans]

    def within(q: Quantity) -> bool:
        i = bisect.bisect_right(starts, q.start) - 1  # the span the figure may stand in
        return i >= 0 and q.start < spans[i][1]

    return [q for q in found if not within(q)]


def _find_zh(norm: str) -> list[Quantity]:
    return joined_parts(norm, find_zh(norm))  # 1万亿560亿元: one figure


def _find_en(norm: str) -> list[Quantity]:
    return joined_words(norm, find_en(norm))  # "37 billion 351 million yuan": one figure


def outside_names(quantities: list[Quantity], places: list[Place]) -> list[Quantity]:
    """The figures but those inside a place's name (五家渠市: no 5 of anything)."""
    starts = [p.start for p in places]

    def inside(q: Quantity) -> bool:
        i = bisect.bisect_right(starts, q.start) - 1
        return i >= 0 and q.end <= places[i].end

    return [q for q in quantities if not inside(q)]


def money_figures(text: str, lang: str | None = None) -> list[tuple[int, int, float, str]]:
    """Every money figure in the text as (start, end, value, unit), labels ("trillion-yuan club") left out.

    The check lists the ones no claim was read from, so a reader sees every figure of an article.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    norm = normalise(text)
    lang = lang if lang in ("en", "zh") else detect_language(norm)
    found = document_figures(norm, lang, other_language_lines(norm, lang))  # the readers extract_claims uses
    return [
        (q.start, q.end, q.value, q.unit or "CNY")
        for q in found
        if not (q.label or q.pp or q.club) and (q.unit in ("CNY", "USD") or q.implied_money)
    ]
