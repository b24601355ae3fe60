"""Extraction from news copy written for these tests in the style of wire reports and features about the
race to a trillion yuan: places described in asides, sizes said as adjectives, rankings scoped to China.
Figures are illustrative unless a source is named."""

from conftest import brief, claims


def test_a_place_described_in_an_aside_is_the_subject_of_the_clause_after_it():
    text = (
        "Shenzhen is the richest city in the south. Futian, the city's financial center, came in at "
        "620 billion yuan, while Longgang, a manufacturing base, recorded 470 billion yuan."
    )
    got = brief(claims(text, published="2025-03-01"), "region", "value")
    assert ("440307", 470e9) in got  # 龙岗区, not Futian named at the start of the sentence
    assert ("440304", 620e9) in got


def test_goods_and_services_worth_a_figure_are_gdp():
    got = claims("In 2024, Pudong produced 1.7 trillion yuan worth of goods and services.", published="2025-03-01")
    assert brief(got) == [("310115", "gdp", "2024", 1.7e12)]


def test_an_economy_larger_than_a_figure_is_at_least_that_figure():
    got = claims("Haidian, home to Peking University, has an economy larger than 1 trillion yuan.", "2025-03-01")
    assert [(c["indicator"], c["qualifier"]) for c in got] == [("gdp", "at_least")]


def test_a_size_said_as_an_adjective_is_the_places_gdp_but_a_round_class_is_not():
    assert brief(claims("Kunshan, a 530-billion-yuan economy, sits next to Shanghai.", "2025-03-01")) == [
        ("320583", "gdp", "2024", 530e9)
    ]
    assert claims("Jiangyin is a 100-billion-yuan economy.", "2025-03-01") == []


def test_a_ranking_across_china_does_not_make_china_the_subject():
    text = "Districts ranked by GDP\n\nNanshan is China's richest district by output, with 980 billion yuan in 2024."
    assert brief(claims(text, published="2025-03-01")) == [("440305", "gdp", "2024", 980e9)]


def test_a_chinese_short_name_right_before_its_figure_is_the_place():
    text = "在县域经济中，昆山以5530亿元的GDP总量领跑，江阴紧随其后，实现5100亿元。"
    assert brief(claims(text, published="2026-02-10"), "region", "indicator", "value") == [
        ("320583", "gdp", 553e9),
        ("320281", "gdp", 510e9),  # the subject of the clause after the first figure, not the sentence's first
    ]


def test_the_size_after_a_measure_is_that_measures_figure():
    got = claims("成都武侯区全年GDP同比增长5.4%，规模达到1620亿元。", published="2026-02-10")
    assert ("510107", "gdp", "2025", 162e9) in brief(got)


def test_gross_domestic_product_per_capita_is_per_capita():
    got = claims("Kunshan's gross domestic product per capita was 250,000 yuan in 2024.", published="2025-03-01")
    assert brief(got) == [("320583", "gdp_per_capita", "2024", 250000)]
