"""The words that qualify a figure, read before it (more than, 约, 不超过) or after it (以上, 左右, 都不到): its
qualifier (at_least, approx, at_most)."""

from __future__ import annotations

import re

from ._cues import NOT_CROSSED_WORDS

__all__ = ["QUALIFIER_AFTER", "QUALIFIER_BEFORE"]


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


QUALIFIER_BEFORE: list[tuple[str, re.Pattern[str]]] = [
    (  # a comparison negated, read before the comparisons it contains: "no less than", 不低于, 不超过
        "at_least",
        _c(r"(?:\b(?:no|not)\s+(?:less|fewer|lower|smaller)\s+than|不低于|不少于|不小于|至少|起码|最少)\s*$"),
    ),
    (
        "at_most",
        _c(
            r"(?:\b(?:no|not)\s+(?:more|greater|higher|larger)\s+than|\bnot\s+(?:to\s+)?exceed(?:ing)?|"
            r"不超过|不高于|不多于|最多|至多|" + NOT_CROSSED_WORDS + r")(?:\s+(?:the|a|an))*\s*$"
        ),
    ),
    (
        "at_least",
        _c(
            r"(?:(?<![a-z])(?:more than|(?<!spread )(?<!divided )over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
            r"cross(?:es|ed|ing)?|"
            r"top(?:s|ped|ping)?|above|at least|upwards of|pass(?:es|ed|ing)?|broke(?: through)?|"
            r"break(?:s|ing)? through|beyond|in excess of|north of|joined|(?:larger|bigger|greater|higher) than|"
            r"eclips(?:es|ed|ing)|clear(?:s|ed|ing)|outstrip(?:s|ped|ping)|"
            r"(?<!the )(?<!in )(?<!over )(?<!for )(?<!last )(?<!first )past|"
            r"(?:a\s+)?new\s+(?:level|threshold|mark|milestone|benchmark)\s+of)|"  # "reached a new level of X"
            r"超过|超出|超越|超|突破|首破|首超|破|逾|跨越|跨过|跨上|迈上|迈过|跃上|站上|过|迈入|跨入|步入|登上|站稳|多于|大于|[≥≧>]|"
            r"首次(?:升|达|迈|跨|站|跃)?(?:上|到|至)?)了?"
            r"(?:\s+(?:the|a|an|its|their|GDP|of|mark|threshold))*\s*$"
        ),
    ),
    (
        "approx",
        _c(
            r"(?:about|around|roughly|nearly|almost|approximately|approx\.|abt\.|\bca\.|some|close to|closer to|"
            r"approach(?:es|ed|ing)?|(?<![a-z])near(?:s|ed|ing)?|clos(?:e|es|ed|ing) in on|"  # "… nears 7.5 million"
            r"an estimated|estimated at|(?:nearly|almost)\s+(?:reach|hit|touch)(?:ed|es|ing|s)?|"  # "nearly reached"
            r"约|大约|近|接近|将近|约为|约合|约等于|直逼|差不多(?:是|为|有)?|大概(?:是|为|有)?)(?:\s+(?:the|a|an))*\s*$"
        ),
    ),
    (
        "at_most",
        _c(
            r"(?:(?<![a-z])(?:less than|under|below|fewer than|no more than|(?<!revised )(?<!adjusted )(?<!raised )"
            r"(?<!marked )(?<!went )(?<!gone )(?<!moved )(?<!shot )up to|within|(?:smaller|lower) than|"
            r"(?:just\s+)?(?:shy|short) of)|"
            r"不足|不到|低于|少于|小于|未超过|未突破|未达到?|[≤≦<])(?:\s+(?:the|a|mark|threshold))*\s*$"
        ),
    ),
]
_THE_ABOVE = r"数据|数字|所述|各|均|内容|情况|指标|统计|资料|都|这些|几"  # 以上数据均为初步核算数: "the above", a note
QUALIFIER_AFTER: list[tuple[str, re.Pattern[str]]] = [
    (
        "at_least",
        _c(r"^(?:及以上|以上(?!" + _THE_ABOVE + r")|多|余|有余|出头|\+|\s*or more\b|\s*(?:and|or) above\b|\s*plus\b)"),
    ),
    ("approx", _c(r"^(?:左右|上下|量级|\s*or so\b)")),  # 达到7000亿元量级: that order of size
    (
        "at_most",
        _c(
            r"^(?:及以下|以下|以内|[都也还]?不到(?![一二两三四五六七八九十\d半])|\s*or less\b|"
            r"\s*(?:and|or) below\b)"
        ),
    ),  # 500亿都不到: not even that much
]
