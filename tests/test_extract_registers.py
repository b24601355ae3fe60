"""Registers the extractor had not met: ranking tables flattened with columns it has no measure for,
pipe tables without outer pipes under a caption giving the unit in words, a district's rate said "as it
stands" inside a reckoning, and Chinese rates said of now.

Sentences and tables written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


def test_a_ranking_rows_numbers_stand_under_their_own_columns():
    text = (
        "2025年各区GDP排行\n"
        "排名 区 所属城市 2025年GDP（亿元） 名义增量（亿元） 实际增速（%）\n"
        "1 浦东新区 上海 17503 651 5.6\n"
        "2 海淀区 北京 11928 812 7.1\n"
    )
    got = brief(claims(text, published="2026-03-06"), "region", "indicator", "period", "value")
    assert got == [
        ("310115", "gdp", "2025", 1.7503e12),
        ("310115", "gdp_growth", "2025", 5.6),  # was 651, the increment's column, as growth
        ("110108", "gdp", "2025", 1.1928e12),
        ("110108", "gdp_growth", "2025", 7.1),
    ]


def test_a_row_with_an_empty_cell_keeps_the_columns_in_order():  # a guard: fewer numbers than measures
    text = "排名 区 2024年GDP（亿元） 2025年GDP（亿元） 增速（%）\n1 南山区 9500 10135 —\n"
    got = brief(claims(text, published="2026-03-06"), "indicator", "period", "value")
    assert got == [("gdp", "2024", 9.5e11), ("gdp", "2025", 1.0135e12)]


def test_a_pipe_table_without_outer_pipes_takes_its_unit_from_the_caption_in_words():
    text = (
        "The districts are ranked by output. Figures are in billions of yuan; growth is real, in percent.\n"
        "Rank | District | City | GDP 2024 | Growth\n"
        "1 | Haidian | Beijing | 1,112.5 | 6.8\n"
        "2 | Longgang | Shenzhen | 495.1 | 4.9\n"
    )
    got = brief(claims(text, published="2026-03-05"), "region", "indicator", "period", "value")
    assert got == [
        ("110108", "gdp", "2024", 1.1125e12),  # was no figure: the unit in words, the year in a cell of words
        ("110108", "gdp_growth", "2024", 6.8),  # was 2025
        ("440307", "gdp", "2024", 4.951e11),
        ("440307", "gdp_growth", "2024", 4.9),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Futian would need more than a decade at its current pace of under 5 percent.",
        "At its current growth rate of 5 percent, Futian would cross the line only in 2035.",
        "Futian's current growth rate of 5 percent would take it past the line in 2035.",
    ],
)
def test_a_rate_said_as_it_stands_is_the_places_growth_inside_a_reckoning(text):
    got = brief(claims(text, published="2026-05-18"), "region", "indicator", "period", "kind", "value")
    assert got == [("440304", "gdp_growth", "2025", "actual", 5.0)]  # was other:…, dated 2026 or 2035


def test_a_rate_a_reckoning_assumes_stays_no_figure_of_the_place():  # a guard: no "current"
    text = "At a growth rate of 5 percent a year, Futian would cross the line only in 2035."
    got = claims(text, published="2026-05-18")
    assert [c["indicator"] for c in got if c["unit"] == "percent"] == ["other:growth_hypothetical"]


def test_a_participle_of_growth_after_a_place_is_its_growth():
    text = "Futian, growing 4.8 percent last year, is the obvious contender."
    got = brief(claims(text, published="2026-05-18"), "region", "indicator", "value")
    assert got == [("440304", "gdp_growth", 4.8)]  # was other:growth


@pytest.mark.parametrize("now", ["目前的", "去年的", "的"])
def test_a_chinese_districts_rate_said_of_now_is_its_growth(now):
    got = brief(claims(f"龙岗区{now}增速为5%左右。", published="2026-03-01"), "region", "indicator", "value")
    assert got == [("440307", "gdp_growth", 5.0)]


def test_a_chinese_districts_rate_of_a_named_measure_stays_that_measures():  # a guard
    got = brief(claims("龙岗区目前的进出口增速为5%左右。", published="2026-03-01"), "indicator", "value")
    assert got == [("other:foreign_trade_growth", 5.0)]


def test_a_note_on_the_figures_above_bounds_none_of_them():
    text = "2025年各县（市）GDP\n常熟市：3050.4亿元，增长5.2%\n太仓市：1798.3亿元，增长5.4%\n以上数据均为初步核算数。"
    got = brief(claims(text, published="2026-01-28"), "indicator", "qualifier", "value")
    assert got[2:] == [("gdp", "exact", 1.7983e11), ("gdp_growth", "exact", 5.4)]  # 5.4 had been at_least


def test_a_figure_and_more_is_still_at_least():  # a guard
    got = brief(claims("太仓市GDP增长5.4%以上。", published="2026-01-28"), "indicator", "qualifier", "value")
    assert got == [("gdp_growth", "at_least", 5.4)]


def test_an_amount_in_output_a_place_aims_for_is_its_gdp():
    text = "Changsha County aims for 300 billion yuan in output by 2030."
    got = brief(claims(text, published="2025-11-29"), "region", "indicator", "period", "kind", "value")
    assert got == [("430121", "gdp", "2030", "target", 3e11)]  # was other:amount


def test_an_amount_in_output_value_of_firms_is_not_gdp():  # a guard
    text = "Changsha County's factories turned out 300 billion yuan in output value."
    assert [c["indicator"] for c in claims(text, published="2025-11-29")] == ["other:amount"]


def test_a_which_clause_after_a_list_is_about_its_last_place():
    text = "The club: Pudong, Haidian and Nanshan, which joined last year with GDP of 1.01 trillion yuan."
    got = brief(claims(text, published="2026-03-02"), "region", "indicator", "value")
    assert got == [("440305", "gdp", 1.01e12)]  # had gone to Pudong and Haidian too


def test_a_which_clause_saying_both_is_about_the_pair():  # was the last place's alone
    text = "Next come Futian and Longgang, which both exceeded 600 billion yuan last year."
    got = brief(claims(text, published="2026-03-02"), "region", "qualifier", "value")
    assert got == [("440304", "at_least", 6e11), ("440307", "at_least", 6e11)]


def test_the_level_a_place_grew_to_after_its_rate_and_year_is_its_gdp():
    text = "Shanghai's Pudong New Area grew 5.6% in 2025 to 1.75 trillion yuan ($243 billion), officials said."
    got = brief(claims(text, published="2026-01-22"), "indicator", "unit", "value")
    assert got == [("gdp_growth", "percent", 5.6), ("gdp", "CNY", 1.75e12), ("gdp", "USD", 2.43e11)]


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Pudong's economy grew 5.1% in the fourth quarter, down from 5.8% in the third quarter.", "2025-Q3"),
        ("Pudong's GDP growth slowed to 5.1% in the fourth quarter of 2025 from 5.8% in the third.", "2025-Q3"),
        ("Pudong's economy grew 5.1% in the first quarter, down from 5.8% in the fourth quarter.", "2024-Q4"),
        ("Pudong's economy grew 5.1% in the fourth quarter, down from 5.8% a year earlier.", "2024-Q4"),
    ],
)
def test_a_base_in_an_earlier_part_of_the_year_is_of_that_year(text, base):
    got = brief(claims(text, published="2026-01-22"), "period", "value")
    assert got[1] == (base, 5.8)  # the first two had been 2024-Q3


def test_an_undated_work_report_is_delivered_the_year_after_the_one_it_reviews():
    text = (
        "长沙县2026年政府工作报告（摘要）\n"
        "一、2025年工作回顾\n"
        "过去一年，全县地区生产总值预计突破2500亿元，一般公共预算收入完成138亿元。\n"
    )
    got = brief(claims(text, published=None), "indicator", "period", "value")
    assert got == [("gdp", "2025", 2.5e11), ("fiscal_revenue", "2025", 1.38e10)]  # estimates of the year reviewed
    # (the year of publication unknown, they had been the report's own year, 2026)


def test_the_year_of_a_goal_does_not_date_an_undated_text():
    text = (
        "Wuhou district produced 150 billion yuan of output in 2025.\n"
        "Per capita GDP, at about 125,000 yuan, is among Chengdu's highest.\n"
        "Officials set a goal of 6 percent growth for 2026.\n"
    )
    got = brief(claims(text, published=None), "indicator", "period")
    assert ("gdp_per_capita", "2025") in got  # had been 2026: the goal's year taken as the latest named


def test_a_reckonings_rate_does_not_date_the_sentences_after_it():
    text = (
        "Shenzhen's Futian district, at 630 billion yuan last year, remains the closest. It would need annual "
        "growth of about 8 percent for six years to get there. Guangzhou's Tianhe district reported 656.2 billion "
        "yuan, up 4.1 percent."
    )
    got = brief(claims(text, published="2026-02-10"), "region", "period", "kind", "value")
    assert ("440106", "2025", "actual", 6.562e11) in got  # had been 2026, a target: the reckoning's year


def test_the_opening_phrase_of_a_sentence_after_another_on_its_line_gives_its_part_of_the_year():
    text = (
        "Futian's growth was 5.2 percent. In the first quarter of this year the two were almost level: Tianhe "
        "reported 158.4 billion yuan and Futian 155.9 billion yuan, with growth of 3.9 percent and 5.5 percent "
        "respectively."
    )
    got = brief(claims(text, published="2026-05-20"), "period", "value")
    assert got[-2:] == [("2026-Q1", 3.9), ("2026-Q1", 5.5)]  # had been 2026: the space before 'In' hid the colon


def test_the_county_is_a_county_level_city_after_a_province_was_named():
    text = (
        "Kunshan's GDP rose 5.4 percent to 541 billion yuan. Qinghai's was about 390 billion yuan. "
        "The county's general public budget revenue reached 44.1 billion yuan."
    )
    got = brief(claims(text, published="2026-01-28"), "region", "indicator")
    assert got[-1] == ("320583", "fiscal_revenue")  # had been dropped: no county named, the focus on a province


def test_the_county_spoken_of_brings_the_focus_back_from_a_province():
    text = (
        "Kunshan's GDP rose 5.4 percent to 541 billion yuan. Qinghai's was about 390 billion yuan. "
        "The county is just as strong in its finances. General public budget revenue reached 44.1 billion yuan."
    )
    got = brief(claims(text, published="2026-01-28"), "region", "indicator")
    assert got[-1] == ("320583", "fiscal_revenue")  # had been Qinghai's


def test_a_neighbour_a_place_is_compared_with_never_becomes_the_focus():
    text = (
        "Jinjiang is better known for its sneakers than for its GDP. But at 358 billion yuan in 2025, its economy is "
        "now larger than that of several prefecture-level cities, including Quanzhou's neighbour Putian (about 330 "
        "billion yuan). The city accounts for roughly a third of Quanzhou's output."
    )
    got = brief(claims(text, published="2026-03-08"), "region", "indicator", "unit", "value")
    assert got[1] == ("350300", "gdp", "CNY", 3.3e11)  # Putian's own figure stays Putian's
    assert got[2] == ("350582", "gdp", "percent", 33.3)  # had been Putian's share of Quanzhou


def test_a_cards_bullets_run_into_one_line_still_part_its_items():
    text = (
        "晋江2025年成绩单\n"
        "01经济总量再上台阶🔺2025年，全市实现地区生产总值3680.5亿元🔺同比增长6.1%连续32年位居福建省县域经济首位"
        "👍02三次产业协调发展▶第一产业增加值：38.2亿元，增长3.0%03创新动能持续增强📌国家高新技术企业达1050家"
        "📌境内外上市企业58家04民生福祉不断改善💰全体居民人均可支配收入58620元，增长5.5%"
    )
    got = brief(claims(text, published="2026-01-30"), "region", "indicator")
    assert [i for _r, i in got if not i.startswith("other:")] == [
        "gdp",
        "gdp_growth",
        "primary_value_added",
        "high_tech_enterprises",
        "listed_companies",
        "disposable_income_per_capita",
    ]  # the items after the first bullet had been lost or gone to Fujian
    assert {r for r, _i in got} == {"350582"}


def test_a_common_word_before_a_level_word_it_never_takes_is_no_place():
    text = "数据快报\n前海合作区实现地区生产总值3068亿元，同比增长7.2%。\n全年进出口总额增长5.1%。\n"
    assert claims(text, published="2026-02-27") == []  # 合作区 had been 合作市 (Gansu), given the last figure


def test_a_common_word_with_its_own_level_word_is_the_place():  # a guard
    got = brief(claims("合作市实现地区生产总值48亿元。", published="2026-02-27"), "region", "value")
    assert got == [("623001", 4.8e9)]


def test_a_line_that_opens_with_a_comma_goes_on_the_line_before():
    text = "深圳各区GDP\n南山区全年GDP达10135亿元；宝安区为5006亿元\n，增长5.1%。\n"
    got = brief(claims(text, published="2026-02-27"), "region", "indicator", "value")
    assert got[-1] == ("440306", "gdp_growth", 5.1)


def test_a_wrapped_line_ending_a_sentence_at_the_margin_keeps_its_paragraph():
    text = (
        "Profile: Cixi\n\n"
        "Cixi is a county-level city under the jurisdiction of Ningbo, in northeastern\n"
        "Zhejiang province. In 2024 the city's GDP was 304.2 billion yuan, making it\n"
        "one of the few counties above 300 billion. Per capita GDP was 166,000 yuan.\n"
        "General public budget revenue reached 23.9 billion yuan, up 3.1 percent.\n"
    )
    got = brief(claims(text, published="2026-04-18"), "indicator", "period")
    assert ("fiscal_revenue", "2024") in got  # had been 2025: the line end read as a paragraph's


def test_a_figure_cut_at_its_thousands_mark_is_one_figure():
    text = "Nanshan in numbers\nThe district is home to more than 5,\n000 national high-tech enterprises.\n"
    got = brief(claims(text, published="2026-02-10"), "indicator", "value")
    assert got == [("high_tech_enterprises", 5000)]  # had been 5 and 0


def test_sentences_set_a_line_each_in_paragraphs_apart_by_blank_lines_keep_the_paragraphs_year():
    text = (
        "Profile: Cixi, Zhejiang\n\n"
        "Cixi is a county-level city under the jurisdiction of Ningbo, in northeastern Zhejiang province.\n"
        "It covers 1,361 square kilometres and is home to some of China's largest appliance makers.\n\n"
        "Economy\n"
        "In 2024 the city's GDP was 304.2 billion yuan, making it one of the few counties above 300 billion.\n"
        "Per capita GDP was about 166,000 yuan.\n"
        "General public budget revenue reached 23.9 billion yuan.\n\n"
        "The city is home to 38 listed companies.\n"
    )
    got = brief(claims(text, published="2026-04-18"), "indicator", "period")
    assert ("fiscal_revenue", "2024") in got  # had been 2025: each line read as a paragraph of its own
    assert ("listed_companies", "2026") in got  # a guard: after the blank line, the paragraph's year is over


@pytest.mark.parametrize(
    "table",
    [
        "指标\t2020年\t2025年\t年均增长\t属性\n地区生产总值（亿元）\t3889.0\t5500\t7%左右\t预期性\n",
        "| 指标 | 2020年 | 2025年 | 年均增长（%） | 属性 |\n|---|---|---|---|---|\n"
        "| 地区生产总值（亿元） | 3889.0 | 5500 | 7左右 | 预期性 |\n",
    ],
)
def test_a_plans_average_growth_column_spans_the_years_across(table):
    text = "宝安区“十四五”规划纲要\n专栏1 主要指标\n" + table
    got = brief(claims(text, published="2021-03-30"), "indicator", "period", "kind", "value")
    assert ("gdp_growth", "2021/2025", "target", 7.0) in got  # had been 2020's or 2025's growth


def test_a_sources_tag_naming_a_place_is_no_subject():
    text = "南山GDP破万亿\n【香港01】深圳南山区公布，2025年本地生产总值录得10,135亿元人民币，按年增长6%。\n"
    got = brief(claims(text, published="2026-02-03"), "region", "indicator")
    assert ("440305", "gdp_growth") in got and all(r != "810000" for r, _ in got)  # had all gone to Hong Kong


def test_a_cantonese_possessive_reads_as_the_mainlands():  # a guard: 嘅 read as 的
    got = claims("南山區成為全國第三個GDP過萬億元嘅區。", published="2026-02-03")
    assert brief(got, "region", "qualifier", "value") == [("440305", "at_least", 1e12)]


@pytest.mark.parametrize(
    ("base", "relative"), [("香港人均水平的", "810000"), ("上海平均水平的", "310000"), ("深圳人均水平的", "440300")]
)
def test_a_ratio_to_another_places_level_is_the_subjects(base, relative):
    text = f"南山区人均GDP逾53万元，约为{base}1.8倍。"
    got = brief(claims(text, published="2026-02-03"), "region", "indicator", "unit", "relative_to")
    assert got[-1] == ("440305", "gdp_per_capita", "ratio", relative)  # had been the base's own, or of its parent


def test_a_rate_a_place_named_after_it_managed_is_that_places():
    text = (
        "Tianhe's GDP, 651.8 billion yuan in 2025, trailed Nanshan's 1.01 trillion yuan. Its problem is growth. "
        "Output expanded 3.9 percent last year, a touch below Guangzhou's 4.1 percent and far short of the 6 percent "
        "Nanshan managed."
    )
    got = brief(claims(text, published="2026-04-08"), "region", "indicator", "value")
    assert got[-1] == ("440305", "gdp_growth", 6.0)  # had been Guangzhou's, other:amount_growth


def test_a_rate_compared_after_another_measures_stays_that_measures():  # a guard
    text = "Output in Nanshan rose 6 percent last year, while exports fell 2 percent, short of the 8 percent target."
    got = brief(claims(text, published="2026-04-08"), "indicator", "value")
    assert got[1:] == [("other:exports_growth", -2.0), ("other:exports_growth", 8.0)]


@pytest.mark.parametrize("verb", ["相当于", "这一数字相当于"])
def test_a_share_of_a_city_as_a_whole_named_before_it_is_the_subjects(verb):
    text = f"2025年南山区GDP达10135亿元，{verb}深圳全市的26.2%。"
    got = brief(claims(text, published="2026-03-12"), "region", "indicator", "unit", "relative_to")
    assert got[-1] == ("440305", "gdp", "percent", "440300")  # had been Shenzhen's own share, other:share


def test_a_rate_compared_after_a_rate_with_its_noun_keeps_the_measure():
    text = "南山区2025年GDP为10135亿元，福田区为6021亿元。南山去年6.0%的增长，已经低于2021年的8.7%。"
    got = brief(claims(text, published="2026-03-12"), "indicator", "period", "value")
    assert got[-1] == ("gdp_growth", "2021", 8.7)  # had been other:percent: 的增长 read as this rate's own noun


def test_a_groups_output_said_first_makes_the_story_one_of_gdp():
    text = (
        "Suzhou, Wuxi and Changzhou together produced more than 5.6 trillion yuan of output in 2025. "
        "Suzhou alone accounted for about 2.7 trillion yuan, while Wuxi and Changzhou reported 1.66 trillion and "
        "1.13 trillion yuan respectively. Kunshan (545 billion yuan), Jiangyin (530 billion) and Changshu (305 "
        "billion) all rank in the national top ten."
    )
    got = brief(claims(text, published="2026-03-03"), "region", "indicator")
    assert got == [
        ("320500", "gdp"),
        ("320200", "gdp"),
        ("320400", "gdp"),
        ("320583", "gdp"),
        ("320281", "gdp"),
        ("320581", "gdp"),
    ]  # all had been other:amount: the sum, no place's, had not said the measure


@pytest.mark.parametrize(
    ("second", "qualifier"),
    [
        ("Haidian's is about 1.2 trillion.", "approx"),
        ("Haidian, at a little over 1.2 trillion, is second.", "at_least"),
        ("Haidian, at about one point two trillion, is second.", "approx"),
    ],
)
def test_a_bare_scale_said_of_a_place_after_a_figure_in_yuan_is_in_yuan(second, qualifier):
    text = "Pudong's economy is now roughly 1.8 trillion yuan. " + second
    got = brief(claims(text, published="2026-01-30"), "region", "indicator", "qualifier", "value")
    expected = [("310115", "gdp", "approx", 1.8e12)]
    assert got == expected + ([("110108", "gdp", qualifier, 1.2e12)] if qualifier else [])  # had been dropped


def test_a_bare_scale_after_people_is_not_money():  # a guard
    got = claims("Pudong has 1.4 million residents. Haidian's is about 1.2 billion.", published="2026-01-30")
    assert [c["unit"] for c in got] == ["persons"]


def test_a_bare_growth_after_a_per_capita_gdp_is_gdp_growth():
    text = (
        "三个万亿区的上半年\n浦东新区、海淀区和南山区上半年GDP分别为9120亿元、6380亿元和5160亿元。"
        "南山区人均GDP约28万元（半年），仍居三区之首。业内人士预计，三个区全年增速均有望保持在5%以上。"
    )
    got = brief(claims(text, published="2026-07-15"), "indicator", "period", "value")
    assert got[-3:] == [("gdp_growth", "2026", 5.0)] * 3  # had been other:growth: per-capita GDP the last measure


def test_a_bare_scale_passed_after_a_figure_in_yuan_is_in_yuan():
    text = (
        "When Kunshan became a county-level city in 1989, its economy was worth just over 2 billion yuan. "
        "By 2005 it had passed 100 billion; by 2022, 500 billion."
    )
    got = brief(claims(text, published="2026-06-18"), "indicator", "period", "value")
    assert got[1:] == [("gdp", "2005", 1e11), ("gdp", "2022", 5e11)]  # both had been dropped


@pytest.mark.parametrize("text", ["浦东新区实现5.6%的增长。", "浦东新区保持了5.6%的较快增长。"])
def test_a_chinese_place_achieving_a_rate_of_growth_is_its_gdp_growth(text):
    got = brief(claims(text, published="2026-02-01"), "region", "indicator", "value")
    assert got == [("310115", "gdp_growth", 5.6)]  # had been other:growth


def test_a_chinese_place_achieving_a_named_measures_growth_stays_that_measures():  # a guard
    got = brief(claims("浦东新区实现5.6%的出口增长。", published="2026-02-01"), "indicator")
    assert got != [("gdp_growth",)]


def test_a_field_of_so_many_districts_a_place_ranks_in_is_not_the_subject():
    text = "浦东新区GDP总量在上海16个区中排名第一，约占全市的三分之一。"
    got = brief(claims(text, published="2026-02-01"), "region", "indicator", "unit", "relative_to")
    assert got[-1] == ("310115", "gdp", "percent", "310000")  # had been Shanghai's own share


def test_a_share_with_a_bound_before_its_measure_is_a_share_of_that_measure():
    got = brief(
        claims("南山区贡献了深圳四分之一以上的经济总量。", published="2026-02-01"),
        "indicator",
        "qualifier",
        "relative_to",
    )
    assert got == [("gdp", "at_least", "440300")]  # had been other:percent: 以上 between the share and its measure


def test_a_share_gapped_after_another_places_share_is_the_same_measure():
    text = (
        "By comparison, Suzhou as a whole produced 2.7 trillion yuan, meaning Wujiang accounted for about 15% of "
        "the city's output and Kunshan for almost 20%."
    )
    got = brief(claims(text, published="2026-06-02"), "region", "indicator", "unit", "relative_to")
    assert got == [
        ("320500", "gdp", "CNY", None),  # had been other:amount: "as a whole" between the place and its verb
        ("320509", "gdp", "percent", "320500"),
        ("320583", "gdp", "percent", "320500"),  # had been other:percent
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深圳各区GDP\n2025年南山区GDP为10135亿元，增长6.0\n%，福田区增长4.8%。", ("gdp_growth", "2025", 6.0)),
        ("长沙县的历程\n1978年，长沙县GDP仅1.9亿元；2\n016年跨越千亿元大关。", ("gdp", "2016", 1e11)),
    ],
)
def test_a_figure_or_a_year_cut_at_a_chinese_line_end_is_one(text, expected):
    got = brief(claims(text, published="2025-12-18"), "indicator", "period", "value")
    assert expected in got  # the % or the year's digits on the next line had been cut from it


@pytest.mark.parametrize(
    "text",
    ["如果龙华区保持6%的增速，到2032年GDP将达到1万亿元。", "若龙华区能保持6%的增速，2032年GDP有望突破万亿元。"],
    ids=["ruguo", "ruo"],
)
def test_a_level_an_if_reckons_in_chinese_is_no_target(text):
    # 如果…保持6%的增速，…将达到1万亿元 had given a GDP target for 2032; only 按…计算 was read as a reckoning
    got = claims(text, published="2025-03-01")
    assert [c["indicator"] for c in got if c["unit"] == "CNY"] == ["other:gdp_hypothetical"]


def test_several_years_is_no_if():  # a guard: 若干 is "several", no condition
    got = claims("若干年来，龙华区GDP保持6%的增速，预计今年将达到5000亿元。", published="2025-03-01")
    assert [c["indicator"] for c in got if c["unit"] == "CNY"] == ["gdp"]
