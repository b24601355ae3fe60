"""Every county-level-and-above unit of today, named in full in a sentence of its own, is read as that
unit: a sweep over the whole bundled gazetteer, so that a name clashing with some other rule (桐乡市
and a township's 乡, 乾县 and the Traditional 乾) shows up however rare it is in news."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import brief, claims
from regionwatch.extract import extract_claims
from regionwatch.extract._settle import _COMMON_WORDS
from regionwatch.gazetteer import Gazetteer

_GENERIC = {"城区", "郊区", "矿区", "东区", "西区", "老城区"}  # names that are no one place's (extract/_places)


@pytest.fixture(scope="module")
def regions():
    gz = Gazetteer.load()
    latest = {}
    for r in gz.all():
        if r.active and r.level in ("county", "prefecture", "province"):
            latest[r.code] = r
    return gz, list(latest.values())


def _found(text: str, lang: str, code: str, gz: Gazetteer) -> bool:
    got = extract_claims(text, lang=lang, published="2025-03-01", gazetteer=gz)
    return any(c.region == code and c.indicator == "gdp" for c in got)


def _missed(units: list, frame: str, indicator: str, published: str, gz: Gazetteer) -> list:
    """The units whose ``indicator`` is not read for them from ``frame`` written with their short and full names."""
    return [
        r
        for r in units
        if not any(
            c.region == r.code and c.indicator == indicator
            for c in extract_claims(
                frame.format(short=r.short_zh, full=r.name_zh), lang="zh", published=published, gazetteer=gz
            )
        )
    ]


def test_every_unique_chinese_name_in_full_is_read_as_its_unit(regions):
    gz, units = regions
    count = Counter(r.name_zh for r in units)
    unique = [r for r in units if count[r.name_zh] == 1 and r.name_zh not in _GENERIC]
    missed = [r.name_zh for r in unique if not _found(f"2024年{r.name_zh}地区生产总值为100亿元。", "zh", r.code, gz)]
    assert len(unique) > 2500
    assert missed == []


@pytest.mark.parametrize(
    ("frame", "indicator"),
    [
        ("截至2024年末，{n}常住人口为70.4万人。", "population"),
        ("{n}总面积为1100平方公里。", "area"),
        ("2024年{n}地区生产总值增长5.2%。", "gdp_growth"),
    ],
)
def test_every_unique_county_level_name_gives_its_measure_when_named_before_it(regions, frame, indicator):
    # names holding a word a cue reads once misread the figure: 增城区, 相城区 (城区 "urban area": no population),
    # 五家渠市 (五家 "five firms"), 绿园区 (园区 "a park": not its land), 来安县 (2024年来 "over the years since")
    gz, units = regions
    count = Counter(r.name_zh for r in units)
    unique = [r for r in units if count[r.name_zh] == 1 and r.name_zh not in _GENERIC and r.level == "county"]
    wrong = []
    for r in unique:
        got = extract_claims(frame.format(n=r.name_zh), lang="zh", published="2025-03-01", gazetteer=gz)
        if [(c.region, c.indicator) for c in got] != [(r.code, indicator)]:
            wrong.append(r.name_zh)
    assert len(unique) > 2500
    assert wrong == []


def test_every_unique_english_name_with_its_level_word_is_read_as_its_unit(regions):
    gz, units = regions
    count = Counter(r.name_en.lower() for r in units)
    unique = [r for r in units if count[r.name_en.lower()] == 1 and "Forestry" not in r.name_en]
    missed = [
        r.name_en for r in unique if not _found(f"{r.name_en}'s GDP reached 10 billion yuan in 2024.", "en", r.code, gz)
    ]
    assert len(unique) > 2000
    # 34 names are the same pinyin as another unit's ("Longgang" the Zhejiang city and Shenzhen's district,
    # "Shanxi" and "Shaanxi", "Kashgar" the city and the prefecture): a bare name cannot tell them apart
    assert len(missed) <= 34, missed


def test_every_county_level_unit_after_its_city_is_read_as_that_unit(regions):
    # "Tonghua's Ji'an" is the county-level city under Tonghua, not Jiangxi's Ji'an; 阳泉市城区 is one district
    gz, units = regions
    missed = []
    for r in units:
        city = gz.get(r.parent_code) if r.level == "county" and r.parent_code else None
        if city is None or city.level != "prefecture" or "Forestry" in r.name_en or "Mining" in r.name_en:
            continue
        for text, lang in (
            (f"{city.name_en}'s {r.name_en} reported GDP of 10 billion yuan in 2024.", "en"),
            (f"2024年，{city.name_zh}{r.name_zh}地区生产总值100亿元。", "zh"),
        ):
            if not _found(text, lang, r.code, gz):
                missed.append(text)
    assert len(missed) <= 1, missed  # "Baotou's Da'erhanmaoming'anlianhe Banner": a name of six syllables


_ECHO = {"county_city": "全市", "county": "全县", "autonomous_county": "全县", "district": "全区"}


def test_every_county_short_name_opening_a_document_then_echoed_by_its_kind_is_that_unit(regions):
    # "顺义：前三季度经济稳中向好 ¶ 全区实现…": no city is named, the short name is the document's first
    # place and 全区/全县/全市 after it fits its kind; short names that are everyday words (资源, 友谊) are not
    gz, units = regions
    count = Counter(r.short_zh for r in units)
    unique = [
        r
        for r in units
        if r.kind in _ECHO and count[r.short_zh] == 1 and len(r.short_zh) >= 2 and r.short_zh != r.name_zh
    ]
    missed = []
    for r in unique:
        text = f"{r.short_zh}：前三季度经济稳中向好\n\n前三季度，{_ECHO[r.kind]}实现地区生产总值100亿元。"
        got = extract_claims(text, lang="zh", published="2025-11-01", gazetteer=gz)
        if not any(c.region == r.code for c in got):
            missed.append(r.short_zh)
    assert len(unique) > 2000
    # left out on purpose: everyday words, 东城/西城 (generic), and 沙县, 赣县, 梅县, 辉县, which are also the full
    # names of counties of old (沙县 before it became 沙县区), read as written
    unexpected = [m for m in missed if m not in _COMMON_WORDS and m not in {"东城", "西城"} and not m.endswith("县")]
    assert unexpected == []
    assert len(missed) < 60


def test_every_county_short_name_in_a_headline_is_the_unit_the_story_writes_out_later(regions):
    # "坪山前三季度…答卷出炉 …全市第一 … ¶ 近日，坪山区统计局…": the headline's short name is the unit written out
    # below it, also where the tokenizer runs it into the next word (坪|山前) or the headline ranks it in its city
    gz, units = regions
    full = Counter(r.name_zh for r in units)
    larger = {r.short_zh for r in units if r.level != "county"}  # 承德 for 承德县 is the city first
    cases = [
        r
        for r in units
        if r.level == "county"
        and full[r.name_zh] == 1
        and len(r.short_zh) >= 2
        and r.short_zh != r.name_zh
        and r.short_zh not in _COMMON_WORDS | larger | {"东城", "西城", "老城"}  # generic: only after their city
    ]
    headline = "{short}前三季度经济发展答卷出炉 投资增速全市第一 社消零总额超百亿元\n{full}统计局发布数据。"
    missed = [r.name_zh for r in _missed(cases, headline, "retail_sales", "2024-11-06", gz)]
    assert len(cases) > 2400
    assert missed == ["鄂托克旗"]  # 鄂托克 is also how 鄂托克前旗 begins: two banners, neither settled (89 were missed)


def test_every_county_short_name_in_a_headline_of_a_document_naming_no_other_place_is_that_unit(regions):
    # "X｜2024年成绩单 ¶ 地区生产总值：…": a data card (数说昆山…) whose one place is the short name in its headline
    gz, units = regions
    count = Counter(r.short_zh for r in units)
    unique = [
        r
        for r in units
        if r.level == "county" and count[r.short_zh] == 1 and len(r.short_zh) >= 2 and r.short_zh != r.name_zh
    ]
    card = "{short}｜2024年经济成绩单出炉\n\n👉 地区生产总值：100.5亿元，同比增长5.5%"
    missed = [r.short_zh for r in _missed(unique, card, "gdp", "2025-02-10", gz)]
    assert len(unique) > 2000
    unexpected = [m for m in missed if m not in _COMMON_WORDS and m not in {"东城", "西城"} and not m.endswith("县")]
    assert unexpected == []


@pytest.mark.parametrize(
    "body",
    [
        "👉 扬州市地区生产总值：100.5亿元",  # another place named: the figure is its
        "全县地区生产总值：100.5亿元",  # 昆山 is a county-level city, 全县 is some county the headline is not
    ],
)
def test_a_headline_short_name_is_not_the_subject_when_the_document_says_otherwise(body):
    got = extract_claims(f"学习昆山经验\n\n{body}", lang="zh", published="2025-02-10")
    assert [c.region for c in got if c.region == "320583"] == []


@pytest.mark.parametrize("name", ["Pudong New Area", "Pudong New District", "Binhai New Area"])
def test_a_new_area_called_new_district_is_read_with_its_level_word(name):
    got = claims(f"{name} grew 6.1 percent in 2024.", published="2025-02-10")
    assert brief(got, "indicator", "value") == [("gdp_growth", 6.1)]


def test_a_zone_called_new_district_after_its_district_names_no_other_place():
    text = "Huqiu district (Suzhou New District) expects its GDP to grow at least 6 percent in 2021."
    assert {c["region"] for c in claims(text, published="2021-01-05")} == {"320505"}


def test_places_called_by_english_names_that_are_not_pinyin():
    text = "Harbin's GDP grew 5.2 percent in 2024, while Hohhot grew 6.1 percent and Urumqi 6.5 percent."
    got = brief(claims(text, published="2025-02-01"), "region", "indicator", "value")
    assert got == [("230100", "gdp_growth", 5.2), ("150100", "gdp_growth", 6.1), ("650100", "gdp_growth", 6.5)]


def test_xinjiang_by_its_short_name_in_a_list_of_provinces():
    got = claims("2024年，新疆、甘肃GDP分别增长6.1%和5.9%。", published="2025-01-28")
    assert brief(got, "region", "value") == [("650000", 6.1), ("620000", 5.9)]


def test_the_new_area_is_an_anaphor_not_a_zone_called_the():
    text = (
        "Pudong New Area's GDP reached 1.77 trillion yuan in 2024. "
        "The new area accounts for about a third of Shanghai's economy."
    )
    got = brief(claims(text, published="2025-03-01"), "region", "indicator", "value", "relative_to")
    assert got == [("310115", "gdp", 1.77e12, None), ("310115", "gdp", 33.3, "310000")]


def test_every_autonomous_prefecture_by_its_short_name_and_zhou(regions):
    gz, units = regions
    prefectures = [r for r in units if r.kind == "autonomous_prefecture" and len(r.short_zh) >= 2]
    missed = [
        r.short_zh + "州"
        for r in prefectures
        if not _found(f"2024年{r.short_zh}州地区生产总值为100亿元。", "zh", r.code, gz)
    ]
    assert len(prefectures) >= 29
    assert missed == []


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("昆山前三季GDP增长4.5%", "320583"),
        ("江阴1-9月地区生产总值3900亿元。", "320281"),
        ("常熟下半年GDP增长6%。", "320581"),
    ],
)
def test_a_short_name_before_a_part_of_the_year_and_its_measure_is_the_place(text, region):
    assert {c["region"] for c in claims(text, published="2023-11-05")} == {region}


@pytest.mark.parametrize("level", ["5000亿元大关", "千亿大关"])
def test_a_county_short_name_right_after_a_figure_is_a_word_of_that_figure(level):
    cs = claims(f"2024年，江阴市GDP突破{level}，达5320亿元，实际增长5.5%。", published="2025-03-01")
    assert {c["region"] for c in cs} == {"320281"}  # not 大关县 (530624)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2014年，宁乡县实现地区生产总值798亿元。", "430182"),  # 宁乡县 became 宁乡市 in 2017
        ("In 2014, Ningxiang county posted GDP of 79.8 billion yuan.", "430182"),
        ("2015年，郫县GDP达到400亿元。", "510117"),  # 郫县 became 郫都区 in 2016
        (
            "2013年，增城市实现地区生产总值1050亿元。",
            "440118",
        ),  # a part went to 萝岗区 in 2005, the rest 增城区 in 2014
        ("2014年，戚墅堰区GDP为120亿元。", "320405"),  # merged into 武进区 in 2015: not 武进区's figure
    ],
)
def test_a_place_under_its_old_name_carries_its_code_of_today_unless_merged(text, code):
    cs = claims(text, published="2015-12-20")
    assert {(c["region"], tuple(c["inferred"])) for c in cs} == {(code, ())}


def test_a_county_short_name_read_as_a_word_stays_a_word_beside_a_sibling_of_that_county():
    cs = claims(
        "2025年，昭阳区GDP突破500亿元大关，增长5.1%。", published="2026-02-01"
    )  # 昭阳区 and 大关县: both 昭通市's
    assert {c["region"] for c in cs} == {"530602"}


def test_a_short_name_opening_a_clause_after_a_semicolon_is_the_subject_of_its_figure():
    # 江阴 alone (no 市) is settled as the subject of the figure its clause opens with; a ； before it is
    # folded to ; in the text read, and was not taken for the clause's start
    text = "去年昆山市GDP为5380亿元，增长5.6%；江阴实现了4.1%的增长。"
    got = brief(claims(text, published="2025-03-01"), "region", "value")
    assert got[-1] == ("320281", 4.1)


def test_a_conjunction_before_county_institutions_is_not_he_county():
    # 和县 (He County, 340523) was read in 领导和县人大 ('leadership and the county congress'): the report's
    # unlabelled figures then went to He County instead of the county of the title
    text = (
        "平利县人民政府工作报告\n一年来，在县委领导和县人大支持下，全县各项工作有序推进。"
        "2015年实现地区生产总值67.9亿元。"
    )
    got = claims(text, published="2016-03-29", lang="zh")
    assert brief(got, "region", "indicator") == [("610926", "gdp")]


@pytest.mark.parametrize(
    "text", ["安徽省和县人大常委会召开会议。", "马鞍山市和县人民政府发布通知。", "和县县委召开会议。"]
)
def test_he_county_after_its_province_or_city_is_still_he_county(text):  # a guard
    got = extract_claims(text + "2024年，全县地区生产总值完成300亿元。", lang="zh", published="2025-03-01")
    assert [c.region for c in got] == ["340523"]


@pytest.mark.parametrize(
    "text",
    [
        "Guide: the top 100 counties created a tenth of the nation's GDP, or 9.6 trillion yuan, in 2019.",
        "Hailing from a farming family, the mayor said the city's GDP reached 210 billion yuan.",
        "Boxing and Lean Manufacturing: the county's GDP reached 38 billion yuan in 2024.",
    ],
)
def test_a_county_name_that_is_an_english_word_needs_its_level_word(text):
    got = claims(text, published="2025-03-01")
    assert {c["region"] for c in got} & {"632523", "321202", "371625", "361025"} == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Guide County in Qinghai reported GDP of 5.1 billion yuan in 2024.", "632523"),
        ("Boxing County's GDP reached 38 billion yuan in 2024.", "371625"),
    ],
)
def test_such_a_name_with_its_level_word_is_the_county(text, code):  # a guard
    assert {c["region"] for c in claims(text, published="2025-03-01")} == {code}


def test_a_county_named_like_household_registration_has_a_population():
    got = claims("Hukou County had a permanent population of 280,000 at the end of 2024.", published="2025-03-01")
    assert brief(got, "region", "indicator") == [("360429", "population")]  # 'hukou' had made them registered people


def test_per_head_in_taiwans_words_is_per_capita():
    text = "2011年，朝陽區全區每人平均GDP達到90855元，較北京市每人平均GDP12643美元高出1419美元。"
    got = claims(text, published="2012-08-08", lang="zh")
    assert [(c["indicator"], c["value"]) for c in got][:1] == [("gdp_per_capita", 90855.0)]
    assert "gdp" not in [c["indicator"] for c in got]  # the dollar figures are per head too, outside v1


def test_an_expo_named_after_the_country_is_not_the_country():
    text = "Shanghai's foreign trade rose in 2018, helped by the China International Import Expo, up 5.5 percent."
    got = claims(text, published="2019-01-24")
    assert {c["region"] for c in got} == {"310000"}


@pytest.mark.parametrize(
    "text",
    [
        "YANTIAN'S GDP is estimated to have reached 80.2 billion yuan in 2024, up 4.1 percent.",
        "YANTIAN District reported GDP of 80.2 billion yuan in 2024, up 4.1 percent.",
    ],
)
def test_a_paragraph_led_by_a_place_in_capitals(text):
    got = claims(text, published="2025-02-01", lang="en")
    assert {(c["region"], "region" in c["inferred"]) for c in got} == {("440308", False)}
    assert len(got) == 2


def test_a_short_name_inside_a_list_of_three_character_slogans_is_no_place():
    text = "今年以来，全县统筹稳增长、促改革、惠民生、防风险，前三季度全县地区生产总值增长6.5%。"
    assert claims(text, published="2018-11-10", lang="zh") == []  # was 惠民县's (371621): 惠民生 is a slogan


@pytest.mark.parametrize("word", ["样本县", "成本市", "基本区"])
def test_a_word_ending_in_ben_before_a_level_word_is_no_this_county(word):
    text = f"2021年，义乌市GDP超过1800亿元，继续领跑300个{word}，玉环市次之，达到700亿元。"
    got = [c for c in claims(text, published="2022-03-01", lang="zh") if c["value"] == 70_000_000_000]
    assert [c["region"] for c in got] == ["331083"]  # 玉环市 alone, not 义乌市 as 本县 too


@pytest.mark.parametrize("text", ["前三季度江苏三市GDP总量超万亿", "2024年，深圳两区GDP均超过万亿元。"])
def test_a_counted_group_of_lower_places_named_after_a_place_is_not_that_places_figure(text):
    assert claims(text, published="2024-11-07", lang="zh") == []  # the group's members are not named


def test_a_counted_group_after_its_members_is_theirs():
    got = claims("南山、福田两区GDP均超过6000亿元。", published="2024-11-07", lang="zh")
    assert sorted(c["region"] for c in got) == ["440304", "440305"]


@pytest.mark.parametrize("capital", ["published in Beijing", "released in Beijing on Sept 10"])
def test_a_name_its_parent_fixes_once_is_that_place_everywhere_in_the_document(capital):
    # "Tongzhou ranks 35th …" then "Nantong's Tongzhou district": with Beijing named too, every other Tongzhou
    # had been read as Beijing's
    text = (
        f"Tongzhou ranks 35th among the top districts\nThe white paper was {capital}. Nantong's Tongzhou district "
        "ranked 35th.\nTongzhou's GDP reached 150 billion yuan in 2019."
    )
    assert brief(claims(text, published="2020-09-16"), "region", "value") == [("320612", 1.5e11)]


def test_an_insurer_named_like_a_place_spelt_apart_is_no_place():
    # "Ping An" read as Ping'an district (平安区, Qinghai): a Shenzhen district's GDP went there
    text = "Futian posted GDP of 205 billion yuan in the first half. Ping An's home district grew 7.2%."
    assert "630203" not in {c["region"] for c in claims(text, published="2019-08-20")}


def test_a_district_name_ending_in_an_is_no_unnamed_district():
    # the "an" of Ping'an was read as an article: "an District in Haidong" was a district not named
    got = claims("Ping'an District in Haidong posted GDP of 10 billion yuan in 2024.", published="2025-03-01")
    assert brief(got, "region", "value") == [("630203", 1e10)]


@pytest.mark.parametrize(
    "text",
    [
        "Cixi is one of Zhejiang's eight 100-billion-yuan counties, with GDP of 275 billion yuan in 2024.",
        "慈溪作为浙江千亿县之一，2024年GDP达2750亿元。",  # 慈溪 was no place: no prefecture named
        "慈溪作为浙江省的经济强县，2024年GDP达2750亿元。",
    ],
)
def test_a_county_said_to_be_one_of_its_provinces_class_of_counties_is_the_subject(text):
    # the province was taken for the subject: its class of counties is the field, not the place
    assert [c["region"] for c in claims(text, published="2025-03-01")] == ["330282"]


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        ("2025年，南山区成为继浦东、海淀之后第三个“万亿区”。", "440305", 1e12),  # 继…之后 hid the joining
        ("2023年，江阴成为继昆山之后第二个“5000亿县”。", "320281", 5e11),  # 江阴 was no place: no parent named
    ],
)
def test_a_place_becoming_the_next_of_a_class_after_others_states_its_floor(text, region, value):
    got = claims(text, published="2026-03-01")
    assert [(c["region"], c["value"], c["qualifier"]) for c in got] == [(region, value, "at_least")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Xi'an's Beilin District posted GDP of 120 billion yuan in 2024.", "610103"),  # was Xi'an's
        ("Taiyuan's Wanbailin District posted GDP of 80 billion yuan in 2024.", "140109"),  # was none
        ("2024年，西安碑林GDP为1200亿元。", "610103"),  # was Xi'an's
        ("万柏林2024年GDP为800亿元。", "140109"),  # 柏林 (Berlin) inside the name: was no Chinese place's
    ],
)
def test_districts_whose_names_end_in_lin_or_xin_are_found_by_their_whole_short_name(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01")] == [region]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("2024年，三明明溪GDP为120亿元。", "350421"),  # 明明 ("clearly") ran across the two names: nothing found
        ("2024年，信阳光山GDP为320亿元。", "411522"),  # 阳光 ("sunshine")
        ("2024年，广元朝天GDP为100亿元。", "510812"),  # 元朝 (the Yuan dynasty)
        ("2024年，大连长海GDP为90亿元。", "210224"),  # 连长 (a company commander)
        ("2024年，唐山路南GDP为600亿元。", "130202"),  # 唐山路 read as a road named after Tangshan: nothing found
        ("2024年，宁波江北GDP为950亿元。", "330205"),  # 宁波江 read as a river: Chongqing's 江北 was taken
    ],
)
def test_a_citys_short_name_run_into_its_districts_short_name_is_that_district(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01")] == [region]


@pytest.mark.parametrize(
    ("text", "region", "indicator"),
    [
        ("2024年，慈溪人均GDP为16.2万元。", "330282", "gdp_per_capita"),  # the tokenizer's 慈溪人 ("a Cixi native")
        ("2024年末，常熟人均GDP为19.2万元。", "320581", "gdp_per_capita"),  # 常熟人: nothing had been found
        ("2024年，余姚人均地区生产总值为14.1万元。", "330281", "gdp_per_capita"),
    ],
    ids=["cixi", "changshu", "yuyao"],
)
def test_a_place_before_a_per_head_or_population_measure_is_found_though_a_demonym_runs_across(text, region, indicator):
    assert [(c["region"], c["indicator"]) for c in claims(text, published="2025-03-01")] == [(region, indicator)]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("2024年，中山前三季度GDP为2800亿元。", "442000"),  # 山前 ("before the hill") ran across: nothing found
        ("2024年，海安全年GDP为1500亿元。", "320685"),  # 安全 ("safety")
        ("2024年，乐清规上工业增加值为500亿元。", "330382"),  # 清规 ("rules")
        ("2024年，闵行规上工业总产值为5000亿元。", "310112"),  # 行规 ("trade rules")
    ],
    ids=["zhongshan-q1q3", "haian-year", "yueqing-above-size", "minhang-above-size"],
)
def test_a_place_before_its_measure_or_period_is_found_though_a_word_runs_across_its_end(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01")] == [region]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("2024年，嘉善和平湖GDP分别为900亿元、1000亿元。", ["330421", "330482"]),  # 和平 ("peace"): 平湖 was lost
        ("2024年，江阴和资阳GDP分别为5000亿元、1000亿元。", ["320281", "512000"]),  # 和资: both had been 江阴's
    ],
    ids=["and-pinghu", "and-ziyang"],
)
def test_a_place_after_a_linking_word_is_found_though_a_word_runs_across_its_start(text, regions):
    assert [c["region"] for c in claims(text, published="2025-03-01")] == regions


def test_a_demonym_as_a_person_is_still_no_mention():  # a guard: 慈溪人 with no measure after it
    assert claims("一位慈溪人开了一家公司，营业额达500万元。", published="2025-03-01") == []


@pytest.mark.parametrize("text", ["今年阳光山色很美，游客达120万人次。", "唐山路上新开了一家店，营业额达500万元。"])
def test_words_and_roads_beside_no_child_place_stay_no_place(text):  # guard
    assert claims(text, published="2025-03-01") == []


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Lishui, a district of Nanjing, recorded GDP of 100 billion yuan in 2024.", "320117"),  # was Lishui city
        ("Suining, a county in Xuzhou, recorded GDP of 80 billion yuan in 2024.", "320324"),  # was Suining, Sichuan
        ("Ji'an, a county-level city under Tonghua, had GDP of 10 billion yuan in 2024.", "220582"),  # was Jiangxi's
        ("Hailing, a district of Taizhou, recorded GDP of 90 billion yuan in 2024.", "321202"),  # an English word
        ("Qinglong county in Qinhuangdao reported GDP of 20 billion yuan in 2024.", "130321"),  # an autonomous county
        ("Wuchuan County's GDP reached 10 billion yuan in 2024.", "150125"),  # no parent: the plain county
        ("Jungar Banner in Ordos posted GDP of 135 billion yuan in 2024.", "150622"),  # its Mongolian name
        ("Ordos's Ejin Horo Banner posted GDP of 110 billion yuan in 2024.", "150627"),
    ],
)
def test_an_english_name_with_its_kind_and_parent_beside_it_is_that_place(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01", lang="en")] == [region]


def test_an_english_word_that_is_a_countys_name_is_still_no_place_alone():  # guard
    text = "Hailing from Taizhou, the firm reported revenue of 3 billion yuan in 2024."
    assert "321202" not in {c["region"] for c in claims(text, published="2025-03-01", lang="en")}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("鶴壁市濬縣2024年實現地區生產總值356.8億元。", "410621"),  # 濬 for 浚
        ("玉溪市澂江市2024年實現地區生產總值356.8億元。", "530481"),  # 澂 for 澄
        ("2024年，新鄉衞輝GDP為356.8億元。", "410781"),  # 衞 (Hong Kong) for 卫
        ("2024年，宜賓敍州GDP為356.8億元。", "511504"),  # 敍 (Hong Kong) for 叙
    ],
)
def test_traditional_variants_opencc_keeps_are_read_as_the_simplified_names(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01", lang="zh")] == [region]  # were the cities


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("2024年，浙江江北GDP为950亿元。", "330205"),  # 浙江江 read as a river: Chongqing's 江北 was taken
        ("2024年，云南河口GDP为50亿元。", "532532"),  # was Dongying's 河口区
        ("In 2024, the GDP of Yushu, Jilin, was 50 billion yuan.", "220182"),  # was Yushu, Qinghai
        ("In 2024, the GDP of Jinzhou, Hebei, was 40 billion yuan.", "130183"),  # was Jinzhou, Liaoning
        ("Jingxing Mining District in Hebei province reported GDP of 10 billion yuan in 2024.", "130107"),  # Hebei
    ],
)
def test_a_county_after_its_province_or_with_its_own_kind_word_is_that_county(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01")] == [region]


def _kind_word(r) -> str:
    return {"county_city": "county-level city", "district": "district", "county": "county"}.get(r.kind, "")


def test_every_county_after_its_citys_short_name_or_in_an_appositive_is_that_unit(regions):
    # 三明明溪, 唐山路南, 宁波江北 (a tokenizer's word or a landmark ran across the two names), 新鄉衞輝 (a Hong
    # Kong variant); "Lishui, a district of Nanjing," and "Hailing, a district of Taizhou," (Lishui city; an English
    # word) — the names left are those the two forms cannot tell apart (济南市中 is also 济南市 then 中)
    gz, units = regions
    missed = []
    for r in units:
        city = gz.get(r.parent_code) if r.level == "county" and r.parent_code else None
        if city is None or city.level != "prefecture" or len(r.short_zh) < 2 or r.short_zh == city.short_zh:
            continue
        texts = [(f"2024年，{city.short_zh}{r.short_zh}GDP为100亿元。", "zh")]
        if _kind_word(r) and len(r.pinyin.replace("'", "")) >= 5:  # "Zhao, a county of …" is no way to write 赵县
            texts.append((f"{r.pinyin}, a {_kind_word(r)} of {city.name_en}, posted GDP of 10 billion yuan.", "en"))
        missed += [text for text, lang in texts if not _found(text, lang, r.code, gz)]
    assert len(missed) <= 8, missed  # 井陉 (矿区 and 县), 市中 ×4, 市南, 市北, 伊宁 (市 and 县)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The city of Jilin reported GDP of 170 billion yuan in 2024.", "220200"),  # was Jilin province
        ("2024年，北京东城GDP为3500亿元。", "110101"),  # 东城, a generic short name, after its city: was Beijing
        ("2024年，北京西城GDP为5900亿元。", "110102"),
        ("The GDP of Ji'an (Tonghua) was 35 billion yuan in 2024.", "220582"),  # the parent in brackets: was Jiangxi's
    ],
)
def test_a_name_its_city_or_kind_word_settles_is_that_unit(text, region):
    assert [c["region"] for c in claims(text, published="2025-03-01")] == [region]


@pytest.mark.parametrize(("dateline", "region"), [("HAI'AN", "320685"), ("RUI'AN", "330381"), ("WU'AN", "130481")])
def test_a_dateline_with_an_apostrophe_in_its_name_is_the_place_the_story_is_filed_from(dateline, region):
    text = f"{dateline}, March 5 (Xinhua) -- The city's GDP reached 120 billion yuan in 2024."
    assert [c["region"] for c in claims(text, published="2025-03-06", lang="en")] == [region]  # was nothing


def test_every_unit_named_for_its_peoples_is_found_by_the_name_it_goes_by_without_them(regions):
    # 长阳县 and 长阳自治县 for 长阳土家族自治县, 管城区 for 管城回族区, 莫力达瓦旗 for 莫力达瓦达斡尔族自治旗: how
    # news writes them (they gave nothing, or the city's figure, when the city was named before them)
    gz, units = regions
    peoples = [r for r in units if "族" in r.name_zh and r.level == "county" and len(r.short_zh) >= 2]
    missed = []
    for r in peoples:
        city = gz.get(r.parent_code) if r.parent_code else None
        kind = r.name_zh[-1]
        texts = [f"2024年，{r.short_zh}{kind}地区生产总值为100亿元。"]
        texts += [f"2024年，{city.short_zh}{r.short_zh}{kind}GDP为100亿元。"] if city and city.short_zh else []
        texts += [f"{r.short_zh}自治{kind}2024年实现地区生产总值100亿元。"] if r.name_zh.endswith("自治" + kind) else []
        missed += [text for text in texts if not _found(text, "zh", r.code, gz)]
    assert len(peoples) > 100
    assert missed == []


_PEOPLES_EN = {
    "土家": "Tujia", "回": "Hui", "苗": "Miao", "侗": "Dong", "瑶": "Yao", "壮": "Zhuang", "彝": "Yi", "白": "Bai",
    "哈尼": "Hani", "傣": "Dai", "黎": "Li", "畲": "She", "土": "Tu", "撒拉": "Salar", "达斡尔": "Daur",
    "鄂温克": "Evenki", "鄂伦春": "Oroqen", "蒙古": "Mongol", "满": "Manchu", "藏": "Tibetan", "维吾尔": "Uygur",
    "哈萨克": "Kazak", "羌": "Qiang", "纳西": "Naxi", "傈僳": "Lisu", "佤": "Va", "拉祜": "Lahu", "景颇": "Jingpo",
    "布朗": "Blang", "怒": "Nu", "独龙": "Derung", "普米": "Pumi", "阿昌": "Achang", "仡佬": "Gelao", "水": "Sui",
    "仫佬": "Mulao", "毛南": "Maonan", "京": "Jing", "锡伯": "Xibe", "塔吉克": "Tajik", "柯尔克孜": "Kirgiz",
    "东乡": "Dongxiang", "保安": "Bonan", "裕固": "Yugur", "朝鲜": "Korean", "布依": "Bouyei",
}  # fmt: skip


def test_every_unit_named_for_its_peoples_is_found_by_its_english_name_with_them(regions):
    # "Guancheng Hui District" was Guancheng and Hui County (徽县); "Changyang Tujia Autonomous County" nothing
    gz, units = regions
    missed, tried = [], 0
    for r in units:
        peoples = re.findall(r"(.+?)族", r.name_zh[len(r.short_zh) :]) if "族" in r.name_zh else []
        names = [_PEOPLES_EN.get(p) for p in peoples]
        if r.level != "county" or len(r.short_zh) < 2 or not names or None in names:
            continue
        said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        kind = {"县": "Autonomous County", "旗": "Autonomous Banner", "区": "District"}[r.name_zh[-1]]
        text = f"{r.pinyin} {said} {kind} reported GDP of 10 billion yuan in 2024."
        got = [c.region for c in extract_claims(text, lang="en", published="2025-03-01", gazetteer=gz)]
        tried += 1
        missed += [text] if got != [r.code] else []
    assert tried > 100
    assert missed == []


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Sichuan Li County reported GDP of 5 billion yuan in 2024.", "513222"),
        ("Hui County grew 5.1% in 2024.", "621227"),
    ],
)
def test_a_peoples_name_as_a_countys_own_name_is_still_that_county(text, region):  # guard
    assert [c["region"] for c in claims(text, lang="en")] == [region]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("2025年，南宁市GDP增长5.6%，广西省GDP增长5.3%。", "450000"),  # was Nanning's: 广西省 is how some write it
        ("2025年，银川市GDP增长6.0%，宁夏自治区GDP增长5.3%。", "640000"),
        ("2025年，乌鲁木齐市GDP增长6.5%，新疆自治区GDP增长6.1%。", "650000"),
    ],
)
def test_an_autonomous_region_by_its_short_name_and_a_province_or_region_word_is_that_region(text, region):
    assert [c["region"] for c in claims(text, lang="zh", published="2026-02-01")][-1] == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("中新网昆山1月20日电 昆山20日发布数据，2025年该市GDP达5600亿元。", "320583"),  # was none
        ("中新网慈溪1月20日电 慈溪20日公布数据，2025年全市GDP达2710亿元。", "330282"),  # was none
        ("本报义乌1月20日讯 2025年全市地区生产总值达2350亿元。", "330782"),  # guard: passed before
        ("中新网大名1月20日电 大名20日发布数据，2025年该县GDP达356.8亿元。", "130425"),  # an everyday word too
    ],
)
def test_a_county_short_name_in_a_chinese_dateline_is_where_the_story_is_filed(text, region):
    # its short name alone needs another sign it is the place (a parent, a repeat): the dateline is one
    assert [c["region"] for c in claims(text, lang="zh", published="2026-01-21")] == [region]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("2025年，德惠地区生产总值达356.8亿元。", "220183"),  # was 222500, 德惠地区 of old
        ("2025年，晋江地区生产总值达3800亿元。", "350582"),  # was 352400, 晋江地区 of old
        ("1980年，晋江地区工农业总产值达10亿元。", "352400"),  # guard: the prefecture of the time, no 生产总值 after it
    ],
)
def test_a_county_short_name_before_diqu_shengchan_zongzhi_is_the_county_not_a_former_prefecture(text, region):
    assert [c["region"] for c in claims(text, lang="zh", published="2026-01-21")] == [region]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "2024年，南京市江宁区GDP为3010亿元。鼓楼区GDP为2180亿元，秦淮区、玄武区分别为1560亿元和1420亿元。"
            "另外，福州市鼓楼区GDP为1750亿元。",
            "zh",
        ),
        (
            "In 2024 Nanjing's Jiangning district had GDP of 301 billion yuan. Gulou district had 218 billion yuan, "
            "and Qinhuai and Xuanwu 156 billion and 142 billion yuan. Fuzhou's Gulou district had 175 billion yuan.",
            "en",
        ),
    ],
)
def test_a_bare_name_among_one_citys_districts_is_that_citys_not_the_one_a_parent_fixed_elsewhere(text, lang):
    # the parent written beside the later mention (福州市鼓楼区) settled every mention of the name: 218 was Fuzhou's
    got = claims(text, lang=lang, published="2025-02-20")
    assert [(c["region"], c["value"]) for c in got if c["value"] in (218e9, 175e9)] == [
        ("320106", 218e9),
        ("350102", 175e9),
    ]


@pytest.mark.parametrize("sentence", ["De'an's GDP grew 6 percent in 2024.", "In De'an, GDP grew 6 percent in 2024."])
def test_a_county_name_spelt_with_its_apostrophe_is_no_english_word(sentence):
    # "De'an" was dropped as the word "dean" (kept out so that "Dean Li" is no place)
    got = claims(sentence, lang="en", published="2025-03-01")
    assert [(c["region"], c["indicator"]) for c in got] == [("360426", "gdp_growth")]


def test_the_english_word_is_still_no_place():  # a guard: passed before
    assert claims("Dean Li said GDP grew 6 percent in 2024.", lang="en", published="2025-03-01") == []


def test_a_generic_name_is_the_district_the_document_named_in_full_with_its_city():
    text = "乐山市市中区2025年国民经济和社会发展统计公报\n\n2025年，市中区实现地区生产总值720.5亿元，增长6.1%。"
    got = brief(claims(text, published="2026-03-01"), "region", "indicator")
    assert got == [("511102", "gdp"), ("511102", "gdp_growth")]  # a guard: passed before too


def test_a_generic_district_name_is_that_of_the_city_the_document_names():
    text = "市中区2025年政府工作报告\n\n过去一年，我们深入落实乐山市委部署。全区实现地区生产总值720.5亿元，增长6.1%。"
    got = brief(claims(text, published="2025-01-20"), "region", "indicator")
    assert got == [("511102", "gdp"), ("511102", "gdp_growth")]  # were Leshan's: 市中区 alone was no place


def test_a_generic_short_name_is_the_district_the_document_named_in_full():
    # 东城 alone is any town's east; after 北京市东城区 it is that district (was Beijing's, the city named after)
    text = "2025年，北京市东城区实现地区生产总值3100亿元。\n\n东城，位于北京市区东部，区域面积41.84平方公里。"
    text += "东城镇的一家企业2025年营收增长10%。"
    got = brief(claims(text, published="2026-02-01"), "region", "indicator", "value")
    assert got[:2] == [("110101", "gdp", 3.1e11), ("110101", "area", 41.84)]


def test_a_generic_short_name_stays_unread_where_no_district_of_it_is_named():  # a guard
    text = "2025年，北京市地区生产总值5.2万亿元。东城，位于市区东部，区域面积41.84平方公里。"
    assert ("110101", "area") not in brief(claims(text, published="2026-02-01"), "region", "indicator")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 58 percent of Bao'an's output came from strategic emerging industries in 2025.",
            ("440306", "strategic_emerging_share"),
        ),
        (
            "Some 58 percent of Nanshan's output came from strategic emerging industries in 2025.",  # a guard
            ("440305", "strategic_emerging_share"),
        ),
        ("The added value of Nan'an's industrial firms reached 90 billion yuan.", ("350583", "industrial_value_added")),
        ("The output value of Jing'an's major industries was 90 billion yuan.", ("310106", "industrial_output")),
    ],
)
def test_a_possessive_of_a_name_spelt_with_an_apostrophe_reads_as_any_other(text, expected):
    # the possessive patterns took a name as letters and hyphens: "Bao'an's output" was no place's output
    assert brief(claims(text, lang="en", published="2026-02-10"), "region", "indicator") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gu'an county reported GDP of 43 billion yuan in 2024.", "131022"),  # 固安县, was 冠县 (Guan, Shandong)
        ("Gu’an county reported GDP of 43 billion yuan in 2024.", "131022"),  # a curly apostrophe
        ("Guan county in Liaocheng reported GDP of 20 billion yuan in 2024.", "371525"),  # a guard
    ],
)
def test_a_name_spelt_with_its_apostrophe_is_the_place_spelt_so(text, expected):
    assert brief(claims(text, lang="en", published="2025-03-01"), "region") == [(expected,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # was Qingyuan city (清远, Guangdong) for the bare name
            "Qingyuan District in Ji'an grew 8.6 percent in 2016. Qingyuan's retail sales topped 16.5 billion yuan.",
            ["360803", "360803"],
        ),
        (  # a guard: the city over the county of its name
            "Changsha County grew 9 percent in 2016. Changsha's GDP topped 900 billion yuan.",
            ["430121", "430100"],
        ),
    ],
)
def test_a_bare_name_is_the_unit_its_name_with_a_level_word_was_in_the_document(text, expected):
    assert [c["region"] for c in claims(text, lang="en", published="2017-01-19")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上半年，湘潭全县上下奋力拼搏。据初步核算，上半年全县实现生产总值280亿元。", "430321"),  # was no figure
        ("上半年，湘潭全市上下奋力拼搏。上半年全市实现生产总值1400亿元。", "430300"),  # a guard: the city
    ],
)
def test_a_short_name_of_a_city_and_its_county_followed_by_its_level_is_that_levels(text, expected):
    assert brief(claims(text, published="2023-07-25"), "region") == [(expected,)]


def test_a_bare_name_is_the_unit_an_appositive_said_it_was():
    # "Binzhou, a county-level city in Shaanxi" (彬州市), then "Binzhou's": not Binzhou city (滨州市, Shandong)
    # (the province misspelt Shanxi, as English texts often write Shaanxi; the later 'Binzhou's' went to 滨州市)
    text = "China Binzhou GDP growth fuelled by coal\n\nBinzhou, a county-level city in Northwest China's Shanxi "
    text += "province, posted a GDP of 17.3 billion yuan in 2021.\n\nSeven Shanxi counties, county-level cities "
    text += "and districts had a GDP above 50 billion yuan in 2021.\n\nBinzhou's GDP growth rate of 8.6 percent was "
    text += "the highest in the province."
    got = brief(claims(text, lang="en", published="2022-02-18"), "region", "indicator")
    assert got == [("610482", "gdp"), ("610482", "gdp_growth")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("When Longhua was split off from Bao'an in 2011, its GDP was about 100 billion yuan.", "440309"),
        ("After Pudong was separated from Chuansha county, its GDP reached 60 billion yuan by 1995.", "310115"),
    ],
)
def test_its_after_a_when_clause_is_the_clauses_subject_not_the_place_it_left(text, region):
    got = claims(text, published="2026-03-01")
    assert brief(got, "region") == [(region,)]


@pytest.mark.parametrize(
    "second",
    [
        "The Yiwu-Xinjiang-Europe freight train ran 1,200 times last year.",
        "Its goods ride the Yiwu–Xinjiang–Europe line.",
    ],
)
def test_a_place_in_a_routes_hyphenated_name_is_no_evidence_for_a_namesake(second):
    # 义乌 (Zhejiang) and 伊吾 (Xinjiang) are both "Yiwu": a rail route's name does not make the story Xinjiang's
    text = "Yiwu's GDP reached 190 billion yuan in 2022. " + second
    got = brief(claims(text, published="2023-02-01"), "region", "indicator")
    assert got[0] == ("330782", "gdp")  # was 650522, 伊吾县


@pytest.mark.parametrize(
    "text",
    [
        "The Chengdu-Chongqing economic circle had a GDP of 8.2 trillion yuan in 2023.",
        "The GRP of the Nanchang-Jiujiang City Cluster was 1.1 trillion yuan in 2023.",  # was Jiujiang's (a level)
    ],
)
def test_a_bloc_named_by_its_cities_joined_is_none_of_them(text):
    assert claims(text, published="2024-03-01") == []  # was Chengdu's (or Chongqing's) GDP


@pytest.mark.parametrize(
    ("name", "code"),
    [("Shanxi", "140000"), ("Shanxi Province", "140000"), ("Shaanxi", "610000"), ("Shaanxi Province", "610000")],
)
def test_shanxi_is_shanxi_and_shaanxi_is_shaanxi(name, code):
    # 陕西's pinyin is also "Shanxi"; its English name is "Shaanxi": "Shanxi" had been read as 陕西
    got = claims(f"{name} reported GDP of 2.5 trillion yuan in 2022.", published="2023-02-01")
    assert brief(got, "region") == [(code,)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Yuan 'an County covers an area of 1,752 square kilometers.", "420525"),  # 远安县
        ("In 2021 Xi 'an's GDP reached 1.07 trillion yuan.", "610100"),  # 西安市
        ("Tai 'an reported GDP of 315.8 billion yuan in 2021.", "370900"),  # 泰安市
    ],
)
def test_a_name_a_translator_split_before_its_apostrophe_is_still_the_place(text, code):
    # machine translation writes 西安 as "Xi 'an": the place had been lost, its figure with it
    assert brief(claims(text, published="2022-06-01"), "region")[0] == (code,)


def test_a_quoted_word_after_a_name_is_not_joined_to_it():  # a guard
    text = "Nanshan 'economic miracle' went on: its GDP reached 800 billion yuan in 2021."
    assert brief(claims(text, published="2022-06-01"), "region") == [("440305",)]


@pytest.mark.parametrize("opening", ["截止到2009年9月，", "到2009年9月，", "截止2009年9月底，"])
def test_a_county_short_name_after_a_date_it_counts_up_to_is_the_subject(opening):
    got = claims(f"{opening}太仓累计批准台资企业480家。", published="2009-11-05")
    assert brief(got, "region", "value") == [("320585", 480)]  # 太仓 was left unsettled: no claim


@pytest.mark.parametrize(
    "field", ["中国百强县之首", "全国县域经济百强县第一", "全国综合实力百强县前三"]
)  # 第一: passed before
def test_a_county_short_name_ranked_first_in_the_countrys_list_keeps_its_figure(field):
    got = claims(f"太仓连续三年成为{field}，2009年人均GDP达到12万元。", published="2010-03-05")
    assert brief(got, "region", "indicator") == [("320585", "gdp_per_capita")]  # was China's


@pytest.mark.parametrize("described", ["总面积不到700平方公里的太仓", "地处长江口南岸的太仓", "被誉为“金太仓”的太仓"])
def test_a_county_short_name_opening_its_sentence_after_what_describes_it_is_the_subject(described):
    got = claims(f"{described}，连续三年位居全国百强县前十，2009年人均GDP达到12万元。", published="2010-03-05")
    assert ("320585", "gdp_per_capita") in brief(got, "region", "indicator")  # 太仓 was unsettled, the figure lost
