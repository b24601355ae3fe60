"""What each figure of a 'respectively' list measures: the sector, the measure or the count listed before the
figures in its turn, or the measure named after the last figure alone ("218 and 120 listed companies")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _cues as cues
from ._claims import Claim
from ._growth import growth_subject
from ._list_ends import MONEY
from ._regions import LIST_GAP
from ._roles import Role, growth_of, indicator_record
from ._window import Window

__all__ = ["Listed", "listed_after"]

_CONTRIBUTION = re.compile(r"贡献率|contribution", re.I)
_GROWTH = re.compile(r"增长|增速|增幅|grew|grow\w*|rose|ris\w*|increas\w*|up\b", re.I)


@dataclass(frozen=True)
class Listed:
    """One unit's figures of a respectively-list and what was listed before them."""

    norm: str
    group: list[tuple[int, int]]  # the figures of this unit, in order
    lead: Claim  # the list's first figure
    places: int  # how many places were listed
    sectors: list[str]  # primary/secondary/tertiary, as listed
    measures: list[str]  # money measures listed (地区生产总值、一般公共预算收入分别增长…)
    head: str = ""  # the sentence before the list's first figure
    counted: list[str] | None = None  # counted measures listed (上市公司和高新技术企业分别达到…)
    tail: Claim | None = None  # the list's last figure of this unit

    def _noun_of_the_last(self, base: Claim, at: int) -> bool:
        """ "1.8 million and 1.5 million residents", "218 and 120 listed companies": a measure named after the
        last figure only, the figures before it joined to it by commas and "and"."""
        tail = self.tail
        if tail is None or at + 1 >= len(self.group) or tail.indicator.startswith("other:") or base.unit != tail.unit:
            return False
        gaps = zip(self.group[at:], self.group[at + 1 :], strict=False)
        return base.indicator.startswith("other:") and all(LIST_GAP.fullmatch(self.norm[a[1] : b[0]]) for a, b in gaps)

    def measure(self, base: Claim, sp: tuple[int, int]) -> str:
        if sp not in self.group:
            return base.indicator
        at = self.group.index(sp)
        if self._noun_of_the_last(base, at) and self.tail is not None:
            return self.tail.indicator
        if base.unit == "count" and self.counted and len(self.counted) == len(self.group) > 1:
            return self.counted[at]
        if base.unit in ("CNY", "USD") and len(self.sectors) == len(self.group):
            return self.sectors[at]  # "the primary, secondary and tertiary industries … X, Y and Z"
        if base.unit == "percent" and len(self.sectors) == len(self.group) > 1 and _CONTRIBUTION.search(self.head):
            return f"other:{self.sectors[at]}_contribution"  # 一、二、三产业对经济增长的贡献率分别为: not growth
        if base.unit == "percent" and len(self.sectors) == len(self.group) > 1 and self._grew():
            return f"other:{self.sectors[at]}_growth"  # 第一、二、三产业增加值…，分别增长a、b和c
        if len(self.measures) == len(self.group) > 1:
            return self._listed_measure(base, at)
        if (
            base.indicator == "other:percent"
            and at > 0
            and self.places == len(self.group)  # a list of places
            and base.unit == self.lead.unit
            and LIST_GAP.fullmatch(self.norm[self.group[at - 1][1] : sp[0]])
        ):
            return self.lead.indicator  # 分别增长6.1%、5.5%和4.8%: each figure is the first one's measure
        if base.indicator == "other:percent" and self.places == len(self.group) and _GROWTH.search(self.head):
            return growth_subject(self.head, "") or base.indicator  # "GDP growth in A, B and C was X, Y and Z"
        return base.indicator

    def _grew(self) -> bool:
        return bool(_GROWTH.search(self.norm[max(0, self.group[0][0] - 12) : self.group[0][0]]))

    def _listed_measure(self, base: Claim, at: int) -> str:
        name = self.measures[at]
        if base.unit == "percent":
            if not self._grew():  # GDP和进出口分别占全市的27%和35%: each listed measure's share of the same whole
                return name if base.relative_to and not name.startswith("other:") else base.indicator
            return growth_of(name) or f"other:{name.removeprefix('other:')}_growth"
        rec = indicator_record(name)
        return name if rec is not None and rec.unit in MONEY and base.unit in (*MONEY, "USD") else base.indicator


def listed_after(w: Window, prev_role: Role | None, unit: str) -> str | None:
    """The indicator of the money figure before, for one listed after it with nothing but a place, a
    conjunction or a bracket between: "Nanshan (1.05 trillion yuan), Futian (620 billion) and …"."""
    if (
        prev_role is None
        or prev_role.unit != unit
        or not cues.LISTED.fullmatch(w.near)
        or cues.NOT_LISTED.search(w.near)
    ):
        return None
    if prev_role.indicator.startswith("other:") or prev_role.indicator == "population":
        return None
    return prev_role.indicator
