"""Claim extraction, on sentences written for these tests in English news style and Chinese communiqué style."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionwatch import extract_claims


def claims(text, published="2026-03-01", lang=None, keep_other=False):
    out = [c.to_dict() for c in extract_claims(text, published=published, lang=lang)]
    return [c for c in out if keep_other or not c["indicator"].startswith("other:")]


def one(text, **kw):
    found = claims(text, **kw)
    assert len(found) == 1, found
    return found[0]


def brief(cs):
    return [
        (
            c["region"],
            c["indicator"],
            c["period"],
            round(c["value"], 6),
            c["unit"],
            c["qualifier"],
            c["kind"],
            c.get("relative_to"),
        )
        for c in cs
    ]


# ---------------------------------------------------------------- numbers and scales (English)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Futian district's GDP reached 612.5 billion yuan in 2025.", 6.125e11, "CNY"),
        ("Futian district's GDP reached RMB612.5 billion in 2025.", 6.125e11, "CNY"),
        ("Futian district's GDP reached 0.61 trillion yuan in 2025.", 6.1e11, "CNY"),
        ("Futian district's GDP reached 612,500 million yuan in 2025.", 6.125e11, "CNY"),
        ("Futian district's GDP reached 612.5bn yuan in 2025.", 6.125e11, "CNY"),
        ("Futian district's GDP reached ¥612.5 billion in 2025.", 6.125e11, "CNY"),
        ("Futian district's GDP reached US$85.2 billion in 2025.", 8.52e10, "USD"),
        ("Futian district's GDP reached one trillion yuan in 2025.", 1e12, "CNY"),
    ],
)
def test_english_amounts(sentence, value, unit):
    c = one(sentence)
    assert (c["region"], c["indicator"], c["period"], c["unit"]) == ("440304", "gdp", "2025", unit)
    assert c["value"] == pytest.approx(value)


def test_bracketed_conversion_gives_two_claims():
    cs = claims("Longhua district's GDP topped 400 billion yuan ($55.7 billion) in 2025.")
    assert brief(cs) == [
        ("440309", "gdp", "2025", 4e11, "CNY", "at_least", "actual", None),
        ("440309", "gdp", "2025", 5.57e10, "USD", "at_least", "actual", None),
    ]


@pytest.mark.parametrize("when", ["last year", "in 2025"])
def test_a_conversion_in_brackets_after_the_time_of_its_figure_is_a_second_claim(when):
    cs = claims(f"Longhua district posted output of 400 billion yuan {when} ($55.7 billion).", published="2026-03-01")
    assert [(c["indicator"], c["period"], c["unit"]) for c in cs] == [("gdp", "2025", "CNY"), ("gdp", "2025", "USD")]


def test_a_per_capita_with_its_noun_left_out_and_its_dollar_conversion():
    # "with a per capita of …" after a GDP: GDP per head; its dollars in brackets are outside v1, never GDP
    cs = claims(
        "Longhua's GDP in 2025 was ¥400 billion (US$55.7 billion), with a per capita of ¥150,000 (US$20,900).",
        published="2026-03-01",
        keep_other=True,
    )
    assert [(c["indicator"], c["unit"]) for c in cs] == [
        ("gdp", "CNY"),
        ("gdp", "USD"),
        ("gdp_per_capita", "CNY_per_person"),
        ("other:gdp_per_capita_usd", "USD"),
    ]


def test_the_output_a_place_posts_after_an_aside_about_it_is_its_gdp():
    cs = claims(
        "Longhua, a district north of Futian, posted output of 400 billion yuan in 2025.", published="2026-03-01"
    )
    assert [(c["region"], c["indicator"]) for c in cs] == [("440309", "gdp")]


def test_percent_forms_and_sign():
    cs = claims("Tianhe district's GDP grew 4.8 per cent in 2025, while its fixed-asset investment fell 3.1 percent.")
    assert brief(cs) == [
        ("440106", "gdp_growth", "2025", 4.8, "percent", "exact", "actual", None),
        ("440106", "fixed_asset_investment_growth", "2025", -3.1, "percent", "exact", "actual", None),
    ]


def test_percentage_points_are_not_percent():
    assert claims("Kunshan's GDP growth rate rose by 0.6 percentage points in 2025.") == []
    # "percentage" alone before a figure in percentage points is one of them too (an elided list item)
    text = "Kunshan's GDP grew 5.6 percent in 2025, 0.3 percentage and 0.8 percentage points above Suzhou and Jiangsu."
    assert [c["value"] for c in claims(text, published="2026-02-01")] == [5.6]


def test_fraction_and_share_of_the_city():
    c = one("Nanshan district in Shenzhen contributes nearly one-third of the city's GDP.", published="2026-03-01")
    assert (c["indicator"], c["value"], c["unit"], c["qualifier"], c["relative_to"]) == (
        "gdp",
        33.3,
        "percent",
        "approx",
        "440300",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Cixi's GDP grew 5.1 percent in the first three quarters, and its exports rose 12 percent during the three "
        "quarters.",
        "Cixi's GDP grew 5.1 percent in the first three quarters. In these three quarters its exports rose 12 percent.",
    ],
)
def test_the_three_quarters_of_a_year_are_a_period_not_a_share(text):
    got = claims(text, published="2025-11-01", keep_other=True)
    assert [c["value"] for c in got if c["unit"] == "percent"] == [5.1, 12.0]


def test_three_quarters_of_a_whole_is_still_a_share():
    got = claims("Services make up three quarters of Futian's GDP.", published="2026-03-01", keep_other=True)
    assert [(c["region"], c["value"], c["unit"]) for c in got] == [("440304", 75.0, "percent")]


def test_times_the_national_average():
    cs = claims(
        "Haidian district has over 900 invention patents per 10,000 residents, about 25.1 times the national average."
    )
    assert brief(cs) == [
        ("110108", "invention_patents_per_10k", "2026", 900, "count_per_10k", "at_least", "actual", None),
        ("110108", "invention_patents_per_10k", "2026", 25.1, "ratio", "approx", "actual", "CN"),
    ]


def test_ranges_give_two_bounds():
    cs = claims("Economists expect China's GDP growth to reach 4.5 percent to 5 percent in 2026.")
    assert brief(cs) == [
        ("CN", "gdp_growth", "2026", 4.5, "percent", "at_least", "expected", None),
        ("CN", "gdp_growth", "2026", 5.0, "percent", "at_most", "expected", None),
    ]


def test_counts_with_nouns():
    cs = claims("Pudong New Area is home to 2,150 national high-tech enterprises and more than 80 listed companies.")
    assert brief(cs) == [
        ("310115", "high_tech_enterprises", "2026", 2150, "count", "exact", "actual", None),
        ("310115", "listed_companies", "2026", 80, "count", "at_least", "actual", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Futian aims to become a trillion-yuan district within the 15th Five-Year Plan period.",
        "The 100-billion-yuan counties met on Feb 12, 2026 in Kunshan.",
        "Call the Nanshan hotline at 0755-26541234 before 2026.",
        "Nanshan was established in 1990 and celebrated its 35th anniversary.",
        "Reporters from 12 outlets visited Pudong New Area.",
    ],
)
def test_not_figures(sentence):
    assert claims(sentence) == []


def test_the_chinese_article_a_is_not_a_count_of_one():
    assert claims("南山区是一座创新之城，拥有一个科学城。", keep_other=True) == []


# ---------------------------------------------------------------- Chinese numbers and communiqué style


def test_communique_reporting_year_and_last_year():
    text = (
        "2025年江阴市国民经济和社会发展统计公报\n"
        "初步核算，全年实现地区生产总值4930.15亿元，按可比价格计算，比上年增长6.1%。"
        "其中，第二产业增加值2477.38亿元，增长5.9%。年末常住人口180.2万人。"
    )
    cs = claims(text, published=None)
    assert brief(cs) == [
        ("320281", "gdp", "2025", 4.93015e11, "CNY", "exact", "actual", None),
        ("320281", "gdp_growth", "2025", 6.1, "percent", "exact", "actual", None),
        ("320281", "secondary_value_added", "2025", 2.47738e11, "CNY", "exact", "actual", None),
        ("320281", "population", "2025", 1802000, "persons", "exact", "actual", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("2025年，福田区地区生产总值1.02万亿元。", 1.02e12, "CNY"),
        ("2025年，福田区地区生产总值一万亿元。", 1e12, "CNY"),
        ("2025年，福田区地区生产总值６１２５亿元。", 6.125e11, "CNY"),
        ("2025年，福田区地区生产总值6,125亿元。", 6.125e11, "CNY"),
        ("2025年，福田区地区生产总值二千八百亿元。", 2.8e11, "CNY"),
        ("2025年，福田区地区生产总值一万零八十六亿元。", 1.0086e12, "CNY"),  # a 万 inside the numeral
        ("2025年，福田区地区生产总值612500000万元。", 6.125e12, "CNY"),
    ],
)
def test_chinese_amounts(sentence, value, unit):
    c = one(sentence, lang="zh")
    assert (c["region"], c["indicator"], c["period"], c["unit"]) == ("440304", "gdp", "2025", unit)
    assert c["value"] == pytest.approx(value)


def test_chinese_qualifiers_and_labels():
    cs = claims("2025年，龙岗区地区生产总值突破6000亿元，成为全市第三个“五千亿城区”。龙岗区上市公司超过50家。")
    assert brief(cs) == [
        ("440307", "gdp", "2025", 6e11, "CNY", "at_least", "actual", None),
        ("440307", "listed_companies", "2025", 50, "count", "at_least", "actual", None),
    ]  # a stock in a paragraph about a past year is that year's: no tense says 'now' (目前 would)
    assert claims("南山区GDP达10012亿元，跨入“万亿俱乐部”，万亿城区再添一员。", published="2026-02-01") == [
        c for c in claims("南山区GDP达10012亿元。", published="2026-02-01")
    ]  # the club is a label once the figure is stated (claims.md: labels are not figures …)
    only = claims("南山区跨入“万亿俱乐部”，万亿城区再添一员。", published="2026-02-01")
    assert brief(only)[0][:6] == ("440305", "gdp", "2025", 1e12, "CNY", "at_least")  # … unless the only statement


@pytest.mark.parametrize(
    ("text", "region", "period", "kind"),
    [
        ("2022年，海淀区成为全国第二个万亿城区。", "110108", "2022", "actual"),
        ("苏州市2020年跻身万亿城市行列。", "320500", "2020", "actual"),
        ("2025年，昆山GDP为5320亿元。有机构认为，江阴有望在2035年前后跻身万亿县行列。", "320281", "2035", "expected"),
        ("2025年，福田区GDP为6200亿元。福田區有望在2032年成為深圳第二個萬億城區。", "440304", "2032", "expected"),
    ],
)
def test_joining_a_class_named_by_its_level_is_a_crossing(text, region, period, kind):
    got = [c for c in claims(text, published="2026-03-10") if c["value"] == 1e12]
    assert brief(got) == [(region, "gdp", period, 1e12, "CNY", "at_least", kind, None)]


def test_bare_scale_after_crossing_verb():
    c = one("深圳市南山区2025年GDP首次突破万亿。")
    assert (c["region"], c["value"], c["qualifier"]) == ("440305", 1e12, "at_least")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("南山区2025年GDP近万亿元。", "approx"), ("南山区2025年GDP逾万亿元。", "at_least")],
)
def test_bare_scale_after_nearly_or_over(text, qualifier):
    c = one(text)
    assert (c["region"], c["value"], c["qualifier"]) == ("440305", 1e12, qualifier)
    assert claims("南山区接近万亿级城区。") == []  # a label still


@pytest.mark.parametrize(
    ("share", "qualifier"), [("四分之一强", "at_least"), ("六分之一弱", "at_most"), ("三成强", "at_least")]
)
def test_a_chinese_fraction_a_little_more_or_less(share, qualifier):
    c = one(f"2024年，南山区GDP占深圳全市的{share}。", published="2025-05-01")  # both were exact
    assert (c["unit"], c["qualifier"], c["relative_to"]) == ("percent", qualifier, "440300")


def test_a_share_a_little_more_than_a_fraction_keeps_its_measure():
    # the list's area before it was taken for the measure: 四分之一强的GDP was a share of the area
    got = claims("2024年，南山以不到全市十分之一的面积，贡献了全市四分之一强的GDP。", published="2025-03-01")
    assert brief(got)[1][1:] == ("gdp", "2024", 25, "percent", "at_least", "actual", "440300")


def test_a_multiple_of_the_national_per_capita_level_is_relative_to_the_country():
    got = claims("2024年，南山区人均GDP高达52万元，是全国人均水平的5.5倍。", published="2025-03-01")
    assert brief(got)[-1][-1] == "CN"  # 全国人均水平: was the city


def test_a_level_a_little_over_a_figure_is_at_least_it():
    assert one("2024年，龙岗区GDP为5000亿元出头。", published="2025-03-01")["qualifier"] == "at_least"


def test_a_short_name_after_and_is_not_read_into_a_name_starting_with_the_conjunction():
    # 福田和龙岗: 和龙 (Helong, Jilin) was read, and Longgang lost its figure to Futian
    got = claims("深圳市\n2024年，福田和龙岗GDP分别为5800亿元、5000亿元。", published="2025-03-01")
    assert [(c["region"], c["value"]) for c in got] == [("440304", 5.8e11), ("440307", 5e11)]
    assert one("吉林省延边州和龙GDP为100亿元。", published="2025-03-01")["region"] == "222406"  # a guard


@pytest.mark.parametrize("text", ["2024年，南山区GDP增速高于全市2个点。", "2024年，南山区GDP增速比上年提高1.2个点。"])
def test_points_in_speech_are_percentage_points(text):
    got = claims(text, published="2025-05-01", keep_other=True)  # 2个点 was a count of two
    assert [(c["indicator"], c["unit"]) for c in got] == [("other:percentage_points", "percent")]


def test_chinese_fractions_and_more():
    cs = claims("2024年，海淀区地区生产总值11000亿元，占全市的四分之一以上。海淀区共有小巨人企业300余家。")
    assert brief(cs) == [
        ("110108", "gdp", "2024", 1.1e12, "CNY", "exact", "actual", None),
        ("110108", "gdp", "2024", 25, "percent", "at_least", "actual", "110000"),
        (
            "110108",
            "little_giants",
            "2026",
            300,
            "count",
            "at_least",
            "actual",
            None,
        ),  # 2024: history, not the year just ended
    ]


def test_percent_words_and_decline():
    cs = claims("2025年，晋江市地区生产总值增长百分之五点二，工业总产值下降1.5%。", lang="zh", keep_other=True)
    assert [(c["indicator"], c["value"]) for c in claims("2025年，晋江市地区生产总值增长百分之五。")] == [
        ("gdp_growth", 5.0)
    ]
    assert brief(cs)[-1][:4] == ("350582", "other:industrial_output_growth", "2025", -1.5)


def test_power_capacity_is_not_money():
    assert claims("2025年，昆山市新增光伏装机500万千瓦。", keep_other=False) == []


def test_traditional_chinese_keeps_the_quote():
    c = one("2025年南山區GDP首次突破1萬億元。", published="2026-01-27")
    assert c["region"] == "440305" and c["value"] == 1e12 and "萬億" in c["quote"]


# ---------------------------------------------------------------- regions in context


def test_the_district_and_it_refer_to_the_current_place():
    text = (
        "Longhua district in Shenzhen released its annual figures on Monday. The district's GDP reached "
        "321.7 billion yuan last year. It also counted 12 listed companies."
    )
    cs = claims(text, published="2025-02-10")
    assert brief(cs) == [
        ("440309", "gdp", "2024", 3.217e11, "CNY", "exact", "actual", None),
        ("440309", "listed_companies", "2025", 12, "count", "exact", "actual", None),
    ]


def test_chinese_context_place():
    text = "深圳市宝安区召开经济形势分析会。会议通报，2025年全区实现地区生产总值5286.3亿元，同比增长5.4%。"
    cs = claims(text)
    assert [c["region"] for c in cs] == ["440306", "440306"]


def test_ambiguous_name_settled_by_parent_in_text():
    assert one("Shenzhen's Nanshan district reported a GDP of 1.01 trillion yuan in 2025.")["region"] == "440305"
    assert one("鹤岗市南山区2025年地区生产总值52.3亿元。")["region"] == "230404"


def test_several_places_share_a_figure():
    cs = claims("Futian and Longgang districts both exceeded 600 billion yuan in GDP in 2025, according to Shenzhen.")
    assert {c["region"] for c in cs} == {"440304", "440307"}
    assert all(c["qualifier"] == "at_least" and c["value"] == 6e11 for c in cs)


def test_country_figures():
    c = one("China's GDP exceeded 140 trillion yuan in 2025, official data showed.")
    assert (c["region"], c["qualifier"]) == ("CN", "at_least")
    assert one("2025年，全国国内生产总值超过140万亿元。")["region"] == "CN"


def test_title_sets_the_default_place():
    text = "Jinjiang economy grows in 2025\n\nThe economy expanded 5.6 percent year-on-year."
    c = one(text, published="2026-02-01")
    assert (c["region"], c["indicator"], c["period"]) == ("350582", "gdp_growth", "2025")


# ---------------------------------------------------------------- periods, qualifiers, kinds


def test_half_year_and_three_quarters():
    cs = claims(
        "Longgang district's GDP reached 298.5 billion yuan in the first half of 2025 and 461.2 billion yuan "
        "in the first three quarters of 2025."
    )
    assert [c["period"] for c in cs] == ["2025-H1", "2025-Q1Q3"]
    zh = claims("龙岗区2025年上半年地区生产总值2985亿元，前三季度地区生产总值4612亿元。")
    assert [c["period"] for c in zh] == ["2025-H1", "2025-Q1Q3"]


def test_targets_and_expectations():
    cs = claims(
        "Shenzhen aims to lift its GDP above 4.5 trillion yuan by 2028. Its GDP is expected to reach "
        "3.9 trillion yuan in 2025.",
        published="2026-01-05",
    )
    assert brief(cs) == [
        ("440300", "gdp", "2028", 4.5e12, "CNY", "at_least", "target", None),
        ("440300", "gdp", "2025", 3.9e12, "CNY", "exact", "expected", None),
    ]
    zh = claims("2026年，福田区力争地区生产总值增长5.5%左右。福田区预计2025年地区生产总值超过6000亿元。")
    assert [(c["kind"], c["qualifier"]) for c in zh] == [("target", "approx"), ("expected", "at_least")]


def test_a_level_others_expect_by_a_year_is_expected_not_a_target():
    """Analysts' 'expect it to reach X by 2027' is a projection: the 'by 2027' makes no goal of it."""
    c = one("Analysts expect Tianhe's GDP to reach 700 billion yuan by 2027.", published="2025-10-21")
    assert (c["period"], c["kind"]) == ("2027", "expected")


def test_a_level_by_a_year_with_no_cue_is_a_target():
    """Guard: 'Tianhe's GDP will be 700 billion yuan by 2027' stays a target."""
    c = one("Tianhe's GDP will be 700 billion yuan by 2027.", published="2025-10-21")
    assert (c["period"], c["kind"]) == ("2027", "target")


@pytest.mark.parametrize(
    "verb", ["wants to hit", "hopes to reach", "intends to reach", "has vowed to reach", "sets its sights on"]
)
def test_a_level_a_place_wants_or_hopes_to_reach_is_a_target(verb):
    c = one(f"Longgang wants a bigger economy: the district {verb} 580 billion yuan this year.", published="2025-10-28")
    assert (c["period"], c["kind"]) == ("2025", "target")


def test_average_growth_over_five_years():
    c = one(
        "From 2020 to 2025, Pudong New Area's GDP grew at an average annual rate of 6.2 percent.",
        published="2026-02-01",
    )
    assert (c["indicator"], c["period"]) == ("gdp_growth", "2021/2025")


@pytest.mark.parametrize(
    ("cue", "qualifier"),
    [
        ("about", "approx"),
        ("nearly", "approx"),
        ("more than", "at_least"),
        ("over", "at_least"),
        ("surpassing", "at_least"),
        ("less than", "at_most"),
        ("under", "at_most"),
        ("no less than", "at_least"),
        ("not less than", "at_least"),
        ("no more than", "at_most"),
        ("not more than", "at_most"),
        ("", "exact"),
    ],
)
def test_english_qualifiers(cue, qualifier):
    c = one(f"Cixi's GDP was {cue} 230 billion yuan in 2025.".replace("  ", " "))
    assert c["qualifier"] == qualifier


@pytest.mark.parametrize("verb", ["has nearly reached", "almost hit", "nearly touched"])
def test_a_level_nearly_reached_is_approximate(verb):
    assert one(f"In 2025, Cixi's GDP {verb} 230 billion yuan.")["qualifier"] == "approx"  # was exact


@pytest.mark.parametrize("measure", ["GDP", "gross industrial value", "secondary industry value added"])
def test_a_measure_counted_in_yuan_takes_a_bare_scale_as_yuan(measure):
    # "its gross industrial value has exceeded 900 billion mark" (a machine translation): no figure at all
    got = claims(f"As early as 2020, Cixi's {measure} has exceeded 900 billion mark.", published="2022-05-01")
    assert [(c["value"], c["unit"], c["qualifier"]) for c in got] == [(9e11, "CNY", "at_least")]
    assert claims("As early as 2020, Cixi's exports have exceeded 90 billion mark.", published="2022-05-01") == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("约2300亿元", "approx"),
        ("近2300亿元", "approx"),
        ("超过2300亿元", "at_least"),
        ("逾2300亿元", "at_least"),
        ("2300亿元以上", "at_least"),
        ("不足2300亿元", "at_most"),
        ("2300亿元左右", "approx"),
        ("2300亿元", "exact"),
        ("不低于2300亿元", "at_least"),
        ("不少于2300亿元", "at_least"),
        ("至少2300亿元", "at_least"),
        ("不超过2300亿元", "at_most"),
        ("不高于2300亿元", "at_most"),
        ("最多2300亿元", "at_most"),
        ("多于2300亿元", "at_least"),
        ("多於2300億元", "at_least"),
        ("少于2300亿元", "at_most"),
    ],
)
def test_chinese_qualifiers(text, qualifier):
    assert one(f"2025年，慈溪市地区生产总值{text}。")["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jiangyin's GDP passed 100 billion yuan in 2002 and 200 billion yuan in 2010.", "en"),
        ("江阴市地区生产总值先后突破1000亿元和2000亿元。", "zh"),
        ("江阴市经济总量先后跨过1000亿元（2008年）、2000亿元（2012年）两道关口。", "zh"),  # years in brackets
        ("Jiangyin's GDP passed 100 billion yuan (2002) and 200 billion yuan (2010).", "en"),
    ],
)
def test_a_second_mark_with_its_crossing_verb_elided_is_crossed_too(text, lang):
    got = claims(text, published="2025-03-01", lang=lang)
    assert [c["qualifier"] for c in got] == ["at_least", "at_least"]


def test_a_second_figure_after_a_reached_one_stays_exact():
    got = claims(
        "Jiangyin's GDP reached 100 billion yuan in 2002 and 200 billion yuan in 2010.", published="2025-03-01"
    )
    assert [c["qualifier"] for c in got] == ["exact", "exact"]


def test_growth_said_of_no_place_right_after_gdp_growth_is_gdp_growth():
    text = "Nanshan's GDP grew 6.1 percent in 2025. Officials expect growth to slow to 5.5 percent this year."
    got = claims(text, published="2026-01-20", lang="en")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("gdp_growth", "2025", "actual"),
        ("gdp_growth", "2026", "expected"),
    ]


def test_growth_said_of_no_place_after_another_measures_rate_stays_other():
    text = (
        "Nanshan's GDP grew 6.1 percent in 2025. Its industrial output grew 7.2 percent. "
        "The figure rose 8 percent in December following 6.5 percent growth in November."
    )
    got = claims(text, published="2026-01-20", lang="en", keep_other=True)
    assert [c["indicator"] for c in got][2:] == ["other:growth", "other:growth"]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan set a GDP growth target of 5.5 percent for 2025 and achieved 5.6 percent.",
        "Kunshan aimed for 5.5 percent GDP growth in 2025 but managed 5.6 percent.",
    ],
)
def test_a_result_said_after_the_target_in_one_sentence_is_actual(text):
    """…and of the target's measure, its own left out ("but managed 5.6 percent")."""
    got = claims(text, published="2026-01-20", lang="en", keep_other=True)
    assert [(c["indicator"], c["value"], c["kind"]) for c in got] == [
        ("gdp_growth", 5.5, "target"),
        ("gdp_growth", 5.6, "actual"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "昆山市2025年GDP增长目标为5.5%，实际完成5.6%。",
        "昆山市2025年GDP预期增长5.5%，实际增长5.6%。",
        "昆山市2025年原定GDP增长5.5%，最终完成5.6%。",  # 原定: the goal first set
    ],
)
def test_a_chinese_result_set_against_the_target_is_actual(text):
    got = claims(text, published="2026-01-20")
    assert [(c["value"], c["kind"]) for c in got] == [(5.5, "target"), (5.6, "actual")]


def test_a_goal_to_achieve_after_a_target_stays_forward_looking():
    got = claims("Kunshan aims for 6 percent GDP growth and expects to achieve 5.8 percent.", published="2026-01-20")
    assert [c["kind"] for c in got] == ["target", "expected"]


def test_unknown_indicators_are_other():
    cs = claims("In 2025, Yiwu's online retail sales of cross-border goods reached 180 billion yuan.", keep_other=True)
    cs2 = claims("2025年，义乌市快递业务量达到120亿件。", keep_other=True)
    assert all(c["indicator"].startswith("other:") for c in cs + cs2)


def test_growth_of_other_things_is_other():
    cs = claims("In 2025, Kunshan's industrial output grew 7.1 percent.", keep_other=True)
    assert [c["indicator"] for c in cs] == ["other:industrial_output_growth"]


def test_respectively_assigns_places_in_order():
    cs = claims("2025年，福田区、龙岗区地区生产总值分别为6100亿元和5900亿元。")
    assert brief(cs) == [("440304", "gdp", "2025", 6.1e11, "CNY", "exact", "actual", None),
                         ("440307", "gdp", "2025", 5.9e11, "CNY", "exact", "actual", None)]  # fmt: skip


def test_respectively_assigns_years_in_order():
    cs = claims("In 2019, 2020 and 2021, Kunshan's GDP topped 400 billion yuan ($58 billion), 420 billion yuan and "
                "450 billion yuan, respectively.", published="2022-02-01")  # fmt: skip
    assert [(c["period"], c["value"], c["unit"], c["qualifier"]) for c in cs] == [
        ("2019", 4e11, "CNY", "at_least"), ("2019", 5.8e10, "USD", "at_least"),
        ("2020", 4.2e11, "CNY", "at_least"), ("2021", 4.5e11, "CNY", "at_least")]  # fmt: skip


def test_last_year_in_chinese():
    c = one("去年，昆山市地区生产总值5280亿元。", published="2026-02-03")
    assert (c["region"], c["period"]) == ("320583", "2025")


def test_times_in_chinese():
    cs = claims("2025年，南山区每万人口发明专利拥有量达到886件，是全国平均水平的20倍。")
    assert brief(cs) == [
        ("440305", "invention_patents_per_10k", "2025", 886, "count_per_10k", "exact", "actual", None),
        ("440305", "invention_patents_per_10k", "2025", 20, "ratio", "exact", "actual", "CN"),
    ]


def test_chinese_anaphora_for_district_and_city():
    text = ("深圳市龙华区召开新闻发布会。该区2025年地区生产总值3350.6亿元。"
            "江阴市发布统计数据。全市上市公司62家。")  # fmt: skip
    cs = claims(text)
    assert [(c["region"], c["indicator"]) for c in cs] == [("440309", "gdp"), ("320281", "listed_companies")]


def test_joining_the_club_is_a_crossing_but_the_label_alone_is_not():
    c = one("Longgang district joined the trillion-yuan club in 2025, the district said.", published="2026-02-01")
    assert (c["region"], c["indicator"], c["period"], c["value"], c["qualifier"]) == (
        "440307", "gdp", "2025", 1e12, "at_least")  # fmt: skip
    assert claims("Longgang hopes to become a trillion-yuan district.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Last year, Longgang district entered the "600-billion-yuan district" tier.',
        "Last year, Longgang district joined the ranks of 600-billion-yuan districts.",
    ],
)
def test_entering_a_tier_or_the_ranks_of_districts_is_crossing_its_mark(sentence):
    c = one(sentence, published="2026-02-13")
    assert (c["region"], c["period"], c["value"], c["qualifier"]) == ("440307", "2025", 6e11, "at_least")
    # were 600 billion exactly, and no claim


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("江宁区GDP为3253亿元。全国GDP千亿区的版图进一步扩大。", []),  # 千 read as a numeral: 千亿区 is a label
        ("江宁区GDP为3253亿元。千亿区数量的增加说明区县经济的分量。", []),  # a guard: passed before
        ("江宁区GDP为3253亿元，是南京首个千亿区。", []),  # its figure is stated: the label adds none
        ("2024年，江宁区跻身千亿区行列。", [(1e11, "at_least")]),  # joining the class is crossing its mark
        ("2024年，江宁区跻身地区生产总值三千亿区行列。", [(3e11, "at_least")]),  # its measure named: was nothing
        ("2024年，江宁区迈入经济总量三千亿级城区行列。", [(3e11, "at_least")]),
        ("江宁区GDP为3253亿元，目前3千亿区间只有江宁区。", []),  # a bracket of sizes (区间) is a label too
    ],
)
def test_a_hundred_billion_district_is_a_label_unless_joined(sentence, expected):
    got = [(c["value"], c["qualifier"]) for c in claims(sentence, published="2025-02-25") if c["value"] != 3.253e11]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "2024年，苏州成为GDP超万亿的城市。",  # a class the subject became one of: had given no claim
        "2024年，苏州成为GDP超万亿城市。",  # the class noun right after a bare scale: was a label
        "2024年，苏州成为又一个GDP破万亿的城市。",
        "2024年，苏州成为GDP超万亿的城市之一。",
    ],
    ids=["became-of", "became-bare", "another-of", "one-of"],
)
def test_becoming_a_place_whose_gdp_crossed_a_mark_is_crossing_it(sentence):
    got = [(c["region"], c["value"], c["qualifier"]) for c in claims(sentence, published="2025-02-25")]
    assert got == [("320500", 1e12, "at_least")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2024, Suzhou became one of the cities with GDP above 1 trillion yuan.", [(1e12, "at_least")]),  # had
        ("In 2024, Hefei has become one of the cities with GDP above 1 trillion yuan.", [(1e12, "at_least")]),  # none
        ("In 2024, Suzhou is one of the cities with GDP above 1 trillion yuan.", []),  # a guard: a category still
    ],
    ids=["became", "has-become", "is"],
)
def test_becoming_one_of_the_places_above_a_mark_is_crossing_it(sentence, expected):
    assert [(c["value"], c["qualifier"]) for c in claims(sentence, published="2025-02-25")] == expected


def test_places_counted_as_becoming_a_class_give_no_place_a_crossing():  # a guard
    assert claims("2024年，全国有24个城市成为GDP超万亿的城市。", published="2025-02-25") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "2024年，江宁区实现“三个千亿”。",  # hundred-billions counted
        "江宁区：区内一家车企成为全市首个千亿汽车制造企业。",  # a kind of firm by its size
        "江宁区：秣陵街道成为全省首个千亿产业街道。",
    ],
)
def test_a_hundred_billion_counted_or_sizing_a_kind_of_thing_is_a_label(sentence):
    got = claims(sentence, published="2025-02-25", keep_other=True)
    assert [c for c in got if c["value"] == 1e11] == []  # was an amount (a GDP in a page about GDP) of 100 billion


@pytest.mark.parametrize(
    "sentence",
    [
        "2024年，全国GDP超千亿元（人民币，下同）的“千亿县”数量增加到62个。",  # the class's threshold
        "江苏省GDP超900亿元的准“千亿县”达到5个。",
        "江苏省800亿元以上县域数量超过20个。",
        "江苏省GDP超4000亿元的两个县级市之一是江阴。",
    ],
)
def test_the_size_that_sorts_places_into_a_class_is_no_places_figure(sentence):
    got = claims(sentence, published="2025-07-23", keep_other=True)
    assert [c for c in got if c["unit"] == "CNY"] == []  # were China's or Jiangsu's GDP


@pytest.mark.parametrize("label", ['"100 billion counties"', "100 billion districts", "trillion cities"])
def test_places_sized_by_a_bare_scale_are_a_class_not_a_count(label):
    got = claims(f"Zhejiang's {label} expanded to 28 in 2023.", published="2024-03-22", keep_other=True)
    assert [c for c in got if c["value"] >= 1e9] == []  # the label was a count of 100 billion places


def test_a_count_with_its_measure_word_takes_no_unit_from_a_list_after_it():
    got = claims("江苏省准千亿县达到5个,800亿元以上县域超过20个。", published="2025-07-23", keep_other=True)
    assert [c["value"] for c in got if c["unit"] == "CNY"] == []  # 5个 was 5亿元 of GDP


@pytest.mark.parametrize(
    "sentence",
    [
        "Nanshan's GDP was just shy of 1 trillion yuan in 2024.",
        "Nanshan's GDP fell short of the 1-trillion-yuan mark in 2024.",
    ],
)
def test_short_of_a_mark_is_at_most(sentence):
    assert (one(sentence)["value"], one(sentence)["qualifier"]) == (1e12, "at_most")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Kunshan's per capita GDP is three times the national average.", 3.0),
        ("昆山市人均GDP是全国平均水平的2.5倍。", 2.5),
        ("Kunshan's per capita GDP is more than twice the national level.", 2.0),
        ("Kunshan's per capita GDP is double the national average.", 2.0),
        ("Kunshan's per capita GDP is twice as high as the national average.", 2.0),
    ],
)
def test_a_multiple_of_the_national_average_named_in_its_own_sentence(sentence, value):
    c = one(sentence)
    assert (c["region"], c["indicator"], c["value"], c["unit"], c["relative_to"]) == (
        "320583",
        "gdp_per_capita",
        value,
        "ratio",
        "CN",
    )


@pytest.mark.parametrize(
    ("headline", "value"),
    [
        ("Kunshan GDP tops 500b yuan", 5e11),
        ("Nanshan's GDP hits 1tr yuan, third district to do so", 1e12),
        ("Shenzhen's Nanshan district GDP crosses 1 trln yuan", 1e12),
        ("Nanshan GDP tops 1 tln yuan", 1e12),
        ("Nanshan GDP hits 1t yuan", 1e12),
        ("Nanshan's GDP reached RMB 1.01 tril. in 2025", 1.01e12),
        ("Futian's GDP reached 630 bil. yuan in 2025", 6.3e11),
        ("Chengdu Q1 GDP Recorded RMB355.01B", 3.5501e11),  # was 355.01 yuan
        ("Futian GDP hits RMB 630B.", 6.3e11),
        ("Futian's per capita GDP tops 340k yuan", 3.4e5),  # gave nothing
        ("Futian's per capita GDP tops RMB340k", 3.4e5),
    ],
)
def test_headline_abbreviations_of_scales(headline, value):
    assert one(headline)["value"] == value


def test_a_single_letter_scale_needs_a_currency_after_it():
    assert claims("The platform had 5b users, 2tr requests and 3t downloads.", keep_other=True) == []
    assert claims("The platform had 5k users.", keep_other=True) == []


def test_a_currency_before_a_figure_lets_a_capital_letter_scale_run_on_only_at_a_word_end():  # a guard on the end
    got = claims("Futian's GDP was RMB630B in 2025, and the RMB630 Bond fund grew.", keep_other=True)
    values = [c["value"] for c in got]
    assert values.count(6.3e11) == 1 and 630 in values  # "RMB630 Bond": the B begins a word, no billion


@pytest.mark.parametrize(
    "text",
    [
        "Futian's GDP was CNY 600.5 billion USD 92.3 billion in 2024.",  # an infobox cell: two codes, each first
        "Futian's GDP was CNY 600.5 billion (USD 92.3 billion) in 2024.",  # a guard
    ],
)
def test_a_currency_code_before_the_next_figure_is_that_figures_not_a_unit_after_the_one_before(text):
    got = [(c["value"], c["unit"]) for c in claims(text, published="2025-06-01")]
    assert got == [(6.005e11, "CNY"), (9.23e10, "USD")]  # the yuan had been read as dollars, the dollars lost


def test_present_tense_headline_growth():
    assert one("Longgang posts 4.8% growth")["indicator"] == "gdp_growth"


@pytest.mark.parametrize("written", ["5.2pc", "5.2pct", "5.2 pct", "5.2 per cent", "5.2 percentage"])
def test_headline_abbreviations_of_percent(written):
    c = one(f"Jiangyin GDP up {written} in 2024", published="2025-02-10")
    assert (c["indicator"], c["value"], c["unit"]) == ("gdp_growth", 5.2, "percent")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("昆山市今年GDP目标是增长5%左右，全年人均GDP可望突破24万元。", ["target", "expected"]),
        ("昆山市预计今年人均GDP超过24万元，力争GDP增长5%左右。", ["expected", "target"]),
    ],
)
def test_the_nearer_of_a_goal_and_a_projection_decides_the_kind(text, kinds):
    assert [c["kind"] for c in claims(text, published="2025-02-18")] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Futian targets growth of around 5.5 percent for 2025, after 5.1 percent last year.",
        "Futian aims for 5.5 percent growth this year, up from 5.1 percent last year.",
        "Futian targets growth of around 5.5 percent this year after expanding 5.1 percent in 2024.",
        "Futian aims for growth of 5.5 percent this year after growth of 5.1 percent last year.",
        "Futian set a growth target of 5.5 percent for this year, having grown 5.1 percent in 2024.",
    ],
)
def test_last_years_figure_a_goal_is_compared_with_is_a_result(text):
    got = claims(text, published="2025-06-25")
    assert [(c["period"], c["kind"]) for c in got] == [("2025", "target"), ("2024", "actual")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Futian's GDP for 2024 was revised up to 640 billion yuan.", "exact"),
        ("Futian's 2024 GDP was adjusted up to 640 billion yuan.", "exact"),
        ("Futian's GDP for 2024 came to up to 640 billion yuan, by one estimate.", "at_most"),  # a guard
    ],
)
def test_a_figure_revised_up_to_is_no_upper_bound(text, qualifier):
    assert [c["qualifier"] for c in claims(text, published="2025-06-25")] == [qualifier]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Kunshan's economy is worth half a trillion yuan.", 5e11, "exact"),
        ("Kunshan posted GDP of more than half a trillion yuan last year.", 5e11, "at_least"),
        ("Pudong's GDP is about a quarter of a trillion dollars.", 2.5e11, "approx"),
        ("Kunshan's economy is worth five hundred billion yuan.", 5e11, "exact"),  # hundreds in words
        ("Kunshan's economy is worth some three hundred billion yuan.", 3e11, "approx"),
    ],
)
def test_part_of_a_scale_word_is_one_figure(text, value, qualifier):
    [c] = claims(text, published="2026-02-01")
    assert (c["value"], c["qualifier"]) == (value, qualifier)


def test_a_sum_written_with_plus_is_at_least_that_sum_and_a_class_with_plus_is_a_label():
    got = claims("Nanshan's economic output in 2025: 1 trillion-plus yuan.", published="2026-02-01")
    assert brief(got) == [("440305", "gdp", "2025", 1e12, "CNY", "at_least", "actual", None)]
    assert claims("Kunshan is a 500-billion-plus county.", published="2026-02-01") == []


@pytest.mark.parametrize("written", ["460-plus billion", "460+ billion", "460 plus billion"])
def test_plus_between_a_number_and_its_scale_is_at_least_that_sum(written):
    # "460-plus billion yuan" had given no figure: the scale word was only looked for right after the number
    got = claims(f"Jiangyin's GDP came to {written} yuan in 2025.", published="2026-02-01")
    assert brief(got) == [("320281", "gdp", "2025", 4.6e11, "CNY", "at_least", "actual", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长沙县成为中部首个GDP破2000亿元县\n\n2025年，长沙县经济稳步增长。", [("430121", 2e11)]),
        ("江苏有3个GDP超3000亿元县\n\n2025年，江苏经济稳步增长。", []),  # a count of a class: no one's figure
    ],
)
def test_a_headline_crossing_with_its_class_noun_after_the_figure(text, expected):
    got = [c for c in claims(text, published="2026-02-01") if c["indicator"] == "gdp"]
    assert [(c["region"], c["value"]) for c in got] == expected


@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_club_in_either_kind_of_quotes_is_joined(quote):
    got = claims(f"Nanshan joined the {quote}trillion-yuan{quote} club in 2025.", published="2026-02-01")
    assert brief(got) == [("440305", "gdp", "2025", 1e12, "CNY", "at_least", "actual", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2025年，龙岗区GDP达5520&nbsp;亿元。", "zh"),
        ("2025年，龙岗区GDP达5520\u3000\u3000亿元。", "zh"),
        ("Longgang's GDP reached 552&nbsp;billion yuan in 2025.", "en"),
    ],
)
def test_a_space_copied_out_of_a_web_page_between_number_and_unit(text, lang):
    got = claims(text, lang=lang, published="2026-02-01")
    assert brief(got) == [("440307", "gdp", "2025", 552e9, "CNY", "exact", "actual", None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Longgang's GDP reached552 billion yuan in 2025.", 552e9),
        ("In 2025 Longgang's GDP was552.0 billion yuan, up5.1%.", 552e9),
    ],
)
def test_a_figure_run_into_the_word_before_it_is_still_read(text, value):
    # a careless copy drops the space before a figure ("reached104.485 billion yuan"): the figure was lost
    got = claims(text, lang="en", published="2026-02-01")
    assert brief(got)[0] == ("440307", "gdp", "2025", value, "CNY", "exact", "actual", None)


def test_letters_and_digits_of_a_name_stay_a_name():  # a guard: passed before
    got = claims("Longgang bought 20 A320 jets and 5 mp3 players; its GDP was 552 billion yuan in 2025.", lang="en")
    assert [c["value"] for c in got] == [552e9]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("2024年，昆山市有高新技术企业2千余家。", 2000, "at_least"),
        ("2024年，昆山市上市公司达5千家。", 5000, "exact"),
        ("2024年，昆山GDP突破5千亿元。", 5e11, "at_least"),
        ("2024年，昆山GDP达5千多亿元。", 5e11, "at_least"),  # 5千多亿: more than 5000亿, not 5000 yuan
        ("2024年，昆山市社会消费品零售总额1千余亿元。", 1e11, "at_least"),
        ("2024年，昆山GDP达5千1百亿元。", 5.1e11, "exact"),  # was 100亿: the 1百亿 alone
        ("2024年，昆山GDP达5千1百多亿元。", 5.1e11, "at_least"),
    ],
)
def test_thousands_written_with_qian_after_digits(text, value, qualifier):
    [c] = claims(text, published="2025-02-05")
    assert (c["value"], c["qualifier"]) == (value, qualifier)


def test_a_level_a_place_sets_its_sights_on_is_a_target():
    c = one("Liyang sets its sights on 180 billion yuan of GDP this year.", published="2025-11-20")
    assert (c["indicator"], c["period"], c["kind"]) == ("gdp", "2025", "target")


def test_firms_a_place_will_add_are_a_goal():
    got = claims("2024年，醴陵市新增上市公司2家。今年，我们将新增上市公司3家。", "2025-03-10", "zh", keep_other=True)
    assert [(c["period"], c["value"], c["kind"]) for c in got] == [("2024", 2.0, "actual"), ("2025", 3.0, "target")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2025 Nanshan's output crossed the one-trillion-yuan ($143.7 billion) threshold.",
            [1e12, 143.7e9],
        ),
        (  # a conversion in words, longer than 30 characters (it was read as a label and left out)
            "Pudong's GDP topped the two-trillion-yuan (roughly 280 billion U.S. dollars) mark in 2023.",
            [2e12, 280e9],
        ),
        ("Nanshan's GDP rose from 652.7 billion yuan in 2020 to more than one-trillion-yuan in 2025.", [652.7e9, 1e12]),
    ],
)
def test_a_hyphened_sum_no_noun_follows_or_a_threshold_after_its_conversion_is_a_figure(text, expected):
    # read as a label ("a trillion-yuan district") and left out, the dollars kept alone
    assert [c["value"] for c in claims(text, lang="en", published="2026-02-01")] == expected


def test_a_hyphened_sum_before_a_noun_is_still_a_label():  # a guard: passed before
    got = claims("Nanshan is a trillion-yuan district; its GDP was 1.01 trillion yuan in 2025.", published="2026-02-01")
    assert [c["value"] for c in got] == [1.01e12]


@pytest.mark.parametrize(
    "text",
    [
        "Jiashan joined the RMB 100 billion club in 2024.",
        "In 2024, Jiashan became one of the 100-billion-yuan counties in Zhejiang.",
        'In 2024, Jiashan became one of "RMB 100 Billion Counties".',
        'In 2024, Jiashan became the second "100 billion county" in Jiaxing.',
    ],
)
def test_a_class_of_places_named_by_a_round_sum_is_joined_at_that_sum(text):
    # the class's sum was read as an exact amount (or not at all) when written 'RMB 100 billion', without
    # 'yuan', or after 'one of'
    got = claims(text, published="2025-03-01")
    assert [(c["region"], c["indicator"], c["period"], c["value"], c["qualifier"]) for c in got] == [
        ("330421", "gdp", "2024", 1e11, "at_least")
    ]


def test_a_class_joined_in_a_headline_gives_way_to_the_figure_its_story_states():
    text = 'Jiashan Becomes One of "RMB 100 Billion Counties"\n\nOfficial data put its 2024 GDP at RMB 101.5 billion.'
    got = claims(text, published="2025-03-01")
    assert [(c["region"], c["value"], c["qualifier"]) for c in got] == [("330421", 1.015e11, "exact")]


def test_a_new_level_reached_is_a_floor_crossed():
    # 'reached a new level of 300 billion yuan' (迈上新台阶) was read as an exact GDP of 300 billion
    got = claims("Cixi's economy stepped up to a new level of 300 billion yuan in 2024.", published="2025-03-01")
    assert [(c["region"], c["value"], c["qualifier"]) for c in got] == [("330282", 3e11, "at_least")]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("In 2024, 6 companies were listed in Cixi.", "other:added_listed_companies"),  # new listings that year
        ("In 2024, 6 firms from Cixi were listed on the A-share market.", "other:added_listed_companies"),
        ("In 2024, 6 companies in Cixi were listed on the stock market.", "other:added_listed_companies"),
        ("By 2024, 60 companies from Cixi had been listed.", "listed_companies"),  # a guard: the total by then
        ("In 2024, 6 Cixi companies were listed.", "other:added_listed_companies"),  # was the stock
        ("In 2024, 6 companies in Cixi went public.", "other:added_listed_companies"),  # was other:count
    ],
)
def test_companies_that_were_listed_in_a_year_are_new_listings(text, indicator):
    got = claims(text, published="2025-03-01", keep_other=True)
    assert [c["indicator"] for c in got] == [indicator]


def test_the_total_after_new_listings_is_the_stock_of_listed_companies():
    got = claims("In 2024, 6 companies in Cixi went public, bringing the total to 60.", published="2025-03-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("listed_companies", 60)]  # other: left out


def test_a_page_counter_of_popularity_is_no_count_of_people():
    # 人气 (page views) after a date read as a count of persons: 01-19人 became a range of 1 to 19 people
    got = claims(
        "发布时间:03-02人气:248作者:编辑部\n2024年昆山GDP超过5000亿元。", published="2025-03-05", keep_other=True
    )
    assert [c["unit"] for c in got] == ["CNY"]


def _written_out(n: int) -> str:
    """A number below 10,000 as Chinese writes it (二百五十, 一千零八)."""
    digits, units, out, zero = "零一二三四五六七八九", ["千", "百", "十", ""], "", False
    for unit, d in zip(units, f"{n:04d}", strict=True):
        if d == "0":
            zero = bool(out)
            continue
        out += ("零" if zero else "") + digits[int(d)] + unit
        zero = False
    return out.removeprefix("一十") if n < 20 and out.startswith("一十") else out


@given(st.integers(min_value=20, max_value=9999))  # a county's share of the country: 5 percent at most
def test_a_share_written_as_a_chinese_fraction_reads_its_whole_denominator(den):
    text = f"2024年，江阴市地区生产总值占全国的{_written_out(den)}分之一。"
    got = [c for c in extract_claims(text, lang="zh", published="2025-03-01") if c.unit == "percent"]
    assert [c.value for c in got] == [pytest.approx(100 / den, rel=0.005)]  # 二百五十分之一 was read as 1/10


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Minhang's GDP was 300 billion yuan in 2024, 1/16 of the city's GDP.", "en", 6.25),
        ("Though only 1/8000 of the country's land, Minhang made 1/76 of China's GDP in 2024.", "en", 1.32),
        ("2024年，闵行区以全国八千分之一的土地创造了全国七十六分之一的GDP。", "zh", 1.32),
    ],
)
def test_a_share_written_as_a_fraction_with_a_slash_or_a_large_denominator(text, lang, value):
    got = [c for c in extract_claims(text, lang=lang, published="2025-03-01") if c.indicator == "gdp"]
    assert [c.value for c in got if c.unit == "percent"] == [value]  # "1/76" was read as the numbers 1 and 76


def test_a_share_below_one_percent_keeps_three_digits():
    got = extract_claims(
        "2024年，闵行区以全国八千分之一的土地创造了全国七十六分之一的GDP。", lang="zh", published="2025-03-01"
    )
    assert [c.value for c in got if c.indicator == "area"] == [0.0125]  # was 0.013, 4 percent off


@pytest.mark.parametrize("unit", ["jin", "tons", "kWh", "mu"])
def test_a_scale_of_a_measure_of_weight_or_energy_is_no_money(unit):
    # "Grain production has reached a new level of 1.4 trillion jin" after a GDP line: was GDP of 1.4 trillion
    text = f"Kunshan's GDP grew 5% in 2024 Grain output reached a new level of 1.4 trillion {unit}."
    got = claims(text, published="2025-03-05", keep_other=True)
    assert [c["unit"] for c in got] == ["percent", "count"] and got[1]["indicator"].startswith("other:")


@pytest.mark.parametrize(
    "text", ["Jiading's GDP grew 5.3 %.", "Jiading's GDP grew 5.3 % in 2024.", "嘉定区GDP增长5.3 %。"]
)
def test_a_percent_sign_after_a_space_ends_a_sentence_or_a_clause(text):
    # "5.3 %." was no figure: the sign after a space was read only before a letter
    assert [(c["indicator"], c["value"]) for c in claims(text, published="2025-03-01")] == [("gdp_growth", 5.3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wuxi posted GDP of 1.66 trillion yuan in 2025, with Jiangyin accounting for nearly a third.",
            [("320200", "gdp", 1.66e12), ("320281", "gdp", 33.3)],  # 'a third' closing the sentence was no figure
        ),
        (
            "Jiangyin's GDP grew for a third consecutive year in 2025, reaching 523 billion yuan.",
            [("320281", "gdp", 523e9)],  # a guard: passed before (an ordinal, no fraction)
        ),
    ],
)
def test_a_fraction_written_a_third_at_the_end_of_a_clause(text, expected):
    got = claims(text, published="2026-02-12")
    assert [(c["region"], c["indicator"], c["value"]) for c in got] == expected
