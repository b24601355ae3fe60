"""Section headings: a short line of its own below the title gives the paragraphs under it their
year, and a goals heading makes them goals. Documents written for these tests."""

from __future__ import annotations

import pytest

from conftest import brief, claims

REPORT = """南山区政府工作报告

2023年主要经济指标

全区地区生产总值增长5.8%，达到8900亿元。社会消费品零售总额1100亿元。

2025年主要预期目标

地区生产总值增长6%左右；研发投入强度保持在6%以上。
"""

REPORT_EN = """Futian District Government Work Report

Main targets for 2026

GDP growth of around 5.5 percent; R&D intensity above 6 percent.

Review of 2024

The district's GDP grew 5.9 percent to 620 billion yuan. Futian is in Shenzhen.
"""


def test_a_headings_year_holds_for_the_paragraphs_below_it():
    cs = claims(REPORT, published="2025-01-20")
    assert brief(cs[:3], "indicator", "period", "kind") == [
        ("gdp_growth", "2023", "actual"),
        ("gdp", "2023", "actual"),
        ("retail_sales", "2023", "actual"),
    ]


def test_a_goals_heading_makes_the_list_below_it_goals_for_its_year():
    cs = claims(REPORT, published="2025-01-20")
    assert brief(cs[3:], "indicator", "period", "kind", "value") == [
        ("gdp_growth", "2025", "target", 6.0),
        ("rd_intensity", "2025", "target", 6.0),
    ]


def test_english_headings_and_a_review_heading_is_not_a_goal():
    cs = claims(REPORT_EN, published="2026-01-15")
    assert brief(cs, "region", "indicator", "period", "kind") == [
        ("440304", "gdp_growth", "2026", "target"),
        ("440304", "rd_intensity", "2026", "target"),
        ("440304", "gdp_growth", "2024", "actual"),
        ("440304", "gdp", "2024", "actual"),
    ]


def test_a_sentence_on_its_own_line_is_not_a_heading():
    text = "Kunshan report\n\nThe targets were met.\n\nKunshan's GDP grew 5.2 percent in 2025.\n"
    assert brief(claims(text, published="2026-02-01"), "kind") == [("actual",)]


FEATURE = (
    "Nanshan: the district that never sleeps\n\n"
    "Home to many tech firms, Nanshan is Shenzhen's innovation engine. "
    "Last year, the district's gross domestic product came to 1.05 trillion yuan.\n\n"
    "That was more than double the 450 billion yuan it recorded in 2016, "
    "and officials say 1.1 trillion yuan is within reach this year.\n\n"
    "Futian, the city's financial center, trails at 620 billion yuan. "
    "Longgang is third with about 510 billion yuan.\n\n"
    "By value, Nanshan's economy now exceeds that of Xiamen, a coastal city of 5.3 million people.\n"
)


def test_a_feature_article_carries_its_measure_across_short_paragraphs():
    cs = claims(FEATURE, published="2026-03-01")
    assert brief(cs, "region", "indicator", "period", "kind") == [
        ("440305", "gdp", "2025", "actual"),
        ("440305", "gdp", "2016", "actual"),
        ("440305", "gdp", "2026", "expected"),
        ("440304", "gdp", "2025", "actual"),
        ("440307", "gdp", "2025", "actual"),
        ("350200", "population", "2026", "actual"),
    ]


INFOBOX = (
    "Yiwu\n"
    "County-level city\n"
    "Province: Zhejiang\n"
    "Prefecture-level city: Jinhua\n"
    "Area\n"
    " • Total: 1,105 km2 (427 sq mi)\n"
    "Population (2020 census)\n"
    " • Total: 1,859,390\n"
    " • Density: 1,700/km2\n"
    "GDP\n"
    " • Total: CN¥ 210 billion (2023)\n"
    " • Per capita: CN¥ 112,000\n"
)


def test_an_infobox_flattened_into_lines():
    cs = claims(INFOBOX, published="2025-03-01")
    assert brief(cs, "region", "indicator", "period", "value") == [
        ("330782", "area", "2025", 1105.0),  # Yiwu, not 伊吾县 ("Yiwu\nCounty" is two lines)
        ("330782", "population", "2020", 1859390.0),  # the census year of its head line
        ("330782", "other:density", "2020", 1700.0),  # a density, not people
        ("330782", "gdp", "2023", 2.1e11),
        ("330782", "gdp_per_capita", "2023", 112000.0),
    ]


RUN_INTO_ONE_LINE = (  # an infobox as a scraper hands it over: the lede, then every row on one line
    "Cixi\n\nCixi (Chinese: 慈溪; pinyin: Cíxī) is a county-level city under the administration of Ningbo "
    "prefecture-level city. Country China Province Zhejiang Prefecture-level city Ningbo Area • Total 1,361 km2 "
    "(525 sq mi) Population (2020 census) • Total 1,829,488 • Density 1,300/km2 GDP • Total CN¥ 260.3 billion "
    "US$ 37.7 billion • Per capita CN¥ 142,000 Time zone UTC+8 Postal code 315300\n"
)


def test_an_infobox_run_into_one_line_is_read_row_by_row():
    cs = claims(RUN_INTO_ONE_LINE, published="2024-09-01")
    assert brief(cs, "region", "indicator", "period", "value", "unit") == [
        ("330282", "area", "2024", 1361.0, "km2"),  # Cixi's: all went to Ningbo, named last before the rows
        ("330282", "population", "2020", 1829488.0, "persons"),  # was not read
        ("330282", "other:density", "2020", 1300.0, "count"),
        ("330282", "gdp", "2023", 2.603e11, "CNY"),
        ("330282", "gdp", "2023", 3.77e10, "USD"),
        ("330282", "gdp_per_capita", "2023", 142000.0, "CNY_per_person"),  # was a GDP of 142,000 yuan
    ]


def test_a_baike_card_run_into_one_line_is_read_field_by_field():
    text = "慈溪市\n\n慈溪市，浙江省辖县级市，由宁波市代管。\n"
    text += "中文名 慈溪市 行政区划代码 330282 所属地区 浙江省宁波市 地理位置 浙江省东北部 面积 1361平方千米 "
    text += "人口 182.9万（2020年常住人口） 地区生产总值 2603亿元（2023年） 人均生产总值 14.2万元\n"
    got = brief(claims(text, published="2024-09-01"), "region", "indicator", "period", "value")
    assert got == [  # all went to Zhejiang (地理位置 浙江省东北部); the code was a count of 所 (330282所属地区)
        ("330282", "area", "2024", 1361.0),
        ("330282", "population", "2020", 1829000.0),
        ("330282", "gdp", "2023", 2.603e11),
        ("330282", "gdp_per_capita", "2023", 142000.0),
    ]


INTERVIEW = (
    "Q&A: Kunshan's party chief on the county's economy\n\n"
    "Reporter: Kunshan topped the county rankings again. What are the numbers?\n\n"
    "Wu: Last year our GDP reached 530 billion yuan. In the first half of this year we grew 5.4 percent, "
    "and we expect around 5.5 percent for the full year.\n\n"
    "Reporter: And innovation?\n\n"
    "Wu: We now have more than 3,100 national high-tech enterprises, and R&D intensity is about 4 percent.\n"
)


def test_an_interview():
    cs = claims(INTERVIEW, published="2025-09-15")
    assert brief(cs, "region", "indicator", "period", "kind") == [
        ("320583", "gdp", "2024", "actual"),
        ("320583", "gdp_growth", "2025-H1", "actual"),
        ("320583", "gdp_growth", "2025", "expected"),
        ("320583", "high_tech_enterprises", "2025", "actual"),
        ("320583", "rd_intensity", "2024", "actual"),  # a year's ratio, not the half-year spoken of before
    ]


WORK_REPORT = (
    "福田区政府工作报告\n\n"
    "一、2025年工作回顾\n\n"
    "（一）经济实力持续增强。预计全年地区生产总值增长5.8%，达到6400亿元；一般公共预算收入突破220亿元。\n\n"
    "二、2026年主要目标任务\n\n"
    "2026年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；研发投入强度保持在5%以上。\n"
)


def test_a_work_reports_review_section_estimates_its_year_and_its_goals_section_sets_the_next():
    cs = claims(WORK_REPORT, published="2026-01-20")
    assert brief(cs, "region", "indicator", "period", "kind") == [
        ("440304", "gdp_growth", "2025", "expected"),
        ("440304", "gdp", "2025", "expected"),
        ("440304", "fiscal_revenue", "2025", "expected"),
        ("440304", "gdp_growth", "2026", "target"),
        ("440304", "rd_intensity", "2026", "target"),
    ]


def test_a_bilingual_page_reads_each_line_with_its_own_number_reader():
    zh_page = (
        "南山区2025年经济运行情况\n\n南山区地区生产总值达到10500亿元，增长6.2%。\n"
        "Nanshan District reported GDP of 1.05 trillion yuan in 2025, up 6.2 percent.\n"
    )
    en_page = (
        "Nanshan economy in 2025\n\nNanshan District reported GDP of 1.05 trillion yuan in 2025, up 6.2 percent.\n"
        "南山区地区生产总值达到10500亿元，增长6.2%，常住人口181万人。\n"
    )
    for page, lang in ((zh_page, "zh"), (en_page, "en")):
        cs = claims(page, published="2026-03-01", lang=lang)
        assert {(c["indicator"], c["value"]) for c in cs} >= {("gdp", 1.05e12), ("gdp_growth", 6.2)}
        assert len([c for c in cs if c["indicator"] == "gdp"]) == 2, lang


@pytest.mark.parametrize(
    "line",
    [
        "Yuhang (余杭区) GDP (地区生产总值) hit 308.6 billion yuan in 2025, up 6.3 percent.",  # a fifth Chinese
        "Yuhang district (杭州市余杭区) GDP (地区生产总值) hit 308.6 billion yuan in 2025, up 6.3 percent.",
    ],
)
def test_an_english_line_glossed_with_chinese_names_is_read_in_english(line):
    got = claims("Hangzhou districts\n\n" + line, published="2026-03-01", lang="en")
    assert brief(got, "region", "indicator", "value") == [("330110", "gdp", 3.086e11), ("330110", "gdp_growth", 6.3)]


def test_a_sentence_and_its_translation_on_one_line_are_each_read_in_their_language():
    text = (
        "Nanshan and Futian districts reported GDP of 1.05 trillion yuan ($147 billion) and 640 billion yuan in "
        "2025, respectively.南山区和福田区2025年地区生产总值分别为10500亿元和6400亿元。\n"
        "Guangming district's GDP grew 7.1 percent.光明区地区生产总值增长7.1%。\n"
    )
    got = brief(claims(text, published="2026-03-01"), "region", "indicator", "value", "unit")
    assert ("440305", "gdp", 147e9, "USD") in got  # was 147 dollars: the line was read as Chinese
    assert sorted(v for r, i, v, u in got if i == "gdp" and u == "CNY") == [6.4e11, 6.4e11, 1.05e12, 1.05e12]
    assert [r for r, i, v, u in got if i == "gdp_growth"] == ["440311", "440311"]  # one sentence each


def test_a_place_named_in_a_line_of_the_other_language_is_that_lines_subject():
    zh_page = (
        "深圳各区2025年经济运行情况\n\n南山区地区生产总值达到10500亿元，增长6.2%。\n"
        "Futian District reported GDP of 640 billion yuan in 2025, up 5.4 percent.\n"
    )
    en_page = (
        "Shenzhen districts in 2025\n\nNanshan District reported GDP of 1.05 trillion yuan in 2025, up 6.2 percent.\n"
        "福田区地区生产总值达到6400亿元，增长5.4%，常住人口156万人。\n"
    )
    for page, lang in ((zh_page, "zh"), (en_page, "en")):
        cs = claims(page, published="2026-03-01", lang=lang)
        futian = [c for c in cs if c["value"] in (6.4e11, 5.4)]
        assert [(c["region"], "region" in c["inferred"]) for c in futian] == [("440304", False)] * 2, lang


def test_a_long_english_heading_announcing_targets_dates_the_list_below_it():
    text = (
        "Report on the Work of the Government of Wuhou District (2025)\n\n"
        "I. Review of work in 2024\n\nThe district's GDP grew 6.2 percent.\n\n"
        "II. Overall requirements and main targets for 2025\n\n"
        "The main targets for this year are: GDP growth of around 6 percent; R&D intensity rising to 3 percent; "
        "and the number of listed companies reaching 16."
    )
    got = brief(claims(text, published="2025-01-10"), "indicator", "period", "kind")
    assert got[1:] == [
        ("gdp_growth", "2025", "target"),
        ("rd_intensity", "2025", "target"),
        ("listed_companies", "2025", "target"),
    ]


@pytest.mark.parametrize("mark", ["", "▶ "])
def test_a_heading_naming_a_place_is_the_subject_of_the_lines_below_it(mark):
    text = (
        "2025年各区经济成绩单：江阴领跑\n\n"
        f"{mark}第1名：江阴市\nGDP：5200亿元，增速：5.9%\n\n"
        f"{mark}第2名：张家港市\nGDP：3600亿元，增速：5.5%\n\n"
        f"{mark}第3名：常熟市\nGDP：3100亿元，增速：5.0%\n"
    )
    got = brief(claims(text, published="2026-02-20"), "region", "indicator", "value")
    assert got == [
        ("320281", "gdp", 5.2e11),
        ("320281", "gdp_growth", 5.9),
        ("320582", "gdp", 3.6e11),
        ("320582", "gdp_growth", 5.5),
        ("320581", "gdp", 3.1e11),
        ("320581", "gdp_growth", 5.0),
    ]


@pytest.mark.parametrize(
    "heading",
    ["一、2024年计划执行情况", "1. Implementation of the 2024 plan"],
)
def test_a_section_on_how_a_plan_was_carried_out_reports_results(heading):
    # 计划 in a heading announces goals, unless the heading is about the plan's implementation (执行情况); the
    # English heading passed before (a guard)
    title = "关于江阴市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告"
    text = f"{title}\n\n{heading}\n2024年，全市经济平稳运行。\n新增高新技术企业200家，总数达1500家。"
    got = brief(claims(text, published="2025-01-16"), "indicator", "period", "kind")
    assert got[-1] == ("high_tech_enterprises", "2024", "actual")


def test_a_numbered_english_heading_of_targets_makes_the_lines_below_it_goals():
    # "2." numbers the heading: it is neither a sentence of its own nor a figure that keeps the line from heading
    text = (
        "Report on the Implementation of the 2024 Plan for Economic and Social Development of Jiangyin\n\n"
        "1. Implementation of the 2024 plan\nIn 2024 the city's economy grew 5.5 percent.\n\n"
        "2. Main targets for 2025\nGDP growth of around 5 percent."
    )
    got = brief(claims(text, published="2025-01-16"), "indicator", "period", "kind", "value")
    assert got == [("gdp_growth", "2024", "actual", 5.5), ("gdp_growth", "2025", "target", 5.0)]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("二、2025年预算草案", "全区一般公共预算收入安排270亿元。"),
        ("II. Draft budget for 2025", "General public budget revenue is budgeted at 27 billion yuan."),
    ],
)
def test_a_draft_budget_is_the_coming_years_goal(heading, sentence):
    # a budget report in January: what was executed is last year's result, what is drafted or allotted
    # (草案, 安排270亿元, "budgeted at") is a goal for the year named
    text = (
        "关于福田区2024年预算执行情况和2025年预算草案的报告\n\n一、2024年预算执行情况\n"
        f"2024年，全区一般公共预算收入完成256亿元。\n\n{heading}\n{sentence}"
    )
    got = brief(claims(text, published="2025-01-20"), "indicator", "period", "kind")
    assert got == [("fiscal_revenue", "2024", "actual"), ("fiscal_revenue", "2025", "target")]


QUARTER_REPORT = """吴江区2025年一季度经济运行简况

一季度，全区实现地区生产总值580.3亿元，同比增长5.1%。

四、服务业
1-2月，全区规模以上服务业实现营业收入92.4亿元，增长3.3%。

五、居民收入
全区全体居民人均可支配收入21870元，增长4.9%。常住人口154.2万人。
"""


def test_a_month_range_in_one_section_leaves_the_next_section_in_the_reports_quarter():
    cs = [c for c in claims(QUARTER_REPORT, published="2025-04-28") if not c["indicator"].startswith("other:")]
    assert brief(cs, "indicator", "period") == [
        ("gdp", "2025-Q1"),
        ("gdp_growth", "2025-Q1"),
        ("disposable_income_per_capita", "2025-Q1"),  # was other:…_months, 2025: the 1-2月 of the section before
        ("population", "2025"),
    ]


@pytest.mark.parametrize("mark", ["", "🔺", "▶ ", "· "])
def test_a_growth_alone_on_the_line_after_a_figure_is_that_figures_growth(mark):
    # A social-media post sets each figure on a line of its own: the growth line names no measure.
    text = f"数说德清｜2025年成绩单\n\n{mark}2025年，全县实现地区生产总值720.4亿元\n\n{mark}同比增长6.3%\n\n"
    text += f"{mark}社会消费品零售总额285.1亿元\n\n{mark}增长4.2%\n"
    got = brief(claims(text, published="2026-02-01"), "region", "indicator", "value")
    assert got[:3] == [
        ("330521", "gdp", 7.204e10),
        ("330521", "gdp_growth", 6.3),  # was other:growth
        ("330521", "retail_sales", 2.851e10),
    ]
    assert got[3][1].startswith("other:") and got[3][2] == 4.2  # the retail sales' growth, not GDP's (a guard)
