"""Cue words: indicators, growth, qualifiers, kinds and periods, in English and Chinese.

Patterns run over normalised text (simplified Chinese, half-width, plain quotes); English ones
ignore case. The order of ``MONEY`` and ``SHARES`` matters: the first pattern that matches wins.
"""

from __future__ import annotations

import re


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: indicator cues for amounts of money (and per-person amounts)
MONEY: list[tuple[str, re.Pattern[str]]] = [
    ("other:energy_intensity", _c(r"单位(?:国内|地区)?生产总值能耗|energy (?:consumption|use) per unit of gdp")),
    (
        "gdp_per_capita",
        _c(r"per[- ]capita (?:gdp|gross)|gdp per (?:capita|person)|人均地区生产总值|人均生产总值|人均gdp"),
    ),
    ("disposable_income_per_capita", _c(r"disposable income|可支配收入")),
    ("primary_value_added", _c(r"primary (?:industry|sector)|第一产业(?:增加值)?")),
    ("secondary_value_added", _c(r"secondary (?:industry|sector)|第二产业(?:增加值)?")),
    ("tertiary_value_added", _c(r"tertiary (?:industry|sector)|第三产业(?:增加值)?")),
    (
        "industrial_value_added",
        _c(
            r"industrial (?:added[- ]value|value[- ]added)|value[- ]added (?:industrial output|of (?:the )?industr)|"
            r"added value of (?:the )?industr|规模以上工业增加值|规上工业增加值|工业增加值"
        ),
    ),
    (
        "industrial_output",
        _c(
            r"(?:total |gross )?industrial output(?: value)?|output value of (?:the )?industr|"
            r"industrial production value|"
            r"工业总产值|规上工业总产值|规模以上工业总产值|工业产值"
        ),
    ),
    ("fiscal_revenue", _c(r"general (?:public )?budget(?:ary)? revenue|一般公共预算收入")),
    ("other:online_retail", _c(r"online retail|e-commerce|cross-border|网上零售|网络零售|跨境电商")),
    ("retail_sales", _c(r"retail sales|社会消费品零售总额|社零总额")),
    ("foreign_trade", _c(r"foreign trade|imports? and exports?|进出口总额|外贸进出口|进出口")),
    ("fixed_asset_investment", _c(r"fixed[- ]asset(?:s)? investments?|fixed investments?|固定资产投资")),
    (
        "gdp",
        _c(
            r"(?<![a-z])gdps?(?![a-z])|gross (?:domestic|regional) product|economic (?:output|aggregate|volume|scale)|"
            r"\beconom(?:y|y's|ies)\b|地区生产总值|国内生产总值|生产总值|经济总量|经济体量|gdp总量|\bgrp\b"
        ),
    ),
    (
        "other:revenue",
        _c(
            r"revenue|营收|营业收入|收入|支出|expenditure|spending|investment|投资|fund|基金|orders|订单|"
            r"sales|销售|产值|output|income|税收|规模|budget|deficit|赤字|债券|bonds?|loans?|贷款|"
            r"market value|市值|valuation"
        ),
    ),
]

#: shares of GDP that the vocabulary names
SHARES: list[tuple[str, re.Pattern[str]]] = [
    ("strategic_emerging_share", _c(r"strategic(?:ally)? emerging industr|战略性新兴产业")),
    (
        "rd_intensity",
        _c(
            r"r&d (?:intensity|spending|investment|expenditure)|research and development (?:spending|intensity|"
            r"investment|expenditure)|innovation intensity|研发投入强度|研发经费投入强度|研发(?:经费)?投入占|r&d投入|"
            r"全社会研发投入|研发强度"
        ),
    ),
]

#: counts, people, areas and per-10,000 figures: (indicator, cue before the number, noun after it)
COUNTS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "invention_patents_per_10k",
        _c(r"invention patents? (?:owned )?per 10,?000|每万人(?:口)?(?:高价值)?发明专利(?:拥有量)?"),
        _c(r"^\s*(?:\w+\s+){0,2}invention patents? per 10,?000"),
    ),
    (
        "listed_companies",
        _c(r"listed (?:companies|firms|enterprises)|上市公司|上市企业"),
        _c(r"^\s*(?:[\w-]+\s+){0,3}?listed (?:companies|firms|enterprises)"),
    ),
    (
        "high_tech_enterprises",
        _c(r"high[- ]tech(?:nology)? (?:enterprises|companies|firms)|高新技术企业|高企"),
        _c(r"^\s*(?:[\w-]+\s+){0,3}?high[- ]tech(?:nology)? (?:enterprises|companies|firms)"),
    ),
    ("little_giants", _c(r"little giant|小巨人"), _c(r"^\s*(?:[\w\"-]+\s+){0,5}?\"?little[- ]giants?\"?")),
    (
        "new_enterprises",
        _c(
            r"new(?:ly)? (?:established|registered|founded|set[- ]up) (?:enterprises|companies|firms)|"
            r"new enterprises|新设企业|新登记企业|新注册企业"
        ),
        _c(r"^\s*(?:[\w-]+\s+){0,2}?new(?:ly)?(?: established| registered)? (?:enterprises|companies|firms)"),
    ),
]

POPULATION_BEFORE = _c(r"permanent (?:resident )?population|resident population|population|常住人口|总人口")
POPULATION_AFTER = _c(r"^\s*(?:permanent\s+)?(?:people|residents|inhabitants|persons)\b")
POPULATION_NOT = _c(
    r"户籍|registered|urban|城镇|城区|农村|rural|就业|employ|出生|死亡|流动|jobs?|workers?|"
    r"visitors|tourists|游客|人次|students|学生|talent|人才|出生人口"
)
AREA_NOT = _c(r"floor|building|建筑面积|住宅|housing|耕地|森林|绿地|水域|播种|造林")

GROWTH = _c(
    r"\b(?:grew|grow(?:s|ing)?|growth|rose|rise[sn]?|up|increased?|increases|increasing|expand(?:ed|s)?|expansion|"
    r"gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|surg(?:ed|es)|soar(?:ed|s)?|advanced|picked up|"
    r"declin(?:ed|es?)|fell|fall(?:s|en)?|drop(?:ped|s)?|down|decreased?|contract(?:ed|ion)?|shr[ua]nk)\b|"
    r"增长|增速|增幅|增加(?!值)|提高|上升|提升|回升|下降|减少|回落|降低|下滑"
)
NEGATIVE = _c(
    r"\b(?:declin(?:ed|es?)|fell|fall(?:s|en)?|drop(?:ped|s)?|down|decreased?|contract(?:ed|ion)?|"
    r"shr[ua]nk)\b|下降|减少|回落|降低|下滑"
)
GDP_GROWTH_SUBJECT = _c(
    r"economic growth|econom(?:y|ies) (?:grew|expanded|rose|increased)|growth rate of the economy|"
    r"经济增长|经济增速"
)

QUALIFIER_BEFORE: list[tuple[str, re.Pattern[str]]] = [
    (
        "at_least",
        _c(
            r"(?:more than|over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|top(?:s|ped|ping)?|above|"
            r"at least|upwards of|pass(?:es|ed|ing)?|broke(?: through)?|break(?:s|ing)? through|beyond|in excess of|"
            r"north of|joined|超过|超出|超|突破|首破|首超|破|逾|跨越|跨过|跨上|迈上|迈过|跃上|跃升至|站上|过)"
            r"(?:\s+(?:the|a|an|its|their|GDP|of|mark|threshold))*\s*$"
        ),
    ),
    (
        "approx",
        _c(
            r"(?:about|around|roughly|nearly|almost|approximately|some|close to|an estimated|estimated at|"
            r"约|大约|近|接近|将近|约为)(?:\s+(?:the|a|an))*\s*$"
        ),
    ),
    (
        "at_most",
        _c(r"(?:less than|under|below|fewer than|no more than|up to|不足|不到|低于|未超过)(?:\s+(?:the|a))*\s*$"),
    ),
]
QUALIFIER_AFTER: list[tuple[str, re.Pattern[str]]] = [
    ("at_least", _c(r"^(?:以上|多|余|有余|\+|\s*or more\b|\s*plus\b)")),
    ("approx", _c(r"^(?:左右|上下|\s*or so\b)")),
    ("at_most", _c(r"^(?:以下|以内|\s*or less\b)")),
]

TARGET = _c(
    r"\b(?:aim(?:s|ed|ing)?(?: to| at| for)?|target(?:s|ed)?|goal|plans? to|planned|planning to|strive|striving|"
    r"seeks? to|should (?:exceed|reach|surpass)|will (?:exceed|reach|surpass)|is to (?:reach|exceed)|"
    r"projected target)\b|力争|目标|计划|规划|预期目标|确保|争取|将达到|要达到"
)
EXPECTED = _c(
    r"\b(?:expect(?:s|ed)?|expectation|is set to|are set to|likely|poised|projected|projection|forecasts?|"
    r"forecasted|estimated?|estimates|anticipated?|on track|predict(?:s|ed)?)\b|预计|有望|预期|预测|估计|将超|将突破"
)
PRELIMINARY = _c(r"初步核算|preliminary")

RELATIVE_COUNTRY = _c(
    r"national average|country's|nation's|national total|全国平均|全国的|全国总|of (?:china|the country)"
)


#: nouns after a bare number that make it a count of something outside the vocabulary
OTHER_COUNT_AFTER = _c(
    r"^\s*(?:[\w\"'-]+\s+){0,4}?(?:enterprises|companies|firms|universities|laborator(?:y|ies)|institutes|centers|"
    r"centres|exhibitors|counties|districts|regions|industries|clusters|parks|projects|patents|startups|unicorns|"
    r"hospitals|schools|banks|factories|plants|stores|jobs|members|cities|provinces)\b"
)
