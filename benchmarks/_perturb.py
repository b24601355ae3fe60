"""The corpus documents written differently, as other sources write the same text: hard-wrapped at a
fixed width (a PDF, a plain-text file), with Windows line ends, with spaces set between Chinese and
Latin letters or digits (2025 年 GDP 达 5201.3 亿元, as many sites and PDFs do), with every paragraph run
into one (a page scraped without its breaks), with every sentence on a line of its own, and (Chinese) in
Traditional script. The gold claims do not change: a reader that holds on unseen documents should score about
the same on each. Last, the documents as if written some years later (years moved in text, date and gold alike:
``years_shifted``), and about other places: each county-level unit the gold names swapped for a sibling of its
kind under the same city, in text and gold alike (``places_swapped``: names the corpus does not hold, read the
same way).
"""

from __future__ import annotations

import functools
import random
import re
import textwrap
from collections.abc import Callable
from typing import Any

from regionwatch.gazetteer import Gazetteer, Region

__all__ = ["PERTURBATIONS", "places_swapped", "years_shifted"]

_HAN = r"\u4e00-\u9fff"


def _wrapped(text: str, lang: str) -> str:
    """Each paragraph after the title cut into lines: English at 72 columns, Chinese every 36 characters."""
    out = []
    for k, para in enumerate(text.split("\n")):
        if k == 0 or not para.strip():
            out.append(para)
        elif lang == "zh":
            out += [para[i : i + 36] for i in range(0, len(para), 36)]
        else:
            out += textwrap.wrap(para, 72) or [""]
    return "\n".join(out)


def _spaced(text: str, lang: str) -> str:
    if lang != "zh":
        return text
    text = re.sub(rf"([{_HAN}])([A-Za-z0-9])", r"\1 \2", text)
    return re.sub(rf"([A-Za-z0-9%])([{_HAN}])", r"\1 \2", text)


def _one_paragraph(text: str, lang: str) -> str:
    title, _, body = text.partition("\n")
    return title + "\n\n" + re.sub(r"\s*\n\s*", " " if lang == "en" else "", body)


def _sentence_lines(text: str, lang: str) -> str:
    """Every sentence on a line of its own, as some pages set them."""
    if lang == "zh":
        return re.sub(r"(。)(?=[^\n」”\"])", r"\1\n", text)
    return re.sub(r"(?<=[a-z0-9%)])\. (?=[A-Z])", ".\n", text)


_FIXED_YEARS = re.compile(r"十[一二三四五]五|五年|普查|census|five-year|plan|规划|改革开放|周年|anniversary", re.I)
_A_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?!\d|\.\d)")


def years_shifted(doc: dict, by: int) -> dict | None:
    """The document as if written ``by`` years later: every year in its text, its date and its gold periods
    moved; None for a document whose years are tied to a calendar (a five-year plan, a census, an
    anniversary), which a shift would make untrue. A reader with no year built in scores the same."""
    if _FIXED_YEARS.search(doc["text"]):
        return None
    move = lambda text: _A_YEAR.sub(lambda m: str(int(m.group()) + by), text)  # noqa: E731
    claims = [{**c, "period": move(c["period"])} for c in doc.get("claims", [])]
    published = move(doc["published"]) if doc.get("published") else doc.get("published")
    return {**doc, "text": move(doc["text"]), "published": published, "claims": claims}


def _forms(r: Region) -> list[str]:
    """A unit's names as texts write them: full and short Chinese, pinyin as written and in capitals."""
    return [r.name_zh, r.short_zh if len(r.short_zh or "") >= 2 else r.name_zh, r.pinyin, r.pinyin.upper()]


def places_swapped(doc: dict, seed: int, gz: Gazetteer) -> dict | None:
    """The document about other places: each county-level unit its gold names (and its text writes) swapped for
    a sibling of the same kind under the same city whose names the text does not hold, in text and gold alike
    (regions and relative_to); None when nothing could be swapped."""
    rng = random.Random(f"{seed}-{doc['doc_id']}")
    text, golds = doc["text"], [dict(c) for c in doc.get("claims", [])]
    codes = sorted({c["region"] for c in golds if len(c["region"]) == 6 and not c["region"].endswith("00")})
    table: dict[str, str] = {}
    mapping: dict[str, str] = {}
    for code in codes:
        r = gz.get(code) if code in gz else None
        if r is None or r.parent_code is None or not any(f in text for f in _forms(r)):
            continue
        siblings = [
            s
            for s in gz.children(r.parent_code)
            if s.code not in codes
            and s.kind == r.kind
            and s.status == "active"
            and s.short_zh
            and s.pinyin
            and len(s.short_zh) >= 2
            and not any(f in text for f in _forms(s))
        ]
        if siblings:
            s = rng.choice(siblings)
            mapping[code] = s.code
            table |= dict(zip(_forms(r), _forms(s), strict=True))
    if not mapping:
        return None
    names = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    for c in golds:
        c["region"] = mapping.get(c["region"], c["region"])
        c["relative_to"] = mapping.get(c.get("relative_to") or "", c.get("relative_to"))
    return {**doc, "text": names.sub(lambda m: table[m.group()], text), "claims": golds}


def _traditional(text: str, lang: str) -> str:
    """A Chinese document in Traditional script (OpenCC's s2t), as Hong Kong and Taiwan sites and some
    mainland pages write it: the reader simplifies it back."""
    return str(_to_traditional().convert(text)) if lang == "zh" else text


@functools.cache
def _to_traditional() -> Any:
    import opencc  # one converter for every document: building one loads its dictionaries

    return opencc.OpenCC("s2t")


PERTURBATIONS: dict[str, Callable[[str, str], str]] = {
    "wrapped": _wrapped,
    "traditional": _traditional,
    "crlf": lambda text, lang: text.replace("\n", "\r\n"),
    "spaced": _spaced,
    "one paragraph": _one_paragraph,
    "sentence lines": _sentence_lines,
}
