"""Where a list of figures ends: the figures after it are each read on their own ("A and B grew X and Y
respectively in 2025, together accounting for …", 昆山、江阴GDP分别为X和Y，…两地均需…才能迈过万亿门槛), and where a
'respectively' list starts after a figure of its own."""

from __future__ import annotations

import re

from . import _cues as cues
from ._claims import Claim
from ._regions import LIST_GAP_ASIDE as _GAP  # "400 billion yuan ($58 billion), 420 …"
from ._text import Sentence

__all__ = ["MONEY", "family", "last_run", "list_end"]

MONEY = ("CNY", "CNY_per_person")


def family(unit: str) -> str:
    """Money per person is listed with money: "GDP and per capita GDP were X yuan and Y yuan"."""
    return "CNY" if unit in MONEY else unit


_LIST_ENDED = re.compile(  # "… respectively in 2025, together accounting for …": a clause of its own after the list
    r"\brespectively\b[^,;.]{0,30}?[,;]"
    r"(?=\s*(?:while|whereas|but|and|with|both|each|together|combined|neither)\b)",
    re.I,
)


_BREAKDOWN = re.compile(  # a list of the lone figure's parts or of earlier values, no list of its own
    cues.OF_WHICH.pattern + r"|\bincluding\b|\b(?:up|down|rising|falling|compared)\s+(?:from|with)\b", re.I
)


def last_run(norm: str, sent: Sentence, claims: list[Claim]) -> int | None:
    """Where the clause of a 'respectively' list starts when a figure of its own comes before the list ("its
    GDP to 2 trillion yuan and its per capita GDP and income to 300,000 and 100,000 yuan, respectively")."""
    spans = sorted({(c.start, c.end) for c in claims if c.unit != "USD"})
    i = len(spans) - 1
    while i > 0 and _GAP.fullmatch(norm, spans[i - 1][1], spans[i][0]):
        i -= 1
    lone = 0 < i < len(spans) - 1 and (i == 1 or not _GAP.fullmatch(norm, spans[i - 2][1], spans[i - 1][0]))
    lone = lone and not _BREAKDOWN.search(norm, spans[i - 1][1], spans[i][0])  # "…, among which …", "up from 21 and"
    said = spans and re.match(r"[^.;]{0,12}\brespectively\b", norm[spans[-1][1] : sent.end])  # not "grew 7.2 and
    # 7.8 percent to X and Y respectively": two lists of one head
    return spans[i - 1][1] if lone and said else _said_before(norm, spans)


_SAID_BEFORE = re.compile(r"\brespectively\s+(?:[a-z]+\s+){1,2}(?:at\s+|to\s+|of\s+)?$", re.I)


def _said_before(norm: str, spans: list[tuple[int, int]]) -> int | None:
    """Where the list starts when 'respectively' comes before its figures and a figure of its own before that ("the
    primary industry was X, up 4.2%, and that of the secondary and the tertiary industry respectively hit Y and Z,
    up …"): after the last figure before the word."""
    for k in range(1, len(spans)):
        if _SAID_BEFORE.search(norm, spans[k - 1][1], spans[k][0]):
            return spans[k - 1][1]
    return None


def _zh_list_end(norm: str, sent: Sentence, claims: list[Claim]) -> int | None:
    """Where a 分别 list ends when a clause with a figure of the same unit follows it (昆山、江阴GDP分别达到X亿元
    和Y亿元，双双突破5000亿元): after the comma closing its run of figures; None otherwise."""
    each = re.search(r"分别", sent.text)
    at = sent.start + each.end() if each else sent.end
    spans = sorted({(c.start, c.end) for c in claims if c.start >= at and c.unit != "USD"})
    n = 1
    while n < len(spans) and _GAP.fullmatch(norm, spans[n - 1][1], spans[n][0]):
        n += 1
    if not 1 < n < len(spans):
        return None
    unit = {(c.start, c.end): family(c.unit) for c in claims}
    same = next((s for s in spans[n:] if unit[s] == unit[spans[0]]), None)  # a later figure of the list's unit
    brk = [m.end() for m in re.finditer(r"[，,；;]", norm[spans[n - 1][1] : same[0]])] if same else []
    return spans[n - 1][1] + brk[-1] if brk else None  # (…，按年均5%测算，两地均需…才能迈过万亿门槛: its clause)


_SAID_THEN = re.compile(r"\brespectively\s*[,;]", re.I)
_PARTS_FOLLOW = re.compile(r"\s*(?:" + cues.OF_WHICH.pattern + ")", re.I)


def list_end(norm: str, sent: Sentence, claims: list[Claim]) -> int | None:
    """Where the sentence's list said 'respectively' (分别) ends, when a clause of its own follows it."""
    ended = _LIST_ENDED.search(sent.text)
    if ended:
        return sent.start + ended.end()
    said = _SAID_THEN.search(sent.text)  # "X and Y, respectively, compared with 1.05 trillion yuan for Nanshan": one
    if said:  # figure of the list's unit after it is its own (two would be a list of their own: "up from A and B")
        cut = sent.start + said.end()
        listed = sorted({(c.start, family(c.unit)) for c in claims if c.start < cut})
        later = {(c.start, family(c.unit)) for c in claims if c.start >= cut}
        if len(listed) >= 2 and len(later) == 1 and next(iter(later))[1] == listed[0][1]:
            return cut
        if len(listed) >= 2 and _PARTS_FOLLOW.match(norm, cut):
            return cut  # "X, Y and Z respectively, of which, the industrial sector was A and …": its parts' clause
    return _zh_list_end(norm, sent, claims)
