"""The benchmark's rewritings of corpus documents keep their gold true (``benchmarks/_perturb.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import brief, claims

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("_perturb", ROOT / "benchmarks" / "_perturb.py")
assert _spec is not None and _spec.loader is not None
perturb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(perturb)


def test_years_moved_in_text_date_and_gold_alike_and_the_reader_follows():
    doc = {
        "doc_id": "mine-1",
        "lang": "en",
        "published": "2025-03-01",
        "text": "Cixi's GDP reached 270 billion yuan in 2024, up 6.0 percent. It was 2,701.4 in 2023.",
        "claims": [{"region": "330282", "indicator": "gdp", "period": "2024", "value": 2.7e11}],
    }
    moved = perturb.years_shifted(doc, 3)
    assert moved["published"] == "2028-03-01"
    assert "in 2027, up 6.0 percent" in moved["text"] and "2,701.4 in 2026" in moved["text"]
    assert moved["claims"][0]["period"] == "2027" and doc["claims"][0]["period"] == "2024"
    got = brief(claims(moved["text"], published=moved["published"]), "indicator", "period")
    assert got[:2] == [("gdp", "2027"), ("gdp_growth", "2027")]


def test_a_document_whose_years_a_calendar_fixes_is_not_moved():
    doc = {"doc_id": "mine-2", "lang": "zh", "published": "2021-01-05", "text": "“十四五”时期，全区GDP年均增长6%。"}
    assert perturb.years_shifted(doc, 3) is None


def test_a_place_swapped_for_a_sibling_in_text_and_gold_alike_and_the_reader_follows():
    from regionwatch.gazetteer import Gazetteer

    doc = {
        "doc_id": "mine-3",
        "lang": "zh",
        "published": "2026-02-01",
        "text": "2025年，深圳市南山区地区生产总值10100亿元。南山GDP占全市的27%。",
        "claims": [
            {"region": "440305", "indicator": "gdp", "period": "2025", "value": 1.01e12},
            {"region": "440305", "indicator": "gdp", "period": "2025", "value": 27, "relative_to": "440300"},
        ],
    }
    gz = Gazetteer.load()
    swapped = perturb.places_swapped(doc, 0, gz)
    new = swapped["claims"][0]["region"]
    sibling = gz.get(new)
    assert new != "440305" and sibling.parent_code == "440300" and sibling.kind == "district"
    assert "南山" not in swapped["text"] and f"深圳市{sibling.name_zh}" in swapped["text"]
    assert swapped["claims"][1]["relative_to"] == "440300" and doc["claims"][0]["region"] == "440305"
    assert [c["region"] for c in claims(swapped["text"], published="2026-02-01")] == [new, new]
    assert perturb.places_swapped({**doc, "text": "全市GDP增长5%。"}, 0, gz) is None  # no unit its text names


def test_a_chinese_document_in_traditional_script_reads_as_its_simplified_twin():
    text = "2024年，慈溪市实现地区生产总值3015.2亿元，比上年增长6.1%。"
    traditional = perturb.PERTURBATIONS["traditional"](text, "zh")
    assert "實現地區生產總值3015.2億元" in traditional
    assert perturb.PERTURBATIONS["traditional"]("Cixi grew 6.1 percent.", "en") == "Cixi grew 6.1 percent."
    plain = brief(claims(text, published="2025-03-01"), "region", "indicator", "value")
    assert brief(claims(traditional, published="2025-03-01"), "region", "indicator", "value") == plain
