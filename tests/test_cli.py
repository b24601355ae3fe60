"""The CLI, in process: every command, every format, errors and exit codes, and the README."""

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from regionwatch.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


@pytest.fixture
def cli(db_path, monkeypatch):
    monkeypatch.setenv("REGIONWATCH_DB", str(db_path))

    def run(*args, ok=True):
        result = runner.invoke(app, [str(a) for a in args])
        if ok:
            assert result.exit_code == 0, result.output
        return result

    run("init")
    return run


def rows(result):
    return json.loads(result.stdout)


def test_status_json(cli, db_path):
    s = rows(cli("status", "-f", "json"))
    assert s["path"] == str(db_path) and s["claims"] > 0 and s["schema_version"] >= 1


def test_db_option_overrides_environment(cli, tmp_path):
    other = tmp_path / "other.duckdb"
    assert runner.invoke(app, ["--db", str(other), "init", "--no-bundled"]).exit_code == 0
    result = runner.invoke(app, ["--db", str(other), "status", "-f", "json"])
    assert json.loads(result.stdout)["path"] == str(other) and json.loads(result.stdout)["claims"] == 0


def test_club_formats(cli):
    data = rows(cli("club", "--threshold", "1万亿", "-f", "json"))
    assert [(r["code"], r["first_year"]) for r in data] == [("310115", 2018), ("110108", 2022), ("440305", 2025)]
    for key in ("code", "name_en", "name_zh", "first_year", "latest_period", "latest_value", "sources"):
        assert key in data[0]
    assert data[2]["sources"][0]["url"]
    csv_out = cli("club", "-t", "1 trillion", "-f", "csv").stdout.splitlines()
    assert csv_out[0].startswith("code,name_en,name_zh") and len(csv_out) == 4
    table = cli("club").stdout
    assert "Nanshan District" in table and "Pudong New Area" in table and "2018" in table


def test_next(cli):
    data = rows(cli("next", "-t", "1e12", "-n", "3", "-f", "json"))
    assert len(data) == 3 and data[0]["code"] == "440106"
    assert "naive_years_to_threshold" in data[0]
    assert "NAIVE" in cli("next").stdout


def test_bad_threshold_is_a_clear_error(cli):
    result = cli("club", "-t", "plenty", ok=False)
    assert result.exit_code == 2 and "not a threshold" in result.output


def test_series_and_sources(cli):
    data = rows(cli("series", "Nanshan", "--within", "Shenzhen", "-f", "json"))
    assert {r["period"] for r in data} >= {"2020", "2025"} and all(r["source_url"] for r in data)
    assert "*" in cli("series", "440305").stdout
    growth = rows(cli("series", "440305", "gdp_growth", "-f", "json"))
    assert {r["period"]: r["value"] for r in growth}["2025"] == pytest.approx(6.3)
    everything = rows(cli("series", "440305", "all", "-f", "json"))
    assert {r["indicator"] for r in everything} == {"gdp", "gdp_growth"}
    srcs = rows(cli("sources", "-f", "json"))
    assert sum(s["claims"] for s in srcs) == 57


def test_series_ambiguous_region(cli):
    result = cli("series", "南山区", ok=False)
    assert result.exit_code == 1 and "230404" in result.stderr and "440305" in result.stderr


def test_regions_search_and_show(cli):
    data = rows(cli("regions", "search", "南山区", "-f", "json"))
    assert {r["code"] for r in data[:2]} == {"440305", "230404"}
    for key in ("code", "name_zh", "name_en", "level", "parent_code", "valid_from", "valid_to"):
        assert key in data[0]
    assert rows(cli("regions", "search", "Nanshan", "--within", "Shenzhen", "-f", "json"))[0]["code"] == "440305"
    assert rows(cli("regions", "search", "南汇区", "--year", "2005", "-f", "json"))[0]["valid_to"] == 2009
    info = rows(cli("regions", "show", "310115", "-f", "json"))
    assert info["name_en"] == "Pudong New Area" and "310119" in [p["code"] for p in info["predecessors"]]
    text = cli("regions", "show", "440300").stdout
    assert "440305" in text and "Shenzhen" in text
    assert cli("regions", "show", "Atlantis", ok=False).exit_code == 1  # a data error, not a usage error


def test_ingest_and_validate(cli, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("地区,指标,年份,数值,单位\n深圳市福田区,GDP,2025,6100,亿元\n", encoding="gbk")
    bad = tmp_path / "bad.csv"
    bad.write_text("region,indicator,period,value,unit\n鼓楼区,gdp,2024,1,亿元\n", encoding="utf-8")
    v = cli("validate", good, "-f", "json")
    assert rows(v)[0]["status"] == "valid"
    result = cli("ingest", good, "--source-type", "official", "--published", "2026-02-01", "-f", "json")
    assert rows(result)[0]["status"] == "ingested"
    assert rows(cli("ingest", good, "-f", "json"))[0]["status"] == "unchanged"
    failed = cli("ingest", bad, "-f", "json", ok=False)
    assert failed.exit_code == 1
    err = rows(failed)[0]["errors"][0]
    assert err["code"] == "ambiguous-region" and err["row"] == 2 and err["column"] == "region"
    table = cli("ingest", bad, ok=False).stdout
    assert "ambiguous-region" in table
    assert cli("validate", bad, ok=False).exit_code == 1
    wide = tmp_path / "wide.csv"
    wide.write_text("区县,2024\n龙岗区,5800\n", encoding="utf-8")
    out = cli(
        "ingest", wide, "--map", "区县=region", "--indicator", "gdp", "--unit", "亿元", "--within", "深圳", "-f", "json"
    )
    assert rows(out)[0]["claims"] == 1
    assert rows(cli("ingest", bad, "--skip-bad-rows", "-f", "json", ok=False))[0]["status"] == "invalid"


def test_indicators_and_version(cli):
    names = [r["name"] for r in rows(cli("indicators", "-f", "json"))]
    assert "gdp" in names and "invention_patents_per_10k" in names
    assert "regionwatch" in runner.invoke(app, ["--version"]).stdout


def _commands(group, prefix: str = "") -> dict:
    found = {}
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            found.update(_commands(cmd, f"{prefix}{name} "))
        else:
            found[f"{prefix}{name}"] = cmd
    return found


COMMANDS = _commands(typer.main.get_command(app))


def test_optimize(cli):
    before = rows(cli("series", "440305", "-f", "json"))
    counts = rows(cli("optimize", "-f", "json"))
    assert counts["claims"] > 0 and counts["observations"] > 0
    assert rows(cli("series", "440305", "-f", "json")) == before
    assert "reordered" in cli("optimize").stdout


def test_every_command_is_documented_in_the_readme():
    for name in COMMANDS:
        assert f"regionwatch {name}" in README, f"`regionwatch {name}` is not in the README"


def test_every_readme_command_exists():
    code = "\n".join(re.findall(r"```sh\n(.*?)\n```", README, flags=re.S))
    mentioned = set(re.findall(r"regionwatch ((?:regions )?[a-z]+)", code))
    assert len(mentioned) >= 10
    unknown = {m for m in mentioned if m not in COMMANDS and m.split()[0] not in COMMANDS}
    assert not unknown, unknown


def test_every_option_has_help():
    for name, cmd in COMMANDS.items():
        assert cmd.help, name
        for param in cmd.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts}"


def test_readme_starts_with_the_two_commands():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    assert "regionwatch init" in blocks[0] and "club" in blocks[0]
    assert "pytest" in blocks[1]


def test_every_problem_code_and_flag_is_documented():
    from regionwatch import Observatory
    from regionwatch.ingest import ProblemCode

    for code in ProblemCode:
        assert f"`{code.value}`" in README, code
        assert len(code.description) > 10
    for flag in Observatory.flag_codes():
        assert f"`{flag}`" in README, flag
