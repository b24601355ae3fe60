"""The period stage: stated periods win, unstated ones follow the publication date and the document.

Sentences written for these tests; figures are illustrative.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import brief
from regionwatch import extract_claims
from regionwatch.extract._frame import url_date
from regionwatch.extract._parts import part_of_year, quarters_to_date
from regionwatch.extract._periods import frame_of, last_part
from regionwatch.extract._text import normalise
from regionwatch.extract._years import average


def claims(text, published=None, lang=None):
    return [c.to_dict() for c in extract_claims(text, lang=lang, published=published, strict=True)]


def periods(text, published=None, lang=None, indicator=None):
    return [
        (c["indicator"], c["period"], c["value"])
        for c in claims(text, published, lang)
        if indicator is None or c["indicator"] == indicator
    ]


# ------------------------------------------------------------------ the document's frame


def test_frame_of_a_communique_and_of_a_work_report():
    communique = frame_of(normalise("2024年江阴市国民经济和社会发展统计公报\n全年实现地区生产总值…"), None)
    assert (communique.review_year, communique.plan_year) == (2024, None)
    report = frame_of(normalise("2026年江阴市政府工作报告\n过去一年…"), dt.date(2026, 1, 20))
    assert (report.review_year, report.plan_year, report.plan) == (2025, 2026, True)


@pytest.mark.parametrize(
    "title",
    ["政府工作报告——2019年2月15日在醴陵市第十七届人民代表大会第四次会议上", "Liling Government Work Report 2019"],
)
def test_a_work_report_dated_in_its_title_reviews_the_year_before(title):
    report = frame_of(normalise(title + "\n过去一年…"), dt.date(2019, 2, 19))
    assert (report.review_year, report.plan_year, report.plan) == (2018, 2019, True)


@pytest.mark.parametrize("title", ["沧源2024年工作报告", "2024年汉川工作报告", "沧源县2024年工作報告"])
def test_a_work_report_without_the_word_government_reviews_the_year_before(title):
    # "沧源2024年工作报告": a plan of 2024 only, so that its review of 2023 was read as 2024's goals
    report = frame_of(normalise(title + "\n各位代表：…"), dt.date(2024, 1, 25))
    assert (report.review_year, report.plan_year, report.plan) == (2023, 2024, True)


@pytest.mark.parametrize("title", ["Highlights of Jiangxi's government work report", "江西省政府工作报告要点"])
def test_a_work_report_titled_without_a_year_out_in_spring_reviews_the_year_before(title):
    report = frame_of(normalise(title + "\n…"), dt.date(2024, 1, 23))
    assert (report.review_year, report.plan_year, report.plan) == (2023, 2024, True)


def test_a_stock_in_such_a_report_is_of_the_year_reviewed_not_a_goal():
    """Was 2024 and target: a work report titled without its year had no year reviewed."""
    text = (
        "Highlights of Jiangxi's government work report\n\nThe province boasted more than 6,800 high-tech enterprises."
    )
    got = brief(claims(text, published="2024-01-23"), "period", "kind")
    assert got == [("2023", "actual")]


def test_the_review_in_a_work_report_without_the_word_government_is_of_results():
    text = (
        "沧源2024年工作报告\n我代表县政府，向大家汇报2023年的工作成果，并对2024年的工作进行展望。\n"
        "以下是工作回顾：\n经济发展稳中向好，全年GDP同比增长8.2%。\n"
        "基础设施建设加快推进，完成基础设施投资96亿元，全县常住人口15.1万人。"
    )
    got = [(c["indicator"], c["period"], c["kind"]) for c in claims(text, published="2024-01-25")]
    assert got == [
        ("gdp_growth", "2023", "actual"),
        ("other:investment", "2023", "actual"),
        ("population", "2023", "actual"),
    ]


@pytest.mark.parametrize(
    ("head", "published", "years"),
    [
        (
            "2023年南漳县人民政府工作报告\n——2023年12月27日在南漳县第十九届人民代表大会会议上",
            "2024-05-01",
            (2023, 2024),
        ),
        (
            "2024年南漳县人民政府工作报告\n——2024年1月9日在南漳县第十九届人民代表大会会议上",
            "2024-05-01",
            (2023, 2024),
        ),  # a guard
        ("政府工作報告\n——2023年12月27日在南漳縣第十九屆人民代表大會第四次會議上", "2024-05-01", (2023, 2024)),
        (
            "Nanzhang County Government Work Report 2023\nDelivered at the Fourth Session of the 19th People's "
            "Congress of Nanzhang County on December 27, 2023",
            "2024-05-01",
            (2023, 2024),
        ),
    ],
)
def test_a_work_report_given_in_december_reviews_that_year(head, published, years):
    # the title's year was read as the year the report plans: a report given in December reviews its own year
    report = frame_of(normalise(head + "\n过去一年…"), published)
    assert (report.review_year, report.plan_year) == years


def test_a_title_of_development_goals_is_no_communique():
    # "economic and social development" in the title made it a communiqué reporting on 2022, not goals for 2022
    report = frame_of(normalise("Wujiang District work report: economic and social development goals for 2022"), None)
    assert (report.review_year, report.plan_year, report.plan) == (2021, 2022, True)


def test_an_estimate_at_a_plans_end_in_a_december_work_report_is_expected_for_every_clause():
    # figures invented for this test. In a report given in December 2025, 预计 gave 'target' (a goals document's
    # projection), and the clauses after the first ；lost the plan's last year (the average growth in between)
    text = (
        "2025年南漳县人民政府工作报告\n——2025年12月22日在南漳县第十九届人民代表大会第六次会议上\n"
        "一、“十四五”工作回顾\n五年来全县经济稳步向前。预计“十四五”末，全县经济总量跨过520亿元，年均增长6.3%；"
        "人均地区生产总值达到9.1万元，年均增长6%；社会消费品零售总额188亿元，年均增长7.5%。"
    )
    got = claims(text, published="2025-12-30", lang="zh")
    assert brief(got, "indicator", "period", "kind") == [
        ("gdp", "2025", "expected"),
        ("gdp_growth", "2021/2025", "expected"),
        ("gdp_per_capita", "2025", "expected"),
        ("other:gdp_per_capita_growth", "2021/2025", "expected"),
        ("retail_sales", "2025", "expected"),
        ("other:retail_sales_growth", "2021/2025", "expected"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Review of Government Work in Liling in 2018 2019 Government Work Report",
        "Review of Government Work in Liling in 2018 20 19 Government Work Report",  # a year split by a copy
    ],
)
def test_a_work_report_title_naming_the_year_it_reviews_reviews_that_year(title):
    # the first year of the title was taken for the report's: it reviewed the year before the one it names
    report = frame_of(normalise(title + "\nLast year was hard."), dt.date(2019, 2, 19))
    assert (report.review_year, report.plan_year) == (2018, 2019)


def test_a_crossing_in_a_five_year_review_of_a_dated_work_report_is_a_result_of_the_year_reviewed():
    text = (
        "政府工作报告——2019年2月15日在醴陵市第十七届人民代表大会第四次会议上\n\n五年来，全市经济总量跨越500亿元台阶。"
    )
    got = [c.to_dict() for c in extract_claims(text, lang="zh", published="2019-02-19")]
    assert brief(got, "region", "indicator", "period", "qualifier", "kind") == [
        ("430281", "gdp", "2018", "at_least", "actual")  # was 2019, a target: the title's date taken for the plan
    ]


@pytest.mark.parametrize(("title", "review"), [("2025年全国百强区榜单发布", None), ("2024年全国百强区榜单发布", 2024)])
def test_a_ranking_titled_with_a_year_not_yet_over_reviews_no_year(title, review):
    assert frame_of(normalise(title + "\n榜单显示…"), dt.date(2025, 7, 25)).review_year == review


def test_a_tenseless_figure_under_a_ranking_of_the_publication_year_is_the_year_before():
    text = "2025年全国百强区榜单发布\n\n浦东新区以17751.3亿元的经济总量稳居第一。"
    got = [c.to_dict() for c in extract_claims(text, lang="zh", published="2025-07-25")]
    assert brief(got, "region", "indicator", "period", "kind") == [("310115", "gdp", "2024", "actual")]  # was 2025


def test_frame_of_a_title_with_a_part_of_the_year_and_a_plan_title():
    q1 = frame_of("Wuhou district posts steady growth in Q1\n\nThe district …", dt.date(2024, 4, 28))
    assert q1.part == "Q1" and not q1.plan
    plan = frame_of("Jiangyin sets out goals for the next five years\n\nThe city …", dt.date(2021, 2, 1))
    assert plan.plan and plan.plan_year == 2025


def test_a_long_title_announcing_goals_makes_a_goals_document():
    title = (
        "Wujin District People's Government annual work report, section three: main targets for economic growth in 2026"
    )
    assert len(title) > 100 and frame_of(title + "\n\nThe district …", dt.date(2026, 1, 9)).plan


def test_a_first_line_that_is_a_sentence_is_no_title():
    """Guard: a long first line ending in a full stop is the text, not a title announcing goals."""
    first = "The district set out its goals and plans for the year at a meeting of the people's congress on Monday."
    assert not frame_of(first + "\n\nIt …", dt.date(2021, 1, 5)).plan


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("前三季度，地区生产总值", "Q1Q3"),  # not 三季度
        ("1-9月，全区", "Q1Q3"),
        ("in the first half of the year", "H1"),
        ("for the first-three-quarters of the year", "Q1Q3"),  # hyphenated: read as no part (the whole year)
        ("Tai'an GDP up 1.8% in Q1-3", "Q1Q3"),  # was Q1
        ("over the first-six-months", "H1"),
        ("上半年", "H1"),
        ("一季度", "Q1"),
        ("in the fourth quarter", "Q4"),
        ("in the first five months", "M"),
        ("本港首三季經濟", "Q1Q3"),  # Hong Kong usage: 首三季, 首九個月, 首半年, 第三季, 次季
        ("首9個月出口", "Q1Q3"),
        ("首半年本地生產總值", "H1"),
        ("其中第三季按年增長", "Q3"),
        ("次季經濟", "Q2"),
        ("首五個月", "M"),
        ("今年1到7月，全区", "M"),  # 到 as well as 至 and -
        ("崑山今年前9月GDP年增5.2%", "Q1Q3"),  # 前9月, no 个: Taiwanese usage
        ("前6月", "H1"),
        ("今年Q3 GDP年增4.8%", "Q3"),  # Q3 right after a Chinese character
        ("增速比一季度提高1.0个百分点", None),  # the base of a comparison, not the period
        ("a slowdown of 0.6 percentage points from the first quarter", None),  # "from" the part: its base
        ("retail sales in the period from January to September", "Q1Q3"),  # "from … to …": a span
        ("output rose from the first quarter to the third quarter", "Q3"),
        ("for the third consecutive quarter", None),
        ("全年", None),
        ("截至三季度末，全区实现", "Q1Q3"),  # up to the end of a quarter: the quarters to date (had been Q3 alone)
        ("截至第二季度末，全区实现", "H1"),
        ("GDP grew 5.5 percent in the year to September", "Q1Q3"),  # had been no part: the whole year
        ("for the year to June", "H1"),
    ],
)
def test_last_part(text, part):
    assert last_part(normalise(text)) == part


# ------------------------------------------------------------------ stated periods win


def test_an_explicit_year_is_never_overridden_by_the_publication_date():
    got = periods("长沙县2025年地区生产总值预计达到2400亿元。", published="2025-11-29", lang="zh")
    assert got == [("gdp", "2025", 2.4e11)]


def test_a_comparison_base_is_not_the_period():
    text = (
        "In the first half of this year, Jiangyin's GDP rose to 250.3 billion yuan, "
        "up 5.5 percent from the previous year."
    )
    got = periods(text, published="2025-08-10")
    assert got == [("gdp", "2025-H1", 2.503e11), ("gdp_growth", "2025-H1", 5.5)]


def test_a_quarter_a_change_is_measured_from_is_not_its_period():
    text = (
        "Shenzhen's GDP grew 5.1 percent in the third quarter, a slowdown of 0.6 percentage points from the "
        "second quarter."
    )
    got = [c["period"] for c in claims(text, published="2025-10-24")]
    assert got == ["2025-Q3", "2025-Q3"]


def test_last_year_against_the_publication_date():
    assert periods("Last year, Kunshan's GDP reached 500.67 billion yuan.", published="2023-03-02") == [
        ("gdp", "2022", 5.0067e11)
    ]


# ------------------------------------------------------------------ unstated: the most recent completed period


@pytest.mark.parametrize(
    ("published", "period"),
    [("2025-08-10", "2025-H1"), ("2025-07-02", "2025-H1"), ("2025-03-15", "2024-H1"), ("2025-06-20", "2024-H1")],
)
def test_an_unstated_half_year_is_the_latest_completed_one(published, period):
    got = periods("In the first half, Kunshan's GDP reached 260.1 billion yuan.", published=published)
    assert got == [("gdp", period, 2.601e11)]


@pytest.mark.parametrize(("published", "period"), [("2022-11-17", "2022-Q1Q3"), ("2022-08-01", "2021-Q1Q3")])
def test_an_unstated_first_three_quarters_is_the_latest_completed(published, period):
    got = periods("前三季度，天河区实现地区生产总值4563.6亿元。", published=published, lang="zh")
    assert got == [("gdp", period, 4.5636e11)]


def test_an_unstated_full_year_is_the_year_before_publication_and_marked_inferred():
    [c] = claims("Futian district's GDP reached 600.1 billion yuan.", published="2026-02-10")
    assert (c["period"], c["inferred"]) == ("2025", ["period"])
    [stated] = claims("Futian district's GDP reached 600.1 billion yuan in 2025.", published="2026-02-10")
    assert stated["period"] == "2025" and "period" not in stated["inferred"]


def test_a_stock_is_counted_in_the_year_of_publication():
    assert periods("Haidian district is home to 286 listed companies.", published="2026-05-01") == [
        ("listed_companies", "2026", 286)
    ]


def test_a_title_part_of_the_year_carries_until_a_full_year_is_stated():
    text = (
        "Wuhou district posts steady growth in Q1\n\n"
        "Wuhou district's GDP was 36.2 billion yuan.\n"
        "Retail sales reached 21.5 billion yuan.\n"
        "In 2023, the district's GDP was 140.5 billion yuan.\n"
        "Its fixed-asset investment rose 3.1 percent."
    )
    got = periods(text, published="2024-04-28")
    assert got == [
        ("gdp", "2024-Q1", 3.62e10),
        ("retail_sales", "2024-Q1", 2.15e10),
        ("gdp", "2023", 1.405e11),
        ("fixed_asset_investment_growth", "2023", 3.1),
    ]


def test_a_month_range_outside_the_vocabulary_is_other():
    [c] = claims("From January to May, Longgang district's retail sales reached 50.2 billion yuan.", "2025-06-20")
    assert c["indicator"].startswith("other:") and c["period"] == "2025"


# ------------------------------------------------------------------ forward-looking figures


def test_a_this_year_target_is_this_year():
    got = claims("今年，江阴市力争地区生产总值增长6%左右。", published="2025-01-20", lang="zh")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [("gdp_growth", "2025", "target")]


def test_a_goals_document_dates_its_unstated_targets_to_its_year():
    text = "Wuxi sets 2024 development goals\n\nThe city's GDP grows about 5.5 percent."  # no cue of its own
    [c] = claims(text, published="2024-02-01")
    assert (c["period"], c["kind"], c["qualifier"]) == ("2024", "target", "approx")
    assert "kind" in c["inferred"]


@pytest.mark.parametrize("done", ["has now raised", "has already raised", "目前已"])
def test_a_result_said_in_the_perfect_in_a_goals_document_is_no_goal(done):
    if done == "目前已":
        text = "慈溪市未来五年发展蓝图发布\n慈溪市目前已有国家高新技术企业629家，力争到2025年达到1000家。"
    else:
        text = "Cixi lays out blueprint for next five years\n"
        text += f"The city {done} the number of high-tech enterprises to 629. It aims to have 1,000 such firms by 2025."
    got = claims(text, published="2021-09-28")
    assert [(c["value"], c["kind"]) for c in got] == [(629, "actual"), (1000, "target")]


@pytest.mark.parametrize(
    ("title", "later"),
    [
        (
            "Ningde unveils goals for the next five years\n\n",
            "Ningde will also be home to more than 1,000 {} by that time.",
        ),
        (
            "Ningde mayor meets investors\n\n",
            "Ningde will also be home to more than 1,000 {} by that time.",
        ),  # was 2021, actual
        ("", "By then, Ningde will have more than 1,000 {}."),  # was 2021, actual: no goals title to say so
    ],
)
def test_by_that_time_takes_the_last_target_year(title, later):
    text = title + "The city aims to lift its GDP to 500 billion yuan by 2025. " + later.format("high-tech enterprises")
    got = claims(text, published="2021-03-01")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("gdp", "2025", "target"),
        ("high_tech_enterprises", "2025", "target"),
    ]


# ------------------------------------------------------------------ reviews and averages


def test_a_five_year_review_dates_its_base_and_its_end_separately():
    text = "十四五期间，长沙县地区生产总值由1808.3亿元增加到2400亿元。"
    got = periods(text, published="2026-01-10", lang="zh")
    assert got == [("gdp", "2020", 1.8083e11), ("gdp", "2025", 2.4e11)]


def test_a_past_five_years_review_in_english():
    text = "Over the past five years, Yiwu's GDP rose from 121 billion yuan to 195 billion yuan."
    assert periods(text, published="2026-02-01") == [("gdp", "2020", 1.21e11), ("gdp", "2025", 1.95e11)]


@pytest.mark.parametrize("span", ["这五年", "近5年", "These five years saw"])
def test_these_five_years_open_a_review_as_the_past_five_do(span):
    if span.isascii():
        text = f"{span} Yiwu's GDP rise from 121 billion yuan to 195 billion yuan."
    else:
        text = f"{span}，义乌市的GDP从1210亿元增长到1950亿元，总量稳居全省县级市前列。"
    got = periods(text, published="2026-02-10", lang="en" if span.isascii() else "zh")
    assert got == [("gdp", "2020", 1.21e11), ("gdp", "2025", 1.95e11)]  # the base was 2024


@pytest.mark.parametrize(
    "text",
    [
        "过去五年，义乌市综合实力显著增强。全市一般公共预算收入由81亿元增至112亿元；高新技术企业从300家增加到820家。",
        "Yiwu grew stronger over the past five years. Its general public budget revenue rose from 8.1 billion yuan to "
        "11.2 billion yuan, and its high-tech enterprises from 300 to 820.",
    ],
)
def test_a_review_goes_on_after_the_sentence_that_opens_it_and_counts_change_too(text):
    got = periods(text, published="2026-02-01", lang="zh" if "义乌" in text else "en")
    assert [(i, p) for i, p, _ in got] == [
        ("fiscal_revenue", "2020"),
        ("fiscal_revenue", "2025"),
        ("high_tech_enterprises", "2020"),
        ("high_tech_enterprises", "2025"),  # the end of the change is a count of the same firms
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("“十四五”时期，义乌市经济总量由1210亿元增至1950亿元；高新技术企业由300家增加到820家。", "zh"),
        (
            "During the 14th Five-Year Plan period, Yiwu's GDP rose from 121 billion yuan to 195 billion yuan. "
            "Its high-tech enterprises grew from 300 to 820.",
            "en",
        ),
    ],
)
def test_a_plan_period_named_in_a_review_holds_for_its_later_clauses(text, lang):
    """十四五时期 opens a review of the plan's five years, as 过去五年 does: the base of a later 由X增加到Y is
    2020's, not the year before the end's."""
    got = periods(text, published="2026-02-01", lang=lang)
    assert [(i, p) for i, p, _ in got] == [
        ("gdp", "2020"),
        ("gdp", "2025"),
        ("high_tech_enterprises", "2020"),
        ("high_tech_enterprises", "2025"),
    ]


def test_a_review_ends_at_a_paragraph_opening_with_a_time_of_its_own():
    # a review opening a paragraph goes on in the paragraphs after it (test_extract_reports), until one opens so
    text = "过去五年，义乌市综合实力显著增强。\n\n去年，义乌市一般公共预算收入由105亿元增至112亿元。"
    assert periods(text, published="2026-02-01", lang="zh") == [
        ("fiscal_revenue", "2024", 1.05e10),
        ("fiscal_revenue", "2025", 1.12e10),
    ]


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Yiwu Municipal Government Work Report 2026\n\n", "Review of Our Work in the Past Five Years\n\n"),
        ("", "Review of Our Work in the Past Five Years\n\n"),  # the review's own page: its title
    ],
)
def test_a_review_heading_holds_for_every_paragraph_below_it(title, heading):
    text = (
        title
        + heading
        + "Yiwu grew stronger over the past five years.\n\n"
        + "The disposable income per person of urban residents climbed from 71,000 yuan to 92,000 yuan.\n\n"
        + "Main Targets for 2026\n\nGDP growth of about 6 percent."
    )
    got = [(c["indicator"], c["period"], c["kind"]) for c in claims(text, published="2026-01-20")]
    assert got == [
        ("other:urban_disposable_income_per_capita", "2020", "actual"),  # urban, the pair's second too
        ("other:urban_disposable_income_per_capita", "2025", "actual"),  # not the report's own year, not a goal
        ("gdp_growth", "2026", "target"),
    ]


def test_average_growth_over_a_span_of_years():
    text = "The average economic growth rate of Chongqing in 10 years till 2015 was 13.1 percent."
    assert periods(text) == [("gdp_growth", "2006/2015", 13.1)]


@pytest.mark.parametrize(
    "text",
    [
        "Per a 2021 study, the average annual growth of Chongqing's GDP between 2005 and 2015 was 13.1 percent.",
        "The average annual growth of Chongqing's GDP in the decade to 2015 was 13.1 percent.",
    ],
)
def test_average_growth_named_as_the_clauses_subject_is_over_its_years(text):
    assert periods(text) == [("gdp_growth", "2006/2015", 13.1)]


@pytest.mark.parametrize("said", ["has been about", "was closer to"])
def test_the_average_after_an_average_growth_is_that_growth_over_its_own_years(said):
    """Was other:percent (or other:percent_not_reached), dated 2015: "the average" is of the rate before it."""
    text = (
        "Wujin's economy grew 11 percent a year on average in the decade to 2015. "
        f"In the five years since 2020, the average {said} 5 percent."
    )
    got = brief(claims(text, published="2026-01-28"), "region", "indicator", "period", "value", "qualifier")
    assert got == [
        ("320412", "gdp_growth", "2006/2015", 11.0, "exact"),
        ("320412", "gdp_growth", "2021/2025", 5.0, "approx"),
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("近十年，昆山市地区生产总值年均增长6.8%。", "2015/2024"),
        ("近三年，昆山市GDP年均增长5.2%。", "2022/2024"),
        ("Over the past decade, Kunshan's GDP grew at an average annual rate of 6.8 percent.", "2015/2024"),
        ("Kunshan's GDP grew by an average of 5.2 percent annually over the past three years.", "2022/2024"),
        ("“十四五”以来，昆山市GDP年均增长5.5%。", "2021/2024"),
        ("昆山市近三年GDP平均增速为5.2%。", "2022/2024"),  # 平均 after so many years, no 年均
        ("五年来，昆山市地区生产总值平均增长6.1%。", "2020/2024"),
        ("昆山市过去10年GDP平均增长6.8%。", "2015/2024"),
    ],
)
def test_average_growth_over_the_years_a_sentence_names(text, period):
    [claim] = extract_claims(text, published="2025-03-01", strict=True)
    assert (claim.indicator, claim.period) == ("gdp_growth", period)


@pytest.mark.parametrize(
    ("text", "period"),
    [("前3季度，昆山市地区生产总值4100亿元。", "2025-Q1Q3"), ("前两个季度，昆山市地区生产总值2700亿元。", "2025-H1")],
)
def test_quarters_counted_in_digits_or_as_two(text, period):
    [claim] = extract_claims(text, published="2025-10-28", strict=True)
    assert claim.period == period


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Futian has averaged 6.2 percent growth over the past five years.", "2021/2025"),
        ("Kunshan's economy grew by an average of 7 percent a year between 2016 and 2024.", "2017/2024"),
        ("2016—2024年，昆山市地区生产总值年均增长7%。", "2017/2024"),
        ("Over the last 5 years Futian's GDP has annually increased by 6.2%.", "2021/2025"),  # was 2025
        ("In the past five years, Futian's GDP has grown at an annual rate of 6.2%.", "2021/2025"),
    ],
)
def test_average_growth_said_as_averaged_or_between_two_years(sentence, period):
    assert brief(claims(sentence, published="2026-02-10"), "indicator", "period") == [("gdp_growth", period)]


def test_a_years_growth_before_an_annual_rate_of_a_decade_keeps_its_year():  # a guard: 'annual' is the next clause's
    cs = claims("Futian's GDP grew 6.2% in 2025, with annual growth over the past decade near 7%.", "2026-02-10")
    assert brief(cs, "value", "period")[0] == (6.2, "2025")


def test_a_national_average_compared_with_is_not_an_average_over_years():
    cs = claims("Futian's GDP grew 5.5 percent in 2025, higher than the national average of 5 percent.", "2026-02-10")
    assert brief(cs, "region", "period") == [("440304", "2025"), ("CN", "2025")]


def test_the_year_a_sentence_speaks_of_is_its_latest_result_not_its_comparison_base():
    text = (
        "Nanshan's GDP reached 1.05 trillion yuan in 2025, up from 950 billion yuan in 2024. "
        "Futian came second at 620 billion yuan."
    )
    assert brief(claims(text, "2026-03-01"), "region", "period") == [
        ("440305", "2025"),
        ("440305", "2024"),
        ("440304", "2025"),
    ]


def test_a_year_later_is_the_year_after_the_one_spoken_of():
    text = "In 2023, Guangming produced 150 billion yuan of output; a year later the figure was 168 billion yuan."
    assert brief(claims(text, "2026-03-01"), "period", "value") == [("2023", 1.5e11), ("2024", 1.68e11)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2025年，长沙县GDP达到2350亿元，而10年前仅为千亿元左右。", "2015"),
        ("Changsha County's GDP hit 235 billion yuan in 2025; a decade ago it was about 100 billion yuan.", "2015"),
        ("Changsha County's GDP hit 235 billion yuan in 2025; two decades ago it was 30 billion yuan.", "2005"),
    ],
)
def test_years_ago_count_back_from_the_year_spoken_of(text, period):
    assert brief(claims(text, "2026-03-01"), "period")[-1] == (period,)


def test_a_year_before_a_part_of_the_year_is_not_years_ago():
    assert brief(claims("2025年前三季度，长沙县GDP达到1750亿元。", "2026-03-01"), "period") == [("2025-Q1Q3",)]


def test_next_year_is_the_year_after_publication():
    cs = claims("Longgang's GDP is projected to grow 5 percent next year.", "2025-11-20")
    assert brief(cs, "period", "kind") == [("2026", "expected")]


def test_a_full_year_said_after_the_figure_leaves_the_part_said_before_it():
    text = (
        "In the first three quarters, Kunshan's GDP grew 5.3 percent, "
        "and the city expects 5.5 percent growth for the full year."
    )
    assert brief(claims(text, "2025-11-20"), "period") == [("2025-Q1Q3",), ("2025",)]


@pytest.mark.parametrize(
    "text",
    [
        "下半年，武侯区将力争全年地区生产总值突破1650亿元。",
        "In the second half, Wuhou district will work to push full-year GDP past 165 billion yuan.",
    ],
)
def test_the_whole_year_named_after_a_half_dates_the_figure(text):
    assert brief(claims(text, "2025-07-30"), "period", "kind") == [("2025", "target")]


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("Over the past year, Kunshan's economy grew by about 5.5 percent.", "2025-12-20", "2025"),
        ("Over the past year, Kunshan's economy grew by about 5.5 percent.", "2026-01-20", "2025"),
        ("过去一年，昆山市地区生产总值增长5.5%左右。", "2025-12-20", "2025"),
        ("过去一年，昆山市地区生产总值增长5.5%左右。", "2026-01-20", "2025"),
    ],
)
def test_the_past_year_is_the_year_ending_at_publication(text, published, period):
    assert [c["period"] for c in claims(text, published)] == [period]


def test_the_same_quarter_last_year_is_the_comparison():
    cs = claims("Pudong's Q2 GDP rose 6 percent from the same quarter last year.", "2025-07-20")
    assert brief(cs, "period") == [("2025-Q2",)]


@pytest.mark.parametrize(
    ("text", "period", "kind"),
    [
        ("“十五五”时期，海淀区力争地区生产总值年均增长6%左右。", "2026/2030", "target"),
        ("今后五年，龙岗区GDP年均增长6%以上。", "2025/2029", "target"),
        ("“十四五”期间，海淀区地区生产总值年均增长6.2%。", "2021/2024", "actual"),
        ("相比“十三五”期末，海淀区5年来地区生产总值年均增长6.2%。", "2020/2024", "actual"),
    ],
)
def test_an_average_over_a_plan_or_the_years_to_come(text, period, kind):
    assert brief(claims(text, "2025-01-20"), "period", "kind") == [(period, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "龙岗区地区生产总值：2020年4000亿元，2025年5400亿元，年均增长6.2%。",
        "Longgang's GDP was 400 billion yuan in 2020 and is to reach 540 billion yuan in 2025, an average annual "
        "growth rate of 6.2 percent.",
        "Main goals of Longgang for the next five years\nRegional GDP: 400 billion yuan in 2020; 540 billion yuan in "
        "2025; an average annual growth rate of 6.2%.",
    ],
)
def test_an_average_after_two_levels_is_over_the_years_between_them(text):
    # a plan's line "X in 2020; Y in 2025; an average annual growth rate of 10%" (written in 2021): the growth
    # was 2016/2020 or 2021/2024 and a result, the 2025 level a result too
    got = claims(text, "2021-06-30")
    assert brief(got, "period", "kind") == [("2020", "actual"), ("2025", "target"), ("2021/2025", "target")]


@pytest.mark.parametrize(
    "label",
    [
        "The average annual growth of investment in fixed assets",
        "Fixed-asset investment, average annual growth",
    ],
)
def test_an_average_labelled_in_a_fact_box_under_a_plans_goals_is_over_the_plans_years(label):
    # a label saying "average annual" more than 40 characters before its rate, under a heading naming the plan:
    # the rate was 2025 alone
    text = (
        "Longgang sets out its goals\nSource: district government Date: 2021-06-30 15:54\n"
        "Main Goals of Economic and Social Development during the 14th Five-Year Plan\n"
        "Per capita disposable income of rural residents: 31,235 yuan in 2020; 45,895 yuan in 2025.\n"
        f"Regional GDP: 400 billion yuan in 2020; 540 billion yuan in 2025.\n{label}: 10%.\n"
    )
    got = claims(text, "2021-06-30")
    assert brief(got, "indicator", "period")[-1] == ("fixed_asset_investment_growth", "2021/2025")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Over the next five years, Longgang will strive to grow its economy by more than 6 percent a year.",
            "2025/2029",
        ),
        ("Between 2021 and 2025, Haidian's GDP grew at an average annual rate of 6.2 percent.", "2021/2025"),
        ("2021—2025年，海淀区地区生产总值年均增长6.2%。", "2021/2025"),
        ("During 2021-2025, Haidian's GDP grew at an average annual rate of 6.2 percent.", "2021/2025"),
        ("In the plan period (2021-25), Haidian's GDP grew at an average annual rate of 6.2 percent.", "2021/2025"),
    ],
)
def test_a_rate_a_year_over_years_and_a_plans_five_years(text, period):
    assert brief(claims(text, "2025-01-20"), "indicator", "period") == [("gdp_growth", period)]


def test_a_place_that_set_a_growth_target_set_its_economys():
    cs = claims("Futian is in Shenzhen. The district set a growth target of around 5.5 percent for 2025.", "2025-01-20")
    assert brief(cs, "region", "indicator", "period", "kind") == [("440304", "gdp_growth", "2025", "target")]


# ------------------------------------------------------------------ spans of years (_years.py), directly


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("During 2021-2025, GDP grew.", (2021, 2025)),
        ("In the plan period (2021-25), GDP grew.", (2021, 2025)),
        ("On 2025-01-20, the bureau said GDP grew.", None),  # a date, not a span
        ("In 2025-26, GDP grew.", (2025, 2026)),
        ("Between 2024 and 2020, nothing.", None),  # backwards: no span
    ],
)
def test_the_years_a_span_names(sentence, named):
    from regionwatch.extract._years import years_named

    assert years_named(sentence) == named


@pytest.mark.parametrize(
    ("sentence", "after", "reported", "pub_year", "span"),
    [
        ("近三年，GDP年均增长5.2%。", "。", 2024, 2025, "2022/2024"),
        ("“十四五”以来，GDP年均增长5.5%。", "。", 2024, 2025, "2021/2024"),
        ("“十五五”时期，GDP年均增长6%左右。", "左右。", 2024, 2025, "2026/2030"),
        ("GDP grew 6 percent a year between 2016 and 2024.", " a year between", 2024, 2025, "2017/2024"),
        ("GDP grew 6 percent in 2024.", " in 2024.", 2024, 2025, None),  # not an average
    ],
)
def test_the_span_an_average_is_over(sentence, after, reported, pub_year, span):
    from regionwatch.extract._years import average

    before = sentence[: sentence.find(after)] if after in sentence else sentence
    assert average(sentence, before, after, reported, pub_year) == span


def test_plans_and_years_ago():
    from regionwatch.extract._years import YEARS_AGO, count_of, plan_end

    assert plan_end("“十四五”期末") == 2025 and plan_end("the 15th Five-Year Plan") == 2030 and plan_end("2025") is None
    text = "10年前; two years ago; a decade ago; 2024年前三季度"
    assert [count_of(m) for m in YEARS_AGO.finditer(text)] == [10, 2, 10]


def test_an_infobox_year_in_brackets_after_the_figure():
    text = "武侯区\n面积：75.36平方千米\n人口：117.6万（2023年常住人口）\nGDP：1375.2亿元（2023年）\n"
    assert brief(claims(text, "2025-03-01"), "indicator", "period") == [
        ("area", "2025"),
        ("population", "2023"),
        ("gdp", "2023"),
    ]
    cs = claims("Wuhou district GDP: 137.5 billion yuan (2023 est.)", "2025-03-01")
    assert brief(cs, "period", "kind") == [("2023", "expected")]


def test_a_stock_counted_in_a_quarter_is_dated_by_its_year():
    cs = claims("一季度，南山区新增国家高新技术企业120家，累计达到5200家。", "2025-04-20")
    assert brief(cs, "indicator", "period") == [
        ("other:added_high_tech_enterprises", "2025-Q1"),
        ("high_tech_enterprises", "2025"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "继2018年浦东新区、2022年海淀区之后，南山区成为全国第三个GDP突破万亿元的城区。",
        "After Pudong in 2018 and Haidian in 2022, Nanshan became the third district whose GDP topped 1 trillion yuan.",
    ],
)
def test_the_years_of_the_places_gone_before_are_not_the_subjects(text):
    nanshan = [c for c in claims(text, "2026-02-10") if c["region"] == "440305"]
    assert brief(nanshan, "period", "qualifier") == [("2025", "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan leads China's county economies. Last year the city's GDP reached 530 billion yuan, "
        "and the city had 3,100 high-tech firms.",
        "去年，昆山市地区生产总值5300亿元，全市共有高新技术企业3100家。",
    ],
)
def test_a_year_opening_the_sentence_dates_all_its_figures(text):
    assert {c["period"] for c in claims(text, "2026-03-01")} == {"2025"}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("龙岗区上半年GDP增长5.5%，下半年预计增长6%。", "2025-H2"),
        ("Economists forecast that Shenzhen's economy will expand 5.5 percent in the second half.", "2025-H2"),
    ],
)
def test_the_second_half_of_the_year_is_its_own_period(text, period):
    assert claims(text, published="2025-07-20")[-1]["period"] == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Futian in focus\n\nBy a staff writer | January 15, 2025\n\nFutian's GDP grew 5.2 percent last year.", "2024"),
        ("发布时间：2025-03-03\n\n去年福田区GDP为6200亿元。", "2024"),
        ("来源：区统计局  2016年7月22日\n\n去年，福田区GDP增长9.1%。", "2015"),
        ("Futian in focus\n\n30/07/2025 10:20\n\nIn the first half, Futian's GDP grew 5.2 percent.", "2025-H1"),
        ("Futian in focus\n\n07/30/2025\n\nIn the first half, Futian's GDP grew 5.2 percent.", "2025-H1"),
    ],
)
def test_a_document_without_a_publication_date_is_dated_by_its_dateline(text, period):
    assert [c["period"] for c in claims(text, published=None)] == [period]


@pytest.mark.parametrize(
    ("url", "period"),
    [
        ("https://news.example.com/2019-07/31/c_269082.htm", "2019-H1"),
        ("https://epaper.example.cn/shtml/daily/20210803/723185.shtml", "2021-H1"),
        ("http://www.example.gov.cn/tjj/sjjd/202508/t20250803_15134696.html", "2025-H1"),
        ("https://www.example.com/news/2023/0802/477590.shtml", "2023-H1"),
        ("http://www.example.gov.cn/art/2024/8/2/art_1229_20274.html", "2024-H1"),
        ("https://www.example.com/news/show/86c18122b16351d5.html", None),  # no date: nothing to date it by
    ],
)
def test_a_document_without_a_publication_date_is_dated_by_its_address(url, period):
    # an undated page's address gives its day (a paper files stories by it): 'the first half of this year' had
    # no year, or the years the text compared with (比2019年同期) dated it
    text = "Futian in focus\n\nIn the first half of this year, Futian's GDP grew 5.2 percent."
    got = extract_claims(text, published=None, source_url=url)
    assert [c.period for c in got] == ([period] if period else [])


def test_an_address_older_than_the_year_its_figures_are_of_does_not_date_the_page():
    # a district page filed in 2020 (…/t20200622_…) and brought up to 2023: the 2023 figures were read as 2019's
    text = "2023年，江岸区完成地区生产总值1625.35亿元。其中，第三产业增加值1325.87亿元。"
    url = "https://dfz.example.gov.cn/sqgk/202006/t20200622_1383023.shtml"
    got = extract_claims(text, published=None, source_url=url)
    assert [c.period for c in got] == ["2023", "2023"]


@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date.today()), st.sampled_from(range(5)))
@settings(max_examples=200, deadline=None)
def test_an_address_gives_back_the_day_it_was_filed_under(day, style):
    path = [
        f"/{day:%Y-%m}/{day:%d}/c_123456.htm",
        f"/shtml/daily/{day:%Y%m%d}/723185.shtml",
        f"/sjjd/{day:%Y%m}/t{day:%Y%m%d}_15134696.html",
        f"/news/{day:%Y}/{day:%m%d}/477590.shtml",
        f"/art/{day.year}/{day.month}/{day.day}/art_1229_20274.html",
    ][style]
    assert url_date("https://www.example.com" + path + "?id=20990101") == day


@pytest.mark.parametrize(
    "text",
    [
        "Hangzhou released figures for the first three quarters. In 2022, Yinzhou surpassed Yuhang. However, this "
        "year, Yuhang has shown better growth in the first three quarters. Fuyang's GDP is 68.99 billion yuan, with a "
        "year-on-year increase of 5.2%.",
        "杭州公布前三季度数据。2022年，鄞州区超过余杭区。今年以来，余杭区前三季度增速更快。富阳区GDP为689.9亿元，同比增长5.2%。",
    ],
)
def test_a_sentence_opened_by_this_year_ends_the_year_said_before(text):
    # "In 2022, Yinzhou surpassed Yuhang. However, this year, …": the 2022 went on to this year's figures
    assert [c["period"] for c in claims(text, "2023-11-02")] == ["2023-Q1Q3", "2023-Q1Q3"]


def test_a_date_the_text_counts_to_dates_the_document_after_it():
    text = "截至2025年6月30日，福田区共有上市公司120家。去年福田区GDP为6100亿元。"
    assert brief(claims(text, published=None))[-1] == ("440304", "gdp", "2024", 6100e8)


def test_a_year_after_the_figure_takes_it_out_of_the_part_named_before():
    text = "Futian's GDP grew 5.2 percent in the first half, and reached 620 billion yuan last year."
    assert [c["period"] for c in claims(text, published="2025-08-03")] == ["2025-H1", "2024"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("二〇二四年上半年，福田区GDP增长5.2%。", ["2024-H1"]),  # a year in Chinese numerals
        (  # the date under a long article
            "今年上半年，福田区GDP增长5.2%。\n"
            + "区内企业稳步发展，消费市场持续回暖。\n" * 30
            + "责任编辑：李四  2024.07.20",
            ["2024-H1"],
        ),
        ("今年上半年，福田区GDP增速5.2%，创1994年以来同期新高。", []),  # a span's start dates no figure
        ("今年上半年，福田区新增企业1983家，GDP增长5.2%。", []),  # a count is no year to date the text by
    ],
)
def test_the_year_of_a_document_without_a_date(text, periods):
    assert [c["period"] for c in claims(text, published=None) if c["indicator"] == "gdp_growth"] == periods


@pytest.mark.parametrize(
    "text",
    [
        "2024年上半年福田区经济运行情况\n\n今年上半年，福田区GDP增长5.2%。",
        "Futian's economy in the first half of 2024\n\nIn the first half of this year, Futian's GDP grew 5.2 percent.",
    ],
)
def test_an_undated_text_naming_a_part_of_a_year_speaks_from_within_that_year(text):
    # a half-year's figures are published within the year: 今年 / "this year" is 2024, not the year after
    assert [c["period"] for c in claims(text, published=None)] == ["2024-H1"]


def test_the_year_before_the_year_spoken_of():
    text = "Kunshan's GDP grew 5.5 percent to 530 billion yuan in 2024. It produced 480 billion yuan the year before."
    assert [c["period"] for c in claims(text, published="2025-03-01")][-1] == "2023"


def test_an_undated_text_is_dated_by_the_years_of_its_figures_not_of_its_history():
    text = "义乌市概况\n\n义乌市1988年撤县设市，1991年经国务院批准对外开放。\n"
    text += "今年上半年，全市实现地区生产总值1000亿元。"
    assert claims(text, published=None) == []  # no year of a figure: "this year" cannot be dated (not 1992)
    text = "义乌市概况\n\n2023年，义乌市实现地区生产总值2000亿元。\n今年上半年，全市实现地区生产总值1000亿元。"
    assert [c["period"] for c in claims(text, published=None)] == ["2023", "2024-H1"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Kunshan's GDP grew 5.8 percent in the six months to June.", "2023-H1"),
        ("Kunshan's GDP grew 5.8 percent in the first two quarters.", "2023-H1"),
        ("Kunshan's first-half GDP grew 5.8 percent.", "2023-H1"),
        ("Kunshan reported half-year GDP of 260.1 billion yuan.", "2023-H1"),
        ("Kunshan's GDP grew 5.8 per cent in the half-year.", "2023-H1"),
        ("Kunshan's GDP grew 5.8 percent in the second half of the year.", "2022-H2"),
        ("Kunshan's GDP grew 5.8 percent in the second half-year.", "2022-H2"),
        ("Kunshan's GDP grew 5.8 percent in the April-June quarter.", "2023-Q2"),
        ("Kunshan's GDP grew 5.8 percent in the three months to March.", "2023-Q1"),
        ("Kunshan's GDP grew 5.8 percent in the nine months to September.", "2022-Q1Q3"),
    ],
)
def test_parts_of_a_year_said_as_months_to_a_month_or_a_named_quarter(text, period):
    assert [c["period"] for c in claims(text, published="2023-08-10")] == [period]


def test_growth_opening_a_sentence_with_no_measure_is_the_economys():
    text = "Kunshan posted strong numbers.\n\nGrowth in the first six months was 5.8 percent, the city said."
    assert brief(claims(text, published="2023-08-10"), "indicator", "period") == [("gdp_growth", "2023-H1")]
    text = "Kunshan posted strong numbers.\n\nGrowth of exports was 3 percent."
    assert brief(claims(text, published="2023-08-10"), "indicator") == [("other:exports_growth",)]


def test_a_stock_at_the_end_of_the_year_is_counted_in_the_year_reported():
    text = (
        "In 2023, Longgang realized a regional GDP of 465.1 billion yuan.\n\n"
        "By the end of the year, the number of national high-tech enterprises in the district had reached 4,620."
    )
    assert brief(claims(text, published="2024-05-10"), "indicator", "period")[-1] == ("high_tech_enterprises", "2023")
    text = (
        "In 2023, Longgang realized a regional GDP of 465.1 billion yuan. Its population was 3.98 million at year-end."
    )
    assert brief(claims(text, published="2024-02-10"), "indicator", "period")[-1] == ("population", "2023")
    text = "Longgang's GDP came to 465.1 billion yuan. It had 3.98 million residents at the end of the year."
    assert brief(claims(text, published="2024-02-10"), "indicator", "period")[-1] == ("population", "2023")
    text = "龙岗区概况\n\n年末全区常住人口398万人。"
    assert brief(claims(text, published="2024-02-10"), "indicator", "period") == [("population", "2023")]
    text = "龙岗区概况\n\n全区常住人口398万人。"  # guard: a stock said now is counted now
    assert brief(claims(text, published="2024-02-10"), "indicator", "period") == [("population", "2024")]


def test_a_sentence_breaking_the_year_down_by_quarter_does_not_change_the_period_spoken_of():
    text = (
        "福田区：2024年经济运行情况\n\n2024年，福田区地区生产总值6340.1亿元，同比增长5.1%。"
        "分季度看，一季度增长4.6%，上半年增长4.9%，前三季度增长5.0%。\n\n全区社会消费品零售总额1650.3亿元。"
    )
    got = brief(claims(text, published="2025-02-05"), "indicator", "period")
    assert got[2:5] == [("gdp_growth", "2024-Q1"), ("gdp_growth", "2024-H1"), ("gdp_growth", "2024-Q1Q3")]
    assert got[-1] == ("retail_sales", "2024")  # not the last part the breakdown named
    text = "福田区2025年一季度经济运行情况\n\n一季度，福田区GDP增长5.2%。\n\n全区社会消费品零售总额410亿元。"  # guard
    assert brief(claims(text, published="2025-04-20"), "period")[-1] == ("2025-Q1",)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Cixi had a resident population of 1,829,488 at the 2020 census.", "2020"),
        ("根据第七次全国人口普查数据，慈溪市常住人口为1829488人。", "2020"),
        ("慈溪市七普常住人口182.9万人。", "2020"),
        ("据第六次全国人口普查，慈溪市常住人口146.2万人。", "2010"),
        ("According to the seventh national census, Cixi had 1,829,488 permanent residents.", "2020"),
        ("Cixi had 1,829,488 residents at the time of the seventh national population census.", "2020"),
    ],
)
def test_a_census_figure_is_dated_by_its_census(text, period):
    assert [c["period"] for c in claims(text, published="2024-08-01")] == [period]


@pytest.mark.parametrize(
    "text",
    [
        "慈溪市位于宁波市北部。目前，慈溪市辖15个镇，常住人口1829488人（第七次全国人口普查）。",
        "Cixi lies north of Ningbo. At present Cixi has a population of 1,829,488 (seventh national census).",
    ],
)
def test_a_census_named_in_brackets_after_the_figure_dates_it_though_the_sentence_says_today(text):
    got = [(c["period"], c["inferred"]) for c in claims(text, published="2024-08-01") if c["unit"] == "persons"]
    assert got == [("2020", [])]


def test_as_of_a_year_dates_the_figure_after_it_and_is_no_comparison():
    text = "Cixi covers 1,361 square kilometres and, as of the 2020 census, had a population of 1,829,488."
    assert brief(claims(text, published="2024-08-01"), "indicator", "period") == [
        ("area", "2024"),
        ("population", "2020"),
    ]


def test_the_year_of_the_base_after_up_from_does_not_date_the_figure_before_it():
    text = "Cixi's GDP per capita rose to 168,000 yuan, up from 131,000 yuan in 2020."
    assert brief(claims(text, published="2025-05-01"), "period", "value") == [("2024", 168000), ("2020", 131000)]


@pytest.mark.parametrize(
    "text",
    [
        "Cixi's GDP per capita rose to 168,000 yuan from 131,000 yuan in 2020.",  # no "up": the base's year still
        "Cixi's growth eased to 6.1% from 7% in 2020.",
        "Cixi's growth eased to 6.1 percent from 7.0 percent in 2020.",
    ],
)
def test_the_year_of_a_base_right_after_the_figure_does_not_date_it(text):
    got = brief(claims(text, published="2025-05-01"), "period")
    assert got == [("2024",), ("2020",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the seventh national census, Cixi had 1,829,488 permanent residents, "
            "up from 1,462,383 in the sixth national census.",
            [("population", "2020", 1829488), ("population", "2010", 1462383)],
        ),
        (
            "Cixi had 1.83 million residents in 2020, up from 1.46 million in 2010.",
            [("population", "2020", 1.83e6), ("population", "2010", 1.46e6)],
        ),
        (
            "Cixi had 21 listed companies in 2024, up from 9 in 2019.",
            [("listed_companies", "2024", 21), ("listed_companies", "2019", 9)],
        ),
        (
            "慈溪市常住人口183万人，比2010年的146万增加37万。",
            [("population", "2024", 1.83e6), ("population", "2010", 1.46e6)],
        ),
    ],
)
def test_a_bare_number_a_count_is_compared_with_is_that_count_then(text, expected):
    got = [c for c in claims(text, published="2024-08-01") if not c["indicator"].startswith("other:")]
    assert brief(got, "indicator", "period", "value") == expected


def test_a_figure_at_a_years_prices_is_not_of_that_year():
    """Guard: 'at 2020 prices' is a price base, not a period."""
    got = claims("Cixi's GDP was 264 billion yuan in 2023 at 2020 prices.", published="2024-08-01")
    assert [c["period"] for c in got] == ["2023"]


WORK_REPORT = (
    "政府工作报告\n"
    "——2025年1月9日在龙岗区第七届人民代表大会第六次会议上\n\n"
    "一、2024年工作回顾\n"
    "过去一年，全区地区生产总值增长5.2%，达到5390亿元；新增国家高新技术企业150家，总数达2430家。\n\n"
    "二、过去五年的主要成就\n"
    "五年来，全区地区生产总值年均增长6.1%；每万人发明专利拥有量达到62件。\n\n"
    "三、2025年主要预期目标\n"
    "地区生产总值增长5.5%左右。\n"
)


def test_a_work_report_takes_its_place_from_the_congress_it_was_given_to():
    # 龙岗区第七届人民代表大会: 第七届 is a session number, not a ranking ("龙岗区第七" would be one)
    cs = claims(WORK_REPORT, "2025-01-20", "zh")
    assert {c["region"] for c in cs} == {"440307"}


def test_a_stock_in_a_section_reviewing_a_past_year_is_that_years():
    cs = claims(WORK_REPORT, "2025-01-20", "zh")
    assert brief(cs, "indicator", "period", "kind") == [
        ("gdp_growth", "2024", "actual"),
        ("gdp", "2024", "actual"),
        ("other:added_high_tech_enterprises", "2024", "actual"),
        ("high_tech_enterprises", "2024", "actual"),
        ("gdp_growth", "2020/2024", "actual"),
        ("invention_patents_per_10k", "2024", "actual"),  # the five years reviewed ended in 2024
        ("gdp_growth", "2025", "target"),
    ]


def test_holdings_per_10000_after_a_semicolon_keep_the_lists_year():
    # 拥有量 ("holdings") is a noun, not the present-tense 拥有 ("has") that would date it at publication
    text = "龙岗区2024年新增国家高新技术企业150家；每万人发明专利拥有量达到62件。"
    assert brief(claims(text, "2025-06-20", "zh"), "indicator", "period")[-1] == ("invention_patents_per_10k", "2024")


def test_a_year_after_a_figure_dates_a_later_clause_that_grew_to_a_level():
    # "grew to" is no span from the figure before ("from X in 2013 to Y"): the sentence's year holds
    text = "Kunshan's exports rose to 400 billion yuan in 2024, while its population grew to 2.1 million."
    assert brief(claims(text, "2025-05-15"), "indicator", "period")[-1] == ("population", "2024")
    text = "China's GDP grew from 56.88 trillion yuan in 2013 to 126 trillion yuan."
    assert [c["period"] for c in claims(text, "2025-05-15")] == ["2013", "2024"]


HISTORY_EN = (
    "When Pudong was opened up in 1990, its GDP stood at just 6 billion yuan. By 2000 it had reached 92 billion "
    "yuan, and a decade later it passed 470 billion yuan. It crossed the trillion-yuan threshold in 2018."
)
HISTORY_ZH = "1990年，浦东地区生产总值仅60亿元。2000年，浦东GDP突破900亿元；2010年达到4700亿元；2018年突破1万亿元。"


def test_a_history_dates_each_figure_by_its_year_or_so_many_years_later():
    assert brief(claims(HISTORY_EN, "2025-04-18"), "indicator", "period", "value") == [
        ("gdp", "1990", 6e9),
        ("gdp", "2000", 92e9),
        ("gdp", "2010", 470e9),  # "a decade later": ten years after the year spoken of
        ("gdp", "2018", 1e12),  # "the trillion-yuan threshold" crossed: a level without a number
    ]


def test_a_chinese_history_list_keeps_its_measure_after_each_semicolon():
    assert brief(claims(HISTORY_ZH, "2025-04-18", "zh"), "indicator", "period") == [
        ("gdp", "1990"),
        ("gdp", "2000"),
        ("gdp", "2010"),
        ("gdp", "2018"),
    ]


def test_an_english_five_year_review_with_its_years_in_brackets():
    text = (
        "During the 14th Five-Year Plan period (2021-2025), Bao'an's GDP rose from 361.2 billion yuan to "
        "535 billion yuan, an average annual increase of 6 percent."
    )
    assert [c["period"] for c in claims(text, "2026-01-15")] == ["2020", "2025", "2021/2025"]


def test_a_month_range_goes_on_over_the_clauses_and_sentences_after_it():
    text = (
        "1-5月，福田区规模以上工业增加值同比增长6.2%；社会消费品零售总额达到1105.3亿元，同比增长4.1%。"
        "一般公共预算收入完成143.2亿元。\n\n一季度，福田区实现地区生产总值1510.2亿元。"
    )
    got = brief(claims(text, published="2025-06-25"), "indicator", "period")
    assert got[1:4] == [
        ("other:retail_sales_months", "2025"),
        ("other:retail_sales_growth_months", "2025"),
        ("other:fiscal_revenue_months", "2025"),
    ]
    assert got[-1] == ("gdp", "2025-Q1")


def test_a_conversion_in_brackets_does_not_push_the_figures_period_out_of_reach():
    text = (
        "Tianjin's gross regional product topped 850 billion yuan (roughly 118.4 billion U.S. dollars) in the "
        "first three quarters of 2025, up 4.9 percent year on year."
    )
    got = [(i, p) for i, p, _ in periods(text, published="2025-10-22")]
    assert got == [("gdp", "2025-Q1Q3"), ("gdp", "2025-Q1Q3"), ("gdp_growth", "2025-Q1Q3")]  # were 2024


def test_a_part_of_the_year_compared_with_is_not_the_later_clauses_part():
    text = (
        "Hangzhou's surveyed unemployment rate in the first half of the year averaged 4.2 percent, down from the "
        "first quarter of 2025, while per capita disposable income of residents reached 38,210 yuan, up 5 percent."
    )
    got = periods(text, published="2025-07-20", indicator="disposable_income_per_capita")
    assert got == [("disposable_income_per_capita", "2025-H1", 38210.0)]  # was 2025-Q1


@pytest.mark.parametrize("note", ["(1-11月)", "（1—11月）"])
def test_a_month_range_in_brackets_after_a_figure_is_that_figures_alone(note):
    text = (
        "2024年，滨江区实现地区生产总值2780.5亿元。软件业务收入633.2亿元" + note + "，增长7.1%。"
        "\n\n全区一般公共预算收入210.4亿元，社会消费品零售总额455.8亿元。"
    )
    got = brief(claims(text, published="2025-01-20"), "indicator", "period")
    assert got[-2:] == [("fiscal_revenue", "2024"), ("retail_sales", "2024")]  # were other:*_months


@pytest.mark.parametrize(
    "text",
    [
        "5月当月，福田区进出口总额达到523.4亿元。",
        "In May alone, Futian's imports and exports reached 52.3 billion yuan.",
    ],
)
def test_a_single_month_is_outside_the_vocabularys_periods(text):
    assert [c["indicator"] for c in claims(text, published="2025-06-25")] == ["other:foreign_trade_months"]


@pytest.mark.parametrize(
    "text",
    [
        "福田区5月份进出口总额523.4亿元。",
        "福田区5月全区进出口总额523.4亿元。",
        "Futian's May foreign trade reached 52.3 billion yuan.",
        "Futian's foreign trade in May reached 52.3 billion yuan.",
        "Futian's foreign trade for the month of May reached 52.3 billion yuan.",
    ],
)
def test_a_month_named_with_its_measure_is_one_months_figure(text):
    got = claims(text, published="2025-06-25")
    assert brief(got, "indicator", "period") == [("other:foreign_trade_months", "2025")]


@pytest.mark.parametrize(
    "text", ["福田区12月份进出口总额523.4亿元。", "Futian's foreign trade in December rose 3.1 percent."]
)
def test_a_month_reported_in_january_is_of_the_year_before(text):
    assert [(c["indicator"].endswith("_months"), c["period"]) for c in claims(text, published="2025-01-20")] == [
        (True, "2024")
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("8月，福田区发布数据：全区进出口总额5230亿元。", "2024"),  # a month dating a report is no month's figure
        ("In May, Futian said its foreign trade reached 523 billion yuan last year.", "2024"),
    ],
)
def test_a_month_dating_a_report_leaves_the_figures_period(text, period):  # guard: passed before
    got = claims(text, published="2025-06-25")
    assert brief(got, "indicator", "period") == [("foreign_trade", period)]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Futian's GDP grew 5.5 percent in 2024, up from 5.1 percent last year.", ["2024", "2024"]),
        ("Futian's GDP grew 5.5 percent in 2024, up from 5.1 percent.", ["2024", "2023"]),
    ],
)
def test_a_base_with_its_own_year_after_it_is_that_years(text, periods):
    """'up from 5.1 percent last year': the base's year is written after it; with none it is the year before."""
    assert [c["period"] for c in claims(text, published="2025-02-25")] == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Between 2020 and 2024, Kunshan's GDP rose from 427.6 billion yuan to 514.1 billion yuan.", ["2020", "2024"]),
        ("From 2019 to 2024, Kunshan's GDP grew from 410 billion yuan to 514.1 billion yuan.", ["2019", "2024"]),
    ],
)
def test_from_x_to_y_over_a_span_of_years_dates_x_at_the_spans_start(text, periods):
    assert [c["period"] for c in claims(text, published="2025-08-01")] == periods


def test_a_figure_said_to_be_today_is_not_the_year_the_sentence_before_spoke_of():
    text = "Back in 2010, Kunshan's GDP was just 210 billion yuan; today it is 514 billion yuan."
    assert [c["period"] for c in claims(text, published="2025-08-01")] == ["2010", "2024"]


@pytest.mark.parametrize(
    "second",
    ["如今，龙华区GDP近3000亿元。", "三十年后的今天，龙华区已成长为GDP近3000亿元的产业强区。"],
)
def test_a_figure_said_of_the_present_after_a_comma_is_not_the_year_before(second):
    text = "1994年，龙华镇工农业总产值不足10亿元。" + second
    got = [c for c in claims(text, published="2024-10-12") if c["value"] == 3e11]
    assert brief(got, "region", "period") == [("440309", "2023")]


def test_currently_does_not_hide_the_year_said_after_the_figure():
    text = (
        "Shenzhen currently has 2,600 AI firms, with revenue of the core AI industry reaching 200 billion yuan by 2027."
    )
    got = [c for c in claims(text, published="2026-02-18") if c["unit"] == "CNY"]
    assert [c["period"] for c in got] == ["2027"]


@pytest.mark.parametrize(
    "text",
    [
        "江阴市去年实现地区生产总值5100亿元，今年预计突破5400亿元。",
        "Last year Jiangyin's GDP was 510 billion yuan; this year it is expected to top 540 billion yuan.",
    ],
)
def test_the_nearest_relative_year_before_a_figure_dates_it(text):
    assert [c["period"] for c in claims(text, published="2025-04-25")] == ["2024", "2025"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will keep annual growth above 6 percent in the next three years," said the head of Wuhou district.',
        "未来三年，武侯区地区生产总值年均增长6%以上。",
        "Wuhou will keep GDP growth above 6 percent annually in the next three years.",
    ],
)
def test_annual_growth_over_the_next_few_years_is_a_goal_over_those_years(text):
    got = claims(text, published="2025-03-14")
    assert brief(got, "indicator", "period", "kind") == [("gdp_growth", "2025/2027", "target")]


def test_a_headline_eyeing_a_level_is_a_goal():
    got = claims("Chengdu's Wuhou district eyes 200-billion-yuan economy\n\nThe district …", published="2025-03-14")
    assert [c["kind"] for c in got] == ["target"]


def test_so_many_years_on_at_a_sentences_start_counts_from_the_year_before():
    text = (
        "When Pudong was opened up in 1990, its GDP was a mere 6 billion yuan. Thirty-five years on, the new "
        "area's economy is nearly 300 times larger."
    )
    assert [c["period"] for c in claims(text, published="2025-04-18")] == ["1990", "2025"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Kunshan had 54 listed companies at end-2024.", "2024"),
        ("Kunshan had 2.1 million residents as of end-2023.", "2023"),
        ("Kunshan had 54 listed firms by year-end 2024.", "2024"),
    ],
)
def test_a_stock_at_the_end_of_a_year_written_after_it(text, period):
    assert [c["period"] for c in claims(text, published="2025-08-01")] == [period]


@pytest.mark.parametrize(("published", "period"), [("2026-03-18", "2025"), ("2026-09-18", "2025")])
def test_an_estimate_of_a_level_already_reached_is_of_the_year_ended_in_any_month(published, period):
    """Was the year of publication: 据测算…已超过 estimates where the place stands, not where it is going."""
    got = claims("据测算，江阴人均GDP已超过28万元。", published=published)
    assert brief(got, "indicator", "period", "kind") == [("gdp_per_capita", period, "expected")]


@pytest.mark.parametrize(("published", "period"), [("2026-01-10", "2025"), ("2026-06-10", "2026")])
def test_a_whole_year_estimated_in_january_is_the_year_just_ended(published, period):
    got = claims("南山区预计全年地区生产总值突破1万亿元。", published=published)
    assert brief(got, "period", "kind") == [(period, "expected")]


@pytest.mark.parametrize(
    "text",
    [
        "Futian reported first-half GDP of 298 billion yuan, up 4.8 percent on a year earlier.",
        "In the first half, Futian's GDP rose 4.8 percent over last year.",
        "In the first half, Futian's GDP was up 4.8 percent compared with last year.",
    ],
)
def test_last_year_as_the_base_of_a_change_leaves_the_part_of_the_year(text):
    got = [c for c in claims(text, published="2025-07-28") if c["indicator"] == "gdp_growth"]
    assert [c["period"] for c in got] == ["2025-H1"]


def test_a_month_range_ending_a_long_clause_is_the_figures():
    text = (
        "Records show 12,000 new enterprises were registered in Nanshan's emerging and future industries "
        "across the district from January to November 2025."
    )
    got = claims(text, published="2025-12-20")
    assert [(c["indicator"], c["period"]) for c in got] == [("other:new_enterprises_months", "2025")]


def test_a_quote_never_starts_inside_a_number():
    got = claims("Nanshan's GDP reached 900 billion yuan in 2024 and its population reached 1.8 million people.")
    assert [c["quote"][0] for c in got] == ["N", "a"]


@pytest.mark.parametrize(
    "text",
    [
        "Changshu's GDP rose 4.1 percent to 141.3 billion yuan in the first half.",
        "Output in Changshu grew 4.1 percent year-on-year to 141.3 billion yuan in the first half.",
        "In the first half, the GDP of Changshu, a county-level city under Suzhou in Jiangsu province, stood at "
        "141.3 billion yuan, representing growth of 4.1 percent.",
    ],
)
def test_a_part_of_the_year_said_once_in_a_sentence_dates_its_rate_too(text):
    got = sorted(brief(claims(text, published="2025-08-10"), "region", "indicator", "period"))
    assert got == [("320581", "gdp", "2025-H1"), ("320581", "gdp_growth", "2025-H1")]


# One sentence per way of stating a period, in both languages: (sentence, published, (indicator, period, kind)).
_PERIOD_TABLE_ZH = [
    ("今年上半年，昆山市地区生产总值2600亿元。", "2025-07-25", ("gdp", "2025-H1", "actual")),
    ("上半年，昆山市地区生产总值2600亿元。", "2025-07-25", ("gdp", "2025-H1", "actual")),
    ("上半年，昆山市地区生产总值2600亿元。", "2025-02-25", ("gdp", "2024-H1", "actual")),
    ("1-6月，昆山市地区生产总值2600亿元。", "2025-07-25", ("gdp", "2025-H1", "actual")),
    ("1—9月，昆山市地区生产总值3900亿元。", "2025-10-25", ("gdp", "2025-Q1Q3", "actual")),
    ("前三季度，昆山市地区生产总值3900亿元。", "2025-10-25", ("gdp", "2025-Q1Q3", "actual")),
    ("今年前三季度，昆山市地区生产总值3900亿元。", "2025-10-25", ("gdp", "2025-Q1Q3", "actual")),
    ("一季度，昆山市地区生产总值1250亿元。", "2025-04-25", ("gdp", "2025-Q1", "actual")),
    ("第一季度，昆山市地区生产总值1250亿元。", "2025-04-25", ("gdp", "2025-Q1", "actual")),
    ("2025年一季度，昆山市地区生产总值1250亿元。", "2025-04-25", ("gdp", "2025-Q1", "actual")),
    ("去年，昆山市地区生产总值5140亿元。", "2025-03-01", ("gdp", "2024", "actual")),
    ("上年，昆山市地区生产总值5140亿元。", "2025-03-01", ("gdp", "2024", "actual")),
    ("2024年，昆山市地区生产总值5140亿元。", "2025-03-01", ("gdp", "2024", "actual")),
    ("全年，昆山市地区生产总值5140亿元。", "2025-01-20", ("gdp", "2024", "actual")),
    ("昆山市全年实现地区生产总值5140亿元。", "2025-01-20", ("gdp", "2024", "actual")),
    ("今年，昆山市地区生产总值预计达到5400亿元。", "2025-06-01", ("gdp", "2025", "expected")),
    ("今年昆山市地区生产总值目标增长5.5%。", "2025-03-01", ("gdp_growth", "2025", "target")),
    ("明年，昆山市力争地区生产总值增长6%。", "2025-12-01", ("gdp_growth", "2026", "target")),
    ("到2027年，昆山市地区生产总值力争达到6000亿元。", "2025-03-01", ("gdp", "2027", "target")),
    ("“十五五”期间，昆山市地区生产总值年均增长5%左右。", "2026-01-20", ("gdp_growth", "2026/2030", "target")),
    ("“十四五”期间，昆山市地区生产总值年均增长4.8%。", "2026-01-20", ("gdp_growth", "2021/2025", "actual")),
    ("2020年至2024年，昆山市地区生产总值年均增长4.5%。", "2025-03-01", ("gdp_growth", "2021/2024", "actual")),
    ("截至2024年末，昆山市有上市公司62家。", "2025-03-01", ("listed_companies", "2024", "actual")),
    ("截至目前，昆山市有上市公司62家。", "2025-03-01", ("listed_companies", "2025", "actual")),
    ("昆山市现有上市公司62家。", "2025-03-01", ("listed_companies", "2025", "actual")),
    ("去年末，昆山市常住人口212万人。", "2025-03-01", ("population", "2024", "actual")),
    ("2024年末，昆山市常住人口212万人。", "2025-03-01", ("population", "2024", "actual")),
    ("昆山市2024年末常住人口212万人。", "2025-03-01", ("population", "2024", "actual")),
    ("1-5月，昆山市一般公共预算收入200亿元。", "2025-06-20", ("other:fiscal_revenue_months", "2025", "actual")),
    # the months to the end of one that ends no quarter: a month range (was the year before as a whole year)
    (
        "截至11月底，昆山市固定资产投资同比增长8.5%。",
        "2025-12-10",
        ("other:fixed_asset_investment_growth_months", "2025", "actual"),
    ),
    ("截至11月底，昆山市有上市公司62家。", "2025-12-10", ("listed_companies", "2025", "actual")),  # a stock: its year
    ("初步核算，2024年昆山市地区生产总值5140亿元。", "2025-01-20", ("gdp", "2024", "actual")),
    ("预计2024年昆山市地区生产总值5140亿元。", "2025-01-05", ("gdp", "2024", "expected")),
    ("2024年昆山市地区生产总值预计完成5140亿元。", "2024-12-20", ("gdp", "2024", "expected")),
]
_PERIOD_TABLE_EN = [
    (
        "As of the end of November, fixed-asset investment in Kunshan grew 8.5 percent.",
        "2025-12-10",
        ("other:fixed_asset_investment_growth_months", "2025", "actual"),
    ),  # was 2024 as a whole year
    ("In the first half of this year, Kunshan's GDP was 260 billion yuan.", "2025-07-25", ("gdp", "2025-H1", "actual")),
    ("In the first half, Kunshan's GDP was 260 billion yuan.", "2025-07-25", ("gdp", "2025-H1", "actual")),
    ("Kunshan's GDP was 260 billion yuan in H1.", "2025-07-25", ("gdp", "2025-H1", "actual")),
    ("Kunshan's GDP was 260 billion yuan in the first six months.", "2025-07-25", ("gdp", "2025-H1", "actual")),
    ("Kunshan's GDP was 390 billion yuan in the first nine months.", "2025-10-25", ("gdp", "2025-Q1Q3", "actual")),
    (
        "Kunshan's GDP was 390 billion yuan in the first three quarters of 2025.",
        "2025-10-25",
        ("gdp", "2025-Q1Q3", "actual"),
    ),
    ("Kunshan's GDP was 390 billion yuan from January to September.", "2025-10-25", ("gdp", "2025-Q1Q3", "actual")),
    ("Kunshan's GDP was 125 billion yuan in the first quarter.", "2025-04-25", ("gdp", "2025-Q1", "actual")),
    ("Kunshan's GDP was 125 billion yuan in Q1 2025.", "2025-04-25", ("gdp", "2025-Q1", "actual")),
    ("Kunshan's GDP was 514 billion yuan last year.", "2025-03-01", ("gdp", "2024", "actual")),
    ("Kunshan's GDP was 514 billion yuan in 2024.", "2025-03-01", ("gdp", "2024", "actual")),
    ("Kunshan's full-year GDP was 514 billion yuan.", "2025-01-20", ("gdp", "2024", "actual")),
    ("Kunshan's GDP is expected to reach 540 billion yuan this year.", "2025-06-01", ("gdp", "2025", "expected")),
    ("Kunshan aims for GDP growth of 5.5 percent this year.", "2025-03-01", ("gdp_growth", "2025", "target")),
    ("Kunshan aims for GDP growth of 6 percent next year.", "2025-12-01", ("gdp_growth", "2026", "target")),
    ("Kunshan aims to raise its GDP to 600 billion yuan by 2027.", "2025-03-01", ("gdp", "2027", "target")),
    (
        "Kunshan's GDP grew at an average annual rate of 4.8 percent during the 14th Five-Year Plan period.",
        "2026-01-20",
        ("gdp_growth", "2021/2025", "actual"),
    ),
    (
        "Kunshan's GDP grew at an average annual rate of 4.5 percent from 2020 to 2024.",
        "2025-03-01",
        ("gdp_growth", "2021/2024", "actual"),
    ),
    ("As of the end of 2024, Kunshan had 62 listed companies.", "2025-03-01", ("listed_companies", "2024", "actual")),
    ("Kunshan now has 62 listed companies.", "2025-03-01", ("listed_companies", "2025", "actual")),
    (
        "Kunshan had a permanent population of 2.12 million at the end of last year.",
        "2025-03-01",
        ("population", "2024", "actual"),
    ),
    (
        "Kunshan's GDP was 514 billion yuan in 2024, according to preliminary data.",
        "2025-01-20",
        ("gdp", "2024", "actual"),
    ),
    ("Kunshan's GDP was estimated at 514 billion yuan in 2024.", "2025-01-05", ("gdp", "2024", "expected")),
    ("Kunshan's GDP grew 5.5 percent in the second quarter.", "2025-07-25", ("gdp_growth", "2025-Q2", "actual")),
    (
        "Kunshan's GDP grew 5.5 percent year on year in the April-June period.",
        "2025-07-25",
        ("gdp_growth", "2025-Q2", "actual"),
    ),
    ("Kunshan's GDP grew 5.5 percent in the third quarter of 2024.", "2025-07-25", ("gdp_growth", "2024-Q3", "actual")),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [("zh", *row) for row in _PERIOD_TABLE_ZH] + [("en", *row) for row in _PERIOD_TABLE_EN],
)
def test_the_table_of_ways_to_state_a_period(lang, text, published, expected):
    got = claims(text, lang=lang, published=published)
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [expected]


# One sentence per way of stating a goal, a projection or a result: (lang, text, published, kinds).
_KIND_TABLE = [
    ("zh", "2025年，昆山市地区生产总值预期增长5.5%左右。", "2025-03-01", "target"),
    ("zh", "昆山市今年的主要预期目标是：地区生产总值增长5.5%左右。", "2025-03-01", "target"),
    ("zh", "昆山市力争今年地区生产总值增长5.5%。", "2025-03-01", "target"),
    ("zh", "昆山市确保今年地区生产总值增长5%以上。", "2025-03-01", "target"),
    ("zh", "昆山市计划今年地区生产总值增长5.5%。", "2025-03-01", "target"),
    ("zh", "昆山市争取今年地区生产总值增长5.5%。", "2025-03-01", "target"),
    ("zh", "昆山市今年地区生产总值预计增长5.5%。", "2025-12-10", "expected"),
    ("zh", "预计全年昆山市地区生产总值增长5.5%。", "2025-12-10", "expected"),
    ("zh", "昆山市今年地区生产总值有望增长5.5%。", "2025-09-10", "expected"),
    ("zh", "昆山市今年地区生产总值可望增长5.5%。", "2025-09-10", "expected"),
    ("zh", "据测算，昆山市2025年地区生产总值约为5600亿元。", "2025-11-10", "expected"),
    ("zh", "据初步核算，2024年昆山市地区生产总值增长5.5%。", "2025-01-20", "actual"),
    ("zh", "2024年昆山市地区生产总值增长5.5%，完成年度目标。", "2025-01-20", "actual"),
    ("zh", "2024年昆山市地区生产总值增长5.5%，高于年初预期目标0.5个百分点。", "2025-01-20", "actual"),
    ("zh", "到2030年，昆山市地区生产总值将突破8000亿元。", "2025-03-01", "target"),
    ("zh", "“十五五”末，昆山市地区生产总值力争达到8000亿元。", "2026-01-20", "target"),
    ("en", "Kunshan aims to grow its GDP by about 5.5 percent this year.", "2025-03-01", "target"),
    ("en", "Kunshan has set a GDP growth target of around 5.5 percent for this year.", "2025-03-01", "target"),
    ("en", "Kunshan targets GDP growth of 5.5 percent this year.", "2025-03-01", "target"),
    ("en", "Kunshan's GDP growth target for this year is 5.5 percent.", "2025-03-01", "target"),
    ("en", "Kunshan plans to expand its economy by 5.5 percent this year.", "2025-03-01", "target"),
    ("en", "Kunshan will strive for GDP growth of 5.5 percent this year.", "2025-03-01", "target"),
    ("en", "Kunshan's GDP is expected to grow 5.5 percent this year.", "2025-09-01", "expected"),
    ("en", "Kunshan's GDP is projected to grow 5.5 percent this year.", "2025-09-01", "expected"),
    ("en", "Kunshan's GDP is forecast to grow 5.5 percent this year.", "2025-09-01", "expected"),
    ("en", "Kunshan's GDP is likely to grow 5.5 percent this year.", "2025-09-01", "expected"),
    ("en", "Kunshan's economy should grow about 5.5 percent this year, analysts said.", "2025-09-01", "expected"),
    ("en", "Kunshan is on course to reach GDP of 560 billion yuan this year.", "2025-09-01", "expected"),
    ("en", "Kunshan's GDP is estimated to have grown 5.5 percent in 2024.", "2025-01-05", "expected"),
    ("en", "Kunshan's GDP grew 5.5 percent in 2024, according to preliminary estimates.", "2025-01-20", "actual"),
    ("en", "Kunshan's GDP grew 5.5 percent in 2024, beating its target.", "2025-01-20", "actual"),
    (
        "en",
        "Kunshan's GDP grew 5.5 percent in 2024, exceeding its annual target of 5 percent.",
        "2025-01-20",
        "actual+target",
    ),
    (
        "en",
        "Kunshan's GDP grew 5.5 percent in 2024, its fastest pace in years, beating the 5 percent target.",
        "2025-01-20",
        "actual+target",
    ),
    ("en", "By 2030, Kunshan's GDP will exceed 800 billion yuan.", "2025-03-01", "target"),
    ("en", "Kunshan's GDP could reach 800 billion yuan by 2030, analysts say.", "2025-03-01", "expected"),
]


@pytest.mark.parametrize(("lang", "text", "published", "kinds"), _KIND_TABLE)
def test_the_table_of_ways_to_state_a_goal_a_projection_or_a_result(lang, text, published, kinds):
    got = [c["kind"] for c in claims(text, lang=lang, published=published) if not c["indicator"].startswith("other:")]
    assert got == kinds.split("+")


def test_the_comma_of_ten_thousand_does_not_end_the_figures_clause():
    got = claims("Kunshan recorded 85.6 invention patents per 10,000 residents last year.", published="2025-03-01")
    assert [(c["indicator"], c["period"]) for c in got] == [("invention_patents_per_10k", "2024")]


def test_a_year_after_a_part_after_year_on_year_is_stated():
    text = "The economy of Kunshan expanded 5.6 percent year on year in the first half of 2025, officials said."
    [c] = claims(text, published="2025-07-25")
    assert (c["period"], c["inferred"]) == ("2025-H1", [])


def test_an_estimate_listed_after_a_semicolon_keeps_the_year_of_its_list():
    text = "江阴市政府工作报告\n\n2025年江阴预计完成地区生产总值5320亿元，增长6%左右；一般公共预算收入280亿元。"
    got = [(c["indicator"], c["period"], c["kind"]) for c in claims(text, published="2026-01-21", lang="zh")]
    assert got[-1] == ("fiscal_revenue", "2025", "expected")  # not the report's own year


def test_a_year_in_the_phrase_a_sentence_opens_with_is_stated_not_inferred():
    text = "In the first three quarters of this year, Kunshan realized a regional GDP of 396.12 billion yuan."
    got = claims(text, published="2025-11-03")
    assert [(c["period"], c["inferred"]) for c in got] == [("2025-Q1Q3", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Futian's GDP grew at a compound annual growth rate of 5.1 percent between 2020 and 2025.",
            ("gdp_growth", "2021/2025"),
        ),
        ("Futian's GDP has grown 28 percent since 2020.", ("other:gdp_growth_cumulative", "2025")),
        ("Futian's GDP grew 5.1 percent in 2025, the fastest pace since 2021.", ("gdp_growth", "2025")),
    ],
)
def test_compound_annual_growth_is_over_its_span_and_growth_since_a_year_is_cumulative(text, expected):
    got = claims(text, published="2026-02-01")
    assert [(c["indicator"], c["period"]) for c in got] == [expected]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("2025年，福田区GDP比2020年增长28%。", "other:gdp_growth_cumulative"),
        ("2025年，福田区GDP较“十三五”末增长28%。", "other:gdp_growth_cumulative"),
        ("与2020年相比，2025年福田区GDP增长了28%。", "other:gdp_growth_cumulative"),
        ("Futian's GDP in 2025 was 28 percent higher than in 2020.", "other:gdp_growth_cumulative"),
        ("2025年，福田区GDP比2024年增长5.1%。", "gdp_growth"),  # the year before: a year's growth
    ],
)
def test_growth_from_a_base_year_several_years_back_is_cumulative(text, indicator):
    got = claims(text, published="2026-02-01", lang="zh" if "福田区" in text else "en")
    assert [(c["indicator"], c["period"]) for c in got] == [(indicator, "2025")]


@pytest.mark.parametrize(
    "base",
    ["over the same period of 2019", "over the same period in 2019", "compared with the first half of 2019"],
)
def test_a_year_after_a_growth_that_names_its_base_is_not_the_growths_period(base):
    text = f"In the first half of 2021, Anhui's GDP grew 12.9 percent year on year and 7.1 percent {base}."
    got = claims(text, published="2021-07-25", lang="en")
    assert [(c["indicator"], c["period"]) for c in got] == [
        ("gdp_growth", "2021-H1"),
        ("other:gdp_growth_cumulative", "2021-H1"),  # two years' growth, not 2019's
    ]


def test_a_whole_year_not_yet_over_is_a_goal_and_its_range_is_no_minus():
    got = claims("南山区提出，2026年地区生产总值增长5%-5.5%。", published="2026-01-20")
    assert [(c["value"], c["qualifier"], c["kind"]) for c in got] == [
        (5.0, "at_least", "target"),
        (5.5, "at_most", "target"),  # 5%-5.5%: a range, not minus 5.5
    ]
    got = claims("今年以来，南山区GDP增长5.5%。", published="2026-05-20")
    assert [c["kind"] for c in got] == ["actual"]  # the year so far: a result
    got = claims("2026年，南山区上市公司达到220家。", published="2026-01-20")
    assert [c["kind"] for c in got] == ["actual"]  # a count at a date, not a year's flow


def test_targeting_is_a_goal_cue():
    got = claims(
        "Looking ahead to 2027, Huangpu is targeting GDP growth of at least 5 percent.", published="2026-04-10"
    )
    assert [(c["period"], c["kind"]) for c in got] == [("2027", "target")]


@pytest.mark.parametrize(
    "heading", ["Key figures for Kunshan in 2024:", "Kunshan (2024):", "Kunshan's main indicators of 2024:"]
)
def test_a_list_under_a_heading_naming_its_year_is_that_years(heading):
    text = f"{heading}\n- GDP: 514 billion yuan\n- Listed companies: 57\n"
    got = claims(text, published="2026-03-01", lang="en")
    assert [(c["indicator"], c["period"], "period" in c["inferred"]) for c in got] == [
        ("gdp", "2024", False),
        ("listed_companies", "2024", False),  # a stock at the heading's year, not at publication
    ]


def test_a_level_said_for_a_full_year_is_the_years_not_the_running_parts():
    text = (
        "Kunshan's GDP grew 5.8 percent to 260.1 billion yuan in the first half, putting it on track to pass "
        "500 billion yuan for a full year."
    )
    assert [c["period"] for c in claims(text, published="2025-08-10")] == ["2025-H1", "2025-H1", "2025"]


_PARTS_WRITTEN = [
    "in the first half",
    "in the second half",
    "in the half-year",
    "in H2",
    "in Q4",
    "in the fourth quarter",
    "in the first three quarters",
    "in January-May",
    "in the second half-year",
    "for the full year",
    "下半年",
    "上半年",
    "四季度",
    "前三季度",
    "1-5月",
    "全年",
    "第二季度",
]


@settings(max_examples=60, deadline=None)
@given(
    part=st.sampled_from(_PARTS_WRITTEN),
    published=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)) | st.none(),
    year=st.sampled_from(["", "2024年", "in 2024 "]),
)
def test_every_part_of_a_year_at_every_publication_date_is_read_without_a_crash(part, published, year):
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in part)
    text = f"{year}{part}，昆山市GDP为2600亿元，增长5.8%。" if zh else f"Kunshan's GDP grew 5.8% {year}{part}."
    got = claims(text, published=published.isoformat() if published else None)  # strict: a crash raises
    assert all(c["region"] == "320583" for c in got)


def test_a_share_given_in_the_present_tense_is_not_the_past_year_spoken_of_before():
    text = (
        "In 2020, Nanshan's GDP was 652.7 billion yuan. Strategic emerging industries account for 60 percent "
        "of the district's GDP."
    )
    got = brief(claims(text, published="2026-01-28"), "indicator", "period")
    assert got == [("gdp", "2020"), ("strategic_emerging_share", "2025")]
    past = text.replace("account for", "accounted for")
    assert brief(claims(past, published="2026-01-28"), "indicator", "period")[-1] == (
        "strategic_emerging_share",
        "2020",
    )


def test_an_iso_date_beside_a_figure_states_no_year_for_it():
    text = "Updated: 2018-02-08 Changsha County's GDP grew 11.3 percent to 143.11 billion yuan in 2017."
    assert {c["period"] for c in claims(text, published="2018-02-08")} == {"2017"}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Last year, Nanshan grew 7.1 percent. Futian reported half-year GDP of 310.5 billion yuan.", "2025-H1"),
        ("去年，昆山市GDP为5300亿元。一季度，昆山市GDP增长5%。", "2025-Q1"),
        ("In 2023, Nanshan grew 7.1 percent. In the first half, Futian grew 4.2 percent.", "2023-H1"),
        ("Nanshan's GDP was 963.6 billion yuan in 2024. In the first half, Futian grew 4.2 percent.", "2025-H1"),
        ("In 2024, Nanshan's GDP was 963.6 billion yuan. In the first half, Futian grew 4.2 percent.", "2024-H1"),
        ("Nanshan's GDP was 880 billion yuan in 2023. In the first half, Futian grew 4.2 percent.", "2023-H1"),
    ],
)
def test_a_part_of_the_year_after_last_year_is_this_years_part_when_done(text, period):
    assert claims(text, published="2025-08-14")[-1]["period"] == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2023年，江岸区完成地区生产总值1625亿元。\n其中，第三产业增加值1325.9亿元。", "2023"),
        ("2023年，江岸区完成地区生产总值1625亿元。\n分产业看，第三产业增加值1325.9亿元。", "2023"),
        (
            "In 2023, Jiang'an's GDP was 162.5 billion yuan.\n"
            "Among them, the tertiary industry added 132.6 billion yuan.",
            "2023",
        ),
        ("2023年，江岸区完成地区生产总值1625亿元。\n第三产业增加值1325.9亿元。", "2024"),
        ("12、2023年，江岸区完成地区生产总值1625亿元。\n13、其中，第三产业增加值1325.9亿元。", "2023"),  # was 2024
        ("（一）2023年，江岸区完成地区生产总值1625亿元。\n二、其中，第三产业增加值1325.9亿元。", "2023"),
    ],
)
def test_a_paragraph_opened_by_qizhong_goes_on_with_the_year_of_the_one_before(text, period):
    assert claims(text, published="2025-03-14")[-1]["period"] == period


def test_the_numbered_items_of_a_list_go_on_in_the_year_an_item_before_them_named():
    # a profile's items 12、2020年…GDP… 13、其中… 14、三次产业结构… 15、人均地区生产总值…: 15 was dated the year
    # before publication; an item after a gap in the numbering starts afresh
    text = (
        "江岸区概况\n12、2020年，江岸区实现地区生产总值1625亿元。\n13、其中，第三产业增加值1325.9亿元。\n"
        "14、三次产业结构为0:18.4:81.6。\n15、人均地区生产总值17.2万元。\n17、常住人口96.6万人。"
    )
    got = [(c["indicator"], c["period"]) for c in claims(text, published="2022-09-01")]
    assert ("gdp_per_capita", "2020") in got and ("population", "2022") in got


def test_the_entries_of_a_yearbook_go_on_in_the_year_the_entry_before_them_named():
    # a district yearbook's entries 【经济发展】2023年，… 【科技创新】…: a stock of the second entry was dated the year
    # of publication (2024), not the year the yearbook reviews
    text = (
        "硚口区年鉴（2024）\n【经济发展】2023年，硚口区实现地区生产总值812.6亿元。\n"
        "【财政税收】全年完成一般公共预算收入31.2亿元。\n"
        "【科技创新】有效国家高新技术企业达到415家；每万人发明专利拥有量达到35.8件。"
    )
    got = [(c["indicator"], c["period"]) for c in claims(text, published="2024-11-20")]
    assert got == [
        ("gdp", "2023"),
        ("fiscal_revenue", "2023"),
        ("high_tech_enterprises", "2023"),
        ("invention_patents_per_10k", "2023"),
    ]


def test_a_bracketed_entry_does_not_carry_a_year_into_an_ordinary_paragraph():  # a guard: passed before
    text = "【经济发展】2023年，硚口区实现地区生产总值812.6亿元。\n有效国家高新技术企业达到415家。"
    assert [c["period"] for c in claims(text, published="2024-11-20")] == ["2023", "2024"]


def test_a_year_of_history_late_in_a_paragraph_does_not_go_on_into_the_next():
    text = (
        "2025年，浏阳市实现地区生产总值2010.5亿元。\n\n"
        "“那时候，浏阳的经济总量还不大。”2015年全市地区生产总值为1025亿元。\n\n"
        "从全省来看，长沙县以2400亿元左右的体量继续领跑。"
    )
    assert brief(claims(text, published="2026-02-08"), "region", "period") == [
        ("430181", "2025"),
        ("430181", "2015"),
        ("430121", "2025"),
    ]


@pytest.mark.parametrize("end", ["at the end of 2023", "by the end of 2023", "in 2023"])
def test_a_year_after_a_figure_per_ten_thousand_people_dates_it(end):
    got = claims(f"Luohu had 41.5 invention patents per 10,000 residents {end}.", published="2025-06-30")
    assert brief(got) == [("440303", "invention_patents_per_10k", "2023", 41.5)]


def test_the_growth_a_level_rose_by_after_a_target_takes_the_levels_year_and_is_a_result():
    text = (
        "Liuyang has set a GDP growth target of about 6 percent for 2025, "
        "after its economy grew 5.9 percent to an estimated 160 billion yuan last year."
    )
    got = brief(claims(text, published="2025-02-10"), "indicator", "period", "value", "kind")
    assert got == [
        ("gdp_growth", "2025", 6.0, "target"),
        ("gdp_growth", "2024", 5.9, "actual"),
        ("gdp", "2024", 1.6e11, "expected"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "人口数据\n\n5月11日，龙华区公布第七次全国人口普查主要数据。数据显示，全区常住人口为2528872人。"
        "\n\n全区常住人口为253万人。",
        "Population\n\nOn May 11, Longhua released the main data of its seventh national census. "
        "The district's resident population was 2,528,872.\n\nIt has 2.53 million residents.",
    ],
)
def test_a_population_in_a_paragraph_reporting_a_census_is_the_census_years(text):
    got = brief(claims(text, published="2021-05-20"), "region", "indicator", "period", "value")
    assert got == [("440309", "population", "2020", 2528872), ("440309", "population", "2021", 2530000)]


@pytest.mark.parametrize(
    "text",
    [
        "据第六次全国人口普查，2010年吉林省常住人口为2746万人。辽宁省常住人口4375万人。",
        "According to the sixth national census, Jilin had 27.46 million residents in 2010. "
        "Liaoning had 43.75 million residents.",
    ],
)
def test_a_census_paragraph_that_names_its_year_dates_the_populations_after(text):
    got = brief(claims(text, published="2015-01-10"), "region", "period", "value")
    assert got == [("220000", "2010", 2.746e7), ("210000", "2010", 4.375e7)]


def test_people_per_household_are_no_population():
    got = claims("2020年，龙华区常住人口为2528872人，平均每个家庭户的人口为2.35人。", published="2021-05-20")
    assert brief(got, "indicator", "value") == [("population", 2528872), ("other:persons", 2.35)]


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("in 1H 2024", "2024-H1"),
        ("in H1 2024", "2024-H1"),
        ("in Q3 2024", "2024-Q3"),
        ("in 3Q 2024", "2024-Q3"),
        ("in 9M 2024", "2024-Q1Q3"),
        ("in 1Q 2025", "2025-Q1"),
        ("in 1H25", "2025-H1"),
    ],
)
def test_analysts_shorthand_for_parts_of_a_year_with_or_without_the_year(written, period):
    got = claims(f"Futian's GDP rose 4.6% {written}.", published="2025-10-28")
    assert brief(got, "indicator", "period") == [("gdp_growth", period)]


@pytest.mark.parametrize("written", ["2025年一至三季度", "2025年1-3季度", "2025年前三季度"])
def test_the_first_to_third_quarters_written_as_a_span_of_quarters(written):
    assert brief(claims(f"{written}，福田区GDP增长4.6%。", published="2025-10-28"), "period") == [("2025-Q1Q3",)]


@pytest.mark.parametrize(
    "text",
    [
        "Last year Jiangyin's GDP reached 475 billion yuan, more than 300 times the 1985 figure, "
        "and its general public budget revenue hit 27 billion yuan.",
        "Last year Jiangyin's GDP reached 475 billion yuan, up from 1.9 billion yuan in 1985, "
        "and its general public budget revenue hit 27 billion yuan.",
    ],
)
def test_the_year_of_an_earlier_figures_base_dates_no_later_figure(text):
    got = [c for c in claims(text, published="2023-05-01") if c["indicator"] == "fiscal_revenue"]
    assert brief(got, "period", "value") == [("2022", 2.7e10)]


@pytest.mark.parametrize(
    "text",
    [
        "Longhua now counts 2,900 national high-tech enterprises, up from 2,100 in 2020, and 31 listed companies.",
        "Longhua now counts 2,900 national high-tech enterprises (2,100 in 2020) and 31 listed companies.",
        "Longhua now counts 2,900 national high-tech firms, compared with 2,100 in 2020, and 31 listed companies.",
    ],
)
def test_the_year_of_a_base_written_with_a_thousands_comma_or_in_brackets_dates_no_later_figure(text):
    got = [c for c in claims(text, published="2026-02-10") if c["indicator"] == "listed_companies"]
    assert brief(got, "period") == [("2026",)]  # was 2020: the comma of 2,100 hid the base


def test_a_year_in_brackets_labelling_the_figure_after_it_still_dates_it():  # a guard
    got = claims("Longhua GDP (2020 est.) 250 billion yuan; population 2.5 million.", published="2026-02-10")
    assert brief(got, "period") == [("2020",), ("2020",)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Cixi's GDP reached 210 billion yuan in Jan-Sept.", "2025-Q1Q3"),
        ("Cixi's GDP grew 5.1 percent in the three quarters to September.", "2025-Q1Q3"),
        ("Cixi's GDP grew 5.3 percent in Jan-Jun.", "2025-H1"),
        ("Cixi's GDP grew 5 percent in Jan.-Mar.", "2025-Q1"),
        ("Cixi's GDP up 5.2% in Q1-3", "2025-Q1Q3"),
        ("Cixi's GDP up 5.2% in Q1 to Q3", "2025-Q1Q3"),
        ("慈溪市第一季GDP為680億元。", "2025-Q1"),
    ],
)
def test_parts_of_the_year_in_short_or_regional_forms(text, period):
    got = claims(text, published="2025-11-01")
    assert brief(got, "region", "period") == [("330282", period)]


def test_a_census_compared_with_dates_no_figure_after_it_in_the_paragraph():
    text = (
        "5月20日，龙岗区发布第七次全国人口普查主要数据。数据显示，全区常住人口为3979037人，"
        "与2010年第六次全国人口普查的2011229人相比，十年共增加1967808人。全区共有家庭户1300000户。"
    )
    got = claims(text, published="2021-05-25")
    assert brief(got, "indicator", "period", "value")[:2] == [
        ("population", "2020", 3979037),
        ("population", "2010", 2011229),
    ]
    assert [c["period"] for c in got if c["value"] == 1300000] == ["2020"]


def test_a_list_of_goals_goes_on_in_its_own_year_after_a_year_of_results():
    text = (
        "2025年，全市完成地区生产总值3120亿元，增长5.8%。"
        "今年主要预期目标是：常熟市地区生产总值增长5.5%左右；一般公共预算收入增长3%。"
    )
    got = claims(text, published="2026-01-20")
    assert [(c["period"], c["kind"]) for c in got if c["value"] in (5.5, 3)] == [("2026", "target"), ("2026", "target")]


@pytest.mark.parametrize(
    "text",
    [
        "Jiangsu's economy grew 5.8 percent last year, meeting the provincial government's target of around 5 percent.",
        "Jiangsu's economy grew 5.8 percent last year, beating the government's target of \"around 5 percent.\"",
    ],
)
def test_a_goal_a_result_met_is_of_the_results_year(text):
    got = claims(text, published="2026-01-20")
    assert brief(got, "indicator", "period", "value", "kind") == [
        ("gdp_growth", "2025", 5.8, "actual"),
        ("gdp_growth", "2025", 5.0, "target"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        ("五年来，龙岗区一般公共预算收入累计完成1650亿元。", "zh", "2021/2025"),
        ("“十四五”期间，龙岗区累计完成一般公共预算收入1650亿元。", "zh", "2021/2025"),
        (
            "Over the past five years, Longgang collected a total of 165 billion yuan in general budget revenue.",
            "en",
            "2021/2025",
        ),
        ("“十五五”期间，龙岗区力争累计实现一般公共预算收入2000亿元。", "zh", "2026/2030"),
        ("2025年1-9月，龙岗区累计实现一般公共预算收入120亿元。", "zh", "2025-Q1Q3"),  # a total within a year
    ],
)
def test_a_total_over_several_years_is_dated_by_its_span(text, lang, period):
    got = brief(claims(text, published="2026-01-20", lang=lang), "indicator", "period")
    assert got == [("fiscal_revenue", period)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("龙岗区上市公司由2020年的40家增至68家。", "listed_companies"),
        ("龙岗区国家高新技术企业数量从2020年的3800家增加到4600家。", "high_tech_enterprises"),
    ],
)
def test_a_count_from_a_years_figure_to_another_gives_the_base_year_to_the_first_only(text, indicator):
    got = brief(claims(text, published="2026-01-20"), "indicator", "period")
    assert got == [(indicator, "2020"), (indicator, "2026")]


@pytest.mark.parametrize(
    ("text", "indicator", "values"),
    [
        ("龙岗区国家高新技术企业数从2020年的3800家增加到2025年的4600家。", "high_tech_enterprises", (3800, 4600)),
        ("龙岗区常住人口从2020年的398万人增加到2025年的420万人。", "population", (3.98e6, 4.2e6)),  # was other:persons
    ],
)
def test_a_change_between_two_years_figures_keeps_the_measure_for_both(text, indicator, values):
    """Was other:count for 4600: the year written after 增加到 hid the change from the count before."""
    got = brief(claims(text, published="2026-01-20"), "indicator", "period", "value")
    assert got == [(indicator, "2020", values[0]), (indicator, "2025", values[1])]


def test_the_end_of_a_change_from_a_years_figure_is_not_that_year():
    text = "五年来，龙岗区GDP从2020年的4561亿元增加到5770亿元。"
    assert brief(claims(text, published="2026-01-20"), "period", "value") == [("2020", 4.561e11), ("2025", 5.77e11)]


@pytest.mark.parametrize("opening", ["天河区2025年前三季度GDP为4920亿元", "前三季度，天河区GDP为4920亿元"])
def test_the_first_three_quarters_go_on_into_the_next_sentence(opening):
    text = opening + "，同比增长3.6%。黄埔区GDP为2950亿元，增速达到5.1%。"
    got = brief(claims(text, published="2025-12-20"), "region", "period")
    assert got[2:] == [("440112", "2025-Q1Q3"), ("440112", "2025-Q1Q3")]


def test_three_quarters_inside_the_first_three_is_no_part_of_its_own():
    from regionwatch.extract._parts import parts_named

    assert parts_named("2025年前三季度GDP为4920亿元") == {"Q1Q3"}
    assert parts_named("一季度增长5%，前三季度增长5.1%") == {"Q1", "Q1Q3"}


def test_a_place_spoken_of_again_after_other_places_years_keeps_its_own_year():
    text = (
        "2025年，南山区地区生产总值突破1万亿元。2018年，浦东新区GDP首破万亿；2022年，海淀区GDP破万亿。"
        "南山区战略性新兴产业增加值占GDP比重达60%，一般公共预算收入为300亿元。"
    )
    got = brief(claims(text, published="2026-01-27"), "region", "indicator", "period")
    assert got[-2:] == [("440305", "strategic_emerging_share", "2025"), ("440305", "fiscal_revenue", "2025")]


def test_a_year_stated_for_a_new_place_goes_on_for_that_place():
    text = "2025年，南山区地区生产总值突破1万亿元。2024年，昆山市GDP为5280亿元。人均GDP为24万元。"
    assert brief(claims(text, published="2026-01-27"), "region", "period")[-1] == ("320583", "2024")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("南山区第七次全国人口普查主要数据公报\n\n全区常住人口为1795826人，比十年前增加70万人。", "zh"),
        (
            "Main data of the seventh national census of Nanshan district\n\nIts permanent population was 1,795,826.",
            "en",
        ),
    ],
)
def test_a_census_in_the_title_dates_the_population_below_it(text, lang):
    got = [c for c in claims(text, published="2021-06-01", lang=lang) if c["indicator"] == "population"]
    assert brief(got, "period", "value") == [("2020", 1795826)]


@pytest.mark.parametrize(
    ("opening", "lang"),
    [
        ("2014年，宁乡县实现地区生产总值798亿元，增长12.3%。", "zh"),
        ("今年，宁乡县实现地区生产总值798亿元，增长12.3%。", "zh"),
        ("In 2014, Ningxiang county posted GDP of 79.8 billion yuan, up 12.3 percent. ", "en"),
    ],
)
def test_results_stated_for_the_publication_year_date_the_sentences_after_them(opening, lang):
    after = "规模工业增加值增长14.1%。" if lang == "zh" else "Industrial value added grew 14.1 percent."
    got = brief(claims(opening + after, published="2014-12-14", lang=lang), "value", "period")
    assert got[-1] == (14.1, "2014")


def test_a_date_in_the_publication_year_dates_no_result_after_it():
    text = "2014年1月20日，宁乡县召开经济工作会议。规模工业增加值增长14.1%。"
    assert brief(claims(text, published="2014-02-14"), "value", "period") == [(14.1, "2013")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "五年来，义乌市地区生产总值从2012年的802.6亿元增加到1158.1亿元；一般公共预算收入从64.9亿元增加到95.4亿元。"
            "城镇居民人均可支配收入达到68210元。",
            "zh",
        ),
        (
            "Over the past five years, Yiwu's GDP rose from 80.26 billion yuan in 2012 to 115.81 billion yuan, and "
            "its general public budget revenue went from 6.49 billion yuan to 9.54 billion yuan. Per capita "
            "disposable income of urban residents reached 68,210 yuan.",
            "en",
        ),
    ],
)
def test_the_year_a_change_started_from_dates_no_later_figure_of_a_review(text, lang):
    got = brief(claims(text, published="2018-01-23", lang=lang), "value", "period")
    assert got[-3:] == [(6.49e9, "2012"), (9.54e9, "2017"), (68210, "2017")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("宁乡县预计全年实现地区生产总值798亿元，增长12.3%。社会消费品零售总额突破200亿元。", "zh"),
        (
            "Ningxiang county expects its GDP to reach 79.8 billion yuan for the full year, up 12.3 percent. "
            "Retail sales topped 20 billion yuan.",
            "en",
        ),
    ],
)
def test_an_estimate_for_this_full_year_dates_the_paragraphs_figures_after_it(text, lang):
    got = brief(claims(text, published="2014-12-14", lang=lang), "indicator", "period", "kind")
    assert got[-1] == ("retail_sales", "2014", "actual")


@pytest.mark.parametrize("text", ["预计全年，昆山GDP将达到3200亿元左右。", "昆山GDP预计将达到3200亿元。"])
def test_a_forecasts_will_is_no_goal(text):
    assert brief(claims(text, published="2016-07-26"), "period", "kind") == [("2016", "expected")]


def test_a_goals_will_stays_a_goal():
    assert brief(claims("昆山力争GDP将达到3200亿元。", published="2016-07-26"), "kind") == [("target",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jiangyin's GDP in the first half was 260 billion yuan, up from 245 billion yuan a year earlier.", "en"),
        (
            "In the first half, Jiangyin's GDP was 260 billion yuan, compared with 245 billion yuan in the same "
            "period last year.",
            "en",
        ),
        (
            "In the first half, Jiangyin's GDP was 260 billion yuan, against 245 billion yuan in the year-ago period.",
            "en",
        ),
        ("上半年，江阴市GDP为2600亿元，去年同期为2450亿元。", "zh"),
        ("上半年，江阴市GDP为2600亿元，比去年同期的2450亿元增加150亿元。", "zh"),
    ],
)
def test_the_same_period_a_year_before_is_the_base_of_the_period_spoken_of(text, lang):
    got = [
        (c["value"], c["period"]) for c in claims(text, published="2025-07-25", lang=lang) if c["indicator"] == "gdp"
    ]
    assert got == [(260e9, "2025-H1"), (245e9, "2024-H1")]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("2024年，江阴市GDP增长5.6%，上年为4.8%。", ["2024", "2023"]),
        ("2024年，江阴市GDP为5320亿元，而上一年为5000亿元。", ["2024", "2023"]),
        ("上半年，江阴市GDP为2600亿元，上年同期为2450亿元。", ["2024-H1", "2023-H1"]),  # published in March
    ],
)
def test_the_year_before_said_as_the_subject_of_a_figure_is_before_the_one_spoken_of(text, periods):
    assert [c["period"] for c in claims(text, published="2025-03-20")] == periods


def test_last_years_figure_compared_with_is_the_year_before_the_one_stated():
    text = "2024年，江阴市GDP为5320亿元，比上年的5000亿元增加320亿元。"
    got = [(c["value"], c["period"]) for c in claims(text, published="2025-07-25") if c["indicator"] == "gdp"]
    assert got == [(532e9, "2024"), (500e9, "2023")]


@pytest.mark.parametrize(
    "text",
    [
        "Changsha County had 9 listed companies and more than 600 high-tech enterprises at the end of 2023.",
        "Changsha County had 600 high-tech enterprises and 9 listed companies by the end of 2023.",
        "长沙县共有上市公司9家、高新技术企业600余家（截至2023年底）。",
    ],
)
def test_a_year_end_written_after_a_list_of_stocks_dates_each_of_them(text):
    cs = extract_claims(text, lang="zh" if "县" in text else "en", published="2024-06-01")
    assert [(c.period, "period" in c.inferred) for c in cs] == [("2023", False), ("2023", False)]


def test_a_year_end_in_a_later_clause_with_its_own_verb_dates_only_that_clause():
    text = "Changsha County covers 1,756 square kilometers, and had 1.5 million residents at the end of 2023."
    got = [(c.indicator, c.period) for c in extract_claims(text, lang="en", published="2024-06-01")]
    assert got == [("area", "2024"), ("population", "2023")]


def test_an_ordinal_after_a_figure_is_the_part_of_the_year_the_sentence_named_before():
    text = (
        "Changsha County's GDP grew 6.1 percent in the third quarter, after 5.4 percent in the second and "
        "4.9 percent in the first."
    )
    got = [(c.period, c.value) for c in extract_claims(text, lang="en", published="2025-11-05")]
    assert got == [("2025-Q3", 6.1), ("2025-Q2", 5.4), ("2025-Q1", 4.9)]


@pytest.mark.parametrize(
    "text",
    [
        "2021年，南山区GDP达7800亿元，增长2.3%。\n\n福田区同年GDP为5300亿元。",
        "In 2021, Nanshan's GDP reached 780 billion yuan.\n\nFutian's GDP was 530 billion yuan in the same year.",
    ],
)
def test_the_same_year_is_the_year_said_last_also_in_the_paragraph_before(text):
    got = [c.to_dict() for c in extract_claims(text, lang="en" if text[0] == "I" else "zh", published="2024-03-10")]
    assert [(c["region"], c["period"]) for c in got if c["indicator"] == "gdp"] == [
        ("440305", "2021"),
        ("440304", "2021"),
    ]


@pytest.mark.parametrize("now", ["截至目前，", "目前，"])
def test_a_stock_said_of_now_is_counted_at_publication_under_a_title_of_the_year_before(now):
    text = f"2025年武侯区GDP预计突破1600亿元\n\n{now}武侯区已有国家高新技术企业1300余家。"
    got = [c.to_dict() for c in extract_claims(text, lang="zh", published="2026-01-06")]
    assert [(c["indicator"], c["period"]) for c in got if c["unit"] == "count"] == [("high_tech_enterprises", "2026")]


@pytest.mark.parametrize("published", ["2023-05-01", None])
def test_an_average_over_a_past_plan_whose_last_year_the_sentence_names_spans_the_plan(published):
    text = (
        "江岸区概况\n\n2022年江岸区GDP增长4.1%。\n\n“十三五”期间，江岸区地区生产总值年均增长7.2%，2020年突破1300亿元。"
    )
    got = [c.to_dict() for c in extract_claims(text, lang="zh", published=published)]
    assert [(c["indicator"], c["period"]) for c in got][1:] == [("gdp_growth", "2016/2020"), ("gdp", "2020")]


def test_now_in_an_undated_profile_is_the_latest_year_it_names():
    text = "About Huangpu\n\nIn 2021, Huangpu's GDP reached 415.8 billion yuan.\n\n"
    text += "The district now has 65 listed companies."
    got = [c.to_dict() for c in extract_claims(text, lang="en", published=None)]
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", "2021"), ("listed_companies", "2021")]


@pytest.mark.parametrize(
    ("published", "period"),
    [("2025-04-20", "2025-Q1"), ("2025-08-01", "2025-H1"), ("2025-11-05", "2025-Q1Q3")],
)
@pytest.mark.parametrize(
    ("text", "lang"),
    [("今年以来，龙岗区GDP同比增长5.6%。", "zh"), ("So far this year, Longgang's GDP has grown 5.6 percent.", "en")],
)
def test_growth_so_far_this_year_is_of_the_latest_quarters_reported(text, lang, published, period):
    got = claims(text, published, lang)
    assert [(c["indicator"], c["period"], "period" in c["inferred"]) for c in got] == [("gdp_growth", period, True)]


def test_a_year_to_date_figure_of_a_monthly_measure_keeps_its_reading():
    """Guard: only the quarterly accounts (GDP, value added) are reported by quarter (passes before too)."""
    got = claims("今年以来，龙岗区社会消费品零售总额增长4%。", "2025-08-01", "zh")
    assert [c["period"] for c in got] == ["2025"]


def test_the_first_three_months_are_the_first_quarter():
    text = "Futian grew 6.1 percent in the second quarter, faster than the 4.9 percent of the first three months."
    got = claims(text, published="2025-08-10")
    assert [(c["period"], c["value"]) for c in got] == [("2025-Q2", 6.1), ("2025-Q1", 4.9)]


@pytest.mark.parametrize("thing", ["the AI race", "the decade", "the 14th Five-Year Plan"])
def test_the_second_half_of_something_not_a_year_is_no_half_year(thing):
    text = f"Longgang aims to lead in the second half of {thing}.\n\nLonggang's GDP grew 4.8 percent."
    got = claims(text, published="2026-02-10")
    assert [c["period"] for c in got] == ["2025"]


def test_a_full_year_looked_ahead_to_leaves_the_half_year_reported_on():
    text = (
        "In the first half, Futian's GDP reached 320.4 billion yuan, up 5.1 percent. That leaves it on course to "
        "top 650 billion yuan for the full year.\n\nRetail sales rose 3.2 percent to 61.5 billion yuan."
    )
    got = claims(text, published="2025-08-10")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("gdp", "2025-H1", "actual"),
        ("gdp_growth", "2025-H1", "actual"),
        ("gdp", "2025", "expected"),
        ("other:retail_sales_growth", "2025-H1", "actual"),
        ("retail_sales", "2025-H1", "actual"),
    ]


@pytest.mark.parametrize("base", ["up from 43 in 2021", "compared with 43 in 2021", "against 43 in 2021"])
def test_the_year_of_a_comparisons_base_figure_does_not_date_the_next_sentence(base):
    text = (
        f"Some 59 counties now produce over 100 billion yuan a year, {base}. Kunshan and Jiangyin each generate more."
    )
    text = text.replace("more.", "over 300 billion yuan.")
    got = claims(text, published="2026-03-05")
    assert [(c["region"], c["period"]) for c in got][-2:] == [("320583", "2025"), ("320281", "2025")]


def test_a_fact_box_run_into_one_line_dates_each_figure_by_its_own_label():
    text = (
        "Changshu at a glance\n\nLand area: 1,276 square kilometers Permanent population (end-2024): 1.68 million "
        "GDP (2024): 292 billion yuan Listed companies: 41"
    )
    got = claims(text, published="2025-12-02", lang="en")
    assert brief(got, "indicator", "period") == [
        ("area", "2025"),
        ("population", "2024"),
        ("gdp", "2024"),
        ("listed_companies", "2025"),
    ]


def test_a_place_named_before_a_colon_is_no_fact_box_label():
    w_text = "The year 2026 began well for Shenzhen's Nanshan District: its GDP grew 6 percent in 2025."
    got = claims(w_text, published="2026-02-12", lang="en")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2025")]


@pytest.mark.parametrize("title", ["南山区经济运行情况", "南山区政府工作报告"])
def test_an_estimate_early_in_the_year_in_a_paragraph_about_the_year_ended_is_that_years(title):
    text = (
        f"{title}\n\n2024年，全区经济稳中有进。地区生产总值预计达到9500亿元，增长6%。国家高新技术企业总数达到4800家。"
    )
    got = claims(text, published="2025-01-15", lang="zh")
    assert brief(got, "indicator", "period", "kind") == [
        ("gdp", "2024", "expected"),
        ("gdp_growth", "2024", "expected"),
        ("high_tech_enterprises", "2024", "actual"),
    ]


def test_an_english_estimate_in_january_after_last_years_paragraph_opening_is_last_years():
    text = (
        "Haidian district news\n\nIn 2025, Haidian district's economy remained stable. Regional GDP is expected to "
        "reach 1.16 trillion yuan. The number of national high-tech enterprises reached 12,300."
    )
    got = claims(text, published="2026-01-20")
    assert brief(got, "indicator", "period", "kind") == [
        ("gdp", "2025", "expected"),
        ("high_tech_enterprises", "2025", "actual"),
    ]


def test_an_estimate_later_in_the_year_looks_ahead():
    text = (
        "Haidian district news\n\nIn 2025, Haidian's economy grew 5 percent. "
        "Regional GDP is expected to reach 1.2 trillion yuan."
    )
    got = claims(text, published="2026-06-20")
    assert brief(got, "indicator", "period")[-1] == ("gdp", "2026")


def test_a_chinese_stock_said_to_be_held_now_is_of_publication():
    text = "南山区经济运行情况\n\n2024年，全区经济稳中有进。目前全区拥有国家高新技术企业4800家。"
    got = claims(text, published="2025-03-15", lang="zh")
    assert brief(got, "indicator", "period") == [("high_tech_enterprises", "2025")]


@pytest.mark.parametrize(
    ("opening", "lang"),
    [("Over the past year, Haidian's economy remained stable.", "en"), ("过去一年，海淀区经济稳中有进。", "zh")],
)
def test_a_paragraph_opened_by_the_past_year_speaks_of_the_year_just_ended(opening, lang):
    rest = (
        " Regional GDP is expected to reach 1.16 trillion yuan. The number of high-tech enterprises reached 12,300."
        if lang == "en"
        else "地区生产总值预计达到11600亿元。国家高新技术企业总数达到12300家。"
    )
    got = claims(f"Haidian\n\n{opening}{rest}", published="2026-01-20", lang=lang)
    assert brief(got, "indicator", "period") == [("gdp", "2025"), ("high_tech_enterprises", "2025")]


def test_last_year_early_in_a_long_sentence_dates_every_figure_after_it():
    text = (
        "Hainan's GDP was about 790 billion yuan in 2024. Nanshan's growth of 6.1 per cent last year outpaced "
        "Shenzhen's 5.5 per cent and the national figure of 5 per cent."
    )
    got = claims(text, published="2026-02-20")
    assert brief(got, "region", "indicator", "period")[1:] == [
        ("440305", "gdp_growth", "2025"),
        ("440300", "gdp_growth", "2025"),
        ("CN", "gdp_growth", "2025"),
    ]


def test_a_run_on_fact_box_takes_its_titles_year_when_its_lines_state_none():
    text = (
        "About Longgang\n\nLonggang is home to many leading firms. Key figures (2024) GDP: RMB 528.52 billion "
        "GDP growth: 6.1% Population: 4.02 million Area: 388.21 km2"
    )
    got = claims(text, published="2025-06-10")
    assert brief(got, "indicator", "period") == [
        ("gdp", "2024"),
        ("gdp_growth", "2024"),
        ("population", "2024"),
        ("area", "2024"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("海淀区2022年迈入万亿俱乐部，去年GDP约1.23万亿元。", "zh"),
        ("Haidian crossed 1 trillion yuan in 2022, and last year its GDP was about 1.23 trillion yuan.", "en"),
    ],
)
def test_last_year_said_in_a_later_clause_than_a_written_year_dates_its_own_figure(text, lang):
    """The nearer statement of the period wins: 去年 after 2022年 in a later clause is the year before
    publication for the figure after it; the crossing keeps its written year."""
    got = claims(text, published="2026-02-12", lang=lang)
    assert brief(got, "region", "indicator", "period", "value") == [
        ("110108", "gdp", "2022", 1e12),
        ("110108", "gdp", "2025", 1.23e12),
    ]


def test_the_same_period_last_year_in_a_later_clause_is_a_base_not_the_figures_year():
    got = claims("2025年前三季度，昆山市GDP为4100亿元，比去年同期增长5.2%。", published="2025-10-28")
    assert brief(got, "indicator", "period") == [("gdp", "2025-Q1Q3"), ("gdp_growth", "2025-Q1Q3")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("By 2030, Yiwu aims to raise its GDP from 195 billion yuan to 300 billion yuan.", "en"),
        ("到2030年，义乌市地区生产总值力争由1950亿元增加到3000亿元。", "zh"),
    ],
)
def test_the_base_a_goal_starts_from_is_where_the_place_stands_now(text, lang):
    """The goal is 2030's; the base of its change is the latest year reported (2025, a result), not 2029 or
    2030 as a goal."""
    got = claims(text, published="2026-01-15", lang=lang)
    assert brief(got, "period", "value", "kind") == [("2025", 1.95e11, "actual"), ("2030", 3e11, "target")]


def test_a_result_before_a_page_number_run_into_a_targets_heading_stays_a_result():
    """A page scraped without its breaks: "… above 13 percent. - 2 - II. Main Targets for 2026 …" — the page
    number ends the sentence of results, so the heading's targets do not reach back to it."""
    text = (
        "Haidian work report\n\nHaidian's R&D spending as a share of GDP was above 13 percent. - 2 - "
        "II. Main Targets for 2026 The main targets are: GDP growth of around 5.5 percent."
    )
    got = claims(text, published="2026-01-20", lang="en")
    assert brief(got, "indicator", "period", "kind") == [
        ("rd_intensity", "2025", "actual"),
        ("gdp_growth", "2026", "target"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Over the first three quarters of this year Cixi grew 6.2%.",
        "Cixi is a port city. Over the first three quarters of this year the city grew 6.2%.",
        "Cixi is a port city. Over the first three quarters, the city grew 6.2%.",
    ],
)
def test_over_a_part_of_the_year_opening_a_clause_is_its_span_not_a_comparison(text):
    assert brief(claims(text, published="2025-11-20"), "period") == [("2025-Q1Q3",)]


def test_over_a_part_of_the_year_after_a_figure_is_still_a_comparison_base():
    """Guard: 'up 6.2% over the first half' compares with the first half; the rate is the year's."""
    got = claims("Cixi's GDP grew 6.2% in 2024, up 1.1 points over the first half.", published="2025-03-01")
    assert brief(got, "indicator", "period")[0] == ("gdp_growth", "2024")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "有机构测算，龙岗、宝安跻身万亿区的时间点或在2036年前后。",
            [("440307", "2036", "expected"), ("440306", "2036", "expected")],
        ),
        ("宝安区迈入万亿俱乐部的时间预计在2034年。", [("440306", "2034", "expected")]),
        ("南山区迈入万亿俱乐部的时间是2024年。", [("440305", "2024", "actual")]),  # guard: a time stated, not guessed
    ],
)
def test_the_time_a_crossing_comes_written_after_it_dates_it(text, expected):
    got = claims(text, lang="zh", published="2025-08-05")
    assert [(c["region"], c["period"], c["kind"]) for c in got] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cixi plans to raise its R&D intensity to 4 percent by 2028, from 3.4 percent now.", "en"),
        ("Cixi plans to raise its R&D intensity from 3.4 percent now to 4 percent by 2028.", "en"),
        ("Cixi plans to raise its R&D intensity to 4 percent by 2028, from 3.4 percent.", "en"),
        ("慈溪市力争到2028年研发投入强度提高到4%，目前为3.4%。", "zh"),
    ],
)
def test_where_a_place_stands_now_beside_its_goal_is_a_result_of_the_latest_year(text, lang):
    # the goal's base, said of now or left undated: the latest year reported (a flow), a result, not a goal
    got = claims(text, lang=lang, published="2025-03-10")
    assert sorted((c["indicator"], c["period"], c["value"], c["kind"]) for c in got) == [
        ("rd_intensity", "2024", 3.4, "actual"),
        ("rd_intensity", "2028", 4.0, "target"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "慈溪力争到2028年上市公司达到40家，目前已有31家。",  # the short name before 力争到…年 is the subject too
        "Cixi aims to have 40 listed companies by 2028, up from 31 now.",
    ],
)
def test_a_count_now_beside_its_goal_is_this_years_stock_and_a_result(text):
    got = claims(text, lang="zh" if "慈" in text else "en", published="2025-03-10")
    assert [(c["region"], c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("330282", "listed_companies", "2028", "target"),
        ("330282", "listed_companies", "2025", "actual"),
    ]


def test_now_in_an_earlier_clause_of_a_goal_leaves_the_goal_a_goal():
    """Guard: 目前正在推进 is no figure's 'now'; the growth after it is still the plan's."""
    text = "到2028年，慈溪市GDP力争达到3500亿元，目前正在加快推进，年均增长6%以上。"
    got = claims(text, lang="zh", published="2025-03-10")
    assert [c["kind"] for c in got] == ["target", "target"]


# ------------------------------------------------------------------ the year a place was founded
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a founding year in an aside is history: the present-tense stocks take the publication year
        ("Pudong, established in 1990, covers 1,210 square kilometers.", "en", [("area", "2018", 1210.0)]),
        ("Founded in 1990, Pudong has a population of 5.5 million.", "en", [("population", "2018", 5500000.0)]),
        ("Pudong, founded in 1990, had GDP of 965 billion yuan.", "en", [("gdp", "2017", 965e9)]),
        ("浦东新区成立于1993年，面积1210平方公里。", "zh", [("area", "2018", 1210.0)]),
        # nor does it become the year the next sentence speaks of
        ("Pudong was established in 1990. GDP grew 8.7 percent.", "en", [("gdp_growth", "2017", 8.7)]),
        # the time of the founding is the period of a figure of that time
        ("When Pudong was established in 1990, its GDP was just 6 billion yuan.", "en", [("gdp", "1990", 6e9)]),
        ("1992年撤县设市时，昆山GDP仅30亿元。", "zh", [("gdp", "1992", 3e9)]),
        # nor when it is written after the figure
        (
            "Pudong's R&D intensity was 3.5%, and the new area was established in 1990.",
            "en",
            [("rd_intensity", "2017", 3.5)],
        ),
        ("Pudong's GDP grew 8.7%, the fastest since it was founded in 1990.", "en", [("gdp_growth", "2017", 8.7)]),
        ("Pudong's GDP grew 8.7% in 2016.", "en", [("gdp_growth", "2016", 8.7)]),
        # and firms set up in a year are that year's count
        ("Pudong had 30,000 newly established enterprises in 2017.", "en", [("new_enterprises", "2017", 30000.0)]),
    ],
)
def test_a_founding_year_dates_no_figure_of_today(text, lang, expected):
    assert periods(text, "2018-01-24", lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2020年，江阴GDP达4113.8亿元。如今，江阴拥有上市公司37家。全市常住人口178万。", "zh"),
        (
            "In 2020, Jiangyin's GDP reached 411.4 billion yuan. Today, Jiangyin has 37 listed companies. "
            "The city has 1.78 million residents.",
            "en",
        ),
    ],
)
def test_a_sentence_of_now_ends_the_year_spoken_of_before_it(text, lang):
    # the population after "如今…"/"Today, …" is of today (the publication year), not of 2020
    got = periods(text, "2021-06-18", lang)
    assert got == [("gdp", "2020", got[0][2]), ("listed_companies", "2021", 37.0), ("population", "2021", 1780000.0)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("By the end of September, Luohu's GDP had reached 200.1 billion yuan.", "2024-Q1Q3"),  # was 2023
        (
            "Luohu's GDP was 130 billion yuan in the first half and rose to 200.1 billion yuan by the end of September",
            "2024-Q1Q3",
        ),  # was 2024-H1
        ("By the end of June, Luohu's fixed-asset investment had grown 5 percent.", "2024-H1"),
        ("截至9月末，罗湖区地区生产总值达2001亿元。", "2024-Q1Q3"),  # was 2023
        ("罗湖区上半年GDP为1300亿元，到9月底增至2001亿元。", "2024-Q1Q3"),  # was 2024-H1
        ("截至2024年6月底，罗湖区固定资产投资增长5%。", "2024-H1"),
    ],
)
def test_a_flow_counted_to_the_end_of_a_quarters_month_is_that_part_of_the_year(text, period):
    got = claims(text, published="2024-11-05", lang="zh" if "罗湖" in text else "en")
    assert [c["period"] for c in got][-1] == period


def test_a_stock_counted_at_the_end_of_september_is_the_years():  # a guard: passed before too
    got = claims("As of the end of September, Luohu had 45 listed companies.", published="2024-11-05", lang="en")
    assert [c["period"] for c in got] == ["2024"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Since 1992, Jiangyin's GDP has soared from 4 billion yuan to 505 billion yuan.", "en", ["1992", "2023"]),
        ("1992年以来，江阴GDP从40亿元增长到5050亿元。", "zh", ["1992", "2023"]),  # was 2022 for the start
        ("Since 1992, Jiangyin's GDP has grown to 505 billion yuan.", "en", ["2023"]),  # was 1992
        # a span since an event of that year: its start, not the year of the figures (were 2022 and 1992)
        (
            "Since its establishment in 1992, Jiangyin's GDP has soared from 4 billion yuan to 505 billion yuan.",
            "en",
            ["1992", "2023"],
        ),
        ("Since it was set up as a city in 1992, Jiangyin's GDP has grown to 505 billion yuan.", "en", ["2023"]),
        ("1992年撤县设市以来，江阴GDP从40亿元增长到5050亿元。", "zh", ["1992", "2023"]),
        ("自2012年党的十八大以来，江阴GDP从2200亿元增长到5050亿元。", "zh", ["2012", "2023"]),
    ],
)
def test_a_span_since_a_year_starts_its_from_figure_there_and_ends_now(text, lang, expected):
    got = claims(text, published="2024-04-18", lang=lang)
    assert [c["period"] for c in got] == expected


def test_a_year_a_span_started_in_is_not_the_year_the_sentences_after_speak_of():
    text = (
        "Since 1992, Jiangyin's GDP has grown to 505 billion yuan. "
        "Its general public budget revenue was 27 billion yuan."
    )
    got = claims(text, published="2024-04-18", lang="en")
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", "2023"), ("fiscal_revenue", "2023")]  # was 1992


@pytest.mark.parametrize(
    "text",
    [
        "Wuhou's GDP topped 100 billion yuan for the first time in 2019 and reached 145 billion yuan four years later.",
        "In 2019, Wuhou's GDP topped 100 billion yuan; it reached 145 billion yuan four years later.",
    ],
)
def test_a_figure_so_many_years_later_than_the_year_before_it_is_that_years(text):
    got = claims(text, published="2024-06-01", lang="en")
    assert [c["period"] for c in got] == ["2019", "2023"]  # was 2019 for both


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("武侯区GDP去年增长6.2%，前年增长2.0%。", ["2023", "2022"]),  # was 2023 for both
        ("武侯区GDP于2019年突破千亿元，前年达到1350亿元。", ["2019", "2022"]),  # was 2019 for both
        ("武侯区GDP比前年增长8%。", ["2023"]),  # a guard: the base of a comparison
    ],
)
def test_the_year_before_last_is_two_years_before_publication(text, expected):
    got = claims(text, published="2024-06-01", lang="zh")
    assert [c["period"] for c in got] == expected


@pytest.mark.parametrize(
    ("words", "period"), [("the first 3 quarters", "2025-Q1Q3"), ("the first 2 quarters", "2025-H1")]
)
def test_quarters_counted_in_digits_are_parts_of_the_year(words, period):
    got = periods(f"Jiangyin's GDP grew 5.1 percent in {words}.", published="2025-10-28")
    assert got == [("gdp_growth", period, 5.1)]


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Futian, the city's financial hub, is next in line with 630 billion yuan.", "2025"),
        ("Futian ranks second with 630 billion yuan.", "2025"),
        ("Futian was second with 300 billion yuan.", "2015"),  # a guard: the past tense keeps the year spoken of
    ],
)
def test_a_present_tense_rank_with_a_sum_is_now_not_the_year_of_the_history_before(sentence, period):
    text = "Nanshan's GDP reached 1.01 trillion yuan in 2025. In 2015, Nanshan's GDP was 371 billion yuan. " + sentence
    assert periods(text, published="2026-01-28")[-1][1] == period


@pytest.mark.parametrize(
    "between",
    [
        "That is a 0.4 percentage-point gain compared with the first quarter, the bureau said.",
        "Industrial output grew 6 percent, surpassing the growth rate in the January-May period by 0.8 points.",
        "Growth was 0.3 percentage points above the first quarter.",
    ],
)
def test_a_part_of_the_year_named_as_a_base_of_comparison_does_not_become_the_period_spoken_of(between):
    # "compared with the first quarter" (too far before the part for the comparison to be seen) and
    # "surpassing the growth rate in January-May" dated the paragraphs after them Q1 and January-May
    text = (
        "In the first half of 2025, Kunshan's GDP was 260 billion yuan, up 5.6 percent. "
        + between
        + "\n\nThe added value of the tertiary industry was 130 billion yuan. Retail sales of consumer goods "
        "were 90 billion yuan."
    )
    got = brief(claims(text, published="2025-07-25"), "indicator", "period")
    assert got[-2:] == [("tertiary_value_added", "2025-H1"), ("retail_sales", "2025-H1")]


def test_the_past_three_quarters_in_an_october_headline_are_the_first_three_quarters():
    # "the past three quarters" was no part of the year (its growth dated the year before) and "three
    # quarters" a share of 75 percent
    got = claims(
        "Shenzhen posts 2.6% GDP growth for the past three quarters\n\nOfficials said so.", published="2020-10-23"
    )
    assert brief(got, "indicator", "period", "value") == [("gdp_growth", "2020-Q1Q3", 2.6)]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's GDP grew from 652.7 billion yuan at the end of the 13th Five-Year Plan period to 1 trillion yuan.",
        "At the end of the 13th Five-Year Plan period, Nanshan's GDP was 652.7 billion yuan.",
        "“十三五”末，南山区GDP为6527亿元。",
    ],
)
def test_a_figure_at_the_end_of_a_five_year_plan_is_of_the_plans_last_year(text):
    # it was dated the year before publication (or the year before that, as the base of a change)
    got = claims(text, published="2026-01-27")
    assert brief(got, "value", "period")[0] == (652.7e9, "2020")


def test_a_figure_after_a_change_from_a_plans_end_keeps_its_own_year():
    # the base was dated the year before the one the change ended in
    text = (
        "Nanshan's GDP went from 652.7 billion yuan at the end of the 13th Five-Year Plan period to 1 trillion "
        "yuan in 2025."
    )
    assert brief(claims(text, published="2026-01-27"), "value", "period") == [(652.7e9, "2020"), (1e12, "2025")]


@pytest.mark.parametrize(
    ("verb", "period"), [("were expected to", "2025"), ("are expected to", "2026"), ("was set to", "2025")]
)
def test_an_estimate_in_the_past_tense_early_in_a_year_is_of_the_year_just_ended(verb, period):
    # "were expected to top 192 billion yuan" in a January report, a paragraph with no year: dated 2026
    text = f"Nanshan's work report was out.\n\nRetail sales of consumer goods in Nanshan {verb} top 192 billion yuan."
    assert brief(claims(text, published="2026-01-27"), "period", "kind") == [(period, "expected")]


def test_a_quarter_named_after_than_that_in_is_a_base_of_comparison():
    # "1.4 points faster than that in the first quarter" dated every later figure Q1
    text = (
        "Quzhou's GDP was 99.5 billion yuan in the first half of 2023. Retail sales grew 9.7 percent, 1.4 points "
        "faster than that in the first quarter.\nFixed asset investment increased by 12.5 percent."
    )
    got = claims(text, published="2023-07-24")
    assert brief(got, "indicator", "period")[-1] == ("fixed_asset_investment_growth", "2023-H1")


def test_parts_named_only_as_bases_leave_the_running_part():
    # "above the rate for the first half of this year": the bases were no longer the period spoken of, and
    # "this year" then ended the first three quarters the story is about (the next paragraph was dated 2019)
    text = (
        "Shenzhen's GDP grows 2.6% in first three quarters\n\nShenzhen's GDP was 1.98 trillion yuan in the first "
        "three quarters. That is 2.5 percentage points above the rate for the first half of this year and 9.2 "
        "points above the first quarter.\n\nThe tertiary industry's added value was 1.25 trillion yuan."
    )
    got = claims(text, published="2020-10-23")
    assert brief(got, "indicator", "period")[-1] == ("tertiary_value_added", "2020-Q1Q3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tianhe's GDP will increase by 8 percent.", ("gdp_growth", "2023", "expected")),
        (
            "In Tianhe, the gross value that big factories turn out will also rise by more than 8 percent.",
            ("other:growth", "2023", "expected"),
        ),
    ],
)
def test_a_change_a_news_story_says_will_come_is_this_years_forecast(text, expected):
    # "will increase by 8 percent" in January was last year's result
    assert brief(claims(text, published="2023-01-31"), "indicator", "period", "kind") == [expected]


def test_a_headlines_figure_takes_the_period_its_body_states_for_it():
    # the headline names no period: its growth was dated the last full year (2019), the body's is the first half
    text = (
        "Haidian's GDP grows 2.6%\n\nIn the first half of this year the GDP of Haidian district in Beijing came to "
        "397.05 billion yuan, 2.6% more than a year before."
    )
    got = claims(text, published="2020-07-28")
    assert brief(got, "indicator", "period") == [
        ("gdp_growth", "2020-H1"),
        ("gdp", "2020-H1"),
        ("gdp_growth", "2020-H1"),
    ]


def test_a_headlines_figure_takes_the_part_of_the_year_its_body_names_without_the_year():
    # "in the first half of the year": the half is written, its year is the publication's; the headline had been
    # dated the last full year (2023)
    text = (
        "Minhang GDP climbs 7.4%\n\nMinhang's GDP climbed 7.4 percent in the first half of the year, while its "
        "budget revenue rose 9.1 percent."
    )
    got = brief(claims(text, published="2024-07-25"), "indicator", "period")
    assert got[:2] == [("gdp_growth", "2024-H1"), ("gdp_growth", "2024-H1")]


def test_a_headlines_year_is_not_replaced_by_a_year_the_body_only_guesses():  # a guard
    text = (
        "Minhang GDP climbs 7.4%\n\nThe district's GDP climbed 7.4 percent, its budget revenue 9.1 percent, the "
        "district head said in a speech published this week."
    )
    got = brief(claims(text, published="2024-07-25"), "indicator", "period")
    assert got[0] == ("gdp_growth", "2023")


def test_a_headlines_forecast_the_body_reports_as_last_years_result_is_that_result():
    text = (
        "Huadu poised for a bright year with GDP up 6.4%\n\n"
        "Huadu district's GDP reached about 210 billion yuan last year, up 6.4 percent year-on-year."
    )
    got = brief(claims(text, published="2024-02-07"), "indicator", "period", "kind")
    assert got[0] == ("gdp_growth", "2023", "actual")  # was a 2024 forecast ("poised for")


def test_a_headline_is_not_dated_by_a_forecast_of_the_same_figure_in_its_body():  # a guard
    text = (
        "Kunshan's GDP tops 500 billion yuan\n\nKunshan reported GDP of 480 billion yuan in 2017, and officials "
        "expected the city's GDP to exceed 500 billion yuan in 2018."
    )
    got = claims(text, published="2018-01-24")
    assert brief(got, "value", "period", "kind")[0] == (500e9, "2017", "actual")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("output in the first half of 2024", "H1"),
        ("sales in Q3 2024", "Q3"),
        ("the first three quarters of 2024", "Q1Q3"),
        ("全省2024年上半年", "H1"),
        ("2024年前三季度", "Q1Q3"),
        ("in the first half, and in 2024", None),  # the half is not written onto the year
        ("2024年，上半年", None),
        ("growth in 2024", None),
    ],
)
def test_the_part_of_the_year_written_onto_a_year(text, part):
    at = text.index("2024")
    assert part_of_year(text, at, at + 4) == part


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Wujiang's GDP in 2023Q4 was 68.4 billion yuan, up 4.9 percent.", "2023-Q4"),
        ("Wujiang's GDP for 2023H1 was 131.2 billion yuan, up 5.1 percent.", "2023-H1"),
        ("Wujiang's GDP for 2023 was 262.0 billion yuan, up 5.0 percent.", "2023"),
    ],
)
def test_a_quarter_or_half_run_onto_its_year_as_in_data_tables_is_the_period(text, period):
    # "2023Q4" had been read as the year alone: a part was only a word on its own, not after the year's digits
    found = {(c["indicator"], c["period"]) for c in claims(text, "2024-03-01")}
    assert found == {("gdp", period), ("gdp_growth", period)}


def test_a_part_of_the_year_written_onto_the_sentences_year_dates_a_figure_far_after_it():
    # the half-year phrase lies over 120 characters before Hunan's figure: the year alone was read, and the
    # whole of 2024 (not over in August) made the figure a goal
    text = (
        "Official data released in late July show that the national economy kept expanding in the first half of "
        "2024, with output up 5.0 percent from a year earlier, while Hunan province, by some margin the largest "
        "economy of the central provinces, recorded an economic total of 2.55 trillion yuan."
    )
    got = claims(text, published="2024-08-05")
    assert brief(got, "region", "period", "kind")[-1] == ("430000", "2024-H1", "actual")


def test_a_year_written_without_a_part_leaves_a_far_part_of_the_year_alone():  # a guard
    text = (
        "Official data released in late July show that the national economy kept expanding in the first half, "
        "with output up 5.0 percent from a year earlier, while Hunan province, by some margin the largest "
        "economy of the central provinces, recorded an economic total of 5.3 trillion yuan in 2023."
    )
    got = claims(text, published="2024-08-05")
    assert brief(got, "region", "period")[-1] == ("430000", "2023")


def test_a_window_cut_at_a_year_on_year_is_no_annual_average():
    # the 40 characters before a rate began ' a year-on-year increase of …': '^ a year' read as 'percent a year'
    sentence = "Hengnan grew in 2022, with a year-on-year increase of 5.2%, 5.1%, 5.2% and 5.4% respectively."
    at = sentence.index("5.2% and")
    before = sentence[:at]
    assert before[-40:].startswith(" a year-on-year")
    assert average(sentence, before, sentence[at + 4 :], 2022, 2023) is None
    assert average("It grew 6% a year in 2018-2022.", "It grew ", " a year in 2018-2022.", 2022, 2023) is not None


def test_an_estimate_opening_a_paragraph_of_a_january_report_is_of_the_year_just_ended():
    # figures invented for this test: with no year in its paragraph, 预计 was read as a forecast of 2018
    text = (
        "坪山区第一届人民代表大会第二次会议开幕。\n过去一年，坪山区各项工作取得新进展。\n"
        "预计地区生产总值突破600亿元、增长12%左右，一般公共预算收入达到45亿元。"
    )
    got = claims(text, published="2018-01-20", lang="zh")
    assert brief(got, "indicator", "period", "kind")[:2] == [
        ("gdp", "2017", "expected"),
        ("gdp_growth", "2017", "expected"),
    ]


def test_an_estimate_of_this_year_opening_a_paragraph_in_january_is_this_years():  # a guard
    got = claims("坪山区人大会议开幕。\n预计今年地区生产总值增长8%左右。", published="2018-01-20", lang="zh")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2018")]


def test_an_estimate_for_the_year_in_a_look_back_at_last_year_is_of_that_year():
    # figures invented for this test: 'expected … for the year' in January took the publication year (2025)
    text = (
        "Looking back on 2024: Minhang in numbers\nIn the first three quarters, the district's GDP grew 4.1 percent.\n"
        "Retail sales are expected to top 150 billion yuan for the year."
    )
    got = claims(text, published="2025-01-20")
    assert brief(got, "indicator", "period", "kind")[-1] == ("retail_sales", "2024", "expected")


def test_an_estimate_for_the_year_in_a_goals_document_is_of_the_year_planned():  # a guard
    text = "Minhang's main targets for 2025\nRetail sales are expected to top 160 billion yuan for the year."
    got = claims(text, published="2025-01-20")
    assert brief(got, "indicator", "period")[-1] == ("retail_sales", "2025")


def test_the_year_of_a_rankings_edition_is_not_the_year_its_figures_speak_of():
    # figures invented for this test: '2023年…百强区名单' made 2023 the running year; Nanshan's GDP became a goal
    # for 2023 (a year not over in August), not 2022's result
    text = "2023年中国城区经济百强区名单近日发布，福建有5个区上榜。深圳南山区以超8000亿元的生产总值名列第一。"
    got = claims(text, published="2023-08-05", lang="zh")
    assert brief(got, "region", "indicator", "period", "kind")[-1] == ("440305", "gdp", "2022", "actual")


def test_a_county_report_comparing_its_third_quarter_with_the_first_half_means_the_three_quarters():
    text = (
        "宁乡市经济运行简况\n三季度,全市实现地区生产总值1360.5亿元,同比增长5.9%,比上半年提高0.8个百分点。"
        "三季度,全市规模以上工业增加值增长8.1%。"
    )
    got = brief(claims(text, published="2024-10-28", lang="zh"), "indicator", "period")
    assert got[:2] == [("gdp", "2024-Q1Q3"), ("gdp_growth", "2024-Q1Q3")]  # was 2024-Q3: the third quarter alone


def test_a_release_setting_the_third_quarter_beside_the_second_keeps_it_alone():  # a guard
    text = "宁乡市三季度地区生产总值同比增长6.1%,比二季度加快0.5个百分点,比上半年提高0.3个百分点。"
    got = brief(claims(text, published="2024-10-28", lang="zh"), "indicator", "period")
    assert got[0] == ("gdp_growth", "2024-Q3")


@given(st.text(alphabet="三季度前第二比较上半年，。1-9月增长", max_size=40))
def test_reading_the_third_quarter_as_three_quarters_keeps_every_offset(text):
    assert len(quarters_to_date(text)) == len(text)


@pytest.mark.parametrize(("published", "end"), [("2025-12-24", 2030), ("2026-01-12", 2030), ("2025-06-30", 2029)])
def test_goals_after_a_sentence_on_the_next_five_years_are_for_its_last_year(published, end):
    text = (
        "翔安区第十八届人民代表大会第六次会议开幕。\n"
        "未来五年,翔安区将建设现代化新城区。经济社会发展主要目标是,地区生产总值达1500亿元,年均增长7%。"
    )
    got = brief(claims(text, published=published, lang="zh"), "indicator", "period", "kind")
    assert got == [("gdp", str(end), "target"), ("gdp_growth", f"{end - 4}/{end}", "target")]
    # were the publication year and the five years before it: 未来五年 was read in its own sentence only


def test_a_figure_said_in_the_future_after_a_projection_for_a_later_year_is_of_that_year():
    text = (
        "Cixi sets out its development path\n\n"
        "By 2025, the city is projected to achieve gross domestic product of 320 billion yuan.\n\n"
        "In addition, there will be a ratio of 45 invention patents per 10,000 people."
    )
    got = [(c["indicator"], c["period"], c["kind"]) for c in claims(text, published="2021-08-31")]
    assert got[-1] == ("invention_patents_per_10k", "2025", "expected")  # was 2021's, and actual


def test_results_set_against_their_goals_stay_results_down_a_list():
    text = (
        "2024年上半年，全区实现地区生产总值612亿元，同比增长4.1%，塌目标0.9个百分点；"
        "一般公共预算收入完成18.3亿元，同比增长2.2%，低于目标6.8个百分点；"
        "社会消费品零售总额301.5亿元，同比增长9.4%，高于目标1.4个百分点。"
    )
    got = extract_claims("盘龙区上半年经济运行情况\n" + text, lang="zh", published="2024-09-20")
    assert {c.kind for c in got} == {"actual"}  # each gap names a goal, none is one
    assert ("fiscal_revenue", "2024-H1") in [(c.indicator, c.period) for c in got]


def test_firms_aimed_at_are_no_goal():
    text = "2024年，盘龙区拜访目标企业120家，实现地区生产总值1300亿元。"
    got = extract_claims(text, lang="zh", published="2025-04-01")
    assert [(c.indicator, c.kind) for c in got] == [("other:count", "actual"), ("gdp", "actual")]


def test_a_goal_named_for_the_whole_year_after_its_figure_is_that_years():
    text = "今年上半年，全国GDP同比增长5.3%，超过“5%左右”的全年增长目标。"
    got = extract_claims(text, lang="zh", published="2025-08-11")
    assert [(c.period, c.value, c.kind) for c in got] == [("2025-H1", 5.3, "actual"), ("2025", 5.0, "target")]


@pytest.mark.parametrize(
    "dated",
    [
        "Updated 09:12, February 3, 2021",
        "Posted 3 February 2021",
        "2021-02-03 09:12",
    ],
)
def test_a_pages_date_run_into_its_first_sentence_is_not_the_figures_year(dated):
    text = f"Wuxi GDP tops 1.2 trillion yuan {dated} Wuxi's GDP grew 3.5 percent year on year to 1.24 trillion yuan"
    text += " in 2020, the bureau said."
    got = claims(text, published="2021-02-03")
    assert brief(got, "indicator", "period") == [("gdp", "2020"), ("gdp_growth", "2020"), ("gdp", "2020")]


def test_a_chinese_pages_date_after_its_headline_figure_is_not_that_figures_year():
    text = "无锡GDP突破1.2万亿元 2021年2月3日 09:12 来源：无锡日报 2020年，无锡市地区生产总值增长3.5%。"
    got = claims(text, published="2021-02-03")
    assert brief(got, "indicator", "period") == [("gdp", "2020"), ("gdp_growth", "2020")]  # was 2021: the date's


@pytest.mark.parametrize("compared", ["compared to a year earlier", "compared to the year before"])
def test_a_comparison_to_an_earlier_time_leaves_the_year_to_the_goal_after_it(compared):
    text = f"Wuxi's economy grew 6.8 percent in 2016 {compared} but missed the city's target of about 7.5 percent."
    got = claims(text, published="2017-01-20")
    assert brief(got, "period", "value", "kind") == [("2016", 6.8, "actual"), ("2016", 7.5, "target")]  # was 2017


@pytest.mark.parametrize(
    "compared",
    [
        "overtaking the estimated total of the whole Netherlands in 2024",
        "more than the whole of Tibet in 2024",
        "larger than that of Hainan province in 2024",
    ],
)
def test_a_year_after_a_thing_the_figure_is_compared_with_is_that_things(compared):
    text = f"Wuxi's economic output in the first half was 780 billion yuan, {compared}."
    got = claims(text, published="2025-07-30")
    assert brief(got, "indicator", "period") == [("gdp", "2025-H1")]  # was 2024-H1


def test_a_year_after_a_threshold_or_a_goal_the_figure_passed_is_the_figures():
    text = "Wuxi's economic output was 1.6 trillion yuan, surpassing the 1.5 trillion yuan mark in 2023."
    got = claims(text, published="2025-07-30")
    assert brief(got, "period", "value")[0] == ("2023", 1.6e12)
    text = "Wuxi's economic output was 1.6 trillion yuan, exceeding the city's goal in 2023."
    assert brief(claims(text, published="2025-07-30"), "period") == [("2023",)]


@pytest.mark.parametrize("when", ["At the start of 2023", "At the beginning of 2023", "In the middle of 2023"])
def test_a_goal_set_at_a_time_of_a_year_is_that_years(when):
    text = f"{when}, Cangnan set itself a goal of GDP growth of 8 percent."
    assert brief(claims(text, published="2024-02-06"), "period", "kind") == [("2023", "target")]  # was 2024


def test_a_stock_counted_as_of_a_day_is_of_that_days_year():
    text = "绿园区\n截至2020年11月1日零时，绿园区常住人口为62.9万人。"
    assert brief(claims(text, published="2022-03-01"), "indicator", "period") == [("population", "2020")]  # was 2022


def test_a_census_named_early_in_a_long_sentence_dates_its_population():
    text = "绿园区\n根据第七次全国人口普查领导小组办公室日前公布的汇总数据，绿园区常住人口为629123人。"
    assert brief(claims(text, published="2022-03-01"), "indicator", "period") == [("population", "2020")]  # was 2022


@pytest.mark.parametrize(
    "text",
    [
        "As early as 1982, Yiwu opened a market for small commodities. By the latest count, Yiwu's GDP has reached "
        "195 billion yuan.",
        "早在1982年，义乌就开办了小商品市场。据统计，义乌市地区生产总值已达到1950亿元。",
    ],
)
def test_a_year_said_as_early_as_in_a_sentence_of_history_does_not_date_the_figures_after_it(text):
    got = periods(text, published="2025-06-10", lang="zh" if "义乌" in text else "en")
    assert got == [("gdp", "2024", 1.95e11)]  # was 1982


@pytest.mark.parametrize(
    ("aside", "lang"),
    [
        ("Futian has thus won back second place, which Longgang had held in 2023.", "en"),
        ("Futian has thus won back second place, a spot Longgang had taken in 2023.", "en"),
        ("福田由此重回第二，而这一位置在2023年曾被龙岗占据。", "zh"),
        ("福田由此重回第二，这一位置龙岗曾在2023年占据。", "zh"),
    ],
)
def test_a_year_a_clause_looks_back_to_does_not_date_the_figures_after_it(aside, lang):
    text = (
        (
            "In 2025 Futian's GDP was 648.2 billion yuan and Longgang's 641.5 billion yuan. ",
            "2025年，福田区GDP为6482亿元，龙岗区为6415亿元。",
        )[lang == "zh"]
        + aside
        + (" Bao'an posted 553 billion yuan.", "宝安区GDP为5530亿元。")[lang == "zh"]
    )
    got = periods(text, published="2026-02-12", lang=lang)
    assert got[-1] == ("gdp", "2025", 5.53e11)  # was 2023


def test_a_year_a_main_clause_without_figures_names_dates_the_figures_after_it():  # guard
    text = "In 2020, Kunshan's GDP was 427.6 billion yuan. The pandemic hit the city hard in 2022. "
    text += "Growth slowed to 2.1 percent."
    assert periods(text, published="2023-06-10", lang="en")[-1] == ("gdp_growth", "2022", 2.1)


@pytest.mark.parametrize(
    "month",
    ["In September alone, Futian's foreign trade reached 52.3 billion yuan.", "9月当月，福田区进出口总额523.4亿元。"],
)
def test_one_months_figure_is_an_aside_the_period_spoken_of_goes_on_after_it(month):
    zh = "福田" in month and "Futian" not in month
    opening = (
        "前三季度，福田区地区生产总值5012.3亿元。"
        if zh
        else "Futian's GDP reached 501.2 billion yuan in the first three quarters."
    )
    after = (
        "全区社会消费品零售总额1203.4亿元。"
        if zh
        else "The district's retail sales of consumer goods came to 120.3 billion yuan."
    )
    text = f"{opening}\n\n{month}\n\n{after}"
    got = [(i, p) for i, p, _ in periods(text, published="2025-10-25", lang="zh" if zh else "en")]
    assert got[-1] == ("retail_sales", "2025-Q1Q3")  # was other:retail_sales_months


@pytest.mark.parametrize("last", [", as well as 170 billion yuan", " and 170 billion yuan"])
def test_a_part_of_the_year_closing_a_list_of_figures_dates_every_figure_of_it(last):
    text = (
        "Kunshan, Jiangyin, Changshu and Zhangjiagang posted GDP of 260 billion yuan, 250 billion yuan, "
        f"150 billion yuan{last} in H1, respectively."
    )
    got = [p for i, p, _ in periods(text, published="2021-08-03")]
    assert got == ["2021-H1"] * 4  # the first ones were 2020's: their clauses, cut at the commas, named no part


@pytest.mark.parametrize(
    "text",
    [
        "Minhang's GDP has grown fourfold since 2006, when it stood at 80 billion yuan.",  # was the year before
        "Minhang's GDP is now four times that of 2006, when it stood at 80 billion yuan.",  # publication
        "Minhang's economy has grown 9 percent a year since 2006, when its GDP was 80 billion yuan.",
    ],
)
def test_a_figure_in_a_when_clause_is_of_the_year_it_follows(text):
    got = claims(text, lang="en", published="2025-03-05")
    assert [c["period"] for c in got if c["indicator"] == "gdp"] == ["2006"]


@pytest.mark.parametrize(
    "text",
    [  # the half named at the sentence's end dates the level before the growth too (was the year before)
        "Minhang's GDP reached 160 billion yuan, up 5.2 percent year on year in the first half of 2025.",
        "Minhang's GDP exceeded 160 billion yuan (about 22.3 billion U.S. dollars), growing by 5.2 percent year on "
        "year during the first half of 2025, officials said.",
        "MINHANG, 22nd July, 2025 -- Minhang's GDP exceeded 160 billion yuan, growing by 5.2 percent year on year "
        "during the first half of 2025.",  # the dateline's day is no period (it was: a goal for 2025)
    ],
)
def test_a_half_closing_the_growth_after_a_level_dates_the_level(text):
    got = claims(text, lang="en", published="2025-07-22")
    assert {(c["indicator"], c["period"], c["kind"]) for c in got if c["unit"] == "CNY"} == {
        ("gdp", "2025-H1", "actual")
    }


def test_a_growth_before_the_level_a_half_closes_is_of_that_half():
    text = "Minhang saw a 7% year-on-year increase in retail sales, reaching 60 billion yuan during the first half."
    got = claims(text, lang="en", published="2025-07-22")
    assert brief(got, "period") == [("2025-H1",), ("2025-H1",)]  # the growth was the year before


def test_measures_aimed_at_something_make_no_goal_of_the_figure():
    text = "Driven by measures aimed at boosting consumption, Minhang's retail sales reached 60 billion yuan in 2024."
    got = claims(text, lang="en", published="2025-03-01")
    assert brief(got, "indicator", "kind") == [("retail_sales", "actual")]  # was a target


def test_a_growth_to_reach_a_level_last_year_is_of_last_year():
    text = "Minhang projected its GDP grew by 6 percent to reach 160 billion yuan last year."
    got = claims(text, lang="en", published="2025-02-08")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2024"), ("gdp", "2024")]  # the growth was 2025


def test_a_base_year_after_over_or_that_of_does_not_date_the_sentences_after():
    text = (
        "Minhang's GDP reached 375 billion yuan, an increase of over 100 billion yuan over 2015. Retail sales "
        "totaled nearly 150 billion yuan, 1.6 times that of 2015. General public budget revenue reached 18.8 "
        "billion yuan."
    )
    got = claims(text, lang="en", published="2022-03-23")
    assert brief(got, "indicator", "period") == [
        ("gdp", "2021"),
        ("other:gdp_change", "2021"),  # was a GDP of at least 100 billion yuan
        ("retail_sales", "2021"),  # was 2015's
        ("other:ratio", "2015"),  # the ratio to 2015 (outside v1)
        ("fiscal_revenue", "2021"),  # was 2015's
    ]


@pytest.mark.parametrize(
    "text",
    [
        "As of zero o'clock on November 1st, 2020, Minhang had a permanent population of 2,653,489.",
        "As of November 1, 2020, Minhang had 2,653,489 permanent residents.",
    ],
)
def test_a_stock_counted_as_of_an_english_day_is_of_that_days_year(text):
    got = claims(text, lang="en", published="2022-03-23")
    assert brief(got, "indicator", "period") == [("population", "2020")]  # was the publication year


@pytest.mark.parametrize(
    "text",
    [
        "Minhang's GDP reached 375 billion yuan (estimated figure, the same below), up 5 percent.",
        "闵行区地区生产总值3750亿元（预计数），增长5%。",
        "闵行区2021年地区生产总值为3750亿元（预估值），增长5%。",  # its year named too (was actual)
        "In 2021, Minhang's GDP was 375 billion yuan (estimate), up 5 percent.",
    ],
)
def test_a_figure_noted_as_an_estimate_is_expected_for_the_year_just_ended(text):
    got = claims(text, published="2022-03-23")
    assert brief(got, "indicator", "period", "kind")[0] == ("gdp", "2021", "expected")  # was actual


@pytest.mark.parametrize(
    "text",
    [
        "Jiading's GDP grew 5.2 percent in 2024 with growth in the fourth quarter at 6.3 percent.",
        "Jiading's GDP grew 5.2 percent in 2024, while growth in the fourth quarter reached 6.3 percent.",  # guard
    ],
)
def test_a_year_written_after_a_figure_is_its_own_though_a_part_follows_for_the_next(text):
    # the 5.2 percent of 2024 was dated 2024-Q4, the part of the figure after it
    got = [(c["period"], c["value"]) for c in claims(text, published="2025-03-01")]
    assert got == [("2024", 5.2), ("2024-Q4", 6.3)]


def test_a_year_with_its_part_after_it_keeps_the_part():  # a guard: passed before
    got = claims("Jiading's GDP grew 5.2 percent in 2025's first half.", published="2025-08-01")
    assert [c["period"] for c in got] == ["2025-H1"]


@pytest.mark.parametrize("base", ["compared to pre-pandemic levels in 2019", "over the same period of 2019"])
def test_a_base_year_of_a_comparison_does_not_date_the_sentences_after_it(base):
    # on one line (a page with its breaks lost) Guangzhou's first-quarter figures went to 2019-Q1
    text = (
        "The four cities reported growth in the first quarter of this year. Beijing's GDP grew by 17.1 percent in "
        f"the first quarter to 891.59 billion yuan, a rise of 9.3 percent {base}. Guangzhou's GDP totaled 640.41 "
        "billion yuan, up 19.5 percent."
    )
    got = [c for c in claims(text, published="2021-04-26") if c["region"] == "440100"]
    assert {c["period"] for c in got} == {"2021-Q1"}


def test_a_page_setting_each_sentence_on_a_line_keeps_the_year_across_lines():
    # every line end was a paragraph's end: the year of the line before was dropped and the income took the
    # publication's year
    text = (
        "Economic indicators\n"
        "As Chongqing's core district, Yuzhong is the city's centre of commerce and finance.\n"
        "Its GDP reached 24.32 billion yuan in 2006, up 10 percent year on year.\n"
        "Its per capita GDP exceeded 40,000 yuan, the highest in Chongqing.\n"
        "Its per capita disposable income reached 12,481 yuan, among the highest in western China.\n"
    )
    got = claims(text, published="2017-02-24")
    assert {c["period"] for c in got} == {"2006"}


@pytest.mark.parametrize(
    ("text", "published", "span", "kind"),
    [
        (
            "Lishui in review. In 2015 its GDP was 150 billion yuan; by 2021 it had reached 230 billion yuan. "
            "Investment in fixed assets grew at an average annual rate of 9 percent.",
            "2023-05-01",
            "2016/2021",  # was 2018/2022: the five years to the last one reported
            "actual",
        ),
        (
            "Goals of Lishui for the 14th Five-Year Plan period: regional GDP of 230 billion yuan in 2025, an "
            "average annual growth rate of 8 percent. The average annual growth of investment in fixed assets: "
            "9 percent.",
            "2021-05-01",
            "2021/2025",  # was 2016/2020, a result
            "target",
        ),
    ],
)
def test_an_average_rate_naming_no_years_takes_the_span_of_the_sentences_before_in_its_paragraph(
    text, published, span, kind
):
    got = claims(text, published=published, lang="en")
    fai = [c for c in got if c["indicator"] == "fixed_asset_investment_growth"]
    assert brief(fai, "period", "kind") == [(span, kind)]


def test_a_span_named_in_an_earlier_paragraph_does_not_date_an_average_in_a_later_one():  # guard
    text = (
        "Lishui in review. In 2015 its GDP was 150 billion yuan; by 2021 it had reached 230 billion yuan.\n\n"
        "Lishui's investment in fixed assets grew at an average annual rate of 9 percent."
    )
    fai = [c for c in claims(text, published="2023-05-01", lang="en") if c["unit"] == "percent"]
    assert brief(fai, "period") == [("2018/2022",)]


def test_an_average_between_two_levels_is_over_their_years_not_a_date_in_the_same_sentence():
    text = (
        "——2026年1月9日在安吉县人民代表大会上 过去五年，全县地区生产总值从2020年的487.1亿元增加到2025年的"
        "702.6亿元，年均增长6.9%。"
    )
    got = [c for c in claims(text, published="2026-01-12", lang="zh") if c["indicator"] == "gdp_growth"]
    assert [c["period"] for c in got] == ["2021/2025"]  # was 2021/2026: the day of the speech


def test_a_list_after_semicolons_keeps_the_year_of_its_first_item_after_a_five_year_goal():
    text = (
        "今后五年，德清县地区生产总值年均增长6%左右，到2030年突破1100亿元。"
        "2026年主要预期目标为地区生产总值增长6%左右；一般公共预算收入增长4%；固定资产投资增长8%。"
    )
    got = brief(claims(text, published="2026-01-20", lang="zh"), "indicator", "period")
    assert got[-3:] == [
        ("gdp_growth", "2026"),
        ("other:fiscal_revenue_growth", "2026"),  # was 2030: the five years' last
        ("fixed_asset_investment_growth", "2026"),
    ]


def test_an_undated_text_naming_its_year_and_half_in_a_sentence_without_figures_dates_its_half():
    text = (
        "周五上午，嘉兴市召开2024年上半年统计新闻发布会。\n"
        "据初步核算，上半年，全市生产总值完成3512.6亿元，按可比价格计算，增长6.1%。"
    )
    got = brief(claims(text, published=None, lang="zh"), "indicator", "period")
    assert got == [("gdp", "2024-H1"), ("gdp_growth", "2024-H1")]  # were none: no year to date them


@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        (  # a ranking's edition in the title is not the year its figures are of (were 2025)
            "2025年全国百强区榜单出炉\n\n据榜单，2024年南山区GDP为9500亿元。\n\n福田区GDP为5800亿元，龙岗区为5500亿元。",
            "zh",
            "2024",
        ),
        (  # a sentence saying which year's results are out dates the figures after it (were none)
            "Shenzhen's districts released their 2025 results this week.\n\nFutian reported GDP of 648.2 billion yuan.",
            "en",
            "2025",
        ),
        (  # a year a place is hoped to reach a mark in is no year the text reports on (were 2026)
            "福田区2025年GDP为6120亿元。昆山有望在2026年突破6000亿元。\n\n天河区GDP为6500亿元。",
            "zh",
            "2025",
        ),
    ],
)
def test_an_undated_text_takes_its_year_from_the_years_its_figures_are_of(text, lang, period):
    got = claims(text, published=None, lang=lang)
    assert [c["period"] for c in got if c["indicator"] == "gdp"][-1] == period


@pytest.mark.parametrize("text", ["2024年昆山市GDP增长5.2%，全年平均增速高于上年。", "2024年昆山市GDP平均增速为5.2%。"])
def test_an_average_said_of_one_year_stays_that_years(text):  # a guard: passed before
    [claim] = extract_claims(text, published="2025-03-01", strict=True)
    assert (claim.indicator, claim.period) == ("gdp_growth", "2024")


@pytest.mark.parametrize(
    "text",
    [
        "Huangpu's GDP reached 480 billion yuan in 2023, and rose 5.2 percent the following year to 505 billion yuan.",
        "Huangpu's GDP reached 480 billion yuan in 2023 and 505 billion yuan the following year.",
        "Huangpu's GDP reached 480 billion yuan in 2023, and a year later it stood at 505 billion yuan.",
        "2023年黄浦区GDP为4800亿元，次年增长至5050亿元。",
    ],
)
def test_a_year_later_in_the_sentence_of_a_year_is_the_year_after_it(text):
    got = extract_claims(text, published="2025-06-01", strict=True)
    assert [(c.value, c.period) for c in got if c.unit == "CNY"] == [(4.8e11, "2023"), (5.05e11, "2024")]


def test_a_second_year_running_is_no_year_later():  # a guard: passed before
    got = extract_claims("2023年黄浦区GDP为4800亿元，连续第二年增长5.2%。", published="2025-06-01", strict=True)
    assert [c.period for c in got] == ["2023", "2023"]


def test_a_part_of_the_year_opening_a_sentence_up_to_a_colon_dates_a_list_far_after_it():
    """Were 2026 and, the year not over, targets: the opening before a colon names the quarter for the whole
    sentence, as the opening before a comma does."""
    text = (
        "In the first quarter of this year the two were close: Luohu's GDP was 66.1 billion yuan and Yantian's "
        "21.3 billion yuan, with growth of 3.9 percent and 5.5 percent respectively."
    )
    got = brief(claims(text, published="2026-05-20"), "indicator", "period", "kind")
    assert got == [("gdp", "2026-Q1", "actual")] * 2 + [("gdp_growth", "2026-Q1", "actual")] * 2


def test_the_figure_a_decade_ago_after_a_sentence_with_no_figure_is_the_gdp_before_it_years_earlier():
    """Was other:amount of 2025: "the figure" reaches past a sentence with no figure to the GDP before it, and "A
    decade ago" opening a clause with no comma still dates it (it had been read only within 40 characters)."""
    text = (
        "Liuyang produced 190 billion yuan of goods and services in 2025. Its rise has been steep. "
        "A decade ago the figure stood at just over 100 billion yuan."
    )
    got = brief(claims(text, published="2026-02-18"), "indicator", "period", "value", "qualifier")
    assert got == [("gdp", "2025", 1.9e11, "exact"), ("gdp", "2015", 1e11, "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "Binhai's GDP amounted to 223.1 billion yuan in the first half of this year.",
        "今年上半年，滨海新区地区生产总值2231亿元。",
        "In the first three quarters of this year, Binhai's GDP came to 340 billion yuan.",
    ],
)
def test_a_part_of_this_year_not_over_at_publication_is_last_years(text):  # written for this test
    [c] = extract_claims(text, published="2011-01-17")  # a story of 2010 put online in January 2011
    assert (c.period[:4], "period" in c.inferred) == ("2010", True)  # had been 2011's, a part not yet over


def test_a_part_of_this_year_over_at_publication_is_this_years():  # a guard: it passed before
    [c] = extract_claims("今年上半年，滨海新区地区生产总值2231亿元。", published="2011-07-20")
    assert c.period == "2011-H1"


def test_a_part_of_this_year_expected_before_it_ends_is_this_years():  # a guard: it passed before
    [c] = extract_claims("今年上半年，滨海新区地区生产总值预计达到2231亿元。", published="2011-06-20")
    assert (c.period, c.kind) == ("2011-H1", "expected")


@pytest.mark.parametrize("compared", ["较", "比", "較"])
def test_a_figure_written_right_after_the_year_compared_with_is_that_years(compared):
    """Was 2023, the sentence's year: 较1978年833万元 names the base's own year right before it."""
    text = f"2023年，尼木县经济总量达到31.5亿元，{compared}1978年833万元增长约370倍。"
    got = brief(claims(text, published="2024-06-01"), "indicator", "period", "value")
    assert got[:2] == [("gdp", "2023", 3.15e9), ("gdp", "1978", 8.33e6)]


def test_a_year_compared_with_before_a_growth_is_no_figures_year():  # guard
    text = "2023年，尼木县经济总量达到31.5亿元，比2022年增长6%。"
    got = brief(claims(text, published="2024-06-01"), "indicator", "period", "value")
    assert got == [("gdp", "2023", 3.15e9), ("gdp_growth", "2023", 6)]


def test_a_base_dated_by_a_part_of_last_year_after_it_is_that_part_not_a_year_earlier():
    """Was 2022-H1: 'in the first half of last year' is the base's own period, not one before the end's."""
    text = (
        "Conghua district's GDP growth eased from 12.5 percent in the first half of last year to 3.2 percent in the "
        "first half of this year."
    )
    got = brief(claims(text, published="2024-08-01"), "period", "value")
    assert got == [("2023-H1", 12.5), ("2024-H1", 3.2)]


@pytest.mark.parametrize(
    "text", ["截至6月底，武进区共有上市公司28家。", "As of the end of June, Wujin had 28 listed companies."]
)
def test_a_stock_counted_at_a_month_end_not_yet_reached_is_of_the_year_before(text):
    """Was 2025: in a March story, the end of June without a year is last June."""
    assert brief(claims(text, published="2025-03-10"), "period") == [("2024",)]


def test_a_stock_counted_at_a_month_end_already_past_is_of_this_year():  # guard
    assert brief(claims("截至2月底，武进区共有上市公司28家。", published="2025-03-10"), "period") == [("2025",)]


def test_the_day_a_communique_came_out_is_not_the_year_it_reports_on():
    # the first year near 统计公报 was the release day's (2021): the full year had been dated 2021, not 2020
    text = (
        "江西经济概况\n2021年3月16日，江西省统计局发布了江西省2020年国民经济和社会发展统计公报。\n"
        "全年农林牧渔业增加值2450.1亿元，比上年增长3.4%。"
    )
    got = brief(claims(text, published="2021-05-10"), "period")
    assert got == [("2020",), ("2020",)]


def test_a_release_days_date_beside_a_word_of_review_does_not_make_a_communique_of_that_year():
    text = (
        "江西经济概况\n江西省统计局于2021年3月16日举行发布会，介绍了经济运行情况。\n"
        "全省农林牧渔业增加值2450.1亿元，比上年增长3.4%。"
    )
    got = brief(claims(text, published="2021-05-10"), "period")
    assert got == [("2020",), ("2020",)]  # had been the release day's year, 2021 (经济运行 after it)


@pytest.mark.parametrize(
    "text",
    [
        "Fengxian's above-designated scale industrial output in 2024 is expected to reach 260.5 billion yuan.",
        "Fengxian's industrial output of above-designated size companies in 2024 reached 260.5 billion yuan.",
    ],
)
def test_above_designated_size_is_no_founding_of_the_year_after_it(text):
    # "designated … in 2024" had been read as the year a place was designated: the year was dropped, then guessed
    got = brief(claims(text, published="2025-01-21"), "indicator", "period", "inferred")
    assert got == [("industrial_output", "2024", [])]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Tianjin posted 4.9 percent year-on-year economic growth in the first three quarters of 2023, data showed.",
            "2023-Q1Q3",
        ),
        ("Tianjin's GDP grew 4.9 percent year on year in the first half of 2023, the bureau said.", "2023-H1"),
        (
            "Tianjin recorded 4.9 percent year-on-year growth in its gross domestic product in the first quarter of "
            "2021.",
            "2021-Q1",  # had been dated 2023, the latest first quarter
        ),
    ],
)
def test_a_part_of_a_year_written_after_a_long_clause_is_stated_not_inferred(text, period):
    got = claims(text, published="2023-11-02")
    assert brief(got, "region", "period", "inferred") == [("120000", period, [])]  # 'period' had been inferred


@pytest.mark.parametrize(
    "goal",
    [
        "Over this period, the district's GDP should exceed 38.5 billion yuan.",
        "By then, the district's GDP should exceed 38.5 billion yuan.",
        "During the period, the district aims to lift its GDP above 38.5 billion yuan.",
    ],
)
def test_a_goal_set_over_the_period_named_before_is_for_its_last_year(goal):
    text = (
        "Huaxi district in Guiyang set out its tasks for the 14th Five-Year Plan period (2021-25), to be a new "
        f"center of the city.\n\n{goal}"
    )
    got = claims(text, published="2021-11-02")
    assert brief(got, "region", "period", "kind") == [("520111", "2025", "target")]  # was 2021, the next year


@pytest.mark.parametrize("opening", ["Among them", "Of which", "Of this"])
def test_parts_of_a_dated_figure_said_in_the_present_tense_are_of_its_year(opening):
    text = (
        "In 2017, Anhui's GDP reached 2751.8 billion yuan, an increase of 8.5%. "
        f"{opening}, the added value of the primary industry is 261.1 billion yuan, an increase of 4.1%; "
        "the added value of the secondary industry is 1344.6 billion yuan."
    )
    got = claims(text, published="2019-06-01")  # a translation: the present tense of a sentence with no tense
    assert [p for (p,) in brief(got, "period")] == [
        "2017"
    ] * 5  # the parts had been 2018's, the year before publication


@pytest.mark.parametrize(
    ("published", "period"), [("2021-11-02", "2021-Q1Q3"), ("2021-08-10", "2021-H1"), ("2021-05-06", "2021-Q1")]
)
def test_growth_set_against_the_same_period_last_year_is_of_the_quarters_reported_by_then(published, period):
    text = "Foshan has held up well this year. Its GDP grew by 8.1%, 1.2 points above the same period last year."
    got = claims(text, published=published)
    assert brief(got, "indicator", "period")[0] == ("gdp_growth", period)  # had been the year before, in full


def test_a_rate_a_change_came_down_from_is_the_base_as_it_was_in_the_same_year():
    text = "In the first three quarters of this year, Nansha's GDP grew 9.7%. This was down from the 11.2% seen in Q1."
    got = claims(text, published="2021-11-02")
    assert brief(got, "value", "period") == [(9.7, "2021-Q1Q3"), (11.2, "2021-Q1")]  # was -11.2, in 2020


@pytest.mark.parametrize("plan", ["(2016-20)", "(2016–20)", "(2016-2020)"])
def test_a_level_at_the_end_of_a_plan_whose_years_are_shortened_is_of_its_last_year(plan):
    text = f"By the end of the 13th Five-Year Plan {plan}, the regional GDP of Yuexiu reached 345.2 billion yuan."
    got = claims(text, published="2021-08-19")
    assert brief(got, "region", "period") == [("440104", "2020")]  # "(2016-20)" had given 2016, its first year


@pytest.mark.parametrize("span", ["for 2021-2025", "over 2021-25", "during 2021-2025"])
def test_an_annual_rate_for_a_span_of_years_after_it_is_an_average_over_them(span):
    text = f"Foshan's plan aims for an annual economic growth rate of about 6 percent {span}."
    got = claims(text, published="2021-05-21")
    assert brief(got, "indicator", "period", "kind") == [("gdp_growth", "2021/2025", "target")]  # was 2021 alone


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jiangyin's GDP exceeded 500 billion yuan in 2023 and may one day exceed 1 trillion yuan.", "en"),
        ("Jiangyin's GDP exceeded 500 billion yuan in 2023 and could pass 1 trillion yuan in the future.", "en"),
        ("2023年江阴GDP超过5000亿元，未来有望突破万亿。", "zh"),
        ("2023年江阴的经济总量超过了5000亿元，估计江阴未来的经济总量突破万亿也并非不可能。", "zh"),
    ],
)
def test_a_figure_said_of_a_future_no_year_names_has_no_period(text, lang):
    got = claims(text, published="2024-04-18", lang=lang)
    assert [(c["period"], c["value"]) for c in got] == [("2023", 5e11)]  # the trillion had been dated 2023


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("未来五年，江阴GDP年均增长6%。", "2024/2028"),  # a guard: the next five years are named
        ("In the future, Jiangyin aims to raise its GDP to 1 trillion yuan by 2035.", "2035"),  # a guard
    ],
)
def test_a_future_with_its_years_named_keeps_them(text, period):
    assert [c["period"] for c in claims(text, published="2024-04-18")] == [period]


def test_a_year_in_brackets_after_xiyuan_is_the_figures():  # (西元2003年): 'AD 2003', as Taiwanese text writes it
    got = claims("泸溪县面积1569平方公里，地区生产总值为77001万元(西元2003年)。", published="2024-03-06")
    assert [(c["indicator"], c["period"]) for c in got] == [("area", "2024"), ("gdp", "2003")]  # was 2023


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Yudu's GDP increased from 120 million yuan in 1986 to 3.6 billion yuan in 2009; its general public "
            "budget revenue increased from 9 million yuan to 410 million yuan.",
            "en",
        ),
        ("于都县地区生产总值由1986年的1.2亿元增加到2009年的36亿元，一般公共预算收入由900万元增加到4.1亿元。", "zh"),
    ],
)
def test_a_change_after_one_with_its_years_named_is_over_the_same_years(text, lang):
    got = claims(text, published="2012-05-10", lang=lang)
    assert [(c["indicator"], c["period"]) for c in got] == [
        ("gdp", "1986"),
        ("gdp", "2009"),
        ("fiscal_revenue", "1986"),  # had been the year before the end (EN), or 2010 and 2011 (ZH)
        ("fiscal_revenue", "2009"),
    ]


def test_a_change_in_a_sentence_with_its_own_year_keeps_it():  # a guard
    text = (
        "Yudu's GDP increased from 120 million yuan in 1986 to 3.6 billion yuan in 2009. "
        "In 2011, its general public budget revenue increased from 300 million yuan to 410 million yuan."
    )
    got = claims(text, published="2012-05-10", lang="en")
    assert [c["period"] for c in got][2:] == ["2010", "2011"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "浙江省今年的主要预期目标是：全省地区生产总值增长5.5%左右。一般公共预算收入增长3%，固定资产投资增长4%。",
            "zh",
        ),
        (
            "Zhejiang's main targets for this year: GDP growth of about 5.5 percent. "
            "Fixed-asset investment is to grow 4 percent.",
            "en",
        ),
    ],
)
def test_a_goals_list_opened_with_a_colon_runs_on_past_a_full_stop(text, lang):
    got = claims(text, published="2025-01-23", lang=lang)
    fai = [c for c in got if c["indicator"] == "fixed_asset_investment_growth"]
    assert [(c["period"], c["kind"]) for c in fai] == [("2025", "target")]  # had been last year's result


def test_a_result_after_a_goals_list_stays_a_result():  # a guard
    text = "浙江省去年的主要预期目标是：地区生产总值增长5.5%。全年实际增长5.8%，固定资产投资增长4%。"
    got = claims(text, published="2025-01-23")
    assert [c["kind"] for c in got][1:] == ["actual", "actual"]


def test_paid_in_foreign_capital_in_a_goals_list_is_no_result_said():  # 实际利用外资: a term, not 'actually'
    text = "浙江省今年的主要预期目标是：全省地区生产总值增长5.5%左右。固定资产投资增长4%，实际利用外资增长6%。"
    got = claims(text, published="2025-01-23")
    assert [(c["kind"], "kind" in c["inferred"]) for c in got][1:] == [("target", False), ("target", False)]


def test_a_stock_told_in_the_past_tense_far_before_it_is_of_the_year_the_paragraph_tells():
    # "There were … high-tech enterprises in the district, along with 210 listed companies": the sentence's past
    # tense dates its every stock, the far one too (had been the publication year's)
    text = (
        "Nanshan's GDP grew 6 percent in 2024. There were 5,100 high-tech enterprises in the district at the time, "
        "along with 210 listed companies."
    )
    got = brief(claims(text, published="2025-09-01"), "indicator", "period")
    assert got == [("gdp_growth", "2024"), ("high_tech_enterprises", "2024"), ("listed_companies", "2024")]


def test_a_stock_in_a_sentence_that_also_speaks_in_the_present_is_counted_now():  # a guard: passed before
    text = "Nanshan's GDP grew 6 percent in 2024. The district was a hub of industry and now has 210 listed companies."
    got = brief(claims(text, published="2025-09-01"), "indicator", "period")
    assert got == [("gdp_growth", "2024"), ("listed_companies", "2025")]


@pytest.mark.parametrize(
    "rest",
    ["1.5 percentage points higher than that of the first half of the year", "faster than in the first half"],
    ids=["points-higher-than", "faster-than"],
)
def test_a_part_of_the_year_a_figure_is_set_against_after_it_does_not_date_it(rest):  # faster-than: a guard
    # "…increased by 7.8 percent, 1.5 points higher than that of the first half": the first half is the base; the
    # figure is of the period the story speaks of (had been the first half's)
    text = (
        "Weifang's GDP rose 4.2 percent in the first three quarters. Its fixed-asset investment increased by "
        f"7.8 percent, {rest}."
    )
    got = brief(claims(text, published="2020-10-22"), "indicator", "period")
    assert ("fixed_asset_investment_growth", "2020-Q1Q3") in got


def test_a_part_of_the_year_closing_a_figures_clause_still_dates_it():  # a guard: passed before
    text = "Weifang's fixed-asset investment increased by 7.8 percent to 300 billion yuan in the first half."
    got = brief(claims(text, published="2020-10-22"), "indicator", "period")
    assert got[0] == ("fixed_asset_investment_growth", "2020-H1")


def test_a_list_after_a_colon_takes_the_year_its_head_says_this_year():
    # "… in the first half of this year: GDP rose …, output jumped …, and investment surged …": every item is this
    # year's first half (the later items had taken the year the sentence before named)
    text = (
        "In 2024, Minhang's GDP reached 320 billion yuan. Minhang kept growing in the first half of this year: GDP "
        "rose 5.1 percent, retail sales jumped 8.5 percent, and fixed-asset investment surged 12.4 percent."
    )
    got = brief(claims(text, published="2025-08-20"), "indicator", "period")
    assert got[1:] == [
        ("gdp_growth", "2025-H1"),
        ("other:retail_sales_growth", "2025-H1"),
        ("fixed_asset_investment_growth", "2025-H1"),
    ]


def test_a_list_after_a_colon_whose_items_name_their_year_keep_it():  # a guard: passed before
    text = "Minhang kept growing this year: GDP rose 5.1 percent in 2025 and 4.8 percent in 2024."
    got = brief(claims(text, published="2025-12-20"), "indicator", "period")
    assert got == [("gdp_growth", "2025"), ("gdp_growth", "2024")]


@pytest.mark.parametrize(
    "text",
    [
        "Cixi's GDP grew by 6.1% in the first half of 2025 compared to the same period in 2024, reaching 150 "
        "billion yuan.",
        "Cixi's GDP reached 150 billion yuan in the first half, up 6.1% from the same period of 2024.",
        "Cixi's GDP reached 150 billion yuan in the first half of 2025, 6.1% higher than the same period of 2024.",
        "Cixi's GDP rose 6.1% over the same period of 2024 to 150 billion yuan in the first half of 2025.",
    ],
    ids=["compared-to", "up-from", "higher-than", "over"],
)
def test_the_same_period_of_a_year_is_the_base_a_figure_is_compared_with(text):
    # the level after "compared to the same period in 2024" had been 2024-H1, and so had the growth "up 6.1% from
    # the same period of 2024": the year of the base, not of the figure
    got = brief(claims(text, published="2025-08-01"), "indicator", "period", "value")
    assert sorted(got) == [("gdp", "2025-H1", 150e9), ("gdp_growth", "2025-H1", 6.1)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Cixi's GDP rose 6.1% to 150 billion yuan in the first half of 2025.", "2025-H1"),
        ("Cixi's GDP rose 6.1 percent to 220 billion yuan in the first three quarters of 2025.", "2025-Q1Q3"),
        ("Cixi's GDP rose 6.1 percent to 220 billion yuan in the first nine months of 2025.", "2025-Q1Q3"),
        ("Cixi's GDP grew 6.1 percent year on year to 150 billion yuan in H1 2025.", "2025-H1"),
        ("Cixi's GDP grew 6.1 percent to 301.5 billion yuan in 2024.", "2024"),  # a guard: passed before
    ],
    ids=["h1", "q1q3", "nine-months", "h1-abbreviated", "year"],
)
def test_a_growth_to_a_level_in_a_part_of_a_named_year_is_of_that_part(text, period):
    # "rose 6.1% to 150 billion yuan in the first half of 2025": the growth had been the year before's (2024)
    got = brief(claims(text, published="2025-11-01"), "indicator", "period")
    assert got == [("gdp_growth", period), ("gdp", period)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("It is expected that Chenzhou's GDP hit 134.5 billion yuan last year, up 14%.", "2011"),  # a guard: said
        ("It is expected that Chenzhou's GDP hit 134.5 billion yuan, up 14%.", "2011"),  # had been 2012
        ("It is estimated that Chenzhou's GDP reached 134.5 billion yuan.", "2011"),
        ("It is expected that Chenzhou's GDP will reach 150 billion yuan.", "2012"),  # a guard: a forecast
    ],
    ids=["said", "hit", "reached", "will-reach"],
)
def test_an_estimate_said_to_have_been_so_early_in_a_year_is_of_the_year_just_ended(text, period):
    got = claims(text, published="2012-03-01")
    assert {c["period"] for c in got} == {period}


def test_gdp_percapita_written_as_one_word_is_gdp_per_capita():
    got = claims("In 2011, Chenzhou's GDP percapita reached 29,000 yuan.", published="2012-03-01")
    assert brief(got, "indicator", "value", "unit") == [("gdp_per_capita", 29000, "CNY_per_person")]  # was GDP


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("year-on-year through September", "2025-Q1Q3"),  # had been the year before, whole
        ("through the end of June", "2025-H1"),
        ("through March", "2025-Q1"),
        ("from July through September", "2025-Q3"),  # a guard: a quarter's months
    ],
    ids=["sep", "june", "march", "july-sep"],
)
def test_growth_through_a_quarters_last_month_is_of_the_months_up_to_it(words, period):
    got = claims(f"Kunshan's GDP grew 5.8 percent {words}.", published="2025-10-25")
    assert [c["period"] for c in got] == [period]


@pytest.mark.parametrize(
    ("months", "published", "period"),
    [
        ("1月至9月", "2025-10-21", "2025-Q1Q3"),
        ("1月至6月", "2025-07-21", "2025-H1"),
        ("4月至6月", "2025-07-21", "2025-Q2"),
    ],
    ids=["jan-sep", "jan-jun", "apr-jun"],
)
def test_a_month_range_with_both_months_written_is_that_part_of_the_year(months, published, period):
    # 1月至9月 (the first month written out) had been the whole year
    got = extract_claims(f"2025年{months}，慈溪地区生产总值同比增长6.1%。", published=published)
    assert [(c.indicator, c.period) for c in got] == [("gdp_growth", period)]


@pytest.mark.parametrize(
    "text",
    ["Yiwu's GDP grew 6.3 percent between January and September.", "Yiwu's nine-month GDP rose 6.3 percent."],
    ids=["between", "nine-month"],
)
def test_the_first_nine_months_said_otherwise_are_the_first_three_quarters(text):
    # both had been the whole of the year before
    got = extract_claims(text, published="2025-10-21")
    assert [(c.indicator, c.period) for c in got] == [("gdp_growth", "2025-Q1Q3")]


def test_a_nine_month_high_is_no_period():  # a guard: only a nine-month measure is one
    got = extract_claims(
        "Yiwu's exports hit a nine-month high in 2024, and its GDP grew 6.3 percent.", published="2025-03-01"
    )
    assert [(c.indicator, c.period) for c in got if c.indicator == "gdp_growth"] == [("gdp_growth", "2024")]
