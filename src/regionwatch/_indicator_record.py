"""The record of one indicator of the vocabulary: its name, unit, labels and cues."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import InvalidInput

__all__ = ["Indicator", "IndicatorError"]


class IndicatorError(InvalidInput):
    """An indicator name or alias that is not in the vocabulary."""


@dataclass(frozen=True)
class Indicator:
    """One indicator: its name, unit and labels, and the cues that find it in running text.

    ``en`` and ``zh`` are regular expressions for the words that name the indicator in a sentence (matched case-
    insensitively on normalised text, simplified Chinese); ``noun_en`` the noun that follows a count ("218 listed
    companies"). ``stock`` marks a level at a moment (population, listed companies) rather than a flow over a
    period; ``growth`` names the indicator a growth rate of this one is reported as, ``per_capita`` its per-person
    form, ``share_of_gdp`` a percentage of GDP (R&D intensity) rather than of the indicator itself."""

    name: str
    unit: str
    description: str
    description_zh: str
    aliases: tuple[str, ...] = field(default=())
    non_negative: bool = True
    en: str = ""
    zh: str = ""
    noun_en: str = ""
    stock: bool = False
    growth: str | None = None
    per_capita: str | None = None
    share_of_gdp: bool = False
