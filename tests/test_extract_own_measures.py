"""Forms found by reading real district pages (news, government profiles) that are not in the dev corpus: a
place's measure that no indicator names ("Minhang's foreign commerce totaled …") is no GDP, nor is its growth; a
founding date with its month is no figure's period; a figure's own noun says whose people it counts; a share is
said of a place inside its whole, and of the figure just before it; the head noun of "the output of enterprises
with revenue of at least 20 million yuan in X" names the measure.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims
from regionwatch import extract_claims

_GDP_FIRST = "The GDP of Minhang in Shanghai exceeded 300 billion yuan in 2021, growing by 8 percent.\n\n"


@pytest.mark.parametrize("noun", ["port throughput", "cultural tourism", "film box office"])
def test_a_places_unnamed_measure_after_its_gdp_is_not_gdp(noun):
    text = _GDP_FIRST + f"Minhang's {noun} totaled 200 billion yuan in 2021, up 13.9 percent year-on-year."
    got = brief(claims(text, published="2022-02-20"), "indicator", "value")
    assert got[2][0].startswith("other:") and got[3][0].startswith("other:")  # had been gdp and gdp_growth


def test_its_unnamed_measure_is_not_the_gdp_said_before():
    text = _GDP_FIRST + "Its port throughput came to 200 billion yuan in 2021."
    assert brief(claims(text, published="2022-02-20"), "indicator")[-1][0] == "other:amount"  # had been gdp


def test_its_total_is_still_the_gdp_said_before():  # a guard: it passed before
    text = _GDP_FIRST + "Its total reached 320 billion yuan in 2022."
    assert brief(claims(text, published="2023-02-20"), "indicator", "period")[-1] == ("gdp", "2022")


@pytest.mark.parametrize(
    "text",
    [
        "Minhang's foreign commerce totaled 200 billion yuan in 2021.",
        "Minhang's external trade was 200 billion yuan in 2021.",
        "闵行区2021年对外贸易额2000亿元。",
    ],
)
def test_foreign_commerce_and_external_trade_are_foreign_trade(text):
    assert brief(claims(text, published="2022-02-20"), "region", "indicator", "period") == [
        ("310112", "foreign_trade", "2021")
    ]


def test_a_founding_date_with_its_month_is_not_the_period_of_a_stock():
    text = "Founded in March 1992 on the river's east bank, Minhang District covers 371 square kilometers."
    assert brief(claims(text, published="2024-05-20"), "indicator", "period") == [("area", "2024")]  # had been 1992


def test_a_figures_own_noun_says_it_counts_the_residents():
    text = "Minhang District has 1.1 million registered population and 2.65 million resident population."
    got = brief(claims(text, published="2024-05-20"), "indicator", "value")
    assert ("population", 2.65e6) in got  # had been other:persons: the registered population before it
    assert ("population", 1.1e6) not in got


def test_registered_people_after_the_residents_are_not_the_population():  # a guard
    text = "Minhang District has 2.65 million resident population and 1.1 million registered population."
    got = brief(claims(text, published="2024-05-20"), "indicator", "value")
    assert got[0] == ("population", 2.65e6) and got[1] == ("other:persons", 1.1e6)


def test_a_share_is_said_of_the_place_inside_its_whole():
    text = (
        "Kunshan's GDP has ranked first for 19 years among the counties of Jiangsu province and accounted for "
        "9.8 percent of Suzhou's GDP in 2023."
    )
    got = brief(claims(text, published="2024-05-20"), "region", "indicator", "value", "relative_to")
    assert got[-1] == ("320583", "gdp", 9.8, "320500")  # had been Jiangsu's share of Suzhou


def test_a_parts_share_of_the_places_own_total_is_outside_the_vocabulary():
    text = (
        "Total retail sales of consumer goods in Minhang rose 8 percent to 180 billion yuan in 2023. Online sales "
        "jumped 30 percent and accounted for 25.5 percent of Minhang's total retail sales of consumer goods."
    )
    got = brief(claims(text, published="2024-05-20"), "indicator", "value", "relative_to")
    assert got[-1] == ("other:share", 25.5, None)  # had been retail_sales relative to Shanghai


@pytest.mark.parametrize("before", ["昆山市上市企业达58家，", "昆山市研发投入占GDP比重达3.9%，"])
def test_a_share_after_an_unnamed_count_is_that_counts(before):
    text = before + "PCT国际专利申请量超过5200件，占全国的1/20。"
    got = brief(claims(text, published="2024-05-20"), "indicator", "value")
    assert got[-1] == ("other:share", 5)  # had been listed_companies' and GDP's share of the country


@pytest.mark.parametrize(
    "firms",
    [
        "enterprises with annual revenue of at least 20 million yuan",
        "major enterprises with an annual business turnover of at least 20 million yuan (about 2.8 million US dollars)",
    ],
)
def test_the_output_of_firms_of_a_size_is_the_head_nouns_measure(firms):
    text = f"In 2023, the total industrial output value of {firms} in Minhang reached about 600 billion yuan."
    got = brief(claims(text, published="2024-05-20"), "indicator", "value")
    assert got[0] == ("other:firm_size", 2e7)  # the size was other:revenue in the first
    assert got[-1] == ("industrial_output", 6e11)  # had been other:amount


def test_a_value_added_its_own_words_name_is_not_gdp_in_a_text_about_gdp():
    text = "苏州市2023年战略性新兴产业增加值9200亿元，增长9%。这些产业增加值占全市GDP的38%。"
    got = brief(claims(text, published="2024-05-20"), "indicator")
    assert [g[0] for g in got[:2]] == ["other:amount", "other:sector_growth"]  # had been gdp and gdp_growth


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Kunshan will realize an intermediary trade volume of 10 billion yuan by 2025.", "other:amount"),
        ("Kunshan's port trade volume reached 50 billion yuan in 2023.", "other:amount"),  # a guard
        ("Kunshan's trade volume reached 50 billion yuan in 2023.", "foreign_trade"),  # a guard
        ("Kunshan's total trade volume reached 50 billion yuan in 2023.", "foreign_trade"),  # a guard
    ],
)
def test_a_kind_of_trade_volume_is_not_foreign_trade(text, indicator):
    assert brief(claims(text, published="2024-03-01"), "indicator") == [(indicator,)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Changsha County covers a 1,997-square-kilometer area with 13 towns.", 1997),
        ("The 371-square-kilometre Minhang district is home to 2.65 million people.", 371),
        ("Kunshan, a 931-sq-km county-level city, has 2.1 million residents.", 931),
    ],
)
def test_an_area_written_as_a_hyphenated_adjective_is_the_places_area(text, value):
    got = brief(claims(text, published="2024-03-01"), "indicator", "value", "unit")
    assert got[0] == ("area", value, "km2")  # the figure had been skipped as a compound adjective


@pytest.mark.parametrize(
    "text",
    [
        "Shunde has an area of 806 k㎡ and 2.5 million residents.",
        "顺德区面积806㎢，常住人口251万。",
        "顺德区面积806 km²，常住人口251万。",
    ],
)
def test_square_kilometres_written_as_one_character_are_an_area(text):
    got = brief(claims(text, published="2024-06-01"), "region", "indicator", "value")
    assert got[0] == ("440606", "area", 806)  # had been dropped: the unit went unread


def test_the_working_population_is_not_the_population():
    text = "In 2023, Kunshan's working population reached 1.3 million."
    assert brief(claims(text, published="2024-06-01"), "indicator") == [("other:persons",)]  # had been population


def test_the_information_economy_is_a_part_of_the_economy():
    text = "In 2023, the added value of Suzhou's information economy reached 500 billion yuan."
    assert brief(claims(text, published="2024-03-01"), "indicator") == [("other:sector_economy",)]  # had been gdp


def test_a_parts_growth_after_its_share_of_gdp_is_not_gdp_growth():
    text = (
        "The added value of the core industries of Suzhou's digital economy reached 300 billion yuan in the first "
        "half, accounting for 25.1% of GDP with a year-on-year growth of 12.7%."
    )
    got = brief(claims(text, published="2024-03-01"), "indicator", "value")
    assert got[-1] == ("other:growth", 12.7)  # had been gdp_growth: the GDP the share is of


def test_a_places_growth_after_its_share_of_a_larger_economy_is_still_gdp_growth():  # a guard
    text = (
        "Suzhou's GDP reached 1,230 billion yuan, making up 9 percent of Jiangsu's economy, with a growth of 5 percent."
    )
    assert brief(claims(text, published="2024-03-01"), "indicator", "value")[-1] == ("gdp_growth", 5)


@pytest.mark.parametrize(
    "text",
    [
        "Suzhou's GDP grew 5.0% in 2023, which is 0.8% higher than the national growth rate.",
        "Suzhou's GDP grew 5.0% in 2023, 0.8% higher than the national growth rate.",  # a guard
    ],
)
def test_a_rate_higher_than_another_after_which_is_is_a_gap(text):
    got = brief(claims(text, published="2024-03-01"), "indicator", "value")
    assert got[-1] == ("other:percentage_points", 0.8)  # the first had been gdp_growth 0.8


@pytest.mark.parametrize(
    "last",
    ["Growth of 9.4% and 23% respectively.", "Growth rates were 9.4% and 23% respectively."],
)
def test_rates_respectively_after_two_other_measures_are_theirs(last):
    text = (
        "In the first half, Xining's GDP was 37.3 billion yuan, an increase of 14.1%. Urban residents' per capita"
        f" disposable income was 7,909 yuan, and the per capita cash income of farmers 3,674 yuan. {last}"
    )
    got = brief(claims(text, published="2012-07-25"), "indicator", "value")
    assert [i for i, v in got if v in (9.4, 23.0)] == ["other:growth", "other:growth"]  # had been gdp_growth


def test_rates_respectively_after_two_gdp_figures_stay_gdp_growth():  # a guard: it passed before
    text = (
        "Xining's GDP was 37.3 billion yuan in the first half and 80.1 billion yuan in 2011."
        " Growth was 14.1% and 11.2% respectively."
    )
    got = brief(claims(text, published="2012-07-25"), "indicator", "value")
    assert [i for i, v in got if v in (14.1, 11.2)] == ["gdp_growth", "gdp_growth"]


def test_the_output_of_a_part_of_the_economy_is_no_gdp():
    text = (
        "Jinjiang's GDP reached 320 billion yuan in 2022. Its private economy has an output of over 800 billion yuan."
    )
    got = brief(claims(text, published="2024-01-10"), "indicator", "value")
    assert got == [("gdp", 3.2e11), ("other:output", 8e11)]  # had been gdp 800 billion


def test_a_places_output_is_still_its_gdp():  # a guard: it passed before
    got = brief(claims("Jinjiang posted an output of 320 billion yuan in 2022.", published="2024-01-10"), "indicator")
    assert got == [("gdp",)]


def test_the_output_of_a_counted_set_of_firms_is_theirs_not_the_places_industry():
    """Was industrial_output: 'Fifty-two firms of leading industries' are a part of the district's industry."""
    text = (
        "Huadu's leading industries grew fast. Fifty-two firms of relevant leading industries produced a total output "
        "value of about 7.5 billion yuan in 2020."
    )
    got = brief(claims(text, published="2021-04-01"), "indicator")
    assert got == [("other:output",)]


def test_the_output_of_all_firms_above_designated_size_is_still_industrial_output():  # guard
    text = (
        "In 2020, Huadu's 1,200 industrial enterprises above designated size produced a total output value of "
        "75 billion yuan."
    )
    got = brief(claims(text, published="2021-04-01"), "indicator")
    assert got[-1] == ("industrial_output",)


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, above-designated-size companies in Cixi's new-energy sector, home-appliance sector and digital "
        "economy sector respectively generated 8.2 billion yuan, 6.1 billion yuan, as well as 3.4 billion yuan in "
        "industrial value-added.",
        "In 2023, companies in Cixi's home-appliance industry generated 6.1 billion yuan in industrial value-added.",
    ],
)
def test_the_value_added_of_companies_in_a_sector_is_that_sectors_not_the_places(text):
    got = [c.to_dict() for c in extract_claims(text, lang="en", published="2024-03-01")]
    assert got and [c["indicator"] for c in got if not c["indicator"].startswith("other:")] == []


def test_the_value_added_of_all_industrial_companies_of_a_place_is_the_places():  # a guard: passed before
    text = "In 2023, industrial companies above designated size in Cixi generated 60 billion yuan in value added."
    got = [c.to_dict() for c in extract_claims(text, lang="en", published="2024-03-01")]
    assert [(c["region"], c["indicator"]) for c in got] == [("330282", "industrial_value_added")]


@pytest.mark.parametrize(
    "text",
    [
        "2023年，江西省对东盟进出口820亿元，增长6%。",
        "2023年，江西省与共建一带一路国家进出口2100亿元，增长4%。",
        "In 2023, Jiangxi's foreign trade with ASEAN members totaled 82 billion yuan, up 6 percent.",
        "Jiangxi's foreign trade came to 570 billion yuan in 2023. Its trade with Belt and Road countries rose 4 "
        "percent to 210 billion yuan.",
    ],
    ids=["zh-dui", "zh-yu", "en-foreign-trade-with", "en-trade-with"],
)
def test_trade_with_a_partner_is_no_total_of_foreign_trade(text):
    # the partner's trade had been the province's total imports and exports (in English, carried from the total)
    got = [c for c in claims(text, published="2024-01-25") if c["value"] != 5.7e11]  # not the total said first
    assert got and [c for c in got if c["indicator"] == "foreign_trade"] == []


@pytest.mark.parametrize(
    "text",
    [
        "2023年，昆山加工贸易进出口额达4000亿元。",
        "2023年，昆山进出口总额9000亿元，其中一般贸易进出口2000亿元。",
        "In 2023, Kunshan's processing trade import and export value was 400 billion yuan.",
        "In 2023, Kunshan's imports and exports via general trade reached 200 billion yuan.",
    ],
    ids=["zh-processing", "zh-general-of-which", "en-processing", "en-via-general"],
)
def test_trade_by_one_mode_is_no_total_of_foreign_trade(text):
    # processing or general trade (加工贸易, 一般贸易) is a part of the total; it had been the total itself
    got = [c for c in claims(text, published="2024-01-25") if c["value"] != 9e11]
    assert [c["indicator"] for c in got] == ["other:foreign_trade_by_mode"]


def test_total_foreign_trade_is_still_foreign_trade():  # a guard: 与上年相比 names no partner
    got = claims("2023年，江西省进出口总额5700亿元，与上年相比进出口总额下降11%。", published="2024-01-25")
    assert brief(got, "indicator", "value")[0] == ("foreign_trade", 5.7e11)


def test_a_percent_of_a_money_measure_with_no_base_place_is_a_share():
    # 占全省外贸总值的51.2% had been foreign_trade in percent: no measure of the vocabulary in yuan is a percent
    text = "2023年，江西省对共建一带一路国家出口1500亿元，占全省外贸进出口总值的26.3%。"
    got = claims(text, published="2024-01-25")
    assert [(c["indicator"], c["unit"]) for c in got if c["value"] == 26.3] == [("other:share", "percent")]


def test_a_figure_with_its_measure_named_after_it_takes_no_measure_before():
    # 48.5亿的财政总收入 had taken the industrial output named in the clause before (and 白酒产业贡献了 too)
    text = "怀仁县2015年290亿的工业总产值中，酿酒产业贡献了261亿，全县48.5亿的财政总收入中，酒业占了40亿。"
    got = brief(claims(text, published="2016-05-01"), "indicator", "value")
    assert got[0] == ("industrial_output", 2.9e10)
    assert [i for i, v in got[1:] if i == "industrial_output"] == []


def test_a_measure_named_after_its_figure_is_that_measure():  # a guard: the vocabulary's measure after 的
    got = claims("2015年，怀仁县全年实现155亿的地区生产总值。", published="2016-05-01")
    assert brief(got, "indicator", "value") == [("gdp", 1.55e10)]


@pytest.mark.parametrize(
    "text",
    [
        "东莞也不示弱，上半年增量直接破五百亿，达到512.3亿元，第二季度也拿下268.4亿元。",
        "上半年各区GDP都比去年同期有所增长，其中南沙区增长总量最大，增加了98.6亿元；从化区增长总量最小，只有5.1亿元。",
    ],
    ids=["increment-list", "increment-smallest"],
)
def test_figures_after_an_increment_named_are_changes_not_levels(text):
    # the figures after 增量 or 增长总量, not next to the word, had been GDP levels
    got = claims(text, published="2025-07-30")
    assert got and [c for c in got if not c["indicator"].endswith("_change")] == []


def test_a_level_named_after_an_increment_is_a_level():  # a guard: 总量 after the increment is the level again
    got = claims("2024年，东莞市GDP增量居全省第三，经济总量达到12282亿元。", published="2025-02-01")
    assert brief(got, "indicator", "value")[-1] == ("gdp", 1.2282e12)


def test_a_bare_gdp_number_in_a_text_counting_in_yi_is_in_yi_with_its_unit_marked_unsaid():
    # a self-media data list: GDP then a bare number, the text counting in 亿 before it (had given no claim)
    text = "慈溪2025年GDP近3000亿。2025年数据情况：宁波：GDP18147.6；实际增速5.6%。余姚：GDP1601.3；实际增速5.2%。"
    got = [c for c in claims(text, published="2026-02-10") if c["indicator"] == "gdp"]
    assert [(c["region"], c["value"], "unit" in c["inferred"]) for c in got[1:]] == [
        ("330200", 1.81476e12, True),
        ("330281", 1.6013e11, True),
    ]


@pytest.mark.parametrize(
    "text",
    ["宁波：GDP18147.6；实际增速5.6%。", "2025年数据：宁波经济总量超1.8万亿元，人均GDP 18.9；实际增速5.6%。"],
    ids=["no-yi-before", "per-head"],
)
def test_a_bare_number_is_no_gdp_without_yi_before_it_nor_after_per_head_gdp(text):  # guards
    got = claims(text, published="2026-02-10")
    assert [c for c in got if c["indicator"] == "gdp" and "unit" in c["inferred"]] == []


def test_a_level_a_place_rose_from_in_a_story_about_gdp_is_its_gdp():
    # no measure named: 从2020年的5120.5亿元到…的六千亿规模 had been other:amount in a story about GDP
    text = "福田区GDP突破6000亿元。福田的增长稳扎稳打。从2020年的5120.5亿元到2025年的六千亿规模，五年间福田区稳步前行。"
    got = claims(text, published="2026-02-01")
    assert ("440304", "gdp", "2020", 5.1205e11) in brief(got, "region", "indicator", "period", "value")


def test_a_level_risen_from_in_a_story_about_something_else_stays_unnamed():  # a guard: no GDP topic
    text = "福田区大力发展金融业。福田的金融稳扎稳打。从2020年的1200.5亿元到2025年的1800亿元，五年间稳步前行。"
    got = claims(text, published="2026-02-01")
    assert [c for c in got if c["indicator"] == "gdp"] == []
