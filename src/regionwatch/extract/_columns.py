"""The columns of a table flattened into text: what a header cell names (a measure, its unit and scale,
growth, a year) and how a cell's number takes it; shared by the table readers (``_tables``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..indicators import INDICATORS
from . import _cues as cues
from ._cells import unit_of
from ._numbers import Quantity
from ._roles import POPULATION, SHARES, counts_in, indicator_record, money_indicator

__all__ = [
    "CELL_UNIT",
    "YEAR_IN_CELL",
    "Spans",
    "assign",
    "assign_cell",
    "change_column",
    "column_of",
    "growth_column",
    "growth_of_named",
    "header_cells",
    "lines_from",
    "row_measure",
    "unit_cell",
    "year_column",
    "year_named_in",
]

GROWTH_COLUMN = re.compile(
    r"增速|增长|增幅|增减|同比\s*(?:±|[+＋]\s*[-−－])|比上年\s*(?:±|[+＋]\s*[-−－])|growth|\bchange\b|y/y|yoy", re.I
)

_MAX_ROWS = 200

CELL_UNIT = re.compile(r"[（(]([^)）]{1,20})[)）]")


class Spans:
    """The quantities in text order (the same objects), sliced by character span."""

    def __init__(self, quantities: list[Quantity]) -> None:
        self.quantities = sorted(quantities, key=lambda q: q.start)
        self.starts = [q.start for q in self.quantities]

    def within(self, start: int, end: int) -> list[Quantity]:
        return self.quantities[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


def year_column(cell: str) -> int | None:
    """The year a header cell is, and nothing else (| 2024年 |): a column of years across."""
    m = re.fullmatch(r"\s*((?:19|20)\d\d)\s*(?:年)?\s*", cell)
    return int(m.group(1)) if m else None


def average_span(cell: str, header: list[str]) -> str | None:
    """The years an average-growth column spans (年均增长, "average annual growth") beside columns of years
    ("2020年 2025年"): from the year after the first to the last, "2021/2025"."""
    years = [y for c in header if (y := year_column(c))]
    if len(years) < 2 or not _AVERAGE.search(cell):
        return None
    return f"{min(years) + 1}/{max(years)}"


_AVERAGE = re.compile(r"年均|平均每年|average|annual(?:ly)?|CAGR", re.I)


def _name_and_unit(cell: str) -> tuple[str, str]:
    """A header cell's name and its bracketed unit, lower-cased ("GDP（亿元）": "GDP", "亿元"); "" when none."""
    unit = CELL_UNIT.search(cell)
    if unit is None:
        after = _UNIT_AFTER_COMMA.search(cell)  # "GDP, RMB bn", "Growth, %"
        return (cell[: after.start()], after.group(1).lower()) if after and _is_unit(after.group(1)) else (cell, "")
    return cell[: unit.start()], _YEAR_BESIDE_UNIT.sub("", unit.group(1)).strip().lower()  # （2024年，亿元）


_UNIT_AFTER_COMMA = re.compile(r"\s*[,，]\s*((?:10,?000\s*)?[^,，\d\s][^,，\d]{0,19}?)\s*$")


def _is_unit(text: str) -> bool:
    return bool(_HEADCOUNT_UNIT.fullmatch(text.strip()) or unit_of(text.strip().lower()))


_HEADCOUNT_UNIT = re.compile(  # "Population, million", 常住人口，万人, "Growth, %"
    r"[%％]|(?:in )?(?:millions?|thousands?|10,?000|万)\s*(?:persons|people|人)?|persons|people|人", re.I
)


_YEAR_BESIDE_UNIT = re.compile(  # the year a unit's bracket also holds: （2024年，亿元）, "(billion yuan, 2024)"
    r"(?<!\d)(?:19|20)\d\d(?!\d)\s*年?\s*[,，、;；]?\s*|\s*[,，、;；]\s*(?:19|20)\d\d\s*年?$"
)


def growth_column(cell: str) -> bool:
    """Whether a header cell is a column of growth rates: 增速（%）, 比上年增减, "Change (%)"; not an amount
    of change (比上年增减（亿元）, "Change (100 million yuan)")."""
    name, unit_text = _name_and_unit(cell)
    if not GROWTH_COLUMN.search(name):
        return False
    return bool(re.search(r"%|％", name)) or not (unit_text and not re.search(r"%|％|百分|percent", unit_text))


def change_column(cell: str) -> bool:
    """Whether a header cell is a column of amounts of change (比上年增减（亿元）), not of rates."""
    return bool(GROWTH_COLUMN.search(CELL_UNIT.sub("", cell))) and not growth_column(cell)


def column_of(cell: str) -> tuple[str, float, str] | None:
    """(indicator or "growth", scale, unit) that a header cell names, or None."""
    name, unit_text = _name_and_unit(cell)
    if GROWTH_COLUMN.search(name):  # 名义增速, "nominal growth": at current prices, not the real rate
        if not growth_column(cell):
            return None  # an amount of change
        return "growth", 1.0, "nominal" if re.search(r"名义|现价|nominal", name, re.I) else "percent"
    if POPULATION.search(name):
        ten_thousand = "万" in unit_text or re.search(r"10,?000|ten thousand", unit_text)
        scale = 1e4 if ten_thousand else 1e6 if "million" in unit_text else 1.0
        return "population", scale, "persons"
    indicator = money_indicator(name, "", generic=False)
    if indicator is None or indicator.startswith("other:") or INDICATORS[indicator].unit not in _MONEY_UNITS:
        return None
    found = unit_of(unit_text)
    scale, currency = found if found and found[1] in ("CNY", "USD") else (0.0, "CNY")  # 0: no money unit known
    if INDICATORS[indicator].unit != "CNY_per_person":
        return indicator, scale, currency
    part = cues.URBAN_OR_RURAL.search(name) if indicator == "disposable_income_per_capita" else None
    if part:  # 城镇居民人均可支配收入: urban residents' alone, outside the vocabulary
        indicator = f"other:{cues.urban_or_rural(part.group())}_{indicator}"
    return (indicator, scale, "CNY_per_person") if currency == "CNY" else None  # "GDP per capita (yuan)"


_MONEY_UNITS = ("CNY", "CNY_per_person")
_ADDED_ROW = re.compile(r"新增|净增|增减|\bnew(?:ly)?\b|\badded\b|\bchange\b", re.I)


def row_measure(label: str) -> tuple[str, float, str] | None:
    """What a table row's name measures: what a header cell would (column_of), or a count or a share of GDP
    the vocabulary names ("上市公司（家）", "Listed companies", "R&D intensity (%)"); not one added (新增…)."""
    spec = column_of(label)
    name, unit_text = _name_and_unit(label)
    if spec is not None or _ADDED_ROW.search(name):
        return spec
    counted = counts_in(name)
    if len(counted) == 1 and not re.search(r"\d", unit_text):
        unit = INDICATORS[counted[0]].unit
        return counted[0], 1e4 if unit == "count" and "万" in unit_text else 1.0, unit
    shares = {cue.record.name for cue in SHARES if cue.pattern.search(name)}
    if len(shares) == 1 and unit_text in ("", "%"):
        return shares.pop(), 1.0, "percent"
    return None


def growth_of_named(cells: list[str]) -> str | None:
    """The measure a growth column names itself (GDP增速（%）, "GDP growth (%)"), when no level column does."""
    for cell in cells:
        if growth_column(cell):
            named = money_indicator(CELL_UNIT.sub("", cell), "", generic=False)
            if named in INDICATORS:
                return named
    return None


def growth_of_latest(columns: list, years: list[int | None]) -> list[int | None]:
    """A growth column with no year beside columns of named years (2023年GDP 2024年GDP 增速) is the latest's."""
    latest = max((y for y in years if y), default=None)
    return [y or (latest if c and c[0] == "growth" else None) for c, y in zip(columns, years, strict=True)]


def levels_of(columns: list, first: str | None) -> list[str | None]:
    """Each column's level: a growth column's is the money measure nearest before it ("GDP 增速 一般公共预算收入
    增速": the second 增速 is the revenue's), ``first`` when none is (a population column between: GDP's still);
    other columns keep ``first``."""
    out, last = [], None
    for c in columns:
        if c and c[0] != "growth" and c[2] in ("CNY", "USD", "CNY_per_person"):
            last = c[0]
        out.append(last or first if c and c[0] == "growth" else first)
    return out


def assign(q: Quantity, spec: tuple[str, float, str], level: str | None) -> None:
    indicator, scale, unit = spec
    if indicator == "growth":
        if q.unit == "percent":
            record = indicator_record(level)
            partner = record.growth if record is not None else None
            q.column = partner or f"other:{(level or 'value').removeprefix('other:')}_growth"
            q.column = f"other:{q.column.removeprefix('other:')}_nominal" if unit == "nominal" else q.column
        return
    if q.unit is None and not q.implied_money and scale:
        q.value, q.unit = q.value * scale, unit
    if unit == "CNY_per_person" and q.unit == "CNY":
        q.unit = unit  # "520,000 yuan" under "GDP per capita"
    if q.unit == unit or (unit == "CNY" and q.unit in ("CNY", "USD")):
        q.column = indicator


def assign_cell(q: Quantity, spec: tuple[str, float, str], level: str | None, year: int | None = None) -> None:
    """A cell's number under its column's (or row's) ``spec``: a bare number under a growth column is a
    percentage (增速（%） over 5.6), and a year column dates the number if it was read as the measure."""
    if spec[0] == "growth" and q.unit is None:
        q.unit = "percent"
    assign(q, spec, level)
    if year is not None:
        q.year = year if q.column else None


def unit_cell(m: re.Match[str]) -> str:
    """A header's bracketed unit taken out ("（亿元）", "(100 million yuan)", "(10,000)"); a bracketed figure
    ("（约1390亿美元）", a conversion in a sentence) is kept, so its line is no header."""
    inner = m.group(1).strip()
    unit = not re.search(r"\d", inner) or unit_of(inner.lower()) or re.fullmatch(r"[\d,\s]+[a-z\s]*", inner, re.I)
    return "" if unit else m.group()


def header_cells(line: str) -> list[str]:
    """A header line's cells: each ends at its bracketed unit; without units, words split by spaces."""
    if CELL_UNIT.search(line):
        cells = re.findall(r"[^（()）]+?(?:[（(][^)）]*[)）]|$)", line)
        parts = [part for c in cells for part in _WIDE_GAP.split(c)]  # "Year    GDP    Growth (%)"
        parts = [part for c in parts if c.strip() for part in _CJK_GAP.split(c.strip())]  # 2024年 比上年增长（%）
        years = _YEARS_THEN_GROWTH.fullmatch(parts[0]) if parts else None  # "2024 Growth (%)": one space apart
        if years and growth_column(years.group(3)):
            return [c for c in (years.group(1), *years.group(2).split(), years.group(3)) if c] + parts[1:]
        return parts
    if line.count("|") >= 2:  # "Rank | District | GDP 2025 | Growth": cells of several words
        return [cell.strip() for cell in line.split("|") if cell.strip()]
    return line.split()


_YEARS_THEN_GROWTH = re.compile(r"(?:(指标|项目|indicators?|items?)\s+)?((?:(?:19|20)\d\d年?\s+)+)(\S.*)", re.I)
_WIDE_GAP = re.compile(r"[ \u3000]{2,}|\t")  # cells set apart by a tab or a run of spaces


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d）)%])[ \t\u3000]+(?=[\u4e00-\u9fff\d])")  # cells a space apart


YEAR_IN_CELL = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*年?")


def year_named_in(cell: str) -> int | None:
    """The year a header cell names beside its measure ("2023年GDP（亿元）", "GDP 2023 (100 million yuan)")."""
    found = YEAR_IN_CELL.search(CELL_UNIT.sub("", cell)) or YEAR_IN_CELL.search(cell)  # "GDP (billion yuan, 2024)"
    return int(found.group()[:4]) if found else None


def under_measures(values: list[Quantity], width: int, where: list[int]) -> list[Quantity] | None:
    """A row with more numbers than its header has measures ("1 浦东新区 上海 17503 651 5.6" under "排名 区 所属城市
    2025年GDP（亿元） 名义增量（亿元） 实际增速（%）"): its numbers stand under the header's last cells, one each. The
    numbers under the measured cells (at ``where`` of ``width`` cells), in order; the others are no figure of a
    measure. None when the row does not fit so (fewer numbers than measures: a cell left empty)."""
    first = width - len(values)
    if not where or len(values) <= len(where) or first < 0 or where[0] < first:
        return None
    for k, q in enumerate(values):
        q.label = q.label or first + k not in where
    return [values[k - first] for k in where]


def lines_from(norm: str, pos: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``norm`` from ``pos``, a table's rows at most."""
    for _row in range(_MAX_ROWS):
        if pos >= len(norm):
            return
        end = norm.find("\n", pos)
        end = len(norm) if end < 0 else end
        yield pos, end
        pos = end + 1
