"""News stories: a result set against a forecast in one sentence, rankings after a lead, growth said of a place
with its period in between.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief
from regionwatch import extract_claims


def claims(text, published, lang="en"):
    return [c.to_dict() for c in extract_claims(text, lang=lang, published=published, strict=True)]


def test_a_result_of_this_year_after_a_forecast_by_a_later_year_keeps_its_own_period_and_kind():
    text = (
        "Analysts expect Pudong's output to hit 2 trillion yuan by 2028, though its growth in the first half "
        "of this year eased to 4.2 percent."
    )
    got = claims(text, "2026-08-15")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("gdp", "2028", "expected"),
        ("gdp_growth", "2026-H1", "actual"),
    ]


@pytest.mark.parametrize("clause", ["but growth may ease to", "though its growth is projected to slow to"])
def test_a_contrasting_clause_that_does_not_tell_of_the_past_keeps_the_forecast(clause):
    text = f"Analysts expect Pudong's output to hit 2 trillion yuan by 2028, {clause} 4.2 percent next year."
    got = claims(text, "2026-08-15")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got][-1] == ("gdp_growth", "2027", "expected")


def test_this_year_said_after_a_goal_year_in_chinese_dates_the_result_and_keeps_it_actual():
    text = "浦东新区力争到2028年经济总量突破2万亿元，今年前三季度地区生产总值同比增长4.5%。"
    got = claims(text, "2026-10-20", "zh")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("gdp", "2028", "target"),
        ("gdp_growth", "2026-Q1Q3", "actual"),
    ]


def test_a_goal_for_a_part_of_the_year_not_yet_over_stays_a_goal():
    text = "浦东新区力争到2028年经济总量突破2万亿元，今年前三季度地区生产总值增长5%以上。"
    got = claims(text, "2026-03-02", "zh")
    assert [(c["period"], c["kind"]) for c in got] == [("2028", "target"), ("2026-Q1Q3", "target")]


@pytest.mark.parametrize("gdp", ["a gross domestic product", "a gross regional product"])
def test_a_story_opening_on_gross_domestic_product_reads_a_ranked_place_s_bare_money_as_gdp(gdp):
    text = (
        f"Futian district posted {gdp} of 620 billion yuan for 2025. Finance made up about 40 percent "
        "of the total. Luohu district was next with 280 billion yuan."
    )
    got = claims(text, "2026-02-10")
    assert [(c["region"], c["indicator"]) for c in got if c["unit"] == "CNY"] == [
        ("440304", "gdp"),
        ("440303", "gdp"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tianhe's growth in the first three quarters of this year slowed to 3.5 percent.",
        "Tianhe, in the first three quarters of this year, grew 3.5 percent.",
    ],
)
def test_a_place_s_growth_with_its_period_between_is_its_gdp_growth(text):
    got = claims(text, "2026-11-10")
    assert [(c["region"], c["indicator"], c["period"]) for c in got] == [("440106", "gdp_growth", "2026-Q1Q3")]


def test_growth_of_a_named_measure_after_a_place_is_that_measure_s():
    got = claims("Kunshan's growth in industrial output was 6.1 percent in 2025.", "2026-02-10")
    assert [c["indicator"] for c in got] == ["other:industrial_output_growth"]


def test_a_list_of_as_many_figures_as_places_is_theirs_in_order_though_a_mark_follows():
    text = (
        "Kunshan and Jiangyin reported GDP of 514 billion yuan and 475 billion yuan in 2024, "
        "short of the 600-billion-yuan mark."
    )
    got = claims(text, "2025-03-10")
    assert [(c["region"], c["value"]) for c in got if c["qualifier"] == "exact"] == [
        ("320583", 514e9),
        ("320281", 475e9),
    ]


@pytest.mark.parametrize(("opening", "year"), [("Ten years ago", "2015"), ("Five years earlier", "2020")])
def test_a_sentence_opening_so_many_years_ago_dates_its_figure_back_from_publication(opening, year):
    got = claims(f"{opening}, Kunshan's GDP was only about 350 billion yuan.", "2025-03-10")
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", year)]


def test_years_ago_opening_a_sentence_does_not_reach_past_its_next_clause():
    got = claims("Ten years ago, Kunshan was a small town, and its GDP last year was 514 billion yuan.", "2025-03-10")
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", "2024")]


@pytest.mark.parametrize("verb", ["grew more than", "grew by more than", "both grew by over", "expanded by nearly"])
def test_a_place_that_grew_by_a_qualified_rate_grew_its_economy(verb):
    got = claims(f"Kunshan and Jiangyin {verb} 4 percent in 2025.", "2026-02-12")
    assert [(c["region"], c["indicator"]) for c in got] == [("320583", "gdp_growth"), ("320281", "gdp_growth")]


def test_a_place_s_named_measure_that_grew_by_a_qualified_rate_stays_that_measure():
    got = claims("Kunshan's exports grew more than 4 percent in 2025.", "2026-02-12")
    assert [c["indicator"] for c in got] == ["other:exports_growth"]


def test_whose_output_after_a_place_is_its_gdp():
    text = "Trillion-yuan hopefuls\n\nThe next candidate is Guangzhou's Tianhe district, whose output reached "
    text += "648 billion yuan last year."
    got = claims(text, "2026-02-12")
    assert [(c["region"], c["indicator"], c["period"]) for c in got] == [("440106", "gdp", "2025")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tianhe's GDP was 320 billion yuan in the first half, and Futian's 330 billion yuan. "
            "At that pace, both could pass 650 billion yuan this year.",
            "en",
        ),
        (
            "Tianhe's GDP was 320 billion yuan in the first half, and Futian's 330 billion yuan. "
            "Both districts could pass 650 billion yuan this year.",
            "en",
        ),
        ("上半年，天河区GDP为3200亿元，福田区为3300亿元。照此测算，两区全年GDP均有望超过6500亿元。", "zh"),
    ],
)
def test_a_sum_both_places_may_pass_after_an_opening_phrase_is_each_ones_expected_gdp(text, lang):
    got = claims(text, "2025-08-12", lang)
    assert [(c["region"], c["indicator"], c["period"], c["kind"]) for c in got if c["value"] == 6.5e11] == [
        ("440106", "gdp", "2025", "expected"),
        ("440304", "gdp", "2025", "expected"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Guangzhou's Tianhe district posted 648 billion yuan in 2025, and Shenzhen's Futian 651 billion yuan. "
            "Both grew by more than 4 percent.",
            "en",
        ),
        ("2025年，天河区GDP为6480亿元，福田区为6510亿元。两区均实现增长4%以上。", "zh"),
    ],
)
def test_both_after_two_places_gives_the_figure_to_each_most_specific_one(text, lang):
    got = claims(text, "2026-02-12", lang)
    assert [(c["region"], c["indicator"]) for c in got if c["unit"] == "percent"] == [
        ("440106", "gdp_growth"),
        ("440304", "gdp_growth"),
    ]


@pytest.mark.parametrize(
    "pair",
    [
        "Both districts exceeded 640 billion yuan in GDP.",
        "Both districts' GDP exceeded 640 billion yuan.",
        "The GDP of both districts exceeded 640 billion yuan.",
        "The two districts' GDP exceeded 640 billion yuan.",
    ],
)
def test_both_districts_after_two_places_gives_the_figure_to_each(pair):
    # "both districts" was read as a group of many districts (no one place's figure) and dropped
    text = "Tianhe's GDP grew 4.5 percent in 2025, while Shenzhen's Futian grew 4.1 percent. " + pair
    got = claims(text, "2026-02-12")
    assert [(c["region"], c["value"]) for c in got if c["unit"] == "CNY"] == [("440106", 640e9), ("440304", 640e9)]


def test_the_two_districts_combined_are_no_one_districts_figure():  # a guard: passed before
    text = "Tianhe and Futian grew fast in 2025. The two districts' combined GDP exceeded 1.2 trillion yuan."
    assert [c for c in claims(text, "2026-02-12") if c["unit"] == "CNY"] == []


@pytest.mark.parametrize(
    ("opening", "region"), [("The province's", "320000"), ("The city's", "320500"), ("The county's", "320623")]
)
def test_its_in_a_sentence_opened_by_a_kind_anaphor_is_that_anaphor_s_place(opening, region):
    text = (
        "Jiangsu province reported GDP of 14.1 trillion yuan in 2025. In Suzhou, GDP reached 2.75 trillion yuan, "
        "and Rudong county recorded 150 billion yuan. "
        f"{opening} retail sales grew 4 percent, and its foreign trade hit 56 billion yuan."
    )
    got = claims(text, "2026-01-25")
    assert [(c["region"], c["indicator"]) for c in got if c["indicator"] == "foreign_trade"] == [
        (region, "foreign_trade")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "In 2025 Kunshan's GDP was 560 billion yuan and Jiangyin's 530 billion yuan. "
            "The latter grew faster, at 5.8 percent, and the former at 5.5 percent.",
            "en",
            [("320281", 5.8), ("320583", 5.5)],
        ),
        (
            "2025年，昆山GDP为5600亿元，江阴为5300亿元。后者增速较快，为5.8%；前者增长5.5%。",
            "zh",
            [("320281", 5.8), ("320583", 5.5)],
        ),
    ],
)
def test_the_former_and_the_latter_are_the_first_and_second_of_the_last_two_places(text, lang, expected):
    got = claims(text, "2026-02-20", lang)
    assert [(c["region"], c["value"]) for c in got if c["unit"] == "percent"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kunshan's GDP is expected to reach 600 billion yuan in 2026, the local government said, after it grew "
        "5.5 percent to 560 billion yuan last year.",
        "Kunshan aims to raise its GDP to 600 billion yuan this year, having posted 560 billion yuan in 2025.",
    ],
)
def test_a_clause_telling_of_last_year_s_result_after_a_goal_or_forecast_is_a_result(text):
    got = claims(text, "2026-01-20")
    assert [(c["period"], c["kind"]) for c in got if c["unit"] == "CNY"] == [
        ("2026", got[0]["kind"]),
        ("2025", "actual"),
    ]
    assert got[0]["kind"] in ("expected", "target")


def test_a_forecast_for_a_year_not_yet_over_in_a_clause_of_its_own_stays_a_forecast():
    text = "Kunshan grew 5.5 percent in 2025, and its GDP is expected to reach 600 billion yuan in 2026."
    got = claims(text, "2026-01-20")
    assert [(c["period"], c["kind"]) for c in got] == [("2025", "actual"), ("2026", "expected")]


@pytest.mark.parametrize(
    "quote", ["achieving the annual target of 6 percent growth", "meeting this year's growth target of about 6 percent"]
)
def test_an_annual_goal_quoted_in_a_quarterly_story_is_the_years_gdp_growth_goal(quote):
    text = (
        "Wuhou district reported GDP of 312.5 billion yuan in the first quarter, up 6.2 percent. "
        f'"We are confident of {quote}," said a district official.'
    )
    got = claims(text, "2026-04-22")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got][-1] == ("gdp_growth", "2026", "target")


def test_an_annual_goal_of_a_named_measure_stays_that_measure_s():
    text = "Wuhou's retail sales rose 5.1 percent in the first quarter, short of the annual target of 6 percent."
    got = claims(text, "2026-04-22")
    assert [(c["indicator"], c["period"]) for c in got][-1] == ("other:retail_sales_growth", "2026")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Suzhou's GDP was 2.75 trillion yuan in 2025. Kunshan contributed 560 billion yuan, or about one-fifth.",
            ("320583", "gdp", 20.0, "320500"),
        ),
        (  # no total named before: the place's city
            "Kunshan's GDP was 560 billion yuan in 2025, or about one-fifth, the Suzhou bureau said.",
            ("320583", "gdp", 20.0, "320500"),
        ),
        (  # a sum of no known measure: a share outside the vocabulary
            "Of Suzhou's total, Kunshan contributed 560 billion yuan in 2025, or about one-fifth.",
            ("320583", "other:share", 20.0, None),
        ),
    ],
)
def test_or_about_a_fraction_after_a_sum_is_the_sums_share_of_the_whole(text, expected):
    got = claims(text, "2026-02-01")
    assert [(c["region"], c["indicator"], c["value"], c.get("relative_to")) for c in got][-1] == expected


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_growth_that_year_in_the_next_paragraph_is_of_the_year_just_spoken_of(gap):
    text = f"Kunshan\n\nIn 2023, the city's GDP was 514 billion yuan.{gap}The city's economy grew by 5.3% that year."
    got = claims(text, published="2026-06-01")
    assert [(c["indicator"], c["period"]) for c in got] == [("gdp", "2023"), ("gdp_growth", "2023")]


@pytest.mark.parametrize("gap", ["\n\n", "\n", " "])
def test_a_paragraph_opened_by_a_place_of_its_own_goes_on_about_it_in_the_next(gap):
    """The story's main subject (Kunshan, subject three times) does not come back after a paragraph that
    opened on Jiangyin: "Its" in the next paragraph is still Jiangyin's."""
    text = (
        "Kunshan and Jiangyin: two county giants\n\nKunshan has been China's richest county for two decades. "
        "The city's GDP reached 560 billion yuan last year.\n\nJiangyin takes a different path. "
        f"The city has 65 firms listed on stock markets.{gap}Its GDP was 530 billion yuan in 2025."
    )
    got = claims(text, published="2026-02-20")
    assert [(c["region"], c["indicator"]) for c in got] == [
        ("320583", "gdp"),
        ("320281", "listed_companies"),
        ("320281", "gdp"),
    ]


def test_the_latter_after_a_place_named_as_second_only_to_is_that_place():
    text = (
        "福田龙岗GDP双双突破5000亿元\n\n去年，福田区GDP增长5.5%，达6120亿元；龙岗区增长5.1%，达5320亿元。"
        "两区均仅次于南山区，后者GDP增长6.1%至1.01万亿元。"
    )
    got = claims(text, published="2026-02-15", lang="zh")
    assert [(c["region"], c["indicator"]) for c in got][-2:] == [("440305", "gdp_growth"), ("440305", "gdp")]


@pytest.mark.parametrize("group", ["Two more Shenzhen districts", "Two other Shenzhen districts"])
def test_a_mark_crossed_by_a_counted_group_of_districts_is_not_their_citys(group):
    text = f"Futian, Longgang both top 500b yuan in GDP\n\n{group} crossed the 500 billion yuan mark last year."
    got = claims(text, published="2026-02-15")
    assert "440300" not in [c["region"] for c in got]


def test_a_page_time_stamp_run_into_the_lead_ends_the_byline():
    """ "By … | China Daily | Updated: 2026-01-21 09:15 Jiangyin, …": the stamp ends a line of its own, so the
    lead's subject is Jiangyin, not a place of the byline or the province in its aside."""
    byline = "By Wang Lei in Wuxi | China Daily | Updated: 2026-01-21 09:15"
    text = (
        f"Jiangyin economy grows\n\n{byline} Jiangyin, a county-level city in Jiangsu province, reported GDP of "
        "540 billion yuan for 2025, up 5 percent."
    )
    got = claims(text, published="2026-01-21", lang="en")
    assert [(c["region"], c["indicator"]) for c in got] == [("320281", "gdp"), ("320281", "gdp_growth")]


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("Related stories", "en"), ("相关新闻", "zh"), ("Read more", "en"), ("Most Read", "en"), ("热点新闻", "zh")],
)
def test_the_headlines_of_related_stories_after_the_text_are_no_claims(heading, lang):
    body = {
        "en": "Jiangyin reported GDP of 540 billion yuan for 2025, up 5 percent.",
        "zh": "江阴市2025年实现地区生产总值5400亿元，增长5%。",
    }[lang]
    links = "Kunshan's GDP tops 500 billion yuan 2024-01-22\nSuzhou GDP reaches 2.6 trillion yuan 2025-02-01"
    got = claims(f"Jiangyin economy grows\n\n{body}\n\n{heading}\n{links}\n", published="2026-01-21", lang=lang)
    assert [c["region"] for c in got] == ["320281", "320281"]


@pytest.mark.parametrize(("heading", "lang"), [("Related stories", "en"), ("相关新闻", "zh")])
def test_related_stories_run_into_the_texts_last_line_are_no_claims(heading, lang):
    """A page scraped without its breaks: the list of dated headlines follows the last sentence on its line."""
    body = {
        "en": "Jiangyin reported GDP of 540 billion yuan for 2025, up 5 percent.",
        "zh": "江阴市2025年实现地区生产总值5400亿元，增长5%。",
    }[lang]
    links = {
        "en": "Kunshan's GDP tops 500 billion yuan 2024-01-22 Suzhou GDP reaches 2.6 trillion yuan 2025-02-01",
        "zh": "昆山GDP突破5000亿元 2024-01-22 苏州GDP达2.6万亿元 2025-02-01",
    }[lang]
    got = claims(f"Jiangyin economy grows\n\n{body} {heading} {links}", published="2026-01-21", lang=lang)
    assert [c["region"] for c in got] == ["320281", "320281"]


@pytest.mark.parametrize(("heading", "footer"), [("相关链接", "责任编辑：王五"), ("相关新闻", "来源：江阴日报")])
def test_related_links_before_a_pages_footer_are_no_claims(heading, footer):
    # the footer's label (责任编辑：) after the links kept the whole list read; 相关链接 was no heading
    text = f"江阴经济\n江阴市2025年实现地区生产总值5400亿元，增长5%。\n{heading}：\n昆山GDP突破5000亿元\n{footer}\n"
    got = claims(text, published="2026-01-21", lang="zh")
    assert [c["region"] for c in got] == ["320281", "320281"]


@pytest.mark.parametrize(
    ("links", "lang"),
    [
        ("上一篇：昆山GDP突破5000亿元\n下一篇：张家港前三季度GDP增长6%", "zh"),
        ("Previous: Kunshan's GDP tops 500 billion yuan\nNext article: Zhangjiagang grows 6 percent", "en"),
    ],
)
def test_links_to_the_previous_and_next_stories_are_no_claims(links, lang):
    # the headlines of the stories before and after on the site were read as this page's claims
    body = {"zh": "江阴市2025年实现地区生产总值5400亿元。", "en": "Jiangyin's GDP was 540 billion yuan in 2025."}[lang]
    got = claims(f"Jiangyin economy\n{body}\n{links}\n", published="2026-01-21", lang=lang)
    assert [c["region"] for c in got] == ["320281"]


def test_a_related_word_run_into_prose_without_dated_headlines_is_read_as_usual():
    text = "Jiangyin grows\n\nJiangyin grew 5 percent. Related news: Kunshan's GDP reached 530 billion yuan in 2025."
    assert [c["region"] for c in claims(text, published="2026-01-21", lang="en")] == ["320281", "320583"]


def test_a_related_heading_followed_by_labels_or_prose_is_read_as_usual():
    text = "Jiangyin profile\n\nJiangyin is a county-level city.\n\nRelated\nGDP: 540 billion yuan (2025)\n"
    assert [c["indicator"] for c in claims(text, published="2026-01-21")] == ["gdp"]


@pytest.mark.parametrize("subject", ["it", "the district"])
def test_a_fronted_figure_answering_a_question_about_a_places_economy_is_its_gdp(subject):
    text = f"How big is Haidian's economy? At 1.16 trillion yuan in 2024, {subject} is larger than many provinces."
    got = claims(text, "2025-05-06")
    assert [(c["region"], c["indicator"], c["period"]) for c in got] == [("110108", "gdp", "2024")]


def test_a_compared_places_own_figure_in_brackets_after_its_possessive_is_its():
    text = "Haidian's GDP (1.16 trillion yuan) is bigger than Nanshan's (1.02 trillion yuan)."
    got = claims(text, "2025-05-06")
    assert [(c["region"], c["value"]) for c in got] == [("110108", 1.16e12), ("440305", 1.02e12)]


def test_a_district_written_onto_its_city_in_the_opening_is_the_documents_subject():
    # "Shenzhen's Nanshan district …, besides Beijing's Haidian and Shanghai's Pudong": the opening's enumeration
    # named no subject, and the city (named first) took the growth after it
    text = (
        "Shenzhen's Nanshan district hit 1 trillion yuan of GDP in 2025, the third district to get there besides "
        "Beijing's Haidian and Shanghai's Pudong. Year on year, its GDP was up 6.3 percent."
    )
    got = claims(text, "2026-02-02")
    assert [(c["region"], c["indicator"]) for c in got] == [("440305", "gdp"), ("440305", "gdp_growth")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nanshan's GDP per capita and GDP per square kilometre were 545,000 yuan and 5.4 billion yuan "
            "respectively in 2025.",
            ["gdp_per_capita", "other:per_area"],
        ),
        ("Nanshan's economic output – close to one-fourth of Shenzhen's total – keeps growing.", ["gdp"]),
        (
            "Kunshan grew 5% in 2025, while Shenzhen topped the four largest cities with growth of 5.5%.",
            ["gdp_growth", "gdp_growth"],
        ),
        ("Pingshan (10.5%) and Guangming (10.3%) grew fastest in 2025.", ["gdp_growth", "gdp_growth"]),
        ("Nanshan grew 6% in 2025, and two of them exceeded 600 billion yuan.", ["gdp_growth"]),
    ],
)
def test_measures_asides_fields_and_counts_of_a_district_roundup(text, expected):
    # GDP per square kilometre was read as GDP; the dash aside hid the output its share is of; "led the four
    # first-tier cities" made the growth a group's; bracketed rates had no measure; "two of them" was Nanshan
    assert [c["indicator"] for c in claims(text, "2026-02-13")] == expected


def test_a_name_the_gazetteer_lacks_keeps_its_own_bracketed_figure():
    # Shenshan (a co-operation zone) is no unit: its 10.3% went to Pingshan named before it
    got = claims("Pingshan (10.5%), Shenshan (10.3%) and Guangming (9.1%) grew fastest in 2025.", "2026-02-13")
    assert [(c["region"], c["value"]) for c in got] == [("440310", 10.5), ("440311", 9.1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Longhua's GDP came to 213 billion yuan in 2017, placing it sixth in Shenzhen Municipality, and grew 8.8%.",
            [("440309", "gdp", "2017"), ("440309", "gdp_growth", "2017")],
        ),
        (
            "Luohu, one of the first districts of Shenzhen, spans a total of 78.4 square kilometers.",
            [("440303", "area", "2018")],
        ),
        (
            "According to the figures compiled for Shenzhen's regional GDP, in 2017, the GDP of Guangming District "
            "stood at 90.1 billion yuan, with growth of 12.9% year on year.",
            [("440311", "gdp", "2017"), ("440311", "gdp_growth", "2017")],
        ),
        # a guard, passed before: the source's place is the subject when no other place is named
        ("GDP grew 5 percent in 2017, according to Kunshan's statistics bureau.", [("320583", "gdp_growth", "2017")]),
        (
            "In 2017 the value added of Guangming's secondary industry stood at 87.5 billion yuan, up 15.0% on the "
            "year and an average growth of 10.3% in two years.",
            [
                ("440311", "secondary_value_added", "2017"),
                ("440311", "other:sector_growth", "2017"),
                ("440311", "other:secondary_value_added_growth_two_year_average", "2017"),
            ],
        ),
    ],
)
def test_fields_settings_sources_and_averages_of_a_district_overview(text, expected):
    # "ranking the sixth in Shenzhen" gave Shenzhen the growth; "one of the six oldest districts of Shenzhen …
    # a total of" made the area a group's; the place of "according to …" took the growth; an average named
    # after "and" made the year-on-year rate before it an average over years (2017/2021)
    assert [(c["region"], c["indicator"], c["period"]) for c in claims(text, "2018-06-01")] == expected


def test_the_place_of_a_source_is_the_subject_when_its_sentence_names_it_after_in_lower_case():
    # "According to the statistics bureau of Jiangyin, jiangyin's economy …": the source was ignored and the
    # lower-case name after it is no mention, so Kunshan, the subject before, took Jiangyin's GDP
    text = (
        "Kunshan's GDP was 474.8 billion yuan in 2021. According to the statistics bureau of Jiangyin, "
        "jiangyin's GDP came to 458.0 billion yuan in 2021."
    )
    assert [c["region"] for c in claims(text, "2022-04-27")] == ["320583", "320281"]


@pytest.mark.parametrize(
    "caption",
    [
        "The skyline of Tianhe district at dusk. (Guangzhou Daily/Li Ming)",
        "Tianhe district's central business area. [Photo/IC]",
        "A view of Tianhe district. Photo by Chen Hua",
    ],
)
def test_a_photo_caption_naming_a_district_is_not_what_the_story_is_about(caption):
    text = (
        f"{caption}\n"
        "Guangzhou's GDP rose 5.1 percent in the first half of this year to 1.5 trillion yuan, the city's statistics "
        "bureau said on Tuesday.\nThe tertiary industry expanded 6.2 percent to 1.08 trillion yuan."
    )
    got = [(c["region"], c["indicator"]) for c in claims(text, "2024-07-23")]
    assert ("440100", "tertiary_value_added") in got  # was Tianhe's: the caption set the story's focus


def test_a_title_cased_headline_on_a_quarter_in_a_city_keeps_the_city():
    got = claims(
        "GDP of the First Quarter in Cixi City Rose 6.1% Year on Year\nThe bureau released it on Monday.", "2024-04-22"
    )
    assert [(c["region"], c["indicator"], c["period"]) for c in got] == [("330282", "gdp_growth", "2024-Q1")]
    # was nothing: "GDP of the First" read as the GDP of a place named First, which the gazetteer lacks


@pytest.mark.parametrize("chart", ["(图1)", "（图2）", "(见图3)"])
def test_a_chart_reference_closing_a_paragraph_is_no_photo_caption(chart):
    text = (
        "2025年，全县经济运行稳中有进。\n"
        f"2025年德清县地区生产总值720.5亿元，比上年增长6.1%。其中，第一产业增加值25.4亿元，增长2.9%。{chart}\n"
    )
    got = [(c["region"], c["indicator"]) for c in claims(text, "2026-03-20")]
    assert ("330521", "primary_value_added") in got  # the paragraph was read as a caption: its place set no focus


def test_a_photo_credit_in_chinese_is_still_a_caption():  # a guard
    text = "德清县城一角（图/新华社）\n湖州市2025年地区生产总值4200亿元，比上年增长5.8%。"
    text += "其中，第三产业增加值2100亿元。\n"
    got = [(c["region"], c["indicator"]) for c in claims(text, "2026-03-20")]
    assert ("330500", "tertiary_value_added") in got


def test_a_sectors_sum_after_its_growth_is_its_value_added_not_the_economys():
    text = (
        "Cixi's GDP was 240 billion yuan in 2025. Among the pillar industries of the city's economy, the logistics "
        "sector recorded the fastest growth of 9.5 percent at 21.4 billion yuan from the previous year."
    )
    got = [(c["indicator"], c["value"]) for c in claims(text, "2026-02-01")]
    assert got == [("gdp", 2.4e11), ("other:sector_growth", 9.5), ("other:sector_value_added", 2.14e10)]


def test_residents_with_hukou_are_people_but_not_the_population():
    got = claims("Cixi had 1.07 million permanent residents with hukou by the end of 2025.", "2026-02-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("other:persons", 1.07e6)]


def test_a_sites_keyword_line_names_no_subject():
    text = (
        "haishu,haishu district,Haishu Government Online\n\nNingbo 2025 GDP up 5.6%\n\n"
        "The city's GDP grew by 5.6 percent in 2025. The GDP per capita was up 4 percent, reaching 170,000 yuan."
    )
    # the per capita figures were Haishu's, named only in the site's keywords
    assert {c["region"] for c in claims(text, "2026-02-01")} == {"330200"}


@pytest.mark.parametrize("verb", ["is", "was"])
def test_a_clause_after_a_semicolon_keeps_the_year_and_the_place_of_its_sentence(verb):
    text = (
        "In 2011, Xihu District achieved a regional GDP of 6.69 billion yuan, ranking second among the 56 urban "
        f"areas in the province; the general budget revenue {verb} 636 million yuan, up by 46.2%."
    )
    got = [(c["region"], c["indicator"], c["period"]) for c in claims(text, "2015-06-01")]
    assert ("330106", "fiscal_revenue", "2011") in got  # was the province's, and of 2014 after "is"


def test_a_dateline_before_a_bracketed_wire_is_where_it_was_filed_and_a_whole_year_is_no_quarter():
    text = (
        "GUIYANG, (Example Wire / News Desk - 22nd Jul, 2023 ) :The GDP of Guizhou Province grew 4.4 percent in the "
        "first half of 2023. The growth is faster than the 2.5 percent growth in the first quarter of 2023 and the "
        "1.2 percent growth achieved in the entire year of 2022."
    )
    got = [(c["region"], c["period"], c["value"]) for c in claims(text, "2023-07-22")]
    assert got == [("520000", "2023-H1", 4.4), ("520000", "2023-Q1", 2.5), ("520000", "2022", 1.2)]


def test_the_growth_of_farm_output_is_no_gdp_growth():
    text = "Hechi's GDP rose 11.8 percent. "
    text += "The total output value of agriculture, forestry and fishery grew 13.5 percent."
    got = [(c["indicator"], c["value"]) for c in claims(text, "2021-08-07")]
    assert got == [("gdp_growth", 11.8), ("other:sector_growth", 13.5)]


def test_a_sum_said_up_after_a_level_is_its_change():
    text = "In 2020, Zhangjiagang posted a GDP of 268.66 billion yuan, up 16.37 billion yuan from 2019."
    got = claims(text, "2021-04-25")
    assert [(c["indicator"], c["value"]) for c in got] == [("gdp", 2.6866e11), ("other:gdp_change", 1.637e10)]


def test_it_opening_a_sentence_after_a_measures_growth_speaks_of_that_measure():
    text = (
        "Qingpu's GDP is projected to grow 6.5 percent in 2021. By 2025, the goal is for the district's general "
        "public budget revenue to increase about 5 percent a year. It's expected to hit 2.2 billion yuan in 2021."
    )
    got = [(c["indicator"], c["value"]) for c in claims(text, "2021-01-19")]
    assert got[-1] == ("fiscal_revenue", 2.2e9)  # was the GDP the story is about


def test_a_national_read_out_with_regions_in_brackets_a_spokesman_and_a_quarter_to_come():
    text = (
        "China's GDP grew 5.1 percent in the first three quarters. Hainan province registered a 9.1 percent "
        "growth-the highest among these regions, followed by Inner Mongolia autonomous region (7.0 percent) and "
        "Gansu province (6.3 percent).\n\nThe performance laid a foundation for meeting the annual growth target, "
        "Sheng Laiyun, deputy head of the NBS, said, adding that growth should be more than 4.2 percent in the "
        "fourth quarter."
    )
    got = brief(claims(text, published="2024-10-25", lang="en"), "region", "indicator", "period", "value")
    assert ("150000", "gdp_growth", "2024-Q1Q3", 7.0) in got and ("620000", "gdp_growth", "2024-Q1Q3", 6.3) in got
    assert ("CN", "gdp_growth", "2024-Q4", 4.2) in got  # a quarter to come, not last year's, nor 嵊州's
    assert not [r for r, *_ in got if r == "330683"]


def test_an_average_over_the_two_years_is_a_two_year_average():
    text = (
        "In the first three quarters, China's GDP grew by 9.8% year-on-year, and an average of 5.2% over the two years."
    )
    got = brief(claims(text, published="2021-11-01", lang="en"), "indicator", "period", "value")
    assert got == [("gdp_growth", "2021-Q1Q3", 9.8), ("other:gdp_growth_two_year_average", "2021-Q1Q3", 5.2)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In 2020, Lingyuan's annual GDP will reach 20.61 billion yuan, up 3.3 percent.", "actual"),  # a result
        ("In 2020, Lingyuan said its GDP will reach 25 billion yuan in 2021.", "target"),  # another year's goal
        ("Lingyuan's GDP will reach 25 billion yuan in 2022.", "target"),  # the year of publication
    ],
)
def test_a_translations_future_tense_for_a_year_long_past_is_a_result(text, kind):
    got = claims(text, published="2022-03-01")
    assert brief(got, "kind")[0] == (kind,)


def test_a_translations_future_tense_for_last_year_is_a_result_once_its_results_are_out():
    text = "In 2021, the added value of the secondary industry in Pingshan District will reach 61.2 billion yuan."
    assert brief(claims(text, published="2022-06-17"), "kind") == [("actual",)]  # was a target


@pytest.mark.parametrize("lost", ["勐?h", "景?x", "?a"])
def test_a_question_mark_a_lost_character_left_before_a_letter_does_not_make_the_sentence_a_question(lost):
    text = f"2018年，西山区地区生产总值同比增长6.9%，增量约相当于{lost}县一年的经济总量。"
    assert brief(claims(text, "2019-01-25", "zh"), "region", "indicator", "value") == [("530112", "gdp_growth", 6.9)]


def test_a_real_question_still_asserts_no_figure():
    assert claims("西山区地区生产总值能否在2020年达到900亿元?", "2019-01-25", "zh") == []


@pytest.mark.parametrize("base", ["较前一年的", "比上一年的", "比上年的"])
def test_the_rate_a_growth_is_compared_with_is_last_years_as_it_was_not_a_fall(base):
    text = f"2018年，西山区地区生产总值同比增长6.9%，增速{base}9.6%有所回落。"
    assert brief(claims(text, "2019-01-25", "zh"), "indicator", "period", "value") == [
        ("gdp_growth", "2018", 6.9),
        ("gdp_growth", "2017", 9.6),
    ]


@pytest.mark.parametrize("verb", ["超过盘龙区约", "领先盘龙区", "高出全市平均水平"])
def test_the_amount_one_place_exceeds_another_by_is_a_gap_not_its_gdp(verb):
    text = f"2018年，西山区经济总量{verb}45亿元。"
    assert [c["indicator"] for c in claims(text, "2019-01-25", "zh")] == ["other:gdp_gap"]


def test_surpassing_a_round_sum_is_at_least_it():
    got = claims("2024年，肥西县地区生产总值首次超越千亿元。", "2025-03-01", "zh")
    assert brief(got, "indicator", "qualifier") == [("gdp", "at_least")]


def test_an_income_said_of_urban_residents_stays_theirs_for_the_next_place_past_another_figure():
    text = (
        "2021年，义乌市城镇居民人均可支配收入超过86000元，继续在全国四百个样本县（市）中高居榜首，"
        "玉环市次之，达到81000元。"
    )
    got = [c for c in claims(text, "2022-03-01", "zh") if c["value"] == 81000]
    assert brief(got, "region", "indicator") == [("331083", "other:urban_disposable_income_per_capita")]


def test_a_dollar_sum_with_a_b_run_on_is_billions():
    got = claims("Anhui's GDP grows 8% to $210b in first half", "2025-07-20", "en")
    assert brief(got, "indicator", "value", "unit")[-1] == ("gdp", 210_000_000_000, "USD")


@pytest.mark.parametrize("since", ["since last year", "since the start of last year"])
def test_a_year_a_trend_runs_since_is_not_the_year_of_a_goal_after_it(since):
    text = f"Anhui's economy has kept its upward trend {since}, putting its annual GDP growth target of 6 percent near."
    assert brief(claims(text, "2025-10-10", "en"), "indicator", "period", "kind") == [("gdp_growth", "2025", "target")]


def test_the_size_that_makes_firms_count_is_no_measure_of_the_place():
    text = (
        "In Anhui, industrial value added of firms above designated size - meaning companies with more than "
        "20 million yuan in annual revenue - rose 7.2 percent in 2024."
    )
    got = claims(text, "2025-02-10", "en")
    assert not [c for c in got if c["unit"] == "CNY" and not c["indicator"].startswith("other:")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Longhua's GDP was 310 billion yuan last year, up 5 percent — can it catch Bao'an?",
        "Longhua's GDP was 310 billion yuan last year, up 5 percent, but will it catch Bao'an?",
        "Longhua's GDP was 310 billion yuan last year, up 5 percent, so how long before it catches Bao'an?",
    ],
)
def test_figures_given_before_an_english_question_are_stated(sentence):
    # the whole sentence was dropped as a question (only Chinese 如何… after the figures was read)
    got = claims(sentence, published="2026-02-12", lang="en")
    assert [(c["region"], c["indicator"], c["value"]) for c in got] == [
        ("440309", "gdp", 310e9),
        ("440309", "gdp_growth", 5),
    ]


def test_a_question_asking_for_a_figure_states_none():  # a guard: passed before
    got = claims("Can Longhua reach 500 billion yuan by 2030?", published="2026-02-12", lang="en")
    assert got == []


def test_we_reaching_a_round_mark_in_a_quote_is_the_speakers_places_gdp():
    # "we want to reach 800 billion yuan" after "our GDP was …" was other:amount
    text = (
        '"Last year our GDP was 410 billion yuan. By 2027 we want to reach 500 billion yuan," said the head of '
        "Huangpu district."
    )
    got = claims(text, published="2025-03-06", lang="en")
    assert [(c["region"], c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("440112", "gdp", "2024", "actual"),
        ("440112", "gdp", "2027", "target"),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Huangpu chief bets on AI to reach 500 billion yuan",
        "Huangpu banks on services to hit 500 billion yuan",
    ],
)
def test_betting_on_something_to_reach_a_mark_is_a_goal_of_gdp(headline):
    # read as last year's result (actual), or as other:amount
    got = claims(headline + "\nHuangpu's GDP was 410 billion yuan last year.", published="2025-03-06", lang="en")
    assert [(c["indicator"], c["period"], c["kind"]) for c in got] == [
        ("gdp", "2025", "target"),
        ("gdp", "2024", "actual"),
    ]


def test_a_question_heading_run_into_the_paragraph_before_it_leaves_that_paragraph_stated():
    # an explainer's lines joined into one paragraph: the list before "How fast …?" was dropped as a question
    text = (
        "Who else is in the club? - Pudong New Area: about 1.78 trillion yuan - Haidian district: about "
        "1.33 trillion yuan How fast is Nanshan growing? Its economy expanded by 6 percent last year."
    )
    got = claims(text, published="2026-03-20", lang="en")
    assert [(c["region"], c["value"]) for c in got if c["unit"] == "CNY"] == [("310115", 1.78e12), ("110108", 1.33e12)]


@pytest.mark.parametrize("mark", ["line", "threshold", "mark"])
def test_a_hyphened_figure_a_place_crossed_as_a_line_is_its_gdp(mark):
    text = f"With Shenzhen's Nanshan having crossed the 1-trillion-yuan ($139 billion) {mark} last year, all eyes turn"
    got = brief(claims(text, lang="en", published="2026-03-02"), "region", "indicator", "value", "unit", "qualifier")
    assert got == [  # 'line' gave only the dollars, as other:amount
        ("440305", "gdp", 1e12, "CNY", "at_least"),
        ("440305", "gdp", 1.39e11, "USD", "at_least"),
    ]


def test_a_sum_each_of_two_places_is_short_of_is_their_gdp_not_a_sum_per_head():
    text = (
        "Huangpu district's GDP came to 520 billion yuan last year. Further down the table, Xuhui and Jing'an are "
        "both some way behind, at below 300 billion yuan each."
    )
    got = claims(text, "2026-02-12")
    assert brief(got, "region", "indicator", "unit", "qualifier")[1:] == [
        ("310104", "gdp", "CNY", "at_most"),
        ("310106", "gdp", "CNY", "at_most"),
    ]


def test_a_place_named_after_another_places_gdp_and_trade_parallels_its_gdp_across_paragraphs():
    text = (
        "Yiwu's GDP came to 98.1 billion yuan in the first quarter, up 6.4 percent. The city's imports and "
        "exports reached 176 billion yuan.\n\n"
        "Further north, Zhangjiagang recorded 85.2 billion yuan, growing 5.1 percent."
    )
    got = claims(text, "2026-04-25")
    assert brief(got, "region", "indicator")[-2:] == [("320582", "gdp"), ("320582", "gdp_growth")]


@pytest.mark.parametrize("title", ["", "Kunshan stays top of the county league\n\n"])
def test_output_a_place_generated_is_its_gdp_past_an_apposition_naming_firms(title):
    text = title + "Kunshan, home to thousands of Taiwanese-funded firms, generated output worth 552 billion yuan."
    got = claims(text, "2026-02-03")
    assert brief(got, "region", "indicator", "value") == [("320583", "gdp", 5.52e11)]


def test_output_an_industry_named_with_an_apposition_generated_stays_its_own():  # a guard: passed before
    text = "Kunshan's GDP hit 552 billion yuan. Electronics, its largest industry, generated output of 90 billion yuan."
    got = claims(text, "2026-02-03")
    assert brief(got, "indicator")[1:] == [("other:output",)]


def test_a_count_of_firms_goes_on_to_the_bare_counts_of_the_places_in_the_next_sentences():
    text = (
        "Guangzhou counts 180 national high-tech enterprises per district on average, and 11,000 in all.\n\n"
        "Tianhe has the most, with 2,900, followed by Huangpu with 2,100 and Panyu with 1,800. Yuexiu, the old "
        "core, has just 900 but leads in listed firms."
    )
    got = brief(claims(text, "2026-03-01"), "region", "indicator", "value")
    assert got[-4:] == [
        ("440106", "high_tech_enterprises", 2900),
        ("440112", "high_tech_enterprises", 2100),
        ("440113", "high_tech_enterprises", 1800),
        ("440104", "high_tech_enterprises", 900),
    ]


@pytest.mark.parametrize("firms", ["A-share firms", "A-share companies"])
def test_a_share_firms_are_listed_companies_and_a_count_set_against_them_too(firms):
    text = f"Tianhe leads in listed firms: 112 of the city's 160 {firms} are based there, against 40 in Yuexiu."
    got = brief(claims(text, "2026-03-01"), "region", "indicator", "value")
    assert got[1:] == [("440100", "listed_companies", 160), ("440104", "listed_companies", 40)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "初步核算，前三季度湖南省地区生产总值41230亿元，同比增长6.1%。\n\n"
            "分季度看，一季度增长5.9%，二季度增长6.1%，三季度增长6.3%。",
            "zh",
        ),
        (
            "Hunan's GDP reached 4.12 trillion yuan in the first three quarters, up 6.1 percent year on year.\n\n"
            "By quarter, the economy grew 5.9 percent in the first quarter and 6.1 percent in the second.",
            "en",
        ),
    ],
    ids=["zh", "en"],
)
def test_a_first_paragraph_that_is_a_sentence_is_no_headline_its_growth_keeps_its_own_period(text, lang):
    # a headline's figure takes the period the body gives the same value; a story with no headline opens with
    # a sentence (a full stop), whose figure the second quarter's equal growth must not re-date
    got = brief(claims(text, "2025-10-25", lang=lang), "indicator", "period", "value")
    assert got[1] == ("gdp_growth", "2025-Q1Q3", 6.1)
    assert ("gdp_growth", "2025-Q2", 6.1) in got


def test_a_headline_without_a_full_stop_is_still_dated_by_the_body():  # a guard: passed before
    text = "Hunan's economy grows 6.1%\n\nHunan's GDP rose 6.1 percent in the first three quarters."
    got = brief(claims(text, "2025-10-25"), "indicator", "period", "value")
    assert got == [("gdp_growth", "2025-Q1Q3", 6.1), ("gdp_growth", "2025-Q1Q3", 6.1)]


def test_a_headlines_bare_growth_is_the_growth_the_body_names_with_the_same_value():
    # "增长6.8%！上半年龙沙区…" over "…地区生产总值…同比增长6.8%": the headline's growth is GDP's (had been other)
    text = (
        "增长6.8%！上半年龙沙区经济实现稳步回升\n\n"
        "根据地区生产总值统一核算结果，上半年龙沙区实现地区生产总值75.2亿元，同比增长6.8%。"
    )
    got = brief(claims(text, "2025-07-30", lang="zh"), "indicator", "period", "value")
    assert got[0] == ("gdp_growth", "2025-H1", 6.8)


def test_a_headlines_bare_growth_of_another_value_stays_unnamed():  # a guard: passed before
    text = (
        "增长9.1%！上半年龙沙区工业经济回升\n\n"
        "根据地区生产总值统一核算结果，上半年龙沙区实现地区生产总值75.2亿元，同比增长6.8%。"
    )
    got = brief(claims(text, "2025-07-30", lang="zh"), "indicator", "value")
    assert got[0] == ("other:growth", 9.1)


@pytest.mark.parametrize("verb", ["top", "exceed", "hit"])
def test_a_headline_figure_after_a_bare_to_is_a_forecast_for_the_year_the_body_gives(verb):
    # headline grammar: "Fujian's GDP to top …" is a 'will'; it had been last year's result
    text = (
        f"Fujian's GDP to {verb} 8tr yuan\n\n"
        "Fuzhou: Fujian's GDP is expected to exceed 8 trillion yuan over the next five years, officials said."
    )
    got = claims(text, published="2022-05-10", lang="en")
    assert brief(got, "indicator", "period", "kind") == [("gdp", "2026", "expected"), ("gdp", "2026", "expected")]


def test_the_first_to_exceed_in_a_headline_is_a_result():  # a guard: 'to' after 'the first' is no 'will'
    text = "Nanshan was the first district to exceed 1tr yuan\n\nIts officials spoke on Monday."
    got = claims(text, published="2025-05-10", lang="en")
    assert brief(got, "kind") == [("actual",)]


def test_by_then_in_the_next_paragraph_is_the_last_of_the_next_five_years():
    # "By then" took the publication year: the five years were read in their own paragraph only
    text = (
        "Fujian looks ahead\n\n"
        "Fuzhou: Fujian's GDP is expected to top 8 trillion yuan over the next five years, an official said.\n"
        '"By then, the per capita disposable income of Fujian\'s residents will reach 60,000 yuan," he added.'
    )
    got = claims(text, published="2022-05-10", lang="en")
    assert brief(got, "indicator", "period") == [("gdp", "2026"), ("disposable_income_per_capita", "2026")]


@pytest.mark.parametrize(
    ("headline", "body_value", "period"),
    [
        ("Wuxi's resident population exceeds 7 million", "7.49 million by the end of 2023", "2023"),
        ("Wuxi's resident population tops 7 million", "7.49 million by the end of 2023", "2023"),
        ("Wuxi's resident population nears 7.5 million", "7.49 million by the end of 2023", "2023"),
        ("Wuxi's resident population exceeds 7 million", "8.1 million by the end of 2023", "2025"),  # a guard
    ],
)
def test_a_headlines_round_figure_takes_the_year_of_the_body_figure_it_rounds(headline, body_value, period):
    # the headline's "exceeds 7 million" over the body's 7.49 million at the end of 2023: the same count, so
    # its year is the body's (had been the publication year); 8.1 million is no rounding of 7 million
    text = f"{headline}\n\nWuxi had a resident population of {body_value}, the city's statistics bureau said."
    got = claims(text, published="2025-02-20", lang="en")
    assert len(got) == 2
    assert (got[0]["value"], got[0]["period"]) == (float(headline.split()[-2]) * 1e6, period)


@pytest.mark.parametrize("verb", ["nears", "neared", "nearing"])
def test_a_figure_a_place_nears_is_approximate(verb):
    got = claims(f"In 2024 Kunshan's GDP {verb} 520 billion yuan.", published="2025-02-20", lang="en")
    assert [(c["value"], c["qualifier"]) for c in got] == [(5.2e11, "approx")]  # had been exact


def test_a_paragraph_on_the_headlines_whole_after_a_part_named_in_passing_is_the_wholes_again():
    # a caption named a city of the province; the paragraphs after it spoke only of the province, and the
    # unnamed figure that followed went to the city
    text = (
        "Zhejiang's exports rise 9% in first half\n\n"
        "A worker checks textiles at a plant in Shaoxing, Zhejiang province. Zhejiang's GDP reached 4.2 trillion yuan "
        "in the first half of this year.\n\n"
        "The foreign trade of Zhejiang in the January-June period reached 2.5 trillion yuan.\n\n"
        "Exports were valued at 1.9 trillion yuan, up 9.1 percent."
    )
    got = claims(text, published="2024-07-25")
    assert {c["region"] for c in got} == {"330000"}


def test_the_headlines_place_said_again_after_a_part_of_it_takes_the_unnamed_figure_after_it():
    # a city of the province reported first; the province's own sentence did not move the focus off the city,
    # so the placeless per-capita figure right after it went to the city
    text = (
        "Jiangsu's economy grows 5.8% in 2024\n\n"
        "Suzhou reported GDP of 2.67 trillion yuan last year.\n\n"
        "Jiangsu's GDP reached 13.7 trillion yuan in 2024, up 5.8 percent. Per capita GDP was 160,800 yuan."
    )
    got = brief(claims(text, published="2025-02-20"), "region", "indicator")
    assert got[-1] == ("320000", "gdp_per_capita")
    assert ("320500", "gdp") in got


def test_a_whole_said_once_in_a_story_on_a_part_leaves_the_focus_on_the_part():  # a guard: passed before
    text = (
        "Kunshan's GDP tops 500 billion yuan\n\n"
        "Kunshan's GDP reached 514 billion yuan in 2024. Suzhou's GDP was 2.67 trillion yuan. "
        "Per capita GDP was 240,000 yuan."
    )
    got = brief(claims(text, published="2025-02-20"), "region", "indicator")
    assert got[-1] == ("320583", "gdp_per_capita")


def test_a_fact_box_on_a_county_city_stays_its_own_after_lines_naming_its_prefecture():
    # "between Hangzhou and Jinhua" made the two a pair of subjects, and the box's figures went to Jinhua
    text = (
        "Yiwu at a glance\n\n"
        "Location: central Zhejiang, between Hangzhou and Jinhua\n"
        "Administrative status: county-level city under Jinhua\n"
        "GDP (2024): 221.6 billion yuan\n"
        "GDP growth (2024): 6.1%"
    )
    got = claims(text, published="2025-06-30")
    assert brief(got, "region", "indicator") == [("330782", "gdp"), ("330782", "gdp_growth")]


@pytest.mark.parametrize(
    "text",
    [
        "Yiwu at a glance\nLocation: between Hangzhou and Jinhua\nGDP growth (2024): 6.1%",
        "Yiwu at a glance\nLocation: central Zhejiang, between Hangzhou and Jinhua\nGDP growth (2024): 6.1%",
    ],
)
def test_the_places_a_place_lies_between_are_not_its_subject(text):  # they had been its figures' places
    assert brief(claims(text, published="2025-03-01"), "region") == [("330782",)]


def test_a_gap_between_two_places_is_still_of_the_first():  # a guard: "between" compares here, no setting
    got = claims("The gap between Yiwu and Jinhua narrowed to 30 billion yuan in 2024.", published="2025-03-01")
    assert brief(got, "region") == [("330782",)]
