"""Tables and lists of figures set with a blank line between their rows (extract/_row_gaps.py), as pages
whose rows were each a paragraph are copied: read as when their rows stand together.

Tables and sentences written for these tests; figures are illustrative.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import brief, claims
from regionwatch.extract._row_gaps import close_row_gaps

_TABLES = [
    (
        "The districts ranked by output. Figures are in billions of yuan; growth is real, in percent.\n"
        "Rank | District | City | GDP 2025 | Growth\n"
        "1 | Nanshan | Shenzhen | 1,013.5 | 6.0\n"
        "2 | Futian | Shenzhen | 602.1 | 4.8\n",
        "2026-03-05",
    ),
    (
        "附表：2025年慈溪市主要经济指标\n"
        "指标名称 单位 绝对数 比上年增长（%）\n"
        "地区生产总值 亿元 2835.4 6.1\n"
        "一般公共预算收入 亿元 212.5 3.3\n",
        "2026-02-20",
    ),
    (
        "Table 1. Main indicators of Cixi, 2025\n"
        "Indicator\tUnit\tValue\tGrowth (%)\n"
        "GDP\t100 million yuan\t2835.4\t6.1\n"
        "Retail sales of consumer goods\t100 million yuan\t1095.7\t4.1\n",
        "2026-02-20",
    ),
    ("Yiwu\nHistorical population\n2000: 1,002,000\n2010: 1,234,000\n2020: 1,859,390\n", "2025-12-01"),
]


@pytest.mark.parametrize(("text", "published"), _TABLES, ids=["bars", "spaces", "tabs", "labels"])
def test_a_table_with_blank_lines_between_its_rows_reads_as_one_without(text, published):
    keys = ("region", "indicator", "period", "value")
    together = brief(claims(text, published=published), *keys)
    apart = brief(claims(text.replace("\n", "\n\n"), published=published), *keys)
    assert len(together) >= 3 and apart == together  # apart, every row had been lost


def test_paragraphs_of_prose_stay_apart():
    text = "Nanshan grew 6.0 percent in 2025.\n\nFutian grew 4.8 percent.\n\nKey figures\n\nGDP rose"
    assert close_row_gaps(text) == text


def test_a_heading_over_a_row_of_another_shape_stays_apart():
    text = "GDP: 1,013.5 billion yuan\n\n| Rank | District |\n"
    assert close_row_gaps(text) == text


@given(st.text(alphabet="ab 1.|:\t\n", max_size=200))
def test_closing_up_keeps_every_offset(text):
    closed = close_row_gaps(text)
    assert len(closed) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, closed, strict=True))
