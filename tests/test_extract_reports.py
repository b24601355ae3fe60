"""Government work reports and mid-year reports: reviews over five years, sums named in the report's own words.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize("measure", ["economic output", "gross domestic product", "economic aggregate"])
def test_an_average_rate_after_a_long_review_clause_is_growth_of_the_measure_named_at_its_start(measure):
    text = (
        f"Over the past five years, Longgang district's {measure} rose from 422.9 billion yuan to 568.9 billion yuan, "
        "growing at an average annual rate of 5.2 percent."
    )
    got = claims(text, published="2026-01-28", lang="en")
    assert brief(got, "indicator", "period", "value")[-1] == ("gdp_growth", "2021/2025", 5.2)


def test_an_average_rate_after_a_review_of_another_measure_is_that_measures():
    text = (
        "Over the past five years, Longgang district's general public budget revenue rose from 18.2 billion yuan "
        "to 26.1 billion yuan, growing at an average annual rate of 7.5 percent."
    )
    got = claims(text, published="2026-01-28", lang="en")
    assert brief(got, "indicator", "period")[-1] == ("other:fiscal_revenue_growth", "2021/2025")


@pytest.mark.parametrize(
    "compared", ["与上半年相比，全区GDP增速提高0.3个百分点。", "和一季度比较，增速加快0.6个百分点。"]
)
def test_a_part_of_the_year_compared_with_does_not_become_the_period_spoken_of(compared):
    text = (
        "前三季度武侯区经济运行情况\n\n前三季度，武侯区实现地区生产总值1268.4亿元，同比增长5.9%。"
        f"{compared}去年同期，全区地区生产总值为1190.5亿元。"
    )
    got = claims(text, published="2026-10-28", lang="zh")
    assert brief(got, "indicator", "period", "value")[-1] == ("gdp", "2025-Q1Q3", 119_050_000_000)


@pytest.mark.parametrize("anaphor", ["during the period", "over that period", "in the same period"])
def test_an_average_rate_during_the_period_is_over_the_span_a_sentence_before_named(anaphor):
    text = (
        "Suzhou sets goals for the next five years\n\n"
        "Suzhou aims to lift its GDP above 3 trillion yuan by 2025 under its 14th Five-Year Plan (2021-25).\n\n"
        f"Average annual GDP growth of about 6 percent is planned {anaphor}."
    )
    got = claims(text, published="2021-02-20", lang="en")
    assert brief(got, "indicator", "period", "value")[-1] == ("gdp_growth", "2021/2025", 6.0)
    assert "period" in got[-1]["inferred"]


def test_without_a_span_named_before_an_average_rate_during_the_period_keeps_its_own_reading():
    text = "Suzhou recorded average annual GDP growth of about 6 percent during the period."
    got = claims(text, published="2021-02-20", lang="en")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2016/2020")]


@pytest.mark.parametrize("base", ["是1978年的1200倍", "为2000年的9.6倍", "相当于1990年末的85倍"])
def test_the_year_of_a_multiple_s_base_does_not_date_the_clauses_after_it(base):
    text = "江阴市经济持续增长。2023年，全市实现地区生产总值4948.3亿元，"
    text += f"{base}，年均增长9.5%；人均地区生产总值达到27.9万元。"
    got = claims(text, published="2024-10-08", lang="zh")
    assert brief(got, "indicator", "period")[-1] == ("gdp_per_capita", "2023")
    nxt = claims(text + "全市一般公共预算收入达到265亿元。", published="2024-10-08", lang="zh")
    assert brief(nxt, "indicator", "period")[-1] == ("fiscal_revenue", "2023")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_goals_set_one_a_line_each_ending_in_a_semicolon_stay_goals_of_the_year_named(lang):
    if lang == "zh":
        text = "宝安区政府工作报告\n\n2026年主要预期目标是：地区生产总值增长5.5%左右；\n固定资产投资增长4%；\n"
        text += "一般公共预算收入增长3%。"
    else:
        text = "Bao'an District Work Report: Main targets\n\n"
        text += "The main targets for 2026 are: GDP growth of about 5.5 percent;\n"
        text += "fixed-asset investment up 4 percent;\ngeneral public budget revenue up 3 percent."
    got = claims(text, published="2026-01-22", lang=lang)
    assert brief(got, "period", "kind") == [("2026", "target")] * 3


def test_a_result_whose_past_year_is_stated_is_no_goal_though_goals_were_listed_before_it():
    text = (
        "宝安区召开经济工作会议\n\n会议提出，2026年主要预期目标为：\n（一）地区生产总值增长5.5%左右；\n"
        "（二）一般公共预算收入增长3%。\n\n会议指出，2025年全区经济运行稳中向好：\n地区生产总值5603亿元，增长6.0%。"
    )
    got = claims(text, published="2026-01-10", lang="zh")
    assert brief(got, "indicator", "period", "kind")[-2:] == [
        ("gdp", "2025", "actual"),
        ("gdp_growth", "2025", "actual"),
    ]


def test_bulleted_goals_under_a_line_ending_in_a_colon_are_goals_of_the_year_it_names():
    text = (
        "Huqiu District Government Work Report part 3\n\n"
        "The main goals for economic and social development this year are:\n"
        "- Regional GDP growth of about 5.5%\n- General public budget revenue growth of 3%\n\n"
        "In 2025, the district's GDP reached 210.5 billion yuan."
    )
    got = claims(text, published="2026-01-10", lang="en")
    assert brief(got, "period", "kind") == [("2026", "target"), ("2026", "target"), ("2025", "actual")]


def test_the_main_goals_plural_is_a_goal_cue():
    text = "Huqiu's main goals for 2026 include GDP growth of about 5.5 percent."
    got = claims(text, published="2026-01-10", lang="en")
    assert [(c["kind"], "kind" in c["inferred"]) for c in got] == [("target", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Longgang achieved all of its main goals last year: GDP grew 5.1 percent to 532 billion yuan.",
        "Longgang fulfilled its major goals for 2025, with GDP up 5.1 percent to 532 billion yuan.",
    ],
)
def test_results_after_goals_said_to_be_met_are_results(text):
    got = claims(text, published="2026-02-01", lang="en")
    assert brief(got, "kind") == [("actual",), ("actual",)]


@pytest.mark.parametrize(
    "text",
    [
        "江阴市2024年工作总结\n\n2024年，全市经济平稳运行。\n科技创新成效明显。高新技术企业总数达1500家。",
        "Jiangyin's 2024 year in review\n\nIn 2024, the city's economy held steady.\nThe city has 62 listed companies.",
    ],
)
def test_a_year_end_summary_reports_on_the_year_its_title_names(text):
    # a 工作总结 / "year in review" published in January reports on the year before: its stocks are that year's
    got = claims(text, published="2025-01-15")
    assert brief(got, "period", "kind") == [("2024", "actual")]


def test_a_headline_figure_before_the_blueprint_it_belongs_to_is_that_years_goal():
    text = "地区生产总值增长6%左右,天桥区绘就2025年发展蓝图\n1月8日,天桥区第十九届人民代表大会第四次会议开幕。"
    got = brief(claims(text, published="2025-01-08", lang="zh"), "indicator", "period", "kind")
    assert got == [("gdp_growth", "2025", "target")]  # was 2024's result: 蓝图 was no word of a plan's title


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Premier delivers the government work report\nThe premier told the National People's Congress that "
            "the main target for this year is GDP growth of around 5 percent.",
            "en",
        ),
        ("国务院总理在十四届全国人大三次会议上作政府工作报告。\n今年主要预期目标是：国内生产总值增长5%左右。", "zh"),
    ],
)
def test_a_national_work_report_naming_no_place_speaks_of_the_country(text, lang):
    got = brief(claims(text, published="2025-03-05", lang=lang), "region", "indicator", "period", "kind")
    assert got == [("CN", "gdp_growth", "2025", "target")]  # was nothing: no place was named


@pytest.mark.parametrize(
    ("goal", "indicator"),
    [
        ("a consumer price increase of around 2 percent", "other:rate"),
        ("a CPI rise of about 2 percent", "other:rate"),
        ("an urban employment increase of over 12 million people", "other:persons"),
    ],
)
def test_goals_for_prices_and_jobs_beside_growth_are_not_growth_nor_population(goal, indicator):
    text = f"Shandong's goals for 2025\nThe province aims for GDP growth of 5 percent and {goal}."
    got = claims(text, published="2025-01-20", lang="en")
    assert [c["indicator"] for c in got][1:] == [indicator]  # were gdp_growth and population


def test_a_sector_structure_under_a_chart_caption_is_no_growth():
    text = (
        "2023年凤山县地区生产总值98.6亿元,比上年增长5.2%。\n"
        "图1:2019-2023年全县地区生产总值及增长速度\n"
        "2023年三次产业结构比为21.4:30.2:48.4。"
    )
    got = brief(claims(text, published="2024-04-01", lang="zh"), "indicator", "value")
    assert got[2:] == [
        ("other:sector_structure", 21.4),
        ("other:sector_structure", 30.2),
        ("other:sector_structure", 48.4),
    ]
    # 30.2 and 48.4 were the county's GDP growth: the caption's label named growth, and the colons looked like labels


def test_the_value_added_of_the_non_public_economy_is_not_gdp():
    text = (
        "Fengshan's GDP was 9.86 billion yuan in 2023. The added value of the non-public sector of the economy "
        "was 5.1 billion yuan."
    )
    got = brief(claims(text, published="2024-04-01", lang="en"), "indicator", "value")
    assert got == [("gdp", 9860000000.0), ("other:sector_economy", 5100000000.0)]  # the second was gdp


def test_the_gdp_of_a_counted_class_of_counties_is_no_places():
    text = "2023年昆山市GDP超过5000亿元。这59个千亿县的GDP总量达到9.6万亿元,占全国比重达到7.6%。"
    got = brief(claims(text, published="2024-06-21", lang="zh"), "region", "indicator", "value")
    assert [g for g in got if not g[1].startswith("other:")] == [("320583", "gdp", 500000000000.0)]
    # the 59 counties' total and share were Kunshan's


def test_a_five_year_plans_name_is_no_goal_and_growth_since_its_end_is_cumulative():
    text = (
        "2010年,天水市生产总值达到286.4亿元,比“十五”末增长了82.3%,是历个“五年计划”发展最快的时期;"
        "人均生产总值达到8120元。"
    )
    got = brief(claims(text, published="2011-02-20", lang="zh"), "indicator", "kind")
    assert got == [("gdp", "actual"), ("other:gdp_growth_cumulative", "actual"), ("gdp_per_capita", "actual")]
    # the 82.3 percent was a year's GDP growth, and 计划 in the plan's name made the per capita GDP a goal


def test_sectors_listed_under_a_part_of_the_economy_are_that_parts_not_the_countys():
    text = (
        "2025年嘉善县国民经济和社会发展统计公报\n"
        "一、综合\n"
        "2025年嘉善县地区生产总值866.0亿元，比上年增长6.0%。其中，第一产业增加值20.1亿元，增长2.4%；"
        "第二产业增加值450.3亿元，增长7.0%；第三产业增加值395.6亿元，增长5.0%。\n"
        "二、民营经济\n"
        "全年民营经济增加值520.3亿元，比上年增长6.2%，占GDP的比重为60.1%。其中，第一产业增加值12.4亿元，"
        "增长2.0%；第二产业增加值300.5亿元，增长7.1%；第三产业增加值207.4亿元，增长5.3%。\n"
        "三、服务业\n"
        "全年第三产业增加值395.6亿元，增长5.0%。\n"
    )
    got = claims(text, published="2026-03-20")
    sectors = [(c["indicator"], c["value"]) for c in got if c["indicator"].endswith("_value_added")]
    assert sectors == [
        ("primary_value_added", 2.01e9),
        ("secondary_value_added", 4.503e10),
        ("tertiary_value_added", 3.956e10),
        ("tertiary_value_added", 3.956e10),
    ]
    parts = [c["value"] for c in got if c["indicator"] == "other:sector_economy"]
    assert parts == [5.203e10, 1.24e9, 3.005e10, 2.074e10]


def test_the_margin_a_plan_was_beaten_by_is_a_gap_and_sets_no_goal_for_the_clauses_after():
    text = "2005年，德清县共完成生产总值95.3亿元，超“十五”计划目标8.2亿元，“十五”期间年均增长13.5%。"
    got = claims(text, published="2006-09-25")
    assert brief(got, "indicator", "value") == [("gdp", 9.53e9), ("other:gdp_gap", 8.2e8), ("gdp_growth", 13.5)]
    assert got[-1]["kind"] == "actual"  # the margin was a GDP target of 820 million yuan, the average growth a goal


@pytest.mark.parametrize("base", ["比一季度高0.8个百分点", "较上半年回落0.2个百分点", "增速比1-5月加快0.4个百分点"])
def test_a_part_compared_with_in_the_sentence_leaves_the_sentences_part_to_those_after_it(base):
    text = (
        f"前三季度，沅陵县实现地区生产总值88.4亿元，同比增长4.2%，{base}。"
        "其中，第二产业完成增加值31.6亿元，第三产业完成增加值45.2亿元。"
    )
    got = claims(text, published="2025-10-30", lang="zh")
    assert brief(got, "indicator", "period")[-2:] == [
        ("secondary_value_added", "2025-Q1Q3"),
        ("tertiary_value_added", "2025-Q1Q3"),
    ]


@pytest.mark.parametrize(
    ("measure", "indicator"),
    [
        ("全区居民人均可支配收入28460元", "disposable_income_per_capita"),
        ("全区实现地区生产总值612.5亿元", "gdp"),
    ],
)
def test_a_measure_compiled_by_quarter_after_a_month_range_is_of_the_part_the_report_spoke_of(measure, indicator):
    text = (
        "上半年，通州区经济稳步恢复，固定资产投资同比增长2.4%。\n"
        "科技创新成效明显。1-5月，全区规上企业有效发明专利合计612件。\n"
        f"居民收入稳步增长。{measure}。"
    )
    got = claims(text, published="2023-07-25", lang="zh")
    assert brief(got, "indicator", "period")[-1] == (indicator, "2023-H1")


def test_a_month_range_still_dates_the_monthly_measures_after_it():
    text = "上半年，通州区经济稳步恢复。\n1-5月，全区规上工业总产值365.2亿元。\n社会消费品零售总额120.4亿元。"
    got = claims(text, published="2023-07-25", lang="zh")
    assert brief(got, "indicator")[-1] == ("other:retail_sales_months",)


@pytest.mark.parametrize("verb", ["投入", "安排", "拨付", "下达"])
def test_money_spent_with_no_measure_named_is_not_the_measure_before_it(verb):
    text = f"2024年，龙华区进出口总额3900亿元，增长6%；全年{verb}42亿元，办好30件民生实事。"
    got = claims(text, published="2025-01-20", lang="zh")
    assert brief(got, "indicator", "value")[2] == ("other:spending", 4_200_000_000)


def test_money_spent_in_english_with_no_measure_named_is_not_the_measure_before_it():
    text = "Longhua's imports and exports exceeded 390 billion yuan in 2024, and it spent 4.2 billion yuan on schools."
    got = claims(text, published="2025-01-20", lang="en")
    assert brief(got, "indicator", "value")[1] == ("other:spending", 4_200_000_000)


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("去年争取上级转移支付31.8亿元", "actual"),  # funds secured, in a review: was a goal for this year
        ("去年争取到中央资金12.5亿元", "actual"),
        ("今年力争争取上级资金20亿元", "target"),  # a goal still, said with 力争
    ],
)
def test_funds_secured_from_above_are_no_goal(clause, kind):
    got = claims(f"汉滨区{clause}。", published="2025-04-15")
    assert [c["kind"] for c in got] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph after 五年来 dated the change's base 2025 and its end 2026 (a January report's year)
        "宜兴市委全会召开。\n五年来，全市经济实力显著增强。地区生产总值年均增长6%。\n"
        "创新动能持续增强。国家高新技术企业从410家增加到890家。",
        # each sentence on its own line: the line 从2020年的…增加到2025年的… named years, so the review stopped there
        "宜兴市委全会召开\n五年来，全市经济实力显著增强。\n地区生产总值从2020年的1800亿元增加到2025年的2300亿元。\n"
        "创新动能持续增强。\n国家高新技术企业从410家增加到890家。",
        # a plan named as a base: the base of the change after it was dated 2015, five years before the plan's end
        "五年来，宜兴市一般公共预算收入累计完成650亿元，是“十三五”时期的1.3倍。国家高新技术企业从410家增加到890家。",
    ],
)
def test_a_change_the_five_year_review_goes_on_to_is_dated_from_its_base_to_its_end(text):
    got = claims(text, lang="zh", published="2026-01-09")
    assert [(c["period"], c["value"]) for c in got if c["unit"] == "count"] == [("2020", 410), ("2025", 890)]


def test_a_paragraph_opening_with_a_year_ends_the_review():  # a guard: passed before
    text = "宜兴市委全会召开。\n五年来，全市经济实力显著增强。\n2025年，国家高新技术企业从810家增加到890家。"
    got = claims(text, lang="zh", published="2026-01-09")
    assert [(c["period"], c["value"]) for c in got if c["unit"] == "count"] == [("2024", 810), ("2025", 890)]


@pytest.mark.parametrize("base", ["是“十三五”时期的1.3倍", "相当于“十三五”时期的1.3倍"])
def test_the_plan_a_total_is_compared_with_is_no_span_of_the_total(base):
    # the total over the five years reviewed took the span of the plan it was compared with (2016/2020)
    text = f"五年来，宜兴市一般公共预算收入累计完成650亿元，{base}。"
    got = claims(text, lang="zh", published="2026-01-09")
    assert [(c["indicator"], c["period"]) for c in got if c["unit"] == "CNY"] == [("fiscal_revenue", "2021/2025")]


@pytest.mark.parametrize(
    ("published", "base", "end"),
    [("2025-11-29", "2020", "2025"), ("2025-06-29", "2019", "2024")],
)
def test_a_five_year_review_titled_so_late_in_a_plans_last_year_ends_in_that_year(published, base, end):
    # in November 2025 a "十四五" review's end figure was 2024's and its base 2019's
    text = "浏阳市“十四五”时期经济社会发展成就综述\n五年来，浏阳市地区生产总值从1200亿元增长到1700亿元。"
    got = claims(text, lang="zh", published=published)
    assert [(c["period"], c["value"]) for c in got] == [(base, 1200e8), (end, 1700e8)]


def test_a_plans_end_named_as_a_base_still_starts_the_span_of_an_average():
    # 相比“十三五”期末: the plan's end is a moment the five years start from, not a plan compared with (a guard
    # for 242b803, which dropped every plan after 相比 and dated the average by the years of the sentence before)
    text = (
        "2018年，浦东GDP首破万亿；2022年，海淀GDP破万亿。南山区经济体量相比“十三五”期末的6500亿元，"
        "5年跨上4个千亿级台阶，年均增长5.8%以上。"
    )
    got = claims(text, lang="zh", published="2026-01-27")
    assert [c["period"] for c in got if c["indicator"] == "gdp_growth"] == ["2021/2025"]
