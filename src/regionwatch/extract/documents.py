"""Reading documents for extraction: plain text, HTML (main text and date), PDF (text by page), JSONL.

Character offsets of claims refer to the document text returned here: the file as decoded for
.txt, the main text that trafilatura extracts for .html, the pages' text joined by blank lines for
.pdf (``pages`` maps offsets back to page numbers), the ``text`` field for .jsonl.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..encodings import DecodeError, decode_bytes
from ..errors import RegionwatchError, shorten

__all__ = ["Document", "DocumentError", "read_documents", "text_document"]

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


class DocumentError(RegionwatchError, ValueError):
    """A file that cannot be read as a document; names the file and, for JSONL, the line."""

    code = "unreadable-document"


@dataclass
class Document:
    doc_id: str
    text: str
    format: str
    path: Path | None = None
    lang: str | None = None
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    pages: list[tuple[int, int]] = field(default_factory=list)  # (start offset, page number), sorted

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def page_of(self, offset: int) -> int | None:
        page = None
        for start, number in self.pages:
            if start > offset:
                break
            page = number
        return page


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_documents(path: str | Path, *, encoding: str | None = None) -> list[Document]:
    """The documents in one file; text that does not decode cleanly is an error, never 0 claims."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path}: cannot open: {e.strerror or e}") from e
    if kind == "pdf":
        return [_pdf(path, data)]
    if kind == "html" and encoding is None:
        declared = _CHARSET_RE.search(data[:4096])
        encoding = declared.group(1).decode("ascii") if declared else None
        if encoding and not _known_codec(encoding):
            encoding = None  # a page that names a charset Python does not know: detect instead
    text = _decode(path, data, encoding)
    if kind == "jsonl":
        return _jsonl(path, text)
    if kind == "html":
        return [_html(path, text)]
    return [Document(path.name, text, "text", path)]


_LOOKS_HTML = re.compile(r"\s*<(?:!doctype|html|head|body|article|div|p)\b", re.IGNORECASE)


def text_document(text: str, *, name: str = "stdin", published: dt.date | None = None) -> Document:
    """A document handed over as text (stdin, an HTTP request): read as HTML when it looks like a page."""
    if not isinstance(text, str):
        raise DocumentError(f"{name}: a document is text, not {type(text).__name__}")
    doc = _html(Path(name), text) if _LOOKS_HTML.match(text) else Document(name, text, "text")
    doc.published = doc.published or published
    return doc


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _decode(path: Path, data: bytes, encoding: str | None) -> str:
    try:
        return decode_bytes(data, encoding)[0]
    except DecodeError as e:
        raise DocumentError(f"{path}: {e}") from None


_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_STRING_FIELDS = ("doc_id", "lang", "published", "source_url", "title")


def _jsonl(path: Path, text: str) -> list[Document]:
    docs = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise DocumentError(f"{path}:{n}: not JSON: {e.msg} at character {e.colno}") from e
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise DocumentError(f"{path}:{n}: a document needs a 'text' string")
        for name in _STRING_FIELDS:
            if obj.get(name) is not None and not isinstance(obj[name], str):
                raise DocumentError(f"{path}:{n}: '{name}' must be a string or null, not {type(obj[name]).__name__}")
        if obj.get("published") and _date(obj["published"]) is None:
            raise DocumentError(f"{path}:{n}: 'published' must be YYYY-MM-DD, not {shorten(obj['published'])}")
        docs.append(
            Document(
                str(obj.get("doc_id") or f"{path.name}:{n}"),
                obj["text"],
                "jsonl",
                path,
                lang=obj.get("lang"),
                published=_date(obj.get("published")),
                url=obj.get("source_url"),
                title=obj.get("title"),
            )
        )
    return docs


def _html(path: Path, html: str) -> Document:
    meta = _trafilatura(html)
    text = meta.get("text") or ""
    if re.search(r"<table\b", html, re.I) and not _MD_RULE.search(text):
        # trafilatura's fallback writes a table one cell per line: give it the rows as Markdown instead
        meta = _trafilatura(_tables_as_markdown(html)) or meta
        text = meta.get("text") or text
    title = " ".join(str(meta.get("title") or "").split())
    if title and title not in text[: len(title) + 200]:
        text = f"{title}\n\n{text}"  # the headline names the place the body calls "the district"
    return Document(
        path.name, text, "html", path, published=_date(meta.get("date")), url=meta.get("url"), title=meta.get("title")
    )


_MD_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$", re.M)


def _trafilatura(html: str) -> dict:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    return extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})


def _tables_as_markdown(html: str) -> str:
    """Each HTML table replaced by paragraphs holding its rows as a Markdown table (header, rule, rows)."""
    import lxml.html

    root = lxml.html.fromstring(html)
    for table in list(root.iter("table")):
        rows = [[" ".join(c.text_content().split()) for c in tr if c.tag in ("td", "th")] for tr in table.iter("tr")]
        rows = [r for r in rows if any(r)]
        block = lxml.html.Element("div")
        for i, cells in enumerate(rows):
            for line in ["| " + " | ".join(cells) + " |"] + (["|" + "---|" * len(cells)] if i == 0 else []):
                para = lxml.html.Element("p")
                para.text = line
                block.append(para)
        block.tail = table.tail
        parent = table.getparent()
        if parent is not None:
            parent.replace(table, block)
    return lxml.html.tostring(root, encoding="unicode")


def _pdf(path: Path, data: bytes) -> Document:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        parts, pages, offset = [], [], 0
        for number, page in enumerate(reader.pages, 1):
            text = page.extract_text() or ""
            pages.append((offset, number))
            parts.append(text)
            offset += len(text) + 2
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except Exception as e:  # pypdf raises many kinds on broken files
        raise DocumentError(f"{path}: cannot read PDF: {e}") from e
    return Document(path.name, "\n\n".join(parts), "pdf", path, title=str(title) if title else None, pages=pages)
