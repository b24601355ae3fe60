"""Pinyin-annotated Chinese: a page for learners, or ruby text flattened to plain text, writes the
reading after each character (地(dì)区(qū)生(shēng)产(chǎn), 地dì区qū, 地 dì 区 qū) or on a line of its own
above the characters. The readings are taken out before reading, so that indicator words and place
names are whole again, and the claims' offsets are mapped back to the text as written."""

from __future__ import annotations

import re

from ._unwrap import Offsets, cut

__all__ = ["strip_pinyin"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_LETTERS = "a-zü" + _TONED
_HAN = r"[\u3400-\u9fff]"
_SYLLABLE_TONED = rf"[a-zü]*[{_TONED}][{_LETTERS}]*"
_SYLLABLE_ANY = rf"[{_LETTERS}]{{1,6}}"  # a neutral tone (的 de, 了 le) carries no mark

# a reading in brackets after a character: 地(dì), 区（qū）, 新(xin)(xin) (an SEO page's, repeated)
_BRACKETED = re.compile(rf"(?<={_HAN})[(（]\s*({_SYLLABLE_ANY})\s*[)）](?:[(（]\s*{_SYLLABLE_ANY}\s*[)）])*")
# a reading written straight after a character, with at most a space either side: 地dì区qū, 地 dì 区 qū
_ADJACENT_TONED = re.compile(rf"(?<={_HAN})[ \t]?{_SYLLABLE_TONED}(?![a-z])[ \t]?(?=[^\sa-z]|$)", re.M)
_ADJACENT_ANY = re.compile(rf"(?<={_HAN})[ \t]?{_SYLLABLE_ANY}(?![a-z])[ \t]?(?={_HAN}|[^\w\s]|[\dA-Z\s]|$)")
# a line of readings above the line of characters: "nán shān qū dì qū"
_READING_LINE = re.compile(  # each syllable set apart: no run of letters is split many ways (an English line)
    rf"^[ \t]*(?:{_SYLLABLE_ANY}[ \t,.]+){{2,}}{_SYLLABLE_ANY}[ \t,.]*$", re.M
)
_TONED_MARK = re.compile(f"[{_TONED}]")

_MIN_READINGS = 5  # fewer toned syllables than this beside characters: a name's romanisation, not annotation
_MIN_TONELESS = 12  # bracketed toneless syllables after characters, more than any text's asides in brackets


def strip_pinyin(norm: str, text: str) -> tuple[str, str, Offsets | None]:
    """(text without readings, the original with the same cuts, offsets back) — or the inputs and None
    when the text carries no character-by-character readings."""
    every = list(_BRACKETED.finditer(norm)) if "(" in norm or "（" in norm else []
    toneless = len(every) >= _MIN_TONELESS  # 浦东新(xin)区(qu): an SEO page's readings, no tone marks
    if not _TONED_MARK.search(norm) and not toneless:
        return norm, text, None
    bracketed = every if toneless else [m for m in every if _TONED_MARK.search(m.group(1))]
    adjacent = list(_ADJACENT_TONED.finditer(norm))
    lines = [m for m in _READING_LINE.finditer(norm) if len(_TONED_MARK.findall(m.group())) >= 2]
    spans: list[tuple[int, int]] = []
    if len(bracketed) >= _MIN_READINGS:
        spans += [m.span() for m in _BRACKETED.finditer(norm)]
    elif len(adjacent) >= _MIN_READINGS:
        spans += [m.span() for m in adjacent] + [m.span() for m in _ADJACENT_ANY.finditer(norm)]
    if len(lines) >= 2:
        spans += [(m.start(), min(len(norm), m.end() + 1)) for m in lines]  # the line and its newline
    if not spans:
        return norm, text, None
    return cut(norm, text, _merged(spans))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
