"""Plain-line tables (as a PDF or a text file gives them): a header of measures with units over rows
of a place and numbers. Tables written for these tests; figures illustrative."""

from __future__ import annotations

import pytest

from conftest import brief, claims
from regionwatch.extract._cells import markdown_rows_apart, tab_comma_rows
from regionwatch.extract._columns import change_column, growth_column

ZH_TABLE = (
    "2025年深圳市各区主要经济指标\n"
    "地区 地区生产总值（亿元） 比上年增长（%） 常住人口（万人）\n"
    "南山区 10500.3 6.2 181.0\n"
    "福田区 6400.8 5.4 156.1\n"
    "龙岗区 5100.4 4.9 399.2\n"
    "注：地区生产总值按现价计算，增速按不变价计算。\n"
)

EN_TABLE = (
    "Main indicators of Shenzhen districts, 2025\n"
    "Rank District GDP (100 million yuan) Growth (%) Population (10,000)\n"
    "1 Nanshan 10500.3 6.2 181.0\n"
    "2 Futian 6400.8 5.4 156.1\n"
)


def test_each_column_of_a_chinese_table_gives_its_measure_and_unit():
    cs = claims(ZH_TABLE, published="2026-03-10")
    assert brief(cs, "region", "indicator", "period", "value") == [
        ("440305", "gdp", "2025", 1.050030e12),
        ("440305", "gdp_growth", "2025", 6.2),
        ("440305", "population", "2025", 1.81e6),
        ("440304", "gdp", "2025", 6.40080e11),
        ("440304", "gdp_growth", "2025", 5.4),
        ("440304", "population", "2025", 1.561e6),
        ("440307", "gdp", "2025", 5.10040e11),
        ("440307", "gdp_growth", "2025", 4.9),
        ("440307", "population", "2025", 3.992e6),
    ]


def test_an_english_table_with_a_rank_column_and_ten_thousands():
    cs = claims(EN_TABLE, published="2026-03-10")
    assert brief(cs, "region", "indicator", "value") == [
        ("440305", "gdp", 1.050030e12),
        ("440305", "gdp_growth", 6.2),
        ("440305", "population", 1.81e6),
        ("440304", "gdp", 6.40080e11),
        ("440304", "gdp_growth", 5.4),
        ("440304", "population", 1.561e6),
    ]


def test_a_sentence_naming_measures_is_not_a_header():
    text = "2025年南山区地区生产总值10500亿元，常住人口181万人。\n福田区 6400 5.4\n"
    assert brief(claims(text, published="2026-03-10"), "indicator") == [("gdp",), ("population",)]


@pytest.mark.parametrize(
    "text",
    ["南山区经济总量超万亿元（约1390亿美元）。", "南山區經濟總量逾萬億元人民幣（約1,390億美元）。"],
)
def test_a_sentence_with_only_a_bracketed_conversion_in_figures_is_not_a_header(text):
    got = brief(claims(text, published="2026-02-20"), "region", "indicator", "value", "unit")
    assert got == [("440305", "gdp", 1e12, "CNY"), ("440305", "gdp", 1.39e11, "USD")]


def test_a_table_of_indicator_rows_gives_each_row_its_measure_the_value_column_its_unit():
    text = (
        "福田区2024年主要经济指标\n"
        "| 指标 | 数值（亿元） | 比上年增长（%） |\n"
        "|---|---|---|\n"
        "| 地区生产总值 | 6158.2 | 4.3 |\n"
        "| 一般公共预算收入 | 208.1 | 2.2 |\n"
        "| 常住人口（万人） | 155.1 | 0.8 |\n"
    )
    got = claims(text, published="2025-02-20")
    assert brief(got, "indicator", "value", "unit") == [
        ("gdp", 615820000000.0, "CNY"),
        ("gdp_growth", 4.3, "percent"),
        ("fiscal_revenue", 20810000000.0, "CNY"),
        ("other:fiscal_revenue_growth", 2.2, "percent"),
        ("population", 1551000.0, "persons"),  # the row's own unit over the column's
        ("other:population_growth", 0.8, "percent"),
    ]


def test_a_plain_line_table_of_indicator_rows_as_a_pdf_gives_it():
    text = (
        "龙岗区2024年主要经济指标\n"
        "指标 数值（亿元） 比上年增长（%）\n"
        "地区生产总值 5390.1 5.2\n"
        "社会消费品零售总额 1100.4 3.0\n"
        "注：增速按可比价格计算。\n"
    )
    got = claims(text, published="2025-02-20")
    assert brief(got, "region", "indicator", "value") == [
        ("440307", "gdp", 539010000000.0),
        ("440307", "gdp_growth", 5.2),
        ("440307", "retail_sales", 110040000000.0),
        ("440307", "other:retail_sales_growth", 3.0),
    ]


@pytest.mark.parametrize("sep", ["\t", " ", "   ", "md"])
def test_a_table_with_a_unit_column_reads_each_cell_under_its_own_column(sep):
    rows = [
        ["指标名称", "单位", "绝对值", "比上年增长(%)"],
        ["地区生产总值", "亿元", "5390.1", "5.2"],
        ["  第三产业", "亿元", "2600.5", "4.1"],
        ["固定资产投资", "—", "—", "-3.5"],
    ]
    if sep == "md":  # as trafilatura writes an HTML table
        lines = ["| " + " | ".join(cell.strip() for cell in row) + " |" for row in rows]
        text = "龙岗区2024年主要经济指标\n\n" + "\n".join([lines[0], "|---|---|---|---|", *lines[1:]]) + "\n"
    else:
        text = "龙岗区2024年主要经济指标\n" + "".join(sep.join(row) + "\n" for row in rows)
    got = claims(text, published="2025-02-20")
    assert brief(got, "indicator", "value") == [
        ("gdp", 539010000000.0),
        ("gdp_growth", 5.2),
        ("tertiary_value_added", 260050000000.0),
        ("other:tertiary_value_added_growth", 4.1),
        ("fixed_asset_investment_growth", -3.5),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "GDP of Shenzhen's largest districts (billion yuan)\n\n| District | 2023 | 2024 |\n|---|---|---|\n"
        "| Nanshan | 856.6 | 950.1 |\n| Futian | 598.8 | 631.2 |\n",
        "深圳市各区地区生产总值（亿元）\n区 2023年 2024年\n南山区 8566 9501\n福田区 5988 6312\n",
    ],
)
def test_a_table_of_places_with_years_across_takes_its_captions_measure(text):
    got = brief(claims(text, published="2025-04-01"), "region", "indicator", "period")
    assert got == [
        ("440305", "gdp", "2023"),
        ("440305", "gdp", "2024"),
        ("440304", "gdp", "2023"),
        ("440304", "gdp", "2024"),
    ]


def test_years_across_under_a_caption_naming_no_measure_give_nothing():
    """Guard: a caption without a measure ('Shenzhen's districts') does not make the numbers GDP."""
    text = "Shenzhen's districts\nDistrict 2023 2024\nNanshan 856.6 950.1\n"
    assert [c for c in claims(text, published="2025-04-01") if c["indicator"] == "gdp"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen districts in 2024 (GDP in billion yuan)\n\n| District | GDP | Growth (%) |\n|---|---|---|\n"
        "| Nanshan | 950.1 | 6.8 |\n| Futian | 631.2 | 5.3 |\n",
        "2024年深圳各区主要指标\n\n| 区 | GDP（亿元） | 增速（%） |\n|---|---|---|\n"
        "| 南山区 | 9501 | 6.8 |\n| 福田区 | 6312 | 5.3 |\n",
    ],
)
def test_a_growth_column_in_percent_over_bare_numbers_and_a_money_unit_in_the_caption(text):
    got = brief(claims(text, published="2025-04-01"), "region", "indicator", "value")
    assert got == [
        ("440305", "gdp", 950.1e9),
        ("440305", "gdp_growth", 6.8),
        ("440304", "gdp", 631.2e9),
        ("440304", "gdp_growth", 5.3),
    ]


def test_a_row_naming_a_district_and_its_city_gives_the_figures_to_the_district():
    text = (
        "Top districts\n\n| District | City | GDP 2024 (RMB billion) | Growth (%) |\n|---|---|---|---|\n"
        "| Pudong | Shanghai | 1,780 | 6.0 |\n| Haidian | Beijing | 1,190 | 6.5 |\n"
    )
    got = brief(claims(text, published="2025-06-01"), "region", "indicator")
    assert got == [("310115", "gdp"), ("310115", "gdp_growth"), ("110108", "gdp"), ("110108", "gdp_growth")]


def test_a_per_capita_column_gives_yuan_a_head():
    text = (
        "| District | GDP (bn yuan) | GDP per capita (yuan) |\n|---|---|---|\n"
        "| Nanshan | 950.1 | 520,000 |\n| Futian | 612.3 | 405,000 |\n"
    )
    got = [c for c in claims(text, published="2025-04-01") if c["indicator"] == "gdp_per_capita"]
    assert brief(got, "region", "value", "unit") == [
        ("440305", 520000, "CNY_per_person"),
        ("440304", 405000, "CNY_per_person"),
    ]


def test_a_per_capita_column_in_ten_thousand_yuan():
    text = "| 区 | 人均GDP（万元） |\n|---|---|\n| 南山区 | 52.0 |\n| 福田区 | 40.5 |\n"
    got = claims(text, published="2025-04-01")
    assert brief(got, "indicator", "value") == [("gdp_per_capita", 520000), ("gdp_per_capita", 405000)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("| 区 | GDP增速（%） |\n|---|---|\n| 江岸区 | -2.1 |\n| 江汉区 | 4.5 |\n", "zh"),
        ("| District | GDP growth (%) |\n|---|---|\n| Nanshan | -2.1 |\n| Futian | 4.5 |\n", "en"),
    ],
)
def test_a_growth_column_naming_its_measure_and_a_minus_sign_in_a_cell(text, lang):
    got = claims(text, lang=lang, published="2025-03-01")
    assert brief(got, "indicator", "value") == [("gdp_growth", -2.1), ("gdp_growth", 4.5)]


@pytest.mark.parametrize("sep", ["\t", " "])
def test_a_plain_table_with_years_across_and_a_measure_on_each_row(sep):
    text = sep.join(["表2 昆山市主要经济指标（单位：亿元、%）\n指标", "2023年", "2024年\n"])
    text += sep.join(["地区生产总值", "5140.6", "5280.3\n"]) + sep.join(["GDP增速", "5.8", "5.5\n"])
    text += sep.join(["一般公共预算收入（亿元）", "430.1", "441.2\n"]) + sep.join(["规上企业（家）", "7000", "7100\n"])
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "period", "value")
    assert got == [
        ("320583", "gdp", "2023", 5.1406e11),
        ("320583", "gdp", "2024", 5.2803e11),
        ("320583", "gdp_growth", "2023", 5.8),
        ("320583", "gdp_growth", "2024", 5.5),
        ("320583", "fiscal_revenue", "2023", 4.301e10),
        ("320583", "fiscal_revenue", "2024", 4.412e10),
    ]


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_table_with_cells_between_bars_or_tabs_and_notes_below_is_not_joined_as_wrapped_text(sep):
    # The caption and the notes are long lines of about one length: read as a hard wrap, the header and
    # rows were joined into one line and the table lost.
    text = "Table 4. Output of the districts of Shenzhen in 2023\n\n"
    text += sep.join(["District", "GDP (100 million yuan)", "Growth (%)"]) + "\n"
    text += "".join(sep.join(row) + "\n" for row in [("Futian", "5960.2", "5.0"), ("Luohu", "2620.1", "3.9")])
    text += "\nSource: the districts' statistical communiques.\n"
    text += "Note: growth is real, at comparable prices.\n"
    got = brief(claims(text, lang="en", published="2024-11-15"), "region", "indicator", "period", "value")
    assert got == [
        ("440304", "gdp", "2023", 5.9602e11),
        ("440304", "gdp_growth", "2023", 5.0),
        ("440303", "gdp", "2023", 2.6201e11),
        ("440303", "gdp_growth", "2023", 3.9),
    ]


def test_a_growth_column_beside_years_across_is_the_captions_growth_in_the_last_year():
    text = (
        "深圳各区GDP（亿元）\n\n| 排名 | 区 | 2024年 | 2025年 | 增速 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 南山区 | 9500.8 | 10123.5 | 5.2% |\n| 2 | 福田区 | 6100.2 | 6400.1 | 5.8 |\n"
    )
    got = [c for c in claims(text, published="2026-02-20") if c["unit"] == "percent"]
    assert brief(got, "region", "indicator", "period", "value") == [
        ("440305", "gdp_growth", "2025", 5.2),
        ("440304", "gdp_growth", "2025", 5.8),
    ]


def test_a_plain_table_with_years_across_a_unit_after_danwei_and_a_growth_column():
    text = (
        "深圳各区地区生产总值（单位：亿元）\n\n区    2024年    2025年    增速（%）\n"
        "南山区    9500.8    10123.5    5.2\n福田区    6100.2    6400.1    5.8\n"
    )
    assert brief(claims(text, published="2026-02-20"), "region", "indicator", "period", "value") == [
        ("440305", "gdp", "2024", 9.5008e11),
        ("440305", "gdp", "2025", 1.01235e12),
        ("440305", "gdp_growth", "2025", 5.2),
        ("440304", "gdp", "2024", 6.1002e11),
        ("440304", "gdp", "2025", 6.4001e11),
        ("440304", "gdp_growth", "2025", 5.8),
    ]


@pytest.mark.parametrize(
    "table",
    [
        "指标名称\t单位\t1-6月\t同比增长(%)\n全体居民人均可支配收入\t元\t20100\t8.1\n"
        "城镇居民人均可支配收入\t元\t22156\t8.5\n农村居民人均可支配收入\t元\t14023\t8.9\n",
        "| 指标 | 数值（元） | 增速（%） |\n|---|---|---|\n| 全体居民人均可支配收入 | 20100 | 8.1 |\n"
        "| 城镇居民人均可支配收入 | 22156 | 8.5 |\n| 农村居民人均可支配收入 | 14023 | 8.9 |\n",
    ],
)
def test_a_table_row_of_urban_or_rural_residents_income_is_not_all_residents(table):
    cs = claims("浏阳市2016年上半年主要经济指标\n\n" + table, published="2016-07-26")
    got = [(c["indicator"], c["value"]) for c in cs if c["unit"] == "CNY_per_person"]
    assert got == [
        ("disposable_income_per_capita", 20100),
        ("other:urban_disposable_income_per_capita", 22156),
        ("other:rural_disposable_income_per_capita", 14023),
    ]


def test_a_table_whose_growth_column_is_written_without_brackets():
    table = (
        "2023年1-9月江宁区主要经济指标\n\n指标名称\t计量单位\t1-9月\t同比±%\n"
        "一、地区生产总值\t亿元\t2234.5\t6.1\n二、规模以上工业增加值\t亿元\t—\t7.8\n四、社会消费品零售总额\t亿元\t456.7\t6.8\n"
    )
    got = brief(claims(table, published="2023-10-25"), "indicator", "period", "value")
    assert got == [
        ("gdp", "2023-Q1Q3", 2234.5e8),
        ("gdp_growth", "2023-Q1Q3", 6.1),
        ("other:industrial_value_added_growth", "2023-Q1Q3", 7.8),
        ("retail_sales", "2023-Q1Q3", 456.7e8),
        ("other:retail_sales_growth", "2023-Q1Q3", 6.8),
    ]


def test_a_unit_cell_written_in_words_is_no_figure():
    table = (
        "Main economic indicators of Jiangning district, January-September 2023\n\n"
        "Indicator\tUnit\tJan-Sep\tYoY %\nGross regional product\t100 million yuan\t2234.5\t6.1\n"
    )
    got = brief(claims(table, published="2023-10-25"), "indicator", "value")
    assert got == [("gdp", 2234.5e8), ("gdp_growth", 6.1)]


@pytest.mark.parametrize(("first", "unit"), [("指标", "亿元"), ("Indicator", "100 million yuan")])
def test_a_table_flattened_one_cell_to_a_line_is_read_as_a_table(first, unit):
    header = [first, "单位", "1-9月", "同比增长（%）"]
    rows = [["地区生产总值", unit, "2234.5", "6.1"], ["社会消费品零售总额", unit, "456.7", "6.8"]]
    text = "2023年1-9月江宁区主要经济指标\n\n" + "\n".join(cell for row in [header, *rows] for cell in row) + "\n"
    got = brief(claims(text, published="2023-10-25"), "indicator", "period", "value")
    assert got == [
        ("gdp", "2023-Q1Q3", 2234.5e8),
        ("gdp_growth", "2023-Q1Q3", 6.1),
        ("retail_sales", "2023-Q1Q3", 456.7e8),
        ("other:retail_sales_growth", "2023-Q1Q3", 6.8),
    ]


def test_joining_a_flattened_table_keeps_the_texts_length_and_leaves_prose_alone():
    from regionwatch.extract._cells import join_table_cells

    table = "指标\n单位\n数值\n地区生产总值\n亿元\n2234.5\n常住人口\n万人\n196.2\n"
    assert join_table_cells(table) == "指标\t单位\t数值\n地区生产总值\t亿元\t2234.5\n常住人口\t万人\t196.2\n"
    prose = "项目\n总投资\n50亿元\n主要建设内容如下。\n"
    assert join_table_cells(prose) == prose


@pytest.mark.parametrize(
    ("lang", "cells"),
    [
        (
            "zh",
            [
                "排名",
                "地区",
                "地区生产总值（亿元）",
                "比上年增长（%）",
                "1",
                "南山区",
                "10500.3",
                "6.2",
                "2",
                "福田区",
                "6400.8",
                "5.4",
            ],
        ),
        (
            "en",
            [
                "District",
                "GDP (100 million yuan)",
                "Growth (%)",
                "Nanshan",
                "10500.3",
                "6.2",
                "Futian",
                "6400.8",
                "5.4",
            ],
        ),
    ],
)
def test_a_table_of_places_flattened_one_cell_to_a_line_is_read_as_a_table(lang, cells):
    title = "2025年深圳市各区主要经济指标" if lang == "zh" else "Main indicators of Shenzhen districts, 2025"
    got = brief(claims(title + "\n\n" + "\n".join(cells) + "\n", published="2026-03-01", lang=lang), "region", "value")
    assert got == [("440305", 10500.3e8), ("440305", 6.2), ("440304", 6400.8e8), ("440304", 5.4)]


@pytest.mark.parametrize("fraction", ["one-third", "two-fifths"])
def test_a_sentence_naming_two_measures_and_a_spelled_fraction_is_no_table_header(fraction):
    cs = claims(f"Jiangyin's GDP accounts for {fraction} of Wuxi's GDP.", published="2025-03-01")
    assert brief(cs, "region", "indicator", "relative_to") == [("320281", "gdp", "320200")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "区县,2023年GDP(亿元),常住人口(万人),人均GDP(元)\n越秀区,3693.2,103.4,357176\n天河区,6312.0,224.2,281534\n",
            "zh",
        ),
        (
            "Guangzhou districts, 2023\nDistrict,GDP (100 million yuan),Growth (%)\n"
            "Yuexiu,3693.2,4.3\nTianhe,6312.0,4.6\n",
            "en",
        ),
    ],
)
def test_a_table_pasted_as_comma_separated_values_is_read_row_by_row(text, lang):
    got = brief(claims(text, lang=lang, published="2024-05-01"), "region", "indicator", "value")
    second = ("population", 103.4e4) if lang == "zh" else ("gdp_growth", 4.3)
    assert got[:2] == [("440104", "gdp", 369.32e9), ("440104", *second)]
    assert [g[0] for g in got] == ["440104"] * (len(got) // 2) + ["440106"] * (len(got) // 2)


def test_a_comma_separated_row_with_a_long_name_and_unit_is_read_as_a_row():
    # "Retail sales (100 million yuan)" is longer than a value's cell: the row had been read as prose, its
    # figure the bracket's 100 million yuan
    text = (
        "Taicang: main indicators\nIndicator,2025,Growth (%)\nGDP (100 million yuan),1905.2,5.6\n"
        "Retail sales (100 million yuan),688.4,3.9\n"
    )
    got = brief(claims(text, published="2026-03-01"), "indicator", "value")
    assert got[2:] == [("retail_sales", 68.84e9), ("other:retail_sales_growth", 3.9)]


def test_a_sentence_with_a_long_first_clause_makes_no_comma_separated_row():  # a guard: passed before
    line = "In the first half of this year across the county, 12, 15 and 18 towns grew"
    assert tab_comma_rows(line + "\nnext") == line + "\nnext"


def test_thousands_separators_in_a_sentence_make_no_comma_separated_row():
    line = "该区常住人口为1,205,894人,与2010年的1,083,260人相比,十年共增加122,634人"
    assert tab_comma_rows(line + "\n下一行") == line + "\n下一行"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("区县\t2023年GDP(亿元)\t增速(%)\n越秀区\t3693.2\t4.3\n天河区\t6312.0\t4.6\n", "zh"),
        ("区县 2023年地区生产总值（亿元） 增速（%）\n越秀区 3693.2 4.3\n天河区 6312.0 4.6\n", "zh"),
        ("District\tGDP 2023 (100 million yuan)\tGrowth (%)\nYuexiu\t3693.2\t4.3\nTianhe\t6312.0\t4.6\n", "en"),
    ],
)
def test_a_year_in_a_column_header_dates_that_column_and_keeps_the_header_a_header(text, lang):
    got = brief(claims(text, lang=lang, published="2025-05-01"), "region", "indicator", "period", "value")
    assert got == [
        ("440104", "gdp", "2023", 369.32e9),
        ("440104", "gdp_growth", "2023", 4.3),
        ("440106", "gdp", "2023", 631.2e9),
        ("440106", "gdp_growth", "2023", 4.6),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "长沙县历年地区生产总值\n年份 GDP（亿元） 增速（%）\n2022 2050.3 5.1\n2023 2210.6 6.2\n", "zh", id="rows-zh"
        ),
        pytest.param(
            "Changsha County, output by year\nYear\tGDP (100 million yuan)\tGrowth (%)\n"
            "2022\t2050.3\t5.1\n2023\t2210.6\t6.2\n",
            "en",
            id="rows-tabs",
        ),
        pytest.param(  # header cells set apart by runs of spaces, the money unit in the caption (was: one cell,
            # so the GDP figures read as growth rates)
            "Table 3. Gross domestic product of Changsha County (billion yuan)\n"
            "Year      GDP       Growth (%)\n2022      205.03    5.1\n2023      221.06    6.2\n",
            "en",
            id="rows-aligned-by-spaces",
        ),
        pytest.param(  # a caption naming one measure over items that each begin with a year and a colon
            "长沙县历年地区生产总值\n2022年：2050.3亿元，增长5.1%\n2023年：2210.6亿元，增长6.2%\n", "zh", id="items-zh"
        ),
        pytest.param(
            "Changsha County GDP by year:\n\n- 2022: 205.03 billion yuan, up 5.1%\n"
            "- 2023: 221.06 billion yuan (6.2%)\n",
            "en",
            id="items-en",
        ),
        pytest.param(  # the items run into one line, as a page that lost its line breaks (were all 2022's)
            "长沙县历年地区生产总值\n2022年：2050.3亿元，增长5.1%2023年：2210.6亿元，增长6.2%\n",
            "zh",
            id="items-run-in-zh",
        ),
        pytest.param(
            "Changsha County GDP by year:\n\n- 2022: 205.03 billion yuan, up 5.1% - 2023: 221.06 billion yuan (6.2%)\n",
            "en",
            id="items-run-in-en",
        ),
    ],
)
def test_one_places_series_of_years_gives_each_year_its_measure(text, lang):
    """A table of years down the side, or a list of year items, under a caption naming the place (and the
    measure, when the header does not): each row its year, each column or item its measure."""
    got = brief(claims(text, lang=lang, published="2024-05-01"), "region", "indicator", "period", "value", "unit")
    assert got == [
        ("430121", "gdp", "2022", 205.03e9, "CNY"),
        ("430121", "gdp_growth", "2022", 5.1, "percent"),
        ("430121", "gdp", "2023", 221.06e9, "CNY"),
        ("430121", "gdp_growth", "2023", 6.2, "percent"),
    ]


def test_a_year_item_naming_its_own_measure_keeps_it():
    text = "长沙县历年地区生产总值\n2022年：2050.3亿元\n2023年：社会消费品零售总额580.2亿元\n"
    got = brief(claims(text, published="2024-05-01"), "indicator", "period", "value")
    assert got == [("gdp", "2022", 205.03e9), ("retail_sales", "2023", 58.02e9)]


def test_a_nominal_growth_column_is_not_the_real_growth_rate():
    text = "排名 区 GDP（亿元） 名义增速（%） 实际增速（%）\n1 芙蓉 1580.2 4.8 5.6\n2 天心 1420.5 3.9 4.7\n"
    got = brief(claims(text, published="2024-05-01"), "region", "indicator", "value")
    assert got[:3] == [
        ("430102", "gdp", 158.02e9),
        ("430102", "other:gdp_growth_nominal", 4.8),
        ("430102", "gdp_growth", 5.6),
    ]


def test_two_short_names_of_districts_of_one_city_name_each_other():
    text = "排名 区 GDP（亿元） 增速（%）\n1 南山 10500.3 6.2\n2 福田 6400.8 5.4\n"
    assert [c["region"] for c in claims(text, published="2026-03-01")] == ["440305"] * 2 + ["440304"] * 2


@pytest.mark.parametrize("sep", [" ", "\t"])
def test_a_column_of_one_month_beside_the_months_to_date_is_the_months_own(sep):
    rows = [
        ["指标", "单位", "本月", "1-6月累计", "累计增长（%）"],
        ["社会消费品零售总额", "亿元", "16.2", "95.4", "10.6"],
    ]
    text = "醴陵市2018年6月主要经济指标\n\n" + "\n".join(sep.join(r) for r in rows)
    got = claims(text, lang="zh", published="2018-07-13")
    assert [(c["indicator"], c["value"]) for c in got] == [
        ("other:retail_sales_month", 1.62e9),
        ("retail_sales", 9.54e9),
        ("other:retail_sales_growth", 10.6),
    ]


def test_a_column_of_the_same_period_last_year_dates_its_figures_a_year_before():
    text = "醴陵市2018年上半年主要经济指标\n\n指标 单位 1-6月 上年同期 增长（%）\n一般公共预算收入 亿元 15.6 14.2 9.5"
    got = claims(text, lang="zh", published="2018-07-13")
    assert [(c["indicator"], c["period"], c["value"]) for c in got] == [
        ("fiscal_revenue", "2018-H1", 1.56e9),
        ("fiscal_revenue", "2017-H1", 1.42e9),  # not a second, conflicting 2018-H1 figure
        ("other:fiscal_revenue_growth", "2018-H1", 9.5),
    ]


@pytest.mark.parametrize("sep", [" ", "\t"])
def test_a_column_of_changes_is_a_rate_under_percent_and_an_amount_under_yuan(sep):
    rows = [
        ["指标", "单位", "数值", "比上年增减（%）", "比上年增减（亿元）"],
        ["地区生产总值", "亿元", "1250.3", "-5.1", "-67.2"],
    ]
    text = "2020年江岸区主要经济指标\n\n" + "\n".join(sep.join(r) for r in rows)
    got = claims(text, lang="zh", published="2021-02-01")
    assert [(c["indicator"], c["value"], c["qualifier"]) for c in got] == [
        ("gdp", 1.2503e11, "exact"),  # not the low end of a range "1250.3 -5.1"
        ("gdp_growth", -5.1, "exact"),
        ("other:gdp_change", -6.72e9, "exact"),
    ]


@pytest.mark.parametrize(
    ("cell", "rate", "amount"),
    [
        ("Change (%)", True, False),
        ("Change (100 million yuan)", False, True),
        ("Exchange rate", False, False),
        ("同比±%", True, False),
        ("比上年增减（亿元）", False, True),
    ],
)
def test_a_header_of_changes_is_of_rates_or_of_amounts_by_its_unit(cell, rate, amount):
    assert (growth_column(cell), change_column(cell)) == (rate, amount)


@pytest.mark.parametrize("markdown", [True, False])
def test_columns_of_named_years_date_their_cells_and_a_growth_column_is_the_latest_years(markdown):
    rows = [["地区", "2023年GDP（亿元）", "2024年GDP（亿元）", "增速（%）"], ["江阴市", "4950.1", "5150.3", "5.1"]]
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|---|", "| " + " | ".join(rows[1]) + " |"]
    else:
        lines = [" ".join(r) for r in rows]
    got = claims("\n".join(lines), lang="zh", published="2025-02-10")
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", "2023"), ("gdp", "2024"), ("gdp_growth", "2024")]


@pytest.mark.parametrize("gap", ["    ", "\t"])
def test_an_english_plain_text_table_with_a_unit_column_of_several_words(gap):
    rows = [
        ["Indicator", "Unit", "Value", "Growth (%)"],
        ["GDP", "100 million yuan", "5600.2", "5.5"],
        ["Retail sales", "100 million yuan", "1850.6", "4.2"],
        ["Population", "10,000 persons", "213.0", ""],
    ]
    width = [22, 20, 10, 10]
    lines = [gap.join(c.ljust(w) if gap != "\t" else c for c, w in zip(r, width, strict=True)).rstrip() for r in rows]
    text = "Kunshan: main indicators, 2025\n\n" + "\n".join(lines)
    got = claims(text, published="2026-03-01", lang="en")
    assert [(c["indicator"], c["value"]) for c in got] == [
        ("gdp", 560_020_000_000),
        ("gdp_growth", 5.5),
        ("retail_sales", 185_060_000_000),
        ("other:retail_sales_growth", 4.2),
        ("population", 2_130_000),
    ]


@pytest.mark.parametrize("first", ["2024年", "绝对值", "数值"])
def test_a_plain_measures_table_whose_columns_are_one_space_apart_reads_each_cell_under_its_column(first):
    text = (
        "2024年昆山市国民经济和社会发展统计公报\n\n"
        f"指标名称 {first} 比上年增长（%）\n一般公共预算收入（亿元） 452.6 3.1\n社会消费品零售总额（亿元） 1750.4 4.2\n"
    )
    got = claims(text, published="2025-03-25", lang="zh")
    assert [(c["indicator"], c["value"], c["unit"]) for c in got] == [
        ("fiscal_revenue", 45_260_000_000, "CNY"),
        ("other:fiscal_revenue_growth", 3.1, "percent"),
        ("retail_sales", 175_040_000_000, "CNY"),
        ("other:retail_sales_growth", 4.2, "percent"),
    ]


def test_the_growth_column_after_two_year_columns_is_the_latest_years():
    text = "昆山市主要经济指标\n\n指标名称 2024年 2023年 增长（%）\n地区生产总值（亿元） 5280.5 5006.7 5.5\n"
    got = claims(text, published="2025-03-25", lang="zh")
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", "2024"), ("gdp", "2023"), ("gdp_growth", "2024")]


@pytest.mark.parametrize(
    ("text", "lang", "scale"),
    [
        (
            "2024年成都各区GDP排名\n\n单位：亿元、%\n排名 区县 GDP 增速\n1 武侯区 1502.6 5.6\n2 锦江区 1280.3 6.1\n",
            "zh",
            1e8,
        ),
        (
            "Chengdu districts, 2024\n\nUnit: billion yuan\nRank District GDP Growth\n"
            "1 Wuhou 150.3 5.6\n2 Jinjiang 128.0 6.1\n",
            "en",
            1e9,
        ),
    ],
)
def test_the_unit_a_line_above_the_header_states_is_the_unit_of_its_money_columns(text, lang, scale):
    got = brief(claims(text, published="2025-03-01", lang=lang), "region", "indicator", "unit")
    assert got == [
        ("510107", "gdp", "CNY"),
        ("510107", "gdp_growth", "percent"),
        ("510104", "gdp", "CNY"),
        ("510104", "gdp_growth", "percent"),
    ]
    assert claims(text, published="2025-03-01", lang=lang)[0]["value"] == pytest.approx(
        (1502.6 if lang == "zh" else 150.3) * scale
    )


@pytest.mark.parametrize("gap", ["", " "])
def test_a_table_whose_line_breaks_were_lost_is_read_row_by_row(gap):
    text = (
        "江阴市2024年主要经济指标\n\n"
        f"指标名称 2024年 比上年增长（%）{gap}地区生产总值（亿元） 5011.6 5.1{gap}"
        f"一般公共预算收入（亿元） 265.2 2.3{gap}社会消费品零售总额（亿元） 1080.4 4.0"
    )
    got = claims(text, published="2025-03-01", lang="zh")
    assert brief([c for c in got if not c["indicator"].startswith("other:")], "region", "indicator", "value") == [
        ("320281", "gdp", 501_160_000_000),
        ("320281", "gdp_growth", 5.1),
        ("320281", "fiscal_revenue", 26_520_000_000),
        ("320281", "retail_sales", 108_040_000_000),
    ]


def test_an_english_table_run_into_one_line_is_read_row_by_row():
    text = (
        "Jiangyin: main indicators\n\nIndicator 2024 Growth (%) GDP (100 million yuan) 5011.6 5.1 "
        "Retail sales (100 million yuan) 1080.4 4.0"
    )
    got = claims(text, published="2025-03-01")
    assert brief([c for c in got if not c["indicator"].startswith("other:")], "indicator", "period", "value") == [
        ("gdp", "2024", 501_160_000_000),
        ("gdp_growth", "2024", 5.1),
        ("retail_sales", "2024", 108_040_000_000),
    ]


def test_a_bracketed_unit_in_running_prose_without_a_next_cell_is_left_alone():
    text = "江阴市2024年地区生产总值（亿元）为5011.6，增长5.1%。"
    got = claims(text, published="2025-03-01", lang="zh")
    assert all(c["value"] != 5011.6 * 1e8 or c["indicator"] == "gdp" for c in got)


@pytest.mark.parametrize("join", ["", " "])
def test_a_markdown_table_run_into_one_line_is_read_by_its_columns(join):
    rows = [
        "| 排名 | 地区 | GDP（亿元） | 增速 |",
        "|---|---|---|---|",
        "| 1 | 南山区 | 10250.3 | 6.0% |",
        "| 2 | 福田区 | 6320.8 | 5.0% |",
    ]
    text = "深圳各区2025年GDP\n\n" + join.join(rows)
    got = claims(text, published="2026-02-01", lang="zh")
    assert brief(got, "region", "indicator", "value") == [
        ("440305", "gdp", 1_025_030_000_000),
        ("440305", "gdp_growth", 6.0),
        ("440304", "gdp", 632_080_000_000),
        ("440304", "gdp_growth", 5.0),
    ]


def test_markdown_rows_apart_keeps_the_length_and_leaves_tables_with_line_breaks_alone():
    flat = "| 地区 | GDP（亿元） ||---|---|| 南山区 | 10250.3 || 福田区 | 6320.8 |"
    apart = markdown_rows_apart(flat)
    assert len(apart) == len(flat) and apart.count("\n") == 3
    table = "| 地区 | GDP（亿元） |\n|---|---|\n| 南山区 | 10250.3 |"
    assert markdown_rows_apart(table) == table


def test_cells_that_do_not_count_out_are_not_split_into_rows():
    flat = "| 地区 | GDP（亿元） ||---|---|| 南山区 | 10250.3 | 6.0% || 福田区 | 6320.8 |"
    assert markdown_rows_apart(flat) == flat


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nanshan district: key indicators\n\nIndicator\t2024\t2025\tGrowth (%)\n"
            "GDP (100 million yuan)\t9,500.0\t10,250.0\t6.0\nPopulation (10,000 persons)\t185.2\t191.0\t\n"
            "Listed companies\t205\t213\t\nR&D intensity (%)\t6.9\t7.1\t\n",
            "en",
        ),
        (
            "南山区主要经济指标\n\n指标\t2024年\t2025年\t增长(%)\n地区生产总值(亿元)\t9500.0\t10250.0\t6.0\n"
            "常住人口(万人)\t185.2\t191.0\t\n上市公司(家)\t205\t213\t\n研发投入强度(%)\t6.9\t7.1\t\n",
            "zh",
        ),
        (
            "南山区主要经济指标\n\n| 指标 | 2024年 | 2025年 |\n|---|---|---|\n"
            "| 地区生产总值（亿元） | 9500.0 | 10250.0 |\n"
            "| 常住人口（万人） | 185.2 | 191.0 |\n| 上市公司（家） | 205 | 213 |\n| 研发投入强度（%） | 6.9 | 7.1 |\n",
            "zh",
        ),
    ],
)
def test_rows_of_counts_and_shares_under_years_across_take_their_row_and_column(text, lang):
    got = claims(text, published="2026-03-01", lang=lang)
    rows = {(c["indicator"], c["period"], c["value"]) for c in got}
    assert {
        ("gdp", "2024", 950e9),
        ("gdp", "2025", 1025e9),
        ("population", "2024", 1852000),
        ("population", "2025", 1910000),
        ("listed_companies", "2024", 205),
        ("listed_companies", "2025", 213),
        ("rd_intensity", "2024", 6.9),
        ("rd_intensity", "2025", 7.1),
    } <= rows
    assert not [c for c in got if c["value"] in (1e8, 1e4)]  # the units in the rows' names are no figures


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Innovation ranking of Shenzhen's districts, 2025\n\n"
            "| District | GDP (billion yuan) | Listed companies | High-tech enterprises | R&D intensity (%) |\n"
            "|---|---|---|---|---|\n| Nanshan | 1,025.0 | 213 | 5,100 | 7.1 |\n"
            "| Futian | 623.4 | 120 | 2,300 | 3.2 |\n",
            "en",
        ),
        (
            "2025年深圳各区创新指标\n\n"
            "| 区 | 地区生产总值（亿元） | 上市公司（家） | 国家高新技术企业（家） | 研发投入强度（%） |\n"
            "|---|---|---|---|---|\n| 南山区 | 10250.0 | 213 | 5100 | 7.1 |\n| 福田区 | 6234.0 | 120 | 2300 | 3.2 |\n",
            "zh",
        ),
    ],
)
def test_columns_of_counts_and_shares_beside_gdp_are_each_places(text, lang):
    got = claims(text, published="2026-03-01", lang=lang)
    assert brief(got, "region", "indicator", "period")[:4] == [
        ("440305", "gdp", "2025"),
        ("440305", "listed_companies", "2025"),
        ("440305", "high_tech_enterprises", "2025"),
        ("440305", "rd_intensity", "2025"),
    ]
    assert ("440304", "listed_companies", 120) in brief(got, "region", "indicator", "value")


def test_a_plain_line_tables_count_and_share_columns_are_read_in_order():
    text = (
        "2025年深圳各区创新指标\n\n区 地区生产总值（亿元） 上市公司（家） 研发投入强度（%）\n"
        "南山区 10250.0 213 7.1\n福田区 6234.0 120 3.2\n"
    )
    got = claims(text, published="2026-03-01", lang="zh")
    assert brief(got, "region", "indicator", "value") == [
        ("440305", "gdp", 1025e9),
        ("440305", "listed_companies", 213),
        ("440305", "rd_intensity", 7.1),
        ("440304", "gdp", 6234e8),
        ("440304", "listed_companies", 120),
        ("440304", "rd_intensity", 3.2),
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_table_with_no_rule_under_its_header_is_read_by_its_columns(lang):
    rows = (
        ["| 排名 | 区 | GDP（亿元） | 增速 |", "| 1 | 龙华区 | 3100.2 | 5.0% |", "| 2 | 光明区 | 1500.7 | 6.5% |"]
        if lang == "zh"
        else [
            "| Rank | District | GDP (billion yuan) | Growth |",
            "| 1 | Longhua | 310.02 | 5.0% |",
            "| 2 | Guangming | 150.07 | 6.5% |",
        ]
    )
    title = "深圳各区2024年GDP" if lang == "zh" else "Shenzhen districts' GDP in 2024"
    got = claims(title + "\n\n" + "\n".join(rows), published="2025-03-01", lang=lang)
    assert brief(got, "region", "indicator", "value") == [
        ("440309", "gdp", 310_020_000_000),
        ("440309", "gdp_growth", 5.0),
        ("440311", "gdp", 150_070_000_000),
        ("440311", "gdp_growth", 6.5),
    ]


def test_an_indicator_column_whose_heading_lost_its_spaces_names_each_rows_measure():
    text = (
        "2024年龙华区国民经济和社会发展统计公报\n"
        "| 指????标 | 绝对数（亿元） | 比上年增长% |\n| 地区生产总值 | 3100.2 | 5.0 |\n| 第三产业 | 1500.1 | 4.2 |"
    )
    got = claims(text, published="2025-03-01", lang="zh")
    assert brief(got, "indicator", "value") == [
        ("gdp", 310_020_000_000),
        ("gdp_growth", 5.0),
        ("tertiary_value_added", 150_010_000_000),
        ("other:tertiary_value_added_growth", 4.2),
    ]


def test_a_sentence_after_a_tables_rows_is_no_row_of_it():
    text = (
        "排名 县市 2024年GDP(亿元) 名义增速\n"
        "1 昆山市 5141.2 2.6%\n"
        "2 江阴市 5000.1 3.1%\n"
        "其中，长沙县以2200.4亿元位列第9，比上年前进1位；浏阳市位列第10。"
    )
    got = [c for c in claims(text, published="2025-07-20", lang="zh") if c["region"] == "430121"]
    assert [c["indicator"] for c in got] == ["gdp", "other:rank"]  # 第9 is a rank, not the growth column's


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年县域GDP（亿元）\n昆山 5140.6\n江阴 4999.8\n张家港 3450.0", "zh"),  # 江阴's row went to 昆山
        ("Top 10 counties by GDP, 2024 (billion yuan)\nKunshan 514.06\nJiangyin 499.98\nZhangjiagang 345.0", "en"),
    ],
)
def test_each_row_of_a_plain_ranking_table_is_its_own_places(text, lang):
    got = claims(text, published="2025-07-28", lang=lang)
    assert brief(got, "region", "indicator", "period") == [
        ("320583", "gdp", "2024"),
        ("320281", "gdp", "2024"),
        ("320582", "gdp", "2024"),
    ]  # the English caption's "Top 10" made it a sentence with a figure: no table, no claims


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("County\tGDP (billion yuan, 2023)\nJiangyin\t499.98\nKunshan\t514.06", "en", "2023"),
        ("县市\tGDP（2024年，亿元）\n江阴\t4999.8\n昆山\t5140.6", "zh", "2024"),
    ],
)
def test_a_year_inside_a_columns_unit_bracket_is_the_columns_year(text, lang, year):
    got = claims(text, published="2025-07-28", lang=lang)
    assert brief(got, "region", "period", "value") == [
        ("320281", year, 499.98e9),
        ("320583", year, 514.06e9),
    ]  # the header was no header: the unit "billion yuan, 2023" read as none, the table gave nothing


def test_an_english_table_of_short_rows_on_a_chinese_page_is_read_in_english():
    text = (
        "2025年广东各区GDP出炉\n\n据各区统计局数据，2024年南山区GDP为9500.9亿元，排名第一。\n\n"
        "Top districts by GDP, 2024 (billion yuan)\nNanshan 950.09\nFutian 601.2\nLonggang 530.4\n"
    )
    got = brief(claims(text, published="2025-03-01", lang="zh"), "region", "value")
    assert got[-3:] == [("440305", 950.09e9), ("440304", 601.2e9), ("440307", 530.4e9)]  # were all Nanshan's


@pytest.mark.parametrize("form", ["tabs", "spaces", "markdown"])
def test_a_growth_column_after_a_second_measure_is_that_measures_growth(form):
    # "GDP 增速 一般公共预算收入 增速": the second 增速 is the revenue's (was read as a second GDP growth).
    rows = [
        ["地区", "地区生产总值", "增速", "一般公共预算收入", "增速"],
        ["福田区", "6120.8", "5.6", "312.4", "3.0"],
        ["龙岗区", "5010.3", "5.5", "201.3", "1.9"],
    ]
    if form == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|---|---|---|---|---|")
    else:
        lines = [("\t" if form == "tabs" else "    ").join(r) for r in rows]
    text = "2025年各区主要经济指标\n\n单位：亿元、%\n" + "\n".join(lines) + "\n"
    got = brief(claims(text, published="2026-03-20"), "region", "indicator", "value")
    assert got == [
        ("440304", "gdp", 6.1208e11),
        ("440304", "gdp_growth", 5.6),
        ("440304", "fiscal_revenue", 3.124e10),
        ("440304", "other:fiscal_revenue_growth", 3.0),
        ("440307", "gdp", 5.0103e11),
        ("440307", "gdp_growth", 5.5),
        ("440307", "fiscal_revenue", 2.013e10),
        ("440307", "other:fiscal_revenue_growth", 1.9),
    ]
