"""English figures written with the currency first ("RMB 581 billion") read as those written with it last
("581 billion yuan"): a place's own figure in brackets, a share of a place whose figure follows, a growth
after a sum, a list's second item; "0.7% points" is a difference in percentage points.

A page's top: lines about as long as each other above a table (a photo's caption, a title) are no wrapped
text; a headline asking a question ("Why investors are eyeing …") below a section's tag is no heading of goals.

Sentences written for these tests; figures are illustrative.
"""

import pytest

from conftest import brief, claims


@pytest.mark.parametrize("figure", ["581 billion yuan", "RMB 581 billion"])
def test_a_figure_in_brackets_after_a_compared_place_is_that_places(figure):
    text = f"Longgang's GDP, at roughly 556 billion yuan, slipped behind neighbouring Bao'an ({figure}) last year."
    got = brief(claims(text, published="2026-04-20"), "region", "value")
    assert got == [("440307", 5.56e11), ("440306", 5.81e11)]  # with RMB, Bao'an's had been Longgang's


@pytest.mark.parametrize("figure", ["5.4 trillion yuan", "RMB 5.4 trillion"])
def test_a_share_of_a_place_whose_own_figure_follows_is_of_its_gdp(figure):
    text = f"Pudong's GDP for 2025 was 1.82 trillion yuan, about 33.6% of Shanghai's {figure}."
    got = brief(claims(text, published="2026-04-20"), "region", "indicator", "unit", "relative_to")
    assert ("310115", "gdp", "percent", "310000") in got  # with RMB, other:share


def test_a_growth_after_a_sum_with_the_currency_first_is_the_places():
    text = "Longgang lagged. Its first-quarter GDP of RMB 133 billion was up just 2.7 percent."
    got = brief(claims(text, published="2026-04-20"), "region", "indicator", "period", "value")
    assert got == [("440307", "gdp", "2026-Q1", 1.33e11), ("440307", "gdp_growth", "2026-Q1", 2.7)]
    # the growth had been dropped: "GDP of RMB" read as the GDP of a place named RMB, not in the gazetteer


def test_a_list_of_figures_with_the_currency_first_gives_each_place_its_own():
    text = "Shenzhen and Guangzhou, the two largest cities, posted GDP of RMB 3.86 trillion and RMB 3.17 trillion."
    got = brief(claims(text, published="2026-04-20"), "region", "value")
    assert got == [("440300", 3.86e12), ("440100", 3.17e12)]  # both had been 3.86 trillion


@pytest.mark.parametrize("name", ["Tarnow", "TARNOW"])
def test_a_measure_of_a_place_the_gazetteer_lacks_is_still_no_ones(name):  # a guard: a name, not a currency
    text = f"Kunshan is a big county. The GDP of {name} was about 120 billion yuan."
    assert claims(text, published="2026-04-20") == []  # not Kunshan's


@pytest.mark.parametrize("said", ["0.7% points", "0.7%-pts", "0.7 percentage points"])
def test_percent_points_are_a_difference(said):
    text = f"Compared with the same quarter of 2025, Futian's growth slowed by {said}."
    got = brief(claims(text, published="2026-04-20"), "indicator")
    assert got == [("other:percentage_points",)]  # "0.7% points" had been a growth of 0.7%


def test_a_photo_caption_above_the_title_does_not_make_the_text_wrapped():
    text = (
        "A view of the city's skyline at dusk. (File photo/Xinhua)\n"
        "Shenzhen's four largest districts by output in 2025\n"
        "The table below ranks them by GDP. Figures are in billions of yuan; growth is real, in percent.\n"
        "Rank | District | GDP 2025 | Growth\n"
        "1 | Nanshan | 1,013.5 | 6.0\n"
        "2 | Futian | 602.1 | 4.8\n"
        "Source: district statistics bureaus, compiled by the author.\n"
    )
    got = brief(claims(text, published="2026-03-05"), "region", "indicator", "value")
    assert got == [  # the title had been joined to the table's caption, whose unit was lost with it
        ("440305", "gdp", 1.0135e12),
        ("440305", "gdp_growth", 6.0),
        ("440304", "gdp", 6.021e11),
        ("440304", "gdp_growth", 4.8),
    ]


def test_english_prose_wrapped_inside_its_sentences_is_still_joined():  # a guard
    text = (
        "Shenzhen's districts in 2025\n"
        "Nanshan, the city's technology hub, reported gross domestic product of\n"
        "1.01 trillion yuan in 2025, the statistics bureau said on Friday, and\n"
        "growth of 6.0 percent, well above the rate of 5.5 percent in the city as\n"
        "a whole. Futian followed with output of 602.1 billion yuan last year.\n"
    )
    got = brief(claims(text, published="2026-03-05"), "region", "indicator", "value")
    assert ("440305", "gdp", 1.01e12) in got and ("440305", "gdp_growth", 6.0) in got


def test_a_headline_asking_a_question_is_no_heading_of_goals():
    text = (
        "Business\n"
        "Why investors are eyeing Foshan's Shunde district\n"
        "Shunde generated 420 billion yuan of output last year.\n"
        "Boluo, by contrast, produced about 88 billion yuan.\n"
    )
    got = brief(claims(text, published="2026-05-30"), "region", "period", "kind")
    assert got == [("440606", "2025", "actual"), ("441322", "2025", "actual")]  # Boluo's had been dated 2026


def test_a_heading_of_goals_still_dates_the_lines_under_it_ahead():  # a guard
    text = "Kunshan in 2026\nMain targets for 2026\nGDP growth of about 5.5 percent.\n"
    got = brief(claims(text, published="2026-02-10"), "period", "kind")
    assert got == [("2026", "target")]
