"""Letter-spaced Chinese: a PDF's text layer often puts a space between every character of a line
(地 区 生 产 总 值 5201.3 亿 元 ， 比 上 年 增 长 5.6%), which hides every word the readers look for. In such
a line the spaces beside Chinese characters are taken out before reading, and the claims' offsets are
mapped back to the text as written. A line with words spaced as cells of a table (指标 单位 绝对值) is
left alone: most of its characters are not followed by a space."""

from __future__ import annotations

import re

from ._unwrap import Offsets, cut

__all__ = ["unspace"]

_HAN = r"\u3400-\u9fff"
_SPACED = re.compile(rf"[{_HAN}] (?=[{_HAN}])")  # a character, one space, a character
_BESIDE = re.compile(  # a run of spaces with Chinese (or its punctuation) on one side and not a digit run on both
    rf"(?<=[{_HAN}。、,，;；:：!！?？“”\"()（）%])[ \u3000]+(?=[{_HAN}。、,，;；:：!！?？“”\"()（）])|"
    rf"(?<=[{_HAN}])[ \u3000]+(?=[\d%])|(?<=[\d%])[ \u3000]+(?=[{_HAN}])|"
    r"(?<=(?<![\d.])[\d.]) (?=[\d.](?![\d.]))"  # 5 2 0 1 . 3: a figure spaced digit by digit
)
_MIN_CHARACTERS = 6
_SHARE_SPACED = 0.6


def unspace(norm: str, text: str) -> tuple[str, str, Offsets | None]:
    """(text with its letter-spaced lines closed up, the original with the same cuts, offsets back) — or
    the inputs and None when no line is letter-spaced."""
    if not _SPACED.search(norm):
        return norm, text, None
    spans: list[tuple[int, int]] = []
    start = 0
    for line in norm.split("\n"):
        han = len(re.findall(rf"[{_HAN}]", line))
        if han >= _MIN_CHARACTERS and len(_SPACED.findall(line)) >= _SHARE_SPACED * (han - 1):
            spans += [(start + m.start(), start + m.end()) for m in _BESIDE.finditer(line)]
        start += len(line) + 1
    if not spans:
        return norm, text, None
    return cut(norm, text, spans)
