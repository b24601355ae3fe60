"""A second rate that is the first one's measure again: a rate restated, compared, changed from and to, or a
level of a larger place set against it."""

from __future__ import annotations

import re

__all__ = ["A_YEAR", "COMPARED", "FROM_TO", "LEVEL_OF", "LEVEL_STATED", "RATE_CHANGED", "RESTATED"]

RESTATED = re.compile(r"[的区县市\s,，]*(?:达到|达|为|至|到|reaching|at)\s*")

FROM_TO = re.compile(  # 占比从48.4%提高到53.6%, "rose from 3.31 percent (in 2012) to 4.21 percent": one measure
    r"[从由](?:约)?\d+(?:\.\d+)?%(?:提高|提升|上升|增加|下降|降低|跃升|攀升|回落)了?[到至]$|"
    r"\bfrom\s+(?:about\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent)(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+$"
)
A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

COMPARED = re.compile(  # a second rate the first is compared with: the same measure
    r"[^\d]{0,60}?\b(?:than|compared (?:with|to)|versus|vs\.?|against|after|outpacing|outpaced|ahead of|behind|"
    r"double|triple|twice|above|below|(?:short|shy) of|exceeding|beating|trailing|matching|eclipsing)"
    r"(?:\s+(?:the|an?|its|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?))*\s*(?:(?:national|provincial|city|citywide|"
    r"nationwide|provincewide)\s+)?"
    r"(?:(?:average|level|rate|figure)\s+)?(?:of\s+|\(\s*)?(?:about\s+|nearly\s+)?",  # "… citywide rate (5.8%)"
)

RATE_CHANGED = re.compile(  # of the rate or share before: "…, down 1.8", "57.1% of GRP, increasing by 0.8%"
    r"(?:\s+(?:in|for|during|over|of)\s[^,;\d]{0,40})?,\s*(?:down|up|(?:increas|decreas|ris|fall)ing(?:\s+by)?)\s*",
    re.I,
)
LEVEL_OF_EN = r"\b(?:national|provincial|city|citywide|country's|nation's)\s+(?:average|level|figure|rate)\s+"
LEVEL_STATED = re.compile(  # "…, while the national figure was 5%", "the figure for Shenzhen as a whole was 6.5%"
    r"(?:" + LEVEL_OF_EN + r"|\b(?:figure|rate|average|level)\s+for\s+(?:the\s+)?(?:whole\s+(?:of\s+)?)?"
    r"(?:(?-i:[A-Z])[\w'’-]+|city|country|province|nation)(?:\s+as\s+a\s+whole)?\s+)"
    r"(?:of|at|was|is|stood at)\s+(?:about\s+)?$",
    re.I,
)
LEVEL_OF = re.compile(
    LEVEL_OF_EN + r"(?:of\s+|at\s+|was\s+|is\s+|stood at\s+)?(?:about\s+)?$|"
    r"(?<!占)(?:全国|全省|全市)(?:平均)?(?:水平)?(?:的)?[（(]?$",  # not 占全市32.9%: a share
    re.I,
)
