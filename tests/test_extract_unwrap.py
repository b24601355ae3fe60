"""Hard-wrapped text (a communiqué copied out of a PDF, a plain-text file wrapped at a fixed width) is
read as if its lines were whole; claims keep offsets in the text as written. Texts written for these
tests; figures illustrative."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import brief, claims
from regionwatch import extract_claims
from regionwatch.extract._spacing import unspace
from regionwatch.extract._text import normalise
from regionwatch.extract._unwrap import unwrap

COMMUNIQUE = (
    "江阴市2025年国民经济和社会发展统计公报\n"
    "一、综合\n"
    "初步核算，全年实现地区生产总值5100亿元，按可比\n"
    "价格计算，比上年增长5.3%。其中，第一产业增加值\n"
    "31亿元，增长1.2%；第二产业增加值2600亿元，增长\n"
    "6.1%；第三产业增加值2469亿元，增长4.6%。\n"
    "— 1 —\n"
    "二、工业\n"
    "全年规模以上工业增加值2150亿元，比上年增长7.2%。\n"
)

WRAPPED_EN = (
    "Jiangyin economy in 2025\n"
    "Jiangyin, a county-level city under Wuxi, reported that its gross\n"
    "domestic product reached 510 billion yuan in 2025, an increase of\n"
    "5.3 percent on the previous year, while value-added in the secondary\n"
    "industry came to 260 billion yuan and the general public budget\n"
    "revenue of the city was 30 billion yuan.\n"
)


def _wrap_shown(paragraph: str, columns: int) -> str:
    """Wrap as a PDF does Chinese: at a shown width, a Chinese character two columns, a digit one."""
    lines, line, width = [], "", 0
    for ch in paragraph:
        w = 2 if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1
        if width + w > columns:
            lines.append(line)
            line, width = "", 0
        line, width = line + ch, width + w
    return "\n".join([*lines, line])


def test_chinese_wrapped_at_a_shown_width_is_joined_though_figures_make_lines_longer():
    body = (
        "2024年，龙岗区全区实现地区生产总值5390.1亿元，同比增长5.2%；规模以上工业增加值增长6.3%，"
        "一般公共预算收入完成230.5亿元，增长2.1%；社会消费品零售总额达到1100.4亿元，增长3.0%。"
        "全年进出口总额3560.2亿元，下降1.2%，年末常住人口398.6万人，国家高新技术企业达到5100家。"
    )
    text = "龙岗区2024年国民经济和社会发展统计公报\n" + _wrap_shown(body, 56) + "\n"
    assert "230.\n5" in text  # the wrap breaks a figure at its decimal point
    got = brief(claims(text, published="2025-03-20"), "indicator", "value")
    assert [v for ind, v in got if ind in ("gdp", "fiscal_revenue", "retail_sales", "foreign_trade")] == [
        539010000000.0,
        23050000000.0,
        110040000000.0,
        356020000000.0,
    ]


def test_a_figure_broken_at_its_decimal_point_is_joined_in_a_text_too_short_to_show_a_wrap_width():
    """Two lines only, so no wrap width can be told: 10150.⏎2亿元 is still one figure, not 2亿元."""
    text = "南山区GDP破万亿\n\n2025年南山区实现地区生产总值10150.\n2亿元，增长6.1%。\n"
    got = brief(claims(text, published="2026-02-15"), "indicator", "value")
    assert got[1:] == [("gdp", 1.01502e12), ("gdp_growth", 6.1)]  # after the title's 破万亿


@pytest.mark.parametrize(
    "text",
    [
        "Longgang: 2024 at a glance\n\n• Industrial value added: 258.1 billion yuan,\n+9.1%\n• Foreign trade: +2%\n",
        "龙岗区2024年主要指标\n\n• 规上工业增加值2581亿元，\n增长9.1%\n• 进出口：增长2%\n",
    ],
)
def test_a_line_cut_after_its_comma_before_the_rest_of_a_figure_is_joined_in_a_short_text(text):
    # bullets too short to show a wrap width: the line ending in a comma still goes on in the next
    got = brief(claims(text, published="2025-02-10"), "indicator", "value")
    assert got[:2] == [("industrial_value_added", 2.581e11), ("other:industrial_value_added_growth", 9.1)]


def test_a_line_ending_in_a_comma_before_a_new_item_stays_apart():  # guard: passed before
    text = "Longgang\n\n• GDP: 487 billion yuan,\n• Foreign trade: 358 billion yuan\n"
    assert unwrap(text, text)[0] == text


def test_an_item_number_ending_a_line_before_a_year_is_not_a_broken_figure():
    text = "南山区\n\n主要指标如下：1.\n2025年GDP增长6.1%。\n"
    assert unwrap(text, text)[0] == text


def test_a_hard_wrapped_communique_reads_as_if_unwrapped():
    cs = claims(COMMUNIQUE, published="2026-03-10")
    assert brief(cs, "indicator", "value")[:6] == [
        ("gdp", 5.1e11),
        ("gdp_growth", 5.3),
        ("primary_value_added", 3.1e9),
        ("other:primary_value_added_growth", 1.2),
        ("secondary_value_added", 2.6e11),
        ("other:secondary_value_added_growth", 6.1),
    ]
    assert {c["region"] for c in cs} == {"320281"}


def test_claim_offsets_point_into_the_text_as_written():
    for c in extract_claims(COMMUNIQUE, published="2026-03-10"):
        assert c.quote.endswith(COMMUNIQUE[c.start : c.end].replace("\n", ""))
    wrapped = next(c for c in extract_claims(COMMUNIQUE, published="2026-03-10") if c.value == 6.1)
    assert COMMUNIQUE[wrapped.start : wrapped.end] == "6.1%"


def test_a_hard_wrapped_english_text_keeps_its_measures():
    cs = claims(WRAPPED_EN, published="2026-03-10")
    assert brief(cs, "indicator", "value") == [
        ("gdp", 5.1e11),
        ("gdp_growth", 5.3),
        ("secondary_value_added", 2.6e11),
        ("fiscal_revenue", 3e10),
    ]


def test_headings_items_page_numbers_and_short_texts_are_not_joined():
    joined, _, offsets = unwrap(COMMUNIQUE, COMMUNIQUE)
    assert offsets is not None
    assert "统计公报\n一、综合\n" in joined  # the title and a heading stay lines of their own
    assert "\n— 1 —\n二、工业\n" in joined
    assert unwrap("南山区\n福田区\n", "南山区\n福田区\n")[2] is None


PAGED = (
    "慈溪市2025年国民经济和社会发展统计公报\n\n"
    "初步核算，全年全市实现地区生产总值2950.6亿元，按可比价格计算，比上\n"
    "年增长6.1%。其中，第一产业增加值60.2亿元，增长2.2%；第二产业增加值\n"
    "1580.4亿元，增长7.0%；第三产业增加值1310.0亿元，增长5.2%。全年进出\n"
    "口总额2860.5亿元，比上年增长3.8%；一般公共预算收入230.1亿元，比上年增长\n"
    "{page}\n"
    "2.4%。年末全市常住人口186.2万人，比上年末增加1.1万人，城镇化率为72.3%。\n"
)


@pytest.mark.parametrize("page", ["— 2 —", "- 2 -", "第 2 页 共 9 页", "Page 2 of 9", "2/9"])
def test_a_page_number_between_the_halves_of_a_sentence_is_taken_out(page):
    # a PDF's page break falls inside a sentence: 比上年增长⏎— 2 —⏎2.4%; the growth keeps its measure
    text = PAGED.format(page=page)
    got = extract_claims(text, published="2026-03-10")
    growth = next(c for c in got if c.value == 2.4)
    assert growth.indicator == "other:fiscal_revenue_growth"  # not other:percent
    assert text[growth.start : growth.end] == "2.4%"  # the offsets skip the page line
    assert [c.indicator for c in got if c.value == 6.1] == ["gdp_growth"]


def test_a_text_of_whole_paragraphs_is_left_as_it_is():
    text = "Nanshan's GDP rose 6 percent in 2025.\n\nFutian's GDP rose 5 percent in 2025.\n"
    assert unwrap(text, text) == (text, text, None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="南山区地生产总值亿元0123456789，。 abc", min_size=0, max_size=40), max_size=12))
@example(
    lines=["000000。。。。。。。", "0000000000。。", "0000000000。产", "0", "。"]
)  # a page number, then a line of marks: cut twice
def test_every_joined_character_maps_back_to_itself(lines):
    text = "\n".join(lines)
    joined, joined_text, offsets = unwrap(text, text)
    assert joined == joined_text
    if offsets is None:
        assert joined == text
        return
    assert all(joined[k] == text[offsets.back(k)] for k in range(len(joined)) if joined[k] != " ")


def test_table_rows_are_neither_joined_nor_a_wrap_width():
    rows = "".join(f"| {i} | 南山区 | 10500 | 6.3% |\n" for i in range(6))
    text = "深圳各区GDP排名\n" + rows + "数据来源：深圳市统计局。以上数据为初步核算数，最终以正式公布为准。\n"
    assert unwrap(text, text)[2] is None


def test_a_profiles_label_lines_of_one_length_are_not_joined():
    text = (
        "南山区\n\n人口（2020年）：1,795,826人\n人口：1,795,826人（2020年）\n"
        "常住人口（2020年）：179.58万人\n人口：179.6万\n"
    )
    got = claims(text, published="2025-01-01")
    assert [(c["indicator"], c["period"]) for c in got] == [("population", "2020")] * 3 + [("population", "2025")]


LETTER_SPACED = (
    "宜兴市2025年经济运行情况\n"
    "宜 兴 市 2 0 2 5 年 实 现 地 区 生 产 总 值 2 6 5 0 . 8 亿 元 ， 比 上 年 增 长 5 . 2 % 。\n"
)


def test_a_letter_spaced_line_is_read_closed_up_and_its_offsets_are_the_texts_as_written():
    got = extract_claims(LETTER_SPACED, published="2026-02-10", strict=True)
    assert brief([c.to_dict() for c in got]) == [
        ("320282", "gdp", "2025", 2.6508e11),
        ("320282", "gdp_growth", "2025", 5.2),
    ]
    assert [LETTER_SPACED[c.start : c.end] for c in got] == ["2 6 5 0 . 8 亿 元", "5 . 2 %"]


def test_a_figure_spaced_digit_by_digit_in_a_sentence_of_closed_up_words_is_one_figure():
    """Only the digits are spaced (a PDF setting figures in their own font): 2 6 5 0 . 8 is 2650.8, not 8."""
    text = "宜兴市2025年实现地区生产总值 2 6 5 0 . 8 亿元，比上年增长 5 . 2 %。年末常住人口 1 2 9 . 6 万人。"
    got = extract_claims(text, published="2026-02-10", strict=True)
    assert brief([c.to_dict() for c in got]) == [
        ("320282", "gdp", "2025", 2.6508e11),
        ("320282", "gdp_growth", "2025", 5.2),
        ("320282", "population", "2025", 1.296e6),
    ]
    assert [text[c.start : c.end] for c in got] == ["2 6 5 0 . 8 亿元", "5 . 2 %", "1 2 9 . 6 万人"]


def test_a_decimal_point_set_apart_by_spaces_in_a_sentence_joins_its_figure():
    """Only the point is spaced (169 . 3亿元, a newspaper's text layer): the figure is 169.3, not 3."""
    text = "2021年，宜兴市实现社会消费品零售总额169 . 3亿元，同比增长13 .5%；工业投资增长8. 2%。"
    got = extract_claims(text, published="2022-02-10", strict=True)
    assert [c.to_dict()["value"] for c in got] == [1.693e10, 13.5, 8.2]
    assert text[got[0].start : got[0].end] == "169 . 3亿元"
    assert brief([c.to_dict() for c in got])[0] == ("320282", "retail_sales", "2021", 1.693e10)


@pytest.mark.parametrize("gap", [" ", "\u00a0", "\u2009", "\u202f"])
def test_thousands_set_apart_by_spaces_in_a_sentence_are_one_figure(gap):
    """An atlas or a French-style page groups digits with a (thin) space: 12 925 km² is 12925, not 925."""
    text = f"Handan Region contains 1 district. It has an area of 12{gap}925 km² and a population of 9{gap}413{gap}990."
    got = extract_claims(text, published="2009-03-01", strict=True)
    assert [(c.region, c.indicator, c.value) for c in got][-2:] == [
        ("130400", "area", 12925.0),
        ("130400", "population", 9413990.0),  # were 925 km² and 9 persons
    ]
    assert text[got[-1].start : got[-1].end].endswith(f"9{gap}413{gap}990")


def test_figures_of_a_row_set_apart_by_spaces_stay_apart():
    text = "Handan key figures\nGDP growth 5 6.2 7.1\nDistricts 6 150 200\n"
    got = extract_claims(text, published="2009-03-01")
    assert 150200.0 not in [c.value for c in got]  # a row's cells, not one figure
    text = "Hebei has 3 100-billion-yuan counties. Qian'an's GDP reached 100.3 billion yuan in 2021."
    assert unspace(text, text, "en")[0] == text  # a count, then a label: not 3100-billion-yuan


def test_a_space_split_table_and_a_spaced_unit_are_not_letter_spacing():
    text = (
        "宜兴市主要指标\n指标 单位 绝对值 比上年增长（%）\n地区生产总值 亿元 2650.8 5.2\n年末常住人口 万人 129.6 0.3\n"
    )
    assert brief(claims(text, published="2026-02-10"), "indicator", "value") == [
        ("gdp", 2.6508e11),
        ("gdp_growth", 5.2),
        ("population", 1.296e6),
        ("other:population_growth", 0.3),
    ]
    text = "2025年末，宜兴市常住人口 129.6 万人，上市公司 31 家。"
    assert brief(claims(text, published="2026-02-10"), "indicator", "value") == [
        ("population", 1.296e6),
        ("listed_companies", 31),
    ]


EN_STORY = (
    "Jiangyin's economy in 2025\n\n"
    "Jiangyin, a county-level city administered by Wuxi in Jiangsu province, reported on Tuesday that its "
    "gross domestic product rose 5.6 percent year-on-year to 520.1 billion yuan in 2025, roughly one-fourth of "
    "Wuxi's economic output. The money the city put into fixed assets - its plants, bridges and rail lines - "
    "climbed by 3.2 percent, while the general public budget revenue of the city came to 31.2 billion yuan. "
    "The city's GDP was up from 7.8 billion yuan in 1990 and it reached the 400 billion yuan milestone in 2021.\n\n"
    "Jiangyin is home to 61 listed companies, more than any other county-level city in China, and its "
    "permanent residents numbered 1.8 million at the end of the year.\n\n"
    "Per capita disposable income of urban residents: 92,800 yuan\n"
    "Per capita disposable income of rural residents: 52,600 yuan\n"
)
ZH_REPORT = (
    "江阴市2025年国民经济和社会发展统计公报\n\n"
    "初步核算，2025年全市实现地区生产总值5201.3亿元，按可比价格计算，比上年增长5.6%。其中，第一产业增加值"
    "50.2亿元，增长2.1%；第二产业增加值2600.4亿元，增长6.2%；第三产业增加值2550.7亿元，增长5.1%。全市"
    "人均地区生产总值达到28.9万元。\n\n"
    "全年一般公共预算收入312.5亿元，比“十四五”期初的230.1亿元增加82.4亿元。年末全市常住人口180.2万人，"
    "境内外上市公司61家。\n"
)


def _wrapped(text: str, width: int) -> str:
    """Each paragraph (the title left alone) cut into lines of ``width`` characters, Chinese or not, and
    English broken at spaces and after hyphens the way textwrap does."""
    out = []
    for k, para in enumerate(text.split("\n")):
        if k == 0 or not para.strip():
            out.append(para)
        elif re.search(r"[\u4e00-\u9fff]", para):
            out += [para[i : i + width] for i in range(0, len(para), width)]
        else:
            out += textwrap.wrap(para, width * 2)
    return "\n".join(out)


@settings(max_examples=40, deadline=None)
@given(text=st.sampled_from([EN_STORY, ZH_REPORT]), width=st.integers(min_value=24, max_value=45))
@example(text=EN_STORY, width=29)  # a line that starts with the dash of "- climbed by 3.2 percent"
def test_a_text_reads_the_same_however_it_is_wrapped(text, width):
    whole = brief(claims(text, published="2026-02-20"), "region", "indicator", "period", "value")
    assert (
        brief(claims(_wrapped(text, width), published="2026-02-20"), "region", "indicator", "period", "value") == whole
    )


def test_an_english_text_with_a_chinese_footer_is_unwrapped_as_english():
    text = _wrapped(EN_STORY, 30) + "\n苏ICP备12345678号\n"
    whole = brief(claims(EN_STORY, published="2026-02-20"))
    assert brief(claims(text, published="2026-02-20")) == whole


def test_a_chinese_line_ending_a_sentence_at_the_margin_runs_on_unless_the_next_is_indented():
    lines = [
        "江阴市统计公报",
        "初步核算，2025年全市实现地区生产总值5201",  # 24 characters a line
        ".3亿元，按可比价格计算，比上年增长5.6%。",
        "其中，第二产业增加值2600.4亿元，增长6.2%；",
        "第三产业增加值2550.7亿元，增长5.1%。",
    ]
    text = "\n".join(lines) + "\n"
    joined, _, offsets = unwrap(text, text)
    assert offsets is not None and "增长5.6%。其中" in joined
    indented = text.replace("\n其中", "\n\u3000\u3000其中")
    assert "增长5.6%。\n" in unwrap(indented, indented)[0]


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.replace("\n", "\r\n"),  # Windows line ends
        lambda t: t.replace("\n", "  \n"),  # trailing spaces
        lambda t: re.sub(
            r"([\u4e00-\u9fff])([A-Za-z0-9])", r"\1 \2", re.sub(r"([A-Za-z0-9%])([\u4e00-\u9fff])", r"\1 \2", t)
        ),
    ],
    ids=["crlf", "trailing-spaces", "spaced-between-chinese-and-latin"],
)
@pytest.mark.parametrize("text", [ZH_REPORT, EN_STORY], ids=["zh", "en"])
def test_a_text_reads_the_same_whatever_its_spacing_and_line_ends(text, variant):
    keys = ("region", "indicator", "period", "value")
    assert brief(claims(variant(text), published="2026-02-20"), *keys) == brief(
        claims(text, published="2026-02-20"), *keys
    )


def test_spaces_between_a_tables_cells_are_kept_while_a_sentences_are_closed():
    text = "2025 年，宜兴市实现地区生产总值 2650.8 亿元。\n\n"
    text += "指标 单位 绝对值 比上年增长（%）\n年末常住人口 万人 129.6 0.3\n"
    got = brief(claims(text, published="2026-02-20"), "indicator", "period", "value")
    assert got == [
        ("gdp", "2025", 2.6508e11),
        ("population", "2025", 1.296e6),
        ("other:population_growth", "2025", 0.3),
    ]


@pytest.mark.parametrize("text", ["\r㐀", "昆山市\r2024年GDP为5280亿元。\r\n全市常住人口212万人。\r"])
def test_a_lone_carriage_return_in_chinese_text_is_a_line_end_and_no_crash(text):
    got = claims(text, published="2025-03-01")
    assert all(c["region"] == "320583" for c in got)
    assert [c["value"] for c in got] == ([5.28e11, 2.12e6] if len(text) > 2 else [])


def test_a_roman_numbered_heading_after_a_long_line_is_not_joined_to_it():
    text = (
        "Report on the Work of the Government of Haidian District\n"
        "(Delivered at the Fifth Session of the Seventeenth Haidian District People's Congress)\n"
        "I. Review of Work in 2025\n"
        "The district's economy stayed on a steady course through the year and its main\n"
        "indicators improved, with GDP expected to reach 1.16 trillion yuan and the number\n"
        "of national high-tech enterprises reaching 12,300 by the end of the year reviewed.\n"
        "II. Main Targets for 2026\n"
        "GDP growth of around 5.5 percent.\n"
    )
    joined = unwrap(text, text)[0]
    assert "\nI. Review of Work in 2025\n" in joined
    assert "\nII. Main Targets for 2026\n" in joined
    got = claims(text, published="2026-01-20")
    assert brief(got, "indicator", "period") == [
        ("gdp", "2025"),
        ("high_tech_enterprises", "2025"),
        ("gdp_growth", "2026"),
    ]


HYPHENATED = (
    "Statistical Communique of Yuyao on 2025 National Economic and Social Development\n\n"
    "According to preliminary calculations, the gross domestic pro-\n"
    "duct of the city reached 165.2 billion yuan in 2025, an in-\n"
    "crease of 5.9 percent over the previous year. The value added\n"
    "of the secondary industry of the city was 88.3 billion yuan, up\n"
    "6.8 percent, and that of the tertiary industry was 70.1 bil-\n"
    "lion yuan, up 5.1 percent; the city aims to join the trillion-\n"
    "yuan club of exporters one day, local officials said at a forum.\n"
)


def test_a_word_broken_by_a_hyphen_at_the_margin_is_read_whole():
    # pro-⏎duct, in-⏎crease, bil-⏎lion: halves of a word the reader knows; trillion-⏎yuan keeps its hyphen
    got = claims(HYPHENATED, published="2026-03-10")
    assert brief(got, "indicator", "value")[:3] == [
        ("gdp", 165.2e9),
        ("gdp_growth", 5.9),
        ("secondary_value_added", 88.3e9),
    ]
    joined, _, offsets = unwrap(HYPHENATED, HYPHENATED)
    assert "gross domestic product of" in joined and "trillion-yuan club" in joined and offsets is not None


def test_a_page_lower_cased_whole_is_read_as_if_its_names_were_capitalised():
    # a scraper's lower-cased copy: no place was found and the whole page gave nothing
    text = (
        "shenzhen posts 8% growth for the first half of 2018\n\n"
        "officials in shenzhen said the city held steady in the first six months. by the first estimate, "
        "shenzhen's gdp came to rmb 1,100.938 billion in the first half of the year, 8.0% more than a year before."
    )
    got = claims(text, published="2018-07-25")
    assert ("440300", "gdp", "2018-H1", 1100.938e9) in brief(got)
    assert "rmb 1,100.938 billion" in next(c["quote"] for c in got if c["indicator"] == "gdp")  # as written


@pytest.mark.parametrize("spacing", [" ", ""])
def test_a_line_cut_between_a_verb_or_number_and_the_rest_of_its_figure_is_joined_in_a_short_text(spacing):
    s = spacing  # pdftotext sets a space between Chinese and each run of digits, which the reader closes up
    text = (
        f"2025{s}年长兴县政府工作报告\n"
        f"2024{s}年,全县预计实现地区生产总值{s}1050{s}亿元,增长\n"
        f"6.3%;规模以上工业增加值增长{s}7%;固定资产投资{s}318{s}亿\n"
        f"元,增长{s}9.4%;\n"
    )
    got = brief(claims(text, published="2025-01-13"), "region", "indicator", "period", "value")
    assert got[:2] == [("330522", "gdp", "2024", 1.05e11), ("330522", "gdp_growth", "2024", 6.3)]
    assert ("330522", "other:fixed_asset_investment", "2024", 3.18e10) in got
    assert ("330522", "fixed_asset_investment_growth", "2024", 9.4) in got


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu profile\nIn 2018, the city administered 20 districts and counties, with an area of 14335\n"
        "square kilometers and a permanent population of 16.33 million.",
        "Chengdu profile\nIn 2018, the city administered 20 districts and counties,\nChengdu High-tech Zone and "
        "Tianfu New District, with an area of 14335 square kilometers and a permanent population of 16.33 million.",
    ],
)
def test_an_english_line_cut_with_no_mark_goes_on_in_the_next_in_a_short_text(text):
    # a short page wrapped at 72 columns: the second line was a sentence of its own, its population dated by the
    # publication, or its subject the zone that opens it (the area and population lost)
    got = claims(text, published="2019-05-01")
    assert brief(got, "indicator", "period") == [
        ("other:count", "2018"),
        ("area", "2018"),
        ("population", "2018"),
    ]


def test_a_heading_and_a_capitalised_line_after_a_line_of_prose_stay_apart():  # a guard
    text = "Chengdu profile\nThe city administered 20 districts and counties in 2018\nPopulation: 16.33 million (2018)"
    got = claims(text, published="2019-05-01")
    assert brief(got, "indicator", "value")[-1] == ("population", 1.633e7)


def test_a_heading_in_title_case_about_as_wide_as_the_lines_is_not_joined_to_the_next():
    # in a short page the heading was as long as the wrap width found, and the first goal ran into it
    heading = "Main Goals of Economic and Social Development during the 14th Five-Year Plan"
    text = (
        f"Longgang sets out its goals\nSource: district government Date: 2021-06-30 15:54\n{heading}\n"
        "Per capita disposable income of rural residents: 31,235 yuan in 2020; 45,895 yuan in 2025.\n"
        "Regional GDP: 400 billion yuan in 2020; 540 billion yuan in 2025.\n"
        "The average annual growth of investment in fixed assets: 10%.\n"
    )
    joined = unwrap(text, text)[0]
    assert f"{heading}\n" in joined


def test_a_title_cut_before_its_last_phrase_is_one_line():
    text = (
        "Minhang's Industrial Output Value Hit 150 Billion Yuan\nin the First Quarter\n\n"
        "Minhang's industry grew steadily in the first three months."
    )
    got = claims(text, lang="en", published="2025-04-18")
    assert brief(got, "indicator", "period") == [("industrial_output", "2025-Q1")]  # was 2024 as a whole year


@pytest.mark.parametrize(
    ("cut", "value"),
    [
        ("figures. Fuyang's GDP grew with a year-on-year increase of\n5.2%, placing it third.", 5.2),  # a % after
        ("figures. The statistics bureau said Yinzhou District of\nNingbo grew 5.2 percent.", 5.2),  # after "of"
        ("figures. The statistics bureau said Yinzhou District posted GDP\nabove 200 billion yuan.", 2e11),
    ],
)
def test_an_english_line_cut_before_a_percent_after_a_function_word_or_a_capital_goes_on(cut, value):
    # the line after the cut was read as a sentence of its own: the rate lost its measure, the level its place
    # or its period
    head = "In the first three quarters of 2023, Hangzhou's 13 districts and counties released their"
    text = f"Hangzhou districts report their figures\n\n{head}\n{cut}\n"
    got = [c for c in claims(text, published="2023-11-02") if c["value"] == value]
    assert [(c["indicator"].startswith("other:"), c["period"]) for c in got] == [(False, "2023-Q1Q3")]
    assert cut.replace("\n", " ") in unwrap(text, text)[0]  # one line


FIVE_YEAR_GOALS = (
    "Lishui district planning notes\n"
    "Key Targets of Economic and Social Development of Lishui in the 14th Five-Year\n"
    "Plan\n"
    "Regional GDP: 150 billion yuan in 2020 and 230 billion yuan in 2025, with an\n"
    "average annual growth rate of 8 percent over the period to come.\n"
    "Retail sales of consumer goods: 45 billion yuan in 2020 and 66 billion yuan\n"
    "in 2025, with an average annual growth rate of 7 percent in the period.\n"
    "The average annual growth of investment in fixed assets: 9 percent.\n"
)


def test_a_title_as_wide_as_the_wrap_keeps_its_last_word_on_the_next_line():
    """'… in the 14th Five-Year⏎Plan': the plan's span dates a goal that states no year of its own."""
    got = claims(FIVE_YEAR_GOALS, published="2021-05-01", lang="en")
    fai = [c for c in got if c["indicator"] == "fixed_asset_investment_growth"]
    assert brief(fai, "period", "kind") == [("2021/2025", "target")]  # was 2016/2020, actual


def test_a_short_title_before_a_one_word_line_is_not_joined_to_it():  # guard: a heading, then a section word
    text = FIVE_YEAR_GOALS.replace("Five-Year\nPlan\n", "Five-Year Plan\nSummary\n")  # wider than the wrap
    joined, _, _ = unwrap(text, text)
    assert "Plan\nSummary" in joined


def test_a_figures_digits_cut_apart_at_a_line_end_are_joined_in_a_chinese_line():
    text = "Quanzhou county notes\n2024年，晋江表现抢眼，地区生产总值首次突破36\n00亿元，居全省县域首位。"
    got = claims(text, published="2025-03-01", lang="zh")
    assert brief(got, "region", "value") == [("350582", 360e9)]  # was 00亿元: a GDP of 0


def test_digits_at_an_english_line_end_are_not_glued_to_the_next_line():  # guard: "2023⏎45 companies"
    joined, _, _ = unwrap(
        "Notes\nIt listed in 2023\n45 companies were there.", "Notes\nIt listed in 2023\n45 companies were there."
    )
    assert "202345" not in joined


@pytest.mark.parametrize(
    ("measure", "figure", "indicator"),
    [
        ("研发投入强度", "约9%。", "rd_intensity"),
        ("研发投入强度", "9.2%。", "rd_intensity"),
        ("一般公共预算收入", "达到15.3亿元。", "fiscal_revenue"),
    ],
)
def test_a_chinese_clause_cut_between_its_measure_and_figure_in_a_short_text_is_joined(measure, figure, indicator):
    text = f"南山区经济概况\n\n靠什么支撑？\n全区拥有上市公司200余家，{measure}\n{figure}\n"
    got = [c for c in claims(text, published="2025-03-01", lang="zh") if c["indicator"] != "listed_companies"]
    assert [c["indicator"] for c in got] == [indicator]  # was other:percent, other:amount


def test_a_measures_name_alone_on_a_line_before_its_figure_and_rate_is_joined():
    text = (
        "张家港市2025年统计公报\n全年规模以上工业增加值比上年增长6.3%。\n规模以上工业总产值\n7320.5亿元，增长5.2%。\n"
    )
    got = claims(text, published="2026-03-01", lang="zh")
    assert brief(got, "indicator", "value")[1:] == [  # were other:amount and other:growth
        ("industrial_output", 7.3205e11),
        ("other:industrial_output_growth", 5.2),
    ]


def test_measures_over_their_figures_line_by_line_keep_their_measures():  # a guard: a key-value layout
    text = "2025年张家港市主要经济指标\n地区生产总值\n3510.2亿元\n一般公共预算收入\n270.1亿元\n"
    got = claims(text, published="2026-03-01", lang="zh")
    assert brief(got, "indicator", "value") == [("gdp", 3.5102e11), ("fiscal_revenue", 2.701e10)]


@pytest.mark.parametrize(("cut", "value"), [("同比增\n长5.2%。", 5.2), ("同比下\n降1.4%。", -1.4)])
def test_a_growth_verb_cut_between_its_characters_is_joined(cut, value):
    got = claims(f"宝安区经济\n2025年宝安区GDP达到5102.4亿元，{cut}", published="2026-02-15", lang="zh")
    assert brief(got, "indicator", "value") == [("gdp", 5.1024e11), ("gdp_growth", value)]  # was other:percent


def test_a_mark_cut_onto_a_line_of_its_own_goes_back_to_its_line():
    text = (
        "百强县榜单\n1月20日，某机构发布了县域经济百强榜单，前两名如下\n：\n"
        "1. 昆山市：2024年GDP 5140.6亿元\n2. 江阴市：4999.8亿元"
    )
    joined, _, _ = unwrap(normalise(text), text)
    assert "如下:\n1." in joined  # the colon was a line of its own
    assert brief(claims(text, published="2025-02-01", lang="zh"), "region") == [("320583",), ("320281",)]


def test_a_wrapped_paragraph_ending_at_the_margin_is_not_joined_to_a_tables_caption():
    paragraphs = [
        "2025年，深圳市实现地区生产总值38731.8亿元，同比增长5.5%。",
        "分区看，南山区10100.2亿元，增长6.1%；福田区6521.3亿元，增长5.2%；龙岗区5903.1亿元，增长6.2%；宝安区"
        "5102.4亿元，增长5.9%。",
        "从增速看，光明区以8.1%领跑全市，坪山区、龙华区分别增长7.2%和6.6%，罗湖区增长3.1%，盐田区和大鹏新区分别"
        "为2.5%、1.8%。",
    ]
    wrapped = [p[i : i + 36] for p in paragraphs for i in range(0, len(p), 36)]  # 36 characters a line
    text = "2025年深圳各区GDP出炉\n" + "\n".join(wrapped) + "\n各区2025年GDP（亿元）及增速（%）\n南山区 10100.2 6.1\n"
    joined, _, _ = unwrap(normalise(text), text)
    assert "\n各区2025年GDP(亿元)及增速(%)\n" in joined  # was joined onto the paragraph: the rows lost their caption
    got = claims(text, published="2026-02-05", lang="zh")
    assert brief(got, "region", "indicator", "value")[-2:] == [
        ("440305", "gdp", 1.010020e12),
        ("440305", "gdp_growth", 6.1),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a word (人民币) cut by the wrap of a text too short to show its width: the figure lost its unit
            "宜兴经济\n（本报讯）宜兴市2025年地区生产总值达人\n民币2300亿元，增长5.5%。",
            [("gdp", 2300e8), ("gdp_growth", 5.5)],
        ),
        (  # a count cut from 约 before it: other:count
            "宜兴经济\n宜兴市研发投入强度约3.5%。区内上市公司约\n30家。",
            [("rd_intensity", 3.5), ("listed_companies", 30)],
        ),
    ],
)
def test_a_short_chinese_text_wrapped_inside_a_word_or_a_count_is_joined(text, expected):
    got = claims(text, published="2026-02-12", lang="zh")
    assert [(c["indicator"], c["value"]) for c in got] == expected


@pytest.mark.parametrize(
    "text",
    [
        "报告显示，2023年，百强县中GDP超千亿的县达到54个，较上年增加3个。其中，太仓市GDP达1750亿元。",
        "2023年，张家港市实现地区生产总值3515.6亿元，同比增长5.6%；一般公共预算收入280.5亿元。",
    ],
)
def test_chinese_punctuation_set_apart_by_spaces_reads_as_written_close(text):
    """A repost sets spaces around its commas and stops (报告显示 , 2023年 , …): read as the closed-up text."""
    spaced = text.replace("，", " , ").replace("。", " 。").replace("；", " ; ")
    expected = brief(claims(text, published="2024-08-01"), "region", "indicator", "value")
    assert brief(claims(spaced, published="2024-08-01"), "region", "indicator", "value") == expected


def test_a_sentence_wrapped_from_the_first_line_is_joined_in_english():
    # the first line was taken for a title and never joined: the district's figures went to the province
    text = (
        "In the first half of this year, Jindong district in Jinhua, a trading\n"
        "hub of East China's Zhejiang province, saw its gross domestic product\n"
        "rise by 6.2 percent year-on-year to 40.15 billion yuan, the district\n"
        "statistics bureau said.\n"
        "Retail sales of consumer goods in the district rose by 4.4 percent in\n"
        "the same period, while exports grew by 11.3 percent year-on-year."
    )
    got = claims(text, published="2025-07-30")
    assert {c["region"] for c in got if not c["indicator"].startswith("other:")} == {"330703"}


def test_a_sentence_wrapped_from_the_first_line_is_joined_in_chinese():
    # 为30.4⏎5亿元: a figure cut at the end of the first line was lost with its growth
    text = (
        "根据统一核算结果，2024年金华市金东区地区生产总值为30.4\n"
        "5亿元，按可比价格计算，比上年增长5.6%，增速高于全省0.8个百\n"
        "分点。分产业看，第一产业增加值4.12亿元，增长3.1%。"
    )
    got = claims(text, published="2025-02-20")
    assert [(c["indicator"], c["value"]) for c in got][:2] == [("gdp", 3045000000.0), ("gdp_growth", 5.6)]


def test_a_title_line_as_long_as_the_wrap_is_still_not_joined():  # a guard: passed before
    text = (
        "Jinhua Jindong District Reports Steady Growth in First Half of Year\n"
        "In the first half of this year, Jindong district saw its gross domestic\n"
        "product rise by 6.2 percent year-on-year to 40.15 billion yuan, the\n"
        "district statistics bureau said on Tuesday in a short statement."
    )
    norm = normalise(text)
    joined, _, _ = unwrap(norm, text)
    assert joined.split("\n")[0] == "Jinhua Jindong District Reports Steady Growth in First Half of Year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure with decimals cut after a bracket: 区(1⏎71.10亿元 (the unit test had allowed no decimals)
        (
            "上半年各区GDP完成情况：金东区(401.25亿元 5.1%)、婺城区(1\n71.10亿元 5.8%)、兰溪市(299.40亿元 4.2%)。",
            17110000000.0,
        ),
        # the first line cut at a decimal point: its point had been read as a sentence's end
        ("初步核算，全年金东区完成地区生产总值301.4亿元，比上年增长6.\n3%，增速高于全市平均水平1.2个百分点。", 6.3),
    ],
    ids=["bracket", "first-line-point"],
)
def test_a_figure_cut_at_a_line_end_is_joined(text, expected):
    got = claims(text, published="2025-08-01")
    assert expected in [c["value"] for c in got]


def test_a_wrapped_line_in_title_case_inside_an_open_quote_goes_on():
    # a line whose quoted name is in title case was taken for a heading: the county's figure went to the country
    text = (
        "The ranking was drawn up from an index of county economies covering four aspects, with 24 indicators\n"
        "and a weighting agreed by the experts who took part in the evaluation this year.\n"
        'Kunshan, called "The Leading County of All the Counties of Eastern\n'
        'China", saw its GDP top 500 billion yuan in 2023, the report said in its notes.'
    )
    got = claims(text, published="2024-07-21")
    assert brief(got, "region", "indicator") == [("320583", "gdp")]


def test_a_wrapped_dateline_and_an_abbreviation_at_a_line_end_go_on():
    # the dateline line in capitals was taken for a heading, and "U.S." at a line end for a sentence's end:
    # the region's GDP had been lost
    text = (
        "Ningxia's GDP grows 6.1 pct in H1\n"
        "YINCHUAN, July 19 (Xinhua) -- Northwest China's Ningxia Hui Autonomous\n"
        "Region's GDP increased to 261.45 billion yuan (about 36.4 billion U.S.\n"
        "dollars) in the first half of this year, up 6.1 percent year on year, the\n"
        "regional statistics bureau said Friday in a statement on its website."
    )
    got = claims(text, published="2024-07-19")
    assert ("640000", "gdp", 261450000000.0) in brief(got, "region", "indicator", "value")


def test_a_first_line_run_on_into_a_word_in_lower_case_is_joined():
    # no comma in the first line, so it was kept as a title: the sentence's place and figure were cut apart
    text = (
        "The statistics bureau of Kunshan said the gross domestic product of the city rose\n"
        "by 5.5 percent to 538 billion yuan in 2024, the fastest growth in four years, and\n"
        "that industrial output had recovered in the second half of the year as well."
    )
    got = claims(text, published="2025-07-21")
    assert brief(got, "region", "indicator") == [("320583", "gdp_growth"), ("320583", "gdp")]


def test_a_sentence_case_title_is_still_not_joined_to_a_body_in_capitals():  # a guard: passed before
    text = (
        "Kunshan tops the ranking of county-level cities again this year with\n"
        "Kunshan's GDP reached 538 billion yuan in 2024, up 5.5 percent from a year earlier, the report said."
    )
    norm = normalise(text)
    assert (
        unwrap(norm, text)[0].split("\n")[0] == "Kunshan tops the ranking of county-level cities again this year with"
    )
