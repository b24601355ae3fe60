"""A headline's figure dated by the body: "Haidian's GDP grows 2.6%" over "… 397.05 billion yuan in the
first half of this year, up by 2.6%" is the first half's growth, though the headline names no period."""

from __future__ import annotations

import re

from ..precision import significant_digits
from ._claims import Claim
from ._text import title_end

__all__ = ["dated_by_restatement", "dated_by_the_body"]

_A_TIME = re.compile(r"(?:19|20)\d\d|年|\b(?:years?|next|this|decade|by)\b", re.I)
_ROUNDED = ("at_least", "approx")  # a headline's round figure: "tops 24 million", "about 2 trillion"
_A_SENTENCE = re.compile(r"。|(?<![A-Z])\.(?:\s+[A-Z\"“]|\s*$)")  # a full stop: a sentence, which no headline is


def dated_by_the_body(claims: list[Claim], norm: str) -> list[Claim]:
    """The claims with each headline figure whose period was inferred given the period the body states for the
    same place, measure, kind and value (the body's own words, not the headline's guess); a headline's forecast
    or goal the body tells only as a result ("Baiyun poised for … with GDP grows by 8.1%" over "… growth of 8.1
    percent" last year) takes the result's period and kind. A part of a year the body names ("… in the first
    half of the year", its year guessed from the publication date) dates the headline as a stated period does; a
    headline's bare growth (同比增长7.3%！) is the measure's growth the body gives the same place and value; a
    headline's forecast ("Zhejiang's GDP to top 12tr yuan") takes the year the body's same forecast is for."""
    end = title_end(norm)
    if _A_SENTENCE.search(norm, 0, end):  # the body's first paragraph, no headline: its own figures stand
        return claims
    stated: dict[tuple[object, ...], str] = {}
    parts: dict[tuple[object, ...], str] = {}  # a part of a year the body names, its year guessed
    results: dict[tuple[object, ...], Claim] = {}
    kinds: set[tuple[object, ...]] = set()  # the body's figures with their kinds
    growths: dict[tuple[object, ...], str] = {}  # the body's named growths by place and value
    forecasts: dict[tuple[object, ...], str] = {}  # the body's forecasts and goals, their periods however got
    dated = [c for c in claims if c.start >= end and "period" not in c.inferred]  # the body's stated periods
    for c in (c for c in claims if c.start >= end):
        if "period" not in c.inferred or "-" in c.period:
            (parts if "period" in c.inferred else stated).setdefault(_same_figure(c), c.period)
        kinds.add(_same_figure(c))
        if c.unit == "percent" and c.indicator.endswith("growth") and not c.indicator.startswith("other:"):
            growths.setdefault((c.region, round(c.value, 6)), c.indicator)
        if c.kind == "actual":
            results.setdefault(_same_figure(c, kind=False), c)
        else:  # a forecast's or goal's year, read in the body's words ("over the next five years")
            forecasts.setdefault(_same_figure(c), c.period)
    for c in (c for c in claims if c.end <= end and c.indicator == "other:growth"):
        named = growths.get((c.region, round(c.value, 6)))
        if named is not None:  # 同比增长7.3%！一季度文峰区GDP43.6亿元 over "…GDP…同比增长7.3%": the body's measure
            c.indicator = named
    for c in (c for c in claims if c.end <= end and "period" in c.inferred):
        result = results.get(_same_figure(c, kind=False))
        if c.kind != "actual" and _same_figure(c) not in kinds and result is not None:
            c.period, c.kind = result.period, result.kind
        c.period = stated.get(_same_figure(c), parts.get(_same_figure(c), c.period))
        if "period" in c.inferred and c.qualifier in _ROUNDED and _same_figure(c) not in stated:
            near = sorted((abs(b.value - c.value), i) for i, b in enumerate(dated) if _rounded_from(c, b))
            c.period = dated[near[0][1]].period if near else c.period  # 24 million over 24.15 million
        timeless = c.kind != "actual" and not _A_TIME.search(norm, 0, end)  # not 未来二三年跻身…: its own years
        c.period = forecasts.get(_same_figure(c), c.period) if timeless else c.period
    return claims


_MONEY = ("CNY", "USD", "CNY_per_person")


def dated_by_restatement(claims: list[Claim]) -> list[Claim]:
    """The claims with each money figure whose period was inferred given the one period the document states
    for the same place, measure, kind and value elsewhere (an infobox's undated "GDP • Total CN¥ 514 billion"
    over "In 2023, its GDP was 514 billion yuan"): the same figure is the same year's. Its period stays marked
    inferred."""
    stated: dict[tuple[object, ...], set[str]] = {}
    for c in claims:
        if "period" not in c.inferred and c.unit in _MONEY and significant_digits(c.value) >= 3:
            stated.setdefault(_same_figure(c), set()).add(c.period)
    for c in claims:
        periods = stated.get(_same_figure(c)) if "period" in c.inferred and c.unit in _MONEY else None
        if periods is not None and len(periods) == 1:
            c.period = next(iter(periods))
    return claims


def _same_figure(c: Claim, kind: bool = True) -> tuple[object, ...]:
    return (c.region, c.indicator, c.unit, c.kind if kind else None, round(c.value, 6))


def _rounded_from(head: Claim, body: Claim) -> bool:
    """Whether the headline's figure is the body's, cut or rounded to the headline's last significant digit
    ("… population exceeds 24 million" over "… exceeded 24.15 million by the end of last year")."""
    if _same_figure(head, kind=False)[:3] != _same_figure(body, kind=False)[:3] or head.kind != body.kind:
        return False
    step = 10 ** (len(f"{abs(head.value):.0f}") - significant_digits(head.value)) if abs(head.value) >= 1 else 0
    if step <= 1 or body.value == head.value:  # a headline figure with decimals, or the same: not a rounding
        return False
    if head.qualifier == "at_least":
        return head.value <= body.value < head.value + step
    return abs(body.value - head.value) <= step / 2
