"""The names of each vocabulary indicator, in the words news and communiqués use, each read as that
indicator of the place named: one sentence of our own per name, in both languages."""

from __future__ import annotations

import pytest

from conftest import brief, claims
from regionwatch import extract_claims

_EN_MONEY = {
    "gdp": [
        "gross regional product",
        "GRP",
        "economic output",
        "total economic output",
        "regional GDP",
        "economic aggregate",
        "gross domestic product",
        "GDP",
        "economic volume",
        "economic scale",
        "gross product",  # was other:amount
        "regional gross product",  # a translation's word order: was other:amount
        "gross regional domestic product",  # a county site's translation: was other:amount
    ],
    "fiscal_revenue": [
        "general public budget revenue",
        "general budgetary revenue",
        "local general public budget revenue",
        "general public budgetary revenue",
        "public budget revenue",
        "revenue (general public budget)",
        "fiscal revenue from the general public budget",  # was other:budget
        "public financial budget revenue",  # 公共财政预算收入 translated: was a generic revenue
        "general public budget income",  # 收入 translated as income: was other:income
        "local general budget income",
    ],
    "retail_sales": [
        "total retail sales of consumer goods",
        "retail sales of consumer goods",
        "retail sales",
        "consumer goods retail sales",
        "consumer goods sales",  # the retail left out
        "total retail sales",
    ],
    "foreign_trade": [
        "total import and export volume",
        "foreign trade volume",
        "total imports and exports",
        "foreign trade value",
        "total foreign trade",
        "import and export value",
    ],
    "industrial_value_added": [
        "industrial value added",
        "industrial added value",
        "value added of industrial enterprises above designated size",
        "added value of large industrial firms",
        "value added by industrial enterprises above designated size",
        "value added by industry",
        "added value from large industrial firms",
    ],
    "industrial_output": [
        "total industrial output value",
        "gross industrial output",
        "industrial output value",
        "total industrial output",
        "output of industrial enterprises above designated size",
        "output from enterprises above designated size",  # industrial by the term: was a generic amount
        "output value of enterprises above the designated size",
        "gross industrial value",  # 工业总产值 as a machine translates it: was GDP
        "total industrial value",
    ],
    "tertiary_value_added": [
        "tertiary industry value added",
        "value added of the tertiary industry",
        "added value of the tertiary sector",
    ],
    "secondary_value_added": ["secondary industry value added", "value added of the secondary industry"],
}

_EN_COUNTS = {
    "listed_companies": [
        "listed companies",
        "listed firms",
        "publicly listed companies",
        "companies listed on stock markets",
        "public companies",
    ],
    "high_tech_enterprises": [
        "national high-tech enterprises",
        "high-tech enterprises",
        "high-tech companies",
        "hi-tech firms",
        "national-level high-tech enterprises",
    ],
    "little_giants": [
        '"little giant" firms',
        'specialized and sophisticated "little giant" enterprises',
        "national-level little giant companies",
        "national-level specialized and sophisticated 'little giant' enterprises",
        'specialized and sophisticated SMEs known as "little giants"',
    ],
    "new_enterprises": ["newly registered enterprises", "new enterprises", "newly established enterprises"],
}

_EN_OTHERS = [
    ("Kunshan's resident population was 2.12 million at the end of 2024.", "population"),
    ("Kunshan had 2.12 million permanent residents at the end of 2024.", "population"),
    ("Kunshan had 2.12 million resident population at the end of 2024.", "population"),  # gave nothing
    ("Kunshan is home to 2.12 million people.", "population"),
    ("Kunshan's per capita disposable income of residents was 78,000 yuan in 2024.", "disposable_income_per_capita"),
    (
        "In 2024, residents' per capita disposable income in Kunshan reached 78,000 yuan.",
        "disposable_income_per_capita",
    ),
    ("Kunshan's R&D spending accounted for 3.9 percent of GDP in 2024.", "rd_intensity"),
    ("Kunshan's research and development intensity was 3.9 percent in 2024.", "rd_intensity"),
    ("Kunshan's research intensity was 3.9 percent in 2024.", "rd_intensity"),
    ("Kunshan's R&D expenditure as a share of GDP reached 3.9 percent in 2024.", "rd_intensity"),
    ("Kunshan had 85.6 invention patents per 10,000 people at the end of 2024.", "invention_patents_per_10k"),
    ("Kunshan covers an area of 931 square kilometers.", "area"),
    ("Kunshan covers 931 sq km.", "area"),
    ("Kunshan has a land area of 931 km2.", "area"),
    ("Kunshan's per capita GDP was 243,000 yuan in 2024.", "gdp_per_capita"),
    ("Kunshan's GDP per capita was 243,000 yuan in 2024.", "gdp_per_capita"),
    ("Strategic emerging industries accounted for 41.2 percent of Kunshan's GDP in 2024.", "strategic_emerging_share"),
    (  # the owner of the GDP in more than one word
        "Strategic emerging industries made up 41.2 percent of Kunshan city's total economic output in 2024.",
        "strategic_emerging_share",
    ),
    ("Kunshan's fixed-asset investment grew 6.3 percent in 2024.", "fixed_asset_investment_growth"),
    ("Kunshan's FAI grew 6.3 percent in 2024.", "fixed_asset_investment_growth"),
    ("Investment in fixed assets in Kunshan rose 6.3 percent in 2024.", "fixed_asset_investment_growth"),
    ("Kunshan spans 931 square km.", "area"),
    (
        "Kunshan's invention patent ownership per 10,000 people was 85.6 at the end of 2024.",
        "invention_patents_per_10k",
    ),
    ("Kunshan's economy accelerated to 5.6 percent in 2024.", "gdp_growth"),
    ("Kunshan's economy slowed to 5.6 percent in 2024.", "gdp_growth"),
    ("Kunshan plans to cultivate 5 listed companies in 2025.", "other:added_listed_companies"),
    ("New firms registered in Kunshan totaled 31,000 in 2024.", "new_enterprises"),  # the count after its noun
]

_ZH_MONEY = {
    "gdp": ["地区生产总值", "GDP", "经济总量", "生产总值", "GDP总量", "地区GDP", "GDP规模", "地区生产总值（GDP）"],
    "fiscal_revenue": [
        "一般公共预算收入",
        "地方一般公共预算收入",
        "一般预算收入",
        "公共财政预算收入",
        "地方公共财政预算收入",
        "一般公共预算收入总额",
    ],
    "retail_sales": [
        "社会消费品零售总额",
        "社零总额",
        "社会消费品零售额",
        "全社会消费品零售总额",
        "社零额",
        "社消零总额",
        "消费品零售总额",
        "消费品零售额",  # the whole place's, said short: was other:amount
    ],
    "foreign_trade": [
        "进出口总额",
        "外贸进出口总额",
        "进出口总值",
        "外贸进出口",
        "货物进出口总额",
        "外贸进出口总值",
        "外贸总额",
        "外贸总值",
    ],
    "industrial_value_added": [
        "规上工业增加值",
        "规模以上工业增加值",
        "工业增加值",
        "全部工业增加值",
        "规模工业增加值",
        "规模以上工业企业实现增加值",
    ],
    "industrial_output": ["工业总产值", "规模以上工业总产值", "规上工业产值", "规上工业总产值", "规模以上工业产值"],
}

_ZH_COUNTS = {
    "high_tech_enterprises": ["高新技术企业", "国家高新技术企业", "国家级高新技术企业", "高企", "有效期内高新技术企业"],
    "little_giants": ["国家级专精特新“小巨人”企业", "专精特新小巨人企业", "“小巨人”企业", "国家专精特新“小巨人”企业"],
    "new_enterprises": [
        "新设立企业",
        "新登记企业",
        "新注册企业",
        "新设企业",
        "新增企业",
        "新登记注册企业",
        "新注册登记的企业",
        "新设立登记企业",
    ],
    "listed_companies": ["上市公司", "境内外上市公司", "上市企业", "A股上市公司"],
}

_ZH_OTHERS = [
    ("截至2024年末，昆山市地方政府债务余额为312.5亿元。", "other:debt"),
    ("2024年末，昆山市金融机构本外币存款余额6320.5亿元。", "other:deposits"),
    ("2024年，昆山市规上工业企业实现利润总额486.3亿元。", "other:profits"),
    ("2024年，昆山市技术合同成交额96.5亿元。", "other:turnover"),
    ("2024年末，昆山市金融业总资产2.3万亿元。", "other:assets"),
    ("2024年末，昆山市常住人口212.4万人。", "population"),
    ("2024年末昆山市年末常住人口212.4万人。", "population"),
    ("2024年，昆山市全体居民人均可支配收入78420元。", "disposable_income_per_capita"),
    ("2024年，昆山市人均可支配收入78420元。", "disposable_income_per_capita"),
    ("2024年，昆山市R&D投入强度3.9%。", "rd_intensity"),
    ("2024年，昆山市研发经费投入强度3.9%。", "rd_intensity"),
    ("2024年，昆山市全社会研发投入占GDP比重3.9%。", "rd_intensity"),
    ("2024年，昆山市R&D经费支出占地区生产总值比重3.9%。", "rd_intensity"),
    ("2024年末，昆山市每万人发明专利拥有量85.6件。", "invention_patents_per_10k"),
    ("2024年末，昆山市万人发明专利拥有量85.6件。", "invention_patents_per_10k"),
    ("昆山市总面积931平方公里。", "area"),
    ("昆山市区域面积931平方千米。", "area"),
    ("昆山市陆域面积931平方公里。", "area"),
    ("昆山市辖区面积931平方公里。", "area"),
    ("2024年，昆山市人均地区生产总值24.3万元。", "gdp_per_capita"),
    ("2024年，昆山市人均GDP达24.3万元。", "gdp_per_capita"),
    ("2024年，昆山市固定资产投资比上年增长6.3%。", "fixed_asset_investment_growth"),
    ("2024年，昆山市固投增长6.3%。", "fixed_asset_investment_growth"),
    ("2024年，昆山市战略性新兴产业增加值占GDP比重41.2%。", "strategic_emerging_share"),
    ("2024年，昆山市战略新兴产业增加值占GDP比重41.2%。", "strategic_emerging_share"),
    ("2024年，昆山市战新产业增加值占地区生产总值比重达到41.2%。", "strategic_emerging_share"),
]


_KUNSHAN = "320583"


@pytest.mark.parametrize(("indicator", "name"), [(i, n) for i, names in _EN_MONEY.items() for n in names])
@pytest.mark.parametrize(
    "frame",
    ["In 2024, Kunshan's {n} was 123.4 billion yuan.", "The {n} of Kunshan totaled 123.4 billion yuan in 2024."],
)
def test_english_names_of_money_indicators(indicator, name, frame):
    got = claims(frame.format(n=name), lang="en", published="2025-03-01")
    assert brief(got, "region", "indicator") == [(_KUNSHAN, indicator)]


@pytest.mark.parametrize(("indicator", "name"), [(i, n) for i, names in _EN_COUNTS.items() for n in names])
@pytest.mark.parametrize("frame", ["Kunshan had 123 {n} at the end of 2024.", "Kunshan is home to 123 {n}."])
def test_english_names_of_counted_indicators(indicator, name, frame):
    got = claims(frame.format(n=name), lang="en", published="2025-03-01")
    assert brief(got, "region", "indicator") == [(_KUNSHAN, indicator)]


@pytest.mark.parametrize(("text", "indicator"), _EN_OTHERS)
def test_english_sentences_of_the_other_indicators(text, indicator):
    assert brief(claims(text, lang="en", published="2025-03-01"), "region", "indicator") == [(_KUNSHAN, indicator)]


@pytest.mark.parametrize(("indicator", "name"), [(i, n) for i, names in _ZH_MONEY.items() for n in names])
def test_chinese_names_of_money_indicators(indicator, name):
    got = claims(f"2024年，昆山市{name}1234.5亿元。", lang="zh", published="2025-03-01")
    assert brief(got, "region", "indicator") == [(_KUNSHAN, indicator)]


@pytest.mark.parametrize(("indicator", "name"), [(i, n) for i, names in _ZH_COUNTS.items() for n in names])
def test_chinese_names_of_counted_indicators(indicator, name):
    got = claims(f"截至2024年底，昆山市{name}123家。", lang="zh", published="2025-03-01")
    assert brief(got, "region", "indicator") == [(_KUNSHAN, indicator)]


@pytest.mark.parametrize(("text", "indicator"), _ZH_OTHERS)
def test_chinese_sentences_of_the_other_indicators(text, indicator):
    assert brief(claims(text, lang="zh", published="2025-03-01"), "region", "indicator") == [(_KUNSHAN, indicator)]


@pytest.mark.parametrize(
    ("text", "lang", "indicator"),
    [
        ("南山区总面积187平方公里。", "zh", "area"),
        ("南山区陆域面积187平方公里。", "zh", "area"),
        ("Nanshan covers a land area of 187 square kilometers.", "en", "area"),
        ("南山区建成区面积达150平方公里。", "zh", "other:area"),
        ("南山区海域面积300平方公里。", "zh", "other:area"),
        ("南山区科技园规划面积11.5平方公里。", "zh", "other:area"),
        ("Nanshan's built-up area reached 150 square kilometers.", "en", "other:area"),
        ("南山区工业用地仅40平方公里。", "zh", "other:area"),  # land of one use (was the district's area)
        ("南山区全区建设用地约120平方公里。", "zh", "other:area"),
        ("Nanshan's industrial land is only 40 square kilometers.", "en", "other:area"),
        ("A new project in Nanshan covers 2 square kilometers.", "en", "other:area"),
        # a zone of the place, a unit the gazetteer lacks: its figure is no one's (was Nanshan's other:area)
        ("Nanshan's industrial zone covers 11.5 square kilometers.", "en", None),
    ],
)
def test_only_the_places_own_land_is_its_area(text, lang, indicator):
    got = extract_claims(text, lang=lang, published="2026-02-01")
    assert [c.indicator for c in got] == ([indicator] if indicator else [])


def test_the_part_of_the_area_said_after_qi_zhong_is_not_the_places_area():
    got = extract_claims("南山区总面积545平方公里，其中陆地面积187平方公里。", lang="zh", published="2026-02-01")
    assert [(c.indicator, c.value) for c in got] == [("area", 545), ("other:area", 187)]


def test_the_firms_among_newly_registered_market_entities_are_new_enterprises():
    got = claims("2025年，南山区新登记商事主体3.2万户，其中企业2.5万户。", published="2026-02-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("other:count", 32000), ("new_enterprises", 25000)]
    got = claims("2025年末，南山区现有商事主体50万户，其中企业30万户。", published="2026-02-01")
    assert "new_enterprises" not in [c["indicator"] for c in got]  # a stock of firms, not new ones


def test_a_population_followed_by_its_growth_is_still_the_population():
    got = claims("2024年末，昆山市常住人口212.4万人，增长0.5%。", lang="zh", published="2025-03-01")
    assert brief(got, "indicator", "value")[0] == ("population", 2.124e6)


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("6月末，全市金融机构本外币存款余额6320.5亿元。", "other:deposits"),
        ("全市规上工业企业实现利润总额186.3亿元。", "other:profits"),
        ("全市电子商务交易额1200.3亿元。", "other:transactions"),
        ("全市招商引资签约金额860亿元。", "other:amount"),
        ("全市金融业总资产2.3万亿元。", "other:assets"),
    ],
)
def test_a_named_sum_in_an_article_about_gdp_is_not_gdp(sentence, indicator):
    text = "上半年，昆山市实现地区生产总值2600亿元，增长5.1%。" + sentence
    got = brief(claims(text, lang="zh", published="2025-07-30"), "indicator", "qualifier")
    assert got == [("gdp", "exact"), ("gdp_growth", "exact"), (indicator, "exact")]


def test_a_foreign_trade_amount_is_foreign_trade():
    got = claims("2024年，昆山市进出口金额1200亿元。", lang="zh", published="2025-03-01")
    assert brief(got, "indicator") == [("foreign_trade",)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Cixi's trade volume reached 260.5 billion yuan in 2024.", "foreign_trade"),
        ("Cixi's total trade volume reached 260.5 billion yuan in 2024.", "foreign_trade"),
        ("Cixi's retail trade volume reached 26.5 billion yuan in 2024.", "retail_sales"),  # not trade: retail sales
    ],
)
def test_a_places_trade_volume_is_its_foreign_trade(text, indicator):
    assert brief(claims(text, published="2025-03-01"), "indicator") == [(indicator,)]


@pytest.mark.parametrize(
    "text",
    [
        "Cixi posted nominal output of 272 billion yuan last year.",
        "Cixi reported output of 272 billion yuan last year.",
        "Cixi recorded total output of 272 billion yuan last year.",
        "Ningbo's Cixi, with 2024 output of 272 billion yuan, is the county to watch.",  # was other:output
        "Cixi mayor meets investors\n\nNingbo's Cixi, with 2024 output of 272 billion yuan, is the county to watch.",
        "Cixi's 2024 output reached 272 billion yuan.",
    ],
)
def test_the_output_a_place_posts_is_its_gdp(text):  # "nominal output", "with 2024 output" failed before
    assert brief(claims(text, published="2025-05-01"), "region", "indicator") == [("330282", "gdp")]


def test_a_document_opening_on_a_places_nominal_output_is_about_gdp():
    # the bare sum of a place named later is then its GDP, as after "GDP"
    text = (
        "Cixi posted nominal output of 272 billion yuan last year. Growth slowed to 5.1%.\n\n"
        "Its neighbour Yuyao is smaller, at 150 billion yuan."
    )
    got = claims(text, published="2025-05-01")
    assert brief(got, "region", "indicator") == [("330282", "gdp"), ("330282", "gdp_growth"), ("330281", "gdp")]


def test_the_industrial_output_a_place_posts_stays_industrial():
    got = claims("Cixi reported industrial output of 272 billion yuan last year.", published="2025-05-01")
    assert brief(got, "indicator") == [("industrial_output",)]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Industrial enterprises in the district earned 8.6 billion yuan.", "other:amount"),
        ("The tourism sector contributed 20 billion yuan.", "other:amount"),
        ("Residents' savings in the district stood at 120 billion yuan.", "other:savings"),
        ("Its output of cars was worth 30 billion yuan.", "other:revenue"),
        ("The district collected 18 billion yuan in taxes.", "other:amount"),
    ],
)
def test_an_english_sum_of_firms_a_sector_or_a_product_after_a_gdp_is_not_gdp(sentence, indicator):
    text = "Jiangning's GDP reached 320 billion yuan in 2025. " + sentence
    got = brief(claims(text, published="2026-02-10"), "indicator")
    assert got[0] == ("gdp",) and got[1][0] != "gdp" and got[1][0].startswith("other:")


@pytest.mark.parametrize(
    "text",
    [
        "Yantai's per-head GDP stood at Rmb133,000 in 2023, and it had a resident population of 7.04m at end-2023.",
        "Yantai's GDP per head was 133,000 yuan in 2023, and its population was 7.04m in 2023.",
    ],
)
def test_an_economist_style_profile_per_head_and_m_for_million(text):
    got = brief(claims(text, published="2024-06-01"), "region", "indicator", "value")
    assert got == [("370600", "gdp_per_capita", 133000), ("370600", "population", 7.04e6)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 the per capita GRP of Hubei came to 38,572 yuan, up by 10.9%.",
        "In 2012 Hubei's GRP per capita came to 38,572 yuan, up by 10.9%.",
    ],
)
def test_per_capita_grp_is_gdp_per_capita_not_gdp(text):
    # GRP (gross regional product) per head had been read as a GDP of 38,572 yuan, its growth as GDP growth
    got = brief(claims(text, published="2013-03-01"), "indicator", "unit")
    assert got == [("gdp_per_capita", "CNY_per_person"), ("other:gdp_per_capita_growth", "percent")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Yantai will lift its R&D intensity to 3 percent.", "target"),
        ("Yantai will raise its GDP to 1.2 trillion yuan.", "target"),
    ],
)
def test_a_place_that_will_raise_a_figure_sets_a_goal(text, kind):
    assert brief(claims(text, published="2024-06-01"), "kind") == [(kind,)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "In 2024, the added value of Minhang's industrial enterprises above designated size was 110 billion yuan.",
            "industrial_value_added",
        ),
        (
            "In 2024, the output value of Minhang's industrial enterprises above designated scale was 600 billion "
            "yuan.",
            "industrial_output",
        ),
        ("In 2024, Minhang's foreign trade turnover was 250 billion yuan.", "foreign_trade"),
    ],
)
def test_a_measure_of_a_place_named_inside_it(text, indicator):
    assert brief(claims(text, published="2025-03-01"), "region", "indicator") == [("310112", indicator)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("張家港市2024年經濟年增4.8%。", ("gdp_growth", 4.8, "percent")),
        ("張家港市2024年GDP約合480億美金。", ("gdp", 4.8e10, "USD")),
        ("張家港市2024年平均每人GDP達24萬元人民幣。", ("gdp_per_capita", 240000, "CNY_per_person")),
        ("張家港市2024年零售總額達1200億元人民幣。", ("retail_sales", 1.2e11, "CNY")),
        ("張家港市2024年GDP衰退0.5%。", ("gdp_growth", -0.5, "percent")),  # a contraction
        ("張家港市2024年經濟負成長1.2%。", ("gdp_growth", -1.2, "percent")),
        ("張家港市2024年GDP升幅為5.1%。", ("gdp_growth", 5.1, "percent")),
        ("張家港市2024年GDP跌幅為1.1%。", ("gdp_growth", -1.1, "percent")),
    ],
)
def test_taiwan_and_hong_kong_wordings(text, expected):
    got = brief(claims(text, published="2025-03-01", lang="zh"), "region", "indicator", "value", "unit")
    assert got == [("320582", *expected)]


def test_a_part_of_the_retail_total_is_not_the_retail_total():
    got = claims("張家港市2024年限額以上零售總額達600億元人民幣。", published="2025-03-01", lang="zh")
    assert [c["indicator"] for c in got] == ["other:above_quota_retail_sales"]


def test_high_tech_enterprises_counted_as_valid_and_abbreviated():
    got = claims("截至2024年底，太仓市共有1002家有效高企。", published="2025-03-01", lang="zh")
    assert brief(got, "indicator", "value") == [("high_tech_enterprises", 1002)]


def test_the_retail_sales_of_commodities_are_a_part_of_the_retail_total():
    text = (
        "Zhangjiagang's total retail sales of consumer goods reached 60 billion yuan in 2024. Of this, retail "
        "sales of commodities amounted to 52 billion yuan."
    )
    got = brief(claims(text, published="2025-03-01", lang="en"), "indicator", "value")
    assert got[0] == ("retail_sales", 6e10) and got[1][0].startswith("other:")


@pytest.mark.parametrize("sector", ["agriculture, forestry, animal husbandry and fishery", "construction", "service"])
def test_the_total_output_of_farms_builders_or_services_is_not_industrial(sector):
    text = f"In 2024, the total output value of the {sector} industries in Zhangjiagang reached 21 billion yuan."
    assert [c["indicator"] for c in claims(text, published="2025-03-01", lang="en")] != ["industrial_output"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("太仓确保2026年GDP增长5%。", "target"),
        ("太仓2026年GDP或将达到2000亿元。", "expected"),
        ("太仓2026年GDP可能达到2000亿元。", "expected"),
        ("太仓2026年GDP将达到2000亿元。", "target"),
        ("太仓力争2026年GDP尽可能增长6%。", "target"),
    ],
)
def test_chinese_goals_and_projections_after_a_short_name(text, kind):
    got = claims(text, published="2026-01-20", lang="zh")
    assert brief(got, "region", "kind") == [("320585", kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taicang has set a 2026 growth target of 5.5 percent.", ("gdp_growth", "2026", "target")),
        ("Analysts see Taicang's GDP at 200 billion yuan in 2026.", ("gdp", "2026", "expected")),
        ("Economists put Taicang's 2026 growth at about 5 percent.", ("gdp_growth", "2026", "expected")),
    ],
)
def test_english_goals_and_forecasts_of_others(text, expected):
    got = claims(text, published="2026-01-20")
    assert brief(got, "region", "indicator", "period", "kind") == [("320585", *expected)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Kunshan's tertiary sector added 280 billion yuan in 2024.", "tertiary_value_added"),
        ("In 2024 Kunshan's primary industry added about 3 billion yuan.", "primary_value_added"),
        ("Kunshan's GDP added 30 billion yuan in 2024.", "other:gdp_change"),
    ],
)
def test_a_sector_that_added_a_sum_is_its_value_added_not_a_change(text, indicator):
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "In 2024 Wujiang's service sector made up 52.3 percent of the economy, with added value of 130 billion"
            " yuan.",
            "tertiary_value_added",
        ),
        (
            "In 2024 Wujiang's secondary industry was 47 percent of GDP, generating value added of 120 billion yuan.",
            "secondary_value_added",
        ),
        ("In 2024 industry made up 40 percent of Wujiang's economy, which reached 260 billion yuan.", "gdp"),
    ],
)
def test_the_whole_of_a_sectors_share_is_not_what_its_value_added_is(text, indicator):
    cs = [c for c in claims(text, published="2025-03-01") if c["unit"] == "CNY"]
    assert brief(cs, "region", "indicator") == [("320509", indicator)]  # was gdp: "of the economy" ended last


def test_disposable_income_in_taiwanese_usage_is_the_vocabularys():
    cs = claims("2017年，昆山居民人均可支配所得達5.3萬元人民幣，成長8.1%。", published="2018-01-23")
    assert brief(cs, "indicator", "value") == [
        ("disposable_income_per_capita", 53000),
        ("other:disposable_income_per_capita_growth", 8.1),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liling is home to 96 national high-tech enterprises and three listed companies.", [96.0, 3.0]),
        ("Liling now has twelve listed firms.", [12.0]),
        ("Three districts have GDP above 1 trillion yuan.", []),  # a word number before no counted noun: none
    ],
)
def test_a_count_of_firms_written_in_words_is_a_count(text, expected):
    got = claims(text, published="2018-01-15")
    assert [c["value"] for c in got if c["indicator"] in ("listed_companies", "high_tech_enterprises")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten of Zhuzhou's 20 largest listed firms are based in Liling.", []),  # was 20 listed companies
        ("Liling is home to the 5 biggest high-tech enterprises of Zhuzhou.", []),
        ("Liling has 20 A-share listed firms.", [20.0]),  # a guard: a word between, no superlative
    ],
)
def test_a_number_before_a_superlative_is_a_rankings_size_not_a_count(text, expected):
    got = claims(text, published="2018-01-15")
    assert [c["value"] for c in got if c["indicator"] in ("listed_companies", "high_tech_enterprises")] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Liling added 28 high-tech firms and two listed companies in 2017.", "en"),
        ("2017年，醴陵市新增高新技术企业28家、上市公司2家。", "zh"),
    ],
)
def test_every_count_of_a_list_of_additions_is_an_addition(text, lang):
    got = claims(text, lang=lang, published="2018-01-15")
    assert brief(got, "indicator", "value") == [
        ("other:added_high_tech_enterprises", 28.0),
        ("other:added_listed_companies", 2.0),
    ]


def test_a_total_after_a_list_of_additions_is_a_level():
    got = claims("2017年，醴陵市新增高新技术企业28家、上市公司总数达到4家。", lang="zh", published="2018-01-15")
    assert brief(got, "indicator", "value") == [("other:added_high_tech_enterprises", 28.0), ("listed_companies", 4.0)]


@pytest.mark.parametrize("name", ["限额以上单位消费品零售额", "限上消费品零售额", "限额以上社会消费品零售额"])
def test_retail_sales_of_units_above_the_threshold_are_a_part_not_the_total(name):
    text = f"长沙县2026年上半年经济运行情况\n\n上半年，全县社会消费品零售总额185.6亿元。上半年，全县{name}52.1亿元。"
    got = claims(text, lang="zh", published="2026-07-25")
    assert brief(got, "indicator", "value") == [
        ("retail_sales", 18_560_000_000),
        ("other:above_quota_retail_sales", 5_210_000_000),
    ]


@pytest.mark.parametrize(
    "sentence", ["全县文旅消费额52.1亿元。", "全县旅游总花费达52.1亿元。", "全县惠企资金52.1亿元。"]
)
def test_a_sum_its_own_chinese_word_names_is_not_the_gdp_of_a_report_about_gdp(sentence):
    text = "长沙县2026年上半年经济运行情况\n\n上半年，全县实现地区生产总值612.3亿元，同比增长6.1%。" + sentence
    got = claims(text, lang="zh", published="2026-07-25")
    assert [c["indicator"].startswith("other:") for c in got if c["value"] == 5_210_000_000] == [True]


def test_a_place_s_bare_sum_in_a_report_about_gdp_is_still_its_gdp():
    text = "长沙市2026年上半年经济运行情况\n\n上半年，全市实现地区生产总值7300亿元。其中，长沙县约为1210亿元。"
    got = claims(text, lang="zh", published="2026-07-25")
    assert brief(got, "region", "indicator", "value")[-1] == ("430121", "gdp", 121_000_000_000)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2025, Nanshan's GDP per square kilometer exceeded 5 billion yuan.", "en"),
        ("2025年，南山区地均GDP超过50亿元。", "zh"),
        ("2025年，南山区每平方公里GDP产出超过50亿元。", "zh"),
    ],
)
def test_gdp_per_unit_of_land_said_before_the_figure_is_not_gdp(text, lang):
    got = claims(text, lang=lang, published="2026-02-01")
    assert brief(got, "indicator", "value") == [("other:per_area", 5e9)]


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan's tax revenue exceeded 300 billion yuan in 2024.",
        "Total investment crossed 100 billion yuan in Nanshan in 2024.",
        "Nanshan's fiscal revenue topped 100 billion yuan in 2024.",
    ],
)
def test_a_round_mark_crossed_by_a_measure_named_is_that_measures_not_gdp(text):
    got = [c.to_dict() for c in extract_claims(text, lang="en", published="2025-03-01")]
    assert [c["indicator"] for c in got] and not any(c["indicator"] == "gdp" for c in got)


@pytest.mark.parametrize(
    "text",
    [
        "Nanshan strives to grow its GDP by 6 percent this year.",
        "Nanshan seeks GDP growth of around 6 percent this year.",
    ],
)
def test_a_goal_said_with_strives_or_seeks_is_a_stated_target(text):
    got = [c.to_dict() for c in extract_claims(text, lang="en", published="2026-02-01")]
    assert [(c["kind"], "kind" in c["inferred"]) for c in got] == [("target", False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kunshan has more than two hundred listed companies.", 200),  # hundreds in words: no phone number
        ("Kunshan has five hundred high-tech firms.", 500),
    ],
)
def test_a_count_in_words_with_hundred_is_read(text, value):
    got = claims(text, lang="en", published="2025-03-01")
    assert [(c["region"], c["value"]) for c in got] == [(_KUNSHAN, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "bonded" is no bond: the GDP counted with the bonded areas is GDP
            "Pudong's GDP was 965.1 billion yuan last year; GDP including its bonded areas came to 1.01 trillion yuan.",
            ["gdp", "gdp"],
        ),
        ("Across Pudong's borders, goods worth 50 billion yuan were shipped last year.", ["other:amount"]),  # no orders
        ("Pudong issued bonds worth 50 billion yuan last year.", ["other:bonds"]),  # the whole word still names it
    ],
)
def test_a_word_for_a_sum_of_money_names_it_only_as_a_whole_word(text, expected):
    got = claims(text, lang="en", published="2018-01-26")
    assert [c["indicator"] for c in got] == expected


def test_a_sum_of_investment_named_after_it_is_not_the_measure_before():
    text = (
        "Liuyang's general public budget revenue came to 9.1 billion yuan in 2017. "
        "The city drew 1.4 billion US dollars of actual foreign investment."
    )
    got = claims(text, lang="en", published="2018-02-12")
    assert [(c["indicator"], c["unit"]) for c in got] == [("fiscal_revenue", "CNY"), ("other:investment", "USD")]


@pytest.mark.parametrize(
    "grew",
    [
        "grew its economy by 2.5 percent last year",
        "saw its economy grow 2.5 percent last year",
        "expects its economy to grow 2.5 percent this year",
    ],
)
def test_the_economy_named_after_a_sector_in_an_aside_is_what_grew(grew):
    text = f"Jiading, home to the city's car industry, {grew}."
    got = claims(text, lang="en", published="2023-03-14")
    assert [(c["region"], c["indicator"]) for c in got] == [("310114", "gdp_growth")]  # was other:sector_growth


@pytest.mark.parametrize("aside", ["home to Yutong Heavy Industry", "a base of the auto industry"])
def test_the_growth_after_a_gdp_figure_stated_after_a_sector_is_gdps(aside):
    # the sector in the aside was the last named before the rate, though GDP and its figure came after it
    text = f"Zhongmu County, {aside}, reported GDP of 61.2 billion yuan for 2024, up 6.1 percent."
    got = claims(text, published="2025-03-01")
    assert [(c["indicator"], c["value"]) for c in got] == [("gdp", 6.12e10), ("gdp_growth", 6.1)]


def test_a_sector_named_after_gdps_figure_keeps_its_own_growth():  # a guard: passed before
    text = "Zhongmu County reported GDP of 61.2 billion yuan for 2024, and its auto industry grew 9.3 percent."
    got = claims(text, published="2025-03-01")
    assert [c["indicator"] for c in got] == ["gdp", "other:sector_growth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Songjiang produced 190 billion yuan of goods and services last year.", "gdp"),  # was other:amount
        ("Songjiang turned out about 190 billion yuan worth of goods and services last year.", "gdp"),  # a guard
        ("Songjiang bought 19 billion yuan of goods and services last year.", "other:amount"),  # a guard: a purchase
    ],
)
def test_goods_and_services_a_place_produced_named_after_the_sum_is_gdp(text, expected):
    got = claims(text, lang="en", published="2023-03-14")
    assert [c["indicator"] for c in got] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pingshan's new energy industries generated 90 billion yuan, or 11 percent of its GDP.", "other:amount"),
        (
            "Its high-tech industries produced 300 billion yuan, accounting for 36 percent of Pingshan's GDP.",
            "other:amount",
        ),
        (
            "Pingshan, home to many carmakers, generated 120 billion yuan, or 3 percent of Shenzhen's GDP.",
            "gdp",
        ),  # guard
    ],
)
def test_a_sum_industries_generated_in_a_sentence_about_gdp_is_not_gdp(text, expected):
    got = claims(text, lang="en", published="2025-03-01")
    assert [c["indicator"] for c in got if c["unit"] == "CNY"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年，温江区GDP突破500亿元；次年，增长至560亿元。", ["gdp", "gdp"]),  # the second was other:amount
        ("温江区2023年GDP为700亿元。全区旅游收入增长至80亿元。", ["gdp", "other:income"]),  # a guard: a sum named
    ],
)
def test_a_level_a_measure_rose_to_with_no_measure_named_is_the_last_ones(text, expected):
    got = claims(text, lang="zh", published="2024-06-01")
    assert [c["indicator"] for c in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Industrial enterprises above designated size in Minhang generated output worth 580 billion yuan.",
            "industrial_output",
        ),  # was other:output
        ("Minhang generated output of 300 billion yuan last year.", "gdp"),  # was other:output
        ("Last year, Minhang posted total output of 300 billion yuan.", "gdp"),  # a guard: passed before too
        ("The services industry in Minhang generated output of 180 billion yuan.", "other:output"),  # a guard
        ("The output value of Minhang's above-scale industries was 580 billion yuan.", "industrial_output"),  # other
        ("Minhang's large industrial firms generated 580 billion yuan of output value.", "industrial_output"),  # other
        ("The output value of Minhang's farming industry was 18 billion yuan.", "other:output"),  # a guard
    ],
)
def test_output_named_before_a_sum_is_its_producers(text, expected):
    got = claims(text, lang="en", published="2023-08-22")
    assert [c["indicator"] for c in got] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Haidian's GDP broke through the trillion-yuan mark in 2021.",  # was nothing
        "Haidian went past the trillion-yuan mark in 2021.",  # was nothing
        "Haidian's GDP broke through the 1-trillion-yuan mark in 2021.",  # was nothing too: "through" read as a label
    ],
)
def test_a_mark_broken_through_is_a_gdp_at_least_the_mark(sentence):
    got = claims(sentence, lang="en", published="2022-02-01")
    assert brief(got, "region", "indicator", "period", "value", "qualifier") == [
        ("110108", "gdp", "2021", 1e12, "at_least")
    ]


@pytest.mark.parametrize("verb", ["eclipsed", "cleared", "outstripped"])
def test_a_figure_eclipsed_or_cleared_is_a_floor(verb):
    got = claims(f"Haidian's GDP {verb} 1 trillion yuan in 2021.", lang="en", published="2022-02-01")
    assert brief(got, "value", "qualifier") == [(1e12, "at_least")]  # was exact


def test_a_long_list_of_qualities_before_little_giant_firms_still_names_them():
    text = "Jiangyin has 46 specialized, refined, distinctive and innovative 'little giant' enterprises."
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == ["little_giants"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Kunshan has 35 national-level specialized and sophisticated SMEs that make novel products.", "little_giants"),
        (
            "The number of national-level specialized and sophisticated enterprises in Kunshan reached 35.",
            "little_giants",
        ),
        ("昆山市共有国家级专精特新企业35家。", "little_giants"),
        ("昆山市共有省级专精特新中小企业300家。", "other:count"),  # a province's tier is not the little giants
    ],
)
def test_the_national_tier_of_specialized_and_sophisticated_firms_is_the_little_giants(text, indicator):
    got = claims(text, published="2025-03-01")
    assert [c["indicator"] for c in got] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("江阴市共有65家企业在境内外上市。", "listed_companies"),
        ("江阴市累计有65家企业成功上市。", "listed_companies"),
        ("2024年，江阴市新增4家企业在A股上市。", "other:added_listed_companies"),  # the ones added, not the level
        ("In Jiangyin, 65 firms are listed on exchanges at home and abroad.", "listed_companies"),
        ("Sixty-five companies from Jiangyin are listed.", "listed_companies"),
        ("In Jiangyin, 65 firms are listed as key exporters.", "other:count"),  # guard: passed before
    ],
)
def test_firms_said_to_be_listed_after_their_count_are_listed_companies(text, indicator):
    # 65家企业…上市: the count's noun is 企业, the listing comes after it
    got = claims(text, published="2025-03-01")
    assert [c["indicator"] for c in got] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Agriculture contributed 3.1 billion yuan to Jiangyin's economy in 2024.", "primary_value_added"),
        ("In 2024 farming generated 3.1 billion yuan in Jiangyin.", "primary_value_added"),
        ("Jiangyin's industrial sector added value was 240 billion yuan in 2024.", "industrial_value_added"),
        ("Jiangyin's primary sector output was 3.1 billion yuan in 2024.", "primary_value_added"),
        ("Jiangyin's services output reached 225 billion yuan in 2024.", "tertiary_value_added"),
        ("Jiangyin's service sector output value reached 225 billion yuan in 2024.", "tertiary_value_added"),
        ("Jiangyin's financial services output reached 25 billion yuan in 2024.", "other:output"),  # guard
        ("2024年，江阴市服务业增加值2250亿元。", "tertiary_value_added"),
        ("2024年，江阴市服務業實現增加值2250億元。", "tertiary_value_added"),
        ("2024年，江阴市现代服务业增加值1250亿元。", "other:sector_value_added"),  # guards: parts of services
        ("2024年，江阴市规上服务业增加值1250亿元。", "other:sector_value_added"),
    ],
)
def test_a_sector_named_in_everyday_words_gives_its_value_added(text, indicator):
    # agriculture is the primary sector (not the place's GDP); the industrial sector's added value is industry's
    got = claims(text, published="2025-03-01")
    assert [c["indicator"] for c in got] == [indicator]


@pytest.mark.parametrize(
    "text",
    [
        "Jiangyin's general fiscal budget revenue reached 28.5 billion yuan in 2024.",
        "Jiangyin's general-budget revenue reached 28.5 billion yuan in 2024.",
        "Jiangyin's public fiscal revenue reached 28.5 billion yuan in 2024.",  # 公共财政收入, the older name
    ],
)
def test_the_general_budgets_revenue_in_other_words_is_fiscal_revenue(text):
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == ["fiscal_revenue"]


def test_budgetary_revenue_of_no_named_budget_stays_outside_the_vocabulary():  # guard: passed before
    got = claims("Jiangyin's local budgetary revenue reached 28.5 billion yuan in 2024.", published="2025-03-01")
    assert [c["indicator"] for c in got] == ["other:revenue"]


@pytest.mark.parametrize(
    "text",
    [
        "Jiangyin's fiscal revenue at the general public budget level was 28.5 billion yuan in 2024.",
        "Jiangyin's local fiscal revenue under the general public budget reached 28.5 billion yuan in 2024.",
    ],
)
def test_revenue_at_or_under_the_general_public_budget_is_fiscal_revenue(text):
    got = claims(text, published="2025-03-01")
    assert [c["indicator"] for c in got] == ["fiscal_revenue"]


@pytest.mark.parametrize(
    "text",
    [
        "Jiangyin added 31,000 new market entities in 2024, including 9,800 enterprises.",
        "In 2024, 31,000 new market entities were registered in Jiangyin, of which 9,800 were enterprises.",
        "2024年，江阴新登记市场主体3.1万户，其中企业9800户。",  # the short name settled by 新登记
        "江阴新增市场主体3.1万户，其中企业9800户。",  # and by 新增
    ],
)
def test_the_firms_among_new_market_entities_are_new_enterprises(text):
    got = claims(text, published="2025-03-01")
    assert [(c["region"], c["indicator"], c["value"]) for c in got][-1] == ("320281", "new_enterprises", 9800)


def test_the_firms_among_all_market_entities_are_no_new_enterprises():  # a guard: passed before
    got = claims("Jiangyin had 310,000 market entities in 2024, including 98,000 enterprises.", published="2025-03-01")
    assert "new_enterprises" not in [c["indicator"] for c in got]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("2023年，江汉区新登记企业1.1万户，年末各类市场主体总数15.8万户。", 158000),
        ("2023年，江汉区新设企业1.1万家，累计企业总数达到7.9万家。", 79000),
    ],
)
def test_a_total_after_new_enterprises_is_all_firms_not_new_ones(text, total):
    got = [(c["region"], c["indicator"], c["value"]) for c in claims(text, published="2024-03-01")]
    assert got == [("420103", "new_enterprises", 11000), ("420103", "other:enterprises", total)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first half, the added value of the first industry and second industry in Kunshan was "
            "0.9 billion yuan and 120.4 billion yuan respectively.",
            ["primary_value_added", "secondary_value_added"],
        ),
        (
            "Kunshan's GDP was 250 billion yuan in the first half. The added value of the first, second and third "
            "industries was 0.9 billion yuan, 120.4 billion yuan and 128.7 billion yuan.",
            ["gdp", "primary_value_added", "secondary_value_added", "tertiary_value_added"],
        ),
        (
            "Kunshan's GDP was 250 billion yuan in the first half. The added value of the Secondary sector of the "
            "economy was 120.4 billion yuan.",
            ["gdp", "secondary_value_added"],
        ),
    ],
)
def test_sectors_named_by_ordinal_or_as_sectors_of_the_economy_give_their_value_added(text, expected):
    # the first/second/third industry, as translated reports name them, and "the secondary sector of the
    # economy" were read as another amount or as the GDP the sentence before named
    assert [c["indicator"] for c in claims(text, published="2025-08-01")] == expected


def test_the_first_industry_district_is_no_sector():  # a guard: "first industry" before a noun is a rank
    got = claims("Kunshan became the first industry town to pass 500 billion yuan in GDP.", published="2025-03-01")
    assert "primary_value_added" not in [c["indicator"] for c in got]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jiangyin's agriculture sector shrank in 2024, adding just 2.9 billion yuan to the city's GDP.",
            ["primary_value_added"],
        ),
        (
            "In Kunshan, farming is a minor part of the economy, yielding roughly 3 billion yuan in 2024.",
            ["primary_value_added"],
        ),
        (
            "Kunshan's GDP was 520 billion yuan in 2024. Industry, the pillar of Kunshan's economy, stayed ahead "
            "with 270 billion yuan of output value.",
            ["gdp", "other:sector_amount"],
        ),
        (
            "Kunshan's GDP exceeded 500 billion yuan in 2024. Kunshan's agriculture sector shrank considerably during "
            "the first half of 2024, dropping 1.8 percent.",
            ["gdp", "other:sector_growth"],
        ),
    ],
)
def test_a_figure_in_a_sentence_about_a_sector_is_the_sectors(text, expected):
    # a sector the subject of its sentence, GDP unnamed in the figure's clause: the sum was read as the
    # place's GDP (from "economy" in an aside or the GDP named before) and the fall as GDP growth
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == expected


@pytest.mark.parametrize(
    "items",
    [
        "Agriculture added 1.2 billion yuan, industry and construction 96 billion yuan, and services 160 billion yuan.",
        "Agriculture added 1.2 billion yuan; the secondary sector 96 billion yuan; and the tertiary sector 160 billion "
        "yuan.",  # a guard: passed before (each item its own sentence)
    ],
)
def test_the_items_after_a_sector_subject_are_each_their_own_sector(items):
    # all three were the primary sector's: the sentence's subject (agriculture) was given to every figure
    got = claims("Minhang's GDP was 290 billion yuan in 2024. " + items, published="2025-03-01")
    assert [c["indicator"] for c in got] == [
        "gdp",
        "primary_value_added",
        "secondary_value_added",
        "tertiary_value_added",
    ]


def test_gdp_named_beside_a_sector_keeps_its_figure():  # a guard: passed before
    got = claims(
        "Services grew 8 percent in 2024, and GDP reached 520 billion yuan in Kunshan.", published="2025-03-01"
    )
    assert [c["indicator"] for c in got] == ["other:sector_growth", "gdp"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investments in fixed assets in Kunshan increased by 11.4 percent in 2024.", "fixed_asset_investment_growth"),
        ("2024年末，昆山市户籍人口120万人。其中，乡村人口0.4万人。", "other:persons"),
    ],
)
def test_plural_investments_in_fixed_assets_and_the_rural_population(text, expected):
    # "Investments in fixed assets" (plural) was another growth; 乡村人口 was read as the population
    assert [c["indicator"] for c in claims(text, published="2025-03-01")][-1] == expected


def test_the_output_of_enterprises_above_designated_size_with_words_between_is_industrial_output():
    # 规模以上工业企业全年实现总产值 was other:output_value
    got = claims("吴中区2024年规模以上工业企业全年实现总产值2702.49亿元。", published="2025-04-15")
    assert [c["indicator"] for c in got] == ["industrial_output"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "In 2024 the added value of the city's above-designated-size industrial enterprises in Quzhou came to "
            "29.9 billion yuan.",
            "industrial_value_added",
        ),
        ("Yiwu's consumption goods retail totalled 50.4 billion yuan in 2024.", "retail_sales"),
    ],
)
def test_industrial_added_value_of_the_citys_enterprises_and_consumption_goods_retail(text, indicator):
    # "the city's" between 'added value of' and 'industrial' hid the measure; "consumption goods retail" was none
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == [indicator]


def test_a_county_with_an_economic_aggregate_above_a_mark_is_a_category():
    # "a county with an economic aggregate of over 100 billion yuan is no longer rare in Zhejiang" went to Zhejiang
    text = "In Zhejiang, a county with an economic aggregate of over 100 billion yuan is no longer rare."
    assert claims(text, published="2024-03-22") == []


def test_technology_enterprises_are_not_the_high_tech_enterprises_named_after_them():
    # the count's noun was read 180 characters on, across "and that of", from the next figure's
    text = "The count of technology enterprises in Tianhe came to 118,000 and that of high-tech enterprises was 2,995."
    got = claims(text, published="2022-08-11")
    assert [(c["indicator"], c["value"]) for c in got] == [("other:count", 118000), ("high_tech_enterprises", 2995)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2022 Tianhe gained 1,029 new enterprises above designated size.",
        "Tianhe had 1,029 new enterprises above the designated size in 2022.",
    ],
)
def test_firms_newly_above_the_size_threshold_are_no_new_enterprises(text):
    # firms grown past the size threshold (新增规上企业) were counted as newly established enterprises
    assert [c["indicator"] for c in claims(text, published="2023-02-10")] == ["other:count"]


def test_newly_established_enterprises_are_still_new_enterprises():  # a guard: passed before
    got = claims("In 2022 there were 82,500 newly established enterprises in Tianhe.", published="2023-02-10")
    assert [c["indicator"] for c in got] == ["new_enterprises"]


@pytest.mark.parametrize(
    "part",
    [
        "the consumption of enterprises above designated size",
        "retail sales by units above designated size",
        "above-designated-size enterprises' retail sales",
    ],
)
def test_retail_sales_above_the_size_threshold_are_a_part_not_the_total(part):
    text = (
        "In 2024, Kunshan's total retail sales of consumer goods rose 4.1 percent year on year to 98.2 billion yuan, "
        f"while {part} fell 2.3 percent to 30.5 billion yuan."
    )
    got = brief(claims(text, lang="en", published="2025-03-01"), "indicator", "value")
    assert [g for g in got if g[0] == "retail_sales"] == [("retail_sales", 9.82e10)]
    assert ("other:above_quota_retail_sales", 3.05e10) in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cixi's carbon emissions per unit of GDP dropped 4.2 percent in 2024.", "en"),
        ("Water consumption per unit of GDP in Cixi fell 4.2 percent in 2024.", "en"),
        ("2024年，慈溪市单位GDP二氧化碳排放下降4.2%。", "zh"),
        ("2024年，慈溪市万元GDP用水量下降4.2%。", "zh"),
        ("2024年，慈溪市单位GDP能耗下降4.2%。", "zh"),
        # per 10,000 yuan of GDP (万元GDP) in English: had been GDP growth of -4.2%
        ("Energy consumption per 10,000 yuan of Cixi's GDP fell 4.2 percent in 2024.", "en"),
        ("In 2024, water use per 10,000 yuan of the city's gross domestic product in Cixi fell 4.2 percent.", "en"),
    ],
)
def test_a_use_or_an_emission_per_unit_of_gdp_is_no_gdp_growth(text, lang):
    got = claims(text, published="2025-03-06", lang=lang)
    assert [(c["indicator"].startswith("other:"), c["value"]) for c in got] == [(True, -4.2)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2024, more than 31,000 people in Cixi were lifted out of poverty.", "en"),
        ("In 2024, Cixi relocated 31,000 people from low-lying villages.", "en"),
        ("2024年末，慈溪市参保人数达到31万人。", "zh"),
    ],
)
def test_people_helped_or_moved_are_no_population(text, lang):
    got = claims(text, published="2025-03-06", lang=lang)
    assert [c["indicator"] for c in got if c["indicator"] == "population"] == []


def test_a_taiwanese_paragraph_opened_by_the_growth_aspect():
    text = "陸31省市去年GDP出爐\n\n廣東以14.16兆元人民幣居冠，年增3.5%。\n\n"
    text += "成長率方面，西藏以6.3%居首，新疆、湖北分別成長6.1%、5.8%。"
    got = brief(claims(text, published="2025-02-05", lang="zh"), "region", "indicator", "value")
    assert got[2:] == [("540000", "gdp_growth", 6.3), ("650000", "gdp_growth", 6.1), ("420000", "gdp_growth", 5.8)]


def test_a_hong_kong_paragraph_opened_by_the_growth_aspect():
    text = "深圳各區首季經濟成績表出爐\n\n南山區首季GDP達2,310億元，按年增長5.9%。\n\n"
    text += "以增速計，坪山區以8.3%排首位，光明區增長7.5%居次。"
    got = brief(claims(text, published="2025-04-30", lang="zh"), "region", "indicator", "period", "value")
    assert got[2:] == [("440310", "gdp_growth", "2025-Q1", 8.3), ("440311", "gdp_growth", "2025-Q1", 7.5)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "In 2023, Haining's fiscal revenue was 21.5 billion yuan, including 12.4 billion yuan from the general"
            " public budget.",
            "fiscal_revenue",
        ),
        (
            "In 2023, Haining's fiscal revenue was 21.5 billion yuan, including 12.4 billion yuan from land sales.",
            "other:part",
        ),  # a guard: a part named by another source stays a part
    ],
)
def test_a_part_of_revenue_from_the_general_public_budget_is_fiscal_revenue(text, indicator):
    got = [c for c in claims(text, published="2024-02-01") if c["value"] == 12.4e9]
    assert brief(got, "region", "indicator") == [("330481", indicator)]  # was other:part


@pytest.mark.parametrize("thing", ["early rice", "tea and silk"])
def test_the_total_output_of_a_thing_is_not_the_economy(thing):
    text = f"Last year the total output of {thing} in Anxi county was 3.2 billion yuan, up 6 percent."
    got = extract_claims(text, lang="en", published="2025-03-01")
    assert got[0].indicator == "other:output"  # was gdp
    assert got[1].indicator.startswith("other:")  # was gdp_growth
    text = "Last year the total output of Anxi county was 83 billion yuan, up 6 percent."  # a place's: its economy's
    assert [c.indicator for c in extract_claims(text, lang="en", published="2025-03-01")] == ["gdp", "gdp_growth"]


@pytest.mark.parametrize("joined", ["、", "，", "和"])
def test_value_added_after_industrial_output_is_the_industrys(joined):
    text = f"2024年，沭阳县规上工业总产值1480亿元{joined}增加值356亿元。"
    got = extract_claims(text, lang="zh", published="2025-02-10")
    assert [c.indicator for c in got] == ["industrial_output", "industrial_value_added"]  # was industrial_output


def test_retail_trade_volume_is_retail_sales_not_the_measure_before():
    text = "Cangnan's fixed-asset investment rose by 4%, and retail trade volume grew by 6.5% in 2024."
    got = brief(claims(text, published="2025-02-06"), "indicator", "value")
    assert got == [("fixed_asset_investment_growth", 4.0), ("other:retail_sales_growth", 6.5)]  # was investment's
    text = "In Cangnan, wholesale and retail trade grew by 5% in 2024."  # a sector
    assert brief(claims(text, published="2025-02-06"), "indicator") == [("other:growth",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The wholesale industry reported retail sales of 46.4 billion yuan.",
        "The catering industry's retail sales were 33.7 billion yuan.",
        "The manufacturing sector's foreign trade came to 90.2 billion yuan.",
    ],
)
def test_a_sector_opening_the_clause_owns_its_part_of_a_whole_measure(sentence):
    text = "Changsha's retail sales of consumer goods reached 396.3 billion yuan in 2023. " + sentence
    got = [c["indicator"] for c in claims(text, published="2024-02-02")]
    assert got[0] == "retail_sales" and got[1].startswith("other:sector_")  # was the city's retail sales, or trade


@pytest.mark.parametrize("part", ["城镇消费品零售额", "乡村消费品零售额", "限额以上单位消费品零售额"])
def test_the_parts_of_retail_sales_are_not_the_places_retail_sales(part):  # a guard for 消费品零售额 said short
    got = claims(f"2024年，慈溪市实现社会消费品零售总额830亿元。其中，{part}400亿元。", published="2025-03-01")
    assert [c["indicator"] for c in got if c["unit"] == "CNY"][1] != "retail_sales"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # industry named as the subject, "added value" as the thing it produced
        (
            "Industrial firms above designated size in Songjiang realized an added value of 96 billion yuan in 2023.",
            "industrial_value_added",
        ),  # was other:amount
        (
            "Major industrial enterprises in Songjiang generated value added of 96 billion yuan in 2023.",
            "industrial_value_added",
        ),  # was other:amount
        ("In 2023 Songjiang's industry achieved an added value of 96 billion yuan.", "industrial_value_added"),
        (
            "In 2023, Songjiang's industrial sector generated 96 billion yuan in added value.",
            "industrial_value_added",
        ),  # after the figure; was other:amount
        # guards: a sector of its own, or an industry that is one trade, is not the industrial total
        ("In 2023, Songjiang's tertiary industry realized value added of 120 billion yuan.", "tertiary_value_added"),
        ("Songjiang's construction industry posted an added value of 9 billion yuan in 2023.", "other:sector_amount"),
        ("In 2023, the cultural industry of Songjiang realized added value of 9 billion yuan.", "other:amount"),
    ],
)
def test_added_value_of_an_industrial_subject_is_industrial_value_added(text, expected):
    got = claims(text, lang="en", published="2024-03-01")
    assert [c["indicator"] for c in got] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年，松江区规上工业企业实现产值5200亿元。", "industrial_output"),  # was other:output_value
        ("2023年，松江区规模以上工业完成产值5200亿元。", "industrial_output"),  # was other:output_value
        ("2023年，松江区规上工业总产值5200亿元。", "industrial_output"),  # a guard: passed before too
        ("2023年，松江区电子信息产业实现产值2100亿元。", "other:output_value"),  # one trade's output
    ],
)
def test_output_value_of_industrial_firms_is_industrial_output(text, expected):
    got = claims(text, lang="zh", published="2024-03-01")
    assert [c["indicator"] for c in got] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Minhang's population grew by 40,000 last year to 2.7 million.",  # was no claim
        "Minhang's population grew by 40,000 people last year to 2.7 million.",  # was the change only
        "In 2024, Minhang's population increased by 1.5 percent to 2.7 million.",  # was the growth only
        "Minhang's population grew by 40,000 to 2.7 million in 2024.",  # a guard: passed before too
    ],
)
def test_a_population_after_its_change_said_in_many_ways_is_the_population(text):
    got = claims(text, lang="en", published="2025-03-05")
    assert [(c["indicator"], c["value"], c["period"]) for c in got if c["unit"] == "persons"][-1:] == [
        ("population", 2.7e6, "2024")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minhang has cultivated 45 national-level little giant enterprises.", ("little_giants", "2025")),
        ("Minhang has so far nurtured 45 national-level little giant enterprises.", ("little_giants", "2025")),
        ("Minhang cultivated a total of 45 national-level little giant enterprises.", ("little_giants", "2025")),
        # guards: the ones added in a year (passed before too)
        (
            "Minhang cultivated 8 national-level little giant enterprises in 2024.",
            ("other:added_little_giants", "2024"),
        ),
        ("In 2024, Minhang added 8 national-level little giant enterprises.", ("other:added_little_giants", "2024")),
    ],
)
def test_firms_cultivated_so_far_are_the_count_not_the_ones_added(text, expected):
    got = claims(text, lang="en", published="2025-03-05")
    assert [(c["indicator"], c["period"]) for c in got] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The industrial economy of Minhang grew 9% in the first quarter.", ["other:industrial_output_growth"]),
        (
            "Minhang's industrial economy kept growing since the start of the year, the total value reaching "
            "120.5 billion yuan for the first quarter with an increase of 9%.",
            ["industrial_output", "other:growth"],
        ),  # were gdp_growth, gdp and gdp_growth: industry's economy is not the place's
        ("Minhang's economy grew 5% in the first quarter.", ["gdp_growth"]),  # a guard: passed before too
    ],
)
def test_the_industrial_economy_is_industry_not_the_economy(text, expected):
    got = claims(text, lang="en", published="2025-04-18")
    assert [c["indicator"] for c in got] == expected


def test_farming_output_value_is_no_gdp_nor_value_added():
    text = "Minhang's agriculture, forestry, animal husbandry and fishery achieved a total output value of 2.1 billion "
    text += "yuan in 2024."
    got = claims(text, lang="en", published="2025-03-01")
    assert [c["indicator"] for c in got] == ["other:output"]  # was primary_value_added


def test_the_growth_rates_of_industries_listed_are_no_gdp_growth():
    text = (
        "The growth rates of key industries in Minhang, including chips and robotics, were all higher than the "
        "average of the district, rising by 20.1 percent and 18.8 percent, respectively."
    )
    got = claims(text, lang="en", published="2025-03-01")
    assert got and not [c for c in got if c["indicator"] == "gdp_growth"]  # both were GDP growth


def test_gross_national_product_of_a_county_is_its_gdp_as_in_chinese():
    text = "The Gross National Product (GNP) of Minhang increased from 1.1 billion yuan in 1986 to 35.5 billion yuan "
    text += "in 2009."
    got = claims(text, lang="en", published="2022-05-01")
    assert brief(got, "indicator", "period") == [("gdp", "1986"), ("gdp", "2009")]  # were other:amount
    got = claims("2009年，闵行区国民生产总值355亿元。", lang="zh", published="2010-03-01")
    assert brief(got, "indicator") == [("gdp",)]  # a guard: 国民生产总值 was read so before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "截至2024年底，嘉定区有国家级高新技术企业2100家、省级高新技术企业380家。",
            ["high_tech_enterprises", "other:provincial_high_tech_enterprises"],
        ),
        (
            "Jiading has 2,100 national high-tech enterprises and 380 provincial-level high-tech enterprises.",
            ["high_tech_enterprises", "other:provincial_high_tech_enterprises"],
        ),
        ("嘉定区国土面积464平方公里，城区面积95平方公里。", ["area", "other:area"]),
    ],
)
def test_provincial_high_tech_firms_and_an_urban_area_are_no_vocabulary_measures(text, expected):
    # provincial-level high-tech firms were counted as national ones, and the urban area as the district's area
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至2024年底，嘉定区拟上市企业28家。", ["other:count"]),  # firms planning to list: were listed companies
        (
            "截至2024年底，嘉定区专精特新企业460家，其中国家级专精特新“小巨人”企业57家。",
            ["other:count", "little_giants"],  # the little giants of the place: were 'among a group' of firms
        ),
        (
            "截至2024年底，嘉定区集成电路企业310家，其中上市企业12家。",
            ["other:count", "other:listed_companies_among_group"],  # a guard: passed before (a part of a trade)
        ),
    ],
)
def test_firms_planning_to_list_and_the_little_giants_among_specialised_firms(text, expected):
    assert [c["indicator"] for c in claims(text, published="2025-03-01")] == expected


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("In 2014, the per capita GDP of Chun'an County reached 41,798, up 7.9%.", "gdp_per_capita"),
        ("Chun'an County's GDP per capita was 41,798 in 2014.", "gdp_per_capita"),
        ("Chun'an County's per capita disposable income was 28,500 in 2014.", "disposable_income_per_capita"),
    ],
)
def test_a_per_capita_figure_written_with_no_unit_is_in_yuan_and_says_so(text, indicator):
    got = [c for c in extract_claims(text, lang="en", published="2015-09-28") if not c.indicator.startswith("other:")]
    assert [(c.indicator, c.unit, c.inferred) for c in got] == [(indicator, "CNY_per_person", ["unit"])]  # was none


def test_a_per_capita_figure_counted_in_people_is_not_money():  # a guard
    got = extract_claims("Chun'an County's per capita GDP was 41,798 people.", lang="en", published="2015-09-28")
    assert [c.unit for c in got] == ["persons"]


def test_an_urban_income_written_with_no_unit_is_outside_the_vocabulary():  # the all-residents rule holds unsaid too
    text = "Chun'an County's per capita disposable income of urban residents was 35,000 in 2014."
    got = extract_claims(text, lang="en", published="2015-09-28")
    assert [(c.indicator, c.inferred) for c in got] == [("other:urban_disposable_income_per_capita", ["unit"])]


def test_output_in_a_relative_clause_after_industrial_enterprises_is_industrial_output():
    # "…, which generated output of …": the clause alone gave other:output
    text = "Yuhang has 2,100 industrial enterprises above designated size, which generated output of 600 billion yuan."
    got = claims(text, published="2025-03-01", lang="en")
    assert [c["indicator"] for c in got if c["unit"] == "CNY"] == ["industrial_output"]


def test_a_firms_revenue_in_a_relative_clause_stays_no_places_measure():  # a guard: passed before
    got = claims("Alibaba, which earned revenue of 900 billion yuan, is based in Yuhang.", published="2025-03-01")
    assert [c["indicator"] for c in got if c["unit"] == "CNY"] == ["other:revenue"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("福田區現有逾130間上市公司。", "listed_companies"),  # Hong Kong's counter for firms
        ("福田区现有逾130间上市公司。", "listed_companies"),
        ("福田區有2,400間國家級高新技術企業。", "high_tech_enterprises"),
    ],
)
def test_firms_counted_with_the_hong_kong_counter_are_counted(text, indicator):
    assert brief(claims(text, published="2026-02-01"), "region", "indicator") == [("440304", indicator)]


def test_rooms_counted_with_the_same_counter_are_no_count_of_firms():  # a guard: passed before
    assert claims("福田区今年新增130间人才公寓。", published="2026-02-01") == []


@pytest.mark.parametrize("said", ["万人拥有发明专利数", "每万人拥有发明专利数", "每万人拥有有效发明专利数量"])
def test_invention_patents_per_ten_thousand_people_said_with_a_verb_are_the_indicator(said):
    """Were other:count: 万人拥有发明专利数 is the per-10,000 measure written with its verb."""
    got = claims(f"2024年，武进区{said}达106.7件。", published="2025-03-01")
    assert brief(got, "indicator", "unit", "value") == [("invention_patents_per_10k", "count_per_10k", 106.7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # was strategic_emerging_share: a share of industry's value added, not of GDP
            "In 2023, strategic emerging industries accounted for 40.6% of the total added value of industrial "
            "enterprises above the designated size in Zhejiang.",
            ("other:strategic_emerging_share_of_industry", 40.6),
        ),
        (  # was other:percent: the measure stands before an aside that defines it
            "Zhejiang's research and development (R&D) spending intensity, or the expenditure on R&D as a percentage "
            "of its GDP, reached 3.1% in 2023.",
            ("rd_intensity", 3.1),
        ),
        (  # was no claim: the measure before the figure, 'per 10,000 people' after it
            "In 2023, the average ownership of invention patents in Zhejiang was 49.8 per 10,000 people.",
            ("invention_patents_per_10k", 49.8),
        ),
        (
            "In 2023, Zhejiang's high-value invention patents were 20.5 per 10,000 people.",
            ("other:high_value_patents_per_10k", 20.5),
        ),
    ],
)
def test_english_report_wordings_of_shares_and_patents(text, expected):
    assert brief(claims(text, published="2024-01-23"), "indicator", "value") == [expected]


def test_two_shares_listed_before_a_whole_of_industry_are_both_shares_of_industry():
    """The first had been strategic_emerging_share: the whole stands after the second figure."""
    text = (
        "In 2023, strategic emerging industries and high-tech industries accounted for 41.3% and 49.9% of the total "
        "added value of industrial enterprises above the designated size in Zhejiang."
    )
    got = brief(claims(text, published="2024-01-23"), "indicator")
    assert got == [("other:strategic_emerging_share_of_industry",)] * 2


def test_a_share_of_gdp_before_a_clause_with_a_share_of_industry_is_still_of_gdp():  # guard
    text = "2024年，福田区战略性新兴产业增加值占GDP比重为40%，占规上工业增加值比重为60%。"
    got = brief(claims(text, published="2025-03-01"), "indicator", "value")
    assert got == [("strategic_emerging_share", 40), ("other:strategic_emerging_share_of_industry", 60)]


@pytest.mark.parametrize(
    "text",
    [
        "南山区每平方公里工业用地产出首超80亿元，达82亿元。",
        "南山区工业总产值突破1.2万亿元，每平方公里工业用地产出首超80亿元，达到82亿元。",
    ],
)
def test_a_level_given_after_a_line_crossed_is_the_same_measure_s(text):
    got = brief(claims(text, lang="zh", published="2026-02-01"), "indicator", "value")
    assert got[-2:] == [("other:per_area", 8e9), ("other:per_area", 8.2e9)]  # was other:amount or industrial_output


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("仁怀市2024年白酒工业总产值1157.1亿元。", "other:sector_output"),  # one trade's (was industrial_output)
        ("柯桥区2024年纺织工业产值1020.5亿元。", "other:sector_output"),
        ("柯桥区2024年规上工业总产值1020.5亿元。", "industrial_output"),  # guard: all firms above designated size
        ("2024年柯桥全区工业总产值1020.5亿元。", "industrial_output"),  # guard
    ],
)
def test_the_output_of_one_trade_is_not_the_places_industrial_output(text, indicator):
    assert brief(claims(text, lang="zh", published="2025-03-01"), "indicator") == [(indicator,)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The added value of Yinzhou's postal service industry was 4.2 billion yuan.", "other"),
        ("The added value of Yinzhou's software service industry was 4.2 billion yuan.", "other"),
        ("The added value of Yinzhou's service sector was 142 billion yuan.", "tertiary_value_added"),  # guard
    ],
)
def test_a_service_trade_is_a_part_of_the_tertiary_sector(text, indicator):
    (got,) = claims(text, lang="en", published="2025-03-01")
    assert got["indicator"].partition(":")[0] == indicator  # were tertiary_value_added


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "In 2022 the per capita disposable income of urban and rural residents in Songjiang was 61,250 yuan.",
            "disposable_income_per_capita",
        ),  # was the rural residents' alone
        (
            "Songjiang's resident's disposable personal income in 2022 stood at 61,250 yuan.",
            "disposable_income_per_capita",
        ),  # was other:income
        (
            "In 2022 the per capita disposable income of rural residents in Songjiang was 41,250 yuan.",
            "other:rural_disposable_income_per_capita",
        ),  # a guard
    ],
)
def test_one_income_of_urban_and_rural_residents_together_is_all_residents(text, indicator):
    assert brief(claims(text, published="2023-03-01"), "indicator") == [(indicator,)]


@pytest.mark.parametrize(
    "text",
    [
        "2022年，松江区全区增加值达到1850.2亿元。",
        "2022年，松江区全区实现增加值1850.2亿元，增长3.1%。",
        "In 2022, the added value of the whole district of Songjiang reached 185.02 billion yuan.",
    ],
)
def test_the_value_added_of_the_whole_district_is_its_gdp(text):
    # a Shanghai district states its output as the value added of all its sectors (全区增加值): was other:amount
    got = brief(claims(text, published="2023-03-01"), "indicator", "value")
    assert got[0] == ("gdp", 185.02e9)


def test_an_industrys_value_added_across_the_district_stays_the_industrys():  # a guard
    got = brief(claims("2022年，松江区全区规模以上工业增加值达到1050.2亿元。", published="2023-03-01"), "indicator")
    assert got == [("industrial_value_added",)]


def test_general_budget_revenue_typed_with_a_typo_is_still_the_budget_revenue():
    # 收人 for 收入, a common slip: the figure had been read as the district's GDP, its growth as GDP growth
    got = claims("2025年前三季度，峄城区一般公共预算收人完成12.7亿元，增长4.0%。", published="2025-12-23")
    assert brief(got, "indicator") == [("fiscal_revenue",), ("other:fiscal_revenue_growth",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年，邛崃市GDP为400.6亿元，有61.2万常住人口。", ("population", 612000.0)),
        ("2022年，邛崃市GDP为400.6亿元，常住人口60.3万，与65.8万的户籍人口相比有所减少。", ("other:persons", 658000.0)),
    ],
)
def test_people_in_wan_before_the_word_population_are_people_not_yuan(text, expected):
    # a figure in 万 after a GDP in 亿元 had taken its yuan: the GDP was 61.2万 yuan
    got = brief(claims(text, published="2023-03-01"), "indicator", "value")
    assert got[-1] == expected and got[0] == ("gdp", 400.6e8)


@pytest.mark.parametrize("step", ["再上千亿新台阶", "又跨上一个千亿台阶", "再迈上千亿元新台阶"])  # 一个: passed before
def test_another_step_of_a_hundred_billion_is_no_level(step):
    got = claims(f"2023年，青岛市生产总值突破1.5万亿元，{step}，同比增长5.9%。", published="2024-02-01")
    assert brief(got, "indicator", "value") == [("gdp", 1.5e12), ("gdp_growth", 5.9)]  # was a GDP of 千亿 too


@pytest.mark.parametrize(
    "whole", ["fiscal expenditure", "the general public budget expenditure", "government spending"]
)
def test_rd_spending_as_a_share_of_the_budget_is_no_rd_intensity(whole):
    got = claims(f"In 2023, Huaxi's R&D expenditure accounted for 1.8 percent of {whole}.", published="2024-03-01")
    assert brief(got, "indicator") == [("other:rd_intensity_of_budget",)]  # was read as R&D spending over GDP


@pytest.mark.parametrize(("money", "label"), [("注册台资", "taiwan_investment"), ("注册资本", "registered_capital")])
def test_registered_capital_after_a_gdp_sentence_is_no_gdp(money, label):
    text = f"2009年，太仓市GDP为735亿元。截至2009年底，太仓累计批准台资企业480家，{money}38亿美元。"
    got = brief(claims(text, published="2010-03-01"), "indicator", "value")
    assert got[-1] == (f"other:{label}", 3.8e9) and got[0] == ("gdp", 7.35e10)  # was a second GDP, in dollars


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年，嘉定区198家重点企业累计完成工业总产值3500亿元，同比增长5.2%。", "zh"),
        ("2024年，嘉定区龙头企业实现工业总产值3500亿元。", "zh"),
        ("In 2024, Jiading's 198 key enterprises generated industrial output of 350 billion yuan.", "en"),
        ("2024年，嘉定区本土民企贡献工业产值3500亿元。", "zh"),  # firms of an ownership
        ("In 2024, Jiading's private enterprises generated industrial output of 350 billion yuan.", "en"),
    ],
)
def test_the_output_of_a_group_of_key_firms_is_theirs_not_the_places(text, lang):
    got = brief(claims(text, published="2025-03-06", lang=lang), "indicator", "value")
    assert ("industrial_output", 3.5e11) not in got  # had been the district's industrial output
    assert ("other:industrial_output_of_firms", 3.5e11) in got


def test_the_output_of_all_firms_above_the_size_threshold_stays_the_places():  # a guard
    got = claims("2024年，嘉定区规模以上工业企业完成工业总产值4694.3亿元。", published="2025-03-06")
    assert [c["indicator"] for c in got] == ["industrial_output"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The added value of crop farming was 15.6 billion yuan.",
        "The province had bumper harvests, with the added value of crop farming amounting to 15.6 billion yuan.",
    ],
)
def test_the_added_value_of_a_branch_named_in_english_is_no_gdp(sentence):
    text = f"Heilongjiang's GDP was 1.03 trillion yuan in 2018. {sentence}"
    got = brief(claims(text, published="2019-03-01", lang="en"), "indicator", "value")
    assert got == [("gdp", 1.03e12), ("other:sector_value_added", 1.56e10)]  # the branch's had been GDP


def test_the_added_value_of_a_places_firms_stays_their_measure():  # a guard: "Beijing's …" is no branch
    text = "In 2024, the added value of Beijing's industrial enterprises above designated size grew 7 percent."
    got = brief(claims(text, published="2025-03-01", lang="en"), "indicator")
    assert got == [("other:industrial_value_added_growth",)]


@pytest.mark.parametrize(
    "text",
    [
        "By the end of 2024, 35 companies from Cixi had gone public.",
        "By the end of 2024, 35 companies in Cixi had been listed on stock exchanges.",
    ],
)
def test_companies_that_have_gone_public_are_the_listed_companies(text):
    got = brief(claims(text, published="2025-03-01", lang="en"), "indicator", "value")
    assert got == [("listed_companies", 35)]  # "had gone public" had been other:count


def test_companies_that_went_public_in_a_year_are_new_listings():  # a guard
    got = brief(claims("In 2024, 5 companies in Cixi went public.", published="2025-03-01", lang="en"), "indicator")
    assert got == [("other:added_listed_companies",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年，嘉定区民营企业带动全区工业总产值达3500亿元。", "zh"),
        ("In 2024, Jiading's private enterprises drove the district's industrial output to 350 billion yuan.", "en"),
    ],
)
def test_firms_named_as_the_cause_of_the_wholes_figure_leave_it_the_places(text, lang):
    got = brief(claims(text, published="2025-03-06", lang=lang), "indicator", "value")
    assert got == [("industrial_output", 3.5e11)]  # had been read as the firms' own output


@pytest.mark.parametrize(
    "text",
    [
        "In the first half of 2024, the total output value of agriculture, forestry, husbandry and fishery in Gansu "
        "reached 48 billion yuan, with an increase of 5.1 percent year on year.",
        "In 2024, husbandry in Gansu achieved a total output value of 48 billion yuan, up 5.1 percent.",
    ],
)
def test_the_total_output_value_of_farming_is_no_gdp_nor_its_growth(text):
    # a "total output" is the place's economy unless it is of a thing: the farms' (husbandry alone, too)
    got = [c.to_dict() for c in extract_claims(text, lang="en", published="2024-07-20")]
    assert [c["indicator"] for c in got if c["indicator"] in ("gdp", "gdp_growth")] == []
    assert [c["value"] for c in got] == [48e9, 5.1]


def test_the_total_output_value_of_industrial_enterprises_is_the_industrys():  # a guard: passed before
    text = "The total output value of industrial enterprises in Tianhe reached 80 billion yuan in 2023."
    got = [c.to_dict() for c in extract_claims(text, lang="en", published="2024-07-20")]
    assert [(c["region"], c["indicator"]) for c in got] == [("440106", "industrial_output")]


def test_invention_patents_owned_by_per_10000_residents_are_the_patents_measure():  # had given no claim
    text = "The number of invention patents owned by per 10,000 Hangzhou residents reached 81.2 by the end of 2023."
    got = [c.to_dict() for c in extract_claims(text, lang="en", published="2024-02-01")]
    assert [(c["region"], c["indicator"], c["value"]) for c in got] == [("330100", "invention_patents_per_10k", 81.2)]


@pytest.mark.parametrize("group", ["户籍人口", "城镇人口", "农村人口"])
def test_a_short_name_before_a_group_of_its_people_is_the_place(group):
    # a short name settles only before a measure: 户籍人口 and the like were none, so the residents after them
    # in the same sentence had no place
    got = claims(f"2024年末张家港{group}93.1万人，常住人口146.2万人。", published="2025-03-01")
    assert ("320582", "population", 1462000) in [(c["region"], c["indicator"], c["value"]) for c in got]
