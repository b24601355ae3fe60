"""Feature stories and roundups: a place located in its province before a which-clause, a district second
only to another, growth "in the same period a year earlier", a growth a district aims to lift back to.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


def test_a_which_clause_after_a_place_in_its_province_is_about_the_place():
    text = "Another newcomer is Yiwu in Zhejiang province, which posted growth of 6.8 percent last year."
    got = brief(claims(text, published="2026-05-14"), "region", "indicator", "value")
    assert got == [("330782", "gdp_growth", 6.8)]  # was Zhejiang's


def test_a_which_clause_after_a_province_alone_stays_the_provinces():
    text = "Investors keep coming to Zhejiang province, which posted growth of 5.5 percent last year."
    got = brief(claims(text, published="2026-05-14"), "region", "indicator", "value")
    assert got == [("330000", "gdp_growth", 5.5)]  # a guard


@pytest.mark.parametrize("compared", ["second only to", "trailing"])
def test_a_district_another_is_second_to_never_becomes_the_focus(compared):
    text = (
        "Longgang bets on robots\n"
        "The district's GDP grew 3.1 percent in the first half of 2026, below Shenzhen's overall 5.0 percent.\n"
        "Longgang already hosts 37 listed companies, " + compared + " Nanshan among Shenzhen's districts.\n"
        "Its 2025 GDP of 507 billion yuan was the city's third largest."
    )
    got = brief(claims(text, published="2026-08-20"), "region", "indicator", "value")
    assert ("440307", "gdp", 5.07e11) in got  # was Nanshan's
    assert all(region != "440305" for region, _, _ in got)


def test_a_citys_pace_a_district_trails_is_the_citys_own_figure():  # a guard: "trailing" compares
    text = "Longgang's GDP grew 3.1 percent in the first half of 2026, trailing Shenzhen's overall pace of 5.0 percent."
    got = brief(claims(text, published="2026-08-20"), "region", "indicator", "period", "value")
    assert got == [("440307", "gdp_growth", "2026-H1", 3.1), ("440300", "gdp_growth", "2026-H1", 5.0)]


def test_growth_in_the_same_period_a_year_earlier_is_that_part_of_the_year_before():
    text = (
        "Longgang's GDP grew 3.1 percent in the first half of 2026. "
        "In the same period a year earlier, the district had expanded 4.4 percent."
    )
    got = brief(claims(text, published="2026-08-20"), "indicator", "period", "value")
    assert got == [("gdp_growth", "2026-H1", 3.1), ("gdp_growth", "2025-H1", 4.4)]  # was 2025, the whole year


def test_growth_a_district_aims_to_lift_back_is_its_gdp_growth_goal():
    text = (
        "Longgang's GDP grew 3.1 percent in the first half of 2026.\n"
        "The district aims to lift annual growth back to 5 percent next year and has set aside 8 billion yuan "
        "for a new fund."
    )
    got = brief(claims(text, published="2026-08-20"), "indicator", "period", "value", "kind")
    assert got[1] == ("gdp_growth", "2027", 5.0, "target")  # was other:growth (the sum after it hid the GDP cue)


@pytest.mark.parametrize("figure", ["五千零八十多亿", "四千九百亿元左右"])
def test_a_short_county_name_before_a_figure_in_chinese_numerals_is_that_county(figure):
    text = f"说到县域经济，昆山去年GDP五千三百多亿，位居第一。再看江阴，GDP{figure}，同样不俗。"
    got = brief(claims(text, published="2026-04-02", lang="zh"), "region", "indicator")
    assert got == [("320583", "gdp"), ("320281", "gdp")]  # the second had stayed Kunshan's


def test_the_value_added_of_a_sector_spoken_of_is_the_sectors_growth_not_the_economys():
    text = (
        "Banking is Futian's backbone. The sector makes up about 40 percent of the district's output, "
        "and its value added grew 6 percent in 2025."
    )
    got = brief(claims(text, published="2026-03-18"), "indicator", "value")
    assert ("gdp_growth", 6.0) not in got  # was the district's GDP growth
    assert ("other:sector_growth", 6.0) in got


@pytest.mark.parametrize("target", ["a 5 percent growth target", "a growth target of 5 percent"])  # 2nd: a guard
def test_a_growth_target_officials_set_is_gdp_growth_after_other_measures(target):
    text = (
        "Futian's GDP grew 4.1 percent last year to 640 billion yuan.\n"
        "Its per capita GDP of more than 420,000 yuan is among the highest in the country.\n"
        f"Officials have set {target} for 2026."
    )
    got = brief(claims(text, published="2026-03-18"), "indicator", "period", "value", "kind")
    assert got[-1] == ("gdp_growth", "2026", 5.0, "target")  # was other:growth


def test_a_national_rate_set_against_a_quarters_growth_far_back_in_the_sentence_is_of_that_quarter():
    text = (
        "Kunshan's economy grew just 2.8% in the first quarter from a year earlier, figures from the local "
        "statistics bureau show, its weakest showing in years and well below the national rate of 5.2%."
    )
    got = brief(claims(text, published="2026-06-09"), "region", "period", "value")
    assert got == [("320583", "2026-Q1", 2.8), ("CN", "2026-Q1", 5.2)]  # the national rate was 2025's


def test_a_measure_in_a_whose_aside_is_not_the_measure_of_the_places_growth():
    text = (
        "Kunshan's GDP grew 2.8% in the first quarter. Nearby Taicang, whose port ships much of the "
        "region's car exports, did better, with first-quarter growth of 5.9%."
    )
    got = brief(claims(text, published="2026-06-09"), "region", "indicator", "value")
    assert got[-1] == ("320585", "gdp_growth", 5.9)  # was other:exports_growth


@pytest.mark.parametrize("said", ["a figure closer to 3.5%", "a figure of 3.5%"])
def test_a_figure_economists_expect_after_a_growth_target_is_gdp_growth(said):
    text = (
        "Kunshan's GDP grew 2.8% in the first quarter. Officials still aim for growth of around 5% "
        f"this year, though economists expect {said}."
    )
    got = brief(claims(text, published="2026-06-09"), "indicator", "value", "kind")
    assert got[-1] == ("gdp_growth", 3.5, "expected")  # was other:percent (closer to: a level not reached)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kunshan's GDP was 531 billion yuan in 2025.\n($1 = 7.1950 Chinese yuan)", "en"),
        ("Kunshan's GDP was 531 billion yuan in 2025 (1 US dollar = 7.2 yuan).", "en"),
        ("2025年昆山GDP为5310亿元（1美元约合7.2元人民币）。", "zh"),
    ],
)
def test_an_exchange_rate_stated_gives_no_claim(text, lang):
    got = brief(claims(text, published="2026-06-09", lang=lang), "indicator", "value")
    assert got == [("gdp", 5.31e11)]  # the rate's two sides had been GDP or other:amount


@pytest.mark.parametrize("target", ['a target of "around 6%"', "a goal of around 6%", "a target of 6%"])
def test_a_bare_target_a_city_sets_in_a_gdp_story_is_its_gdp_growth_goal(target):
    text = f"Chengdu's economy grew 5.7% in 2025 to RMB 2.45 trillion.\nThe city set {target} for 2026."
    got = brief(claims(text, published="2026-02-27"), "region", "indicator", "period", "kind")
    assert got[-1] == ("510100", "gdp_growth", "2026", "target")  # was other:percent


@pytest.mark.parametrize(
    ("card", "lang", "value"),
    [
        ("龙华区地区生产总值：3112.5亿元，↑5.8%", "zh", 5.8),
        ("龙华区地区生产总值：3112.5亿元，↓1.5%", "zh", -1.5),
        ("龙华区地区生产总值3112.5亿元，-1.5%。", "zh", -1.5),
        ("Longhua district GDP: 311.25 billion yuan, ↑5.8%", "en", 5.8),
        ("Longhua district GDP: 311.25 billion yuan, -1.5%", "en", -1.5),
    ],
)
def test_an_arrow_or_a_sign_before_a_rate_after_a_level_makes_it_that_levels_growth(card, lang, value):
    got = brief(claims(card, published="2025-02-10", lang=lang), "indicator", "value")
    assert got == [("gdp", 3.1125e11), ("gdp_growth", value)]  # was other:percent


@pytest.mark.parametrize("verb", ["before recovering to", "then rebounded to", "before bouncing back to"])
def test_a_growth_recovering_to_a_rate_is_the_same_growth(verb):
    text = f"Growth in Longgang slowed to 1.3% in 2020 amid the pandemic, {verb} 6.1% in 2021."
    got = brief(claims(text, published="2022-03-01"), "indicator", "period", "value")
    assert got == [("gdp_growth", "2020", 1.3), ("gdp_growth", "2021", 6.1)]  # the second was other:percent


def test_a_rebound_an_economist_expects_in_a_gdp_story_is_gdp_growth():
    text = (
        "Longgang's GDP grew 3.1 percent in the first half of 2026.\n"
        '"We expect a rebound to around 5% next year," a district economist said.'
    )
    got = brief(claims(text, published="2026-08-20"), "indicator", "period", "value", "kind")
    assert got[-1] == ("gdp_growth", "2027", 5.0, "expected")  # was other:percent


def test_rates_said_respectively_in_a_sentence_naming_no_place_take_the_places_listed_before():
    text = (
        "Pudong leads at ¥1.78tn of GDP, followed by Haidian (¥1.21tn) and Nanshan (¥1.01tn).\n"
        "Growth rates in 2025 were 5.6%, 7.6% and 6.3% respectively."
    )
    got = brief(claims(text, published="2026-02-11"), "region", "indicator", "value")
    assert got[-3:] == [("310115", "gdp_growth", 5.6), ("110108", "gdp_growth", 7.6), ("440305", "gdp_growth", 6.3)]


def test_measures_said_respectively_stay_the_one_places():  # a guard: the list is of measures, not places
    text = (
        "Pudong and Haidian lead the pack.\nKunshan's GDP was 531 billion yuan in 2025. "
        "Its GDP and general public budget revenue grew 5.1% and 3.2% respectively."
    )
    got = brief(claims(text, published="2026-02-11"), "region", "value")
    assert got[-2:] == [("320583", 5.1), ("320583", 3.2)]


@pytest.mark.parametrize(
    "tail",
    [
        "5.1% y/y.",
        "up 5.1% yoy.",
        "marking a 5.1% year-over-year rise.",
        "a 5.1% year-over-year increase.",
    ],  # 2nd: guard
)
def test_a_rate_marked_year_on_year_in_its_short_forms_after_gdp_is_gdp_growth(tail):
    text = f"Kunshan's GDP reached 531 billion yuan in 2025, {tail}"
    got = brief(claims(text, published="2026-02-11"), "indicator", "value")
    assert got == [("gdp", 5.31e11), ("gdp_growth", 5.1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A: Each hosts hundreds of listed companies – Haidian about 290, Pudong about 200 and Nanshan 218.",
        "Listed companies: Haidian 290, Pudong 200, Nanshan 218.",
        "The three districts host many listed companies: Haidian has about 290, Pudong about 200 and Nanshan 218.",
    ],
)
def test_bare_counts_after_places_in_a_list_opened_after_the_measure_are_that_measure(sentence):
    got = brief(claims(sentence, published="2026-03-25"), "region", "indicator", "value")
    assert got == [
        ("110108", "listed_companies", 290),
        ("310115", "listed_companies", 200),
        ("440305", "listed_companies", 218),
    ]  # were missed; "The three" had been a count of 3 listed companies


def test_a_number_word_after_the_refers_to_places_and_is_no_count():
    text = "In Shenzhen, the two districts host many listed companies."
    assert brief(claims(text, published="2026-03-25"), "value") == []  # was Shenzhen's 2 listed companies


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("High-tech enterprises: Haidian more than 11,000; Nanshan about 6,000.", "en"),
        ("高新技术企业数量：海淀区超过11000家；南山区约6000家。", "zh"),
    ],
)
def test_a_list_of_places_counts_runs_on_past_a_semicolon(text, lang):
    got = brief(claims(text, published="2026-03-25", lang=lang), "region", "indicator", "value")
    assert got == [("110108", "high_tech_enterprises", 11000), ("440305", "high_tech_enterprises", 6000)]


def test_a_chinese_list_of_places_counts_after_the_measure_is_that_measure():
    got = brief(claims("上市公司数量：海淀区290家、浦东新区200家、南山区218家。", "2026-03-25", "zh"), "indicator")
    assert got == [("listed_companies",)] * 3  # were other:count


def test_rates_after_places_in_a_list_growth_opens_are_gdp_growth():
    text = "Growth rates last year – Pudong 5.6%, Haidian 7.6% and Nanshan 6.3%."
    got = brief(claims(text, published="2026-03-25"), "region", "indicator", "value")
    assert got == [("310115", "gdp_growth", 5.6), ("110108", "gdp_growth", 7.6), ("440305", "gdp_growth", 6.3)]


def _list_measures(text, lang):
    """What list_measure says of each figure of ``text``, a stage on its own."""
    from regionwatch.extract._numbers import find_en, find_zh
    from regionwatch.extract._opened_lists import list_measure
    from regionwatch.extract._text import normalise, sentences
    from regionwatch.extract._window import Window

    norm = normalise(text)
    found = find_en(norm) if lang == "en" else find_zh(norm)
    out = []
    for sent in sentences(norm):
        prev = None
        for q in (q for q in found if sent.start <= q.start < sent.end):
            out.append(list_measure(Window.of(norm, sent, q, prev), lang))
            prev = q
    return out


@pytest.mark.parametrize(
    ("text", "lang", "measures"),
    [
        ("R&D intensity: Haidian 11.2%, Nanshan 6.8%.", "en", ["rd_intensity"] * 2),
        ("Retail sales growth – Futian 3.1%, Luohu 2.5%.", "en", ["other:retail_sales_growth"] * 2),
        ("Growth: Futian 4.1%, Luohu 2.5%.", "en", ["gdp_growth"] * 2),
        ("Invention patents per 10,000 residents: Nanshan 860, Futian 230.", "en", ["invention_patents_per_10k"] * 2),
        ("常住人口：海淀区313万人，南山区180万人。", "zh", ["population"] * 2),
        ("In 2025, Futian's GDP grew 4.1%: Luohu 2.5%.", "en", [None, None]),  # the measure is no list's opener
        ("Listed companies: the district had 12, up 3.", "en", [None, None]),  # no place before the figures
        ("Listed companies 40: Futian 12, Luohu 10.", "en", [None, None, None]),  # a figure between the name and list
    ],
)
def test_list_measure_is_the_measure_named_right_before_the_list_opener(text, lang, measures):
    assert _list_measures(text, lang) == measures


def test_a_list_of_places_rd_intensity_or_population_after_the_measure_is_that_measure():
    got = brief(claims("研发投入强度：海淀区11.2%、南山区6.8%。", "2026-03-25", "zh"), "indicator", "value")
    assert got == [("rd_intensity", 11.2), ("rd_intensity", 6.8)]  # were other:percent
    got = brief(claims("Population: Haidian 3.13 million, Nanshan 1.8 million.", "2026-03-25"), "region", "value")
    assert got == [("110108", 3.13e6), ("440305", 1.8e6)]  # were missed


@pytest.mark.parametrize("base", ["the level in Boluo", "Boluo's", "that of Boluo"])  # the last: a guard
def test_a_multiple_of_another_places_level_is_relative_to_that_place(base):
    text = f"Per-capita GDP in Shunde topped 130,000 yuan, nearly double {base}."
    got = brief(claims(text, published="2026-05-30"), "indicator", "value", "unit", "relative_to")
    assert got[-1] == ("gdp_per_capita", 2.0, "ratio", "441322")  # was other:ratio, or no figure at all


@pytest.mark.parametrize("whole", ["the output of Quanzhou", "the economic output of Quanzhou"])  # 2nd: guard
def test_a_share_of_the_output_of_a_named_place_is_a_share_of_its_gdp(whole):
    text = f"In 2025 Jinjiang's GDP reached 388 billion yuan. That is about a third of {whole}."
    got = brief(claims(text, published="2026-03-09"), "indicator", "unit", "relative_to")
    assert got[-1] == ("gdp", "percent", "350500")  # was other:percent


def test_a_population_whose_words_are_left_out_after_a_semicolon_is_still_population():
    text = "Yuhang has 1.4 million permanent residents; Xiaoshan 2.1 million."
    got = brief(claims(text, published="2026-02-26"), "region", "indicator", "value")
    assert got == [("330110", "population", 1.4e6), ("330109", "population", 2.1e6)]  # the second was missed


def test_a_sum_after_a_semicolon_following_a_population_is_not_people():  # a guard: a unit of its own
    text = "Yuhang has 1.4 million permanent residents; Xiaoshan 2.1 million yuan of deposits."
    got = brief(claims(text, published="2026-02-26"), "indicator")
    assert got[0] == ("population",) and ("population",) not in got[1:]


@pytest.mark.parametrize(
    "sentence", ["The park's per capita GDP is roughly 360,000 yuan.", "The zone has 120 high-tech enterprises."]
)
def test_figures_of_the_park_or_zone_spoken_of_go_to_no_place(sentence):
    text = "Kunshan's GDP grew 5.1% in 2025, helped by a booming industrial park.\n" + sentence
    got = brief(claims(text, published="2026-06-02"), "indicator")
    assert got == [("gdp_growth",)]  # the park's figure had gone to Kunshan


def test_a_place_whose_figure_is_told_beside_the_park_keeps_it():  # a guard: the park is not the subject
    text = "Kunshan's GDP, lifted by the park, grew 5.1% in 2025."
    assert brief(claims(text, published="2026-06-02"), "region", "value") == [("320583", 5.1)]


@pytest.mark.parametrize("verb", ["close in on", "closes in on", "closed in on"])
def test_closing_in_on_a_figure_is_about_it(verb):
    # 'close in on' was read as reaching the figure exactly
    got = claims(f"Longhua's GDP {verb} 500 billion yuan in 2025.", published="2026-02-01")
    assert brief(got, "region", "indicator", "value", "qualifier") == [("440309", "gdp", 5e11, "approx")]
