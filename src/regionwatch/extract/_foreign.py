"""Places outside the gazetteer's China that articles compare Chinese districts with: countries ("Nanshan's
economy is now larger than Portugal's", 超过新加坡), world cities (东京, "New York") and the cities and
counties of Taiwan (台北市, Kaohsiung), which GB/T 2260 holds only as one province. A figure said of one of
them is no Chinese place's: it must not go to the place the text is about.

The names are facts, written here in English and simplified Chinese; Hong Kong, Macao and Taiwan as a whole
are left out (the gazetteer holds them: 810000, 820000, 710000).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ._words import is_word

__all__ = ["last_foreign_mention"]

#: (English, Chinese) names; an empty string where a name in one language is not worth matching
_COUNTRIES = (
    ("Afghanistan", "阿富汗"),
    ("Algeria", "阿尔及利亚"),
    ("Angola", "安哥拉"),
    ("Argentina", "阿根廷"),
    ("Australia", "澳大利亚"),
    ("Austria", "奥地利"),
    ("Azerbaijan", "阿塞拜疆"),
    ("Bahrain", "巴林"),
    ("Bangladesh", "孟加拉国"),
    ("Belarus", "白俄罗斯"),
    ("Belgium", "比利时"),
    ("Bolivia", "玻利维亚"),
    ("Brazil", "巴西"),
    ("Bulgaria", "保加利亚"),
    ("Cambodia", "柬埔寨"),
    ("Cameroon", "喀麦隆"),
    ("Canada", "加拿大"),
    ("Chile", "智利"),
    ("Colombia", "哥伦比亚"),
    ("Costa Rica", "哥斯达黎加"),
    ("Croatia", "克罗地亚"),
    ("Cuba", "古巴"),
    ("Cyprus", "塞浦路斯"),
    ("Czech Republic", "捷克"),
    ("Czechia", ""),
    ("Denmark", "丹麦"),
    ("Dominican Republic", "多米尼加"),
    ("Ecuador", "厄瓜多尔"),
    ("Egypt", "埃及"),
    ("Estonia", "爱沙尼亚"),
    ("Ethiopia", "埃塞俄比亚"),
    ("Finland", "芬兰"),
    ("France", "法国"),
    ("Germany", "德国"),
    ("Ghana", "加纳"),
    ("Greece", "希腊"),
    ("Guatemala", "危地马拉"),
    ("Hungary", "匈牙利"),
    ("Iceland", "冰岛"),
    ("India", "印度"),
    ("Indonesia", "印度尼西亚"),
    ("", "印尼"),
    ("Iran", "伊朗"),
    ("Iraq", "伊拉克"),
    ("Ireland", "爱尔兰"),
    ("Israel", "以色列"),
    ("Italy", "意大利"),
    ("Japan", "日本"),
    ("Kazakhstan", "哈萨克斯坦"),
    ("Kenya", "肯尼亚"),
    ("Kuwait", "科威特"),
    ("Laos", "老挝"),
    ("Latvia", "拉脱维亚"),
    ("Lithuania", "立陶宛"),
    ("Luxembourg", "卢森堡"),
    ("Malaysia", "马来西亚"),
    ("Mexico", "墨西哥"),
    ("Mongolia", "蒙古国"),
    ("Morocco", "摩洛哥"),
    ("Myanmar", "缅甸"),
    ("Nepal", "尼泊尔"),
    ("Netherlands", "荷兰"),
    ("New Zealand", "新西兰"),
    ("Nigeria", "尼日利亚"),
    ("North Korea", "朝鲜"),
    ("Norway", "挪威"),
    ("Oman", "阿曼"),
    ("Pakistan", "巴基斯坦"),
    ("Panama", "巴拿马"),
    ("Peru", "秘鲁"),
    ("Philippines", "菲律宾"),
    ("Poland", "波兰"),
    ("Portugal", "葡萄牙"),
    ("Qatar", "卡塔尔"),
    ("Romania", "罗马尼亚"),
    ("Russia", "俄罗斯"),
    ("Saudi Arabia", "沙特阿拉伯"),
    ("", "沙特"),
    ("Serbia", "塞尔维亚"),
    ("Singapore", "新加坡"),
    ("Slovakia", "斯洛伐克"),
    ("Slovenia", "斯洛文尼亚"),
    ("South Africa", "南非"),
    ("South Korea", "韩国"),
    ("Korea", "大韩民国"),
    ("Spain", "西班牙"),
    ("Sri Lanka", "斯里兰卡"),
    ("Sweden", "瑞典"),
    ("Switzerland", "瑞士"),
    ("Tanzania", "坦桑尼亚"),
    ("Thailand", "泰国"),
    ("Tunisia", "突尼斯"),
    ("Turkey", "土耳其"),
    ("Türkiye", ""),
    ("Ukraine", "乌克兰"),
    ("United Arab Emirates", "阿联酋"),
    ("UAE", ""),
    ("United Kingdom", "英国"),
    ("Britain", ""),
    ("United States", "美国"),
    ("U.S.", ""),
    ("US", ""),
    ("America", ""),
    ("Uruguay", "乌拉圭"),
    ("Uzbekistan", "乌兹别克斯坦"),
    ("Venezuela", "委内瑞拉"),
    ("Vietnam", "越南"),
    ("Viet Nam", ""),
)

_CITIES = (  # world cities and regions an article may set a district beside
    ("Tokyo", "东京"),
    ("Osaka", "大阪"),
    ("Seoul", "首尔"),
    ("Busan", "釜山"),
    ("New York", "纽约"),
    ("Los Angeles", "洛杉矶"),
    ("San Francisco", "旧金山"),
    ("Silicon Valley", "硅谷"),
    ("Chicago", "芝加哥"),
    ("Boston", "波士顿"),
    ("Houston", "休斯敦"),
    ("Manhattan", "曼哈顿"),
    ("California", "加利福尼亚"),
    ("", "加州"),
    ("Texas", "得克萨斯"),
    ("", "得州"),
    ("Toronto", "多伦多"),
    ("London", "伦敦"),
    ("Paris", "巴黎"),
    ("Berlin", "柏林"),
    ("Munich", "慕尼黑"),
    ("Frankfurt", "法兰克福"),
    ("Moscow", "莫斯科"),
    ("Dubai", "迪拜"),
    ("Sydney", "悉尼"),
    ("Melbourne", "墨尔本"),
    ("Mumbai", "孟买"),
    ("Bangkok", "曼谷"),
    ("Jakarta", "雅加达"),
    ("Kuala Lumpur", "吉隆坡"),
    ("Hanoi", "河内"),
    ("Ho Chi Minh City", "胡志明市"),
    ("Bavaria", "巴伐利亚"),
    # Taiwan's cities and counties (新北 alone is also Changzhou's 新北区: only 新北市; Taoyuan and Yilan are
    # also the pinyin of Hunan's 桃源县 and Heilongjiang's 依兰县: only in Chinese)
    ("Taipei", "台北"),
    ("New Taipei", "新北市"),
    ("", "桃园市"),
    ("Taichung", "台中"),
    ("Tainan", "台南"),
    ("Kaohsiung", "高雄"),
    ("Hsinchu", "新竹"),
    ("Keelung", "基隆"),
    ("Chiayi", "嘉义"),
    ("Changhua", "彰化"),
    ("Pingtung", "屏东"),
    ("Hualien", "花莲"),
    ("", "宜兰县"),
)

_NAMES = _COUNTRIES + _CITIES
_LEVELS = frozenset("市县都府州省")


@functools.cache
def _pattern(lang: str) -> re.Pattern[str]:
    if lang == "zh":
        names = sorted({zh for _en, zh in _NAMES if len(zh) >= 2}, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, names)))
    names = sorted({en for en, _zh in _NAMES if en}, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))  # not a currency: US$, "U.S. dollars", "Singapore dollars"
    return re.compile(r"(?<![\w.$])(?<!Inner )(?:" + alternatives + r")(?![\w$])(?!\.\w)(?!\s*dollars?\b)")


def _mentions(text: str, lang: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The mentions of places outside the gazetteer in ``text[start:end]``: capitalised English names, Chinese
    names that are words of their own (not 南非 inside 湖南非常, 印度 inside 力度)."""
    end = len(text) if end is None else end
    for m in _pattern("zh" if lang == "zh" else "en").finditer(text, start, end):
        level = m.end() + 1 if text[m.end() : m.end() + 1] in _LEVELS else m.end()  # 东京都, 台北市
        if lang != "zh" or is_word(text, m.start(), level):
            yield m


@functools.lru_cache(maxsize=8)
def _spans(text: str, lang: str) -> tuple[list[int], list[int]]:
    """The starts and ends of every mention abroad in a document, found once (the text's hash is kept by
    the string, so a figure's lookup costs no pass over the document)."""
    found = [(m.start(), m.end()) for m in _mentions(text, lang)]
    return [a for a, _b in found], [b for _a, b in found]


def last_foreign_mention(text: str, lang: str, start: int, end: int) -> tuple[int, int] | None:
    """The last mention abroad lying wholly in ``text[start:end]``, as (start, end), if any."""
    starts, ends = _spans(text, lang)
    i = bisect.bisect_right(ends, end) - 1
    return (starts[i], ends[i]) if i >= 0 and starts[i] >= start else None
