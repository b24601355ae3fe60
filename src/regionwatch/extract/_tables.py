"""Tables flattened into text: a header naming the measure and its unit ("GDP（亿元）", "GDP (billion
yuan)", "增速") over rows of a place and bare numbers ("1 南山区 10500 6.3%"), as plain lines or as the
Markdown tables trafilatura makes of HTML tables ("| 1 | 南山区 | 10500 | 6.3% |"). The header's unit and
measure go to each row's numbers, so that a ranking table reads like the sentences around it. A table
whose first column names the measures (| 指标 | 数值（亿元） | 增速（%） |) gives each row its own measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._captions import RULE, caption_line, caption_money, caption_of
from ._cells import RUN_ON_ROW, markdown_rows_apart, unit_of
from ._columns import (
    CELL_UNIT,
    YEAR_IN_CELL,
    Spans,
    assign,
    assign_cell,
    average_span,
    change_column,
    column_of,
    growth_column,
    growth_of_latest,
    growth_of_named,
    header_cells,
    levels_of,
    lines_from,
    row_measure,
    under_measures,
    unit_cell,
    year_column,
    year_named_in,
)
from ._cues import BOX_ROW, CITATION
from ._numbers import Quantity
from ._roles import indicator_record

__all__ = ["read_tables"]

_HEADER_LINE = re.compile(  # a line that may head a table: a measure's name, up to the line's end
    r"^[^\n]*?(?:GDP|地区生产总值|生产总值|经济总量|增加值|零售总额|常住人口|population|value[- ]added|retail sales)"
    r"[^\n]*$",
    re.I | re.M,
)


_MD_HEADER = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$", re.M)
_NUMBER_CELL = re.compile(r"\|\s*[-+]?\d[\d.,]*\s*%?\s*(?=\|)")  # a cell of a bare number: a row, not a header


def read_tables(norm: str, quantities: list[Quantity]) -> None:
    """Give the numbers of the tables in ``norm`` their column's measure, unit and year, in place."""
    norm = markdown_rows_apart(norm)  # "| 地区 | GDP（亿元） ||---|---|| 南山区 | 10250.3 |": a row a line again
    spans = Spans(quantities)
    _read_markdown_tables(norm, spans)
    _read_table_columns(norm, spans)
    _read_indicator_lines(norm, spans)
    _read_year_lines(norm, spans)
    _read_year_items(norm, spans)


def _read_markdown_tables(norm: str, spans: Spans) -> None:
    """Markdown tables (as trafilatura writes HTML tables): each header cell that names a measure — GDP
    and the other money indicators, population, growth — gives the cells under it that measure, and its
    bracketed unit (亿元, 万人, billion yuan) to bare numbers."""
    for m in _MD_HEADER.finditer(norm):
        nxt = norm.find("\n", m.end()) + 1
        rule_end = norm.find("\n", nxt)
        if nxt > 0 and RULE.match(norm[nxt : rule_end if rule_end >= 0 else len(norm)]):
            body = rule_end + 1  # a header is the line right above the |---| rule, or a row of words right above
        elif nxt > 0 and _MD_HEADER.match(norm, nxt) and not _NUMBER_CELL.search(m.group(0)):
            body = nxt  # rows, as a page's table copied as text has it (| 区 | GDP（亿元） | ⏎ | 南山区 | 9500.1 |)
        else:
            continue
        header = [norm[a:b] for a, b in _cells(norm, m.start(1), m.end(1))]
        years = [year_column(cell) for cell in header]
        measures = [column_of(cell) for cell in header]
        columns = [c or row_measure(cell) for c, cell in zip(measures, header, strict=True)]  # | 上市公司（家） | too
        if _LABEL_COLUMN.fullmatch(header[0]) and sum(1 for y in years if y) < 2 and len(header) > 1:
            _read_by_indicator(norm, body, header, spans)  # | 指标 | 数值（亿元） | 增速（%） |
            continue
        if not any(columns) and sum(1 for y in years if y) < 2:
            continue
        for q in spans.within(m.start(), m.end()):
            q.label = True
        if sum(1 for y in years if y) >= 2:  # years across: each row names its measure (a transposed table)
            growth = [growth_column(cell) and year_column(cell) is None for cell in header]
            averages = [average_span(cell, header) for cell in header]  # | 年均增长（%） | beside | 2020年 | 2025年 |
            _read_by_year(norm, body, years, spans, caption_of(norm, m.start()), growth, averages)
            continue
        level = next((c[0] for c in measures if c and c[0] != "growth"), None) or growth_of_named(header)
        money = caption_money(norm, m.start())  # "(GDP in billion yuan)" above a "GDP" column with no unit
        columns = [(c[0], *money) if c and c[0] != "growth" and not c[1] and money else c for c in columns]
        levels, pct = levels_of(columns, level), "%" in caption_line(norm, m.start())  # 单位：亿元、%
        named_years = growth_of_latest(
            columns, [year_named_in(cell) if c else None for c, cell in zip(columns, header, strict=True)]
        )
        pos = body
        while 0 < pos < len(norm):
            row = _MD_HEADER.match(norm, pos)
            if row is None:
                break
            for i, (a, b) in enumerate(_cells(norm, row.start(1), row.end(1))):
                spec = columns[i] if i < len(columns) else None
                cell = spans.within(a, b)
                if spec and cell:
                    if spec[0] == "growth" and cell[0].unit is None and ("%" in header[i] or pct):
                        cell[0].unit = "percent"  # 增速（%） over bare numbers
                    assign(cell[0], spec, levels[i])
                    year = named_years[i] if i < len(named_years) else None
                    cell[0].year = year if year and cell[0].column else cell[0].year  # | 2024年GDP（亿元） |
            pos = row.end() + 1


# the header of a column naming the measures (指    标; 指????标, a page's lost spaces)
_MEASURES = r"(?:指[\s?？]*标(?:名称)?|项[\s?？]*目|indicators?|items?)"
_LABEL_COLUMN = re.compile(r"\s*" + _MEASURES + r"\s*", re.I)


def _read_by_indicator(norm: str, pos: int, header: list[str], spans: Spans) -> None:
    """| 指标 | 数值（亿元） | 增速（%） | over | 地区生产总值 | 9500.82 | 6.1 |: each row names its measure, a value
    column gives bare numbers its unit, a growth column is that measure's growth."""
    while 0 < pos < len(norm):
        row = _MD_HEADER.match(norm, pos)
        if row is None:
            break
        cells = _cells(norm, row.start(1), row.end(1))
        for q in spans.within(*cells[0]):
            q.label = True  # "（亿元）" in the row's name
        values, names = _value_cells(norm, cells, header[1:], spans)
        _indicator_row(norm[cells[0][0] : cells[0][1]], values, names)
        pos = row.end() + 1


_FAI = indicator_record("other:fixed_asset_investment")
_GROWTH_ONLY = re.compile(_FAI.zh if _FAI else "固定资产投资", re.I)


def _indicator_row(label: str, values: list[Quantity | None], header: list[str]) -> None:
    """The numbers of a row named by ``label`` under value and growth columns ``header``, in order."""
    spec = row_measure(label)
    if spec is None and _GROWTH_ONLY.search(label):  # 固定资产投资 | — | -3.5: only its growth is a measure
        spec = ("other:fixed_asset_investment", 0.0, "CNY")
    if spec is None or spec[0] == "growth":
        return
    for q, cell in zip(values, header, strict=False):
        if q is None:
            continue
        if growth_column(cell):
            q.unit = q.unit or "percent"
            assign(q, ("growth", 1.0, "percent"), spec[0])
            q.span = average_span(cell, header)  # | 2020年 | 2025年 | 年均增长 |: over the years across
            continue
        unit = CELL_UNIT.search(cell)
        own = column_of(f"{label}（{unit.group(1)}）") if unit and not CELL_UNIT.search(label) else None
        if own is not None and own[0] == spec[0]:  # 年末常住人口 under 绝对值（万人）: the column's unit
            assign(q, own, spec[0])
        else:
            found = unit_of(unit.group(1).strip().lower()) if unit else None
            scale, currency = (spec[1], spec[2]) if spec[1] else found if found else (0.0, spec[2])
            assign(q, (spec[0], scale, currency), spec[0])
        if q.column and change_column(cell):  # 比上年增减（亿元）: the amount it changed by, no level
            q.column = f"other:{q.column.removeprefix('other:')}_change"
        if q.column and _MONTH_COLUMN.fullmatch(cell):  # 本月, 6月 beside 1-6月累计: one month's, outside v1
            q.column = f"other:{q.column.removeprefix('other:')}_month"
        q.year_before = bool(q.column and _YEAR_BEFORE_COLUMN.fullmatch(cell))  # 上年同期: a year before
        q.year = year_column(cell) if q.column and year_column(cell) else q.year  # | 2024年 | 2025年 |: its year


_YEAR_BEFORE_COLUMN = re.compile(
    r"\s*(?:上年同期|去年同期|上年|去年|上年实绩|same period (?:of )?last year|last year|previous year)\s*"
    r"(?:[（(][^)）]*[)）])?\s*",
    re.I,
)


_MONTH_COLUMN = re.compile(r"\s*(?:本月|当月|(?:1[0-2]|[1-9])月(?:份)?(?:当月)?)\s*(?:[（(][^)）]*[)）])?\s*")


_INDICATOR_HEADER = re.compile(  # a unit in brackets, or a growth column without one (同比±%)
    r"^[ \t]*" + _MEASURES + r"[ \t]+([^\n]*(?:[（(]|同比|增长|增速|增幅|±|%)[^\n]*)$", re.M | re.I
)


def _read_indicator_lines(norm: str, spans: Spans) -> None:
    """Plain-line tables of measures (a PDF's): "指标 数值（亿元） 比上年增长（%）" over "地区生产总值 6158.2 4.3";
    cells split by tabs, or by spaces beside a unit column, are read cell by cell ("指标名称 单位 绝对值 比上年增长(%)"
    over "地区生产总值 亿元 2510.6 5.8")."""
    for m in _INDICATOR_HEADER.finditer(norm):
        if RUN_ON_ROW.search(m.group(1)):
            continue  # "指标名称 2024年 比上年增长（%）地区生产总值（亿元） 5011.6 5.1…": rows run on, read one by one
        for q in spans.within(m.start(), m.end()):
            q.label = True
        said = m.group(1).strip()  # not the spaces a line ends with
        sep = "\t" if "\t" in said else "[ \t\u3000]+"
        if sep != "\t" and re.search(r" {2,}", said) and re.search(r"\S \S", said):
            sep = "[ \t\u3000]{2,}"  # columns set apart by runs of spaces, cells of several words ("Growth (%)")
        cells = re.split(sep, said)
        first_row = next(lines_from(norm, m.end() + 1), (0, 0))
        spaced = sep != "[ \t\u3000]+" and bool(re.search(sep, norm[slice(*first_row)]))
        if sep == "\t" or spaced or any(_UNIT_COLUMN.fullmatch(c) for c in cells):  # spaced: its first row too
            _read_split_rows(norm, m.end() + 1, cells, sep, spans)
            continue
        header = header_cells(m.group(1))
        for pos, row in _plain_rows(norm, spans, m.end() + 1):
            _indicator_row(norm[pos : row[0].start], list(row), header)


_UNIT_COLUMN = re.compile(r"\s*(?:单位|计量单位|units?)\s*", re.I)


def _read_split_rows(norm: str, pos: int, header: list[str], sep: str, spans: Spans) -> None:
    """Rows of cells split by ``sep`` (tabs, or spaces under a header with a unit column) under ``header``
    (the cells after the measures' column): each value cell is read under its own column, a bare number
    taking the unit its row's unit cell names."""
    splitter = re.compile(sep)
    for line, end in lines_from(norm, pos):
        start = line + len(norm[line:end]) - len(norm[line:end].lstrip())  # "  第三产业": an indented row
        gaps = list(splitter.finditer(norm, start, end))
        if not gaps:
            return
        bounds = [start, *(g for gap in gaps for g in gap.span()), end]
        cells = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds) - 1, 2)]
        for q in spans.within(*cells[0]):
            q.label = True  # "GDP (100 million yuan)": the row's name and unit, no figure
        values, names = _value_cells(norm, cells, header, spans)
        _indicator_row(norm[slice(*cells[0])], values, names)


def _value_cells(
    norm: str, cells: list[tuple[int, int]], header: list[str], spans: Spans
) -> tuple[list[Quantity | None], list[str]]:
    """A row's value cells (after its name) and their columns' headers; a unit column's cell (亿元) is
    not a value but the unit of the row's bare numbers under columns that state none."""
    unit_at = next((k for k, cell in enumerate(header) if _UNIT_COLUMN.fullmatch(cell)), None)
    unit = norm[slice(*cells[unit_at + 1])].strip(" |") if unit_at is not None and unit_at + 1 < len(cells) else ""
    values: list[Quantity | None] = []
    names: list[str] = []
    for k, (a, b) in enumerate(cells[1:]):
        if k == unit_at:
            for q in spans.within(a, b):
                q.label = True  # "100 million yuan": the row's unit, not a figure
        if k == unit_at or k >= len(header):
            continue
        found = [q for q in spans.within(a, b) if not q.label]
        values.append(found[0] if found else None)
        names.append(header[k] if CELL_UNIT.search(header[k]) or not unit else f"{header[k]}（{unit}）")
    return values, names


def _read_by_year(
    norm: str,
    pos: int,
    years: list[int | None],
    spans: Spans,
    caption: tuple[str, float, str] | None = None,
    growth: list[bool] | None = None,
    averages: list[str | None] | None = None,
) -> None:
    """| 指标 | 2024年 | 2025年 | over | 地区生产总值（亿元） | 9500 | 10500 |: each cell its row's measure
    and its column's year; rows naming places take the measure of the table's caption; a growth column
    (| 增速 |) is that measure's growth in the last year across."""
    last = max((y for y in years if y), default=None)
    level = None
    while 0 < pos < len(norm):
        row = _MD_HEADER.match(norm, pos)
        if row is None:
            break
        cells = _cells(norm, row.start(1), row.end(1))
        spec = (row_measure(norm[cells[0][0] : cells[0][1]]) if cells else None) or caption
        for q in spans.within(*cells[0]):
            q.label = True  # "（亿元）" in the row's name
        if spec and spec[0] != "growth":
            level = spec[0]
        for i, (a, b) in enumerate(cells[1:], start=1):
            cell = spans.within(a, b)
            if spec and cell and i < len(years) and years[i]:
                assign_cell(cell[0], spec, level, years[i])
            elif spec and cell and growth and i < len(growth) and growth[i] and spec[0] != "growth":
                assign_cell(cell[0], ("growth", 1.0, "percent"), level, last)
                cell[0].span = averages[i] if averages and i < len(averages) else None
        pos = row.end() + 1


def _cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = [start - 1, *(i for i in range(start, end) if norm[i] == "|"), end]
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]


def _read_table_columns(norm: str, spans: Spans) -> None:
    """Plain-line tables (a PDF's or a text file's): a header line naming measures with their units
    ("地区 地区生产总值（亿元） 比上年增长（%） 常住人口（万人）", "District GDP (100 million yuan) Growth (%)")
    over rows of a place and numbers. Each row's numbers after its place (a leading rank is skipped)
    take the header's measures in order. Rows end at the first line without a number."""
    for m in _HEADER_LINE.finditer(norm):
        line = m.group()
        uncited = CITATION.sub("", line)  # "GDP (2023)[2] | |": an infobox's header, its footnote mark
        captioned = _TOP_N.sub("", YEAR_IN_CELL.sub("", uncited))  # "Top 10 counties by GDP, 2024 (billion yuan)"
        if re.search(r"\d", CELL_UNIT.sub(unit_cell, captioned)) or line.lstrip().startswith("|"):
            continue  # a sentence with a figure in it, not a header; a Markdown table (_read_markdown_tables)
        if re.search(r"[.。!?！？;；]\s*$", line) or any(q.fraction for q in spans.within(m.start(), m.end())):
            continue  # "Jiangyin's GDP accounts for one-third of Wuxi's GDP.": a sentence, its figure spelled
        cells = header_cells(uncited)
        named = [(c, year_named_in(cell)) for cell in cells if (c := row_measure(cell))]
        where = (len(cells), [k for k, cell in enumerate(cells) if row_measure(cell)])
        boxed = re.search(r"[(（]((?:19|20)\d\d)[)）]\s*\|", uncited)  # "GDP (2023) | |": the rows under it
        named = [(c, y or (int(boxed.group(1)) if boxed else None)) for c, y in named]
        columns, years = [c for c, _y in named], growth_of_latest([c for c, _y in named], [y for _c, y in named])
        boxed_rows = _BOX_TOTAL.match(norm, m.end() + 1)  # "GDP[1]" ⏎ " • Total | CN¥ 512.6 billion": an infobox's
        if not columns or not (CELL_UNIT.search(line) or len(columns) >= 2 or (boxed_rows and len(columns) == 1)):
            continue
        if any(c[0] != "growth" and not c[1] for c in columns):  # "单位：亿元、%" over "排名 区县 GDP 增速"
            money = caption_money(norm, m.start())  # the unit of the money columns that name none
            columns = [(c[0], *money) if money and c[0] != "growth" and not c[1] else c for c in columns]
        for q in spans.within(m.start(), m.end()):
            q.label = True  # "(100 million yuan)", "(10,000)": the unit of a column, not a figure
        level = next((c[0] for c in columns if c[0] != "growth" and c[2] not in _NOT_LEVELS), None)
        levels = levels_of(columns, level or growth_of_named(header_cells(line)))  # each column's level, once
        if _YEAR_COLUMN.match(line):
            _read_year_rows(norm, m.end() + 1, spans, columns, levels)
            continue
        last, bulleted = None, BOX_ROW.match(norm, m.end() + 1)
        for start, end in lines_from(norm, m.end() + 1):
            row = spans.within(start, end)
            if not row or not re.search(r"[\u4e00-\u9fffA-Za-z]", norm[start:end]) or _PROSE.search(norm, start, end):
                break  # 其中，长沙县以2200.4亿元位列第9，…: a sentence after the table, not a row
            if bulleted and not BOX_ROW.match(norm, start) and not (last and _USD_LINE.match(norm, start)):
                break  # an infobox's rows under "Population (2020 census)" end at "Postal code | 214400"
            if re.search(r"[:：]\s*[^\s\d]{0,4}\s*$", norm[start : row[0].start]):
                break  # " • Total: 1,859,390": an infobox's "Label: value" lines, not a table's rows
            if last and len(row) == 1 and row[0].unit == "USD" and not norm[start : row[0].start].strip(" \t|"):
                row[0].column, row[0].year = last.column, last.year  # "• Total | CN¥ 12.82 trillion" ⏎ "US$ 1.82 …"
                continue
            _read_row(norm, start, row, (columns, levels, years), where)
            last = next((q for q in row if q.column and q.unit == "CNY"), None)


_TOP_N = re.compile(r"\btop[ \t]+\d{1,3}\b|前\d{1,3}(?:名|位|强)?|\d{1,3}强", re.I)  # a ranking's size, no figure
_PROSE = re.compile(r"[。;；]|(?<=[\u4e00-\u9fff])[,，][^,，\n]*[\u4e00-\u9fff][,，]")  # a line of sentences, no row
_USD_LINE = re.compile(r"[ \t|]*US\$")  # "• Total | CN¥ 12.82 trillion" ⏎ "US$ 1.82 trillion |": the same row
_BOX_TOTAL = re.compile(r"[ \t]*[•·][ \t]*(?:Total|Per capita|合计|总计|人均)\b", re.I)
_NOT_LEVELS = ("count", "count_per_10k", "percent")  # a count's or a share's column: no growth column's level


_YEAR_COLUMN = re.compile(r"[ \t]*(?:年份|年度|years?)(?=[ \t])", re.I)
_ROW_YEAR = re.compile(r"[ \t]*((?:19|20)\d\d)年?(?=[ \t])")


def _read_year_rows(norm: str, pos: int, spans: Spans, columns: list, levels: list[str | None]) -> None:
    """ "年份 GDP（亿元） 增速（%）" over "2021 7980.2 6.1": one place's series (named in the caption or the
    text before), a row a year."""
    for start, end in lines_from(norm, pos):
        year = _ROW_YEAR.match(norm, start, end)
        if year is None:
            return
        values = [q for q in spans.within(year.end(), end) if not q.label]
        for q, spec, level in zip(values, columns, levels, strict=False):
            assign_cell(q, spec, level, int(year.group(1)))


def _read_row(norm: str, start: int, row: list[Quantity], specs: tuple, where: tuple[int, list[int]]) -> None:
    columns, levels, years = specs
    values = [q for q in row if not q.label]
    if values and not norm[start : values[0].start].strip(" \t|"):
        values = values[1:]  # "1 南山区 10500": the rank
    if not values or not re.search(r"[\u4e00-\u9fffA-Za-z]", norm[start : values[0].start]):
        return  # no place before the numbers
    values = under_measures(values, *where) or values
    if _PER_HEAD_ROW.search(norm, start, values[0].start) and columns[0][0] == "gdp":
        columns = [("gdp_per_capita", columns[0][1], "CNY_per_person"), *columns[1:]]  # "• Per capita | CN¥ 150,487"
    for q, spec, level, year in zip(values, columns, levels, years, strict=False):
        assign_cell(q, spec, level, year)


_PER_HEAD_ROW = re.compile(r"per capita|per head|人均", re.I)


_YEARS_LINE = re.compile(
    r"^[ \t]*(?:[^\s\d|]{1,12}[ \t]+)?((?:(?:19|20)\d\d年?[ \t]*){2,})"
    r"(?P<growth>(?:增速|增长|增幅|growth)[ \t]*(?:[（(]%[)）])?[ \t]*)?$",
    re.M | re.I,
)


def _read_year_lines(norm: str, spans: Spans) -> None:
    """Plain-line tables with years across under a caption naming the measure: "深圳市各区地区生产总值
    （亿元）" over "区 2023年 2024年" over "南山区 8566.6 9500.9": each number its column's year."""
    for m in _YEARS_LINE.finditer(norm):
        caption = caption_of(norm, m.start())
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(1))]
        if caption is None and (_LABEL_COLUMN.match(m.group(0)) or m.start(1) == m.start() + _indent(m.group())):
            growth = bool(m.group("growth"))  # "指标 2024年 2023年 增长（%）", or the label cell left blank
            _rows_by_measure(norm, m.end() + 1, years, spans, caption_money(norm, m.start()), growth)
            continue
        if caption is None or caption[0] == "growth":
            continue
        for _pos, row in _plain_rows(norm, spans, m.end() + 1):
            for q, year in zip(row, years, strict=False):
                assign_cell(q, caption, caption[0], year)
            if m.group("growth") and len(row) == len(years) + 1:  # "区 2024年 2025年 增速（%）": the last year's
                assign_cell(row[-1], ("growth", 1.0, "percent"), caption[0], years[-1])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _rows_by_measure(
    norm: str, pos: int, years: list[int], spans: Spans, money: tuple[float, str] | None, growth: bool = False
) -> None:
    """ "指标 2023年 2024年" over "地区生产总值（亿元） 2109.5 2210.6" and "GDP增速（%） 5.6 5.8": each row names its
    measure (its bracketed unit, else the money unit of the caption: "（单位：亿元、%）"), each column its year."""
    level = None
    for start, row in _plain_rows(norm, spans, pos):
        label = norm[start : row[0].start]
        spec = row_measure(label)
        if spec is None:
            continue
        if spec[0] == "growth":
            level = growth_of_named([label]) or level
        else:
            spec = (spec[0], *money) if not spec[1] and money else spec
            level = spec[0]
        for q, year in zip(row, years, strict=False):
            assign_cell(q, spec, level, year)
        if growth and spec[0] != "growth" and len(row) == len(years) + 1:
            assign_cell(row[-1], ("growth", 1.0, "percent"), level, max(years))


def _plain_rows(norm: str, spans: Spans, pos: int) -> Iterator[tuple[int, list[Quantity]]]:
    """The rows of a plain-line table from ``pos``: (line start, its numbers), while a line has a name
    before its first number."""
    for start, end in lines_from(norm, pos):
        row = [q for q in spans.within(start, end) if not q.label]
        if not row or not re.search(r"[\u4e00-\u9fffA-Za-z]", norm[start : row[0].start]):
            return
        yield start, row


_ITEM_YEAR = re.compile(r"[ \t]*(?:[-•·*][ \t]*)?((?:19|20)\d\d)[ \t]*年?[ \t]*[:：][ \t]*(?=\S)")


_RUN_IN_ITEM = re.compile(  # 亿元|2021年：…, "… billion yuan| - 2023: …": the next item, its line break lost
    r"(?:[元%）)\d]|\w(?=[ \t]+[-•·*][ \t]))(?=" + _ITEM_YEAR.pattern + ")"
)


def _read_year_items(norm: str, spans: Spans) -> None:
    """A caption naming one measure and nothing else ("昆山市历年地区生产总值", "Kunshan's GDP by year") over
    lines that each begin with a year and a colon ("2021年：4748.1亿元，增长8.5%", "2022: 500.7 billion yuan"):
    each line's amount is the caption's measure, its percentage that measure's growth, in the line's year."""
    for m in _ITEM_YEAR.finditer(norm):
        if m.start() and norm[m.start() - 1] != "\n":
            continue
        end = m.start()
        while end and norm[end - 1] in "\n ":
            end -= 1  # the line above, past blank lines (no copy of the text before: a long text has many items)
        if _ITEM_YEAR.match(norm, norm.rfind("\n", 0, end) + 1, end):
            continue  # not the list's first line
        caption = caption_line(norm, m.start())
        spec = column_of(caption) if caption and not re.search(r"\d", YEAR_IN_CELL.sub("", caption)) else None
        if spec is None or spec[0] == "growth" or re.search(r"[.。!?！？;；]\s*$", caption):
            continue
        for start, end in lines_from(norm, m.start()):
            item = _ITEM_YEAR.match(norm, start, end)
            if item is None:
                break
            while item is not None:  # items run into one line when a page lost its breaks: …亿元2021年：…
                nxt = _RUN_IN_ITEM.search(norm, item.end(), end)
                stop = nxt.start() + 1 if nxt else end
                own = column_of(norm[item.end() : stop])
                if own is None or own[0] == "growth":  # "2023: retail sales 214.1 billion yuan": its own measure
                    for q in spans.within(item.end(), stop):
                        kind = ("growth", 1.0, "percent") if q.unit == "percent" else spec
                        assign_cell(q, kind, spec[0], int(item.group(1)))
                item = _ITEM_YEAR.match(norm, stop, end) if nxt else None
