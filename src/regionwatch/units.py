"""Numbers and units as Chinese and English statistical sources write them.

``parse_number`` reads one number ("1,234.5", "１２３４", "一万亿", "2.3e9");
``parse_unit`` turns a unit label ("亿元", "billion yuan", "万人", "%") into a canonical
unit and a multiplier; ``parse_quantity`` does both on a string such as "1.01万亿元".
Canonical units are those of the claims format: CNY, USD, percent, count, persons,
count_per_10k, km2, CNY_per_person, ratio.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from .errors import InvalidInput

__all__ = [
    "CANONICAL_UNITS",
    "LIMITS",
    "Quantity",
    "UnitError",
    "chinese_numeral",
    "implausible",
    "parse_number",
    "parse_quantity",
    "parse_unit",
    "sharp",
]

CANONICAL_UNITS = (
    "CNY",
    "USD",
    "percent",
    "count",
    "persons",
    "count_per_10k",
    "km2",
    "CNY_per_person",
    "ratio",
)


class UnitError(InvalidInput):
    """A number or unit that cannot be read; ``position`` is the offending character index."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", sharp(self.value))


def sharp(value: float) -> float:
    """``value`` without the binary noise of scaling ("$4.27 billion" is 4270000000, not 4269999999.9999995): 12
    significant digits, more than any published figure has."""
    return float(f"{value:.12g}") if math.isfinite(value) else value


# ---------------------------------------------------------------- numbers

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CN_CHARS = set(_CN_DIGITS) | set(_CN_SMALL) | set(_CN_BIG) | {"点", "點"}


def chinese_numeral(text: str) -> float:
    """Value of a Chinese numeral: 二千八百 → 2800, 一万亿 → 1e12, 三点五 → 3.5, 十二 → 12."""
    if not text or any(ch not in _CN_CHARS for ch in text):
        raise UnitError(f"not a Chinese numeral: {text!r}")
    if text[0] in "点點":
        raise UnitError(f"not a Chinese numeral: {text!r}", 0)
    for sep in ("点", "點"):
        if sep in text:
            whole, _, frac = text.partition(sep)
            if not frac or any(ch not in _CN_DIGITS for ch in frac):
                raise UnitError(f"bad decimal part in Chinese numeral: {text!r}")
            digits = "".join(str(_CN_DIGITS[ch]) for ch in frac)
            return chinese_numeral(whole) + float("0." + digits)
    # plain digit strings (二〇二五) read positionally
    if all(ch in _CN_DIGITS for ch in text):
        return float("".join(str(_CN_DIGITS[ch]) for ch in text))
    total = 0  # value completed at the last 亿
    wan = 0  # value since the last 亿, multiplied by 万
    section = 0  # value below 万
    digit: int | None = None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        elif _CN_BIG[ch] == 10**4:
            wan = (wan + section + (digit or 0) or 1) * 10**4
            section, digit = 0, None
        else:
            total = (total + wan + section + (digit or 0) or 1) * 10**8
            wan, section, digit = 0, 0, None
    return float(total + wan + section + (digit or 0))


_SEPARATORS = {",", "_", "'", " ", "\u00a0", "\u2009", "\u202f", "\u3000"}
_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$", re.IGNORECASE)


def _fold(text: str) -> str:
    """Full-width to half-width and a few look-alike signs to ASCII."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("−", "-").replace("–", "-").replace("＋", "+")


def parse_number(text: str | float | int) -> float:
    """Read a number as written in a table cell or text.

    Accepts thousands separators (1,234,567 and 1 234 567), full-width digits,
    a leading sign, scientific notation and Chinese numerals. Raises UnitError with the
    position of the first character that cannot be part of a number.
    """
    if isinstance(text, bool):
        raise UnitError("a boolean is not a number")
    if isinstance(text, int | float):
        if isinstance(text, float) and not math.isfinite(text):
            raise UnitError(f"not a finite number: {text!r}")
        return float(text)
    raw = _fold(str(text)).strip()
    if not raw:
        raise UnitError("empty value", 0)
    if all(ch in _CN_CHARS or ch in "负負" for ch in raw):
        sign = -1.0 if raw[0] in "负負" else 1.0
        return sign * chinese_numeral(raw.lstrip("负負"))
    cleaned = "".join(ch for ch in raw if ch not in _SEPARATORS)
    if _NUMBER_RE.match(cleaned):
        if "," in raw:
            _check_grouping(raw)
        value = float(cleaned)
        if not math.isfinite(value):
            raise UnitError(f"not a finite number: {text!r}")
        return value
    for i, ch in enumerate(raw):
        if not (ch.isdigit() or ch in "+-.eE" or ch in _SEPARATORS):
            raise UnitError(f"not a number: {text!r} (unexpected {ch!r} at character {i + 1})", i)
    raise UnitError(f"not a number: {text!r}", 0)


def _check_grouping(raw: str) -> None:
    """Reject '1,23' style commas (a decimal comma or a typo), which would silently change a value."""
    body = raw.lstrip("+-").split(".")[0].split("e")[0].split("E")[0]
    groups = body.split(",")
    if any(len(g) != 3 for g in groups[1:]) or not groups[0] or len(groups[0]) > 3:
        pos = raw.find(",")
        raise UnitError(f"ambiguous thousands separators in {raw!r}", pos)


# ---------------------------------------------------------------- units

_SCALES: dict[str, float] = {
    "": 1.0,
    "十": 1e1,
    "百": 1e2,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
    "十亿": 1e9,
    "百亿": 1e10,
    "千亿": 1e11,
    "万亿": 1e12,
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "10thousand": 1e4,
    "tenthousand": 1e4,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "100million": 1e8,
    "hundredmillion": 1e8,
    "10^8": 1e8,
    "1e8": 1e8,
    "10^4": 1e4,
    "1e4": 1e4,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "t": 1e12,
}

_CNY = ("人民币元", "人民币", "renminbi", "yuan", "rmb", "cny", "元", "¥", "￥")
_USD = ("usdollars", "usdollar", "us$", "usd", "美元", "dollars", "dollar", "$")
_PERSONS = ("persons", "person", "people", "residents", "inhabitants", "人口", "人")
_COUNTS = (
    "count",
    "number",
    "companies",
    "company",
    "firms",
    "enterprises",
    "units",
    "个",
    "家",
    "项",
    "件",
    "户",
    "所",
    "座",
    "只",
)
_PERCENT = ("percent", "percentage", "per cent", "pct", "%", "％", "百分比", "百分点")
_RATIO = ("times", "ratio", "倍", "x")
_KM2 = ("km2", "km²", "sqkm", "squarekilometres", "squarekilometers", "平方公里", "平方千米")
_PER_PERSON = ("元/人", "yuanperperson", "yuan/person", "cnyperperson", "yuanpercapita", "cny_per_person")
_PER_10K = (
    "件/万人",
    "项/万人",
    "per10,000residents",
    "per10,000people",
    "per10kresidents",
    "per10000residents",
    "per10000people",
    "count_per_10k",
)


def _squash(text: str) -> str:
    text = _fold(text).lower().strip()
    text = re.sub(r"[()（）\[\]【】]", "", text)
    return re.sub(r"\s+", "", text)


def parse_unit(text: str | None) -> tuple[str, float]:
    """Canonical unit and multiplier for a unit label: '亿元' → ('CNY', 1e8).

    Raises UnitError naming the label when it is not understood.
    """
    if text is None:
        raise UnitError("no unit given")
    original = str(text)
    s = _squash(original)
    if not s:
        raise UnitError("no unit given")
    if s in {u.lower() for u in CANONICAL_UNITS}:
        return next(u for u in CANONICAL_UNITS if u.lower() == s), 1.0
    if s in {"percentagepoint", "percentagepoints", "pp", "百分点", "个百分点"}:
        raise UnitError(f"percentage points are a difference, not a level: {original!r}")
    if s in _PER_PERSON or s.replace(" ", "") in _PER_PERSON:
        return "CNY_per_person", 1.0
    if s in _PER_10K:
        return "count_per_10k", 1.0
    if s in _KM2 or s.replace("squarekm", "km2") in _KM2:
        return "km2", 1.0
    if s in {p.replace(" ", "") for p in _PERCENT}:
        return "percent", 1.0
    if s in _RATIO:
        return "ratio", 1.0
    for canonical, tokens in (("USD", _USD), ("CNY", _CNY), ("persons", _PERSONS), ("count", _COUNTS)):
        for tok in tokens:
            if tok in s:
                rest = s.replace(tok, "", 1)
                if canonical == "CNY" and rest.startswith("us"):
                    continue
                scale = _SCALES.get(rest)
                if scale is not None:
                    return canonical, scale
    raise UnitError(f"unknown unit {original!r}")


_QUANTITY_RE = re.compile(
    r"^\s*(?P<pre>us\$|\$|¥|￥|rmb|cny|usd)?\s*(?P<num>[-+]?[\d.,\s]*\d(?:e[-+]?\d+)?|[零〇一二两三四五六七八九十百千万亿点]+)"
    r"\s*(?P<unit>.*?)\s*$",
    re.IGNORECASE,
)


def parse_quantity(text: str, default_unit: str | None = None) -> Quantity:
    """Read '1.01万亿元', 'RMB 1.01 trillion', 'US$143.7 billion', '6.3%', '2,800万人'.

    The unit may stand before the number (RMB, US$, ¥) or after it; ``default_unit`` is
    used when the text carries none.
    """
    folded = _fold(str(text))
    m = _QUANTITY_RE.match(folded)
    if not m:
        raise UnitError(f"not a quantity: {text!r}", 0)
    value = parse_number(m.group("num"))
    pre = (m.group("pre") or "").lower()
    unit_text = m.group("unit")
    if pre:
        currency = "USD" if "$" in pre or pre == "usd" else "CNY"
        scale = _SCALES.get(_squash(unit_text).replace("yuan", "").replace("元", ""))
        if scale is None:
            raise UnitError(f"unknown scale {unit_text!r} in {text!r}")
        return Quantity(value * scale, currency)
    if not unit_text:
        if default_unit is None:
            raise UnitError(f"no unit in {text!r}")
        unit_text = default_unit
    elif unit_text in _SCALES and default_unit:
        # '1.01万亿' with a default unit of 元: the scale belongs to the default unit
        unit, mult = parse_unit(default_unit)
        return Quantity(value * _SCALES[unit_text] * mult, unit)
    unit, mult = parse_unit(unit_text)
    return Quantity(value * mult, unit)


#: Beyond these no economy reaches (world GDP is about 7e14 yuan; 1e16 leaves room for any total).
LIMITS = {"CNY": 1e16, "USD": 2e15, "persons": 2e10, "count": 1e12, "km2": 2e8, "CNY_per_person": 1e9}


def implausible(value: float, unit: str) -> str | None:
    """Why a value cannot be a real figure in ``unit`` (not finite, beyond any economy), or None."""
    if not math.isfinite(value):
        return f"{value} is not a finite number"
    limit = LIMITS.get(unit)
    if limit is not None and abs(value) > limit:
        return f"{value:.3g} {unit} is beyond any plausible economy (limit {limit:.0e})"
    return None
