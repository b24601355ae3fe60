"""Every province, prefecture and county-level code since 1981, and name resolution over them.

>>> gz = Gazetteer.load()
>>> gz.resolve("Nanshan District", within="Shenzhen").code
'440305'
>>> [m.region.code for m in gz.search("南山区")]
['230404', '440305']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq

from .errors import RegionwatchError

__all__ = [
    "AmbiguousRegion",
    "Gazetteer",
    "Match",
    "Region",
    "RegionError",
    "UnknownRegion",
]

LEVELS = ("province", "prefecture", "county")
_COUNTY_LIKE = {"county", "autonomous_county", "banner", "autonomous_banner"}

# English and pinyin level words → kinds they may name
_LEVEL_WORDS: list[tuple[str, set[str]]] = [
    ("county-level city", {"county_city"}),
    ("county level city", {"county_city"}),
    ("autonomous prefecture", {"autonomous_prefecture"}),
    ("autonomous county", {"autonomous_county"}),
    ("autonomous region", {"autonomous_region"}),
    ("autonomous banner", {"autonomous_banner"}),
    ("special administrative region", {"sar"}),
    ("sar", {"sar"}),
    ("new area", {"new_area"}),
    ("new district", {"new_area", "district"}),
    ("xin qu", {"new_area"}),
    ("district", {"district", "new_area", "mining_district", "forestry_district", "special_district"}),
    ("qu", {"district", "new_area", "mining_district", "forestry_district", "special_district"}),
    ("county", {"county", "autonomous_county"}),
    ("xian", {"county", "autonomous_county"}),
    ("city", {"county_city", "prefecture_city", "municipality"}),
    ("shi", {"county_city", "prefecture_city", "municipality"}),
    ("prefecture", {"prefecture", "autonomous_prefecture", "prefecture_city"}),
    ("banner", {"banner", "autonomous_banner"}),
    ("league", {"league"}),
    ("province", {"province"}),
    ("municipality", {"municipality"}),
    ("region", {"autonomous_region"}),
]
_LEVEL_RE = re.compile(r"^(?P<core>.+?)[\s\-]+(?P<word>" + "|".join(re.escape(w) for w, _ in _LEVEL_WORDS) + r")$")
_LEVEL_KINDS = dict(_LEVEL_WORDS)
_ZH_SUFFIX_RE = re.compile(r"(特别行政区|自治区|自治州|自治县|自治旗|新区|林区|特区|矿区|地区|省|盟|旗|县|区|市)$")
#: the longest text looked up as a place name ("新疆维吾尔自治区伊犁哈萨克自治州…" is under 30 characters)
MAX_NAME = 64
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


class RegionError(RegionwatchError, LookupError):
    """A region name or code that does not lead to exactly one region."""

    code = "unknown-region"

    def __init__(self, message: str, query: str, candidates: list[Match] | None = None) -> None:
        super().__init__(message)
        self.query = query
        self.candidates = candidates or []


class UnknownRegion(RegionError):
    pass


class AmbiguousRegion(RegionError):
    code = "ambiguous-region"


_EN_LEVEL_WORDS = re.compile(
    r"\s+(?:(?:Autonomous|Forestry|Special|Mining)\s+)?(?:District|County|Banner|Prefecture|League|New Area)$"
)


@dataclass(frozen=True)
class Region:
    code: str
    level: str
    kind: str
    name_zh: str
    short_zh: str
    pinyin: str
    name_en: str
    parent_code: str | None
    valid_from: int
    valid_to: int | None
    status: str
    successors: tuple[tuple[str, int | None], ...] = ()
    pop_2010: int | None = None
    pop_2020: int | None = None
    lon: float | None = None
    lat: float | None = None

    @property
    def name_en_core(self) -> str:
        """The English name without its level word: "Harbin", "Kashgar" (of "Kashgar Prefecture")."""
        return _EN_LEVEL_WORDS.sub("", self.name_en)

    @property
    def active(self) -> bool:
        return self.valid_to is None

    def valid_in(self, year: int) -> bool:
        """Whether the code stood for this name during ``year`` (valid_to is the year it was withdrawn)."""
        return self.valid_from <= year and (self.valid_to is None or year < self.valid_to)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "short_zh": self.short_zh,
            "pinyin": self.pinyin,
            "level": self.level,
            "kind": self.kind,
            "parent_code": self.parent_code,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "status": self.status,
            "successors": [c for c, _ in self.successors],
            "pop_2010": self.pop_2010,
            "pop_2020": self.pop_2020,
            "lon": self.lon,
            "lat": self.lat,
        }


@dataclass(frozen=True)
class Match:
    region: Region
    score: int
    matched: str
    parents: tuple[Region, ...] = field(default=())
    note: str | None = None

    def to_dict(self) -> dict[str, object]:
        d = self.region.to_dict()
        d.update(
            score=self.score,
            matched=self.matched,
            parents=" / ".join(p.name_zh for p in reversed(self.parents)),
            parents_en=" / ".join(p.name_en for p in reversed(self.parents)),
            note=self.note,
        )
        return d


def latin_key(text: str) -> str:
    """'Hǎi-diàn' → 'haidian'; "Bao'an" → 'baoan'; 'hai3 dian4' → 'haidian'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("ü", "v")
    text = re.sub(r"(?<=[a-z])[1-5]", "", text)
    return re.sub(r"[^a-z0-9]", "", text)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_KEPT = "乾"  # 乾县, 乾安县: simplified names that OpenCC would turn into 干


_VARIANTS = str.maketrans("濬澂衞敍", "浚澄卫叙")  # 濬县, 澂江, 衞辉, 敍永: variants OpenCC leaves as they are


def to_simplified(text: str) -> str:
    out = _t2s().convert(text).translate(_VARIANTS)
    if len(out) == len(text) and any(ch in _KEPT for ch in text):
        out = "".join(o if o in _KEPT else c for o, c in zip(text, out, strict=True))
    return out


class Gazetteer:
    """All region versions, indexed by code and by every name form."""

    def __init__(self, regions: list[Region], events: list[dict[str, object]] | None = None) -> None:
        self._versions: dict[str, list[Region]] = defaultdict(list)
        self._full: dict[str, list[Region]] = defaultdict(list)
        self._short: dict[str, list[Region]] = defaultdict(list)
        self._latin_full: dict[str, list[Region]] = defaultdict(list)
        self._latin_core: dict[str, list[Region]] = defaultdict(list)
        self._children: dict[str, list[Region]] = defaultdict(list)
        self._predecessors: dict[str, list[Region]] = defaultdict(list)
        self._events: dict[str, list[dict[str, object]]] = defaultdict(list)
        for r in regions:
            self._versions[r.code].append(r)
            self._full[r.name_zh].append(r)
            if r.short_zh != r.name_zh and len(r.short_zh) >= 2:
                self._short[r.short_zh].append(r)
            self._latin_full[latin_key(r.name_en)].append(r)
            self._latin_core[latin_key(r.pinyin)].append(r)
            if latin_key(r.name_en_core) != latin_key(r.pinyin):  # "Inner Mongolia", "Harbin" (Ha'erbin)
                self._latin_core[latin_key(r.name_en_core)].append(r)
            if len(r.short_zh) == 1 and r.name_zh.endswith("县"):  # 房县 spelled whole: "Fangxian", fangxian.gov.cn
                self._latin_core[latin_key(r.pinyin + "xian")].append(r)
            if r.parent_code:
                self._children[r.parent_code].append(r)
            for succ, _ in r.successors:
                if succ != r.code:
                    self._predecessors[succ].append(r)
        for versions in self._versions.values():
            versions.sort(key=lambda r: r.valid_from)
        for e in events or []:
            for key in ("old_code", "new_code"):
                code = e.get(key)
                if code and e not in self._events[code]:  # type: ignore[operator]
                    self._events[str(code)].append(e)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> Gazetteer:
        """The bundled gazetteer (cached), or one built from another data folder."""
        if data_dir is None:
            return _bundled()
        return cls._from_files(Path(data_dir) / "regions.parquet", Path(data_dir) / "events.parquet")

    @classmethod
    def _from_files(cls, regions_path: Path, events_path: Path | None) -> Gazetteer:
        rows = pq.read_table(regions_path).to_pylist()
        regions = [_region_from_row(r) for r in rows]
        events = pq.read_table(events_path).to_pylist() if events_path and events_path.exists() else []
        return cls(regions, events)

    # ------------------------------------------------------------------ lookups

    def __len__(self) -> int:
        return sum(len(v) for v in self._versions.values())

    def __contains__(self, code: object) -> bool:
        return code in self._versions

    def all(self) -> list[Region]:
        return [r for versions in self._versions.values() for r in versions]

    def versions(self, code: str) -> list[Region]:
        return list(self._versions.get(code, []))

    def get(self, code: str, year: int | None = None) -> Region:
        """The version of ``code`` valid in ``year`` (default: the latest version)."""
        versions = self._versions.get(_code_key(code))
        if not versions:
            raise UnknownRegion(f"no region with code {code!r}", code)
        if year is not None:
            for r in versions:
                if r.valid_in(year):
                    return r
        return versions[-1]

    def parent(self, region: Region) -> Region | None:
        if not region.parent_code or region.parent_code not in self._versions:
            return None
        return self.get(region.parent_code, year=region.valid_to - 1 if region.valid_to else None)

    def ancestors(self, region: Region) -> tuple[Region, ...]:
        out = []
        node = self.parent(region)
        while node is not None and len(out) < 4:
            out.append(node)
            node = self.parent(node)
        return tuple(out)

    def children(self, code: str, year: int | None = None) -> list[Region]:
        kids = self._children.get(code, [])
        kids = [k for k in kids if k.active] if year is None else [k for k in kids if k.valid_in(year)]
        return sorted(kids, key=lambda r: r.code)

    def successors(self, region: Region) -> list[Region]:
        return [self.get(c) for c, _ in region.successors if c in self._versions and c != region.code]

    def predecessors(self, code: str) -> list[Region]:
        return sorted(self._predecessors.get(code, []), key=lambda r: (r.valid_from, r.code))

    def by_pinyin(self, word: str, year: int | None = None) -> list[Region]:
        """The regions whose name without its level word spells ``word`` ('conghua', 'Yunyan'), of ``year``."""
        found = self._latin_core.get(latin_key(word), [])
        return [r for r in found if (r.active if year is None else r.valid_in(year))]

    def events(self, code: str) -> list[dict[str, object]]:
        return sorted(self._events.get(code, []), key=lambda e: int(e["year"]))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ resolution

    def search(
        self,
        text: str,
        *,
        within: str | None = None,
        year: int | None = None,
        level: str | None = None,
        limit: int | None = 20,
    ) -> list[Match]:
        """Candidate regions for a name or code, best first, each with its parents.

        ``within`` (a parent name or code) and ``year`` settle ambiguous and historical names;
        ``level`` keeps one of province, prefecture, county.
        """
        query = unicodedata.normalize("NFKC", str(text)).strip()
        if not query or len(query) > MAX_NAME:
            return []  # no place name is that long: a pasted paragraph is not looked up (and stays linear)
        if within is None:
            m = re.match(r"^(.+?)\s*[,，(（]\s*(.+?)\s*[)）]?$", query)
            if m:
                query, within = m.group(1), m.group(2)
        scored = self._score(query, year)
        if not scored and _CJK_RE.search(query):
            scored = self._score_compound(query, year)
        if within is not None:
            allowed = self._within_codes(within, year)
            scored = {c: v for c, v in scored.items() if self._under(v[0], allowed)}
        matches = []
        for _code, (region, score, how) in scored.items():
            if level and region.level != level:
                continue
            matches.append(Match(region, score, how, self.ancestors(region), self._note(region, year)))
        matches.sort(key=lambda m: (-m.score, m.region.code))
        return matches[:limit] if limit else matches

    def resolve(
        self, text: str, *, within: str | None = None, year: int | None = None, level: str | None = None
    ) -> Region:
        """Exactly one region for a name or code, or UnknownRegion / AmbiguousRegion listing candidates."""
        matches = self.search(text, within=within, year=year, level=level, limit=None)
        if not matches:
            where = f" within {within!r}" if within else ""
            raise UnknownRegion(f"unknown region {text!r}{where}", text)
        if len(matches) > 1 and matches[0].score == matches[1].score:
            tied = [m for m in matches if m.score == matches[0].score]
            names = "; ".join(_describe(m) for m in tied)
            raise AmbiguousRegion(
                f"ambiguous region {text!r}: {names} (give a code, or the parent as context)", text, tied
            )
        return matches[0].region

    # ------------------------------------------------------------------ scoring internals

    def _score(self, query: str, year: int | None) -> dict[str, tuple[Region, int, str]]:
        found: dict[str, tuple[Region, int, str]] = {}

        def add(regions: list[Region], score: int, how: str, kinds: set[str] | None = None) -> None:
            for r in regions:
                s = score
                if kinds is not None and r.kind not in kinds:
                    s -= 30
                if year is not None:
                    s += 3 if r.valid_in(year) else -20
                elif r.active:
                    s += 3
                best = found.get(r.code)
                if best is None or s > best[1]:
                    found[r.code] = (r, s, how)

        key = _code_key(query)
        if key in self._versions:
            versions = self._versions[key]
            region = next((r for r in versions if year is not None and r.valid_in(year)), versions[-1])
            return {key: (region, 200, "code")}
        if _CJK_RE.search(query):
            for variant in dict.fromkeys((query.replace(" ", ""), to_simplified(query.replace(" ", "")))):
                add(self._full.get(variant, []), 100, "name_zh")
                short = self._short.get(variant, [])
                add([r for r in short if r.kind not in _COUNTY_LIKE], 80, "short_zh")
                add([r for r in short if r.kind in _COUNTY_LIKE], 70, "short_zh")
                m = _ZH_SUFFIX_RE.search(variant)
                if m and len(variant) > len(m.group(1)) + 1:
                    core = variant[: m.start()]
                    kinds = _kinds_for_zh_suffix(m.group(1))
                    add(self._short.get(core, []), 75, "short_zh", kinds)
            return found
        full = latin_key(query)
        add(self._latin_full.get(full, []), 100, "name_en")
        lowered = unicodedata.normalize("NFKD", query).lower().strip()
        m = _LEVEL_RE.match(lowered)
        if m and latin_key(m.group("core")):
            add(self._latin_core.get(latin_key(m.group("core")), []), 90, "pinyin", _LEVEL_KINDS[m.group("word")])
        core_hits = self._latin_core.get(full, [])
        add([r for r in core_hits if r.kind not in _COUNTY_LIKE], 80, "pinyin")
        add([r for r in core_hits if r.kind in _COUNTY_LIKE], 70, "pinyin")
        return found

    def _score_compound(self, query: str, year: int | None) -> dict[str, tuple[Region, int, str]]:
        """'深圳市南山区', '广东深圳南山': a parent name followed by the place's own name."""
        query = to_simplified(query.replace(" ", ""))
        for i in range(len(query) - 2, 1, -1):
            head, tail = query[:i], query[i:]
            tail_hits = self._score(tail, year)
            if not tail_hits:
                continue
            allowed = self._within_codes(head, year)
            if not allowed:
                continue
            hits = {c: (r, s, "name_zh+parent") for c, (r, s, _) in tail_hits.items() if self._under(r, allowed)}
            if hits:
                return hits
        return {}

    def _within_codes(self, within: str, year: int | None) -> set[str]:
        if len(within) > MAX_NAME:
            return set()
        key = _code_key(within)
        if key in self._versions:
            return {key}
        scored = self._score(unicodedata.normalize("NFKC", within).strip(), year)
        if not scored and _CJK_RE.search(within):
            scored = self._score_compound(within, year)
        return {c for c, (_, s, _) in scored.items() if s >= 60}

    def _under(self, region: Region, allowed: set[str]) -> bool:
        return any(a.code in allowed for a in self.ancestors(region))

    def _note(self, region: Region, year: int | None) -> str | None:
        if region.active and (year is None or region.valid_in(year)):
            return None
        succ = ", ".join(f"{s.code} {s.name_zh}" for s in self.successors(region))
        if year is not None and region.valid_from > year:
            return f"established in {region.valid_from}"
        end = f"withdrawn in {region.valid_to}" if region.valid_to else "not valid in that year"
        return f"{end}; succeeded by {succ}" if succ else end


def _kinds_for_zh_suffix(suffix: str) -> set[str]:
    return {
        "区": {"district", "new_area", "mining_district", "forestry_district", "special_district"},
        "新区": {"new_area"},
        "县": {"county", "autonomous_county"},
        "市": {"county_city", "prefecture_city", "municipality"},
        "旗": {"banner", "autonomous_banner"},
        "省": {"province"},
    }.get(suffix, set())


def _describe(m: Match) -> str:
    parents = " / ".join(p.name_zh for p in reversed(m.parents))
    return f"{m.region.code} {m.region.name_zh} ({m.region.name_en}, {parents or 'top level'})"


def _code_key(text: str) -> str:
    text = str(text).strip()
    if re.fullmatch(r"\d{12}", text) and text.endswith("000000"):
        return text[:6]
    return text


def _region_from_row(r: dict[str, object]) -> Region:
    succ: list[tuple[str, int | None]] = []
    for item in str(r.get("successors") or "").split(";"):
        if item:
            code, _, year = item.partition("@")
            succ.append((code, int(year) if year else None))
    return Region(
        code=str(r["code"]),
        level=str(r["level"]),
        kind=str(r["kind"]),
        name_zh=str(r["name_zh"]),
        short_zh=str(r["short_zh"]),
        pinyin=str(r["pinyin"]),
        name_en=str(r["name_en"]),
        parent_code=r.get("parent_code") or None,  # type: ignore[arg-type]
        valid_from=int(r["valid_from"]),  # type: ignore[arg-type]
        valid_to=int(r["valid_to"]) if r.get("valid_to") is not None else None,  # type: ignore[arg-type]
        status=str(r["status"]),
        successors=tuple(succ),
        pop_2010=r.get("pop_2010"),  # type: ignore[arg-type]
        pop_2020=r.get("pop_2020"),  # type: ignore[arg-type]
        lon=r.get("lon"),  # type: ignore[arg-type]
        lat=r.get("lat"),  # type: ignore[arg-type]
    )


def data_path(name: str) -> Path:
    """Path of a bundled data file."""
    return Path(str(resources.files("regionwatch") / "data" / name))


@functools.lru_cache(maxsize=1)
def _bundled() -> Gazetteer:
    return Gazetteer._from_files(data_path("regions.parquet"), data_path("events.parquet"))
