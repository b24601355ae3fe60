"""Names of units named for the peoples living there (自治县, 回族区, "Autonomous County"): the forms they go by
with the peoples left out (长阳县 for 长阳土家族自治县), and the peoples' names in English, which sit between a
name and its level word ("Changyang Tujia Autonomous County") and are no place of their own."""

from __future__ import annotations

from ..gazetteer import Region

__all__ = ["EN_PEOPLES", "informal_names", "named_for_peoples"]

_PEOPLE = (
    r"(?:Hui|Tujia|Miao|Dong|Yao|Zhuang|Yi|Bai|Hani|Dai|Li|She|Tu|Salar|Daur|Evenki|Ewenki|Oroqen|Mongol|Mongolian|"
    r"Manchu|Tibetan|Uygur|Uyghur|Kazak|Kazakh|Qiang|Naxi|Lisu|Va|Wa|Lahu|Jingpo|Blang|Bulang|Nu|Derung|Dulong|"
    r"Pumi|Achang|Gelao|Sui|Shui|Mulao|Mulam|Maonan|Jing|Gin|Xibe|Sibe|Tajik|Kirgiz|Kyrgyz|Dongxiang|Bonan|Baoan|"
    r"Yugur|Korean|Russian|Bouyei|Buyei)"
)
#: the peoples a unit is named for, between its name and level word: " Tujia", " Miao and Dong", " Lahu, Va and Dai"
EN_PEOPLES = r"(?:[ \t]+" + _PEOPLE + r"(?:(?:,[ \t]*|[ \t]+and[ \t]+)" + _PEOPLE + r")*)?"


def informal_names(r: Region) -> tuple[str, ...]:
    """The names a unit named for its peoples goes by without them: 长阳县 and 长阳自治县 (长阳土家族自治县),
    管城区 (管城回族区), 莫力达瓦旗 (莫力达瓦达斡尔族自治旗); an autonomous region's: 广西自治区, 新疆自治区."""
    if r.kind == "autonomous_region" and len(r.short_zh) >= 2:
        return (r.short_zh + "自治区", r.short_zh + "省")  # 广西自治区, and 广西省 as some write it
    if "族" not in r.name_zh or len(r.short_zh) < 2 or r.level != "county":
        return ()
    kind = r.name_zh[-1]
    autonomous = r.name_zh.endswith("自治" + kind)
    return (r.short_zh + kind, r.short_zh + "自治" + kind) if autonomous else (r.short_zh + kind,)


def named_for_peoples(regions: list[Region]) -> bool:
    """Whether any of ``regions`` is named for its peoples (长阳土家族自治县, 管城回族区)."""
    return any("族" in r.name_zh for r in regions)
