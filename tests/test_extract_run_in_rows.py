"""Table rows run into their header's line (cells joined by spaces, as PDFs and pages come out): the rows
are put back on lines of their own, offsets kept, and read as rows.

Tables written for these tests; figures are illustrative.
"""

from hypothesis import given
from hypothesis import strategies as st

from conftest import brief, claims
from regionwatch.extract._run_in_rows import split_run_in_rows

_UNIT_COLUMN = (
    "2024年昆山市主要经济指标\n\n指标 单位 2024年 比上年增长(%) 地区生产总值 亿元 5280.0 5.2 "
    "一般公共预算收入 亿元 436.0 2.0 社会消费品零售总额 亿元 2000.5 4.1\n"
)


def test_rows_with_a_unit_column_run_into_the_header_are_read():
    got = brief(claims(_UNIT_COLUMN, lang="zh", published="2025-03-20"), "indicator", "value")
    assert got == [
        ("gdp", 5.28e11),
        ("gdp_growth", 5.2),
        ("fiscal_revenue", 4.36e10),
        ("other:fiscal_revenue_growth", 2.0),
        ("retail_sales", 2.0005e11),
        ("other:retail_sales_growth", 4.1),
    ]  # every row had been lost


def test_rows_under_two_years_run_into_the_header_are_read_by_year():
    text = (
        "昆山市主要经济指标\n指标 2023年 2024年 地区生产总值(亿元) 5140.6 5280.0 一般公共预算收入(亿元) 427.5 436.0\n"
    )
    got = brief(claims(text, lang="zh", published="2025-03-20"), "indicator", "period", "value")
    assert got == [
        ("gdp", "2023", 5.1406e11),
        ("gdp", "2024", 5.28e11),
        ("fiscal_revenue", "2023", 4.275e10),
        ("fiscal_revenue", "2024", 4.36e10),
    ]


def test_the_rows_are_put_on_lines_of_their_own():
    got = split_run_in_rows(_UNIT_COLUMN)
    assert got.splitlines()[2:] == [
        "指标 单位 2024年 比上年增长(%)",
        "地区生产总值 亿元 5280.0 5.2",
        "一般公共预算收入 亿元 436.0 2.0",
        "社会消费品零售总额 亿元 2000.5 4.1",
    ]


def test_a_line_that_goes_on_after_its_rows_is_left_alone():
    text = "指标 单位 2024年 地区生产总值 亿元 5280.0 一般公共预算收入 亿元 436.0，同比增长2.0%。\n"
    assert split_run_in_rows(text) == text  # guard: a sentence, not rows


@given(st.text(alphabet="指标单位项目年 2024亿元增长(%)地区生产总值0123456789.\n", max_size=120))
def test_the_text_keeps_its_length_and_changes_only_spaces_to_line_breaks(text):
    got = split_run_in_rows(text)
    assert len(got) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, got, strict=True))
