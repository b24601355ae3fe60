"""A place mentioned in a text, and the code that stands for the country."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["COUNTRY", "ZH_DATELINE_AFTER", "ZH_MEDIA_AFTER", "Place", "county_level"]

COUNTRY = "CN"
# 香港新闻网, 昆山日报, 深圳卫视: an outlet named after a place, where a story was published
ZH_MEDIA_AFTER = re.compile(
    r"(?:新闻网|新闻中心|新闻客户端|日报|晚报|晨报|商报|都市报|时报|电视台|广播电视台|卫视|融媒体中心|融媒|发布厅|"
    r"\d{1,3}】|[^】\n]{0,4}(?:网|报|台|社)】)"  # 【香港01】, 【南方网】: a source's tag
)

ZH_DATELINE_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)")  # 新华社南京1月20日电: filed there


def county_level(code: str | None) -> bool:
    """Whether ``code`` stands for a county-level unit (a district, county or county-level city): not the
    country, a province (…0000) or a prefecture (…00)."""
    return code not in (None, COUNTRY) and not str(code).endswith("00")


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
    namesakes: tuple[str, ...] = ()  # units of another kind under the same name, taken when a parent beside
    # fits only them ("Qinglong county in Qinhuangdao": 青龙满族自治县, written without "Autonomous")
