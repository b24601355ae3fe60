"""The text around one figure, cut once and read by every stage."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import cached_property

from ._numbers import Quantity
from ._text import Sentence

# a comma (，is folded to , in the text read) but not the one of 10,000, a colon, 、, a conjunction, a dash
#: not a dash opening an aside on what comes before it ("Nanshan's economic output – equivalent to over
#: one-fourth of Shenzhen's total – is …"): its words go on with the clause
_CLAUSE_SPLIT = re.compile(r"(?<!\d),|,(?!\d{3})|[:、]|\s(?:while|whereas|but|and then)\s|(?:\s-\s|–)(?!\s?[a-z])")
_BRACKETS = re.compile(r"[(（][^()（）\d]{1,60}[)）]")  # a short aside in brackets with no figure, closed
_APPOSITION = re.compile(  # ", a district of Shenzhen,", ", the city's oldest district,": a phrase set off by commas
    r"\s*(?:a|an|the|(?-i:[A-Z])[\w'’-]*['’]s)\s[^,，]{0,40}?\b(?:district|county|city|new area|zone|province|capital|"
    r"hub|heart|centre|center)\b[^,，\d]{0,30}",
    re.I,
)
NEAR = 60  # characters read on either side of a figure for its own cues
_CONVERSION = re.compile(r"\s*[(（][^)）]{0,40}[)）]")  # "(about 350.2 billion U.S. dollars)" right after a figure
_CONVERSION_WIDTH = 44  # the most it spans with a few spaces before it: read past it, the limit still holds
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COLON = re.compile(r"[:：]")
_LABEL_AFTER = re.compile(r"[ \t]*(?:--?|——|—|–|:|：)[ \t]*([^\d\n，,。；;][^\n，,。；;]{1,60})")  # "——年末常住人口"
_SUB_ROW = re.compile(  # "- Total | ", "- per capita | CNY 149,500 ", "GrowthIncrease 6.7%", "  Total766,579": a
    # sub-row's label (bulleted or indented), its first figure at most
    r"(?:[ \t]*[-–•·][ \t]*|[ \t]+)(total|per[ -]capita|growth)(?:[ \t]*increase)?[ \t]*[|:：]?[ \t]*"
    r"(?:(?:CNY|RMB|CN¥|¥)?[ \t]?\d[\d,.]*(?:[ \t]*(?:trillion|billion|million))?[ \t]+)?$",
    re.I,
)
_HEADER_ROW = re.compile(  # "GDP | 2014 |", "GDP (nominal)": a row naming the measure of the sub-rows under it
    r"[ \t]*([A-Za-z][A-Za-z ]{1,40}?)[ \t]*(?:\([^)\n]*\))?[ \t]*(?:[|:：][^\n]*|(?:19|20)\d\d\S*)?[ \t]*\n"
)
_LINE_OPENING = re.compile(r"[ \t\u3000]*(?:[•·*-][ \t]*|\d{1,2}[.、][ \t]*)?")  # a line's start, a bullet at most
_ASIDE_AFTER = re.compile(r"[ \t]*[(（][^()（）\n]{1,20}[)）]")
_LABEL_GAP = (
    re.compile(  # the text between two figures that is only the second's label: " R&D intensity: ", 研发投入强度：
        r"\s*(?:[^\d\n,，;；。.:：、()（）]|(?<=per )10,000|[(（][^()（）\n]{1,20}[)）]){2,48}[:：]\s*"
        r"(?:(?:about|over|nearly|约|近|超|逾|达)\s*)?"
    )
)
_BOX_LABEL = re.compile(  # "… 931 square kilometers Permanent population (end-2024): 2.12 million": a fact box's
    # lines run into one, each label's value a figure
    r"(?<=[a-z0-9%)])[ \t]+(?=(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,4}|R&D)"  # Area, High-tech, GDP, R&D
    r"(?:[ \t](?:[A-Za-z&'’/-]+|%)){0,5}(?:[ \t]*\([^()\n]{1,20}\))?:[ \t]*"  # "R&D expenditure as % of GDP: "
    r"(?:[^\s\d]{1,6}\s?)?\d)"
)


@dataclass(frozen=True)
class Window:
    """A figure in its sentence: the text before it (in the sentence, in its clause, since the
    previous figure) and just after it, all in normalised text."""

    norm: str
    sent: Sentence
    q: Quantity
    clause_start: int
    prev_end: int | None  # where the previous figure of the sentence ends, if any
    next_start: int | None = None  # where the next figure of the sentence starts, if any

    @classmethod
    def of(cls, norm: str, sent: Sentence, q: Quantity, prev: Quantity | None, nxt: Quantity | None = None) -> Window:
        start, prev_start = sent.start, sent.start
        bracketed = [b.span() for b in _BRACKETS.finditer(norm, sent.start, q.start)]  # "Cixi (Chinese: 慈溪; pinyin:
        for m in _CLAUSE_SPLIT.finditer(norm, sent.start, q.start):  # Cíxī) is …": no clause starts in its name
            at = bisect.bisect(bracketed, (m.start(), len(norm))) - 1
            if at >= 0 and m.start() < bracketed[at][1]:
                continue
            if norm[m.start()] == "," and start > sent.start and _APPOSITION.fullmatch(norm, start, m.start()):
                start = prev_start  # "Growth in Guangming, a district of Shenzhen, was 10.2 percent": one clause
            else:
                prev_start, start = start, m.end()
        prev_end = prev.end if prev is not None and prev.end <= q.start else None
        next_start = nxt.start if nxt is not None and nxt.start >= q.end else None
        return cls(norm, sent, q, start, prev_end, next_start)

    def box_line(self) -> Window:
        """The window cut to the figure's own 'Label: value' when a fact box's lines run into one sentence
        ("Land area: 931 square kilometers Permanent population (end-2024): 2.12 million", 上市公司：213家国家
        高新技术企业：4800家), else itself: what is read for the figure's measure."""
        if self.sent.text.count(":") + self.sent.text.count("：") < 2:
            return self  # two labels at least, each with its colon: most sentences are no fact box
        start, end = self._box_bounds()
        if (start, end) == (self.sent.start, self.sent.end):
            return self
        return self._cut(start, end)

    def within_box_line(self) -> Window:
        """As :attr:`box_line`, except that a year said before the box's first label holds for every line
        ("Key figures (2024) GDP: … Population: 4.02 million"): what is read for the figure's period."""
        line = self.box_line()
        if line is self:
            return self
        first = _BOX_LABEL.search(self.norm, self.sent.start, self.sent.end) or _COLON.search(
            self.norm, self.sent.start, self.sent.end
        )
        opened = first.end() if first else self.sent.start
        if _A_YEAR.search(self.norm, self.sent.start, opened) and not _A_YEAR.search(
            self.norm, opened, line.sent.start
        ):
            return self._cut(self.sent.start, line.sent.end)
        return line

    def label_first(self) -> Window | None:
        """A figure opening its line and labelled after a dash or a colon (5280亿元——2024年昆山市地区生产总值,
        "58: listed companies headquartered in Kunshan"), read as the label then the figure ("…地区生产总值：5280
        亿元"): what is read for its measure; None when the figure is written otherwise."""
        lo = max(0, self.q.start - 12)  # a bullet at most before it: the search bounded, a long line costs no more
        line_start = self.norm.rfind("\n", lo, self.q.start) + 1 or (0 if lo == 0 else -1)
        label = _LABEL_AFTER.match(self.norm, self.q.end)
        if label is None or line_start < 0 or not _LINE_OPENING.fullmatch(self.norm, line_start, self.q.start):
            return None
        return self._labelled(f"{label.group(1)}：")

    def _labelled(self, label: str) -> Window:
        """A window on ``label`` followed by the figure alone: what the indicator stage reads for its measure."""
        text = label + self.norm[self.q.start : self.q.end]
        q = dataclasses.replace(self.q, start=len(text) - (self.q.end - self.q.start), end=len(text))
        return Window(text, Sentence(0, len(text), text), q, 0, None, None)

    def sub_row(self) -> Window | None:
        """A figure on an infobox's sub-row ("- Total | CNY 1.6 trillion", "- Growth | 8.8%") under a header row
        naming the measure ("GDP | 2014 |"), read as the measure and the sub-row's label ("GDP: …", "GDP growth:
        …"); None when the figure is written otherwise."""
        line_start = self.norm.rfind("\n", max(0, self.q.start - 40), self.q.start) + 1
        sub = _SUB_ROW.fullmatch(self.norm, line_start, self.q.start) if line_start > 0 else None
        if sub is None:
            return None
        header, end = None, line_start
        for _ in range(12):  # past the sub-rows before it ("- Total", "- per capita", a value's line) to the header,
            above = self.norm.rfind("\n", max(0, end - 160), end - 1) + 1  # blank lines between rows too
            header = _HEADER_ROW.fullmatch(self.norm, above, end)
            row = self.norm[above:end]
            if header is not None or above == 0 or not (re.match(r"[ \t]*[-–•·$¥\d(]", row) or not row.strip()):
                break
            end = above
        if header is None:
            return None
        label = f"{header.group(1)} {sub.group(1).lower().replace('total', '')}".strip()
        return self._labelled(f"{label}: ")

    def in_other_items(self, start: int, end: int) -> bool:
        """Whether the text at ``start:end`` (a place) is in a run-in fact box's other lines ("… under Suzhou Area:
        931 sq km": a line's value, not the figure's subject), and not the figure's own label (…增长5.5%海淀区：
        1.15万亿元, "… up 5.5% Haidian: 1.15 trillion")."""
        others = self._other_items()
        if others is None or not others[0] <= start < others[1]:
            return False
        return bool(re.split(r"[:：]", self.norm[end : self.q.start], maxsplit=1)[0].strip())

    def _other_items(self) -> tuple[int, int] | None:
        """The span of a run-in fact box's other lines before the figure's own, from the box's first label to
        its own label's colon ("Key figures Administrative status: county-level city under Suzhou Area: 931 sq
        km", where "Suzhou Area" may read as the label): the places named in them are those lines' values, not
        the figure's subject; None when the figure is in no box."""
        line = self.box_line()
        if line is self:
            return None
        first = _COLON.search(self.norm, self.sent.start, line.sent.start)  # "Location: …", a label of words too
        if first is None:
            return None
        own = _COLON.search(self.norm, line.sent.start, self.q.start)  # "… under Suzhou Area: 931": its label too
        if own and not re.search(r"[\s,，;；、。]", self.norm[first.end() : own.start()].strip()):
            return None  # 名单如下：上海浦东新区：17300亿元: between the colons is the figure's own label, nothing else
        return first.end(), own.start() if own else line.sent.start

    def _box_bounds(self) -> tuple[int, int]:
        labels = [m.end() for m in _BOX_LABEL.finditer(self.norm, self.sent.start, self.sent.end)]
        if len(labels) < 2:
            labels = []
        own = [a for a in labels if a <= self.q.start and (self.prev_end is None or a >= self.prev_end)]
        # the first since the figure before: "Per Capita GDP:" also matches from "Capita"
        start = min(own) if own else max([self.sent.start, *(a for a in labels if a <= self.q.start)])
        end = min([self.sent.end, *(a for a in labels if a > self.q.end)])
        if self.prev_end is not None and _LABEL_GAP.fullmatch(self.norm, self.prev_end, self.q.start):
            start = max(start, self.prev_end)  # "…213家国家高新技术企业：4800家": its label since the figure before
        colons = [m.end() for m in _COLON.finditer(self.norm, start, self.q.start)]
        if len(colons) >= 2 and _LABEL_GAP.fullmatch(self.norm, colons[-2], self.q.start):
            start = colons[-2]  # "Key figures: Listed companies: 213": the heading before the box's first label
        if self.next_start is not None and _LABEL_GAP.fullmatch(self.norm, self.q.end, self.next_start):
            aside = _ASIDE_AFTER.match(self.norm, self.q.end)  # "10.22 million (2013) GDP: …": its year, kept
            end = min(end, aside.end() if aside else self.q.end)  # "Listed companies: 213 R&D intensity: …"
        return start, end

    def _cut(self, start: int, end: int) -> Window:
        line = Sentence(start, end, self.norm[start:end])
        prev_end = self.prev_end if self.prev_end is not None and self.prev_end >= start else None
        next_start = self.next_start if self.next_start is not None and self.next_start <= end else None
        return Window(self.norm, line, self.q, max(self.clause_start, start), prev_end, next_start)

    @property
    def before(self) -> str:
        """From the sentence start to the figure."""
        return self.norm[self.sent.start : self.q.start]

    @property
    def clause(self) -> str:
        """From the start of the figure's clause to the figure."""
        return self.norm[self.clause_start : self.q.start]

    @property
    def near(self) -> str:
        """At most NEAR characters before the figure, not reaching back past the previous figure."""
        left = max(self.sent.start, self.prev_end or self.sent.start, self.q.start - NEAR)
        return self.norm[left : self.q.start]

    @property
    def after_bare_number(self) -> bool:
        """Whether the previous figure of the sentence is a bare number ("applications reached 72,917, up 5.6%"):
        a rate right after it is that number's."""
        return self.prev_end is not None and self.norm[self.prev_end - 1].isdigit()

    @property
    def after(self) -> str:
        """At most NEAR characters after the figure, within the sentence."""
        return self.norm[self.q.end : min(self.sent.end, self.q.end + NEAR)]

    @property
    def far_after(self) -> str:
        """As :attr:`after`, three times as far: a long noun ("60 specialized, refined, distinctive and
        innovative 'little giant' enterprises"), never past the next figure ("53 projects, cultivated nine listed
        companies": not listed companies)."""
        end = min(self.sent.end, self.q.end + 3 * NEAR, self.next_start or self.sent.end)
        return self.norm[self.q.end : end]

    @cached_property
    def own_after(self) -> str:
        """After the figure, up to the next figure or the end of its clause (at most NEAR characters);
        a bracketed conversion right after the figure is passed over: "X yuan ($Y) in Q1"."""
        return self._after_in_clause(NEAR + 30)

    @cached_property
    def clause_after(self) -> str:
        """As :attr:`own_after`, to the clause's end however far ("… were set up in China's emerging and
        future industries from January to November")."""
        return self._after_in_clause(4 * NEAR)

    def _after_in_clause(self, limit: int) -> str:
        text = self.norm[self.q.end : min(self.sent.end, self.q.end + limit + _CONVERSION_WIDTH)]
        bracket = _CONVERSION.match(text)
        if bracket:  # the limit counts from the bracket's end: "… yuan (about 350.2 billion U.S. dollars) in …"
            text = " " + text[bracket.end() : bracket.end() + limit]
        elif self.next_start is not None:
            text = text[: max(0, min(limit, self.next_start - self.q.end))]
        else:
            text = text[:limit]
        m = re.search(r"(?<!\d),|,(?!\d{3})|[;。]", text)  # not the comma of 10,000 (，；are folded to , ;)
        return text[: m.start()] if m else text

    @property
    def rest(self) -> str:
        """From the figure's end to the sentence end."""
        return self.norm[self.q.end : self.sent.end]

    def quote_start(self) -> int:
        """Where a quote of the figure starts: up to 30 characters before it, from a word's start, within its clause."""
        m = re.search(r"(?<![A-Za-z0-9'’.&])(?<!\d,)[\w$¥\"'(（](?:[^,，。;；:：]|(?<=\d),(?=\d)){0,30}$", self.near)
        if not m:
            return self.q.start
        opened = m.group(0)[0] in "(（" and not re.search(r"[)）]", m.group(0))
        return self.q.start - len(m.group(0)) + (1 if opened else 0)  # "（约合501亿美元": not the bracket it opens
