"""Chinese pages set differently from the usual: lines of whole sentences that happen to be about as long
(with ASCII punctuation, as some sites and forums write Chinese) are paragraphs, not a wrapped text; Taiwan's
专案 (專案) is a project, as 项目 is. And English pages that capitalise the place spoken of ("The District's
GDP", as official translations do), or set a comma after "Of this," before a firm's part of the total. And
lines ending in spaces or a tab, as copied text often does: a table's, a list of related headlines'. And
亿元人民币, the currency said twice, as one unit. And undated texts: a ranking dated by the year it names
its GDP for, a wire story by the year a mark was crossed in ("the 500-billion-yuan mark in 2025"). And a
list item whose sentence opens with its measure after the bullet (• 从增速看，…). An undated quarterly story
is of the year after the one it compares with ("the same quarter of 2025", "a 5.5% rise on 2024",
比2024年增长, 与2025年同期相比).

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


_TABLE = (
    "附表：2025年慈溪市主要经济指标\n"
    "指标名称 单位 绝对数 比上年增长（%）\n"
    "地区生产总值 亿元 2835.4 6.1\n"
    "一般公共预算收入 亿元 212.5 3.3\n"
)


@pytest.mark.parametrize("end", ["", " ", "  ", "\t", "\u3000"])
def test_a_tables_lines_read_the_same_whatever_they_end_with(end):
    text = "".join(line + end + "\n" for line in _TABLE.splitlines())
    got = brief(claims(text, published="2026-02-20"), "indicator", "value")
    assert got == [  # "  ", "\t", "\u3000": had been none, or fewer
        ("gdp", 2.8354e11),
        ("gdp_growth", 6.1),
        ("fiscal_revenue", 2.125e10),
        ("other:fiscal_revenue_growth", 3.3),
    ]


@pytest.mark.parametrize("end", ["", "\t"])
def test_related_headlines_are_left_out_whatever_their_lines_end_with(end):
    lines = [
        "2025年江阴市地区生产总值达到5180亿元，同比增长5.6%。",
        "相关新闻",
        "· 张家港2025年GDP达3520亿元",
        "· 常熟一般公共预算收入突破270亿元",
        "责任编辑：李明",
    ]
    text = "".join(line + end + "\n" for line in lines)
    got = brief(claims(text, published="2026-03-05"), "region", "indicator")
    assert got == [("320281", "gdp"), ("320281", "gdp_growth")]  # with tabs, the headlines' figures had come in


@pytest.mark.parametrize("unit", ["亿元", "亿元人民币"])
def test_a_list_in_yuan_renminbi_gives_each_place_its_own(unit):
    text = f"宜兴、溧阳两市GDP分别达到2420{unit}和1620{unit}，沭阳县则以1310{unit}领跑。"
    got = brief(claims(text, published="2026-02-10"), "region", "value")
    assert got == [("320282", 2.42e11), ("320481", 1.62e11), ("321322", 1.31e11)]  # 亿元人民币: Liyang's had been
    # Yixing's


def test_an_undated_ranking_is_of_the_year_it_names_its_gdp_for():
    text = (
        "十强区榜单出炉\n"
        "2025年全国GDP十强区（不含县级市）新鲜出炉。\n"
        "浦东新区以18200亿元继续稳居榜首；海淀区以11700亿元位列第二。\n"
    )
    got = brief(claims(text, published=None), "region", "period", "value")
    assert got == [("310115", "2025", 1.82e12), ("110108", "2025", 1.17e12)]  # undated, had been no claim


def test_an_undated_wire_story_is_dated_by_a_mark_crossed_in_a_year():
    text = (
        "Jiangyin's economy tops 500 billion yuan\n"
        "JIANGYIN, Jan. 29 -- The economy of Jiangyin crossed the 500-billion-yuan mark in 2025, officials said.\n"
        "The city's gross domestic product came in at 513 billion yuan, up 5.1 percent year on year.\n"
    )
    got = brief(claims(text, published=None), "indicator", "period", "value")
    assert ("gdp", "2025", 5.13e11) in got  # "500-billion-yuan" had been no figure to date the story by


@pytest.mark.parametrize("bullet", ["", "• ", "- ", "▶ "])
def test_a_sentence_opening_with_its_measure_after_a_bullet_keeps_it(bullet):
    text = (
        "2025年南山区GDP增长6.0%，福田区增长5.2%。\n"
        + bullet
        + "从增速看，海淀区最快，南山区（6.0%）次之，福田区（5.2%）居第三。"
    )
    got = brief(claims(text, published="2026-02-15"), "region", "indicator")
    assert got[-2:] == [("440305", "gdp_growth"), ("440304", "gdp_growth")]  # after a bullet, other:percent


def test_an_undated_quarterly_story_is_of_the_year_after_the_one_it_compares_with():
    text = (
        "Q1 data: Shenzhen districts off to a mixed start\n"
        "Shenzhen's GDP rose 4.9% in the first quarter to 880 billion yuan.\n"
        "Compared with the same quarter of 2025, Futian's growth slowed by 0.7 percentage points.\n"
    )
    got = brief(claims(text, published=None), "region", "indicator", "period")
    assert got[:2] == [("440300", "gdp_growth", "2026-Q1"), ("440300", "gdp", "2026-Q1")]  # had been 2025-Q1


def test_an_undated_story_of_a_rise_on_a_year_is_of_the_year_after():
    text = (
        "Kunshan keeps its crown\n"
        "Last year Kunshan's GDP was 545.1 billion yuan, a 5.5% rise on 2024, the statistics bureau said.\n"
    )
    got = brief(claims(text, published=None), "indicator", "period")
    assert got == [("gdp", "2025"), ("gdp_growth", "2025")]  # had been 2024: the base taken for the latest year


@pytest.mark.parametrize(
    ("said", "period"),
    [
        ("全市地区生产总值5451亿元，比2024年增长5.5%。", "2025"),
        ("一季度地区生产总值1300亿元，与2025年同期相比增长5.2%。", "2026-Q1"),
    ],
)
def test_an_undated_chinese_story_is_of_the_year_after_its_base(said, period):
    got = brief(claims("昆山经济稳步增长\n昆山市" + said, published=None), "indicator", "period")
    assert got[0] == ("gdp", period)  # 比2024年增长 had dated the story 2024
