"""Levels a place has not reached: the condition of a reckoning and the rate it would take ("To reach 1
trillion yuan by 2030, Longgang would need GDP growth of 9 percent a year", 若要在2030年突破万亿元，年均增速需达到
9%), and a level still some way off ("a decade away from the 1 trillion yuan mark", "edges closer to 1 trillion
yuan", 还需要8年才能迈过万亿门槛). They are neither targets nor results: other:…_hypothetical, other:…_not_reached."""

from __future__ import annotations

import re

from ..indicators import INDICATORS
from . import _cues as cues
from ._roles import Role
from ._window import Window

__all__ = ["hypothetical", "unconditional"]


_IF_TO_ZH = r"(?:若要|要想|如要|如果要|若想|(?:^|[，,；;：:])\s*要(?:在|于))"  # 若要在2030年, 不过，要在2030年前
_HYPOTHESIS = re.compile(  # "To reach 1 trillion yuan by 2030, Longgang would need …", 龙岗区若要在2030年突破万亿元
    r"(?:^|[,;:]\s*)\W*(?:to|in order to)\s+(?:reach|hit|top|cross|pass|join|exceed|surpass)\b[^.;]{0,60}$|"
    + _IF_TO_ZH
    + r"[^。；;，,]{0,30}$",
    re.I,
)
_IF_TO_BEFORE_ZH = re.compile(_IF_TO_ZH + r"[^。；;，,]{0,30}[，,]")  # 若要…突破万亿元，年均增速需达到9%: the condition
_NEEDS_GROWTH = (  # "it only needs growth of about 1 percent", "requires annual growth of": the rate it would take
    r"\b(?:needs?|requires?)\s+(?:an?\s+)?(?:(?:annual|average|yearly|gdp|economic)\s+)*(?:growth|to\s+(?:grow|expand))\b"
)
_WOULD_TAKE = re.compile(r"(?:\bwould\s+(?:need|have|require)\b|" + _NEEDS_GROWTH + r")[^.;:,]{0,40}$", re.I)
_WOULD_NEED = re.compile(r"\bwould (?:need|have|require)\b|\bneeds? to\b|" + _NEEDS_GROWTH + r"|需要?|才能|须", re.I)


_YEARS_GROWTH = r"(?:(?:annual|yearly|average)\s+)*(?:growth|a year|annually)\b"  # "5 percent annual growth"
_IF_GROWS = r"if\s+[^.;]{0,40}?\b(?:grows?|growing|expands?|expanding)"  # "if it keeps growing"
_ASSUMING = (  # "At a growth rate of 5 percent a year, neither would …", "if it keeps growing at", 按年均6%的增速测算
    r"(?:^|[,;:]\s*)\W*(?:at\s+(?:an?\s+|this\s+|that\s+)?(?:(?:annual|average|yearly)\s+)*(?:growth\s+)?"
    r"(?:rate|pace)\s+of|" + _IF_GROWS + r"(?:\s+(?:at|by))?|"
    r"if\s+(?:its\s+|the\s+)?(?:(?:annual|gdp|economic)\s+)?growth\s+(?:is|was|were|comes\s+in\s+at|holds\s+at)|"
    r"should\s+[^.;,]{0,40}?\b(?:at|by|of)|provided\s+(?:that\s+)?[^.;,]{0,40}?\b(?:at|of)|"  # "Should it keep …"
    r"with\s+(?:an?\s+)?(?:(?:annual|average|yearly|gdp|economic)\s+)*(?:growth|expansion)(?:\s+rate)?\s+of|"
    r"(?:growing|expanding)\s+(?:at|by)|assuming\s+[^.;\d]{0,30}?\b(?:of|at)|"  # "Growing at 5 percent a year, it …"
    r"if\s+[^.;]{0,40}?\b(?:sustain|maintain|keep\s+up|kept\s+up)(?:s|ed|ing)?\s+(?:an?\s+|its\s+)?|"
    r"at\s+(?=[\d.]+\s*(?:%|percent|per cent)\s+" + _YEARS_GROWTH + r"))\s*"
    r"(?:about\s+|around\s+|roughly\s+)?|"  # "At 5 percent annual growth, Futian would …"
    r"(?:(?:如果|若|假如|假设|倘若)[^，。；,;\d]{0,8}?(?:能够?)?(?:继续)?(?:保持|维持)(?:住)?|按照?|以)"  # 若今年能保持
    r"(?:年均|每年|平均每年)?(?:约|大约)?"
)
_RECKONED_ZH = r"的?(?:增速|速度|增长率|增幅)(?:计算|测算|推算|估算)"  # 按年均6%的增速测算
_RATE_ASSUMED = re.compile(_ASSUMING + "$", re.I)
_RECKONED = re.compile(
    r"\b(?:would|could|might|will)\b|^[^。；;]{0,12}"
    + _RECKONED_ZH
    + r"|^[^。；;]{0,20}(?:有望|可望|将|就能|便能|即可)",
    re.I,
)
_RECKONED_BEFORE = re.compile(
    r"\b(?:would|could|might|(?:is|are)\s+(?:expected|projected|forecast|set|likely)\s+to)\b[^.;]*\bif\b", re.I
)
_RECKONING = re.compile(  # the rate assumed, then the level a reckoning reaches with it ("…, it would reach")
    r"(?:" + _ASSUMING + r")\d[\d.]*\s*(?:%|percent|per cent)"
    r"(?:[^.;。；]*\b(?:would|could|might)\b|[^。；;]{0,12}" + _RECKONED_ZH + r")[^.;。；]*$",
    re.I,
)


_IF_RECKONING_ZH = re.compile(  # 如果福田区保持5%的增速，到2031年GDP将达到1万亿元: a level an "if" reckons
    r"(?:如果|若(?!干)|假如|假设|倘若)[^。；;]{0,20}?\d[\d.]*\s*%[^。；;]*?(?:将|会|就|便|可望|有望|能够?|可以)[^。；;]*$"
)
_NOT_YET = re.compile(  # a level the place is still some way from: "a decade away from the 1 trillion yuan mark"
    r"\b(?:away|not\s+far)\s+from\s+(?:reaching\s+)?(?:the\s+)?$|"
    r"\b(?:(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!figure )(?<!number )(?<!reading )"  # "a figure
    r"(?:closer|nearer)\s+to|closing\s+in\s+on|"  # closer to 3.5%": about that figure
    r"on\s+the\s+(?:cusp|verge|brink)\s+of|within\s+reach\s+of)\s+"
    r"(?:reaching\s+|hitting\s+|crossing\s+|joining\s+)?(?:the\s+)?$|"  # "edges closer to", not "is closer to"
    r"\b(?:would|will|could|may|might)\s+(?:still\s+|also\s+)?(?:take|need|require)\b[^.;:]{0,40}?\bto\s+"
    r"(?:reach|hit|top|cross|pass|join|exceed|surpass|break)\s+(?:through\s+)?(?:the\s+)?$|"
    r"\b(?:unlikely|not\s+(?:expected|likely|set|poised))\s+to(?:\s+\w+){0,2}?\s+"  # "is unlikely to cross"
    r"(?:reach|hit|top|cross|pass|join|exceed|surpass|break)\w*\s+(?:through\s+)?(?:the\s+)?$|"
    # 短期内仍难以跨越, 不会突破: looking forward (尚未突破 is a bound: cues.NOT_CROSSED)
    r"(?:难以|很难|无法|不能|不会|不太可能)[^。；;，,\d]{0,4}(?:突破|跨越|跨过|迈过|迈上|迈入|达到|超过|站上|跨入)$|"
    r"(?<![差相])距离?(?:突破|迈过|跨过|达到)?$|"
    r"(?<![距脱分远偏背])离(?:突破|迈过|跨过|达到)?$|"  # 离5000亿元只差100亿元
    r"(?:需|还要|要到|须到)[^。；;，,]{0,12}(?:才能|方能|才可能?|才会)[^。；;，,\d]{0,4}$",
    re.I,
)


_RATE_WOULD = re.compile(  # "A 5 percent expansion this year would take it past …": the rate a reckoning assumes
    r"\s*(?:(?:annual|economic|gdp)\s+)?(?:growth|expansion|increase|rise)?(?:\s+(?:this|next|a|per)\s+year|"
    r"\s+annually)?\s*(?:would|could|might)\b",
    re.I,
)
_IF_GROWING = re.compile(  # "… around 2032 if it keeps growing at": a condition after the reckoning, no comma
    r"\b" + _IF_GROWS + r"\s+(?:at|by)\s+(?:about\s+|around\s+)?$", re.I
)
_AT_OPENING = re.compile(r"(?:^|[,;:]\s*)\W*at\s+$", re.I)
_A_YEARS_GROWTH = re.compile(r"\s*" + _YEARS_GROWTH, re.I)


def _rate_assumed(w: Window) -> bool:
    """Whether the rate is the one a reckoning assumes: "at a growth rate of", 按年均, 如果保持, or "At 5 percent
    annual growth, …" (the rate before the words that say it is one)."""
    before = w.before[-80:]
    opening = _AT_OPENING.search(before) and _A_YEARS_GROWTH.match(w.after)
    return bool(_RATE_ASSUMED.search(before) or opening or _IF_GROWING.search(before))


def unconditional(role: Role) -> Role:
    """The measure itself of a hypothetical or not-yet-reached figure, as the next figure's partner ("would
    need about 9 percent…, well above the 5.5 percent it achieved": that 5.5 percent is GDP growth)."""
    for suffix in ("_hypothetical", "_not_reached"):
        if role.indicator.endswith(suffix):
            base = role.indicator.removeprefix("other:").removesuffix(suffix)
            return Role(base if base in INDICATORS else f"other:{base}", role.unit, role.value, role.relative)
    return role


def hypothetical(w: Window, role: Role) -> Role:
    """A level written as the condition of a reckoning, and the rate it would take ("To reach 1 trillion
    yuan by 2030, Longgang would need GDP growth of 9 percent a year", 若要在2030年突破万亿元，年均增速需达到9%),
    are no target and no result; nor is a level the place is still years away from ("Tianhe would take
    another eight years to cross the 1 trillion yuan mark", 还需要8年才能迈过万亿门槛), nor the rate a reckoning
    assumes ("At a growth rate of 5 percent a year, Futian would …", 按年均6%的增速测算，…)."""
    if _NOT_YET.search(w.before[-60:]) and not role.indicator.endswith("_not_reached"):
        return Role(f"other:{role.indicator.removeprefix('other:')}_not_reached", role.unit, role.value)
    # "at its current pace of 4.8%", "Futian's current growth rate of 4.8% would …": stated as it stands
    if role.unit == "percent" and cues.RATE_NOW.search(w.before[-60:]):
        return role
    reckoned = _RECKONED.search(w.rest) or _RECKONED_BEFORE.search(w.before)  # "… around 2032 if it keeps growing at"
    assumed = role.unit == "percent" and reckoned and _rate_assumed(w)
    assumed = assumed or (role.unit == "percent" and _RATE_WOULD.match(w.after))  # "growth of 1 percent would …"
    if assumed or _RECKONING.search(w.before) or _IF_RECKONING_ZH.search(w.before[-80:]):
        return Role(f"other:{role.indicator.removeprefix('other:')}_hypothetical", role.unit, role.value)
    if not _WOULD_NEED.search(w.sent.text):
        return role
    condition = not role.indicator.startswith("other:") and _HYPOTHESIS.search(w.before[-80:])
    conditioned = _HYPOTHESIS.search(w.sent.text) or _IF_TO_BEFORE_ZH.search(w.before[-80:])
    needed = role.unit == "percent" and _WOULD_NEED.search(w.before[-60:]) and conditioned
    needed = needed or (role.unit == "percent" and _WOULD_TAKE.search(w.near[-60:]))  # "Both would need to grow 6%"
    if condition or needed:
        return Role(f"other:{role.indicator.removeprefix('other:')}_hypothetical", role.unit, role.value)
    return role
