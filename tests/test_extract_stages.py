"""Each extraction stage on sentences written for these tests, and documents in the styles that failed
on unseen text (mid-year reports, profile pages, Traditional script, five-year reviews, multi-district
headlines). Figures are illustrative unless a source is named."""

import pytest

from regionwatch import extract_claims
from regionwatch.extract._numbers import find_zh
from regionwatch.extract._text import MAX_SENTENCE, normalise, sentences
from regionwatch.indicators import INDICATORS, OTHER_INDICATORS


def claims(text, published="2026-03-01", lang=None):
    return [c.to_dict() for c in extract_claims(text, lang=lang, published=published, strict=True)]


def brief(cs, *keys):
    keys = keys or ("region", "indicator", "period", "value")
    return [tuple(c.get(k) for k in keys) for c in cs]


# ------------------------------------------------------------------ numbers and sentences


def test_wan_yi_compound_numeral():
    [q] = [q for q in find_zh(normalise("地区生产总值达到1万2734亿元")) if q.value > 1e8]
    assert (q.value, q.unit) == (1.2734e12, "CNY")


def test_every_10000_people_is_a_unit_not_a_population():
    assert claims("Patents obtained by every 10,000 people in Huqiu district will grow to 143.") == []


def test_overlong_sentences_are_cut_so_each_figure_reads_a_bounded_window():
    text = ", ".join(["GDP 12.5 billion yuan"] * 400)
    spans = sentences(text)
    assert len(spans) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(s.text for s in spans) == text  # nothing lost, nothing repeated


# ------------------------------------------------------------------ indicator records


def test_every_indicator_with_a_cue_has_both_languages():
    for record in (*INDICATORS.values(), *OTHER_INDICATORS):
        if record.en or record.zh:
            assert record.en and record.zh, record.name


def test_sector_value_added_listed_respectively():
    text = (
        "In 2025, the value-added of Yiwu's primary, secondary and tertiary industries was 2.1 billion yuan, "
        "61.3 billion yuan and 131.6 billion yuan, respectively."
    )
    assert brief(claims(text), "indicator", "value") == [
        ("primary_value_added", 2.1e9),
        ("secondary_value_added", 6.13e10),
        ("tertiary_value_added", 1.316e11),
    ]


def test_growth_after_a_gdp_figure_takes_the_gdp_partner():
    text = "Jiangyin's GDP reached 512.3 billion yuan in 2025, a year-on-year increase of 5.1 percent."
    assert brief(claims(text), "indicator", "value") == [("gdp", 5.123e11), ("gdp_growth", 5.1)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Kunshan is home to 2.13 million people.", "en", 2.13e6),
        ("Permanent residents: 1,059,600 (2019)", "en", 1059600),
        ("2025年末，江阴市常住人口180.6万。", "zh", 1.806e6),
    ],
)
def test_population_in_its_forms(text, lang, value):
    got = [c for c in claims("Jiangyin profile\n" + text if lang == "en" else text, lang=lang)]
    assert [(c["indicator"], c["unit"], c["value"]) for c in got] == [("population", "persons", value)]


def test_added_counts_are_changes_and_a_running_total_is_the_level():
    got = claims("2025年，昆山市新增上市企业5家、累计达51家。", lang="zh")
    assert brief(got, "indicator", "value") == [("other:added_listed_companies", 5), ("listed_companies", 51)]


def test_a_named_rate_is_not_growth():
    got = claims("Wuxi aims to lift its GDP to 1.8 trillion yuan and increase its urbanization rate to 85 percent.")
    assert brief(got, "indicator", "value") == [("gdp", 1.8e12), ("other:rate", 85)]


def test_a_share_of_an_indicator_is_not_a_share_of_a_place():
    got = claims("2025年，昆山市战略性新兴产业产值占规上工业产值比重达56.1%。", lang="zh")
    assert [c.get("relative_to") for c in got] == [None]


def test_a_city_share_of_its_own_gdp_is_not_relative_to_its_province():
    got = claims("In Guiyang, the digital economy accounted for 40 percent of the city's GDP in 2025.")
    assert [c["indicator"] for c in got] == ["other:share"]


# ------------------------------------------------------------------ regions


def test_possessive_chain_goes_to_the_district():
    [c] = claims("Shenzhen's Futian district posted GDP of 610.2 billion yuan in 2025.")
    assert c["region"] == "440304" and c["inferred"] == []


def test_an_enumeration_does_not_move_the_focus():
    text = (
        "City Name: Guangzhou\n\nDistricts: the city administers districts including Yuexiu, Haizhu, Liwan and "
        "Tianhe.\n\nGDP: 2,880 billion RMB (2022)"
    )
    [c] = claims(text, published=None)
    assert (c["region"], c["period"], c["inferred"]) == ("440100", "2022", ["region"])


def test_the_only_district_in_a_city_is_not_the_city():
    text = "Tianhe is the only district in Guangzhou whose Q1 GDP passed the 150 billion yuan mark in 2024."
    [c] = claims(text, published="2024-05-01")
    assert (c["region"], c["period"], c["qualifier"]) == ("440106", "2024-Q1", "at_least")


def test_a_county_short_name_followed_by_its_level_word():
    [c, *_] = claims("上半年，缙云全县实现生产总值160.2亿元。", published="2024-07-25", lang="zh")
    assert (c["region"], c["period"]) == ("331122", "2024-H1")


# ------------------------------------------------------------------ documents in the styles that failed


def test_mid_year_report_in_chinese():
    text = (
        "上半年，湖滨区经济运行稳中有进。\n"
        "经初步核算，上半年全区实现地区生产总值95.3亿元，同比增长6.1%。\n"
        "分产业看，第一产业增加值1.2亿元；第二产业增加值30.4亿元；第三产业增加值63.7亿元。\n"
        "固定资产投资同比增长5.2%，增速比一季度提高0.8个百分点。"
    )
    got = claims(text, published="2025-08-04", lang="zh")
    assert {c["period"] for c in got} == {"2025-H1"}
    assert brief(got, "region", "indicator", "value") == [
        ("411202", "gdp", 9.53e9),
        ("411202", "gdp_growth", 6.1),
        ("411202", "primary_value_added", 1.2e8),
        ("411202", "secondary_value_added", 3.04e9),
        ("411202", "tertiary_value_added", 6.37e9),
        ("411202", "fixed_asset_investment_growth", 5.2),
    ]


def test_profile_page_without_a_date():
    text = "City Name: Foshan\n\nTerritory: 3,797.7 square kilometers\n\nGDP: 1,333.7 billion RMB (2023)\n"
    got = claims(text, published=None)
    assert brief(got, "region", "indicator", "period") == [("440600", "area", "2023"), ("440600", "gdp", "2023")]


def test_traditional_script_communique():
    text = "2025年，南山區實現地區生產總值10102.4億元，比上年增長6.3%。"
    got = claims(text, published="2026-01-27", lang="zh")
    assert brief(got) == [("440305", "gdp", "2025", 1.01024e12), ("440305", "gdp_growth", "2025", 6.3)]
    assert "億" in got[0]["quote"]


def test_multi_district_headline_goes_to_each_district_not_the_city():
    text = "深圳各区2025年经济数据出炉\n2025年，福田区、龙岗区地区生产总值均突破6000亿元。"
    got = claims(text, published="2026-02-01", lang="zh")
    assert brief(got, "region", "qualifier") == [("440304", "at_least"), ("440307", "at_least")]


# ------------------------------------------------------------------ session 5: sentence-wide years, asides, labels


def test_a_year_stated_at_the_end_of_a_sentence_dates_every_figure_in_it():
    text = (
        "Shenzhen's Futian district and Longgang district reported GDP of 610 billion yuan and 530 billion "
        "yuan respectively in 2025."
    )
    got = brief(claims(text, published="2026-08-20"), "region", "period", "value", "inferred")
    assert got == [("440304", "2025", 6.1e11, []), ("440307", "2025", 5.3e11, [])]


def test_growth_after_a_level_takes_the_level_year_not_the_default():
    text = "Haidian's economic output rose to 1.1 trillion yuan in 2024, an uptick of 6.2 percent."
    assert brief(claims(text, published="2026-03-10"), "indicator", "period") == [
        ("gdp", "2024"),
        ("gdp_growth", "2024"),
    ]


def test_from_to_change_keeps_its_years_and_is_no_range():
    text = "Its GDP grew from 100 billion yuan in 2023 to 125 billion yuan in 2024, up 25 percent."
    got = brief(claims("Kunshan is in Jiangsu. " + text), "indicator", "period", "value", "qualifier")
    assert got == [
        ("gdp", "2023", 1e11, "exact"),
        ("gdp", "2024", 1.25e11, "exact"),
        ("gdp_growth", "2024", 25.0, "exact"),
    ]


def test_a_real_range_is_still_two_bounds():
    got = brief(claims("Kunshan expects GDP growth of 4.5 to 5 percent in 2026."), "value", "qualifier")
    assert got == [(4.5, "at_least"), (5.0, "at_most")]


@pytest.mark.parametrize(
    "text",
    [
        "Jiangyin, a county-level city under Wuxi, saw its economy expand by 6.1 percent in 2025.",
        "Jiangyin, which Wuxi administers, saw its economy expand by 6.1 percent in 2025.",
    ],
)
def test_a_place_named_in_an_aside_is_not_the_subject(text):
    assert brief(claims(text), "region", "indicator") == [("320281", "gdp_growth")]


def test_the_places_a_city_administers_do_not_take_its_figure():
    text = "The city of Wuxi, which administers Jiangyin and Yixing, posted GDP of 1.6 trillion yuan in 2025."
    assert brief(claims(text), "region", "value") == [("320200", 1.6e12)]


def test_profile_label_lines_name_the_indicator():
    text = "Guangzhou\nGDP: 1,355.1 billion yuan (2012)\nYear on Year Growth (%): 10.5%\nGDP growth: 10.5% (2012)\n"
    got = brief(claims(text, published="2013-03-01"), "region", "indicator", "period", "value")
    assert got == [
        ("440100", "gdp", "2012", 1.3551e12),
        ("440100", "gdp_growth", "2012", 10.5),
        ("440100", "gdp_growth", "2012", 10.5),
    ]


def test_full_year_sentence_leaves_the_running_sub_year_period():
    text = "前三季度，江阴市实现地区生产总值3650.2亿元。全年全市实现地区生产总值4950.5亿元。"
    got = brief(claims(text, published="2026-01-20"), "period", "value")
    assert got == [("2025-Q1Q3", 3.6502e11), ("2025", 4.9505e11)]


def test_figures_listed_after_a_gdp_figure_share_its_indicator():
    text = (
        "Nanshan district's GDP reached 520 billion yuan in the first half. Longgang posted 280 billion yuan. "
        "Among the districts, Nanshan ranked first, followed by Futian (310 billion yuan) and Bao'an "
        "(290 billion yuan)."
    )
    got = brief(claims(text, published="2026-08-02"), "region", "indicator", "period")
    assert got == [
        ("440305", "gdp", "2026-H1"),
        ("440307", "gdp", "2026-H1"),
        ("440304", "gdp", "2026-H1"),
        ("440306", "gdp", "2026-H1"),
    ]


def test_a_list_of_amounts_after_a_non_gdp_money_figure_is_not_gdp():
    text = "Longgang posted GDP of 530 billion yuan in 2025, including 200 billion yuan from industry."
    assert [c["indicator"] for c in claims(text)] == ["gdp", "other:part"]
    text = "Shenzhen's GDP was 3.6 trillion yuan in 2025, including Nanshan's 1.05 trillion yuan."
    assert [c["indicator"] for c in claims(text)] == ["gdp", "gdp"]  # a named place's part is its GDP


def test_a_bare_rate_in_a_list_continues_the_rate_before_it():
    text = "2025年，南山区地区生产总值10500亿元，增长5.8%；福田区6200亿元，5.2%。"
    got = brief(claims(text, published="2026-02-15"), "region", "indicator", "value")
    assert got == [
        ("440305", "gdp", 1.05e12),
        ("440305", "gdp_growth", 5.8),
        ("440304", "gdp", 6.2e11),
        ("440304", "gdp_growth", 5.2),
    ]


def test_growth_of_a_place_after_a_gdp_sentence_is_gdp_growth():
    text = "深圳各区2025年GDP出炉：南山区10500亿元、福田区6200亿元。其中，南山区增长5.8%，福田区增长5.2%。"
    got = brief(claims(text, published="2026-02-15"), "region", "indicator", "period")
    assert got[2:] == [("440305", "gdp_growth", "2025"), ("440304", "gdp_growth", "2025")]


def test_the_whole_city_while_a_district_is_discussed_is_its_prefecture():
    text = "2025年，龙岗区地区生产总值5300亿元。截至2025年末，全市共有上市公司560家。"
    assert brief(claims(text, published="2026-02-15"), "region", "indicator") == [
        ("440307", "gdp"),
        ("440300", "listed_companies"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Futian district is growing. By the end of last year, it had 95 listed companies.",
        "福田区经济运行良好。上年末，全区共有上市公司95家，比上年末增加5家。",
    ],
)
def test_the_end_of_last_year_dates_a_stock(text):
    assert brief(claims(text, published="2026-04-22"), "indicator", "period", "value", "inferred") == [
        ("listed_companies", "2025", 95, ["region"])
    ]


def test_a_quarter_inside_first_three_quarters_is_no_period_of_its_own():
    text = (
        "2025年，江阴市第二产业增加值2400.5亿元，较前三季度加快0.5个百分点；第三产业增加值2300.1亿元，比上年增长5.1%。"
    )
    assert {c["period"] for c in claims(text, published="2026-02-01")} == {"2025"}


def test_a_goals_document_dates_its_list_by_its_own_year():
    text = (
        "Wuxi sets 2026 development goals\n\nThe main targets are as follows:\n\n"
        "GDP growth of about 5.5 percent; fixed asset investment growth of 6 percent.\n"
    )
    got = brief(claims(text, published="2026-02-10"), "indicator", "period", "kind")
    assert got == [("gdp_growth", "2026", "target"), ("fixed_asset_investment_growth", "2026", "target")]


def test_this_year_opens_a_chinese_sentence_for_every_figure_in_it():
    text = (
        "2019年浦东新区地区生产总值12734亿元。今年1—9月，浦东新区完成地区生产总值9348亿元，同比增长1.7%，"
        "规模以上工业总产值7000亿元。"
    )
    got = brief(claims(text, published="2020-11-09"), "indicator", "period")
    assert got == [
        ("gdp", "2019"),
        ("gdp", "2020-Q1Q3"),
        ("gdp_growth", "2020-Q1Q3"),
        ("industrial_output", "2020-Q1Q3"),
    ]


def test_a_rate_after_a_counted_thing_is_that_things_growth():
    text = "2025年，南山区地区生产总值10500亿元，增长5.8%，新设企业同比增长12.5%。"
    assert [c["indicator"] for c in claims(text)] == ["gdp", "gdp_growth", "other:new_enterprises_growth"]


def test_per_capita_figures_in_dollars_are_outside_the_vocabulary():
    text = "2025年，朝阳区人均GDP达到35000美元。"
    assert [c["indicator"] for c in claims(text)] == ["other:gdp_per_capita_usd"]


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
    ("text", "value"),
    [("昆山市去年新设立企业2.3万户。", 23000), ("Kunshan added 23,000 new businesses last year.", 23000)],
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


def test_economic_scale_is_gdp():
    assert brief(claims("2024年，昆山市经济规模达到5280亿元。")) == [("320583", "gdp", "2024", 5.28e11)]


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
    ],
)
def test_in_an_article_about_gdp_a_places_uncued_money_figure_is_its_gdp(sentence, expected):
    made = claims(GDP_TITLE + sentence)
    assert brief([c for c in made if not c["indicator"].startswith("other:")], "region", "indicator", "value") == (
        expected
    )


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
    assert claims("江阴市地区生产总值比宜兴市多2000亿元。") == []


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


# ------------------------------------------------------------------ figures of no one place


@pytest.mark.parametrize(
    "text",
    [
        "南山区和福田区GDP总和达1.7万亿元。",
        "Nanshan and Futian together produced 1.7 trillion yuan of GDP last year.",
        "The combined GDP of Nanshan and Futian reached 1.7 trillion yuan.",
        "2025年，百强县GDP平均为1200亿元。",
    ],
)
def test_a_sum_or_an_average_of_several_places_is_no_places_figure(text):
    assert [c for c in claims(text) if c["unit"] == "CNY" and not c["indicator"].startswith("other:")] == []


def test_a_total_for_one_place_is_its_figure():
    text = "Kunshan recorded a total of 536.9 billion yuan in GDP in 2024."
    assert brief(claims(text)) == [("320583", "gdp", "2024", 5.369e11)]


def test_the_leader_after_an_average_keeps_its_own_figure():
    text = "2025年，百强县GDP平均为1200亿元，昆山市以5500亿元居首。"
    assert brief(claims(text, published="2026-02-01")) == [("320583", "gdp", "2025", 5.5e11)]


@pytest.mark.parametrize(
    "text",
    [
        "2025年，南山区GDP增量达800亿元，居全市第一。",
        "Nanshan's GDP increased by 80 billion yuan in 2025.",
        "Nanshan's GDP was 1.05 trillion yuan in 2025, 80 billion yuan more than the previous year.",
    ],
)
def test_a_money_figure_stated_as_a_change_is_not_a_level(text):
    made = claims(text)
    assert [c["indicator"] for c in made if c["value"] == 8e10] == ["other:gdp_change"]
    assert all(c["value"] != 8e10 for c in made if c["indicator"] == "gdp")


def test_grew_to_a_figure_is_still_the_level():
    text = "Nanshan's GDP grew by 80 billion yuan from a year earlier to 1.05 trillion yuan in 2025."
    assert [c for c in brief(claims(text)) if c[1] == "gdp"] == [("440305", "gdp", "2025", 1.05e12)]


def test_a_threshold_naming_a_category_of_places_is_no_figure_of_the_place_before_it():
    made = claims("江苏省GDP达到5000亿元以上的县有3个，昆山市位列其中。")
    assert [c for c in made if c["unit"] == "CNY"] == []


def test_the_whole_of_last_year_leaves_the_half_year_and_the_figure_is_the_same_measure():
    text = (
        "Kunshan's GDP for the first half reached 260 billion yuan, up 5.2 percent year on year. "
        "For the whole of last year, the figure was 536.9 billion yuan."
    )
    assert brief(claims(text, published="2025-07-28")) == [
        ("320583", "gdp", "2025-H1", 2.6e11),
        ("320583", "gdp_growth", "2025-H1", 5.2),
        ("320583", "gdp", "2024", 5.369e11),
    ]


def test_a_growth_target_named_after_the_rate_is_that_indicators():
    text = (
        "Guiyang's major targets for 2019: GDP growth of about 10 percent; an increase of at least 8 percent "
        "for the added value of above-designated-scale industrial enterprises."
    )
    assert brief(claims(text, published="2019-02-01"), "indicator", "value") == [
        ("gdp_growth", 10),
        ("other:industrial_value_added_growth", 8),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kunshan's imports and exports totaled 920 billion yuan in 2024, with exports of 600 billion yuan.",
            [("foreign_trade", 9.2e11), ("other:exports", 6e11)],
        ),
        ("2024年昆山市进出口总额9200亿元，其中进口3200亿元。", [("foreign_trade", 9.2e11), ("other:imports", 3.2e11)]),
    ],
)
def test_exports_or_imports_alone_are_not_foreign_trade(text, expected):
    assert brief(claims(text), "indicator", "value") == expected


def test_as_of_the_census_year_dates_a_population():
    text = "Wujiang is a district of Suzhou. It had a population of 1.55 million as of the 2020 census."
    assert brief(claims(text, published="2024-05-01")) == [("320509", "population", "2020", 1.55e6)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Haishu District (2023)\nPer capita disposable income of urban residents: RMB 85,000\n", "other:urban"),
        ("2023年海曙区农村居民人均可支配收入5.2万元。", "other:rural"),
        ("2023年海曙区全体居民人均可支配收入7.5万元。", "disposable_income_per_capita"),
    ],
)
def test_urban_or_rural_disposable_income_alone_is_outside_the_vocabulary(text, indicator):
    [claim] = claims(text, published="2024-05-01")
    assert claim["indicator"].startswith(indicator) and claim["unit"] == "CNY_per_person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年，南山区全社会研发投入达到420亿元，占GDP比重6.2%。", ("rd_intensity", 6.2, "exact")),
        (
            "Nanshan's R&D spending reached 42 billion yuan in 2024, equivalent to 6.2 percent of its GDP.",
            ("rd_intensity", 6.2, "exact"),
        ),
        ("2024年南山区战略性新兴产业增加值5300亿元，占GDP比重超过五成。", ("strategic_emerging_share", 50, "at_least")),
    ],
)
def test_a_share_of_gdp_going_on_from_the_clause_before_is_that_clauses_measure(text, expected):
    shares = [c for c in claims(text, published="2025-03-01") if c["unit"] == "percent"]
    assert brief(shares, "indicator", "value", "qualifier") == [expected]


def test_tenths_in_chinese_are_percentages_but_not_in_place_names_or_verbs():
    from regionwatch.extract._numbers import find_zh

    assert [(q.value, q.unit) for q in find_zh("占比近七成，成都市完成五成任务")] == [(70.0, "percent")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("2024年昆山GDP达5280亿元，继续领跑全国百强县。", "320583"),
        ("2024年，晋江经济总量突破3600亿元。", "350582"),
        ("2024年南山GDP首次突破万亿元。", "440305"),  # two 南山区: the more populous, Shenzhen's
        ("浦东2024年地区生产总值1.8万亿元。", "310115"),
    ],
)
def test_a_counties_short_name_right_before_its_gdp_is_the_county(text, region):
    assert [c["region"] for c in claims(text)] == [region]


def test_a_counties_short_name_elsewhere_still_needs_its_parent():
    assert claims("昆山路上新开了一家店，营业额达500万元。") == []


def test_zhao_yuan_is_a_trillion_in_taiwanese_usage_and_a_label_alone():
    text = "深圳南山區GDP去年達1.05兆元人民幣，成為中國第三個「兆元區」。"
    assert brief(claims(text, published="2026-01-20")) == [("440305", "gdp", "2025", 1.05e12)]
    from regionwatch.extract._numbers import find_zh

    assert [(q.value, q.unit) for q in find_zh("装机容量300兆瓦")] == [(300.0, None)]  # megawatts: no scale


def test_currency_codes_after_the_number_and_an_approximate_conversion():
    text = "Nanshan's GDP reached 1.05 trillion CNY (about 146 billion U.S. dollars) in 2025."
    assert brief(claims(text), "value", "unit", "qualifier") == [(1.05e12, "CNY", "exact"), (1.46e11, "USD", "approx")]
    from regionwatch.extract._numbers import find_en

    assert [(q.value, q.unit) for q in find_en("Import & Export: 117.131 billion USD")] == [(117131000000.0, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan registered growth of 5.1 percent in 2024.",
        "In 2024, Kunshan grew at 5.1 percent.",
        "Kunshan is a county-level city. The city grew 5.1 percent in 2024.",
    ],
)
def test_a_place_growing_is_its_gdp_growing_in_any_article(text):
    assert brief(claims(text, published="2025-02-01")) == [("320583", "gdp_growth", "2024", 5.1)]


def test_every_place_of_a_list_after_ji_is_a_comparison_not_a_subject():
    text = "2025年南山区成为继上海浦东新区、北京海淀区之后，全国第三个经济总量突破万亿元的城区。"
    assert {c["region"] for c in claims(text, published="2026-01-22")} == {"440305"}


def test_a_chinese_ranking_under_a_gdp_title_lists_gdp_and_its_growth():
    text = "2025年深圳各区GDP排名出炉\n南山区10500亿元，增长6.3%；福田区6400亿元，增长5.3%。"
    assert brief(claims(text, published="2026-02-10"), "region", "indicator", "value") == [
        ("440305", "gdp", 1.05e12),
        ("440305", "gdp_growth", 6.3),
        ("440304", "gdp", 6.4e11),
        ("440304", "gdp_growth", 5.3),
    ]


# ------------------------------------------------------------------ tables flattened into text


@pytest.mark.parametrize(
    "text",
    [
        "2025年深圳各区GDP排名\n排名 区 GDP（亿元） 增速\n1 南山区 10500 6.3%\n2 福田区 6400 5.3%\n数据来源：统计局",
        "Top districts by GDP, 2025\nRank District GDP (billion yuan) Growth\n1 Nanshan 1050 6.3%\n2 Futian 640 5.3%\n",
    ],
)
def test_a_flattened_table_gives_its_header_unit_and_measure_to_each_row(text):
    assert brief(claims(text, published="2026-02-10"), "region", "indicator", "period", "value") == [
        ("440305", "gdp", "2025", 1.05e12),
        ("440305", "gdp_growth", "2025", 6.3),
        ("440304", "gdp", "2025", 6.4e11),
        ("440304", "gdp_growth", "2025", 5.3),
    ]


def test_a_header_like_phrase_inside_a_sentence_with_figures_is_no_table():
    text = "2025年南山区GDP（亿元）为10500，增长6.3%。\n1 福田区 6400\n"
    assert all(c["region"] != "440304" for c in claims(text, published="2026-02-10"))


def test_a_tables_unit_in_its_header_is_no_figure():
    text = "Main indicators of Kunshan, 2024\nItem GDP (100 million yuan) Growth\nKunshan 5280.3 5.1%\n"
    assert brief(claims(text, published="2025-02-10")) == [
        ("320583", "gdp", "2024", 5.2803e11),
        ("320583", "gdp_growth", "2024", 5.1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's GDP was 850 billion yuan, 950 billion yuan and 1.05 trillion yuan in 2023, 2024 and 2025, "
        "respectively.",
        "2023年、2024年和2025年，南山区GDP分别为8500亿元、9500亿元和10500亿元。",
    ],
)
def test_years_listed_before_or_after_the_figures_pair_with_them(text):
    assert brief(claims(text), "period", "value") == [("2023", 8.5e11), ("2024", 9.5e11), ("2025", 1.05e12)]


def test_from_one_year_to_another_pairs_with_from_one_figure_to_another():
    text = "From 2023 to 2025, Nanshan's GDP rose from 850 billion yuan to 1.05 trillion yuan."
    assert brief(claims(text), "period", "value") == [("2023", 8.5e11), ("2025", 1.05e12)]


def test_a_growth_over_several_years_is_not_one_years_growth():
    text = "南山区GDP从2020年的6500亿元跃升至2025年的1.05万亿元，五年间增长了约60%。"
    assert [c["indicator"] for c in claims(text) if c["unit"] == "percent"] == ["other:gdp_growth_cumulative"]


def test_an_opening_about_a_club_of_places_by_gdp_is_an_article_about_gdp():
    text = "千亿县数量增至59个，昆山市以5280亿元居首。"
    assert brief([c for c in claims(text) if c["unit"] == "CNY"]) == [("320583", "gdp", "2025", 5.28e11)]


def test_an_infobox_sub_line_takes_its_heads_measure_and_year():
    text = "Yiwu\nGDP (2022): ¥190 billion\n - Per capita: ¥100,800\nPopulation (2020 census): 1,859,390\n"
    assert brief(claims(text, published="2024-01-01")) == [
        ("330782", "gdp", "2022", 1.9e11),
        ("330782", "gdp_per_capita", "2022", 100800),
        ("330782", "population", "2020", 1859390),
    ]


def test_yuan_written_cn_yen():
    text = "In 2022, Kunshan's nominal GDP was CN¥500.6 billion (US$74.4 billion)."
    assert brief(claims(text), "value", "unit") == [(5.006e11, "CNY"), (7.44e10, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "The Yangtze River Delta's GDP exceeded 33 trillion yuan in 2025, while Kunshan alone contributed "
        "560 billion yuan.",
        "2025年长三角GDP超过33万亿元，昆山市贡献了5600亿元。",
    ],
)
def test_a_region_the_gazetteer_lacks_keeps_its_figure_from_the_places_named_later(text):
    assert brief(claims(text, published="2026-01-20"), "region", "value") == [("320583", 5.6e11)]


def test_the_full_year_after_a_figure_leaves_the_quarters_and_the_city_keeps_the_measure():
    text = (
        "Kunshan's GDP for the first three quarters totaled 410 billion yuan. "
        "The city is expected to exceed 560 billion yuan for the full year."
    )
    assert brief(claims(text, published="2025-11-20"), "indicator", "period", "kind") == [
        ("gdp", "2025-Q1Q3", "actual"),
        ("gdp", "2025", "expected"),
    ]


def test_the_same_period_last_year_is_last_years_part():
    text = "一季度，昆山市GDP为1300亿元。去年同期为1250亿元。"
    assert brief(claims(text, published="2025-04-30")) == [
        ("320583", "gdp", "2025-Q1", 1.3e11),
        ("320583", "gdp", "2024-Q1", 1.25e11),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "南山区2025年GDP达10500亿元。其中，粤海街道GDP超过5000亿元。",
        "Nanshan's GDP reached 1.05 trillion yuan in 2025. Yuehai subdistrict alone produced over 500 billion yuan.",
        "南山区2025年GDP达10500亿元，其中南山高新区实现地区生产总值5000亿元。",
    ],
)
def test_a_unit_below_the_county_keeps_its_figure_from_the_county(text):
    assert brief(claims(text, published="2026-01-20"), "region", "value") == [("440305", 1.05e12)]


def test_urban_and_rural_residents_together_are_all_residents():
    text = "2024年昆山市城乡居民人均可支配收入7.8万元。"
    assert brief(claims(text, published="2025-02-01")) == [("320583", "disposable_income_per_capita", "2024", 78000)]


def test_a_markdown_tables_header_cells_give_their_columns_measure_and_unit():
    text = (
        "2025年深圳各区经济数据\n| 区 | GDP（亿元） | 常住人口（万人） | 增速 |\n|---|---|---|---|\n"
        "| 南山区 | 10500 | 182 | 6.3% |\n| 福田区 | 6400亿元 | 155 | 5.3% |\n"
    )
    assert brief(claims(text, published="2026-02-10"), "region", "indicator", "value", "unit") == [
        ("440305", "gdp", 1.05e12, "CNY"),
        ("440305", "population", 1.82e6, "persons"),
        ("440305", "gdp_growth", 6.3, "percent"),
        ("440304", "gdp", 6.4e11, "CNY"),
        ("440304", "population", 1.55e6, "persons"),
        ("440304", "gdp_growth", 5.3, "percent"),
    ]


def test_a_markdown_table_without_a_known_measure_gives_nothing():
    text = "| 区 | 得分 |\n|---|---|\n| 南山区 | 95 |\n"
    assert claims(text, published="2026-02-10") == []
