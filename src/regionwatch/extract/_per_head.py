"""Figures per head: 人均X is the per-capita form of the measure X (or of the measure the sentence named before
it when 人均 stands alone); a per-capita figure in dollars, or the income of urban or rural residents alone, is
outside the vocabulary (claims.md)."""

from __future__ import annotations

import dataclasses
import re

from . import _cues as cues
from ._roles import Role, indicator_record, last_match, money_indicator
from ._window import Window
from ._years import YEAR

__all__ = ["ZH_PER_HEAD", "per_head", "per_head_unsaid", "per_person", "zh_per_head"]

_FOR_URBAN_RURAL = re.compile(r"\s*(?:for|among|of)\s+(?:the\s+)?\b(urban|rural)\b", re.I)

ZH_PER_HEAD = re.compile(r"人均(?P<what>[^，,。；;\d人]{0,10}?)(?:达到?|超过?|约|近|为|是|突破|逾|超|在)*$")


def zh_per_head(head: re.Match[str], w: Window, unit: str, last_money: str | None) -> Role:
    """人均X: the per-capita form of X when X is named (人均可支配收入, 人均消费支出), of the measure the
    sentence spoke of before when 人均 stands alone (…GDP达5050亿元，人均约28万元)."""
    if head.group("what").strip():
        ind = money_indicator(head.group(0), "", generic=False)
    else:
        ind = money_indicator(w.norm[w.sent.start : w.q.start - len(head.group(0))], "", generic=False) or last_money
    return per_head(ind or "other:per_capita", unit, w.q.value, w)


def per_head(ind: str, unit: str, value: float, w: Window) -> Role:
    """A money figure per head of the measure ``ind`` names: its per-capita indicator (GDP's is GDP per
    capita), else other:per_capita."""
    rec = indicator_record(ind)
    ind = rec.per_capita if rec is not None and rec.per_capita else ind
    if ind in ("gdp_per_capita", "disposable_income_per_capita"):
        return per_person(ind, unit, value, w)
    return Role("other:per_capita", "CNY_per_person" if unit == "CNY" else "USD", value)


_NOTHING_AFTER = re.compile(r"\s*(?:[,;.)]|$|(?:in|for|last|this)\s+(?:19|20|year)|up\b|an?\s+increase\b)", re.I)
_PER_HEAD_SAID = re.compile(
    r"\b(?:per[- ]capita\s+(?:(gdp)|disposable\s+income)|(gdp)\s+per\s+capita)\b[^\d,;]{0,30}?"
    r"\b(?:reached|was|were|stood\s+at|hit|totall?ed|amounted\s+to|came\s+to|of)\s+(?:about\s+|nearly\s+)?$",
    re.I,
)


def per_head_unsaid(w: Window) -> Role | None:
    """A per-capita GDP or income written with no unit after its verb ("the per capita GDP of the county reached
    41,798, …", a county site's English): in yuan, the unit marked as not written; None for any other figure."""
    said = _PER_HEAD_SAID.search(w.clause) if w.q.value >= 1000 and _NOTHING_AFTER.match(w.after) else None
    if said is None:
        return None
    ind = "gdp_per_capita" if said.group(1) or said.group(2) else "disposable_income_per_capita"
    return dataclasses.replace(per_person(ind, "CNY", w.q.value, w), unit_said=False)


def per_person(ind: str, unit: str, value: float, w: Window | None = None) -> Role:
    """Per-capita figures are in yuan; one stated in dollars is outside the vocabulary (claims.md), and so
    is the disposable income of urban or of rural residents alone (the indicator is all residents')."""
    if unit == "USD":
        return Role(f"other:{ind}_usd", "USD", value)
    part = None
    if ind == "disposable_income_per_capita" and w is not None:  # "78,000 yuan for urban residents", 农村居民…
        named = _INCOME.search(w.clause)  # the clause names its own measure:
        said = w.clause[-90:] if named else _income_named_before(w.before[-200:]) + w.clause[-90:]  # its part is
        # said there or not at all; else where the sentence named the income (城镇居民…收入…，玉环市次之，达到…)
        part = _FOR_URBAN_RURAL.match(w.own_after) or last_match(cues.URBAN_OR_RURAL, said)
        pair = last_match(_PAIR, said)  # "… of urban and rural residents was X yuan": one figure, all residents'
        together = part is not None and pair is not None and pair.start() <= part.start() < pair.end()
        part = _pair_member(w) or (part and not together and part.group())
    if part:
        return Role(f"other:{cues.urban_or_rural(part)}_{ind}", "CNY_per_person", value)
    return Role(ind, "CNY_per_person", value)


def _income_named_before(before: str) -> str:
    """The text from where an income was last named before the figure, with the residents it is of (城镇居民…,
    "Disposable Income (Urban Resident):")."""
    named = last_match(_INCOME, before)
    return before[max(0, named.start() - 12) :] if named else before[-40:]


_INCOME = re.compile(r"可支配收入|disposable income", re.I)
_PAIR = re.compile(  # 城乡居民人均可支配收入分别为X元和Y元: 城 the urban, 乡 the rural
    r"(城镇|农村|urban|rural)[^，。；,;\d]{0,6}?(?:和|与|及|and)\s*(城镇|农村|urban|rural)|城乡居民", re.I
)
_TWO_FIGURES = re.compile(
    r"(?:\s*[(（][^)）]{0,30}[)）])?[^,，;；。\d]{0,12}?(?:\band|和|与)\s*" + cues.FIGURE_START, re.I
)  # 1st
_AND = re.compile(r"(?:\band|和|与)\s*$", re.I)  # the second of "X yuan and Y yuan"


def _pair_member(w: Window) -> str | None:
    """Which of "城镇和农村居民…分别为X元和Y元" a figure is: the first named for the first figure after 分别."""
    pair = last_match(_PAIR, w.before)
    paired = cues.RESPECTIVELY.search(w.before + w.after[:40]) or _TWO_FIGURES.match(w.after) or _AND.search(w.near)
    if pair is None or pair.end() < len(w.before) - 100 or not paired:  # "…reached 36,000 yuan and 21,000 yuan"
        return None
    first, second = (pair.group(1), pair.group(2)) if pair.group(1) else ("城镇", "农村")
    return second if re.search(r"\d", YEAR.sub("", w.before[pair.end() :])) else first  # not "in 2024"
