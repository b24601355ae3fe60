"""Fact boxes and the units written beside bare numbers.

- A label on its own line and its value alone on the next, or after a blank line or two ("GDP⏎Rmb450.1bn",
  "GDP⏎⏎Rmb450.1bn", "地区生产总值⏎2510.6亿元"): the line breaks between them are read as the colon of
  "Label: value", in place, so that the text keeps its length and its offsets.
- A table flattened one cell to a line (指标⏎单位⏎1-9月⏎同比增长（%）⏎地区生产总值⏎亿元⏎2234.5⏎6.1, as a web page's
  table copied out gives it): each row's line breaks are read as tabs, in place, so the table reads as one.
- A row label that carries the unit of its one bare number ("地区生产总值（亿元） 2510.6", "Disposable income
  per capita (Rmb) 68,000"), and a unit in brackets right after a bare number ("5150.5 (100 million yuan)").
"""

from __future__ import annotations

import bisect
import re

from ._numbers import Quantity

__all__ = [
    "RUN_ON_ROW",
    "SCALES",
    "join_label_cells",
    "join_table_cells",
    "markdown_rows_apart",
    "tab_comma_rows",
    "unit_of",
    "units_from_labels",
    "units_in_brackets",
]

SCALES = {  # a bracketed unit: what a bare number under or after it is multiplied by, and its unit
    "万亿元": (1e12, "CNY"),
    "亿元": (1e8, "CNY"),
    "万元": (1e4, "CNY"),
    "元": (1.0, "CNY"),
    "亿美元": (1e8, "USD"),
    "100 million yuan": (1e8, "CNY"),
    "one hundred million yuan": (1e8, "CNY"),
    "rmb 100 million": (1e8, "CNY"),  # an official translation's column unit
    "100 million rmb": (1e8, "CNY"),
    "10,000 yuan": (1e4, "CNY"),
    "rmb 10,000": (1e4, "CNY"),
    "trillion yuan": (1e12, "CNY"),
    "billion yuan": (1e9, "CNY"),
    "billions of yuan": (1e9, "CNY"),
    "rmb bn": (1e9, "CNY"),
    "rmb billion": (1e9, "CNY"),
    "rmb trn": (1e12, "CNY"),
    "rmb m": (1e6, "CNY"),
    "rmb mn": (1e6, "CNY"),
    "us$ bn": (1e9, "USD"),
    "us$ m": (1e6, "USD"),
    "us$ mn": (1e6, "USD"),
    "us$": (1.0, "USD"),
    "bn yuan": (1e9, "CNY"),
    "yuan": (1.0, "CNY"),
    "rmb": (1.0, "CNY"),
    "%": (1.0, "percent"),
    "percent": (1.0, "percent"),
    "万人": (1e4, "persons"),
    "人": (1.0, "persons"),
    "10,000 people": (1e4, "persons"),
    "million people": (1e6, "persons"),
    "people": (1.0, "persons"),
    "persons": (1.0, "persons"),
}
# the bracketed units with a number in them ("100 million yuan", "RMB 10,000"), which a unit's pattern of no digits
# leaves out
_NUMBERED_UNITS = "(?i:" + "|".join(re.escape(k) for k in SCALES if re.search(r"\d", k)) + ")"
_ROW_LABEL = re.compile(  # "GDP (Rmb bn): ", "地区生产总值（亿元） ", "GDP, Rmb bn: " (an EIU-style table's row)
    r"(?:(?:19|20)\d\d\s*年)?(?P<name>[^\d\n|,(（;；]{1,40}?)\s*"
    r"(?:[(（]\s*([^()（）\d]{1,20}|" + _NUMBERED_UNITS + r")\s*[)）]\s*[:：]?|"
    r",\s*([^()（）\d,:：]{1,12}?)\s*[:：])\s*"
)
_RUN_ON_LABEL = re.compile(  # "…3.1社会消费品零售总额（亿元） 1750.4 4.2…": a table's row run on after the last
    r"(?P<name>[^\d\n|,(（)）%:：;；。，]{2,30}?)\s*[(（]\s*([^()（）\d%]{1,20}|"
    + _NUMBERED_UNITS
    + r")\s*[)）]\s*[:：]?\s*$"
)
RUN_ON_ROW = re.compile(r"[)）][ \t]*[-−+]?\d[\d,]*(?:\.\d+)?[ \t]+[-−+]?\d")  # "（亿元） 5011.6 5.1": rows run on
_GROWTH_COLUMN = re.compile(r"(?:增长|增速|增幅|growth|change)\s*[(（]\s*%\s*[)）]", re.I)
_NEXT_CELL = re.compile(r"\s+[-−+]?\d")  # the row's next cell: its growth, its share


def _run_on_row(norm: str, start: int, q: Quantity, nxt: Quantity) -> re.Match[str] | None:
    """The label (with a bracketed unit) of a table's row whose line breaks were lost, when the figure after it
    is followed by the row's next cell, a bare number (its growth, the header said)."""
    if not _NEXT_CELL.fullmatch(norm, q.end, nxt.start + 1) or nxt.unit is not None:
        return None
    return _RUN_ON_LABEL.search(norm, start, q.start)


_PEOPLE_SCALES = {"m": 1e6, "mn": 1e6, "million": 1e6, "'000": 1e3, "000": 1e3, "万": 1e4}
_PEOPLE = re.compile(r"population|residents|inhabitants|people|人口", re.I)


def unit_of(text: str) -> tuple[float, str] | None:
    """(scale, unit) that a bracketed unit names: 亿元 (1e8, CNY), "%" (1, percent), 单位：亿元, or None."""
    text = _UNIT_LABEL.sub("", text.strip().lower())
    return SCALES.get(re.sub(r"\s+", " ", text))


_UNIT_LABEL = re.compile(r"^(?:单位|unit)\s*[:：]\s*")  # （单位：亿元）


_BRACKET_UNIT = re.compile(r"\s*[(（]\s*(?P<unit>[^()（）]{1,24})\s*[)）]")


def units_in_brackets(norm: str, quantities: list[Quantity]) -> None:
    """A bare number followed by its unit in brackets ("5150.5 (100 million yuan)", "5150.5（亿元）") takes
    that unit; a number read inside the brackets ("100 million yuan") is the unit, not a figure."""
    for i, q in enumerate(quantities):
        if q.unit is not None or q.implied_money or q.label:
            continue
        m = _BRACKET_UNIT.match(norm, q.end)
        found = unit_of(m.group("unit")) if m else None
        if m is None or found is None:
            continue
        q.value, q.unit = q.value * found[0], found[1]
        for inner in quantities[i + 1 : i + 3]:
            if m.start("unit") <= inner.start < m.end("unit"):
                inner.label = True


def units_from_labels(norm: str, quantities: list[Quantity]) -> None:
    """Give each bare number that is the one figure after a row label with a bracketed unit that unit (or the
    level of a row run on into the line, whose growth follows it)."""
    breaks = [m.start() for m in re.finditer("\n", norm)]  # found once: a line's ends by bisection
    columns = [(m.start(), m.end()) for m in _GROWTH_COLUMN.finditer(norm)]  # found once too (a long line)
    for i, q in enumerate(quantities):
        if q.unit is not None or q.implied_money or q.label or q.column is not None:
            continue
        k = bisect.bisect_left(breaks, q.start)
        line = _item(norm, q, breaks[k - 1] + 1 if k else 0, breaks[k] if k < len(breaks) else len(norm))
        label, first = _row_label(norm, quantities, i, line, _column_before(columns, line[0], q.start))
        if label is None:
            continue
        for inner in quantities[first:i]:
            inner.label = True  # the number in the label's brackets is the unit's
        unit = label.group(2) or label.group(3)
        found = unit_of(unit)
        scale = _PEOPLE_SCALES.get(unit.strip().lower())
        if found is None and scale and _PEOPLE.search(label.group("name")):
            found = (scale, "persons")  # "Population (m): 9.44"
        if found is not None:
            q.value, q.unit = q.value * found[0], found[1]


def _item(norm: str, q: Quantity, start: int, end: int) -> tuple[int, int]:
    """The item of the line a figure is in: the line, or its part between semicolons (全市GDP（亿元）：5320；
    增速（%）：5.6), looked for near the figure only."""
    before = max(
        norm.rfind("；", max(start, q.start - 80), q.start), norm.rfind(";", max(start, q.start - 80), q.start)
    )
    near = min(end, q.end + 80)
    after = [i for i in (norm.find("；", q.end, near), norm.find(";", q.end, near)) if i >= 0]
    return (before + 1 if before >= 0 else start), min(after, default=end)


def _column_before(columns: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a growth column's header (比上年增长（%）) lies between ``start`` and ``end``."""
    k = bisect.bisect_left(columns, (start, 0))
    return k < len(columns) and columns[k][1] <= end


def _row_label(
    norm: str, quantities: list[Quantity], i: int, line: tuple[int, int], under_growth: bool
) -> tuple[re.Match[str] | None, int]:
    """The label of the row the ``i``-th figure is the value of, and where the figures of that label start:
    a line's label over its one figure, or a row run on into the line under a growth column."""
    q, (line_start, line_end) = quantities[i], line
    first = i
    while first > 0 and re.match(r"\s*[)）]", norm[quantities[first - 1].end : quantities[first - 1].end + 3]):
        first -= 1  # "GDP (100 million yuan) 5280.5": the unit's number is the label's, not the row before
    nxt = quantities[i + 1] if i + 1 < len(quantities) else None
    own = nxt is None or nxt.start >= line_end or nxt.unit == "percent"  # "GDP (100 million yuan): 5530.5, up 5.6%"
    if q.start - line_start <= 80 and own:  # a short label, one bare figure
        label = _ROW_LABEL.fullmatch(norm, line_start, q.start)
        if label is not None:
            return label, first
    start = max(line_start, quantities[first - 1].end if first else 0)
    if nxt is None or q.start - start > 80 or not under_growth:
        return None, first
    label = _run_on_row(norm, start, q, nxt)  # a level, then its growth (not two years' levels)
    if label is not None:
        nxt.unit = "percent"  # "… 比上年增长（%） 地区生产总值（亿元） 5280.5 5.5": the row's growth
    return label, first


_LABEL = re.compile(  # "GDP", "GDP (2020)", "Retail sales:"
    r"[^\d\n.。:：;；,，!?！？]{2,40}(?:\s*[(（][^()（）\n]{0,20}[)）])?\s*(?P<colon>[:：]\s*)?"
)
_VALUE = re.compile(
    r"\s*(?:(?:rmb|us\$|hk\$|\$|¥|cny)\s*)?[-+]?\d[\d.,]*"
    r"(?:\s*(?:%|percent|per cent|bn|mn|m|k|billion|million|trillion|yuan|万亿元?|亿元?|万元?|万人|元|人|"
    r"sq\.? ?km|km2|km²|平方公里|平方千米|家|个)(?![a-z])){0,2}\s*"
    r"(?:\s*[(（][^()（）\n]{0,30}[)）])?\s*",
    re.I,
)


def join_label_cells(norm: str) -> str:
    """``norm`` with the line break(s) after each label line that a lone value follows (next, or after up to
    two blank lines) made ':' and spaces."""
    if "\n" not in norm:
        return norm
    lines = norm.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out = list(norm)
    for i, line in enumerate(lines[:-1]):
        label = _LABEL.fullmatch(line) if line.strip() else None
        j = i + 1
        while j < len(lines) - 1 and not lines[j].strip() and j - i <= 2:
            j += 1  # "GDP⏎⏎Rmb450bn": a box whose cells are paragraphs (up to two blank lines)
        if label and lines[j].strip() and _VALUE.fullmatch(lines[j]):
            gap = range(starts[i] + len(line), starts[j])
            for k in gap:
                out[k] = " "
            if not label.group("colon"):
                out[gap[0]] = ":"
    return "".join(out)


_FIRST_HEADER_CELL = re.compile(  # the cell over a table's row names: measures, places, or a rank before them
    r"\s*(?:指标(?:名称)?|项目|地区|区域|区县|县市区|县[（(]市、区[)）]|区[（(]县、市[)）]|城区|名称|排名|排序|位次|序号|"
    r"indicators?|items?|districts?|regions?|count(?:y|ies)|cit(?:y|ies)|rank(?:ing)?|no\.?)\s*",
    re.I,
)
_VALUE_CELL = re.compile(
    r"\s*(?:[-+−]?\d[\d,.]*\s*%?|[—–-]+|…+|/|(?:万亿|亿|万)?元|亿美元|万人|人|%|个|家|件|户|平方公里|km2|"
    r"(?:100 million|billion|million) yuan|yuan|persons?)\s*",
    re.I,
)
_MOST_COLUMNS = 8


def _label_at(cells: list[str]) -> int | None:
    """Where a row's one label cell is (first, or after a rank), when every other cell is a value."""
    labels = [c for c, cell in enumerate(cells) if not _VALUE_CELL.fullmatch(cell)]
    if len(labels) != 1 or labels[0] > 1:
        return None
    label = cells[labels[0]].strip()
    return labels[0] if 0 < len(label) <= 30 and not re.search(r"[。；;]$", label) else None


def _columns(lines: list[str], i: int) -> tuple[int, int] | None:
    """The number of columns of a one-cell-a-line table whose header starts at line ``i``, and where its
    rows' labels are: the fewest columns for which the header's cells are no values and the two rows
    after it are a label and values each, the label in the same place."""
    for k in range(2, _MOST_COLUMNS + 1):
        header = lines[i + 1 : i + k]
        if len(lines) < i + 3 * k or not all(0 < len(h.strip()) <= 24 and not _VALUE_CELL.fullmatch(h) for h in header):
            continue
        at = _label_at(lines[i + k : i + 2 * k])
        if at is not None and _label_at(lines[i + 2 * k : i + 3 * k]) == at:
            return k, at
    return None


def join_table_cells(norm: str) -> str:
    """``norm`` with each row of a table flattened one cell to a line (under a header cell 指标, 地区,
    Indicator, District on a line of its own) joined by tabs in place of its line breaks."""
    if "\n" not in norm or not _FIRST_HEADER_CELL.search(norm):
        return norm
    lines = norm.split("\n")
    joined: set[int] = set()  # the lines whose line break is read as a tab
    i = 0
    while i < len(lines):
        found = _columns(lines, i) if _FIRST_HEADER_CELL.fullmatch(lines[i]) else None
        if found is None:
            i += 1
            continue
        k, at = found
        j = i + k
        while j + k <= len(lines) and _label_at(lines[j : j + k]) == at:
            j += k
        joined.update(c for row in range(i, j, k) for c in range(row, row + k - 1))
        i = j
    return "".join(line + ("\t" if n in joined else "\n") for n, line in enumerate(lines[:-1])) + lines[-1]


_BARE_NUMBER = re.compile(r"\s*[-+]?\d+(?:\.\d+)?%?\s*")


def _comma_cells(line: str) -> int:
    """How many comma-separated cells ``line`` holds if it reads as a row of values (short cells, two or
    more of them bare numbers: a sentence's clauses, 增长7.2%, carry words beside their figures), else 0."""
    cells = line.split(",")
    long = [len(c.strip()) > (40 if i == 0 else 24) for i, c in enumerate(cells)]  # a row's name may be longer
    if len(cells) < 3 or any(long) or any(re.search(r"[。;；:：]", c) for c in cells):  # ("Retail sales (…)")
        return 0
    bare = [
        c
        for i, c in enumerate(cells)
        if _BARE_NUMBER.fullmatch(c) and not (i and re.fullmatch(r"\d{3}\D*", c) and cells[i - 1][-1:].isdigit())
    ]  # not the 205 of 1,205,894
    return len(cells) if len(bare) >= 2 else 0


def tab_comma_rows(norm: str) -> str:
    """``norm`` with comma-separated rows ("越秀区,3693.2,103.4,357176", "Nanshan,9500.9,6.1") and their
    header line read as tab-separated cells, the same length: a table pasted as CSV."""
    if "," not in norm or "\n" not in norm:
        return norm
    lines = norm.split("\n")
    widths = [_comma_cells(line) for line in lines]
    for i, width in enumerate(widths):
        if not width:
            continue
        lines[i] = lines[i].replace(",", "\t")
        head = lines[i - 1] if i > 0 and not widths[i - 1] else ""
        cells = head.split(",")
        if len(cells) == width and all(0 < len(c.strip()) <= 30 for c in cells) and not re.search(r"[。.;；]$", head):
            lines[i - 1] = head.replace(",", "\t")
    return "\n".join(lines)


_INLINE_RULE = re.compile(r"[^\n]*\|[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[^\n]*")  # a markdown table run into one line
_RULE_CELL = re.compile(r"[ \t]*:?-{3,}:?[ \t]*")


def markdown_rows_apart(norm: str) -> str:
    """``norm`` with each markdown table whose line breaks were lost ("| 地区 | GDP（亿元） ||---|---|| 南山区 |
    10250.3 |") set out a row a line again, for reading its columns; same length, so offsets hold."""
    if "-|" not in norm and "- |" not in norm:
        return norm
    out: list[str] | None = None
    for m in _INLINE_RULE.finditer(norm):
        breaks = _row_breaks(norm, m.start(), m.end())
        if breaks:
            out = out if out is not None else list(norm)
            for at, chars in breaks:
                out[at : at + len(chars)] = chars
    return "".join(out) if out is not None else norm


def _row_breaks(norm: str, start: int, end: int) -> list[tuple[int, str]]:
    """Where a run-on markdown table's rows meet (after every n cells, n the rule's), as the characters
    that set them on lines of their own ("| |" → "|⏎|", " ||" → "|⏎|"); none when the cells do not count out."""
    pipes = [i for i in range(start, end) if norm[i] == "|"]
    cells = [(pipes[k], pipes[k + 1]) for k in range(len(pipes) - 1)]
    rule = [k for k, (a, b) in enumerate(cells) if _RULE_CELL.fullmatch(norm, a + 1, b)]
    if not rule or rule[0] == 0:
        return []
    n = len(rule)
    if rule != list(range(rule[0], rule[0] + n)) or rule[0] - 1 - n < 0:
        return []
    seps = [rule[0] - 1, *range(rule[-1] + 1, len(cells), n + 1)]  # after the header, then after each row
    breaks = []
    for k in seps:
        a, b = cells[k]
        gap = norm[a + 1 : b]
        if gap.strip():
            return []  # not a row's end: the cells do not count out
        if gap:
            breaks.append((a + 1, "\n"))  # "| |" → "|⏎|"
        elif a > 0 and (norm[a - 1] == " " or (norm[a - 1] == "-" and n > 1)):
            breaks.append((a - 1, "|\n"))  # " ||" → "|⏎|", "---||" → "--|⏎|" (the rule's first cell stays whole)
        else:
            return []
    return breaks


_BOX_SPLIT = re.compile(  # before a bullet, or a label of the box's own rows (case kept: not "Zhejiang province")
    r" (?=[•·] )| (?=US\$ ?\d)| (?=(?:Country|Province|Prefecture-level city|County-level city|Area|Population|"
    r"GDP|Time zone|Postal code|Area code|License plate prefix|Website|Elevation|Seat|Government)\b)"
)


_BOX_LABEL_ZH = re.compile(  # a baike card's fields, each after a space and before one
    r" (?=(?:中文名|外文名|别名|简称|行政区划代码|行政区类别|所属地区|地理位置|面积|总面积|下辖地区|政府驻地|电话区号|"
    r"邮政编码|区号|邮编|气候条件|人口数量|人口|常住人口|户籍人口|著名景点|机场|火车站|车牌代码|地区生产总值|"
    r"人均生产总值|方言|成立时间|现任领导) )"
)


def split_infobox(norm: str) -> str:
    """An infobox flattened into one line ("… Country China Province Zhejiang … Population (2020 census) • Total
    1,859,390 • Density … GDP • Total CN¥ 205.5 billion …") set back a row a line, as the page shows it: in a
    line with two bullets or more, a space before each bullet and row label becomes a line break (offsets kept);
    so in a baike card's line of three fields or more (中文名 义乌市 … 面积 1105.46平方千米 人口 189.5万 …)."""
    lines, split = norm.split("\n"), False
    for k, line in enumerate(lines):
        if line.count(" • ") + line.count(" · ") >= 2:
            lines[k], split = _BOX_SPLIT.sub("\n", line), True
            continue
        cut = max(line.rfind(mark) for mark in "。，；") + 1  # no sentence's words: 2025 年全区地区生产总值 5120 亿元
        if len(_BOX_LABEL_ZH.findall(" " + line[cut:])) >= 3:  # 中文名 义乌市 … 面积 1105.46平方千米 人口 189.5万 …
            lines[k], split = line[:cut] + _BOX_LABEL_ZH.sub("\n", line[cut:]), True
    return "\n".join(lines) if split else norm
