"""Other words for the same thing: "y/y" for year on year, 达 for 为 (慈溪达27家, 上年达…, 门槛达…), and a long
measure between a figure and its period ("a 4.6 percent y/y rise in its gross domestic product for the first
six months of 2025").

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize("yoy", ["y/y", "year on year", "yoy"])
def test_a_rise_in_gdp_abbreviated_year_on_year_is_gdp_growth(yoy):
    text = f"Longgang district in Shenzhen reported a 4.6 percent {yoy} rise in its GDP in the first half of 2025."
    got = brief(claims(text, published="2025-08-28"), "indicator", "period")
    assert got == [("gdp_growth", "2025-H1")]  # "y/y" had made it other:growth


def test_a_period_after_a_long_measure_is_the_figures():
    text = (
        "Longgang district in Shenzhen reported a 4.6 percent year-on-year rise in its gross domestic product "
        "for the first six months of 2025, local authorities said."
    )
    got = brief(claims(text, published="2025-08-28"), "indicator", "period")
    assert got == [("gdp_growth", "2025-H1")]  # had been 2024: the period lay beyond the words read after it


def test_a_short_place_name_with_da_has_the_count_spoken_of():
    text = (
        "江阴市、昆山市和慈溪市是县域经济的排头兵。"
        "从上市公司数量看，江阴以境内外上市公司63家领跑，昆山有56家，慈溪达27家。"
    )
    got = brief(claims(text, lang="zh", published="2025-12-28"), "region", "indicator", "value")
    assert got[-1] == ("330282", "listed_companies", 27)  # had been other:count


def test_last_years_figure_with_da_is_dated_the_year_before():
    text = "排名第一的是武侯区，GDP为1620.3亿元，上年达1548.9亿元，增长5.5%。"
    got = brief(claims(text, lang="zh", published="2025-12-28"), "period", "value")
    assert got[:2] == [("2024", 1.6203e11), ("2023", 1.5489e11)]  # 上年达 had been dated as the sentence


def test_a_rankings_threshold_with_da_is_no_places_gdp():
    text = (
        "2025年深圳市各区GDP排名出炉。南山区GDP为9500亿元。"
        "从经济体量看，前五强区的GDP门槛达3300亿元，比上年提高200亿元。"
    )
    got = brief(claims(text, lang="zh", published="2025-12-28"), "value")
    assert got == [(9.5e11,)]  # the threshold and its rise had been Nanshan's GDP


@pytest.mark.parametrize("verb", ["came in at", "grew to", "amounted to"])
def test_output_after_a_milestone_with_other_verbs_is_the_gdp_just_spoken_of(verb):
    text = f"Pudong passed the trillion-yuan mark in 2018, when output {verb} 1.05 trillion yuan."
    got = brief(claims(text, published="2025-12-28"), "indicator", "value")
    assert got[-1] == ("gdp", 1.05e12)  # had been other:revenue


@pytest.mark.parametrize(
    "text", ["Cixi had 1829500 permanent residents at the end of 2024.", "Cixi had a population of 1829500 in 2024."]
)
def test_residents_written_without_commas_are_counted(text):
    got = brief(claims(text, published="2025-05-01"), "indicator", "period", "value")
    assert got == [("population", "2024", 1829500)]  # seven digits without commas had been read as an id


def test_a_phone_number_is_no_figure():
    text = "Call 13912345678 for details about Cixi's 2024 GDP of 287.3 billion yuan."
    assert brief(claims(text, published="2025-05-01"), "value") == [(2.873e11,)]  # guard


@pytest.mark.parametrize(
    ("text", "period", "kind"),
    [
        ("福田区有望在2037年前后突破万亿元。", "2037", "expected"),
        ("深圳市南山区2025年首次突破万亿元。", "2025", "actual"),
    ],
)
def test_a_chinese_place_crossing_a_round_sum_with_no_measure_named_is_its_gdp(text, period, kind):
    got = brief(claims(text, lang="zh", published="2026-02-15"), "indicator", "period", "kind")
    assert got == [("gdp", period, kind)]  # had been other:amount, as English "Nanshan passed 1 trillion yuan" was not


def test_a_round_sum_crossed_by_a_measure_named_keeps_that_measure():
    got = brief(claims("昆山市2024年规上工业总产值突破万亿元。", lang="zh", published="2026-02-15"), "indicator")
    assert got == [("industrial_output",)]  # guard


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In 2022, Jinjiang's GDP exceeded 300 billion yuan(abt. 45 billion dollars).", "abt. 45 billion dollars"),
        ("In 2007, Wujiang's GDP was 61.8 billion yuan (ca. US$8.1 billion).", "ca. US$8.1 billion"),
    ],
)
def test_an_abbreviated_about_is_no_sentence_end_and_says_approx(text, quote):  # written for this test
    got = [c for c in claims(text, published="2023-04-13") if c["unit"] == "USD"]
    assert [(c["indicator"], c["qualifier"], c["quote"]) for c in got] == [("gdp", "approx", quote)]
    # the full stop of "abt." had ended the sentence: the dollars were other:amount, exact


@pytest.mark.parametrize("verb", ["逼近", "超过了", "接近"], ids=["bijin", "chaoguo", "jiejin"])
def test_another_places_own_figure_after_a_comparison_keeps_its_value_as_it_is(verb):
    # 龙岗区GDP逼近佛山的13157亿元: the bound is Longgang's; Foshan's figure is stated exactly (had been approx or
    # at_least for Foshan)
    text = f"2025年，龙岗区的GDP已经{verb}佛山的13157.35亿元。"
    got = brief(claims(text, published="2026-02-05"), "region", "value", "qualifier")
    assert ("440600", 1.315735e12, "exact") in got


def test_a_comparison_with_a_share_of_the_province_keeps_its_bound():  # a guard: passed before
    text = "2025年，龙岗区的GDP接近全省的二十分之一。"
    got = brief(claims(text, published="2026-02-05"), "value", "qualifier")
    assert got == [(5.0, "approx")]


@pytest.mark.parametrize(("written", "value"), [("$4.27 billion", 4_270_000_000), ("$4.07 billion", 4_070_000_000)])
def test_a_scaled_figure_has_no_binary_noise(written, value):  # 4.27 * 1e9 is 4269999999.9999995 in floating point
    got = claims(f"In 2010, Kunshan's GDP reached 27.28 billion yuan ({written}).", published="2011-03-01")
    assert [c["value"] for c in got] == [27_280_000_000, value]  # the conversion in brackets too
    assert repr(got[1]["value"]) == f"{value}.0"


@pytest.mark.parametrize(
    "text",
    [
        "慈溪这十年，发展成效显著。地区生产总值从1200亿元增加到2600亿元，连续跨越多个百亿台阶；常住人口增长30%、达到186万，综合实力稳居全市前列。",
        "慈溪這十年，發展成效顯著。地區生產總值從1200億元增加到2600億元，連續跨越多個百億臺階；常住人口增長30%、達到186萬，綜合實力穩居全市前列。",
    ],
    ids=["simplified", "traditional"],
)
def test_a_traditional_page_dates_a_stock_as_its_simplified_twin(text):
    # the base of a change was told by its quote as written (從, not 从): in Traditional script the sentence's
    # results lost their year and the population went to the publication year
    got = claims(text, published="2022-09-01")
    assert [(c["indicator"], c["period"]) for c in got if c["indicator"] == "population"] == [("population", "2021")]


def test_grp_written_in_latin_letters_in_a_chinese_sentence_is_gdp():
    # GRP named its measure only in English: in Chinese it had been other:amount and other:growth
    got = claims("2024年，太仓市GRP为1860亿元，增长5.6%；人均GRP达21.5万元。", published="2025-03-01")
    assert brief(got, "indicator", "value") == [
        ("gdp", 1.86e11),
        ("gdp_growth", 5.6),
        ("gdp_per_capita", 215000.0),
    ]
