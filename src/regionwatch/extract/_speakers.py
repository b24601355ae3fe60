"""The place a quotation speaks for: a figure in the first person ("Our target is growth of around 6 percent,"
said a Jiangyin official; "We aim for 6 percent," said Li Ming, mayor of Jiangyin; “我们力争增长6%”，江阴市
市长表示) is the speaker's place, named after the quotation closes, not the place named before it."""

from __future__ import annotations

import re

from ._places import COUNTRY, Place
from ._window import Window

__all__ = ["speaker_place"]

_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b|我们|我区|我县|我市", re.I)
_SAID_AFTER = re.compile(  # ', said a Jiangyin official', '," Li Ming, mayor of Jiangyin, told reporters', '，…表示'
    r"\s*[,，]?\s*(?:(?:said|says|added|told|according to)\b[^.;\"]{0,80}|[^.;\"]{0,60}?\b(?:said|says|added|told)\b|"
    r"[^。；;\"]{0,30}?(?:表示|说|介绍|指出))",
    re.I,
)


def speaker_place(w: Window, places: list[Place]) -> str | None:
    """The place of the speaker of the quotation a first-person figure stands in, when one is named in the
    attribution after the quotation closes."""
    opened = w.norm.rfind('"', w.sent.start, w.q.start)
    if opened < 0 or w.norm.count('"', w.sent.start, w.q.start) % 2 == 0:
        return None  # not inside a quotation
    closed = w.norm.find('"', w.q.end, min(len(w.norm), w.q.end + 300))
    if closed < 0 or not _FIRST_PERSON.search(w.norm, opened, closed):
        return None
    said = _SAID_AFTER.match(w.norm, closed + 1)
    if said is None:
        return None
    named = [p for p in places if closed < p.start < said.end() and p.code and p.code != COUNTRY and not p.anaphor]
    return named[0].code if named else None
