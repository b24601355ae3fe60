"""Each extraction stage on sentences written for these tests, and documents in the styles that failed
on unseen text (mid-year reports, profile pages, Traditional script, five-year reviews, multi-district
headlines). Figures are illustrative unless a source is named."""

import pytest

from conftest import brief, claims
from regionwatch.extract._numbers import find_zh
from regionwatch.extract._text import MAX_SENTENCE, caption_lines, normalise, sentences, title_end
from regionwatch.indicators import INDICATORS, OTHER_INDICATORS

# ------------------------------------------------------------------ numbers and sentences


@pytest.mark.parametrize(("text", "value"), [("1万2734亿元", 1.2734e12), ("1万零250亿元", 1.025e12)])
def test_wan_yi_compound_numeral(text, value):
    found = find_zh(normalise("地区生产总值达到" + text))
    assert [(q.value, q.unit) for q in found] == [(value, "CNY")]  # one figure, not 1万 and 250亿元


@pytest.mark.parametrize("text", ["晋江是全省唯一一个这样的县级市。", "全镇有三四个工业园。", "统一一个标准。"])
def test_chinese_digits_side_by_side_are_no_number(text):
    assert find_zh(normalise(text)) == []  # 唯一一个 is not 11, 三四个 not 34


def test_every_10000_people_is_a_unit_not_a_population():
    assert claims("Patents obtained by every 10,000 people in Huqiu district will grow to 143.") == []


def test_overlong_sentences_are_cut_so_each_figure_reads_a_bounded_window():
    text = ", ".join(["GDP 12.5 billion yuan"] * 400)
    spans = sentences(text)
    assert len(spans) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(s.text for s in spans) == text  # nothing lost, nothing repeated


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("It made up half of the city's GDP. In 2022 firms spent 2 billion yuan.", 2),
        ("Spending went to R&D. The city grew.", 2),
        ("The U.S. President visited Kunshan.", 1),
        ("Kunshan (pop. 2.1 million) grew. It is the No. 1 county.", 2),
        ("II. Main targets for 2025", 1),
        ("R&D spending was above 13 percent. - 2 - II. Main Targets for 2026", 2),  # a page number run in
        ("Kunshan grew 5.5 percent. -3 - The city's exports rose.", 2),
        ("Henan grew 5.1%. - Anhui grew 5.4%. - Hunan grew 4.7%.", 3),  # a summary's dash bullets
        ("Output rose to 3.2 trillion yuan [2] - Anhui grew 5.4% [3] Key Facts - Hunan grew 4.7%", 3),  # cited
        ("GDP was 3.2 trillion yuan[4] in the year, and it grew 5.4%.", 1),  # a citation inside its sentence
        ("要点 - 安溪县:GDP首次突破千亿 [2] - 大冶市:地区生产总值达1012亿元 [3]", 2),  # a citation before Chinese
        ("Output ranked second in the province.Exports grew by a fifth.", 2),  # run together, no space
        ("Growth beat the 5 percent target (a record).Exports fell.", 2),
        ("He met U.S.Treasury staff and e.g.Visa officials at gov.cn.", 1),  # initials, abbreviations, a domain
        ("Cixi (Chinese: 慈溪; pinyin: Cíxī) is a city of Ningbo. It grew.", 2),  # a semicolon inside brackets
        ("工业增长5%；建筑业增加值12亿元（增长3%）。", 2),  # a guard: a clause's ；, a bracket after it
        ("（一）经济增长5%；（二）财政收入增长3%。", 2),  # a guard: the next item's number in brackets
    ],
)
def test_a_sentence_ending_in_an_acronym_ends_there_and_initials_do_not(text, parts):
    assert len([s for s in sentences(normalise(text)) if s.text.strip()]) == parts


def test_a_measure_named_at_the_end_of_a_sentence_is_not_the_next_sentences():
    text = "Haidian's firms make up half of its GDP. In 2022, firms in Haidian spent 203.8 billion yuan on research."
    assert brief(claims(text, published="2023-02-10"), "indicator")[-1] == ("other:spending",)  # not GDP


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


def test_each_count_in_a_run_of_achievements_is_of_its_own_noun():
    text = "In 2025 Cixi attracted 53 projects, cultivated nine listed companies and raised the number of high-tech "
    text += "enterprises to 629."
    got = brief(claims(text, published="2026-01-20"), "indicator", "value")
    assert got == [("other:count", 53), ("other:added_listed_companies", 9), ("high_tech_enterprises", 629)]
    # were listed companies: the noun two figures on (past "nine"), and the first count cue in the clause


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2014年，黑龙江省人口净流出约20万人，常住人口3833万人。", "zh"),
        ("Heilongjiang lost about 200,000 people to outflow in 2014, leaving 38.33 million residents.", "en"),
        ("Heilongjiang's population fell by 200,000 to 38.33 million in 2014.", "en"),
    ],
)
def test_people_who_left_are_no_population_and_the_level_after_is(text, lang):
    got = brief(claims(text, lang=lang, published="2015-03-01"), "indicator", "value")
    assert got in ([("other:persons", 200000), ("population", 3.833e7)], [("population", 3.833e7)])


def test_a_running_total_of_other_firms_is_not_the_count_before_it():
    got = claims("到2027年，瓯海区有效国家高新技术企业达到80家，省级科技型中小企业累计达到500家。", lang="zh")
    assert brief(got, "indicator", "value") == [("high_tech_enterprises", 80), ("other:count", 500)]


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
        ("411202", "other:percentage_points", 0.8),  # against the first quarter: kept, outside v1
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


@pytest.mark.parametrize("aside", ["its neighbour in Wuxi", "one of the county-level cities of Wuxi"])
def test_a_place_in_an_aside_opened_by_its_or_one_of_is_not_the_subject(aside):
    text = f"Kunshan recorded GDP of 514 billion yuan in 2024, while Jiangyin, {aside}, logged 500 billion yuan."
    assert brief(claims(text), "region", "value") == [("320583", 514e9), ("320281", 500e9)]


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
    ["Kunshan (pop. 2.1 million) lies next to Shanghai.", "Kunshan ranked No. 1 among counties again."],
)
def test_an_abbreviation_with_a_full_stop_does_not_end_a_sentence(text):
    assert len(sentences(normalise(text))) == 1


def test_a_population_abbreviated_pop_is_the_population():
    got = claims("Kunshan (pop. 2.1 million) lies next to Shanghai.", published="2025-03-01")
    assert brief(got, "indicator", "value") == [("population", 2_100_000)]


def test_the_next_places_population_in_wan_is_people_not_money():
    got = claims("截至2023年底，山东省常住人口10123万，河南省9815万。", published="2024-05-01", lang="zh")
    assert brief(got, "region", "indicator", "value", "unit") == [
        ("370000", "population", 1.0123e8, "persons"),
        ("410000", "population", 9.815e7, "persons"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2023年，山东省60岁及以上人口占比达到23%。",
        "In 2023, residents aged 60 and over made up 23 percent of Shandong's people.",
    ],
)
def test_a_share_of_an_age_group_is_no_population(text):
    got = claims(text, published="2024-05-01")
    assert [c["indicator"] for c in got] == ["other:share"]


def test_items_of_a_chinese_summary_run_together_between_citation_marks_have_their_own_places():
    # the items were one sentence: the second county's figure went to the first county
    text = (
        "新晋千亿县速览 - 去年全国又有一批县域GDP越过千亿元 [1] - "
        "福建省安溪县:2025年经济总量首次站上千亿元 [2] - 湖北省大冶市:2025年地区生产总值达1012亿元 [3]"
    )
    got = claims(text, published="2026-01-28", lang="zh")
    assert brief(got, "region", "value") == [("350524", 1e11), ("420281", 1.012e11)]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Workers at a plant in Kunshan. (Xinhua/Wang Fang)", True),
        ("Lujiazui at night. [Photo/VCG]", True),
        ("File photo", True),
        ("南山区科技园一景。(记者 李明 摄)", True),
        ("南山区科技园一景。(图片来源:南山区政府)", True),
        ("GDP grew 6.2 percent over the five years (2021/2025)", False),  # a span, not a credit
        ("Nanshan's GDP reached 1.01 trillion yuan (US$143 billion)", False),
        ("地区生产总值增长5.8%(按可比价格计算)", False),
    ],
)
def test_a_caption_is_a_line_closed_by_a_photo_credit(line, caption):
    norm = normalise(f"Title\n{line}\nThe next line.")
    assert bool(caption_lines(norm)) is caption


def test_typographic_hyphens_are_read_as_hyphens():
    text = "Officials say Longhua grew from about 250.1 billion yuan at the end of the 13th Five\u2011Year Plan period."
    got = claims(text, published="2026-01-28")
    assert brief(got, "region", "period", "value") == [("440309", "2020", 250.1e9)]  # U+2011, not 2025
    assert normalise("one\u2010tenth, \u22121.2 percent") == "one-tenth, -1.2 percent"


def _question_line_heads(text: str) -> bool:
    from regionwatch.extract._text import is_heading

    norm = normalise(text)
    sent = next(s for s in sentences(norm) if s.text.strip().startswith("Who"))
    return is_heading(norm, sent, [])


def test_a_question_standing_apart_heads_a_section_but_not_one_ending_a_paragraph_of_sentence_lines():
    apart = "Nanshan passed 1 trillion yuan.\n\nWho else is in the club?\n- Pudong, since 2018."
    ending = "Nanshan passed 1 trillion yuan.\nThe city is proud.\nWho else is in the club?\n\nPudong, since 2018."
    assert (_question_line_heads(apart), _question_line_heads(ending)) == (True, False)  # both were headings


@pytest.mark.parametrize(
    ("text", "longest", "end"),
    [
        ("\n  GDP tops 1 trillion\nBody text.", None, 22),
        ("GDP tops 1 trillion", None, 19),  # one line: the title ends with the text
        ("\n  GDP tops 1 trillion\nBody text.", 80, 22),
        ("GDP tops 1 trillion\nBody.", 10, -1),  # longer than asked for
        ("GDP tops 1 trillion", 80, -1),  # no line break near the start
    ],
)
def test_where_a_title_ends(text, longest, end):
    assert title_end(text, longest) == end
