"""Hard-wrapped text: a communiqué copied out of a PDF, or a plain-text file wrapped at a fixed width,
breaks its lines inside sentences (地区生产总值5300亿元，按可比⏎价格计算，比上年增长⏎5.2%). Such lines are
joined before reading, and the claims' offsets are mapped back to the text as written."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

__all__ = ["Offsets", "cut", "unwrap"]

_ENDED = re.compile(r"[。！？；：!?;:…\"')）\]|]\s*$|\.\s*$")  # a line that ends a sentence, a heading, a row
_STARTS_ITEM = re.compile(  # a line that starts a list item or a heading of its own
    r"\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、)．]\D|[•·*#|>-]|"
    r"第[一二三四五六七八九十\d]+[章节条部分]|[-–—]\s*\d+\s*[-–—])"
)
_LABEL_LINE = re.compile(r"\s*[^\s:：，。,.;；]{1,20}(?:\s?[(（][^)）]{1,12}[)）])?\s?[:：]")  # "Label (2020): value"
_PAGE_NUMBER = re.compile(r"\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DECIMAL_POINT_END = re.compile(r"\d\.\s*$")  # 社会消费品零售总额达到1100.⏎4亿元: a figure broken at its point
_SIDE_BY_SIDE = re.compile(r"\d[\d.,%]*\s+[-+]?\d")


@dataclass(frozen=True)
class Offsets:
    """Where characters were removed: ``cuts[i]`` is a position in the joined text after which
    ``removed[i]`` characters of the original, in all, had been taken out."""

    cuts: list[int]
    removed: list[int]
    before: Offsets | None = None  # an earlier cut of the same text (readings taken out, then lines joined)

    def back(self, pos: int) -> int:
        """The original position of the joined text's character at ``pos``."""
        i = bisect.bisect_right(self.cuts, pos) - 1
        pos += self.removed[i] if i >= 0 else 0
        return self.before.back(pos) if self.before is not None else pos

    def after(self, earlier: Offsets | None) -> Offsets:
        """These cuts, made in a text ``earlier`` had already cut."""
        return Offsets(self.cuts, self.removed, earlier)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.back(start), self.back(max(start, end - 1)) + 1


def unwrap(norm: str, text: str) -> tuple[str, str, Offsets | None]:
    """(joined normalised text, the original with the same joins, offsets back) — or the inputs and
    None when the text is not hard-wrapped. A line is a wrapped one when it is about as long as the
    text's wrap width (the commonest length of its long lines), does not end a sentence, and the next
    line neither starts an item nor is a page number. The first line (the title) is never joined."""
    lines = norm.split("\n")
    cjk = bool(_CJK.search(norm[:2000]))
    shown = [_shown_width(line) for line in text.split("\n")] if cjk else [len(line.rstrip()) for line in lines]
    width = _wrap_width(lines, shown, cjk)
    if width is None or width < (40 if cjk else 45):  # short lines are headings and menus, not a wrap width
        return norm, text, None
    slack = 6 if cjk else 15
    pos, cut_at = 0, []
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if (
            i > 0
            and shown[i] >= width - slack
            and not _is_row(line, cjk)
            and not (_ENDED.search(line) and not (cjk and _DECIMAL_POINT_END.search(line)))
            and nxt.strip()
            and not _STARTS_ITEM.match(nxt)
            and not (_LABEL_LINE.match(line) and _LABEL_LINE.match(nxt))  # a profile's "人口：…" lines
            and not _PAGE_NUMBER.fullmatch(nxt)
        ):
            cut_at.append(pos)  # the "\n" after this line
        pos += 1
    if not cut_at:
        return norm, text, None
    return _join(norm, text, cut_at, cjk)


def _is_row(line: str, cjk: bool) -> bool:
    """A table row or header: Markdown cells, numbers standing side by side, or (in Chinese, which
    puts no spaces between words) several cells apart."""
    return bool(
        line.lstrip().startswith("|")
        or _SIDE_BY_SIDE.search(line)
        or (cjk and len(re.findall(r"\S\s+(?=\S)", line.strip())) >= 2)
    )


def _shown_width(line: str) -> int:
    """How wide a line is shown: a Chinese character (or full-width mark) takes two columns, a digit or
    a Latin letter one. A PDF wraps Chinese at a shown width, so a line full of figures has more characters."""
    line = line.rstrip()
    return len(line) + sum(1 for ch in line if unicodedata.east_asian_width(ch) in "WF")


def _wrap_width(lines: list[str], shown: list[int], cjk: bool) -> int | None:
    """The width most long lines share, if at least three do (±2 columns)."""
    lengths = [w for line, w in zip(lines, shown, strict=True) if len(line.strip()) >= 12 and not _is_row(line, cjk)]
    if len(lengths) < 3:
        return None
    counts = Counter(lengths)
    width, _ = max(counts.items(), key=lambda kv: (sum(counts.get(kv[0] + d, 0) for d in range(-2, 3)), kv[0]))
    near = sum(counts.get(width + d, 0) for d in range(-2, 3))
    return width if near >= 3 and near * 3 >= len(lengths) else None


def _join(norm: str, text: str, cut_at: list[int], cjk: bool) -> tuple[str, str, Offsets]:
    """Remove each cut newline (with the spaces around it) in Chinese; in English make it one space."""
    spans, start = [], 0
    for nl in cut_at:
        left, right = nl, nl + 1
        while left > start and norm[left - 1] in " \t\r":
            left -= 1
        while right < len(norm) and norm[right] in " \t":
            right += 1
        spans.append((left, right))
        start = right
    return cut(norm, text, spans, "" if cjk else " ")


def cut(norm: str, text: str, spans: list[tuple[int, int]], glue: str = "") -> tuple[str, str, Offsets]:
    """``norm`` and ``text`` (of one length) with each of the sorted, disjoint ``spans`` replaced by ``glue``,
    and the offsets back to the text as it was."""
    out_norm, out_text, cuts, removed = [], [], [], []
    start, length = 0, 0
    for a, b in spans:
        out_norm += [norm[start:a], glue]
        out_text += [text[start:a], glue]
        length += a - start + len(glue)
        cuts.append(length)  # from here on the kept text stands ``b - length`` characters earlier
        removed.append(b - length)
        start = b
    out_norm.append(norm[start:])
    out_text.append(text[start:])
    return "".join(out_norm), "".join(out_text), Offsets(cuts, removed)
