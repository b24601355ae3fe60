"""A place crossing, reaching or aiming at a round sum with no measure named: its GDP ("Nanshan is set to
cross 1 trillion yuan", "Longgang will hit 1 trillion yuan around 2035", "a 1 trillion yuan target",
福田区有望在2037年前后突破万亿元)."""

from __future__ import annotations

import re

from . import _cues as cues
from ._window import Window

__all__ = ["round_mark"]

_REACHING_EN = re.compile(
    r"(?:[A-Z][a-z]+|\b(?:it|we|district|county|city))\s+(?:(?:is|are|was|will|could|may|would|be)\s+){0,2}"
    r"(?:(?:set|expected|likely|poised|projected|forecast|aims?|plans?|hopes?|wants?|needs?|strives?)\s+)?(?:to\s+)?"
    r"(?:(?:keep\s+growing|grow)\s+to\s+)?"
    r"(?:hit|reach)(?:es|ed|ing|s)?\s+(?:the\s+)?(?:RMB\s?|¥)?$|"
    r"\b(?:need|needs|aims?|plans?|hopes?)\s+to\s+keep\s+growing\s+to\s+(?:hit|reach)\s+$|"
    r"\b(?:bets?|banks?|counts?)\s+on\s+[\w' -]{1,30}?\s+to\s+(?:hit|reach|top)\s+$"
)
_CROSSING_EN = re.compile(  # "Nanshan is set to cross 1 trillion yuan": a place crossing a round mark, its GDP
    r"\b(?:cross(?:es|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|break(?:s|ing)? through|"
    r"broke through|pass(?:es|ed|ing)?)\s+(?:the\s+)?(?:RMB\s?|¥)?$",
    re.I,
)
_CROSSING_ZH = re.compile(  # 福田区有望在2037年前后突破, 南山区2025年首次突破: a place and its time, then the verb
    r"^[\s,]*(?:[\u4e00-\u9fff]{1,8}?(?:区|县|市|新区))?(?:(?:19|20)\d\d年(?:前后|左右)?|有望|将|预计|首次|率先|成功|已经?|"
    r"正式|在|于|力争|年内)*(?:突破|跨越|迈过|跨过|站上|迈上)了?(?:约|近)?$"
)


def round_mark(w: Window, lang: str) -> bool:
    """Whether the figure is a round sum (a multiple of 100 billion) its clause says a place crossed, reached or
    aims at, naming no measure: read as the place's GDP."""
    if w.q.value % 1e11:
        return False
    if lang != "en":
        return bool(_CROSSING_ZH.match(w.clause))
    crossing = _CROSSING_EN.search(w.near[-24:]) or cues.GOAL_AFTER.match(w.after)
    return bool(crossing or _REACHING_EN.search(w.near[-50:]))
