"""The bases of comparisons: a place named as what a share, a ratio or a rank is measured against (占全市的35%,
是福田区的1.6倍, 位居广州各区之首, "a third of Shanghai's", "the city's largest"), not the subject of the figure."""

from __future__ import annotations

import re

from . import _cues as cues
from ._mentions import ZH_RANKED_IN
from ._places import Place

__all__ = ["AS_MUCH_OR_BOUND", "AVERAGE_LEVEL", "IN_WHOLE_SHARE", "WHOSE_AFTER", "ZH_GDP_WORD", "relative_mention"]


_SHARE_AFTER_PLACE = re.compile(  # 全市9%的, 深圳约27%的, 全市近三成的: a share of the place before it
    r"(?:全市|全省|全区|全县)?(的)?(?:约|近|不到|不足|超过|逾|将近|接近)?"
    r"(?:\d+(?:\.\d+)?\s*%|[一二三四五六七八九十]+分之[一二三四五六七八九十]+|\d+/\d+|[一二两三四五六七八九]成|一半)(的)?"
)


_FIELD_AFTER = re.compile(
    r"(?:市|省)?(各(?:区|县|市|区县|县区|县市区|县市|地|城市|辖区)|所有区县|全部区县|\d{1,3}个(?:区|县|区县|县区|县市区|市))?"
    r"(?:之首|首位|榜首|第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|(之中|中|里))"
)


_RANKED_AMONG = re.compile(  # "the city's largest", "Shenzhen's second trillion-yuan district": the field ranked in
    r"['’]s\s+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|richest|wealthiest|smallest|"
    r"fastest[- ]growing|most\s+[a-z-]+|top|leading)\b|"
    r"['’]s\s+(?:first|second|third|fourth|fifth|only|latest|newest|next)\s+(?:[\w-]+\s+){0,2}"
    r"(?:district|county|city|economy|new area)\b",
    re.I,
)


#: the share a place has in a whole named before it: 在苏州GDP中的占比, 在全省经济总量中所占比重
IN_WHOLE_SHARE = r"[^，。；,;\d]{0,10}?中?(?:的|所)?(?:占比|比重|份额|占的?比重)"
#: the words before another place whose level a percent is of: 约为南山区的60%, 相当于南山区GDP的60%
AS_MUCH_AS = r"(?:是|为|相当于|只有)(?:约|大约|近|不到|不足|超过|逾)?"
ZH_GDP_WORD = r"(?:GDP|gdp|经济总量|地区生产总值)"
AVERAGE_LEVEL = r"(?:全[市省区县])?的?(?:人均|平均){1,2}水平的"  # 深圳(全市)人均水平的: a place's level, a base
_IN_WHOLE_AFTER = re.compile(IN_WHOLE_SHARE)
AS_MUCH_OR_BOUND = r"(?:" + AS_MUCH_AS + r"|不足|不到|超过)"  # 约为, 不足, 超过 (南山区的…): said before a base
_AS_MUCH_AS = re.compile(r"(?:" + AS_MUCH_OR_BOUND + r"|仅为)$")
_PERCENT_OF = re.compile(  # 的60%, 的六成, 的一半, 的三分之一
    r"(?:全[市省区县])?(?:的?" + ZH_GDP_WORD + r")?的(?:约|近|不到|不足|超过|逾)?"  # 相当于深圳全市的26.2%
    r"(?:\d+(?:\.\d+)?\s*%|[一二三四五六七八九]成|一半|半数|[二三四五六七八九十]分之[一二三四五六七八九])"
)
_ONE_OF_BEFORE = re.compile(r"\bone of\s+(?:the\s+)?$", re.I)
_ZH_ONE_OF_AFTER = re.compile(r"(?:省|市)?(?:的)?[^，。；,;\d]{0,8}?[县区市城]之一")
WHOSE_AFTER = re.compile(r",?\s*(?:whose|which)\b")  # "…, such as Ningxia, whose GDP …": the place it follows

_TIMES = (
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}(?:点[〇零一二三四五六七八九]+)?)\s*倍"  # 1.6倍, 两倍, 三点五倍
)


def relative_mention(norm: str, p: Place) -> bool:
    """全市 in 占全市的35% / 全市占比45%, 北京市 in 占北京市总面积的: the base of a share, not the subject."""
    before, after = norm[max(0, p.start - 3) : p.start], norm[p.end : p.end + 3]
    if re.search(r"占(?:到)?$", before) or (re.match(r"占比", after) and p.anaphor):
        return True  # 全市占比45% (the whole a share is of), but 南山区占比约27% is Nanshan's own share
    if _AS_MUCH_AS.search(norm, max(0, p.start - 5), p.start) and _PERCENT_OF.match(norm, p.end, p.end + 16):
        return True  # 福田区GDP约为南山区的60%: the base of the share
    if norm[p.start - 1 : p.start] == "在" and _IN_WHOLE_AFTER.match(norm, p.end, p.end + 18):
        return True  # 在苏州GDP中的占比为19.9%: the whole a share is of
    if p.anaphor and re.match(r"[^，。；,;\d]{0,8}?中(?:排名|排|位居|位列|居|名列)", norm[p.end : p.end + 14]):
        return True  # 在全市各区中排名第一: the field of a ranking, not the subject
    field = _FIELD_AFTER.match(norm, p.end, p.end + 12)
    lead2 = norm[max(0, p.start - 2) : p.start]
    if field and (ZH_RANKED_IN.search(lead2) or (lead2.endswith("在") and field.group(1) and field.group(2))):
        return True  # 位居广州各区之首, 居全省第二, 在广州各区中: the field of a ranking, not the subject
    if p.anaphor and re.match(
        r"(?:平均)?(?:水平|值)?的?(?:" + cues.ZH_ROUGHLY + r")?(?:\d+(?:\.\d+)?\s*%|" + _TIMES + ")",
        norm[p.end : p.end + 16],
    ):
        return True  # 是全市平均水平的2.9倍, 为全省平均水平的81%: the base of a ratio
    if re.match(
        r"(?:全[市省区县])?(?:的?(?:人均|平均)?(?:水平|值|经济总量|GDP|gdp))?的(?:" + cues.ZH_ROUGHLY + r")?" + _TIMES,
        norm[p.end : p.end + 20],
    ):
        return True  # 是福田区的1.6倍, 深圳全市平均水平的1.8倍: the base of a ratio (福田区的9.5% may be its own rate)
    if re.match(
        AVERAGE_LEVEL + r"(?:" + cues.ZH_ROUGHLY + r")?\d+(?:\.\d+)?\s*%",
        norm[p.end : p.end + 20],
    ):
        return True  # 为深圳全市平均水平的81%: a level's base, not the place's own rate
    base = _SHARE_AFTER_PLACE.match(norm, p.end, p.end + 16)
    if base and (p.anaphor or base.group(2)) and not (base.group(1) and not p.anaphor and base.start(1) == 0):
        return True  # 以全市9%的面积, 贡献了深圳全市27%的GDP: the base of the share (仅次于光明区的9.5%: its own rate)
    if _ONE_OF_BEFORE.search(norm, max(0, p.start - 12), p.start) and re.match(r"['’]s\b", norm[p.end : p.end + 2]):
        return True  # "one of Zhejiang's eight 100-billion-yuan counties": the field, not the subject
    if _ZH_ONE_OF_AFTER.match(norm, p.end, p.end + 16):
        return True  # 作为浙江千亿县之一: the field the place is one of
    if cues.ZH_RANKING_AFTER.match(norm, p.end, p.end + 16):
        return True  # 成为中国百强县之首, 跻身全国百强区前十: the field of a ranking, whatever the verb
    if _RANKED_AMONG.match(norm, p.end, p.end + 40):
        return True  # "Tianhe remained the city's largest at 690 billion yuan": the field ranked, not the subject
    lead = norm[max(0, p.start - 24) : p.start]  # "30 percent of Wuxi's GDP", "a third of Shanghai's"
    if re.search(r"\btimes\s+(?:the\s+size\s+of|as\s+(?:large|big)\s+as|that\s+of)\s+$", lead, re.I):
        return True  # "1.6 times the size of Tianhe's": the base of a ratio
    if re.search(r"\b(?:share|proportion)\s+(?:of|in)\s+$", lead, re.I):
        return True  # "Tianhe's share of Guangzhou's GDP was 22.4 percent": the share's base, even with a figure after
    if re.match(
        r"['’]s\s+(?:(?:[\w-]+\s+){0,3}?(?:of|at|was|is)\s+)?(?:about\s+|nearly\s+)?" + cues.FIGURE_START,
        norm[p.end : p.end + 50],
        re.I,
    ):
        return False  # "a fifth of Suzhou's total of 2.67 trillion yuan": the base's own figure follows
    if WHOSE_AFTER.match(norm, p.end, p.end + 8):
        return False  # "a fifth of Guangzhou, whose GDP reached …": the clause after is about the base itself
    return bool(
        re.search(
            r"(?:\d\s*%|percent|per\s+cent|half|thirds?|quarters?|[a-z]+ths?|fraction|share|part|portion)\s+of\s+$",
            lead,
            re.I,
        )
    )
