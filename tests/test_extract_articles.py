"""Articles on districts' economies: crossings shared by several places, each in its own year; sectors said to
add a sum; shares of a named place's population; goals said through what a place wants or its leaders hope.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("此前，上海浦东新区于2018年、北京海淀区于2022年先后突破1万亿元的经济总量。", "zh"),
        ("此前，浦东新区（2018年）、海淀区（2022年）先后实现地区生产总值突破1万亿元。", "zh"),
        ("此前，浦东新区和海淀区的地区生产总值分别于2018年和2022年突破1万亿元。", "zh"),
        ("Pudong and Haidian saw their GDP pass 1 trillion yuan in 2018 and 2022 respectively.", "en"),
        ("Pudong (2018) and Haidian (2022) have both seen GDP pass 1 trillion yuan.", "en"),
    ],
)
def test_places_sharing_a_crossing_each_take_the_year_paired_with_them(text, lang):
    got = claims(text, published="2026-02-01", lang=lang)
    assert brief(got, "region", "indicator", "period", "qualifier", "inferred") == [
        ("310115", "gdp", "2018", "at_least", []),
        ("110108", "gdp", "2022", "at_least", []),
    ]


def test_places_sharing_a_year_keep_it():
    got = claims("Futian and Longgang both saw GDP pass 600 billion yuan in 2024.", published="2025-03-01")
    assert brief(got, "region", "period") == [("440304", "2024"), ("440307", "2024")]


def test_predecessors_joined_as_trillion_yuan_districts_each_crossed_in_their_year():
    text = (
        "Shenzhen's Nanshan district posted GDP of 1.03 trillion yuan in 2025, joining Shanghai's Pudong (2018) "
        "and Beijing's Haidian (2022) as trillion-yuan districts."
    )
    got = claims(text, published="2026-02-01")
    assert ("310115", "gdp", "2018", 1e12) in brief(got)
    assert ("110108", "gdp", "2022", 1e12) in brief(got)


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("The secondary sector, still the mainstay of the local economy, added 80.4 billion yuan.", "secondary"),
        ("Services contributed 61.2 billion yuan.", "tertiary"),
        ("Value added of the service sector was 61.2 billion yuan.", "tertiary"),
        ("The services industry generated 61.2 billion yuan.", "tertiary"),
    ],
)
def test_a_sector_said_to_add_or_contribute_a_sum_gives_its_value_added(sentence, indicator):
    text = "Yixing reported GDP of 145.6 billion yuan for the first half of 2025. " + sentence
    got = claims(text, published="2025-08-01")
    assert brief(got, "region", "indicator", "period")[1] == ("320282", f"{indicator}_value_added", "2025-H1")


def test_financial_services_are_not_the_tertiary_sector():
    text = "Yixing reported GDP of 145.6 billion yuan in 2024. Financial services contributed 9.1 billion yuan."
    assert [c["indicator"] for c in claims(text, published="2025-03-01")][1] != "tertiary_value_added"


def test_a_places_full_year_output_is_its_gdp():
    text = (
        "Yixing reported GDP of 75 billion yuan in the first half. Its full-year output was 145.6 billion yuan in 2024."
    )
    got = claims(text, published="2025-08-01")
    assert brief(got, "indicator", "period", "value")[1] == ("gdp", "2024", 145_600_000_000)


@pytest.mark.parametrize("part", ["H1", "half-year", "first-half"])
def test_a_places_output_of_a_part_of_the_year_is_its_gdp(part):
    text = (
        f"Nanshan's GDP grew 6.3 percent in the first half. Futian posted {part} output of 318.5 billion yuan, up 5.4%."
    )
    got = claims(text, published="2025-07-25")
    assert brief(got, "region", "indicator", "period")[1:] == [
        ("440304", "gdp", "2025-H1"),
        ("440304", "gdp_growth", "2025-H1"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its 72 square kilometres hold about 1.3 million people, a tenth of Guangzhou's population.",
        "It is home to a tenth of Guangzhou's population.",
        "It has 1.3 million residents, or 10 percent of Guangzhou's population.",
    ],
)
def test_a_share_of_a_named_places_population_is_population_relative_to_it(sentence):
    got = claims("Tianhe's GDP was 690 billion yuan in 2025. " + sentence, published="2026-02-20")
    share = [c for c in got if c["unit"] == "percent"]
    assert brief(share, "region", "indicator", "value", "relative_to") == [("440106", "population", 10.0, "440100")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Longer term, the district wants output of 800 billion yuan by 2030.",  # a place's output is its GDP
        "Longer term, the district targets output of 800 billion yuan by 2030.",
        "Local leaders hope the district can pass 800 billion yuan by 2030.",  # hoped for: a goal
        "Local leaders hope the district can pass 800 billion yuan by the end of the 15th Five-Year Plan in 2030.",
    ],
)
def test_output_a_place_wants_or_its_leaders_hope_for_is_its_gdp_goal(sentence):
    got = claims("Tianhe's GDP was 690 billion yuan in 2025. " + sentence, published="2026-02-20")
    assert brief(got, "indicator", "period", "kind")[-1] == ("gdp", "2030", "target")


@pytest.mark.parametrize("who", ["Officials", "Local leaders", "District officials", "The authorities"])
def test_growth_officials_aim_for_after_other_measures_is_gdp_growth(who):
    text = (
        "Tianhe's GDP was 690 billion yuan in 2025, up 4.4 percent. It has over 60 listed companies.\n\n"
        f"{who} aim for growth of about 5 percent this year."
    )
    got = claims(text, published="2026-02-20")
    assert brief(got, "indicator", "period", "kind")[-1] == ("gdp_growth", "2026", "target")


@pytest.mark.parametrize("title", ["一图读懂｜江阴前三季度经济", "江阴前三季度经济数据", "江阴前三季度经济成绩单"])
def test_a_short_name_heading_its_economy_is_the_subject_of_the_cards_below(title):
    text = f"{title}\n\n地区生产总值\n3812.6亿元\n同比增长5.9%\n\n社会消费品零售总额\n1005.3亿元\n"
    got = claims(text, published="2025-10-25", lang="zh")
    assert brief(got, "region", "indicator", "period") == [
        ("320281", "gdp", "2025-Q1Q3"),
        ("320281", "gdp_growth", "2025-Q1Q3"),
        ("320281", "retail_sales", "2025-Q1Q3"),
    ]


@pytest.mark.parametrize("size", ["总量达", "经济总量达到", "规模达"])
def test_the_size_after_the_economys_growth_is_its_gdp(size):
    text = f"龙华区经济发展稳中向好，2025年增长4.9%，{size}3150亿元。"
    got = claims(text, published="2026-02-01", lang="zh")
    assert brief(got, "region", "indicator", "period") == [("440309", "gdp_growth", "2025"), ("440309", "gdp", "2025")]


@pytest.mark.parametrize("noun", ["gain", "jump", "rise", "uptick", "year-on-year gain"])
def test_a_percent_gain_set_after_a_gdp_is_its_growth(noun):
    got = claims(f"Bao'an's GDP was 535 billion yuan in 2025, a 5.5 percent {noun} on 2024.", published="2026-02-01")
    assert brief(got, "indicator", "period", "value")[1] == ("gdp_growth", "2025", 5.5)


def test_a_percent_gain_in_a_named_measure_is_not_gdp_growth():
    text = "Bao'an's GDP was 535 billion yuan in 2025, with a 5.5 percent gain in retail sales."
    assert claims(text, published="2026-02-01")[1]["indicator"] != "gdp_growth"


@pytest.mark.parametrize("clause", ["taking output to", "bringing its total output to", "which took output to"])
def test_output_a_growth_took_a_place_to_is_its_gdp(clause):
    got = claims(f"Bao'an grew 5.5 percent in 2025, {clause} 535 billion yuan.", published="2026-02-01")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2025"), ("gdp", "2025")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its Tianhe district remained the city's largest at 690 billion yuan.",
        "Tianhe remained Guangzhou's biggest district economy, at 690 billion yuan.",
        "Tianhe stayed the city's top district with 690 billion yuan.",
    ],
)
def test_the_place_a_district_is_ranked_within_is_not_its_subject(sentence):
    got = claims("Guangzhou's GDP reached 3.2 trillion yuan in 2025. " + sentence, published="2026-01-30")
    assert brief(got, "region", "value")[-1] == ("440106", 690_000_000_000)


def test_yuan_in_brackets_after_dollars_is_the_same_claim_in_yuan():
    got = claims("Tianhe generated $96bn (Rmb690bn) of output last year.", published="2026-03-01")
    assert brief(got, "region", "indicator", "period", "value", "unit") == [
        ("440106", "gdp", "2025", 96e9, "USD"),
        ("440106", "gdp", "2025", 690e9, "CNY"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Three Shenzhen districts had GDP above 500 billion yuan in 2025: Nanshan, Futian and Bao'an.",
        "Three more Shenzhen districts passed 500 billion yuan of GDP in 2025: Nanshan, Futian and Bao'an.",
    ],
)
def test_a_counted_group_of_a_citys_districts_listed_after_a_colon_is_its_members(text):
    got = claims(text, published="2026-02-01")
    assert brief(got, "region", "indicator") == [("440305", "gdp"), ("440304", "gdp"), ("440306", "gdp")]


def test_members_listed_after_a_colon_each_with_its_figure_in_brackets_each_crossed_the_threshold():
    text = (
        "Three Shenzhen districts had GDP above 500 billion yuan in 2025: Nanshan (1.01 trillion yuan), "
        "Futian (620 billion yuan) and Bao'an (560 billion yuan)."
    )
    got = brief(claims(text, published="2026-02-01"), "region", "value", "qualifier")
    assert [g for g in got if g[2] == "at_least"] == [  # Futian and Bao'an had not had the threshold
        ("440305", 5e11, "at_least"),
        ("440304", 5e11, "at_least"),
        ("440306", 5e11, "at_least"),
    ]
    assert [g for g in got if g[2] == "exact"] == [
        ("440305", 1.01e12, "exact"),
        ("440304", 6.2e11, "exact"),
        ("440306", 5.6e11, "exact"),
    ]


def test_a_citys_own_figure_before_a_colon_stays_the_citys():
    got = claims("Shenzhen's GDP was 3.9 trillion yuan in 2025: Nanshan contributed a quarter.", published="2026-02-01")
    assert brief(got, "region", "unit")[0] == ("440300", "CNY")


@pytest.mark.parametrize("sep", ["; growth: ", "; up "])
def test_a_province_in_brackets_after_a_county_stays_its_locator_in_the_clause_after(sep):
    text = f"Top counties, 2025\n\n1. Jinjiang (Fujian) — GDP: 348 billion yuan{sep}5.5%"
    got = claims(text, published="2026-03-01")
    assert brief(got, "region", "indicator") == [("350582", "gdp"), ("350582", "gdp_growth")]


@pytest.mark.parametrize("level", ["reported output of", "posted annual output of"])
def test_growth_after_a_places_output_is_gdp_growth(level):
    got = claims(f"Bao'an {level} 535 billion yuan in 2025, up 5.5 percent.", published="2026-02-01")
    assert brief(got, "indicator", "period") == [("gdp", "2025"), ("gdp_growth", "2025")]


def test_a_level_of_size_reached_is_a_figure_about_that_size():
    got = claims("江阴GDP有望在2030年前后达到7000亿元量级。", published="2026-02-01", lang="zh")
    assert brief(got, "region", "indicator", "period", "value", "qualifier", "kind") == [
        ("320281", "gdp", "2030", 700_000_000_000, "approx", "expected")
    ]


def test_a_level_of_size_naming_a_class_stays_a_label():
    assert claims("昆山是5000亿元量级的城市。", published="2026-02-01", lang="zh") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Longgang is expected to become Shenzhen's second trillion-yuan district around 2034.", ("2034", "expected")),
        ("Longgang could become a trillion-yuan district by 2034.", ("2034", "expected")),
    ],
)
def test_a_place_to_become_a_trillion_yuan_district_is_its_gdp_crossing(sentence, expected):
    got = claims(sentence, published="2026-02-01")
    assert brief(got, "region", "value", "qualifier", "period", "kind") == [("440307", 1e12, "at_least", *expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Longgang will never become a trillion-yuan district, sceptics say.",
        "Longgang hopes to become a trillion-yuan district.",  # a hope, not a forecast: the label alone
    ],
)
def test_a_place_not_forecast_to_become_a_trillion_yuan_district_states_no_crossing(sentence):
    assert claims(sentence, published="2026-02-01") == []


def test_the_only_county_level_city_with_gdp_above_a_level_is_that_citys_figure():
    got = claims("Kunshan, the only county-level city with GDP above 500 billion yuan, grew 5.2 percent.")
    assert brief(got, "region", "indicator", "value", "qualifier")[0] == ("320583", "gdp", 5e11, "at_least")


@pytest.mark.parametrize(
    ("named", "indicator"), [("A股上市公司62家", "listed_companies"), ("境外上市公司12家", "listed_companies")]
)
def test_a_short_name_before_a_qualified_measure_is_the_subject(named, indicator):
    got = claims(f"截至2025年底，常熟共有{named}。", published="2026-02-01", lang="zh")
    assert brief(got, "region", "indicator", "period") == [("320581", indicator, "2025")]


@pytest.mark.parametrize("follow", ["Jiangyin followed closely on", "Jiangyin followed with", "Jiangyin recorded"])
def test_a_second_place_after_a_first_places_gdp_gives_its_gdp_though_another_sum_came_between(follow):
    text = (
        "Kunshan's GDP came to 540.1 billion yuan in 2025, with the industrial output of its large firms topping "
        f"1.1 trillion yuan. {follow} 528 billion yuan."
    )
    got = claims(text, published="2026-04-01")
    assert brief(got, "region", "indicator", "value") == [
        ("320583", "gdp", 540.1e9),
        ("320583", "industrial_output", 1.1e12),
        ("320281", "gdp", 528e9),
    ]


def test_the_same_place_after_its_gdp_keeps_the_measure_last_named():
    text = (
        "Kunshan's GDP came to 540.1 billion yuan in 2025, with industrial output topping 1.1 trillion yuan. "
        "Kunshan's industrial output had been 1.02 trillion yuan the year before."
    )
    got = claims(text, published="2026-04-01")
    assert brief(got, "region", "indicator", "period")[-1] == ("320583", "industrial_output", "2024")


def test_a_places_sector_share_of_its_own_output_is_no_share_of_its_city():
    text = (
        "Guangzhou's Tianhe district reported GDP of 648.2 billion yuan for 2025. "
        "Tianhe's service sector accounts for almost 90 percent of its output."
    )
    got = claims(text, published="2026-04-01")
    assert [c for c in got if c.get("relative_to")] == []
    assert [c["indicator"] for c in got] == ["gdp", "other:percent"]


@pytest.mark.parametrize("about", ["约", "近", "超过"])
def test_a_ratio_to_the_national_level_said_with_about_is_still_the_places(about):
    text = (
        "南山区2025年地区生产总值10500亿元。\n\n"
        f"南山区每万人口发明专利拥有量达488件，是全国平均水平的{about}37倍；研发投入强度达到6.9%。"
    )
    got = claims(text, published="2026-02-12", lang="zh")
    assert brief(got, "region", "indicator", "unit", "relative_to")[1:] == [
        ("440305", "invention_patents_per_10k", "count_per_10k", None),
        ("440305", "invention_patents_per_10k", "ratio", "CN"),
        ("440305", "rd_intensity", "percent", None),
    ]


def test_a_count_names_its_noun_however_many_words_after_it():
    text = (
        "In 2025, Haidian district had 236 companies certified as specialised and sophisticated 'little giant' "
        "enterprises."
    )
    got = claims(text, published="2026-01-20")
    assert brief(got, "region", "indicator", "value") == [("110108", "little_giants", 236)]


@pytest.mark.parametrize(
    "between",
    [
        "",
        " Haidian has more than 580,000 yuan of output per resident.",
        " Pudong's GDP now exceeds 1.7 trillion yuan.",
    ],
)
def test_the_same_mark_is_the_threshold_crossed_before_not_a_level_said_after(between):
    text = (
        "Nanshan becomes a trillion-yuan district\n\n"
        f"Shenzhen's Nanshan district said its GDP hit 1.05 trillion yuan last year.{between}\n\n"
        "Haidian in Beijing crossed the same mark in 2022, four years after Shanghai's Pudong, "
        "whose GDP now exceeds 1.7 trillion yuan."
    )
    got = claims(text, published="2026-02-24")
    assert ("110108", "gdp", "2022", 1e12, "at_least") in brief(
        got, "region", "indicator", "period", "value", "qualifier"
    )
    assert [c for c in got if c["region"] == "110108" and c["period"] == "2022" and c["value"] != 1e12] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier figures had signalled the milestone: output in the first three quarters was 780 billion yuan, "
        "up 6.2 percent.",
        "In the first three quarters, output was 780 billion yuan, up 6.2 percent.",
        "Output in the first three quarters of 2025 was 780 billion yuan, up 6.2 percent.",
    ],
)
def test_bare_output_in_a_part_of_the_year_is_the_places_gdp(sentence):
    text = f"Nanshan district's economy\n\nNanshan's GDP hit 1.05 trillion yuan last year. {sentence}"
    got = claims(text, published="2026-02-24")
    assert brief(got, "region", "indicator", "period")[1:] == [
        ("440305", "gdp", "2025-Q1Q3"),
        ("440305", "gdp_growth", "2025-Q1Q3"),
    ]


@pytest.mark.parametrize(
    "measure", ["每万人口有效发明专利拥有量达到", "有效发明专利拥有量每万人达到", "万人有效发明专利拥有量"]
)
def test_valid_invention_patents_per_10k_residents_are_the_vocabularys(measure):
    got = claims(f"2025年，昆山市{measure}90件。", published="2026-03-01", lang="zh")
    assert brief(got, "region", "indicator", "unit", "value") == [
        ("320583", "invention_patents_per_10k", "count_per_10k", 90)
    ]


@pytest.mark.parametrize(
    "industries",
    ["emerging industries of strategic importance", "strategic and emerging industries", "strategic new industries"],
)
def test_strategic_emerging_industries_said_otherwise_are_the_vocabularys(industries):
    got = claims(f"In 2025, Kunshan's {industries} made up 36 percent of its GDP.", published="2026-03-01")
    assert brief(got, "region", "indicator", "value") == [("320583", "strategic_emerging_share", 36)]


def test_the_whole_city_after_its_county_level_cities_is_the_prefecture_reported_on():
    text = (
        "无锡市2024年经济运行情况\n\n全年无锡市实现地区生产总值16000亿元。"
        "分地区看，江阴市实现地区生产总值5400亿元；宜兴市实现地区生产总值2500亿元。"
        "全年全市一般公共预算收入1200亿元，其中江阴市280亿元。"
    )
    got = claims(text, published="2025-02-10", lang="zh")
    assert brief(got, "region", "indicator", "value")[-2:] == [
        ("320200", "fiscal_revenue", 120e9),
        ("320281", "fiscal_revenue", 28e9),
    ]


def test_a_county_level_citys_own_report_keeps_the_whole_city_its_own():
    text = "昆山市2024年经济运行情况\n\n全年昆山市实现地区生产总值5300亿元。全市一般公共预算收入450亿元。"
    got = claims(text, published="2025-02-10", lang="zh")
    assert brief(got, "region", "indicator") == [("320583", "gdp"), ("320583", "fiscal_revenue")]


def test_two_parts_compared_leave_the_whole_in_focus():
    text = (
        "Wuxi economy\n\nWuxi's GDP reached 1.6 trillion yuan in 2024. "
        "Jiangyin produced 540 billion yuan, while Yixing's GDP stood at 250 billion yuan. "
        "Total imports and exports amounted to 740 billion yuan."
    )
    got = claims(text, published="2025-02-10")
    assert brief(got, "region", "indicator")[-1] == ("320200", "foreign_trade")


@pytest.mark.parametrize("lead", ["从增速看，", "总体来看，", "分区域看，", ""])
def test_a_group_of_places_after_a_lead_in_owns_its_figure(lead):
    text = (
        "2025年全国百强县榜单\n\n长沙县地区生产总值达2400亿元，稳居中部第一；浏阳市、宁乡市分别达到1650亿元和1520亿元。"
        f"{lead}百强县GDP平均增长5.6%，高于全国平均水平0.6个百分点。"
    )
    got = claims(text, published="2026-04-02", lang="zh")
    assert [c for c in got if c["unit"] == "percent"] == []


def test_a_chinese_count_followed_by_the_next_label_keeps_its_own_label():
    text = "数说深圳市南山区\n\n南山区国家高新技术企业：5100余家上市公司：213家"
    got = claims(text, published="2026-02-26", lang="zh")
    assert brief(got, "indicator", "value")[0] == ("high_tech_enterprises", 5100)
    assert ("listed_companies", 5100) not in brief(got, "indicator", "value")


def test_closing_in_on_a_sum_is_about_it():
    got = claims("2025年，宝安区GDP直逼5000亿元大关。", published="2026-02-01", lang="zh")
    assert brief(got, "region", "indicator", "value", "qualifier") == [("440306", "gdp", 5e11, "approx")]


@pytest.mark.parametrize("group", ["两区", "三个区", "5个县市"])
def test_a_counted_group_of_places_in_a_headline_is_no_citys_figure(group):
    text = f"深圳各区2021年经济数据出炉！{group}GDP超5000亿\n\n2021年，深圳地区生产总值30664.85亿元。"
    got = claims(text, published="2022-02-10", lang="zh")
    assert brief(got, "region", "value") == [("440300", 3066485e6)]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's GDP passed 1 trillion yuan in 2025, seven years after Shanghai's Pudong and three years after "
        "Beijing's Haidian.",
        "Shenzhen's Nanshan became a trillion-yuan district last year. Haidian crossed the same mark in 2022, four "
        "years after Shanghai's Pudong, and Nanshan did so three years later than Haidian.",
    ],
)
def test_a_place_that_crossed_so_many_years_before_takes_the_year_worked_out(text):
    got = claims(text, published="2026-02-01")
    crossings = {(c["region"], c["period"], tuple(c["inferred"])) for c in got if c["value"] == 1e12}
    assert ("310115", "2018", ("period",)) in crossings
    assert ("110108", "2022", ()) in crossings or ("110108", "2022", ("period",)) in crossings


def test_years_after_an_event_of_a_place_state_no_crossing_of_it():
    text = "Shenzhen's GDP passed 3.6 trillion yuan in 2024, 44 years after Shenzhen became a special economic zone."
    got = claims(text, published="2025-02-01")
    assert brief(got, "region", "period") == [("440300", "2024")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kunshan, Jiangyin and Zhangjiagang are the top three counties. "
            "The three cities' GDP stood at 540 billion, 528 billion and 360 billion yuan in 2025.",
            "en",
        ),
        ("2025年，昆山、江阴、张家港位列百强县前三。三市GDP为5400亿元、5280亿元和3600亿元。", "zh"),
    ],
)
def test_a_small_group_before_as_many_figures_gives_one_to_each(text, lang):
    got = claims(text, published="2026-02-01", lang=lang)
    assert brief(got, "region", "indicator", "value") == [
        ("320583", "gdp", 540e9),
        ("320281", "gdp", 528e9),
        ("320582", "gdp", 360e9),
    ]


def test_a_small_group_with_one_figure_is_still_the_groups():
    text = (
        "Kunshan, Jiangyin and Zhangjiagang are the top three counties. The three cities' GDP topped 1.4 trillion yuan."
    )
    assert claims(text, published="2026-02-01") == []


@pytest.mark.parametrize(
    ("said", "kind", "lang"),
    [
        ("醴陵市有望于2026年跨过这一门槛。", "expected", "zh"),
        ("醴陵市力争于2026年跨过这一门槛。", "target", "zh"),
        ("醴陵市于2026年跨过了这一门槛。", "actual", "zh"),
        ("Liling is expected to cross that threshold in 2026.", "expected", "en"),
    ],
)
def test_a_crossing_by_reference_said_ahead_is_expected_or_aimed_at(said, kind, lang):
    lead = "2025年，浏阳市GDP突破1000亿元。" if lang == "zh" else "Liuyang's GDP passed 100 billion yuan in 2025. "
    got = claims(lead + said, published="2027-03-10" if kind == "actual" else "2026-03-10", lang=lang)
    assert brief(got, "region", "period", "kind")[-1] == ("430281", "2026", kind)


@pytest.mark.parametrize(
    "page",
    [
        "江阴日报\n\n本报讯（记者 张三）2024年全市实现地区生产总值5070亿元，同比增长5.6%。",
        "本报讯（记者 张三）2024年全市实现地区生产总值5070亿元，同比增长5.6%。\n\n江阴日报 2025年1月25日 版权所有",
        "第A01版：要闻\n\n本报讯 2024年我市实现地区生产总值5070亿元，同比增长5.6%。\n\n（来源：江阴日报）",
    ],
)
def test_a_county_papers_page_speaking_of_the_city_is_about_the_papers_county(page):
    # an e-paper page names its county only in the masthead: 全市/我市 is that county-level city, not Wuxi
    got = claims(page, published="2025-01-25", lang="zh")
    assert brief(got, "region", "indicator", "value") == [("320281", "gdp", 5.07e11), ("320281", "gdp_growth", 5.6)]


def test_a_place_named_in_the_story_wins_over_the_papers_own():
    page = "江阴日报\n\n本报讯 2024年，昆山实现地区生产总值5380亿元。"
    assert brief(claims(page, published="2025-01-25", lang="zh"), "region") == [("320583",)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("坪山区以仅168平方公里的面积,为何能吸引这么多新能源车企?", [168.0]),  # the area is given, then asked about
        ("坪山区GDP能否在2026年突破1500亿元?", []),  # a guard: the figure is what is asked
        ("坪山区GDP为何能在三年内翻番,达到1200亿元?", []),  # a guard: after the question word
    ],
)
def test_a_chinese_question_keeps_the_figures_it_gives_before_asking(text, values):
    got = claims(text, published="2025-06-01", lang="zh")
    assert [c["value"] for c in got] == values  # the area was dropped with the question


@pytest.mark.parametrize("subject", ["per capita GDP", "Cixi's per capita GDP"])
def test_the_national_figure_a_share_is_taken_of_is_neither_subject_nor_a_gdp_share(subject):
    text = f"A rising income\nIn 1980, {subject} stood at 310 yuan, just 67 percent of the national GDP per capita."
    got = brief(claims(text, published="2009-06-01"), "region", "indicator", "value")
    if subject.startswith("Cixi"):
        assert got == [("330282", "gdp_per_capita", 310), ("330282", "other:share", 67)]  # was a 67% share of GDP
    else:
        assert got == []  # was China's per capita GDP of 310 yuan


def test_places_of_a_kind_a_sentence_opens_with_are_no_ones_figure():
    # 过去十年，中西部的县级市GDP突破1000亿…: county-level cities of a region, none named (had gone to the city the
    # next sentence names)
    text = "过去十年，中西部的县级市GDP突破1000亿已不再罕见。据最新数据，长沙代管的浏阳市2025年GDP有望突破1600亿元。"
    got = brief(claims(text, published="2025-11-20"), "region", "value")
    assert got == [("430181", 1.6e11)]


def test_a_named_county_level_city_with_its_gdp_keeps_it():  # a guard: passed before
    text = "2024年，长沙代管的浏阳市GDP突破1500亿元。"
    got = brief(claims(text, published="2025-02-20"), "region", "value")
    assert got == [("430181", 1.5e11)]
