"""Review before figures count: pending claims from text, plausibility flags, decisions, and agreement.

Figures used: Kunshan (320583) GDP 2023 about 5140 亿元 and 2024 about 5280 亿元 (Kunshan statistical
communiqués); Suzhou (320500) GDP 2024 about 26700 亿元 (Suzhou communiqué). The sentences are written
for these tests.
"""

import json

import pytest

from regionwatch import Observatory, Origin
from regionwatch.errors import InvalidInput

HEADER = "region,indicator,period,value,unit\n"
KUNSHAN_HISTORY = HEADER + "320583,gdp,2022,5006.7,亿元\n320583,gdp,2023,5140.6,亿元\n"


def table(obs, write, name, rows, **origin):
    origin.setdefault("title", name)
    (report,) = obs.ingest(write(name, rows), origin=Origin(**origin))
    assert report.status == "ingested", report.problems
    return report


def doc(write, name, text, published="2025-02-20", url=None):
    line = {"doc_id": name, "lang": "en", "published": published, "source_url": url, "text": text}
    return write(f"{name}.jsonl", json.dumps(line, ensure_ascii=False) + "\n")


def shown(obs, code, period, indicator="gdp"):
    df = obs.observations(code, indicator)
    row = df[df["period"] == period]
    return None if row.empty else float(row["value"].item())


ARTICLE = "Kunshan's GDP reached 528.1 billion yuan in 2024, up 5.1 percent year on year."


def test_text_claims_wait_for_review_and_count_once_accepted(obs, write):
    table(obs, write, "history.csv", KUNSHAN_HISTORY)
    (result,) = obs.extract(doc(write, "ks", ARTICLE), store=True)
    assert result.status == "ingested" and result.pending == 2
    assert shown(obs, "320583", "2024") is None  # pending claims never become observations
    pending = obs.review()
    assert set(pending["indicator"]) == {"gdp", "gdp_growth"}
    row = pending[pending["indicator"] == "gdp"].iloc[0]
    assert row["status"] == "pending" and "528.1 billion" in row["quote"] and row["location"].startswith("ks:chars")
    assert "昆山" in row["name"]
    done = obs.accept([int(row["claim_id"])], reason="checked against the communiqué")
    assert done["decided"] == 1 and done["observations_written"] == 1
    assert shown(obs, "320583", "2024") == pytest.approx(5.281e11)
    assert len(obs.review()) == 1  # the growth rate still waits


def test_rejected_claims_stay_visible_and_never_count(obs, write):
    obs.extract(doc(write, "ks", ARTICLE), store=True)
    obs.reject(region="Kunshan", reason="a test")
    assert obs.observations("320583").empty
    assert obs.review().empty
    series = obs.series("320583", "all")
    assert set(series["status"]) == {"rejected"} and not series["shown"].any()
    assert obs.status()["rejected"] == 2


def test_accepting_a_rejected_claim_by_id_brings_it_back(obs, write):
    obs.extract(doc(write, "ks", ARTICLE), store=True)
    obs.reject(region="320583", indicator="gdp")
    claim = int(obs.series("320583")["claim_id"].item())
    obs.accept([claim])
    assert shown(obs, "320583", "2024") == pytest.approx(5.281e11)


def test_accept_needs_a_selection(obs):
    with pytest.raises(InvalidInput, match="say which claims"):
        obs.accept()
    with pytest.raises(InvalidInput, match="unknown rule"):
        obs.accept(colour="red")


def test_accept_unflagged_on_extract_counts_at_once(obs, write):
    table(obs, write, "history.csv", KUNSHAN_HISTORY)
    obs.extract(doc(write, "ks", ARTICLE), store=True, accept="unflagged")
    assert shown(obs, "320583", "2024") == pytest.approx(5.281e11)
    assert obs.review().empty


def test_garbled_trillion_is_flagged_and_never_ranked(obs, write):
    """'5006.7 billion' where 5006.7亿 was meant: ten times the neighbouring years."""
    table(obs, write, "history.csv", KUNSHAN_HISTORY)
    text = "Kunshan's GDP hit 5280.6 billion yuan in 2024, the first county to do so."
    obs.extract(doc(write, "garbled", text), store=True, accept="unflagged")
    assert shown(obs, "320583", "2024") is None
    assert "320583" not in set(obs.club("1万亿")["code"])
    flags = obs.review(region="320583", indicator="gdp")["flags"].item()
    assert any(f.startswith("jump: 10×") or f.startswith("jump: 1e+01×") for f in flags), flags
    series = obs.series("320583")
    assert series[series["period"] == "2024"]["flags"].item() == flags  # flags show in series too


def test_flagged_table_rows_are_held_and_reported(obs, write):
    report = table(obs, write, "ks.csv", KUNSHAN_HISTORY + "320583,gdp,2024,52806,亿元\n")
    assert report.flagged == 1 and report.pending == 1
    assert any(p.code == "held-for-review" for p in report.warnings)
    assert shown(obs, "320583", "2023") == pytest.approx(5.1406e11)  # the plausible rows count
    assert shown(obs, "320583", "2024") is None


@pytest.mark.parametrize(
    ("rows", "flag"),
    [
        # a county above its prefecture
        (HEADER + "320500,gdp,2024,26700,亿元\n320583,gdp,2024,27000,亿元\n", "above-parent"),
        # a sector above the total
        (HEADER + "320583,gdp,2024,5280,亿元\n320583,secondary_value_added,2024,6000,亿元\n", "above-total"),
        # a growth rate the two levels cannot give
        (KUNSHAN_HISTORY + "320583,gdp_growth,2023,35,%\n", "growth-mismatch"),
        # a growth rate no economy reaches
        (HEADER + "320583,gdp_growth,2024,80,%\n", "implausible-rate"),
        # the same precise figure for two places in one document
        (HEADER + "320583,gdp,2024,5280.6,亿元\n320281,gdp,2024,5280.6,亿元\n", "same-as-other-region"),
    ],
)
def test_each_plausibility_check(obs, write, rows, flag):
    report = table(obs, write, "t.csv", rows)
    assert report.flagged >= 1
    flagged = obs.review(flagged=True)
    assert any(f.startswith(flag) for fs in flagged["flags"] for f in fs), list(flagged["flags"])


def test_plausible_rows_raise_no_flag(obs, write):
    rows = KUNSHAN_HISTORY + "320583,gdp_growth,2023,5.8,%\n320500,gdp,2023,24653,亿元\n"
    report = table(obs, write, "fine.csv", rows)
    assert report.flagged == 0 and report.pending == 0


def test_review_shows_what_was_inferred(obs, write):
    text = "Kunshan is a county-level city in Jiangsu.\nThe city's GDP grew to 528.1 billion yuan."
    obs.extract(doc(write, "inf", text, published="2025-03-01"), store=True)
    row = obs.review(indicator="gdp").iloc[0]
    assert "period" in list(row["inferred"])
    assert any("inferred from context" in d and "period" in d for d in row["doubts"])


def test_independent_agreeing_sources_outweigh_a_single_disagreeing_one(obs, write):
    row = "320583,gdp,2024,{v},亿元,news,{url},{pub}\n"
    head = "region,indicator,period,value,unit,source_type,source_url,source_published\n"
    table(
        obs,
        write,
        "two.csv",
        head
        + row.format(v="5280.6", url="https://a.example/1", pub="2025-01-20")
        + row.format(v="5280.6", url="https://b.example/2", pub="2025-01-22"),
    )
    # a single later source disagreeing: the rule without agreement would show it (later publication)
    table(obs, write, "one.csv", head + row.format(v="5350.2", url="https://c.example/3", pub="2025-03-01"))
    assert shown(obs, "320583", "2024") == pytest.approx(5.2806e11)
    obs_row = obs.observations("320583", "gdp").iloc[0]
    assert obs_row["n_claims"] == 3 and obs_row["n_conflicting"] == 1


def test_the_same_url_twice_is_one_source(obs, write):
    head = "region,indicator,period,value,unit,source_type,source_url,source_published,quote\n"
    row = "320583,gdp,2024,{v},亿元,news,{url},{pub},{q}\n"
    table(obs, write, "x1.csv", head + row.format(v="5350.2", url="https://x.example/", pub="2025-01-01", q="a"))
    table(obs, write, "x2.csv", head + row.format(v="5350.2", url="https://x.example/", pub="2025-01-01", q="b"))
    table(obs, write, "y.csv", head + row.format(v="5280.6", url="https://y.example/", pub="2025-02-01", q="c"))
    # one URL twice is support 1, as is y: the later publication wins
    assert shown(obs, "320583", "2024") == pytest.approx(5.2806e11)


def test_precision_decides_agreement(obs, write):
    head = "region,indicator,period,value,unit,source_type,source_url\n"
    rows = "".join(f"320583,gdp,2024,{v},亿元,news,https://{h}.example/\n" for v, h in (("5300", "a"), ("5280.6", "b")))
    table(obs, write, "p.csv", head + rows)
    # "5300亿" (two digits: ±50亿) agrees with 5280.6亿, so the precise figure is shown and nothing conflicts
    row = obs.observations("320583", "gdp").iloc[0]
    assert row["value"] == pytest.approx(5.2806e11) and row["n_conflicting"] == 0


def test_rankings_change_only_through_accepted_claims(obs, write):
    obs.init()
    before = obs.club("1万亿")[["code", "first_year"]].to_dict("records")
    text = "Jiangyin's GDP surpassed 1.2 trillion yuan in 2024."
    obs.extract(doc(write, "jy", text), store=True)
    assert obs.club("1万亿")[["code", "first_year"]].to_dict("records") == before
    obs.accept(region="Jiangyin")
    assert "320281" in set(obs.club("1万亿")["code"])


def test_flag_codes_are_described():
    codes = Observatory.flag_codes()
    assert set(codes) == {"jump", "above-parent", "above-total", "growth-mismatch", "implausible-rate",
                          "same-as-other-region"}  # fmt: skip
    assert all(len(v) > 20 for v in codes.values())
