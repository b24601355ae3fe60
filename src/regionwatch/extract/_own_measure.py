"""A Chinese figure whose own words say what it measures: a measure named right after it (65.8亿的财政总收入) or a
trade as its clause's subject (…的工业总产值中，白酒产业贡献了306亿). Such a figure takes no measure named before it
in its sentence."""

from __future__ import annotations

import re

from ._roles import GENERIC, last_match, money_indicator, named_generic
from ._window import Window

__all__ = ["an_increment", "own_measure"]

_NEAR = 40  # the clause's words read before the figure for its subject
_INCREMENT_REACH = 300  # how far back a sentence is read for the increment it names
_MEASURE_AFTER = re.compile(r"的([\u4e00-\u9fff]{0,6}?(?:收入|产值|增加值|总额|投资|支出|税收|营收|利润|销售额))")
_TRADE_SUBJECT = re.compile(  # 白酒产业贡献了, 汽车行业实现: a trade's part (not 工业, 企业, 第三产业)
    r"(?:^|[，,；;])[^，,；;\d]{0,6}?[\u4e00-\u9fff]{1,6}(?<![工企三二一])(?:产业|行业)"
    r"(?:贡献了?|占了?|实现了?|完成了?)?\s*$"
)


def own_measure(w: Window, lang: str) -> str | None:
    """The measure the figure's own words name, or None when they name none."""
    if lang != "zh":
        return None
    after = _MEASURE_AFTER.match(w.own_after)
    if after:
        named = money_indicator(after.group(1), "") or GENERIC
        return named_generic(named, after.group(1), "")  # 财政总收入: other:income, not a word before it
    return "other:sector_amount" if _TRADE_SUBJECT.search(w.clause[-_NEAR:]) else None


_INCREMENT = re.compile(r"增量|增长总量|增长量|增加额")  # 上半年增量直接破千亿，达到1020.04亿元: a change, not a level
_A_LEVEL = re.compile(r"总量|规模|总额|总值|水平")


def an_increment(w: Window) -> bool:
    """Whether the last measure its sentence names before the figure is an increment (上半年增量…，达到1020.04亿元，
    第二季度也拿下384.53亿元; 从化区增长总量最小，只有6.92亿元): a change, however far the figure is from the word."""
    near = w.before[-_INCREMENT_REACH:]  # read near: a one-line text stays linear
    word = last_match(_INCREMENT, near)
    if word is None:
        return False
    since = near[word.end() :]
    return money_indicator(since, "", generic=False) is None and not _A_LEVEL.search(since)
