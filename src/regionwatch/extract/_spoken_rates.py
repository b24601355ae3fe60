"""A percentage its sentence calls a place's rate with no measure named ("Both beat the national rate of 5.0
percent", "Jiangyin managed 4.8 percent", "the district managed 5.7 percent"): the rate the text spoke of last."""

from __future__ import annotations

import re

from ..indicators import INDICATORS
from ._opened_lists import list_measure
from ._roles import GENERIC, Role, measures_in
from ._window import Window

__all__ = ["growth_said", "rate_spoken_of"]

_PLACE_RATE = re.compile(
    r"\b(?:national|provincial|citywide|country's|nation's)\s+(?:average\s+)?(?:growth\s+)?rate\s+"
    r"(?:of|at|was|is|stood at)\s+(?:about\s+|around\s+)?$|"
    r"\b(?:aims?|aiming|aimed)\s+(?:for|at)\s+(?:an?\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$|"  # "…
    r"\b(?:targets?|targeting|expects?|expecting|forecasts?|projects?|predicts?)\s+(?:about\s+|around\s+|roughly\s+)?$|"
    # … expanded by 5.5 percent. Officials aim for about 5 percent this year": the goal of the rate spoken of
    # "Jiangyin managed 4.8 percent", "In … the district managed", "…: Tianhe had managed only 2.9 percent"
    r"(?:^|[:：,，;；])\s*(?:(?:while|whereas|but|and)\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?i:district|county|city))?|"
    r"(?:[^,;\d]{0,30},?\s+)?the\s+(?:district|county|city))\s+"
    r"(?:(?:only|just|had|has)\s+)?(?:managed|posted|recorded|registered|logged|achieved|clocked|notched)\s+"
    r"(?:about\s+|around\s+|nearly\s+|only\s+|just\s+)?$|"
    r"^\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?i:district|county|city))?,\s*(?:about\s+|around\s+|nearly\s+)?$|"  # "; Cixi, 4.9%"
    # "Huangpu and Tianhe followed at 8.6% and 8%", "Following it were Huangpu, …, at", 紧随其后，分别为: the places
    # after a leader, at their rates
    r"(?:^\s*|[,;:]\s*|\b(?:and|while|but|whereas)\s+)(?-i:[A-Z])[\w-]+['’]s\s+"  # "Zhangjiagang's 5.1 percent",
    r"(?:(?:was|is|stood at|came in at)\s+)?(?:about\s+|around\s+)?$|"  # "; Futian's was 5.2 percent"
    r"\b(?:did|fared|performed)\s+(?:better|worse|best|worst)\b[^.;\d]{0,20}?,?\s+(?:at|with)\s+$|"  # "did better, at"
    r"\b(?:followed|trailed|came\s+(?:next|second|third)|were\s+next)\s+(?:closely\s+)?(?:at|with)\s+(?:about\s+)?$|"
    r"\b(?:the|its)\s+average\s+(?:has\s+been|was|is|stood\s+at)\s+(?:about\s+|around\s+|(?:closer|close)\s+to\s+)?$|"
    r"^\s*(?:close(?:ly)?\s+)?(?:following|trailing|behind)\b[^.;\d]{0,60}\bwere\b[^.;\d]{0,80}?,?\s+(?:at|with)\s+$|"
    r"(?:紧随其后|紧跟其后|其次|次之)[^\d。；;]{0,30}?(?:分别)?(?:为|是|达)(?:约|近)?$|"
    # 。江阴则为4.8%: a place's rate (not 三次产业结构为…, 占比为…)
    r"^\s*(?:同期|而)?(?:(?!结构|比|率|产业|重|例|值|额|量|数|速|幅|占|增|计)[\u4e00-\u9fff]){2,6}?(?:则|也|仅)?为(?:约|近)?$",
    re.I,
)

_THE_RATE = re.compile(
    r"\b(?:the|its|a)\s+rate\s+(?:hitting|of|at|was|stood at|standing at|reaching|reached|came to)\s+(?:about\s+)?$",
    re.I,
)
_GDP_RATE = re.compile(r"\b(?:GDP|economic)\s+growth\b", re.I)


def rate_spoken_of(w: Window, role: Role, last_rate: str | None, lang: str = "en") -> Role:
    """ "Both beat the national rate of 5.0 percent": a percentage called a place's rate, its sentence naming
    no measure, is of the rate the text spoke of last (GDP growth, a jobless rate)."""
    if role.indicator != "other:percent":
        return role
    the_rate = _THE_RATE.search(w.near[-40:])
    if the_rate and _GDP_RATE.search(w.before[-120 : len(w.before) - len(the_rate.group())]):
        return Role("gdp_growth", "percent", role.value)  # "led in GDP growth rate, with the rate hitting 6.5 percent"
    listed = list_measure(w, lang)
    if listed is not None and (listed.startswith("other:") or INDICATORS[listed].unit == "percent"):
        return Role(listed, "percent", role.value)  # "Growth rates last year - Pudong 5.6%", 研发投入强度：海淀区11.2%
    if last_rate is None or not _PLACE_RATE.search(w.near):
        return role
    if re.match(r"\s*of\b", w.after):
        return role  # "expect about 5 percent of firms to close": a share of something, no rate
    return Role(last_rate, "percent", role.value)


_GREW = re.compile(r"\b(?:grew|grow|grows|growing|expanded|expand|expands)\b|增速|增长", re.I)


def growth_said(sentence: str) -> str | None:
    """GDP growth, when a sentence with no figure says places grew and names no measure ("Only Kunshan and
    Zhangjiagang grew faster than the city last year."): the rate the next sentence's bare figures are of."""
    return "gdp_growth" if _GREW.search(sentence) and measures_in(sentence) in ([], [GENERIC]) else None
