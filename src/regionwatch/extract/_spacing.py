"""Spaces a reader of Chinese skips. A PDF's text layer often puts a space between every character of a
line (地 区 生 产 总 值 5201.3 亿 元 ， 比 上 年 增 长 5.6%), and many sites and PDFs set a space between Chinese
and Latin letters or digits (2025 年，南山区 GDP 达 10500 亿元); both hide the words and figures the readers
look for. They are taken out before reading, and the claims' offsets are mapped back to the text as written.
A line with words spaced as cells of a table (指标 单位 绝对值, 南山区 8566 9501) keeps them: most of its
characters are not followed by a space, and it has no sentence mark."""

from __future__ import annotations

import re

from ._unwrap import Offsets, cut

__all__ = ["unspace"]

_HAN = r"\u3400-\u9fff"
_HAN_CHAR = re.compile(rf"[{_HAN}]")
_SPACED = re.compile(rf"[{_HAN}] (?=[{_HAN}])")  # a character, one space, a character
_BESIDE = re.compile(  # a run of spaces with Chinese (or its punctuation) on one side and not a digit run on both
    rf"(?<=[{_HAN}。、,，;；:：!！?？“”\"()（）%])[ \u3000]+(?=[{_HAN}。、,，;；:：!！?？“”\"()（）])|"
    rf"(?<=[{_HAN}])[ \u3000]+(?=[\d%])|(?<=[\d%])[ \u3000]+(?=[{_HAN}])|"
    r"(?<=(?<![\d.])[\d.]) (?=[\d.](?![\d.]))"  # 5 2 0 1 . 3: a figure spaced digit by digit
)
_PANGU = re.compile(  # a space set between Chinese and Latin letters or digits: 2025 年，南山区 GDP 达 10500 亿元
    rf"(?<=[{_HAN}])[ \u00a0]+(?=[A-Za-z\d])|(?<=[A-Za-z\d%])[ \u00a0]+(?=[{_HAN}])"
)
_DIGIT_BY_DIGIT = re.compile(r"(?<=(?<![\d.])[\d.]) (?=[\d.%](?![\d.]))")  # 5 0 1 2 . 6 亿元, 增长 5 . 8 %
_POINT_GAP = re.compile(r"(?<=\d) (?=\. ?\d)|(?<=\d \.) (?=\d)|(?<=\d\.) (?=\d)")  # 169 . 3亿元: a spaced point
_PROSE = re.compile(r"[。；;！？]|(?<!\d),|,(?!\d)")  # a sentence's marks (a table row has none)
_NUMBER_UNIT_GAP = re.compile(rf"(?<=\d)[ \u00a0]+(?=[{_HAN}])")  # 2025 年, 5201.3 亿元 (not 南山区 8566: a cell)
_GROUPED = re.compile(  # 13 419 km², a population of 6 639 501: thousands set apart by spaces, in a sentence (not
    # "the 3 100-billion-yuan counties": a count, then a label)
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?![\d]|[.,]\d|[ \u00a0\u2009\u202f]\d|\s*[-‐–])"
)
_GROUP_GAP = re.compile(r"[ \u00a0\u2009\u202f]")
_PUNCT_GAP = re.compile(  # 报告显示 , 2019年 , 百强县… 。: a repost's spaces around Chinese punctuation
    rf"(?<=[{_HAN}%\d])[ \u00a0]+(?=[。、！？]|[,;:，；：](?:[ \u00a0]|$))|(?<=[。、！？])[ \u00a0]+|"
    rf"(?<=[{_HAN}%\d][ \u00a0][,;:，；：])[ \u00a0]+(?=[{_HAN}\d])|(?<=[{_HAN}%\d][,;:，；：])[ \u00a0]+(?=[{_HAN}])"
)
_MIN_CHARACTERS = 6
_SHARE_SPACED = 0.6


def unspace(norm: str, text: str, lang: str = "zh") -> tuple[str, str, Offsets | None]:
    """(text with its letter-spaced lines closed up and, in Chinese, the spaces set between its characters and
    Latin letters or digits taken out (2025 年 → 2025年), the original with the same cuts, offsets back) — or
    the inputs and None when there is nothing to close. A line with no sentence mark (a table row, a heading;
    not the title) only has a number closed up with its unit, so that its cells stay apart."""
    pangu = lang == "zh" and bool(_PANGU.search(norm) or _POINT_GAP.search(norm) or _PUNCT_GAP.search(norm))
    grouped = _GROUPED.search(norm) is not None
    if not (pangu or grouped or _SPACED.search(norm)):
        return norm, text, None
    spans: list[tuple[int, int]] = []
    start = 0
    for k, line in enumerate(norm.split("\n")):
        if grouped and _PROSE_EN.search(line):  # a sentence's figure, not a table row's cells
            spans += [(start + g.start(), start + g.end()) for m in _GROUPED.finditer(line) for g in _gaps(m)]
        han = len(_HAN_CHAR.findall(line))
        if han >= _MIN_CHARACTERS and len(_SPACED.findall(line)) >= _SHARE_SPACED * (han - 1):
            spans += [(start + m.start(), start + m.end()) for m in _BESIDE.finditer(line)]
        elif pangu:  # a sentence closed up throughout; a row or a heading only from a number to its unit
            prose = k == 0 or bool(_PROSE.search(line))  # the title is a sentence
            gaps = [_PANGU, _DIGIT_BY_DIGIT, _POINT_GAP, _PUNCT_GAP] if prose else [_NUMBER_UNIT_GAP, _POINT_GAP]
            spans += sorted({(start + m.start(), start + m.end()) for gap in gaps for m in gap.finditer(line)})
        start += len(line) + 1
    if not spans:
        return norm, text, None
    return cut(norm, text, sorted(set(spans)))


_PROSE_EN = re.compile(r"[.;!?](?:\s|$)|[a-z]{3,} [a-z]{2,} [a-z]{2,}")  # a sentence: its mark, or running words


def _gaps(m: re.Match[str]) -> list[re.Match[str]]:
    """The spaces between a grouped figure's digit groups, at their place in the line."""
    return [g for g in _GROUP_GAP.finditer(m.string, m.start(), m.end())]
