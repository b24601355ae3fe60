"""Comparisons and bounds the extractor had misread.

- The bases of Chinese comparisons: a city's or another place's average level (为深圳全市平均水平的72%,
  为南山区平均水平的45%, 是深圳全市平均水平的1.8倍); a named place's average taken for a group's.
- A scale with no yuan before a ranking verb (3150亿位居第四) is money, not a count (位 people).
- A sentence of averages over past years ("in the decade to 2015, … a year") dates no sentence after it;
  an average "since then" (此后) runs from the last year said, not over the years said before.
- A figure whose verb is left out after a year ("…, and by 2022, 500 billion", 2022年5000亿元) shares the
  bound of the figure before.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims

_LEAD = "2025年，光明区人均地区生产总值为14.2万元，"


@pytest.mark.parametrize(
    ("said", "base"),
    [
        ("为深圳人均水平的72%", "440300"),  # was other:percent
        ("为全市人均水平的72%", "440300"),  # was other:percent
        ("为深圳全市平均水平的72%", "440300"),  # was Shenzhen's own other:share
        ("为全国人均水平的72%", "CN"),  # was other:percent
        ("为南山区平均水平的45%", "440305"),  # was no claim: taken for a group's average (各区平均水平)
    ],
)
def test_a_share_of_another_places_average_level_is_relative_to_that_place(said, base):
    got = brief(claims(_LEAD + said + "。", published="2026-02-10"), "region", "indicator", "unit", "relative_to")
    assert got[-1] == ("440311", "gdp_per_capita", "percent", base)


@pytest.mark.parametrize("said", ["为行业平均水平的72%", "相当于同期平均水平的72%"])
def test_a_share_of_an_average_that_is_no_places_is_outside_the_vocabulary(said):
    got = brief(claims(_LEAD + said + "。", published="2026-02-10"), "indicator", "relative_to")
    assert got[-1] == ("other:percent", None)


def test_a_ratio_to_a_named_citys_whole_average_is_the_districts():
    text = "2025年，南山区人均地区生产总值达到53.6万元，是深圳全市平均水平的1.8倍。"
    got = brief(claims(text, published="2026-02-10"), "region", "indicator", "unit", "value", "relative_to")
    assert got[-1] == ("440305", "gdp_per_capita", "ratio", 1.8, "440300")  # was Shenzhen's other:ratio


def test_a_group_average_is_still_no_places():  # a guard: 百强县 is a group, not a place
    text = "2025年，光明区人均地区生产总值为14.2万元，比全国百强县平均水平（2500亿元）高出不少。"
    got = brief(claims(text, published="2026-02-10"), "value")
    assert got == [(142000.0,)]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan's GDP passed 100 billion yuan in 2005, and by 2022, 500 billion.",
        "昆山市GDP于2005年突破1000亿元，2022年5000亿元。",
    ],
)
def test_a_figure_after_a_year_with_its_verb_left_out_shares_the_bound_before(text):
    got = brief(claims(text, published="2026-02-10"), "period", "value", "qualifier")
    assert got == [("2005", 1e11, "at_least"), ("2022", 5e11, "at_least")]  # the second was exact


def test_a_figure_after_a_year_with_its_own_verb_keeps_its_own_bound():  # a guard
    text = "昆山市GDP于2005年突破1000亿元，2022年达到5000亿元。"
    got = brief(claims(text, published="2026-02-10"), "period", "qualifier")
    assert got == [("2005", "at_least"), ("2022", "exact")]


@pytest.mark.parametrize("verb", ["位居第四", "位列第四", "名列第四", "仅次于江阴"])
def test_a_scale_without_yuan_before_a_ranking_verb_is_money(verb):
    text = f"从经济总量看，昆山以5310亿继续领跑，常熟3150亿{verb}。"
    got = brief(claims(text, published="2026-02-10"), "region", "indicator", "value")
    assert got == [("320583", "gdp", 5.31e11), ("320581", "gdp", 3.15e11)]  # 3150亿位 had been a count of people


def test_a_scale_before_a_measure_word_is_still_no_money():  # a guard: 位 counts people
    got = brief(claims("昆山市累计引进各类人才3.2万位。", published="2026-02-10"), "unit")
    assert ("CNY",) not in got


@pytest.mark.parametrize("sep", [" ", "\n\n"])
def test_a_sentence_of_averages_over_past_years_dates_nothing_after_it(sep):
    text = (
        "Kunshan's economy grew 5.4 percent last year."
        + sep
        + "In the decade to 2015, the county's economy expanded by more than 10 percent a year on average."
        + sep
        + "Jiangyin, the runner-up, is catching up. Its GDP was 513 billion yuan, up 5.1 percent."
    )
    got = brief(claims(text, published="2026-01-28"), "region", "indicator", "period")
    assert got[-2:] == [("320281", "gdp", "2025"), ("320281", "gdp_growth", "2025")]  # run on, had been 2015


@pytest.mark.parametrize(
    "text",
    [
        "Changsha County grew fast. In 2016 its GDP was 100 billion yuan; in 2020 it was 150.9 billion yuan. "
        "Since then the county's output has grown by an average of 6.8 percent a year.",
        "长沙县发展迅速。2016年GDP为1000亿元，2020年为1509亿元。此后年均增长6.8%。",
    ],
)
def test_an_average_since_then_runs_from_the_last_year_said_to_the_latest(text):
    got = brief(claims(text, published="2026-02-18"), "indicator", "period")
    assert got[-1] == ("gdp_growth", "2021/2025")  # had been 2017/2020, the years the sentence before spanned
