"""Forms of credit-rating reports and their English summaries: a table whose first header cell is left
blank (years across, each row naming its measure), a row's unit after a comma ("GDP, RMB bn"), a rate
compared with another after "grew 5.2% to RMB 528 billion", and "5.8% growth for Jiangsu".

Documents and sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims

_BLANK_CORNER = """Kunshan profile

Kunshan is a county-level city under Suzhou.

Key indicators
                      2022      2023      2024
{gdp:<22}500.6     514.1     528.0
Real GDP growth (%)   2.0       5.8       5.2
"""


@pytest.mark.parametrize("gdp", ["GDP (RMB bn)", "GDP, RMB bn", "GDP, billion yuan"])
def test_a_table_with_a_blank_first_header_cell_reads_each_row_by_its_measure(gdp):
    got = brief(claims(_BLANK_CORNER.format(gdp=gdp), published="2025-09-03"), "indicator", "period", "value")
    assert got == [
        ("gdp", "2022", 5.006e11),
        ("gdp", "2023", 5.141e11),
        ("gdp", "2024", 5.28e11),
        ("gdp_growth", "2022", 2.0),
        ("gdp_growth", "2023", 5.8),
        ("gdp_growth", "2024", 5.2),
    ]  # every row had been lost: a header of years alone was read as no table


def test_a_chinese_table_with_a_blank_first_header_cell_reads_its_rows():
    text = (
        "昆山市概况\n\n主要指标\n                        2023年      2024年\n地区生产总值（亿元）    5141        5280\n"
    )
    got = brief(claims(text, lang="zh", published="2025-09-03"), "region", "indicator", "period", "value")
    assert got == [("320583", "gdp", "2023", 5.141e11), ("320583", "gdp", "2024", 5.28e11)]


def test_a_rows_unit_after_a_comma_scales_its_figures():
    text = "Kunshan profile\n\nIndicator              2023      2024\nPopulation, million    1.9       2.1\n"
    got = brief(claims(text, published="2025-09-03"), "indicator", "period", "value")
    assert got == [("population", "2023", 1.9e6), ("population", "2024", 2.1e6)]  # had been other:persons, 1.9


def test_a_chinese_rows_unit_after_a_comma_scales_its_figures():
    text = "昆山市概况\n\n指标            2023年      2024年\n常住人口，万人   190.5       210.3\n"
    got = brief(claims(text, lang="zh", published="2025-09-03"), "indicator", "period", "value")
    assert got == [("population", "2023", 1.905e6), ("population", "2024", 2.103e6)]


def test_a_row_label_with_a_comma_and_no_unit_keeps_its_whole_name():
    text = "Kunshan profile\n\nIndicator              2023      2024\nRank, district         3         2\n"
    assert claims(text, published="2025-09-03") == []  # no measure named: no claim


@pytest.mark.parametrize(
    ("compared", "region"),
    [
        ("versus Jiangsu's 5.8%", "320000"),
        ("compared with Jiangsu's 5.8%", "320000"),
        ("beating Suzhou's 5.8%", "320500"),
        ("compared with 5.8% nationally", "CN"),
    ],
)
def test_a_rate_compared_after_a_level_grown_to_is_the_same_growth(compared, region):
    text = f"In 2024, Kunshan's GDP grew 5.2% to RMB 528 billion, {compared}."
    got = brief(claims(text, published="2025-09-03"), "region", "indicator", "value")
    assert got == [("320583", "gdp_growth", 5.2), ("320583", "gdp", 5.28e11), (region, "gdp_growth", 5.8)]


def test_a_rate_compared_after_a_level_not_grown_to_is_no_growth():
    text = "In 2024, Kunshan's GDP reached RMB 528 billion, compared with Jiangsu's 5.8%."
    got = brief(claims(text, published="2025-09-03"), "indicator")
    assert ("gdp_growth",) not in got  # guard: no growth said, the percentage is none


@pytest.mark.parametrize("place", ["for Jiangsu as a whole", "in Jiangsu"])
def test_a_rate_with_its_measure_and_a_place_after_it_is_that_places(place):
    text = f"In 2024, Kunshan's GDP grew 5.2% to RMB 528 billion, compared with 5.8% growth {place}."
    got = brief(claims(text, published="2025-09-03"), "region", "indicator", "value")
    assert got[-1] == ("320000", "gdp_growth", 5.8)  # had been Kunshan's


_PROSPECTUS = (
    "2021年、2022年及2023年，宜兴市分别实现地区生产总值2033.7亿元、2190.8亿元和2300.4亿元{sep}"
    "人均地区生产总值分别为16.1万元、17.3万元和18.1万元。"
)


@pytest.mark.parametrize("sep", ["；", "，"])
def test_a_list_in_the_next_clause_takes_the_years_the_list_before_took(sep):
    got = brief(claims(_PROSPECTUS.format(sep=sep), lang="zh", published="2024-04-28"), "indicator", "period")
    assert got == [("gdp", y) for y in ("2021", "2022", "2023")] + [
        ("gdp_per_capita", y) for y in ("2021", "2022", "2023")
    ]
    # after a ；the per-capita list had been dated 2023 thrice


def test_years_carried_to_the_next_clause_stay_marked_inferred():
    got = claims(_PROSPECTUS.format(sep="；"), lang="zh", published="2024-04-28")
    assert ["period" in c["inferred"] for c in got] == [False] * 3 + [True] * 3


def test_an_english_list_after_a_semicolon_takes_the_years_listed_before():
    text = (
        "In 2021, 2022 and 2023, Yixing's GDP was 203.4 billion, 219.1 billion and 230 billion yuan respectively; "
        "its per capita GDP was 161,000, 173,000 and 181,000 yuan respectively."
    )
    got = brief(claims(text, published="2024-04-28"), "indicator", "period", "value")
    assert got[3:] == [
        ("gdp_per_capita", "2021", 161000.0),
        ("gdp_per_capita", "2022", 173000.0),
        ("gdp_per_capita", "2023", 181000.0),
    ]  # 173,000 had been lost (a bare number before "181,000 yuan"), the others dated 2023


@pytest.mark.parametrize(
    "second", ["上年分别为15.2万元、16.3万元和17.1万元。", "同期分别为15.2万元、16.3万元和17.1万元。"]
)
def test_a_next_list_with_a_time_of_its_own_takes_no_years(second):
    text = "2021年、2022年及2023年，宜兴市分别实现地区生产总值2033.7亿元、2190.8亿元和2300.4亿元；" + second
    got = brief(claims(text, lang="zh", published="2024-04-28"), "period")
    assert got[3:] != [("2021",), ("2022",), ("2023",)]  # guard: its own time, not the years carried


def test_years_are_not_carried_into_the_next_paragraph():
    text = (
        "2021年、2022年及2023年，宜兴市分别实现地区生产总值2033.7亿元、2190.8亿元和2300.4亿元。\n\n"
        "宜兴市、江阴市人均地区生产总值分别为18.1万元和26.5万元。"
    )
    got = brief(claims(text, lang="zh", published="2024-04-28"), "region", "period")
    assert got[3:] == [("320282", "2023"), ("320281", "2023")]  # guard: a list of places, in a new paragraph


def test_a_header_of_one_year_and_a_growth_column_one_space_apart_reads_each_column():
    text = (
        "Kunshan: key indicators, 2024\n\nIndicator 2024 Growth (%)\nGDP (billion yuan) 528.0 5.2\n"
        "General public budget revenue (billion yuan) 43.6 2.0\n"
    )
    got = brief(claims(text, published="2025-03-20"), "indicator", "value")
    assert got == [
        ("gdp", 5.28e11),
        ("gdp_growth", 5.2),
        ("fiscal_revenue", 4.36e10),
        ("other:fiscal_revenue_growth", 2.0),
    ]
    # the levels had been read as growth: 528 percent


def test_a_header_cell_of_a_year_and_a_measure_stays_one_cell():
    text = "Kunshan: key indicators\n\nIndicator 2024 GDP (billion yuan)\nKunshan 528.0\n"
    got = brief(claims(text, published="2025-03-20"), "indicator", "value")
    assert ("gdp_growth", 528.0) not in got  # guard
