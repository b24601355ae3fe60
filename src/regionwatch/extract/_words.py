"""Word boundaries in Chinese text, from jieba's dictionary.

A short place name is a mention only where words start and end around it: 投资中的 is 投资/中/的, not the
county 资中; 以上高新技术 is 以上/高新技术, not 上高; 战略性新兴产业 is 战略性/新兴产业, not 新兴; 中山大学
is a university, not 中山. The text is cut a few characters either side of the name, so the cost is
per name, not per document.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Callable
from typing import Any

__all__ = ["EPITHETS", "is_word", "town_ends_at", "word_across"]

_DATE_BEFORE = re.compile(r"\d\s*[年月日]$")
_MEASURE_AFTER = re.compile(  # what a place's name comes before in a report: its measure, its period, its verb
    r"人均|人口|常住|城镇|地区生产总值|生产总值|GDP|规上|规模以上|工业|上市公司|社会消费品|一般公共预算|固定资产|"
    r"进出口|全年|今年|去年|上半年|下半年|前三季度|[一二三四]季度|完成|实现",
    re.I,
)
_REACH = 8  # characters cut either side of a name: longer than the words that run across its edges


@functools.cache
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.CRITICAL)  # it reports loading on stderr, and a cache it could not write as an error
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = _cache_dir()  # its prefix dictionary, kept between runs (else rebuilt: about 0.7 s)
    tokenizer.initialize()
    return tokenizer


def _cache_dir() -> str | None:
    """The user's own cache directory for the word dictionary, not the shared temporary one; None (jieba's
    default) when it cannot be made."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = os.path.join(base, "regionwatch")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None


#: words for what the place named right after them is (首都北京, 小城迁安, 县级市义乌)
EPITHETS = ("首都", "省会", "首府", "古都", "古城", "名城", "小县城", "小城", "县城", "县级市", "强县")
# what may run into a name's first characters and still leave it the name: an epithet, or a word it is joined or
# compared by (和平湖: 和平, "peace", for 和 平湖)
_LEADS = frozenset((*EPITHETS, *"和与及同从看让而在于比较是", "对比", "位于", "同期", "其中"))


def is_word(text: str, start: int, end: int, is_name: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether ``text[start:end]`` starts and ends on word boundaries of its surroundings. A word that runs
    across an edge is let pass when what it adds is a name too (上海浦东 is 上海 then 浦东)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    if _DATE_BEFORE.search(text, lo, start):
        lo = start  # 2024年老城区: a date ends before the name (年老 "old age" is no word here)
    a = lo
    for token in _tokenizer().cut(text[lo:hi], HMM=False):
        b = a + len(token)
        cut_before = a < start < b and not is_name(text[a:start]) and text[a:start] not in _LEADS
        if cut_before and not _name_beside(text, start, is_name, before=True):
            return False  # 首都北京 is one word to the tokenizer: the capital, then Beijing
        if a < end < b and not is_name(text[end:b]) and not _name_beside(text, end, is_name, before=False):
            # not 三明 in 三明明溪 (明明, "clearly"): the county 明溪 follows its city; but 慈溪人均GDP is 慈溪, then
            # 人均, though the tokenizer reads 慈溪人 ("a Cixi native"); 乐清规上 is 乐清, then 规上 (not 清规,
            return bool(_MEASURE_AFTER.match(text, end))  # "rules"); 海安全年 is 海安, then 全年 (not 安全, "safety")
        a = b
    return True


_NOT_A_TOWNS_HEAD = frozenset("的和与及在是为对向到至从以辖含有等将把被由各省市县区州旗年月日")


def town_ends_at(text: str, start: int, is_name: Callable[[str], bool]) -> bool:
    """Whether a place's short name ending in 镇, 乡 or 村 at ``start`` ends a town's name instead: a character
    runs into it that makes no word with the one before (锦丰镇, 城东乡; not 走进宁乡, 江西萍乡, 县和北镇)."""
    head = text[start - 1 : start]
    if not "\u4e00" <= head <= "\u9fff" or head in _NOT_A_TOWNS_HEAD:  # a Chinese character, not a mark
        return False
    return not _tokenizer().FREQ.get(text[max(0, start - 2) : start]) and not _name_beside(text, start, is_name, True)


def _name_beside(text: str, at: int, is_name: Callable[[str], bool], before: bool) -> bool:
    """Whether a name of two to four characters ends (``before``) or starts at ``at``: 信阳光山 is 信阳 then 光山,
    though 阳光 ("sunshine") runs across them."""
    spans = [(at - k, at) if before else (at, at + k) for k in (2, 3, 4)]
    return any(a >= 0 and b <= len(text) and is_name(text[a:b]) for a, b in spans)


def word_across(before: str, after: str) -> bool:
    """Whether a word of the dictionary runs across the join of ``before`` and ``after`` (达人⏎民币: 人民币), read
    from the last and first few characters."""
    tail, head = before[-_REACH:], after[:_REACH]
    a = 0
    for token in _tokenizer().cut(tail + head, HMM=False):
        b = a + len(token)
        if a < len(tail) < b:
            return True
        a = b
    return False
