"""Decoding files as text: say what was tried, never hand on mojibake.

Without an explicit encoding: a byte-order mark decides (UTF-8, UTF-16); UTF-16 without a mark is
is refused with a hint; then UTF-8; then GB18030 (a superset of GBK and GB2312) — but only
when what it decodes reads as Chinese. GB18030 gives *some* character for most byte pairs, so
Latin-1 or Big5 bytes "decode" into rare characters; a decoding in which fewer than 90 % of the
non-ASCII characters are common (GB2312) characters is refused, with a hint to say ``--encoding``.
"""

from __future__ import annotations

import codecs

from .errors import InvalidInput, RegionwatchError

__all__ = ["DecodeError", "decode_bytes"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
MIN_COMMON = 0.9


class DecodeError(RegionwatchError):
    """Bytes that are not text in the encoding given or in any encoding tried; ``position`` is a byte offset."""

    code = "encoding-error"

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; ``DecodeError`` names the byte where it failed."""
    if encoding:
        return _strict(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name)
    if b"\x00" in data[:65536]:
        pos = data.index(b"\x00")
        raise DecodeError(
            f"a NUL byte at byte {pos}: a binary file or UTF-16 without a byte-order mark, not text "
            "(say --encoding utf-16-le if it is UTF-16)",
            pos,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise DecodeError(
            f"neither UTF-8 nor GB18030 (UTF-8 fails at byte {utf8_error.start}): "
            "say what the file is with --encoding (big5, latin-1, utf-16 …)",
            utf8_error.start,
        ) from None
    if _common_share(text) < MIN_COMMON:
        raise DecodeError(
            f"not UTF-8 (fails at byte {utf8_error.start}), and as GB18030 it reads as rare characters, "
            "not Chinese text: say what the file is with --encoding (big5, latin-1 …)",
            utf8_error.start,
        )
    return text, "gb18030"


def _strict(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InvalidInput(f"unknown encoding {encoding!r}") from None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as e:
        raise DecodeError(
            f"not {encoding}: cannot decode byte {e.start} ({data[e.start : e.start + 4]!r})", e.start
        ) from None


def _common_share(text: str) -> float:
    """Share of the non-ASCII characters that are in GB2312 (common simplified characters, CJK punctuation)."""
    wide = sum(1 for ch in text if ord(ch) > 127)
    if not wide:
        return 1.0
    common = len("".join(ch for ch in text if ord(ch) > 127).encode("gb2312", errors="ignore")) // 2
    return common / wide
