"""Reading documents for extraction: plain text, HTML (main text and date), PDF (text by page), JSONL.

Character offsets of claims refer to the document text returned here: the file as decoded for
.txt, the main text that trafilatura extracts for .html, the pages' text joined by blank lines for
.pdf (``pages`` maps offsets back to page numbers), the ``text`` field for .jsonl.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Document", "DocumentError", "read_documents"]

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


class DocumentError(ValueError):
    """A file that cannot be read as a document; names the file and, for JSONL, the line."""


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


def read_documents(path: str | Path) -> list[Document]:
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path}: cannot open: {e.strerror or e}") from e
    if kind == "jsonl":
        return _jsonl(path, data)
    if kind == "html":
        return [_html(path, data)]
    if kind == "pdf":
        return [_pdf(path, data)]
    return [Document(path.name, _decode(data), "text", path)]


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _jsonl(path: Path, data: bytes) -> list[Document]:
    docs = []
    for n, line in enumerate(_decode(data).splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise DocumentError(f"{path}:{n}: not JSON: {e.msg} at character {e.colno}") from e
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise DocumentError(f"{path}:{n}: a document needs a 'text' string")
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


def _html(path: Path, data: bytes) -> Document:
    import trafilatura

    html = _decode(data)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    meta = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    text = meta.get("text") or ""
    return Document(
        path.name, text, "html", path, published=_date(meta.get("date")), url=meta.get("url"), title=meta.get("title")
    )


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
