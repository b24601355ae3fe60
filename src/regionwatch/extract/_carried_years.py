"""The years a 'respectively' list took, carried to the next clause's list when it names none: 2021年、2022年
及2023年，…分别实现地区生产总值A、B和C；人均地区生产总值分别为X、Y和Z ("…; its per capita GDP was X, Y and Z
respectively"). The years are inferred there, so the claims keep ``period`` among what was inferred."""

from __future__ import annotations

import re

from ._claims import Claim
from ._text import Sentence
from ._years import YEAR

__all__ = ["Carried", "carry_years"]

_SAID = re.compile(r"分别|\brespectively\b", re.I)
_OTHER_TIME = re.compile(  # a clause saying its own time: 上年分别为, "a year earlier", 同期
    r"年|季度|月|同期|\b(?:year|quarter|month|half|earlier|before|ago|previous|prior)\b", re.I
)

Carried = tuple[list[int], int]  # the years a list took, where the clause that listed them ends


def carry_years(norm: str, sent: Sentence, claims: list[Claim], carried: Carried | None) -> Carried | None:
    """Give ``claims`` the years ``carried`` from the clause before when this one lists as many figures of a
    unit 'respectively' and names no time of its own; return the years to carry to the next clause."""
    said = _SAID.search(sent.text)
    if said is None:
        return None
    if carried is not None and "\n" not in norm[carried[1] : sent.start] and not _OTHER_TIME.search(sent.text):
        years = carried[0]
        for unit in dict.fromkeys(c.unit for c in claims):
            run = _spans(claims, unit)
            if len(run) == len(years) and len({c.period for c in claims if c.unit == unit}) == 1:
                for c in claims:
                    if c.unit == unit and c.period.isdigit():
                        c.period = str(years[run.index((c.start, c.end))])
        return years, sent.end
    return _listed(claims, sent)


def _spans(claims: list[Claim], unit: str) -> list[tuple[int, int]]:
    return list(dict.fromkeys((c.start, c.end) for c in claims if c.unit == unit))


def _listed(claims: list[Claim], sent: Sentence) -> Carried | None:
    """The years one unit's list took, in order, one a figure, when its clause named them."""
    for unit in dict.fromkeys(c.unit for c in claims):
        run = _spans(claims, unit)
        periods = [next(c.period for c in claims if (c.start, c.end) == sp) for sp in run]
        if len(run) > 1 and all(p.isdigit() for p in periods) and len(YEAR.findall(sent.text)) >= 2:
            years = [int(p) for p in periods]
            if years == sorted(set(years)):
                return years, sent.end
    return None
