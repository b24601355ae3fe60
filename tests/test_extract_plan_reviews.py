"""Five-year reviews and goals pages in English (found by reading real provincial and city pages that are not in
the dev corpus): R&D "expenses as a percentage of GDP" is R&D intensity; a per-head share of a total ("per capita
public budget revenue") is no total; a page titled with a plan's goals dates the growths its lines give no years
to; an average over a plan's years reaching a level in the last year it could report runs to that year.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


def test_rd_expenses_as_a_percentage_of_gdp_are_rd_intensity():
    text = "Zhejiang's R&D expenses as a percentage of GDP grew from 2.3 percent in 2015 to 2.8 percent in 2020."
    got = brief(claims(text, published="2021-01-27"), "indicator", "period", "value")
    assert got == [("rd_intensity", "2015", 2.3), ("rd_intensity", "2020", 2.8)]  # had been GDP growth


def test_a_totals_share_per_head_is_not_the_total():
    text = (
        "Ordos' per capita GDP reached 173,000 yuan and per capita public budget revenue reached 24,000 yuan in 2019."
    )
    got = brief(claims(text, published="2021-01-27"), "indicator")
    assert got == [("gdp_per_capita",), ("other:fiscal_revenue_per_capita",)]  # had been fiscal_revenue


def test_a_goals_title_dates_a_line_without_years():
    text = (
        "Main Goals of Kunshan during the 14th Five-Year Plan\n\nRegional GDP: 500 billion yuan in 2020; 650 billion "
        "yuan in 2025; an average annual growth rate of 6%.\n\nThe average annual growth of investment in fixed "
        "assets: 8%."
    )
    got = brief(claims(text, published="2021-06-30"), "indicator", "period", "kind")
    assert got[-1] == ("fixed_asset_investment_growth", "2021/2025", "target")  # had been 2016/2020, a result


def test_a_plans_average_reaching_a_level_in_its_last_reported_year_ends_there():
    text = (
        "Ordos' Achievements During the 13th Five-Year Plan Period\n\nDuring the 13th Five-Year Plan period, Ordos' "
        "GDP grew at an average annual rate of 5.4 percent, reaching 360.50 billion yuan in 2019."
    )
    got = brief(claims(text, published="2020-11-09"), "indicator", "period")
    assert got == [("gdp_growth", "2016/2019"), ("gdp", "2019")]  # the growth had been 2019's alone


def test_a_plans_average_with_a_milestone_on_the_way_is_the_whole_plans():
    text = "“十三五”期间，鄂尔多斯市地区生产总值年均增长5.4%，2018年突破3000亿元。"
    got = brief(claims(text, published="2021-02-01"), "indicator", "period")
    assert got[0] == ("gdp_growth", "2016/2020")  # had been 2019/2020


def test_a_part_of_the_year_already_over_is_a_result_in_a_plans_review():
    text = (
        "Tai'an achieves goals for 13th Five-Year Plan\n\nFrom January to September, Tai'an's GDP increased by 1.8 "
        "percent to 200.52 billion yuan."
    )
    got = brief(claims(text, published="2020-12-11"), "period", "kind")
    assert got == [("2020-Q1Q3", "actual"), ("2020-Q1Q3", "actual")]  # had been goals: the plan's title


@pytest.mark.parametrize(
    "text",
    [
        "过去十年，历下区地区生产总值从512亿元增加到987亿元。",
        "十年来，历下区地区生产总值由512亿元增长至987亿元。",
        "Over the past decade, Licheng's GDP rose from 51.2 billion yuan to 98.7 billion yuan.",
    ],
)
def test_a_change_over_a_decade_dates_its_base_ten_years_before_its_end(text):
    got = [c["period"] for c in claims(text, published="2022-09-20")]
    assert got == ["2011", "2021"]  # the base had been dated 2020, a year before the end


def test_a_change_since_a_year_named_still_dates_its_base_that_year():  # a guard: 2012年以来 is no span of 2012 years
    got = claims("自2012年以来，历城区地区生产总值从512亿元增加到987亿元。", published="2022-09-20")
    assert [c["period"] for c in got] == ["2012", "2021"]


@pytest.mark.parametrize(
    ("text", "period", "kind"),
    [
        ("江都区未来二三年跻身GDP千亿俱乐部。", "2026", "target"),  # was actual, of the year before publication
        ("未来三年，江都区GDP将突破1000亿元。", "2026", "expected"),  # was dated the publication year
        ("江都区力争未来3至5年地区生产总值突破1000亿元。", "2028", "target"),
    ],
)
def test_a_level_reached_within_the_next_years_is_dated_the_last_of_them(text, period, kind):
    got = brief(claims(text, published="2024-01-10"), "indicator", "period", "kind")
    assert got == [("gdp", period, kind)]


def test_a_paragraph_opened_on_a_decade_reviews_it_in_every_sentence():
    # the decade was read only in its own sentence: the change after it had its base a year before its end and
    # the average had the five years of a plan's review
    text = "历下区这十年，发展动能持续增强。地区生产总值从512亿元增加到987亿元，固定资产投资年均增长12%。"
    got = brief(claims(text, published="2022-09-20"), "indicator", "period")
    assert got == [("gdp", "2011"), ("gdp", "2021"), ("fixed_asset_investment_growth", "2012/2021")]


def test_the_decade_a_paragraph_reviews_ends_with_it():  # a guard: the next paragraph has its own years
    text = (
        "历下区这十年，发展动能持续增强。地区生产总值从512亿元增加到987亿元。\n\n"
        "2021年，历下区一般公共预算收入从80亿元增加到95亿元。"
    )
    got = brief(claims(text, published="2022-09-20"), "indicator", "period")
    assert got[-2:] == [("fiscal_revenue", "2020"), ("fiscal_revenue", "2021")]
