"""Extraction from fact boxes, interviews, rankings and comparisons written for these tests in the style of
district profile pages and feature stories, English and Chinese: bulleted labels, dates at the end of an
item, lists under a dated heading, rankings whose field names other places, places written after their
figure, forecasts for the country. Figures are illustrative unless a source is named."""

import pytest

from conftest import brief, claims


def test_a_bulleted_count_takes_its_indicator_from_the_label():
    text = "Nanshan district\n• Listed companies: 206\n• High-tech enterprises: 4,500"
    got = brief(claims(text, published="2025-03-10"), "region", "indicator", "value")
    assert got == [("440305", "listed_companies", 206), ("440305", "high_tech_enterprises", 4500)]


@pytest.mark.parametrize("sep", ["\n", " "])
def test_a_fact_box_run_on_one_line_reads_each_value_under_its_own_label(sep):
    """A page that lost its line breaks: each value is still the last label's before it, and the place the
    'Location:' label names is where the subject lies, not the subject."""
    lines = [
        "Location: Southern Jiangsu, on the south bank of the Yangtze",
        "Area: 987.5 square kilometers",
        "Permanent population: 1.79 million (2023)",
        "GDP: 494.8 billion yuan (2023)",
    ]
    got = brief(
        claims("Overview of Jiangyin\n\n" + sep.join(lines), published="2024-03-15", lang="en"), "region", "indicator"
    )
    assert got == [("320281", "area"), ("320281", "population"), ("320281", "gdp")]


def test_a_chinese_fact_box_run_on_one_line_names_its_subject_in_the_title():
    text = "江阴市概况\n\n地理位置：江苏省南部 面积：987.5平方千米 常住人口：179万人 地区生产总值：4948亿元（2023年）"
    got = brief(claims(text, published="2024-03-15", lang="zh"), "region", "indicator")
    assert got == [("320281", "area"), ("320281", "population"), ("320281", "gdp")]


@pytest.mark.parametrize("sep", [" ", ""])
def test_a_chinese_fact_box_run_together_reads_a_share_under_its_own_label(sep):
    """The label of the last figure (研发投入强度) follows the count before it with no mark between: it is
    that figure's label, read without the label and count before it."""
    items = ["面积：187.5平方公里", "上市公司：213家", "国家高新技术企业：4800家", "研发投入强度：6.5%"]
    got = claims("南山区概况\n\n" + sep.join(items), published="2026-02-10", lang="zh")
    assert brief(got, "indicator", "value") == [
        ("area", 187.5),
        ("listed_companies", 213),
        ("high_tech_enterprises", 4800),
        ("rd_intensity", 6.5),
    ]


def test_an_english_fact_box_run_together_keeps_each_label_with_its_value():
    """A value followed by the next label ("213 National high-tech enterprises: 4,800") is not counted as those
    enterprises; a heading before the first label ("Key figures: Listed companies: 213") is no label of it;
    an all-capital or '&' label (GDP growth, R&D intensity) and one naming 10,000 people are labels too."""
    text = (
        "Nanshan District profile\n\nKey figures: Listed companies: 213 National high-tech enterprises: 4,800 "
        "R&D intensity: 6.5% Population: 1.87 million GDP growth: 6.1% Invention patents per 10,000 people: 420"
    )
    got = claims(text, published="2026-02-10", lang="en")
    assert brief(got, "indicator", "value") == [
        ("listed_companies", 213),
        ("high_tech_enterprises", 4800),
        ("rd_intensity", 6.5),
        ("population", 1870000),
        ("gdp_growth", 6.1),
        ("invention_patents_per_10k", 420),
    ]


def test_a_run_together_label_written_with_a_percent_sign_is_a_label():
    text = (
        "Wuhou District at a glance Area: 123.6 square kilometers Per capita GDP: RMB 115,000 "
        "R&D expenditure as % of GDP: 3.1% National high-tech enterprises: 870"
    )
    got = claims(text, published="2024-09-10", lang="en")
    assert brief(got, "indicator", "value") == [
        ("area", 123.6),
        ("gdp_per_capita", 115000),
        ("rd_intensity", 3.1),
        ("high_tech_enterprises", 870),
    ]


def test_a_place_in_another_lines_value_of_a_run_in_fact_box_is_not_the_subject():
    """ "Administrative status: … administered by Suzhou" is that line's value: the lines after it are
    Kunshan's (the title's), not Suzhou's."""
    text = (
        "Kunshan at a glance\n\nKey figures Administrative status: county-level city administered by Suzhou, "
        "Jiangsu province Resident population (end-2024): 2.13 million GDP (2024): 538.0 billion yuan "
        "Listed companies: 56"
    )
    got = claims(text, published="2025-06-30", lang="en")
    assert brief(got, "region", "indicator") == [
        ("320583", "population"),
        ("320583", "gdp"),
        ("320583", "listed_companies"),
    ]


def test_a_place_ending_the_line_before_a_run_in_label_is_not_the_labels_subject():
    """ "… under Suzhou Area: 931 sq km": Suzhou ends the line before, though the label may seem to start with it."""
    text = (
        "Kunshan at a glance\n\nAdministrative status: county-level city under Suzhou Area: 931 sq km "
        "Resident population (end-2024): 2.13 million"
    )
    got = claims(text, published="2025-06-30", lang="en")
    assert brief(got, "region", "indicator") == [("320583", "area"), ("320583", "population")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("万亿区观察\n\n2025年主要数据：浦东新区：1.80万亿元，增长5.3%海淀区：1.16万亿元，增长6.2%", "zh"),
        (
            "Trillion-yuan districts\n\nKey figures for 2025: Pudong: 1.80 trillion yuan, up 5.3% Haidian: "
            "1.16 trillion yuan, up 6.2%",
            "en",
        ),
    ],
)
def test_a_place_labelling_its_figure_in_a_run_in_list_owns_it(text, lang):
    """A list whose lines were run together (a page's items scraped into one paragraph): the place before the
    colon is the label of the figure after it — both went to the first item's place."""
    got = claims(text, published="2026-02-12", lang=lang)
    assert brief(got, "region", "value") == [("310115", 1.8e12), ("310115", 5.3), ("110108", 1.16e12), ("110108", 6.2)]


def test_a_run_in_fact_box_keeps_each_lines_bracketed_year_and_its_capital_or_hyphenated_label():
    """ "… 1.42 million (2023) GDP Growth Rate: 5.1% (2023) High-tech Enterprises: 860": the year in brackets
    after a value is that line's, an all-capital first word (GDP) and a hyphenated one (High-tech) begin a label."""
    text = (
        "Changsha County Facts and Figures\n\nChangsha County Resident Population: 1.42 million (2023) "
        "GDP: 221.1 billion RMB (2023) GDP Growth Rate: 5.1% (2023) High-tech Enterprises: 860"
    )
    got = claims(text, published="2024-05-01", lang="en")
    assert brief(got, "indicator", "period", "value") == [
        ("population", "2023", 1.42e6),
        ("gdp", "2023", 221.1e9),
        ("gdp_growth", "2023", 5.1),
        ("high_tech_enterprises", "2024", 860),
    ]


def test_a_fact_boxs_foreign_direct_investment_in_dollars_is_no_conversion_of_its_gdp():
    text = "Wuhan facts\n\nGDP: 905.1 billion RMB (2013)\nActual Utilized FDI: 5.25 billion USD (2013)\n"
    got = brief(claims(text, published="2014-05-01", lang="en"), "indicator", "unit")
    assert got == [("gdp", "CNY"), ("other:foreign_investment", "USD")]


def test_a_date_at_the_end_of_an_item_dates_a_stock():
    text = "Longgang: permanent population 3.98 million (end of 2023)."
    assert brief(claims(text, published="2025-03-10"), "indicator", "period") == [("population", "2023")]
    text = "Longgang had 51 listed companies as of the end of 2023."
    assert brief(claims(text, published="2025-03-10"), "indicator", "period") == [("listed_companies", "2023")]


def test_items_of_a_list_under_a_dated_heading_take_its_year():
    text = "Longgang in 2024: GDP 520 billion yuan; 51 listed companies; invention patents per 10,000 people 120."
    got = brief(claims(text, published="2025-03-10"), "indicator", "period")
    assert got == [("gdp", "2024"), ("listed_companies", "2024"), ("invention_patents_per_10k", "2024")]


def test_a_stock_said_in_the_present_after_a_dated_list_takes_the_publication_year():
    """Guard: the list rule is for verbless items only (passes before it too)."""
    text = "In 2024, Longgang's GDP was 520 billion yuan; the district now has 51 listed companies."
    got = brief(claims(text, published="2025-03-10"), "indicator", "period")
    assert ("listed_companies", "2025") in got


def test_the_field_of_a_ranking_is_neither_the_subject_nor_a_group():
    text = "Nanshan ranked first among Shenzhen's districts with GDP of 1.03 trillion yuan in 2024."
    assert brief(claims(text, published="2025-03-10")) == [("440305", "gdp", "2024", 1.03e12)]
    text = (
        "Nanshan district officials spoke to reporters on Monday. The district's economic aggregate ranked "
        "first among Shenzhen's nine districts, at 1.03 trillion yuan in 2024."
    )
    assert brief(claims(text, published="2025-03-10")) == [("440305", "gdp", "2024", 1.03e12)]


def test_the_size_of_a_ranking_is_no_count():
    text = "Kunshan topped the list of China's top 100 counties again, with GDP of 530 billion yuan."
    assert brief(claims(text, published="2025-03-10"), "indicator", "value") == [("gdp", 530e9)]


def test_a_name_of_several_places_takes_the_one_beside_a_sibling_named_once():
    text = "Haidian's economic output hit 1.1 trillion yuan in 2024, while Chaoyang's came in at 820 billion yuan."
    got = brief(claims(text, published="2025-03-10"), "region", "value")
    assert got == [("110108", 1.1e12), ("110105", 820e9)]  # Beijing's Chaoyang district, not Chaoyang city


def test_a_place_written_after_its_figure_is_its_subject():
    text = "Futian's GDP was about 600 billion yuan in 2024, compared with 1 trillion yuan in Nanshan."
    assert brief(claims(text, published="2025-03-10"), "region", "value") == [("440304", 600e9), ("440305", 1e12)]
    text = "GDP reached 1 trillion yuan in Nanshan and 600 billion yuan in Futian last year."
    assert brief(claims(text, published="2025-03-10"), "region", "value") == [("440305", 1e12), ("440304", 600e9)]


def test_a_place_after_its_figure_does_not_take_a_figure_whose_clause_has_a_subject():
    """Guard: 'in Shenzhen's …' is a setting, and a subject named before the figure stays."""
    text = "Nanshan's GDP grew 6 percent in Shenzhen's strongest showing."
    assert brief(claims(text, published="2025-03-10"), "region") == [("440305",)]
    text = "Kunshan's GDP was the highest at 530 billion yuan in Jiangsu province."
    assert brief(claims(text, published="2025-03-10"), "region") == [("320583",)]


def test_a_fronted_figure_is_the_size_of_the_economy_named_after_it():
    text = "At 1.7 trillion yuan, Pudong's economy is larger than that of many provinces."
    assert brief(claims(text, published="2025-03-10"), "region", "indicator", "value") == [("310115", "gdp", 1.7e12)]


def test_a_year_written_before_the_measure_after_a_fronted_figure_is_its_stated_year():
    [c] = claims("At 514 billion yuan, Kunshan's 2024 GDP was the highest among counties.", published="2025-05-01")
    assert (c["period"], "period" in c["inferred"]) == ("2024", False)


def test_a_figure_so_many_years_ago_is_dated_back_from_the_year_spoken_of():
    text = "Changsha County's economy has ballooned to 250 billion yuan from 50 billion yuan a decade ago."
    assert brief(claims(text, published="2025-03-10"), "period", "value") == [("2024", 250e9), ("2014", 50e9)]
    text = "Kunshan's GDP was 530 billion yuan in 2024, compared with 230 billion yuan ten years ago."
    assert brief(claims(text, published="2025-03-10"), "period", "value") == [("2024", 530e9), ("2014", 230e9)]


def test_a_size_said_as_an_adjective_of_a_county_is_its_gdp():
    got = claims("Changsha County is now a 250-billion-yuan county.", published="2025-03-10")
    assert brief(got, "region", "indicator", "value") == [("430121", "gdp", 250e9)]
    got = claims("Changsha County is now a 100-billion-yuan county.", published="2025-03-10")  # a class: at least
    assert brief(got, "region", "value", "qualifier") == [("430121", 1e11, "at_least")]  # its size, the only statement


def test_an_estimate_of_completion_in_a_january_report_is_of_the_year_just_ended():
    text = "昆山市地区生产总值预计完成3500亿元，增长7%左右。"
    got = brief(claims(text, published="2018-01-20"), "indicator", "period", "kind")
    assert got == [("gdp", "2017", "expected"), ("gdp_growth", "2017", "expected")]
    text = "昆山市地区生产总值预计达到3800亿元，增长7%左右。"  # an estimate of the year begun, in a June article
    assert brief(claims(text, published="2018-06-20"), "period") == [("2018",), ("2018",)]


def test_a_forecast_for_the_country_is_not_the_districts():
    lead = "Nanshan's GDP rose 6 percent last year. "
    got = claims(lead + "The IMF expects growth of 4.5 percent for China in 2025.", published="2025-03-10")
    assert brief(got, "region", "indicator", "period")[1] == ("CN", "gdp_growth", "2025")
    got = claims(lead + "Nationally, growth is expected to be around 5 percent.", published="2025-03-10")
    assert brief(got, "region", "indicator")[1] == ("CN", "gdp_growth")


def test_growth_in_a_place_said_before_a_long_verb_phrase_is_its_gdp_growth():
    got = claims("Growth in Guangdong province is forecast at 5 percent this year.", published="2025-03-10")
    assert brief(got, "region", "indicator", "kind") == [("440000", "gdp_growth", "expected")]


def test_a_place_compared_with_owns_the_figure_it_is_given_with_de():
    text = "龙岗区2018年GDP为4287.9亿元，全市排名第二，仅次于南山区的4602亿元。"
    got = brief(claims(text, published="2019-02-10"), "region", "value")
    assert got == [("440307", 428.79e9), ("440305", 460.2e9)]
    text = "南山区GDP增长6.8%，坪山区增速9.2%，仅次于光明区的9.5%。"
    assert brief(claims(text, published="2025-02-10"), "region")[-1] == ("440311",)


def test_a_place_compared_with_and_no_figure_of_its_own_stays_a_comparison():
    """Guard: 仅次于南山区 without 的 + figure is a comparison, the figure is the subject's."""
    text = "龙岗区2018年GDP为4287.9亿元，仅次于南山区，位居全市第二。"
    assert brief(claims(text, published="2019-02-10"), "region") == [("440307",)]


def test_urban_and_rural_incomes_take_the_residents_named_nearest_them():
    text = "2017年，义乌市城镇居民人均可支配收入3.8万元，农村居民人均可支配收入1.9万元。"
    got = [c["indicator"] for c in claims(text, published="2018-03-01")]
    assert got == ["other:urban_disposable_income_per_capita", "other:rural_disposable_income_per_capita"]
    text = (
        "In 2024, per capita disposable income in Kunshan was 78,000 yuan for urban residents and "
        "42,000 yuan for rural residents."
    )
    got = [c["indicator"] for c in claims(text, published="2025-03-01")]
    assert got == ["other:urban_disposable_income_per_capita", "other:rural_disposable_income_per_capita"]


def test_a_place_that_will_hit_a_round_mark_is_expected_to_reach_that_gdp():
    got = claims("Longgang will hit 1 trillion yuan around 2035, economists say.", published="2025-05-10")
    assert brief(got, "indicator", "period", "kind") == [("gdp", "2035", "expected")]
    got = claims("Longgang is expected to reach 1 trillion yuan by 2035.", published="2025-05-10")
    assert brief(got, "indicator", "period") == [("gdp", "2035")]


def test_a_rate_assumed_in_a_condition_is_no_actual_figure():
    text = "If Longgang keeps growing 5 percent a year, it will hit 1 trillion yuan in the 2030s."
    assert {c["kind"] for c in claims(text, published="2025-05-10")} == {"expected"}


def test_its_output_is_the_places_gdp_and_its_growth_gdp_growth():
    text = "Kunshan is closer: its output of 530 billion yuan is more than half way, and it has grown 6 percent a year."
    got = brief(claims(text, published="2025-05-10"), "indicator", "value")
    assert got == [("gdp", 530e9), ("gdp_growth", 6)]  # and "half way" is no share
    text = "Kunshan makes phones. Its output of smartphones was worth 50 billion yuan."
    assert [c["indicator"] for c in claims(text, published="2025-05-10")] == ["other:output"]


def test_a_place_opening_a_clause_after_the_last_figure_is_its_new_subject():
    text = (
        "Analysts point to Shenzhen's Futian, whose GDP reached 600 billion yuan in 2024, "
        "and Guangzhou's Tianhe, with 680 billion yuan."
    )
    assert brief(claims(text, published="2025-05-10"), "region") == [("440304",), ("440106",)]


def test_hong_kong_style_first_quarter_and_approximate_conversion():
    got = claims("據區政府披露，今年首季南山區GDP按年增長5.9%。", published="2025-04-20")
    assert brief(got, "region", "indicator", "period") == [("440305", "gdp_growth", "2025-Q1")]
    got = claims("南山區人均GDP逾57萬元人民幣，約合7.9萬美元。", published="2025-04-20")
    assert [c["qualifier"] for c in got] == ["at_least", "approx"]


def test_feature_verbs_and_bare_output_carry_a_places_gdp():
    text = (
        "Nanshan's GDP reached 1.05 trillion yuan in 2024. Second-placed Futian delivered about 600 billion yuan, "
        "well ahead of Bao'an, which managed 500 billion yuan."
    )
    got = brief(claims(text, published="2025-03-20"), "region", "indicator", "value")
    assert got[1:] == [("440304", "gdp", 600e9), ("440306", "gdp", 500e9)]  # Bao'an's own, after ", which"
    text = (
        "Shanghai's Pudong remains on top, with output of 1.7 trillion yuan, "
        "ahead of Beijing's Haidian on 1.1 trillion yuan."
    )
    got = brief(claims(text, published="2025-03-20"), "region", "indicator", "value")
    assert got == [("310115", "gdp", 1.7e12), ("110108", "gdp", 1.1e12)]


def test_an_industry_compiling_an_output_is_not_a_places_gdp():
    """Guard: only a place 'with/on output of' is read as GDP."""
    text = "In Changsha County, electronic information compiled an output of 46.3 billion yuan in 2024."
    assert [c["indicator"] for c in claims(text, published="2025-03-20")] != ["gdp"]


def test_chinese_crossing_verbs_state_at_least_and_a_level_headed_for_is_a_goal():
    got = claims("长沙县地区生产总值迈入2000亿元大关。", published="2025-03-20")
    assert brief(got, "indicator", "value", "qualifier") == [("gdp", 200e9, "at_least")]
    got = claims("天河区经济总量站稳6000亿元台阶。", published="2025-03-20")
    assert brief(got, "indicator", "value", "qualifier") == [("gdp", 600e9, "at_least")]
    got = claims("福田区GDP向6000亿元迈进。", published="2025-03-20")
    assert [c["kind"] for c in got] == ["target"]


def test_a_list_of_places_and_sums_under_a_heading_about_the_richest_places_is_of_gdp():
    text = "China's richest districts in 2024\n\n1. Pudong: 1.7 trillion yuan\n2. Haidian: 1.1 trillion yuan\n"
    got = brief(claims(text, published="2025-03-20"), "region", "indicator")
    assert got == [("310115", "gdp"), ("110108", "gdp")]
    text = "Ranking of districts by size, 2024\n\nPudong - 1.7 trillion yuan\nHaidian - 1.1 trillion yuan\n"
    assert [c["indicator"] for c in claims(text, published="2025-03-20")] == ["gdp", "gdp"]
    text = "Where the money goes, 2024\n\nPudong: 1.7 trillion yuan\nHaidian: 1.1 trillion yuan\n"  # no topic
    assert [c["indicator"] for c in claims(text, published="2025-03-20")] == ["other:amount", "other:amount"]


def test_a_small_sum_in_a_fact_box_about_gdp_is_no_places_gdp():
    # a sum of yuan in the tens of thousands is income, not the size of any county's economy
    text = (
        "Yiwu at a glance\nGDP (2023): 205.5 billion yuan\n"
        "Urban residents' income: 92,800 yuan\nRural residents: 52,600 yuan\n"
    )
    got = [c for c in claims(text, published="2024-06-10") if c["indicator"] == "gdp"]
    assert [c["value"] for c in got] == [205.5e9]


def test_a_change_up_or_down_on_the_previous_year_is_growth_of_the_level_before():
    text = "Nanshan's GDP fell to 900 billion yuan in 2020, 3 percent down on the previous year."
    assert brief(claims(text, published="2025-03-20"))[1] == ("440305", "gdp_growth", "2020", -3.0)
    text = "Nanshan's GDP reached 1.06 trillion yuan in 2024, 6 percent up on the previous year."
    assert brief(claims(text, published="2025-03-20"))[1] == ("440305", "gdp_growth", "2024", 6.0)


def test_a_place_leading_a_field_with_a_growth_rate_grew_by_it():
    got = claims("Nanshan led Shenzhen with 6 percent growth in 2024.", published="2025-03-20")
    assert brief(got, "region", "indicator") == [("440305", "gdp_growth")]
    got = claims("Nanshan topped the list with growth of 6 percent in 2024.", published="2025-03-20")
    assert brief(got, "region", "indicator") == [("440305", "gdp_growth")]


def test_the_size_of_a_field_after_among_is_no_count():
    text = "Nanshan ranked first among Shenzhen's 9 districts, with GDP of 1.06 trillion yuan."
    assert brief(claims(text, published="2025-03-20"), "indicator") == [("gdp",)]


def test_a_sentence_opened_by_the_measure_it_lists_gives_each_place_its_own_figure():
    text = "深圳各区2024年GDP出炉。从总量看，南山区10291亿元，福田区6340亿元。\n"
    text += "从增速看，南山区6.8%，福田区5.1%，龙岗区4.5%。"
    got = brief(claims(text, published="2025-03-20"), "region", "indicator", "value")
    assert got[2:] == [("440305", "gdp_growth", 6.8), ("440304", "gdp_growth", 5.1), ("440307", "gdp_growth", 4.5)]


def test_the_economy_growing_year_on_year_is_gdp_growth():
    got = claims("南山区经济同比增长6.8%。", published="2025-03-20")
    assert brief(got, "indicator") == [("gdp_growth",)]


def test_the_output_of_the_city_and_regional_gross_output_are_gdp():
    text = "Kunshan profile\n\nEconomy: In 2022, the total output of the city was 450 billion yuan (US$65 billion).\n"
    assert [c["indicator"] for c in claims(text, published="2023-05-10")] == ["gdp", "gdp"]
    text = "In 2022, the regional gross output value of Kunshan was 450 billion yuan."
    assert [c["indicator"] for c in claims(text, published="2023-05-10")] == ["gdp"]
    text = "Kunshan's industrial companies delivered a total output of 116 billion yuan in 2022."  # guard
    assert [c["indicator"] for c in claims(text, published="2023-05-10")] == ["industrial_output"]


def test_a_goal_referred_to_in_a_sentence_of_results_does_not_make_a_target():
    got = claims(
        "今年以来，长沙县紧紧围绕年初确定的目标任务，前三季度实现地区生产总值增长9.5%。", published="2014-12-14"
    )
    assert brief(got, "indicator", "period", "kind") == [("gdp_growth", "2014-Q1Q3", "actual")]
    got = claims("按照计划，前三季度长沙县GDP增长9.5%。", published="2014-12-14")
    assert [c["kind"] for c in got] == ["actual"]
    got = claims("Kunshan beat its growth target as GDP rose 6.1 percent in 2024.", published="2025-03-10")
    assert [c["kind"] for c in got] == ["actual"]
    got = claims("长沙县力争全年地区生产总值增长9%。", published="2014-03-14")  # guard: a goal set
    assert [c["kind"] for c in got] == ["target"]


def test_a_place_aiming_for_or_expecting_growth_aims_for_gdp_growth():
    got = claims("Kunshan aims for growth of 6 percent in 2025.", published="2025-03-10")
    assert brief(got, "indicator", "kind") == [("gdp_growth", "target")]
    got = claims("Kunshan expects growth of around 5.5 percent this year.", published="2025-03-10")
    assert brief(got, "indicator", "kind") == [("gdp_growth", "expected")]


def test_places_listed_after_a_ranking_word_are_all_the_field():
    text = (
        "Changsha County's GDP reached 215 billion yuan last year. That puts the county fourth, behind "
        "Kunshan, Jiangyin and Zhangjiagang. That would require annual growth of around 7 percent."
    )
    got = brief(claims(text, published="2024-06-10"), "region", "kind")
    assert got[-1] == ("430121", "expected")  # the county's, not Zhangjiagang's; and hypothetical
    text = "Unlike Kunshan, Jiangyin's GDP rose 5 percent in 2024."  # guard: no list closed by 'and'
    assert brief(claims(text, published="2025-03-01"), "region") == [("320281",)]


def test_a_size_of_economy_aimed_at_is_a_gdp_target_but_a_power_of_ten_is_a_class():
    text = '"We aim to build a 300-billion-yuan economy by 2027," said the Party chief of Changsha County.'
    assert brief(claims(text, published="2024-06-10"), "indicator", "period", "value") == [("gdp", "2027", 300e9)]
    got = claims("Jiangyin is a 100-billion-yuan economy.", published="2024-06-10")  # a class: at least its size
    assert brief(got, "region", "value", "qualifier") == [("320281", 1e11, "at_least")]  # (not exactly)


def test_zhong_guo_across_a_word_boundary_is_not_china():
    text = '武侯区上市企业14家，其中国家级专精特新"小巨人"企业15家。'
    assert brief(claims(text, published="2024-07-01"), "region", "indicator") == [
        ("510107", "listed_companies"),
        ("510107", "little_giants"),
    ]


def test_the_place_a_chinese_wire_story_was_filed_from_is_not_its_subject():
    text = (
        "昆山经济\n\n新华社南京1月20日电 记者从昆山市统计局获悉，2024年昆山实现地区生产总值5280.5亿元，比上年增长5.1%。"
    )
    assert brief(claims(text, published="2025-01-20"), "region") == [("320583",), ("320583",)]  # not Nanjing


def test_a_share_of_the_province_with_a_qualifier_before_it_is_of_the_province():
    text = "昆山经济\n\n2024年昆山实现地区生产总值5280.5亿元。昆山创造了全省约4%的经济总量。"
    got = claims(text, published="2025-01-20")[-1]
    assert (got["indicator"], got["value"], got["qualifier"], got["relative_to"]) == ("gdp", 4, "approx", "320000")


def test_bare_output_of_a_place_in_an_article_about_the_economy_is_its_gdp():
    lead = "Shenzhen's economy grew 5.8 percent last year. "
    got = claims(lead + "In the city's Nanshan district, output rose 6.8 percent to 1.03 trillion yuan.", "2025-03-01")
    assert brief(got, "region", "indicator")[1:] == [("440305", "gdp_growth"), ("440305", "gdp")]
    got = claims(lead + "The tech hub of Nanshan saw output rise 6.8 percent.", "2025-03-01")
    assert brief(got, "region", "indicator")[1:] == [("440305", "gdp_growth")]


def test_a_rate_kept_within_a_level_is_at_most_it():
    text = "Jiangyin's targets for this year: GDP growth of around 5.5%; the unemployment rate within 3%."
    assert [c["qualifier"] for c in claims(text, published="2025-01-15")] == ["approx", "at_most"]


def test_a_ratio_to_a_named_place_or_the_city_is_relative_to_it():
    got = claims("Nanshan's per capita GDP is three times the Shenzhen average.", published="2025-04-10")
    assert [(c["indicator"], c["unit"], c["relative_to"]) for c in got] == [("gdp_per_capita", "ratio", "440300")]
    got = claims("南山区人均GDP为57.5万元，是全市平均水平的2.9倍。", published="2025-04-10")
    assert [(c["unit"], c.get("relative_to")) for c in got] == [("CNY_per_person", None), ("ratio", "440300")]


def test_doubled_is_a_verb_and_no_ratio():
    got = claims("Kunshan doubled its GDP in a decade.", published="2025-04-10")
    assert [c for c in got if c["unit"] == "ratio"] == []


def test_yuan_produced_each_is_output_per_head():
    got = claims("Nanshan's 1.8 million residents produce about 570,000 yuan each.", published="2025-04-10")
    assert brief(got, "indicator", "value")[-1] == ("gdp_per_capita", 570000)


def test_a_figure_after_so_many_years_ago_to_is_the_present_one():
    got = claims("Nanshan's GDP growth has slowed from double digits a decade ago to 6 percent.", "2025-04-10")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2024")]


def test_a_share_of_the_citys_land_is_a_share_of_its_area_and_the_measure_after_a_share_wins():
    got = claims("天河区以全市1.3%的土地创造了21%的GDP。", published="2024-02-27")
    assert [(c["indicator"], c["value"], c["relative_to"]) for c in got] == [
        ("area", 1.3, "440100"),
        ("gdp", 21, "440100"),
    ]
    got = claims("天河区土地出让收入300亿元。", published="2024-02-27")  # guard: land sales are money
    assert [c["indicator"] for c in got] == ["other:income"]


def test_a_share_after_a_share_of_the_citys_people_is_of_the_measure_named_after_it():
    got = claims("2025年，福田区以全市8%的人口创造了17%的GDP。", published="2026-03-01")
    assert [(c["indicator"], c["value"], c["relative_to"]) for c in got] == [
        ("population", 8, "440300"),
        ("gdp", 17, "440300"),  # was a second share of the population
    ]
    got = claims("2025年，福田区60岁以上人口占全市8%，常住人口占全市的9%。", published="2026-03-01")
    assert [c["indicator"] for c in got][-1] == "population"  # guard: a share named for the people stays theirs


@pytest.mark.parametrize(
    "text",
    [
        "天河区以全市约1.3%的土地面积、约6%的人口，创造了全市近两成的GDP。",
        "Tianhe, with 1.3 percent of the city's land and 6 percent of its population, produces nearly 20 percent of "
        "Guangzhou's GDP.",
    ],
)
def test_shares_listed_after_one_another_are_of_the_same_whole(text):
    got = claims(text, published="2024-02-27")
    assert [(c["region"], c["indicator"], c["value"], c["relative_to"]) for c in got] == [
        ("440106", "area", 1.3, "440100"),
        ("440106", "population", 6, "440100"),
        ("440106", "gdp", 20, "440100"),  # 两成, tenths written out, is a share of the city named before it too
    ]


def test_a_share_of_a_named_places_land_or_area_is_an_area_share():
    got = claims(
        "Tianhe covers 1.3 percent of Guangzhou's area but produces 21 percent of the city's GDP.", "2024-02-27"
    )
    assert [(c["indicator"], c["relative_to"]) for c in got] == [("area", "440100"), ("gdp", "440100")]
    got = claims("Occupying just one-tenth of Shenzhen's land, Nanshan is China's richest district.", "2024-02-27")
    assert [(c["region"], c["indicator"], c["relative_to"]) for c in got] == [("440305", "area", "440300")]


def test_a_level_sprinted_or_aimed_at_is_a_target():
    got = claims('专访龙岗区区长：冲刺"六千亿"\n\n去年全区GDP达到5290亿元，增长4.5%。', published="2025-03-05")
    assert brief(got, "indicator", "kind")[0] == ("gdp", "target")
    got = claims("受疫情冲击，龙岗区GDP下降2%。", published="2021-01-20")  # guard: 冲击 is a shock here
    assert [c["kind"] for c in got] == ["actual"]


def test_firms_added_are_a_change_and_the_total_they_bring_is_the_count():
    text = "Kunshan added 400 high-tech enterprises last year, bringing the total to 2,900."
    got = brief(claims(text, published="2025-02-15"), "indicator", "value")
    assert got == [("other:added_high_tech_enterprises", 400), ("high_tech_enterprises", 2900)]


@pytest.mark.parametrize("verb", ["will add", "aims to add", "is adding"])
def test_firms_a_place_will_add_are_a_change_too(verb):
    text = f"Kunshan {verb} 400 high-tech enterprises this year, bringing the total to 2,900."
    got = brief(claims(text, published="2025-02-15"), "indicator", "value")
    assert got == [("other:added_high_tech_enterprises", 400), ("high_tech_enterprises", 2900)]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan gained 400 new high-tech enterprises last year, bringing the total to 2,900.",
        "Kunshan recognized 400 new high-tech enterprises last year, bringing the total to 2,900.",
        "去年昆山新增国家级高新技术企业400家，累计达2900家。",
        "去年昆山新认定省级以上“专精特新”高新技术企业400家，总数达2900家。",
    ],
)
def test_firms_added_under_a_long_name_or_called_new_are_a_change(text):
    got = brief(claims(text, published="2025-02-15"), "indicator", "value")
    assert got == [("other:added_high_tech_enterprises", 400), ("high_tech_enterprises", 2900)]


def test_a_county_area_word_is_not_a_county_of_old():
    text = (
        "晋江市2023年GDP达3207.43亿元。2023年，晋江县域经济基本竞争力排名全国第四。常住人口207.5万人，城镇化率达70.1%。"
    )
    got = brief(claims(text, published="2024-03-10"), "region", "indicator")
    assert got[-2:] == [("350582", "population"), ("350582", "other:rate")]  # not 350522, 晋江县 before 1992


def test_registered_residents_are_not_the_population_even_at_the_start_of_a_clause():
    got = claims("江岸区户籍总人口82.58万人，常住人口95万人。", published="2024-03-10")
    assert [c["indicator"] for c in got] == ["other:persons", "population"]


def test_places_compared_with_own_their_bracketed_rates_but_never_become_the_subject():
    text = (
        "Futian's economy grew 5.1% in 2024 to reach 634 billion yuan, local authorities said. That was slower "
        "than neighbouring Nanshan (6.8%) but faster than Luohu (3.2%).\n\n"
        "The district's financial sector, which accounts for about 40% of its GDP, grew 7.2%."
    )
    got = brief(claims(text, published="2025-02-10"), "region", "indicator", "value")
    assert got[2:4] == [("440305", "gdp_growth", 6.8), ("440303", "gdp_growth", 3.2)]
    assert got[-1] == ("440304", "other:sector_growth", 7.2)  # Futian's sector, not Luohu's GDP growth


def test_a_place_outpaced_owns_only_the_rate_beside_it():
    text = "Shenzhen's GDP grew 5.8 percent. Nanshan outpaced Shenzhen's 5.8 percent with growth of 6 percent in 2024."
    got = brief(claims(text, published="2025-02-10"), "region", "indicator", "value")
    assert got[1:] == [("440300", "gdp_growth", 5.8), ("440305", "gdp_growth", 6.0)]


def test_a_level_hit_for_the_first_time_is_crossed():
    got = claims("Cixi saw its GDP hit 200 billion yuan ($29 billion) for the first time in 2021.", "2022-03-01")
    assert [c["qualifier"] for c in got] == ["at_least", "at_least"]
    got = claims("Kunshan's GDP reached 500 billion yuan in 2023.", "2024-03-01")  # guard: reached is exact
    assert [c["qualifier"] for c in got] == ["exact"]


def test_an_industrys_value_added_among_the_total_is_not_gdp():
    text = "2024年，海淀区实现地区生产总值11628亿元。其中，信息传输、软件和信息技术服务业增加值5680亿元，增长9.5%。"
    got = brief(claims(text, published="2025-01-25"), "indicator")
    assert got == [("gdp",), ("other:sector_value_added",), ("other:sector_growth",)]  # 其中: "of which", not "its"


@pytest.mark.parametrize(
    "text",
    [
        "2024年，福田区实现地区生产总值6200亿元，其中金融业增加值1800亿元，同比增长7.8%。",
        "In 2024, Futian's GDP reached 620 billion yuan, with the value added of its financial sector at 180 billion "
        "yuan, up 7.8 percent.",
    ],
)
def test_a_sectors_value_added_in_the_sentence_of_the_gdp_is_not_gdp(text):
    got = brief(claims(text, published="2025-01-25"), "indicator")
    assert got[:2] == [("gdp",), ("other:sector_value_added",)]
    assert got[2] != ("gdp_growth",)  # the sector's growth


def test_high_value_invention_patents_are_not_all_invention_patents():
    got = claims("海淀区每万人口高价值发明专利拥有量达到420件。", published="2025-01-25")
    assert [(c["indicator"], c["unit"]) for c in got] == [("other:high_value_patents_per_10k", "count_per_10k")]
    got = claims("海淀区每万人口发明专利拥有量达到600件。", published="2025-01-25")  # guard
    assert [c["indicator"] for c in got] == ["invention_patents_per_10k"]


def test_a_places_annual_output_is_its_gdp_in_any_article():
    # no GDP word in the opening: the place's own "annual output" still names its economy's size
    got = claims("Longgang posted annual output of more than 500 billion yuan.", published="2026-01-30")
    assert brief(got, "region", "indicator", "qualifier") == [("440307", "gdp", "at_least")]


def test_the_first_district_in_southern_china_is_set_in_china_not_about_it():
    got = claims(
        "Nanshan became the first district in southern China to post annual output of 1 trillion yuan.",
        published="2026-01-30",
    )
    assert brief(got, "region", "indicator") == [("440305", "gdp")]


def test_an_opening_about_a_places_annual_output_makes_bare_figures_gdp():
    text = (
        "Nanshan posted annual output of 1 trillion yuan last year, a first for the south.\n\n"
        "Neighbouring Futian generated about 630 billion yuan, while Bao'an clocked 500.5 billion yuan."
    )
    got = claims(text, published="2026-01-30")
    assert brief(got, "region", "indicator") == [("440305", "gdp"), ("440304", "gdp"), ("440306", "gdp")]


def test_a_year_in_a_clause_about_another_place_does_not_date_the_figure_before_it():
    text = "Nanshan's 187 sq km put it ahead of Hainan province, whose economy was worth 793.6 billion yuan in 2024."
    got = claims(text, published="2026-01-30")
    assert brief(got, "region", "indicator", "period") == [("440305", "area", "2026"), ("460000", "gdp", "2024")]


def test_an_official_saying_we_aim_for_growth_aims_for_the_places_gdp_growth():
    text = (
        "Q: Wuhou district's GDP grew 6.3 percent last year. What are this year's goals?\n\n"
        "A: We aim for growth of around 6 percent."
    )
    got = claims(text, published="2025-03-05")
    assert brief(got, "region", "indicator", "period", "kind")[-1] == ("510107", "gdp_growth", "2025", "target")


def test_we_found_is_no_place_growing():
    """Guard: a reporter's 'we' before a firm's growth does not make it the place's."""
    got = claims("In Wuhou district, we found that the firm's sales grew 12 percent.", published="2025-03-05")
    assert [c["indicator"] for c in got if c["indicator"] == "gdp_growth"] == []


def test_the_first_county_of_a_size_names_a_class_not_its_size():
    text = (
        "Changsha County: central China's first 200-billion-yuan county\n\n"
        "Changsha County reported a gross domestic product of 212 billion yuan for 2024."
    )
    got = claims(text, published="2025-03-20")
    assert brief(got, "indicator", "value") == [("gdp", 212e9)]  # the label gives way to the figure stated


def test_a_count_with_a_noun_of_its_own_does_not_take_the_cue_before_it():
    text = "Changsha County is home to 3 listed companies and 1,000 industrial enterprises above designated size."
    got = claims(text, published="2025-03-20")
    assert brief(got, "indicator", "value") == [("listed_companies", 3), ("other:count", 1000)]


def test_firms_added_this_year_and_the_total_they_take_past_a_level():
    text = "Longgang added 420 national high-tech enterprises this year, taking the total past 5,000."
    got = claims(text, published="2025-12-28")
    assert brief(got, "indicator", "period", "value", "qualifier") == [
        ("other:added_high_tech_enterprises", "2025", 420, "exact"),  # "this year" 41 characters on
        ("high_tech_enterprises", "2025", 5000, "at_least"),
    ]


def test_a_sum_a_place_posted_with_no_measure_named_is_its_gdp():
    got = claims("Haidian district posted 1.2 trillion yuan ($167 billion) last year.", published="2025-03-10")
    assert brief(got, "region", "indicator", "unit") == [("110108", "gdp", "CNY"), ("110108", "gdp", "USD")]


@pytest.mark.parametrize(
    "sentence",
    ["Shenzhen recorded 400 billion yuan of investment.", "Huawei posted 862 billion yuan in revenue in Shenzhen."],
)
def test_a_sum_with_a_measure_after_it_or_posted_by_a_firm_is_not_gdp(sentence):
    assert [c["indicator"] for c in claims(sentence, published="2025-03-10") if c["indicator"] == "gdp"] == []


def test_a_key_figures_list_takes_its_headings_year_and_its_labels_measures():
    text = (
        "Key figures: Wuhou District, Chengdu (2024)\n"
        "- GDP: RMB 152.3bn (+6.3% y/y)\n"
        "- Population: 1.2m permanent residents\n"
        "- R&D intensity: 3.1%\n"
        "- Listed companies: 12\n"
    )
    got = claims(text, published="2025-06-01")
    assert brief(got, "indicator", "period", "value") == [
        ("gdp", "2024", 152.3e9),
        ("gdp_growth", "2024", 6.3),
        ("population", "2024", 1.2e6),  # "1.2m permanent residents"; the heading's year, not publication's
        ("rd_intensity", "2024", 3.1),
        ("listed_companies", "2024", 12),
    ]


# Twenty ways to say a county's GDP without a GDP cue beside the figure, each read as its GDP.
_GDP_PHRASINGS = [
    "Kunshan has a 514-billion-yuan economy.",
    "Kunshan, a 514 billion yuan economy, borders Shanghai.",
    "Kunshan's economy, worth 514 billion yuan, is the largest of any county.",
    "The economy of Kunshan is now worth 514 billion yuan.",
    "GDP rankings 2024: Kunshan 514 billion yuan, Jiangyin 505 billion yuan.",
    "Kunshan's GDP grew 3.2 percent last year. The figure reached 514 billion yuan.",
    "Kunshan's GDP grew 3.2 percent last year, reaching 514 billion yuan.",
    "Kunshan's GDP in 2023 was 500 billion yuan; a year later it was 514 billion yuan.",
    "Kunshan, whose economy is bigger than Tibet's, produced goods and services worth 514 billion yuan in 2024.",
    "Kunshan's economic size hit 514 billion yuan in 2024.",
    "Kunshan generated 514 billion yuan in 2024.",
    "Kunshan's economy grew to 514 billion yuan in 2024.",
    "At 514 billion yuan, Kunshan's 2024 economy dwarfs many provinces.",
    "Kunshan produced 514 billion yuan worth of output in 2024.",
    "In terms of GDP, Kunshan ranked first with 514 billion yuan in 2024.",
    "Kunshan tops the list with 514 billion yuan in GDP in 2024.",
    "Kunshan's GDP last year: 514 billion yuan.",
    "Kunshan ended 2024 with GDP of 514 billion yuan.",
    "Kunshan's economy was valued at 514 billion yuan in 2024.",
    "Kunshan clocked GDP of 514 billion yuan in 2024.",
]


@pytest.mark.parametrize("text", _GDP_PHRASINGS)
def test_the_table_of_ways_to_state_a_gdp(text):
    got = [c for c in claims(text, lang="en", published="2025-03-01") if c["value"] == 514e9]
    assert brief(got, "region", "indicator") == [("320583", "gdp")]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Haidian, Beijing's tech hub, hit 1.02 trillion yuan in 2022.", "gdp"),
        ("Haidian alone produced 1.02 trillion yuan in 2022.", "gdp"),
        ("Haidian, Beijing's tech hub, hit 1.02 trillion yuan in software revenue in 2022.", "other:revenue"),
    ],
)
def test_a_place_reaching_a_level_with_no_measure_named_reaches_a_gdp(text, indicator):
    got = [c for c in claims(text, lang="en", published="2023-03-01") if c["value"] == 1.02e12]
    assert [c["indicator"] for c in got] == [indicator]


def test_a_fact_box_per_capita_line_is_yuan_a_head():
    text = "Kunshan\n\nPer Capita Income (Rural Resident): 46,200 RMB (2023)\n\nGDP per capita: 243,000 RMB (2023)\n"
    got = brief(claims(text, lang="en", published="2024-03-01"), "indicator", "unit")
    assert got == [("other:per_capita", "CNY_per_person"), ("gdp_per_capita", "CNY_per_person")]


def test_a_sector_structure_said_as_a_ratio_of_the_three_industries():
    got = claims("2023年，珠海市三次产业的比例为1.8∶50.2∶48.0。", published="2024-03-01")
    assert [c["value"] for c in got] == [1.8, 50.2, 48.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江阴GDP首破5000亿 人均超27万元", ("gdp_per_capita", 270000.0, "CNY_per_person")),
        ("2024年江阴市GDP达5050亿元，按常住人口计算，人均约28万元。", ("gdp_per_capita", 280000.0, "CNY_per_person")),
        ("2024年江阴市居民人均消费支出4.5万元。", ("other:per_capita", 45000.0, "CNY_per_person")),
    ],
)
def test_a_chinese_figure_per_head_is_never_the_total(text, expected):
    got = brief(claims(text, published="2025-03-01"), "indicator", "value", "unit")
    assert got[-1] == expected


def test_a_population_labelled_with_its_year_counts_people_in_units():
    got = claims("南山区\n\n人口（2020年）：1,795,826人\n面积：187.47平方公里\n", published="2025-01-01")
    assert (got[0]["indicator"], got[0]["period"], got[0]["value"]) == ("population", "2020", 1795826)


def test_a_fact_box_run_into_one_line_gives_each_value_its_own_label():
    text = (
        "Guangzhou at a glance\n\nGDP: 1,355.1 billion RMB (2012) Per Capita GDP: 105,909 RMB (2012) "
        "Per Capita Disposable Income (Urban Resident): 38,054 RMB (2012) Import & Export: 117.1 billion USD (2012)"
    )
    got = brief(claims(text, published=None), "indicator", "value")
    assert got[:2] == [("gdp", 1.3551e12), ("gdp_per_capita", 105909)]
    assert got[-1] == ("foreign_trade", 1.171e11)


def test_a_fact_box_line_without_a_year_takes_the_year_of_the_box_but_a_stock_the_publication_year():
    text = (
        "City Name: Zhongshan\n\nArea: 1,784 square kilometers\n\nGDP: 363.1 billion yuan (2022)\n\n"
        "Per capita GDP: 81,700 yuan\n\nGDP growth: 0.3%\n"
    )
    got = brief(claims(text, lang="en", published="2024-01-01"), "indicator", "period")
    assert got == [("area", "2024"), ("gdp", "2022"), ("gdp_per_capita", "2022"), ("gdp_growth", "2022")]


@pytest.mark.parametrize(
    "box",
    [
        "Qingdao: key indicators (2023)\nPopulation (m): 10.37\nNominal GDP (Rmb bn): 1,576.0\n"
        "Real GDP growth (%): 5.9\nGDP (US$ bn): 222.4",
        "Qingdao key data, 2023\nPopulation, m: 10.37\nNominal GDP, Rmb bn: 1,576.0\n"
        "Real GDP growth, %: 5.9\nGDP, US$ bn: 222.4",
    ],
)
def test_an_economist_style_box_with_units_in_its_labels(box):
    got = brief(claims(box, published="2024-09-01"), "region", "indicator", "period", "value", "unit")
    assert got == [
        ("370200", "population", "2023", 1.037e7, "persons"),
        ("370200", "gdp", "2023", 1.576e12, "CNY"),
        ("370200", "gdp_growth", "2023", 5.9, "percent"),
        ("370200", "gdp", "2023", 2.224e11, "USD"),
    ]


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_a_region_in_an_earlier_labels_value_is_not_the_subject_of_the_next_label(sep):
    box = "City Name: Dongguan\n\n" + sep.join(["Location: Pearl River Delta", "Territory: 2,460 square kilometers"])
    got = brief(claims(box, published="2024-09-01", lang="en"), "region", "indicator", "value")
    assert got == [("441900", "area", 2460.0)]


def test_a_region_s_own_figure_after_its_label_is_still_no_place_s():
    box = "City Name: Dongguan\n\nPearl River Delta GDP: 11 trillion yuan"
    assert claims(box, published="2024-09-01", lang="en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("江阴市离上海约150公里，2025年GDP为4900亿元。", "zh"),
        ("江阴市距离上海市中心约150公里，2025年GDP为4900亿元。", "zh"),
        ("江阴市与上海相距150公里，2025年GDP为4900亿元。", "zh"),
        ("Located 150 km from Shanghai, Jiangyin had a GDP of 490 billion yuan in 2025.", "en"),
        ("Some 150 km west of Shanghai, Jiangyin had a GDP of 490 billion yuan in 2025.", "en"),
    ],
)
def test_a_place_the_subject_is_measured_from_is_not_the_subject(text, lang):
    assert brief(claims(text, published="2026-02-10", lang=lang), "region") == [("320281",)]


def test_a_level_still_short_of_a_mark_is_not_reached():
    text = "2025年，江阴市GDP达到4900亿元，离5000亿元只差100亿元。"
    got = brief(claims(text, published="2026-02-10", lang="zh"), "indicator", "value")
    assert got[:2] == [("gdp", 490_000_000_000), ("other:gdp_not_reached", 500_000_000_000)]


WUXI_PROFILE = (
    "Overview of Wuxi\n\n"
    "Wuxi is a prefecture-level city in southern Jiangsu province. "
    "It administers five districts and two county-level cities, Jiangyin and Yixing.\n\n"
    "Population and area\nThe city covers a total area of 4,627 square kilometers.\n\n"
    "Economy\nWuxi's GDP reached 1.63 trillion yuan in 2024. Per capita GDP was about 217,000 yuan.\n\n"
    "Jiangyin, the largest of its county-level economies, produced 540 billion yuan, "
    "while Yixing's GDP stood at 250 billion yuan.\n\n"
    "Foreign trade\nTotal imports and exports amounted to 740 billion yuan."
)


def test_parts_named_after_an_anaphor_for_the_place_in_focus_do_not_take_its_place():
    got = brief(claims(WUXI_PROFILE, published="2025-06-12", lang="en"), "region", "indicator")
    assert got[:3] == [("320200", "area"), ("320200", "gdp"), ("320200", "gdp_per_capita")]


def test_a_place_described_by_an_aside_naming_a_group_is_still_the_subject():
    got = brief(claims(WUXI_PROFILE, published="2025-06-12", lang="en"), "region", "indicator", "value")
    assert ("320281", "gdp", 540_000_000_000) in got


def test_a_heading_naming_no_place_turns_a_profile_back_from_a_part_to_its_subject():
    got = brief(claims(WUXI_PROFILE, published="2025-06-12", lang="en"), "region", "indicator")
    assert got[-1] == ("320200", "foreign_trade")


def test_places_described_together_by_an_aside_are_still_a_group():
    """Guard: several places before the aside make a combined figure (passes before the change too)."""
    text = "Kunshan, Jiangyin and Zhangjiagang, the three largest county-level economies, produced 1.4 trillion yuan."
    assert claims(text, published="2025-06-12", lang="en") == []


def test_the_parts_a_chinese_profile_says_its_place_has_do_not_become_the_city_in_focus():
    text = (
        "无锡市概况\n\n无锡市位于江苏省南部，下辖江阴、宜兴两个县级市和五个区。全市总面积4627平方千米。\n\n"
        "经济\n2024年，全市地区生产总值16300亿元。"
    )
    got = brief(claims(text, published="2025-06-12", lang="zh"), "region", "indicator")
    assert [g for g in got if not g[1].startswith("other:")] == [("320200", "area"), ("320200", "gdp")]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_fact_box_label_set_off_by_a_dash_names_its_value(dash):
    text = f"Quick facts about Pingshan\n• Resident population {dash} 0.55 million (2023)\n• Listed companies {dash} 41"
    got = claims(text, lang="en", published="2024-05-01")
    assert brief(got, "region", "indicator", "value") == [
        ("440310", "population", 550000.0),
        ("440310", "listed_companies", 41.0),
    ]  # were nothing: only "Label: value" was read as a label


def test_the_city_a_district_ranks_in_is_not_the_owner_of_the_growth_after_the_rank():
    text = (
        "Pingshan District lies in the east of Shenzhen.\nEconomy\n"
        "In 2023 regional GDP came to 118.4 billion yuan, ranking ninth in the city, up 7.2 percent year on year."
    )
    got = brief(claims(text, published="2024-06-01", lang="en"), "region", "indicator", "value")
    assert got == [("440310", "gdp", 118400000000.0), ("440310", "gdp_growth", 7.2)]  # the growth was Shenzhen's


def test_a_chinese_profile_clause_after_a_semicolon_speaks_of_its_subject_not_of_its_neighbours():
    text = "宜兴市隶属于江苏省无锡市,位于无锡市西南部,东临太湖,南接浙江省长兴县,北达常州市武进区;总面积1997平方千米。"
    got = brief(claims(text, published="2024-05-01", lang="zh"), "region", "indicator")
    assert got == [("320282", "area")]  # was Wujin's and Changzhou's: 北达 names a neighbour, 位于 the setting


def test_a_count_of_towns_and_subdistricts_is_no_town_the_next_figures_are_of():
    text = "宜兴市下辖13个镇和5个街道,常住人口128.9万人,地区生产总值2320亿元。"
    got = brief(claims(text, published="2024-05-01", lang="zh"), "region", "indicator")
    assert [g for g in got if not g[1].startswith("other:")] == [("320282", "population"), ("320282", "gdp")]


def test_a_bare_year_in_brackets_dates_the_figure_it_follows_only():
    text = "宜兴市总面积1997平方千米,常住人口128.9万(2020年)。"
    got = brief(claims(text, published="2024-05-01", lang="zh"), "indicator", "period")
    assert got == [("area", "2024"), ("population", "2020")]  # the area was dated 2020


@pytest.mark.parametrize(
    "text",
    [
        "Yantian District covers 74.6 square kilometers, including 20.5 square kilometers of urban area.",
        "Yantian District covers 74.6 square kilometers, with 20.5 square kilometers of ecological reserve.",
        "Yantian District covers 74.6 square kilometers and has a construction area of 20.5 square kilometers.",
    ],
)
def test_a_part_of_a_districts_land_is_not_its_area(text):
    got = brief(claims(text, published="2024-05-01", lang="en"), "indicator", "value")
    assert got == [("area", 74.6), ("other:area", 20.5)]  # the part was read as the district's whole area


@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("Jinjiang District covers 61 km2 and is home to 0.9 million, with 16 subdistricts.", [900000.0]),
        ("Jinjiang District is home to 1.2 million square meters of office space.", []),  # a guard: a noun after it
    ],
)
def test_a_district_home_to_a_number_with_no_noun_after_it_is_home_to_that_many_people(text, population):
    got = claims(text, published="2024-05-01", lang="en")
    assert [c["value"] for c in got if c["indicator"] == "population"] == population  # the residents were lost


def test_a_temporary_resident_population_is_not_the_population():
    text = (
        "At present Kunshan has a registered population of 0.9 million and a non-local temporary resident "
        "population of 1.3 million people."
    )
    got = brief(claims(text, published="2024-05-01", lang="en"), "indicator", "value")
    assert ("population", 1300000.0) not in got  # the word before 'resident population' was out of sight


def test_per_capita_regional_gdp_is_gdp_per_capita():
    text = "In 2023 Qiyang County's GDP was 38.2 billion yuan. The per capita regional GDP was 41,300 yuan, up 5.1%."
    got = brief(claims(text, published="2024-04-01", lang="en"), "indicator", "value")
    assert got[1:] == [("gdp_per_capita", 41300.0), ("other:gdp_per_capita_growth", 5.1)]  # were gdp and gdp_growth


def test_a_place_called_the_capital_or_a_small_town_before_its_name_is_that_place():
    text = "迁安市人均GDP高达12万元,超过首都北京(人均GDP11.4万元)。"
    got = brief(claims(text, published="2020-06-01", lang="zh"), "region", "value")
    assert got == [("130283", 120000.0), ("110000", 114000.0)]  # 首都北京 was one word, no place: Qian'an's
    text = "燕山脚下的小城迁安,年GDP已接近千亿元。"
    assert brief(claims(text, published="2020-06-01", lang="zh"), "region") == [("130283",)]  # was nothing


def test_a_population_noun_naming_the_figure_before_does_not_name_the_next():
    text = (
        "Zhenxiong County is in Yunnan. At the end of 2023 its population was 1,350,000, including 1,020,000 "
        "agricultural population and 86,000 ethnic minority population."
    )
    got = brief(claims(text, published="2024-05-01", lang="en"), "indicator", "value")
    assert ("population", 86000.0) not in got  # "agricultural population and 86,000": the earlier figure's noun
    assert ("population", 1350000.0) in got  # a guard


def test_a_population_of_after_an_area_is_still_the_population():  # a guard
    text = "Zhenxiong County covers 3,696 square kilometers with a population of 1,350,000 as of 2023."
    got = brief(claims(text, published="2024-05-01", lang="en"), "indicator", "value")
    assert ("population", 1350000.0) in got


@pytest.mark.parametrize("note", ["", "[2]"])
def test_an_infobox_total_under_a_population_row_is_the_population_and_its_density_no_population(note):
    text = (
        f"Qingyang District\nArea | |\n• Total | 66.36 km2 |\nPopulation (2020 census){note} | |\n"
        "• Total | 955,954 |\n• Density | 14,000/km2 |\n"
    )
    got = [(c["indicator"], c["period"], c["value"]) for c in claims(text, published="2024-05-01")]
    assert ("population", "2020", 955954) in got  # with a footnote mark, the header was no table's header
    assert ("other:density", "2020", 14000) in got  # the table's column had made it a population


def test_an_infobox_gdp_block_with_a_footnote_gives_the_total_and_per_head_of_its_year():
    text = (
        "Zhejiang\nCountry | China |\nPopulation (2020)[1] | |\n• Province | 64,567,588 |\n• Rank | 8th |\n"
        "• Urban | 46,600,000 (72%) |\nGDP (2022)[2] | |\n• Total | CN¥ 7.77 trillion (4th)\nUS$ 1.16 trillion |\n"
        "• Per capita | CN¥ 118,496 (5th)\n"
    )
    got = [c for c in claims(text, published="2025-06-01") if not c["indicator"].startswith("other:")]
    assert brief(got) == [
        ("330000", "population", "2020", 64_567_588),
        ("330000", "gdp", "2022", 7.77e12),
        ("330000", "gdp", "2022", 1.16e12),  # the same total in dollars, on the line under it
        ("330000", "gdp_per_capita", "2022", 118_496),
    ]


def test_an_infobox_gdp_block_with_no_year_and_rows_that_end_at_the_next_label():
    text = (
        "Zhangjiagang\nZhangjiagang is a county-level city of Suzhou.\n\nProvince | Jiangsu\n"
        "Population (2020 census)\n • Total | 1,432,100\nGDP[3]\n • Total | CN¥ 377.0 billion (2024)\n"
        " • Per capita | CN¥ 262,000\nTime zone | UTC+8\nPostal code | 215600\nArea code | 0512\n"
    )
    got = [c for c in claims(text, published="2025-06-01") if not c["indicator"].startswith("other:")]
    assert brief(got) == [
        ("320582", "population", "2020", 1_432_100),
        ("320582", "gdp", "2024", 3.77e11),
        ("320582", "gdp_per_capita", "2024", 262_000),
    ]  # no population of 215,600 (the postal code), no figure of 3 (the footnote mark)
    assert not [c for c in claims(text, published="2025-06-01") if c["value"] in (3, 215600, 512)]


def test_the_years_of_an_infobox_label_or_row_do_not_date_the_prose_after_it():
    text = (
        "泾县\n泾县 | |\n设立 | 1959年3月1日 |\n面积 | |\n• 总计 | 2054.0 平方公里 |\n人口(2020年)[1] | |\n"
        "• 常住 | 288,145人 |\n泾县是安徽省宣城市下辖的一个县。面积2059平方公里，人口30万人。"
    )
    got = brief(claims(text, published="2024-05-01", lang="zh"), "indicator", "period", "value")
    assert ("population", "2020", 288145) in got  # the row under its label takes the label's year
    assert ("area", "2024", 2059) in got and ("population", "2024", 300000) in got  # not 2020, nor 1959


def test_a_profiles_population_with_an_aside_an_emperors_reign_and_people_from_the_place_abroad():
    text = (
        "Nanhai, established in the 9th year of Kaihuang of Sui Dynasty, has a resident population of 3.7 million "
        "(including 1.4 million registered residents); some 300,000 people who originated from Nanhai live abroad."
    )
    got = brief(claims(text, published="2024-10-25", lang="en"), "region", "indicator", "value")
    assert ("440605", "population", 3_700_000) in got  # the aside's 'registered' is the next figure's word
    assert ("440605", "other:persons", 300_000) in got  # emigrants are no residents


@pytest.mark.parametrize(
    "label",
    ["Growth of investment in fixed assets in Wuling", "The average annual growth of investment in fixed assets"],
)
def test_a_long_label_of_a_fact_box_names_its_rate(label):
    # labels over 40 characters were no labels: the rate was other:percent
    got = claims(f"Wuling district, Changde\n{label}: 10%\n", published="2021-06-30")
    assert brief(got, "region", "indicator") == [("430702", "fixed_asset_investment_growth")]


@pytest.mark.parametrize(("whole", "relative"), [("全省", "320000"), ("全国", "CN")])
def test_a_share_of_gdp_after_a_share_of_land_is_of_the_same_whole(whole, relative):
    got = claims(f"昆山以{whole}0.9%的土地贡献了4%的GDP。", published="2026-03-01")
    assert [(c["indicator"], c.get("relative_to")) for c in got] == [("area", relative), ("gdp", relative)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Hefei accounted for 8% of Anhui's land area, 15.2% of its population and a quarter of its GDP.",
        "In 2019 Hefei accounted for 8% of the province's land area and 15.2% of the population, and a quarter of its "
        "GDP.",
    ],
)
def test_shares_listed_after_a_share_of_land_keep_their_own_measure_and_its_whole(text):
    # the population's share had been read as a second share of the land, or (after "of its") as Hefei's share of
    # its own figures
    got = brief(claims(text, published="2020-03-01"), "indicator", "value", "relative_to")
    assert got == [("area", 8, "340000"), ("population", 15.2, "340000"), ("gdp", 25, "340000")]


def test_a_code_in_a_fact_box_is_no_figure_of_the_header_above_it():  # written for this test
    text = "Wujiang District\nPopulation (2010)\n  Total 1,275,000\nArea code 0512\nPostal Code 215200\n"
    got = brief(claims(text, published="2017-08-01"), "indicator", "value")
    assert got == [("population", 1275000)]  # the postal code had been a population of 215,200


def test_a_population_without_commas_after_the_places_name_is_a_figure():  # written for this test
    text = "As of November 1, 2020, the permanent resident population of Wujiang District was 1545023."
    assert brief(claims(text, published="2021-06-15"), "region", "indicator", "value") == [
        ("320509", "population", 1545023)
    ]  # it had been read as an id (seven digits, no commas)


def test_a_long_number_with_no_population_before_it_is_still_an_id():  # a guard: it passed before
    assert claims("Wujiang District's investment hotline is 12345678.", published="2021-06-15") == []


def test_an_infobox_s_sub_rows_take_the_measure_of_the_header_row_above_them():
    text = (
        "Futian District\n"
        "Country | People's Republic of China |\n"
        "Area | |\n"
        "- Total | 78.66 km2 (30.37 sq mi) |\n"
        "GDP | 2023 |\n"
        "- Total | CNY 601.2 billion USD 85.3 billion |\n"
        "- per capita | CNY 389,100 USD 55,200 |\n"
        "- Growth | 6.1% |\n"
    )  # an encyclopedia infobox as a scraper writes it: the header names the measure, the sub-rows its parts
    got = brief(claims(text, lang="en", published="2024-09-01"), "indicator", "unit", "value")
    assert got == [
        ("area", "km2", 78.66),
        ("gdp", "CNY", 6.012e11),  # was other:amount, in dollars
        ("gdp", "USD", 8.53e10),  # was lost
        ("gdp_per_capita", "CNY_per_person", 389100),
        ("other:gdp_per_capita_usd", "USD", 55200),
        ("gdp_growth", "percent", 6.1),  # was other:growth
    ]


def test_an_infobox_copied_with_its_cells_run_together_still_reads_under_its_header():
    text = (
        "Futian District\n"
        "CountryChina\n"
        "GDP (Nominal)2023[4]\n"
        " - Total¥601.2 billion\n"
        "$85.3 billion\n"
        " - Per Capita¥389,100\n"
        " - GrowthIncrease 6.1%\n"
    )  # a label run into its value ("Total¥601.2 billion"), an arrow's alt text before a rate ("Increase 6.1%")
    got = brief(claims(text, lang="en", published="2024-09-01"), "indicator", "unit", "value")
    assert got == [
        ("gdp", "CNY", 6.012e11),  # was lost
        ("gdp", "USD", 8.53e10),  # was other:amount
        ("gdp_per_capita", "CNY_per_person", 389100),  # was lost
        ("gdp_growth", "percent", 6.1),  # was other:percent
    ]


def test_an_infobox_whose_total_is_run_into_its_figure_without_a_bullet():
    # "Total1,350 km2" and "Total612,840" had no figure at all: a number run into a word was read only before a
    # scale or a money unit, and a sub-row needed a bullet
    text = (
        "Quwo County\n"
        "ProvinceShanxi\n"
        "Area\n"
        "  Total1,350 km2 (521 sq mi)\n"
        "Population\n"
        " (2019)[2]\n"
        "  Total612,840\n"
        "  Density450/km2\n"
    )
    got = brief(claims(text, lang="en", published="2020-08-01"), "indicator", "period", "value")
    assert got == [("area", "2020", 1350), ("population", "2019", 612840)]


def test_a_figure_of_the_year_of_publication_told_in_the_past_tense_is_a_result():
    # a profile dated in February that says "In 2024, it had a GDP of …" was written (or updated) after the year:
    # the past tense tells a result, not a goal for a year not yet over (had been target, its kind inferred)
    text = (
        "Liuyang City, in Hunan province, is a county-level city of Changsha. In 2024, Liuyang had a GDP of "
        "152 billion yuan."
    )
    got = brief(claims(text, published="2024-02-10"), "indicator", "period", "kind")
    assert got == [("gdp", "2024", "actual")]


def test_a_figure_of_the_year_of_publication_told_as_a_plan_stays_a_goal():  # a guard: passed before
    text = "In 2024, Liuyang's GDP will reach 152 billion yuan."
    got = brief(claims(text, published="2024-02-10"), "indicator", "kind")
    assert got == [("gdp", "target")]


@pytest.mark.parametrize(
    "text",
    [
        "Liuyang is a sub-district of Changsha city and covers 5,007 square kilometers.",
        "Liuyang, in Central China's Hunan province, is a county-level city of Changsha, the provincial capital, "
        "and covers 5,007 square kilometers.",
    ],
    ids=["sub-district", "setting-aside"],
)
def test_a_place_called_a_unit_of_its_city_keeps_its_own_figures(text):
    # "X is a sub-district of Y" and "X, in Z, is a county-level city of Y": X is called so; Y is where it lies
    got = brief(claims(text, published="2024-02-10"), "region", "indicator", "value")
    assert got == [("430181", "area", 5007.0)]


def test_an_undated_figure_the_text_restates_with_its_year_takes_that_year():
    # the box's GDP had taken the year before publication, though the body gives the same figure for 2023
    text = (
        "Changshu\nCounty-level city\nProvince\tJiangsu\nGDP\n • Total\tCN¥ 282.4 billion\n\n"
        "Changshu is a county-level city under Suzhou. In 2023, its GDP was 282.4 billion yuan."
    )
    got = [(c["indicator"], c["period"], "period" in c["inferred"]) for c in claims(text, published="2025-06-01")]
    assert got == [("gdp", "2023", True), ("gdp", "2023", False)]


def test_an_undated_figure_restated_for_two_years_keeps_its_own_guess():  # a guard: passed before
    text = (
        "Changshu\nGDP\n • Total\tCN¥ 282.4 billion\n\n"
        "In 2022, its GDP was 282.4 billion yuan. In 2023, its GDP was again 282.4 billion yuan."
    )
    got = [c["period"] for c in claims(text, published="2025-06-01") if c["indicator"] == "gdp"]
    assert got[0] == "2024"
