"""The sign of a growth rate: negative where the words around it say the measure fell ("down 1.2 percent",
下降1.2%, "a 1.2 percent drop", "the decline narrowed to 0.5 percent", 降幅收窄至0.5%), as it was where it came
to a rate ("growth slowed to 5.1 percent") or fell from one ("down from 6.5 percent")."""

from __future__ import annotations

import re

from . import _cues as cues
from ._roles import Role
from ._window import Window
from ._years import YEAR_ONTO_FIGURE

__all__ = ["signed"]


_GREW = re.compile(r"increase|growth|rose|grew|增长", re.I)
_NEGATIVE_GROWTH = re.compile(r"negative growth|负增长|负成长", re.I)
_FALL_AFTER = re.compile(  # "a 18.5 percent drop", "10 percent down year on year"
    r"\s*(?:drop|decline|contraction|fall|decrease|slump|plunge|dip|down\s+(?:on\s+a\s+)?(?:year|y/y|yoy|in))\b", re.I
)
_FELL_TO = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+|just\s+)?$|(?:到|至)$", re.I)
_RATE_FELL_IS = re.compile(  # 增速有所回落，为3.2%: the rate slowed and this is what it is now, no fall of 3.2%
    r"(?:增速|增幅|增长速度)(?:有所|明显|略有|小幅|大幅|进一步)?(?:回落|下降|放缓|下滑|降低|收窄)(?:了)?[，,]\s*"
    r"(?:为|是|仅为|只有|达到?)$"
)


_FALL_RATE = re.compile(  # 降幅收窄至18.5%, "the decline narrowed to 0.5 percent", "negative 2.1 percent": a fall
    r"降幅[^\d，,；;。]{0,6}$|\b(?:decline|contraction|drop|fall|decrease)(?:\s+in\s+[^,.;\d]{1,40}?)?\s+"
    r"(?:(?:narrowed|eased|shrank|moderated|widened|deepened)\s+to|was|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+)?$|"
    r"\b(?:negative|minus)\s+$",  # "growth was negative 2.1 percent"
    re.I,
)


def signed(w: Window, indicator: str, role: Role) -> float:
    """A growth rate's value with its sign: negative where the words around it say it fell."""
    if role.unit == "percent" and indicator.endswith("growth") and _FALL_RATE.search(w.near):
        return -abs(role.value)  # 降幅收窄至18.5%: a fall of 18.5%
    near = YEAR_ONTO_FIGURE.sub("", w.near)  # 增速由2023年（6.1%）回落至2024年（5.5%）: each rate with its year
    if (
        role.unit == "percent"
        and indicator.endswith("growth")
        and (
            cues.NEGATIVE.search(_own_bracket(w.near[-20:]) + w.after[:4])
            or cues.NEGATIVE_THAN.match(w.after)
            or _FALL_AFTER.match(w.after)  # "a 18.5 percent drop"
        )
        and not cues.from_base(near, w.before)  # "down from 6.5 percent": the earlier rate, as it was
        and not _GREW.search(_NEGATIVE_GROWTH.sub("", w.near)[-12:])  # not "negative growth of", 负增长
        and not _FELL_TO.search(near)  # "growth slowed to 5.1 percent", 增速回落至5.1%: the rate it came to
        and not _RATE_FELL_IS.search(near)
    ):
        return -abs(role.value)
    return role.value


def _own_bracket(near: str) -> str:
    """``near`` from the bracket the figure is in when that bracket names its own measure (受汽车业下滑拖累(增速仅
    1.1%): the fall outside is the car industry's, not this rate's sign)."""
    opened = max(near.rfind("("), near.rfind("（"))
    if opened < 0 or ")" in near[opened:] or "）" in near[opened:]:
        return near
    return near[opened + 1 :] if re.search(r"[\u4e00-\u9fffA-Za-z]", near[opened + 1 :]) else near
