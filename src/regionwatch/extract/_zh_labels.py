"""Chinese figures that are labels rather than figures: a class or tier (千亿县, 万亿俱乐部, 3000亿元梯队), a club's
list (挤进5000亿俱乐部名单), the size of the things counted (5000万元以上项目), an amount of things measured in
other units (粮食产量1.4万亿斤), or a sum in another currency (新台币4.5兆元). A bracketed aside after the figure
(5000亿(人民币,下同)俱乐部, 万亿（兆）城区) is read past."""

from __future__ import annotations

import re

__all__ = ["LABEL_AFTER", "MEMBERS_AFTER", "after_aside", "dollars_before", "labelled"]

LABEL_AFTER = re.compile(
    r"^[\"']?(?:级|俱乐部|城区|之城|之省|强|县|区(?!域)|城市|大区|量级|台阶|GDP城市|经济体|梯队|阵营|方阵)"
)
MEMBERS_AFTER = re.compile(r"[“\"]?(?:GDP|gdp)?俱乐部(?:的)?(?:名单|成员|榜单)")  # read on after_aside()
_ASIDE = re.compile(r"^[(（][^)）]{0,16}[)）]")
_THRESHOLD_AFTER = re.compile(
    r"以上(?:的)?(?:重点|重大|产业|工业|制造业|投资|招商|在建|新开工|新建)?(?:项目|企业|客户|税源|单位)|"
    # 800亿元以上县域数量超过100个, GDP超千亿元的“千亿县”数量: the size that sorts places into a class
    r"以上的?(?:县域|县市|区县|县级市|县|城市)|"
    r"的(?:[两二三四五六七八九十\d]+个)?[“\"]?准?[“\"]?(?:千亿|万亿|百亿)?[”\"]?"
    r"(?:县域|县市|区县|县级市|县|城市)(?:[”\"]|数量|个数|达到?|有|共|之一|超|逾|近|约|不足)|"
    r"(?:及)?以上(?:的)?(?:全社会)?固定资产投资|"  # 500万元以上固定资产投资: the projects counted, by size
    r"(?:以上)?的(?:有|共有)?(?:\d+|[两二三四五六七八九十]+)个(?!百分点)"  # 超4万元的有20个: places counted by size
)
_KIND_AFTER = re.compile(  # 千亿汽车制造企业, 千亿产业集群, 千亿产业镇: the size of a kind of thing, not of the place
    r"[^\d\s，。；,;、：:“”\"的]{0,6}?(?:企业|产业|集群|园区|镇|街道|工程|平台|项目)"
)
_COUNTED_BEFORE = re.compile(r"(?:\d|[一二两三四五六七八九十几])个[“\"]?$")  # 实现“五个千亿”: hundred-billions counted
_THINGS_AFTER = re.compile(r"(?:斤|公斤|千克|吨|千瓦时|度电|立方米|亩|公顷|头|只|辆|台|株|标箱|羽)")
_LISTED_LABELS = re.compile(
    r"(?:元)?(?:[\"'”’]?[、和及与][\"'“‘]?(?:[一二两三四五六七八九十\d]+)?[千百万]?亿(?:元)?){1,6}[\"'”’]?"  # a few
    r"(?:级)?(?:城区|县|区|县市|城市|俱乐部)"
)
_A_STEP_MORE = re.compile(r"(?:再|又)(?:上|跨上|迈上|跃上|登上|跨|迈|跃)(?:了)?(?:一个)?$")
_STEP_AFTER = re.compile(r"(?:元)?[\"'“”]?(?:新)?(?:台阶|关口)")
_OTHER_CURRENCIES = r"新台币|台币|港币|港元|澳门元|澳门币|澳元|日元|欧元|英镑|韩元|卢布"
_NAMED_AS = r"(?:约|大约|是|为|计|达|约为|约是)?\s*$"  # 折合美元约2900亿: the currency named first
_OTHER_BEFORE = re.compile(r"(?:" + _OTHER_CURRENCIES + r")" + _NAMED_AS)
_DOLLARS_BEFORE = re.compile(r"(?:美元|美金)" + _NAMED_AS)
_OTHER_AFTER = re.compile(r"\s*(?:" + _OTHER_CURRENCIES + r")")


def after_aside(norm: str, end: int) -> str:
    """The text after a figure ending at ``end``, past a short bracketed aside (a few characters read)."""
    return _ASIDE.sub("", norm[end : end + 24], count=1)


def dollars_before(norm: str, start: int) -> str | None:
    """``USD`` when a bare sum (2900亿) has dollars named right before it (折合美元约2900亿), else None."""
    return "USD" if _DOLLARS_BEFORE.search(norm[max(0, start - 6) : start]) else None


def labelled(norm: str, start: int, end: int, after: str, unit: str | None, scale: str | None) -> bool:
    """Whether the figure at ``norm[start:end]`` (``after``: :func:`after_aside`) is a label, no figure."""
    yuan = unit in (None, "元", "元人民币")
    return bool(
        (yuan and (LABEL_AFTER.match(after[:4]) or MEMBERS_AFTER.match(after)))
        or (unit is None and scale and _KIND_AFTER.match(after))  # not 总投资21.2亿元的宁德时代项目: the project's sum
        or (yuan and _COUNTED_BEFORE.search(norm[max(0, start - 4) : start]))
        or (yuan and _THRESHOLD_AFTER.match(after))  # 5000万元以上项目, 亿元以上项目60个
        or (unit is None and scale and _THINGS_AFTER.match(norm, end))  # 粮食产量1.4万亿斤, 23.6亿千瓦时
        or _OTHER_BEFORE.search(norm[max(0, start - 7) : start])  # 新台币4.5兆元
        or _OTHER_AFTER.match(norm, end)  # 300亿港元
        or (yuan and _A_STEP_MORE.search(norm, max(0, start - 4), start) and _STEP_AFTER.match(after))
        or (yuan and _LISTED_LABELS.match(norm, end))  # “一千亿”、“两千亿”和“三千亿”城区: each a class
    )  # 突破1.2万亿元，再上千亿新台阶: another step of a hundred billion, not the level
