"""Places on profile pages (found by reading real city and province profiles that are not in the dev corpus): a
place's neighbours listed after "borders" or "is bounded by" are none of its figures' owners; the capital or
seat a fact box names is an attribute, not the page's subject; a page opening "A gateway to northwest China,
Shaanxi …" is about Shaanxi; a survey's or census's year ("the census of 2018") is the year of its figures.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize(
    "text",
    [
        "Shaanxi borders Ningxia, Inner Mongolia, Henan, Hubei, Sichuan and Gansu, covering an area of 205,600 sq km.",
        "Xinzhou City is bounded by Taiyuan City to the south and has a total area of 25,150 square kilometers.",
        "Situated in central-north Shanxi, Xinzhou City is bounded by Taihang Mountains to the east, by the Yellow "
        "River to the west and by Taiyuan City to the south. The city has a total area of 25,150 square kilometers.",
    ],
)
def test_the_neighbours_a_place_borders_own_none_of_its_figures(text):
    got = brief(claims(text, published="2021-10-16"), "region", "indicator")
    assert len(got) == 1 and got[0][1] == "area" and got[0][0] in ("610000", "140900")
    # the first had given the area to all six neighbours, the others to Taiyuan or to Shanxi


@pytest.mark.parametrize(
    "text",
    [
        "Xinzhou City lies in north-central Shanxi and has a total area of 25,150 square kilometers.",
        "Xinzhou City is located in the north of Shanxi and covers 25,150 square kilometers.",
        "Shanxi Province lies in north China and has an area of 156,700 square kilometers.",
    ],
)
def test_the_setting_a_place_lies_in_owns_none_of_its_figures(text):
    got = brief(claims(text, published="2021-10-16"), "region", "indicator")
    assert got in ([("140900", "area")], [("140000", "area")])  # had been Shanxi's area, or the country's


def test_a_place_that_borders_another_keeps_its_own_figure_after_a_comma():  # a guard
    text = "Kunshan borders Shanghai, and Kunshan's GDP reached 500 billion yuan in 2023."
    assert brief(claims(text, published="2024-03-01"), "region") == [("320583",)]


@pytest.mark.parametrize("label", ["Capital: Xi'an", "Seat: Xi'an"])
def test_the_capital_a_fact_box_names_is_not_the_subject(label):
    text = (
        f"Acting Governor: Li Hua\n\n{label}\n\nGeographic location\n\nAn inland province on the Yellow River, "
        "Shaanxi links the west with the east.\n\nGeneral Economy\n\nGDP for 2005 was 367.5 billion yuan, up 12.6%."
    )
    got = brief(claims(text, published="2006-03-01"), "region", "indicator")
    assert got == [("610000", "gdp"), ("610000", "gdp_growth")]  # had been Xi'an's


def test_a_page_opening_on_a_place_in_its_country_is_about_the_place():
    text = "A gateway to northwest China, Shaanxi links the west with the east. It covers an area of 205,600 sq km."
    assert brief(claims(text, published="2006-03-01"), "region") == [("610000",)]  # had been the country's


@pytest.mark.parametrize("source", ["the census of 2018", "the random sampling-based census of 2018"])
def test_a_censuss_year_after_it_is_its_figures_year(source):
    text = f"According to {source}, Xinzhou's permanent resident population at year-end was 3,172,000."
    assert brief(claims(text, published="2021-10-16"), "indicator", "period") == [("population", "2018")]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Chengdu's resident population is 21 million, accounting for 25.1% of the population in Sichuan.",
            "population",
        ),
        ("Chengdu's GDP stood at 2,210 billion yuan, or 36.7% of the total GDP in Sichuan province.", "gdp"),
    ],
)
def test_a_share_of_the_measure_in_a_place_is_that_places_whole(text, indicator):
    got = brief(claims(text, published="2024-06-01"), "indicator", "unit", "relative_to")
    assert got[-1] == (indicator, "percent", "510000")  # had been other:share


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chengqu, Jincheng had a GDP of 30.2 billion yuan in 2017.", "140502"),  # 晋城市城区
        ("Jiaoqu, Yangquan covers 635 square kilometers.", "140311"),  # 阳泉市郊区
        ("Kuangqu is a district of Yangquan. Its area is 28 square kilometers.", "140303"),  # 阳泉市矿区
    ],
)
def test_an_encyclopedias_romanised_generic_district_name_is_that_district(text, code):
    # "Chengqu" (城区) was in no index: the figures had gone to the city named after it, or been lost
    assert brief(claims(text, published="2018-06-01"), "region")[0] == (code,)


def test_an_infoboxs_country_province_and_prefecture_lines_are_not_its_subject():
    # the box's figures had gone to the prefecture (or the province) its attribute lines name
    text = (
        "Jiaoqu, Yangquan\n"
        "Country People's Republic of China\n"
        "Province Shanxi\n"
        "Prefecture-level city Yangquan\n"
        "Area\n"
        "  Total 635 km2 (245 sq mi)\n"
        "Population (2010)\n"
        "  Total 290,000\n"
    )
    got = brief(claims(text, lang="en", published="2018-10-01"), "region", "indicator")
    assert got == [("140311", "area"), ("140311", "population")]


def test_a_sentence_opening_with_where_the_county_lies_names_no_subject():
    # 秭归县，隶属宜昌市。位于湖北省西部，宜昌市西北部，…总面积…: the province and city are where it lies (the area had
    # gone to the city named last)
    text = "秭归县，隶属湖北省宜昌市。位于湖北省西部，宜昌市西北部，总面积2427平方千米。"
    got = brief(claims(text, published="2023-05-10"), "region", "indicator")
    assert got == [("420527", "area")]


def test_neighbours_after_xijiao_and_beikao_are_no_subject():
    # 西交…、北靠…: the counties it borders (交, 靠), listed before its area
    text = "秭归县，隶属湖北省宜昌市，东连夷陵区，西交巴东县、巫山县，北靠兴山县，总面积2427平方千米。"
    got = brief(claims(text, published="2023-05-10"), "region", "indicator")
    assert got == [("420527", "area")]


def test_a_subject_before_where_it_lies_keeps_its_figures():  # a guard: passed before
    text = "泸溪县位于湖南省湘西土家族苗族自治州东南，面积1569平方千米。"
    got = brief(claims(text, published="2023-05-10"), "region", "indicator")
    assert got == [("433122", "area")]
