"""A club's roll told as a history ("Nine districts now belong to the 500 billion yuan GDP club. Pudong was the
first in 2008, followed by Haidian in 2012 and Nanshan in 2017. Futian, Tianhe, and Chaoyang crossed the milestone
together in 2021. …"): each member crosses the club's threshold in its year. Found by reading a real news page on
the trillion-yuan city club that is not in the dev corpus; also the places such a page names in passing.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims

_ROLL = (
    "Nine districts now belong to the 500 billion yuan GDP club. Pudong was the first in 2008, followed by Haidian "
    "in 2012 and Nanshan in 2017. Futian, Tianhe, and Xiaoshan crossed the milestone together in 2021. Longgang and "
    "Jiangning joined in 2023. Minhang made the list in 2024, while Baoan and Jiading became members in 2025."
)


def test_each_member_of_a_clubs_roll_crosses_its_threshold_in_its_year():
    got = brief(claims(_ROLL, published="2026-02-01"), "region", "period", "value", "qualifier")
    assert got == [
        ("310115", "2008", 5e11, "at_least"),  # "was the first in": had been nothing (the club named by 'belong to')
        ("110108", "2012", 5e11, "at_least"),  # the first follower: had been taken for the next one's chain
        ("440305", "2017", 5e11, "at_least"),  # the second follower: had been left out
        ("440304", "2021", 5e11, "at_least"),  # "Futian, Tianhe, and Xiaoshan": the list before ", and" too
        ("440106", "2021", 5e11, "at_least"),
        ("330109", "2021", 5e11, "at_least"),
        ("440307", "2023", 5e11, "at_least"),  # "joined in 2023" with no "it" or "them"
        ("320115", "2023", 5e11, "at_least"),
        ("310112", "2024", 5e11, "at_least"),  # "made the list in"
        ("440306", "2025", 5e11, "at_least"),  # "became members in"
        ("310114", "2025", 5e11, "at_least"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Nanshan now belongs to the trillion-yuan club.", "Nanshan is a member of the trillion-yuan club."],
)
def test_belonging_to_a_club_is_a_crossing(text):
    assert brief(claims(text, published="2026-02-01"), "region", "value", "qualifier") == [("440305", 1e12, "at_least")]


def test_the_members_of_a_club_are_no_place():
    text = "The three members of the trillion-yuan club together produced about 4 trillion yuan."
    assert claims(text, published="2026-02-01") == []  # a guard: "members of" said of no place


def test_making_a_list_of_something_else_is_no_crossing():  # a guard for "made the list"
    text = "Three districts have joined the trillion-yuan club. Kunshan made the list of top counties in 2024."
    assert claims(text, published="2026-02-01") == []


def test_a_member_named_with_its_province_has_the_figure_after_them():
    text = (
        "Fifteen cities now belong in the 1 trillion yuan GDP club, including the two newest members — Wuxi, "
        "Jiangsu Province, with an estimated GDP of 1.05 trillion yuan, and Changsha, Hunan Province, with an "
        "estimated GDP of 1.02 trillion yuan."
    )
    got = brief(claims(text, published="2018-02-01"), "region", "value")
    assert got == [("320200", 1.05e12), ("430100", 1.02e12)]  # Wuxi's had been Jiangsu's


def test_a_member_after_including_owns_the_figure_after_it():
    text = (
        "Fifteen cities are in the club, including Wuxi, Jiangsu Province, with an estimated GDP of 1.05 trillion yuan."
    )
    assert brief(claims(text, published="2018-02-01"), "region") == [("320200",)]  # had been Jiangsu


def test_a_size_as_a_places_adjective_is_that_places():
    text = (
        "Located in the center of the Shenzhen Special Economic Zone, the 78.66-square-kilometer Futian District is "
        "where the municipal government sits."
    )
    assert brief(claims(text, published="2018-03-01"), "region", "indicator", "value") == [
        ("440304", "area", 78.66)
    ]  # had been Shenzhen's


def test_a_share_of_the_total_after_with_is_of_the_same_whole():
    text = "Futian generates nearly one-fifth of the city's total economic output with only 4% of the total area."
    got = brief(claims(text, published="2023-06-01"), "indicator", "value", "relative_to")
    assert got[-1] == ("area", 4, "440300")  # had been other:percent


def test_a_chinese_roll_with_verbs_and_no_object_gives_each_its_year():
    text = "目前全国已有3个区跻身万亿俱乐部。浦东新区最早，于2018年突破；海淀区2022年跟进；南山区2025年加入。"
    got = brief(claims(text, published="2026-02-01"), "region", "indicator", "period", "value")
    assert got[1:] == [
        ("310115", "gdp", "2018", 1e12),
        ("110108", "gdp", "2022", 1e12),
        ("440305", "gdp", "2025", 1e12),
    ]  # had been nothing after the count


def test_places_joining_each_in_its_year_respectively():
    text = "目前全国已有3个区跻身万亿俱乐部。海淀区、南山区分别于2022年、2025年加入。"
    got = brief(claims(text, published="2026-02-01"), "region", "period", "value")
    assert got[1:] == [("110108", "2022", 1e12), ("440305", "2025", 1e12)]


def test_a_bare_crossing_needs_a_threshold_said_before():  # a guard
    assert brief(claims("江阴市2024年突破。", published="2025-02-01"), "region") == []
