"""Chinese pages set differently from the usual: lines of whole sentences that happen to be about as long
(with ASCII punctuation, as some sites and forums write Chinese) are paragraphs, not a wrapped text; Taiwan's
专案 (專案) is a project, as 项目 is. And English pages that capitalise the place spoken of ("The District's
GDP", as official translations do), or set a comma after "Of this," before a firm's part of the total.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


def test_lines_of_whole_sentences_about_as_long_are_paragraphs_not_a_wrap():
    text = (
        "为什么一个县级市的GDP能比很多地级市还高?\n"
        "谢邀。拿昆山来说,去年GDP五千三百多亿,放在全国地级市里也能排到前一百名左右。\n"
        "对比一下:同在江苏的连云港,2025年GDP也就4600亿上下;而甘肃省会兰州,GDP大约3700亿。\n"
        "昆山人口多少?常住人口差不多215万,人均GDP接近25万元,是全国平均水平的2.5倍左右。\n"
        "再看江阴,GDP五千一百多亿,上市公司六十多家,被称为“中国资本第一县”。\n"
        "张家港稍逊一筹,但GDP也有三千五百亿左右。\n"
        "说到底,这些县级市靠的是制造业:昆山的电子信息产业产值就有近万亿。\n"
        "至于“万亿县”?短期内不现实,昆山要再翻一番,至少还得十几年。\n"
    )
    got = brief(claims(text, published="2026-04-02"), "region", "indicator", "period")
    assert ("320583", "population", "2026") in got  # had been 2025: three lines as wide, joined into one paragraph
    assert ("320281", "listed_companies", "2026") in got


def test_a_pdf_wrapped_inside_its_sentences_is_still_joined():  # a guard: lines ending mid-sentence at the margin
    text = (
        "2025年昆山市国民经济和社会发展统计公报\n"
        "初步核算，全年实现地区生产总值5310.2亿元，按不变价格计算，比上年增长5.1\n"
        "%。其中，第一产业增加值18.6亿元，增长1.2%；第二产业增加值2690.3亿元，增\n"
        "长6.0%；第三产业增加值2601.3亿元，增长4.3%。全年一般公共预算收入450.1亿\n"
        "元，增长3.2%。年末常住人口215.3万人，比上年末增加1.2万人，城镇化率为82.\n"
        "5%。\n"
    )
    got = brief(claims(text, published="2026-03-20"), "indicator", "value")
    assert ("gdp_growth", 5.1) in got and ("secondary_value_added", 2.6903e11) in got
    assert ("fiscal_revenue", 4.501e10) in got


def test_a_taiwan_project_is_no_places_figure():
    got = brief(claims("崑山去年新簽約10億元以上專案46個。", published="2026-03-10"), "indicator", "value")
    assert ("gdp", 1e9) not in got and ("other:amount", 1e9) not in got  # 10亿元以上 had been Kunshan's amount


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Longgang District is Shenzhen's industrial base. The District's GDP reached 540 billion yuan in 2024.",
            "440307",
        ),
        ("Changsha County is in Hunan. In 2025 the County's gross domestic product was 252 billion yuan.", "430121"),
        ("Cixi is a county-level city. In 2024 the City's GDP was 304.2 billion yuan.", "330282"),
    ],
)
def test_the_place_spoken_of_capitalised_is_still_the_place(text, region):
    got = brief(claims(text, published="2026-03-10"), "region", "indicator")
    assert got == [(region, "gdp")]  # "The District's GDP" had been read as a region the gazetteer lacks


def test_a_region_the_gazetteer_lacks_is_still_no_ones():  # a guard
    text = "Cixi is a county-level city. In 2024 the Yangtze River Delta's GDP was 30 trillion yuan."
    assert claims(text, published="2026-03-10") == []


@pytest.mark.parametrize(
    "text", ["其中，华为贡献约1500亿元。", "Of this, Huawei contributed about 150 billion yuan."]
)  # 1st: guard
def test_a_firms_part_after_a_comma_is_no_places_gdp(text):
    lead = "2024年龙岗区GDP达5400亿元。" if "华为" in text else "Longgang's GDP reached 540 billion yuan in 2024. "
    got = brief(claims(lead + text, published="2026-03-10"), "indicator")
    assert got[0] == ("gdp",) and len(got) == 2 and got[1][0].startswith("other:")  # had been Longgang's GDP
