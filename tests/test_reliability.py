"""Each defect of the reliability pass (issue 7), reproduced through the CLI: one line, an exit code, nothing lost."""

import json
import os
import subprocess
import sys
import textwrap
import time

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from regionwatch import Observatory
from regionwatch.cli import app

runner = CliRunner()
HEADER = "region,indicator,period,value,unit\n"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, code=1):
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def store(db_path):
    with Observatory(db_path) as obs:
        obs.init()
    return db_path


# 1. another program's DuckDB file is never written


def test_foreign_duckdb_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE claims(x INT)")
    con.close()
    before = path.read_bytes()
    for args in (("status",), ("init",), ("club",)):
        line = one_line_error(run("--db", path, *args))
        assert "another program" in line and "claims" in line
    assert path.read_bytes() == before
    con = duckdb.connect(str(path), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()] == ["claims"]


def test_a_file_that_is_not_duckdb_is_refused(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert "not a DuckDB file" in one_line_error(run("--db", path, "status"))
    assert path.read_text(encoding="utf-8") == "a,b\n1,2\n"


# 2. inf, NaN and absurd values


@pytest.mark.parametrize(("cell", "code"), [("1e400", "non-finite-value"), ("3e17", "implausible-value")])
def test_absurd_values_are_typed_problems(store, write, cell, code):
    path = write("bad.csv", HEADER + f"440305,gdp,2024,{cell},元\n")
    result = run("--db", store, "ingest", path, "-f", "json")
    assert result.exit_code == 1
    (report,) = json.loads(result.stdout)
    assert [e["code"] for e in report["errors"]] == [code]


def test_inf_in_parquet_is_refused_and_json_stays_json(store, tmp_path):
    path = tmp_path / "inf.parquet"
    pd.DataFrame(
        {"region": ["440305"], "indicator": ["gdp"], "period": ["2024"], "value": [float("inf")], "unit": ["元"]}
    ).to_parquet(path)
    result = run("--db", store, "ingest", path, "-f", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)[0]["errors"][0]["code"] == "non-finite-value"
    club = run("--db", store, "club", "-f", "json")
    assert "Infinity" not in club.stdout and json.loads(club.stdout)


# 3. readers and the writer


def _hold(path, read_only, seconds):
    """A separate process that holds the store (as regionwatch or raw DuckDB) and says when it has it."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from regionwatch import Observatory
        obs = Observatory({str(path)!r}, read_only={read_only}, keep_open=True)
        obs.status()
        print("holding", flush=True)
        time.sleep({seconds})
        obs.close()
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_readers_work_beside_other_readers(store):
    proc = _hold(store, True, 3)
    try:
        result = run("--db", store, "status", "-f", "json")
        assert result.exit_code == 0 and json.loads(result.stdout)["claims"] > 0
    finally:
        proc.kill()


def test_a_busy_store_is_one_line_naming_the_holder(store):
    proc = _hold(store, False, 5)
    try:
        started = time.monotonic()
        line = one_line_error(run("--db", store, "--wait", "0.5", "status"))
        assert time.monotonic() - started < 4
        assert "busy" in line and f"PID {proc.pid}" in line
    finally:
        proc.kill()


def test_a_writer_waits_its_turn(store, write):
    proc = _hold(store, False, 1)
    try:
        path = write("later.csv", HEADER + "440304,gdp,2024,5900,亿元\n")
        result = run("--db", store, "--wait", "20", "ingest", path)
        assert result.exit_code == 0, result.output
    finally:
        proc.kill()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only file")
def test_a_read_only_file_can_be_read(store):
    store.chmod(0o444)
    assert run("--db", store, "club").exit_code == 0


# 4. CSV safe for spreadsheets


def test_csv_output_escapes_formulas_but_not_numbers(store, write):
    head = "region,indicator,period,value,unit,quote,source_title\n"
    path = write("inj.csv", head + '440305,gdp_growth,2024,-2.5,%,"=HYPERLINK(""http://x"")",@SUM(A1)\n')
    assert run("--db", store, "ingest", path).exit_code == 0
    out = run("--db", store, "series", "440305", "gdp_growth", "-f", "csv").stdout
    assert "'=HYPERLINK" in out and ",-2.5," in out and "\n=" not in out and ",=" not in out
    sources = run("--db", store, "sources", "-f", "csv").stdout
    assert "'@SUM(A1)" in sources


# 5. a unit in the cell against the unit column


def test_cell_unit_contradicting_the_unit_column_is_an_error(store, write):
    path = write("units.csv", HEADER + "440305,gdp,2024,100亿元,%\n")
    (report,) = json.loads(run("--db", store, "ingest", path, "-f", "json").stdout)
    assert report["status"] == "invalid" and report["errors"][0]["code"] == "unit-conflict"
    assert "CNY in the cell, percent in the unit column" in report["errors"][0]["message"]


# 6. codes and names outside their years


@pytest.mark.parametrize(
    ("region", "period", "named"),
    [("440321", "2030", "440306 宝安区"), ("440311", "2000", "440306 宝安区"), ("宝安县", "2030", "440306")],
)
def test_codes_outside_their_years_are_warned_with_successor_or_predecessor(store, write, region, period, named):
    path = write("old.csv", HEADER + f"{region},gdp,{period},100,亿元\n")
    (report,) = json.loads(run("--db", store, "ingest", path, "-f", "json").stdout)
    (warning,) = [w for w in report["warnings"] if w["code"] == "region-not-valid-in-period"]
    assert named in warning["message"] and warning["row"] == 2


# 7. encodings


def test_latin1_csv_is_an_encoding_error_not_mojibake(store, write):
    path = write(
        "latin.csv", (HEADER + "440305,gdp,2024,9500,亿元\n").replace("亿元", "yuan") + "# Région éa\n", "latin-1"
    )
    (report,) = json.loads(run("--db", store, "ingest", path, "-f", "json").stdout)
    assert report["errors"][0]["code"] == "encoding-error" and "--encoding" in report["errors"][0]["message"]


ZH = "2024年，福田区地区生产总值达到6200.5亿元，同比增长5.2%。"


def test_big5_text_is_refused_without_encoding_and_read_with_it(store, write):
    traditional = ZH.translate(str.maketrans("区产总达亿长", "區產總達億長"))
    path = write("tw.txt", traditional, "big5")
    line = one_line_error(run("--db", store, "extract", path, "--published", "2025-02-01"))
    assert "tw.txt" in line and "--encoding" in line
    ok = run("--db", store, "extract", path, "--published", "2025-02-01", "--encoding", "big5", "-f", "json")
    assert ok.exit_code == 0 and any(c["value"] == pytest.approx(6.2005e11) for c in json.loads(ok.stdout))


def test_utf16_with_bom_is_read(store, write):
    path = write("u16.txt", "\ufeff" + ZH, "utf-16-le")
    result = run("--db", store, "extract", path, "--published", "2025-02-01", "-f", "json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) >= 1


# 8. extract --store: typed fields, all files read before anything is stored


def test_jsonl_with_a_number_for_source_url_is_one_line(store, write):
    path = write("n.jsonl", json.dumps({"doc_id": "a", "text": ZH, "source_url": 42}) + "\n")
    line = one_line_error(run("--db", store, "extract", path, "--store"))
    assert "n.jsonl:1" in line and "source_url" in line


def test_a_missing_later_file_stores_nothing(store, write, tmp_path):
    good = write("good.txt", ZH)
    before = Observatory(store, read_only=True).status()["claims"]
    line = one_line_error(run("--db", store, "extract", good, tmp_path / "missing.txt", "--store"))
    assert "missing.txt" in line
    assert Observatory(store, read_only=True).status()["claims"] == before


# 9. options


def test_a_typo_in_db_creates_nothing(tmp_path):
    target = tmp_path / "no-such-folder" / "store.duckdb"
    for args in (("status",), ("club",), ("review",)):
        assert "init" in one_line_error(run("--db", target, *args))
    assert not target.parent.exists()
    assert run("--db", target, "init", "--no-bundled").exit_code == 0 and target.exists()


def test_limits_and_dates_are_usage_errors(store):
    for args in (("next", "--limit", "-1"), ("next", "--limit", "0")):
        result = run("--db", store, *args)
        assert result.exit_code == 2 and "Traceback" not in result.output
    line = one_line_error(run("--db", store, "series", "440305", "--as-of", "yesterday"), 2)
    assert "yesterday" in line


def test_errors_do_not_repeat_a_huge_cell(store, write):
    path = write("huge.csv", HEADER + "440305,gdp,2024," + "x" * 50_000 + ",亿元\n")
    result = run("--db", store, "ingest", path, "-f", "json")
    (report,) = json.loads(result.stdout)
    assert len(report["errors"][0]["message"]) < 400


def test_unexpected_errors_are_one_line_too(store, monkeypatch):
    def boom(*a, **k):
        raise ZeroDivisionError("deep inside")

    monkeypatch.setattr(Observatory, "status", boom)
    line = one_line_error(run("--db", store, "status"))
    assert "ZeroDivisionError" in line and "REGIONWATCH_DEBUG" in line
