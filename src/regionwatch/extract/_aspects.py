"""The measure a sentence opens with, for the bare figures after it: 从增速看，南山区6.8%，福田区5.1%; "In terms of
growth, …"; "On R&D intensity, Haidian (9.6%) is ahead of Nanshan (6.6%)"; "By listed companies, Haidian (276) …"."""

from __future__ import annotations

import re

from . import _cues as cues
from ._growth import growth_subject
from ._roles import SHARES, Role, growth_of
from ._window import Window

__all__ = ["aspect_rate", "opened_measure"]

_ASPECT = re.compile(  # 从增速看，以增速计，"In terms of growth, …", "By listed companies, …" (after a bullet too)
    r"\s*(?:[-–•·●▪▶►*]\s*)?(?:(?:从|就|以)(?P<zh>[^，,。；;\d]{1,20}?)(?:来)?(?:看|而言|计)|(?P<zh2>[^，,。；;\d]{1,8})方面|"
    r"(?i:in\s+terms\s+of|as\s+for|by|on|when\s+it\s+comes\s+to)\s+(?P<en>(?:[^,;.\d]|10,?000){3,60}?))[，,：:]"
)


def opened_measure(text: str) -> tuple[str, bool] | None:
    """(the words naming the measure a sentence opens with, whether in English), else None."""
    m = _ASPECT.match(text)
    if m is None:
        return None
    return (m.group("zh") or m.group("zh2") or m.group("en"), m.group("en") is not None)


_ANSWER = re.compile(r"\W*(?:A|Answer|答)\s*[:：]", re.I)
_QUESTION = re.compile(r"(?:^|\n)\W*(?:Q|Question|问)\s*[:：](?P<asked>[^\n]{3,200})\s*$", re.I)


def _asked(w: Window) -> tuple[str, bool] | None:
    """The question an answer line replies to ("Q: How fast did it grow? ⏎ A: 5.6 percent"), as an opened
    measure, else None."""
    if not _ANSWER.match(w.sent.text):
        return None
    asked = _QUESTION.search(w.norm, max(0, w.sent.start - 240), w.sent.start)
    return (asked.group("asked"), not re.search(r"[\u4e00-\u9fff]", asked.group())) if asked else None


def aspect_rate(w: Window, last_money: str | None) -> Role | None:
    """The role of a bare rate under a measure the sentence opens with (or its question asks), else None."""
    opened = opened_measure(w.before) or _asked(w)
    if opened is None:
        return None
    named, english = opened
    value = w.q.value
    shared = next((c.record.name for c in SHARES if c.pattern.search(named)), None)
    if shared and not re.search(r"\d", w.near):
        return Role(shared, "percent", value)
    if cues.GROWTH.search(named) and not re.search(r"\d", w.clause):
        partner = growth_subject(named, "") or growth_of(last_money) or ("gdp_growth" if english else None)
        return Role(partner or "other:growth", "percent", value)
    return None
