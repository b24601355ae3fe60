"""``regionwatch check``: every figure of an article against the record and against itself.

Record figures used: Kunshan (320583) GDP 2023 5140.6 亿元, 2024 5280.3 亿元, growth 2024 5.1 % (Kunshan
statistical communiqués); Suzhou (320500) GDP 2024 26727 亿元 (Suzhou communiqué); Nanshan (440305) GDP
2025 10102.38 亿元 (as quoted in the project's brief). Invented for these tests and labelled so in the
source title: Kunshan's 2025-H1 GDP 2610.5 亿元 and a Jiangsu (320000) GDP target of 15 万亿 for 2030.
Every article below is written for these tests.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from regionwatch import Observatory, Origin
from regionwatch.check import CHECK_RULES, VERDICTS
from regionwatch.cli import app
from regionwatch.errors import InvalidInput

RECORD = """region,indicator,period,value,unit,kind,source_url
320583,gdp,2023,5140.6,亿元,actual,https://example.org/kunshan-2023
320583,gdp,2024,5280.3,亿元,actual,https://example.org/kunshan-2024
320583,gdp_growth,2024,5.1,percent,actual,https://example.org/kunshan-2024
320500,gdp,2024,26727,亿元,actual,https://example.org/suzhou-2024
440305,gdp,2025,10102.38,亿元,actual,https://example.org/nanshan-2025
320583,gdp,2025-H1,2610.5,亿元,actual,https://example.org/invented-h1
320000,gdp,2030,150000,亿元,target,https://example.org/invented-target
"""
PUBLISHED = "2025-03-01"  # yuan per dollar, monthly averages 2024-12 … 2025-03: 7.2493–7.2957


@pytest.fixture
def rec(obs, write):
    (report,) = obs.ingest(write("record.csv", RECORD), origin=Origin(title="test record"), accept="all")
    assert report.status == "ingested", report.problems
    return obs


def check(obs, text, published=PUBLISHED, **kw):
    report = obs.check(text=text, published=published, **kw)
    return report, report.documents[0].figures


def verdict_of(figures, written):
    found = [f for f in figures if f.quote == written]
    assert found, f"no figure {written!r} among {[f.quote for f in figures]}"
    return found[0]


# ---------------------------------------------------------------------------- verdicts against the record


def test_a_figure_that_agrees_with_the_record_is_consistent(rec):
    report, figures = check(rec, "Kunshan's GDP was 528 billion yuan in 2024.")
    f = verdict_of(figures, "528 billion yuan")
    assert (f.verdict, f.rule) == ("consistent", "record-agrees")
    evidence = f.findings[0].evidence
    assert evidence["record_value"] == pytest.approx(5.2803e11)
    assert evidence["record"]["source_url"] == "https://example.org/kunshan-2024"
    assert not report.conflicts


def test_a_figure_beyond_its_precision_conflicts_with_evidence(rec):
    report, figures = check(rec, "Kunshan's GDP was 520 billion yuan in 2024.")
    f = verdict_of(figures, "520 billion yuan")
    assert (f.verdict, f.rule) == ("conflicting", "record-differs")
    evidence = f.findings[0].evidence
    assert evidence["difference_pct"] == pytest.approx(-1.52, abs=0.01)
    assert evidence["record"]["value"] == pytest.approx(5.2803e11)
    assert evidence["record"]["source_url"] == "https://example.org/kunshan-2024"
    assert evidence["record"]["location"] == "record.csv:row 3"
    assert "differs" in f.findings[0].message and "-1.52 %" in f.findings[0].message
    assert report.conflicts


@pytest.mark.parametrize(
    ("sentence", "written", "verdict"),
    [
        ("Nanshan district in Shenzhen posted GDP of 1 trillion yuan in 2025.", "1 trillion yuan", "consistent"),
        ("Nanshan district in Shenzhen posted GDP of 1.2 trillion yuan in 2025.", "1.2 trillion yuan", "conflicting"),
        ("Kunshan's GDP was about 530 billion yuan in 2024.", "530 billion yuan", "consistent"),
        ("Kunshan's GDP was about 600 billion yuan in 2024.", "600 billion yuan", "conflicting"),
        ("Kunshan's GDP exceeded 500 billion yuan in 2024.", "500 billion yuan", "consistent"),
        ("Kunshan's GDP exceeded 530 billion yuan in 2024.", "530 billion yuan", "conflicting"),
        ("Kunshan's GDP was less than 500 billion yuan in 2024.", "500 billion yuan", "conflicting"),
        ("昆山市2024年地区生产总值5280亿元。", "5280亿元", "consistent"),
        ("昆山市2024年地区生产总值5290亿元。", "5290亿元", "conflicting"),
        ("Kunshan's economy grew 5.1 percent in 2024.", "5.1 percent", "consistent"),
        ("Kunshan's economy grew 5 percent in 2024.", "5 percent", "consistent"),  # 5.1 rounds to 5
        ("Kunshan's economy grew 6 percent in 2024.", "6 percent", "conflicting"),
    ],
)
def test_rounding_and_qualifiers(rec, sentence, written, verdict):
    _, figures = check(rec, sentence, published="2026-02-10")
    assert verdict_of(figures, written).verdict == verdict


def test_a_place_indicator_and_period_without_record_is_new(rec):
    _, figures = check(rec, "Jiangyin's GDP reached 500 billion yuan in 2024.")
    f = verdict_of(figures, "500 billion yuan")
    assert (f.verdict, f.rule) == ("new", "no-record")


def test_a_half_year_is_never_compared_with_a_full_year(rec):
    _, figures = check(rec, "In the first half of 2025, Kunshan's GDP was 261 billion yuan.", published="2025-08-01")
    f = verdict_of(figures, "261 billion yuan")
    assert f.claim.period == "2025-H1" and f.verdict == "consistent"
    assert f.findings[0].evidence["record"]["value"] == pytest.approx(2.6105e11)
    _, figures = check(rec, "In the first half of 2024, Kunshan's GDP was 200 billion yuan.", published="2024-08-01")
    f = verdict_of(figures, "200 billion yuan")  # far below the 2024 full year, but that is another period
    assert f.claim.period == "2024-H1" and f.verdict == "new"


def test_a_target_meets_recorded_targets_only(rec):
    _, figures = check(rec, "Jiangsu aims to lift its GDP to 15 trillion yuan by 2030.")
    assert verdict_of(figures, "15 trillion yuan").verdict == "consistent"
    _, figures = check(rec, "Jiangsu aims to lift its GDP to 18 trillion yuan by 2030.")
    f = verdict_of(figures, "18 trillion yuan")
    assert f.verdict == "conflicting" and "recorded target" in f.findings[0].message


def test_other_indicators_and_unplaced_figures_are_unverifiable(rec):
    _, figures = check(rec, "Kunshan's laptop exports were worth 100 billion yuan in 2024.")
    f = verdict_of(figures, "100 billion yuan")
    assert (f.verdict, f.rule) == ("unverifiable", "other-indicator")
    _, figures = check(rec, "A new fund raised 20 billion yuan, its managers said.")
    f = verdict_of(figures, "20 billion yuan")
    assert (f.verdict, f.rule, f.claim) == ("unverifiable", "no-place", None)


def test_a_dollar_figure_is_checked_against_the_recorded_yuan(rec):
    _, figures = check(rec, "Kunshan's economy was worth $73.5 billion in 2024.")
    f = verdict_of(figures, "$73.5 billion")
    assert (f.verdict, f.rule) == ("consistent", "record-converted")
    assert f.findings[0].evidence["rates"]["months"] == ["2024-12", "2025-01", "2025-02", "2025-03"]


def test_a_share_is_checked_against_the_recorded_levels(rec):
    text = "In 2024 Kunshan's GDP reached 528 billion yuan, one-fifth of Suzhou's total."
    _, figures = check(rec, text)
    f = verdict_of(figures, "one-fifth")
    assert (f.verdict, f.rule) == ("consistent", "record-share")
    _, figures = check(rec, text.replace("one-fifth", "one-third"))
    assert verdict_of(figures, "one-third").verdict == "conflicting"


def test_the_check_sees_the_record_as_of_a_date(rec):
    _, figures = check(rec, "Kunshan's GDP was 528 billion yuan in 2024.", as_of="2020-01-01")
    assert verdict_of(figures, "528 billion yuan").verdict == "new"


# ---------------------------------------------------------------------------- the article against itself


@pytest.mark.parametrize(
    ("usd", "outcome"),
    [("$73.5 billion", "agrees"), ("$85 billion", "differs")],
)
def test_bracketed_dollars_against_the_monthly_rates(obs, usd, outcome):
    _, figures = check(obs, f"Kunshan's GDP reached 528 billion yuan ({usd}) in 2024.")
    f = verdict_of(figures, usd)
    finding = next(x for x in f.findings if x.rule == "usd-conversion")
    assert finding.outcome == outcome
    assert finding.evidence["rates"]["low"] == pytest.approx(7.2493)
    assert (f.verdict == "inconsistent-within") == (outcome == "differs")


@pytest.mark.parametrize(("share", "outcome"), [("one-fifth", "agrees"), ("one-third", "differs")])
def test_a_share_against_the_two_levels_in_the_article(obs, share, outcome):
    text = f"In 2024 Kunshan's GDP reached 528 billion yuan, {share} of Suzhou's total of 2.67 trillion yuan."
    _, figures = check(obs, text)
    finding = next(x for x in verdict_of(figures, share).findings if x.rule == "share-of-levels")
    assert finding.outcome == outcome
    assert finding.evidence["computed"] == pytest.approx(19.78, abs=0.01)


@pytest.mark.parametrize(("rate", "outcome"), [("2.7", "agrees"), ("25", "differs")])
def test_a_growth_rate_against_two_levels_a_year_apart(obs, rate, outcome):
    text = f"In 2024 Kunshan's GDP grew {rate} percent to 528 billion yuan, from 514 billion yuan in 2023."
    _, figures = check(obs, text)
    f = verdict_of(figures, f"{rate} percent")
    finding = next(x for x in f.findings if x.rule == "growth-of-levels")
    assert finding.outcome == outcome and finding.evidence["implied"] == pytest.approx(2.72, abs=0.01)
    assert (f.verdict == "inconsistent-within") == (outcome == "differs")


@pytest.mark.parametrize(("tertiary", "outcome"), [("243 billion", "agrees"), ("300 billion", "differs")])
def test_sectors_that_add_up_to_more_than_the_total(obs, tertiary, outcome):
    text = (
        "In 2024 Kunshan's GDP was 528 billion yuan. The value added of the primary, secondary and tertiary "
        f"industries was 5 billion yuan, 280 billion yuan and {tertiary} yuan respectively."
    )
    _, figures = check(obs, text)
    total = verdict_of(figures, "528 billion yuan")
    finding = next(x for x in total.findings if x.rule == "parts-above-total")
    assert finding.outcome == outcome and len(finding.evidence["parts"]) == 3
    part = verdict_of(figures, f"{tertiary} yuan")
    assert (part.verdict == "inconsistent-within") == (outcome == "differs")


@pytest.mark.parametrize(("zjg", "outcome"), [("300 billion", "agrees"), ("3 trillion", "differs")])
def test_places_that_add_up_to_more_than_their_city(obs, zjg, outcome):
    text = (
        "In 2024 Suzhou's GDP was 2.67 trillion yuan. Kunshan's GDP was 528 billion yuan and "
        f"Zhangjiagang's GDP was {zjg} yuan."
    )
    _, figures = check(obs, text)
    total = verdict_of(figures, "2.67 trillion yuan")
    finding = next(x for x in total.findings if x.rule == "parts-above-total")
    assert finding.outcome == outcome
    assert {p["region"] for p in finding.evidence["parts"]} == {"320583", "320582"}


def test_two_different_figures_for_one_target(obs):
    text = (
        "Jiangsu aims to lift its GDP to 15 trillion yuan by 2030. Later the governor said Jiangsu "
        "aims for GDP of 1.5 trillion yuan by 2030."
    )
    report, figures = check(obs, text)
    for written, other in (("15 trillion yuan", "1.5 trillion"), ("1.5 trillion yuan", "15 trillion")):
        f = verdict_of(figures, written)
        assert (f.verdict, f.rule) == ("inconsistent-within", "same-figure-differs")
        assert other in f.findings[-1].message
    assert report.conflicts


def test_the_same_figure_repeated_within_rounding_is_fine(obs):
    text = "Kunshan's GDP was 528.03 billion yuan in 2024. Kunshan's 2024 GDP, about 528 billion yuan, led the list."
    _, figures = check(obs, text)
    assert all(f.verdict == "new" for f in figures), [(f.quote, f.verdict) for f in figures]


# ---------------------------------------------------------------------------- reports, formats and safety


def test_the_check_never_writes_to_the_store(rec, db_path):
    rec.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with Observatory(db_path, read_only=True) as o:
        status = o.status()
        o.check(text="Kunshan's GDP was 520 billion yuan in 2024.", published=PUBLISHED)
        assert o.status() == status
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest


def test_check_needs_a_path_or_a_text(obs):
    with pytest.raises(InvalidInput):
        obs.check()
    with pytest.raises(InvalidInput):
        obs.check("a.txt", text="both")


def test_report_to_dict_is_json_and_counts_verdicts(rec):
    report, _ = check(rec, "Kunshan's GDP was 520 billion yuan in 2024. Jiangyin's GDP was 500 billion yuan in 2024.")
    data = json.loads(json.dumps(report.to_dict(), allow_nan=False))
    assert data["summary"]["conflicting"] == 1 and data["summary"]["new"] == 1 and data["conflicts"] is True
    assert set(data["summary"]) == set(VERDICTS)
    assert report.summary_line().startswith("2 figures: 1 conflicting, 1 new")


runner = CliRunner()


def cli(db_path, *args, stdin=None):
    return runner.invoke(app, ["--db", str(db_path), *args], input=stdin)


def test_cli_exit_codes(rec, db_path, write):
    rec.close()
    good = write("good.txt", "Kunshan's GDP was 528 billion yuan in 2024.")
    bad = write("bad.txt", "Kunshan's GDP was 520 billion yuan in 2024.")
    assert cli(db_path, "check", str(good), "--published", PUBLISHED).exit_code == 0
    result = cli(db_path, "check", str(bad), "--published", PUBLISHED)
    assert result.exit_code == 1 and "conflicting" in result.output
    assert cli(db_path, "check", str(good), "--published", "yesterday").exit_code == 2
    missing = cli(db_path, "check", str(good.parent / "nope.txt"))
    assert missing.exit_code == 2 and "nope.txt" in missing.output


def test_cli_reads_stdin_and_writes_json(rec, db_path):
    rec.close()
    result = cli(
        db_path, "check", "-", "--published", PUBLISHED, "-f", "json", stdin="昆山市2024年地区生产总值5280亿元。"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (figure,) = data["documents"][0]["figures"]
    assert figure["verdict"] == "consistent" and figure["quote"] == "5280亿元"
    assert figure["claim"]["region"] == "320583" and data["documents"][0]["doc_id"] == "stdin"


def test_cli_html_is_one_escaped_page_with_every_figure_marked(rec, db_path, write):
    rec.close()
    text = "<script>alert(1)</script> Kunshan's GDP was 520 billion yuan in 2024. Jiangyin's GDP was 500 billion yuan."
    page_path = write("page.html.out", "").with_suffix(".html")
    result = cli(
        db_path, "check", str(write("a.txt", text)), "--published", PUBLISHED, "-f", "html", "-o", str(page_path)
    )
    assert result.exit_code == 1
    page = page_path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.count('<mark class="v-conflicting"') == 1 and page.count('<mark class="v-new"') == 1
    assert "record-differs" in page and "http" not in page.split("<body>")[0]  # nothing loaded from outside


def test_cli_table_and_csv(rec, db_path, write):
    rec.close()
    path = str(write("a.txt", "Kunshan's GDP was 528 billion yuan in 2024."))
    table = cli(db_path, "check", path, "--published", PUBLISHED)
    assert table.exit_code == 0 and "consistent" in table.stdout and "1 figures: 1 consistent" in table.stdout
    csv = cli(db_path, "check", path, "--published", PUBLISHED, "-f", "csv")
    assert csv.stdout.splitlines()[0].startswith("doc_id,chars,quote") and ",consistent," in csv.stdout


def test_cli_check_in_a_real_process_with_a_pipe(rec, db_path):
    rec.close()
    proc = subprocess.run(
        [sys.executable, "-m", "regionwatch", "--db", str(db_path), "check", "-", "--published", PUBLISHED],
        input=b"Kunshan's GDP was 520 billion yuan in 2024.",
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr.decode()
    assert b"conflicting" in proc.stdout


def test_every_verdict_and_rule_is_documented():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in [*VERDICTS, *CHECK_RULES]:
        assert f"`{name}`" in readme, name


def test_a_bilingual_article_has_every_figure_checked(rec):
    text = (
        "昆山市2024年地区生产总值5280.3亿元。\n"
        "Kunshan's GDP was 528 billion yuan in 2024, the city said on its English website.\n"
        "In all, 59 Chinese counties have a GDP above 100 billion yuan, the ranking showed.\n"
    )
    _, figures = check(rec, text, lang="zh")
    assert verdict_of(figures, "528 billion yuan").verdict == "consistent"
    assert verdict_of(figures, "100 billion yuan").claim is None  # listed, though no claim was read from it
