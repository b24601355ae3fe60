"""The place a page's address names, for a page whose text names none ("The district's GDP …", 全县, 我市).

Places and codes from the bundled gazetteer: 从化区 440117 (Guangzhou 440100), 罗山县 411521, 泰兴市 321283,
乌当区 520112 (Guiyang 520100; 桂阳县 431021 spells the same), 浦东新区 310115, 南山区 440305 and
230404, 长沙市 430100 and 长沙县 430121, 昆山市 320583, 房县 420325, 沛县 320322, 怀化市 431200.
The sentences are written for these tests.
"""

import json

import pytest

from regionwatch import extract_claims
from regionwatch.extract._url_place import place_of_url
from regionwatch.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://guangzhou.example.com.cn/conghua/2021-04/01/c_1.htm", "440117"),  # a district under its city
        ("http://luoshan.gov.cn/department_news.php?cid=4&id=7", "411521"),  # the county's own site
        ("http://www.example.cn/html/news/taixing/2010/0113/1.html", "321283"),  # a path word
        ("http://english.guiyang.gov.cn/wudang/2023-02/24/c_2.htm", "520112"),  # guiyang settled by its part
        ("http://regional.example.com.cn/shanghaipudong/ftz/2025-02/06/c_3.htm", "310115"),  # run together
        ("http://english.guiyang.gov.cn/2019-05/16/c_4.htm", None),  # 贵阳市 or 桂阳县: nothing settles it
        ("https://www.example.com/nanshan/2025/1.html", None),  # two 南山区
        ("https://changsha.example.com/xinwen/1", None),  # the city or the county of the same name
        ("https://www.example.com/opinion/article/1/chinas-trillion-yuan-districts", None),  # a title's words
        ("https://www.example.com/xinhua/2025/1.html", None),  # the news agency, not 新华区
        ("https://www.example.com/guangzhou/foshan/1.html", None),  # two places, neither inside the other
        ("http://www.kunshanw.example/news/1.html", "320583"),  # a local site: the place and 网 ("net")
        ("http://szb.jinrifangxian.example/content/1.html", "420325"),  # 今日 ("today") and 房县 spelled whole
        ("http://www.peixian.gov.cn/zwgk/1.html", "320322"),  # 沛县: a one-character county and 县
        ("http://www.shexian.gov.cn/1.html", None),  # 歙县 and 涉县 spell the same
        ("http://www.sznews.example/1.html", None),  # news of "sz": no place's name
        (None, None),
        ("not a url at all", None),
    ],
)
def test_place_of_url(gz, url, code):
    assert place_of_url(url, gz) == code


def test_a_page_naming_no_place_takes_the_place_of_its_address():
    text = "一季度，全县实现地区生产总值41.3亿元，同比增长5.2%。"
    url = "http://luoshan.gov.cn/department_news.php?cid=43&id=1"
    got = [
        (c.region, c.indicator, c.period, "region" in c.inferred)
        for c in extract_claims(text, lang="zh", published="2025-04-20", source_url=url, strict=True)
    ]
    assert got == [("411521", "gdp", "2025-Q1", True), ("411521", "gdp_growth", "2025-Q1", True)]
    assert extract_claims(text, lang="zh", published="2025-04-20", strict=True) == []  # without it: no place


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("在县委、县政府领导下，全县经济稳中有进。初步核算，全年完成地区生产总值221.2亿元。", set()),  # a county
        ("全区生产总值达到612.4亿元，增长4.8%。", set()),  # a district of the city
        ("全市地区生产总值达到2210.5亿元，增长5.1%。", {"431200"}),  # the city's own page
    ],
)
def test_a_page_speaking_of_itself_as_a_county_is_not_the_city_its_address_names(text, regions):
    url = "http://www.example.cn/huaihua/c1/2024/1.shtml"  # 怀化市 431200
    got = extract_claims(text, lang="zh", published="2024-04-15", source_url=url, strict=True)
    assert {c.region for c in got} == regions  # the county's and the district's figures were 怀化市's


def test_a_place_the_text_names_wins_over_the_address():
    text = "Conghua district's GDP grew 3.1 percent in 2024. The district's retail sales rose 2 percent."
    url = "http://www.example.cn/html/news/taixing/2025/1.html"
    regions = {c.region for c in extract_claims(text, lang="en", published="2025-02-01", source_url=url, strict=True)}
    assert regions == {"440117"}


def test_extract_reads_the_address_of_a_jsonl_line(obs, write):
    line = {
        "doc_id": "ch",
        "lang": "en",
        "published": "2025-02-10",
        "source_url": "http://guangzhou.example.com.cn/conghua/2025-02/10/c_9.htm",
        "text": "The district's GDP grew 3.1 percent in 2024, the district government said.",
    }
    path = write("ch.jsonl", json.dumps(line) + "\n")
    (result,) = obs.extract(path, store=True)
    assert result.pending == 1
    assert obs.review()["region"].tolist() == ["440117"]
