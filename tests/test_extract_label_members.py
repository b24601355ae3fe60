"""A size label is no figure, unless it is the only statement of a place's figure (the claims format): the
members a label names ("five trillion-yuan cities: A, B, …", "A and B, the two trillion-yuan districts",
A、B等万亿城市, "A and B are trillion-yuan cities") have their GDP at least its size, in the sentence's year or
else the year before publication (marked inferred), and only where the document states no GDP of theirs.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims

_JIANGSU = ["320500", "320100", "320200", "320600"]  # Suzhou, Nanjing, Wuxi, Nantong


@pytest.mark.parametrize(
    "text",
    [
        "Changzhou joined four other trillion-yuan cities in Jiangsu, namely Suzhou, Nanjing, Wuxi and Nantong.",
        "Jiangsu already had four trillion-yuan cities: Suzhou, Nanjing, Wuxi, and Nantong.",
        "Suzhou, Nanjing, Wuxi and Nantong are trillion-yuan cities.",
        "江苏省已有苏州、南京、无锡、南通四个万亿城市。",
        "苏州、南京、无锡、南通等万亿城市都在江苏省。",
    ],
)
def test_the_members_a_label_names_reached_its_size(text):
    got = brief(claims(text, published="2024-02-01"), "region", "indicator", "period", "value", "qualifier")
    assert [g for g in got if g[1] == "gdp"] == [(c, "gdp", "2023", 1e12, "at_least") for c in _JIANGSU]


def test_a_label_members_period_is_inferred_unless_the_sentence_names_a_year():
    undated = claims("Pudong and Haidian, the two trillion-yuan districts, lead the list.", published="2024-02-01")
    dated = claims(
        "In 2022, Pudong and Haidian, the two trillion-yuan districts, led the list.", published="2024-02-01"
    )
    assert [(c["region"], c["period"], c["inferred"]) for c in undated] == [
        ("310115", "2023", ["period"]),
        ("110108", "2023", ["period"]),
    ]
    assert [(c["region"], c["period"], c["inferred"]) for c in dated] == [
        ("310115", "2022", []),
        ("110108", "2022", []),
    ]


def test_a_member_whose_gdp_is_stated_elsewhere_gets_no_label_claim():
    text = (
        "Kunshan's GDP reached 530 billion yuan in 2023. "
        "Suzhou has several 100-billion-yuan counties, such as Kunshan and Changshu."
    )
    got = brief(claims(text, published="2024-02-01"), "region", "value", "qualifier")
    assert got == [("320583", 5.3e11, "exact"), ("320581", 1e11, "at_least")]  # no label claim for Kunshan


@pytest.mark.parametrize(
    "text",
    [
        "There are three trillion-yuan districts, namely Pudong and Haidian.",  # three named, two listed
        "There are trillion-yuan cities in Jiangsu.",  # no member named
        "Jiangsu's 100-billion-yuan counties, including Suzhou and Kunshan, grew fast.",  # a city is no county
        "苏州、南京等万亿城市群发展迅速。",  # a cluster of cities, no class of them
        "全国已有26个万亿城市。",
        "Shenzhen is a trillion-yuan district.",  # a city is no district
    ],
)
def test_no_member_claims_without_a_list_that_fits_the_label(text):
    assert [c for c in claims(text, published="2024-02-01") if c["indicator"] == "gdp"] == []


def test_there_are_is_no_copula_of_a_label():  # "there are" names no member: the count is no size
    got = claims("There are 100-billion-yuan counties in Suzhou.", published="2024-02-01")
    assert [c for c in got if c["indicator"] == "gdp"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nanshan is now a trillion-yuan district.", ("440305", "2023", 1e12)),
        ("Kunshan was a 100-billion-yuan county in 2005.", ("320583", "2005", 1e11)),
    ],
)
def test_a_place_said_to_be_of_a_size_class_reached_its_size(text, expected):
    assert brief(claims(text, published="2024-02-01"), "region", "period", "value") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Fuzhou and Quanzhou lead Fujian's economy. These two trillion-yuan cities make up half of it.",
        "福州、泉州两市的经济总量在全省领先，这两个万亿元城市贡献了全省一半的经济总量。",
    ],
)
def test_these_two_label_members_are_the_two_places_listed_before(text):  # the claims format's own example
    got = brief(claims(text, published="2023-04-13"), "region", "indicator", "value", "qualifier")
    assert [g for g in got if g[1] == "gdp"] == [
        ("350100", "gdp", 1e12, "at_least"),
        ("350500", "gdp", 1e12, "at_least"),
    ]


def test_these_label_members_need_a_list_of_as_many_places():  # a guard: three counted, two listed before
    text = "Fuzhou and Quanzhou lead Fujian's economy. These three trillion-yuan cities make up half of it."
    assert [c for c in claims(text, published="2023-04-13") if c["indicator"] == "gdp"] == []
