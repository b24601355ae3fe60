"""Histories of a place's economy: decades looked back over, figures dated by 'ten years later', 'this figure'.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2014年，余杭区地区生产总值为1097亿元；十年后的2023年，这一数字已达到3000亿元以上。", "zh"),
        ("In 2014, Yuhang's GDP was 109.7 billion yuan; a decade later, in 2023, it passed 300 billion yuan.", "en"),
    ],
)
def test_a_year_written_after_ten_years_later_is_the_period_not_ten_years_after_it(text, lang):
    got = claims(text, published="2024-12-30", lang=lang)
    assert brief(got, "indicator", "period") == [("gdp", "2014"), ("gdp", "2023")]


@pytest.mark.parametrize(
    "text",
    [
        "2023年，余杭区GDP为3040亿元，而十年前的2012年仅为950亿元。",
        "In 2023, Yuhang's GDP was 304 billion yuan. Ten years earlier, in 2012, it was 95 billion yuan.",
    ],
)
def test_a_year_written_after_ten_years_ago_is_the_period(text):
    got = claims(text, published="2024-12-30")
    assert brief(got, "indicator", "period") == [("gdp", "2023"), ("gdp", "2012")]


@pytest.mark.parametrize("word", ["这一数字", "这个数字", "此数据"])
def test_this_figure_is_the_measure_just_given(word):
    text = f"2014年，余杭区地区生产总值为1097亿元；目前{word}已超过3000亿元。"
    got = claims(text, published="2024-12-30", lang="zh")
    assert brief(got, "indicator", "value") == [("gdp", 109_700_000_000), ("gdp", 300_000_000_000)]


@pytest.mark.parametrize("area", ["The area's", "The new area's"])
def test_the_output_of_the_area_in_focus_is_its_gdp(area):
    text = (
        "Pudong New Area was opened up in 1990.\n\n"
        f"{area} output topped 1 trillion yuan in 2018, and by 2023 it had risen to 1.67 trillion yuan."
    )
    got = claims(text, published="2024-05-20", lang="en")
    assert brief(got, "region", "indicator", "period") == [("310115", "gdp", "2018"), ("310115", "gdp", "2023")]


def test_ten_years_later_said_of_a_result_counts_from_the_year_before_it():
    text = "2014年，余杭区地区生产总值为1097亿元。十年后，这一数字已达到3000亿元以上。"
    assert brief(claims(text, published="2024-12-30", lang="zh"), "period") == [("2014",), ("2024",)]


def test_a_span_of_years_written_with_nian_twice_dates_the_start_of_a_change():
    text = "2020年至2024年，长沙县GDP从1500亿元增至2100亿元。"
    assert brief(claims(text, published="2025-03-01", lang="zh"), "period") == [("2020",), ("2024",)]


def test_last_years_level_a_change_rose_to_is_of_last_year_not_the_year_before_it():
    text = "长沙县GDP从2020年的1500亿元跃升至去年的2100亿元。"
    assert brief(claims(text, published="2025-03-01", lang="zh"), "period") == [("2020",), ("2024",)]
    text = "2025年，长沙县GDP为2250亿元，比去年的2100亿元增加150亿元。"  # guard: a base compared with (passes before)
    assert brief(claims(text, published="2026-03-01", lang="zh"), "period")[1] == ("2024",)


@pytest.mark.parametrize("verb", ["has risen", "has grown", "has fallen"])
def test_a_change_after_a_perfect_tense_verb_is_no_level(verb):
    text = f"Changsha County's GDP {verb} by 60 billion yuan since 2020."
    assert brief(claims(text, published="2025-03-01", lang="en"), "indicator") == [("other:gdp_change",)]


def test_ten_years_later_after_a_year_long_gone_counts_from_it():
    text = "1992年，江阴GDP突破100亿元。十年后，江阴GDP突破千亿元。"
    assert brief(claims(text, published="2024-12-30", lang="zh"), "period") == [("1992",), ("2002",)]


def test_ten_years_later_said_of_a_hope_looks_ahead_from_the_year_spoken_of():
    text = "2024年，余杭区地区生产总值为3200亿元。十年后，全区GDP有望突破6000亿元。"
    got = claims(text, published="2024-12-30", lang="zh")
    assert brief(got, "period", "kind")[-1] == ("2034", "expected")


def test_a_level_a_measure_leapt_to_is_reached_not_crossed():
    text = "“十四五”时期，宝安区经济总量由3600亿元跃升至5650亿元。宝安区GDP跃上5000亿元台阶。"
    got = claims(text, published="2026-01-18", lang="zh")
    assert brief(got, "value", "qualifier") == [
        (360_000_000_000, "exact"),
        (565_000_000_000, "exact"),
        (500_000_000_000, "at_least"),
    ]


@pytest.mark.parametrize("sep", ["", "\n"])
def test_a_five_year_review_set_one_sentence_a_line_goes_on_over_the_next_lines(sep):
    text = (
        "龙岗区政府工作报告\n\n"
        "过去五年，全区地区生产总值从2020年的4456亿元增加到2025年的6210亿元；一般公共预算收入累计完成1680亿元。"
        f"{sep}国家高新技术企业数量由3050家增至4600家。"
    )
    got = claims(text, published="2026-01-08", lang="zh")
    tech = [c for c in got if c["indicator"] == "high_tech_enterprises"]
    assert brief(tech, "period", "value") == [("2020", 3050), ("2025", 4600)]


def test_a_new_line_that_names_its_own_year_ends_the_review():
    text = (
        "龙岗区政府工作报告\n\n过去五年，全区地区生产总值从2020年的4456亿元增加到2025年的6210亿元。"
        "\n2025年，全区上市公司由40家增至52家。"
    )
    got = claims(text, published="2026-01-08", lang="zh")
    listed = [c for c in got if c["indicator"] == "listed_companies"]
    assert [c["period"] for c in listed][-1] == "2025"


@pytest.mark.parametrize(
    "first",
    [
        "In 2016 Bao'an's GDP was 285.0 billion yuan; by 2024 it had climbed to 490.0 billion yuan.",
        "Bao'an's economy nearly doubled between 2016 and 2024.",
    ],
)
def test_a_change_over_the_same_period_starts_where_the_span_before_started(first):
    text = first + " Over the same period Longhua's GDP rose from 190.0 billion to 300.0 billion yuan."
    got = [c for c in claims(text, published="2025-09-01") if c["region"] == "440309"]
    assert brief(got, "period", "value") == [("2016", 190.0e9), ("2024", 300.0e9)]


def test_the_years_of_two_clauses_of_one_sentence_make_the_span_of_an_average_after_it():
    text = (
        "In 2016 Bao'an's GDP was 285.0 billion yuan; by 2024 it had climbed to 490.0 billion yuan. "
        "During the period it grew by an average of 7.1 percent a year."
    )
    got = [c for c in claims(text, published="2025-09-01") if c["indicator"] == "gdp_growth"]
    assert brief(got, "period", "value") == [("2017/2024", 7.1)]


def test_a_change_with_no_span_before_it_starts_the_year_before():  # guard: passed before
    text = "Bao'an's GDP was 490.0 billion yuan. Longhua's GDP rose from 190.0 billion to 300.0 billion yuan."
    got = [c for c in claims(text, published="2025-09-01") if c["region"] == "440309"]
    assert brief(got, "period") == [("2023",), ("2024",)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 Bao'an's GDP was 285.0 billion yuan. Longhua's GDP rose from 190.0 billion to 300.0 billion yuan.",
        "2016年，宝安区地区生产总值为2850亿元。龙华区地区生产总值由1900亿元增加到3000亿元。",
    ],
)
def test_a_change_in_a_paragraph_about_a_year_starts_the_year_before_it(text):
    got = [c for c in claims(text, published="2025-09-01") if c["region"] == "440309"]
    assert brief(got, "period", "value") == [("2015", 190.0e9), ("2016", 300.0e9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The county has an economy of 240 billion yuan.",
        "The county boasts a GDP of 240 billion yuan.",
    ],
)
def test_a_present_tense_holder_after_a_years_history_is_said_of_now(sentence):
    # "has an economy of" after a sentence of 1990 took 1990
    text = "In 1990 Changshu County's economy was worth 3 billion yuan. " + sentence
    got = claims(text, published="2025-11-18", lang="en")
    assert [(c["period"], c["value"]) for c in got] == [("1990", 3e9), ("2024", 240e9)]


def test_a_past_verb_after_the_present_one_keeps_the_paragraphs_year():  # a guard: passed before
    text = (
        "In 1990 Changshu County's economy was worth 3 billion yuan. The county, which is on the Yangtze, ended the "
        "year with an economy of 3.1 billion yuan."
    )
    got = claims(text, published="2025-11-18", lang="en")
    assert [c["period"] for c in got] == ["1990", "1990"]


def test_a_place_after_its_own_citys_year_takes_that_year_not_its_own_latest():
    # the county's own year (this year's first half) won over the year its city's figure just gave
    text = (
        "Taicang: an old port's new trade\nIn the first half of this year, the city's economy expanded 6 percent.\n"
        "Suzhou reported GDP of 2.67 trillion yuan for 2024. Taicang's share of that was about 6 percent."
    )
    got = claims(text, published="2025-09-03", lang="en")
    assert [(c["region"], c["period"], c["kind"]) for c in got if c["value"] == 6 and c.get("relative_to")] == [
        ("320585", "2024", "actual")
    ]


def test_output_when_the_economy_spoken_of_doubled_is_its_gdp():
    # "when output reached" after "It doubled", the GDP of the sentence before: was other:output
    text = "Ten years ago, Haining's GDP was 50 billion yuan. It doubled by 2021, when output reached 101 billion yuan."
    got = claims(text, published="2025-06-12", lang="en")
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", "2015"), ("gdp", "2021")]


def test_output_after_it_doubled_is_no_gdp_when_no_gdp_was_spoken_of():  # a guard: passed before
    text = "Haining's leather industry grew fast. It doubled by 2021, when output reached 101 billion yuan."
    got = claims(text, published="2025-06-12", lang="en")
    assert [c["indicator"] for c in got] == ["other:output"]
