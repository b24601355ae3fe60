"""The indicator vocabulary (v1) of the claims format, with units and bilingual aliases."""

from __future__ import annotations

import re
import unicodedata

from ._indicator_record import Indicator, IndicatorError
from ._other_indicators import OTHER_INDICATORS

__all__ = ["INDICATORS", "OTHER_INDICATORS", "Indicator", "IndicatorError", "allowed_units", "resolve_indicator"]


_ITS_OUTPUT = r"(?:['’]s)?(?: output(?: value)?)?"  # "primary sector output": a sector's output is its value added
_OF_ECONOMY = r"(?: of (?:the|its|their) economy)?"  # "the secondary sector of the economy"
_ORDINAL_INDUSTRY = (  # "the first industry", as translations name the sectors (not "the first industry park")
    r"industr(?:y|ies)\b"
    r"(?! (?:to|of|park|zone|cluster|chain|base|belt|fund|district|county|city|area|town|firm|company)s?\b)"
)
_SECTOR_EN = r"(?:value[- ]added|added value|output) (?:of|in|from) (?:the )?"
_SERVICES = (  # not "modern services", "postal service industry": a part of the tertiary sector
    r"(?<!financial )(?<!public )(?<!modern )(?<!producer )(?<!postal )(?<!business )(?<!software )(?<!information )"
    r"(?<!technology )(?<!logistics )(?<!consumer )(?<!professional )(?<!digital )service"
)

#: a word that may stand between a number and the noun it counts ("63 A-share listed companies", "24 specialized
#: and sophisticated little giants"); no digits, so that "2,800 hi-tech firms and 24 little giants" keeps its two
#: counts apart; not "… and that of high-tech firms", nor a superlative ("the city's 20 largest listed firms")
_MOD = r"(?:(?!(?:that|those|of|which|was|were|is|are|but|while|whereas|top|best|most|\w+est)\b)[a-z\"'-]+,?\s+)"
_HIGH_TECH = (
    r"(?:high[- ]tech(?:nology)?|hi-tech|high(?:-| and )new[- ]tech(?:nology)?) "
    r"(?:enterprises|companies|firms|businesses)"
)

#: "national-level specialized and sophisticated SMEs", "national specialized, refined, distinctive and innovative
#: enterprises": the national tier of 专精特新 firms, the little giants (a province's tier is not)
_NATIONAL_SPECIALIZED = r"national(?:[- ]level)?\s+[\"']?speciali[sz]ed,?\s+(?:and\s+)?(?:sophisticated|refined)\b"

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
            en=r"(?<![a-z])gdps?(?![a-z])|gross (?:regional )?(?:domestic|regional|national) products?(?:ion)?|\bgnp\b|"
            r"economic (?:output|aggregate|volume|scale)|regional output|\b(?:an|the|its|their) aggregate\b|"
            r"regional gross (?:output(?: value)?|products?)|gross regional output(?: value)?|gross products?\b|"
            r"\beconom(?:y|y's|ies)\b|\bgrp\b|regional production|(?:added value|value added) of the whole district|"
            r"(?:produc\w*\s+|worth of |output of )(?:final\s+)?goods and services|"
            r"(?:final\s+)?goods and services (?:produced|worth)",
            zh=r"地区生产总值|国内生产总值|生产总值|生产毛额|经济总量|经济体量|经济规模|gdp总量|gdp|"  # 毛额: Taiwan
            r"经济产出|全[区县市](?:实现|完成)?增加值|区属增加值|"  # a district's value added, all sectors: its GDP
            r"(?<![a-z])grp(?![a-z])",  # GRP in Latin letters in a Chinese sentence
            growth="gdp_growth",
            per_capita="gdp_per_capita",
        ),
        Indicator(
            "gdp_growth",
            "percent",
            "Real GDP growth as the source states it",
            "地区生产总值增速",
            ("gdp growth", "growth rate", "real growth", "gdp增速", "增速", "同比增长", "增长"),
            non_negative=False,
            en=r"economic growth|econom(?:y|ies) (?:grew|expanded|rose|increased)|growth rate of the economy|"
            r"gdp growth|\b(?:grew|expanded) (?:its|their) econom(?:y|ies)|econom(?:y|ies) (?:to )?(?:grow|expand)\b",
            zh=r"经济(?:增长|增速|成长|下降|萎缩|下滑)|gdp增速",  # 经济成长率: Taiwanese usage
        ),
        Indicator(
            "gdp_per_capita",
            "CNY_per_person",
            "GDP per resident",
            "人均地区生产总值",
            ("gdp per capita", "per capita gdp", "人均gdp", "人均地区生产总值"),
            en=r"per[- ]?(?:capita|head) (?:(?:regional )?gdp|grp|gross|(?:economic )?output)|"  # "percapita" too
            r"(?:gdp|grp|gross (?:domestic|regional) product|(?:economic )?output) per ?"
            r"(?:capita|person|head|resident)",
            zh=r"人均(?:地区|国内)?生产总值|人均gdp|人均grp|平均每人(?:gdp|地区生产总值|生产总值)",
        ),
        Indicator(
            "population",
            "persons",
            "Permanent residents",
            "常住人口",
            ("population", "permanent residents", "resident population", "常住人口", "人口"),
            en=r"permanent (?:resident )?population|resident population|population|permanent residents|\bpop\.",
            zh=r"常住人口|总人口|人口",
            noun_en=r"(?:permanent\s+)?(?:people|residents|inhabitants|persons|resident\s+population)\b",
            stock=True,
        ),
        Indicator(
            "area",
            "km2",
            "Land area",
            "面积",
            ("area", "land area", "面积", "土地面积", "行政区域面积"),
            en=r"\barea\b|territory|covers?|covering",
            zh=r"面积|总面积|辖区|土地(?!出让|收入|财政|使用|流转|整治|储备)",
            stock=True,
        ),
        Indicator(
            "listed_companies",
            "count",
            "Listed companies",
            "上市公司",
            ("listed companies", "listed firms", "上市公司", "上市企业"),
            en=r"listed (?:companies|firms|enterprises)|(?:companies|firms|enterprises) listed\b|A-share (?:companies|"
            r"firms)|public(?:ly)?[- ](?:listed|traded) (?:companies|firms)|public (?:companies|firms)",
            zh=r"(?<![拟待])上市(?:公司|企业)",  # not 拟上市企业: firms planning to list
            noun_en=_MOD + r"{0,3}?(?:(?:[a-z]+-)?listed (?:companies|firms|enterprises)|A-share (?:companies|firms)|"
            r"(?:companies|firms|enterprises) listed\b|"
            # "63 firms are listed on …", "70 companies from Kunshan are listed": the firms listed
            r"(?:companies|firms|enterprises)(?:\s+(?:from|in|based in)\s+(?-i:[A-Z])[\w'’-]+)?"
            r"\s+(?:(?:are|were|have been|had been|got)\s+(?:now\s+|newly\s+)?listed\b(?!\s+as\b)|went\s+public\b)|"
            r"publicly[- ]traded (?:companies|firms)|public (?:companies|firms)|"
            r"(?:companies|firms) (?:that )?(?:have )?gone public)",
            stock=True,
        ),
        Indicator(
            "high_tech_enterprises",
            "count",
            "National high-tech enterprises",
            "国家高新技术企业",
            ("high-tech enterprises", "national high-tech enterprises", "国家高新技术企业", "高新技术企业"),
            en=_HIGH_TECH,
            zh=r"高新技术企业|高企",
            noun_en=_MOD + r"{0,3}?(?:" + _HIGH_TECH + ")",
            stock=True,
        ),
        Indicator(
            "little_giants",
            "count",
            "Specialised and sophisticated 'little giant' firms",
            "专精特新“小巨人”企业",
            ("little giants", "little giant firms", "小巨人", "专精特新小巨人"),
            en=r"little giant|" + _NATIONAL_SPECIALIZED,
            zh=r"小巨人|国家级专精特新",  # the national tier of 专精特新 firms is the little giants
            noun_en=_MOD
            + r"{0,7}?(?:[\"']?little[- ]giants?[\"']?|"  # 'little giant' in single quotes too
            + _NATIONAL_SPECIALIZED
            + r"[^.;]{0,60}?\b(?:smes|enterprises|firms|companies|businesses))",
            stock=True,
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
            en=r"invention patents? (?:(?:owned|ownership|holdings?|held)(?: by)? )?"
            r"(?:per|for every|for each|every) 10,?000",
            zh=r"(?:每)?万人(?:口)?(?:拥有)?(?:有效)?发明专利(?:拥有量|数量?)?|(?:有效)?发明专利拥有量(?:每)?万人(?:口)?",
            # 每万人口有效发明专利拥有量 (valid ones: the official measure), not 高价值发明专利: narrower, its own
            noun_en=r"(?:\w+\s+){0,2}invention patents? (?:(?:owned|ownership|holdings?|held)(?: by)? )?"
            r"(?:per|for every|for each|every) 10,?000",
            stock=True,
        ),
        Indicator(
            "rd_intensity",
            "percent",
            "R&D spending as a share of GDP",
            "研发投入强度",
            ("r&d intensity", "rd intensity", "研发投入强度", "研发经费投入强度", "全社会研发投入占gdp比重"),
            en=r"r&d (?:(?:input|investment|spending) )?(?:intensity|spending|investment|expen(?:ditur|s)es?|outlays?|"
            r"funding|inputs?)|research and (?:experimental )?development (?:(?:input|investment) )?(?:spending|"
            r"intensity|investment|expenditures?|outlays?|funding)|research (?:spending|investment|expenditure)|"
            r"(?:innovation|research) intensity|(?:investment|spending|expenditures?|outlays?|funding) (?:in|on|for) "
            r"(?:r&d|research and (?:experimental )?development)|"
            r"(?:spen(?:t|ds?|ding)|invest(?:ed|s|ing)|devot(?:ed|es|ing)) [^.;]{0,40}"
            r"\b(?:on|in|into|to) (?:r&d|research and development|research)\b",
            zh=r"研发(?:经费)?投入强度|研发(?:经费)?(?:投入|支出)?(?:占|相当于)|研发经费(?:投入|支出)|r&d(?:经费)?(?:投入|支出)?(?:占|强度)|r&d投入|"
            r"研究与试验发展(?:经费)?(?:投入|支出)?|全社会研发投入|研发强度|r&d经费(?:投入|支出)",
            share_of_gdp=True,
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
            en=(
                r"strategic(?:ally)?(?: and| new and)? (?:emerging|new) industr|"
                r"emerging industries of strategic importance"
            ),
            zh=r"战略性新兴产业|战略新兴产业|战新产业",
            share_of_gdp=True,
        ),
        Indicator(
            "industrial_value_added",
            "CNY",
            "Industrial value added",
            "工业增加值",
            ("industrial value added", "industrial added value", "工业增加值", "规上工业增加值", "规模以上工业增加值"),
            en=r"industrial (?:sector(?:['’]s)? )?(?:added[- ]value|value[- ]added)|value[- ]added industrial output|"
            # "the added value of the city's above-designated-size industrial enterprises"
            r"(?:value[- ]added|added value) (?:of|by|from) (?:the )?(?:[\w'’-]+['’]s )?"
            r"(?:large-scale |large |major |above[- ]designated[- ](?:scale|size) )?industr",
            zh=r"(?:规模以上|规上|规模)?工业(?:企业)?(?:实现|完成)?增加值",
        ),
        Indicator(
            "industrial_output",
            "CNY",
            "Total industrial output",
            "工业总产值",
            ("industrial output", "total industrial output", "工业总产值", "规上工业总产值"),
            en=r"(?:total |gross )?industrial output(?: value)?|industrial economy|"  # "its total value"
            r"output(?: value)? (?:of|from|by) (?:the |its |their |[\w'’]+['’]s )?(?:above-scale |major |large )?"
            r"(?:industr|enterprises above(?: the)? designated size)|industrial production value|(?-i:\bGIO\b)|"
            r"(?:gross|total) industrial value(?! added)|"
            r"total output(?! of (?:the |this )?(?:city|district|county|new area)\b)"  # GIO: gross industrial output;
            r"(?!(?: value)? of (?:the )?(?:agricultur|farm|forestr|fisher|servic|construct))",  # not farms' output
            zh=r"(?:规模以上|规上)?工业(?:总产值|(?:企业)?(?:实现|完成|创造)?产值|企业[^，。；,;\d]{0,10}?总产值)",
        ),
        Indicator(
            "primary_value_added",
            "CNY",
            "Primary industry value added",
            "第一产业增加值",
            ("primary value added", "primary industry value added", "第一产业增加值"),
            en=r"(?:primary (?:industry|industries|sector)|first "
            + _ORDINAL_INDUSTRY
            + ")"
            + _OF_ECONOMY
            + _ITS_OUTPUT,
            zh=r"第一产业(?:增加值)?|(?<![一二三、])一产(?:业)?增加值|(?<![一二三、])一产(?=\d|[，,]?(?:实现|完成)?增加值|增长)",
        ),
        Indicator(
            "secondary_value_added",
            "CNY",
            "Secondary industry value added",
            "第二产业增加值",
            ("secondary value added", "secondary industry value added", "第二产业增加值"),
            en=r"(?:secondary (?:industry|industries|sector)|second "
            + _ORDINAL_INDUSTRY
            + ")"
            + _OF_ECONOMY
            + _ITS_OUTPUT,
            zh=r"第二产业(?:增加值)?|(?<![一二三、])二产(?:业)?增加值|(?<![一二三、])二产(?=\d|[，,]?(?:实现|完成)?增加值|增长)",
        ),
        Indicator(
            "tertiary_value_added",
            "CNY",
            "Tertiary industry value added",
            "第三产业增加值",
            ("tertiary value added", "tertiary industry value added", "第三产业增加值"),
            en=rf"(?:tertiary (?:industry|industries|sector)|third {_ORDINAL_INDUSTRY}|{_SERVICES}s? (?:sector|"
            rf"industry|industries)){_OF_ECONOMY}{_ITS_OUTPUT}|{_SERVICES}s output",
            zh=r"第三产业(?:增加值)?|(?<![一二三、])三产(?:业)?增加值|(?<![一二三、])三产(?=\d|[，,]?(?:实现|完成)?增加值|增长)|"
            r"(?<![^\s，,。；;：:年月区县市的中看])服务业(?:实现|完成)?增加值",  # not 现代服务业, 规上服务业: parts
        ),
        Indicator(
            "fiscal_revenue",
            "CNY",
            "General public budget revenue",
            "一般公共预算收入",
            ("fiscal revenue", "general public budget revenue", "一般公共预算收入", "地方一般公共预算收入"),
            en=r"(?:general[- ]|(?<!general )(?<!\w)public )(?:fiscal |financial |public )?budget(?:ary)? "
            r"(?:revenue|income)|public (?:fiscal|financial) (?:budget(?:ary)? )?revenue|"  # 公共财政预算收入
            # "fiscal revenue at the general public budget level", "local fiscal revenue under the general budget"
            r"revenue (?:in|of|from|at|under) (?:its |the )?general (?:public )?budget|"
            r"revenue \(general (?:public )?budget\)",
            zh=r"一般公共预算收[入人]|公共财政预算收入|一般预算收入",  # older names (before 2015); 收人: a slip
        ),
        Indicator(
            "retail_sales",
            "CNY",
            "Total retail sales of consumer goods",
            "社会消费品零售总额",
            ("retail sales", "total retail sales of consumer goods", "社会消费品零售总额", "社零总额"),
            en=r"retail sales(?! of commodities)|(?:total )?sales of consumer (?:goods|products)|"
            r"retail (?:sales |trade )?volume|(?<!and )(?<!& )retail trade(?! sector)|"
            r"consum(?:ption|er) goods (?:retail(?: sales)?|sales)|retail of consum(?:ption|er) goods",
            zh=r"(?<!限额以上)(?<!限上)(?<!单位)(?:社会消费品零售(?:总)?额|(?<!农)消费品零售总额)|社零(?:总)?额|社零(?=增速|增幅|增长|同比|下降)|"
            r"社消零(?:总额)?|(?<![镇村上位农])消费品零售额|"  # not 城镇/乡村/限额以上单位消费品零售额: parts
            r"(?<![上下内外品网络物饮业售])零售总额",  # 零售总额 alone (not 网上/商品/限额以上/批发零售…)
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
            en=r"(?:(?:foreign|external) (?:trade|commerce)|(?:im|ex)ports? (?:and|&) (?:ex|im)ports?|"
            r"(?:ex|im)port-(?:im|ex)port|(?:(?<=['’]s )|(?<=\bits )|(?<=\bthe )|(?<=\btotal )|(?<![\w-] ))"
            r"trade volume(?! with| between))"  # "Kunshan's trade volume": its foreign trade (no "intermediary
            r"(?: turnover)?"  # trade volume", "retail trade volume": a kind of trade)
            r"(?! of (?:\w+ )?(?:goods|cargos?|commodities) and services)",  # with services: a wider measure
            zh=r"(?<!服务)(?<!服务贸易)(?:进出口总额|外贸进出口|进出口|(?:外贸|对外贸易)总?[额值])",  # not services'
        ),
        Indicator(
            "disposable_income_per_capita",
            "CNY_per_person",
            "Per-capita disposable income of residents",
            "居民人均可支配收入",
            ("disposable income per capita", "per capita disposable income", "居民人均可支配收入", "人均可支配收入"),
            en=r"disposable (?:personal )?income|per[- ]capita income of (?:\w+ )?residents|"
            r"residents?['’] per[- ]capita income",
            zh=r"可支配(?:收入|所得)",  # 可支配所得: Taiwanese usage
        ),
        Indicator(
            "new_enterprises",
            "count",
            "Newly established enterprises",
            "新设企业",
            ("new enterprises", "newly established enterprises", "新设企业", "新登记企业"),
            en=r"(?:new(?:ly)?[- ](?:established|registered|founded|set[- ]up|added) "
            r"(?:enterprises|companies|firms|businesses)|new (?:enterprises|businesses|firms))"
            r"(?! above (?:the )?designated (?:size|scale))",
            zh=r"新(?:设立?|登记|注册|成立)(?:登记|注册)?(?:的)?(?:各类)?企业|新增企业(?=\d|数|\s|[，,]|$)",
            noun_en=_MOD + r"{0,2}?new(?:ly)?(?:[- ]established|[- ]registered|[- ]founded)? "
            r"(?:enterprises|companies|firms|businesses)(?! above (?:the )?designated (?:size|scale))",  # not firms
            # newly grown above the size threshold ("1,029 new enterprises above designated size")
        ),
    )
}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().strip()
    return re.sub(r"[\s\-_“”\"'（）()]+", " ", text).strip()


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
    if ind.unit in ("CNY", "CNY_per_person"):
        units.add("USD")
    return units
