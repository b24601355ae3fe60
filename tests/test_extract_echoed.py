"""A bare sum the document says again with its measure takes that measure (extract/_echoed.py): sentences of our
own in the style of a news lede that opens on the figure alone."""

from __future__ import annotations

import pytest

from conftest import claims


def _money(text: str, published: str = "2024-01-25") -> list[tuple[str, str, float, list[str]]]:
    got = claims(text, published)
    return [(c["indicator"], c["period"], c["value"], c["inferred"]) for c in got if c["unit"] == "CNY"]


def test_a_lede_figure_said_again_with_its_measure_is_that_measure():
    # "1126.57亿元！…" opened the story with no measure: it had been other:amount beside the same GDP stated later
    text = "本报讯 1126.57亿元！潜江迈上新台阶。1月24日，记者获悉，2023年潜江市地区生产总值达到1126.57亿元。"
    got = [g for g in _money(text) if g[2] == 1126.57e8]
    assert got == [
        ("gdp", "2023", 1126.57e8, ["indicator", "period", "region"]),
        ("gdp", "2023", 1126.57e8, []),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("本报讯 1100亿元！2023年潜江市地区生产总值达到1100亿元。", "other:amount"),  # two digits: may be chance
        (
            "本报讯 1126.57亿元！2023年潜江市规上工业总产值增长8%，地区生产总值达1126.58亿元。",
            "other:amount",
        ),  # not equal
        ("2022年，潜江完成投资1126.57亿元。2023年潜江市地区生产总值达到1126.57亿元。", "other:investment"),  # a measure
    ],
    ids=["round", "another-value", "own-measure"],
)
def test_a_sum_is_not_given_a_measure_by_chance_or_over_its_own(text, indicator):  # guards
    first = _money(text)[0]
    assert first[0] == indicator
