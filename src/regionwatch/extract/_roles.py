"""What the indicator stage works with: the :class:`Role` a figure plays, the cue tables built from the
indicator records (``regionwatch.indicators``), and look-ups over them: the money indicator named
around a figure, a record by name, a growth rate's level and a level's growth rate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..indicators import INDICATORS, OTHER_INDICATORS, Indicator

__all__ = [
    "A_SUM",
    "CLAUSE_END",
    "COUNTS",
    "GDP_GROWTH",
    "GENERIC",
    "GENERIC_CUE",
    "LEAST_GDP",
    "MONEY",
    "PART_ECONOMY",
    "POPULATION",
    "SHARES",
    "Role",
    "growth_of",
    "indicator_record",
    "last_match",
    "level_of",
    "listed_before",
    "measure_spans",
    "measures_in",
    "money_indicator",
    "named_generic",
    "without_aside",
]


@dataclass(frozen=True)
class Role:
    indicator: str
    unit: str
    value: float
    relative: str | None = None  # COUNTRY, "parent", "place" (a named base), "previous" (the last claim's place),
    # "whole" (the total named before, else the parent: "…, or about one-fifth")
    unit_said: bool = True  # False: the unit was not written ("per capita GDP … reached 41,798": yuan)


@dataclass(frozen=True)
class _Cue:
    record: Indicator
    pattern: re.Pattern[str]


def _cues(records: tuple[Indicator, ...]) -> list[_Cue]:
    out = []
    for r in records:
        pattern = "|".join(p for p in (r.en, r.zh) if p)
        if pattern:
            out.append(_Cue(r, re.compile(pattern, re.IGNORECASE)))
    return out


_RECORDS = (*INDICATORS.values(), *OTHER_INDICATORS)
MONEY = _cues(tuple(r for r in _RECORDS if r.unit in ("CNY", "CNY_per_person", "")))  # "": per unit of GDP
GENERIC = "other:revenue"
LEAST_GDP = 1e8  # yuan: a sum below it with no measure named is no county's GDP (the smallest are about 1e9)
GENERIC_CUE = next(cue.pattern for cue in MONEY if cue.record.name == GENERIC)  # 投资, "investment", "spending"
_GENERIC_WORDS = {
    "营收": "revenue",
    "营业收入": "revenue",
    "收入": "income",
    "支出": "expenditure",
    "投资": "investment",
    "基金": "fund",
    "订单": "orders",
    "销售": "sales",
    "产值": "output_value",
    "税收": "tax_revenue",
    "规模": "scale",
    "赤字": "deficit",
    "债券": "bonds",
    "债务": "debt",
    "存款": "deposits",
    "利润": "profits",
    "利税": "profits_and_taxes",
    "交易额": "transactions",
    "成交额": "turnover",
    "营业额": "turnover",
    "金额": "amount",
    "外资": "foreign_investment",
    "台资": "taiwan_investment",
    "港资": "hong_kong_investment",
    "注册资本": "registered_capital",
    "资产": "assets",
    "资金": "funds",
    "工资": "wages",
    "薪酬": "wages",
    "融资": "financing",
    "余额": "balance",
    "贷款": "loans",
    "市值": "market_value",
    "开票": "invoiced_sales",
    "bond": "bonds",
    "loan": "loans",
    "deposit": "deposits",
    "profit": "profits",
    "transaction": "transactions",
    "salary": "wages",
    "salaries": "wages",
    "funding": "financing",
    "tax": "tax_revenue",
    "taxes": "tax_revenue",
    "taxation": "tax_revenue",
    "fdi": "foreign_investment",
    "foreign capital": "foreign_investment",
}
CLAUSE_END = re.compile(r"[,，;；。]|\.(?!\d)")  # where a clause ends (not a decimal point)
SHARES = _cues(tuple(r for r in INDICATORS.values() if r.share_of_gdp))
COUNTS = [
    (r.name, re.compile(r.en + "|" + r.zh, re.I), re.compile(r"^\s*(?:" + r.noun_en + ")", re.I))
    for r in INDICATORS.values()
    if r.unit in ("count", "count_per_10k")
]
POPULATION = re.compile(INDICATORS["population"].en + "|" + INDICATORS["population"].zh, re.I)
AREA = re.compile(INDICATORS["area"].en + "|" + INDICATORS["area"].zh, re.I)
GDP_GROWTH = re.compile(INDICATORS["gdp_growth"].en + "|" + INDICATORS["gdp_growth"].zh, re.I)
_PART = next(r for r in OTHER_INDICATORS if r.name == "other:sector_economy")
PART_ECONOMY = re.compile(_PART.en + "|" + _PART.zh, re.I)  # the digital, private, marine … economy: a part of one


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text):
        found = m
    return found


_WHOSE_TOTAL = re.compile(r"^(?-i:[A-Z])[\w'’-]*['’]s\s+(?:[\d.,]+\s*(?:trillion|billion|million)?\s*(?:yuan\s+)?)?")


_BARE_OUTPUT = re.compile(r"total output", re.I)  # no "industrial": the industry's only where industry is spoken of
_BARE_VALUE_ADDED = re.compile(r"[、,;和及]\s*(?:实现|完成)?增加值(?:为|达到?)?$")
_OF_A_THING = re.compile(  # not "of Kunshan", nor "of industrial enterprises" (the industry's)
    r"(?:\s+value)?\s+of\s+(?!(?:the|its|their|this|all|goods)\b|industr|enterprise|firms|compan|manufactur)(?-i:[a-z])",
    re.I,
)
_COUNTED_FIRMS = re.compile(  # a number of firms, not all the place's industry (those above designated size are)
    r"\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|dozens of|hundreds of)\s+(?:[\w-]+\s+){0,3}?(?:firms|enterprises|companies)\b"
    r"(?![^,;.]{0,30}\babove(?:\s+a)?\s+designated\s+size)",
    re.I,
)
_INDUSTRY = re.compile(r"industr|enterprise|compan|firms?\b|factor|manufactur|plants?\b|工业|企业", re.I)
_A_TRADE = re.compile(  # a trade named before 工业总产值
    r"(?:白酒|酒类|纺织|服装|汽车|电子信息|电子|化工|石化|钢铁|冶金|有色|建材|医药|食品|船舶|机械|装备|家具|家电|"
    r"能源|煤炭|电力|轻|重|军|航空|材料|数字|文化)$"
)


_FARMING = re.compile(r"\b(?:agricultur\w*|farming|forestry|(?:animal )?husbandry|fisher(?:y|ies)|fishing)\b", re.I)
_INDUSTRIAL = re.compile(r"\bindustrial (?:enterprises|companies|firms)\b|\bmanufacturers\b", re.I)
_INDUSTRY_SUBJECT = (  # industry as a whole as the subject: "industrial firms", "Songjiang's industry" (not "the
    # construction industry", "the tertiary industry": a trade or a sector of its own)
    r"(?:(?<![\w-])industrial\s+(?:sector|enterprises|companies|firms|economy)\b|"
    r"(?:(?<![\w-])(?:the|its)\s+|['’]s\s+)industry\b)"
)
_INDUSTRY_SUBJECT_RE = re.compile(_INDUSTRY_SUBJECT, re.I)
_INDUSTRY_ADDED = re.compile(  # "Industrial firms above designated size in X realized an added value of"
    _INDUSTRY_SUBJECT + r"[^.;,\d]{0,80}?\b(?:an?\s+)?(?:added[- ]value|value[- ]added)\s*"
    r"(?:of|worth|amounting to|totaling|totalling)?\s*(?:about|nearly|some|over|more than)?\s*$",
    re.I,
)
_ADDED_VALUE_AFTER = re.compile(r"\s*(?:in|of)\s+(?:added[- ]value|value[- ]added)\b", re.I)  # "… yuan in added value"
_OUTPUT_AFTER = re.compile(r"\s*(?:in|of)\s+(?:industrial\s+)?output(?:\s+value)?\b", re.I)  # "… yuan of output value"
_SHARES_WHOLE = re.compile(
    r"(?<=\d)\s*(?:percent|per cent|%)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:economy|gdp|economic output|total output)\b(?=[^.;]*,)",
    re.I,
)
_OWNER_AFTER_OF = re.compile(
    r"(?<=\bof )(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?i:district|county|city|new area))?['’]s\s+(?=(?-i:[a-z]))"
)


_PER_HEAD = re.compile(r"\bper[\s-]capita\s+(?:[a-z]+\s+)?$|人均$", re.I)  # "per capita (general) public budget …"
_WITH_A_PARTNER = re.compile(  # not "foreign trade with $3.5 billion", "… with a total of": the figure's own words
    r"\s+(?:volume\s+)?(?:with|between)\s+(?!(?:a|an|about|around|nearly|over|some|total|more|less|up)\b)[a-z]", re.I
)
_A_PARTNER_ZH = re.compile(r"(?:[对与同](?![外比])(?:(?!相比|上年|去年|同期)[^，。；,;\d对与同]){1,16}?的?)$")
_BY_MODE = re.compile(  # a mode of trade, a part of the total: processing, general, bonded, border trade
    r"加工贸易|一般贸易|保税(?:物流|贸易)?|边境(?:小额)?贸易|市场采购|跨境电商|"
    r"\b(?:processing|general|bonded|border|cross-border e-commerce) trade\b|\bvia (?:processing|general) trade\b",
    re.I,
)
_TOTALS = {"fiscal_revenue", "retail_sales", "foreign_trade", "industrial_output", "industrial_value_added"}


def money_indicator(before: str, after: str, generic: bool = True) -> str | None:
    """The money indicator whose cue ends last before the figure (the longer cue where two end
    together: 人均地区生产总值 over 生产总值), else one named just after it."""
    if "of " in before and ("'s" in before or "’s" in before):  # "the added value of Jiading's industrial …"
        before = _OWNER_AFTER_OF.sub("", before)
    if "of" in before:  # "the tertiary sector made up 68.5 percent of the economy, with value added of …": the
        before = _SHARES_WHOLE.sub(lambda m: " " * len(m.group()), before)  # share's whole names no figure after it
    if _INDUSTRY_ADDED.search(before[-200:]):  # its cue ends the text read: nearer than any other
        return "industrial_value_added"
    best, best_pos = None, (-1, 0)
    found = []
    for cue in MONEY:
        if not generic and cue.record.name == GENERIC:
            continue
        m = last_match(cue.pattern, before)
        if m:
            found.append((cue.record.name, m))
        if m and (m.end(), -m.start()) > best_pos:
            best, best_pos = cue.record.name, (m.end(), -m.start())
    size = best == GENERIC and before[-best_pos[1] : best_pos[0]] in ("规模", "总量", "总额", "体量", "金额")
    for name, m in found:  # 低空经济规模: the scale of the low-altitude economy, not 经济规模 (GDP)
        if best == "gdp" and name not in ("gdp", GENERIC) and m.start() < -best_pos[1] < m.end():
            return name
        if size and name != GENERIC and re.fullmatch(r"的?", before[m.end() : -best_pos[1]]):
            return name  # GDP规模, 进出口总额规模: the size of the measure named just before
    if best == GENERIC and before[-best_pos[1] : best_pos[0]].lower() == "output" and _INDUSTRIAL.search(before):
        return "industrial_output"  # "Industrial enterprises above designated size generated output worth …"
    if best == "industrial_output" and _BARE_VALUE_ADDED.search(before, best_pos[0]):
        return "industrial_value_added"  # 规上工业总产值1200亿元、增加值300亿元: the industry's value added
    if best == "industrial_output" and _A_TRADE.search(before, 0, -best_pos[1]):
        return "other:sector_output"  # 白酒工业总产值, 纺织工业产值: one trade's output, not the place's industry
    if best == "industrial_output" and _BARE_OUTPUT.fullmatch(before[-best_pos[1] : best_pos[0]]):
        if _OF_A_THING.match(before, best_pos[0]) or _FARMING.search(before[-120:]):
            return GENERIC  # "the total output of summer grain", "fishery achieved a total output value": not GDP
        if _COUNTED_FIRMS.search(before[-120:]):
            return GENERIC  # "Fifty-two firms of leading industries produced a total output value of …": theirs
        return best if _INDUSTRY.search(before) else "gdp"  # a city's "total output" is its economy's
    if best not in (None, GENERIC) and _PER_HEAD.search(before[: -best_pos[1]][-16:]) and best in _TOTALS:
        return f"other:{best}_per_capita"  # "per capita public budget revenue", 人均财政收入: a total's share per head
    if best == "foreign_trade" and _with_a_partner(before, best_pos[0], -best_pos[1]):
        return "other:foreign_trade_with"  # "foreign trade with ASEAN", 对东盟进出口: a partner's, not the total
    if best == "foreign_trade" and _BY_MODE.search(before, max(0, -best_pos[1] - 30), len(before)):
        return "other:foreign_trade_by_mode"  # 加工贸易进出口, "processing trade import and export": a part of it
    if best is not None:
        return best
    tail = re.sub(r"^\s*[(（][^)）]{0,40}[)）]", "", after)  # skip a bracketed conversion
    tail = CLAUSE_END.split(tail, maxsplit=1)[0][:60]
    if _ADDED_VALUE_AFTER.match(tail) and _INDUSTRY_SUBJECT_RE.search(before):
        return "industrial_value_added"  # "the industrial sector generated 96 billion yuan in added value"
    if _OUTPUT_AFTER.match(tail) and _INDUSTRY_SUBJECT_RE.search(before):
        return "industrial_output"  # "large industrial firms generated 1.2 trillion yuan of output value"
    if _OF_GOODS_AND_SERVICES.match(tail) and _PRODUCED.search(before[-40:]):
        return "gdp"  # "produced 270 billion yuan of goods and services": the value of all it produced
    m = re.match(r"\s*(?:(?:in|of|for|to)\s+(?:the\s+|its\s+|their\s+)?)?", tail, re.I)
    rest = tail[m.end() if m else 0 :].lstrip("的")  # 以6300亿元的经济总量: the measure named after the figure
    rest = _WHOSE_TOTAL.sub("", rest, count=1)  # "640 billion yuan of Guangzhou's 3.1 trillion yuan economy"
    for _skip in range(3):
        for cue in MONEY:
            named = cue.pattern.match(rest) if cue.record.name != GENERIC else None
            if named and cue.record.name == "industrial_output" and _BARE_OUTPUT.fullmatch(named.group()):
                return cue.record.name if _INDUSTRY.search(before) else "gdp"  # "a third of the city's total output"
            if named:
                return cue.record.name
        nxt = re.match(r"[\w'’-]+\s+", rest)
        if not nxt:
            break
        rest = rest[nxt.end() :]
    return GENERIC if generic and _SUM_OF_AFTER.match(tail) else None


_OF_GOODS_AND_SERVICES = re.compile(
    r"\s*(?:worth\s+)?of\s+(?:final\s+)?goods\s+and\s+services\b(?!\s+(?:trade|exports?|imports?|sectors?))", re.I
)
_PRODUCED = re.compile(r"\b(?:produc|generat|creat|turn|churn)\w*\s+(?:out\s+)?(?:about\s+|around\s+|some\s+)?$", re.I)
A_SUM = re.compile(  # "operating revenue", "actual foreign investment": a sum of that, no economy's size
    r"(?:[\w-]+\s+){0,2}?(?:revenues?|sales|turnover|investments?|profits?|orders|funding|financing|"
    r"deposits|loans|tax(?:es)?|income|spending|expenditures?|contracts|transactions)\b",
    re.I,
)
_SUM_OF_AFTER = re.compile(  # "generated 1.2 trillion yuan in operating revenue", "2.1 billion US dollars of actual
    # foreign investment"
    r"\s*(?:in|of)\s+" + A_SUM.pattern,
    re.I,
)


def counts_in(text: str) -> list[str]:
    """The counted indicators named in ``text``, in order (上市公司和高新技术企业分别达到…)."""
    found = sorted((m.start(), name) for name, cue, _noun in COUNTS for m in cue.finditer(text))
    return list(dict.fromkeys(name for _start, name in found))


def measures_in(text: str) -> list[str]:
    """The money measures named in ``text``, in order; a cue inside a longer one (生产总值 in
    人均地区生产总值) is the longer one's, and the generic words (收入, output) count only alone."""
    return [name for _s, _e, name in measure_spans(text)]


def listed_before(norm: str, sent_start: int, sent_text: str) -> bool:
    """Whether a sentence's rates "respectively" are those of two measures, not GDP, listed in the sentence
    before it ("…, farmers' cash income 3674 yuan. Growth of 9.4% and 23% respectively.")."""
    listed = measures_in(norm[max(0, sent_start - 160) : sent_start])[-2:]
    return "respectively" in sent_text.lower() and len(listed) == 2 and "gdp" not in listed


def measure_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each money measure named in ``text``, in order, as ``measures_in`` reads them."""
    found = [(m.start(), m.end(), cue.record.name) for cue in MONEY for m in cue.pattern.finditer(text)]
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if out and name != GENERIC and out[-1][2] == GENERIC and start <= out[-1][1] <= end:
            out[-1] = (start, end, name)  # 生产总值 in 人均地区生产总值; 规模 right before 工业增加值
            continue
        if out and start < out[-1][1]:
            continue
        if out and name == GENERIC == out[-1][2] and start == out[-1][1]:
            out[-1] = (out[-1][0], end, name)  # 开票销售, 销售收入: one measure written in two words
            continue
        out.append((start, end, name))
    return out


def indicator_record(name: str | None) -> Indicator | None:
    if name is None:
        return None
    return INDICATORS.get(name) or next((r for r in OTHER_INDICATORS if r.name == name), None)


def level_of(name: str) -> str | None:
    """The level a figure is of: itself for a level, gdp for gdp_growth, None for other rates."""
    rec = indicator_record(name)
    if rec is not None and rec.unit != "percent":
        return name
    return next((r.name for r in INDICATORS.values() if r.growth == name), None)


def growth_of(name: str | None) -> str | None:
    """The growth indicator paired with ``name`` in its record (gdp → gdp_growth), if any."""
    rec = indicator_record(name)
    return rec.growth if rec is not None else None


def named_generic(indicator: str, before: str, after: str) -> str:
    """A figure of the catch-all money measure labelled by the word that named it (other:spending,
    other:investment_growth, other:orders), other:amount when none did: never another measure's name."""
    if not indicator.startswith(GENERIC):
        return indicator
    found = list(GENERIC_CUE.finditer(before))
    while len(found) > 1 and found[-2].end() == found[-1].start():
        found.pop()  # 赤字规模, 税收收入, 投资规模: the first word of a compound names the thing
    m = found[-1] if found else GENERIC_CUE.search(after)
    word = m.group(0).lower() if m else ""
    label = _GENERIC_WORDS.get(word, re.sub(r"\W+", "_", word)) or "amount"
    return f"other:{label}" + indicator.removeprefix(GENERIC)


_TRAILING_ASIDE = re.compile(  # "Pudong's retail sales, a gauge of the economy's health, rose …": the last phrase set
    # off by commas before the clause of the figure
    r"(?P<head>.*\S)\s*,\s*(?:a|an|the|which|that|who|long|once|often|itself|one of|widely|seen as)\s"
    r"[^,;，；]{2,80},(?P<tail>[^,;，；]{0,40})$",
    re.I | re.S,
)


_ASIDE_REACH = 240  # a measure (80 characters), the aside (up to 80) and the clause after it (up to 40)


def without_aside(before: str) -> str:
    """``before`` without a descriptive aside between a measure and its verb ("Pudong's fiscal revenue, a key
    barometer of the economy, hit …"): the measure named first is the figure's, not one the aside names. A
    phrase after no measure is kept ("In 2017, the economy, …")."""
    cut = max(0, len(before) - _ASIDE_REACH)  # the aside and the measure before it, not the whole of a long line
    m = _TRAILING_ASIDE.match(before, cut)
    if m is None or money_indicator(m.group("head")[-80:], "", generic=False) is None:
        return before
    return before[:cut] + m.group("head") + " " + m.group("tail")


def own_share(role: Role, relative: str | None, regions: list[str]) -> tuple[Role, str | None]:
    """(role, relative) with a share of the place's own figure outside v1: "services contributed 49.5% of Kunshan's
    GDP" said of Kunshan, 占全省外贸总值的47.7% (a part's share of the whole of its measure, which is no base
    place): a percent of a measure the vocabulary counts in yuan or units is a share of something."""
    own = relative is not None and regions == [relative]
    if role.unit not in ("percent", "ratio") or not (own or (relative is None and _not_in_percent(role))):
        return role, relative
    return Role("other:share" if role.unit == "percent" else "other:ratio", role.unit, role.value), None


def _not_in_percent(role: Role) -> bool:
    record = INDICATORS.get(role.indicator)
    return role.unit == "percent" and record is not None and record.unit != "percent"


def _with_a_partner(before: str, cue_end: int, cue_start: int) -> bool:
    """Whether the trade the cue names is with a partner: "… with ASEAN" after it, 对东盟 just before it."""
    return bool(
        _WITH_A_PARTNER.match(before, cue_end) or _A_PARTNER_ZH.search(before, max(0, cue_start - 40), cue_start)
    )
