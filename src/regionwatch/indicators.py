"""The indicator vocabulary (v1) of the claims format, with units and bilingual aliases."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["INDICATORS", "Indicator", "IndicatorError", "allowed_units", "resolve_indicator"]


class IndicatorError(ValueError):
    pass


@dataclass(frozen=True)
class Indicator:
    name: str
    unit: str
    description: str
    description_zh: str
    aliases: tuple[str, ...] = field(default=())
    non_negative: bool = True


INDICATORS: dict[str, Indicator] = {
    i.name: i
    for i in (
        Indicator(
            "gdp",
            "CNY",
            "Gross domestic (regional) product, nominal",
            "地区生产总值",
            (
                "gdp",
                "gross regional product",
                "gross domestic product",
                "economic output",
                "grp",
                "地区生产总值",
                "生产总值",
                "经济总量",
                "gdp总量",
            ),
        ),
        Indicator(
            "gdp_growth",
            "percent",
            "Real GDP growth as the source states it",
            "地区生产总值增速",
            ("gdp growth", "growth rate", "real growth", "gdp增速", "增速", "同比增长", "增长"),
            non_negative=False,
        ),
        Indicator(
            "gdp_per_capita",
            "CNY_per_person",
            "GDP per resident",
            "人均地区生产总值",
            ("gdp per capita", "per capita gdp", "人均gdp", "人均地区生产总值"),
        ),
        Indicator(
            "population",
            "persons",
            "Permanent residents",
            "常住人口",
            ("population", "permanent residents", "resident population", "常住人口", "人口"),
        ),
        Indicator("area", "km2", "Land area", "面积", ("area", "land area", "面积", "土地面积", "行政区域面积")),
        Indicator(
            "listed_companies",
            "count",
            "Listed companies",
            "上市公司",
            ("listed companies", "listed firms", "上市公司", "上市企业"),
        ),
        Indicator(
            "high_tech_enterprises",
            "count",
            "National high-tech enterprises",
            "国家高新技术企业",
            ("high-tech enterprises", "national high-tech enterprises", "国家高新技术企业", "高新技术企业"),
        ),
        Indicator(
            "little_giants",
            "count",
            "Specialised and sophisticated 'little giant' firms",
            "专精特新“小巨人”企业",
            ("little giants", "little giant firms", "小巨人", "专精特新小巨人"),
        ),
        Indicator(
            "invention_patents_per_10k",
            "count_per_10k",
            "Invention patents per 10,000 residents",
            "每万人口发明专利拥有量",
            (
                "invention patents per 10,000 residents",
                "invention patents per 10k",
                "每万人发明专利拥有量",
                "每万人口发明专利拥有量",
            ),
        ),
        Indicator(
            "rd_intensity",
            "percent",
            "R&D spending as a share of GDP",
            "研发投入强度",
            ("r&d intensity", "rd intensity", "研发投入强度", "研发经费投入强度", "全社会研发投入占gdp比重"),
        ),
        Indicator(
            "strategic_emerging_share",
            "percent",
            "Share of GDP from strategic emerging industries",
            "战略性新兴产业增加值占GDP比重",
            (
                "strategic emerging share",
                "strategic emerging industries share",
                "战略性新兴产业增加值占gdp比重",
                "战略性新兴产业占比",
            ),
        ),
        Indicator(
            "industrial_value_added",
            "CNY",
            "Industrial value added",
            "工业增加值",
            ("industrial value added", "industrial added value", "工业增加值", "规上工业增加值", "规模以上工业增加值"),
        ),
        Indicator(
            "industrial_output",
            "CNY",
            "Total industrial output",
            "工业总产值",
            ("industrial output", "total industrial output", "工业总产值", "规上工业总产值"),
        ),
        Indicator(
            "primary_value_added",
            "CNY",
            "Primary industry value added",
            "第一产业增加值",
            ("primary value added", "primary industry value added", "第一产业增加值"),
        ),
        Indicator(
            "secondary_value_added",
            "CNY",
            "Secondary industry value added",
            "第二产业增加值",
            ("secondary value added", "secondary industry value added", "第二产业增加值"),
        ),
        Indicator(
            "tertiary_value_added",
            "CNY",
            "Tertiary industry value added",
            "第三产业增加值",
            ("tertiary value added", "tertiary industry value added", "第三产业增加值"),
        ),
        Indicator(
            "fiscal_revenue",
            "CNY",
            "General public budget revenue",
            "一般公共预算收入",
            ("fiscal revenue", "general public budget revenue", "一般公共预算收入", "地方一般公共预算收入"),
        ),
        Indicator(
            "retail_sales",
            "CNY",
            "Total retail sales of consumer goods",
            "社会消费品零售总额",
            ("retail sales", "total retail sales of consumer goods", "社会消费品零售总额", "社零总额"),
        ),
        Indicator(
            "fixed_asset_investment_growth",
            "percent",
            "Growth of fixed-asset investment",
            "固定资产投资增长",
            ("fixed asset investment growth", "fixed-asset investment growth", "固定资产投资增长", "固定资产投资增速"),
            non_negative=False,
        ),
        Indicator(
            "foreign_trade",
            "CNY",
            "Total imports and exports",
            "进出口总额",
            ("foreign trade", "total imports and exports", "进出口总额", "外贸进出口总额"),
        ),
        Indicator(
            "disposable_income_per_capita",
            "CNY_per_person",
            "Per-capita disposable income of residents",
            "居民人均可支配收入",
            ("disposable income per capita", "per capita disposable income", "居民人均可支配收入", "人均可支配收入"),
        ),
        Indicator(
            "new_enterprises",
            "count",
            "Newly established enterprises",
            "新设企业",
            ("new enterprises", "newly established enterprises", "新设企业", "新登记企业"),
        ),
    )
}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().strip()
    text = re.sub(r"[\s\-_“”\"'（）()]+", " ", text).strip()
    return text


_ALIASES: dict[str, str] = {}
for _ind in INDICATORS.values():
    for _alias in (_ind.name, _ind.name.replace("_", " "), *_ind.aliases):
        _ALIASES.setdefault(_key(_alias), _ind.name)


def resolve_indicator(text: str) -> str:
    """Vocabulary name for an indicator label ('地区生产总值' → 'gdp'); 'other:…' passes through."""
    raw = str(text).strip()
    if raw.startswith("other:") and len(raw) > len("other:"):
        return raw
    name = _ALIASES.get(_key(raw))
    if name is None:
        raise IndicatorError(
            f"unknown indicator {raw!r}: use a name from the vocabulary ({', '.join(INDICATORS)}) or 'other:<label>'"
        )
    return name


def allowed_units(indicator: str) -> set[str]:
    """Units a claim about this indicator may carry: its canonical unit, USD beside CNY."""
    ind = INDICATORS.get(indicator)
    if ind is None:
        return set()  # other:… takes any unit
    units = {ind.unit}
    if ind.unit == "CNY":
        units.add("USD")
    if ind.unit == "CNY_per_person":
        units.add("USD")
    return units
