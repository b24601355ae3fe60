"""Figures written first on their line, their label after a dash or a colon ("528 billion yuan: Kunshan's GDP
in 2024", 5280亿元——2024年昆山市地区生产总值): the "in numbers" pages of news sites and 数说 posts. The label
names the measure as a fact box's label before the figure would.

Documents written for these tests; figures are illustrative.
"""

from conftest import brief, claims

_EN = """Kunshan in numbers

528 billion yuan: Kunshan's GDP in 2024, the highest of any county-level city.

5.2%: the city's economic growth rate last year.

2.15 million: the number of permanent residents at the end of 2024.

58: listed companies headquartered in the city.
"""

_ZH = """数说昆山2024

5280亿元——2024年昆山市地区生产总值，连续多年位居全国百强县首位。

5.2%——地区生产总值增速。

215万人——年末常住人口。

58家——境内外上市公司数量。
"""


def test_english_figures_labelled_after_a_colon_take_the_labels_measure():
    got = brief(claims(_EN, published="2025-03-02"), "indicator", "value")
    assert got == [("gdp", 5.28e11), ("gdp_growth", 5.2), ("population", 2.15e6), ("listed_companies", 58)]
    # the population and the count had been lost


def test_chinese_figures_labelled_after_a_dash_take_the_labels_measure():
    got = brief(claims(_ZH, lang="zh", published="2025-03-02"), "indicator", "value")
    assert got == [("gdp", 5.28e11), ("gdp_growth", 5.2), ("population", 2.15e6), ("listed_companies", 58)]
    # had been other:amount, other:growth and other:count


def test_a_figure_inside_a_sentence_takes_no_label_from_a_dash_after_it():
    text = "昆山市2024年招商引资到位资金528亿元——这是该市近年来的最好成绩。"
    got = brief(claims(text, lang="zh", published="2025-03-02"), "indicator")
    assert ("gdp",) not in got  # guard: the dash opens a remark, the figure is no line's opening
