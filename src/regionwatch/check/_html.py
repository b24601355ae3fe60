"""A self-contained HTML report: the article with each figure highlighted by verdict, evidence beside it.

No script, no external file: the page opens offline and can be mailed. Every piece of the article and
of the evidence is escaped.
"""

from __future__ import annotations

from html import escape

from ._report import VERDICTS, CheckReport, DocumentCheck, FigureCheck

__all__ = ["report_html"]

_COLOURS = {
    "inconsistent-within": "#f4a261",
    "conflicting": "#e76f51",
    "consistent": "#8fd694",
    "new": "#9ecbff",
    "unverifiable": "#d9d9d9",
}
_ORDER = list(VERDICTS)

_STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:70rem;line-height:1.6;color:#222}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:2rem} .summary span{margin-right:1rem}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:6px;background:#fcfcfc}
mark{padding:0 .15em;border-radius:3px;cursor:help} sup{font-size:.7em;color:#555}
table{border-collapse:collapse;width:100%;margin-top:1rem;font-size:.9rem}
td,th{border-bottom:1px solid #eee;padding:.35rem;text-align:left;vertical-align:top}
.verdict{font-weight:600;white-space:nowrap;border-radius:3px;padding:0 .3em}
.legend span{margin-right:.8rem;padding:0 .4em;border-radius:3px}
"""


def _worst(figures: list[FigureCheck]) -> str:
    return min((f.verdict for f in figures), key=_ORDER.index)


def _tip(figures: list[FigureCheck]) -> str:
    lines = []
    for f in figures:
        where = f"{f.name or f.claim.region} " if f.claim is not None else ""
        lines.append(f"{f.verdict}: {where}" + "; ".join(x.message for x in f.findings))
    return "\n".join(lines)


def _marked_text(doc: DocumentCheck) -> str:
    spans: dict[tuple[int, int], list[FigureCheck]] = {}
    for f in doc.figures:
        spans.setdefault((f.start, f.end), []).append(f)
    parts, at, number = [], 0, {id(f): n for n, f in enumerate(doc.figures, 1)}
    for (start, end), figs in sorted(spans.items()):
        if start < at or end > len(doc.text):
            continue  # overlaps a figure already marked; listed in the table all the same
        verdict = _worst(figs)
        refs = ",".join(str(number[id(f)]) for f in figs)
        parts.append(escape(doc.text[at:start]))
        parts.append(
            f'<mark class="v-{verdict}" data-verdict="{verdict}" style="background:{_COLOURS[verdict]}" '
            f'title="{escape(_tip(figs))}">{escape(doc.text[start:end])}<sup>{refs}</sup></mark>'
        )
        at = end
    parts.append(escape(doc.text[at:]))
    return "".join(parts)


def _rows(doc: DocumentCheck) -> str:
    rows = []
    for n, f in enumerate(doc.figures, 1):
        c = f.claim
        what = (
            f"{escape(f.name or c.region)} · {escape(c.indicator)} · {escape(c.period)} · {escape(c.kind)}"
            if c is not None
            else "—"
        )
        evidence = "<br>".join(f"<b>{escape(x.rule)}</b>: {escape(x.message)}" for x in f.findings)
        rows.append(
            f'<tr data-verdict="{f.verdict}"><td>{n}</td><td>{escape(f.quote)}<br><small>chars {f.start}-{f.end}'
            f'</small></td><td>{what}</td><td><span class="verdict" style="background:{_COLOURS[f.verdict]}">'
            f"{f.verdict}</span></td><td>{evidence}</td></tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("#", "figure", "place · indicator · period · kind", "verdict", "evidence"))
    head = f"<tr>{head}</tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _document(doc: DocumentCheck) -> str:
    summary = "".join(f"<span>{escape(v)}: <b>{n}</b></span>" for v, n in doc.summary.items())
    meta = " · ".join(escape(x) for x in (doc.published.isoformat() if doc.published else None, doc.lang, doc.url) if x)
    return (
        f'<section><h2>{escape(doc.title or doc.doc_id)}</h2><p>{meta}</p><p class="summary">{summary}</p>'
        f'<div class="text">{_marked_text(doc)}</div>{_rows(doc)}</section>'
    )


def report_html(report: CheckReport, title: str = "regionwatch check") -> str:
    legend = "".join(
        f'<span style="background:{_COLOURS[v]}" title="{escape(text)}">{v}</span>' for v, text in VERDICTS.items()
    )
    body = "".join(_document(d) for d in report.documents)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>"
        f'<p class="overall">{escape(report.summary_line())}</p><p class="legend">{legend}</p>{body}'
        "<p><small>Hover over a figure for its evidence. Made by regionwatch: every verdict names the rule "
        "behind it.</small></p></body></html>\n"
    )
