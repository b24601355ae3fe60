"""People: a population (常住人口94.6万, "2.1 million permanent residents", "Population: 1.79 million", a
census infobox's "• Total | 1,859,390") told from the other people a text counts (户籍人口, workers, visitors,
a change of the residents), and the "Label: value" of a profile line that names what a figure is."""

from __future__ import annotations

import re

from ..indicators import INDICATORS
from . import _cues as cues
from ._opened_lists import PLACE_THEN_FIGURE, list_measure
from ._roles import POPULATION, Role, last_match
from ._window import Window

__all__ = [
    "GAP_YEAR",
    "LABEL",
    "POP_AFTER",
    "infobox_population",
    "line_label",
    "people_not_money",
    "persons",
    "population_in_wan",
    "registered_before",
]

POP_AFTER = re.compile(  # "1.2 million residents", 79.59万常住人口 (户籍人口: registered, not the residents)
    r"^\s*(?:" + INDICATORS["population"].noun_en + r"|的?(?:常住)?人口(?!密度|自然|增|减|变动))", re.I
)
LABEL = re.compile(r"\s*([^:：\n—–]{2,80}?)(?:\s*[:：—–]|\s+-)\s*")  # a profile's "Label: value", "Label — value"
GAP_YEAR = re.compile(  # a year between the cue and the figure: 上市公司从2020年的40家, "firms rose from 826 in 2020"
    r"(?<!\d)(?:19|20)\d\d\s*年(?:末|底)?|(?:(?<=\bin )|(?<=\bof ))(?:19|20)\d\d\b"  # "at the end of 2009 was …"
)


def people_not_money(w: Window, lang: str, prev_role: Role | None = None) -> Role | None:
    """A scaled number with no currency that counts people: "2.1 million permanent residents", "a
    population of 2.1 million", "…; Xiaoshan 2.1 million" after a population (its words left out)."""
    if POP_AFTER.match(w.after):
        return persons(w)
    if prev_role is not None and prev_role.indicator == "population" and PLACE_THEN_FIGURE.fullmatch(w.before):
        return Role("population", "persons", w.q.value)
    if _population_label(w) or (lang == "en" and _home_to(w)):  # "Population: 1.79 million (2023)", "… is home to
        return Role("population", "persons", w.q.value)  # 1.26 million and has 13 subdistricts"
    if list_measure(w, lang) == "population":  # "Population: Haidian 3.13 million, Nanshan 1.8 million"
        return Role("population", "persons", w.q.value)
    pop = last_match(POPULATION, w.clause) if lang == "en" else None
    between = _BY_HOW_MUCH_TO.sub(" to", w.clause[pop.end() :]) if pop is not None else ""  # "rose by 12,000 to"
    between = GAP_YEAR.sub("", between)  # "population at the end of 2009 was 458 thousand"
    if pop is not None and len(between) <= 30 and not re.search(r"\d|yuan|rmb|\$", between):
        if cues.POPULATION_NOT.search(w.clause[max(0, pop.start() - 12) :]):
            return Role("other:persons", "persons", w.q.value)  # "a registered population of 1.08 million"
        return persons(w)
    return None


_BY_HOW_MUCH_TO = re.compile(  # "rose by 12,000 to", "grew by 30,000 people last year to", "increased 1.7 percent to"
    r"\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?[\d.,]+(?:\s*(?:million|thousand))?"
    r"(?:\s*(?:percent|per cent|%)|\s+(?:people|residents|persons|inhabitants))?"
    r"(?:\s+(?:last year|this year|year[- ]on[- ]year|in (?:19|20)\d\d))?\s+to\s*$",
    re.I,
)


_NEXT_PLACE = re.compile(r"^\s*[，,、；;]\s*[\u4e00-\u9fff]{2,8}?(?:则|为|是|有|约|达)?$")


_REACHING = re.compile(r"[%％]?\s*[，,、]?\s*(?:达到?|增至|增加到|升至)\s*")


def population_in_wan(w: Window, lang: str, prev_role: Role | None = None) -> Role | None:
    """常住人口94.6万: a 万 figure right after a population cue is people, not money; so is the next
    place's figure in a list of them (辽宁省常住人口4390万，吉林省2751万)."""
    q = w.q
    if q.unit is not None or lang != "zh" or not w.norm[q.start : q.end].endswith("万"):
        return None
    if (
        prev_role is not None
        and prev_role.indicator == "population"
        and _NEXT_PLACE.match(w.near)
        and not POPULATION.search(w.near)  # not …，户籍人口90万: a measure of its own
    ):
        return Role("population", "persons", q.value)
    grew = prev_role is not None and prev_role.unit == "percent" and _REACHING.fullmatch(w.near)
    if grew and POPULATION.search(w.norm, max(w.sent.start, w.q.start - 40), w.q.start):
        return Role("population", "persons", q.value)  # 常住人口增长4.1%，达到113万: the level the residents grew to
    cue = last_match(POPULATION, w.clause)
    if cue is None or re.search(r"\d", w.clause[cue.end() :]):
        return None
    if cues.POPULATION_NOT.search(w.clause[-20:]) or cues.POPULATION_CHANGE.search(w.clause):
        return Role("other:persons", "persons", q.value)  # 户籍人口90万, 比上年增加1.2万: people, not the residents
    return Role("population", "persons", q.value)


_HOME_TO = re.compile(r"\bhome\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$", re.I)
_NOTHING_NAMED = re.compile(r"\s*(?:[,.;)]|and\b|that\b|with\b|$)", re.I)


def _home_to(w: Window) -> bool:
    """ "… that is home to 1.26 million and has …": a number of people said with no noun after it."""
    return bool(_HOME_TO.search(w.clause[-40:]) and _NOTHING_NAMED.match(w.after))


_TOOK_PART = re.compile(
    r"\s*(?:(?:local\s+)?(?:people|residents|villagers|visitors)\s+)?(?:from\s+\S+\s+)?"
    r"(?:danc|attend|gather|join|participat|watch|celebrat|took part|take part|flock|lin(?:e|ed) up|turn(?:ed)? out|"
    r"perform|march|sang|sing|ran|run|visit|tour|travel|arriv|came to|stay|(?:who\s+)?(?:originat|hail))\w*",  # "14
    # million people visited …", "500,000 people who originated from Shunde live in Hong Kong": not residents
    re.I,
)


_REGISTERED_EARLIER = re.compile(  # 户籍总户数25.35万户，总人口86.92万人: the households' people, registered too
    r"(?:户籍|\bregistered\s+households?\b|\bhukou\b(?!\s+county))(?![^。；;]*(?:常住|\bpermanent\b|\bresident))"
    r"[^。；;]{0,30}$",
    re.I,
)
_RESIDENTS = re.compile(r"常住|\bpermanent\b|\bresident", re.I)


def registered_before(w: Window, cue: re.Match[str]) -> bool:
    """Whether the people of the population cue ``cue`` (a match in the clause) are a registered total."""
    before = w.before[: len(w.before) - len(w.clause) + cue.start()][-80:]  # the cue's own sentence, near it
    return bool(_REGISTERED_EARLIER.search(before) and not _RESIDENTS.search(cue.group()))


_CHANGED_AFTER = re.compile(  # 10万人减少, "… people left": people who changed; not 由137.5万人增加到150万人 (a level)
    r"\s*(?:(?:减少|增加|增长|下降)(?![到至])|change|(?:people\s+|residents\s+)?(?:left|moved)\b)", re.I
)


def persons(w: Window) -> Role | None:
    q, clause, after = w.q, w.clause, w.after
    unit_word = w.norm[q.start : q.end].lower()
    pop_before = last_match(POPULATION, clause)
    says_people = bool(POP_AFTER.match(after) or re.search(r"people|residents|inhabitants|万人$", unit_word))
    own_after = re.split(r"[，,。；;(（]|\s(?:and|while|but)\s|和|及", after[:40], flags=re.I)[0]  # not the next one's
    if pop_before and POP_AFTER.match(after) and _SINCE_THE_LAST.search(clause[pop_before.end() :]):
        pop_before = None  # "1.1 million registered population and 2.65 million resident population": its own noun
        clause = _SINCE_THE_LAST.split(clause[-40:])[-1]
    window = clause[max(0, pop_before.start() - 20) if pop_before else -24 :] + own_after
    part_of = re.search(r"其中|\b(?:of|among) (?:them|whom|these|which)\b", clause) and not pop_before  # 其中台胞约10万
    if (
        part_of
        or cues.POPULATION_NOT.search(window)
        or (pop_before and registered_before(w, pop_before))
        or cues.POPULATION_CHANGE.search(clause)  # "lost nearly 2 million people", 比上年增加1.2万人
        or _CHANGED_AFTER.match(after)
        or _TOOK_PART.match(after)  # "Nearly 10,000 residents danced in …": people at an event
    ):
        return Role("other:persons", "persons", q.value)
    if q.unit is None and not POP_AFTER.match(after) and not pop_before:
        return None
    if pop_before or says_people or _population_label(w) or _RESIDENT_ROW.search(clause):
        return Role("population", "persons", q.value)
    return Role("other:persons", "persons", q.value)


_SINCE_THE_LAST = re.compile(r"\d|[,;，；]|\b(?:and|or)\b", re.I)  # the words a figure's own phrase opens with

_RUN_ON_LABEL = re.compile(  # "Area: 987.5 square kilometers Population: ": the line's last label after a figure
    r"^.*(?:\d|[)）])\s*(?:(?:[a-z%²]+\.?|sq|km)\s+)*(?=[A-Z])|^.*\d(?:平方(?:千米|公里)|[万亿]?[人元户个家]|%)"
)


def line_label(before: str) -> re.Match[str] | None:
    """The label a value is written under: its line's "Label: " (a bullet's dash dropped), or the last label of a
    run-on line ("Area: 987.5 square kilometers Population: "), looked for near the value only (a search back
    through a long line would make a single-line document quadratic)."""
    line = before.rsplit("\n", 1)[-1].lstrip(" -•·*")
    label = LABEL.fullmatch(line)
    tail = line[-80:]
    if label is None and tail.rstrip().endswith((":", "：")):
        label = LABEL.fullmatch(_RUN_ON_LABEL.sub("", tail))
    return label


_RESIDENT_ROW = re.compile(
    r"(?:^|[•·|])\s*(?:常住|permanent|resident)\s*[|:：]?\s*$", re.I
)  # 人口(2020年) ⏎ • 常住 | 280,641人


def _population_label(w: Window) -> bool:
    """A profile's "Population (2020): 1,795,826", 人口（2020年）：1,795,826人: the line's label names the residents."""
    label = line_label(w.before)
    return bool(label and POPULATION.search(label.group(1)) and not cues.POPULATION_NOT.search(label.group(1)))


_TOTAL_CELL = re.compile(  # "• Total |", "• Province |": the whole place, not "• Urban |" nor "• Density |"
    r"(?:^|\n)\s*[•·*-]?\s*(?:Total|Overall|Province|Municipality|Prefecture(?:-level city)?|City|"
    r"County(?:-level city)?|District|Banner|Region)\s*\|\s*$",
    re.I,
)


def infobox_population(w: Window) -> bool:
    """An encyclopaedia infobox's "Population (2020 census) | |" ⏎ "• Total | 902,933 |": the total under it."""
    before = w.norm[max(0, w.q.start - 200) : w.q.start]  # the rows are sentences of their own
    if not _TOTAL_CELL.search(before[-40:]):
        return False
    header = before[: before.rfind("\n")].rsplit("\n", 1)[-1]  # the row above the figure's
    return bool(POPULATION.match(header.strip()) and not cues.POPULATION_NOT.search(header))
