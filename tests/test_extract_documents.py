"""Documents in, claims out: readers, the store with provenance, the CLI, and inputs that must never break it."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from regionwatch import extract_claims
from regionwatch.cli import app
from regionwatch.extract import DocumentError, read_documents

ARTICLE = (
    "Longhua district in Shenzhen reported a GDP of 321.7 billion yuan ($44.8 billion) for 2024, up 5.6 percent "
    "year-on-year. The district now has 19 listed companies."
)


def _pdf(pages: list[str]) -> bytes:
    """A minimal PDF with one line of Helvetica text per page (ASCII), written by hand for the tests."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for text in pages:
        stream = f"BT /F1 10 Tf 20 700 Td ({text}) Tj ET".encode()
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream.decode()}\nendstream")
        content = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_text_html_pdf_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>Longhua figures</title><meta property='article:published_time' content='2025-02-11'>"
        "</head><body><nav>Home | News</nav><article><h1>Longhua figures</h1><p>" + ARTICLE + "</p><p>More text "
        "about the district follows here so that the extractor keeps the paragraph.</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.pdf").write_bytes(
        _pdf(["Annual review of Longhua district", "Longhua district reported a GDP of 321.7 billion yuan in 2024."])
    )
    (tmp_path / "d.jsonl").write_text(
        json.dumps(
            {
                "doc_id": "x1",
                "lang": "en",
                "published": "2025-02-11",
                "source_url": "https://example.org/x1",
                "text": ARTICLE,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (txt,) = read_documents(tmp_path / "a.txt")
    (html,) = read_documents(tmp_path / "b.html")
    (pdf,) = read_documents(tmp_path / "c.pdf")
    (jl,) = read_documents(tmp_path / "d.jsonl")
    assert txt.text == ARTICLE and txt.doc_id == "a.txt"
    assert "Home | News" not in html.text and "321.7 billion" in html.text
    assert str(html.published) == "2025-02-11" and html.title == "Longhua figures"
    assert pdf.page_of(pdf.text.index("321.7")) == 2 and pdf.page_of(0) == 1
    assert (jl.doc_id, jl.lang, str(jl.published), jl.url) == ("x1", "en", "2025-02-11", "https://example.org/x1")


def test_broken_documents_name_the_file_and_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"doc_id": "ok", "text": "fine"}\n{"doc_id": oops}\n', encoding="utf-8")
    with pytest.raises(DocumentError, match=r"bad.jsonl:2"):
        read_documents(tmp_path / "bad.jsonl")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    with pytest.raises(DocumentError, match=r"bad\.pdf"):
        read_documents(tmp_path / "bad.pdf")
    with pytest.raises(DocumentError, match=r"missing\.txt"):
        read_documents(tmp_path / "missing.txt")


def test_empty_file_gives_no_claims_and_binary_file_is_an_error(tmp_path, obs):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 40)
    assert [r.claims for r in obs.extract(tmp_path / "empty.txt")] == [[]]
    with pytest.raises(DocumentError, match=r"noise.txt: .*NUL byte at byte 0"):
        obs.extract(tmp_path / "noise.txt")


def test_extract_into_the_store_with_provenance(tmp_path, obs):
    obs.init()
    (tmp_path / "d.jsonl").write_text(
        json.dumps(
            {
                "doc_id": "longhua-2024",
                "lang": "en",
                "published": "2025-02-11",
                "source_url": "https://example.org/lh",
                "text": ARTICLE,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (result,) = obs.extract(tmp_path / "d.jsonl", store=True)
    assert result.status == "ingested" and len(result.claims) >= 3
    s = obs.series("Longhua District", within="Shenzhen")
    mine = s[(s["source_url"] == "https://example.org/lh") & (s["unit"] == "CNY")]
    row = mine.iloc[0]
    assert row["period"] == "2024" and row["value"] == pytest.approx(3.217e11)
    # the bundled official figure for 2024 stays the one shown; the article's figure sits beside it
    official = s[(s["period"] == "2024") & (s["unit"] == "CNY") & s["shown"]]
    assert official["source_type"].tolist() == ["official"]
    assert str(row["source_published"])[:10] == "2025-02-11" and "321.7 billion yuan" in row["quote"]
    assert row["location"].startswith("longhua-2024:chars ")
    src = obs.sources().set_index("title").loc["longhua-2024"]
    assert len(src["checksum"]) == 64
    (again,) = obs.extract(tmp_path / "d.jsonl", store=True)
    assert again.status == "unchanged"


def test_pdf_claims_carry_their_page(tmp_path, obs):
    (tmp_path / "c.pdf").write_bytes(
        _pdf(["Annual review of Longhua district", "Longhua district reported a GDP of 321.7 billion yuan in 2024."])
    )
    (result,) = obs.extract(tmp_path / "c.pdf", published="2025-03-01", store=True)
    assert [c.page for c in result.claims] == [2]
    assert obs.series("440309")["page"].tolist() == [2]


def test_cli_extract(tmp_path, db_path, monkeypatch):
    monkeypatch.setenv("REGIONWATCH_DB", str(db_path))
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(app, ["extract", str(path), "--published", "2025-02-11", "-f", "jsonl"])
    assert out.exit_code == 0, out.output
    line = json.loads(out.stdout.strip())
    assert line["doc_id"] == "a.txt" and {c["indicator"] for c in line["claims"]} >= {"gdp", "gdp_growth"}
    table = runner.invoke(app, ["extract", str(path), "--published", "2025-02-11"])
    assert "321.70 bn" in table.stdout
    stored = runner.invoke(app, ["extract", str(path), "--published", "2025-02-11", "--store", "-f", "json"])
    assert json.loads(stored.stdout)[0]["stored"] == "ingested"
    assert runner.invoke(app, ["extract", str(path), "--published", "11/02/2025"]).exit_code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    failed = runner.invoke(app, ["extract", str(bad)])
    assert failed.exit_code == 1 and "bad.jsonl:1" in failed.stderr


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text):
    claims = extract_claims(text, published="2026-01-01", strict=True)  # no safety net: a crash fails the test
    assert all(text[c.start : c.end] and c.quote for c in claims)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "南山区",
                "Nanshan",
                "GDP",
                "地区生产总值",
                "增长",
                "亿元",
                "万亿",
                "%",
                "1.5",
                "99999999999999999999",
                "突破",
                "about",
                "trillion yuan",
                "2025年",
                "，",
                "。",
                " ",
                "\n",
                "$",
                "(",
                ")",
                "per cent",
                "上年",
                "last year",
                "分别",
                "1/4",
                "三分之一",
                "倍",
                "times",
            ]
        ),
        max_size=40,
    )
)
def test_never_raises_on_figure_like_soup(tokens):
    text = "".join(tokens)
    for lang in ("en", "zh", None):
        for c in extract_claims(text, lang=lang, published=None, strict=True):
            assert c.value == c.value and abs(c.value) != float("inf")  # no NaN or infinity
            assert set(c.inferred) <= {"region", "period", "kind", "unit"}


def test_huge_and_odd_inputs():
    huge = extract_claims("Nanshan's GDP reached " + "9" * 400 + " trillion yuan in 2025.", strict=True)
    assert all(c.value != float("inf") for c in huge)
    assert extract_claims("") == [] and extract_claims("   \n\t") == []
    assert extract_claims(None) == []  # type: ignore[arg-type]


def test_an_html_table_read_through_trafilatura_gives_its_rows_the_headers_measure(tmp_path):
    (tmp_path / "rank.html").write_text(
        "<html><head><title>2025年深圳各区GDP排名</title></head><body><article><h1>2025年深圳各区GDP排名</h1>"
        "<p>深圳各区2025年经济数据如下表所示，南山区继续领跑全市，福田区和龙岗区分列二三位，本文整理了各区的数据。</p>"
        "<table><tr><th>排名</th><th>区</th><th>GDP（亿元）</th><th>增速</th></tr>"
        "<tr><td>1</td><td>南山区</td><td>10500</td><td>6.3%</td></tr>"
        "<tr><td>2</td><td>福田区</td><td>6400</td><td>5.3%</td></tr></table>"
        "<p>数据来源：深圳市统计局。以上数据为初步核算数，最终以正式公布为准，如有出入以官方为准。</p></article></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_documents(tmp_path / "rank.html")
    made = [c for c in extract_claims(doc.text, published="2026-02-10", strict=True) if c.indicator == "gdp"]
    assert [(c.region, c.period, c.value) for c in made] == [("440305", "2025", 1.05e12), ("440304", "2025", 6.4e11)]


def test_a_short_html_page_keeps_its_headline_and_its_table_rows(tmp_path):
    # a page too short for trafilatura's main extraction: its fallback wrote tables one cell per line
    (tmp_path / "brief.html").write_text(
        "<html><head><title>龙岗区2024年经济运行简况</title></head><body><nav>首页 | 政务公开</nav>"
        "<h1>龙岗区2024年经济运行简况</h1><p>全区经济运行总体平稳。</p>"
        "<table><tr><th>指标</th><th>数值（亿元）</th><th>增速（%）</th></tr>"
        "<tr><td>地区生产总值</td><td>5390.1</td><td>5.2</td></tr>"
        "<tr><td>社会消费品零售总额</td><td>1100.4</td><td>3.0</td></tr></table></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_documents(tmp_path / "brief.html")
    assert doc.text.startswith("龙岗区2024年经济运行简况")
    assert "| 地区生产总值 | 5390.1 | 5.2 |" in doc.text
    made = extract_claims(doc.text, published="2025-01-25", strict=True)
    assert [(c.region, c.indicator, c.period, c.value) for c in made] == [
        ("440307", "gdp", "2024", 539010000000.0),
        ("440307", "gdp_growth", "2024", 5.2),
        ("440307", "retail_sales", "2024", 110040000000.0),
        ("440307", "other:retail_sales_growth", "2024", 3.0),
    ]


def test_an_html_table_with_a_caption_naming_the_measure_and_years_across(tmp_path):
    page = (
        "<html><head><title>Shenzhen district economies</title></head><body><article>"
        "<h1>Shenzhen district economies</h1><p>Nanshan stayed ahead of Futian last year, according to figures "
        "compiled from the statistics bureaus of the two districts, and the gap between them widened.</p>"
        "<table><caption>GDP by district (billion yuan)</caption>"
        "<tr><th>District</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>Nanshan</td><td>856.6</td><td>950.1</td></tr>"
        "<tr><td>Futian</td><td>598.8</td><td>631.2</td></tr></table></article></body></html>"
    )
    (tmp_path / "t.html").write_text(page, encoding="utf-8")
    (doc,) = read_documents(tmp_path / "t.html")
    got = [(c.region, c.indicator, c.period, c.value) for c in extract_claims(doc.text, published="2025-04-01")]
    assert got == [
        ("440305", "gdp", "2023", 856.6e9),
        ("440305", "gdp", "2024", 950.1e9),
        ("440304", "gdp", "2023", 598.8e9),
        ("440304", "gdp", "2024", 631.2e9),
    ]
