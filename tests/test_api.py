"""The HTTP API: FastAPI's test client for the endpoints, and a real uvicorn server for real HTTP.

Figures: the bundled curated GDP points; Kunshan (320583) GDP 2023 and 2024, 5140.6 and 5280.3 亿元
(Kunshan statistical communiqués). Articles are written for these tests.
"""

from __future__ import annotations

import hashlib

import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")

from fastapi.testclient import TestClient  # noqa: E402

from conftest import serving  # noqa: E402
from regionwatch import Observatory  # noqa: E402
from regionwatch.server import create_app  # noqa: E402

KUNSHAN = "region,indicator,period,value,unit\n320583,gdp,2023,5140.6,亿元\n320583,gdp,2024,5280.3,亿元\n"
TOKEN = "s3cret-token"


@pytest.fixture
def store(db_path):
    with Observatory(db_path) as obs:
        obs.init()
    return db_path


@pytest.fixture
def client(store):
    with TestClient(create_app(store), raise_server_exceptions=False) as c:  # runs the lifespan: closes readers
        yield c


@pytest.fixture
def writer(store):
    with TestClient(create_app(store, token=TOKEN), raise_server_exceptions=False) as c:
        yield c


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_endpoints_mirror_the_library(client):
    status = client.get("/api/status").json()
    assert status["claims"] > 0 and status["schema_version"] >= 3
    club = client.get("/api/club", params={"threshold": "1万亿"}).json()
    assert [r["code"] for r in club] == ["310115", "110108", "440305"]
    assert club[0]["sources"][0]["url"].startswith("http")
    nxt = client.get("/api/next", params={"limit": 3}).json()
    assert len(nxt) == 3 and all(r["code"] not in ("310115", "110108", "440305") for r in nxt)
    series = client.get("/api/series/Nanshan", params={"within": "Shenzhen"}).json()
    assert {r["region"] for r in series} == {"440305"} and all(r["source_title"] for r in series)
    assert any(r["shown"] and r["period"] == "2025" for r in series)
    found = client.get("/api/regions", params={"q": "南山区"}).json()
    assert {r["code"] for r in found} >= {"440305", "230404"}
    region = client.get("/api/regions/440305").json()
    assert region["name_en"] == "Nanshan District" and region["parents"][0]["code"] == "440300"
    assert client.get("/api/observations", params={"region": "440305", "indicator": "gdp"}).json()
    assert {"gdp", "population"} <= {r["name"] for r in client.get("/api/indicators").json()}
    assert client.get("/api/sources").json()[0]["source_id"] >= 1
    latest = client.get("/api/latest").json()
    assert all(r["lon"] is not None for r in latest[:3]) and latest[0]["value"] >= latest[-1]["value"]
    assert "verdicts" in client.get("/api/rules").json()


def test_as_of_reaches_the_past(client):
    assert client.get("/api/club", params={"as_of": "2000-01-01"}).json() == []


def test_csv_where_a_table_makes_sense(client):
    response = client.get("/api/club", params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0].startswith("code,name_en,name_zh")
    assert client.get("/api/series/440305", params={"format": "xml"}).json()["error"]["code"] == "invalid-input"


def test_errors_are_json_with_library_codes(client, monkeypatch):
    unknown = client.get("/api/series/Atlantis")
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown-region"
    ambiguous = client.get("/api/series/南山区")
    assert ambiguous.status_code == 409 and ambiguous.json()["error"]["code"] == "ambiguous-region"
    bad = client.get("/api/next", params={"limit": 0})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid-input"
    threshold = client.get("/api/club", params={"threshold": "lots"})
    assert threshold.status_code == 422 and "lots" in threshold.json()["error"]["message"]

    def boom(self):
        raise RuntimeError("secret internals at /srv/x.py line 3")

    monkeypatch.setattr(Observatory, "status", boom)
    crash = client.get("/api/status")
    assert crash.status_code == 500 and crash.json()["error"]["code"] == "internal-error"
    assert "secret" not in crash.text and "Traceback" not in crash.text


def test_a_missing_store_is_503(tmp_path):
    client = TestClient(create_app(tmp_path / "nothing.duckdb"), raise_server_exceptions=False)
    response = client.get("/api/status")
    assert response.status_code == 503 and response.json()["error"]["code"] == "store-missing"
    assert not (tmp_path / "nothing.duckdb").exists()


def test_check_endpoint(client, store):
    before = digest(store)
    text = (
        "Futian district reported GDP of 580 billion yuan for 2025. "
        "Nanshan district's GDP was 1.01 trillion yuan in 2025."
    )
    report = client.post("/api/check", json={"text": text, "published": "2026-02-05"}).json()
    verdicts = {f["quote"]: f["verdict"] for f in report["documents"][0]["figures"]}
    assert verdicts == {"580 billion yuan": "conflicting", "1.01 trillion yuan": "consistent"}
    assert report["conflicts"] is True
    page = client.post("/api/check?format=html", json={"text": text, "published": "2026-02-05"})
    assert page.headers["content-type"].startswith("text/html") and 'class="v-conflicting"' in page.text
    assert client.post("/api/check", json={"text": ""}).status_code == 422
    assert digest(store) == before


def test_request_size_is_limited(store):
    client = TestClient(create_app(store, max_body=1000), raise_server_exceptions=False)
    response = client.post("/api/check", json={"text": "x" * 5000})
    assert response.status_code == 413 and response.json()["error"]["code"] == "request-too-large"


def test_without_a_token_nothing_writes(client, store):
    before = digest(store)
    for path in ("/api/ingest?filename=a.csv", "/api/extract", "/api/review"):
        assert client.post(path, content=b"{}").status_code in (404, 405)
    for path in ("/api/status", "/api/club", "/api/series/440305", "/api/latest", "/api/review"):
        assert client.get(path).status_code == 200
    assert digest(store) == before


def test_writing_needs_the_token(writer):
    assert writer.post("/api/ingest?filename=k.csv", content=KUNSHAN.encode()).status_code == 401
    wrong = writer.post("/api/ingest?filename=k.csv", content=KUNSHAN.encode(), headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorised"


def test_ingest_extract_and_review_with_the_token(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = len(writer.get("/api/series/Kunshan").json())  # also warms the cache
    done = writer.post("/api/ingest?filename=k.csv&title=Kunshan%20bulletins", content=KUNSHAN.encode(), headers=auth)
    assert done.status_code == 200 and done.json()[0]["status"] == "ingested"
    assert len(writer.get("/api/series/Kunshan").json()) == before + 2  # the cache saw the write
    article = {"text": "Kunshan's GDP rose 5.1 percent in 2024, the county-level city said.", "published": "2025-02-01"}
    extracted = writer.post("/api/extract", json=article, headers=auth).json()
    assert extracted[0]["pending"] == 1
    pending = writer.get("/api/review").json()
    assert [r["indicator"] for r in pending] == ["gdp_growth"]
    decided = writer.post("/api/review", json={"decision": "accept", "ids": [pending[0]["claim_id"]]}, headers=auth)
    assert decided.json()["decided"] == 1
    growth = writer.get("/api/observations", params={"region": "320583", "indicator": "gdp_growth"}).json()
    assert [r["value"] for r in growth if r["period"] == "2024"] == [5.1]


def test_names_with_quotes_are_parameters_not_sql(client, store):
    response = client.get("/api/series/x'; DROP TABLE claims; --")
    assert response.status_code == 404
    assert client.get("/api/status").json()["claims"] > 0


def test_docs_and_dashboard_are_served_offline(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/club", "/api/next", "/api/series/{region}", "/api/check", "/api/regions/{code}"} <= set(paths)
    assert "/api/ingest" not in paths  # no writing endpoints without a token
    page = client.get("/")
    assert page.status_code == 200 and "/static/vendor/echarts.min.js" in page.text and "cdn" not in page.text.lower()
    assert (
        client.get("/static/vendor/echarts.min.js").text.startswith("\n/*")
        or len(client.get("/static/vendor/echarts.min.js").content) > 500_000
    )


def test_real_http_through_uvicorn(store):
    with serving(create_app(store)) as base, httpx.Client(base_url=base, timeout=10) as http:
        assert http.get("/api/club").json()[0]["code"] == "310115"
        assert http.get("/api/series/440305", params={"format": "csv"}).text.startswith("claim_id,")


def test_a_writer_in_another_process_gets_its_turn(store, tmp_path):
    """The server holds a shared read-only connection; a CLI ingest queues, the server gives way."""
    import subprocess
    import sys

    with serving(create_app(store)) as base, httpx.Client(base_url=base, timeout=10) as http:
        before = len(http.get("/api/series/Kunshan").json())  # the shared reader is now open
        table = tmp_path / "k.csv"
        table.write_text(KUNSHAN, encoding="utf-8")
        command = [sys.executable, "-m", "regionwatch", "--db", str(store), "--wait", "15", "ingest", str(table)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert len(http.get("/api/series/Kunshan").json()) == before + 2


def test_concurrent_requests_for_one_missing_answer_compute_it_once(tmp_path):
    import threading
    import time

    from regionwatch.server._app import Settings

    settings = Settings(tmp_path / "x.duckdb", None, 1024)
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return "application/json", b"{}"

    results = []
    threads = [threading.Thread(target=lambda: results.append(settings.answer(("k",), slow))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and results == [("application/json", b"{}")] * 8

    def broken():
        calls.append(1)
        time.sleep(0.1)
        raise RuntimeError("store gone")

    errors = []

    def ask():
        try:
            settings.answer(("e",), broken)
        except RuntimeError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == ["store gone"] * 4 and len(calls) == 2  # one failing computation, shared, not cached
    with pytest.raises(RuntimeError):
        settings.answer(("e",), broken)
    assert len(calls) == 3


def test_the_answer_cache_is_bounded_by_bytes_least_recently_used_out(tmp_path):
    from regionwatch.server._app import Settings

    settings = Settings(tmp_path / "x.duckdb", None, 1024, cache_bytes=10)
    calls = []

    def make(body):
        return lambda: calls.append(body) or ("application/json", body)

    settings.answer(("a",), make(b"123456"))
    settings.answer(("a",), make(b"123456"))
    assert calls == [b"123456"]  # the second came from the cache
    settings.answer(("b",), make(b"abcdef"))  # 12 bytes > 10: "a" goes
    settings.answer(("b",), make(b"abcdef"))
    settings.answer(("a",), make(b"123456"))
    assert calls == [b"123456", b"abcdef", b"123456"]


def test_a_cached_answer_is_sent_before_routing_and_a_write_still_shows(writer):
    first = writer.get("/api/series/440305", params={"format": "csv"})
    routes = list(writer.app.router.routes)
    writer.app.router.routes.clear()  # nothing left to route to: only the cache can answer now
    try:
        again = writer.get("/api/series/440305", params={"format": "csv"})
        assert (again.status_code, again.content) == (200, first.content)
        assert again.headers["content-type"] == first.headers["content-type"] == "text/csv; charset=utf-8"
        assert int(again.headers["content-length"]) == len(first.content)
        assert writer.get("/api/series/440305").status_code == 404  # another query: not cached, not routed
    finally:
        writer.app.router.routes[:] = routes
    before = len(writer.get("/api/series/Kunshan").json())
    auth = {"authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/ingest?filename=k.csv", content=KUNSHAN, headers=auth).status_code == 200
    assert len(writer.get("/api/series/Kunshan").json()) == before + 2  # the store changed: no stale hit
