"""Extraction carrying context the way a reader does, on sentences written for these tests: places and
periods from the sentence and the paragraph, thresholds named by reference, articles about GDP, growth in
other words, lists of goals and of places and figures. Figures are illustrative unless a source is named."""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan has a population of 2.1 million.",
        "Kunshan is home to 2.1 million permanent residents.",
        "Kunshan had 2.1 million permanent residents and 63 listed companies.",
    ],
)
def test_a_scaled_number_of_people_is_a_population_not_money(text):
    assert ("320583", "population", "2026", 2.1e6) in brief(claims(text))
    assert not [c for c in claims(text) if c["unit"] == "CNY"]


def test_a_scaled_number_with_no_currency_near_no_population_cue_is_still_no_claim():
    assert claims("Kunshan's exhibition drew 2.1 million.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan's GDP was 538 billion last year, up from 514 billion.",
        "Kunshan's GDP was 538 billion yuan last year, up from 514 billion.",  # guard: passed before
    ],
)
def test_a_scaled_number_after_a_money_figure_of_its_sentence_is_money_too(text):
    got = claims(text, published="2025-03-01")
    assert brief(got, "indicator", "period", "value") == [("gdp", "2024", 5.38e11), ("gdp", "2023", 5.14e11)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("昆山市去年新设立企业2.3万户。", 23000),
        ("Kunshan added 23,000 new businesses last year.", 23000),
        ("Kunshan had 23,000 newly-established enterprises last year.", 23000),
        ("Last year the number of newly-registered companies in Kunshan was 23,000.", 23000),
    ],
)
def test_newly_set_up_enterprises_in_other_words(text, value):
    assert brief(claims(text)) == [("320583", "new_enterprises", "2025", value)]


def test_a_share_of_the_parent_after_a_growth_rate_is_a_share_of_the_level():
    text = (
        "In 2024, Pudong New Area's GDP was 1.78 trillion yuan, 3.2 percent higher than the previous year, "
        "accounting for about 33 percent of Shanghai's total."
    )
    shares = [c for c in claims(text, published="2025-05-10") if c.get("relative_to")]
    assert brief(shares, "region", "indicator", "value", "unit", "relative_to") == [
        ("310115", "gdp", 33, "percent", "310000")
    ]


def test_has_grown_at_an_average_annual_rate_since_a_year():
    text = (
        "Since 2020, Kunshan's GDP has grown at an average annual rate of 5.6 percent, "
        "reaching 528 billion yuan in 2024."
    )
    assert ("320583", "gdp_growth", "2021/2024", 5.6) in brief(claims(text, published="2025-12-01"))


def test_a_population_on_a_profile_label_line_takes_the_bracketed_year():
    text = "Jiangyin\nLocation: Wuxi, Jiangsu\nPopulation: 1.79 million (2023)\nGDP: 520 billion yuan (2024)\n"
    assert brief(claims(text, published="2025-03-20")) == [
        ("320281", "population", "2023", 1.79e6),
        ("320281", "gdp", "2024", 5.2e11),
    ]


def test_an_ambiguous_district_is_the_one_among_its_named_siblings_and_the_whole_city_is_their_city():
    text = "2024年全市实现地区生产总值3500亿元。分区域看，鼓楼区850亿元，增长5.2%；台江区420亿元，增长4.8%。"
    assert brief(claims(text, published="2025-03-20")) == [
        ("350100", "gdp", "2024", 3.5e11),  # Fuzhou, not Nanjing (鼓楼区 is in both)
        ("350102", "gdp", "2024", 8.5e10),
        ("350102", "gdp_growth", "2024", 5.2),
        ("350103", "gdp", "2024", 4.2e10),
        ("350103", "gdp_growth", "2024", 4.8),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kunshan's GDP was 528 billion yuan, about 21 percent of Suzhou's economic output.",
            ("320583", "gdp", 21, "320500"),
        ),
        (
            "Kunshan's imports and exports were 920 billion yuan, making up about one-third of Suzhou's foreign trade.",
            ("320583", "foreign_trade", 33.3, "320500"),
        ),
        ("Pudong's GDP made up nearly one-third of Shanghai's GDP in 2024.", ("310115", "gdp", 33.3, "310000")),
    ],
)
def test_a_share_of_a_named_places_total_is_relative_to_that_place(text, expected):
    shares = [c for c in claims(text, published="2025-03-20") if c["unit"] == "percent"]
    assert brief(shares, "region", "indicator", "value", "relative_to") == [expected]


def test_a_part_of_the_economy_as_a_share_of_a_places_gdp_is_outside_the_vocabulary():
    text = "Haidian's digital economy contributed over 40 percent of Beijing's GDP."
    assert [c["indicator"] for c in claims(text)] == ["other:share"]


def test_a_half_year_without_its_year_is_dated_by_publication_and_marked_inferred():
    [guessed] = claims("In the first 6 months, Kunshan's GDP was 260 billion yuan.", published="2025-08-10")
    [stated] = claims("In the first half of 2025, Kunshan's GDP was 260 billion yuan.", published="2025-08-10")
    assert guessed["period"] == stated["period"] == "2025-H1"
    assert "period" in guessed["inferred"] and "period" not in stated["inferred"]


def test_first_n_months_in_digits_is_a_month_range_of_this_year():
    text = "In the first 10 months of this year, Kunshan's foreign trade totaled 720 billion yuan."
    assert brief(claims(text, published="2025-12-10")) == [("320583", "other:foreign_trade_months", "2025", 7.2e11)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年，长沙县GDP有望迈上2500亿元台阶。", ("430121", "gdp", "2025", 2.5e11, "at_least", "expected")),
        ("2024年，晋江市GDP迈上千亿台阶。", ("350582", "gdp", "2024", 1e11, "at_least", "actual")),
    ],
)
def test_stepping_up_to_a_level_states_the_figure(text, expected):
    assert brief(claims(text), "region", "indicator", "period", "value", "qualifier", "kind") == [expected]


def test_a_step_that_names_a_group_of_places_is_no_figure():
    assert [c for c in claims("全省迈上千亿台阶的县有10个。") if c["unit"] == "CNY"] == []


def test_the_whole_district_right_after_its_name_is_that_district():
    text = "北京市海淀区2024年全区地区生产总值11600亿元，占全市的23.2%。"
    assert brief(claims(text), "region", "indicator", "value", "relative_to") == [
        ("110108", "gdp", 1.16e12, None),
        ("110108", "gdp", 23.2, "110000"),
    ]


@pytest.mark.parametrize(
    ("share", "whole"),
    [
        ("在无锡GDP中的占比为31%", "320200"),
        ("在无锡全市GDP中占比31%", "320200"),
        ("在全市经济总量中的比重达到31%", "320200"),
        ("在全省经济总量中所占比重为2.6%", "320000"),
        ("在江苏省GDP中的占比为2.6%", "320000"),  # of the province named, not of its parent city (Wuxi)
    ],
)
def test_a_share_written_as_the_places_part_in_a_whole_is_of_that_whole(share, whole):
    # 在无锡GDP中的占比 gave the share to Wuxi, of Jiangyin; 在全市经济总量中的比重 was other:share
    got = claims(f"2024年江阴市GDP达4950亿元，{share}。", published="2025-06-01")
    assert brief(got, "region", "indicator", "relative_to")[1:] == [("320281", "gdp", whole)]


@pytest.mark.parametrize(
    "text",
    ["2025年，福田区GDP约为南山区的60%。", "2025年南山区GDP为10120亿元，福田区GDP相当于南山区GDP的60%。"],
)
def test_a_places_level_as_a_percent_of_another_places_is_its_share_of_it(text):
    # was other:percent given to Nanshan, the base
    got = [c for c in claims(text, published="2026-03-01") if c["unit"] == "percent"]
    assert brief(got, "region", "indicator", "value", "relative_to") == [("440304", "gdp", 60, "440305")]


def test_a_rate_after_second_only_to_is_that_places_own():  # a guard: 仅次于光明区的9.5% is Guangming's rate
    got = claims("2025年，福田区GDP增速为5.2%，仅次于光明区的9.5%。", published="2026-03-01")
    assert brief(got, "region", "indicator", "relative_to") == [
        ("440304", "gdp_growth", None),
        ("440311", "gdp_growth", None),
    ]


@pytest.mark.parametrize("part", ["第三产业增加值在地区生产总值中的比重为48%", "服务业在经济总量中的占比提升至52%"])
def test_a_sectors_part_in_the_economy_is_no_share_of_a_place(part):  # guards
    got = claims(f"2024年江阴市GDP达4950亿元，{part}。", published="2025-06-01")
    assert [c["indicator"] for c in got] == ["gdp", "other:share"]


def test_the_half_of_a_stated_year_is_that_years_half_not_a_comparison():
    text = "In the first half of 2024, Kunshan's GDP was 250 billion yuan."
    assert brief(claims(text, published="2025-08-10")) == [("320583", "gdp", "2024-H1", 2.5e11)]


def test_a_place_contributing_a_fraction_of_its_parents_figure_is_a_share_of_it():
    text = "Shenzhen's GDP reached 3.8 trillion yuan last year, with Nanshan contributing more than a quarter."
    assert brief(claims(text), "region", "indicator", "value", "unit", "qualifier", "relative_to") == [
        ("440300", "gdp", 3.8e12, "CNY", "exact", None),
        ("440305", "gdp", 25, "percent", "at_least", "440300"),
    ]


def test_its_is_the_most_specific_place_of_the_sentence_not_the_last_named():
    text = "Huqiu district in Suzhou has 12 listed companies, and its R&D spending accounts for 4.2 percent of GDP."
    assert {c["region"] for c in claims(text)} == {"320505"}


def test_a_place_named_in_an_appositive_is_not_the_subject():
    text = (
        "Tianhe district, the central business district of Guangzhou, expects its GDP to top 700 billion yuan in 2026."
    )
    assert brief(claims(text), "region", "indicator", "period", "kind") == [("440106", "gdp", "2026", "expected")]


@pytest.mark.parametrize("opening", ["Outside Shenzhen", "Beyond Shenzhen", "Apart from Shenzhen"])
def test_a_place_set_aside_at_the_start_of_a_sentence_is_not_its_subject(opening):
    """ "Outside Shenzhen, Guangzhou's Tianhe …": Tianhe is the subject, so 'It' in the next sentence is Tianhe,
    not the Shenzhen district discussed before."""
    text = (
        "Longgang district produced 560 billion yuan of output. "
        f"{opening}, Guangzhou's Tianhe district is the front-runner. It generated 650 billion yuan of GDP last year."
    )
    got = claims(text, published="2026-01-28", lang="en")
    assert brief(got, "region", "value") == [("440307", 5.6e11), ("440106", 6.5e11)]


def test_a_two_year_average_growth_is_outside_the_vocabulary():
    text = "2023年上半年，缙云县实现生产总值145亿元，同比增长6.4%；两年平均增长6.0%。"
    assert brief(claims(text), "indicator", "value") == [
        ("gdp", 1.45e10),
        ("gdp_growth", 6.4),
        ("other:gdp_growth_two_year_average", 6.0),
    ]


# ------------------------------------------------------------------ milestones named by reference


def test_that_threshold_refers_to_the_figure_said_to_be_crossed_before():
    text = (
        "Longgang district's GDP surpassed the 500 billion yuan mark last year. "
        "In 2019, Futian first crossed that threshold, followed by Shenzhen's Nanshan district in 2020."
    )
    assert brief(claims(text), "region", "indicator", "period", "value", "qualifier") == [
        ("440307", "gdp", "2025", 5e11, "at_least"),
        ("440304", "gdp", "2019", 5e11, "at_least"),
        ("440305", "gdp", "2020", 5e11, "at_least"),
    ]


def test_the_milestone_after_a_plural_statement_of_the_threshold():
    text = (
        "Only three districts have a GDP of more than one trillion yuan. Pudong New Area of Shanghai reached "
        "that milestone in 2018, and Haidian district reached the milestone in 2022."
    )
    assert brief(claims(text), "region", "period", "value", "qualifier") == [
        ("310115", "2018", 1e12, "at_least"),
        ("110108", "2022", 1e12, "at_least"),
    ]


def test_this_threshold_in_chinese():
    text = "目前全国GDP超过万亿元的区只有三个。浦东新区2018年率先迈过这一门槛，海淀区2022年也跨过了这一关口。"
    money = [c for c in claims(text) if c["unit"] == "CNY"]
    assert brief(money, "region", "period", "value", "qualifier") == [
        ("310115", "2018", 1e12, "at_least"),
        ("110108", "2022", 1e12, "at_least"),
    ]


def test_a_milestone_without_a_threshold_before_it_or_without_a_year_is_no_claim():
    assert claims("Pudong New Area reached that milestone in 2018.") == []
    assert [
        c
        for c in claims("Kunshan's GDP surpassed 500 billion yuan in 2023. Jiangyin also reached that mark.")
        if c["region"] == "320281"
    ] == []


# ------------------------------------------------------------------ counts and their nouns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kunshan has 63 companies listed at home and abroad and 2,800 high and new technology enterprises.",
            [("listed_companies", 63), ("high_tech_enterprises", 2800)],
        ),
        (
            'Kunshan is home to 2,800 hi-tech firms and 24 "little giant" companies.',
            [("high_tech_enterprises", 2800), ("little_giants", 24)],
        ),
        (
            "Kunshan has 24 specialized, refined and innovative little giant firms.",
            [("little_giants", 24)],
        ),
    ],
)
def test_a_count_takes_the_noun_after_it_and_never_the_next_counts_noun(text, expected):
    assert brief(claims(text), "indicator", "value") == expected


def test_a_country_named_as_a_rankings_field_is_not_the_subject():
    text = "Kunshan ranked first among China's top 100 counties, with a GDP of 528 billion yuan in 2024."
    money = [c for c in claims(text) if c["unit"] == "CNY"]
    assert brief(money) == [("320583", "gdp", "2024", 5.28e11)]


@pytest.mark.parametrize(
    "headline",
    [
        "Nanshan, Futian lead Shenzhen with 1.01 trillion, 632 billion yuan",
        "Nanshan and Futian top Shenzhen with GDP of 1.01 trillion and 632 billion yuan",
    ],
)
def test_the_city_several_districts_lead_is_the_field_not_the_owner(headline):
    got = claims(headline + "\n\nShenzhen's districts released their 2025 GDP figures.", published="2026-02-20")
    assert brief(got, "region", "value") == [("440305", 1.01e12), ("440304", 6.32e11)]


def test_districts_whose_gdp_exceeds_a_level_are_a_category_not_a_figure():
    text = "Among districts whose GDP exceeds 500 billion yuan, Longgang grew fastest at 5.6 percent last year."
    assert brief(claims(text, published="2026-02-20"), "region", "indicator", "value") == [
        ("440307", "gdp_growth", 5.6)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan is one of the cities with a population of over 2 million.",
        "Counties with populations above 1 million number 120 in China; Kunshan is one.",
    ],
)
def test_places_with_a_population_over_a_level_are_a_category_not_a_figure(text):
    assert [c for c in claims(text, published="2026-02-20") if c["indicator"] == "population"] == []


@pytest.mark.parametrize(
    "text",
    [
        "湖南超百万人口县盘点：邵东市在列。",
        "盘点江西的百万人口大县，其中一个就是南康区。",
        "湖南有一大县人口超130万，邵东市在列。",  # a county it does not name: not Hunan's population
    ],
)
def test_a_class_of_million_people_counties_is_no_population(text):
    assert [c for c in claims(text, published="2024-12-01", lang="zh") if c["indicator"] == "population"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Jingning County is in Gansu. The total population at the end of 2010 was 472 thousand.",
        "Jingning County is in Gansu. The total population in 2010 was 472,000.",
    ],
)
def test_a_population_with_a_year_between_its_word_and_its_figure(text):
    assert brief(claims(text, published="2015-06-01", lang="en")) == [("620826", "population", "2010", 472000)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("泸溪县全县总人口31.4万，少数民族16万人，占50.95%。", "zh"),
        ("Luxi has a population of 314,000, of which ethnic minorities account for 160,000 people.", "en"),
        ("Luxi has a population of 314,000, of which 160,000 people live in towns.", "en"),  # 'of which': a part
    ],
)
def test_an_ethnic_group_or_a_part_of_the_people_is_no_population(text, lang):
    got = brief(claims(text, published="2024-03-06", lang=lang), "indicator", "value")
    assert got[:2] == [("population", 314000), ("other:persons", 160000)]  # the part had been the population


def test_the_agricultural_population_is_people_but_not_the_residents():
    text = "Jingning County had 472 thousand people in 2010, including an agricultural population of 401.2 thousand."
    got = brief(claims(text, published="2015-06-01", lang="en"), "indicator", "value")
    assert got == [("population", 472000), ("other:persons", 401200)]


def test_economic_scale_is_gdp():
    assert brief(claims("2024年，昆山市经济规模达到5280亿元。")) == [("320583", "gdp", "2024", 5.28e11)]


def test_economic_output_in_chinese_is_gdp_as_a_level_and_as_a_whole():  # 经济产出 had been no measure
    assert brief(claims("2024年，昆山市经济产出达到5280亿元。")) == [("320583", "gdp", "2024", 5.28e11)]
    got = claims("2024年，龙岗区以深圳约七分之一的土地，贡献了全市超过五分之一的经济产出。", published="2025-03-01")
    assert [(c["indicator"], c["value"], c["relative_to"]) for c in got] == [
        ("area", 14.3, "440300"),
        ("gdp", 20.0, "440300"),  # was area: the measure before
    ]


# ------------------------------------------------------------------ an article about GDP

GDP_TITLE = "China's richest districts by GDP\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pudong remains on top with 1.8 trillion yuan, followed by Haidian with 1.16 trillion yuan.",
            [("310115", "gdp", 1.8e12), ("110108", "gdp", 1.16e12)],
        ),
        (
            "Nanshan grew 6.3 percent year on year to 1.05 trillion yuan in 2025.",
            [("440305", "gdp_growth", 6.3), ("440305", "gdp", 1.05e12)],
        ),
        ("High-tech enterprises in Haidian spent 203 billion yuan on research.", []),
        (
            "Changsha County, home to Sany, reported output of 240 billion yuan, while in the west, "
            "Chengdu's Wuhou district reached 151 billion yuan.",
            [("430121", "gdp", 240e9), ("510107", "gdp", 151e9)],
        ),
        (
            "Pudong posted GDP of 1.8 trillion yuan, of which 1.4 trillion yuan came from services.",
            [("310115", "gdp", 1.8e12)],
        ),
    ],
)
def test_in_an_article_about_gdp_a_places_uncued_money_figure_is_its_gdp(sentence, expected):
    made = claims(GDP_TITLE + sentence)
    assert brief([c for c in made if not c["indicator"].startswith("other:")], "region", "indicator", "value") == (
        expected
    )


@pytest.mark.parametrize("title", ["深圳各区经济数据出炉", "深圳各区2025年经济成绩单"])
def test_a_title_about_the_economic_data_of_places_makes_an_article_about_gdp(title):
    text = title + "\n\n2025年，南山区（10500亿元）、福田区（6400亿元）位列前二。"
    got = claims(text, published="2026-03-01")
    assert brief(got, "region", "indicator", "value") == [("440305", "gdp", 1.05e12), ("440304", "gdp", 6.4e11)]


def test_outside_an_article_about_gdp_an_uncued_money_figure_stays_outside_the_vocabulary():
    made = claims("Pudong remains on top with 1.8 trillion yuan, followed by Haidian with 1.16 trillion yuan.")
    assert {c["indicator"] for c in made} == {"other:amount"}


def test_a_ranking_list_in_an_article_about_gdp():
    text = "Top county-level cities by GDP in 2024\n1. Kunshan, 536.9 billion yuan\n2. Jiangyin, 520 billion yuan\n"
    assert brief(claims(text)) == [("320583", "gdp", "2024", 5.369e11), ("320281", "gdp", "2024", 5.2e11)]


def test_that_of_another_place_is_the_same_measure():
    text = "The GDP of Kunshan was 536.9 billion yuan in 2024. That of Jiangyin was 520 billion yuan."
    assert brief(claims(text)) == [("320583", "gdp", "2024", 5.369e11), ("320281", "gdp", "2024", 5.2e11)]


def test_a_figure_a_year_earlier_is_dated_the_year_before():
    text = "Nanshan's GDP reached 1.05 trillion yuan last year, compared with 980 billion yuan a year earlier."
    assert brief(claims(text)) == [("440305", "gdp", "2025", 1.05e12), ("440305", "gdp", "2024", 9.8e11)]


def test_whose_refers_to_the_place_it_follows():
    text = (
        "Nanshan's GDP of 1.05 trillion yuan is larger than that of provinces such as Ningxia, "
        "whose GDP was 540 billion yuan."
    )
    assert brief(claims(text), "region", "value") == [("440305", 1.05e12), ("640000", 5.4e11)]


@pytest.mark.parametrize(
    ("first", "indicator", "relative"),
    [
        ("Tianhe's GDP was 640 billion yuan.", "gdp", "440100"),  # of its GDP, GDP spoken of
        ("Tianhe's retail sales were 180 billion yuan.", "other:share", None),  # guard: passed before
        ("", "other:share", None),  # nothing spoken of: no measure to give it  # guard: passed before
    ],
)
def test_a_share_of_a_place_named_alone_is_of_the_gdp_spoken_of(first, indicator, relative):
    text = f"{first} Tianhe accounts for about a fifth of Guangzhou.".strip()
    got = [c for c in claims(text, published="2025-03-01") if c["unit"] == "percent"]
    assert brief(got, "indicator", "relative_to") == [(indicator, relative)]


def test_whose_after_the_base_of_a_share_refers_to_the_base():
    text = "Tianhe accounts for about a fifth of Guangzhou, whose GDP reached 3.1 trillion yuan in 2024."
    got = [c for c in claims(text, published="2025-03-01") if c["unit"] == "CNY"]
    assert brief(got, "region", "value") == [("440100", 3.1e12)]


# ------------------------------------------------------------------ growth in other words


@pytest.mark.parametrize(
    "text",
    [
        "2024年江阴市GDP同比+5.6%，总量达5120亿元。",
        "全年江阴市经济总量5120亿元，比上年增加5.6%。",
        "2024年江阴市GDP增速排名第一，达到5.6%。",
        "Jiangyin posted a 5.6 percent increase in GDP in 2024.",
    ],
)
def test_gdp_growth_in_other_words(text):
    growth = [c for c in claims(text, published="2025-02-10") if c["unit"] == "percent"]
    assert brief(growth) == [("320281", "gdp_growth", "2024", 5.6)]


def test_more_than_another_place_is_a_difference_but_more_than_last_year_is_growth():
    got = claims("2024年，江阴市地区生产总值比宜兴市多2000亿元。", published="2025-03-01")
    assert brief(got, "region", "indicator", "value") == [("320281", "other:gdp_gap", 2e11)]  # kept, out of v1
    got = claims("2024年，江阴市地区生产总值比上年多300亿元。", published="2025-03-01")
    assert brief(got, "indicator") == [("other:gdp_change",)]


def test_a_place_contributing_a_share_of_a_named_places_gdp():
    made = claims("Nanshan contributes roughly one-fourth of Shenzhen's GDP.")
    assert brief(made, "region", "indicator", "value", "relative_to") == [("440305", "gdp", 25, "440300")]


# ------------------------------------------------------------------ goals


def test_a_list_of_goals_carries_its_kind_and_year_over_semicolons_until_the_full_stop():
    text = (
        "2026年政府工作报告\n今年全区的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%；"
        "研发投入强度保持在6%以上。南山区去年地区生产总值10500亿元。"
    )
    made = claims(text, published="2026-02-01")
    assert brief(made, "indicator", "period", "kind") == [
        ("gdp_growth", "2026", "target"),
        ("other:fiscal_revenue_growth", "2026", "target"),
        ("rd_intensity", "2026", "target"),
        ("gdp", "2025", "actual"),  # the full stop closed the list
    ]


def test_a_target_within_a_five_year_plan_is_dated_by_the_plans_last_year():
    made = claims("“十五五”时期，南山区力争地区生产总值突破1.5万亿元。", published="2026-02-01")
    assert brief(made, "region", "indicator", "period", "value", "kind") == [
        ("440305", "gdp", "2030", 1.5e12, "target")
    ]


def test_two_ambiguous_names_settle_each_other_as_child_and_parent():
    text = "In 2023, Gulou district of Fuzhou recorded GDP of 85 billion yuan."  # Fuzhou: 福州 or 抚州
    assert brief(claims(text, published="2025-03-20")) == [("350102", "gdp", "2023", 8.5e10)]


# ------------------------------------------------------------------ lists of places and figures


def test_each_units_figures_are_their_own_respectively_list():
    text = "福田区、罗湖区地区生产总值分别为6400亿元、2900亿元，分别增长5.1%、4.2%。"
    assert brief(claims(text, published="2026-02-01"), "region", "indicator", "value") == [
        ("440304", "gdp", 6.4e11),
        ("440303", "gdp", 2.9e11),
        ("440304", "gdp_growth", 5.1),
        ("440303", "gdp_growth", 4.2),
    ]


def test_as_many_figures_as_places_pair_in_order_and_share_the_currency_written_last():
    text = (
        "China's top districts by GDP\n"
        "Nanshan, Futian and Longgang were the top three, at 1.05 trillion, 640 billion and 500 billion yuan."
    )
    assert brief(claims(text), "region", "indicator", "value", "unit") == [
        ("440305", "gdp", 1.05e12, "CNY"),
        ("440304", "gdp", 6.4e11, "CNY"),
        ("440307", "gdp", 5e11, "CNY"),
    ]


def test_one_figure_for_two_places_stays_theirs_both():
    text = "Both Futian and Longgang surpassed 500 billion yuan in GDP in 2025."
    assert brief(claims(text), "region", "value", "qualifier") == [
        ("440304", 5e11, "at_least"),
        ("440307", 5e11, "at_least"),
    ]


_THREE = "Kunshan, Jiangyin and Zhangjiagang posted GDP of 538 billion, 495 billion and 351 billion yuan last year. "


@pytest.mark.parametrize(
    "text",
    [
        _THREE + "All three cities have per capita GDP above 250,000 yuan.",  # was dropped as a class of cities
        _THREE + "Per capita GDP in the three cities all exceeded 250,000 yuan.",  # was Kunshan's alone
        "昆山、江阴、张家港去年GDP分别为5380亿元、4950亿元和3510亿元。三市人均GDP均超过25万元。",
    ],
)
def test_a_figure_for_a_group_of_the_places_just_named_is_each_ones(text):
    got = [c for c in claims(text, published="2025-03-12") if c["indicator"] == "gdp_per_capita"]
    assert brief(got, "region", "value") == [("320583", 2.5e5), ("320281", 2.5e5), ("320582", 2.5e5)]


@pytest.mark.parametrize("aside", ["both under Suzhou", "two county-level cities under Suzhou"])
def test_an_aside_after_a_list_of_places_leaves_them_the_subjects(aside):
    # the list's second figure went to the first place: Suzhou in the aside was taken for the subject
    text = f"Changshu and Taicang, {aside}, posted GDP of 283 billion yuan and 180 billion yuan last year."
    assert brief(claims(text, published="2025-03-12"), "region", "value") == [("320581", 2.83e11), ("320585", 1.8e11)]


def test_it_after_an_aside_comparing_with_another_place_is_the_subject():
    # "a fraction of Nanshan's" is a base: "it grew 6.5 percent" went to Nanshan
    text = (
        "Further afield, Chengdu's Wuhou district has an economy worth about 150 billion yuan – a fraction of "
        "Nanshan's – but it grew 6.5 percent."
    )
    assert brief(claims(text, published="2026-03-01"), "region", "indicator") == [
        ("510107", "gdp"),
        ("510107", "gdp_growth"),
    ]


def test_the_sum_of_a_group_of_the_places_just_named_is_no_ones():  # a guard
    text = _THREE + "The three cities' total GDP reached 1.38 trillion yuan."
    assert 1.38e12 not in [c["value"] for c in claims(text, published="2025-03-12")]


def test_a_multiple_of_the_provincial_average_is_relative_to_the_province():
    got = claims("Kunshan's per capita GDP of 310,000 yuan is more than twice the provincial average.")
    assert brief(got, "indicator", "unit", "relative_to")[-1] == ("gdp_per_capita", "ratio", "320000")  # other:ratio


def test_a_stock_in_the_past_tense_is_dated_by_the_year_the_paragraph_speaks_of():
    text = "In 2023, Kunshan's GDP reached 515 billion yuan. The city had 2,900 high-tech enterprises."
    assert brief(claims(text, published="2026-03-01"), "indicator", "period") == [
        ("gdp", "2023"),
        ("high_tech_enterprises", "2023"),
    ]
    present = "In 2023, Kunshan's GDP reached 515 billion yuan. The city has 2,900 high-tech enterprises."
    assert brief(claims(present, published="2026-03-01"), "indicator", "period")[1] == ("high_tech_enterprises", "2026")


def test_an_english_statistical_communique_reports_on_the_year_in_its_title():
    text = "Kunshan 2023 statistical communique\nGDP reached 515 billion yuan, up 5.8 percent."
    assert brief(claims(text, published="2026-03-01"), "indicator", "period") == [
        ("gdp", "2023"),
        ("gdp_growth", "2023"),
    ]


def test_a_place_reached_through_an_anaphor_is_marked_inferred_even_beside_named_places():
    text = (
        "Nanshan becomes China's third trillion-yuan district\n"
        "The GDP of the district in south China's Guangdong province reached 1.05 trillion yuan last year."
    )
    [claim] = [c for c in claims(text, published="2026-01-20") if c["value"] == 1.05e12]
    assert claim["region"] == "440305" and "region" in claim["inferred"]


def test_a_quoted_official_crossing_a_hyphenated_mark_and_expecting_growth():
    text = (
        '"Our GDP crossed the 1-trillion-yuan mark last year," said the Party secretary of Nanshan district. '
        '"We expect growth of around 6 percent this year."'
    )
    assert brief(claims(text, published="2026-01-25"), "region", "indicator", "period", "value", "qualifier") == [
        ("440305", "gdp", "2025", 1e12, "at_least"),
        ("440305", "gdp_growth", "2026", 6, "approx"),
    ]


def test_a_hyphenated_amount_before_a_noun_is_still_a_label():  # the club's size is no figure; Nanshan's label is
    got = claims("Nanshan is a trillion-yuan district, and the 500-billion-yuan club has grown.")  # its only statement
    assert brief(got, "region", "value", "qualifier") == [("440305", 1e12, "at_least")]  # (the claims format)


def test_a_city_contributing_an_amount_after_its_provinces_gdp_reports_its_own_gdp():
    text = (
        "HANGZHOU, Jan. 24 (Xinhua) -- East China's Zhejiang province reported a GDP of 9.2 trillion yuan in 2025. "
        "Hangzhou, the provincial capital, contributed 2.2 trillion yuan, while Ningbo's GDP reached 1.8 trillion yuan."
    )
    assert brief(claims(text, published="2026-01-25")) == [
        ("330000", "gdp", "2025", 9.2e12),
        ("330100", "gdp", "2025", 2.2e12),
        ("330200", "gdp", "2025", 1.8e12),
    ]


def test_the_country_in_an_apposition_ranking_the_place_is_not_the_subject():
    cs = claims("Jiangsu's economy, China's second largest, grew 5.9 percent in 2025 to 14.1 trillion yuan.")
    assert brief(cs, "region", "indicator") == [("320000", "gdp_growth"), ("320000", "gdp")]


def test_a_figure_set_to_be_passed_is_expected():
    cs = claims("The secretary said Nanshan would stay strong, with GDP set to surpass 1.2 trillion yuan in 2026.")
    assert brief(cs, "region", "kind", "qualifier") == [("440305", "expected", "at_least")]


@pytest.mark.parametrize(
    ("text", "region"),
    [("昆山是全国首个GDP超5000亿元的县级市。", "320583"), ("江阴成为全国第二个GDP突破4000亿元的县级市。", "320281")],
)
def test_a_short_county_name_said_to_be_the_first_of_its_kind_over_a_mark(text, region):
    assert brief(claims(text), "region", "qualifier") == [(region, "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "昆山是一座美丽的城市，GDP超5000亿元。",  # its sentence's subject, the figure after it
        "昆山综合实力强劲，2024年GDP超5000亿元。",
        "2024年，昆山这座县级市GDP超5000亿元。",
        "“小上海”昆山，2024年GDP超5000亿元。",  # a nickname in quotes is no place (上海)
        "昆山连续20年蝉联全国百强县之首，2024年GDP超5000亿元。",
    ],
)
def test_a_short_county_name_of_one_reading_opening_the_sentence_of_its_figure_is_that_county(text):
    assert brief(claims(text, published="2025-03-01"), "region", "qualifier") == [("320583", "at_least")]


@pytest.mark.parametrize("text", ["以5380亿元的GDP，昆山继续领跑全国县域。", "GDP达5380亿元的昆山，继续领跑。"])
def test_a_short_county_name_after_its_fronted_figure_is_that_county(text):
    assert brief(claims(text, published="2025-03-01"), "region", "value") == [("320583", 5.38e11)]


@pytest.mark.parametrize("opening", ["上半年，", "前三季度，", "1-9月，", "今年一季度，"])
def test_a_short_county_name_after_a_part_of_the_year_opening_the_sentence_is_that_county(opening):
    got = claims(opening + "昆山固定资产投资同比增长6.3%。", published="2025-11-10")
    assert brief(got, "region", "indicator", "value") == [("320583", "fixed_asset_investment_growth", 6.3)]


@pytest.mark.parametrize(
    "opening", ["数据显示，", "其中，", "而", "与此同时，", "记者从统计部门了解到，", "作为百强县之首，"]
)
def test_a_short_county_name_before_fixed_asset_investment_is_that_county(opening):
    got = claims(opening + "昆山固定资产投资同比增长6.3%。", published="2025-03-10")
    assert brief(got, "region", "indicator", "value") == [("320583", "fixed_asset_investment_growth", 6.3)]


@pytest.mark.parametrize("opening", ["数据显示，", "其中，", "而", "与此同时，", "记者从统计部门了解到，"])
def test_a_short_county_name_after_a_word_leading_on_opens_its_sentence(opening):
    got = claims(opening + "昆山出口同比增长6.3%。", published="2025-03-10")
    assert brief(got, "region", "value") == [("320583", 6.3)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("昆山，常住人口210万。", "population"),  # a fact sheet's line: its figure a count, not money
        ("昆山，上市公司63家。", "listed_companies"),
        ("昆山，面积931平方公里。", "area"),
        ("昆山如今常住人口210万人。", "population"),  # a word of time between the name and its measure
        ("江阴当前GDP超5000亿元。", "gdp"),
    ],
)
def test_a_short_county_name_opening_a_sentence_of_a_count_is_that_county(text, indicator):
    assert brief(claims(text, published="2025-03-01"), "indicator") == [(indicator,)]
    assert {c["region"] for c in claims(text, published="2025-03-01")} <= {"320583", "320281"}


@pytest.mark.parametrize(
    "text",
    [
        "资源丰富，2024年GDP超5000亿元。",  # 资源 (Ziyuan county) is a word first
        "游客称赞昆山风景优美。2024年GDP超5000亿元。",  # not the subject of the figure's sentence
        "资源，常住人口210万。",
    ],
)
def test_a_short_county_name_without_evidence_stays_unread(text):
    assert claims(text, published="2025-03-01") == []


def test_the_province_is_the_province_named_last_not_the_city_named_since():
    text = (
        "Guangdong province's GDP grew 4.3 percent in the first half. Shenzhen reported 5.1 percent growth. "
        "The province's exports rose 7 percent."
    )
    assert brief(claims(text, "2025-08-15"), "region", "indicator") == [
        ("440000", "gdp_growth"),
        ("440300", "gdp_growth"),
        ("440000", "other:exports_growth"),
    ]


TAIWAN_REPORT = (
    "深圳南山區GDP破兆元\n\n"
    "深圳市南山區公布，2025年全區地區生產總值達10,500億元人民幣（約新台幣4.7兆元），年增6.2%。"
    "南山區人均GDP逾57萬元人民幣，約為全中國平均的6倍。"
)


def test_taiwanese_usage_other_currencies_and_a_ratio_to_all_of_china():
    cs = claims(TAIWAN_REPORT, published="2026-02-12")
    assert brief(cs, "region", "indicator", "value", "unit") == [
        ("440305", "gdp", 1e12, "CNY"),  # 破兆元 in the title
        ("440305", "gdp", 1.05e12, "CNY"),  # not the 4.7 trillion New Taiwan dollars
        ("440305", "gdp_growth", 6.2, "percent"),  # 年增
        ("440305", "gdp_per_capita", 570000.0, "CNY_per_person"),
        ("440305", "gdp_per_capita", 6.0, "ratio"),
    ]
    assert cs[-1]["relative_to"] == "CN"


def test_figures_in_other_currencies_give_no_claim():
    for text in ("2025年，昆山市实现出口300亿港元。", "Kunshan's firms raised HK$5 billion in Hong Kong in 2025."):
        assert [c for c in claims(text) if c["unit"] in ("CNY", "USD")] == []


@pytest.mark.parametrize(
    ("converted", "expected"),
    [
        ("折合美元约760亿", [(5.3e11, "CNY"), (7.6e10, "USD")]),  # was 76 billion yuan
        ("换算成港币是5800亿", [(5.3e11, "CNY")]),  # was a second GDP of 580 billion yuan
        ("换算成新台币约2.3万亿", [(5.3e11, "CNY")]),
    ],
)
def test_a_bare_sum_after_the_currency_it_is_converted_into_is_in_that_currency(converted, expected):
    got = claims(f"2024年，昆山市地区生产总值5300亿元，{converted}。", published="2025-03-01")
    assert brief(got, "value", "unit") == expected


@pytest.mark.parametrize("written", ["€66 billion", "£57 billion", "EUR 66 billion"])
def test_a_conversion_into_another_currency_is_no_second_figure(written):
    got = claims(f"Kunshan's GDP reached 530 billion yuan ({written}) in 2024.", published="2025-03-01")
    assert brief(got, "value", "unit") == [(5.3e11, "CNY")]


def test_migrant_population_is_people_but_not_the_residents():
    cs = claims("晋江市户籍人口116万人，外来人口100多万人。")
    assert brief(cs, "indicator", "value") == [("other:persons", 1.16e6), ("other:persons", 1e6)]


def test_registered_population_in_wan_is_people_but_not_the_residents():
    cs = claims("义乌市常住人口189.5万，户籍人口90万。")
    assert brief(cs, "indicator", "value", "unit") == [
        ("population", 1.895e6, "persons"),
        ("other:persons", 9e5, "persons"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2024年末，义乌市户籍总户数32.1万户，总人口91.5万人。年末义乌市常住人口189.5万人。",
        "At the end of 2024, Yiwu had 321,000 registered households with a total population of 915,000. "
        "Its permanent population was 1.895 million.",
    ],
)
def test_the_total_people_of_the_registered_households_are_no_count_of_residents(text):
    # 户籍总户数…，总人口86.92万人 (a county's communiqué): the total was read as its permanent population
    got = claims(text, published="2025-03-01")
    assert [(c["indicator"], c["value"]) for c in got if c["unit"] == "persons"] == [
        ("other:persons", 9.15e5),
        ("population", 1.895e6),
    ]


RANKING = (
    "广州各区GDP排名出炉\n\n"
    "2025年，天河区以6500亿元的经济总量继续领跑全市，同比增长4.6%；黄埔区以4400亿元位居第二。\n\n"
    "番禺区、白云区GDP分别为3100亿元、2900亿元。\n\n"
    "南沙区GDP增速高达6.9%，为全市最高，经济总量首次突破2600亿元。"
)


def test_a_chinese_ranking_article():
    cs = claims(RANKING, published="2026-02-20")
    assert brief(cs, "region", "indicator", "value") == [
        ("440106", "gdp", 6.5e11),  # the measure named after the figure (以…亿元的经济总量)
        ("440106", "gdp_growth", 4.6),  # 领跑全市: a ranking within the city, not the city
        ("440112", "gdp", 4.4e11),
        ("440113", "gdp", 3.1e11),
        ("440111", "gdp", 2.9e11),
        ("440115", "gdp_growth", 6.9),
        ("440115", "gdp", 2.6e11),  # 为全市最高 does not make the city the subject
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2025 Tianhe led the city with GDP of 650 billion yuan.",
        "In 2025 Tianhe ranked first in the city with GDP of 650 billion yuan.",
        "In 2025 Tianhe topped the city's rankings with GDP of 650 billion yuan.",
        "In 2025 Tianhe beat the rest of the city with GDP of 650 billion yuan.",
    ],
)
def test_the_city_a_district_leads_or_ranks_in_is_the_field_not_the_owner(sentence):
    text = f"Guangzhou's districts released their figures.\n\n{sentence}"
    assert brief(claims(text, lang="en", published="2026-02-20"), "region", "indicator") == [("440106", "gdp")]


@pytest.mark.parametrize(
    "outpaced",
    [
        "outpacing the city's overall growth of 4.1 percent",
        "outpacing the city average of 4.1 percent",  # no possessive: was Tianhe's
        "beating the city growth rate of 4.1 percent",
    ],
)
def test_the_city_that_owns_the_figure_a_district_outpaced_keeps_it(outpaced):
    text = f"Tianhe grew 5.6 percent in 2025, {outpaced}."
    got = brief(claims(text, lang="en", published="2026-02-20"), "region", "indicator", "value")
    assert got == [("440106", "gdp_growth", 5.6), ("440100", "gdp_growth", 4.1)]


CLUB_STORY = (
    "Nanshan joins trillion-yuan club\n\n"
    "Shenzhen's Nanshan district became the third trillion-yuan district last year, joining Shanghai's Pudong "
    "New Area, which crossed the mark in 2017, and Beijing's Haidian district, which did so in 2021."
)


def test_a_club_named_in_the_title_is_the_threshold_later_crossings_refer_to():
    cs = claims(CLUB_STORY, published="2026-02-10")
    assert brief(cs, "region", "period", "value", "qualifier") == [
        ("440305", "2025", 1e12, "at_least"),
        ("310115", "2017", 1e12, "at_least"),  # "crossed the mark"
        ("110108", "2021", 1e12, "at_least"),  # "did so"
    ]
    assert cs[1]["quote"] == "Shanghai's Pudong New Area, which crossed the mark"


@pytest.mark.parametrize(
    "text",
    [
        "继2018年浦东新区、2022年海淀区之后，南山区成为全国第三个GDP突破万亿元的城区。",
        "After Pudong in 2018 and Haidian in 2022, Nanshan became the third district whose GDP topped 1 trillion yuan.",
        "After Shanghai's Pudong (2018) and Beijing's Haidian (2022), Nanshan became the third district whose GDP "
        "topped 1 trillion yuan.",
        "In 2025 Nanshan passed 1 trillion yuan of GDP, after Shanghai Pudong (2018) and Beijing Haidian (2022).",
        "Nanshan's GDP topped 1 trillion yuan in 2025, following Pudong in 2018 and Haidian in 2022.",
    ],
)
def test_the_places_a_crossing_came_after_crossed_it_in_their_years(text):
    cs = claims(text, published="2026-02-10")
    assert brief(cs, "region", "period", "value", "qualifier") == [
        ("440305", "2025", 1e12, "at_least"),
        ("310115", "2018", 1e12, "at_least"),
        ("110108", "2022", 1e12, "at_least"),
    ]


def test_a_population_in_millions_abbreviated_and_people_who_are_not_residents():
    assert brief(claims("Kunshan has a population of 2.1m.", published="2025-03-01"), "indicator", "value") == [
        ("population", 2.1e6)
    ]
    text = "Kunshan has a registered population of 1.1 million and a floating population of 1 million."
    assert [c for c in claims(text, published="2025-03-01") if c["indicator"] == "population"] == []
    text = "Kunshan has a population of 2.1 million and a registered population of 1.1 million."
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("population", 2.1e6), ("other:persons", 1.1e6)]  # the next figure's word is not this one's
    for text in ("昆山市管理人口超过300万。", "昆山市实有人口约356万人。"):
        assert [c["indicator"] for c in claims(text)] == ["other:persons"]  # counted, but not the residents


def test_an_apposition_naming_the_city_leaves_the_place_before_it_the_subject():
    text = (
        "Futian and Longgang reported GDP of 631.2 billion yuan and 602.5 billion yuan respectively. "
        "Bao'an trailed at 590 billion yuan, while Luohu, the city's oldest district, posted 280.1 billion yuan."
    )
    got = claims(text, published="2026-02-05")
    assert brief(got, "region", "value")[2:] == [("440306", 590e9), ("440303", 280.1e9)]


def test_the_city_after_two_districts_of_one_sentence_is_their_city():
    # the focus is the first district of the last sentence (Bao'an), the district last noted is Luohu:
    # "the city" is Shenzhen either way, never one of its districts
    text = (
        "Shenzhen's districts keep growing. Bao'an trailed at 590 billion yuan, while Luohu posted 280 billion yuan. "
        "Together they make up a quarter of the city's 3.9 trillion yuan economy."
    )
    got = claims(text, published="2026-02-05")
    assert brief(got, "region", "value")[-1] == ("440300", 3.9e12)


def test_the_city_of_a_county_level_city_is_itself():
    """Guard: Kunshan is a city; its 'city' is not Suzhou."""
    got = claims("Kunshan is in Jiangsu. Last year the city's GDP reached 536.5 billion yuan.", published="2025-03-10")
    assert brief(got, "region", "indicator") == [("320583", "gdp")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "江苏省经济运行情况。2024年，苏州市GDP达26727亿元，昆山市GDP为5365亿元。全省一般公共预算收入10307亿元。",
            "zh",
        ),
        (
            "Jiangsu's economy. In 2024 Suzhou's GDP was 2.67 trillion yuan and Kunshan's 536.5 billion yuan. "
            "Provincial general public budget revenue was 1.03 trillion yuan.",
            "en",
        ),
    ],
)
def test_the_provinces_figure_after_its_cities_is_the_provinces(text, lang):
    # 全省, "provincial": the province named in the title, not the county-level city named last
    got = claims(text, published="2025-02-10", lang=lang)
    assert brief(got, "region", "indicator")[-1] == ("320000", "fiscal_revenue")


def test_citywide_figures_are_the_citys_and_a_share_of_them_is_relative_to_it():
    text = (
        "Shenzhen's districts in 2024. Nanshan's GDP was 950 billion yuan and Futian's 615.8 billion yuan. "
        "Citywide GDP reached 3.68 trillion yuan. Nanshan's share of city-wide GDP was 25.8 percent."
    )
    got = claims(text, published="2025-02-10")
    assert brief(got, "region", "unit", "relative_to")[2:] == [("440300", "CNY", None), ("440305", "percent", "440300")]


def test_a_city_name_shared_with_its_county_is_the_city_beside_its_other_counties():
    # "Changsha" is both the city (430100) and Changsha County (430121); Liuyang is a county-level city under
    # the former and a sibling of the latter: the bare name is the parent, not the sibling
    text = (
        "Changsha's GDP reached 1.53 trillion yuan in 2024, while Changsha County posted 212 billion yuan. "
        "Liuyang, a county-level city under Changsha, recorded 172 billion yuan."
    )
    got = claims(text, published="2025-03-10")
    assert [c["region"] for c in got] == ["430100", "430121", "430181"]


def test_a_district_name_of_several_cities_takes_the_city_written_beside_it():
    # 朝阳区 and 鼓楼区 name districts of several cities; a sibling named elsewhere (海淀区, 南京鼓楼区)
    # must not outweigh the city written right beside the name
    text = (
        "2024年，长春市朝阳区地区生产总值1200亿元。南京鼓楼区GDP达2200亿元；福州鼓楼区GDP为1500亿元。"
        "北京市海淀区12000亿元。"
    )
    assert [c["region"] for c in claims(text, published="2025-03-10")] == ["220104", "320106", "350102", "110108"]
    text = "Beijing's Haidian district grew 5 percent. Chaoyang district of Changchun grew 4 percent."
    assert [c["region"] for c in claims(text, published="2025-03-10")] == ["110108", "220104"]


def test_people_per_square_kilometre_are_a_density_not_a_population():
    got = claims("南山区常住人口179.6万人。人口密度约每平方公里9600人。", published="2025-04-10")
    assert [c["indicator"] for c in got] == ["population", "other:persons"]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan hosts regional headquarters of 12 Fortune Global 500 companies.",
        "Nanshan is home to 30 Fortune 500 firms.",
        "南山区有世界500强企业12家。",
    ],
)
def test_the_length_of_a_named_ranking_is_no_count(text):
    assert 500 not in [c["value"] for c in claims(text, published="2025-03-01")]


@pytest.mark.parametrize(
    "text",
    [
        "南山区集成电路产业集聚企业超过300家，其中上市企业15家。",
        "龙岗区规上工业企业达4800家，其中营收超百亿元企业12家，上市企业38家。",
        "Nanshan has more than 300 chip design firms, of which 15 listed companies.",
    ],
)
def test_listed_firms_among_a_group_of_firms_are_not_the_places_count(text):
    got = claims(text, published="2025-03-01")
    assert "listed_companies" not in [c["indicator"] for c in got]
    assert any(c["indicator"].startswith("other:listed_companies") for c in got)


@pytest.mark.parametrize(
    "text", ["龙岗区拥有上市公司52家，其中境外上市18家。", "龙岗区上市企业52家，其中在港上市18家。"]
)
def test_firms_listed_in_one_market_among_a_places_listed_firms_are_a_part(text):
    got = claims(text, published="2025-03-01")
    assert [(c["indicator"], c["value"]) for c in got if c["indicator"] == "listed_companies"] == [
        ("listed_companies", 52)  # the 18 were the place's count too: 上市 read as a city (X市为18家)
    ]
    assert 18 in [c["value"] for c in got]


def test_listed_firms_among_all_of_a_places_firms_are_its_count():
    """Guard: 全区市场主体超过30万户，其中上市企业52家 counts the district's listed firms."""
    got = claims("龙岗区市场主体超过30万户，其中上市企业52家。", published="2025-03-01")
    assert ("listed_companies", 52) in [(c["indicator"], c["value"]) for c in got]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan released its GDP figures on Monday. The total came to 515 billion yuan.",
        "Kunshan's output of goods and services totalled 515 billion yuan in 2024.",
    ],
)
def test_the_total_of_a_measure_named_without_a_figure_is_that_measure(text):
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == ["gdp"]


def test_the_total_with_no_measure_named_before_stays_unknown():
    """Guard: 'Kunshan held a fair on Monday. The total came to 5 billion yuan.' names no measure."""
    got = claims("Kunshan held a trade fair on Monday. The total came to 5 billion yuan.", published="2025-03-01")
    assert [c["indicator"] for c in got] == ["other:amount"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("昆山拥有上市公司54家。", "listed_companies"),
        ("昆山常住人口210万人。", "population"),
        ("昆山面积931平方公里。", "area"),
        ("昆山研发投入强度达到4.1%。", "rd_intensity"),
    ],
)
def test_a_short_chinese_name_right_before_any_indicator_is_its_subject(text, indicator):
    assert brief(claims(text, published="2025-05-01"), "region", "indicator") == [("320583", indicator)]


def test_a_short_name_inside_a_companys_name_is_no_place():
    """Guard: 福田汽车 is a carmaker, not Futian district."""
    assert claims("福田汽车2024年营业收入达到480亿元，员工3万人。", published="2025-05-01") == []


@pytest.mark.parametrize(
    ("text", "region"),
    [  # county short names that are also the inside of common words: 新兴 (Xinxing), 资中 (Zizhong), 动力 (Dongli)
        ("云浮市2024年地区生产总值1200亿元，战略性新兴产业增加值达到150亿元。", "445300"),
        ("内江市2024年工业投资增长9%，工业投资中的制造业投资达到120亿元。", "511000"),
        ("哈尔滨市上半年积蓄动力，全市经济运行稳中向好，GDP增长5.2%。", "230100"),
        ("宜春市2024年GDP达3600亿元，全市省级以上高新技术企业1200家。", "360900"),  # 以上 then 高新, not 上高
        ("桂林市2024年GDP为2600亿元，资源配置效率提高，全市GDP增长5%。", "450300"),  # 资源 (Ziyuan) is a word
    ],
)
def test_a_short_name_inside_a_common_word_is_no_place(text, region):
    assert {c["region"] for c in claims(text, published="2025-03-01")} == {region}


@pytest.mark.parametrize(
    ("province", "words", "county"),
    [
        ("山东省", "尽心竭力惠民生", "371621"),  # 惠民 (Huimin, Binzhou)
        ("四川省", "让群众安居乐业", "510904"),  # 安居 (Anju, Suining)
        ("河北省", "海港物流加快发展", "130302"),  # 海港 (Haigang, Qinhuangdao)
        ("甘肃省", "康乐设施不断完善", "622922"),  # 康乐 (Kangle, Linxia)
    ],
)
def test_a_two_character_county_name_inside_words_is_no_place_for_its_province_named_in_the_title(
    province, words, county
):
    # with only the province named (a report's title), the county's short name inside a common phrase was
    # settled as the county, and every figure after it went to that county
    text = f"（{province}）某县2019年政府工作报告\n一年来，我们{words}，全县生产总值完成346.3亿元。" + (
        "一般公共预算收入36.8亿元。"
    )
    assert county not in {c["region"] for c in claims(text, published="2019-02-26")}


def test_a_two_character_county_name_as_a_figures_subject_is_the_county_under_its_province():  # a guard
    text = "山东省县域经济观察\n惠民GDP增长6.1%，一般公共预算收入36.8亿元。"
    assert {c["region"] for c in claims(text, published="2019-02-26")} == {"371621"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("2018年，上海浦东GDP首次突破1万亿元。", "310115"),  # one word to a word cutter, two names here
        ("哈尔滨动力2005年GDP为120亿元。", "230107"),  # a common word right after its city is the place
        ("天津市的和平、河西、南开三区2024年GDP均超过1000亿元。", "120101"),  # and listed with its siblings
    ],
)
def test_a_name_run_into_another_name_or_right_after_its_city_is_still_a_place(text, region):
    assert claims(text, published="2025-03-01")[0]["region"] == region


def test_a_county_name_run_into_a_province_is_a_word_not_the_county():
    text = "西藏自治区那曲市比如县以牧业为主。一些城市的经济超过省份。比如海南省2024年GDP为7900亿元。"
    [c] = claims(text, published="2025-03-01")
    assert c["region"] == "460000"  # 比如 is no county here, and the example given states its own GDP


def test_a_new_paragraph_speaks_of_the_main_subject_again_not_of_a_place_named_in_passing():
    text = (
        "Jiangyin, a county-level city in Jiangsu, has become the second county with GDP above 500 billion yuan.\n\n"
        "Jiangyin's GDP reached 506.8 billion yuan in 2024. Kunshan, also in Jiangsu, was the first to pass the "
        "mark.\n\nThe city has 62 listed companies, and its per capita GDP exceeded 270,000 yuan."
    )
    got = brief(claims(text, published="2025-02-05"), "region", "indicator")
    assert got[-2:] == [("320281", "listed_companies"), ("320281", "gdp_per_capita")]


def test_within_a_paragraph_the_place_just_named_stays_the_subject():
    """Guard: 'Kunshan … its GDP' in the same paragraph is Kunshan's, however often Jiangyin was named."""
    text = (
        "Jiangyin's GDP reached 506.8 billion yuan. Jiangyin grew 5.9 percent. "
        "Kunshan is larger: its GDP was 515 billion yuan."
    )
    assert brief(claims(text, published="2025-02-05"), "region")[-1] == ("320583",)


def test_a_short_chinese_name_before_its_share_of_the_land_is_the_subject():
    got = claims("昆山以不到全国万分之一的土地创造了全国0.4%的GDP。", published="2025-03-01")
    assert brief(got, "region", "indicator", "relative_to") == [("320583", "area", "CN"), ("320583", "gdp", "CN")]


def test_a_bare_output_opening_a_sentence_and_a_compared_places_own_growth():
    text = (
        "Nanshan joins the trillion-yuan club\n\nNanshan said its economic output topped 1 trillion yuan in 2025. "
        "Output rose 6.2% from a year earlier to 1.02 trillion yuan, outpacing Shenzhen's overall growth of 5.5% "
        "and the national rate of 5.0%."
    )
    got = brief(claims(text, published="2026-01-22"), "region", "indicator", "value")
    assert got[-4:] == [
        ("440305", "gdp_growth", 6.2),
        ("440305", "gdp", 1.02e12),
        ("440300", "gdp_growth", 5.5),
        ("CN", "gdp_growth", 5.0),
    ]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Kun Shan reported GDP of 514 billion yuan last year.", "320583"),  # not Shan county (单县)
        ("Zhang Jia Gang reported GDP of 340 billion yuan last year.", "320582"),
    ],
)
def test_a_place_name_spelt_in_separate_syllables(text, region):
    assert brief(claims(text, published="2025-03-01"), "region") == [(region,)]


def test_places_joining_a_club_defined_in_the_same_sentence_each_cross_it():
    text = "China now has 27 cities with GDP above 1 trillion yuan, after Changzhou and Yantai joined the club in 2023."
    got = [c for c in claims(text, published="2024-03-01") if c["indicator"] == "gdp"]
    assert brief(got, "region", "period", "value", "qualifier") == [
        ("320400", "2023", 1e12, "at_least"),
        ("370600", "2023", 1e12, "at_least"),
    ]


def test_places_after_which_a_place_ranks_are_still_no_subject():
    """Guard: 'the third district to pass 1 trillion yuan, after Pudong and Haidian' is Nanshan's alone."""
    got = claims("Nanshan became the third district to pass 1 trillion yuan, after Pudong and Haidian.", "2026-03-01")
    assert {c["region"] for c in got} == {"440305"}


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan is home to more than 5,000 national high-tech firms and 218 public companies.",
        "Nanshan has 218 firms that have gone public.",
    ],
)
def test_public_companies_are_listed_companies(text):
    got = [c for c in claims(text, published="2025-03-01") if c["value"] == 218]
    assert [c["indicator"] for c in got] == ["listed_companies"]


def test_a_part_of_a_counted_group_is_dated_like_the_stock_it_is_part_of():
    got = claims("南山区集成电路企业超过300家，其中上市企业15家。", published="2025-03-01")
    assert brief(got, "indicator", "period")[-1] == ("other:listed_companies_among_group", "2025")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常熟力争2027年地区生产总值达到3500亿元。", [("320581", "gdp", "2027", "target")]),
        ("常熟2024年完成了2800亿元的年度目标。", [("320581", "other:amount", "2024", "target")]),
    ],
)
def test_a_short_county_name_before_a_goal_or_a_year_is_the_subject(text, expected):
    assert brief(claims(text, published="2025-06-10"), "region", "indicator", "period", "kind") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常熟市正朝着GDP3500亿元的目标迈进，力争2027年实现。", ("gdp", "2027", "target")),
        ("Changshu has set a 400 billion yuan target for 2030.", ("gdp", "2030", "target")),
        ("Changshu beat its 5 percent growth target in 2024.", ("gdp_growth", "2024", "target")),
    ],
)
def test_a_figure_naming_a_goal_is_a_target(text, expected):
    assert brief(claims(text, published="2025-06-10"), "indicator", "period", "kind") == [expected]


def test_a_sentence_opened_by_per_capita_gives_per_capita_figures():
    text = "Changshu's GDP was 280 billion yuan in 2024. Per capita, the city's output was about 168,000 yuan."
    got = brief(claims(text, published="2025-06-10"), "indicator", "value", "unit")
    assert got == [("gdp", 280e9, "CNY"), ("gdp_per_capita", 168000, "CNY_per_person")]


def test_bare_output_after_a_year_in_an_article_about_the_economy_is_gdp():
    text = (
        "When Changshu became a city in 1983, its economy was worth 1.5 billion yuan. "
        "By 2000 output had reached 40 billion yuan."
    )
    got = brief(claims(text, published="2025-06-10"), "indicator", "period", "value")
    assert got == [("gdp", "1983", 1.5e9), ("gdp", "2000", 40e9)]


def test_a_clause_after_a_semicolon_goes_on_with_the_places_of_the_one_before():
    text = (
        "前三季度，广州市天河区地区生产总值5062亿元，占全市比重达21%。"
        "全市规模以上工业总产值16000亿元，同比增长3.1%；社会消费品零售总额8200亿元，同比增长2.0%。"
    )
    got = brief(claims(text, published="2025-11-01"), "region", "indicator")
    assert got[-3:] == [
        ("440100", "other:industrial_output_growth"),
        ("440100", "retail_sales"),  # the city's, as the clause before it: not Tianhe's, the place in focus
        ("440100", "other:retail_sales_growth"),
    ]


@pytest.mark.parametrize("verb", ["实现", "完成", "创造"])
def test_a_short_name_before_achieving_its_figure_is_its_subject(verb):
    got = claims(f"2024年，昆山{verb}地区生产总值（GDP）5280亿元。", published="2025-03-01")
    assert brief(got, "region", "indicator") == [("320583", "gdp")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Shenzhen's Nanshan district joined Shanghai's Pudong and Beijing's Haidian in the club in 2025, "
            "when its GDP came to 1.01 trillion yuan.",
            "440305",
        ),
        (
            "In 2025, Kunshan overtook Jiangyin and Zhangjiagang in exports, and its GDP rose to 532 billion yuan.",
            "320583",
        ),
        (
            "Officials in Suzhou said Kunshan's economy did well, and its GDP rose to 532 billion yuan in 2025.",
            "320583",
        ),
    ],
)
def test_its_in_a_later_clause_is_the_place_the_sentence_opens_with(text, region):
    got = [c for c in claims(text, published="2026-02-01") if c["indicator"] == "gdp"]
    assert [c["region"] for c in got] == [region]


def test_a_speaker_sharing_a_countys_name_is_not_the_sentence_subject():
    text = "Ying also said that by 2030 Shanghai will raise its spending on R&D to more than 4 percent of its GDP."
    got = claims(text, published="2026-02-01")
    assert [c["region"] for c in got if c["indicator"] == "rd_intensity"] == ["310000"]


@pytest.mark.parametrize(
    "aside", ["under the city", "within the city", "next to the city", "not to be confused with the city of Changsha"]
)
def test_the_city_in_an_aside_placing_a_county_leaves_the_county_the_subject(aside):
    text = f"Changsha's GDP reached 1.5 trillion yuan in 2024. Changsha County, {aside}, contributed 225 billion yuan."
    got = brief(claims(text, published="2025-05-06"), "region", "value")
    assert got == [("430100", 1.5e12), ("430121", 2.25e11)]


@pytest.mark.parametrize("aside", ["in northwest Shanghai", "in the north of Shanghai", "in suburban Shanghai"])
def test_a_city_in_an_aside_saying_where_the_district_lies_leaves_the_district_the_subject(aside):
    text = f"Jiading reported GDP of 281 billion yuan for 2022. The district, {aside}, covers 464 square kilometers."
    got = brief(claims(text, published="2023-02-14", lang="en"), "region", "indicator")
    assert got == [("310114", "gdp"), ("310114", "area")]


def test_cities_deep_in_a_long_aside_leave_the_place_before_it_the_subject():
    # the aside runs 70 characters before its last city: the subject is still the place that opened it
    text = (
        "Cixi, a county-level city of 1.9 million residents on the bay between Ningbo and Shaoxing, "
        "posted GDP of 272 billion yuan in 2024."
    )
    got = claims(text, published="2025-05-01")
    assert brief(got, "region", "indicator") == [("330282", "population"), ("330282", "gdp")]


def test_the_city_inside_an_aside_leaves_the_place_before_it_the_subject():
    text = (
        "Shenzhen's districts reported first-half figures. Growth was fastest in Guangming, a district in the "
        "city's northwest, where GDP expanded 8.7 percent to 74.3 billion yuan."
    )
    got = claims(text, published="2025-07-28")
    assert brief(got, "region", "indicator") == [("440311", "gdp_growth"), ("440311", "gdp")]


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen grew 5.4 percent, outpacing the national growth rate of 5.0 percent.",
        "Shenzhen grew 5.4 percent, while the national economy grew 5.0 percent.",
    ],
)
def test_the_national_rate_is_the_countrys(text):
    got = claims(text, published="2025-07-28")
    assert brief(got, "region", "value") == [("440300", 5.4), ("CN", 5.0)]


def test_a_national_kind_of_firm_is_no_mention_of_the_country():
    got = claims("Shenzhen has 25,000 national high-tech enterprises.", published="2025-07-28")
    assert brief(got, "region", "indicator") == [("440300", "high_tech_enterprises")]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("2025年，南山区全社会研发投入强度为6.5%，远超全国2.68%的平均水平。", ("CN", "rd_intensity", 2.68)),
        ("2025年，南山区全社会研发投入强度为6.5%，而全国为2.68%。", ("CN", "rd_intensity", 2.68)),
        ("2025年，南山区GDP增长5.6%，高于全国5.0%的增速。", ("CN", "gdp_growth", 5.0)),
        ("2025年，南山区GDP增长5.6%，高于全市5.4%的平均水平。", ("440300", "gdp_growth", 5.4)),
        ("2025年，宝安区GDP增长5.6%，高于全省平均水平（4.4%）。", ("440000", "gdp_growth", 4.4)),
        ("2025年，江阴市GDP增长5.6%，跑赢全省平均（5.1%）。", ("320000", "gdp_growth", 5.1)),
    ],
)
def test_the_level_a_rate_is_compared_with_is_the_compared_places_own(text, second):
    got = claims(text, published="2026-02-01")
    assert [(c["region"], c["indicator"], c["value"], c.get("relative_to")) for c in got][1] == (*second, None)


def test_a_share_of_the_country_is_still_a_share():
    got = claims("2025年，南山区GDP约占全国0.8%。", published="2026-02-01")
    assert [(c["region"], c["unit"], c.get("relative_to")) for c in got] == [("440305", "percent", "CN")]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's GDP grew 5.6 percent in 2025, compared with 5.0 percent nationally.",
        "Nanshan's GDP grew 5.6 percent in 2025, while the national figure was 5.0 percent.",
        "Nanshan's GDP grew 5.6 percent in 2025, beating the 5.0 percent national rate.",
    ],
)
def test_the_national_rate_an_english_rate_is_compared_with(text):
    got = claims(text, published="2026-02-01")
    assert [(c["region"], c["indicator"], c["value"]) for c in got] == [
        ("440305", "gdp_growth", 5.6),
        ("CN", "gdp_growth", 5.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Longhua's R&D spending came to 5.3 percent of GDP, while the figure for Shenzhen as a whole was 6.5 percent.",
        "Longhua's R&D intensity reached 5.3 percent, while the rate for the whole of Shenzhen stood at 6.5 percent.",
    ],
)
def test_the_figure_for_a_named_whole_after_a_share_of_gdp_is_the_same_measure(text):
    got = claims(text, published="2026-02-10")
    assert [(c["region"], c["indicator"], c["value"]) for c in got] == [
        ("440309", "rd_intensity", 5.3),
        ("440300", "rd_intensity", 6.5),  # was other:percent
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Nanshan grew 5.6 percent in 2025. Futian grew 5.4 percent. Both beat the national rate of 5.0 percent.",
            "gdp_growth",
        ),
        ("Nanshan's jobless rate was 4.1 percent in 2025. That beat the national rate of 5.0 percent.", "other:rate"),
    ],
)
def test_the_national_rate_in_a_sentence_of_its_own_is_the_rate_the_text_speaks_of(text, indicator):
    got = claims(text, published="2026-02-01")
    assert [(c["region"], c["indicator"], c["value"]) for c in got][-1] == ("CN", indicator, 5.0)


def test_the_provincial_average_is_the_provinces():
    text = "Guangdong's Nanshan district grew 5.6 percent in 2025, above the provincial average of 5.2 percent."
    got = claims(text, published="2026-02-01")
    assert [(c["region"], c["value"]) for c in got] == [("440305", 5.6), ("440000", 5.2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2025, Nanshan generated more than a quarter of Shenzhen's GDP with less than a tenth of its land.",
            [("gdp", 25.0, "440300"), ("area", 10.0, "440300")],
        ),
        (
            "In 2025, with just 9.4 percent of the city's land, Nanshan produced 27 percent of its GDP.",
            [("area", 9.4, "440300"), ("gdp", 27.0, "440300")],
        ),
        (
            "In 2025, Kunshan produced 0.4 percent of China's GDP with 0.01 percent of its land.",
            [("gdp", 0.4, "CN"), ("area", 0.01, "CN")],
        ),
    ],
)
def test_a_share_of_its_land_or_gdp_after_a_larger_place_is_of_that_place(text, expected):
    got = claims(text, published="2026-02-01")
    assert [(c["indicator"], c["value"], c.get("relative_to")) for c in got] == expected


@pytest.mark.parametrize(
    ("text", "lang", "guessed"),
    [
        ("朝阳区2024年GDP达到8000亿元。", "zh", True),  # Beijing's and Changchun's: the more populous, guessed
        ("北京朝阳区2024年GDP达到8000亿元。", "zh", False),
        ("Chaoyang district's GDP reached 800 billion yuan in 2024.", "en", True),
        ("Beijing's Chaoyang district posted GDP of 800 billion yuan in 2024.", "en", False),
    ],
)
def test_a_name_shared_by_several_units_that_nothing_settles_is_marked_inferred(text, lang, guessed):
    [claim] = claims(text, lang=lang, published="2025-03-01")
    assert claim["region"] == "110105"
    assert ("region" in claim["inferred"]) is guessed


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Kunshan, a county-level city under Suzhou, has topped the list for 20 years. "
            "The city's GDP reached 514 billion yuan in 2024.",
            "320583",
        ),
        (
            "Jiangyin is administered by Wuxi in Jiangsu province. Last year the city posted GDP of 509 billion yuan.",
            "320281",
        ),
        ("昆山是苏州下辖的县级市。2024年，全市实现地区生产总值5140亿元。", "320583"),
    ],
)
def test_the_city_after_a_county_level_city_and_its_prefecture_is_the_county_level_city(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01")] == [region]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，金华市实现地区生产总值6500亿元。其中，义乌市GDP达到2200亿元。全市一般公共预算收入500亿元。",
        "Jinhua's GDP reached 650 billion yuan in 2024. Among them, Yiwu contributed 220 billion yuan. "
        "The city's general public budget revenue was 50 billion yuan.",
    ],
)
def test_a_sentence_about_a_part_leaves_the_focus_on_the_whole(text):
    got = [c for c in claims(text, published="2025-03-01") if c["indicator"] == "fiscal_revenue"]
    assert [c["region"] for c in got] == ["330700"]


def test_after_a_paragraph_going_round_a_citys_districts_an_unnamed_subject_is_the_city_again():
    text = (
        "Shenzhen's economy grew 5.2 percent in the first three quarters.\n\n"
        "Luohu grew 3.9 percent. Longhua grew 5.4 percent.\n\n"
        "For the full year, growth of about 5.5 percent is expected."
    )
    got = brief(claims(text, published="2025-10-20"), "region", "indicator", "period", "value")
    assert got[-1] == ("440300", "gdp_growth", "2025", 5.5)
    one = text.replace("Longhua grew 5.4 percent.", "It grew 5.4 percent in the third quarter alone.")
    got = brief(claims(one, published="2025-10-20"), "region", "indicator")
    assert got[-1] == ("440303", "gdp_growth")  # a paragraph about one district: still that district's


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Futian had 110 invention patents per 10,000 residents in 2024, nine times the national figure of 12.0.",
            "en",
        ),
        ("Futian had 110 invention patents per 10,000 residents in 2024, against a national average of 12.0.", "en"),
        ("2024年福田区每万人口发明专利拥有量110件，是全国平均水平（12.0件）的9倍。", "zh"),
    ],
)
def test_the_national_figure_a_count_is_compared_with_or_a_multiple_taken_of_is_the_countrys(text, lang):
    got = brief(claims(text, lang=lang, published="2025-06-30"), "region", "indicator", "period", "value", "unit")
    assert ("440304", "invention_patents_per_10k", "2024", 110, "count_per_10k") in got
    assert ("CN", "invention_patents_per_10k", "2024", 12.0, "count_per_10k") in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kunshan is home to some 5,300 Taiwan-funded enterprises and 2,900 national high-tech enterprises.", "en"),
        ("昆山市是台商在中国大陆最集中的城市之一，拥有高新技术企业2900家。", "zh"),
    ],
)
def test_a_place_things_come_from_or_the_field_of_a_superlative_is_not_the_subject(text, lang):
    got = brief(claims(text, lang=lang, published="2025-06-30"), "region", "indicator", "value")
    assert ("320583", "high_tech_enterprises", 2900) in got
    assert all(region == "320583" for region, _i, _v in got)


def test_the_provincial_government_as_a_subject_is_the_province_and_the_national_pace_the_countrys():
    text = (
        "Zhejiang grew 5.5% in 2024, ahead of the national pace of 5.0%. Hangzhou, its capital, grew 4.7%.\n\n"
        "The provincial government has set a growth target of around 5.5% for 2025."
    )
    got = brief(claims(text, published="2025-01-25"), "region", "indicator", "period", "value")
    assert got == [
        ("330000", "gdp_growth", "2024", 5.5),
        ("CN", "gdp_growth", "2024", 5.0),
        ("330100", "gdp_growth", "2024", 4.7),
        ("330000", "gdp_growth", "2025", 5.5),
    ]
    by_it = text.replace(
        "The provincial government has set", "Hangzhou, under rules set by the provincial government, set"
    )
    assert brief(claims(by_it, published="2025-01-25"), "region")[-1] == ("330100",)


@pytest.mark.parametrize(
    "text",
    [
        "硚口区位于武汉市中心城区，东接江汉区，西邻东西湖区，全区面积40.06平方公里。",
        "硚口区位于汉江北岸，北与东西湖区接壤，南与汉阳区隔江相望，全区面积40.06平方公里。",
        "硚口区东接江汉区，北毗东西湖区、蔡甸区，全区面积40.06平方公里。",  # 北毗: had been the neighbours' area
        "硚口区南濒汉江，北毗东西湖区，全区面积40.06平方公里。",
    ],
)
def test_the_neighbours_of_a_place_described_are_not_its_subject(text):
    assert brief(claims(text, published="2025-05-10"), "region", "indicator") == [("420104", "area")]


def test_neighbours_listed_before_a_semicolon_hand_the_next_clause_no_place():
    text = "太仓地处长江口南岸，与上海、昆山、常熟等经济强市比邻而居；工业基础雄厚，孕育出40多家上市企业。"
    assert brief(claims(text, published="2025-05-10", lang="zh"), "region", "indicator") == [
        ("320585", "listed_companies")
    ]


@pytest.mark.parametrize("title", ["康马县概况", "简介"])
def test_a_place_measured_from_and_neighbours_counted_are_not_a_profiles_subject(title):
    text = (
        f"{title}\n位于喜马拉雅山北麓，距日喀则市140公里，是半农半牧的边境县。"
        "境内与亚东，白朗、江孜、浪卡子四县相邻。植被覆盖率7%。\n国民经济综合指标。全县生产总值为8243万元，增长16%。"
    )
    got = brief(claims(text, published="2012-06-01"), "region", "indicator")
    expected = [("540230", "gdp"), ("540230", "gdp_growth")]
    assert [g for g in got if g[1].startswith("gdp")] == (expected if "康马" in title else [])
    assert {g[0] for g in got} <= {"540230"}  # the cover rate was Rikaze's, or Yadong's


def test_neighbours_said_to_join_it_on_lines_of_their_own_are_not_its_subject():
    # an encyclopaedia page puts each linked name on a line of its own; 相连 closes the list of neighbours
    text = "屏边苗族自治县地处云南省南部，东与\n文山州\n文山市、马关县相连，南与\n河口县\n接壤。"
    text += "全县国土面积1906平方千米。"
    assert brief(claims(text, published="2022-03-01"), "region", "indicator") == [("532523", "area")]


@pytest.mark.parametrize(
    "text",
    [
        "Qiaokou district lies in central Wuhan. It borders Jianghan district to the east and Dongxihu district "
        "to the north, and covers 40.06 square kilometers.",
        "Qiaokou district, bordered by Jianghan district and Hanyang district, covers 40.06 square kilometers.",
        "Located next to Jianghan district, Qiaokou covers 40.06 square kilometers.",
    ],
)
def test_the_places_an_english_description_says_a_place_borders_are_not_its_subject(text):
    assert brief(claims(text, published="2025-05-10"), "region", "indicator") == [("420104", "area")]


def test_the_next_place_to_do_something_is_no_neighbour():
    text = "Who is the next to join the club?\n\nQiaokou's GDP reached 100 billion yuan in 2024."
    assert brief(claims(text, published="2025-05-10"), "region") == [("420104",)]


def test_a_place_passed_with_its_figure_after_at_owns_that_figure():
    text = "Cixi posted GDP of 270 billion yuan, ahead of Yixing at 245 billion yuan."
    assert brief(claims(text, published="2025-03-01"), "region", "value") == [("330282", 2.7e11), ("320282", 2.45e11)]
    text = "Cixi finished ahead of Yixing with 270 billion yuan in GDP."
    assert brief(claims(text, published="2025-03-01"), "region") == [("330282",)]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，慈溪GDP增长6.2%，高于宜兴（5.6%）。",
        "2024年，慈溪GDP增长6.2%，快于宜兴的5.6%。",
        "2024年，慈溪GDP为2701亿元，超过宜兴（2451亿元）。",
    ],
)
def test_a_chinese_place_compared_with_its_own_figure_after_it_owns_that_figure(text):
    got = brief(claims(text, published="2025-03-01"), "region")
    assert got == [("330282",), ("320282",)]


def test_a_places_share_of_another_places_gdp_is_its_gdp_relative_to_that_place():
    text = "Tianhe's share of Guangzhou's GDP was 22.4 percent in the first quarter of 2021."
    got = brief(claims(text, published="2021-05-25"), "region", "indicator", "value", "unit", "relative_to")
    assert got == [("440106", "gdp", 22.4, "percent", "440100")]


@pytest.mark.parametrize(
    ("text", "lang", "relative"),
    [
        ("In 2023, Hegang's per capita GDP was 41,000 yuan, only 46 percent of the national average.", "en", "CN"),
        ("2023年，鹤岗市人均地区生产总值4.1万元，仅相当于全国平均水平的46%。", "zh", "CN"),
        ("2023年，鹤岗市人均地区生产总值4.1万元，为全省平均水平的81%。", "zh", "230000"),
    ],
)
def test_a_percentage_of_an_average_is_the_measure_relative_to_that_place(text, lang, relative):
    got = brief(claims(text, lang=lang, published="2024-05-01"), "region", "indicator", "value", "unit", "relative_to")
    assert got == [
        ("230400", "gdp_per_capita", 41000, "CNY_per_person", None),
        ("230400", "gdp_per_capita", 46 if relative == "CN" else 81, "percent", relative),
    ]


def test_a_share_said_by_a_participle_is_of_the_sentences_measure():
    text = (
        "Haizhu's GDP ranked fifth among Guangzhou's 11 districts in 2023, "
        "accounting for 8.9 percent of the city's total."
    )
    got = brief(claims(text, published="2024-05-20"), "region", "indicator", "value", "unit", "relative_to")
    assert got == [("440105", "gdp", 8.9, "percent", "440100")]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，福田区GDP位居全市第二，占全市的17.5%。",
        "2024年，福田区实现地区生产总值6400亿元，在全市各区中排名第二，约占全市经济总量的17.5%。",
    ],
)
def test_a_share_after_a_ranking_among_the_citys_districts_is_the_districts(text):
    got = [c for c in claims(text, published="2025-03-01") if c["unit"] == "percent"]
    assert brief(got, "region", "indicator", "value", "relative_to") == [("440304", "gdp", 17.5, "440300")]


@pytest.mark.parametrize(
    "text",
    [
        "天河区地区生产总值6600亿元，位居广州各区之首，但增速仅有3.1%。",
        "天河区地区生产总值6600亿元，居广州第一，同比增长3.1%。",
        "天河区地区生产总值6600亿元，在广州各区中排名第一，同比增长3.1%。",
    ],
)
def test_a_city_named_as_the_field_of_a_ranking_does_not_take_the_districts_growth(text):
    got = brief(claims(text, published="2026-02-18"), "region", "indicator", "value")
    assert got == [("440106", "gdp", 6.6e11), ("440106", "gdp_growth", 3.1)]


@pytest.mark.parametrize(
    "text",
    [
        "南山区GDP是福田区的1.6倍。",
        "南山区GDP为10123亿元，相当于福田区的1.6倍。",
        "Nanshan's GDP is roughly 1.6 times Futian's.",
        "南山区GDP突破万亿元，同比增长6.5%，总量是福田区的1.6倍。",  # after a rate: 总量 names the level
    ],
)
def test_a_ratio_to_a_named_place_is_the_subjects_relative_to_that_place(text):
    got = [c for c in claims(text, published="2026-02-02") if c["unit"] == "ratio"]
    assert brief(got, "region", "indicator", "value", "relative_to") == [("440305", "gdp", 1.6, "440304")]


@pytest.mark.parametrize(
    ("text", "indicator", "value", "qualifier"),
    [
        ("罗湖区GDP约为福田区的五成。", "gdp", 50.0, "approx"),  # was Futian's, relative to Shenzhen
        ("罗湖区GDP不到福田区的50%。", "gdp", 50.0, "at_most"),  # was other:percent
        ("2025年，宜兴GDP是无锡的一成。", "gdp", 10.0, "exact"),  # a base with no unit word
        ("罗湖区面积不足福田区的一半。", "area", 50.0, "at_most"),  # 一半 was no figure
    ],
)
def test_a_chinese_share_of_another_named_place_is_relative_to_it(text, indicator, value, qualifier):
    got = claims(text, published="2026-02-09")
    base = "320200" if "无锡" in text else "440304"
    subject = "320282" if "宜兴" in text else "440303"
    assert brief(got, "region", "indicator", "value", "unit", "relative_to", "qualifier") == [
        (subject, indicator, value, "percent", base, qualifier)
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("罗湖区GDP差不多是盐田区的3.5倍。", "approx"),  # was exact
        ("罗湖区GDP不到盐田区的4倍。", "at_most"),  # was other:ratio, relative to no place
        ("罗湖区GDP超过盐田区的3倍。", "at_least"),
    ],
)
def test_a_chinese_multiple_of_a_named_place_said_roughly_or_as_a_bound(text, qualifier):
    got = claims(text, published="2026-01-15")
    assert brief(got, "region", "indicator", "unit", "relative_to", "qualifier") == [
        ("440303", "gdp", "ratio", "440308", qualifier)
    ]


def test_a_multiple_of_a_place_said_of_a_zone_is_nobodys():
    """Was Kunshan's, relative to Suzhou: in 园区超过35万元，是昆山的1.4倍 the zone is the subject, Kunshan the base."""
    got = claims("昆山人均GDP约25万元，而园区超过35万元，是昆山的1.4倍。", published="2026-09-02")
    assert [c for c in got if c["unit"] == "ratio"] == []


def test_a_share_of_an_earlier_time_is_no_share_of_a_place():
    """Guard: 相当于去年同期的九成 compares with a time, not with a place (no claim relative to the city)."""
    got = claims("一季度，罗湖区GDP相当于去年同期的九成。", published="2026-04-20")
    assert got and all(c.get("relative_to") is None for c in got)


@pytest.mark.parametrize(
    ("text", "value"), [("浦东新区GDP是闵行区的两倍多。", 2.0), ("浦东新区经济总量是闵行区的三倍。", 3.0)]
)
def test_a_multiple_in_chinese_numerals_of_a_named_place_is_relative_to_that_place(text, value):
    """Was Minhang's, relative to Shanghai: the place before 的两倍 is the base, as before 的2倍."""
    got = brief(claims(text, published="2026-03-10"), "region", "indicator", "value", "unit", "relative_to")
    assert got == [("310115", "gdp", value, "ratio", "310112")]


def test_a_ratio_of_growth_rates_stays_a_ratio_of_growth_rates():
    """Guard: 增速是全国的1.3倍 compares the rates, not the levels."""
    got = [
        c
        for c in claims("2025年，南山区GDP增长6.5%，增速是全国的1.3倍。", published="2026-02-02")
        if c["unit"] == "ratio"
    ]
    assert brief(got, "indicator", "relative_to") == [("gdp_growth", "CN")]


def test_a_named_places_own_rate_after_di_is_still_its_own():
    text = "南山区GDP增长5.2%，仅次于光明区的9.5%。"
    assert ("440311", "gdp_growth", 9.5) in brief(claims(text, published="2026-02-02"), "region", "indicator", "value")


def test_a_sum_after_a_gdp_threshold_in_its_clause_is_gdp_though_an_earlier_clause_named_output():
    text = (
        "County economies in 2025\n\nLiuyang, a county-level city famous for fireworks, posted output of 201 billion "
        "yuan, while Ningxiang crossed the 100-billion-yuan threshold for the first time with 110.9 billion yuan."
    )
    got = brief(claims(text, published="2026-02-12"), "region", "indicator", "value")
    assert ("430182", "gdp", 1.109e11) in got


def test_a_second_place_crossing_a_mark_with_its_verb_left_out_gets_its_year():
    text = "Nanshan's GDP passed 1 trillion yuan in 2025. Pudong crossed the mark in 2018 and Haidian in 2022."
    got = brief(claims(text, published="2026-01-28"), "region", "period", "value", "qualifier")
    assert got[1:] == [("310115", "2018", 1e12, "at_least"), ("110108", "2022", 1e12, "at_least")]


def test_and_a_verb_after_a_crossing_is_no_second_place():
    text = "Nanshan's GDP passed 1 trillion yuan in 2025. Pudong crossed the mark in 2018 and grew 5 percent in 2019."
    assert [c["region"] for c in claims(text, published="2026-01-28")] == ["440305", "310115", "310115"]


@pytest.mark.parametrize(
    "text",
    [
        "Pudong was the first district to cross the 1 trillion yuan mark in 2018, "
        "followed by Beijing's Haidian in 2022.",
        "Pudong, Shanghai's financial hub, was the first district to cross the 1 trillion yuan mark, in 2018, "
        "followed by Beijing's Haidian in 2022.",
    ],
)
def test_a_crossing_followed_by_another_place_in_its_year_is_that_places_crossing(text):
    got = brief(claims(text, published="2026-02-10"), "region", "period", "value", "qualifier")
    assert got == [("310115", "2018", 1e12, "at_least"), ("110108", "2022", 1e12, "at_least")]


@pytest.mark.parametrize(
    "follow", ["Haidian did so in 2022.", "Haidian followed in 2022.", "Haidian joined it in 2022."]
)
def test_a_place_that_followed_a_crossing_in_the_next_sentence_crossed_the_same_mark(follow):
    """The mark is the one the sentence before said was passed, though it named no measure for it."""
    text = f"In 2018, Pudong became the first district to pass 1 trillion yuan. {follow}"
    got = brief(claims(text, published="2026-02-10"), "region", "period", "value", "qualifier")
    assert got == [("310115", "2018", 1e12, "at_least"), ("110108", "2022", 1e12, "at_least")]
    text = "Nanshan passed 1 trillion yuan in 2025. Futian followed in second place."  # guard: no year, no crossing
    assert brief(claims(text, published="2026-02-10"), "region") == [("440305",)]


@pytest.mark.parametrize("follow", ["followed in 2022", "did so in 2022", "joined it in 2022"])
def test_a_place_that_followed_a_reference_to_a_mark_in_the_same_sentence_crossed_it_once(follow):
    # "and Haidian followed in 2022" is both what "and" joins to the first crossing and a reference of its own
    text = f"Nanshan passed 1 trillion yuan in 2025. Pudong crossed the threshold in 2018, and Haidian {follow}."
    got = brief(claims(text, published="2026-02-10"), "region", "period")
    assert got == [("440305", "2025"), ("310115", "2018"), ("110108", "2022")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_year_another_place_crossed_a_mark_does_not_date_the_next_places_figures(lang):
    """A club's history ("In 2022, Haidian's GDP passed 1 trillion yuan") is no year of the paragraph for another
    place's result after it, stated with no year: that is the latest year's, as anywhere; the place's own
    figures after it are of that year, and so are another place's when they go on with a year-stated result."""
    text = {
        "en": "In 2022, Haidian's GDP exceeded 1 trillion yuan. Nanshan's GDP was 1.02 trillion yuan, up 6 percent.",
        "zh": "2022年，海淀区GDP突破1万亿元。南山区地区生产总值达到10200亿元，增长6%。",
    }[lang]
    got = brief(claims(text, published="2026-01-28", lang=lang), "region", "period")
    assert got == [("110108", "2022"), ("440305", "2025"), ("440305", "2025")]
    text = "In 2022, Haidian's GDP exceeded 1 trillion yuan. Its growth was 7 percent that year."
    assert brief(claims(text, published="2026-01-28"), "region", "period")[-1] == ("110108", "2022")
    text = "In 2020, Kunshan's GDP was 428 billion yuan. Jiangyin's was 411 billion yuan."
    assert brief(claims(text, published="2026-01-28"), "region", "period")[-1] == ("320281", "2020")


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("福田区2025年GDP为6510亿元，距离万亿还有3000亿元以上的差距。", "other:gdp_gap"),  # a gap said after it
        ("南山区经济总量五年间增加超过3500亿元。", "other:gdp_change"),  # an increase, qualified
        (
            "Over five years Nanshan's economy grew fast, adding more than 350 billion yuan in output.",
            "other:gdp_change",
        ),
    ],
)
def test_a_sum_said_to_be_a_gap_or_an_increase_is_no_level(text, indicator):
    got = claims(text, published="2026-02-12", lang="zh" if "年" in text else "en")
    assert brief(got, "indicator", "value")[-1] == (indicator, 3e11 if "gap" in indicator else 3.5e11)


@pytest.mark.parametrize(
    "text",
    [
        "2023年，蜀山区居民人均可支配收入为52100元，高于安徽省16200元、全国12900元。",
        "2023年，蜀山区居民人均可支配收入为52100元，高于全省平均水平16200元，高于全国12900元。",
        "2023年，蜀山区居民人均可支配收入为52100元，比上年增加2800元，低于合肥市16200元、全国12900元。",
    ],
)
def test_an_income_above_another_places_by_so_much_is_a_gap_not_its_level(text):
    got = brief(claims(text, published="2024-03-20"), "region", "indicator", "value")
    assert ("340104", "disposable_income_per_capita", 52100.0) in got
    levels = [v for r, ind, v in got if ind == "disposable_income_per_capita"]
    assert levels == [52100.0]  # 16200 and 12900 were the district's income too
    assert ("340104", "other:disposable_income_per_capita_gap", 12900.0) in got


def test_the_difference_between_two_places_is_a_gap():
    text = "2024年前三季度，长汀县GDP为268.93亿元，排名第二，与新罗区两者差值达到607.5亿元。"
    got = brief(claims(text, published="2024-11-05"), "indicator", "value")
    assert got == [("gdp", 2.6893e10), ("other:gdp_gap", 6.075e10)]  # was 新罗区's GDP


def test_a_sentence_about_reaching_a_mark_names_no_place_that_reached_it():
    text = 'Futian reported GDP of 640 billion yuan. "Reaching the trillion-yuan mark is a milestone," said a scholar.'
    assert brief(claims(text, published="2026-02-03"), "region", "value") == [("440304", 6.4e11)]
    text = "Nanshan reported GDP of 1.02 trillion yuan. Joining the trillion-yuan club took the district 35 years."
    assert brief(claims(text, published="2026-02-03"), "region", "value")[-1] == ("440305", 1e12)  # guard


def test_a_place_the_earliest_to_cross_a_mark_is_the_subject_not_a_ranking():
    text = "2024年南山区GDP达9500亿元。\n\n业内人士预计，南山区最快可于2025年跨越万亿元大关。"
    cs = claims(text, published="2025-03-10")
    assert brief(cs, "region", "indicator", "period", "qualifier")[-1] == ("440305", "gdp", "2025", "at_least")


def test_a_place_whose_possessive_describes_the_place_before_it_is_not_a_subject():
    text = "Jiangyin, Kunshan's closest rival, reported GDP of 475 billion yuan in 2023, "
    text += "while Yixing recorded 240 billion."
    cs = claims(text, published="2024-04-10")
    assert brief(cs, "region", "value") == [("320281", 4.75e11), ("320282", 2.4e11)]  # not Kunshan's by position


@pytest.mark.parametrize(
    ("whole", "relative"),
    [
        ("Jiangsu's total", "320000"),
        ("Suzhou's total", "320500"),
        ("the city's total", "320500"),
        ("China's total", "CN"),  # the country's possessive is read with its name
    ],
)
def test_a_share_of_the_total_of_a_named_province_or_city_is_relative_to_it(whole, relative):
    text = f"Kunshan's foreign trade came to 870 billion yuan in 2023, about one-sixth of {whole}."
    cs = claims(text, published="2024-04-10")
    assert [(c["indicator"], c["relative_to"]) for c in cs if c["unit"] == "percent"] == [("foreign_trade", relative)]


def test_a_figure_in_brackets_after_a_place_led_is_that_places_own_not_a_gap():
    text = "2022年昆山GDP达5006.7亿元，规模仍领先江阴（4754亿元）与张家港（3302亿元）。"
    got = claims(text, published="2023-02-05")
    assert brief(got, "region", "indicator", "value")[1:] == [("320281", "gdp", 4.754e11), ("320582", "gdp", 3.302e11)]


def test_a_lead_stated_as_an_amount_is_still_a_gap():
    got = claims("2022年昆山GDP达5006.7亿元，领先江阴252.7亿元。", published="2023-02-05")
    assert brief(got, "indicator")[1] == ("other:gdp_gap",)


def test_people_among_the_residents_are_not_the_population():
    got = claims("昆山常住人口约212万人，其中台胞约10万人。", published="2023-02-05")
    assert brief(got, "indicator", "value") == [("population", 2.12e6), ("other:persons", 1e5)]


@pytest.mark.parametrize(
    "text",
    [
        "2025年末，德清县总人口45.6万人，其中男性人口23.0万人，女性人口22.6万人，分别占总人口的50.4%和49.6%。",
        "2025年末，德清县总人口45.6万人；男性人口23.0万人，女性人口22.6万人，分别占总人口的50.4%和49.6%。",
    ],
)
def test_men_and_women_and_their_shares_of_the_total_are_not_the_population(text):
    got = claims(text, published="2026-03-20")
    assert brief(got, "indicator", "value", "relative_to") == [
        ("population", 4.56e5, None),
        ("other:persons", 2.3e5, None),
        ("other:persons", 2.26e5, None),
        ("other:percent", 50.4, None),
        ("other:percent", 49.6, None),
    ]


@pytest.mark.parametrize("part", ["城镇人口", "60岁及以上人口", "16周岁以下人口"])
def test_a_part_of_the_people_as_a_share_of_the_resident_population_is_no_population(part):
    # 占常住人口的比重 had been read as the place's population, in percent
    text = f"2025年末，德清县常住人口45.6万人，{part}占常住人口的比重为21.4%。"
    got = brief(claims(text, published="2026-03-20"), "indicator", "unit")
    assert got == [("population", "persons"), ("other:share", "percent")]


@pytest.mark.parametrize(("name", "code"), [("东城区", "110101"), ("西城区", "110102")])
def test_a_district_named_for_a_side_of_the_city_has_a_population(name, code):
    got = claims(f"截至2022年末，{name}常住人口为70.4万人。", published="2023-10-10")
    assert brief(got, "region", "indicator", "value") == [(code, "population", 7.04e5)]  # 城区 in its name: urban


def test_the_urban_area_people_of_a_county_are_still_not_its_population():  # a guard
    got = claims("2025年末，德清县常住人口55.6万人，其中城区常住人口20.1万人。", published="2026-03-10")
    assert brief(got, "indicator", "value") == [("population", 5.56e5), ("other:persons", 2.01e5)]


def test_a_share_of_the_citys_total_population_is_still_its_population():  # a guard
    got = claims("2025年末，德清县常住人口55.6万人，占全市总人口的16.1%。", published="2026-03-20")
    assert brief(got, "indicator", "value", "relative_to") == [
        ("population", 5.56e5, None),
        ("population", 16.1, "330500"),
    ]


@pytest.mark.parametrize("verb", ["beat", "outpaced", "outperformed"])
def test_the_national_average_a_place_beat_with_its_growth_is_no_subject(verb):
    text = f"Cixi {verb} the national average with 6.1 percent growth in 2024."
    assert brief(claims(text, published="2025-04-01"), "region", "indicator") == [("330282", "gdp_growth")]


def test_the_national_average_beaten_keeps_its_own_figure_after_of():
    """Guard: "outpacing the national average of 5 percent" is the country's 5 percent."""
    text = "Cixi grew 6.1 percent in 2024, outpacing the national average of 5 percent."
    got = brief(claims(text, published="2025-04-01"), "region", "value")
    assert got == [("330282", 6.1), ("CN", 5.0)]


@pytest.mark.parametrize(
    "compared",
    [
        "slower than the nation's average of 5 percent",
        "below the country's 5 percent",
        "lower than the nation's rate of 5%",
    ],
)
def test_the_countrys_own_figure_after_its_possessive_name_is_the_countrys(compared):
    text = f"Cixi grew 4.2 percent in 2024, {compared}."
    got = brief(claims(text, published="2025-04-01"), "region", "value")
    assert got == [("330282", 4.2), ("CN", 5.0)]  # was Cixi's: "the nation's" ends in 's, no 's after it


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Local officials aim for about 5 percent this year.", "target"),
        ("The city targets around 5 percent this year.", "target"),
        ("Economists expect about 5 percent this year.", "expected"),
    ],
)
def test_a_bare_rate_aimed_for_in_the_next_sentence_is_the_rate_spoken_of(sentence, kind):
    text = "Cixi's economy expanded by 5.8 percent in 2024. " + sentence
    got = brief(claims(text, published="2025-06-30"), "indicator", "period", "kind")
    assert got == [("gdp_growth", "2024", "actual"), ("gdp_growth", "2025", kind)]


@pytest.mark.parametrize(
    "sentence",
    ['"This year we aim for 6 percent," the district head said.', "The district targets 6 percent this year."],
)
def test_a_bare_rate_aimed_for_after_a_gdp_level_is_gdp_growth(sentence):
    text = "Longgang's GDP reached 487 billion yuan last year. " + sentence
    got = brief(claims(text, published="2025-03-10"), "indicator", "period", "kind")
    assert got == [("gdp", "2024", "actual"), ("gdp_growth", "2025", "target")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It aims for 6 percent of its GDP to come from the digital economy.",  # a share, not a growth
        "Its retail sales reached 130 billion yuan, and it targets 6 percent this year.",  # after another measure
        "It targets 60 percent urbanization by 2027.",  # a measure named after the rate
    ],
)
def test_a_bare_rate_aimed_for_after_a_share_or_another_measure_is_no_gdp_growth(sentence):  # guard: passed before
    text = "Longgang's GDP reached 487 billion yuan last year. " + sentence
    assert "gdp_growth" not in [c["indicator"] for c in claims(text, published="2025-03-10")]


def test_a_share_expected_after_a_growth_is_no_rate():
    """Guard: "about 5 percent of firms" is a share of something, not the growth spoken of."""
    text = "Cixi's economy expanded by 5.8 percent in 2024. Officials expect about 5 percent of firms to close."
    assert [c["indicator"] for c in claims(text, published="2025-06-30")] == ["gdp_growth", "other:percent"]


def test_the_whole_city_word_for_a_share_of_the_prefecture_is_the_county_level_city_in_focus():
    # 全市 after a county-level city may be its prefecture, but not in a share of that prefecture: 占苏州的…
    text = "苏州市2024年GDP为26727亿元。昆山市作为苏州下辖的县级市，GDP达5380亿元。全市GDP占苏州的20.1%。"
    got = [c for c in claims(text, lang="zh", published="2025-05-06") if c["unit"] == "percent"]
    assert brief(got, "region", "indicator", "relative_to") == [("320583", "gdp", "320500")]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # an aside between a measure and its verb names another measure: the first is the figure's
        (
            "Kunshan's retail sales, a gauge of consumer demand in the economy, rose to 190 billion yuan.",
            "retail_sales",
        ),
        (
            "Kunshan's foreign trade, which makes up a large part of its economy, reached 877 billion yuan.",
            "foreign_trade",
        ),
        ("Kunshan's industrial output, the backbone of its economy, hit 1.1 trillion yuan.", "industrial_output"),
        ("Kunshan's exports, long the engine of its GDP growth, fell 3 percent.", "other:exports_growth"),
        ("Kunshan's retail sales, a gauge of how the economy is doing, grew 4.2 percent.", "other:retail_sales_growth"),
        # an aside after no measure leaves the measure to be found where it was
        ("Kunshan's GDP, the largest of any county in China, hit 538 billion yuan.", "gdp"),
    ],
)
def test_an_aside_after_a_measure_does_not_name_the_figure(text, indicator):
    assert brief(claims(text, "2025-02-18", "en"), "region", "indicator") == [("320583", indicator)]


def test_the_output_value_of_its_industrial_sector_is_industrial_output():
    text = "Kunshan said the output value of its industrial sector rose to 1.1 trillion yuan in 2024."
    assert brief(claims(text, "2025-02-18", "en"), "indicator") == [("industrial_output",)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a place's "total output" is its economy's: the share is of GDP
        ("Kunshan accounted for about a fifth of Suzhou's total output in 2024.", "gdp"),
        ("Kunshan grew 5.8 percent in 2024 and made up about a fifth of the city's total output.", "gdp"),
        # unless industry is spoken of
        ("Kunshan's factories accounted for about a fifth of Suzhou's total output in 2024.", "industrial_output"),
    ],
)
def test_a_share_of_a_places_total_output_is_of_its_gdp(text, indicator):
    got = [c for c in claims(text, "2025-02-18", "en") if c["unit"] == "percent" and c["value"] == 20.0]
    assert [(c["indicator"], c["relative_to"]) for c in got] == [(indicator, "320500")]


@pytest.mark.parametrize(
    "goal",
    [
        "This year the district will strive for 6 percent growth.",
        '"This year we will strive for 6 percent growth," the district head told its people\'s congress.',
        "The district targets growth of around 6 percent this year.",
        "Jiading, home to 1.8 million permanent residents, aims for full-year growth of more than 6 percent.",
        "The district aims for annual growth of over 6 percent.",
        # a later clause naming another measure with its own figure leaves the goal the economy's
        '"We will strive for 6 percent growth this year," he said, adding that investment should climb 10 percent.',
    ],
)
def test_a_growth_aimed_at_with_no_measure_is_the_economys_after_another_measure(goal):
    # the paragraph before spoke of industrial output: the goal is still the economy's
    text = (
        "Jiading reported GDP of 281.3 billion yuan for last year.\n\n"
        f"Industrial output of major firms totaled 708.6 billion yuan.\n\n{goal}"
    )
    got = [c for c in claims(text, "2023-02-14", "en") if c["value"] == 6.0]
    assert brief(got, "region", "indicator", "period", "kind") == [("310114", "gdp_growth", "2023", "target")]


def test_a_growth_aimed_at_for_a_measure_named_in_its_sentence_stays_that_measures():
    text = (
        "Jiading reported GDP of 281.3 billion yuan for last year.\n\n"
        "Industrial output of major firms totaled 708.6 billion yuan, and the district aims for 8 percent growth."
    )
    got = [c for c in claims(text, "2023-02-14", "en") if c["value"] == 8.0]
    assert [c["indicator"] for c in got] != ["gdp_growth"]


@pytest.mark.parametrize(
    "text",
    [
        "1. Haidian District (海淀区), Beijing – GDP: 1.16 trillion yuan, growth 5.8%",
        "Haidian District (海淀区), Beijing, had GDP of 1.16 trillion yuan in 2024, up 5.8%.",
    ],
)
def test_a_district_glossed_in_chinese_before_its_city_keeps_both_its_figures(text):
    got = claims(text, published="2025-05-20", lang="en")
    assert brief(got, "region", "indicator") == [("110108", "gdp"), ("110108", "gdp_growth")]


@pytest.mark.parametrize(
    "text",
    [
        "南山区常住人口182万。腾讯在南山有员工5万人。",  # a firm's employees
        "南山区常住人口182万，拥有研发人员30万人。",  # the R&D staff
    ],
)
def test_people_counted_as_staff_are_no_population(text):
    got = [c for c in claims(text, published="2026-02-05", lang="zh") if c["indicator"] == "population"]
    assert brief(got, "region", "value") == [("440305", 1.82e6)]


def test_the_city_a_district_led_at_a_rate_is_still_the_field():  # a guard: passed before the average-of rule too
    text = "Guangzhou's districts released their figures.\n\nTianhe led the city at 5.6 percent GDP growth in 2025."
    assert brief(claims(text, lang="en", published="2026-02-20"), "region", "value") == [("440106", 5.6)]


@pytest.mark.parametrize(
    "title", ["Tianhe stays on top", "Tianhe takes the lead", "Why Tianhe beats the rest"]
)  # last: guard
def test_a_title_ending_in_a_ranking_word_does_not_make_the_next_paragraphs_place_a_field(title):
    text = f"{title}\n\nGuangzhou's GDP reached 3.04 trillion yuan last year."
    got = claims(text, lang="en", published="2024-02-06")
    assert brief(got, "region", "indicator") == [("440100", "gdp")]  # was nothing: Guangzhou was the title's field


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The neighbouring city as a whole produced 1.33 trillion yuan.", ("440600", "gdp", None)),
        ("The whole city produced 1.33 trillion yuan.", ("440600", "gdp", None)),
        ("That was about a third of the entire city's total.", ("440606", "gdp", "440600")),
    ],
)
def test_the_city_with_an_adjective_is_the_city_of_the_district_in_focus(sentence, expected):
    text = f"Across the river in Foshan, Shunde district posted GDP of 416.6 billion yuan. {sentence}"
    got = claims(text, lang="en", published="2024-02-06")
    assert brief(got, "region", "indicator", "relative_to")[-1] == expected  # were Shunde's, or other:percent


def test_the_district_an_official_of_a_place_speaks_of_is_that_place():
    text = (
        "Jiading grew its economy by 2.5 percent last year. Songjiang, its southern neighbour, reported 190.6 "
        'billion yuan.\n\n"We lost two months," said a Jiading official, adding that the district\'s industrial '
        "output had rebounded to 620 billion yuan by year-end."
    )
    got = claims(text, lang="en", published="2023-03-14")
    assert brief(got, "region", "indicator")[-1] == ("310114", "industrial_output")  # was Songjiang's


def test_a_thing_of_a_place_is_still_not_its_subject():  # a guard: passed before the officials rule too
    text = "Songjiang reported GDP of 190.6 billion yuan, analysts at a Jiading brokerage said."
    assert brief(claims(text, lang="en", published="2023-03-14"), "region") == [("310117",)]


@pytest.mark.parametrize("verb", ["slipped to third", "climbed to second place"])
def test_a_place_moving_to_a_rank_with_a_sum_in_a_gdp_story_gives_its_gdp(verb):
    # no measure named in the sentence, the one before was a rate, and an aside stands between the place and
    # its verb (whose "industrial" names no measure of the sum): a rank in a story about GDP is by GDP
    text = (
        "Yuhang posted GDP of 310 billion yuan in 2024.\n\nBinjiang's R&D intensity hit 11 percent.\n\n"
        f"Xiaoshan, an industrial base, {verb} with 236 billion yuan."
    )
    got = brief(claims(text, published="2025-02-18"), "region", "indicator", "value")
    assert got[-1] == ("330109", "gdp", 2.36e11)


@pytest.mark.parametrize("opener", ["long", "traditionally", "formerly"])
def test_an_aside_opened_by_an_adverb_describes_the_place_before_it(opener):
    # "Xiaoshan, long the city's industrial base, …": the city named in the aside is not the subject
    text = (
        "Yuhang posted GDP of 310 billion yuan in 2024.\n\n"
        f"Xiaoshan, {opener} the city's industrial base, had GDP of 236 billion yuan."
    )
    got = brief(claims(text, published="2025-02-18"), "region", "value")
    assert got[-1] == ("330109", 2.36e11)


def test_places_compared_after_than_that_of_do_not_take_the_focus():
    # "larger than that of Qinghai or Ningxia provinces": both compared, so "Its" is still the city's
    text = (
        "Kunshan tops the county rankings.\n\n"
        "Last year the city's GDP hit 538 billion yuan, larger than that of Qinghai or Ningxia provinces. "
        "Its per capita GDP was about 250,000 yuan."
    )
    got = brief(claims(text, published="2025-08-05"), "region", "indicator")
    assert got == [("320583", "gdp"), ("320583", "gdp_per_capita")]


@pytest.mark.parametrize(
    "quote",
    [
        '"Our target for the year is growth of around 6 percent," said a Jiangyin official.',
        '"Our target for the year is growth of around 6 percent," a Jiangyin official said.',
        '"We aim for growth of around 6 percent this year," said Li Ming, mayor of Jiangyin.',
        "“我们力争全年增长6%左右。”江阴市一位负责人表示。",  # the attribution after 。” is a sentence of its own
    ],
)
def test_a_figure_in_the_first_person_is_the_place_of_the_speaker_named_after_the_quote(quote):
    lead = "张家港上半年增长5.1%。" if "我们" in quote else "Zhangjiagang grew 5.1 percent in the first half."
    text = f"{lead}\n\n{quote}"
    got = brief(claims(text, published="2025-09-15"), "region", "value")
    assert got[-1] == ("320281", 6.0)


def test_a_quoted_figure_naming_its_place_keeps_it():  # a guard: passed before
    text = 'Zhangjiagang grew 5.1 percent.\n\n"Kunshan grew 6 percent," said a Jiangyin official.'
    assert brief(claims(text, published="2025-09-15"), "region", "value")[-1] == ("320583", 6.0)


@pytest.mark.parametrize("aside", ["Luohu's neighbour", "Luohu's neighbour and the city's financial centre"])
def test_the_district_after_a_subject_with_another_district_in_its_aside_is_the_subject(aside):
    text = f"Futian, {aside}, is the closest contender. The district's GDP was 623.5 billion yuan last year."
    assert brief(claims(text, published="2026-02-20"), "region", "indicator") == [("440304", "gdp")]


def test_the_cities_a_county_lies_between_are_no_subjects_of_its_whole_city_word():
    # 苏州 in 处上海与苏州之间 counted as a subject as often as Kunshan, so 全市 became Suzhou's
    text = "昆山在长江下游南岸。它夹在上海与苏州之间。面积共931平方公里。\n全市地区生产总值为3080亿元。"
    got = claims(text, published="2016-05-01")
    assert [(c["region"], c["indicator"]) for c in got] == [("320583", "area"), ("320583", "gdp")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("泾县\n泾县归安徽省宣城市管辖。县境北部是平原，南部属皖南山区，总面积2054.5平方千米。", "341823"),
        ("东安县\n时区：北京时间\n邮编：425900\n\n面积2219平方公里，总人口63万人（2018年）。", "431122"),
    ],
)
def test_a_mountain_area_and_a_time_zone_are_no_places(text, region):
    # 皖南山区 held 南山区 (Shenzhen's Nanshan) and 北京时间 made Beijing the subject of the county's figures
    assert {c["region"] for c in claims(text, published="2024-06-01")} == {region}


def test_an_infobox_row_of_residents_under_its_population_heading_is_the_population():
    # "• 常住 | 280,641人" under 人口(2020年) was other:persons
    text = "井研縣\n上級 | 樂山市 |\n人口（2020年） | |\n• 常住 | 280,641人 |\n• 城鎮 | 114,234人 |"
    got = claims(text, published="2024-06-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("population", 280641), ("other:persons", 114234)]


def test_a_long_list_of_the_parts_a_city_governs_puts_none_of_them_in_focus():
    # the first part listed (Yuexiu) was taken as the story's first subject, and the last two (past 80
    # characters from 'The city administers') as a pair of subjects: the heading's section went to Huadu
    text = (
        "A city on the move\n"
        "The city administers nine districts - Yuexiu, Haizhu, Liwan, Tianhe, Baiyun, Huangpu, Panyu, Huadu and "
        "Nansha.\nGuangzhou City covers 7,434 square kilometres and had 10.3 million residents at the end of 2009.\n"
        "Investment\nIn 2009, investment in fixed assets grew 23.3 percent over the previous year."
    )
    got = claims(text, published="2010-04-01")
    assert brief(got, "region", "indicator")[-1] == ("440100", "fixed_asset_investment_growth")


def test_people_at_an_event_are_not_a_population():
    got = claims("Nearly 12,000 residents danced in the square of Cixi on Sunday.", published="2025-05-10")
    assert [(c["indicator"], c["value"]) for c in got] == [("other:persons", 12000)]


@pytest.mark.parametrize(
    "text",
    [
        "Cixi's economy grew 5 percent in 2024. In the first quarter, Cixi saw YoY growth in enterprise employees of "
        "2.3%.",
        "Cixi's economy grew 5 percent in 2024. New employees in Cixi totalled 20,800, for YoY growth of 6.1%.",
    ],
)
def test_a_growth_of_employees_is_not_the_economys(text):
    got = claims(text, published="2025-05-10", lang="en")
    assert [c["value"] for c in got if c["indicator"] == "gdp_growth"] == [5.0]


@pytest.mark.parametrize("verb", ["visited", "toured", "travelled to", "arrived in", "came to"])
def test_people_who_visit_a_place_are_not_its_population(verb):
    got = claims(f"Some 9.6 million people {verb} Cixi's scenic spots in 2024.", published="2025-02-10")
    assert [(c["indicator"], c["value"]) for c in got] == [("other:persons", 9.6e6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The per capita income of residents in Cixi was 68,200 yuan in 2024.",
        "Cixi residents' per capita income reached 68,200 yuan in 2024.",
    ],
)
def test_the_per_capita_income_of_residents_is_their_disposable_income(sentence):
    got = claims(sentence, published="2025-02-10")
    assert [(c["indicator"], c["unit"], c["value"]) for c in got] == [
        ("disposable_income_per_capita", "CNY_per_person", 68200)
    ]


@pytest.mark.parametrize(
    ("title", "code"),
    [("2024年准格尔旗国民经济和社会发展统计公报\n", "150622"), ("2024年国民经济和社会发展统计公报\n", None)],
)
def test_a_banner_or_league_spoken_of_as_the_whole_of_it(title, code):
    text = (
        title + "全旗上下以习近平新时代中国特色社会主义思想为指导，经济稳中有进。初步核算，全旗地区生产总值1950亿元，"
    )
    text += "比上年增长5.1%。"
    got = brief(claims(text, published="2025-04-01"), "region", "indicator")
    assert got == ([(code, "gdp"), (code, "gdp_growth")] if code else [])  # was China's: 中国特色 named the country


def test_a_league_report_is_the_leagues():  # a guard
    text = "2024年锡林郭勒盟国民经济和社会发展统计公报\n初步核算，全盟地区生产总值1200亿元，比上年增长5.1%。"
    assert {c["region"] for c in claims(text, published="2025-04-01")} == {"152500"}


def test_a_small_mark_beaten_is_no_economys_size():
    text = (
        "Rural residents' per capita disposable income in Xinjiang rose 8 percent to 10,183 yuan in 2016. "
        "It is the first time the figure beat the 10,000 yuan mark."
    )
    assert "gdp" not in {c["indicator"] for c in claims(text, published="2017-02-14")}


def test_a_county_compared_with_after_yu_and_bi_is_not_the_subject():
    text = (
        "前三季度，全县完成生产总值56.7亿元，增长7.5%。\n"
        "与比拼对象保康县比，全县规上工业增加值、固定资产投资增速全面赶超。"
    )
    assert "420626" not in {c["region"] for c in claims(text, published="2018-11-16")}  # was every figure's place


@pytest.mark.parametrize("label", ["5000万元以上项目投资", "亿元以上产业项目", "500万元以上固定资产投资"])
def test_a_sum_sizing_the_projects_counted_is_no_figure(label):
    text = f"2024年，德清县社会消费品零售总额320亿元，增长5.2%；{label}增速全市第二。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("retail_sales", 3.2e10), ("other:retail_sales_growth", 5.2)]  # the label was a retail sum too


def test_a_place_leading_the_country_at_a_rate_owns_the_rate():
    text = "Chongqing's GDP growth led the country at 10.9 percent in 2014 and 11 percent in 2015."
    got = brief(claims(text, published="2016-01-26"), "region", "period", "value")
    assert got == [("500000", "2014", 10.9), ("500000", "2015", 11.0)]  # 10.9 was China's


def test_the_mainland_in_taiwan_and_hong_kong_press_is_the_country():
    got = claims("大陸2016年國內生產毛額成長6.7%。", published="2017-01-20")
    assert brief(got, "region", "indicator", "value") == [("CN", "gdp_growth", 6.7)]


def test_a_continental_climate_names_no_country():  # a guard
    text = "德清县属亚热带大陆性季风气候。2024年，全县地区生产总值720亿元。"
    assert {c["region"] for c in claims(text, published="2025-03-01")} == {"330521"}


@pytest.mark.parametrize(
    "text",
    [
        "張家港和晉江處於3000億元梯隊，分列三四位。",
        "大陸2016年擠進GDP 5000億(人民幣,下同)俱樂部名單的有35個城市。",
        "大陸2016年GDP超過兆元(折合新台幣約4.4兆)大關的城市有12個。",
        "同時突破1兆元GDP大關的城市也有12個。",
    ],
)
def test_a_tier_a_clubs_list_or_the_places_past_a_mark_are_no_place_s_figure(text):
    got = claims("昆山2016年GDP為3160億元。" + text, published="2017-03-01")
    assert [c["value"] for c in got if c["indicator"] == "gdp"] == [3.16e11]  # each was a GDP: China's, Jinjiang's


@pytest.mark.parametrize("amount", ["粮食产量1.4万亿斤", "全社会用电量23.6亿千瓦时", "港口集装箱吞吐量1200万标箱"])
def test_an_amount_of_things_in_their_own_unit_is_no_sum_of_money(amount):
    got = claims(f"2025年，昆山市{amount}，地区生产总值增长5%。", published="2026-02-01")
    assert [c["unit"] for c in got] == ["percent"]  # the amount was read as yuan


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Along with Baoan, Longgang's GDP passed 500 billion yuan in 2024.", "en"),
        ("As with Baoan, Longgang's GDP passed 500 billion yuan in 2024.", "en"),
        ("不同于宝安区，龙岗区2024年GDP突破5000亿元。", "zh"),
        ("有别于宝安区，龙岗区2024年GDP突破5000亿元。", "zh"),
    ],
)
def test_a_place_a_sentence_opens_by_comparing_with_is_not_its_subject(text, lang):
    got = claims(text, published="2025-03-01", lang=lang)
    assert [(c["region"], c["indicator"]) for c in got] == [("440307", "gdp")]  # Longgang only, not Baoan too


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("江苏省张家港市公布数据。它一度落后于常熟。\n如今，面积不足1000平方千米的张家港，已经领先。", "320582"),
        ("江苏省张家港市公布数据。它一度落后于常熟。\n如今，GDP超过3500亿元的张家港，已经领先。", "320582"),
        ("江苏省张家港市公布数据。张家港引进总投资21.2亿元的宁德时代项目。", "320582"),  # a guard: a firm
    ],
)
def test_a_figure_whose_phrase_ends_in_de_before_a_place_describes_that_place(text, region):
    got = claims(text, published="2025-02-20", lang="zh")
    assert [c["region"] for c in got] == [region]  # not 常熟, the place named last before it


def test_the_province_a_district_does_better_than_is_not_its_subject():
    text = (
        "深圳市宝安区发布数据。2025年全年，宝安区多项核心指标领跑全市、优于全省全国：地区生产总值预计超5000亿元、"
        "增速超5%；规上工业总产值突破9000亿元。"
    )
    got = claims(text, published="2026-01-28", lang="zh")
    assert {c["region"] for c in got} == {"440306"}  # not Guangdong (全省)


def test_a_ratio_close_to_a_national_level_is_approximate():
    got = claims("2025年，宝安区研发投入强度达5.9%，接近全国水平2倍。", published="2026-01-28", lang="zh")
    assert [(c["unit"], c["qualifier"]) for c in got] == [("percent", "exact"), ("ratio", "approx")]


def test_a_share_of_the_city_after_a_ratio_to_an_earlier_year_is_of_the_sum_named_before():
    text = (
        "2024年，闵行区地区生产总值3200亿元，是2020年的1.21倍，占全市6.8%；"
        "货物进出口总额4100亿元，是2020年的1.15倍，占全市9.6%；规上服务业营收2100亿元，是2020年的1.3倍，占全市3.6%。"
    )
    got = [c for c in claims(text, published="2025-07-20", lang="zh") if c["unit"] == "percent"]
    assert [(c["indicator"], c["value"], c.get("relative_to")) for c in got] == [
        ("gdp", 6.8, "310000"),
        ("foreign_trade", 9.6, "310000"),
        ("other:share", 3.6, None),  # a share of a measure outside the vocabulary
    ]


@pytest.mark.parametrize(("word", "name", "code"), [("全县", "旺苍县", "510821"), ("全区", "朝天区", "510812")])
def test_a_page_calling_itself_a_county_is_not_the_country_it_names_first(word, name, code):
    text = (
        f"2024年{word}实现地区生产总值120.5亿元，比上年增长5.9%。其中第三产业增加值61.2亿元。\n"
        f"注：依照我国国民经济核算制度，2023年{name}地区生产总值修订为113.6亿元。"
    )
    got = brief(claims(text, published="2025-03-01"), "region", "indicator")
    assert got[:3] == [(code, "gdp"), (code, "gdp_growth"), (code, "tertiary_value_added")]  # were CN's, or none


def test_a_page_calling_itself_the_county_after_naming_the_country_is_the_county_its_footer_names():
    text = (
        "Overview\nSince new China was founded in 1949, the Chinese people here have worked hard on this land. "
        "By the end of 2019, the county realized a GDP of 2350000000 yuan, an increase of 7.1%.\n"
        "Copyright 2020 Yihuang County People's Government"
    )  # the country is named first, the county after its figures (宜黄县, Fuzhou, Jiangxi)
    got = brief(claims(text, published="2020-05-01"), "region", "indicator", "period")
    assert got == [("361026", "gdp", "2019"), ("361026", "gdp_growth", "2019")]  # were none: CN is no county


def test_a_page_speaking_of_its_city_before_naming_a_district_is_the_city_s():
    text = (
        "前三季度全市实现地区生产总值3812.4亿元，同比增长5.3%。其中，第二产业增加值1620.7亿元，增长6.0%。\n"
        "分区县看，江北区实现地区生产总值702.3亿元，增长5.8%；北仑区1516.0亿元，增长6.1%。\n"
        "1—9月，全市固定资产投资同比增长3.9%。"
    )  # names no city: 全市 is the city the districts named after it lie in (Ningbo), not the first of them
    got = brief(claims(text, published="2025-10-30", lang="zh"), "region", "indicator")
    assert got == [
        ("330200", "gdp"),
        ("330200", "gdp_growth"),
        ("330200", "secondary_value_added"),
        ("330200", "other:secondary_value_added_growth"),
        ("330205", "gdp"),
        ("330205", "gdp_growth"),
        ("330206", "gdp"),
        ("330206", "gdp_growth"),
        ("330200", "fixed_asset_investment_growth"),
    ]  # the sector's figures were 江北区's, the last line's 北仑区's


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kunshan, a county-level city under Suzhou, produced 530 billion yuan of goods and services last year, "
            "while Jiangyin followed with 510 billion yuan. Both cities have more than 60 listed companies.",
            "en",
        ),  # was Suzhou and Jiangyin: the city Kunshan lies in is its setting, not one of the two
        (
            "2024年，苏州市昆山市实现地区生产总值5300亿元，无锡市江阴市实现地区生产总值5100亿元。两市上市公司分别达到65家和62家。",
            "zh",
        ),
    ],
)
def test_a_pair_is_the_two_places_not_the_city_one_lies_in(text, lang):
    got = claims(text, lang=lang, published="2025-02-10")
    assert [c["region"] for c in got if c["indicator"] == "listed_companies"] == ["320583", "320281"]


@pytest.mark.parametrize("between", ["in neighbouring", "for nearby", "in"])
def test_a_place_after_the_figure_with_a_word_of_nearness_is_its_owner(between):
    text = f"Futian's GDP reached 640 billion yuan last year, compared with 1.01 trillion yuan {between} Nanshan."
    got = claims(text, lang="en", published="2025-02-10")
    assert [(c["region"], c["value"]) for c in got] == [("440304", 640e9), ("440305", 1.01e12)]


def test_nationally_after_a_rank_is_the_rankings_field_not_the_owner():
    text = (
        "Minhang improved its ranking by two places, entering the top 30 nationally, with a GDP of 160 billion yuan "
        "and a growth rate of 5.2% in the first half of the year."
    )
    got = claims(text, lang="en", published="2025-08-07")
    assert brief(got, "region", "indicator") == [("310112", "gdp"), ("310112", "gdp_growth")]  # were CN's


def test_places_that_name_where_firms_come_from_are_no_subject():
    text = (
        "Minhang's industrial output reached 520 billion yuan in 2024. The output of Hong Kong, Macao and Taiwan "
        "companies came to 90 billion yuan. Its retail sales reached 110 billion yuan."
    )
    got = claims(text, lang="en", published="2025-03-05")
    assert [c["region"] for c in got] == ["310112"] * 3  # were Macao's from the second sentence on


def test_the_nations_nth_city_with_a_gdp_is_the_city_not_the_nation():
    text = "Minhang became the nation's 12th district with GDP exceeding 300 billion yuan in 2024."
    got = claims(text, lang="en", published="2025-02-08")
    assert brief(got, "region", "qualifier") == [("310112", "at_least")]  # was CN's


def test_the_east_china_sea_is_no_mention_of_china():
    text = (
        "Minhang lies on the coast of the East China Sea, with a total area of 23.45 square kilometers, including "
        "22.54 square kilometers of land and 0.91 square kilometers of water area."
    )
    got = claims(text, lang="en", published="2020-05-27")
    got = [c for c in got if not c["indicator"].startswith("other:")]
    assert brief(got, "region", "indicator", "value") == [("310112", "area", 23.45)]  # was CN's, and the water too


def test_a_place_before_its_own_firms_stays_the_subject():
    got = claims("There are 218 Nanshan companies listed at home and abroad.", lang="en", published="2025-03-01")
    assert brief(got, "region", "indicator") == [("440305", "listed_companies")]  # a guard for the rule above


@pytest.mark.parametrize(
    "text",
    [
        "Jinjiang posted GDP of 228.8 billion yuan in 2019. Quanzhou leads Fujian's economy. "
        "Its GDP reached 994.67 billion yuan in 2019.",
        "晋江市2019年GDP为2288亿元。泉州市经济总量多年位居福建省首位。其GDP达到9946.7亿元。",
    ],
)
def test_its_after_a_sentence_about_the_whole_of_the_place_in_focus_is_the_wholes(text):
    # the focus stays on the part (Jinjiang) when its city is spoken of, but "Its"/其 is the city just spoken of
    got = claims(text, published="2020-08-15")
    assert [c["region"] for c in got] == ["350582", "350500"]


def test_it_after_a_sentence_about_the_part_naming_its_city_is_the_parts():  # a guard
    text = (
        "Jiading posted GDP of 280 billion yuan in 2024. The district, in northwest Shanghai, is home to 1.83 "
        "million residents. It boasts 49 listed companies."
    )
    assert {c["region"] for c in claims(text, published="2025-03-01")} == {"310114"}


def test_the_city_after_a_county_level_city_toured_in_a_report_on_its_prefecture_is_the_prefecture():
    # one paragraph: "the city" after Ningxiang (a county-level city under Changsha) was Ningxiang
    text = (
        "Changsha's GDP totaled 1.15 trillion yuan in the first three quarters, up 5.1 percent. Changsha County "
        "led the city's counties and districts with 178.3 billion yuan. Ningxiang, another county-level city "
        "under Changsha, grew 5.4 percent. Retail sales in the city amounted to 388.6 billion yuan."
    )
    got = [c for c in claims(text, published="2025-11-06") if c["indicator"] == "retail_sales"]
    assert [c["region"] for c in got] == ["430100"]


def test_the_city_after_a_county_level_city_a_story_is_about_is_that_city():  # a guard
    text = (
        "Kunshan, a county-level city under Suzhou, grew 5.5 percent in 2024. "
        "Retail sales in the city were 180 billion yuan."
    )
    got = [c for c in claims(text, published="2025-03-01") if c["indicator"] == "retail_sales"]
    assert [c["region"] for c in got] == ["320583"]


def test_a_question_heading_after_a_list_of_other_places_brings_back_the_storys_subject():
    # the bullets about Pudong and Haidian left "the district" on Haidian for the sections after them
    text = (
        "Nanshan's economy: questions answered\n\n"
        "How big is Nanshan's economy?\n"
        "Nanshan's GDP topped 1 trillion yuan in 2025. Nanshan now outranks several provinces.\n\n"
        "Who else is in the club?\n"
        "- Shanghai's Pudong New Area: about 1.78 trillion yuan\n"
        "- Beijing's Haidian district: about 1.33 trillion yuan\n\n"
        "How fast is it growing?\n"
        "The district's economy expanded by about 6 percent last year.\n"
    )
    got = [c for c in claims(text, published="2026-02-10") if c["indicator"] == "gdp_growth"]
    assert [c["region"] for c in got] == ["440305"]


def test_the_city_inside_a_which_clause_after_the_subject_is_not_the_figures_place():
    text = (
        "Hunan's economy grew 5.4 percent in the first half of 2025. Changsha County, which hosts the city's "
        "economic development zone, had first-half GDP of 136.4 billion yuan."
    )
    got = claims(text, published="2025-08-06", lang="en")
    assert ("430121", "gdp", "2025-H1", 136.4e9) in brief(got)  # was Hunan's (the city read as the figure's)


def test_its_after_a_place_described_by_another_is_the_place_described():
    text = (
        "Liuyang reported GDP of 128.6 billion yuan in the first half of 2025.\n\n"
        "Hunan's GDP rose 5.4 percent in the first half.\n\n"
        "Ningxiang, Liuyang's neighbour to the west, grew 5.8 percent over the same period. "
        "Its GDP reached 115.2 billion yuan."
    )
    got = claims(text, published="2025-08-06", lang="en")
    assert ("430182", "gdp", "2025-H1", 115.2e9) in brief(got)  # was Liuyang's: the two read as a pair


@pytest.mark.parametrize(
    "headline",
    [
        "Inland county joins the 100-billion-yuan club as Hunan's economy steadies",
        "A small county posts GDP of 10 billion yuan as Hunan's economy steadies",
    ],
)
def test_a_figure_of_a_county_the_headline_does_not_name_is_not_the_provinces(headline):
    got = claims(headline + "\n\nHunan's GDP rose 5.4 percent in the first half.", published="2025-08-06", lang="en")
    assert [c["region"] for c in got if c["unit"] == "CNY"] == []  # was Hunan's


@pytest.mark.parametrize("words", ["The eastern province's", "The coastal province's", "The southwestern province's"])
def test_the_province_with_an_adjective_is_the_province_named_before(words):
    text = f"Sichuan's statistics bureau said Chengdu led the way. {words} GDP reached 6.5 trillion yuan in 2025."
    got = claims(text, published="2026-01-28", lang="en")
    assert brief(got, "region", "value") == [("510000", 6.5e12)]  # was Chengdu's: the last place named


def test_the_city_with_an_adjective_is_the_city_named_before():  # "the coastal city" after a province and its city
    text = "Zhejiang's Ningbo reported its results. The coastal city's GDP reached 1.8 trillion yuan in 2025."
    assert brief(claims(text, published="2026-01-28", lang="en"), "region") == [("330200",)]


@pytest.mark.parametrize("words", ["这座城市", "这个城市", "这座滨海城市", "这个县级市"])
def test_this_city_in_chinese_is_the_city_named_before(words):
    text = f"浙江省统计局表示，台州市表现亮眼。2025年，{words}地区生产总值达6900亿元。"
    got = claims(text, published="2026-01-28", lang="zh")  # gave nothing (a group of cities), or 海城市 (Haicheng)
    assert brief(got, "region", "value") == [("331000", 6.9e11)]


@pytest.mark.parametrize("words", ["这个经济大省", "这个西部省份"])
def test_this_province_in_chinese_is_the_province_named_before(words):
    text = f"四川省统计局表示，成都市继续领跑。2025年，{words}地区生产总值达6.5万亿元。"
    got = claims(text, published="2026-01-28", lang="zh")  # was Chengdu's, or nothing (省份: a group)
    assert brief(got, "region") == [("510000",)]


def test_provinces_counted_in_chinese_are_a_group():  # a guard
    assert claims("2025年，全国有27个省份GDP增速超过5%。", published="2026-01-28", lang="zh") == []


def test_cities_counted_after_a_province_in_chinese_are_a_group():  # the threshold was Zhejiang's GDP
    assert "gdp" not in [c["indicator"] for c in claims("2025年，浙江有十座城市GDP超过5000亿元。", "2026-01-28")]


@pytest.mark.parametrize("whole", ["the prefecture's output", "the prefecture's GDP", "the prefecture's total"])
def test_a_share_of_the_prefectures_output_is_a_share_of_the_city_holding_the_place(whole):
    text = f"Yiwu's GDP was 230 billion yuan in 2025, about a third of {whole}."
    got = claims(text, published="2026-03-15", lang="en")  # was other:percent / other:share
    assert [(c["indicator"], c["unit"], c.get("relative_to")) for c in got][-1] == ("gdp", "percent", "330700")


@pytest.mark.parametrize(
    "text",
    [
        "Jinhua reported GDP of 690 billion yuan in 2025. Yiwu's GDP was 230 billion yuan. "
        "The prefecture's GDP grew 5.8 percent.",
        "Yiwu's GDP was 230 billion yuan in 2025. The prefecture's GDP grew 5.8 percent.",
    ],
)
def test_the_prefecture_is_the_prefecture_named_or_the_one_holding_the_place(text):
    got = claims(text, published="2026-03-15", lang="en")
    assert brief(got, "region", "indicator")[-1] == ("330700", "gdp_growth")  # was Yiwu's


@pytest.mark.parametrize(
    "described",
    [", another Shenzhen district,", ", a Shenzhen district,", " (another Shenzhen district)"],
)
def test_a_place_described_as_a_unit_of_its_city_keeps_its_figure(described):
    # "Shenzhen district" alone stands for one of the city's districts named after it (a headline's "Shenzhen
    # district tops …"); set beside a place, it says what that place is: Longgang's figure went to Bao'an.
    text = f"Further down the list is Longgang{described} at 510 billion yuan. Bao'an has 530 billion yuan of GDP."
    got = brief(claims(text, lang="en", published="2026-03-02"), "region", "value")
    assert got == [("440307", 5.1e11), ("440306", 5.3e11)]


@pytest.mark.parametrize(
    "opening",
    ["Officials said the city", "Officials said that the city", "According to the bureau, the city", "The city"],
)
def test_its_in_a_reported_sentence_is_its_subjects(opening):
    # "its" after "Officials said the city is …" is the city's, not the district the paragraph before spoke of
    text = "Hangzhou grew 5.6 percent. Binjiang posted growth of 6.8 percent.\n\n"
    text += f"{opening} is on track to meet its annual growth target of around 5.5 percent."
    got = brief(claims(text, lang="en", published="2025-11-05"), "region", "value")
    assert got[-1] == ("330100", 5.5)  # was Binjiang's (the last one is a guard: passed before too)


def test_a_place_led_by_its_own_sum_after_de_is_no_gap():
    got = claims("2025年江阴以4970亿元的GDP领先常熟的3000亿元。", published="2026-03-01")
    assert brief(got, "region", "indicator", "value") == [("320281", "gdp", 4.97e11), ("320581", "gdp", 3e11)]


def test_a_lead_by_a_sum_with_no_de_stays_a_gap():  # a guard: passed before
    got = claims("2025年江阴GDP领先常熟1970亿元。", published="2026-03-01")
    assert [c["indicator"] for c in got] == ["other:gdp_gap"]


@pytest.mark.parametrize("base", ["兰州", "甘肃省会兰州"])
def test_a_ratio_to_a_capital_named_with_its_province_is_the_subjects(base):
    got = claims(f"2025年江阴GDP达4970亿元，相当于{base}的1.38倍。", published="2026-03-01")
    assert [(c["region"], c["unit"], c.get("relative_to")) for c in got][-1] == ("320281", "ratio", "620100")


@pytest.mark.parametrize("kind", ["city", "county-level city"])
def test_the_city_of_a_place_names_it_and_speaks_of_no_place_before(kind):
    # "The city" was an anaphor for the dateline's Beijing, and "its GDP" went with it
    text = (
        "Beijing, Feb 2: Four more cities reported growth above the national rate.\n\n"
        f"The {kind} of Kunshan, in east China's Jiangsu Province, said its GDP rose 5.5 percent in 2023."
    )
    got = claims(text, published="2024-02-02")
    assert brief(got, "region", "indicator", "value") == [("320583", "gdp_growth", 5.5)]


@pytest.mark.parametrize("adverb", ["Earlier", "Separately", "Similarly", "Previously"])
def test_a_list_after_a_fronted_adverb_is_no_aside(adverb):
    # the first of the list, after "Earlier, the cities of", was read as a place inside an aside and lost its figure
    text = f"{adverb}, the cities of Wuxi, Changzhou and Nantong all said their GDP topped 1 trillion yuan in 2023."
    got = claims(text, published="2024-02-02")
    assert sorted(c["region"] for c in got) == ["320200", "320400", "320600"]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，太仓市城厢镇实现地区生产总值300亿元。",  # no county's short name inside: the control
        "2024年，宜兴市丁蜀镇实现地区生产总值300亿元。",
        "2024年，张家港市锦丰镇实现地区生产总值300亿元。",  # 丰镇 (Fengzhen, Inner Mongolia) inside 锦丰镇
        "2024年，常熟市城西乡实现地区生产总值30亿元。",  # 西乡 (Xixiang, Shaanxi) inside 城西乡
    ],
)
def test_a_towns_figure_is_no_far_countys_whose_short_name_ends_the_towns(text):
    # a town's name ending in a county's short name (锦丰镇 holds 丰镇) gave the town's figure to that county
    got = claims(text, published="2025-03-01")
    assert [c["region"] for c in got] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("走进宁乡，2024年宁乡GDP为1300亿元。", "430182"), ("江西萍乡2024年GDP为1300亿元。", "360300")],
)
def test_a_county_short_name_ending_in_a_town_word_after_a_word_or_a_name_is_the_county(text, code):
    # a guard: passed before
    assert [c["region"] for c in claims(text, published="2025-03-01")] == [code]
