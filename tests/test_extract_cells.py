"""Fact boxes: a label on one line and its value alone on the next, and row labels that carry the unit
of their bare number ("地区生产总值（亿元） 2510.6"). Texts written for these tests; figures illustrative."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import brief, claims
from regionwatch.extract._cells import join_label_cells, join_table_cells, unit_of, units_from_labels
from regionwatch.extract._numbers import find_zh

BOX = (
    "Kunshan\n\nKey statistics (2020)\n\n"
    "GDP\nRmb450.1bn\nRetail sales:\nRmb150bn\nPopulation\n1.67mn\n"
    "GDP per capita\nRmb270,000\nDisposable income per capita\nRmb68,000\n"
)


def test_a_label_line_over_a_lone_value_reads_as_label_and_value():
    got = brief(claims(BOX, published=None), "indicator", "period", "value")
    assert got == [
        ("gdp", "2020", 450.1e9),
        ("retail_sales", "2020", 150e9),
        ("population", "2020", 1.67e6),
        ("gdp_per_capita", "2020", 270000),
        ("disposable_income_per_capita", "2020", 68000),
    ]


def test_quotes_and_offsets_stay_those_of_the_text_as_written():
    for c in claims(BOX, published=None):
        assert BOX[c["start"] : c["end"]] in c["quote"]


def test_only_a_line_break_between_a_label_and_a_lone_value_is_read_as_a_colon():
    assert join_label_cells("GDP\nRmb450bn\n") == "GDP:Rmb450bn\n"
    assert join_label_cells("GDP:\n450 billion yuan") == "GDP: 450 billion yuan"
    assert join_label_cells("Kunshan grew fast.\nRmb450bn") == "Kunshan grew fast.\nRmb450bn"  # a sentence
    assert join_label_cells("GDP\nRmb450bn and rising") == "GDP\nRmb450bn and rising"  # not a lone value


@given(st.text(alphabet="GDP 地区生产总值:：.\n0123456789亿元Rmbn%()", max_size=80))
def test_joining_cells_keeps_the_length_of_the_text(text):
    assert len(join_label_cells(text)) == len(text)


def test_a_row_label_gives_its_bracketed_unit_to_the_one_bare_number_after_it():
    text = "宝安区2024年主要指标\n\n地区生产总值（亿元） 2510.6\n常住人口（万人） 132.6\n地区生产总值增长（%） 5.7\n"
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [("440306", "gdp", 2510.6e8), ("440306", "population", 132.6e4), ("440306", "gdp_growth", 5.7)]
    text = "Kunshan key statistics (2020)\n\nDisposable income per capita (Rmb) 68,000\nGDP growth (%) 3.6\n"
    got = brief(claims(text, published=None), "indicator", "value")
    assert got == [("disposable_income_per_capita", 68000), ("gdp_growth", 3.6)]


def test_items_apart_by_semicolons_are_rows_of_their_own():
    """全区GDP（亿元）：2510.6；常住人口（万人）：132.6: each item's bracketed unit is its bare number's (a year
    before the label too), as a row's is on a line of its own; two numbers in an item stay no row."""
    text = "宝安区2024年主要指标\n\n2024年全区GDP（亿元）：2510.6；常住人口（万人）：132.6；增速（%）：5.7。"
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [("440306", "gdp", 2510.6e8), ("440306", "population", 132.6e4), ("440306", "gdp_growth", 5.7)]
    norm = "地区生产总值（亿元）：2510.6 2380.1；常住人口（万人）：132.6"
    qs = find_zh(norm)
    units_from_labels(norm, qs)
    assert [q.unit for q in qs if not q.label] == [None, None, "persons"]


def test_a_row_with_two_numbers_is_no_labelled_row():
    norm = "地区生产总值（亿元） 2510.6 2380.1"
    qs = find_zh(norm)
    units_from_labels(norm, qs)
    assert [q.unit for q in qs if not q.label] == [None, None]


def test_units_name_their_scale():
    assert unit_of("亿元") == (1e8, "CNY")
    assert unit_of(" Rmb  bn ") == (1e9, "CNY")
    assert unit_of("%") == (1.0, "percent")
    assert unit_of("万人") == (1e4, "persons")
    assert unit_of("km") is None


def test_a_lone_percentage_under_its_label_is_joined_too():
    assert join_label_cells("增速\n5.7%") == "增速:5.7%"
    assert join_label_cells("GDP\n450 billionaires") == "GDP\n450 billionaires"


def test_a_unit_in_brackets_after_a_bare_number_is_its_unit():
    got = claims("In 2023, Kunshan's GDP reached 5150.5 (100 million yuan).", published="2024-05-01")
    assert brief(got, "indicator", "value") == [("gdp", 5150.5e8)]  # and "100 million yuan" is no figure
    got = claims("2023年昆山市地区生产总值5150.5（亿元）。", published="2024-05-01")
    assert brief(got, "indicator", "value") == [("gdp", 5150.5e8)]


def test_chinese_scales_translated_word_for_word():
    got = claims("In 2023, Kunshan's GDP reached 5,150.5 hundred million yuan.", published="2024-05-01")
    assert brief(got, "value") == [(5150.5e8,)]
    got = claims("In 2023, Kunshan's per capita GDP reached 24.5 ten thousand yuan.", published="2024-05-01")
    assert brief(got, "indicator", "value") == [("gdp_per_capita", 245000)]
    got = claims("In 2023, Kunshan's GDP reached 5.15 hundred billion yuan.", published="2024-05-01")  # 千亿
    assert brief(got, "value") == [(5150e8,)]  # was 100 billion: "hundred" read as the number


def test_a_box_whose_cells_are_paragraphs_pairs_each_label_with_the_value_under_it():
    text = "Kunshan key statistics (2020)\n\nGDP\n\nRmb450.1bn\n\nRetail sales\n\nRmb150bn\n\n"
    text += "GDP per capita\n\nRmb270,000\n"
    got = brief(claims(text, published=None), "indicator", "period", "value")
    assert got == [("gdp", "2020", 450.1e9), ("retail_sales", "2020", 150e9), ("gdp_per_capita", "2020", 270000)]
    assert join_label_cells("GDP\n\nRmb450bn") == "GDP: Rmb450bn"
    assert join_label_cells("Economy\n\n\n\n450") == "Economy\n\n\n\n450"  # more than one blank line: apart


def test_millions_written_m_at_the_end_of_a_line_are_millions():
    text = "Kunshan key statistics (2020)\n\nPopulation\n\n1.67m\n\nGDP\n\nRmb450bn\n"
    assert brief(claims(text, published=None), "indicator", "value") == [("population", 1.67e6), ("gdp", 450e9)]


@given(
    st.lists(
        st.sampled_from(
            ["指标", "Indicator", "地区", "排名", "单位", "南山区", "地区生产总值", "亿元", "2234.5", "1", "\t", ""]
        ),
        max_size=30,
    )
)
def test_joining_table_cells_changes_only_line_breaks_into_tabs(cells):
    text = "\n".join(cells)
    joined = join_table_cells(text)
    assert len(joined) == len(text)
    assert all(a == b or (a == "\n" and b == "\t") for a, b in zip(text, joined, strict=True))


def test_a_one_cell_a_line_table_headed_by_county_city_district_in_brackets_is_read():
    # 县（市、区） over the row names: the brackets are folded to ( ) in the text read
    text = (
        "无锡市各县市区2024年主要经济指标\n县（市、区）\nGDP（亿元）\n增速（%）\n江阴市\n5070\n5.5\n宜兴市\n2300\n5.2\n"
    )
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [
        ("320281", "gdp", 5.07e11),
        ("320281", "gdp_growth", 5.5),
        ("320282", "gdp", 2.3e11),
        ("320282", "gdp_growth", 5.2),
    ]


@pytest.mark.parametrize("end", ["\n", "\r\n", " \n"], ids=["lf", "crlf", "trailing-space"])
def test_an_infobox_growth_sub_row_keeps_its_measure_whatever_the_line_ends(end):
    # a space before the line end (as a Windows line end becomes) hid the header row over the sub-rows:
    # the growth had been a bare other:percent
    lines = ["Cixi", "GDP (Nominal)2024[5]", " - Total¥301.5 billion", " - GrowthIncrease 6.1%", "Websitecixi.gov.cn"]
    got = claims(end.join(lines) + end, published="2025-06-01")
    assert [c["indicator"] for c in got] == ["gdp", "gdp_growth"]


def test_an_infobox_with_blank_lines_between_its_rows_keeps_its_sub_rows_measures():
    # a page setting each row apart by a blank line: the header row was looked for only right above the sub-rows
    lines = [
        "Cixi",
        "GDP (Nominal)2024[5]",
        " - Total¥301.5 billion",
        " - Per Capita¥162,300",
        " - GrowthIncrease 6.1%",
    ]
    got = claims("\n\n".join(lines), published="2025-06-01")
    assert [c["indicator"] for c in got] == ["gdp", "gdp_per_capita", "gdp_growth"]


@pytest.mark.parametrize(
    "rows",
    [
        # columns set apart by runs of spaces, the row names of several words: rows had been cut at every space
        "Indicator    2025    Growth (%)\nGDP (100 million yuan)    5530.5    5.6\n"
        "Retail sales (100 million yuan)    1950.1    3.9",
        # a label's one bare figure followed by its growth: the figure had been the bracket's 100 million
        "GDP (100 million yuan): 5530.5, up 5.6%\nRetail sales (100 million yuan): 1950.1, up 3.9%",
        # the unit as official translations write it
        "GDP (RMB 100 million): 5530.5, up 5.6%\nRetail sales (RMB 100 million): 1950.1, up 3.9%",
    ],
    ids=["spaced columns", "label then growth", "rmb 100 million"],
)
def test_a_rows_unit_in_brackets_scales_its_figure_and_is_no_figure_itself(rows):
    text = f"Taicang: main indicators, 2025\n\n{rows}"
    got = brief(claims(text, published="2026-03-01"), "indicator", "value")
    assert got == [
        ("gdp", 553.05e9),
        ("gdp_growth", 5.6),
        ("retail_sales", 195.01e9),
        ("other:retail_sales_growth", 3.9),
    ]
