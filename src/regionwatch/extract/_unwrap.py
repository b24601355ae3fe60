"""Hard-wrapped text: a communiqué copied out of a PDF, or a plain-text file wrapped at a fixed width,
breaks its lines inside sentences (地区生产总值5300亿元，按可比⏎价格计算，比上年增长⏎5.2%). Such lines are
joined before reading, and the claims' offsets are mapped back to the text as written."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

from ..indicators import INDICATORS
from . import _cues as cues
from ._words import word_across

__all__ = ["Offsets", "cut", "unwrap"]

_ENDED = re.compile(  # a line that ends a sentence (a quote or bracket closing after its mark too), or a row
    r"[。！？；!?;…](?:[\"'”’」)）\]])*\s*$|\|\s*$|\.(?:[\"'”’)\]])*\s*$"  # not a colon: what it opens follows
)
_STARTS_ITEM = re.compile(  # a line that starts a list item or a heading of its own
    r"\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}[.、)．]\D|[•·*#|>-]|"
    r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s|"  # "II. Main Targets for 2026"
    r"第[一二三四五六七八九十\d]+[章节条部分]|[-–—]\s*\d+\s*[-–—])"
)
_LABEL_LINE = re.compile(  # 人口（2020）：…, "Per capita income of rural residents: 52,600 yuan"
    r"\s*(?:[^\s:：，。,.;；]{1,20}(?:\s?[(（][^)）]{1,12}[)）])?\s?[:：]|[A-Z][^:：.;!?\n]{0,70}:\s)"
)
_PAGE_NUMBER = re.compile(  # "— 3 —", "- 3 -", 第 4 页 共 12 页, "Page 3 of 12", "3/12"
    r"\s*(?:[-–—]?\s*\d{1,4}\s*[-–—]?|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"(?i:page)\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})\s*$"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_DECIMAL_POINT_END = re.compile(r"\d\.\s*$")  # 社会消费品零售总额达到1100.⏎4亿元: a figure broken at its point
_UNIT_GOES_ON = re.compile(
    r"[\d.]*\s*(?:[万亿億萬]|%|％|元|个|家|人|平方)|\d{1,3}年"
)  # 2亿元…, %、4.8%, 016年, 71.10亿
_COMMA_END = re.compile(r"[,，]\s*$")
_MARKS_ONLY = re.compile(r"[ \t]*[：:，,。；;！!？?、）)」』”’]+[ \t]*")
_MARK_OPENS = re.compile(r"[ \t]*[，,、；;。）」』”]")  # a line that opens with a mark goes on the one before
_CJK_DIGITS_END = re.compile(r"[\u3400-\u9fff,，、;；(（]\d+(?:\.\d+)?[ \t]*$")  # …增长6.0⏎%, …；2⏎016年, 区(1⏎71亿
_FIGURE_GOES_ON = re.compile(  # "+9.1%", "up 9.1 percent", 增长9.1%: the rest of a figure's clause
    r"\s*(?:(?:同比|比上年)?(?:增长|下降|增加|减少)|up|down)?\s*[+\-−]?\d[\d.,]*\s*"
    r"(?:%|percent|per cent|[万亿億萬]|元|yuan)",
    re.I,
)
_FIGURE_CUT = re.compile(  # 比上年增长⏎5.2%, 固定资产投资318亿⏎元: a figure cut from its verb or its unit
    r"(?:(?:增长|下降|增加|减少|提高|达到|达|为)[ \t]*\n[ \t]*[+\-−]?\d[\d.,]*[ \t]*(?:%|％|[万亿億萬]|元|个百分点)|"
    r"(?:约|近|超过|逾|共|达|为)[ \t]*\n[ \t]*\d[\d.,]*[ \t]*(?:家|个|件|人|户)|"  # 上市公司约⏎220家: a count
    r"\d[ \t]*[万亿億萬][ \t]*\n[ \t]*(?:美元|元|人|户|吨)|"
    r"(?:增[ \t]*\n[ \t]*[长加]|下[ \t]*\n[ \t]*降|减[ \t]*\n[ \t]*少|提[ \t]*\n[ \t]*高)"  # 同比增⏎长6.2%
    r"[ \t]*[+\-−]?\d)"
)
_MEASURE_CUT = re.compile(r"[，,][^，,。；;！？!?：:]{2,20}[\u3400-\u9fff][ \t]*$")  # a clause cut after its measure
_FIGURE_AFTER_CUT = re.compile(r"[ \t]*(?:约|近|超过|逾|达到?|为)?[+\-−]?\d[\d.,]*[ \t]*(?:%|％|[万亿億萬]|元)")
_EN_CUT = re.compile(r"[A-Za-z].{28,}[A-Za-z\d,]\s*$")  # a line of prose cut with no mark at its end ("… GDP")
_HEADING_TAIL = re.compile(  # "in the First Quarter": a title's last phrase on a line of its own
    r"\s*(?:in|for|of|during|by|since|over|amid|from|to)\s+(?:the\s+)?(?:[A-Z0-9][\w'’-]*\s*){1,6}"
)
_TITLE_WORDS_TAIL = re.compile(r"\s*(?:[A-Z][a-z'’-]*\s*){1,2}")  # "Plan", "Work Report": no mark, no figure
_EN_GOES_ON = re.compile(r"\s*(?:[a-z][a-z-]*\b(?![:.])|\d[\d.,]*(?:\s*%|\s+(?:percent|billion|million|yuan)\b))")


def _en_goes_on(line: str, after: str) -> bool:
    """Whether an English line of prose cut with no mark goes on in ``after``: a word in lower case or a figure
    with its unit, or anything but an item after a comma ("… and counties,⏎Chengdu High-tech Zone and …")."""
    open_end = _COMMA_END.search(line) or _FUNCTION_WORD_END.search(line)  # "… District of⏎Hangzhou to become"
    return bool(_EN_GOES_ON.match(after) or (open_end and re.match(r"\s*[A-Za-z\d]", after)))


_FUNCTION_WORD_END = re.compile(r"\b(?:of|in|the|a|an|and|to|for|with|by|from|at|on|as|than|its|their)\s*$", re.I)


_DASH_GOES_ON = re.compile(r"\s*[-–—]\s+[a-z]")  # "… machinery and equipment⏎- rose by 3.2 percent": a dash, no item
_CELL_GAP = re.compile(r"[^\s,，。、;；:：!！?？]\s+(?=[^\s,，。、;；:：!！?？])")  # not " , " around a mark
_PIPED_OR_TABBED = re.compile(r"\|[^|\n]*\||\S\t+\S")  # "Nanshan | 8566.9 | 5.2", cells apart by tabs
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
    text's wrap width (the length its long lines come near and hardly exceed) and goes on in the next
    (_goes_on). The first line (the title) is never joined, unless it is prose cut mid-sentence."""
    lines = norm.split("\n")
    head = norm[:2000]
    cjk = len(_CJK.findall(head)) * 2 > len(re.findall(r"[A-Za-z]", head))  # mostly Chinese (not a footer's 苏ICP备)
    slack = 6 if cjk else 15
    counted = [len(line.rstrip()) for line in lines]
    starts = [0, *(i + 1 for i, ch in enumerate(norm) if ch == "\n")]  # the lines of ``text`` where ``norm``'s are
    ends = [*(s - 1 for s in starts[1:]), len(norm)]  # (a lone \r of ``text`` is a line end in ``norm``)
    shown = [_shown_width(text[a:b]) for a, b in zip(starts, ends, strict=True)] if cjk else counted
    width = _wrap_width(lines, shown, cjk, slack)
    if cjk:  # a PDF wraps at a shown width; a text file may wrap at a count of characters
        by_count = _wrap_width(lines, counted, cjk, slack)
        if by_count is not None and (width is None or by_count[1] > width[1]):
            width, shown = by_count, counted
    if width is None or width[0] < (20 if cjk else 45):  # short lines are headings and menus, not a wrap width
        width = None
    pos, cut_at, page_lines = 0, [], []
    prose = len(lines) > 1 and _first_line_prose(lines[0], lines[1], cjk)  # no title: a sentence wrapped from it
    near = [width is not None and shown[i] >= width[0] - slack for i in range(len(lines))]
    if not cjk and not any(near[i] and _EN_GOES_ON.match(lines[i + 1]) for i in range(len(lines) - 1)):
        width, near = None, [False] * len(lines)  # a photo's caption, a title and a table's caption about as long:
        # no line at the margin goes on in the next (a word in lower case, a figure), so no wrap
    mid = sum(1 for i, line in enumerate(lines[:-1]) if near[i] and not _ENDED.search(line))
    cut_mid = mid >= (1 if cjk else 2)  # prose
    # wrapped, not a page setting a sentence a line: some lines at the margin end mid-sentence
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        if page_lines and page_lines[-1][1] == pos:  # the newline after a page number between two halves of a
            pos += 1  # sentence goes with it already
            continue
        wrapped = near[i]
        body = i > 0 or prose  # a line of the body: any but a title
        over_page = i + 2 < len(lines) and _PAGE_NUMBER.fullmatch(lines[i + 1]) and lines[i + 1].strip()
        if body and wrapped and over_page and _goes_on(line, lines[i + 2], width[0] - shown[i], cjk):
            page_lines.append((pos, pos + 1 + len(lines[i + 1])))  # 比上年增长⏎— 3 —⏎5.2%: a page break
        elif body and wrapped and _goes_on(line, lines[i + 1], width[0] - shown[i], cjk, cut_mid):
            cut_at.append(pos)  # the "\n" after this line
        elif body and line.strip() and (_MARKS_ONLY.fullmatch(lines[i + 1]) or _MARK_OPENS.match(lines[i + 1])):
            cut_at.append(pos)  # 榜单前十名如下⏎：, 宝安区为5006亿元⏎，增长5.1%: a mark no line begins with
        elif (
            body and cjk and _DECIMAL_POINT_END.search(line) and _CJK.search(line) and _UNIT_GOES_ON.match(lines[i + 1])
        ):
            cut_at.append(pos)  # 本地生产总值10150.⏎2亿元: a figure broken at its point, however short the text
        elif body and re.search(r"\d,$", line) and re.match(r"\d{3}(?!\d)", lines[i + 1]):
            cut_at.append(pos)  # "more than 5,⏎000 national high-tech enterprises": cut at its thousands mark
        elif body and _CJK_DIGITS_END.search(line[-12:]) and _UNIT_GOES_ON.match(lines[i + 1]):
            cut_at.append(pos)  # GDP首次突破30⏎00亿: a figure's digits cut apart, in a Chinese line of any text
        elif body and cjk and _FIGURE_CUT.search(f"{line[-8:]}\n{lines[i + 1][:16]}"):
            cut_at.append(pos)  # 比上年增长⏎5.2%: the rest of a figure on the next line, however short the text
        elif body and cjk and _word_cut(line, lines[i + 1]):
            cut_at.append(pos)  # 地区生产总值达人⏎民币1.01兆元: a word cut in two in a line of prose
        elif body and cjk and _measure_cut(line, lines[i + 1]):
            cut_at.append(pos)  # …，研发投入强度⏎约9%。: a clause's figure cut from its measure, however short the text
        elif body and _COMMA_END.search(line) and _FIGURE_GOES_ON.match(lines[i + 1]):
            cut_at.append(pos)  # "258.1 billion yuan,⏎+9.1%": a clause cut after its comma, however short the text
        elif body and not cjk and _EN_CUT.search(line[-200:]) and _en_goes_on(line, lines[i + 1]):
            cut_at.append(pos)  # "with an area of 14335⏎square kilometers and …": no sentence starts in lower case
        elif not cjk and _title_cased(line[-200:]) and _HEADING_TAIL.fullmatch(lines[i + 1]):  # the title's too
            cut_at.append(pos)  # "… Output Value Hit 400 Billion RMB⏎in the First Quarter": a title's last phrase
        elif body and not cjk and wrapped and shown[i] <= width[0] and _title_tail(line, lines[i + 1]):
            cut_at.append(pos)  # "… during the 14th Five-Year⏎Plan": a title as wide as the wrap, its last words
        pos += 1
    if not cut_at and not page_lines:
        return norm, text, None
    return _join(norm, text, cut_at, cjk, page_lines)


_MEASURE_LINE = re.compile(r"[ \t]*[^，,。；;！？!?：:\s]{2,20}[\u3400-\u9fff][ \t]*")


_PROSE_LINE = re.compile(r"(?=[^\n]*[\d,，、;；])[^\n]{19,}[\u3400-\u9fff]$")  # figures or clauses, a character last


def _word_cut(line: str, nxt: str) -> bool:
    """Whether a line of prose (figures or clauses, no closing mark) ends inside a word the next line finishes
    (…达人⏎民币…)."""
    return bool(_PROSE_LINE.search(line)) and bool(_CJK.match(nxt)) and word_across(line, nxt)


def _measure_cut(line: str, nxt: str) -> bool:
    """Whether a Chinese line ends on a clause's measure and the next line opens with its figure: after a comma
    (…，研发投入强度⏎约9%), or the measure's name alone on the line, its sentence going on after the figure
    (规模以上工业总产值⏎8210.5亿元，增长5.7%; not a card's 地区生产总值⏎3812.6亿元⏎同比增长5.9%)."""
    figure = _FIGURE_AFTER_CUT.match(nxt)
    if figure is None:
        return False
    if _MEASURE_CUT.search(line):
        return True
    named = _MEASURE_LINE.fullmatch(line) and any(r.zh and re.search(r.zh, line) for r in INDICATORS.values())
    return bool(named) and re.match(r"[^，,；;。\d]{0,3}[，,；;]", nxt[figure.end() :]) is not None


def _goes_on(line: str, nxt: str, short_by: int, cjk: bool, cut_mid: bool = False) -> bool:
    """Whether a line about as wide as the wrap goes on in the next: it ends no sentence (or, in Chinese,
    ends one right at the margin and the next line is not indented as a new paragraph), is no table row,
    and the next line is neither blank, an item, a page number, nor a label under a label."""
    ended = _ENDED.search(line) and not (cjk and _DECIMAL_POINT_END.search(line))
    ended = ended and not (not cjk and _ABBREVIATION_END.search(line) and re.match(r"\s*[a-z]", nxt))  # "U.S.⏎dollars"
    at_margin = (  # not before a line with no mark at all: a caption over a table's rows, a heading; not in a
        cjk  # text none of whose lines at the margin ends mid-sentence (lines of whole sentences, as long by chance)
        and cut_mid
        and short_by <= 2
        and re.search(r"[。；;]\s*$", line)
        and not nxt[:1].isspace()
        and re.search(r"[，,。；;]", nxt)
    )
    word = re.match(r"[A-Z][a-z'’-]*\b(?![:.])", nxt) if cut_mid and not cjk and line.rstrip().endswith(".") else None
    at_margin = at_margin or (word is not None and len(word.group()) + 1 > short_by and re.search(r"[.,;]", nxt))
    # "… 166,000 yuan.⏎General public budget revenue …": the next line's first word would not have fit after it
    return bool(
        (not ended or at_margin)
        and not _is_row(line, cjk)
        and nxt.strip()
        and (not _STARTS_ITEM.match(nxt) or _DASH_GOES_ON.match(nxt))
        and not (_LABEL_LINE.match(line) and _LABEL_LINE.match(nxt))  # a profile's "人口：…" lines
        and not _PAGE_NUMBER.fullmatch(nxt)
        and (cjk or not _title_cased(line) or _quote_open(line) or _DATELINE.match(line))  # "Main Goals of …"; but
    )  # 'Changsha County, known as "The First County in Central and Western⏎China", …': a quote goes on, as does
    # a wire's dateline ("HOHHOT, July 17 (Xinhua) -- North China's Inner Mongolia Autonomous⏎Region's GDP …")


_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Co|Ltd|Inc|No|Corp|approx|vs|St|Mt))\.?\s*$")
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]{2,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b")  # "HOHHOT, July 17 (Xinhua) --"


def _quote_open(line: str) -> bool:
    """Whether a line leaves a quotation open (its name in title case: "The First County in Central and")."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _title_tail(line: str, nxt: str) -> bool:
    """Whether ``nxt`` holds the last words of a title set in title case (no mark, no figure)."""
    return _title_cased(line[-200:]) and bool(_TITLE_WORDS_TAIL.fullmatch(nxt))


_CLAUSE_MARK = re.compile(r"[，、；,;]")


def _first_line_prose(line: str, nxt: str, cjk: bool) -> bool:
    """Whether the first line is a sentence's opening, not a title: clauses in it (or, in English, a word in
    lower case at its end that one in lower case opens the next line after: "The list was compiled based on a
    county economic high-quality⏎development …"), none ended, and (English) not set in title case ("In the
    first quarter of this year, Yunyan district in Guiyang, capital")."""
    if _ENDED.search(line) and not _DECIMAL_POINT_END.search(line):
        return False
    if cjk:
        return bool(_CLAUSE_MARK.search(line)) and len(line.strip()) >= 20
    run_on = bool(re.search(r"\b[a-z][a-z-]*$", line.rstrip()) and re.match(r"[a-z]", nxt))
    return (run_on or bool(_CLAUSE_MARK.search(line))) and len(line.split()) >= 8 and not _title_cased(line)


def _title_cased(line: str) -> bool:
    """Whether an English line is a heading set in title case: most of its longer words capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _is_row(line: str, cjk: bool) -> bool:
    """A table row or header: Markdown cells, cells between bars or tabs, numbers standing side by side,
    or (in Chinese, which puts no spaces between words) several cells apart."""
    return bool(
        line.lstrip().startswith("|")
        or _PIPED_OR_TABBED.search(line)
        or _SIDE_BY_SIDE.search(line)
        or (cjk and len(_CELL_GAP.findall(line.strip())) >= 2)
    )


def _shown_width(line: str) -> int:
    """How wide a line is shown: a Chinese character (or full-width mark) takes two columns, a digit or
    a Latin letter one. A PDF wraps Chinese at a shown width, so a line full of figures has more characters."""
    line = line.rstrip()
    return len(line) + sum(1 for ch in line if unicodedata.east_asian_width(ch) in "WF")


def _wrap_width(lines: list[str], widths: list[int], cjk: bool, slack: int) -> tuple[int, int] | None:
    """(the width the text is wrapped at, how many lines reach it): the length most long lines come within
    ``slack`` of and hardly any exceeds — at least three lines, a quarter of the long ones. A text of whole
    paragraphs has lines longer than any such width, and is not wrapped."""
    lengths = sorted(
        w for line, w in zip(lines, widths, strict=True) if len(line.strip()) >= 12 and not _is_row(line, cjk)
    )
    if len(lengths) < 3:
        return None
    best: tuple[int, int] | None = None
    allowed_over = max(1, len(lengths) // 10)  # a line that could not be broken (a long URL, a figure)
    for k, width in enumerate(lengths):
        over = len(lengths) - bisect.bisect_right(lengths, width)
        if over > allowed_over or (k + 1 < len(lengths) and lengths[k + 1] == width):
            continue
        near = bisect.bisect_right(lengths, width) - bisect.bisect_left(lengths, width - slack)
        if best is None or near >= best[1]:
            best = (width, near)
    if best is None or best[1] < 3 or best[1] * 4 < len(lengths):
        return None
    return best


def _join(
    norm: str, text: str, cut_at: list[int], cjk: bool, page_lines: list[tuple[int, int]] | None = None
) -> tuple[str, str, Offsets]:
    """Remove each cut newline (with the spaces around it) in Chinese, and in English after a hyphen;
    elsewhere in English make it one space. A page number between the two halves of a sentence
    (``page_lines``: from the newline before it to the one after) goes with the newlines."""
    spans, start = [], 0
    for nl, last_nl in sorted([(nl, nl) for nl in cut_at] + (page_lines or [])):
        left, right = nl, last_nl + 1
        while left > start and norm[left - 1] in " \t\r":
            left -= 1
        while right < len(norm) and norm[right] in " \t":
            right += 1
        spans.append((left, right))
        start = right
    hyphened = [not cjk and left > 1 and norm[left - 1] == "-" and norm[left - 2].isalpha() for left, _ in spans]
    spans = [
        (a - 1, b) if h and _broken_word(norm, a - 1, b) else (a, b) for (a, b), h in zip(spans, hyphened, strict=True)
    ]  # "bil-⏎lion": the hyphen goes too
    digits = [_one_figure(norm, a, b) for a, b in spans]
    glues = ["" if cjk or h or d else " " for h, d in zip(hyphened, digits, strict=True)]
    return cut(norm, text, spans, glues=glues)  # "one-⏎fourth": one-fourth


def _one_figure(norm: str, left: int, right: int) -> bool:
    """Whether a cut parts the digits of one figure: 30⏎00亿, "5,⏎000" (cut at its thousands mark)."""
    if norm[left - 1 : left].isdigit() and norm[right : right + 1].isdigit():
        return True
    grouped = _GROUP_END.search(norm, max(0, left - 12), left)
    return grouped is not None and re.match(r"\d{3}(?!\d)", norm[right : right + 4]) is not None


_GROUP_END = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*,$")
_NUMBER_WORDS = ("hundred", "thousand", "million", "billion", "trillion", "percent")


@functools.cache
def _known_stems() -> frozenset[str]:
    """The English words (five letters or more, stems of them in the cues' patterns) the reader looks for."""
    sources = [v.pattern for v in vars(cues).values() if isinstance(v, re.Pattern)]
    sources += [r.en for r in INDICATORS.values() if r.en]
    words = {w.lower() for src in sources for w in re.findall(r"[A-Za-z]{5,}", re.sub(r"\\[A-Za-z]", " ", src))}
    return frozenset(words | set(_NUMBER_WORDS))


def _broken_word(norm: str, hyphen: int, right: int) -> bool:
    """Whether the hyphen ending a wrapped line breaks one word ("bil-⏎lion", "pre-⏎vious", "pro-⏎duct"): the
    halves make a word the reader knows, and the left half is no such word itself ("trillion-⏎yuan" keeps it)."""
    head = re.search(r"[A-Za-z]+$", norm[:hyphen])
    tail = re.match(r"[a-z]+", norm[right:])
    if head is None or tail is None:
        return False
    stems, whole = _known_stems(), (head.group() + tail.group()).lower()
    if head.group().lower() in stems:
        return False
    return any(whole.startswith(stem) for stem in stems if len(stem) > len(head.group()))


def cut(norm: str, text: str, spans: list[tuple[int, int]], glues: list[str] | None = None) -> tuple[str, str, Offsets]:
    """``norm`` and ``text`` (of one length) with each of the sorted, disjoint ``spans`` taken out (or replaced
    by its own of ``glues``), and the offsets back to the text as it was."""
    out_norm, out_text, cuts, removed = [], [], [], []
    start, length = 0, 0
    for k, (a, b) in enumerate(spans):
        glue = glues[k] if glues is not None else ""
        out_norm += [norm[start:a], glue]
        out_text += [text[start:a], glue]
        length += a - start + len(glue)
        cuts.append(length)  # from here on the kept text stands ``b - length`` characters earlier
        removed.append(b - length)
        start = b
    out_norm.append(norm[start:])
    out_text.append(text[start:])
    return "".join(out_norm), "".join(out_text), Offsets(cuts, removed)
