"""Figures outside the vocabulary (v1) that running text often states, as indicator records."""

from __future__ import annotations

from ._indicator_record import Indicator

__all__ = ["OTHER_INDICATORS"]

#: "per unit of GDP", "per 10,000 yuan of the district's gross domestic product" (万元GDP): the unit a use is of
_PER_GDP = (
    r"per (?:unit|10,?000 yuan(?: worth)?|ten thousand yuan) of (?:(?:the|its) )?(?:[\w'’]+ ){0,2}?"
    r"(?:gdp|regional gdp|gross (?:domestic|regional) product|output)"
)

#: figures that running text often states but the vocabulary leaves out: recognised so that they are
#: labelled ``other:…`` instead of being taken for a neighbouring indicator. Same record as above.
OTHER_INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "other:energy_intensity",
        "",
        "Energy use per unit of GDP",
        "单位生产总值能耗",
        en=r"energy (?:consumption|use) " + _PER_GDP + r"|gdp energy (?:consumption|intensity)",
        zh=r"单位(?:国内|地区)?(?:生产总值|GDP|gdp)(?:能耗|能源消耗)|万元(?:GDP|gdp|生产总值)能耗",
    ),
    Indicator(  # "water consumption per unit of GDP", 单位GDP二氧化碳排放: a use of something per unit, no GDP
        "other:per_unit_of_gdp",
        "",
        "Water use or emissions per unit of GDP",
        "单位生产总值用水量、二氧化碳排放",
        en=r"(?:(?:water|electricity|power|land|carbon(?: dioxide)?|co2)\s+(?:consumption|use|emissions?)\s+"
        r"(?:and\s+[\w ]{0,30}?\s+)?)?" + _PER_GDP,
        zh=r"单位(?:国内|地区)?(?:生产总值|GDP|gdp)(?:用水量?|水耗|电耗|二氧化碳排放量?|碳排放量?|建设用地)|万元GDP(?:用水量?|水耗)",
    ),
    Indicator(
        "other:per_area",
        "CNY",
        "Output per square kilometre (land productivity)",
        "地均GDP",
        en=r"(?:gdp|output|economic output) per (?:square kilomet(?:re|er)|sq\.? ?km|km2|km²)",
        zh=r"地均(?:GDP|gdp|生产总值|产出)|每平方公里(?:GDP|gdp|产出|生产总值)",
    ),
    Indicator(
        "other:online_retail",
        "CNY",
        "Online retail sales",
        "网上零售额",
        en=r"online retail|e-commerce|cross-border",
        zh=r"网上零售|网络零售|跨境电商",
    ),
    Indicator(
        "other:exports",
        "CNY",
        "Exports alone (foreign trade is imports and exports)",
        "出口总额",
        en=r"\bexports?\b|\bexported\b",
        zh=r"(?<!进)出口(?:总额|额|总值)?",
    ),
    Indicator(
        "other:imports",
        "CNY",
        "Imports alone",
        "进口总额",
        en=r"\bimports?\b|\bimported\b",
        zh=r"(?<!出)进口(?:总额|额|总值)?",
    ),
    Indicator(
        "other:above_quota_retail_sales",
        "CNY",
        "Retail sales of units above the size threshold (a part of total retail sales)",
        "限额以上单位消费品零售额",
        en=r"(?:retail sales|consumption|sales) (?:of|by) (?:enterprises|companies|units|businesses) above (?:the )?"
        r"designated size|above[- ]designated[- ]size (?:enterprises['’]? |companies['’]? |units['’]? )?"
        r"(?:retail sales|consumption)",
        zh=r"(?:限额以上|限上)(?:单位|企业)?(?:社会)?(?:消费品)?零售(?:总)?额",
    ),
    Indicator(
        "other:sector_economy",
        "CNY",
        "The size of one part of an economy (the digital, marine, private economy …)",
        "数字经济等部分经济规模",
        en=r"(?:digital|marine|ocean|private|night-?time|real|platform|cultural|creative|green|low-altitude|silver|"
        r"sharing|internet|headquarters|information|knowledge|circular|blue|low-carbon|data|port|aviation) economy|"
        r"non-public (?:sector (?:of the )?)?economy|(?:non-public|non-state|private) sector",
        zh=r"数字经济|海洋经济|民营经济|夜间经济|实体经济|平台经济|低空经济|银发经济|总部经济|非公有制经济|非公经济",
    ),
    Indicator(
        "other:fixed_asset_investment",
        "CNY",
        "Fixed-asset investment",
        "固定资产投资",
        en=r"fixed[- ]asset(?:s)? investments?|fixed investments?|investments? in fixed assets|\bFAI\b",
        zh=r"固定资产投资|固投",
        growth="fixed_asset_investment_growth",
    ),
    Indicator(
        "other:revenue",
        "CNY",
        "Other amounts of money",
        "其他金额",
        en=r"\b(?:revenue|expenditure|spending|investment|fund|orders|sales|output|income|budget|deficit|bond|loan|"
        r"debt|deposit|market value|valuation|profit|turnover|transaction|assets|wages|salar(?:y|ies)|"
        r"financing|funding|tax(?:ation)?|savings|FDI|foreign capital)(?=(?:s|es)?\b)|"  # not "bonded", "borders"
        r"\btrade(?=\s+(?:volume\s+)?(?:with|between)\b)",  # "trade with ASEAN": a partner's share of trade
        zh=r"营收|营业收入|收入|支出|投资|基金|订单|销售|产值|税收|规模(?!以上)|赤字|债券|债务|存款|贷款|余额|市值|"
        r"利润|利税|交易额|成交额|营业额|金额|外资|台资|港资|注册资本|资产|资金|工资|薪酬|融资|开票",
    ),
)
