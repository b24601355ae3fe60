"""Rows of a table run into its header's line, as a PDF's or a page's cells come out joined by spaces
("指标 单位 2024年 比上年增长(%) 地区生产总值 亿元 5280.0 5.2 一般公共预算收入 亿元 436.0 2.0"): the space before
each row's name becomes a line break again, so that the table readers read the rows. Offsets are kept."""

from __future__ import annotations

import re

__all__ = ["split_run_in_rows"]

_COLUMN = (  # a year's column, a growth column, a month's (1-9月)
    r"(?:(?:19|20)\d\d年?|(?:比上年|同比)?(?:增长|增速|增幅)[ \t]*[(（]%[)）]|(?:1[0-2]|[1-9])(?:[-—–]\d{1,2})?月)"
)
_HEADER = re.compile(
    r"^[ \t]*(?:指标(?:名称)?|项目)[ \t]+(?P<unit>(?:计量)?单位[ \t]+)?(?P<columns>(?:" + _COLUMN + r"[ \t]*){1,4})",
    re.M,
)
_NUMBER = r"[-−+]?\d[\d,]*(?:\.\d+)?"
_LINE_END = re.compile(r"[ \t\u3000]*(?:\n|$)")
_UNIT = r"(?:亿元|万元|元|%|万人|人|家|个|件|平方公里|万吨|吨)"


def split_run_in_rows(norm: str) -> str:
    """``norm`` with the rows run into a header's line each on a line of its own."""
    if "指标" not in norm and "项目" not in norm:
        return norm
    breaks: list[int] = []
    for m in _HEADER.finditer(norm):
        n = len(re.findall(_COLUMN, m.group("columns")))
        unit = rf"[ \t]+{_UNIT}" if m.group("unit") else ""
        row = re.compile(rf"[ \t]+(?=[^\d\s])[^\d\n]{{1,30}}?{unit}(?:[ \t]+{_NUMBER}){{{n}}}(?=[ \t]|\n|$)")
        found, pos = [], m.end() - len(m.group()) + len(m.group().rstrip())
        while (r := row.match(norm, pos)) is not None:
            found.append(pos)
            pos = r.end()
        if len(found) >= 2 and _LINE_END.match(norm, pos):
            breaks += found
    if not breaks:
        return norm
    chars = list(norm)
    for at in breaks:
        chars[at] = "\n"
    return "".join(chars)
