"""Sector value added listed as the parts of a part of the economy: 民营经济增加值122.6亿元，比上年增长5.8%。
其中，第一产业增加值44.6亿元，增长2.6%；第二产业增加值29.7亿元… — the private economy's primary industry, not the
county's. The list opens with 其中 right after the part's total and runs on over ；."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._claims import Claim
from ._text import Sentence

__all__ = ["PartList"]

_OPENS_WITH_A_PART = re.compile(r"\W*(?:其中|分产业看)")
_RUNS_ON = re.compile(r"[；;]\s*$")
_SECTOR = re.compile(r"(?:other:)?(?:primary|secondary|tertiary)_value_added(?P<growth>_growth)?")
_PART_TOTAL = "other:sector_economy"  # the digital, private, marine … economy (indicators)


@dataclass
class PartList:
    """Whether the last sum read was a part of the economy's (or one of its listed sectors), so that the
    sectors listed after it are that part's."""

    after_part: bool = False

    def read(self, norm: str, sent: Sentence, made: list[Claim]) -> list[Claim]:
        """The sentence's claims, its sectors' value added (and their growth) relabelled as the part's when
        the sentence lists them for the part-economy total before it."""
        listed = _OPENS_WITH_A_PART.match(sent.text) or _RUNS_ON.search(norm[max(0, sent.start - 3) : sent.start])
        if self.after_part and listed:
            for c in made:
                sector = _SECTOR.fullmatch(c.indicator)
                if sector:
                    c.indicator = _PART_TOTAL + ("_growth" if sector.group("growth") else "")
        sums = [c.indicator for c in made if c.unit == "CNY"]
        if sums:
            self.after_part = sums[-1] == _PART_TOTAL
        return made
