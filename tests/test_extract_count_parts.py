"""Counts of places and counts by place, found on a real ranking page outside the corpus: a count whose noun is
places (分布于九个区县) is no count of the firms named before it; a count said after 其中 and a place is that
place's own count, not a kind of firm among the group; a count's noun said in the clause before, with its
number (…高新技术企业数量最多，达到215家), is the count's.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


def test_a_count_of_places_is_no_count_of_the_firms_before_it():
    text = "2023年，深圳市的高新技术企业分布于9个区，其中宝安区高新技术企业最多。"
    got = brief(claims(text, published="2024-03-10"), "region", "indicator", "value")
    assert ("440300", "high_tech_enterprises", 9) not in got  # had been Shenzhen's 9 high-tech enterprises
    assert [g for g in got if g[2] == 9] == [("440300", "other:count", 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年，深圳市上市公司520家，其中南山区的上市公司210家。", ("440305", "listed_companies", 210)),
        ("2023年，宝安区的高新技术企业数量最多，达到2150家。", ("440306", "high_tech_enterprises", 2150)),
        ("2023年，南山区上市公司数量居全市首位，达到210家。", ("440305", "listed_companies", 210)),
    ],
)
def test_a_places_count_said_after_a_group_or_its_noun(text, expected):
    got = brief(claims(text, published="2024-03-10"), "region", "indicator", "value")
    assert got[-1] == expected  # had been other:listed_companies_among_group, other:count


def test_a_kind_of_firm_among_a_group_stays_a_part():  # a guard: it passed before
    text = "2023年，南山区集成电路企业超过300家，其中上市企业15家。"
    got = brief(claims(text, published="2024-03-10"), "indicator", "value")
    assert got[-1] == ("other:listed_companies_among_group", 15)


def test_a_places_count_after_a_group_total_is_its_own():  # a guard: it passed before
    got = brief(
        claims("2023年，深圳市高新技术企业2.4万家，其中南山区4000家。", published="2024-03-10"), "region", "value"
    )
    assert got == [("440300", 24000), ("440305", 4000)]


def test_a_count_said_with_a_possessive_verb_after_the_place_with_the_most_takes_the_noun_before():
    """Was other:count: …数量最多的是龙岗区，拥有4000家 counts the high-tech enterprises named before."""
    text = "2023年，深圳各区中，国家高新技术企业数量最多的是龙岗区，拥有4000家。"
    got = brief(claims(text, published="2024-05-01"), "region", "indicator", "period", "value")
    assert got == [("440307", "high_tech_enterprises", "2023", 4000)]


def test_a_bare_wan_after_firms_counts_them_and_its_growth_is_theirs():
    # 企业新增4.1万，达到11.5万，增长55% after the GDP was spoken of had given GDP of 41,000 and 115,000 yuan
    # and GDP growth of 55%
    text = "除地区生产总值大幅提升外，2025年慈溪市场主体达31.2万户，其中企业新增4.1万，达到11.5万，增长55%。"
    got = claims(text, published="2025-11-29")
    assert [(c["indicator"], c["unit"], c["value"]) for c in got if c["value"] in (41000, 115000, 55)] == [
        ("other:count", "count", 41000),
        ("other:count", "count", 115000),
        ("other:count_growth", "percent", 55),
    ]


def test_a_bare_wan_of_firms_money_stays_money():  # a guard: their revenue or profit is in yuan
    got = claims("2025年慈溪企业实现利润4.1亿。", published="2025-11-29")
    assert [(c["indicator"], c["unit"]) for c in got] == [("other:profits", "CNY")]
