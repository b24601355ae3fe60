"""Table ingestion: formats, encodings, units, mapping, wide tables, and every kind of bad input."""

import pandas as pd
import pytest

from conftest import counts
from regionwatch import IngestError, Origin, TableOptions

HEADER = "region,indicator,period,value,unit\n"


def one(obs, path, **kw):
    (report,) = obs.ingest(path, **kw)
    return report


def values(obs, code, indicator="gdp"):
    df = obs.observations(code, indicator)
    return dict(zip(df["period"], df["value"], strict=True))


# ---------------------------------------------------------------- happy paths


def test_long_csv_with_units_and_names(obs, write):
    path = write(
        "long.csv",
        HEADER + '440305,gdp,2024,"9,500",亿元\n海淀区,地区生产总值,2023,9925.9,亿元\n'
        "Kunshan,GDP,2022,0.5006,万亿元\n长沙县,gdp_growth,2023,5.1,%\n",
    )
    r = one(obs, path)
    assert r.status == "ingested" and r.claims == 4 and r.valid
    assert values(obs, "440305") == {"2024": pytest.approx(9.5e11)}
    assert values(obs, "110108") == {"2023": pytest.approx(9.9259e11)}
    assert values(obs, "320583") == {"2022": pytest.approx(5.006e11)}
    assert values(obs, "430121", "gdp_growth") == {"2023": pytest.approx(5.1)}


@pytest.mark.parametrize(
    ("cell", "unit", "expected"),
    [
        ("12,345", "万元", 1.2345e8),
        ("１２３４", "亿元", 1.234e11),
        ("1.5", "trillion yuan", 1.5e12),
        ("820", "billion yuan", 8.2e11),
        ("3", "million yuan", 3e6),
        ("4200", "RMB", 4200),
        ("88", "CNY", 88),
        ("1.01万亿", "元", 1.01e12),
        ("10100亿元", "", 1.01e12),
    ],
)
def test_unit_normalisation(obs, write, cell, unit, expected):
    r = one(obs, write("u.csv", HEADER + f'440305,gdp,2024,"{cell}",{unit}\n'))
    assert r.status == "ingested", r.problems
    assert values(obs, "440305")["2024"] == pytest.approx(expected)


def test_usd_stays_usd(obs, write):
    one(obs, write("usd.csv", HEADER + "440305,gdp,2025,143.7,USD billion\n"))
    df = obs.observations("440305", "gdp")
    assert df.iloc[0]["unit"] == "USD" and df.iloc[0]["value"] == pytest.approx(1.437e11)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_encodings(obs, write, encoding):
    text = "地区,指标,年份,数值,单位\n深圳市南山区,地区生产总值,2024,9500,亿元\n"
    r = one(obs, write(f"enc-{encoding}.csv", text, encoding=encoding))
    assert r.status == "ingested", r.problems
    assert values(obs, "440305") == {"2024": pytest.approx(9.5e11)}


def test_xlsx_and_parquet(obs, tmp_path):
    frame = pd.DataFrame(
        {
            "code": ["440304", "440307"],
            "indicator": ["gdp", "gdp"],
            "year": [2024, 2024],
            "value": [5948.82, 5600.0],
            "unit": ["亿元", "亿元"],
        }
    )
    frame.to_excel(tmp_path / "t.xlsx", index=False)
    frame.assign(region=["福田区", "龙岗区"]).drop(columns="code").to_parquet(tmp_path / "t.parquet")
    r1 = one(obs, tmp_path / "t.xlsx")
    r2 = one(obs, tmp_path / "t.parquet", options=TableOptions(within="深圳"))
    assert (r1.format, r1.status, r2.format, r2.status) == ("xlsx", "ingested", "parquet", "ingested")
    assert values(obs, "440304")["2024"] == pytest.approx(5.94882e11)
    # two claims (one per file) stand behind the same figure
    assert obs.observations("440304").iloc[0]["n_claims"] == 2


def test_wide_format_and_column_mapping(obs, write):
    path = write("wide.csv", "区县名,2021年,2022年,2023\n福田区,5000,,5500.5\n龙岗区,4800,4900,\n")
    r = one(
        obs, path, options=TableOptions(columns={"区县名": "region"}, indicator="gdp", unit="亿元", within="Shenzhen")
    )
    assert r.status == "ingested", r.problems
    assert r.claims == 4 and r.rows_read == 2
    assert values(obs, "440304") == {"2021": pytest.approx(5e11), "2023": pytest.approx(5.5005e11)}
    loc = obs.series("440307")["location"].tolist()
    assert loc == ["wide.csv:row 3, column 2021年", "wide.csv:row 3, column 2022年"]


def test_row_sources_and_file_origin(obs, write):
    path = write(
        "src.csv",
        HEADER.strip() + ",source_url,source_type,quote\n"
        "440305,gdp,2024,9500,亿元,https://stats.example.gov.cn/2024,official,全年实现9500亿元\n"
        "440305,gdp,2023,8600,亿元,,,\n",
    )
    origin = Origin(
        title="My compilation",
        producer="Test desk",
        license="CC-BY-4.0",
        source_type="news",
        date_published="2025-03-01",
    )
    one(obs, path, origin=origin)
    s = obs.series("440305").set_index("period")
    assert s.loc["2024", "source_url"] == "https://stats.example.gov.cn/2024"
    assert s.loc["2024", "source_type"] == "official" and s.loc["2024", "quote"] == "全年实现9500亿元"
    assert s.loc["2023", "source_title"] == "My compilation" and s.loc["2023", "source_type"] == "news"
    src = obs.sources().set_index("title")
    assert src.loc["My compilation", "license"] == "CC-BY-4.0"
    assert len(src.loc["My compilation", "checksum"]) == 64


def test_crossed_rows_are_bounds_and_half_years_not_years(obs, write):
    path = write(
        "m.csv",
        HEADER.strip() + ",qualifier\n440307,gdp,2025,6000,亿元,at_least\n440307,gdp,2024H1,2500.99,亿元,exact\n",
    )
    one(obs, path)
    df = obs.observations("440307").set_index("period")
    assert df.loc["2025", "qualifier"] == "at_least"
    assert "2024-H1" in df.index and "2024" not in df.index


# ---------------------------------------------------------------- idempotence, vintages, atomicity


def test_reingesting_identical_file_changes_nothing(obs, write):
    path = write("same.csv", HEADER + "440305,gdp,2024,9500,亿元\n")
    first = one(obs, path)
    before = counts(obs)
    again = one(obs, path)
    assert (first.status, again.status) == ("ingested", "unchanged")
    assert counts(obs) == before


def test_changed_file_is_a_new_vintage_and_keeps_the_old(obs, write, clock):
    path = write("v.csv", HEADER + "440305,gdp,2024,9500,亿元\n")
    one(obs, path)
    t1 = clock.advance(days=30)
    path.write_text(HEADER + "440305,gdp,2024,9612.3,亿元\n", encoding="utf-8")
    r = one(obs, path)
    assert r.vintage == 2 and r.observations_revised == 1
    s = obs.series("440305")
    assert sorted(s["value"]) == [pytest.approx(9.5e11), pytest.approx(9.6123e11)]
    assert s[s["shown"]]["value"].item() == pytest.approx(9.6123e11)
    # as of before the revision, the store showed the first figure
    earlier = obs.observations("440305", "gdp", as_of=t1 - pd.Timedelta(days=1))
    assert earlier["value"].item() == pytest.approx(9.5e11)


def test_strict_raises_with_report(obs, write):
    with pytest.raises(IngestError) as e:
        obs.ingest(write("bad.csv", HEADER + "Atlantis,gdp,2024,1,亿元\n"), strict=True)
    assert e.value.report.errors[0].code == "unknown-region"
    assert "bad.csv" in str(e.value)


BAD_INPUTS = {
    "malformed": (
        b'region,indicator,period,value,unit\n440305,gdp,2024,"9500,\xe4\xba\xbf\xe5\x85\x83\n',
        "malformed-csv",
        2,
    ),
    "truncated": (
        b"region,indicator,period,value,unit\n440305,gdp,2023,9000,\xe4\xba\xbf\xe5\x85\x83\n440305,gdp",
        "truncated-row",
        3,
    ),
    "extra": (b"region,indicator,period,value,unit\n440305,gdp,2023,9000,x,y\n", "extra-fields", 2),
    "utf16": ("region,indicator,period,value,unit\n".encode("utf-16-le"), "encoding-error", 1),
    "unknown-region": (HEADER.encode() + "Gotham District,gdp,2024,1,亿元\n".encode(), "unknown-region", 2),
    "ambiguous-region": (HEADER.encode() + "南山区,gdp,2024,9500,亿元\n".encode(), "ambiguous-region", 2),
    "non-numeric": (HEADER.encode() + "440305,gdp,2024,lots,亿元\n".encode(), "non-numeric-value", 2),
    "bad-grouping": (HEADER.encode() + '440305,gdp,2024,"95,00",亿元\n'.encode(), "non-numeric-value", 2),
    "negative-gdp": (HEADER.encode() + "440305,gdp,2024,-9500,亿元\n".encode(), "negative-value", 2),
    "conflicting-duplicate": (
        HEADER.encode() + "440305,gdp,2024,9500,亿元\n440305,gdp,2024,9600,亿元\n".encode(),
        "conflicting-duplicate",
        3,
    ),
    "unknown-unit": (HEADER.encode() + b"440305,gdp,2024,9500,furlongs\n", "unknown-unit", 2),
    "unit-mismatch": (HEADER.encode() + "440305,gdp,2024,9500,万人\n".encode(), "unit-mismatch", 2),
    "bad-period": (HEADER.encode() + "440305,gdp,last year,9500,亿元\n".encode(), "invalid-period", 2),
    "unknown-indicator": (HEADER.encode() + "440305,happiness,2024,9,亿元\n".encode(), "unknown-indicator", 2),
    "missing-column": (b"region,period,value\n440305,2024,1\n", "missing-column", 1),
    "duplicate-header": (b"region,region,period,value,unit,indicator\n", "duplicate-header", 1),
    "empty": (b"", "empty-file", None),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_reported_and_store_unchanged(obs, write, case):
    content, code, row = BAD_INPUTS[case]
    one(obs, write("good.csv", HEADER + "440304,gdp,2024,5948.82,亿元\n"))
    before = counts(obs)
    structural = case in ("empty", "malformed", "missing-column", "duplicate-header") or not content.endswith(b"\n")
    good_row = b"" if structural else "440306,gdp,2024,5000,亿元\n".encode()
    path = write(f"{case}.csv", content + good_row)  # a good row after the bad one, where rows can be read
    report = one(obs, path)
    assert report.status == "invalid"
    problem = next(p for p in report.errors if p.code == code)
    assert problem.file == str(path) and problem.row == row
    assert counts(obs) == before
    assert obs.observations("440306").empty  # nothing from the bad file is stored, even its good rows
    assert obs.observations("440305").empty


def test_ambiguous_error_lists_candidates(obs, write):
    report = one(obs, write("amb.csv", HEADER + "鼓楼区,gdp,2024,1000,亿元\n"))
    msg = report.errors[0].message
    assert all(code in msg for code in ("320106", "350102", "410204"))


def test_bad_encoding_names_byte_and_row(obs, write):
    data = (HEADER + "440305,gdp,2024,9500,亿元\n").encode("gbk")
    report = one(obs, write("declared.csv", data), encoding="utf-8")
    (p,) = report.errors
    assert p.code == "encoding-error" and p.row == 2 and "byte" in p.message


def test_skip_bad_rows_stores_good_rows_and_reports_skipped(obs, write):
    path = write("mixed.csv", HEADER + "440305,gdp,2024,9500,亿元\nAtlantis,gdp,2024,1,亿元\n440304,gdp,2024,-1,亿元\n")
    report = one(obs, path, options=TableOptions(skip_bad_rows=True))
    assert report.status == "ingested" and report.claims == 1 and report.rows_skipped == 2
    assert {p.row for p in report.warnings} == {3, 4}
    assert all("skipped" in p.message for p in report.warnings)


def test_identical_duplicates_kept_once_with_warning(obs, write):
    report = one(obs, write("dup.csv", HEADER + "440305,gdp,2024,9500,亿元\n440305,gdp,2024,9500,亿元\n"))
    assert report.status == "ingested" and report.claims == 1
    assert report.warnings[0].code == "duplicate-row" and report.warnings[0].row == 3


def test_validate_writes_nothing(obs, write):
    before = counts(obs)
    (report,) = obs.validate(write("ok.csv", HEADER + "440305,gdp,2024,9500,亿元\n"))
    assert report.status == "valid" and report.claims == 1
    assert counts(obs) == before


def test_progress_callback(obs, write):
    seen = []
    one(obs, write("p.csv", HEADER + "440305,gdp,2024,9500,亿元\n"), progress=lambda s, d, t: seen.append(s))
    assert {"read", "validate", "write"} <= set(seen)


def test_report_json_shape(obs, write):
    report = one(obs, write("bad.csv", HEADER + "Atlantis,gdp,2024,1,亿元\n"))
    d = report.to_dict()
    assert d["valid"] is False
    assert d["errors"][0] == {
        "code": "unknown-region",
        "message": "unknown region 'Atlantis'",
        "file": report.file,
        "row": 2,
        "column": "region",
        "severity": "error",
    }
