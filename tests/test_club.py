"""The trillion-yuan club and the candidates, on the bundled figures and on figures written here."""

import pytest

from regionwatch.analytics import parse_threshold


@pytest.fixture
def bundled(obs):
    report = obs.init()
    assert report.status == "ingested"
    return obs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1e12", 1e12),
        ("1万亿", 1e12),
        ("1 trillion", 1e12),
        ("5000亿", 5e11),
        ("500 billion", 5e11),
        ("1.5万亿元", 1.5e12),
        (2e12, 2e12),
        ("一万亿", 1e12),
    ],
)
def test_thresholds(text, value):
    assert parse_threshold(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["lots", "-5", "0", "100 USD", "5%"])
def test_bad_thresholds(text):
    with pytest.raises(ValueError):
        parse_threshold(text)


def test_bundled_init_is_idempotent(bundled):
    before = bundled.status()
    assert bundled.init().status == "unchanged"
    assert bundled.status() == before


def test_trillion_club(bundled):
    club = bundled.club("1万亿")
    assert list(zip(club["code"], club["first_year"], strict=True)) == [
        ("310115", 2018),
        ("110108", 2022),
        ("440305", 2025),
    ]
    row = club.set_index("code").loc["440305"]
    assert row["name_en"] == "Nanshan District" and row["name_zh"] == "南山区"
    assert row["latest_period"] == "2025" and row["latest_value"] == pytest.approx(1.01e12)
    assert row["sources"][0]["url"].startswith("http") and row["sources"][0]["quote"]
    pudong = club.set_index("code").loc["310115"]
    assert pudong["first_qualifier"] == "at_least" and pudong["crossing_confirmed"]
    assert pudong["latest_period"] == "2024"


def test_other_levels_and_thresholds(bundled):
    assert bundled.club("1万亿", level="prefecture")["code"].tolist() == ["440300"]
    half = bundled.club("5000亿")
    assert {"440304", "440307", "440306", "440106"} <= set(half["code"])
    assert bundled.club("1e12", level="province").empty


def test_next_ranks_candidates(bundled):
    nxt = bundled.next("1 trillion", limit=5)
    assert len(nxt) == 5
    assert nxt["latest_value"].is_monotonic_decreasing
    assert not set(nxt["code"]) & {"310115", "110108", "440305"}
    assert nxt.iloc[0]["code"] == "440106"  # Tianhe, 601.22 bn in 2021
    kunshan = bundled.next("1 trillion", limit=None).set_index("code").loc["320583"]
    assert kunshan["cagr"] == pytest.approx((4748.06 / 4045.06) ** 0.5 - 1)
    assert kunshan["naive_years_to_threshold"] > 0 and kunshan["naive_crossing_year"] > 2021
    assert "naive" in kunshan["method"]


def test_club_uses_full_years_only_and_bounds_count(obs, write):
    path = write(
        "t.csv",
        "region,indicator,period,value,unit,qualifier\n"
        "320281,gdp,2025-H1,5200,亿元,exact\n"  # half a year is never a year
        "320281,gdp,2024,4900,亿元,exact\n"
        "440304,gdp,2026,10000,亿元,at_least\n"
        "440304,gdp,2025,9990,亿元,at_most\n",
    )
    obs.ingest(path)
    club = obs.club("5000亿")
    assert club["code"].tolist() == ["440304"]
    assert obs.club("1e12").set_index("code").loc["440304", "first_year"] == 2026


def test_as_of_club(obs, write, clock):
    t0 = clock.now
    obs.ingest(write("a.csv", "region,indicator,period,value,unit\n440305,gdp,2024,9500,亿元\n"))
    clock.advance(days=40)
    obs.ingest(write("b.csv", "region,indicator,period,value,unit\n440305,gdp,2025,10100,亿元\n"))
    assert obs.club("1e12").code.tolist() == ["440305"]
    assert obs.club("1e12", as_of=t0).empty
    assert obs.next("1e12", as_of=t0)["code"].tolist() == ["440305"]


def test_series_by_name_with_every_source(bundled):
    s = bundled.series("Nanshan", within="Shenzhen")
    assert s["period"].tolist()[0] == "1990" and s["shown"].all()
    assert s["source_url"].notna().all() and s["quote"].notna().all()
    with pytest.raises(Exception, match="ambiguous"):
        bundled.series("南山区")


def test_dataframes_are_returned(bundled):
    import pandas as pd

    for df in (
        bundled.club(),
        bundled.next(),
        bundled.sources(),
        bundled.series("440305"),
        bundled.search_regions("南山"),
    ):
        assert isinstance(df, pd.DataFrame)


def test_level_validation(obs):
    with pytest.raises(ValueError, match="galaxy"):
        obs.club(level="galaxy")
