"""Figures listed 分别/respectively after a list of places or of measures, and the places of such a list;
sentences written for these tests (figures illustrative)."""

from __future__ import annotations

import pytest

from conftest import brief, claims


def test_a_member_the_gazetteer_lacks_keeps_its_figure_from_the_place_before_it():
    cs = claims("2025年，盐田区、大鹏新区地区生产总值分别为820亿元、510亿元。")
    assert brief(cs, "region", "value") == [("440308", 8.2e10)]


@pytest.mark.parametrize(
    "text",
    [
        "2025年，盐田区和大鹏新区地区生产总值分别为820亿元、510亿元。",  # both went: 和大鹏新区 read as Yantian's zone
        "2025年，深圳盐田区、大鹏新区地区生产总值分别为820亿元、510亿元。",  # 820 went to Shenzhen
        "2025年，深圳盐田区和大鹏新区地区生产总值分别为820亿元、510亿元。",
    ],
)
def test_a_member_the_gazetteer_lacks_after_and_or_after_a_city_keeps_the_places_figure(text):
    assert brief(claims(text), "region", "value") == [("440308", 8.2e10)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2025, Yantian District and Dapeng New Area had GDP of 82 billion yuan and 51 billion yuan respectively.",
        "In 2025, Shenzhen's Yantian and Dapeng New Area had GDP of 82 billion and 51 billion yuan respectively.",
    ],
)
def test_a_zone_listed_in_english_takes_its_figure_away_from_the_places(text):
    assert brief(claims(text), "region", "value") == [("440308", 8.2e10)]  # both were Yantian's


def test_a_zone_named_for_a_city_in_a_list_is_no_ones():  # a guard: not Chengdu's
    cs = claims("2025年，成都高新区和武侯区地区生产总值分别为3200亿元和1500亿元。")
    assert brief(cs, "region", "value") == [("510107", 1.5e11)]
    cs = claims("In 2025, the Chengdu Hi-tech Zone and Wuhou District had GDP of 320 and 150 billion respectively.")
    assert brief(cs, "region", "value") == [("510107", 1.5e11)]


def test_a_list_of_places_none_of_them_known_gives_no_claim():
    assert claims("2025年，长三角、珠三角地区生产总值分别为33万亿元、12万亿元。") == []


def test_a_full_name_is_not_read_as_a_short_name_ending_inside_it():
    cs = claims("2025年，南山区、福田区和龙岗区地区生产总值分别为1.1万亿元、6200亿元和5100亿元。")
    assert brief(cs, "region") == [("440305",), ("440304",), ("440307",)]  # not 和龙 (Helong, 222406)
    assert brief(claims("2025年，和龙市地区生产总值82亿元。"), "region") == [("222406",)]


def test_each_place_of_a_list_grew_by_its_own_figure():
    cs = claims("2025年，南山区、福田区和龙岗区分别增长6.2%、5.4%和4.9%。")
    assert brief(cs, "region", "indicator", "value") == [
        ("440305", "gdp_growth", 6.2),
        ("440304", "gdp_growth", 5.4),
        ("440307", "gdp_growth", 4.9),
    ]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("2025年，光明区以10.4%的增速领跑全市。", "gdp_growth"),
        ("2025年，昆山市增长5.3%，高于全省平均水平。", "gdp_growth"),
        ("2025年，昆山市进出口增长5.3%。", "other:foreign_trade_growth"),
    ],
)
def test_a_chinese_place_that_grew_grew_its_economy(sentence, indicator):
    assert brief(claims(sentence), "indicator") == [(indicator,)]


def test_a_list_of_measures_gives_each_figure_its_measure():
    cs = claims("2025年，昆山市地区生产总值、一般公共预算收入分别增长5.6%、3.1%。")
    assert brief(cs, "indicator", "value") == [("gdp_growth", 5.6), ("other:fiscal_revenue_growth", 3.1)]
    cs = claims("2025年，昆山市社会消费品零售总额、进出口总额分别为1850亿元、9100亿元。")
    assert brief(cs, "indicator", "value") == [("retail_sales", 1.85e11), ("foreign_trade", 9.1e11)]


def test_a_list_of_measures_does_not_lend_the_first_measure_to_the_others():
    cs = claims("2025年，昆山市地区生产总值、居民人均可支配收入、一般公共预算收入分别增长5.6%、4.8%。")
    assert [c["indicator"] for c in cs].count("gdp_growth") <= 1


def test_clauses_after_semicolons_go_on_with_the_measure():
    cs = claims("Nanshan's GDP: 2023, 870 billion yuan; 2024, 950 billion yuan; 2025, 1.05 trillion yuan.")
    assert brief(cs, "indicator", "period") == [("gdp", "2023"), ("gdp", "2024"), ("gdp", "2025")]


def test_the_two_places_named_last_take_a_pair_of_figures_in_order():
    text = "张家港去年实现地区生产总值3400亿元，常熟紧随其后，达到3000亿元，两地增速分别为5.1%和5.6%。"
    got = brief(claims(text, published="2025-02-20"), "region", "indicator", "value")
    assert ("320582", "gdp_growth", 5.1) in got  # 张家港
    assert ("320581", "gdp_growth", 5.6) in got  # 常熟


def test_a_level_and_its_per_capita_form_listed_together_keep_their_units_and_growth():
    text = (
        "In 2017, Xiaoshan's GDP and per capita GDP stood at 180 billion yuan and 120,000 yuan, "
        "growing by 7.5 percent and 6.8 percent respectively."
    )
    got = brief(claims(text, published="2018-05-01"), "indicator", "value", "unit")
    assert got == [
        ("gdp", 180e9, "CNY"),
        ("gdp_per_capita", 120000, "CNY_per_person"),
        ("gdp_growth", 7.5, "percent"),
        ("other:gdp_per_capita_growth", 6.8, "percent"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2017 the added value of Xiaoshan's primary, secondary and tertiary industries were 5 billion yuan, "
        "85 billion yuan and 90 billion yuan.",
        "2017年，萧山区第一、二、三产业增加值为50亿元、850亿元、900亿元。",
        "2017年，萧山区第一、第二、第三产业增加值分别为50亿元、850亿元、900亿元。",
    ],
)
def test_sectors_listed_before_as_many_figures_take_them_in_order(text):
    assert brief(claims(text, published="2018-05-01"), "region", "indicator", "value") == [
        ("330109", "primary_value_added", 5e9),
        ("330109", "secondary_value_added", 85e9),
        ("330109", "tertiary_value_added", 90e9),
    ]


def test_a_signed_rate_after_a_level_in_a_ranked_list_is_its_growth():
    text = (
        "Top districts by GDP in 2024\n\n"
        "1. Tianhe (Guangzhou) – 640 billion yuan, +4.2%\n2. Futian (Shenzhen) – 620 billion yuan, +5.0%"
    )
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert ("440106", "gdp_growth", 4.2) in got and ("440304", "gdp_growth", 5.0) in got


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan and Futian posted growth of 6.8 and 5.3 percent last year.",
        "Nanshan and Futian grew 6.8, and 5.3 percent last year.",
    ],
)
def test_bare_numbers_listed_before_a_percentage_share_its_unit(text):
    got = claims(text, published="2025-03-01")
    assert brief(got, "region", "indicator", "value") == [
        ("440305", "gdp_growth", 6.8),
        ("440304", "gdp_growth", 5.3),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan accounted for 26 percent of Shenzhen's GDP, Futian for 17 percent.",
        "Nanshan accounted for 26 percent of Shenzhen's GDP, with Futian at 17 percent.",
    ],
)
def test_a_share_said_again_of_another_place_with_its_verb_left_out(text):
    got = claims(text, published="2025-03-01")
    assert brief(got, "region", "indicator", "relative_to") == [
        ("440305", "gdp", "440300"),
        ("440304", "gdp", "440300"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2025年，天河区经济总量占全市的20.9%，黄埔区和番禺区分别占14.5%和9.9%。",
        "2025年，天河区经济总量占全市的20.9%，黄埔区、番禺区分别为14.5%和9.9%。",
        "In 2025, Tianhe accounted for 20.9 percent of Guangzhou's GDP, while Huangpu and Panyu accounted for "
        "14.5 percent and 9.9 percent respectively.",
    ],
)
def test_shares_listed_respectively_after_a_share_are_of_the_same_whole(text):
    got = claims(text, published="2026-02-20")  # the two were other:percent (other:share)
    assert brief(got, "region", "indicator", "relative_to") == [
        ("440106", "gdp", "440100"),
        ("440112", "gdp", "440100"),
        ("440113", "gdp", "440100"),
    ]


def test_a_range_of_percentages_is_not_a_list():
    """Guard: '5 to 6 percent' stays a range: its ends, at least 5 and at most 6."""
    got = claims("Nanshan expects growth of 5 to 6 percent this year.", published="2025-03-01")
    assert brief(got, "value", "qualifier") == [(5.0, "at_least"), (6.0, "at_most")]


@pytest.mark.parametrize("text", ["南山区GDP占深圳市的26%，福田区占17%。", "南山区GDP占深圳市的26%，福田区为17%。"])
def test_a_chinese_share_said_again_of_another_place(text):
    got = claims(text, published="2025-03-01")
    assert brief(got, "region", "indicator", "relative_to") == [
        ("440305", "gdp", "440300"),
        ("440304", "gdp", "440300"),
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "2024年昆山GDP为5140.6亿元，江阴为4950.8亿元，张家港为3400.5亿元。三地GDP增速分别为3.2%、5.9%和4.5%。",
            "2025-07-20",
        ),
        (
            "Kunshan, Jiangyin and Zhangjiagang are Jiangsu's top counties. Last year the three counties grew "
            "3.2, 5.9 and 4.5 percent respectively.",
            "2025-07-20",
        ),
    ],
)
def test_a_group_named_by_its_size_takes_the_places_named_last_in_order(text, published):
    got = [c for c in claims(text, published=published) if c["indicator"] == "gdp_growth"]
    assert brief(got, "region", "value") == [("320583", 3.2), ("320281", 5.9), ("320582", 4.5)]


def test_a_places_figure_said_after_a_per_capita_figure_is_per_capita_and_a_total_is_not():
    zh = claims("江阴人均GDP达到27.9万元，位列三地之首；昆山为24.3万元。", published="2025-07-20")
    assert brief(zh, "region", "indicator") == [("320281", "gdp_per_capita"), ("320583", "gdp_per_capita")]
    en = claims(
        "Nanshan's per-capita GDP was 510,000 yuan. Futian generated about 630 billion yuan.", published="2025-07-20"
    )
    assert brief(en, "indicator")[-1] == ("gdp",)


def test_rates_listed_under_a_growth_heading_after_a_colon_are_growth():
    text = "一季度各县市经济运行情况\n\n分地区看，增速居前的有：长沙县（7.2%）、浏阳市（6.9%）、宁乡市（6.5%）。"
    got = claims(text, published="2025-04-28")
    assert brief(got, "region", "indicator", "period") == [
        ("430121", "gdp_growth", "2025-Q1"),
        ("430181", "gdp_growth", "2025-Q1"),
        ("430182", "gdp_growth", "2025-Q1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2024年桐乡市城镇和农村常住居民人均可支配收入分别为43210元和29870元。",
        "In Tongxiang, per capita disposable income of urban and rural residents was 43,210 yuan and "
        "29,870 yuan respectively in 2024.",
        # the pair named further back, a conversion between the figures, or no 'respectively': both were rural
        "The urban and rural per capita disposable incomes of Tongxiang in the year 2024 came to 43,210 yuan "
        "($6,010) and 29,870 yuan respectively.",
        "Tongxiang's urban and rural residents' per capita disposable income was 43,210 yuan and 29,870 yuan in 2024.",
    ],
)
def test_urban_and_rural_incomes_said_together_go_in_order(text):
    got = [c["indicator"] for c in claims(text, published="2025-03-01") if c["unit"] != "USD"]
    assert got == ["other:urban_disposable_income_per_capita", "other:rural_disposable_income_per_capita"]


def test_growth_said_once_for_a_list_with_the_verb_left_out():
    text = "Changshu grew 4.1 percent in 2024, Taicang 5.2 percent and Zhangjiagang 5.9 percent."
    got = brief(claims(text, published="2025-03-01"), "region", "indicator")
    assert got == [("320581", "gdp_growth"), ("320585", "gdp_growth"), ("320582", "gdp_growth")]


def test_a_figure_set_after_a_place_compared_is_that_places():
    text = "Kunshan, with 2024 GDP of 514 billion yuan, stayed ahead of Jiangyin, at 505 billion yuan."
    assert brief(claims(text, published="2025-03-01"), "region", "indicator") == [
        ("320583", "gdp"),
        ("320281", "gdp"),
    ]


def test_a_short_name_listed_beside_kept_names_is_kept():
    text = "2024年，昆山、江阴、张家港三市地区生产总值分别为5140亿元、5050亿元和3520亿元。"
    assert [c["region"] for c in claims(text, published="2025-03-01")] == ["320583", "320281", "320582"]


# Sentences naming two or three places, each with the (region, indicator) of its figures in order.
_MULTI_TABLE = [
    (
        "en",
        "Kunshan's GDP was 514 billion yuan in 2024, while Jiangyin's was 505 billion yuan.",
        [("320583", "gdp"), ("320281", "gdp")],
    ),
    (
        "en",
        "Kunshan and Jiangyin posted GDP of 514 billion yuan and 505 billion yuan respectively in 2024.",
        [("320583", "gdp"), ("320281", "gdp")],
    ),
    (
        "en",
        "In 2024, GDP reached 514 billion yuan in Kunshan and 505 billion yuan in Jiangyin.",
        [("320583", "gdp"), ("320281", "gdp")],
    ),
    (
        "en",
        "Kunshan (514 billion yuan), Jiangyin (505 billion yuan) and Zhangjiagang (352 billion yuan) led the "
        "2024 ranking by GDP.",
        [("320583", "gdp"), ("320281", "gdp"), ("320582", "gdp")],
    ),
    (
        "en",
        "Kunshan grew 3.2 percent in 2024, Jiangyin 5.8 percent and Zhangjiagang 5.9 percent.",
        [("320583", "gdp_growth"), ("320281", "gdp_growth"), ("320582", "gdp_growth")],
    ),
    (
        "en",
        "Jiangyin grew 5.8 percent in 2024, faster than Kunshan's 3.2 percent.",
        [("320281", "gdp_growth"), ("320583", "gdp_growth")],
    ),
    (
        "en",
        "Jiangyin's GDP of 505 billion yuan in 2024 trailed Kunshan's 514 billion yuan.",
        [("320281", "gdp"), ("320583", "gdp")],
    ),
    ("en", "With GDP of 514 billion yuan in 2024, Kunshan stayed ahead of Jiangyin.", [("320583", "gdp")]),
    (
        "en",
        "Kunshan, with 2024 GDP of 514 billion yuan, stayed ahead of Jiangyin, at 505 billion yuan.",
        [("320583", "gdp"), ("320281", "gdp")],
    ),
    (
        "en",
        "The GDP of Kunshan and Jiangyin was 514 billion yuan and 505 billion yuan respectively in 2024.",
        [("320583", "gdp"), ("320281", "gdp")],
    ),
    (
        "en",
        "In 2024 Kunshan's economy expanded 3.2 percent to 514 billion yuan; Jiangyin's grew 5.8 percent to "
        "505 billion yuan.",
        [("320583", "gdp_growth"), ("320583", "gdp"), ("320281", "gdp_growth"), ("320281", "gdp")],
    ),
    ("en", "Both Kunshan and Jiangyin topped 500 billion yuan in 2024.", [("320583", "gdp"), ("320281", "gdp")]),
    ("zh", "2024年，昆山市、江阴市地区生产总值分别为5140亿元、5050亿元。", [("320583", "gdp"), ("320281", "gdp")]),
    (
        "zh",
        "2024年，昆山市地区生产总值5140亿元，江阴市5050亿元，张家港市3520亿元。",
        [("320583", "gdp"), ("320281", "gdp"), ("320582", "gdp")],
    ),
    (
        "zh",
        "2024年，昆山市GDP为5140亿元，增长3.2%；江阴市GDP为5050亿元，增长5.8%。",
        [("320583", "gdp"), ("320583", "gdp_growth"), ("320281", "gdp"), ("320281", "gdp_growth")],
    ),
    (
        "zh",
        "2024年，江阴市地区生产总值增长5.8%，高于昆山市的3.2%。",
        [("320281", "gdp_growth"), ("320583", "gdp_growth")],
    ),
    ("zh", "2024年，江阴市地区生产总值5050亿元，仅次于昆山市的5140亿元。", [("320281", "gdp"), ("320583", "gdp")]),
    (
        "zh",
        "2024年，昆山、江阴、张家港三市地区生产总值分别为5140亿元、5050亿元和3520亿元。",
        [("320583", "gdp"), ("320281", "gdp"), ("320582", "gdp")],
    ),
    (
        "zh",
        "2024年，昆山市（5140亿元）、江阴市（5050亿元）位列全国百强县前两位。",
        [("320583", "gdp"), ("320281", "gdp")],
    ),
    ("zh", "2024年昆山市和江阴市GDP均超过5000亿元。", [("320583", "gdp"), ("320281", "gdp")]),
    ("zh", "2024年，江阴市以5050亿元的地区生产总值位居第二。", [("320281", "gdp")]),
    ("zh", "2024年，江阴市地区生产总值比昆山市少90亿元。", [("320281", "other:gdp_gap")]),
    ("zh", "2024年，昆山市和江阴市GDP合计10190亿元。", []),
    (
        "en",
        "Kunshan's GDP was 514 billion yuan in 2024, up 5.5 percent, and Jiangyin 505 billion yuan, up 6.1 percent.",
        [("320583", "gdp"), ("320583", "gdp_growth"), ("320281", "gdp"), ("320281", "gdp_growth")],
    ),
    (
        "en",
        "Kunshan posted 514 billion yuan in 2024, up 5.5 percent, while Jiangyin recorded 505 billion yuan, a rise "
        "of 6.1 percent.",
        [("320583", "gdp"), ("320583", "gdp_growth"), ("320281", "gdp"), ("320281", "gdp_growth")],
    ),
    (
        "en",
        "In 2024, GDP growth in Kunshan, Jiangyin and Zhangjiagang was 5.1%, 6.3% and 4.8%, respectively.",
        [("320583", "gdp_growth"), ("320281", "gdp_growth"), ("320582", "gdp_growth")],
    ),
    (
        "zh",
        "2024年，昆山GDP增长5.1%，江阴增长6.3%，张家港增长4.8%。",  # 江阴 has no sibling named: its rate says it
        [("320583", "gdp_growth"), ("320281", "gdp_growth"), ("320582", "gdp_growth")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _MULTI_TABLE)
def test_the_table_of_sentences_naming_several_places(lang, text, expected):
    assert brief(claims(text, lang=lang, published="2025-03-01"), "region", "indicator") == expected


def test_a_gap_between_two_places_is_one_figure_of_the_first():
    got = claims("2021年，天河区与越秀区GDP差距仅33亿元。", published="2022-03-01")
    assert brief(got, "region", "indicator", "value") == [("440106", "other:gdp_gap", 3.3e9)]


def test_growth_against_the_first_quarter_is_kept_in_percentage_points():
    got = claims("上半年，江岸区GDP增长5%，较一季度加快0.6个百分点。", published="2025-08-01")
    assert brief(got, "indicator", "value") == [("gdp_growth", 5.0), ("other:percentage_points", 0.6)]


def test_a_share_of_several_places_combined_is_no_one_places():
    text = "2024年，晋江、石狮、南安三市GDP合计超过6400亿元，占泉州全市的比重超过五成。"
    assert claims(text, published="2025-02-28") == []


def test_a_quote_does_not_start_with_the_bracket_its_figure_opens():
    got = claims("2024年，晋江市地区生产总值3568.2亿元（约合501亿美元）。", published="2025-02-28")
    assert [c["quote"] for c in got][-1] == "约合501亿美元"


@pytest.mark.parametrize(
    "text",
    [
        "2022—2024年，昆山市GDP分别为4800亿元、5000亿元和5280亿元。",
        "From 2022 to 2024, Kunshan's GDP was 480 billion yuan, 500 billion yuan and 528 billion yuan respectively.",
    ],
)
def test_a_span_of_years_with_as_many_figures_gives_one_a_year(text):
    assert [c["period"] for c in claims(text, published="2025-03-01")] == ["2022", "2023", "2024"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "2022-2024年，昆山市GDP分别为4800亿元、5000亿元和5280亿元，增速分别为5.0%、5.8%和5.5%。",
            ["2022", "2023", "2024", "2022", "2023", "2024"],
        ),
        (
            "2022-2024年，昆山市GDP分别为4800亿元、5000亿元和5280亿元，年均增长约4.9%。",
            ["2022", "2023", "2024", "2023/2024"],
        ),
    ],
)
def test_a_span_of_years_gives_one_a_year_to_each_list_of_its_own_unit(text, periods):
    assert [c["period"] for c in claims(text, published="2025-03-01")] == periods


def test_respectively_pairs_the_places_of_its_own_clause_after_other_figures():
    text = "2024年江苏县域GDP排名：昆山5280亿元、江阴5050亿元，宜兴、丹阳分别为2300亿元和1500亿元。"
    got = brief(claims(text, published="2025-03-01"), "region", "value")
    assert got == [("320583", 5.28e11), ("320281", 5.05e11), ("320282", 2.3e11), ("321181", 1.5e11)]


def test_the_two_provinces_named_last_take_a_pair_of_figures_in_order():
    text = "2024年，江苏省GDP为13.7万亿元，浙江省为9万亿元，两省增速分别为5.8%和5.5%。"
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got[-2:] == [("320000", "gdp_growth", 5.8), ("330000", "gdp_growth", 5.5)]


def test_respectively_after_a_clause_naming_the_rate_gives_that_rate():
    text = "2025年，广州市各区GDP出炉。从化区、增城区的增速也跑赢全市，分别为5.1%和4.6%。"
    got = claims(text, published="2026-02-10")
    assert brief(got, "region", "indicator", "value") == [
        ("440117", "gdp_growth", 5.1),
        ("440118", "gdp_growth", 4.6),
    ]


def test_a_sum_a_district_leads_with_in_a_sentence_about_its_gdp_is_its_gdp():
    text = "广州各区GDP出炉\n\n天河区以6520.3亿元继续领跑，经济总量占全市的20.8%。"
    got = claims(text, published="2026-02-10")
    assert brief(got, "region", "indicator", "value")[0] == ("440106", "gdp", 652.03e9)


def test_urban_and_rural_incomes_written_as_cheng_xiang_respectively():
    text = "2025年上半年，缙云县城乡居民人均可支配收入分别为38562元和21340元。"
    got = claims(text, published="2025-07-28")
    assert [c["indicator"] for c in got] == [
        "other:urban_disposable_income_per_capita",
        "other:rural_disposable_income_per_capita",
    ]


def test_a_list_of_years_and_levels_keeps_the_measure_of_its_first_items():
    text = (
        "南山区设立之初，GDP仅为11.2亿元。"
        "此后经济快速增长：2013年迈上3000亿元台阶，2016年超过4000亿元，2021年达到7700亿元。"
    )
    got = claims(text, published="2026-03-01")
    assert [(c["indicator"], c["period"]) for c in got][1:] == [
        ("gdp", "2013"),
        ("gdp", "2016"),
        ("gdp", "2021"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In 2024, the listed companies and high-tech enterprises in Cixi numbered 21 and 1,650 respectively.",
            "en",
        ),
        ("2024年，慈溪市上市公司和高新技术企业分别达到21家和1650家。", "zh"),
    ],
)
def test_counts_listed_respectively_take_the_counted_measures_in_order(text, lang):
    got = brief(claims(text, lang=lang, published="2025-03-01"), "indicator", "period", "value")
    assert got == [("listed_companies", "2024", 21), ("high_tech_enterprises", "2024", 1650)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "By 2026, Cixi plans to have more than 30 listed companies and 2,000 high-tech enterprises, "
            "up from 21 and 1,650 respectively at the end of 2024.",
            "2024",
        ),
        (
            "In 2024, Cixi had 21 listed companies and 1,650 high-tech enterprises, "
            "up from 19 and 1,500 respectively a year earlier.",
            "2023",
        ),
    ],
)
def test_the_earlier_values_after_up_from_are_those_of_the_measures_before_in_order(text, period):
    got = brief(claims(text, published="2025-03-01"), "indicator", "period", "qualifier", "kind")
    assert got[2:] == [
        ("listed_companies", period, "exact", "actual"),
        ("high_tech_enterprises", period, "exact", "actual"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("福田、罗湖表现稳健。两区GDP分别为5050亿元和2640亿元，分别增长5.8%和6.0%。", "zh"),
        (
            "Futian and Luohu held steady. The two districts' GDP was 505 billion and 264 billion yuan, "
            "up 5.8 and 6.0 percent respectively.",
            "en",
        ),
    ],
)
def test_two_places_spoken_of_as_a_group_take_each_units_list_in_order(text, lang):
    got = brief(claims(text, lang=lang, published="2022-02-10"), "region", "indicator", "value")
    assert got == [
        ("440304", "gdp", 5.05e11),
        ("440303", "gdp", 2.64e11),
        ("440304", "gdp_growth", 5.8),
        ("440303", "gdp_growth", 6.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Luohu grew 3.9%, while Futian and Longhua grew 5.1% and 5.4%.",
            [("440303", 3.9), ("440304", 5.1), ("440309", 5.4)],
        ),
        (
            "Luohu grew 3.9%, and Futian and Longhua both grew 5.1%.",
            [("440303", 3.9), ("440304", 5.1), ("440309", 5.1)],
        ),
    ],
)
def test_a_later_clause_listing_places_and_as_many_figures_pairs_them_in_order(text, expected):
    got = brief(claims(text, published="2026-02-10"), "region", "value")
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Futian and Longgang posted GDP of 640 billion yuan and 577 billion yuan respectively, "
        "up 5.8 percent and 4.1 percent respectively.",
        "Futian and Longgang posted GDP of 640 billion yuan and 577 billion yuan, "
        "and growth of 5.8 percent and 4.1 percent, respectively.",
        "福田区、龙岗区GDP分别为6400亿元和5770亿元，分别增长5.8%和4.1%。",
    ],
)
def test_two_lists_of_the_same_places_give_each_place_one_figure_of_each(text):
    got = brief(claims(text, published="2026-02-02"), "region", "indicator", "value")
    assert sorted(got) == sorted(
        [
            ("440304", "gdp", 6.4e11),
            ("440307", "gdp", 5.77e11),
            ("440304", "gdp_growth", 5.8),
            ("440307", "gdp_growth", 4.1),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kunshan's GDP grew 5.5, 5.8 and 6.1 percent in 2023, 2024 and 2025.",
            [("2023", 5.5), ("2024", 5.8), ("2025", 6.1)],
        ),
        ("Kunshan's GDP grew by 5.5 percent and 5.8 percent in 2024 and 2025.", [("2024", 5.5), ("2025", 5.8)]),
    ],
)
def test_figures_followed_by_as_many_years_take_one_year_each(text, expected):
    assert brief(claims(text, published="2026-02-02"), "period", "value") == expected


def test_a_respectively_list_ends_at_the_clause_after_it():
    text = (
        "In 2025, the primary and tertiary industries of Kunshan grew 2.1 percent and 6.5 percent to 4.1 billion "
        "yuan and 280.2 billion yuan respectively last year, while its secondary industry rose 5.3 percent to "
        "270.6 billion yuan."
    )
    got = [(c["indicator"], c["value"]) for c in claims(text, published="2026-03-01") if c["unit"] == "CNY"]
    assert got == [
        ("primary_value_added", 4.1e9),
        ("tertiary_value_added", 280.2e9),
        ("secondary_value_added", 270.6e9),
    ]


@pytest.mark.parametrize(
    "lead",
    ["Nanshan's economy is bigger than those of 12 provinces, including", "Nanshan's economy is bigger than"],
)
def test_a_whose_clause_gives_its_list_to_the_places_named_right_before_it(lead):
    text = f"{lead} Gansu and Hainan, whose GDPs were 1.3 trillion yuan and 790 billion yuan respectively."
    got = [(c["region"], c["value"]) for c in claims(text, published="2026-02-10") if c["unit"] == "CNY"]
    assert got == [("620000", 1.3e12), ("460000", 790e9)]


def test_three_sectors_named_at_once_take_three_figures_in_order():
    cs = claims("2018年，醴陵市三次产业增加值分别为42.6亿元、380.5亿元和205.3亿元，分别增长3.2%、8.4%和9.9%。")
    assert brief(cs, "indicator", "value") == [
        ("primary_value_added", 4.26e9),
        ("secondary_value_added", 38.05e9),
        ("tertiary_value_added", 20.53e9),
        ("other:primary_value_added_growth", 3.2),
        ("other:secondary_value_added_growth", 8.4),
        ("other:tertiary_value_added_growth", 9.9),
    ]


@pytest.mark.parametrize(
    "joint", [", the secondary 150.1 billion yuan and the", ", the secondary 150.1 billion yuan, and the"]
)
def test_sectors_whose_noun_goes_unsaid_after_the_first_take_their_own_figures(joint):
    # "the primary industry contributed X, the secondary Y and the tertiary Z": Y and Z had been primary's
    text = (
        "In 2024, Cixi's GDP was 301.5 billion yuan, of which the primary industry contributed 8.2 billion yuan"
        f"{joint} tertiary 143.2 billion yuan."
    )
    assert brief(claims(text, published="2025-03-01"), "indicator", "value") == [
        ("gdp", 301.5e9),
        ("primary_value_added", 8.2e9),
        ("secondary_value_added", 150.1e9),
        ("tertiary_value_added", 143.2e9),
    ]


def test_measures_listed_before_their_growth_rates_each_take_their_own():
    # 规模工业增加值 is one measure (规模 is not the generic 'scale' of a budget)
    cs = claims("2018年，醴陵市地区生产总值、规模工业增加值、固定资产投资分别增长8.1%、8.9%、12.6%。")
    assert brief(cs, "indicator", "value") == [
        ("gdp_growth", 8.1),
        ("other:industrial_value_added_growth", 8.9),
        ("fixed_asset_investment_growth", 12.6),
    ]


@pytest.mark.parametrize("said", ["规模以上工业企业实现增加值", "规模工业增加值", "规上工业完成增加值"])
def test_value_added_of_industry_above_designated_size_however_worded(said):
    cs = claims(f"2018年，醴陵市{said}286.4亿元。")
    assert brief(cs, "indicator", "value") == [("industrial_value_added", 28.64e9)]


def test_bare_numbers_of_a_list_take_the_scale_and_currency_of_its_last():
    text = "The top three counties, Kunshan, Jiangyin and Zhangjiagang, reported GDP of 514, 475 and 336 billion yuan "
    text += "in 2023."
    got = claims(text, published="2024-07-20")
    assert brief(got, "region", "indicator", "value", "unit") == [
        ("320583", "gdp", 5.14e11, "CNY"),
        ("320281", "gdp", 4.75e11, "CNY"),
        ("320582", "gdp", 3.36e11, "CNY"),
    ]


@pytest.mark.parametrize(
    ("text", "unit", "values"),
    [
        ("2024年，昆山、江阴、张家港GDP分别为5140、4750和3360亿元。", "CNY", [514e9, 475e9, 336e9]),
        ("2024年，昆山、江阴、张家港三市GDP分别增长5.5、5.8、4.9%。", "percent", [5.5, 5.8, 4.9]),
        ("Kunshan, Jiangyin and Zhangjiagang grew 5.5, 5.8 and 4.9 percent in 2024.", "percent", [5.5, 5.8, 4.9]),
    ],
)
def test_the_bare_numbers_of_a_list_take_the_unit_written_after_its_last(text, unit, values):
    got = claims(text, published="2025-02-01")
    assert [(c["region"], c["unit"], c["value"]) for c in got] == list(
        zip(["320583", "320281", "320582"], [unit] * 3, values, strict=True)
    )


def test_a_list_of_percentage_points_stays_a_list_of_differences():
    got = claims("2024年，昆山、江阴、张家港三市GDP增速分别提高0.5、0.8、0.2个百分点。", published="2025-02-01")
    assert {c["indicator"] for c in got} == {"other:percentage_points"}


@pytest.mark.parametrize("joined", ["1.2个、3.5个百分点", "1.2和3.5个百分点"], ids=["each-ge", "he"])
def test_a_list_of_percentage_points_after_listed_measures_keeps_each_as_points(joined):
    # 1.2个 had been a count of 1.2 (and 1.2 with 和 was lost); given out to the measures, GDP growth of 1.2%
    text = f"上半年，晋城市地区生产总值、规上工业增加值增速分别比一季度加快{joined}。"
    got = claims(text, published="2024-08-10")
    assert brief(got, "indicator", "value") == [("other:percentage_points", 1.2), ("other:percentage_points", 3.5)]


def test_a_list_of_place_rate_lines_under_a_growth_heading_is_of_that_growth():
    text = (
        "Top districts by GDP growth, 2024\n\nShushan (Hefei) – 8.2%\nNanshan (Shenzhen) – 6.1%\n"
        "Pudong (Shanghai) – 5.6%"
    )
    got = claims(text, lang="en", published="2025-03-20")
    assert brief(got, "region", "indicator", "value") == [
        ("340104", "gdp_growth", 8.2),
        ("440305", "gdp_growth", 6.1),  # was Shenzhen's: a line ending in a rate made "Nanshan" a word
        ("310115", "gdp_growth", 5.6),  # was Shanghai's
    ]  # all were other:percent


def test_a_list_under_a_heading_of_another_rate_keeps_it():  # was other:percent
    got = claims("Retail sales growth by district\nNanshan – 6.5%", lang="en", published="2025-03-20")
    assert brief(got, "indicator") == [("other:retail_sales_growth",)]


def test_a_list_of_place_rate_lines_under_a_share_heading_is_of_that_share():
    got = claims("Districts by R&D intensity, 2024\nNanshan – 6.5%\nFutian – 3.1%", lang="en", published="2025-03-20")
    assert brief(got, "region", "indicator") == [("440305", "rd_intensity"), ("440304", "rd_intensity")]


def test_a_chinese_list_of_names_and_rates_set_apart_by_a_space_reads_its_heading():
    got = claims("2024年深圳各区研发投入强度\n南山区 6.5%\n福田区 3.1%", lang="zh", published="2025-03-20")
    assert brief(got, "region", "indicator") == [("440305", "rd_intensity"), ("440304", "rd_intensity")]


@pytest.mark.parametrize(
    "text",
    [
        "2024年全国GDP前三强区如下：1. 上海浦东新区：16800亿元；2. 北京海淀区：11000亿元；3. 深圳南山区：9000亿元。",
        "2024年GDP前三强区名单：上海浦东新区：16800亿元；北京海淀区：11000亿元；深圳南山区：9000亿元。",
    ],
)
def test_items_run_into_one_line_after_a_colon_are_each_the_place_of_its_own_label(text):
    # a list set on one line (a page scraped without its breaks): the place before each item's colon is its
    # subject, not the country the heading names (全国) nor a run-in box's other line
    got = brief(claims(text, published="2025-04-10"), "region", "value")
    assert got == [("310115", 1.68e12), ("110108", 1.1e12), ("440305", 9e11)]


@pytest.mark.parametrize("sectors", ["the secondary and tertiary industries", "the second and tertiaries industry"])
def test_sectors_listed_after_a_clause_on_another_sector_take_the_figures_listed_after_them(sectors):
    # "A dipped … to X, while B and C rose … to Y and Z, respectively": the list was read from the sentence's
    # start, and both figures went to the first sector (or to the sector named in the clause before)
    text = (
        "In 2024 Shenzhen's first industry slipped 4.3 percent to 1.9 billion yuan, while "
        + sectors
        + " gained 1 percent and 3.6 percent to reach 731 billion yuan and 1.25 trillion yuan, respectively."
    )
    got = [c["indicator"] for c in claims(text, published="2025-03-01") if c["unit"] == "CNY"]
    assert got == ["primary_value_added", "secondary_value_added", "tertiary_value_added"]


def test_places_listed_after_a_clause_on_another_place_take_the_figures_listed_after_them():  # a guard
    text = (
        "Nanshan grew 6.2 percent to 800 billion yuan in 2024, while Futian and Luohu grew 5.1 percent and "
        "3.9 percent to 600 billion yuan and 280 billion yuan, respectively."
    )
    got = [(c["region"], c["value"]) for c in claims(text, published="2025-03-01") if c["unit"] == "CNY"]
    assert got == [("440305", 800e9), ("440304", 600e9), ("440303", 280e9)]


def test_a_place_after_a_list_closed_by_and_has_the_figure_alone():
    # a garbled sentence of the kind real pages have: the list 'A, B and C' had ended, and the place named again
    # after it owns the rate; all three shared it
    text = (
        "At the bottom in the first quarter came Gansu province, Hebei province and Jilin province, "
        "Gansu province, posting a growth rate of 3.1 percent, ranking last."
    )
    got = claims(text, published="2024-04-20")
    assert brief(got, "region", "value") == [("620000", 3.1)]


def test_a_list_closed_by_and_shares_its_figure():  # a guard
    got = claims("In the first quarter, Gansu, Hebei and Jilin each grew 3.1 percent.", published="2024-04-20")
    assert sorted(brief(got, "region")) == [("130000",), ("220000",), ("620000",)]


def test_rates_listed_respectively_after_sums_given_place_by_place_go_to_those_places_in_order():
    # each sum had its place, but the rates after them all went to the last place named
    text = (
        "In 2023, Liuyang ranked 5th with GDP of 160.2 billion yuan, Ningxiang 7th with 151.5 billion yuan, and "
        "Changsha County 3rd with 219.3 billion yuan, up 5.1%, 4.8% and 4.2% respectively."
    )
    got = claims(text, published="2024-03-01")
    assert [r for r, i in brief(got, "region", "indicator") if i == "gdp_growth"] == ["430181", "430182", "430121"]


@pytest.mark.parametrize(
    "text",
    [
        "2025年，福田区GDP一季度、上半年、前三季度和全年分别增长4.2%、4.6%、5.0%和5.3%。",
        "Futian's GDP grew 4.2, 4.6, 5.0 and 5.3 percent in the first quarter, first half, first three quarters and "
        "the full year of 2025, respectively.",
    ],
)
def test_figures_listed_respectively_after_parts_of_the_year_take_those_parts_in_order(text):
    got = claims(text, published="2026-02-12")  # all four were the year's (or the first part's)
    assert brief(got, "period", "value") == [("2025-Q1", 4.2), ("2025-H1", 4.6), ("2025-Q1Q3", 5.0), ("2025", 5.3)]


@pytest.mark.parametrize(
    "text",
    [
        "福田区一季度GDP为1580亿元，前三季度累计4870亿元，同比分别增长4.2%和5.0%。",
        "福田区一季度、前三季度GDP分别为1580亿元和4870亿元，同比分别增长4.2%和5.0%。",
        "Futian's GDP was 158 billion yuan in the first quarter and 487 billion yuan in the first three quarters, "
        "up 4.2 percent and 5 percent respectively.",
    ],
)
def test_rates_listed_after_sums_of_parts_of_the_year_take_their_parts_in_turn(text):
    got = claims(text, published="2026-02-12")  # both rates were of the first three quarters
    assert brief(got, "indicator", "period") == [
        ("gdp", "2025-Q1"),
        ("gdp", "2025-Q1Q3"),
        ("gdp_growth", "2025-Q1"),
        ("gdp_growth", "2025-Q1Q3"),
    ]


def test_rates_of_places_listed_after_one_places_sums_keep_their_own_part():  # a guard
    got = claims("南山区一季度GDP为2330亿元，上半年为4800亿元，福田区、龙岗区上半年分别增长5%和6%。", "2026-02-12")
    assert brief(got, "region", "period")[2:] == [("440304", "2025-H1"), ("440307", "2025-H1")]


def test_rates_respectively_of_the_last_two_places_named_after_a_third_one():
    # figures invented for this test; the first place (Jiangbei) made three places for two rates, and both
    # went to the first of the pair
    text = (
        "重庆市统计局公布上半年数据。江北区增速达7.1%，居全市首位，紧随其后的九龙坡区和南岸区同样亮眼，"
        "增速分别为6.5%和6.2%。"
    )
    got = claims(text, published="2024-07-20", lang="zh")
    assert brief(got, "region", "value") == [("500105", 7.1), ("500107", 6.5), ("500108", 6.2)]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "重庆市统计局公布上半年数据。江北、綦江（不含万盛）、大足等区县经济增速保持在6%以上。",
            ["500105", "500110", "500111"],
        ),
        (
            "重庆市统计局公布上半年数据。永川、南川、万盛经开区、璧山等地经济增长均达5%及以上。",
            ["500118", "500119", "500120"],
        ),
    ],
)
def test_a_list_of_places_and_others_shares_its_floor(text, regions):
    # 等 after the last place closed the list as if it were compared with (继…等之后); a bracketed exclusion
    # (不含万盛) and a zone among the items (万盛经开区) cut the list short; 及以上 was read as exact
    got = claims(text, published="2024-07-20", lang="zh")
    assert [(c["region"], c["qualifier"]) for c in got] == [(r, "at_least") for r in regions]


def test_places_before_a_count_of_a_group_are_no_ones_count():  # a guard
    got = claims("2017年，广州、深圳、珠海等9个城市组成珠三角。", published="2018-03-01", lang="zh")
    assert [c for c in got if c["indicator"] == "other:count" and c["region"] != "CN"] == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, both retail sales and foreign trade in Guangzhou exceeded 1 trillion yuan.",
        "In 2024, Guangzhou's retail sales and foreign trade both topped 1 trillion yuan.",
        "2024年，广州社会消费品零售总额和进出口总额均突破1万亿元。",
    ],
)
def test_a_figure_both_measures_share_is_a_claim_of_each(text):
    # only the measure nearest the figure (foreign trade) had the crossing
    got = claims(text, published="2025-03-01")
    assert sorted(brief(got, "region", "indicator", "value", "qualifier")) == [
        ("440100", "foreign_trade", 1e12, "at_least"),
        ("440100", "retail_sales", 1e12, "at_least"),
    ]


def test_a_figure_of_one_of_two_measures_named_is_that_measures_alone():  # a guard
    got = claims(
        "In 2024, Guangzhou's retail sales rose 5% and foreign trade topped 1 trillion yuan.", published="2025-03-01"
    )
    assert [i for i, v in brief(got, "indicator", "value") if v == 1e12] == ["foreign_trade"]


def test_a_respectively_list_after_a_figure_of_its_own_takes_the_measures_named_after_that_figure():
    text = (
        "By 2027 Nanjing's Jiangning district aims to lift its GDP to 400 billion yuan and its per capita GDP "
        "and per capita disposable income to 250,000 yuan and 90,000 yuan, respectively."
    )
    got = brief(claims(text, published="2024-02-01", lang="en"), "indicator", "value")
    assert got == [
        ("gdp", 400000000000.0),
        ("gdp_per_capita", 250000.0),  # was disposable income: the list's head ran back to the sentence start
        ("disposable_income_per_capita", 90000.0),
    ]


def test_two_lists_under_one_head_keep_their_measures():  # a guard
    text = (
        "Jiangning's primary and tertiary industries grew 3.1 percent and 6.4 percent to 9.5 billion yuan and "
        "210 billion yuan respectively in 2023."
    )
    got = brief(claims(text, published="2024-02-01", lang="en"), "indicator")
    assert [g for g in got if not g[0].startswith("other:")] == [("primary_value_added",), ("tertiary_value_added",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年，慈溪市和余姚市GDP分别达到2730.5亿元和1620.8亿元，双双跨过1500亿元台阶。", "zh"),
        (
            "Cixi and Yuyao posted GDP of 273.05 billion yuan and 162.08 billion yuan respectively in 2024, "
            "both above 150 billion yuan.",
            "en",
        ),
    ],
)
def test_a_list_ends_where_a_clause_of_the_same_unit_follows(text, lang):
    got = sorted(brief(claims(text, published="2025-03-01", lang=lang), "region", "value", "qualifier"))
    assert got == [
        ("330281", 1.5e11, "at_least"),
        ("330281", 1.6208e11, "exact"),
        ("330282", 1.5e11, "at_least"),
        ("330282", 2.7305e11, "exact"),
    ]


def test_a_respectively_list_after_a_leaders_own_figure_takes_the_places_named_after_it():
    text = "前三季度，苏州以近1.9万亿元的GDP总量居首，南京和无锡紧随其后，分别突破了1.3万亿和1.2万亿大关。"
    got = claims(text, published="2025-11-07", lang="zh")
    assert brief(got, "region", "value") == [
        ("320500", 1_900_000_000_000),
        ("320100", 1_300_000_000_000),
        ("320200", 1_200_000_000_000),
    ]


def test_a_list_of_places_closed_by_a_comma_does_not_share_the_next_subjects_figure():
    text = "增速超过全省5.8%的还有徐州、无锡、扬州，镇江以5.8%的增速与全省持平。"
    got = [c for c in claims(text, published="2025-11-07", lang="zh") if c["region"] != "320000"]
    assert brief(got, "region", "value") == [("321100", 5.8)]  # 镇江's alone


@pytest.mark.parametrize(
    "text",
    [
        "Last year, Cangnan's GDP and total industrial output value exceeded 40 billion yuan.",
        "Last year, Cangnan's GDP and total industrial output value topped 40 billion yuan.",
    ],
)
def test_two_measures_crossing_a_threshold_together_each_cross_it(text):
    got = claims(text, published="2024-03-01")
    assert sorted(brief(got, "indicator", "value", "qualifier")) == [
        ("gdp", 4e10, "at_least"),  # was the industry's alone
        ("industrial_output", 4e10, "at_least"),
    ]
    text = "Last year, Cangnan's GDP and fiscal revenue reached 40 billion yuan."  # a level, maybe their sum: no share
    assert [c["indicator"] for c in claims(text, published="2024-03-01")] == ["other:revenue"]


def test_gdp_crossing_a_threshold_with_a_measure_outside_the_vocabulary_keeps_both_and_the_part_after():
    text = "2024年，苍南县地区生产总值与工业开票销售双双突破八百亿元，其中工业开票销售达到860亿元。"
    got = brief(claims(text, published="2025-02-01"), "indicator", "value", "qualifier")
    assert ("gdp", 8e10, "at_least") in got  # was none
    assert ("other:invoiced_sales", 8.6e10, "exact") in got  # was read as the second of a list: at_least, the
    # revenue's (named other:sales until invoiced sales, 开票, had their own name)


@pytest.mark.parametrize(
    "text",
    [
        "“十四五”期间，苍南县地区生产总值、工业开票销售突破八百亿元大关。其中，工业开票达860亿元。",  # listed with 、
        "“十四五”期间，苍南县地区生产总值和工业开票销售均突破八百亿元。其中，工业开票达860亿元。",  # 均 before the verb
    ],
)
def test_gdp_and_invoiced_sales_crossing_a_threshold_each_cross_it_and_the_invoiced_part_is_no_gdp(text):
    got = brief(claims(text, published="2026-02-01"), "indicator", "period", "value")
    assert ("gdp", "2025", 8e10) in got  # was the invoiced sales' alone
    assert ("other:invoiced_sales", "2025", 8.6e10) in got  # 工业开票 alone had been read as a part of GDP
    assert ("gdp", "2025", 8.6e10) not in got


@pytest.mark.parametrize(
    "text",
    [
        "2024年，闵行区一、二、三产业增加值分别为12亿元、1500亿元、2100亿元。",  # was three tertiary
        "2024年，闵行区一、二、三产分别实现增加值12亿元、1500亿元、2100亿元。",  # was other:amount
        "2024年，闵行区第一、二、三产业增加值分别为12亿元、1500亿元、2100亿元。",  # a guard: passed before too
        "2024年，闵行区一产、二产、三产增加值分别为12亿元、1500亿元、2100亿元。",  # was three tertiary
    ],
)
def test_the_three_sectors_numbered_short_are_each_its_own(text):
    got = claims(text, lang="zh", published="2025-03-05")
    assert [c["indicator"] for c in got] == ["primary_value_added", "secondary_value_added", "tertiary_value_added"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年，闵行区二产、三产增加值分别为1500亿元和2100亿元。", ["secondary", "tertiary"]),  # both tertiary
        ("2024年，闵行区一、二产增加值分别为12亿元、1500亿元。", ["primary", "secondary"]),  # both secondary
    ],
)
def test_two_sectors_numbered_short_are_each_its_own(text, expected):
    got = claims(text, lang="zh", published="2025-03-05")
    assert [c["indicator"] for c in got] == [f"{e}_value_added" for e in expected]


def test_the_sectors_contributions_to_growth_are_no_growth_of_theirs():
    text = "2024年，闵行区一、二、三产业对经济增长的贡献率分别为5.1%、40.2%、54.7%。"
    got = claims(text, lang="zh", published="2025-03-05")
    assert [c["indicator"] for c in got] == [
        "other:primary_value_added_contribution",  # was other:primary_value_added_growth (and the others the same)
        "other:secondary_value_added_contribution",
        "other:tertiary_value_added_contribution",
    ]


@pytest.mark.parametrize(
    "text",
    [  # each was no claim, other:amount or other:sector_value_added
        "The value-added of the first, second and third industries in Minhang stood at 1.2 billion yuan, "
        "150 billion yuan and 210 billion yuan in 2024.",  # "first … in Minhang" is no ranking
        "Minhang's three sectors contributed 1.2 billion, 150 billion and 210 billion yuan respectively in 2024.",
    ],
)
def test_the_three_sectors_said_in_english_words(text):
    got = claims(text, lang="en", published="2025-03-05")
    assert [(c["region"], c["indicator"]) for c in got] == [
        ("310112", "primary_value_added"),
        ("310112", "secondary_value_added"),
        ("310112", "tertiary_value_added"),
    ]


def test_a_sector_that_grew_to_a_sum_after_a_relative_clause_is_that_sectors_value_added():
    text = "Minhang's services sector, which makes up 55 percent of its economy, grew 6 percent to 210 billion yuan."
    got = claims(text, lang="en", published="2025-03-05")
    assert [c["indicator"] for c in got if c["unit"] == "CNY"] == ["tertiary_value_added"]  # was other:sector_…


@pytest.mark.parametrize(
    "tail",
    [
        "，按年均5%左右的增速测算，两地均需十年以上才能迈过万亿门槛。",  # a rate between the list and the mark
        "，两地均需十年以上才能迈过万亿门槛。",  # a guard: passed before (the mark right after the list)
    ],
)
def test_a_list_said_respectively_ends_before_a_later_clause_with_a_figure_of_its_unit(tail):
    # with a rate between, the list took the trillion-yuan mark as a third figure and gave Jiangyin's GDP to Kunshan
    got = claims("2025年，昆山、江阴GDP分别为5610亿元和5190亿元" + tail, published="2026-02-12")
    assert [(c["region"], c["value"]) for c in got if c["indicator"] == "gdp"] == [
        ("320583", 5610e8),
        ("320281", 5190e8),
    ]


def test_a_list_said_respectively_ends_before_a_clause_that_totals_it():
    # Longgang's 520 billion yuan was Futian's: the city's total in the clause after was taken as a third figure
    text = (
        "Futian and Longgang posted GDP of 661 billion yuan and 523 billion yuan respectively in 2025, together "
        "accounting for more than a third of Shenzhen's total of 3.8 trillion yuan."
    )
    got = [(c["region"], c["value"]) for c in claims(text, published="2026-02-12") if c["indicator"] == "gdp"]
    assert got == [("440304", 661e9), ("440307", 523e9), ("440300", 3.8e12)]


def test_one_figure_of_the_lists_unit_after_respectively_is_its_own():
    # Longgang's 523 billion yuan was Futian's when one more figure of the list's unit followed "respectively,"
    text = "Futian and Longgang posted GDP of 661 billion yuan and 523 billion yuan, respectively, compared with "
    got = claims(text + "1.05 trillion yuan for Nanshan.", published="2026-02-12")
    assert [(c["region"], c["value"]) for c in got] == [("440304", 661e9), ("440307", 523e9), ("440305", 1.05e12)]


_TWO_LISTS = [
    ("440304", "2025", 661e9),
    ("440307", "2025", 523e9),
    ("440304", "2024", 628e9),
    ("440307", "2024", 497e9),
]


@pytest.mark.parametrize(
    "text",
    [
        "Futian and Longgang posted GDP of 661 billion yuan and 523 billion yuan respectively, up from 628 billion "
        "yuan and 497 billion yuan.",
        "Futian and Longgang posted GDP of 661 billion yuan and 523 billion yuan in 2025, up from 628 billion yuan "
        "and 497 billion yuan a year earlier.",
        "2025年，福田、龙岗GDP分别为6610亿元和5230亿元，上年分别为6280亿元和4970亿元。",
        "2025年，福田、龙岗GDP分别为6610亿元和5230亿元，比上年的6280亿元和4970亿元分别增加330亿元和260亿元。",
    ],
)
def test_a_list_of_levels_and_a_list_of_their_bases_are_each_the_same_places(text):
    # the second list's figures were each given to both places (or the first list's), and dated the first's year
    got = [(c["region"], c["period"], c["value"]) for c in claims(text, published="2026-02-12")]
    assert got[:4] == _TWO_LISTS
    assert [c[0] for c in got[4:]] in ([], ["440304", "440307"])  # the changes, each its place's


def test_a_base_after_up_from_with_no_year_written_is_the_year_befores():
    # the base was dated the level's year when no year was written in the sentence
    got = claims("Futian posted GDP of 661 billion yuan, up from 628 billion yuan.", published="2026-02-12")
    assert [(c["period"], c["value"]) for c in got] == [("2025", 661e9), ("2024", 628e9)]


@pytest.mark.parametrize(
    "text",
    [
        "Futian has 1,240 national high-tech enterprises; Nanshan has more than 6,100.",
        "福田区有国家高新技术企业1240家；南山区超过6100家。",
    ],
)
def test_a_count_after_a_semicolon_with_its_noun_left_out_is_the_count_before_it(text):
    # Nanshan's count was lost (EN) or read as some other count (ZH): the clause after ';' is a sentence apart
    got = [(c["region"], c["indicator"], c["value"]) for c in claims(text, published="2026-02-12")]
    assert got == [("440304", "high_tech_enterprises", 1240), ("440305", "high_tech_enterprises", 6100)]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan has 231 listed companies, more than Futian's 121 and Longgang's 61 combined.",
        "南山区上市公司数量达231家，超过福田区（121家）和龙岗区（61家）之和。",
        "南山区上市公司231家，福田区121家，龙岗区61家。",
    ],
)
def test_counts_of_other_places_after_a_count_with_their_noun_left_out_are_theirs(text):
    # the other places' counts were lost, given to Nanshan, or read as some other count
    got = [(c["region"], c["indicator"], c["value"]) for c in claims(text, published="2026-02-12")]
    assert got == [
        ("440305", "listed_companies", 231),
        ("440304", "listed_companies", 121),
        ("440307", "listed_companies", 61),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "In terms of invention patents per 10,000 people, Nanshan (426) far outstrips Haidian (301) and Pudong "
            "(151).",
            "invention_patents_per_10k",
        ),
        (
            "从每万人发明专利拥有量看，南山区（426件）远超海淀区（301件）和浦东新区（151件）。",
            "invention_patents_per_10k",
        ),
        ("By listed companies, Nanshan (426) leads Haidian (301) and Pudong (151).", "listed_companies"),
    ],
)
def test_bare_counts_under_the_measure_a_sentence_opens_with_are_that_measure_and_each_places(text, indicator):
    # the figures were lost or other:count, and a place after 'leads' lost its bracketed figure to the leader
    got = [(c["region"], c["indicator"], c["value"]) for c in claims(text, published="2026-02-12")]
    assert got == [("440305", indicator, 426), ("110108", indicator, 301), ("310115", indicator, 151)]


def test_bare_rates_under_a_share_of_gdp_the_sentence_opens_with_are_that_share():
    got = claims("On R&D intensity, Haidian (9.7%) is ahead of Nanshan (6.7%).", published="2026-02-12")
    assert [(c["region"], c["indicator"], c["value"]) for c in got] == [
        ("110108", "rd_intensity", 9.7),
        ("440305", "rd_intensity", 6.7),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2025年，慈溪、义乌GDP均突破2600亿元，诸暨、乐清也双双站上1500亿元台阶。",  # was 2600 to 慈溪, 1500 to 义乌
        "In 2025, Cixi and Yiwu both passed 260 billion yuan of GDP, and Zhuji and Yueqing each topped 150 billion.",
    ],
)
def test_two_figures_each_shared_by_its_own_places_are_no_list_given_out_in_order(text):
    got = brief(claims(text, published="2026-02-20"), "region", "value")
    assert sorted(got) == [("330282", 2.6e11), ("330382", 1.5e11), ("330681", 1.5e11), ("330782", 2.6e11)]


def test_places_listed_before_their_figures_still_take_them_in_order():  # a guard
    text = "2025年，慈溪、义乌的GDP为2650亿元、2610亿元。"
    assert brief(claims(text, published="2026-02-20"), "region", "value") == [("330282", 2.65e11), ("330782", 2.61e11)]


@pytest.mark.parametrize("pair", ["两者", "两地", "二者"])
def test_the_pair_after_a_comparison_are_the_subject_and_the_place_compared(pair):
    text = f"2025年江阴GDP超过兰州，{pair}分别为4970亿元和3600亿元。"
    got = brief(claims(text, published="2026-03-01"), "region", "value")
    assert got == [("320281", 4.97e11), ("620100", 3.6e11)]


def test_a_chinese_count_of_firms_goes_on_to_the_places_counted_in_the_next_sentence():
    text = "广州全市有国家高新技术企业1.2万家。其中，天河区2900家，黄埔区2100家。越秀区仅有900家。"
    got = brief(claims(text, published="2026-03-01"), "region", "indicator", "value")
    assert got[1:] == [
        ("440106", "high_tech_enterprises", 2900),
        ("440112", "high_tech_enterprises", 2100),
        ("440104", "high_tech_enterprises", 900),
    ]


def test_a_count_of_something_else_in_the_next_sentence_keeps_its_own_noun():  # a guard: passed before
    text = "广州全市有国家高新技术企业1.2万家。天河区有21个街道。"
    assert [c["indicator"] for c in claims(text, published="2026-03-01")][1:] == ["other:count"]


@pytest.mark.parametrize("joint", ["。", "，其中"])
def test_a_place_ranked_before_its_count_takes_the_count_before(joint):
    text = f"广州全市有国家高新技术企业1.2万家{joint}天河区最多，达2900家；黄埔区次之，为2100家。"
    got = brief(claims(text, published="2026-03-01"), "region", "indicator", "value")
    assert got[1:] == [("440106", "high_tech_enterprises", 2900), ("440112", "high_tech_enterprises", 2100)]


def test_a_list_naming_no_place_after_the_former_and_the_latter_takes_their_places_in_turn():
    """The first rate had gone to the district the article named first (Haizhu), not to the former (Baiyun)."""
    text = (
        "下一个会是谁？\n\n广州海珠区和番禺区处于第二梯队。海珠区GDP约为2300亿元。\n\n"
        "广州白云、黄埔两区同样亮眼。前者全年GDP达到3200亿元，后者为4300亿元，增速分别为4.4%和5.0%。"
    )
    got = brief(claims(text, published="2026-02-20"), "region", "value")
    assert got[-2:] == [("440111", 4.4), ("440112", 5.0)]


def test_chinese_counts_carried_to_places_named_without_their_unit_word():
    """Were other:count: 宜兴以N家, 溧阳则有N家, 丹阳为N家 (short names, no 市) take the count of firms before them,
    past a rank after the count (紧随其后)."""
    text = "江阴累计培育小巨人企业41家，位居全省第一；宜兴以30家紧随其后；溧阳则有12家。丹阳为9家。"
    got = brief(claims(text, published="2026-03-05"), "region", "indicator", "value")
    assert got == [
        ("320281", "little_giants", 41),
        ("320282", "little_giants", 30),
        ("320481", "little_giants", 12),
        ("321181", "little_giants", 9),
    ]


def test_a_sentence_opening_with_its_own_count_measure_does_not_take_the_one_carried():
    """高新技术企业方面，… opens with its measure; the listed companies before it do not carry over (the short names
    had given other:count before; carrying them first made 江阴超过1200家 listed companies)."""
    text = "江阴有上市公司63家，宜兴有20家。高新技术企业方面，江阴超过1200家，宜兴约700家。"
    got = [c["indicator"] for c in claims(text, published="2026-03-05")]
    assert got == ["listed_companies", "listed_companies", "high_tech_enterprises", "high_tech_enterprises"]


def test_figures_listed_after_the_one_measure_their_clause_names_are_its_members_not_two_measures():
    """Were other:revenue and disposable_income_per_capita: 收入 in the clause before is the same income."""
    text = "2024年，富平县城乡居民收入稳步增长，人均可支配收入分别达41200元和18650元。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [
        ("other:urban_disposable_income_per_capita", 41200),
        ("other:rural_disposable_income_per_capita", 18650),
    ]


def test_two_measures_listed_before_a_comma_and_respectively_are_still_two_measures():  # guard
    text = "2024年，富平县地区生产总值和一般公共预算收入，分别达到420亿元和12亿元。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("gdp", 4.2e10), ("fiscal_revenue", 1.2e9)]


def test_a_respectively_said_before_its_figures_after_a_figure_of_its_own():
    # the secondary sector's value added had been read as the tertiary's: the list was not cut from the primary's
    text = (
        "In 2014, the added value of Jiangxi's primary industry came to 168.3 billion yuan, up 4.5%, and that of the "
        "secondary industry and the tertiary industry respectively reached 831.5 billion yuan and 571.4 billion yuan, "
        "up 9.8% and 8.9%."
    )
    got = brief(claims(text, published="2015-03-01"), "indicator", "value")
    assert got == [
        ("primary_value_added", 168.3e9),
        ("other:sector_growth", 4.5),
        ("secondary_value_added", 831.5e9),
        ("tertiary_value_added", 571.4e9),
        ("other:secondary_value_added_growth", 9.8),
        ("other:tertiary_value_added_growth", 8.9),
    ]


def test_a_respectively_list_followed_by_its_parts_of_which_ends_at_the_comma():
    # the sectors' contributions to growth had been read as three GDP growth rates: the parts after "of which"
    # made the list five figures long
    text = (
        "Jiangxi's GDP grew 9.7% in 2014. The contribution rate of the primary, secondary and tertiary industries to "
        "economic growth was 5.1%, 58.2% and 36.7% respectively, of which, the industrial sector's was 50.3% and that "
        "of the financial sector was 9.4%."
    )
    got = brief(claims(text, published="2015-03-01"), "indicator")
    assert got[1:4] == [
        ("other:primary_value_added_contribution",),
        ("other:secondary_value_added_contribution",),
        ("other:tertiary_value_added_contribution",),
    ]
    assert [c for c in got if c == ("gdp_growth",)] == [("gdp_growth",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "By 2028, Binhai's GDP, retail sales, total imports and exports and industrial output are all expected "
            "to surpass 800 billion yuan.",
            "en",
        ),
        ("2024年，江阴市地区生产总值、社会消费品零售总额、进出口总额和工业总产值均突破800亿元。", "zh"),
    ],
    ids=["en", "zh"],
)
def test_a_figure_that_several_listed_measures_all_cross_is_each_ones(text, lang):
    # "A, B, C and D are all expected to surpass …", A、B、C和D均突破…: one claim per measure (only the last two had
    # been read, a pair)
    got = {c["indicator"] for c in claims(text, published="2025-06-05", lang=lang)}
    assert got == {"gdp", "retail_sales", "foreign_trade", "industrial_output"}


def test_measures_listed_in_another_clause_do_not_share_a_figure():  # a guard: passed before
    text = (
        "In 2024, Jiangyin's retail sales, total imports and exports and fiscal revenue all grew, and its GDP "
        "exceeded 500 billion yuan."
    )
    got = [c["indicator"] for c in claims(text, published="2025-06-05", lang="en")]
    assert got == ["gdp"]


def test_the_province_a_clause_ranks_in_is_not_handed_on_to_the_clauses_after_its_semicolon():
    # "…，全省排名跻身前10名；…收入…；常住人口…": the county's rank in the province; the figures after the ';' stay
    # the county's (had gone to the province: 1.05 million residents for Shandong)
    text = (
        "章丘区坚持发展第一要务。地区生产总值从620亿元增加到1300亿元，全省排名跻身前10名；"
        "社会消费品零售总额从300亿元增加到520亿元；常住人口增长38%、达到105万。"
    )
    got = {c["region"] for c in claims(text, published="2022-09-01")}
    assert got == {"370114"}


@pytest.mark.parametrize(
    "head",
    ["Agriculture, industry and services added", "Value added by farming, industry and the services sector came to"],
)
def test_agriculture_industry_and_services_listed_are_the_three_sectors_in_order(head):
    # the three named in plain words had all been read as the primary sector
    text = f"Zhangjiagang's GDP reached 330 billion yuan in 2024. {head} 6 billion, 160 billion and 164 billion yuan."
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [
        ("gdp", 3.3e11),
        ("primary_value_added", 6e9),
        ("secondary_value_added", 1.6e11),
        ("tertiary_value_added", 1.64e11),
    ]
