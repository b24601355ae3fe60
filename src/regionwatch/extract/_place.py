"""A place mentioned in a text, and the code that stands for the country."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COUNTRY", "Place"]

COUNTRY = "CN"


@dataclass
class Place:
    start: int
    end: int
    text: str
    candidates: list[str]  # region codes, or ["CN"]
    strong: bool = True  # a full name (or a name with its level word)
    code: str | None = None  # settled
    ignore: bool = False  # a mention that is not the subject ("after Pudong", 北京首个)
    anaphor: str | None = None  # "district", "city", "county", "any": refers to the current place
    compared: bool = False  # named as a comparison ("faster than Luohu (3.2%)"): its figure, never the focus
    dateline: bool = False  # where a story was filed ("KUNSHAN, Jan. 20 (Xinhua) --"): the subject only if none other
    guessed: bool = False  # a name of several units that nothing in the text settles (朝阳区 alone): the most populous
    unit_of: str | None = None  # "Shenzhen district": a district (county) of the place, not the place itself
