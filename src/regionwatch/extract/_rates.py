"""Rates: what a percentage measures (a growth, a share, a named rate) and what a growth rate is of."""

from __future__ import annotations

import re

from . import _cues as cues
from ._aspects import aspect_rate
from ._growth import SECTOR_NAMED, SECTOR_ZH, gdp_grew, growth_subject, growth_targeted
from ._modality import its_own_compared
from ._not_rates import not_a_rate
from ._people import LABEL
from ._roles import (
    CLAUSE_END,
    GENERIC,
    SHARES,
    Role,
    growth_of,
    last_match,
    level_of,
    listed_before,
    measures_in,
    money_indicator,
)
from ._same_rate import (
    A_YEAR,
    COMPARED,
    FROM_TO,
    LEVEL_OF,
    LEVEL_STATED,
    RATE_CHANGED,
    RESTATED,
)
from ._shares import relative_of_share, share
from ._window import Window
from ._years import PLAN_END

__all__ = ["over_a_base_year", "rate"]

_NAMED_RATE = re.compile(
    r"\b(?!(?:growth|annual|average|national|provincial|the|an?|its|their|fastest|quickest|slowest|highest|lowest|"
    r"strongest|weakest|best|worst|citywide|nationwide|provincewide|overall)\b)[a-z]+ rate\b(?! of (?:gdp|econom))|"
    r"(?<!增长|利用|成长)(?<!增)率(?=\S{0,6}$)|"
    r"\b(?:CPI|PPI|consumer price(?:s| index)?|producer price(?:s| index)?|inflation)\b[^\d,;]{0,30}$|"  # prices'
    r"(?:居民消费价格|消费价格指数|物价|工业生产者出厂价格)[^\d，,；;]{0,8}$",  # change, no growth of the economy
    re.I,
)


_SUBJECTLESS = re.compile(r"\s*(?:达到|达|为|是|至|at|of|reaching|hitting)\s*", re.I)  # a clause going on

_SHARE_GOES_ON = re.compile(
    r"\s*(?:(?:占|相当于)(?:GDP|地区生产总值|全区|全市)?(?:的)?(?:比重|比例)?|[与和](?:GDP|\w{0,2}生产总值)之比|"
    r"(?:equivalent|equal) to|accounting for|(?:and\s+)?(?:the\s+|its\s+)?(?:ratio|proportion)\s+(?:to|of)\s+GDP|"
    r"making up|or\b|which\b(?!\s+(?:is|was)\b))",  # "…27 billion yuan, or 5.5 percent of GDP", "…, which reached"
    re.I,
)

_BARE_SHARE = re.compile(
    r"['’]s\s+share\s+(?:was|is|stood at|reached|rose to|hit|came to)\s+(?:about\s+|nearly\s+)?$", re.I
)

_OF_GDP = re.compile(  # "of GDP", "of its economy", "of Nanshan district's total economic output"
    r"\s*of\s+(?:the\s+|its\s+)?(?:(?:[\w-]+\s+){0,2}[\w'’-]+['’]s\s+)?(?:total\s+)?(?:gdp|(?:economic\s+)?output|economy)",
    re.I,
)

_GROWTH_OPENS = re.compile(  # "Growth in the first half was …", "For the full year, growth of about 5.5% is expected"
    r"\s*(?:(?:for|in|during|over)\s+(?:the\s+)?(?:(?:full|whole|entire)\s+year|(?:first|second)\s+half|"
    r"(?:first|second|third|fourth)\s+quarter|first\s+three\s+quarters|year\s+as\s+a\s+whole|(?:19|20)\d\d),?\s+)?"
    r"(?:the\s+)?(?:(?:last|this|next) year['’]s\s+)?(?:(?:annual|overall|economic|real|year-on-year)\s+)?"
    r"(?:growth|expansion)(?:\s+rate)?\b"
    r"(?!\s+(?:of|in)\s+(?!the\s+(?:first|second|third|fourth|past|last)\b|"
    r"(?:about|around|roughly|nearly|some|over|more than|up to|just|only|at least)\b)(?-i:[a-z]))",
    re.I,
)

_OR_SHARE = re.compile(  # ", or about": a share restating the money figure just before as part of a whole
    r"(?:\s+(?:in|for)\s+(?:19|20)\d\d)?,\s*or\s+(?:about\s+|nearly\s+|roughly\s+|around\s+|almost\s+|some\s+|"
    r"more than\s+|over\s+|just over\s+|just under\s+)?",
    re.I,
)
_NOT_A_SHARE_AFTER = re.compile(  # "…, or 5.5 percent more than a year earlier": a change; "of …": a named whole
    r"\s*(?:of|的|more|less|higher|lower|up|down|above|below|increase|growth|rise|drop|decline|year-on-year|y/y|"
    r"from|over|on)\b",
    re.I,
)
_ANNUAL_GOAL = re.compile(
    r"\b(?:annual|yearly|full-year|this year's|set\s+an?)\s+(?:growth\s+|economic\s+)?(?:target|goal)\s+(?:of\s+)?"
    r"(?:about\s+|around\s+)?$",
    re.I,
)
_PACE = re.compile(  # "slower than Nanshan (6.8%)", "at its current pace of 5 percent": a rate
    r"\b(?:slower|faster|quicker)\s+than\b|\boutpac\w*|\boutgr[eo]w\w*|"
    r"\b(?:growth\s+)?pace\s+of\s+(?:about\s+|around\s+|under\s+|over\s+|below\s+|above\s+|nearly\s+|just\s+)?$",
    re.I,
)


_GROWTH_LABEL = re.compile(r"(?:增速|增长率|增幅|growth(?: rate)?)\s*[:：]\s*$", re.I)

_RATIO_WORDS = re.compile(
    r"占|比重|强度|之比|intensity|ratio|equal|equivalent|share|proportion|percentage|accounted|accounting|"
    r"\b(?:make|makes|made|making)\s+up\b|compris|constitut",
    re.I,
)

THING_IN_PLACE = re.compile(  # "Cargo volume in the district rose 3.1 percent": a thing's rate, not the place's
    r"\b(?!(?:growth|economy|output|gdp|expansion|economies)\b)[a-z]{3,}\s+(?:in|at|across)\s+(?:the\s+)?"
    r"(?:district|county|city|province|(?-i:[A-Z])\w+)",
    re.I,
)
_VERB_ALONE = re.compile(  # "…, or the expenditure on R&D as a percentage of GDP, reached": the subject before
    r"\s*(?:in\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:has\s+|had\s+)?(?:reached|stood at|hit|came to|(?:rose|climbed|increased) "
    r"(?:from|to)|amounted to)\s+(?:about\s+|nearly\s+)?",  # "…, in Shanghai rose from": the place, then its verb
    re.I,
)
# "Nanshan grew fastest, at 6.1 percent", 增速也跑赢全市，分别为5.1%: the rate of the clause before
_AT_RATE = re.compile(
    r"\s*(?:at|with|of|by|reaching|hitting)\s+(?:about\s+|around\s+|nearly\s+|only\s+|just\s+|a mere\s+)?|"
    r"\s*分别(?:为|是|达到?)?(?:约|近)?",
    re.I,
)


def rate(w: Window, prev_role: Role | None, last_money: str | None = None) -> Role:
    """The measure of a percentage: a growth rate, a share, a ratio of a named kind, or other:…"""
    role = _rate(w, prev_role, last_money)
    if w.q.fraction and role.indicator.endswith("growth"):
        return Role("other:share", "percent", role.value)  # 制造业撑起半壁江山 after a growth rate: a share, not growth
    return role


_BRACKETS = re.compile(r"\([^()]*\)")


def _bracketed_rate(w: Window) -> str | None:
    """The rate a place's bracketed figure gives, from the words of its sentence outside the brackets
    ("Pingshan (10.5%) and Guangming (10.3%) achieved double-digit growth"): growth of the measure named,
    GDP growth when none is (the places' economies), None when no growth is spoken of."""
    if not cues.PLACE_BRACKET.search(w.near[-40:]) or not w.after.lstrip().startswith(")"):
        return None
    near = w.norm[max(w.sent.start, w.q.start - 240) : min(w.sent.end, w.q.end + 240)]  # a run-on line: linear
    words = _BRACKETS.sub(" ", near)
    if not cues.GROWTH.search(words):
        return None
    named = money_indicator(words, "", generic=False)
    if named is None:
        return "gdp_growth"  # a place growing, no measure named: its economy
    return growth_of(named) or f"other:{named.removeprefix('other:')}_growth"


_GROWTH_NOUN_AFTER = re.compile(
    r"\s*(?:year[- ](?:on|over)[- ]year\s+|y/y\s+|yoy\s+|annual\s+)?(?:(?:real\s+)?(?:gdp|economic)\s+)?"
    r"(?:growth|increase|rise|expansion|gain|jump|uptick|advance)\b(?!\s+(?:in|of)\s+(?!gdp|output|the economy)[a-z])",
    re.I,
)


_SHARE_AND = re.compile(r"\s*of\s+[^,;.\d]{1,40}?\s+and\s+(?:about\s+|nearly\s+|around\s+)?", re.I)
_GROWTH_IN_APPOSITION = re.compile(
    r"\b(?:growth|expansion)(?:\s+rate)?(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?\s*[,，(（]\s*$", re.I
)
_ZH_COUNT_GREW = re.compile(r"^\s*[，,]\s*(?:同比|比上年|较上年)?(?:增长|增加|提高)了?$")


def _count_grew(w: Window) -> bool:
    """Whether the rate follows a count just before it with only a verb of growth between (9.5万，增长82%)."""
    counted = w.prev_end is not None and re.search(r"(?:\d[万亿]?|[家户个项件])$", w.norm[: w.prev_end][-3:])
    return bool(counted) and bool(_ZH_COUNT_GREW.search(w.near))


_FRONTED_GROWTH = re.compile(  # ", Kunshan's growth", ", growth in Kunshan", ", the district's retail sales growth"
    r"\s*,\s*(?:(?:the\s+)?[\w'’ -]{1,30}?['’]s\s+[\w -]{0,30}?|[\w -]{0,30}?)"
    r"\b(?:growth|expansion)\b(?!\s+(?:of|in)\s+(?-i:[a-z]))",  # not "the growth of exports"
    re.I,
)


def _rate(w: Window, prev_role: Role | None, last_money: str | None = None) -> Role:
    q, before, after = w.q, w.clause, w.after
    value = q.value
    fixed = not_a_rate(w, prev_role.indicator if prev_role else last_money)  # a revision, a goal's progress, a part
    if fixed is not None:
        return fixed
    if prev_role is not None and prev_role.unit == "percent" and cues.ELIDED_RESULT.fullmatch(w.near):
        return Role(prev_role.indicator, "percent", value, prev_role.relative)  # "aimed for 6% … but managed 5.6"
    if prev_role is not None and prev_role.unit == "percent" and FROM_TO.search(w.norm, w.sent.start, w.q.start):
        return Role(prev_role.indicator, "percent", value, prev_role.relative)  # 占比从48.4%提高到53.6%
    if prev_role is not None and prev_role.indicator == "other:share" and _SHARE_AND.fullmatch(w.near):
        return Role("other:share", "percent", value)  # "industry accounts for 90 percent of Tianhe's GDP and 94 percent
        # of Futian's": the sector's share again, not Tianhe's share of Futian
    if prev_role is not None and prev_role.unit == "percent" and cues.ELIDED_RATE.fullmatch(w.near):
        return Role(prev_role.indicator, "percent", value, prev_role.relative)  # "…26 percent of GDP, Futian for 17"
    if prev_role is not None and (
        (prev_role.unit == "ratio" and LEVEL_OF.search(w.near))
        or (prev_role.unit == "percent" and LEVEL_STATED.search(w.near))
    ):
        # "more than twice the national average of 2.68 percent", "…, while the national figure was 5 percent"
        return Role(prev_role.indicator, "percent", value)
    if (
        prev_role is not None
        and prev_role.unit == "percent"
        and (cues.GOAL_VALUE.search(w.near) or (w.q.unit == "percent" and cues.GOAL_AFTER.match(w.after)))
    ):  # "grew 5.5 percent, exceeding its target of 5 percent", "… beating the 5 percent target"
        return Role(prev_role.indicator, "percent", value)
    if prev_role is not None and prev_role.unit == "percent" and cues.from_base(w.near, w.before):
        return Role(prev_role.indicator, "percent", value, prev_role.relative)  # "27 percent, up from 22 percent"
    bracketed = _bracketed_rate(w) or growth_targeted(w.near, w.after)  # "a target of 6.5 percent for its GDP growth"
    if bracketed is not None:
        return Role(bracketed, "percent", value)
    money_before = prev_role is not None and prev_role.unit in ("CNY", "USD")
    if money_before and _OR_SHARE.fullmatch(w.near) and not _NOT_A_SHARE_AFTER.match(w.after):
        whole = level_of(prev_role.indicator) or prev_role.indicator  # "…560 billion yuan, or about one-fifth"
        return (
            Role("other:share", "percent", value)
            if whole.startswith("other:")
            else Role(whole, "percent", value, "whole")
        )
    rest = re.split(r"\d", CLAUSE_END.split(after, maxsplit=1)[0], maxsplit=1)[0][:80]  # up to the next figure
    window = before[-80:] + " " + rest
    verb_alone = _VERB_ALONE.fullmatch(before)
    if _SHARE_GOES_ON.match(before) or _AT_RATE.fullmatch(before) or verb_alone:  # the share of
        window = w.before[-120:] + " " + rest  # the clause before: 研发投入达到420亿元，占GDP比重6.2%; "R&D intensity,
        # at 6.4 percent, is …"; "… intensity, or the expenditure on R&D as a percentage of GDP, reached 3.2%"
    growth_noun = _GROWTH_NOUN_AFTER.match(after)  # "representing 5.5 percent growth": a rate, not a share
    relative = None if growth_noun else relative_of_share(w, prev_role)
    if (
        relative is None
        and _BARE_SHARE.search(before)
        and (last_money == "gdp" or (prev_role and prev_role.unit == "CNY"))
    ):
        relative = "previous"  # "Shenzhen's GDP was 3.68 trillion yuan. Nanshan's share was 27 percent."
    of_gdp = _OF_GDP.match(after)
    clause_after = CLAUSE_END.split(after, maxsplit=1)[0][:24]  # not the next clause's 占…比重
    # "rose to 6 percent of GDP" is a share; "the value added of … grew 8.1 percent" a growth
    subject = w.before[-120:] if verb_alone else w.near[-48:]  # "R&D intensity, that is, …, rose from": its subject
    ratio_words = _RATIO_WORDS.search(subject + clause_after) or re.match(r"\s*of\b", clause_after)
    changed = last_match(cues.GROWTH, w.near[-24:]) and not ratio_words
    if re.search(r"\b(?:additional|extra|further)\s+$", w.near[-16:], re.I):
        return Role("other:share_change", "percent", value)  # "account for an additional 0.1 percent": a change
    if (relative is None or of_gdp) and not changed:  # not "R&D spending rose 10 percent": its growth
        of_other = re.match(r"\s*of\s+", after) and not of_gdp  # "40 percent of its R&D spending": a share of that
        for cue in SHARES:
            if cue.pattern.search(before[-80:] if of_other else window):
                if other := cues.OTHER_BASE.search(window + CLAUSE_END.split(after, maxsplit=1)[0]):  # not of GDP:
                    # 占规上工业总产值比重, "… for 41.3% and 49.9% of the added value of industrial enterprises"
                    return Role(f"other:{cue.record.name}_of_{other.lastgroup or 'industry'}", "percent", value)
                return Role(cue.record.name, "percent", value)
        sector = SECTOR_NAMED.search(before[-60:]) or re.search(r"产业|工业|服务业|制造业|农业", before[-30:])
        if (relative in (None, "previous") or sector) and re.search(
            r"contribution|proportion|share (?:of|in)|accounted for|accounting for|account for|make up|makes up|"
            r"making up|made up|comprise|constitut|贡献率|占比|比重",
            before[-60:],
            re.I,
        ):
            return Role("other:share", "percent", value)
    if relative is not None:
        return share(w, relative, prev_role, last_money)
    label = LABEL.fullmatch(w.before.rsplit("\n", 1)[-1].lstrip(" -•·*"))
    shared = label and next((cue.record.name for cue in SHARES if cue.pattern.search(label.group(1))), None)
    if shared:
        return Role(shared, "percent", value)  # "- R&D intensity: 3.1%": a fact box's share of GDP
    line = w.before.rsplit("\n", 1)[-1]
    item = label.group(1) if label else line if _SPACED_ITEM.fullmatch(line) else None  # "Nanshan –", 南山区 6.5%
    heading = _heading_rate(w) if item and not measures_in(item) else None
    if heading:  # "Top districts by GDP growth, 2024" ⏎ "Shushan (Hefei) – 8.2%": the rate the list heading names
        return Role(heading, "percent", value)
    if label and cues.GROWTH.search(label.group(1)):  # "GDP growth: 5.1%", "Year on Year Growth (%): 10.5%"
        subject = growth_subject(label.group(1), "")
        partner = growth_of(prev_role.indicator if prev_role else last_money)
        return Role(subject or partner or "other:growth", "percent", value)
    opened = aspect_rate(w, last_money)  # 从增速看，南山区6.8%，福田区5.1%: the measure the sentence opens with
    if opened is not None:
        return opened
    labelled = _GROWTH_LABEL.search(w.near) if not before.strip() else None
    if labelled:  # "GDP：17800亿元，增速：5.6%", "growth: 5.6%": the rate under a label of its own
        subject = growth_subject(w.before[: len(w.before) - len(labelled.group())], after)
        partner = growth_of(prev_role.indicator if prev_role else last_money)
        return Role(subject or partner or "other:growth", "percent", value)
    if _NAMED_RATE.search(w.near):
        return Role("other:rate", "percent", value)  # "urbanization rate to 80 percent", 城镇化率
    growth_before = last_match(cues.GROWTH, before[-60:]) or _PACE.search(before[-40:])
    if not growth_before and its_own_compared(w):  # "grew 3.1 percent to 520 billion yuan, far below the 5.5
        growth_before = last_match(cues.GROWTH, w.before[-120:])  # percent it recorded in 2024": a growth too
    if not growth_before and _AT_RATE.fullmatch(before):  # "Nanshan grew fastest, at 6.1 percent"
        growth_before = last_match(cues.GROWTH, re.split(r"\d", w.before)[-1][-60:])
    if not growth_before and not before.strip():  # "Tianhe's growth last year, 4.3 percent, was …": in apposition
        growth_before = _GROWTH_IN_APPOSITION.search(w.before[-60:])
    fronted = _FRONTED_GROWTH.match(after) if cues.FRONTED_FIGURE.fullmatch(before) else None
    if fronted and not growth_before:  # "At 5.5 percent, Kunshan's growth led …": the growth named after it
        return Role(growth_subject(fronted.group(), "") or "gdp_growth", "percent", value)
    if not growth_before:
        growth_before = _listed_under(w.before)
    if not growth_before:
        growth_before = re.search(r"[（(]\s*[-−]\s*$", w.near)  # 社零总额1800亿元（-1.2%）: a signed rate after a level
    growth_after = re.match(
        r"\s*(?:year[- ](?:on|over)[- ]year\s+|y/y\s+|yoy\s+)?(?:(?:real\s+)?(?:gdp|economic)\s+)?"
        r"(?:growth|increase|rise|expansion|drop|decline|contraction|fall|decrease|gain|jump|uptick|advance|"
        r"dip|slump|plunge|surge|climb)\b|"
        r"\s*(?:up|down)\s+(?:on\s+a\s+)?(?:year[- ]on[- ]year|y/y|yoy)\b|"  # "10% up on a year-on-year basis"
        r"\s*(?:y/y|yoy|y-o-y|year[- ](?:on|over)[- ]year)\s*(?:[,.;)]|$)|"  # "…, 5.1% y/y.": the figure's growth
        r"\s*同比增长|"
        r"的(?:较快|稳定|稳步|平稳|快速|高速|较高)?(?:增长|增速|增幅)|"  # 实现6.3%的增长, 保持5.8%的较快增速
        + cues.THAN_BEFORE,  # "5.5 percent higher than in 2023", "5.5 percent more than a year earlier"
        after,
        re.I,
    )
    if growth_before or growth_after or re.search(r"growth rate|增速|增长率", window, re.I):
        subject = growth_subject(w.before, after)
        if gdp_grew(w.near, subject, prev_role.indicator if prev_role else None):
            subject = "gdp_growth"  # "Bao'an reported output of 128.6 billion yuan, up 5.2 percent": that output's
        if subject == "gdp_growth" and prev_role is not None and prev_role.unit == "count" and _count_grew(w):
            counted = prev_role.indicator.removeprefix("other:")  # 企业…达到9.5万，增长82%: the count's growth, not
            return Role(growth_of(prev_role.indicator) or f"other:{counted}_growth", "percent", value)  # the GDP's
        if subject is None and cues.quantity_grew(w.near, w.before):
            return Role("other:growth", "percent", value)  # 全区快递业务量增长15.2%: a quantity's, not the economy's
        sector = SECTOR_ZH.search(w.before[-60:])  # 其中，制造业…增速转正为4.4%: a sector's, not after a place's
        if subject is None and sector and not _PLACE_GREW_ZH.search(w.before[-60:], sector.end()):  # own verb
            return Role("other:sector_growth", "percent", value)
        shared = prev_role is not None and prev_role.indicator.startswith("other:share")  # a share is no growth
        if prev_role and (shared or prev_role.indicator.endswith("growth")) and RATE_CHANGED.fullmatch(w.near):
            return Role(f"other:{'share' if shared else 'growth'}_change", "percent", value)  # "…, down 1.8 percent"
        if (
            subject is None
            and prev_role is not None
            and prev_role.unit == "percent"
            and not (prev_role.relative or shared)
        ):
            return Role(prev_role.indicator, "percent", value)  # not after a share ("…, which is a quarter of …")
        if (
            subject is None
            and prev_role is None
            and growth_of(last_money)
            and not (w.after_bare_number or THING_IN_PLACE.search(w.near))
        ):
            return Role(growth_of(last_money) or "", "percent", value)  # GDP …。其中，南山区增长5.8%
        if subject is None and prev_role is not None:
            partner = growth_of(prev_role.indicator)  # "…reached X yuan, a year-on-year increase of 5.1%"
            if partner and (
                growth_noun
                or re.search(
                    r"\b(?:increase|uptick|rise|growth|up|expan|gr[eo]w|climb|advanc|gain|decreas|declin|drop|fall|fell|contract)|"
                    r"增长|增速|下降|回落|[+＋]\s*$",
                    w.near,
                    re.I,
                )
            ):
                return Role(partner, "percent", value)
        opens = subject is None and (
            _GROWTH_OPENS.match(w.sent.text) or _ANNUAL_GOAL.search(w.near) or re.match(r"\s*expansion\b", after)
        )
        opens = opens and not listed_before(w.norm, w.sent.start, w.sent.text)  # "Growth of 9.4% and 23% respectively."
        if opens and measures_in(w.sent.text) in ([], [GENERIC]):  # no measure named in the sentence
            subject = "gdp_growth"  # "Growth in the first half was 5.8 percent, the city said", "achieving the
            # annual target of 6 percent growth", "…, with 7 percent expansion in the first quarter": the economy's
        return Role(subject or "other:growth", "percent", value)
    if re.search(r"(?:of|占)\s*(?:the\s+|its\s+)?gdp|占gdp|gdp比重", window, re.I):
        return Role("other:share_of_gdp", "percent", value)
    if prev_role is not None and prev_role.unit == "percent" and re.search(r"average|平均", window, re.I):
        return Role(prev_role.indicator, "percent", value)
    if (
        prev_role is not None
        and prev_role.unit == "percent"
        and COMPARED.fullmatch(A_YEAR.sub("", w.near))
        and measures_in(re.sub("^" + _OF_GDP.pattern, "", w.near, flags=re.I)) in ([], [GENERIC])  # not "…, while
        # its exports, which fell after …"; "… 7.1 percent of GDP, against 2.7 percent": the share's GDP is no measure
    ):
        return Role(prev_role.indicator, "percent", value)  # "grew 4.8%, faster than Shenzhen's 5.8%"
    grown = _grown_level(w, prev_role)
    if grown is not None and COMPARED.fullmatch(A_YEAR.sub("", w.near)):
        return Role(grown, "percent", value)  # "GDP grew 5.2% to RMB 528 billion, versus Jiangsu's 5.8%"
    if prev_role is not None and prev_role.unit == "percent" and RESTATED.fullmatch(w.near):
        return Role(prev_role.indicator, "percent", value)  # "…唯一超过10%的区,达10.8%": the same rate, exactly
    if _SUBJECTLESS.fullmatch(before) and re.search(r"growth rate|增速|增长率|增幅", w.before[-40:], re.I):
        return Role(growth_subject(w.before, after) or "other:growth", "percent", value)  # GDP增速排名第一，达到5.6%
    return _continued_rate(w, prev_role) or Role("other:percent", "percent", value)


_PLACE_GREW_ZH = re.compile(r"[，,；;：:、如][^，,；;：:、]{1,8}[区县市旗](?:仅|只|也|则)?(?:同比)?(?:增长|增速为?)$")
_GREW_TO = re.compile(r"\d\s*(?:%|percent|per cent)\s+(?:year[- ]on[- ]year\s+)?to\s+[^,;\d]{0,16}\d[^,;]{0,20}$", re.I)


def _grown_level(w: Window, prev_role: Role | None) -> str | None:
    """The growth of the level before, when its sentence said the level grew by a rate to it ("GDP grew 5.2%
    to RMB 528 billion"): what a rate compared with after it is of."""
    if prev_role is None or prev_role.unit not in ("CNY", "USD") or w.prev_end is None:
        return None
    if not _GREW_TO.search(w.norm, w.sent.start, w.prev_end):
        return None
    return growth_of(prev_role.indicator)


_RATE_ITEM = re.compile(r"[^\d\n]{2,40}?(?:\s[-–—]\s*|[:：]\s*|[ \t]+)[-+]?\d[\d.]*\s*%\s*")  # "Shushan (Hefei) – 8.2%"
_SPACED_ITEM = re.compile(r"\s*[\u4e00-\u9fff]{2,10}[ \t]+")  # 南山区 6.5%: a name and its rate, a space between


def _heading_rate(w: Window) -> str | None:
    """The rate named by the heading over a list of place–rate lines, when the figure is one of its items: a
    growth ("Top districts by GDP growth"), or a share of GDP ("Districts by R&D intensity")."""
    start = w.norm.rfind("\n", 0, w.q.start) + 1
    for _ in range(30):
        if start <= 0:
            return None
        above = w.norm.rfind("\n", 0, start - 1) + 1
        line = w.norm[above:start].strip()
        if line and not _RATE_ITEM.fullmatch(line):
            if re.search(r"\d\s*%", line):
                return None
            shared = next((cue.record.name for cue in SHARES if cue.pattern.search(line)), None)
            return shared or (growth_subject(line, "") if cues.GROWTH.search(line) else None)
        start = above
    return None


def _listed_under(before: str) -> re.Match[str] | None:
    """The growth cue of a heading that a colon opens a list of rates under (增速居前的有：长沙县（7.2%）、…)."""
    colon = max(before.rfind("："), before.rfind(":"))
    if colon < 0 or re.search(r"[。；;]", before[colon:]) or measures_in(before[colon:]):
        return None
    return last_match(cues.GROWTH, before[max(0, colon - 30) : colon])


_ITS_NOUN = re.compile(r"^的?(?:较快|稳定|平稳)?(?:增长|增速|增幅|涨幅|降幅)")


def _continued_rate(w: Window, prev_role: Role | None) -> Role | None:
    """A bare rate that continues the figure before it in a list: "Kunshan 5.3%, Jiangyin 5.1%" (the
    list's rate), "5,300亿元（5.6%）" or "6,100亿元，5.2%" (the level's growth)."""
    near = _ITS_NOUN.sub("", w.near)  # 6.0%的增长，已经低于2021年的8.7%: the noun of the rate before, not this one's
    if prev_role is None or not cues.LISTED.fullmatch(near) or cues.NOT_LISTED.search(near):
        return None
    named = money_indicator(w.near, "", generic=False)
    if named is not None and named != prev_role.indicator and growth_of(named) != prev_role.indicator:
        if not prev_role.indicator.endswith("growth"):
            return None
        grown = growth_of(named) or f"other:{named.removeprefix('other:')}_growth"
        return Role(grown, "percent", w.q.value)  # "GDP increased by 6 percent, and exports by 9 percent"
    if prev_role.unit == "percent" and prev_role.relative is None and not prev_role.indicator.startswith("other:"):
        return Role(prev_role.indicator, "percent", w.q.value)
    partner = growth_of(prev_role.indicator)
    if partner and prev_role.unit in ("CNY", "USD") and re.fullmatch(r"[\s,，(（/]*", w.near):
        return Role(partner, "percent", w.q.value)
    return None


_BASE_YEAR = re.compile(  # the year a growth is measured from: 比2020年, 较“十三五”末, 与2020年相比, "than in 2020"
    r"(?:比|较|与|同)[“\"]?(?:((?:19|20)\d\d)年|(十[一二三四五]五)[”\"]?(?:期)?末)|"
    r"\b(?:than|over|from|compared with|compared to|since)\s+(?:in\s+|the end of\s+|"
    rf"{cues.LEVEL_OF_A_YEAR})?((?:19|20)\d\d)\b",
    re.I,
)
_OVER_THE_LEVEL_OF = re.compile(r"[^,.;\d]{0,12}" + cues.OVER_THE_LEVEL_OF.pattern)


def over_a_base_year(indicator: str, w: Window, period: str) -> str:
    """A growth measured from a year more than one before the figure's own (比2020年增长28% in 2025, "28 percent
    higher than in 2020") is growth over several years, not a year's: other:…_cumulative."""
    if not indicator.endswith("growth") or "/" in period or indicator.endswith("_cumulative"):
        return indicator
    opening = re.match(r"\W*(?:(?:与|和|同)(?:19|20)\d\d年相比|compared (?:with|to) (?:19|20)\d\d)", w.before, re.I)
    later = _OVER_THE_LEVEL_OF.match(w.after)  # "… by 133 percent over the 390 billion yuan of 2008"
    text = (opening.group() if opening else "") + " " + w.clause + w.own_after[:40] + (later.group() if later else "")
    years = [
        int(m.group(1) or m.group(3)) if not m.group(2) else PLAN_END[m.group(2)] for m in _BASE_YEAR.finditer(text)
    ]
    if years and int(period[:4]) - min(years) > 1:
        return f"other:{indicator.removeprefix('other:')}_cumulative"
    return indicator
