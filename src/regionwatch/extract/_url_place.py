"""The place a document's address names ("guangzhou.chinadaily.com.cn/conghua/…", "luoshan.gov.cn/…"): the
subject of a page whose text names none ("The district's GDP …", 全县, 我市), read from the pinyin words of
its host and path."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..gazetteer import Gazetteer, Region

__all__ = ["place_of_url"]

_WORD = re.compile(r"[a-z]+")
# words of addresses that spell a place's name: 新华 (news agency), 动态 ("updates"), 东方 ("the east")
_NOT_PLACES = frozenset({"xinhua", "dongtai", "dongfang"})
_SITE_AFFIXED = re.compile(  # a local site's name: the place's and 今日 ("today"), 网 ("net"), 新闻 ("news")…
    r"(?:jinri|zhongguo)([a-z]{4,})|([a-z]{4,}?)(?:w|wang|xw|news|rb|ribao|tv|zx)"
)
_MAX_WORDS = 40  # a pasted page is no address: only so many words are looked up


def place_of_url(url: str | None, gz: Gazetteer, year: int | None = None) -> str | None:
    """The one place the address names, the most specific where it names a place and one of its parts
    ('guiyang…/wudang/' → 乌当区 of 贵阳市); None where it names none, or several that are not nested."""
    if not url or not isinstance(url, str):
        return None
    found = [regions for word in _words(url) if (regions := _regions(word, gz, year))]
    if not found:
        return None
    nested = {  # a place whose whole another word names: the whole settles which of the names it is
        r.code
        for i, regions in enumerate(found)
        for r in regions
        if any(a.code == o.code for a in gz.ancestors(r) for j, other in enumerate(found) if j != i for o in other)
    }
    if nested:
        inner = {c for c in nested if not any(c != o and o.startswith(c.rstrip("0")) for o in nested)}
        return inner.pop() if len(inner) == 1 else None
    alone = {regions[0].code for regions in found if len(regions) == 1}
    return alone.pop() if len(alone) == 1 and all(len(regions) == 1 for regions in found) else None


def _words(url: str) -> list[str]:
    parts = urlsplit(url.strip().lower())
    host = (parts.hostname or "").split(".")
    words = [w for label in host[:-1] for w in _WORD.findall(label) if w == label]  # "luoshan" of luoshan.gov.cn
    affixed = [_SITE_AFFIXED.fullmatch(w) for w in words]  # xiaoxianw.com, jinrifangxian.com
    words += [m.group(1) or m.group(2) for m in affixed if m]
    words += [w for w in parts.path.split("/") if _WORD.fullmatch(w)]  # "/conghua/", not a title's words
    # ("/chinas-trillion-yuan-districts-…": yuan is no 裕安)
    return [w for w in words[:_MAX_WORDS] if len(w) >= 4 and w not in _NOT_PLACES]


def _regions(word: str, gz: Gazetteer, year: int | None) -> list[Region]:
    found = gz.by_pinyin(word, year)
    if found or len(word) < 8:
        return found
    for cut in range(4, len(word) - 3):  # "shanghaipudong": a place and its part run together
        whole, part = gz.by_pinyin(word[:cut], year), gz.by_pinyin(word[cut:], year)
        inner = [r for r in part if any(a.code in {w.code for w in whole} for a in gz.ancestors(r))]
        if inner:
            return inner
    return []
