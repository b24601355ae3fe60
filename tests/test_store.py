"""The store: schema, status, the rule that picks the figure shown, conflicts kept side by side, as-of."""

import duckdb
import pytest

from regionwatch import Observatory, Origin
from regionwatch.errors import StoreError
from regionwatch.store import SCHEMA_VERSION, Store, default_path

HEADER = "region,indicator,period,value,unit,qualifier\n"


def add(obs, write, name, rows, **origin):
    origin.setdefault("title", name)
    (r,) = obs.ingest(write(name, HEADER + rows), origin=Origin(**origin))
    assert r.status == "ingested", r.problems
    return r


def shown(obs, code="440305", period="2025"):
    df = obs.observations(code, "gdp").set_index("period")
    return df.loc[period, "value"], df.loc[period, "qualifier"]


def test_schema_and_status(obs, db_path):
    s = obs.status()
    assert s["schema_version"] == SCHEMA_VERSION and s["path"] == str(db_path)
    assert s["regions"] > 6000 and s["indicators"] == 22 and s["claims"] == 0
    tables = {r[0] for r in obs.store.run("SELECT table_name FROM information_schema.tables")}
    assert {"regions", "indicators", "sources", "claims", "observations", "ingests"} <= tables


def test_reopening_keeps_data_and_does_not_reload(obs, write, db_path):
    add(obs, write, "a.csv", "440305,gdp,2025,10100,亿元,approx\n")
    obs.close()
    with Observatory(db_path) as again:
        assert again.status()["claims"] == 1


def test_newer_schema_is_refused(db_path):
    with Store(db_path) as store:
        store.status()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db_path).status()


def test_default_path_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("REGIONWATCH_DB", str(tmp_path / "x.duckdb"))
    assert default_path() == tmp_path / "x.duckdb"
    monkeypatch.delenv("REGIONWATCH_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "regionwatch" / "regionwatch.duckdb"


def test_official_beats_news(obs, write):
    add(obs, write, "news.csv", "440305,gdp,2025,10100,亿元,exact\n", source_type="news")
    add(obs, write, "bureau.csv", "440305,gdp,2025,10050.3,亿元,exact\n", source_type="official")
    add(obs, write, "news2.csv", "440305,gdp,2025,10200,亿元,exact\n", source_type="news")
    assert shown(obs)[0] == pytest.approx(1.00503e12)


def test_later_revision_beats_earlier(obs, write):
    add(
        obs,
        write,
        "prelim.csv",
        "440305,gdp,2024,9500,亿元,exact\n",
        source_type="official",
        date_published="2025-02-01",
    )
    add(
        obs,
        write,
        "yearbook.csv",
        "440305,gdp,2024,9612.3,亿元,exact\n",
        source_type="official",
        date_published="2025-12-01",
    )
    add(obs, write, "old.csv", "440305,gdp,2024,9400,亿元,exact\n", source_type="official", date_published="2024-12-01")
    assert shown(obs, period="2024")[0] == pytest.approx(9.6123e11)


def test_exact_beats_rounded_and_level_beats_bound(obs, write):
    add(obs, write, "bound.csv", "440305,gdp,2025,10000,亿元,at_least\n", source_type="news")
    assert shown(obs) == (pytest.approx(1e12), "at_least")
    add(obs, write, "rounded.csv", "440305,gdp,2025,10100,亿元,approx\n", source_type="news")
    assert shown(obs) == (pytest.approx(1.01e12), "approx")
    add(obs, write, "exact.csv", "440305,gdp,2025,10087.6,亿元,exact\n", source_type="news")
    assert shown(obs) == (pytest.approx(1.00876e12), "exact")


def test_actual_beats_expected_and_targets_are_never_shown(obs, write):
    path = write(
        "k.csv",
        "region,indicator,period,value,unit,kind\n440300,gdp,2030,50000,亿元,target\n"
        "440300,gdp,2025,38700,亿元,expected\n",
    )
    obs.ingest(path)
    df = obs.observations("440300", "gdp").set_index("period")
    assert list(df.index) == ["2025"] and df.loc["2025", "kind"] == "expected"
    add(obs, write, "actual.csv", "440300,gdp,2025,38731.8,亿元,exact\n")
    assert shown(obs, "440300")[0] == pytest.approx(3.87318e12)
    series = obs.series("440300")
    assert set(series["kind"]) == {"target", "expected", "actual"}


def test_conflicting_figures_are_kept_side_by_side(obs, write):
    add(obs, write, "a.csv", "440305,gdp,2025,10100,亿元,exact\n", source_type="news", url="https://a.example")
    add(obs, write, "b.csv", "440305,gdp,2025,9800,亿元,exact\n", source_type="news", url="https://b.example")
    s = obs.series("440305")
    assert len(s) == 2 and s["shown"].sum() == 1 and s["disputed"].all()
    assert set(s["source_url"]) == {"https://a.example", "https://b.example"}
    o = obs.observations("440305", "gdp").iloc[0]
    assert o["n_claims"] == 2 and o["n_conflicting"] == 1 and len(o["claim_ids"]) == 2


def test_as_of_shows_the_past(obs, write, clock):
    t0 = clock.now
    add(obs, write, "first.csv", "440305,gdp,2025,10000,亿元,at_least\n")
    clock.advance(days=10)
    add(obs, write, "second.csv", "440305,gdp,2025,10100,亿元,approx\n")
    assert obs.observations("440305", "gdp", as_of=t0)["value"].item() == pytest.approx(1e12)
    assert obs.observations("440305", "gdp")["value"].item() == pytest.approx(1.01e12)
    assert obs.observations("440305", "gdp", as_of="2020-01-01").empty
    assert len(obs.series("440305", as_of=t0)) == 1
    assert obs.status()["observation_versions"] == 2


def test_optimize_reorders_rows_by_region_and_changes_nothing_else(obs, write, clock):
    add(obs, write, "late.csv", "440305,gdp,2025,10100,亿元,exact\n110108,gdp,2025,11000,亿元,exact\n")
    clock.advance(days=1)
    add(obs, write, "early.csv", "110108,gdp,2024,10500,亿元,exact\n440305,gdp,2025,9900,亿元,exact\n")
    tables = ("claims", "observations")
    before = {t: sorted(map(repr, obs.store.run(f"SELECT * FROM {t}"))) for t in tables}
    series = obs.series("440305")
    assert [r[0] for r in obs.store.run("SELECT region FROM claims")] != sorted(
        r[0] for r in obs.store.run("SELECT region FROM claims")
    )  # stored in ingest order: not yet by region
    assert obs.optimize() == {"claims": 4, "observations": 4}  # one superseded version kept
    after = {t: sorted(map(repr, obs.store.run(f"SELECT * FROM {t}"))) for t in tables}
    assert after == before
    assert [r[:2] for r in obs.store.run("SELECT region, period FROM claims")] == [
        ("110108", "2024"),
        ("110108", "2025"),
        ("440305", "2025"),
        ("440305", "2025"),
    ]
    assert obs.series("440305").equals(series)


def test_rule_is_documented():
    text = Observatory.observation_rule()
    for phrase in ("official", "revision", "exact", "bound"):
        assert phrase in text


def test_migration_from_version_1_keeps_data_and_adds_digits(tmp_path):
    from regionwatch.store._schema import MIGRATIONS

    db_path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(MIGRATIONS[0][2])
    con.execute("INSERT INTO schema_meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO claims VALUES (1, 1, 1, '440305', NULL, 'gdp', '2025', 1010238000000, 'CNY', 'exact', "
                "'actual', NULL, NULL, NULL, NULL, now())")  # fmt: skip
    con.close()
    with Store(db_path) as store:
        assert store.meta("schema_version") == str(SCHEMA_VERSION)
        assert store.run("SELECT digits, status FROM claims")[0] == (7, "accepted")  # old claims keep counting
        assert store.meta("application") == "regionwatch"
