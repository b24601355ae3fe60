"""Length-preserving normalisation, language detection and sentence splitting.

Every later step works on a normalised copy of the text that has exactly the same length as the
original, so that character offsets (and quotes) always refer to the text as written.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from ..gazetteer import to_simplified

_CJK = re.compile(r"[\u3400-\u9fff]")


_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "『": '"', "』": '"', "–": "-", "—": "-"}
_QUOTES |= {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-"}  # hyphens, a minus sign
_QUOTES |= {"↑": "+", "↓": "-"}  # 增长↑5.8%, "1.01 trillion yuan ↓2%": a sign, as data cards write it


def _fold_char(ch: str, tones: bool = False) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    parts = unicodedata.normalize("NFD", ch) if tones else ch
    if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() and set(parts[1:]) & _TONES:
        kept = "".join(c for c in parts if c not in _TONES)  # "Nánshān": pinyin's tone marks gone; ǚ is ü
        return unicodedata.normalize("NFC", kept)
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


_TONES = set("\u0300\u0301\u0304\u030c")  # the four tone marks of pinyin


_CN_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}(?=年)")  # 二〇一八年: a year in Chinese numerals, digit by digit
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
# 勐?h: a character the page's encoding lost, no question mark
_LOST_CHAR = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[A-Za-z])")


def normalise(text: str) -> str:
    """Simplified Chinese, half-width digits and plain quotes, with the same length as ``text``."""
    if _CJK.search(text):
        simple = to_simplified(text)
        if len(simple) != len(text):  # a phrase conversion changed the length: convert char by char
            simple = "".join(c if len(c) == 1 else o for o, c in zip(text, map(to_simplified, text), strict=True))
        text = simple
    tones = not _CJK.search(text)  # pinyin in an English text is a name; by Chinese, a reading (kept to be cut)
    folded = "".join(_fold_char(ch, tones) if ord(ch) > 127 else ch for ch in text)
    folded = _SPACE_ENTITY.sub(lambda m: " " * len(m.group()), folded)  # "5520&nbsp;亿元" copied out of a page
    if "\r" in folded:  # Windows line ends: the newline alone, its length kept
        folded = folded.replace("\r\n", " \n").replace("\r", "\n")
    folded = _SHOUTED.sub(lambda m: _WORD.sub(lambda w: w.group()[0] + w.group()[1:].lower(), m.group()), folded)
    if not _CJK.search(folded) and not re.search(r"[A-Z]", folded) and len(_LOWER_WORD.findall(folded)) > 30:
        folded = _LOWER_WORD.sub(lambda w: w.group()[0].upper() + w.group()[1:], folded)  # a page lower-cased whole
    folded = _LOST_CHAR.sub("\ufffd", folded) if "?" in folded else folded
    for word, usual in _USAGE.items():
        if word in folded:
            folded = folded.replace(word, usual)
    if "千" in folded:
        folded = _THOUSANDS_HUNDREDS.sub(r"\g<1>\g<2>00", folded)  # 6千5百亿元: 6500亿元, as long
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), folded) if "年" in folded else folded


_THOUSANDS_HUNDREDS = re.compile(r"(?<![\d.])(\d)千(\d)百(?=[多余]?(?:亿|万))")


#: Taiwan and Hong Kong usage, after conversion to simplified characters, in the mainland's words of the same
#: length: 美金 (US dollars), 水准 (水準, a level: 全国平均水準的3倍), 每人平均 (人均, per head)
_USAGE = {"美金": "美元", "水准": "水平", "每人平均": "每人人均", "嘅": "的", "专案": "项目"}  # 每人平均GDP: 人均,
# in Taiwan's words; 嘅, Cantonese for 的 (全国第三个GDP过万亿元嘅区); 专案 (專案), a project (10亿元以上专案46个)

_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#12288|#x3000);")

# a line in capitals ("KUNSHAN GDP TOPS 500 BILLION YUAN"): read in title case, so that names are found
_SHOUTED = re.compile(
    r"^(?=[^a-z\n]*[A-Z]{3}[^a-z\n]*[A-Z]{3})(?=(?:[^A-Za-z\n]*[A-Z]){12})[^a-z\n\u3400-\u9fff]+$", re.M
)
_WORD = re.compile(r"[A-Z][A-Z'’]+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]+")  # "shenzhen's gdp was rmb 1,100.938 billion": read in title case


_LEADING_SPACE = re.compile(r"\s*")


def title_end(norm: str, longest: int | None = None) -> int:
    """Where the document's first line (its title) ends: the first line break after leading space, else the end.
    With ``longest``, -1 where that line is longer: looked for near the start only (at most 200 characters of
    leading space), so that a check made for every figure stays linear."""
    if longest is None:
        end = norm.find("\n", _LEADING_SPACE.match(norm).end())
        return len(norm) if end < 0 else end
    start = _LEADING_SPACE.match(norm, 0, 200).end()
    return norm.find("\n", start, start + longest + 1)


def detect_language(text: str, share: float = 0.2) -> str:
    """zh when more than ``share`` of the first 5,000 characters' letters are Chinese, else en."""
    sample = text[:5000]
    cjk = len(_CJK.findall(sample))
    letters = sum(ch.isalpha() for ch in sample) or 1
    return "zh" if cjk / letters > share else "en"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # normalised


_ABBREVIATED = "".join(  # "Kunshan (pop. 2.1 million)", "No. 1", "Jan. 20": a full stop inside a sentence
    rf"(?<!\b{a})"
    for a in (
        "pop",
        "approx",
        "abt",  # "(abt. 4.5 billion dollars)"
        "ca",
        "est",
        "No",
        "no",
        "vs",
        "Mr",
        "Ms",
        "Dr",
        "St",
        "Jan",
        "Feb",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    )
)
_SPLIT = re.compile(
    r"(?:[。！？!?]|[；;](?![^;；()（）\n]{0,40}[)）]))+[\"')\]]*|\n+|"  # not "(Chinese: 义乌; pinyin: Yìwū)"
    r"(?<!\d)(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?(?=\s*[A-Z\u4e00-\u9fff])|"  # a page's
    # time stamp ("Updated: 2026-01-21 09:15", 发布时间：2026-01-21) ends its line, run into the text or not
    r"(?=\.)(?<=[a-z0-9%)\"'])(?<!\n\d)(?<!\n\d\d)(?<!^\d)(?<!^\d\d)"  # not a line's own list number ("2. Main
    # targets for 2025"); a sentence's end, or a
    + _ABBREVIATED
    + r"\.(?=\s+(?:[\"'(A-Z0-9]|[-–—]\s?\d{1,4}\s?[-–—]\s|[-–—•]\s+[A-Z]))|"  # ". - Next point": a dash bullet
    r"(?<=[\w%.])\s?\[\d{1,3}\](?=\s+(?:[-–—•]\s+)?[A-Z\u4e00-\u9fff])|"  # "yuan [3] - Zhejiang": a citation
    r"(?<=[a-z0-9%)\"'’”])\.(?=[\u4e00-\u9fff“《])|"  # "… ThePaper reported.据《澎湃新闻》报道": a translation after
    r"(?<=[a-z]{3}|[a-z]{2}[%)\"'])\.(?=[A-Z][a-z]+\b)|"  # "… first in the whole city.The industrial …": a
    # sentence run into the next without a space (not "U.S.The", "e.g.The", a domain's "gov.cn")
    r"(?<=[^\s\u2600-\u27bf\u25a0-\u25ff\U0001f300-\U0001faff])(?=[\u2600-\u27bf\u25a0-\u25ff\U0001f300-\U0001faff])|"
    # a card's bullet (▶, 📌, 🔺) run into the text before it: the next item
    r"(?<=[a-z0-9%)\"'])\.$|"  # page number run in after it ("… above 13 percent. - 2 - II. Main Targets …")
    r"(?<=[A-Z&][A-Z])(?<!\b[IVX]{2})(?<!\b[IVX]{3})(?<!\b[IVX]{4})\.(?=\s+[\"'(A-Z0-9])",  # "… GDP. In 2022": an
    # acronym ends the sentence (not "II." numbering a heading)
)


#: the longest stretch read as one sentence: a longer one (a table flattened into one line, a list of
#: numbers) is cut at clause marks, so that the work done for each figure stays bounded
MAX_SENTENCE = 600
_CLAUSE_MARK = re.compile(r"[,，、:：]\s*|\s+")


def sentences(norm: str) -> list[Sentence]:
    """Sentence spans over normalised text (Chinese and English punctuation, line breaks)."""
    out: list[Sentence] = []
    start = 0
    for m in _SPLIT.finditer(norm):
        _add(norm, start, m.end(), out)
        start = m.end()
    _add(norm, start, len(norm), out)
    return out


def _add(norm: str, start: int, end: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        marks = [m.end() for m in _CLAUSE_MARK.finditer(norm, start + MAX_SENTENCE // 2, cut)]
        cut = marks[-1] if marks else cut
        if norm[start:cut].strip():
            out.append(Sentence(start, cut, norm[start:cut]))
        start = cut
    while start and norm[start - 1] != "\n" and start < end and norm[start] in " \t":
        start += 1  # "… percent. In the first quarter, …": a sentence after another on its line opens at its word
        # (not a line's indent: " - Per capita: …" under "GDP (2022): …")
    if norm[start:end].strip():
        out.append(Sentence(start, end, norm[start:end]))


def other_language_lines(norm: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the lines (over 20 characters) written in the language other than ``lang``: an
    English line on a Chinese page, a Chinese line in an English text."""
    out = []
    for m in _ONE_LANGUAGE.finditer(norm):  # a line, or each language of a bilingual one ("… reported.据…报道。")
        if len(m.group().strip()) > 20 and detect_language(m.group(), 0.2 if lang == "zh" else 0.4) != lang:
            out.append((m.start(), m.end()))  # not "Kunshan (昆山) GDP (地区生产总值) reached …": English glossed
    return sorted(out + _short_rows(norm, out)) if lang == "zh" else out


_LATIN_ROW = re.compile(r"^[ \t]*[A-Z][A-Za-z'’ \t-]*[^\u3400-\u9fff\n]*$", re.M)  # "Kunshan 514.06"


def _short_rows(norm: str, long: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Short English lines on a Chinese page that run on from an English line or from each other (a table's
    rows under an English caption: "Kunshan 514.06"): read in English too."""
    rows = [(m.start(), m.end()) for m in _LATIN_ROW.finditer(norm) if len(m.group().strip()) <= 20]
    ends = {end for _, end in long} | {end for _, end in rows}
    starts = {start for start, _ in long} | {start for start, _ in rows}
    return [(a, b) for a, b in rows if a - 1 in ends or b + 1 in starts]


_ONE_LANGUAGE = re.compile(  # a stretch of a line up to where it turns to the other language
    r"(?:[^\n.。！？]|\.(?![\u4e00-\u9fff“《])|[。！？](?![ \t]*[A-Z]))+(?:[.。！？]|$)|[.。！？]", re.M
)


_RELATED_HEADING = (  # the heading of a page's list of links to other stories
    r"(?:related(?: stories| news| articles| reading| links)?|more stories|read more|you may also like|"
    r"most (?:read|popular|viewed)|trending(?: now)?|editor['’]?s picks|top stories|latest news|"
    r"相关新闻|相关阅读|相关报道|相关文章|相关链接|相关推荐|延伸阅读|推荐阅读|热点推荐|热门推荐|精彩推荐|猜你喜欢|"
    r"热点新闻|热门新闻|热门文章|最新新闻|推荐新闻|相關新聞|相關閱讀|相關鏈接|延伸閱讀|熱門新聞|最新消息)"
)
_RELATED = re.compile(r"^[ \t]*" + _RELATED_HEADING + r"[ \t:：]*$", re.I | re.M)  # on a line of its own
_RELATED_RUN_IN = re.compile(  # "… said on Tuesday. Related Stories Kunshan's GDP tops … 2024-01-22": the list
    # run into the text's last line (a page scraped without its breaks)
    r"(?<=[.。!?！？”\"])[ \t]*" + _RELATED_HEADING + r"[ \t:：]+",
    re.I,
)
_STORY_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?")


def _run_in_related(norm: str) -> tuple[int, int] | None:
    """The span of a list of links run into a line: its heading (the line's last), then two or more headlines
    each ending with its date, up to the line's end."""
    last: dict[int, re.Match[str]] = {}
    for m in _RELATED_RUN_IN.finditer(norm):
        end = norm.find("\n", m.end())
        last[len(norm) if end < 0 else end] = m
    for end, m in last.items():
        parts = _STORY_DATE.split(norm[m.end() : end])
        if len(parts) >= 3 and not parts[-1].strip() and all(4 <= len(p) <= 120 for p in parts[:-1]):
            return m.start(), end
    return None


_PREVIOUS_NEXT = re.compile(  # a page's links to the story before and after it: "上一篇：…", "Next article: …"
    r"^[ \t]*(?:[上下]一(?:篇|条|篇文章)|(?:previous|next)(?: article| story| post)?)[ \t]*[:：][^\n]{1,100}$",
    re.I | re.M,
)


def without_related(norm: str) -> str:
    """The text with a page's links to other stories blanked ('Related stories', 相关新闻, then short lines of
    headlines, up to the first line of prose, labels or cells — the footer's 责任编辑：…; 上一篇：…): their figures
    are other stories', dated by them; offsets are kept. A heading followed at once by prose (a line over 100
    characters), labels or cells is left alone."""
    norm = _PREVIOUS_NEXT.sub(lambda m: " " * len(m.group()), norm)
    run_in = _run_in_related(norm)
    if run_in:
        norm = norm[: run_in[0]] + " " * (run_in[1] - run_in[0]) + norm[run_in[1] :]
    m = _RELATED.search(norm, norm.find("\n") + 1 if "\n" in norm else len(norm))
    end = m.end() if m else 0
    for line in re.finditer(r"[^\n]*", norm[end:]) if m else ():
        if len(line.group().strip()) > 100 or re.search(r"[:：|\t]", line.group().strip()):  # (not a line's end)
            break  # prose, a fact box's "Label: value" lines, a table, or the page's footer (责任编辑：…)
        end = m.end() + line.end() if line.group().strip() else end
    if not m or end == m.end():
        return norm  # no headline under the heading: no list of links
    return norm[: m.start()] + re.sub(r"[^\n]", " ", norm[m.start() : end]) + norm[end:]


_ITS_NUMBER = re.compile(r"[(（]?\d{1,2}[.、)）]\s*")  # a heading's own list number ("2. Main targets for 2025")


def is_heading(norm: str, sent: Sentence, figures: list[int]) -> bool:
    """A short line of its own, below the title, with no figure (``figures``: where the sentence's figures
    start) but its own list number, and no closing punctuation."""
    raw = norm[sent.start : sent.end]
    text = raw.strip()
    begin = sent.start + len(raw) - len(raw.lstrip())
    end = begin + len(text)
    numbered = _ITS_NUMBER.match(text)
    line_start = norm.rfind("\n", 0, begin) + 1
    line_end = norm.find("\n", end)
    return (
        line_start > 0
        and not norm[line_start:begin].strip()
        and not norm[end : line_end if line_end >= 0 else len(norm)].strip()
        and 2 <= len(text) <= (40 if re.search(r"[\u4e00-\u9fff]", text) else 90)  # English headings run longer
        and not [f for f in figures if f >= begin + (numbered.end() if numbered else 0)]
        and not re.search(r"[。！？.!?;；，,]$", text[:-1] if _question_heading(norm, text, line_start) else text)
    )


def _question_heading(norm: str, text: str, line_start: int) -> bool:
    """A question standing apart, a blank line above it, as an explainer's sections are headed; not a question
    ending a paragraph set a sentence a line."""
    above = norm[norm.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    return bool(_QUESTION_HEADING.fullmatch(text)) and not above.strip()


# a question on its own line heads an explainer's section ("Who is next?", "How fast is it growing?")
_QUESTION_HEADING = re.compile(r"(?:How|What|Who|Why|Which|Where|When|Is|Are|Can|Will|Does|Do)\b[^?]{3,80}\?")


# a line closed by a photo's credit: "(China Daily/Gao Erqiang)", "[Photo/IC]", （记者 张三 摄）; not a chart's
# number closing a communiqué's paragraph: (图1)
_CAPTION = re.compile(
    r"^[^\n]{0,250}?(?:[(\[]\s*(?:(?:(?:file\s+)?photo|pic|image)\b|图片|图(?!\s*[\d一二三四五六七八九十])|资料图)[^()\[\]\n]{0,80}[)\]]|"
    r"[(\[][^\W\d][^()\[\]\n/]{0,39}/[^\W\d][^()\[\]\n/]{0,39}[)\]]|[(\[][^()\[\]\n]{1,40}(?:摄|供图)[)\]]|"
    r"\b(?:photo|image)\s*(?:by|:)\s*[^\n]{1,60}|\bfile photo\.?)[ \t]*$",
    re.I | re.M,
)


def caption_lines(norm: str) -> list[tuple[int, int]]:
    """Where the text has photo captions: lines ending with a credit. What they name is a picture's, not what the
    story is about (a picture of Pudong's skyline above a story on Shanghai)."""
    return [(m.start(), m.end()) for m in _CAPTION.finditer(norm)]


def within(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (in order, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
