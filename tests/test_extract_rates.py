"""Which measure a rate or an amount is of when several are named in one sentence: the cue nearest
the figure decides, a rate compared with another is the same measure, a place's bare output is its
economy. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import brief, claims


def test_a_share_cue_in_the_next_clause_names_the_next_figure():
    cs = claims("2025年，海淀区地区生产总值增速5.8%，研发投入强度超过11%。", published="2026-02-10")
    assert brief(cs, "indicator", "value") == [("gdp_growth", 5.8), ("rd_intensity", 11.0)]


def test_a_share_cue_after_the_next_figure_is_that_figures():
    cs = claims("Haidian recorded 5.8 percent GDP growth in 2025 while its R&D intensity topped 11 percent.")
    assert brief(cs, "indicator", "value") == [("gdp_growth", 5.8), ("rd_intensity", 11.0)]


def test_growth_of_another_measure_named_nearer_is_not_gdp_growth():
    cs = claims("Kunshan's economy expanded 5.2 percent in 2025, while its exports fell 3 percent.")
    assert brief(cs, "indicator", "value") == [("gdp_growth", 5.2), ("other:exports_growth", -3.0)]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("Longgang's GDP grew 4.8% in 2025, faster than Shenzhen's 5.9%.", ("440300", "gdp_growth", "2025", 5.9)),
        (
            "Tianhe district saw its economy grow 4.5 percent in 2025, after 4.6 percent in 2024.",
            ("440106", "gdp_growth", "2024", 4.6),
        ),
    ],
)
def test_a_rate_compared_with_the_one_before_is_the_same_measure(sentence, second):
    assert brief(claims(sentence))[1] == second


def test_a_place_compared_with_owns_the_figure_it_is_given():
    cs = claims("Nanshan's GDP reached 1.1 trillion yuan in 2025, behind Pudong's 1.8 trillion yuan.")
    assert brief(cs, "region", "indicator", "value") == [
        ("440305", "gdp", 1.1e12),
        ("310115", "gdp", 1.8e12),
    ]


def test_up_from_a_year_earlier_is_the_comparison_not_the_period():
    cs = claims("Jiangyin's GDP reached 490 billion yuan in 2025, up 5.4 percent from a year earlier.")
    assert brief(cs, "indicator", "period") == [("gdp", "2025"), ("gdp_growth", "2025")]
    cs = claims("Retail sales in Jiangyin came to 95 billion yuan in 2025, against 88 billion yuan a year earlier.")
    assert brief(cs, "period", "value") == [("2025", 95e9), ("2024", 88e9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Changsha County logged growth of 5.3 percent in 2025, outpacing the provincial average.",
        "Changsha County posted a 5.3 percent growth in 2025.",
        "Changsha County recorded an annual growth rate of 5.3 percent in 2025.",
        "Changsha County, home to Sany, Zoomlion and Lanxum, grew 5.3 percent in 2025.",
        "Changsha County, the Hunan county that hosts Sany and Zoomlion, expanded 5.3 per cent in 2025.",
        "Changsha County, Changsha's machinery hub, grew 5.3 percent in 2025.",
    ],
)
def test_a_place_that_posted_growth_grew_its_economy(sentence):
    assert brief(claims(sentence), "region", "indicator", "value") == [("430121", "gdp_growth", 5.3)]


def test_a_bare_percentage_a_place_posted_is_not_called_growth():
    assert brief(claims("Changsha County posted 5.3 percent in 2025."), "indicator") == [("other:percent",)]


def test_goods_and_services_produced_are_gdp():
    cs = claims("Pudong produced goods and services worth 1.8 trillion yuan in 2025.")
    assert brief(cs, "region", "indicator", "value") == [("310115", "gdp", 1.8e12)]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Haidian generated 1.15 trillion yuan of output in 2025, marking a 6.7 percent gain.", "gdp_growth"),
        ("Haidian produced 1.15 trillion yuan of goods and services in 2025, up 6.7 percent.", "gdp_growth"),
        ("Haidian generated 1.15 trillion yuan of output in 2025, while car output rose 6.7 percent.", "other:"),
    ],
)
def test_a_growth_after_gdp_written_as_output_is_that_gdps(sentence, indicator):
    """The noun of the GDP figure itself ("of output") names no other measure for the growth after it."""
    cs = claims(sentence, published="2026-03-10")
    assert brief(cs, "indicator")[0] == ("gdp",)
    assert cs[1]["indicator"].startswith(indicator) and cs[1]["value"] == 6.7


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's GDP was 1.01 trillion yuan. Next comes Luohu. The old district put up 280 billion yuan last year, "
        "a gain of 4.1 percent.",
        "Luohu's GDP was 280 billion yuan last year. It grew more slowly, by 4.1 percent.",
    ],
)
def test_a_gain_or_a_rate_given_by_after_gdp_is_gdp_growth(text):
    """Were other:growth and other:percent: "a gain of", and "by" opening a clause after a growth verb."""
    got = brief(claims(text, published="2026-03-02"), "region", "indicator", "value")
    assert got[-2:] == [("440303", "gdp", 2.8e11), ("440303", "gdp_growth", 4.1)]


@pytest.mark.parametrize(
    ("text", "indicator", "qualifier"),
    [
        ("Luohu's per capita GDP is 260,000 yuan. Yantian's is closer to 300,000 yuan.", "gdp_per_capita", "approx"),
        ("Luohu's retail sales were 90 billion yuan. Yantian's were 20 billion yuan.", "retail_sales", "exact"),
        (
            "Longgang's GDP was 560 billion yuan. Luohu's per capita GDP is 260,000 yuan; Yantian's is about "
            "300,000 yuan.",
            "gdp_per_capita",
            "approx",
        ),
    ],
)
def test_a_places_figure_with_its_measure_left_out_is_the_measure_just_given(text, indicator, qualifier):
    """Were other:amount, other:amount_not_reached ("closer to" after "is": about that much) and gdp (the GDP
    two sentences back, though another place's per capita GDP came between)."""
    last = claims(text, published="2026-03-02")[-1]
    assert (last["region"], last["indicator"], last["qualifier"]) == ("440308", indicator, qualifier)


def test_a_places_bare_output_is_its_gdp_in_an_article_about_gdp_but_an_industrys_is_not():
    text = (
        "Which district joins the trillion-yuan club next? Nanshan's GDP reached 1.1 trillion yuan in 2025. "
        "Shenzhen's 3.9 trillion yuan output was the third largest in China. "
        "With output of 1.1 trillion yuan, Nanshan is the third district in the club. "
        "The output of the chip industry in Wuxi was 200 billion yuan in 2025."
    )
    assert brief(claims(text), "region", "indicator", "value") == [
        ("440305", "gdp", 1.1e12),
        ("440300", "gdp", 3.9e12),
        ("440305", "gdp", 1.1e12),
        ("320200", "other:output", 2e11),
    ]


@pytest.mark.parametrize(
    ("owned", "indicator"),
    [("Liling's high-tech industries", "other:output"), ("Liling's economy", "gdp"), ("Liling", "gdp")],
)
def test_the_output_of_a_places_industries_is_theirs_not_the_places(owned, indicator):
    got = claims(f"In 2018, the output of {owned} reached 76 billion yuan.", published="2019-03-01")
    assert brief(got, "indicator") == [(indicator,)]


@pytest.mark.parametrize(
    "text",
    [
        "Which district joins the trillion-yuan club next? Futian's GDP was 620 billion yuan in 2025.",
        "谁会成为下一个万亿元城区？福田区2025年地区生产总值6200亿元。",
    ],
)
def test_a_question_states_no_figure(text):
    assert brief(claims(text), "region", "value") == [("440304", 6.2e11)]


# ------------------------------------------------------------------ shares of a named place


@pytest.mark.parametrize(
    ("sentence", "value", "relative"),
    [
        ("Pudong accounts for nearly a third of Shanghai's economic output.", 33.3, "310000"),
        ("Tianhe district alone produces roughly two-fifths of Guangzhou's GDP.", 40.0, "440100"),
        ("Futian's GDP, 16 percent of Shenzhen's total, reached 620 billion yuan in 2025.", 16.0, "440300"),
        ("Pudong's GDP represented 34 percent of Shanghai's in 2025.", 34.0, "310000"),
        ("Nanshan's share of Shenzhen's GDP rose to 28.5 percent in 2025.", 28.5, "440300"),
        ("Haidian's economy is about one-fifth the size of Beijing's.", 20.0, "110000"),
        # names written with an apostrophe or a diaeresis (were other:share, of no place)
        ("Yanta's GDP accounted for 14.8 percent of Xi'an's total.", 14.8, "610100"),
        ("Qingjiangpu's GDP accounted for 21.5 percent of Huai’an’s total.", 21.5, "320800"),
        ("Lishi's GDP accounted for 12.1 percent of Lüliang's total.", 12.1, "141100"),
        ("Yushan's GDP made up 14.2 percent of Ma'anshan's GDP in 2024.", 14.2, "340500"),
    ],
)
def test_a_share_of_a_named_places_gdp(sentence, value, relative):
    first = claims(sentence)[0]
    assert (first["indicator"], first["value"], first["unit"], first["relative_to"]) == (
        "gdp",
        value,
        "percent",
        relative,
    )


def test_a_share_of_its_land_after_a_share_of_a_named_places_gdp_is_of_that_places_land():
    got = claims("Yanta produces a tenth of Xi'an's GDP on 2 percent of its land.", published="2026-02-01")
    assert [(c["indicator"], c["value"], c["relative_to"]) for c in got][-1] == ("area", 2.0, "610100")  # other:


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("That is roughly 15 percent of Shenzhen's economy, which totaled 3.7 trillion yuan.", "gdp"),
        ("Longgang made up 15 percent of Shenzhen's GDP, which grew 5.3 percent.", "gdp_growth"),
    ],
)
def test_a_figure_in_a_which_clause_after_the_whole_of_a_share_is_the_wholes(sentence, indicator):
    got = claims(f"Longgang's GDP reached 551.3 billion yuan last year. {sentence}", published="2026-03-10")
    assert brief(got, "region", "indicator")[-1] == ("440300", indicator)  # was Longgang's


def test_a_share_whose_whole_is_left_unsaid_is_of_the_whole_of_the_share_before():
    text = "Futian accounts for 16.3 percent of Shenzhen's GDP, while Nanshan contributes about 26 percent."
    got = claims(text, published="2026-03-05")
    assert [(c["region"], c["indicator"], c["value"], c["relative_to"]) for c in got] == [
        ("440304", "gdp", 16.3, "440300"),
        ("440305", "gdp", 26.0, "440300"),
    ]


def test_bare_figures_a_rate_per_10000_is_compared_with_are_the_same_measure():
    text = (
        "Nanshan has 305 invention patents per 10,000 residents, against 102 in Futian and a national average of 14.9."
    )
    got = claims(text, published="2026-03-05")
    assert brief(got, "region", "indicator", "value") == [
        ("440305", "invention_patents_per_10k", 305),
        ("440304", "invention_patents_per_10k", 102),
        ("CN", "invention_patents_per_10k", 14.9),
    ]


def test_chinese_shares_counts_and_multiples_of_the_measure_just_given():
    text = "2025年，福田区GDP占深圳全市的16.3%，南山区则占约26%。"
    got = claims(text, published="2026-03-05")
    assert [(c["region"], c["indicator"], c.get("relative_to")) for c in got] == [
        ("440304", "gdp", "440300"),
        ("440305", "gdp", "440300"),
    ]
    text = "深圳南山区每万人口发明专利拥有量达305件，福田区为102件，全国平均水平为14.9件。"
    got = claims(text, published="2026-03-05")
    assert brief(got, "region", "indicator", "value") == [
        ("440305", "invention_patents_per_10k", 305),
        ("440304", "invention_patents_per_10k", 102),
        ("CN", "invention_patents_per_10k", 14.9),
    ]
    text = "2025年，深圳南山区研发投入强度达8.6%，是全国平均水平（2.68%）的3倍多。"
    got = claims(text, published="2026-03-05")
    assert [(c["region"], c["indicator"], c["unit"], c.get("relative_to")) for c in got] == [
        ("440305", "rd_intensity", "percent", None),
        ("CN", "rd_intensity", "percent", None),
        ("440305", "rd_intensity", "ratio", "CN"),
    ]


def test_an_answer_giving_a_share_of_the_city_is_of_the_gdp_the_question_named():
    text = (
        "龙华区2025年地区生产总值为2950亿元。\n\n记者：龙华区GDP占全市比重是多少？\n\n"
        "区统计局局长：约占全市的7.6%，居全市第四。"
    )
    got = [c for c in claims(text, published="2026-01-23") if c["unit"] == "percent"]
    assert [(c["region"], c["indicator"], c.get("relative_to")) for c in got] == [("440309", "gdp", "440300")]


def test_a_share_of_the_citys_investment_after_gdp_is_not_a_gdp_share():
    text = (
        "Longhua's GDP rose 5 percent to 295 billion yuan in 2025. "
        "Fixed assets in Longhua accounted for 12.3 percent of the city's total investment in 2025."
    )
    got = [c for c in claims(text, published="2026-01-23") if c["unit"] == "percent" and c["value"] == 12.3]
    assert [c["indicator"].startswith("other:") for c in got] == [True]


def test_a_share_of_another_measure_than_the_one_stated_is_other():
    cs = claims("Kunshan's exports made up one-third of Suzhou's foreign trade in 2025.")
    assert brief(cs, "indicator", "value") == [("other:share", 33.3)]


def test_the_place_a_share_is_of_is_not_the_subject_of_what_follows():
    cs = claims("Jiangyin contributed 30 percent of Wuxi's GDP in 2025 with 490 billion yuan.")
    assert brief(cs, "region", "indicator", "value") == [("320281", "gdp", 30.0), ("320281", "gdp", 4.9e11)]


def test_ordinals_and_periods_are_not_fractions():
    cs = claims("Kunshan became a third city to pass the mark. In the first three quarters, Futian's GDP grew 5%.")
    assert brief(cs, "region", "indicator", "period", "value") == [("440304", "gdp_growth", "2025-Q1Q3", 5.0)]


def test_a_share_of_a_places_figure_given_after_it():
    cs = claims("Yantian's GDP was 82 billion yuan in 2025, less than a tenth of Nanshan's 1.05 trillion yuan.")
    assert brief(cs, "region", "indicator", "unit") == [
        ("440308", "gdp", "CNY"),
        ("440308", "gdp", "percent"),
        ("440305", "gdp", "CNY"),
    ]
    assert cs[1]["relative_to"] == "440305"


def test_a_rate_in_a_measure_named_after_it_is_that_measures():
    cs = claims(
        "Cixi's economy expanded by 0.9 percent in the first quarter, an uptick of 6.2 percent in industrial output."
    )
    assert brief(cs, "indicator") == [("gdp_growth",), ("other:industrial_output_growth",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The county with GDP exceeding 100 billion yuan is rare in western China.",
        "There are 59 counties whose GDP tops 100 billion yuan.",
        "China now has three districts whose annual output exceeds 1 trillion yuan.",
        "Counties with total output above 100 billion yuan are rare in western China.",
    ],
)
def test_places_with_gdp_over_a_mark_are_a_category(sentence):
    assert claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Kunshan's growth was 5.1 percent last year.", "gdp_growth"),
        ("Growth in Kunshan slowed to 5.1 percent last year.", "gdp_growth"),
        ("Kunshan's growth rate of 5.1 percent beat the national figure.", "gdp_growth"),
        ("Kunshan's export growth was 3 percent last year.", "other:exports_growth"),
        ("Growth in Kunshan's exports was 3 percent last year.", "other:exports_growth"),
    ],
)
def test_a_places_growth_is_its_economys_unless_a_measure_is_named(sentence, indicator):
    assert brief(claims(sentence), "region", "indicator") == [("320583", indicator)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Haidian's GDP represents 22.3% of the capital's economic output.", ("gdp", "110000")),
        ("Haidian spent 11 percent of its GDP on research and development.", ("rd_intensity", None)),
    ],
)
def test_more_ways_to_say_a_share(sentence, expected):
    first = claims(sentence)[0]
    assert (first["indicator"], first.get("relative_to")) == expected


def test_a_share_of_another_measure_named_after_it_is_not_that_measures_intensity():
    cs = claims("Nanshan accounted for 28 percent of Shenzhen's economic output and 40 percent of its R&D spending.")
    assert brief(cs, "indicator", "value") == [("gdp", 28.0), ("other:share", 40.0)]


@pytest.mark.parametrize(
    "text",
    ["2025年，龙华区经济实现5.9%的增长。", "龙华区经济保持5.9%的较快增速。"],
)
def test_the_economy_keeping_a_rate_of_growth_is_gdp_growth(text):
    assert brief(claims(text, published="2026-02-10")) == [("440309", "gdp_growth", "2025", 5.9)]


def test_a_chinese_short_name_before_its_economy_is_the_place():
    assert brief(claims("常熟经济保持5.6%的增速。", published="2026-02-10"), "region", "indicator") == [
        ("320581", "gdp_growth")
    ]


def test_the_city_a_rate_is_compared_with_is_not_its_subject():
    text = "宝安区经济总量4100亿元，增速较全市高0.4个百分点，达到6.2%。"
    got = brief(claims(text, published="2026-02-10"), "region", "indicator", "value")
    assert ("440306", "gdp_growth", 6.2) in got
    assert not [g for g in got if g[0] == "440300"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("宝安区2024年GDP：4100.5亿元，增速：6.2%。", 6.2),
        ("宝安区2024年GDP 4100亿元，同比增6.2%。", 6.2),
        ("宝安区2024年GDP比上年减1.5%。", -1.5),
        ("宝安区2024年GDP增6.2%，总量破4000亿", 6.2),  # a headline's 增
        ("2024年宝安区GDP为4100亿元，同比增加6.2%。", 6.2),  # 同比增加: a change over time, not between places
        ("2024年宝安区GDP 4100亿元/6.2%。", 6.2),
    ],
)
def test_chinese_growth_said_briefly(text, value):
    assert ("440306", "gdp_growth", "2024", value) in brief(claims(text, published="2025-03-01"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("龍崗區去年經濟成長率達5.4%。", ("440307", "gdp_growth", "2025", 5.4)),
        ("福田區去年GDP為6100億元人民幣，成長5.1%。", ("440304", "gdp_growth", "2025", 5.1)),
        ("福田區研發經費占GDP比率達5.5%。", ("440304", "rd_intensity", "2025", 5.5)),
        ("福田區去年地區生產毛額達人民幣6100億元。", ("440304", "gdp", "2025", 6100e8)),
    ],
)
def test_taiwanese_words_for_growth_gdp_and_rd_intensity(text, expected):
    assert expected in brief(claims(text, published="2026-01-25"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kunshan's GDP reached 530 billion yuan in 2024, 5.5 percent higher than in 2023.",
            ("gdp_growth", "2024", 5.5),
        ),
        (
            "Kunshan's GDP reached 530 billion yuan in 2024, or 5.5 percent more than a year earlier.",
            ("gdp_growth", "2024", 5.5),
        ),
        (
            "Kunshan's exports reached 100 billion yuan in 2024, 3 percent lower than in 2023.",
            ("other:exports_growth", "2024", -3.0),
        ),
    ],
)
def test_a_change_against_an_earlier_year_said_after_the_figure(text, expected):
    assert brief(claims(text, published="2025-03-01"), "indicator", "period", "value")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan's economy\n\nKunshan is a county-level city. Its growth rate reached 5.5 percent in 2024.",
        "Kunshan's economy\n\nIn 2024 Kunshan's expansion of 5.5 percent beat the national average.",
    ],
)
def test_a_places_growth_in_an_article_about_its_economy_is_gdp_growth(text):
    assert ("320583", "gdp_growth", "2024", 5.5) in brief(claims(text, published="2025-03-01"))


@pytest.mark.parametrize(
    ("aside", "indicator"),
    [
        ("the smallest of the manufacturing districts", "gdp_growth"),  # what the place is: was sector growth
        ("a services hub", "gdp_growth"),
    ],
)
def test_a_sector_word_in_an_aside_describing_the_place_does_not_make_its_growth_a_sectors(aside, indicator):
    text = f"Bao'an's GDP grew 5.9 percent in 2025. Guangming, {aside}, grew fastest, at 8.2 percent."
    got = claims(text, published="2026-02-12", lang="en")
    assert ("440311", indicator, "2025", 8.2) in brief(got)


def test_a_sector_in_front_of_an_aside_keeps_its_growth():  # guard
    text = "Bao'an's GDP grew 5.9 percent in 2025. Manufacturing, the backbone of Guangming, grew 8.2 percent."
    assert ("440311", "gdp_growth", "2025", 8.2) not in brief(claims(text, published="2026-02-12", lang="en"))


def test_a_sectors_growth_is_not_gdp_growth_even_in_an_article_about_the_economy():
    """A guard: the services sector's growth stays its own."""
    text = "Kunshan's economy\n\nIn 2024 Kunshan's services grew 8.1 percent."
    assert ("320583", "gdp_growth", "2024", 8.1) not in brief(claims(text, published="2025-03-01"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tianhe aims to keep full-year growth at around 5 percent.",
        "Tianhe expects full-year growth of about 5 percent.",
        "Tianhe targets annual growth of around 5 percent.",
    ],
)
def test_a_place_aiming_for_full_year_growth_aims_for_gdp_growth_of_the_year(sentence):
    # "full-year" with a hyphen is the whole year too: not the first half the article began with
    text = "Tianhe district grew 4.1 percent in the first half. " + sentence
    got = claims(text, published="2025-08-05")
    assert brief(got, "indicator", "period")[-1] == ("gdp_growth", "2025")


def test_about_before_a_multiple_is_approx():
    got = claims("南山區人均GDP超過54萬元，約為全國平均水平的5.6倍。", published="2026-01-25")
    assert brief(got, "unit", "qualifier") == [("CNY_per_person", "at_least"), ("ratio", "approx")]


def test_the_fastest_growing_place_grew_at_the_rate_that_follows():
    got = claims("深圳各区中，南山区增速最快，达到6.1%；龙岗区增长5.2%。", published="2025-03-01")
    assert brief(got, "region", "indicator") == [("440305", "gdp_growth"), ("440307", "gdp_growth")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Among Shenzhen's districts, Guangming grew fastest, at 10.2 percent.",
        "Guangming posted the fastest growth among Shenzhen's districts, at 10.2 percent.",
        "The fastest growth was in Guangming district, at 10.2 percent.",
        "Guangming led in growth with 10.2 percent.",
        # a rate 'with a pace of', 'with a growth rate of' after it (had been other:growth)
        "Guangming expanded at the fastest pace among Shenzhen's districts, with a pace of 10.2 percent.",
        "Guangming grew fastest among Shenzhen's districts, with a growth rate of 10.2 percent.",
        "Guangming, which is home to a science city, expanded at the fastest pace, with a pace of 10.2 percent.",
    ],
)
def test_the_place_that_grew_fastest_grew_at_the_rate_after_at(sentence):
    assert brief(claims(sentence, published="2025-03-01"), "region", "indicator") == [("440311", "gdp_growth")]


def test_a_share_after_with_is_no_growth():
    """Guard: 'with services at 65 percent' follows a verb of growth but is a share."""
    got = claims("Nanshan's GDP rose to 1 trillion yuan, with services at 65 percent.", published="2025-03-01")
    assert [c["indicator"] for c in got if c["unit"] == "percent"] != ["gdp_growth"]


def test_our_district_ensuring_growth_for_the_year_in_an_article_about_gdp_targets_gdp_growth():
    text = (
        "福田区上半年实现地区生产总值3102.5亿元，同比增长4.6%。\n\n"
        "区发展改革局负责人：我区将全力以赴，确保全年增长5%以上，力争全年GDP突破6500亿元。"
    )
    got = claims(text, published="2025-07-25")
    assert brief(got, "region", "indicator", "period", "kind")[2] == ("440304", "gdp_growth", "2025", "target")


def test_a_chinese_growth_of_a_named_measure_stays_that_measures():
    """Guard: 我区 is the place, but 规模以上工业增加值 names what grew."""
    got = claims("福田区GDP增长4.6%。\n\n我区规模以上工业增加值增长7.1%。", published="2025-07-25")
    assert brief(got, "indicator")[-1] == ("other:industrial_value_added_growth",)


def test_a_place_registering_an_expansion_grew_by_it():
    got = claims("Nanshan registered a 5.9% expansion last year.", published="2025-02-10")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2024")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Investment in research and development in Futian was equal to 4.1 percent of GDP.",
        "Futian's R&D outlays amounted to 4.1 percent of its GDP.",
        "Futian's R&D investment intensity, at 4.1 percent, is high for a financial district.",
        "Futian devoted 4.1% of GDP to R&D.",
    ],
)
def test_research_spending_as_a_share_of_gdp_in_other_words(sentence):
    assert brief(claims(sentence, published="2025-03-10"), "indicator") == [("rd_intensity",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年，福田区研究与试验发展（R&D）经费支出260亿元，比上年增长7.5%，与地区生产总值之比为4.3%。", "zh"),
        ("2024年，福田区R&D经费支出与地区生产总值之比为4.3%。", "zh"),
        (
            "In 2024, Futian's expenditure on research and experimental development (R&D) was 26 billion yuan, up 7.5 "
            "percent, or 4.3 percent of its GDP.",
            "en",
        ),
        (
            "In 2024, Futian's R&D expenditure was 26 billion yuan, up 7.5 percent over the previous year, and the "
            "ratio to GDP was 4.3 percent.",
            "en",
        ),
    ],
)
def test_research_spending_in_a_ratio_to_gdp_after_its_sum_and_growth(text, lang):
    got = brief(claims(text, published="2025-03-10", lang=lang), "indicator", "value")
    assert got[-1] == ("rd_intensity", 4.3)


def test_the_growth_of_gdp_per_head_in_the_countrys_words():
    got = brief(claims("2024年，福田区人均国内生产总值95749元，比上年增长5.1%。", published="2025-03-10", lang="zh"))
    assert [indicator for _r, indicator, _p, _v in got] == ["gdp_per_capita", "other:gdp_per_capita_growth"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Futian's R&D spending rose 10 percent last year.",
        "Futian hopes R&D investment will account for an additional 0.1 percent of GDP.",
    ],
)
def test_a_change_in_research_spending_or_in_its_share_is_no_intensity(sentence):
    assert [c["indicator"] for c in claims(sentence, published="2025-03-10")] != ["rd_intensity"]


def test_last_years_expansion_opening_a_sentence_is_the_economys():
    text = (
        "Nanshan's economy: steady gains\n\n"
        "Nanshan's GDP reached 950 billion yuan in 2024. The economy is forecast to expand 5.5 percent in 2026. "
        "Last year's expansion of 6.1 percent was the fastest in "
        "Shenzhen. Last year's growth in exports was 9 percent."
    )
    got = claims(text, published="2025-03-10")
    assert brief(got, "indicator", "period")[2:] == [("gdp_growth", "2024"), ("other:exports_growth", "2024")]


def test_a_places_current_pace_is_its_growth():
    text = (
        "Futian's GDP was 631.2 billion yuan last year. At its current pace of 5 percent, it would take a decade more."
    )
    got = claims(text, published="2026-02-15")
    assert brief(got, "indicator", "period")[-1] == ("gdp_growth", "2025")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("1—9月，江阴市固定资产投资同比增长4.5%，其中工业投资增长12.3%，民间投资下降2.1%。", "2025-10-28"),
        ("江阴市全年固定资产投资比上年增长4.5%，房地产开发投资下降8.5%。", "2025-02-10"),
        (
            "In Jiangyin, fixed-asset investment rose 4.5 percent, of which industrial investment grew 12.3 percent.",
            "2025-02-10",
        ),
    ],
)
def test_a_part_of_fixed_asset_investment_named_after_it_is_not_it(text, published):
    """工业投资, 房地产开发投资, 'industrial investment' after the whole: their rates are other:…"""
    got = [c["indicator"] for c in claims(text, published=published)]
    assert got[0] == "fixed_asset_investment_growth"
    assert got[1:] and all(ind.startswith("other:") for ind in got[1:])


def test_investment_said_again_alone_is_still_the_measure_before():
    """Guard: a bare 'spending' inside an aside about fixed-asset investment leaves the rate the investment's."""
    text = (
        "In Jiangyin, fixed-asset investment – a yardstick of spending on plant, roads and buildings – "
        "climbed 3.2 percent in 2024."
    )
    assert [c["indicator"] for c in claims(text, published="2025-02-10")] == ["fixed_asset_investment_growth"]


def test_a_quote_starts_at_a_word():
    text = "In Jiangyin, fixed-asset investment rose 4.5 percent, of which industrial investment grew 12.3 percent."
    quotes = [c["quote"] for c in claims(text, published="2025-02-10")]
    assert all(text[text.index(q) - 1] in " ,." for q in quotes), quotes


@pytest.mark.parametrize(
    "text",
    [
        "Growth in Guangming, a district of Shenzhen, was 10.2 percent last year.",
        "Growth in Guangming, the city's youngest district, reached 10.2 percent last year.",
    ],
)
def test_growth_in_a_place_set_off_by_an_apposition_is_its_gdp_growth(text):
    assert brief(claims(text, published="2025-03-01"), "region", "indicator", "period") == [
        ("440311", "gdp_growth", "2024")
    ]


def test_growth_in_a_measure_is_still_that_measures():
    """'Growth in exports, a key driver of Guangming district, was 9 percent' is the exports' growth, not GDP's."""
    got = claims("Growth in exports, a key driver of Guangming district, was 9 percent last year.", "2025-03-01")
    assert [c["indicator"] for c in got] == ["other:exports_growth"]


def test_a_taiwanese_annual_growth_rate_after_a_level_is_its_growth():
    """年增率 (Taiwanese usage) is a growth rate, not a named rate like 城镇化率."""
    got = claims("2025年南山區地區生產總值達1.02兆元人民幣，年增率6.2%。", published="2026-01-22")
    assert brief(got, "indicator", "value") == [("gdp", 1.02e12), ("gdp_growth", 6.2)]


@pytest.mark.parametrize(
    "text",
    [
        "昆山2024年全年GDP增长率为3.2%。",  # two time words between a short name and its measure
        "2024年，昆山经济运行稳中有进，全年增长3.2%。",  # the sentence is about the economy
    ],
)
def test_a_short_chinese_name_and_its_economys_growth(text):
    assert brief(claims(text, published="2025-03-01"), "region", "indicator") == [("320583", "gdp_growth")]


def test_a_sectors_growth_in_a_sentence_about_the_economy_is_the_sectors():
    """Guard: 经济运行稳中有进，工业增长 names the sector."""
    got = claims("2024年，昆山市经济运行稳中有进，规上工业增长7.1%。", published="2025-03-01")
    assert [c["indicator"] for c in got] != ["gdp_growth"]


def test_percentage_points_are_kept_outside_the_vocabulary():
    text = "2024年，江阴市地区生产总值增长5.9%，增速比上年提高0.8个百分点，高于全省0.3个百分点。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value", "unit")
    assert got == [
        ("gdp_growth", 5.9, "percent"),
        ("other:percentage_points", 0.8, "percent"),
        ("other:percentage_points", 0.3, "percent"),
    ]


def test_a_sector_structure_and_rates_per_mille_are_percentages():
    text = "2024年，江阴市三次产业结构调整为2.8:53.5:43.7。江阴市人口出生率6.91‰。"
    got = brief(claims(text, published="2025-03-01"), "value", "unit")
    assert got == [(2.8, "percent"), (53.5, "percent"), (43.7, "percent"), (0.691, "percent")]
    assert all(c["indicator"].startswith("other:") for c in claims(text, published="2025-03-01"))


def test_a_rank_is_kept_outside_the_vocabulary_and_a_quarter_in_digits_is_a_quarter():
    text = "2024年，江阴市GDP增速位居全市第2位，由全省第10名进步为第9名。"
    assert brief(claims(text, published="2025-03-01"), "indicator", "value") == [
        ("other:rank", 2),
        ("other:rank", 10),
        ("other:rank", 9),
    ]
    got = claims("江阴市第3季度GDP增长5%。", published="2025-11-01")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2025-Q3")]


def test_an_ordinal_that_is_no_rank_stays_unread():
    """Guard: 第3届 (a session), 第二产业 (a sector) are no figures."""
    assert claims("江阴市第3届经济论坛开幕。", published="2025-03-01") == []


def test_a_place_posting_output_states_its_gdp_and_a_sector_posting_output_does_not():
    got = claims("Futian posted output of 631.2 billion yuan last year.", published="2025-03-01")
    assert [c["indicator"] for c in got] == ["gdp"]
    sector = claims("The electronics sector in Futian posted output of 300 billion yuan.", published="2025-03-01")
    assert [c["indicator"] for c in sector] != ["gdp"]


@pytest.mark.parametrize(
    ("text", "indicator", "value"),
    [
        ("南山區去年本地生產總值按年升6.2%。", "gdp_growth", 6.2),
        ("南山區去年出口按年跌3.1%。", "other:exports_growth", -3.1),
    ],
)
def test_hong_kong_year_on_year_rises_and_falls(text, indicator, value):
    assert brief(claims(text, published="2026-02-01"), "indicator", "value") == [(indicator, value)]


@pytest.mark.parametrize(
    "text",
    [
        "南山区统计局近日发布数据：上半年，全区实现增长6.8%，比一季度加快0.5个百分点。",
        "南山区：上半年增长6.8%\n\n南山区统计局发布了上半年数据。",
    ],
)
def test_a_chinese_place_that_achieved_growth_is_its_economys(text):
    got = [c for c in claims(text, published="2025-07-20") if c["value"] == 6.8]
    assert brief(got, "region", "indicator", "period") == [("440305", "gdp_growth", "2025-H1")]


@pytest.mark.parametrize(
    ("text", "period"), [("前9个月，南山区GDP增长6.5%。", "2025-Q1Q3"), ("前6个月，南山区GDP增长6.8%。", "2025-H1")]
)
def test_the_first_months_written_in_chinese_are_a_part_of_the_year(text, period):
    assert [c["period"] for c in claims(text, published="2025-10-20")] == [period]


def test_the_first_five_months_in_chinese_are_months():
    got = claims("前5个月，南山区规上工业增加值增长9%。", published="2025-10-20")
    assert got[0]["indicator"].endswith("_months")


@pytest.mark.parametrize(
    "text",
    [
        "The county-level city of Kunshan (昆山市) grew 3.2 percent last year.",
        "Kunshan (pop. 2.1 million) grew 3.2 percent last year.",
    ],
)
def test_a_bracket_between_a_place_and_its_verb_leaves_it_the_subject(text):
    got = [c for c in claims(text, published="2025-03-01") if c["value"] == 3.2]
    assert brief(got, "region", "indicator") == [("320583", "gdp_growth")]


def test_a_second_rate_against_the_first_belongs_to_the_place_compared():
    text = "Bao'an grew faster than Futian last year, at 5.9 percent against 5.1 percent."
    got = brief(claims(text, published="2025-04-02"), "region", "indicator", "value")
    assert got == [("440306", "gdp_growth", 5.9), ("440304", "gdp_growth", 5.1)]


@pytest.mark.parametrize(
    "compared",
    ["that of Lanzhou", "that of Gansu's capital Lanzhou", "the provincial capital"],  # the last a guard
)
def test_a_pair_of_sums_after_a_comparison_gives_the_first_to_the_subject(compared):
    text = f"Jiangyin's economy is larger than {compared}, at 497 billion yuan against 360 billion yuan in 2024."
    got = brief(claims(text, published="2025-04-02"), "region", "value")
    assert got[0] == ("320281", 4.97e11)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tianhe grew 2.6 percent last year, slower than the 4.9 percent of 2023.", 4.9),
        ("Nanshan's GDP rose 5 percent in 2024, and its port logged a turnover of 8 billion yuan.", 8e9),
    ],
)
def test_a_word_ending_in_a_bound_is_no_bound(text, value):
    # "slower than" is not "lower than", a turnover is not "over": the figure is stated exactly
    got = [c for c in claims(text, published="2025-03-01") if c["value"] == value]
    assert [c["qualifier"] for c in got] == ["exact"]


@pytest.mark.parametrize("verb", ["slipped", "dipped", "eased", "slumped", "tumbled"])
def test_a_fall_said_with_a_softer_verb_is_negative(verb):
    got = claims(f"Retail sales in Futian {verb} 0.7 percent in 2024.", published="2025-03-01")
    assert brief(got, "indicator", "value") == [("other:retail_sales_growth", -0.7)]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's growth fell to 5.1 percent in 2024.",
        "南山区GDP增速回落至5.1%。",
    ],
)
def test_a_rate_a_fall_came_to_is_the_rate_not_a_fall(text):
    got = claims(text, published="2025-03-01")
    assert brief(got, "region", "indicator", "value") == [("440305", "gdp_growth", 5.1)]


def test_the_rate_a_change_started_from_is_the_year_befores():
    got = claims("Nanshan's growth slowed to 5.1 percent in 2024 from 6 percent.", published="2025-03-01")
    assert brief(got, "indicator", "period", "value") == [("gdp_growth", "2024", 5.1), ("gdp_growth", "2023", 6.0)]


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        (
            "Futian's spending reached 30 billion yuan in 2024, up 3 percent.",
            ["other:spending", "other:spending_growth"],
        ),
        (
            "福田区2024年投资额300亿元，增长3%，新签订单200亿元。",
            ["other:investment", "other:investment_growth", "other:orders"],
        ),
        ("2024年福田区财政赤字规模12亿元。", ["other:deficit"]),
    ],
)
def test_a_figure_outside_the_vocabulary_is_labelled_by_the_word_that_names_it(text, indicators):
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == indicators


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("上半年，江阴市二产增加值1217.5亿元。", "secondary_value_added"),
        ("上半年，江阴市三产实现增加值1185.6亿元。", "tertiary_value_added"),
        ("上半年，江阴市一产增加值11.2亿元。", "primary_value_added"),
    ],
)
def test_a_sector_named_short_is_the_sector(text, indicator):
    assert [c["indicator"] for c in claims(text, published="2025-07-28")] == [indicator]


def test_the_three_sectors_growing_together_are_no_sector():
    got = claims("2024年，江阴市推动一二三产融合发展，三产融合项目投资50亿元。", published="2025-03-01")
    assert not [c for c in got if c["indicator"].endswith("_value_added")]


def test_a_county_level_city_called_a_county_is_the_city_of_today():
    got = claims("Kunshan county output reached 514 billion yuan last year.", published="2025-03-01")
    assert brief(got, "region", "indicator") == [("320583", "gdp")]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Nanshan's GDP grew 5 percent in 2024 and the district added 1.2 million new urban jobs.", "other:count"),
        ("Nanshan's GDP grew 5 percent in 2024, and 1.2 million new enterprises were set up there.", "new_enterprises"),
    ],
)
def test_millions_of_things_after_a_gdp_are_counted_not_money(text, indicator):
    got = [c for c in claims(text, published="2025-03-05") if c["value"] == 1.2e6]
    assert [(c["indicator"], c["unit"]) for c in got] == [(indicator, "count")]


def test_the_first_word_of_a_compound_names_an_outside_figure():
    got = claims("2024年张家港市一般公共预算收入271.3亿元，其中税收收入226.4亿元。", published="2025-04-28")
    assert [c["indicator"] for c in got] == ["fiscal_revenue", "other:tax_revenue"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a branch named is its own (other:amount before other:sector_value_added named it)
        ("Kunshan's total value added was 514 billion yuan in 2024.", "gdp"),
        ("Kunshan's added value of services was 260 billion yuan in 2024.", "other:sector_value_added"),
    ],
)
def test_a_places_own_added_value_is_its_gdp_but_a_sectors_is_not(text, indicator):
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == [indicator]


def test_above_designated_size_is_no_scale_and_carries_no_measure_over():
    text = (
        "2016年上半年，慈溪市第三产业增加值308.5亿元。规模以上工业实现增加值302.7亿元，增长7.8%。"
        "规模以上工业销售产值1656.8亿元，增长6.9%。一般公共预算收入67.4亿元，完成年度预算的56.8%。"
    )
    got = [c["indicator"] for c in claims(text, published="2016-07-26")]
    assert got == [
        "tertiary_value_added",
        "industrial_value_added",
        "other:industrial_value_added_growth",
        "other:sales",
        "other:sales_growth",
        "fiscal_revenue",
        "other:of_target",
    ]


@pytest.mark.parametrize(
    ("tail", "value"),
    [("，增5.1%。", 5.1), ("，增长百分之五点一。", 5.1), ("，减2.1%。", -2.1)],
)
def test_a_bare_rise_or_fall_after_a_level_is_its_growth(tail, value):
    got = claims("2024年昆山市地区生产总值5140亿元" + tail, published="2025-03-01")
    assert brief(got, "indicator", "value")[1:] == [("gdp_growth", value)]


@pytest.mark.parametrize(
    ("noun", "measure", "sign"),
    [
        ("decrease in fixed-asset investment", "fixed_asset_investment_growth", -1),
        ("contraction in GDP", "gdp_growth", -1),
        ("dip in retail sales", "other:retail_sales_growth", -1),
        ("surge in retail sales", "other:retail_sales_growth", 1),
    ],
)
def test_a_rate_named_by_its_change_in_a_measure_is_that_measures_growth(noun, measure, sign):
    got = claims(f"In 2025, Kunshan saw a 3.2 percent {noun}.", published="2026-03-01")
    assert brief(got, "indicator", "value") == [(measure, sign * 3.2)]


@pytest.mark.parametrize("verb", ["expanding", "rising", "climbing", "falling", "declining"])
def test_a_change_in_the_ing_form_is_growth(verb):
    got = claims(f"Kunshan's GDP reached 514 billion yuan in 2024, {verb} 3.2 percent.", published="2025-03-01")
    sign = -1 if verb in ("falling", "declining") else 1
    assert brief(got, "indicator", "value")[1:] == [("gdp_growth", sign * 3.2)]


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan has topped the list of China's 100 strongest counties for 20 years.",
        "Longgang ranks among the 50 most competitive districts in the country.",
        "Kunshan has led China's list of the 100 best-performing counties for two decades.",
    ],
)
def test_the_length_of_a_ranking_is_no_count(text):
    assert [c for c in claims(text, published="2025-03-01") if c["value"] in (100, 50)] == []


def test_a_chinese_sector_growing_after_the_economy_is_no_gdp_growth():
    got = claims("全年，昆山市经济增长3.2%，其中工业增长4%，服务业增长2.5%。", published="2025-03-01")
    assert brief(got, "indicator", "value") == [
        ("gdp_growth", 3.2),
        ("other:sector_growth", 4.0),
        ("other:sector_growth", 2.5),
    ]


def test_any_sectors_value_added_growing_after_the_economy_is_no_gdp_growth():
    text = "一季度，福田区地区生产总值1476亿元，同比增长5.6%。其中，金融业增加值增长7.8%，批发和零售业增加值下降1.1%。"
    got = claims(text, published="2025-04-22")
    assert brief(got, "indicator", "value")[1:] == [
        ("gdp_growth", 5.6),
        ("other:sector_growth", 7.8),
        ("other:sector_growth", -1.1),
    ]


def test_the_national_level_a_multiple_is_of_is_the_same_measure_for_the_country():
    text = (
        "R&D spending in Nanshan equalled 6.5 percent of its GDP in 2025, "
        "more than twice the national average of 2.68 percent."
    )
    got = brief(claims(text, published="2026-03-10"), "region", "indicator", "value", "unit")
    assert got[-1] == ("CN", "rd_intensity", 2.68, "percent")


def test_the_year_of_a_base_does_not_date_the_next_sentence():
    text = (
        "Nanshan now accounts for 27.1 percent of Shenzhen's GDP, up from 24.5 percent in 2020. "
        "Its per capita GDP is about 530,000 yuan."
    )
    got = [c for c in claims(text, published="2026-03-10") if c["indicator"] == "gdp_per_capita"]
    assert [c["period"] for c in got] == ["2025"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024年，江岸区地区生产总值同比增长-2.1%。", -2.1),
        ("In 2024, Jiang'an's GDP growth was -2.1%.", -2.1),
        ("2024年，江岸区人口自然增长率-4.3‰。", -0.43),
        ("2023-2024年，江岸区地区生产总值年均增长5%。", 5.0),
    ],
)
def test_a_minus_sign_makes_a_rate_negative_but_a_range_dash_does_not(text, value):
    assert [c["value"] for c in claims(text, published="2025-03-01")] == [value]


@pytest.mark.parametrize(
    ("text", "indicator", "quote"),
    [
        ("Each 10,000 Kunshan residents owned 85.6 invention patents in 2024.", "invention_patents_per_10k", None),
        (
            "In Kunshan, every 10,000 people held 30 high-value invention patents in 2024.",
            "other:patents_per_10k",
            "every 10,000 people held 30",
        ),
    ],
)
def test_patents_owned_by_every_ten_thousand_residents_are_per_ten_thousand(text, indicator, quote):
    got = claims(text, published="2025-03-01")
    assert [(c["indicator"], c["unit"]) for c in got] == [(indicator, "count_per_10k")]
    assert quote is None or got[0]["quote"] == quote  # a quote never starts inside 10,000


def test_a_rate_above_the_one_a_place_achieved_is_that_rate_as_it_was():
    text = (
        "Longgang's GDP was 520 billion yuan in 2025. To pass 800 billion yuan, it aims for average annual growth "
        "of 9 percent through 2030, far above the 5.5 percent it recorded last year."
    )
    got = brief(claims(text, published="2026-02-05"), "indicator", "period", "value", "qualifier", "kind")
    assert got[2] == ("gdp_growth", "2026/2030", 9.0, "exact", "target")  # the years to 2030, not to 2025
    assert got[-1] == ("gdp_growth", "2025", 5.5, "exact", "actual")  # not at_least, not a projection


def test_growth_after_a_figure_whose_measure_the_sentence_before_named_is_of_that_measure():
    text = "Futian's GDP was 641.5 billion yuan in 2025. Tianhe, at 650 billion yuan, grew 4.6 percent."
    got = brief(claims(text, published="2026-02-05"), "region", "indicator", "value")
    assert got[-1] == ("440106", "gdp_growth", 4.6)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_fraction_after_a_growth_rate_is_a_share_never_growth(lang):
    text = {
        "zh": "东莞上半年GDP增长4.2% 制造业撑起半壁江山",
        "en": "Dongguan's GDP grew 4.2 percent in the first half, and manufacturing, one-half.",
    }[lang]
    got = brief(claims(text, published="2025-08-10"), "indicator", "value")
    assert got[0] == ("gdp_growth", 4.2)
    assert ("gdp_growth", 50.0) not in got


@pytest.mark.parametrize(
    "text",
    ["昆山市2024年：GDP 5140亿元（-1.2%）。", "Kunshan in 2024: GDP 514 billion yuan (-1.2%)."],
)
def test_a_signed_rate_in_brackets_after_a_level_is_its_growth(text):
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("gdp", 5.14e11), ("gdp_growth", -1.2)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2025年，南山区GDP名义增长4.2%，实际增长5.6%。", "zh"),
        ("2025年，南山区GDP按现价计算增长4.2%，按可比价格计算增长5.6%。", "zh"),
        ("Nanshan's GDP grew 4.2 percent in nominal terms and 5.6 percent in real terms in 2025.", "en"),
    ],
)
def test_nominal_growth_is_not_the_vocabularys_real_growth(text, lang):
    got = claims(text, lang=lang, published="2026-02-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("other:gdp_growth_nominal", 4.2), ("gdp_growth", 5.6)]


@pytest.mark.parametrize(
    "text",
    ["Nanshan saw 5.6-percent growth in 2025.", "Nanshan's GDP saw a 5.6% year-on-year rise in 2025."],
)
def test_growth_named_after_the_rate(text):
    got = claims(text, published="2026-02-01")
    assert [(c["region"], c["indicator"], c["value"]) for c in got] == [("440305", "gdp_growth", 5.6)]


def test_the_rate_a_place_recorded_is_its_growth_also_after_a_sum():
    text = "Longgang's GDP grew 3.1 percent to 520 billion yuan in 2025, far below the 5.5 percent it recorded in 2024."
    got = claims(text, published="2026-02-01")
    assert [(c["indicator"], c["period"], c["value"]) for c in got][-1] == ("gdp_growth", "2024", 5.5)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("全区货物运输量增长3.1%。", "zh"),
        ("全区快递业务量增长15.2%。", "zh"),
        ("全区接待游客人次增长12.5%。", "zh"),
        ("全区专利授权量增长9.1%。", "zh"),
        ("Cargo volume in the district rose 3.1 percent.", "en"),
        ("Industrial firms in Jiangning grew 7 percent.", "en"),
    ],
)
def test_a_quantity_or_a_thing_in_the_place_that_grew_after_a_gdp_is_not_the_economy(sentence, lang):
    lead = (
        "2025年，江宁区实现地区生产总值3200亿元，增长5.5%。"
        if lang == "zh"
        else "Jiangning's GDP grew 5.5 percent in 2025. "
    )
    got = brief(claims(lead + sentence, lang=lang, published="2026-02-10"), "indicator")
    assert got[-1] != ("gdp_growth",) and got[-1][0].startswith("other:")


@pytest.mark.parametrize(
    "sentence",
    [
        "全区生猪出栏12.4万头，同比增长3.8%。",
        "全区粮食产量21.6万吨，增长1.4%。",
        "全社会用电量86.2亿千瓦时，同比增长6.9%。",
        "全区汽车产量15.3万辆，比上年增长22%。",
    ],
)
def test_the_rate_after_an_amount_of_goods_is_the_goods_growth_not_the_economys(sentence):
    got = claims("前三季度，江宁区实现地区生产总值2400亿元。" + sentence, lang="zh", published="2025-10-28")
    assert brief(got, "indicator") == [("gdp",), ("other:growth",)]


@pytest.mark.parametrize(
    "sentence",
    ["全区经济增长5.8%。", "全区增长5.8%。", "全区经济总量增长5.8%。"],
)
def test_the_place_or_its_economy_that_grew_after_a_gdp_grew_its_gdp(sentence):
    got = claims("2025年，江宁区实现地区生产总值3200亿元。" + sentence, lang="zh", published="2026-02-10")
    assert brief(got, "indicator")[-1] == ("gdp_growth",)


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("The growth rate of 4.9 percent was below the provincial average.", "gdp_growth"),
        ("The annual growth rate of 4.9 percent was below the provincial average.", "gdp_growth"),
        ("The growth of exports was 4.9 percent.", "other:exports_growth"),
    ],
)
def test_a_sentence_opening_with_the_growth_rate_after_a_gdp_is_the_places_gdp_growth(sentence, indicator):
    text = "Cixi reported GDP of 250 billion yuan for 2024.\n\n"
    text += "It grew 4.9 percent, below Zhejiang's average of 5.5 percent."
    got = claims(f"{text}\n\n{sentence}", published="2025-01-21")
    assert brief(got, "region", "indicator", "period", "value")[3] == ("330282", indicator, "2024", 4.9)


@pytest.mark.parametrize("base", ["the year before", "the previous year", "a year earlier", "in 2023"])
def test_a_level_so_many_percent_higher_than_the_year_before_is_its_growth(base):
    text = f"Yiwu's 2024 GDP of 205 billion yuan was 7.1 percent higher than {base}."
    assert brief(claims(text, published="2025-03-01"))[1] == ("330782", "gdp_growth", "2024", 7.1)


def test_an_english_sentence_opened_by_in_terms_of_growth_gives_its_rates_that_measure():
    text = "In terms of growth, Tianhe led Guangzhou with 6.5% in 2024, while Yuexiu grew 4.1%."
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [("440106", "gdp_growth", 6.5), ("440104", "gdp_growth", 4.1)]


@pytest.mark.parametrize(
    ("asked", "indicator"),
    [
        ("How quickly did the district expand last year?", "gdp_growth"),
        ("浦东的GDP增速是多少？", "gdp_growth"),
        ("How quickly did retail sales expand last year?", "other:retail_sales_growth"),  # not GDP's
    ],
)
def test_a_bare_rate_answering_a_question_is_the_rate_the_question_asks_for(asked, indicator):
    text = f"Pudong's GDP reached 1.79 trillion yuan in 2025.\n\nQ: {asked}\nA: 5.6 percent, against 5.4 percent."
    got = claims(text, published="2026-02-01", lang="en")
    assert next((c["indicator"], c["value"]) for c in got if c["unit"] == "percent") == (indicator, 5.6)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Changping's GDP increased by 5 percent in 2024, and its exports by 11 percent.", "other:exports_growth"),
        (
            "For 2025, Changping aims to increase its GDP by 5.5 percent and its fixed-asset investment by 7 percent.",
            "fixed_asset_investment_growth",
        ),
        (
            "Changping plans to raise its GDP by 5.5 percent and its retail sales by 6 percent in 2025.",
            "other:retail_sales_growth",
        ),
    ],
)
def test_a_rate_whose_verb_is_left_out_is_of_the_measure_named_beside_it(text, second):
    got = brief(claims(text, published="2025-01-20"), "indicator")
    assert got == [("gdp_growth",), (second,)]


def test_an_opinion_piece_comparing_two_districts():
    text = (
        "Wuhou, Chengdu's busiest district, is stuck at about 150 billion yuan and grew by a modest 3.2 per cent "
        "last year. Jinjiang's economy is roughly 1.2 times the size of Wuhou's, and its output per resident "
        "tops 200,000 yuan. Where Jinjiang counts over 30 listed companies, Wuhou has about 20."
    )
    got = brief(claims(text, published="2026-03-02"), "region", "indicator", "value", "unit", "relative_to")
    assert got == [
        ("510107", "gdp", 1.5e11, "CNY", None),
        ("510107", "gdp_growth", 3.2, "percent", None),
        ("510104", "gdp", 1.2, "ratio", "510107"),
        ("510104", "gdp_per_capita", 200000, "CNY_per_person", None),
        ("510104", "listed_companies", 30, "count", None),
        ("510107", "listed_companies", 20, "count", None),
    ]


def test_a_reckoning_that_opens_with_if_is_no_claim_of_the_place():
    text = (
        "If Wuhou could sustain 6 per cent annual growth, it would still need about twelve years "
        "to reach the 300 billion yuan mark."
    )
    got = claims(text, published="2026-03-02")
    assert [c["indicator"] for c in got] == ["other:percent_hypothetical", "other:gdp_not_reached"]


@pytest.mark.parametrize(
    "text",
    [
        "Yiwu's GDP grew 5.6 percent in 2024. Cixi managed 4.9 percent.",
        "Yiwu's GDP grew 5.6 percent in 2024; Cixi, 4.9 percent.",
        "2024年义乌GDP增长5.6%。慈溪则为4.9%。",
        "2024年义乌GDP增长5.6%。慈溪为4.9%。",
    ],
)
def test_the_next_places_rate_in_a_sentence_of_its_own_is_the_same_measure(text):
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [("330782", "gdp_growth", 5.6), ("330282", "gdp_growth", 4.9)]


def test_an_industry_structure_is_no_places_rate():
    got = claims("2024年义乌GDP增长5.6%。三次产业结构为1.2:38.5:60.3。", published="2025-03-01")
    assert [c["indicator"] for c in got][:1] == ["gdp_growth"]
    assert "gdp_growth" not in [c["indicator"] for c in got][1:]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Dalian revised its 2017 GDP down by 20 percent to 736 billion yuan.", 7.36e11),
        ("大连市将2017年GDP核减20%，至7364亿元。", 7.364e11),
    ],
)
def test_a_revision_is_no_growth(text, level):
    got = claims(text, published="2018-05-01")
    assert brief(got, "indicator", "period", "value") == [("other:gdp_revision", "2017", 20), ("gdp", "2017", level)]


def test_the_first_figure_of_a_revision_is_of_the_same_year():
    got = claims("大连市2017年GDP由9200亿元下调至7364亿元。", published="2018-05-01")
    assert brief(got, "period", "value") == [("2017", 9.2e11), ("2017", 7.364e11)]


@pytest.mark.parametrize(
    "text",
    [
        "According to revised data, Dalian's GDP grew 5.2 percent in 2024.",
        "After the revision, Dalian's GDP grew 5.2 percent in 2024.",
        "修订后的数据显示，2024年大连市GDP增长5.2%。",
        "大连市统计局下调了2024年GDP增速，至5.2%。",
    ],
)
def test_growth_in_a_sentence_about_revised_data_is_still_growth(text):
    got = claims(text, published="2025-06-01")
    assert brief(got, "region", "indicator", "value") == [("210200", "gdp_growth", 5.2)]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("南山区2025年GDP增长5.2%，高于深圳全市的5.0%。", ("440300", "gdp_growth", 5.0)),
        ("南山区2025年GDP增长5.2%，高于全国的5.0%。", ("CN", "gdp_growth", 5.0)),
        (
            "Nanshan district grew 5.2 percent, compared with 5.0 percent for the city as a whole.",
            ("440300", "gdp_growth", 5.0),
        ),
    ],
)
def test_the_level_a_rate_is_compared_with_is_that_places_own_rate_not_a_share(text, level):
    got = brief(claims(text, published="2026-02-18"), "region", "indicator", "value")
    assert got == [("440305", "gdp_growth", 5.2), level]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("深圳GDP为3.6万亿元。若按名义增速计算，深圳仅增长2.9%。", "other:gdp_growth_nominal"),
        ("深圳GDP为3.6万亿元，比上年增长2.9%的名义增速为近年最低。", "other:gdp_growth_nominal"),  # 的名义增速 after
        ("深圳完成生产总值3.6万亿元，按现价口径，比上年增长2.9%。", "other:gdp_growth_nominal"),
        ("深圳GDP按现价计算为3.6万亿元，按可比价格计算，比上年增长2.9%。", "gdp_growth"),
        ("In nominal terms, Shenzhen grew 2.9 percent.", "other:gdp_growth_nominal"),
        ("At current prices, Shenzhen grew 8 percent; in real terms it grew 2.9 percent.", "gdp_growth"),
    ],
)
def test_growth_at_current_prices_said_once_for_the_sentence_is_nominal(text, indicator):
    got = [c for c in claims(text, published="2025-10-28") if c["unit"] == "percent"]
    assert (got[-1]["indicator"], got[-1]["value"]) == (indicator, 2.9)


@pytest.mark.parametrize(
    "tail", ["representing 5.5 percent growth", "representing a 5.5 percent year-on-year increase"]
)
def test_a_rate_a_growth_noun_follows_is_growth_not_a_share(tail):
    cs = claims(f"Jiangyin's GDP hit 532 billion yuan in 2024, {tail}.", published="2025-03-01")
    assert brief(cs, "indicator", "value", "relative_to")[-1] == ("gdp_growth", 5.5, None)


def test_representing_a_percent_of_a_whole_is_still_a_share():
    cs = claims("Jiangyin's GDP hit 532 billion yuan in 2024, representing 4 percent of Jiangsu's GDP.")
    assert brief(cs, "indicator", "value", "relative_to")[-1] == ("gdp", 4.0, "320000")


def test_the_national_rate_written_before_its_figure_is_the_countrys():
    cs = claims("In 2024, Jiangyin recorded 5.5 percent GDP growth, faster than the national 5 percent.")
    assert brief(cs, "region", "value") == [("320281", 5.5), ("CN", 5.0)]


def test_growth_shortened_to_bi_zeng_or_bi_jiang_as_fujian_reports_write_it():
    cs = claims("2015年，晋江市实现地区生产总值1630亿元，比增8.5%，固定资产投资比降2.3%。", published="2016-02-20")
    assert brief(cs, "indicator", "value")[1:] == [("gdp_growth", 8.5), ("fixed_asset_investment_growth", -2.3)]


def test_a_sectors_share_written_zhanbi_is_of_the_places_own_economy_not_of_a_place():
    cs = claims("2023年，北京市海淀区第三产业占比达到85.1%。", published="2024-03-01")
    assert brief(cs, "region", "indicator", "relative_to") == [("110108", "other:share", None)]


@pytest.mark.parametrize("verb", ["grew", "expanded", "grew 6.2 percent year-on-year to"])
def test_the_level_a_place_grew_to_is_its_gdp(verb):
    said = verb if " to" in verb else f"{verb} 6.2 percent to"
    cs = claims(f"In 2025, Nanshan {said} 1.05 trillion yuan.", published="2026-03-01")
    assert brief(cs, "indicator", "value") == [("gdp_growth", 6.2), ("gdp", 1.05e12)]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan, which accounts for roughly a quarter of Shenzhen's economy, grew 6.1 per cent in 2025.",
        "Nanshan, which makes up 25 percent of Shenzhen's GDP, grew 6.1 percent in 2025.",
    ],
)
def test_growth_after_a_share_in_an_aside_is_growth_not_another_share(text):
    cs = claims(text, published="2026-02-10")
    assert brief(cs, "indicator", "unit", "relative_to")[-1] == ("gdp_growth", "percent", None)


@pytest.mark.parametrize("percent", ["percent", "per cent"])
def test_a_share_of_land_after_a_share_of_a_citys_gdp_is_the_districts(percent):
    text = f"In 2025, Nanshan contributed 28 {percent} of Shenzhen's GDP with just 9 {percent} of its land."
    got = brief(claims(text, published="2026-02-10"), "region", "indicator", "value", "relative_to")
    assert got == [("440305", "gdp", 28.0, "440300"), ("440305", "area", 9.0, "440300")]


def test_rd_spending_as_a_share_of_its_own_output_is_rd_intensity():
    cs = claims("In 2025, Nanshan's R&D spending equalled 6.5 per cent of its output.", published="2026-02-10")
    assert brief(cs, "region", "indicator", "relative_to") == [("440305", "rd_intensity", None)]


@pytest.mark.parametrize("base", ["十年前", "建市之初"])
def test_a_ratio_to_a_places_own_past_is_no_ratio_to_another_place(base):
    cs = claims(f"江阴市2024年GDP为5320亿元，是{base}的两倍多。", published="2025-04-25")
    assert brief(cs, "indicator", "relative_to")[-1] == ("other:ratio", None)


@pytest.mark.parametrize(
    "text",
    [
        "Futian trails Nanshan, whose GDP hit 1.05 trillion yuan last year, by some 400 billion yuan.",
        "Nanshan leads Futian by 400 billion yuan.",
        "Nanshan's GDP exceeds Futian's by about 400 billion yuan.",
    ],
)
def test_the_amount_one_place_leads_or_trails_another_by_is_a_gap_not_a_gdp(text):
    got = [c for c in claims(text, published="2026-03-01") if c["value"] == 400e9]
    assert len(got) == 1 and got[0]["indicator"].endswith("_gap")


def test_an_amount_larger_than_another_places_is_a_difference():
    cs = claims("Nanshan's GDP is 400 billion yuan larger than Futian's.", published="2026-03-01")
    assert [c["indicator"] for c in cs] == ["other:gdp_change"]


@pytest.mark.parametrize("said", ["占年度预算的", "为年度预算的", "达到年度计划的", "完成全年目标的"])
def test_progress_toward_a_budget_or_plan_is_no_share_of_a_place(said):
    got = claims(f"2017年上半年，醴陵市一般公共预算收入16.4亿元，{said}56.2%。", published="2017-07-26")
    assert brief(got, "indicator", "value", "relative_to") == [
        ("fiscal_revenue", 1.64e9, None),
        ("other:of_target", 56.2, None),
    ]


def test_a_share_growth_is_growth_when_the_share_is_said_in_the_next_clause():
    cs = claims(
        "2016年，醴陵市战略性新兴产业增加值增长14.6%，占规模以上工业增加值的比重为27.3%。", published="2017-02-10"
    )
    assert brief(cs, "indicator", "value") == [
        ("other:sector_growth", 14.6),  # the industries' growth: the 占…比重 of the next clause is the next figure's
        ("other:strategic_emerging_share_of_industry", 27.3),  # a share of industry, not of GDP
    ]


def test_a_share_of_industrial_value_added_in_english_is_not_a_share_of_gdp():
    cs = claims("Strategic emerging industries made up 31.2 percent of the industrial value added of Kunshan in 2024.")
    assert brief(cs, "indicator", "value") == [("other:strategic_emerging_share_of_industry", 31.2)]


@pytest.mark.parametrize("word", ["全市", "全县", "本市"])
def test_a_places_own_gdp_called_guonei_shengchan_zongzhi_takes_its_growth_along(word):
    text = f"醴陵市2016年国民经济统计公报\n\n2016年，{word}国内生产总值（GDP）完成612.5亿元"
    text += "，按可比价格计算，比上年增长9.1%。"
    cs = claims(text, published="2017-03-01")
    assert brief(cs, "region", "indicator", "value") == [
        ("430281", "gdp", 61250000000.0),
        ("430281", "gdp_growth", 9.1),
    ]


def test_growth_after_a_count_of_market_entities_is_the_counts_not_gdp_growth():
    text = "醴陵市2018年地区生产总值达到612.5亿元。去年全市新登记市场主体1.8万户，增长12.6%。"
    cs = claims(text, published="2019-02-19")
    assert brief(cs, "indicator", "value")[-1] == ("other:growth", 12.6)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Liling reported GDP of 98 billion yuan in 2024. The city's digital economy grew 9.1 percent.", "en"),
        ("2024年醴陵市地区生产总值980亿元。全市数字经济增长9.1%。", "zh"),
    ],
)
def test_a_part_of_the_economy_that_grew_is_not_the_economy(text, lang):
    got = claims(text, lang=lang, published="2025-03-01")
    assert brief(got, "indicator")[-1] == ("other:sector_economy_growth",)


def test_a_sum_in_revenue_after_the_figure_is_no_gdp_in_an_article_about_gdp():
    text = (
        "Liling reported GDP of 98 billion yuan in 2024. The city's top 20 firms generated 120 billion yuan in revenue."
    )
    got = claims(text, published="2025-03-01")
    assert brief(got, "indicator", "value")[-1] == ("other:revenue", 1.2e11)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("比上年负增长4.9%", -4.9),
        ("降幅收窄至11.2%", -11.2),
        ("经济降幅收窄至-11.2%", -11.2),
        ("同比增长4.9%", 4.9),
    ],
)
def test_a_negative_growth_or_a_rate_of_decline_is_a_fall(said, value):
    got = claims(f"2020年上半年，江岸区地区生产总值{said}。", published="2021-02-01")
    assert brief(got, "indicator", "value") == [("gdp_growth", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jiang'an's GDP posted negative growth of 4.9 percent in 2020.", [("2020", -4.9)]),
        (
            "Jiang'an's GDP contracted 4.9 percent in 2020, narrowing from a 17.6 percent drop in the first half.",
            [("2020", -4.9), ("2020-H1", -17.6)],
        ),
    ],
)
def test_english_negative_growth_and_a_drop_named_after_the_figure_are_falls(text, expected):
    got = claims(text, published="2021-02-01")
    assert [(c["period"], c["value"]) for c in got if c["indicator"] == "gdp_growth"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a second rate compared with the first after a longer aside is the same measure's
        "Futian's economy grew by 6 percent in 2024, the fastest pace among the city's districts, after 5.8 percent "
        "in 2023.",
        "Futian's GDP expanded 6 percent in 2024, its quickest rate in four years and well above 5.8 percent in 2023.",
    ],
)
def test_a_rate_compared_with_after_a_long_aside_is_the_same_measure(text):
    got = claims(text, published="2025-03-05", lang="en")
    assert brief(got, "indicator", "period", "value") == [("gdp_growth", "2024", 6.0), ("gdp_growth", "2023", 5.8)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # each rate set after its own year, in brackets or with 的: a fall from one to the other, both positive
        ("Futian's GDP growth slowed in 2024 (5.5%) from 2023 (6.1%).", "en"),
        ("福田区GDP增速由2023年（6.1%）回落至2024年（5.5%）。", "zh"),
        ("福田区GDP增速由2023年的6.1%回落至2024年的5.5%。", "zh"),
        ("福田区GDP增速从2023年（6.1%）下降到2024年（5.5%）。", "zh"),
    ],
)
def test_rates_each_after_its_year_are_of_that_year_and_keep_their_sign(text, lang):
    got = sorted(brief(claims(text, published="2025-03-05", lang=lang), "indicator", "period", "value"))
    assert got == [("gdp_growth", "2023", 6.1), ("gdp_growth", "2024", 5.5)]


def test_a_fall_set_in_brackets_after_its_verb_is_still_a_fall():
    got = claims("福田区2024年GDP同比下降（3.2%）。", published="2025-03-05", lang="zh")
    assert brief(got, "indicator", "period", "value") == [("gdp_growth", "2024", -3.2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Songjiang, home to the city's chip industry, grew 2.5 percent last year.",
        "Songjiang, a manufacturing base for electronics, expanded 2.5 percent last year.",
        "With its strong service sector, Songjiang posted growth of 2.5 percent last year.",
    ],
)
def test_a_sector_that_only_describes_the_place_does_not_take_its_growth(sentence):
    got = claims(sentence, lang="en", published="2023-03-14")
    assert [(c["region"], c["indicator"]) for c in got] == [("310117", "gdp_growth")]  # was other:sector_growth


@pytest.mark.parametrize(
    "sentence",  # guards: passed before the rule too
    [
        "Songjiang's GDP rose 5 percent. In the service sector, Songjiang grew 2.5 percent.",
        "Songjiang's GDP rose 5 percent. Its chip industry, which leads the city, grew 2.5 percent.",
    ],
)
def test_a_sector_the_growth_is_told_of_keeps_it(sentence):
    got = claims(sentence, lang="en", published="2023-03-14")
    assert [c["indicator"] for c in got if c["value"] == 2.5] == ["other:sector_growth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pingshan's R&D spending totaled 12 billion yuan, or 9.5 percent of GDP.", "rd_intensity"),
        ("Pingshan spent 12 billion yuan on R&D, or 9.5 percent of its GDP.", "rd_intensity"),
        (
            "Pingshan's R&D spending totaled 12 billion yuan, or 9.5 percent of the city's total.",
            "other:share",
        ),  # a guard
    ],
)
def test_a_share_of_gdp_set_after_a_sum_with_or_is_that_sums_share(text, expected):
    got = claims(text, published="2025-03-01", lang="en")
    assert [c["indicator"] for c in got if c["value"] == 9.5] == [expected]  # the first two were other:share_of_gdp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深圳市去年GDP达3.9万亿元，其中福田区占约六分之一。", ("440304", "gdp", "440300")),  # was other:percent
        ("福田區去年經濟按年增長5.1%。", ("440304", "gdp_growth", None)),  # Hong Kong usage; was other:growth
    ],
)
def test_chinese_shares_and_rates_with_approximate_and_hong_kong_wording(text, expected):
    got = claims(text, published="2026-01-30", lang="zh")
    assert brief(got, "region", "indicator", "relative_to")[-1] == expected


@pytest.mark.parametrize("pace", ["pace", "clip"])
def test_a_place_growing_at_a_rate_before_its_noun_grows_its_economy(pace):
    # "Jiangyin grew at a 5.4 percent pace": the place's growth, as "grew at a rate of 5.4 percent" is
    got = claims(f"Jiangyin grew at a 5.4 percent {pace} last year.", published="2025-03-01")
    assert brief(got, "region", "indicator", "period") == [("320281", "gdp_growth", "2024")]


@pytest.mark.parametrize(
    "text",
    [
        "Jiangyin grew only 4.1 percent last year.",
        "Jiangyin grew by just 4.1 percent last year.",
        "Jiangyin, which grew 4.1 percent last year, trails the leader.",
    ],
)
def test_a_place_that_grew_only_or_in_a_relative_clause_grew_its_economy(text):
    # an adverb before the rate, or "which" between the place and its verb, leaves the place the grower
    got = claims(text, published="2025-03-01")
    assert brief(got, "region", "indicator", "value") == [("320281", "gdp_growth", 4.1)]


@pytest.mark.parametrize("text", ["去年江阴市仅增长4.1%。", "去年江阴市增速仅为4.1%。", "去年江阴市也增长4.1%。"])
def test_a_chinese_place_that_grew_only_or_also_grew_its_economy(text):
    # 仅/只/也 between the place and 增长 (or after 增速) leave the place the grower
    got = claims(text, published="2025-03-01")
    assert brief(got, "region", "indicator", "value") == [("320281", "gdp_growth", 4.1)]


@pytest.mark.parametrize(
    "text",
    [
        "In the first quarter, Hainan topped all provinces in GDP growth rate, with the rate reaching 7.2 percent.",
        "Hainan ranked first for economic growth in the first quarter, its rate standing at 7.2 percent.",
    ],
)
def test_the_rate_after_a_gdp_growth_rate_in_its_sentence_is_gdp_growth(text):
    # 'the rate' was read as a bare percentage (other:percent)
    got = claims(text, published="2024-04-20")
    assert brief(got, "region", "indicator", "value") == [("460000", "gdp_growth", 7.2)]


def test_the_rate_of_something_else_is_not_gdp_growth():  # a guard
    got = claims("Hainan's GDP growth slowed, with the jobless rate at 5.2 percent.", published="2024-04-20")
    assert [c["indicator"] for c in got] != ["gdp_growth"]


@pytest.mark.parametrize("verb", ["shrink by", "shrinks", "contracts"])
def test_an_economy_said_to_shrink_in_the_present_or_infinitive_fell(verb):
    # only the past forms (shrank, shrunk, contracted) were read as a fall: 'watched its economy shrink 1.5%'
    # was a bare percentage
    text = (
        f"In 2017, Hebei watched its economy {verb} 1.5%."
        if verb == "shrink by"
        else f"Hebei's economy {verb} 1.5% in 2017"
    )
    got = claims(text, published="2018-04-28")
    assert brief(got, "region", "indicator", "value") == [("130000", "gdp_growth", -1.5)]


@pytest.mark.parametrize(
    "text", ["In the first half, Chongqing's Yongchuan grew 5% or above.", "上半年，重庆永川区增速在5%及以上。"]
)
def test_a_rate_and_above_is_a_floor(text):
    got = claims(text, published="2024-07-20")
    assert brief(got, "region", "qualifier") == [("500118", "at_least")]


def test_gdp_named_with_its_abbreviation_in_commas_then_grew_is_gdp_growth():
    # 'GDP, for the first three quarters of the year, grew' read 'GDP' as a place with an aside, and the rate
    # lost its measure
    text = (
        "Buoyed by steady demand and industrial upgrading, Zhejiang said the province's gross domestic product, "
        "or GDP, in the January-September period, rose 5.4 percent to 6.35 trillion yuan."
    )
    got = claims(text, published="2024-10-25")
    assert brief(got, "indicator", "value")[0] == ("gdp_growth", 5.4)


def test_a_modern_service_sector_is_not_the_tertiary_industry():
    text = "In the first three quarters, the added value of Tai'an's modern service sector hit 51.2 billion yuan."
    got = claims(text, published="2020-10-20")
    assert [c["indicator"] for c in got if c["value"] == 5.12e10] != ["tertiary_value_added"]


def test_a_share_after_a_sectors_growth_is_no_gdp_growth():
    # figures invented for this test: 占全区经济总量的42.3% after industry's growth continued a 'list' of rates
    # and named GDP, so the share was read as GDP growth
    got = claims(
        "2024年，松江区工业增加值980亿元，增长5.1%，占全区经济总量的42.3%。", published="2025-02-10", lang="zh"
    )
    assert [i for i, v in brief(got, "indicator", "value") if v == 42.3] != ["gdp_growth"]


@pytest.mark.parametrize(
    "text",
    [
        "Gansu grew the slowest in the first half, at only 4.1 percent.",
        "In the first half, the economy of Gansu expanded the least, at just 4.1 per cent.",
    ],
)
def test_a_place_growing_slowest_at_only_a_rate_is_gdp_growth(text):
    # 'only'/'just' after 'at' hid the rate from the growth before it: a bare percentage
    got = claims(text, published="2024-07-25")
    assert brief(got, "region", "indicator", "value") == [("620000", "gdp_growth", 4.1)]


@pytest.mark.parametrize(
    ("phrase", "indicator"),
    [
        ("a growth of over 9 percent in industrial investment", "other:investment_growth"),
        ("an increase of 6 percent in tax revenue", "other:tax_growth"),
        ("growth of 5.5 percent in the first half", "gdp_growth"),  # a guard: a period after 'in' is no sum
    ],
)
def test_a_place_achieving_growth_in_a_named_sum_is_that_sums_growth(phrase, indicator):
    text = f"Dongguan's GDP passed 1.1 trillion yuan in 2022. Last year the city achieved {phrase}, officials said."
    got = claims(text, published="2023-02-10", lang="en")
    assert [c["indicator"] for c in got if c["unit"] == "percent"] == [indicator]


def test_the_value_added_of_named_industries_growing_is_their_growth_and_sum_not_the_places():
    text = (
        "Hefei's GDP rose 5.8 percent in the first half. The industrial added value of strategic emerging "
        "industries grew 9.4 percent to 128.6 billion yuan."
    )
    got = brief(claims(text, published="2024-07-25", lang="en"), "indicator", "value")
    assert got[1:] == [("other:sector_growth", 9.4), ("other:sector_value_added", 128600000000.0)]
    # were strategic_emerging_share 9.4 (a share of GDP) and the city's industrial_value_added


def test_a_sector_that_makes_up_a_percentage_of_gdp_after_another_of_is_still_a_share():  # a guard
    text = "The added value of finance makes up 12 percent of Hefei's GDP and that of logistics makes up 8 percent."
    got = claims(text, published="2024-07-25", lang="en")
    assert [c["indicator"] for c in got if c["value"] == 8.0] == ["other:share"]


def test_a_growth_rate_in_the_added_value_of_a_sector_is_not_gdp_growth():
    text = (
        "Anhui's GDP grew 5.8 percent last year. The province also posted a growth rate of 8.6 percent in added "
        "value of its industrial sectors."
    )
    got = claims(text, published="2024-02-01", lang="en")
    assert [c["indicator"] for c in got if c["value"] == 8.6] == ["other:value_added_growth"]  # was gdp_growth


@pytest.mark.parametrize(
    ("second", "lang"),
    [
        ("Huadu and Zengcheng followed at 7.1% and 6.4%.", "en"),
        ("Close behind it were Huadu and Zengcheng, at 7.1% and 6.4%.", "en"),
        ("花都区、增城区紧随其后,分别为7.1%和6.4%。", "zh"),
    ],
)
def test_places_that_follow_a_growth_leader_at_bare_rates_grew_at_them(second, lang):
    first = {
        "en": "Conghua led the city's districts with GDP growth of 9.3% in 2023, 2.1 percentage points above 2022. ",
        "zh": "2023年从化区GDP增长9.3%,比上年高2.1个百分点,居全市各区首位。",
    }[lang]
    got = brief(claims(first + second, published="2024-04-01", lang=lang), "region", "indicator", "value")
    assert [g for g in got if g[2] in (7.1, 6.4)] == [("440114", "gdp_growth", 7.1), ("440118", "gdp_growth", 6.4)]


def test_a_sum_restating_a_sectors_share_is_the_sectors_not_the_places_gdp():
    text = (
        "Hangzhou's GDP hit 1.01 trillion yuan in the first half, with services accounting for 70.1 percent, "
        "or 708 billion yuan, up 6.2 percent year on year."
    )
    got = brief(claims(text, published="2024-07-20", lang="en"), "indicator", "value")
    assert [g for g in got if not g[0].startswith("other:")] == [("gdp", 1010000000000.0)]
    # 708 billion yuan was Hangzhou's GDP and 6.2 percent its growth


def test_a_sum_restating_a_places_share_is_still_its_gdp():  # a guard
    text = "Shenzhen's GDP was 3.68 trillion yuan; Nanshan accounted for 27 percent, or 967 billion yuan."
    got = brief(claims(text, published="2025-02-20", lang="en"), "region", "indicator", "value")
    assert ("440305", "gdp", 967000000000.0) in got


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Cixi set a target of 6 percent for its gross domestic product growth in 2026, the mayor said.", "gdp_growth"),
        ("Cixi set a goal of about 6 percent for the city's GDP growth this year.", "gdp_growth"),
        ("Cixi set a target of 8 percent for its retail sales growth this year.", "other:retail_sales_growth"),
    ],
)
def test_a_target_of_a_percentage_for_a_measures_growth_is_that_growth(text, indicator):
    got = claims(text, published="2026-01-20")
    assert brief(got, "indicator", "period", "value", "kind") == [
        (indicator, "2026", 6.0 if "6" in text else 8.0, "target")
    ]


def test_accumulated_taxation_is_tax_not_the_gdp_said_before():
    text = "Cixi's GDP reached 250 billion yuan in 2025. The accumulated taxation of the city in the past five years "
    text += "totaled 90 billion yuan."
    assert [c["indicator"] for c in claims(text, published="2026-01-20")] == ["gdp", "other:tax_revenue"]


@pytest.mark.parametrize(
    "text",
    [
        "In the first half, Hubei grew faster than the national average of 5.3 percent.",
        "In the first half, Hubei's growth outpaced the national rate of 5.3 percent.",
        "In the first half, fourteen provinces grew faster than the national average of 5.3 percent.",
        "In the first half, the provinces' GDP grew faster than the national average of 5.3 percent.",
    ],
)
def test_the_national_level_a_place_or_a_group_grew_faster_than_is_the_countrys_gdp_growth(text):
    got = [c for c in claims(text, published="2025-08-20") if c["unit"] == "percent"]
    assert brief(got) == [("CN", "gdp_growth", "2025-H1", 5.3)]


def test_the_national_level_another_measure_grew_faster_than_is_that_measures():  # a guard
    text = "In the first half, Hubei's exports grew faster than the national average of 5.3 percent."
    assert [c["indicator"] for c in claims(text, published="2025-08-20")] == ["other:exports_growth"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("上半年，有14个省份经济增速高于全国的5.3%。", "exact"),
        ("上半年，共有14个省份经济增速超过5.3%的全国增速。", "exact"),
        ("上半年，宜兴市经济增速高于全国的5.3%。", "exact"),
        ("上半年，宜兴市GDP增速超过全国5.3%的平均水平。", "exact"),  # the level as it is, not 'over' it
        ("上半年，宜兴市GDP增速超过全国约5.3%的平均水平。", "approx"),
    ],
)
def test_a_national_growth_compared_with_and_stated_alone_is_the_countrys(text, qualifier):
    got = [c for c in claims(text, published="2025-08-20") if c["value"] == 5.3]
    assert [(c["region"], c["indicator"], c["period"], c["qualifier"]) for c in got] == [
        ("CN", "gdp_growth", "2025-H1", qualifier)
    ]


def test_places_at_the_national_growth_compared_with_before_share_its_measure():
    text = "上半年，共有14个省份经济增速超过5.3%的全国增速，山西和天津都是5.3%。"
    got = brief(claims(text, published="2025-08-20"), "region", "indicator")
    assert got[-2:] == [("140000", "gdp_growth"), ("120000", "gdp_growth")]


def test_a_share_of_industrial_output_rising_from_one_level_to_another_is_no_share_of_gdp():
    text = "2024年，闵行区工业产值中战略性新兴产业占比从41.2%提高到45.8%。"
    got = claims(text, published="2025-07-20", lang="zh")
    assert [(c["indicator"], c["value"]) for c in got] == [
        ("other:strategic_emerging_share_of_industry", 41.2),
        ("other:strategic_emerging_share_of_industry", 45.8),  # the same measure, not output growth
    ]


@pytest.mark.parametrize(
    ("tail", "indicator", "value"),
    [
        ("its GDP reached 30.1 billion yuan in 2007, 11% up on a year-on-year basis.", "gdp_growth", 11.0),
        ("its exports reached 3.1 billion yuan in 2007, 11 percent down year on year.", "other:exports_growth", -11.0),
    ],
)
def test_a_rate_followed_by_up_or_down_year_on_year_is_a_signed_growth(tail, indicator, value):
    got = claims("Yuzhong district lies in Chongqing; " + tail, published="2008-03-01")
    assert [(c["indicator"], c["value"]) for c in got if c["unit"] == "percent"] == [(indicator, value)]


def test_a_growth_over_the_level_of_a_year_long_before_is_cumulative_and_that_level_exact():
    got = claims("Wuhan's GDP surged by 148 percent over the 400 billion yuan of 2008.", published="2014-03-05")
    assert brief(got, "indicator", "period", "value", "qualifier") == [
        ("other:gdp_growth_cumulative", "2013", 148, "exact"),
        ("gdp", "2008", 4e11, "exact"),  # the base, as it was: not "over" as "more than"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wuhan's GDP was 900 billion yuan in 2013, accounting for 36.5 percent of Hubei's total.",
        "Wuhan's GDP was 900 billion yuan in 2013. The city's GDP, up 10 percent, accounts for 36.5 percent of "
        "that of Hubei province.",
    ],
)
def test_a_citys_share_of_its_provinces_gdp(text):
    got = claims(text, published="2014-03-05")
    assert brief(got, "indicator", "value", "unit", "relative_to")[-1] == ("gdp", 36.5, "percent", "420000")


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Wuxi's GDP grew 7.1 percent in 2016, 0.3 percent higher than its growth in the first half.", None),
        ("Wuxi's GDP grew 7.1 percent in 2016, 0.4 percent faster than the provincial average.", None),
        ("Wuxi's GDP grew 7.1 percent in 2016, 0.5 percent lower than the national rate.", None),
        ("Wuxi's GDP grew 7.1 percent in 2016, or 7.1 percent higher than a year earlier.", 7.1),  # a guard
    ],
)
def test_a_gap_between_rates_written_in_percent_is_no_growth(text, second):
    got = [c["value"] for c in claims(text, published="2017-01-25") if c["indicator"] == "gdp_growth"]
    assert got == [7.1] + ([second] if second else [])  # was [7.1, 0.3]: the gap read as a second rate


@pytest.mark.parametrize("year", ["of 2019", "of last year", "of this year"])
def test_a_list_of_rates_by_part_of_the_year_goes_on_after_the_year_of_its_first_part(year):
    text = (
        f"Changzhou's GDP grew 6.6 percent in the first quarter {year}, 6.8 percent in the first half and 7 percent in"
    )
    text += " the first three quarters."
    got = claims(text, published="2019-11-02" if "this" in year else "2020-01-20")
    assert brief(got, "indicator", "period") == [
        ("gdp_growth", "2019-Q1"),
        ("gdp_growth", "2019-H1"),  # was other:percent: 'of 2019' read as a share's 'of'
        ("gdp_growth", "2019-Q1Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "The economy of Wuxi held up. It posted 6.4 percent expansion in the first half, the bureau said.",
            "gdp_growth",
        ),
        ("Wuxi held up in the first half, with 6.4 percent expansion, the bureau said.", "gdp_growth"),
        ("Wuxi's exports held up in the first half, with 6.4 percent expansion.", "other:exports_growth"),  # guard
    ],
)
def test_a_percent_expansion_with_no_measure_named_is_the_economys(text, indicator):
    got = claims(text, published="2021-07-20")
    assert brief(got, "indicator", "period") == [(indicator, "2021-H1")]  # was other:growth


@pytest.mark.parametrize(
    "text",
    [
        "Zhejiang's GDP grew 7 percent in Q1, 7.2 percent in H1 and 7.4 percent in the first three quarters of 2013.",
        "Zhejiang's economy was picking up in 2013, with 7 percent expansion in Q1, 7.2 percent in the first half "
        "and 7.4 percent in the first three quarters.",
    ],
)
def test_a_list_of_rates_by_part_of_the_year_goes_on_past_a_quarter_written_with_a_digit(text):
    got = claims(text, published="2014-01-20", lang="en")
    assert brief(got, "indicator", "period") == [
        ("gdp_growth", "2013-Q1"),
        ("gdp_growth", "2013-H1"),
        ("gdp_growth", "2013-Q1Q3"),
    ]


def test_a_growth_after_a_measure_and_a_period_between_it_and_its_level_is_the_measures():
    text = "Wuxi's fixed asset investment for the first three quarters of this year was 280.4 billion yuan, a decrease"
    text += " of 1.5 percent year on year."
    got = claims(text, published="2025-10-25")
    assert brief(got, "indicator", "value")[-1] == ("fixed_asset_investment_growth", -1.5)  # was other:amount_growth


@pytest.mark.parametrize("change", ["a year-on-year decrease of", "a decline of", "a drop of"])
def test_a_fall_after_a_measures_level_is_the_measures_growth(change):
    text = "Wuxi's fixed asset investment (excluding rural households) in the first half of this year was 180.2"
    text += f" billion yuan, {change} 1.5 percent."
    got = claims(text, published="2025-07-25")
    assert brief(got, "indicator", "value")[-1] == ("fixed_asset_investment_growth", -1.5)  # was other:growth


def test_a_growth_after_a_sector_named_after_the_economys_size_is_the_sectors():
    text = "今年一季度，无锡不仅经济总量稳居全省前列，其集成电路产业也表现亮眼，"
    text += "产值占全市规上工业的12.4%，同比增长10.2%。"
    got = claims(text, published="2025-04-28")
    assert brief(got, "indicator", "value")[-1] == ("other:sector_growth", 10.2)  # was the city's GDP growth
    text = "今年一季度，无锡经济总量稳居全省前列，同比增长6.1%。"  # no sector named: the economy grew
    assert brief(claims(text, published="2025-04-28"), "indicator", "value")[-1] == ("gdp_growth", 6.1)


@pytest.mark.parametrize("measure", ["汽车产业产值", "新能源产业营收"])
def test_a_measure_named_in_the_rates_own_clause_is_not_the_gdp_named_before(measure):
    text = f"2024年，长丰县地区生产总值突破1000亿元，{measure}增长28%。"
    got = [c["indicator"] for c in claims(text, published="2025-01-04") if c["unit"] == "percent"]
    assert got != ["gdp_growth"] and len(got) == 1  # was the county's GDP growth of 28%


@pytest.mark.parametrize(
    "text",
    [
        "闵行区GDP按年下跌1.2%。",  # Hong Kong usage; was other:percent, unsigned
        "闵行区GDP下跌1.2%。",
        "闵行区GDP萎缩1.2%。",
        "2024年，闵行区经济下降1.2%。",  # was other:growth
        "2024年，闵行区经济萎缩1.2%。",
        "闵行区GDP同比下降1.2%。",  # a guard: passed before too
    ],
)
def test_a_fall_of_the_economy_said_in_other_words_is_negative_gdp_growth(text):
    got = claims(text, lang="zh", published="2025-03-05")
    assert [(c["indicator"], c["value"]) for c in got] == [("gdp_growth", -1.2)]


def test_sectors_value_added_growth_is_no_gdp_growth():
    text = (
        "Minhang's GDP grew 5.2 percent in 2024. Chips and finance were the main engines in Minhang, with their "
        "respective value-added growth standing at 13.6 percent and 7.9 percent."
    )
    got = claims(text, lang="en", published="2025-03-01")
    assert [c["indicator"] for c in got] == ["gdp_growth", "other:value_added_growth", "other:value_added_growth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minhang's GDP grew by 17 percent in the first quarter, and its average growth over the past two years was "
            "4.6 percent.",
            "other:gdp_growth_two_year_average",
        ),  # was GDP growth of 2019's first quarter
        (
            "Minhang's GDP totaled 90 billion yuan in the first quarter, up 17 percent, averaging at 4.6 percent "
            "growth in the past two years.",
            "other:gdp_growth_two_year_average",
        ),  # was GDP growth over 2019/2020
        (
            "Minhang's GDP grew by 17 percent in the first quarter, a rise of 9.3 percent compared to pre-pandemic "
            "levels.",
            "other:gdp_growth_cumulative",
        ),  # was GDP growth of the quarter
    ],
)
def test_growth_over_two_years_or_from_before_the_pandemic_is_no_years_growth(text, expected):
    got = claims(text, lang="en", published="2021-04-26")
    assert [c["indicator"] for c in got if c["unit"] == "percent"][-1] == expected


def test_the_rate_a_difference_is_taken_from_is_exact():
    text = "Minhang's GDP growth was 0.5 percentage points lower than the 8.1 percent growth in the first quarter "
    text += "of 2018."
    got = claims(text, lang="en", published="2019-05-05")
    assert brief(got, "indicator", "value", "qualifier")[-1] == ("gdp_growth", 8.1, "exact")  # was at_most


@pytest.mark.parametrize(
    "text",
    [
        "2025年，南山区人均GDP达57.8万元，约为全国平均水平的6倍、深圳平均水平的2.7倍。",  # the second was other:ratio
        "Nanshan's per capita GDP of 578,000 yuan is about six times the national average and 2.7 times Shenzhen's.",
        # the second was the country's: the base of the first ratio became the subject of the next
    ],
)
def test_a_second_ratio_after_a_national_one_is_the_places_against_its_own_base(text):
    got = claims(text, published="2026-02-12")
    assert [(c["region"], c["indicator"], c["value"], c.get("relative_to")) for c in got if c["unit"] == "ratio"] == [
        ("440305", "gdp_per_capita", 6.0, "CN"),
        ("440305", "gdp_per_capita", 2.7, "440300"),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("At 6.2 percent, Wujin's growth last year was the fastest in Changzhou.", "gdp_growth"),
        ("At 6.2 percent, growth in Wujin was the fastest in Changzhou last year.", "gdp_growth"),
        ("At 6.2 percent, Wujin's retail sales growth was the fastest in Changzhou.", "other:retail_sales_growth"),
        ("At 6.2 percent, the growth of exports in Wujin was the fastest in Changzhou.", "other:percent"),  # a guard
    ],
)
def test_a_rate_set_before_its_subject_is_the_growth_named_after_it(text, indicator):
    assert [c["indicator"] for c in claims(text, published="2026-03-01")] == [indicator]


def test_a_neighbour_compared_below_keeps_its_where_figure_but_not_the_focus():
    """ "below that of Jinniu, its neighbour, where the figure is …" is Jinniu's; "the district" after it is still
    Chenghua (had become Jinniu), and its goal and result are GDP growth (were other:growth, other:percent)."""
    text = (
        "Chenghua's per capita GDP, at about 95,000 yuan, is below that of Jinniu, its neighbour, where the figure "
        "is nearer 110,000 yuan.\n\nOfficials set a goal of 6 percent growth for 2026. In the first quarter the "
        "district managed 5.4 percent."
    )
    got = brief(claims(text, published="2026-06-03"), "region", "indicator", "value", "kind")
    assert got == [
        ("510108", "gdp_per_capita", 95000.0, "actual"),
        ("510106", "gdp_per_capita", 110000.0, "actual"),
        ("510108", "gdp_growth", 6.0, "target"),
        ("510108", "gdp_growth", 5.4, "actual"),
    ]


def test_a_sector_earning_a_sum_does_not_take_the_measure_of_the_sentence_before():
    text = "Chenghua's tertiary sector added 70 billion yuan in 2025; finance alone contributed 12 billion yuan."
    assert [c["indicator"] for c in claims(text, published="2026-03-02")] == ["tertiary_value_added", "other:amount"]


def test_a_share_of_gdp_in_a_which_clause_is_of_the_spending_before_and_the_national_level_after_it_too():
    """Were other:share_of_gdp and other:percent: the which-clause's share is of "research spending", and the
    "of GDP" of that share names no new measure for the rate compared with it."""
    text = (
        "Luohu pointed to its research spending, which reached 3.1 percent of GDP last year, "
        "against 2.7 percent nationally."
    )
    got = brief(claims(text, published="2026-04-02"), "region", "indicator", "value")
    assert got == [("440303", "rd_intensity", 3.1), ("CN", "rd_intensity", 2.7)]


def test_residents_a_sum_is_spread_over_are_counted_exactly():
    got = claims(
        "Spread over its 1.2 million residents, Luohu's output comes to 230,000 yuan a head.", published="2026-04-02"
    )
    assert brief(got, "indicator", "qualifier")[0] == ("population", "exact")  # was at_least ("over")


def test_a_report_card_of_districts_is_about_their_gdp():
    """Were other:amount: a headline's "report card" (成绩单) opens an article about GDP."""
    text = (
        "Half-year report card for Guangzhou's districts\n\nThe numbers are in. Tianhe led with 322 billion yuan, "
        "followed by Huangpu at 190 billion yuan."
    )
    got = brief(claims(text, published="2026-08-20"), "region", "indicator", "period")
    assert got == [("440106", "gdp", "2026-H1"), ("440112", "gdp", "2026-H1")]


def test_a_place_that_had_managed_only_a_rate_after_a_colon_has_the_rate_spoken_of():
    text = "Tianhe grew 4.1 percent in 2025. The year before was weaker: Tianhe had managed only 2.9 percent."
    assert [c["indicator"] for c in claims(text, published="2026-03-20")] == ["gdp_growth", "gdp_growth"]


def test_places_bare_rates_after_a_sentence_saying_they_grew_are_growth_and_the_place_after_for_owns_its_rate():
    """Were other:percent, and the city's 4.9 percent had gone to Taicang: a sentence with no figure saying places
    grew makes GDP growth the rate spoken of; "X's 5.6 percent" is a place's rate; "did better, at" too; a place
    written before the figure before belongs to that one, so "4.9 percent for Suzhou" is Suzhou's."""
    text = (
        "Only Wujiang and Taicang grew faster than the city last year. Wujiang's 5.6 percent and Taicang's "
        "5.2 percent compared with 4.9 percent for Suzhou. Changshu's economy grew 3.2 percent. "
        "Kunshan did better, at 5.4 percent."
    )
    got = brief(claims(text, published="2026-02-24"), "region", "indicator", "value")
    assert got == [
        ("320509", "gdp_growth", 5.6),
        ("320585", "gdp_growth", 5.2),
        ("320500", "gdp_growth", 4.9),
        ("320581", "gdp_growth", 3.2),
        ("320583", "gdp_growth", 5.4),
    ]


def test_a_two_district_comparison_without_gdp_in_its_opening_reads_as_gdp_once_two_places_gdp_are_given():
    """Were other:percent and other:amount: a place's growth in apposition ("Luohu's growth last year, 4.1
    percent,"), "Yantian's was 3.0 percent", and, after one sentence gave two places' GDP, their bare sums."""
    text = (
        "Luohu against Yantian\n\nFor years the older district was the bigger. In 2025 Luohu's output was "
        "280 billion yuan against Yantian's 90 billion yuan. Luohu's growth last year, 4.1 percent, was the slower; "
        "Yantian's was 5.3 percent. In the first quarter, Luohu reported 66 billion yuan and Yantian 21 billion yuan."
    )
    got = brief(claims(text, published="2026-05-20"), "region", "indicator", "period")
    assert got == [
        ("440303", "gdp", "2025"),
        ("440308", "gdp", "2025"),
        ("440303", "gdp_growth", "2025"),
        ("440308", "gdp_growth", "2025"),
        ("440303", "gdp", "2026-Q1"),
        ("440308", "gdp", "2026-Q1"),
    ]


def test_a_sectors_share_said_again_of_another_place_is_the_sectors_share():
    """Was Tianhe's GDP share of Futian: "… 90 percent of Tianhe's GDP and 94 percent of Futian's" repeats the
    sector's share."""
    text = "Tertiary industry accounts for about 90 percent of Tianhe's GDP and 94 percent of Futian's."
    assert [c["indicator"] for c in claims(text, published="2026-05-20")] == ["other:share", "other:share"]


def test_a_neighbour_the_place_slipped_behind_is_compared_and_a_citywide_rate_is_the_same_measure():
    """Were other:percent (a "citywide" rate), and the next sentence's figures had gone to the neighbour."""
    text = (
        "Longgang grew just 3.1% in 2025, well below the citywide 5.5%. Its GDP slipped behind neighbouring "
        "Bao'an (581 billion yuan). Foreign trade dropped 9% to 265 billion yuan."
    )
    got = brief(claims(text, published="2026-02-26"), "region", "indicator")
    assert got == [
        ("440307", "gdp_growth"),
        ("440300", "gdp_growth"),
        ("440306", "gdp"),
        ("440307", "other:foreign_trade_growth"),
        ("440307", "foreign_trade"),
    ]


def test_output_reached_after_a_places_gdp_in_its_sentence_is_that_gdp():
    """Was other:output: "passed the trillion-yuan mark in 2018, when output reached 1.05 trillion yuan"."""
    text = (
        "Retail sales came to 380 billion yuan. Pudong passed the trillion-yuan mark in 2018, when output reached "
        "1.05 trillion yuan."
    )
    got = brief(claims(text, published="2026-03-30"), "region", "indicator", "period", "value")
    assert got[-1] == ("310115", "gdp", "2018", 1.05e12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shishi accounts for roughly a seventh of Quanzhou's output.", ("350581", "gdp", "350500")),  # other:share
        ("Futian's finance sector accounts for 40 percent of Shenzhen's GDP.", ("440304", "other:share", None)),
    ],
)
def test_a_share_of_a_named_places_output_is_of_its_gdp_unless_a_sector_holds_it(text, expected):
    got = claims(text, published="2026-03-08")
    assert brief(got, "region", "indicator", "relative_to") == [expected]


def test_a_figure_fronted_after_but_with_a_rate_between_it_and_the_economy_is_gdp():
    text = "Shishi is known for clothing. But at 110 billion yuan in 2025, up 5.1 percent, its economy is now large."
    got = brief(claims(text, published="2026-03-08"), "region", "indicator")
    assert got == [("350581", "gdp"), ("350581", "gdp_growth")]  # was other:amount, other:growth


@pytest.mark.parametrize(
    "second",
    [
        "其中，智能终端制造业受新品上市带动，增速回升至8.3%。",
        "其中，软件和信息技术服务业增速转正为8.3%。",
        "软件和信息技术服务业成为第一大行业，增长8.3%。",
    ],
)
def test_a_growth_after_a_gdp_sentence_whose_sentence_names_a_sector_is_the_sectors(second):
    """Were gdp_growth: the sentence before stated GDP and its growth, and this one's subject is a sector."""
    text = "上半年，福田区完成地区生产总值2300亿元，增长4.6%。" + second
    got = brief(claims(text, published="2025-08-01"), "indicator", "value")
    assert got == [("gdp", 2.3e11), ("gdp_growth", 4.6), ("other:sector_growth", 8.3)]


def test_a_growth_after_a_gdp_sentence_naming_only_a_place_is_still_gdp_growth():  # guard
    text = "上半年，深圳市完成地区生产总值17000亿元，增长5.0%。其中，福田区增长4.6%。"
    got = brief(claims(text, published="2025-08-01"), "region", "indicator", "value")
    assert got[-1] == ("440304", "gdp_growth", 4.6)


def test_chinese_places_with_bracketed_rates_take_the_growth_named_after_the_list():
    """Were other:percent: the measure (GDP增速) comes after the bracketed list, not before it."""
    text = "今年上半年，长沙县(7.1%)、浏阳市(6.4%)共2个县市的GDP增速高于全市平均水平。"
    scored = [c for c in claims(text, published="2025-08-10") if not c["indicator"].startswith("other:")]
    got = brief(scored, "region", "indicator", "period", "value")
    assert got == [("430121", "gdp_growth", "2025-H1", 7.1), ("430181", "gdp_growth", "2025-H1", 6.4)]


def test_chinese_places_with_bracketed_rates_and_no_growth_named_give_no_growth():  # guard
    text = "今年上半年，长沙县(27.1%)、浏阳市(16.4%)占全市经济总量的比重居前。"
    got = brief(claims(text, published="2025-08-10"), "indicator")
    assert ("gdp_growth",) not in got


@pytest.mark.parametrize("level", ["百亿规模", "300亿元规模", "千亿规模"])
def test_a_scale_written_onto_a_gdp_level_names_no_measure_of_its_own(level):
    """Was other:scale_growth or other:revenue_growth: 规模 after the level is the level's noun, not a measure."""
    text = f"2020年至2024年间，富平县地区生产总值保持在{level}，年均增速达4.8%。"
    got = brief(claims(text, published="2025-07-01"), "indicator", "period", "value")
    assert got[-1] == ("gdp_growth", "2021/2024", 4.8)


@pytest.mark.parametrize(
    "compared",
    ["比深圳市平均增速(5.8%)高1.3个百分点", "高于深圳市上半年GDP增速(5.8%)", "高于深圳市经济增速（5.8%）"],
)
def test_a_rate_bracketed_after_a_named_places_growth_is_that_places(compared):
    """Was the subject's (南山区): the bracketed rate is the compared place's own growth."""
    text = f"上半年，南山区GDP增长7.1%，{compared}。"
    got = brief(claims(text, published="2025-08-01"), "region", "indicator", "value")
    assert got[:2] == [("440305", "gdp_growth", 7.1), ("440300", "gdp_growth", 5.8)]


@pytest.mark.parametrize(
    "compared",
    [
        "above the citywide rate (5.8 percent)",  # was other:rate
        "beating Foshan's growth rate (5.8%)",  # was Shunde's
        "beating Foshan's overall growth (5.8%)",  # was Shunde's
    ],
)
def test_a_bracketed_rate_after_a_compared_rate_is_the_compared_places_growth(compared):
    text = f"Shunde's GDP grew 7.1 percent in 2024, {compared}."
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [("440606", "gdp_growth", 7.1), ("440600", "gdp_growth", 5.8)]


@pytest.mark.parametrize(
    "text",
    [
        "Several districts reported slower GDP growth in the first half, with Conghua district experiencing the "
        "biggest slowdown from 12.5 percent in the first half of last year to 3.2 percent this year.",
        "Conghua district's economy slowed from 12.5 percent in the first half of last year to 3.2 percent this year.",
    ],
)
def test_a_slowdown_from_one_rate_to_another_is_of_the_growth_spoken_of(text):
    """Were other:percent: 'slowdown from' and 'slowed from' speak of growth rates."""
    got = brief(claims(text, published="2024-08-01"), "region", "indicator", "period", "value")
    assert got == [("440117", "gdp_growth", "2023-H1", 12.5), ("440117", "gdp_growth", "2024-H1", 3.2)]


def test_a_change_right_after_a_growth_rate_is_the_rates_change_not_growth():
    """Was gdp_growth -1.8: 'down 1.8 percent' after a growth rate says how much the rate fell."""
    text = (
        "Jiangxi reported GDP growth of 6.7 percent in the first half of this year, down 1.8 percent from a year ago."
    )
    got = brief(claims(text, published="2024-08-01"), "indicator", "value")
    assert got == [("gdp_growth", 6.7), ("other:growth_change", 1.8)]


@pytest.mark.parametrize("verb", ["increasing by", "rising", "up"])
def test_a_change_right_after_a_share_of_gdp_is_the_shares_change_not_growth(verb):
    """Was gdp_growth 1.1: the change follows '… of GRP,' and tells how much the share moved."""
    text = (
        "In 2014, the private economy of Jiangxi added 905.2 billion yuan, up 10.3%, accounting for 58.2% of GRP, "
        f"{verb} 1.1%."
    )
    got = brief(claims(text, published="2015-03-01"), "indicator", "value")
    assert got[-2:] == [("other:share", 58.2), ("other:share_change", 1.1)]


def test_a_change_after_a_level_is_still_its_growth():  # guard
    text = "Jiangxi reported GDP of 1.6 trillion yuan in the first half of this year, up 4.5 percent from a year ago."
    got = brief(claims(text, published="2024-08-01"), "indicator", "value")
    assert got == [("gdp", 1.6e12), ("gdp_growth", 4.5)]


@pytest.mark.parametrize("verb", ["eased", "declined", "dipped", "moderated", "fell", "slowed"])
def test_the_rate_a_fall_started_from_keeps_its_sign(verb):
    """Were -12.5 for 'eased from' and 'declined from': the base is the rate as it was, not a fall."""
    text = f"Conghua district's GDP growth {verb} from 12.5 percent in 2023 to 3.2 percent in 2024."
    got = brief(claims(text, published="2025-03-01"), "period", "value")
    assert got == [("2023", 12.5), ("2024", 3.2)]


@pytest.mark.parametrize(
    "whole",
    ["the total industrial annual output", "the total above-designated scale industrial output"],
)
def test_a_strategic_share_of_industrial_output_said_at_length_is_no_share_of_gdp(whole):
    text = f"In 2023, Songjiang's strategic new industrial output accounted for 61.5 percent of {whole}."
    got = brief(claims(text, published="2024-03-01"), "indicator")
    assert got == [("other:strategic_emerging_share_of_industry",)]  # was strategic_emerging_share (of GDP)


def test_a_ratio_named_before_an_aside_that_defines_it_keeps_its_change_from_and_to():
    # "intensity, that is, … as a percentage of gross domestic product (GDP), in X rose from A to B": the ratio's
    # two levels, not GDP growth (the aside names GDP last; the second level is the measure the first is)
    text = (
        "Between 2015 and 2024, the R&D intensity, that is, research spending as a percentage of gross domestic "
        "product (GDP), in Zhejiang rose from 2.36 percent to 3.2 percent."
    )
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("rd_intensity", 2.36), ("rd_intensity", 3.2)]


def test_an_english_share_from_one_percent_to_another_is_the_same_measure_twice():  # a guard: passed before
    text = "Shenzhen's R&D intensity climbed from 4.2 percent in 2019 to 6.46 percent in 2023, the bureau said."
    got = brief(claims(text, published="2024-06-01"), "indicator", "period", "value")
    assert got == [("rd_intensity", "2019", 4.2), ("rd_intensity", "2023", 6.46)]


def test_a_trade_named_by_its_ye_before_a_bracketed_rate_is_that_trades_growth():
    # 港口物流业增速 in brackets after the district's name: the trade's, not GDP growth (GDP is named later)
    text = "2024年，南沙区依托临港经济(港口物流业增速15.3%)和先进制造,GDP全市第七。"
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [("440115", "other:sector_growth", 15.3)]


def test_retail_sales_abbreviated_sheling_before_its_growth_are_retail_sales():
    text = "2024年，越秀区GDP增长1.5%，但消费偏弱(社零增速-2.4%)。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("gdp_growth", 1.5), ("other:retail_sales_growth", -2.4)]


def test_a_gdp_increment_in_brackets_is_a_change_not_the_level():
    text = "2024年，番禺区GDP增量(210亿元)位居全市第二。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("other:gdp_change", 2.1e10)]


@pytest.mark.parametrize("fell", ["微降", "略降"], ids=["wei", "lue"])
def test_a_slight_fall_is_a_fall(fell):
    text = f"2024年，从化区受农业减产影响(GDP{fell}0.6%)。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("gdp_growth", -0.6)]


def test_a_fall_outside_the_brackets_is_not_the_sign_of_a_rate_the_brackets_name():
    # 受汽车业下滑拖累(增速仅2.2%): the car industry fell; the districts grew 2.2%
    text = "2024年广州各区GDP相继公布。花都、增城受汽车业下滑拖累(增速仅2.2%)。"
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert got == [("440114", "gdp_growth", 2.2), ("440118", "gdp_growth", 2.2)]


def test_a_fall_said_inside_the_brackets_still_signs_its_rate():  # a guard: passed before
    text = "2024年，花都区受汽车业拖累(GDP下降2.2%)。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("gdp_growth", -2.2)]


def test_districts_named_for_example_after_a_sector_blamed_grew_at_their_own_rates():
    # 如 opening a clause is "for example", no comparison; a district right before its growth verb grew itself,
    # whatever sector an earlier clause blamed (had been the sector's growth, the first of them the city's)
    text = "2024年，受房地产和建筑业拖累，部分外围区增速偏低，如从化区仅增长1.2%、花都区增速为2.1%、南沙区为2.4%。"
    got = brief(claims(text, published="2025-02-20"), "region", "indicator", "value")
    assert got == [
        ("440117", "gdp_growth", 1.2),
        ("440114", "gdp_growth", 2.1),
        ("440115", "gdp_growth", 2.4),
    ]


def test_a_sector_named_in_the_clause_of_a_growth_keeps_it():  # a guard: passed before
    text = "2024年，花都区地区生产总值增长2.1%，其中，制造业增长4.4%。"
    got = brief(claims(text, published="2025-02-20"), "indicator", "value")
    assert got == [("gdp_growth", 2.1), ("other:sector_growth", 4.4)]


@pytest.mark.parametrize("short", ["都不到", "还不到", "不到"], ids=["dou", "hai", "bare"])
def test_a_figure_it_falls_short_of_is_at_most(short):  # 400亿都不到: not even that much
    text = f"2024年，从化区GDP总量垫底，400亿{short}。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value", "qualifier")
    assert got == [("gdp", 4e10, "at_most")]


def test_a_shortfall_of_time_after_a_figure_is_no_qualifier():  # a guard: passed before
    text = "2024年，从化区GDP达400亿元不到两年增长一半。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value", "qualifier")
    assert got[0] == ("gdp", 4e10, "exact")


@pytest.mark.parametrize("means", ["依托", "凭借", "得益于"], ids=["yituo", "pingjie", "deyiyu"])
def test_what_a_district_grew_by_is_no_subject_of_its_growth(means):
    # 海珠区依托数字经济和会展经济，增速…: the district grew; the economies it relied on are the means
    text = f"2024年，荔湾区{means}数字经济(占比18.2%)和文旅经济，增速7.3%，居全市前列。"
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert ("440103", "gdp_growth", 7.3) in got


def test_a_rate_down_in_a_thing_after_a_use_per_unit_of_gdp_is_no_gdp_growth():
    # "… per 10,000 yuan of GDP fell 3.1 percent, with …, and 1.8 percent down in electricity use": the last of
    # the list is electricity's change (had been GDP growth, GDP being named in the sentence)
    text = (
        "In 2024, Changshu's energy use per 10,000 yuan of GDP fell 2.7 percent, with 3.3 percent down in land "
        "use and 1.9 percent down in electricity use."
    )
    got = brief(claims(text, published="2025-02-05"), "indicator", "value")
    assert [i for i, _ in got if i == "gdp_growth"] == []
    assert got[-1] == ("other:electricity_growth", -1.9)


def test_a_rate_up_in_constant_prices_is_still_the_economys():  # a guard: passed before
    text = "Changshu's GDP reached 285 billion yuan in 2024, up 5.5 percent in constant prices."
    got = brief(claims(text, published="2025-02-05"), "indicator", "value")
    assert got == [("gdp", 2.85e11), ("gdp_growth", 5.5)]


def test_an_increase_in_the_place_itself_is_no_things_change():
    # "… with a 5.1 percent increase in the city": the place, not a thing named after 'increase in'
    text = "Kunshan's GDP reached 500 billion yuan in 2024, with a 5.1 percent increase in the city."
    got = brief(claims(text, published="2025-02-01"), "indicator", "value")
    assert got == [("gdp", 5e11), ("gdp_growth", 5.1)]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，荔湾区增速7.3%，首破2000亿大关。",
        "2024年，荔湾区依托数字经济(占比18.2%)和文旅经济，增速7.3%首破2000亿大关。",
    ],
    ids=["bare", "after-means"],
)
def test_a_level_crossed_right_after_a_districts_growth_is_its_gdp(text):
    # 增速7.3%，首破2000亿大关: the level of what grew, the economy (had been other:amount, or the digital economy's)
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value", "qualifier")
    assert got[-1] == ("440103", "gdp", 2e11, "at_least")


def test_the_growth_of_the_population_after_a_gdp_sentence_is_no_gdp_growth():
    # 常住人口增长38%、达到97万: the residents grew and reached that many (the rate had been GDP growth, the level
    # 97万 yuan)
    text = "2021年，章丘区地区生产总值达到1300亿元；常住人口增长38%、达到97万。"
    got = brief(claims(text, published="2022-09-01"), "indicator", "value")
    assert got == [("gdp", 1.3e11), ("other:growth", 38.0), ("population", 970000.0)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Cheap credit pushed Cixi's first-half growth to 6.8 percent.", "2025-H1"),
        ("Cixi's first-quarter growth of 5.2 percent beat forecasts.", "2025-Q1"),
        ("The city's growth in 2024 was 4.1 percent, Cixi's statistics bureau said.", "2024"),
    ],
)
def test_a_places_growth_with_its_period_before_or_after_growth_is_its_economys(text, period):
    # a period word between the owner and "growth" (or after it, before the verb) left the rate other:growth
    got = claims(text, published="2025-07-30")
    assert brief(got, "region", "indicator", "period") == [("330282", "gdp_growth", period)]


def test_a_places_population_growth_stays_outside_the_economy():  # a guard: passed before
    got = claims("Cixi's population growth slowed to 0.4 percent in 2024.", published="2025-07-30")
    assert [c["indicator"] for c in got] == ["other:growth"]


@pytest.mark.parametrize(
    "second",
    [
        "the decline narrowed to 0.5 percent in the first quarter",
        "the contraction eased to 0.5 percent in the first quarter",
        "in the first quarter the fall in its GDP was 0.5 percent",
    ],
)
def test_the_rate_a_decline_came_to_is_a_fall(second):
    # 'the decline narrowed to 0.5 percent' had been growth of +0.5 percent (降幅收窄至 was read right)
    got = claims(f"Cixi's GDP fell 1.2 percent in 2024, and {second}.", published="2025-03-01")
    assert brief(got, "indicator", "value") == [("gdp_growth", -1.2), ("gdp_growth", -0.5)]


def test_a_sector_that_narrowed_by_a_rate_shrank_by_it():
    # "narrowed by" was no verb of change: the rate was a bare other:percent, unsigned
    text = (
        "Cixi's GDP in the first half of 2020 came to 80.1 billion yuan. The primary industry reached 2.1 billion "
        "yuan, the secondary industry narrowed by 3.9 percent to 40.2 billion yuan."
    )
    got = claims(text, published="2020-08-07")
    assert [c["value"] for c in got if c["unit"] == "percent"] == [-3.9]


@pytest.mark.parametrize(
    "text",
    [
        "Cixi's GDP growth was negative 2.1 percent in 2020.",
        "Cixi's GDP growth came in at minus 2.1 percent in 2020.",
        "Cixi recorded negative growth of 2.1 percent in 2020.",
    ],
)
def test_negative_growth_said_in_words_is_a_fall_of_the_places_economy(text):
    # "negative 2.1 percent" had been +2.1; "recorded negative growth of" had been other:growth
    got = claims(text, published="2021-03-01")
    assert brief(got, "indicator", "value") == [("gdp_growth", -2.1)]


def test_a_places_growth_of_a_part_of_the_year_recorded_is_its_economys():
    got = claims("Cixi recorded first-half growth of 2.1 percent.", published="2021-08-01")
    assert brief(got, "indicator", "period") == [("gdp_growth", "2021-H1")]


@pytest.mark.parametrize("slowed", ["增速有所回落，为", "增速回落，为", "增速略有下降，为", "增幅有所收窄，为"])
def test_a_growth_rate_that_slowed_and_is_then_given_is_no_fall(slowed):
    # the rate's own fall was read as the economy's: 增速有所回落，为3.2% had been growth of -3.2%
    got = claims(f"2024年，太仓市地区生产总值{slowed}3.2%。", published="2025-03-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("gdp_growth", 3.2)]


def test_the_economy_falling_by_a_rate_is_still_a_fall():  # a guard: passed before
    got = claims("2024年，太仓市地区生产总值回落3.2%。", published="2025-03-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("gdp_growth", -3.2)]
